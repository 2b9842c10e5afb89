"""Start-up and whole-command times, against ``import click`` and, optionally, another checkout.

Run by hand, from the repository root:

    python benchmarks/startup.py                       # this checkout
    python benchmarks/startup.py --other ../old-checkout --repeat 9

Each command runs in a fresh process, the commands interleaved, ``--repeat``
times; the table prints medians and the ratio to ``python -c "import click"``
measured in the same run. With ``--other``, every logicgen command is also run
with that checkout first on ``PYTHONPATH``, and the last column is this
checkout's median over the other's (below 1: this one is faster).

Bytecode is cached first (as in an installed wheel): the workplace setting
``PYTHONDONTWRITEBYTECODE`` would make every start compile the sources.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
COMMANDS = {
    "import click": [sys.executable, "-c", "import click"],
    "logicgen --help": [sys.executable, "-m", "logicgen", "--help"],
    "logicgen families": [sys.executable, "-m", "logicgen", "families"],
    "logicgen blueprints": [sys.executable, "-m", "logicgen", "blueprints"],
    "build logic-test -o x.pdf": [sys.executable, "-m", "logicgen", "build", "logic-test",
                                  "-s", "7", "-o", "{out}/x.pdf"],
    # a blueprint whose sections are the same in both checkouts: like for like
    "build sequences -o y.pdf": [sys.executable, "-m", "logicgen", "build", "sequences",
                                 "-s", "7", "-o", "{out}/y.pdf"],
    "generate number -n 2000": [sys.executable, "-m", "logicgen", "generate", "sequence.number",
                                "-n", "2000", "-s", "1", "-f", "jsonl", "-o", "{out}/n.jsonl"],
}


def _env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(root)
    return env


def _time(cmd: list[str], root: Path, out: str) -> float:
    # run from the checkout's root: ``python -m`` puts the working folder first on the path
    start = time.perf_counter()
    subprocess.run([c.format(out=out) for c in cmd], env=_env(root), cwd=root, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--other", type=Path, default=None, help="another checkout to compare with")
    args = ap.parse_args()
    roots = {"this": HERE} | ({"other": args.other.resolve()} if args.other else {})
    for root in roots.values():  # cache bytecode, as an installed wheel has it
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "logicgen")],
                       check=True)
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat + 1):  # the first round warms the file cache
            for name, cmd in COMMANDS.items():
                for label, root in roots.items():
                    if name == "import click" and label != "this":
                        continue
                    times.setdefault((name, label), []).append(_time(cmd, root, out))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"medians of {args.repeat} runs (first round dropped), load {load:.2f}")
    click = statistics.median(times[("import click", "this")][1:])
    head = f"  {'command':28s} {'median s':>9s} {'vs click':>9s}"
    print(head + (f" {'other s':>9s} {'this/other':>10s}" if args.other else ""))
    for name in COMMANDS:
        this = statistics.median(times[(name, "this")][1:])
        row = f"  {name:28s} {this:9.3f} {this / click:8.2f}x"
        if args.other and (name, "other") in times:
            other = statistics.median(times[(name, "other")][1:])
            row += f" {other:9.3f} {this / other:9.2f}x"
        print(row)


if __name__ == "__main__":
    main()
