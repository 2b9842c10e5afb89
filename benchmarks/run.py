"""Start-up and throughput figures, printed in one run. Run by hand:

    python benchmarks/run.py                 # everything
    python benchmarks/run.py --families sequence.number deduction.syllogism
    python benchmarks/run.py --skip-startup --count 2000

Start-up: wall time of `logicgen --help`, `logicgen families` and a one-item
`logicgen generate`, each against `python -c "import click"` measured in the same
run (medians of --repeat runs, and their ratio).

Throughput: for each family at one difficulty, items per second of
`logicgen.generate` (generation, wording, explanation and verification, one
core), plus the median, 99th percentile and maximum time of a single item.
Shared machines are noisy: compare ratios within one run, not across runs; with
``--cpu`` the rates are per CPU second of this process, which other processes on a
busy machine disturb far less than the wall clock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _wall(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(repeat: int) -> None:
    exe = shutil.which("logicgen") or str(Path(sys.executable).parent / "logicgen")
    base = _wall([sys.executable, "-c", "import click"], repeat)
    print(f"start-up (median of {repeat} runs)")
    print(f"  python -c 'import click'            {base * 1000:7.1f} ms   1.00x")
    for label, args in [
        ("logicgen --help", ["--help"]),
        ("logicgen families", ["families"]),
        ("logicgen generate sequence.number -n 1", ["generate", "sequence.number", "-n", "1",
                                                     "-s", "1"]),
    ]:
        t = _wall([exe, *args], repeat)
        print(f"  {label:<36}{t * 1000:7.1f} ms   {t / base:.2f}x")


def throughput(families: list[str], difficulty: str, count: int, cpu: bool = False) -> None:
    import logicgen
    from logicgen.core import make_item
    from logicgen.rng import item_seed

    clock = time.process_time if cpu else time.perf_counter
    what = "items per CPU second" if cpu else "items per second"
    print(f"\ngenerate + verify, difficulty {difficulty}, {count} items each, one process, {what}")
    print(f"  {'family':<24}{'items/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for name in families:
        fam = logicgen.get_family(name)
        params = fam.make_params(difficulty=difficulty)
        make_item(fam, params, item_seed(0, 0))  # warm caches and imports
        start = clock()
        logicgen.generate(name, count=count, difficulty=difficulty, seed=1)
        rate = count / (clock() - start)
        per = []
        for index in range(min(count, 1000)):
            seed = item_seed(2, index)
            t0 = clock()
            make_item(fam, params, seed)
            per.append((clock() - t0) * 1000)
        per.sort()
        p50 = per[len(per) // 2]
        p99 = per[min(len(per) - 1, int(len(per) * 0.99))]
        print(f"  {name:<24}{rate:>10,.0f}{p50:>9.3f}{p99:>9.3f}{per[-1]:>9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", nargs="*", default=None)
    parser.add_argument("--difficulty", default="medium")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--cpu", action="store_true",
                        help="time throughput by the process's CPU time instead of the wall "
                             "clock: steadier on a busy machine, where other processes take turns")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set, so every start-up compiles the sources;"
              " an installed wheel has its bytecode compiled and starts faster")
    if not args.skip_startup:
        startup(args.repeat)
    import logicgen

    throughput(args.families or logicgen.families(), args.difficulty, args.count, args.cpu)


if __name__ == "__main__":
    main()
