"""Practice-set build figures, printed in one run. Run by hand:

    python benchmarks/build.py                      # logic-test, 5 runs each
    python benchmarks/build.py --blueprint deductions --repeat 9

* Wall time of the whole command `logicgen build BLUEPRINT -s SEED -o x.FORMAT`
  for PDF, HTML, Markdown and JSON (fresh process each run: start-up, family
  import, generation and verification of every item, rendering, writing).
  Targets for logic-test: PDF at most 1.0 s, the others at most 0.5 s.
* Inside one process: the time to build the set, and to render it to each
  format (target: PDF render at most 0.2 s), as wall and CPU time.
* Peak resident memory of the PDF command (target: under 200 MB).

Shared machines are noisy: the medians and minimums of several runs are printed,
and CPU time next to wall time shows how much of a slow run was waiting.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORMATS = {"pdf": ".pdf", "html": ".html", "markdown": ".md", "json": ".json"}
TARGETS = {"pdf": 1.0, "html": 0.5, "markdown": 0.5, "json": 0.5}


def _exe() -> str:
    return shutil.which("logicgen") or str(Path(sys.executable).parent / "logicgen")


def commands(blueprint: str, seed: int, repeat: int) -> None:
    exe = _exe()
    print(f"logicgen build {blueprint} -s {seed} -o x.EXT  (fresh process, {repeat} runs)")
    print(f"  {'format':<10}{'median s':>10}{'min s':>8}{'target s':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for fmt, suffix in FORMATS.items():
            out = os.path.join(folder, "x" + suffix)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run([exe, "build", blueprint, "-s", str(seed), "-o", out],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times.append(time.perf_counter() - start)
            print(f"  {fmt:<10}{statistics.median(times):>10.3f}{min(times):>8.3f}"
                  f"{TARGETS[fmt]:>10.1f}")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([exe, "build", blueprint, "-s", str(seed), "-o",
                        os.path.join(folder, "peak.pdf")], check=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is the largest child so far (KiB on Linux), so a PDF build that is
    # not the largest child leaves it unchanged; both figures are printed.
    print(f"  peak RSS of the build commands: {peak / 1024:.0f} MiB "
          f"(before the last PDF run: {before / 1024:.0f} MiB; target < 200)")


def in_process(blueprint: str, seed: int, repeat: int) -> None:
    from logicgen import build_set
    from logicgen.render import render_bytes

    start, cpu = time.perf_counter(), time.process_time()
    problem_set = build_set(blueprint, seed=seed)
    print(f"\none process: first build_set({blueprint!r}) "
          f"{time.perf_counter() - start:.3f} s wall, {time.process_time() - cpu:.3f} s CPU "
          f"(imports and family tables included), {len(problem_set.items)} items")
    walls, cpus = [], []
    for s in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        build_set(blueprint, seed=seed + 1 + s)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    print(f"  later build_set: median {statistics.median(walls):.3f} s wall, "
          f"{statistics.median(cpus):.3f} s CPU")
    print(f"  {'render':<10}{'median s':>10}{'min s':>8}{'CPU s':>8}{'bytes':>9}")
    for fmt in ("pdf", "html", "markdown", "text", "json", "moodle", "gift"):
        walls, cpus = [], []
        size = 0
        for _ in range(repeat):
            start, cpu = time.perf_counter(), time.process_time()
            size = len(render_bytes(problem_set, fmt))
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        print(f"  {fmt:<10}{statistics.median(walls):>10.3f}{min(walls):>8.3f}"
              f"{statistics.median(cpus):>8.3f}{size:>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blueprint", default="logic-test")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    commands(args.blueprint, args.seed, args.repeat)
    in_process(args.blueprint, args.seed, args.repeat)


if __name__ == "__main__":
    main()
