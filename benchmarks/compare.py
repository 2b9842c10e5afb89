"""Throughput of this checkout against an earlier commit, measured in one run.

    python benchmarks/compare.py 1166a61                    # every family, medium
    python benchmarks/compare.py 1166a61 --families deduction.ordering quant.percent
    python benchmarks/compare.py v0.1.0 --rounds 5 --count 1000 --wall

The earlier commit is checked out into a temporary git worktree (removed at the
end). Both trees are timed by this checkout's ``benchmarks/run.py`` (generate +
verify at one difficulty, one process per tree and round), the two taking turns
for ``--rounds`` rounds so that a slow spell of a shared machine hits both. The
table gives the best rate of each tree and their ratio (after / before). Rates
are per CPU second of the measuring process unless ``--wall`` is given: on a
busy machine other processes barely change CPU time, while wall-clock rates can
swing by a factor of two between runs.

A family the earlier commit does not have is shown without a ratio.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "benchmarks" / "run.py"
ROW = re.compile(r"^  (?P<family>[a-z]+\.[a-z]+)\s+(?P<rate>[\d,]+)\s")


def _rates(tree: Path, families: list[str], args: argparse.Namespace) -> dict[str, int]:
    cmd = [sys.executable, str(RUN), "--skip-startup", "--count", str(args.count),
           "--difficulty", args.difficulty, "--families", *families]
    if not args.wall:
        cmd.append("--cpu")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=True)
    return {m["family"]: int(m["rate"].replace(",", ""))
            for m in map(ROW.match, out.stdout.splitlines()) if m}


def _families_at(tree: Path) -> list[str]:
    code = "import logicgen; print(' '.join(logicgen.families()))"
    out = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(tree)}, check=True)
    return out.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ref", help="the earlier commit, branch or tag")
    parser.add_argument("--families", nargs="*", default=None)
    parser.add_argument("--difficulty", default="medium")
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--wall", action="store_true", help="wall-clock rates instead of CPU")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(before),
                        args.ref], check=True, capture_output=True)
        try:
            families = args.families or _families_at(ROOT)
            known = set(_families_at(before))
            best: dict[str, dict[str, int]] = {"before": {}, "after": {}}
            for _ in range(args.rounds):
                for label, tree in (("before", before), ("after", ROOT)):
                    asked = [f for f in families if label == "after" or f in known]
                    for fam, rate in _rates(tree, asked, args).items():
                        best[label][fam] = max(best[label].get(fam, 0), rate)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(before)], check=False, capture_output=True)
    unit = "items/s (wall)" if args.wall else "items per CPU s"
    print(f"{args.ref} against this checkout, {args.difficulty}, {args.count} items, "
          f"best of {args.rounds} rounds, {unit}")
    print("| family | before | after | ratio |\n|---|---|---|---|")
    for fam in families:
        old, new = best["before"].get(fam), best["after"].get(fam, 0)
        ratio = f"{new / old:.2f}" if old else "new"
        print(f"| {fam} | {old or '–'} | {new} | {ratio} |")


if __name__ == "__main__":
    main()
