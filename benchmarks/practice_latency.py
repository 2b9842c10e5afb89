"""How soon `logicgen practice` shows its first question, printed in one run. Run by hand:

    python benchmarks/practice_latency.py                  # logic-test --mode exam, 15 runs
    python benchmarks/practice_latency.py --blueprint quick-10 --mode learn --repeat 9

Each run starts `logicgen practice BLUEPRINT --mode MODE -s SEED --db TMP` as a fresh process
with its standard input and output on pipes, and measures the wall time from just
before the process is started to the moment the first question's text has arrived
on its standard output (the prompt text is known in advance: the benchmark builds
the same set itself). It then types `q` so the process ends normally. Each run
uses another seed (SEED, SEED + 1, ...), and a throwaway history database.

The same is measured for `python -c "import click"` (until the process exits), the
floor any click command starts from. Targets for logic-test: median at most 0.5 s,
and at most 2.5 times the median of `import click` in the same run.
Shared machines are noisy: compare the ratio within one run, not across runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGET = 0.5
RATIO = 2.5


def _command() -> list[str]:
    exe = shutil.which("logicgen") or str(Path(sys.executable).parent / "logicgen")
    return [exe] if Path(exe).exists() else [sys.executable, "-m", "logicgen"]


def _first_text(blueprint: str, seed: int, mode: str) -> bytes:
    """The first line of the first question as the session prints it (an exam leaves
    figure items out)."""
    from logicgen.blueprint import build_set
    from logicgen.practice.mix import is_figure
    from logicgen.render.text import question

    items = build_set(blueprint, seed=seed).items
    if mode == "exam":
        items = tuple(item for item in items if not is_figure(item))
    return question(1, items[0])[0].encode("utf-8")


def first_item(cmd: list[str], expect: bytes, env: dict[str, str]) -> float:
    """Seconds from starting ``cmd`` until ``expect`` appears on its standard output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    # a run that never shows the text would otherwise wait for input for ever
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    seen = b""
    elapsed = None
    try:
        while True:
            chunk = proc.stdout.read1(65536)
            if not chunk:
                break
            seen += chunk
            if expect in seen:
                elapsed = time.perf_counter() - start
                break
        proc.stdin.write(b"q\n")
        proc.stdin.close()
        proc.stdout.read()
    finally:
        watchdog.cancel()
        proc.wait(timeout=60)
        proc.stdout.close()
    if elapsed is None:
        raise SystemExit(f"the first question never appeared: {' '.join(cmd)}\n"
                         f"{seen.decode('utf-8', 'replace')[-2000:]}")
    return elapsed


def whole_run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def _line(label: str, times: list[float], base: float | None = None) -> str:
    med = statistics.median(times)
    ratio = f"{med / base:6.2f}x" if base else f"{1.0:6.2f}x"
    return (f"  {label:<44}{med * 1000:8.1f}{min(times) * 1000:8.1f}{max(times) * 1000:8.1f}"
            f"  {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blueprint", default="logic-test")
    parser.add_argument("--seed", type=int, default=1, help="first seed (one more each run)")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--mode", choices=["exam", "learn"], default="exam")
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")
    env = dict(os.environ)
    if env.pop("PYTHONDONTWRITEBYTECODE", None):
        print("note: PYTHONDONTWRITEBYTECODE is set here; it is unset for the measured "
              "processes, so they start from compiled bytecode as an installed wheel does")
    cmd = _command()
    seeds = [args.seed + i for i in range(args.repeat)]
    expected = {seed: _first_text(args.blueprint, seed, args.mode) for seed in seeds}

    with tempfile.TemporaryDirectory() as folder:
        env["LOGICGEN_DB"] = os.path.join(folder, "unused.sqlite3")

        def practice(seed: int, n: int) -> list[str]:
            db = os.path.join(folder, f"h{n}.sqlite3")
            return [*cmd, "practice", args.blueprint, "--mode", args.mode, "-s", str(seed),
                    "--db", db]

        # warm-up, not counted: writes bytecode caches and fills the disk cache
        first_item(practice(seeds[0], -1), expected[seeds[0]], env)
        whole_run([sys.executable, "-c", "import click"], env)
        base = []
        shown = []
        for n, seed in enumerate(seeds):  # interleaved, so both see the same load
            base.append(whole_run([sys.executable, "-c", "import click"], env))
            shown.append(first_item(practice(seed, n), expected[seed], env))

    print(f"time to first question ({args.repeat} runs, seeds {seeds[0]}..{seeds[-1]})")
    print(f"  {'':<44}{'med ms':>8}{'min ms':>8}{'max ms':>8}   ratio")
    ref = statistics.median(base)
    print(_line("python -c 'import click' (to exit)", base))
    print(_line(f"logicgen practice {args.blueprint} --mode {args.mode} (first question)",
                shown, ref))
    verdict = "within" if statistics.median(shown) <= TARGET else "OVER"
    print(f"  target: median at most {TARGET:.1f} s: {verdict}")
    ratio = statistics.median(shown) / ref
    verdict = "within" if ratio <= RATIO else "OVER"
    print(f"  target: at most {RATIO:g}x import click: {ratio:.2f}x, {verdict}")


if __name__ == "__main__":
    main()
