"""Fault injection: a practice session killed with SIGKILL, and a disk that fills up.

The killed sessions are forked from this (already warmed-up) process rather than
started afresh, so twenty of them take well under a second or two; each runs the
real command line with its standard input and output on pipes.
"""

from __future__ import annotations

import errno
import io
import os
import random
import select
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Self

import pytest
from click.testing import CliRunner

from logicgen.cli import cli
from logicgen.practice.store import HistoryStore

COUNTS = "sequence.number:easy=5"  # five questions, untimed
PROMPT = b"> "
RUNS = 20


def _fork_practice(db: Path) -> tuple[int, int, int]:
    """Start ``logicgen practice`` in a forked child; its pid, stdin writer and stdout reader."""
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
            for fd in (in_r, in_w, out_r, out_w):
                os.close(fd)
            sys.stdin = io.TextIOWrapper(io.FileIO(0, "r"), encoding="utf-8")
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w"), encoding="utf-8")
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w"), encoding="utf-8")
            cli.main(["practice", COUNTS, "-s", "5", "--db", str(db)], prog_name="logicgen")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - the child must reach os._exit
            code = 71
        finally:
            os._exit(code)
    os.close(in_r)
    os.close(out_w)
    return pid, in_w, out_r


def _read_until_prompt(fd: int, seen: bytearray, timeout: float = 20.0) -> None:
    """Read the child's output until one more answer prompt than before has appeared."""
    want = seen.count(PROMPT) + 1
    deadline = time.monotonic() + timeout
    while seen.count(PROMPT) < want:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"no prompt within {timeout} s; output so far: {bytes(seen)[-300:]!r}"
        chunk = os.read(fd, 65536)
        assert chunk, f"the session ended early: {bytes(seen)[-300:]!r}"
        seen.extend(chunk)


def _rows(db: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT session_id, position, response FROM answers ORDER BY session_id, position"
        ).fetchall()
    finally:
        con.close()


def test_sigkill_keeps_every_answer_given(tmp_path: Path) -> None:
    """Kill a session at a random moment: every answer already taken is in the history.

    An answer counts as given once the next question's prompt has appeared, since
    the answer is committed before the next question is shown. The run is killed
    after a random number of answers (0 to 4), with one more answer on its way and
    a random delay, so some kills land while that answer is being written.
    """
    import logicgen.practice.session  # imported (and the set built) once
    import logicgen.render.text  # noqa: F401 - here, so that each child starts at once
    from logicgen.practice.mix import counts_set

    counts_set(COUNTS, 5)
    db = tmp_path / "history.sqlite3"
    rng = random.Random(18)
    before: list[tuple[Any, ...]] = []
    for run in range(RUNS):
        given = rng.randrange(5)
        pid, stdin, stdout = _fork_practice(db)
        seen = bytearray()
        try:
            _read_until_prompt(stdout, seen)
            for _ in range(given):
                os.write(stdin, b"A\n")
                _read_until_prompt(stdout, seen)
            os.write(stdin, b"B\n")  # on its way when the kill comes
            time.sleep(rng.uniform(0, 0.01))
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(stdin)
            os.close(stdout)
        after = _rows(db)
        assert after[:len(before)] == before, f"run {run}: earlier answers changed"
        new = after[len(before):]
        sessions = {row[0] for row in new}
        assert len(sessions) <= 1
        positions = [row[1] for row in new]
        assert positions[:given] == list(range(1, given + 1)), f"run {run}: {new}"
        assert all(row[2] == "A" for row in new[:given])
        assert len(new) in (given, given + 1)  # the answer on its way: saved whole or not
        if len(new) == given + 1:
            assert new[-1][1:] == (given + 1, "B")
        before = after
    with HistoryStore.open(db) as store:  # still a sound history after twenty kills
        assert len(store.sessions()) == RUNS
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- a full disk -----------------------------------------------------------------------


class _FullDisk(io.RawIOBase):
    """Wraps a file handle: takes ``room`` bytes, then fails like a full disk."""

    def __init__(self, handle: Any, room: int, *, on_close: bool = False) -> None:
        self.handle = handle
        self.room = room
        self.on_close = on_close

    def write(self, data: Any) -> int:
        if not self.on_close and len(data) > self.room:
            self.handle.write(data[: self.room])
            self.room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return int(self.handle.write(data))

    def close(self) -> None:
        self.handle.close()
        if self.on_close:  # buffered data that did not fit, found when flushed
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.mark.parametrize("on_close", [False, True], ids=["write", "close"])
@pytest.mark.parametrize(
    ("name", "args"),
    [("bank.jsonl", ["generate", "sequence.number", "-n", "30", "-s", "1", "-f", "jsonl"]),
     ("set.txt", ["generate", "sequence.number", "-n", "3", "-s", "1"]),
     ("mix.jsonl", ["dataset", "sequence.number=1,quant.rates=1", "-n", "6", "-s", "1"]),
     ("quick.md", ["build", "quick-10", "-s", "1"])],
    ids=["generate-jsonl", "generate-text", "dataset", "build"],
)
def test_full_disk_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, args: list[str], on_close: bool
) -> None:
    target = tmp_path / name
    target.write_text("the previous file\n")
    real_fdopen = os.fdopen

    def fdopen(fd: int, *a: Any, **k: Any) -> Any:
        return _FullDisk(real_fdopen(fd, *a, **k), room=10, on_close=on_close)

    monkeypatch.setattr("logicgen.cli.os.fdopen", fdopen)
    result = CliRunner().invoke(cli, [*args, "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"Error: cannot write to {str(target)!r}: No space left on device\n"
    assert target.read_text() == "the previous file\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left
