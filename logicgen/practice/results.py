"""Quiz results files: what the quiz page's "Export results" button writes.

The file is JSON: ``{"schema": "logicgen-quiz-results/1", "attempts": [...]}``,
one attempt per finished quiz kept in the browser, each with

* ``id``: the sheet id and the start time in milliseconds, ``"93VSEZRX-1714554000000"``;
* ``title``, ``sheet`` (the set's :attr:`~logicgen.problemset.ProblemSet.sheet_id`),
  ``date`` (the start, ISO 8601 in UTC), ``mode`` (``exam`` or ``learn``),
  ``limit`` (the time limit in seconds, or ``null``), ``seconds`` (time used),
  ``score`` and ``total``;
* ``questions``: per question ``n``, ``family``, ``area``, ``difficulty``,
  ``correct``, ``answer`` (the letter or the typed text, ``null`` when not
  answered) and ``seconds``.

There are no item codes and no seed in it: the quiz page never has them.
:func:`read_results` checks a file and returns its attempts;
:func:`logicgen.practice.store.import_attempts` adds them to the history.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import LogicgenError, describe_value

__all__ = ["RESULTS_SCHEMA", "Attempt", "QuestionResult", "ResultsError", "read_results"]

RESULTS_SCHEMA = "logicgen-quiz-results/1"
_SHEET = re.compile(r"[0-9A-Z]{8}")
_LEVELS = ("easy", "medium", "hard")
_MODES = ("exam", "learn")


class ResultsError(LogicgenError):
    """A quiz results file that cannot be read: not JSON, another schema, a bad field."""


@dataclass(frozen=True)
class QuestionResult:
    n: int
    family: str
    difficulty: str
    correct: bool
    answer: str | None
    seconds: float


@dataclass(frozen=True)
class Attempt:
    title: str
    sheet: str
    started: datetime
    mode: str
    limit: float | None
    seconds: float
    questions: tuple[QuestionResult, ...]

    @property
    def score(self) -> int:
        return sum(q.correct for q in self.questions)


def _fail(where: str, what: str, value: object) -> ResultsError:
    return ResultsError(f"{where}: {what} (got {describe_value(value)})")


def _number(where: str, value: object, *, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or value < 0:
        raise _fail(where, "must be a number of seconds, 0 or more", value)
    return float(value)


def _text(where: str, value: object, limit: int = 200) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(where, f"must be text of at most {limit} characters", value)
    return value


def _question(where: str, raw: object) -> QuestionResult:
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object", raw)
    n = raw.get("n")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise _fail(f"{where}.n", "must be a question number from 1", n)
    family = _text(f"{where}.family", raw.get("family"), 80)
    if not re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_]+", family):
        raise _fail(f"{where}.family", "must be a family name such as sequence.number", family)
    if raw.get("difficulty") not in _LEVELS:
        raise _fail(f"{where}.difficulty", "must be easy, medium or hard", raw.get("difficulty"))
    if not isinstance(raw.get("correct"), bool):
        raise _fail(f"{where}.correct", "must be true or false", raw.get("correct"))
    answer = raw.get("answer")
    if answer is not None:
        answer = _text(f"{where}.answer", answer)
    seconds = _number(f"{where}.seconds", raw.get("seconds"))
    assert seconds is not None
    return QuestionResult(n, family, raw["difficulty"], raw["correct"], answer, seconds)


def _attempt(where: str, raw: object) -> Attempt:
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object", raw)
    sheet = raw.get("sheet")
    if not isinstance(sheet, str) or not _SHEET.fullmatch(sheet):
        raise _fail(f"{where}.sheet", "must be a sheet id of 8 capitals and digits", sheet)
    date = raw.get("date")
    try:
        started = datetime.fromisoformat(date) if isinstance(date, str) else None
    except ValueError:
        started = None
    if started is None or started.tzinfo is None:
        raise _fail(f"{where}.date", "must be a date and time in ISO 8601 with a time zone",
                    date)
    if raw.get("mode") not in _MODES:
        raise _fail(f"{where}.mode", "must be exam or learn", raw.get("mode"))
    questions = raw.get("questions")
    if not isinstance(questions, list) or not questions:
        raise _fail(f"{where}.questions", "must be a non-empty list", questions)
    parsed = tuple(_question(f"{where}.questions[{i}]", q) for i, q in enumerate(questions))
    if [q.n for q in parsed] != list(range(1, len(parsed) + 1)):
        raise _fail(f"{where}.questions", "must be numbered 1, 2, 3, ... in order",
                    [q.n for q in parsed])
    return Attempt(
        title=_text(f"{where}.title", raw.get("title")),
        sheet=sheet,
        started=started.astimezone(UTC),
        mode=raw["mode"],
        limit=_number(f"{where}.limit", raw.get("limit"), allow_none=True),
        seconds=_number(f"{where}.seconds", raw.get("seconds")) or 0.0,
        questions=parsed,
    )


def read_results(text: str, source: str = "results file") -> list[Attempt]:
    """The attempts of a quiz results file, every field checked.

    Raises:
        ResultsError: the text is not JSON, has another schema, or a field is bad
            (the message names the file, the field and the value).

    >>> q = {"n": 1, "family": "sequence.number", "area": "sequence", "difficulty": "easy",
    ...      "correct": True, "answer": "B", "seconds": 12.5}
    >>> a = {"title": "Drill", "sheet": "93VSEZRX", "date": "2024-05-01T09:00:00.000Z",
    ...      "mode": "exam", "limit": 300, "seconds": 40, "questions": [q]}
    >>> [(x.sheet, x.started.isoformat(), x.score) for x in read_results(json.dumps(
    ...     {"schema": RESULTS_SCHEMA, "attempts": [a]}))]
    [('93VSEZRX', '2024-05-01T09:00:00+00:00', 1)]
    """
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        raise ResultsError(f"{source} is not JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != RESULTS_SCHEMA:
        got = data.get("schema") if isinstance(data, dict) else data
        raise ResultsError(f"{source} is not a logicgen quiz results file: its schema must "
                           f"be {RESULTS_SCHEMA!r} (got {describe_value(got)})")
    attempts = data.get("attempts")
    if not isinstance(attempts, list):
        raise _fail(f"{source}: attempts", "must be a list", attempts)
    return [_attempt(f"{source}: attempts[{i}]", a) for i, a in enumerate(attempts)]
