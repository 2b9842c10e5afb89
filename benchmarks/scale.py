"""Scale figures, printed in one run. Run by hand:

    python benchmarks/scale.py                      # everything, default sizes
    python benchmarks/scale.py --families sequence.number deduction.grid --count 500
    python benchmarks/scale.py --skip-floor --jobs-count 20000
    python benchmarks/scale.py --skip-floor --skip-jobs --big 1000000 --big-jobs 2
    python benchmarks/scale.py --skip-floor --skip-jobs --data 1000000 --ray 200000

Floor: for each family, the time `logicgen.generate` takes to make and verify
--count items, against the time to serialise the same items to JSON Lines
alone (`Item.to_json` plus the write to an in-memory file). The ratio says how
far the generator runs above the cost of merely writing its output.

Jobs: wall time of `logicgen generate sequence.number -f jsonl -o FILE` for
--jobs-count items with `--jobs 1` and `--jobs 2` (real processes, start-up
included; the best of --repeat interleaved runs, as other work on the machine
only ever slows a run down), their ratio, a check that both files are byte-identical, and the peak
memory of each run, sampled every 50 ms from /proc (Linux) over the command's
process and all its worker processes: summed PSS (shared pages split among the
processes that share them: the memory really in use), summed RSS (shared pages
counted once per process: an upper bound), and the largest single process.

Big: wall time and memory of one sampled run of --big items (e.g. 1,000,000
with --big-jobs 2); the sampler itself takes some CPU.

Data (--data N): N sequence.number items with --jobs 2 written as JSONL and as
Parquet (one sampled run each): wall time, their ratio, peak memory over all
processes, file sizes and the size ratio; then the same JSONL run with --unique
and with --exclude FILE (FILE: --data/10 items of another seed, as Parquet):
their overhead in percent over the plain run, the extra peak memory per kept
key, and the bytes per stored key of the key table itself (KeySet.nbytes over
the number of keys, measured in this process on N keys).

Ray (--ray N): N sequence.number items written to Parquet by Ray Data on a
local Ray with 2 CPUs (logicgen.ray.read_items(...).write_parquet, in a child
process; Ray's start-up reported apart), against `logicgen generate -f parquet
--jobs 2` of the same N.

Shared machines are noisy: compare ratios within one run, not across runs.
The load average is printed with each section.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (Linux /proc; empty elsewhere)."""
    found, frontier = [], [pid]
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    while frontier:
        kids = parents.get(frontier.pop(), [])
        found += kids
        frontier += kids
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """Resident and proportional set size of ``pid`` in KB (0 when unknown).

    RSS counts pages shared between processes (the worker processes share the
    libraries and modules their server loaded) once per process; PSS splits each
    shared page among its sharers, so PSS sums to the memory really in use.
    """
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


