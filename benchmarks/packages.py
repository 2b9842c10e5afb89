"""Learning-platform package figures, printed in one run. Run by hand:

    python benchmarks/packages.py                   # logic-test, seed 7, 7 runs each
    python benchmarks/packages.py --blueprint figures --repeat 9

* Wall time of the whole command `logicgen build BLUEPRINT -s SEED -f FORMAT -o x`
  for `qti`, `canvas` and `anki` (a fresh process each run: start-up, building and
  verifying the set, drawing the figure items' pictures with typst, zipping,
  writing). Target for logic-test: under 2 s each.
* The size of each package, the number of files in it and how many are pictures.
* Inside one process: the time to build the set, and to render each package
  (the pictures alone are timed too), as medians.

Shared machines are noisy: medians and minimums of several runs are printed.
The `anki` format needs genanki (`pip install ".[anki]"`).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

FORMATS = {"qti": ".zip", "canvas": ".zip", "anki": ".apkg"}
TARGET = 2.0


def _exe() -> str:
    return shutil.which("logicgen") or str(Path(sys.executable).parent / "logicgen")


def commands(blueprint: str, seed: int, repeat: int) -> None:
    exe = _exe()
    print(f"logicgen build {blueprint} -s {seed} -f FORMAT -o x  (fresh process, {repeat} runs)")
    print(f"  {'format':<8}{'median s':>10}{'min s':>8}{'target s':>10}{'size KiB':>10}"
          f"{'files':>7}{'PNG':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for fmt, suffix in FORMATS.items():
            out = os.path.join(folder, fmt + suffix)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run([exe, "build", blueprint, "-s", str(seed), "-f", fmt, "-o", out],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times.append(time.perf_counter() - start)
            data = Path(out).read_bytes()
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                pngs = sum(archive.read(n).startswith(b"\x89PNG") for n in names)
            print(f"  {fmt:<8}{statistics.median(times):>10.3f}{min(times):>8.3f}{TARGET:>10.1f}"
                  f"{len(data) / 1024:>10.1f}{len(names):>7}{pngs:>6}")


def in_process(blueprint: str, seed: int, repeat: int) -> None:
    from logicgen.blueprint import build_set
    from logicgen.render import render_bytes
    from logicgen.render.pictures import set_pictures

    def median(func) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    problem_set = build_set(blueprint, seed=seed)
    print(f"in one process ({repeat} runs, medians)")
    print(f"  build the set          {median(lambda: build_set(blueprint, seed=seed)):.3f} s")
    print(f"  pictures only          {median(lambda: set_pictures(problem_set)):.3f} s")
    for fmt in FORMATS:
        print(f"  render {fmt:<15} {median(lambda f=fmt: render_bytes(problem_set, f)):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--blueprint", default="logic-test")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    commands(args.blueprint, args.seed, args.repeat)
    in_process(args.blueprint, args.seed, args.repeat)


if __name__ == "__main__":
    main()
