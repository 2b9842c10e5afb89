"""`logicgen practice`: driven through CliRunner input with a fake clock (no sleeping).

Every read of an input line advances the fake clock by a scripted number of seconds,
as if the candidate had taken that long to type it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

import logicgen
from logicgen.blueprint import build_set
from logicgen.cli import cli
from logicgen.practice import session as session_mod
from logicgen.practice.session import Session

SET = build_set("quick-10", seed=1, form="A")
KEYS = [item.letter or item.answer for item in SET.items]


def _wrong(i: int) -> str:
    item = SET.items[i]
    return next(letter for letter in "ABCDEFGH"[: len(item.choices)] if letter != item.letter)


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def _no_real_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGICGEN_DB", str(tmp_path / "env-history.sqlite3"))


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(session_mod, "now", fake)
    return fake


def practice(monkeypatch: pytest.MonkeyPatch, clock: FakeClock, db: Path,
             steps: Iterable[tuple[float, str]], *args: str,
             interrupt_after: int | None = None,
             target: tuple[str, ...] = ("quick-10", "-s", "1")) -> Result:
    """Run `practice quick-10 -s 1` (or ``target``) on ``steps`` of (seconds taken, line typed)."""
    steps = list(steps)
    delays = iter([d for d, _ in steps])
    reads = [0]
    original = session_mod.read_line

    def timed_read(timeout: float | None = None) -> str | None:
        if interrupt_after is not None and reads[0] == interrupt_after:
            raise KeyboardInterrupt
        reads[0] += 1
        line = original()
        clock.t += next(delays, 0.0)
        return line

    monkeypatch.setattr(session_mod, "read_line", timed_read)
    text = "".join(line + "\n" for _, line in steps)
    return CliRunner().invoke(cli, ["practice", *target, "--db", str(db), *args], input=text)


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_all_correct_answers_score_full_marks_and_are_saved(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.sqlite3"
    result = practice(monkeypatch, clock, db, [(10.0 + i, k) for i, k in enumerate(KEYS)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Quick ten (form A, seed 1, 10 questions, 5 minutes)" in out
    assert "Score: 10 of 10 (100%)" in out
    assert "Every question has an answer." in out
    assert "nothing to review" in out
    assert "By family" in out and "By difficulty" in out
    saved = rows(db, "SELECT position, code, correct, seconds, response FROM answers ORDER BY position")
    assert [r[0] for r in saved] == list(range(1, 11))
    assert [r[1] for r in saved] == [item.code for item in SET.items]
    assert all(r[2] == 1 for r in saved)
    assert [r[3] for r in saved] == [10.0 + i for i in range(10)]
    assert rows(db, "SELECT n_items, n_answered, n_correct, end_reason FROM sessions") == [
        (10, 10, 10, "finished")
    ]


def test_time_left_is_shown_with_each_item(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    result = practice(monkeypatch, clock, tmp_path / "h.db", [(20, KEYS[0]), (45, KEYS[1]), (0, "q")])
    out = result.output
    assert "[Question 1 of 10 | 5:00 left | 0 answered]" in out
    assert "[Question 2 of 10 | 4:40 left | 1 answered]" in out
    assert "[Question 3 of 10 | 3:55 left | 2 answered]" in out


def test_invalid_input_is_asked_again(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    steps = [(1, "Z"), (1, "hello there"), (1, ""), (1, "  "), (1, KEYS[0]), (1, "q")]
    result = practice(monkeypatch, clock, db, steps)
    assert result.exit_code == 0, result.output
    assert result.output.count("is not an answer here") == 2
    assert "'Z' is not an answer here: type a letter A to E" in result.output
    assert "Question 2 of 10" in result.output
    assert rows(db, "SELECT position, correct, seconds FROM answers") == [(1, 1, 5.0)]


def test_skip_moves_on_and_comes_back_to_skipped_items(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    steps = [(3, "s"), *[(1, k) for k in KEYS[1:]], (2, KEYS[0])]
    result = practice(monkeypatch, clock, db, steps, "--mode", "learn")
    assert result.exit_code == 0, result.output
    assert "Score: 10 of 10" in result.output
    # the skipped question was shown a second time after the last one
    assert result.output.count("[Question 1 of 10") == 2
    assert rows(db, "SELECT seconds FROM answers WHERE position = 1") == [(5.0,)]


def test_exam_mode_goes_in_order_and_never_back(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    steps = [(3, "s"), (1, "<"), *[(1, k) for k in KEYS[1:]]]
    result = practice(monkeypatch, clock, db, steps)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "No going back in exam mode" in out
    assert out.count("[Question 1 of 10") == 1  # a skipped question does not come round again
    assert "That was the last question." in out and "Score: 9 of 10" in out
    assert rows(db, "SELECT end_reason, n_answered FROM sessions") == [("last", 9)]
    assert "Right." not in out  # no marks before the end in an exam


def test_learn_mode_marks_and_explains_each_answer_at_once(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    steps = [(4, KEYS[0]), (2, _wrong(1)), (1, "q"), (1, "y")]
    result = practice(monkeypatch, clock, tmp_path / "h.db", steps, "--mode", "learn")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "(form A, seed 1, 10 questions, no time limit)" in out  # untimed unless --minutes
    first, rest = out.split("[Question 2 of 10", 1)
    method = SET.items[0].explanation.split("\n")[0].strip().removeprefix("Method: ")
    assert f"Answer A-E> Right.\nMethod: {method}\n" in first
    item = SET.items[1]
    answer = f"{item.letter}. {item.answer}" if item.letter else item.answer
    assert f"Wrong: the answer is {answer}." in rest
    assert item.explanation.split("\n")[0].strip() in rest
    # q with 8 of 10 unanswered asks first
    assert "8 of 10 questions are unanswered.\nFinish now? [y/N]> You finished early." in out


def test_quit_asks_first_only_while_over_a_third_is_unanswered(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    steps = [(1, "q"), (1, "n"), *[(1, k) for k in KEYS[:7]], (1, "q")]
    result = practice(monkeypatch, clock, tmp_path / "h.db", steps)
    out = result.output
    assert out.count("Finish now? [y/N]") == 1 and "Carrying on." in out
    assert "Score: 7 of 10" in out and "You finished early." in out  # 3 of 10 open: no question


def test_one_minute_warning_comes_once_from_a_pipe(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    steps = [(50, KEYS[0]), (15, KEYS[1]), (5, KEYS[2]), (0, "q"), (0, "y")]
    out = practice(monkeypatch, clock, tmp_path / "h.db", steps, "--minutes", "2").output
    assert out.count("One minute left.") == 1
    # shown with the first question after 60 s were gone (65 s: 55 s left), before its prompt
    before, after = out.split("One minute left.", 1)
    status = "[Question 3 of 10 | 0:55 left | 2 answered]"
    assert before.rfind("[Question ") == before.index(status)
    assert after.lstrip("\n").startswith("Answer A-")
    assert "\x1b7" not in out  # no cursor moves in plain output


def test_flagged_items_are_reviewed_even_when_right(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    steps = [(1, "!"), (1, KEYS[0]), (1, "q")]
    result = practice(monkeypatch, clock, tmp_path / "h.db", steps)
    out = result.output
    assert "Question 1 flagged for review." in out
    review = out.split("Review: missed and flagged questions", 1)[1]
    assert f"-> your answer {KEYS[0]} is correct (flagged)" in review
    assert SET.items[0].explanation.split()[0] in review


def test_unflag_toggles(monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path) -> None:
    steps = [(1, "!"), (1, "flag"), (1, KEYS[0]), (1, "q")]
    out = practice(monkeypatch, clock, tmp_path / "h.db", steps).output
    assert "Question 1 unflagged." in out and "(flagged)" not in out


def test_back_changes_an_answer(monkeypatch: pytest.MonkeyPatch, clock: FakeClock,
                                tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    steps = [(1, "<"), (1, _wrong(0)), (1, "<"), (1, KEYS[0]), (1, "q")]
    result = practice(monkeypatch, clock, db, steps, "--mode", "learn")
    out = result.output
    assert "This is the first question." in out
    assert f"(your answer so far: {_wrong(0)}" in out
    assert rows(db, "SELECT position, response, correct FROM answers") == [(1, KEYS[0], 1)]
    assert "Score: 1 of 10" in out


def test_time_running_out_ends_the_session(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    steps = [(30, KEYS[0]), (40, KEYS[1]), (1, KEYS[2])]
    result = practice(monkeypatch, clock, db, steps, "--minutes", "1")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Time is up." in out
    assert "Score: 1 of 10 (10%)" in out
    assert "time used 1:00 of 1:00" in out
    assert "Unanswered questions count as missed: 9." in out
    assert "missed (no answer)" in out
    assert rows(db, "SELECT position FROM answers") == [(1,)]
    assert rows(db, "SELECT end_reason, n_answered FROM sessions") == [("time", 1)]
    # the question on screen when time ran out is charged only up to the limit
    assert "30.0 s" in out and "  30.0 s  -" in out


def test_end_of_input_keeps_the_answers(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    result = practice(monkeypatch, clock, db, [(2, KEYS[0]), (2, _wrong(1))])
    assert result.exit_code == 0, result.output
    assert "End of input." in result.output
    assert rows(db, "SELECT position, correct FROM answers ORDER BY position") == [(1, 1), (2, 0)]
    assert rows(db, "SELECT end_reason, n_correct FROM sessions") == [("eof", 1)]


def test_ctrl_c_ends_cleanly_and_keeps_the_answers(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    steps = [(2, KEYS[0]), (2, KEYS[1]), (2, KEYS[2])]
    result = practice(monkeypatch, clock, db, steps, interrupt_after=2)
    assert result.exit_code == 0, result.output
    assert "Interrupted." in result.output and "Score: 2 of 10" in result.output
    assert rows(db, "SELECT COUNT(*) FROM answers") == [(2,)]
    assert rows(db, "SELECT end_reason FROM sessions") == [("interrupted",)]


def test_help_command_and_help_text_name_the_commands(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    out = practice(monkeypatch, clock, tmp_path / "h.db", [(1, "?"), (1, "q")]).output
    assert out.count("s = skip") >= 2  # at the start and for `?`
    helped = CliRunner().invoke(cli, ["practice", "--help"]).output
    for word in ("skip", "flag", "back", "finish", "--db", "--minutes"):
        assert word in helped


def test_bad_minutes_and_foreign_db_are_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["practice", "--minutes", "0", "--db", str(tmp_path / "h")])
    assert result.exit_code == 2 and "--minutes must be between 0 and 1440" in result.output
    foreign = tmp_path / "notes.txt"
    foreign.write_text("my notes\n")
    result = CliRunner().invoke(cli, ["practice", "--db", str(foreign)], input="q\n")
    assert result.exit_code == 2
    assert "not a logicgen history database" in result.output
    assert foreign.read_text() == "my notes\n"


def test_db_defaults_to_the_environment_variable(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    env_db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("LOGICGEN_DB", str(env_db))
    result = CliRunner().invoke(cli, ["practice", "quick-10", "-s", "1"], input=KEYS[0] + "\nq\n")
    assert result.exit_code == 0, result.output
    assert rows(env_db, "SELECT COUNT(*) FROM answers") == [(1,)]


# -- the Session class on its own -------------------------------------------------------------

def _items(family: str, count: int = 3, **params: object) -> list[logicgen.Item]:
    return logicgen.generate(family, count=count, seed=3, **params)


def test_session_charges_time_to_the_item_on_screen_across_visits() -> None:
    t = [0.0]
    items = _items("sequence.number")
    s = Session(items, seconds=None, clock=lambda: t[0])
    s.start()
    t[0] = 5
    assert s.handle("s").kind == "skipped" and s.position == 1
    t[0] = 12
    assert s.handle("<").kind == "back" and s.position == 0
    t[0] = 15
    assert s.handle(items[0].letter or "").kind == "answered"
    assert s.spent[:2] == [8.0, 7.0]
    assert s.remaining() is None and s.elapsed() == 15


def test_session_accepts_tfu_words_and_numbers_in_any_form() -> None:
    tfu = _items("deduction.syllogism", 1)[0]
    word = {"True": "yes", "False": "no", "Uncertain": "cannot say"}[tfu.answer]
    s = Session([tfu], clock=lambda: 0.0)
    assert s.handle(word).kind == "answered" and s.answers[0].correct
    assert s.answers[0].response == tfu.letter
    numeric = _items("probability.dice", 1, format="numeric")[0]
    s = Session([numeric], clock=lambda: 0.0)
    assert s.handle("A").kind == "invalid"
    assert s.handle("two thirds").kind == "invalid"
    from fractions import Fraction

    from logicgen.answers import parse_number

    value = parse_number(numeric.answer)
    assert value is not None
    assert s.handle(f"{float(Fraction(value)) * 100:.4f}%").kind == "answered"
    assert s.answers[0].correct and s.end_reason == "finished"


def test_session_after_time_up_ignores_input() -> None:
    t = [0.0]
    s = Session(_items("sequence.number"), seconds=10, clock=lambda: t[0])
    s.start()
    t[0] = 11
    assert s.handle("A").kind == "ended" and s.end_reason == "time" and not s.answers
    assert s.handle("B").kind == "ended" and s.elapsed() == 10 and s.remaining() == 0


def test_a_killed_session_keeps_every_answer_given(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import time

    db = tmp_path / "h.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "logicgen", "practice", "quick-10", "-s", "1", "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env={**os.environ, "LOGICGEN_DB": str(tmp_path / "unused.db")},
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(f"{KEYS[0]}\n{_wrong(1)}\n".encode())
        proc.stdin.flush()
        seen = b""
        deadline = time.monotonic() + 30
        while b"[Question 3 of 10" not in seen and time.monotonic() < deadline:
            chunk = proc.stdout.read1(4096)
            if not chunk:
                break
            seen += chunk
        assert b"[Question 3 of 10" in seen
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdin.close()
        proc.stdout.close()
    assert rows(db, "SELECT position, correct FROM answers ORDER BY position") == [(1, 1), (2, 0)]
    assert rows(db, "SELECT ended_at, n_answered FROM sessions") == [(None, 2)]


def test_untimed_blueprint_shows_time_elapsed_and_free_response_items(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, tmp_path: Path
) -> None:
    bp = tmp_path / "drill.toml"
    bp.write_text('title = "Dice drill"\n\n[[sections]]\nfamily = "probability.dice"\ncount = 2\n'
                  'difficulty = "easy"\nparams = { format = "numeric" }\n', encoding="utf-8")
    items = build_set(bp, seed=4).items
    assert all(not item.choices for item in items)
    db = tmp_path / "h.db"
    steps = [(7, "B"), (1, items[0].answer), (5, "0")]
    result = CliRunner().invoke(cli, ["practice", str(bp), "-s", "4", "--db", str(db)], input="")
    assert result.exit_code == 0  # end of input at once: nothing answered, still a report
    result = practice(monkeypatch, clock, db, steps, target=(str(bp), "-s", "4"))
    out = result.output
    assert "no time limit" in out and "[Question 1 of 2 | 0:00 elapsed | 0 answered]" in out
    assert "Answer (a number)> 'B' is not an answer here: type a number" in out
    assert "[Question 2 of 2 | 0:08 elapsed | 1 answered]" in out
    assert "Score: 1 of 2 (50%)" in out and "time used 0:13\n" in out



@given(st.text(max_size=60) | st.sampled_from(["9" * 5000, "1/0", "\x00", "((b))", "½", "1e9"]))
@settings(max_examples=60)
def test_any_input_line_is_answered_or_asked_again_never_a_crash(line: str) -> None:
    items = list(SET.items[:3]) + logicgen.generate("probability.dice", 1, seed=2, format="numeric")
    for item in items:
        s = Session([item, item], clock=lambda: 0.0)
        outcome = s.handle(line)
        # "q" on a set mostly unanswered asks for confirmation before it ends
        assert outcome.kind in {"answered", "invalid", "blank", "skipped", "flagged", "at_start",
                                "help", "ended", "unflagged", "confirm"}