def run_measured(cmd: list[str]) -> tuple[float, int, int, int]:
    """Wall seconds, and peaks (KB) sampled every 50 ms: summed PSS and summed RSS of
    the process tree, and the RSS of its largest single process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = rss_peak = single = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, rss_peak, single
        while not done.is_set():
            sizes = [_memory_kb(p) for p in [proc.pid, *_children(proc.pid)]]
            peak = max(peak, sum(pss for _, pss in sizes))
            rss_peak = max(rss_peak, sum(rss for rss, _ in sizes))
            single = max(single, *(rss for rss, _ in sizes))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if code:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {code}")
    return wall, peak, rss_peak, single


def floor(families: list[str], count: int, difficulty: str) -> None:
    import logicgen

    print(f"floor: {count} items per family at {difficulty} (one core, this process)")
    print(f"  {'family':<26}{'make+verify':>12}{'JSONL only':>12}{'ratio':>9}{'items/s':>10}")
    ratios = []
    for name in families:
        fam = logicgen.get_family(name)
        level = difficulty if difficulty in fam.difficulties else fam.difficulties[0]
        start = time.perf_counter()
        items = logicgen.generate(name, count, difficulty=level, seed=1)
        made = time.perf_counter() - start
        best = float("inf")
        for _ in range(3):  # serialising is quick: take the best of three
            sink = io.StringIO()
            start = time.perf_counter()
            for item in items:
                sink.write(item.to_json() + "\n")
            best = min(best, time.perf_counter() - start)
        ratios.append(made / best)
        print(f"  {name:<26}{made * 1000:>10.0f}ms{best * 1000:>10.1f}ms{made / best:>8.1f}x"
              f"{count / made:>10.0f}")
    ratios.sort()
    print(f"  median ratio {ratios[len(ratios) // 2]:.1f}x, range {ratios[0]:.1f}x "
          f"to {ratios[-1]:.1f}x")


def _exe() -> list[str]:
    script = shutil.which("logicgen") or str(Path(sys.executable).parent / "logicgen")
    return [script] if Path(script).exists() else [sys.executable, "-m", "logicgen"]


def jobs(count: int, folder: Path, repeat: int) -> None:
    print(f"\njobs: {count} sequence.number items to JSONL (real processes; best wall time "
          f"of {repeat} interleaved runs, memory from one more run)")
    cmds = {
        n: [*_exe(), "generate", "sequence.number", "-n", str(count), "-s", "1", "-f", "jsonl",
            "-o", str(folder / f"jobs{n}.jsonl"), "--jobs", str(n)]
        for n in (1, 2)
    }
    walls = {1: float("inf"), 2: float("inf")}
    for _ in range(repeat):
        for n, cmd in cmds.items():
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            walls[n] = min(walls[n], time.perf_counter() - start)
    for n, cmd in cmds.items():
        _, pss, rss, single = run_measured(cmd)  # the sampler takes CPU: not timed
        print(f"  --jobs {n}: {walls[n]:6.2f} s  {count / walls[n]:6.0f} items/s  peak memory: "
              f"{_mb(pss, rss, single)}")
    same = (folder / "jobs1.jsonl").read_bytes() == (folder / "jobs2.jsonl").read_bytes()
    print(f"  ratio --jobs 1 / --jobs 2: {walls[1] / walls[2]:.2f}x (target >= 1.7x; "
          f"{os.cpu_count()} CPUs); outputs byte-identical: {same}")


def big(count: int, n_jobs: int, folder: Path) -> None:
    out = folder / "big.jsonl"
    cmd = [*_exe(), "generate", "sequence.number", "-n", str(count), "-s", "1", "-f", "jsonl",
           "-o", str(out), "--jobs", str(n_jobs)]
    print(f"\nbig: {count} sequence.number items to JSONL with --jobs {n_jobs}")
    wall, pss, rss, single = run_measured(cmd)
    lines = sum(1 for _ in out.open(encoding="utf-8"))
    print(f"  {wall:7.1f} s ({count / wall:.0f} items/s), {lines} lines, "
          f"{out.stat().st_size / 1e6:.0f} MB file")
    print(f"  peak memory: {_mb(pss, rss, single)}")


def _load() -> str:
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on every platform
        return "load average unknown"


def data(count: int, folder: Path, *, filters: bool = True) -> None:
    base = [*_exe(), "generate", "sequence.number", "-n", str(count), "-s", "1", "--jobs", "2"]
    print(f"\ndata: {count} sequence.number items, --jobs 2, one sampled run each ({_load()})")
    runs = {}
    for name, extra in (("jsonl", ["-f", "jsonl", "-o", str(folder / "d.jsonl")]),
                        ("parquet", ["-f", "parquet", "-o", str(folder / "d.parquet")])):
        runs[name] = run_measured([*base, *extra])
        wall, pss, rss, single = runs[name]
        size = (folder / f"d.{name}").stat().st_size
        print(f"  {name:<8} {wall:7.1f} s ({count / wall:.0f} items/s), {size / 1e6:7.1f} MB, "
              f"peak memory: {_mb(pss, rss, single)}")
    ratio = runs["parquet"][0] / runs["jsonl"][0]
    sizes = (folder / "d.parquet").stat().st_size / (folder / "d.jsonl").stat().st_size
    print(f"  Parquet / JSONL: wall {ratio:.2f}x (target <= 1), file {sizes:.3f}x "
          f"(target < 0.2) ({_load()})")
    (folder / "d.jsonl").unlink()
    if not filters:
        return
    exclude = folder / "exclude.parquet"
    subprocess.run([*_exe(), "generate", "sequence.number", "-n", str(max(1, count // 10)), "-s",
                    "2", "-f", "parquet", "--jobs", "2", "-o", str(exclude)], check=True)
    plain = runs["jsonl"]
    for name, extra in (("--unique", ["--unique"]), ("--exclude", ["--exclude", str(exclude)])):
        out = folder / "f.jsonl"
        wall, pss, rss, single = run_measured([*base, "-f", "jsonl", "-o", str(out), *extra])
        print(f"  {name:<10} {wall:7.1f} s, overhead {100 * (wall / plain[0] - 1):+.0f}% over "
              f"plain JSONL; peak memory {_mb(pss, rss, single)}; "
              f"{(pss - plain[1]) * 1024 / count:+.0f} B PSS per item over plain ({_load()})")
        out.unlink()
    from logicgen.dedupe import KeySet

    keys = KeySet()
    for k in range(1, count + 1):
        keys.add((k * 0x9E3779B97F4A7C15) & (2**64 - 1))
    print(f"  key table: {keys.nbytes / len(keys):.1f} bytes per stored key at {len(keys)} keys "
          f"(16 to 32 by the fill of the table)")


RAY_SCRIPT = """
import sys, time
t0 = time.perf_counter()
import ray
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
t1 = time.perf_counter()
from logicgen.ray import read_items
read_items("sequence.number", int(sys.argv[1]), 1, shards=8).write_parquet(sys.argv[2],
                                                                         compression="zstd")
