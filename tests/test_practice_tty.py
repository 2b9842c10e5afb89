"""`logicgen practice` in a real terminal: a pseudo-terminal (pty) and a fake clock.

The command runs in a child process whose standard input and output are the
pty, so it sees a TTY and draws the live clock. Its clock is a file this test
writes: the child reads the time from it, so the countdown, the one-minute
warning and the end of time are checked without waiting; only the redraw
interval (TICK) is real, and short here.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from logicgen.practice.mix import counts_set

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX only")

pty = pytest.importorskip("pty")

TARGET = "sequence.number:easy=3"
SEED = "4"

DRIVER = """\
import sys
from pathlib import Path
import logicgen.practice.session as session
clock = Path(sys.argv[1])
session.now = lambda: float(clock.read_text() or 0)
session.TICK = 0.05
from logicgen.cli import main
sys.argv = ["logicgen", *sys.argv[2:]]
main()
"""


class Terminal:
    """The command on a pty: type lines, wait for text on the screen, set the clock."""

    def __init__(self, tmp_path: Path, *args: str) -> None:
        self.clock = tmp_path / "clock"
        self.clock.write_text("0")
        driver = tmp_path / "driver.py"
        driver.write_text(DRIVER)
        master, slave = pty.openpty()
        env = {**os.environ, "LOGICGEN_DB": str(tmp_path / "h.db"), "TERM": "xterm",
               "COLUMNS": "100"}
        self.proc = subprocess.Popen(
            [sys.executable, str(driver), str(self.clock), *args],
            stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
            start_new_session=True)
        os.close(slave)
        self.master = master
        self.screen = ""

    def set_clock(self, seconds: float) -> None:
        tmp = self.clock.with_suffix(".tmp")
        tmp.write_text(str(seconds))
        tmp.replace(self.clock)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def wait_for(self, pattern: str, timeout: float = 20.0) -> str:
        """Read until ``pattern`` (a regular expression) is on the screen; the text after
        the last match of it is kept for the next wait."""
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.screen)
            if found:
                seen, self.screen = self.screen[:found.end()], self.screen[found.end():]
                return seen
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{pattern!r} did not appear; screen: {self.screen[-2000:]!r}")
            ready, _, _ = select.select([self.master], [], [], min(left, 0.5))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk and self.proc.poll() is not None:
                    raise AssertionError(f"{pattern!r} did not appear before the end: "
                                         f"{self.screen[-2000:]!r}")
                self.screen += chunk.decode("utf-8", "replace")

    def close(self) -> int:
        try:
            code = self.proc.wait(timeout=20)
        finally:
            os.close(self.master)
        return code


@pytest.fixture()
def terminal(tmp_path: Path) -> Iterator[list[Terminal]]:
    made: list[Terminal] = []
    yield made
    for t in made:
        if t.proc.poll() is None:
            t.proc.kill()
            t.proc.wait()


def _start(terminal: list[Terminal], tmp_path: Path, *args: str) -> Terminal:
    t = Terminal(tmp_path, "practice", TARGET, "-s", SEED, *args)
    terminal.append(t)
    return t


ESC_SAVE, ESC_RESTORE = re.escape("\x1b7\r"), re.escape("\x1b8")


def test_live_clock_warning_and_confirmed_quit(terminal: list[Terminal], tmp_path: Path) -> None:
    items = counts_set(TARGET, int(SEED)).items
    t = _start(terminal, tmp_path, "--minutes", "2")
    t.wait_for(r"\[2:00 left\] Answer A-E> ")
    # the clock is redrawn in place (save cursor, line start, field, restore) as time passes
    t.set_clock(31)
    t.wait_for(ESC_SAVE + re.escape("[1:29 left] ") + ESC_RESTORE)
    # typing while the clock runs: the line arrives whole
    t.type(f"{items[0].letter}\n")
    t.wait_for(r"\[Question 2 of 3 \| 1:29 left \| 1 answered\]")
    t.wait_for(r"\[1:29 left\] Answer A-E> ")
    # one minute left: a warning on a line of its own, then the prompt again
    t.set_clock(61)
    t.wait_for(r"One minute left\.(\x1b\[0m)?\r?\n\[0:59 left\] Answer A-E> ")
    # q with 2 of 3 unanswered asks first; "n" carries on
    t.type("q\n")
    t.wait_for(r"2 of 3 questions are unanswered\.\r?\n\[0:59 left\] Finish now\? \[y/N\]> ")
    t.type("n\n")
    t.wait_for(r"Carrying on\.")
    t.type("q\n")
    t.wait_for(r"Finish now\? \[y/N\]> ")
    t.type("y\n")
    t.wait_for(r"You finished early\.")
    t.wait_for(r"Score: 1 of 3")
    assert t.close() == 0


def test_time_running_out_ends_a_silent_session(terminal: list[Terminal],
                                                tmp_path: Path) -> None:
    t = _start(terminal, tmp_path, "--minutes", "1")
    t.wait_for(r"\[1:00 left\] Answer A-E> ")
    t.set_clock(60.5)  # nothing typed: the session ends on its own
    t.wait_for(r"Time is up\.")
    t.wait_for(r"Score: 0 of 3")
    assert t.close() == 0


def test_untimed_learn_session_has_no_clock_field(terminal: list[Terminal],
                                                  tmp_path: Path) -> None:
    items = counts_set(TARGET, int(SEED)).items
    t = _start(terminal, tmp_path, "--mode", "learn")
    seen = t.wait_for(r"Answer A-E> ")
    assert "left]" not in seen
    t.type(f"{items[0].letter}\n")
    t.wait_for(r"Right\.(\x1b\[0m)?\r?\nMethod: ")
    t.type("q\n")
    t.type("y\n")
    t.wait_for(r"Score: 1 of 3")
    assert t.close() == 0
