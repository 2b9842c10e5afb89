"""What the checks made when the history is opened cost, printed in one run. Run by hand:

    python benchmarks/history_open.py                 # 1,000 to 100,000 saved answers
    python benchmarks/history_open.py --repeat 21

Opening the history for a session reads every page once (SQLite's quick check,
so a damaged file is refused before anything is written) and makes one rolled-back
write (so a read-only file is refused before the session starts). This measures
the median time of ``HistoryStore.open`` for writing and for reading, and of a
bare ``sqlite3.connect`` plus one query as the floor, on histories of several
sizes (a practice answer is one row; 100,000 rows is about 2,000 fifty-question
sessions). Shared machines are noisy: compare within one run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from logicgen.practice.store import HistoryStore


def _fill(path: Path, answers: int) -> None:
    with HistoryStore.open(path) as store:
        per = 50
        with store._write() as db:  # one transaction: filling is not what is measured
            for s in range(answers // per):
                cur = db.execute(
                    "INSERT INTO sessions (started_at, blueprint, title, form, seed, minutes,"
                    " n_items, n_answered, n_correct) VALUES ('2026-01-01', 'logic-test', 'T',"
                    " 'A', ?, 15, 50, 50, 40)", (s,))
                sid = cur.lastrowid
                db.executemany(
                    "INSERT INTO answers (session_id, position, code, family, difficulty,"
                    " correct, seconds, answered_at, response) VALUES"
                    " (?, ?, 'sequence.number-m1-3Q7ZK1M2AB', 'sequence.number', 'medium', 1,"
                    " 12.5, '2026-01-01', 'B')",
                    [(sid, p) for p in range(1, per + 1)])


def _median(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    print(f"{'answers':>8}  {'file':>8}  {'bare':>8}  {'open':>8}  {'read':>8}  open/bare")
    with tempfile.TemporaryDirectory() as folder:
        for answers in (1_000, 10_000, 100_000):
            path = Path(folder) / f"h{answers}.sqlite3"
            _fill(path, answers)

            def bare(path: Path = path) -> None:
                con = sqlite3.connect(path)
                con.execute("SELECT COUNT(*) FROM sessions").fetchone()
                con.close()

            bare_s = _median(bare, args.repeat)
            open_s = _median(lambda path=path: HistoryStore.open(path).close(), args.repeat)
            read_s = _median(lambda path=path: HistoryStore.open(path, create=False).close(),
                             args.repeat)
            size = path.stat().st_size / 1e6
            print(f"{answers:>8}  {size:>6.1f}MB  {1000 * bare_s:>6.1f}ms  {1000 * open_s:>6.1f}ms"
                  f"  {1000 * read_s:>6.1f}ms  {open_s / bare_s:>8.1f}")


if __name__ == "__main__":
    main()