t2 = time.perf_counter()
ray.shutdown()
print(f"{t1 - t0:.2f} {t2 - t1:.2f}")
"""


def ray_run(count: int, folder: Path) -> None:
    import pyarrow.parquet as pq

    print(f"\nray: {count} sequence.number items to Parquet, local Ray with 2 CPUs ({_load()})")
    out = folder / "ray-out"
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", RAY_SCRIPT, str(count),
                           str(out)], check=True, capture_output=True, text=True)
    start, write = (float(x) for x in done.stdout.split()[-2:])
    rows = pq.read_table(out).num_rows
    cmd = [*_exe(), "generate", "sequence.number", "-n", str(count), "-s", "1", "--jobs", "2",
           "-f", "parquet", "-o", str(folder / "r.parquet")]
    begin = time.perf_counter()
    subprocess.run(cmd, check=True)
    cli = time.perf_counter() - begin
    print(f"  Ray: start-up {start:.1f} s, read + write {write:.1f} s ({rows} rows, "
          f"{count / write:.0f} items/s); --jobs 2: {cli:.1f} s; Ray / --jobs 2: "
          f"{write / cli:.2f}x ({(start + write) / cli:.2f}x with start-up) ({_load()})")


def _mb(pss: int, rss: int, single: int) -> str:
    return (f"{pss / 1024:.1f} MB PSS, {rss / 1024:.1f} MB RSS summed over all processes, "
            f"{single / 1024:.1f} MB largest process")


def main() -> None:
    import logicgen

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", nargs="*", default=None)
    parser.add_argument("--count", type=int, default=300, help="items per family (floor)")
    parser.add_argument("--difficulty", default="medium")
    parser.add_argument("--jobs-count", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per --jobs value")
    parser.add_argument("--big", type=int, default=0, help="items for one big run (0: skip)")
    parser.add_argument("--big-jobs", type=int, default=2)
    parser.add_argument("--data", type=int, default=0,
                        help="items for the Parquet / --unique / --exclude runs (0: skip)")
    parser.add_argument("--skip-filters", action="store_true",
                        help="in --data, only JSONL against Parquet")
    parser.add_argument("--ray", type=int, default=0,
                        help="items for the Ray Data run (0: skip; needs logicgen[ray])")
    parser.add_argument("--skip-floor", action="store_true")
    parser.add_argument("--skip-jobs", action="store_true")
    args = parser.parse_args()
    families = args.families or logicgen.families()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_floor:
            floor(families, args.count, args.difficulty)
        if not args.skip_jobs:
            jobs(args.jobs_count, Path(tmp), args.repeat)
        if args.big:
            big(args.big, args.big_jobs, Path(tmp))
        if args.data:
            data(args.data, Path(tmp), filters=not args.skip_filters)
        if args.ray:
            ray_run(args.ray, Path(tmp))


if __name__ == "__main__":
    main()
