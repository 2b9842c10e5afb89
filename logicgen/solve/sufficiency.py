"""Second route for ``deduction.sufficiency``: enumerate every case the statements allow.

The item's ``data`` names a finite domain (two whole numbers ``x`` and ``y``
from ``low`` to ``high``), a question (the value of an expression, or a yes/no
condition) and two statements. The solver interprets each statement and the
question from that description on its own, lists the cases that satisfy
statement (1), statement (2) and both, and calls a set of cases *sufficient*
when the question has one answer over all of them ("no" counts as an answer).
The standard five options are then read in their fixed order.

A statement or condition is one of: ``eq`` / ``gt`` / ``lt`` (``a·x + b·y``,
less any terms under ``right``, compared with ``k``), ``parity`` (of ``var``,
or of the sum ``left`` such as ``x + y``: ``even`` true or false), ``multiple``
(``var`` is a multiple of ``k``) and ``product`` (``xy = k``).

The cases a statement allows over a domain are remembered (keyed by the domain
and the statement's full description), so that :func:`verdict` and
:func:`effort` do not enumerate the same statement twice; the memo is a pure
function of its key and never changes an answer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from itertools import compress
from typing import Any

__all__ = ["OPTIONS", "evaluate", "solve_sufficiency", "verdict"]

#: The five standard answers, in their fixed order (A to E).
OPTIONS = (
    "Statement (1) alone is sufficient, but statement (2) alone is not.",
    "Statement (2) alone is sufficient, but statement (1) alone is not.",
    "Both statements together are sufficient, but neither alone is.",
    "Each statement alone is sufficient.",
    "The statements together are not sufficient.",
)


def _compile(cond: Mapping[str, Any]) -> Callable[[int, int], bool]:
    """A test of ``(x, y)`` for a statement or yes/no condition, read from its data once."""
    op, k = cond["op"], int(cond.get("k", 0))
    if op == "product":
        return lambda x, y: x * y == k
    if op == "multiple" or op == "parity" and "var" in cond:
        first = cond["var"] == "x"
        if op == "multiple":
            return lambda x, y: (x if first else y) % k == 0
        rest = 0 if cond["even"] else 1
        return lambda x, y: (x if first else y) % 2 == rest
    left, right = cond["left"], cond.get("right", {})
    if op == "parity":  # of a sum such as x + y
        c, d, rest = int(left.get("x", 0)), int(left.get("y", 0)), 0 if cond["even"] else 1
        return lambda x, y: (c * x + d * y) % 2 == rest
    a = int(left.get("x", 0)) - int(right.get("x", 0))
    b = int(left.get("y", 0)) - int(right.get("y", 0))
    # a·x + b·y compared with k: the right-hand terms moved to the left
    if op == "eq":
        return lambda x, y: a * x + b * y == k
    if op == "gt":
        return lambda x, y: a * x + b * y > k
    if op == "lt":
        return lambda x, y: a * x + b * y < k
    raise ValueError(f"unknown statement {op!r}")


def evaluate(cond: Mapping[str, Any], x: int, y: int) -> bool:
    """Whether a statement or yes/no condition holds for ``(x, y)``."""
    return _compile(cond)(x, y)


Case = tuple[int, int]
_Where = tuple[int, int, bool]
_CASES: dict[tuple[_Where, str], tuple[Case, ...]] = {}
_ASKED: dict[tuple[_Where, str], dict[Case, object]] = {}
_MEMO_LIMIT = 20_000


def _where(data: Mapping[str, Any]) -> _Where:
    return int(data["low"]), int(data["high"]), bool(data.get("distinct"))


@functools.lru_cache(maxsize=64)
def _grid(where: _Where) -> tuple[tuple[Case, ...], tuple[int, ...], tuple[int, ...]]:
    """The domain's cases, and their x and y values as two columns."""
    low, high, distinct = where
    cases = tuple((x, y) for x in range(low, high + 1) for y in range(low, high + 1)
                  if not distinct or x != y)
    return cases, tuple(c[0] for c in cases), tuple(c[1] for c in cases)


def _domain(where: _Where) -> tuple[Case, ...]:
    return _grid(where)[0]


def _cases(where: _Where, cond: Mapping[str, Any]) -> tuple[Case, ...]:
    """The cases of the domain that ``cond`` allows (remembered by its full description)."""
    key = (where, repr(cond))
    found = _CASES.get(key)
    if found is None:
        cases, xs, ys = _grid(where)
        found = tuple(compress(cases, map(_compile(cond), xs, ys)))
        if len(_CASES) > _MEMO_LIMIT:
            _CASES.clear()
        _CASES[key] = found
    return found


def _answer_of(data: Mapping[str, Any]) -> dict[Case, object]:
    """The question's answer in every case of the domain (remembered like :func:`_cases`)."""
    where, question = _where(data), data["question"]
    key = (where, repr(question))
    found = _ASKED.get(key)
    if found is None:
        cases, xs, ys = _grid(where)
        if question["ask"] == "value":
            a, b = int(question["expr"].get("x", 0)), int(question["expr"].get("y", 0))
            found = {(x, y): a * x + b * y for x, y in cases}
        else:
            found = dict(zip(cases, map(_compile(question["cond"]), xs, ys)))
        if len(_ASKED) > _MEMO_LIMIT:
            _ASKED.clear()
        _ASKED[key] = found
    return found


_COUNTS: dict[tuple[Any, ...], int] = {}


def _n_answers(data: Mapping[str, Any], statements: Sequence[Mapping[str, Any]]) -> int:
    """How many different answers the question has over the cases that all of
    ``statements`` allow (0 when they allow none); remembered like :func:`_cases`, so
    :func:`effort` reads what :func:`verdict` counted."""
    where = _where(data)
    key = (where, repr(data["question"]), *map(repr, statements))
    count = _COUNTS.get(key)
    if count is None:
        cases: Sequence[Case] = _cases(where, statements[0])
        for statement in statements[1:]:
            allowed = set(_cases(where, statement))
            cases = [c for c in cases if c in allowed]
        count = len(set(map(_answer_of(data).__getitem__, cases)))
        if len(_COUNTS) > _MEMO_LIMIT:
            _COUNTS.clear()
        _COUNTS[key] = count
    return count


def verdict(data: Mapping[str, Any]) -> int:
    """The index (0 to 4) of the correct standard answer."""
    first, second = data["statements"]
    n_one, n_two = _n_answers(data, [first]), _n_answers(data, [second])
    n_both = _n_answers(data, [first, second])
    if not n_one or not n_two or not n_both:
        raise ValueError("the statements contradict each other or the domain")
    if n_one == 1 and n_two == 1:
        return 3
    if n_one == 1:
        return 0
    if n_two == 1:
        return 1
    return 2 if n_both == 1 else 4


def solve_sufficiency(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``deduction.sufficiency`` items."""
    key = OPTIONS[verdict(data)]
    if tuple(choices) != OPTIONS:
        raise ValueError("the options are not the five standard answers in order")
    return [key]


def _terms(cond: Mapping[str, Any]) -> tuple[int, int]:
    """(unknowns a statement or question uses, 1 if a coefficient or divisor is not 1)."""
    op = cond["op"]
    if op == "product":
        return 2, 1
    if op == "multiple" or op == "parity" and "var" in cond:
        return 1, int(op == "multiple")
    coeffs = [int(side.get(v, 0)) for side in (cond.get("left", {}), cond.get("right", {}))
              for v in ("x", "y")]
    unknowns = sum(1 for v in ("x", "y")
                   if int(cond.get("left", {}).get(v, 0)) or int(cond.get("right", {}).get(v, 0)))
    return unknowns, int(any(abs(c) > 1 for c in coeffs))


def _check(data: Mapping[str, Any], answers: int) -> float:
    """Work to judge one set of cases, which gives ``answers`` different answers: two
    cases with different answers show it is not enough (0.5); a value pinned down is
    read off (0.5); a yes/no answer must be seen to hold over the whole range left (1)."""
    if answers > 1:
        return 0.5
    return 0.5 if data["question"]["ask"] == "value" else 1.0


def _unknowns(cond: Mapping[str, Any]) -> set[str]:
    if cond["op"] == "multiple" or cond["op"] == "parity" and "var" in cond:
        return {str(cond["var"])}
    if cond["op"] == "product":
        return {"x", "y"}
    return {v for v in ("x", "y") for side in (cond.get("left", {}), cond.get("right", {}))
            if int(side.get(v, 0))}


def effort(data: Mapping[str, Any]) -> float:
    """The work of settling a ``deduction.sufficiency`` item, case by case.

    Each statement alone: 0.5 an unknown it uses and 0.5 more when it has a
    coefficient, divisor or product to work with, and 0.25 a factor or multiple
    it makes the solver list (``xy = 12``, ``x is a multiple of 3``); then its
    cases are judged:
    two cases with different answers show it is not enough (0.5), a value
    pinned down is read off (0.5), and a yes/no answer must be seen to hold
    over every case left (1). The question costs 0.5 an unknown it uses. When
    neither statement is enough alone, the combined check costs 1 plus the same
    judgement of the cases both allow, and 1 more when both statements involve
    both unknowns (one must be eliminated). Numbers past 9 add 0.5.

    "x and y from 1 to 9. What is x? (1) x = 4 (2) x + y = 9": statement (1)
    uses x (0.5), its value is read off (0.5); statement (2) uses x and y (1),
    not enough (0.5); the question uses x (0.5): 3.0.

    >>> effort({"low": 1, "high": 9, "distinct": False,
    ...         "question": {"ask": "value", "expr": {"x": 1}},
    ...         "statements": [{"op": "eq", "left": {"x": 1}, "k": 4},
    ...                        {"op": "eq", "left": {"x": 1, "y": 1}, "k": 9}]})
    3.0
    """
    where = _where(data)
    question = data["question"]
    if question["ask"] == "value":
        asked = {v for v in ("x", "y") if int(question["expr"].get(v, 0))}
    else:
        asked = _unknowns(question["cond"])
    work = 0.5 * len(asked)
    counts = []
    for statement in data["statements"]:
        unknowns, hard_arithmetic = _terms(statement)
        work += 0.5 * unknowns + 0.5 * hard_arithmetic
        if statement["op"] in ("product", "multiple"):
            work += 0.25 * len({c[0] if statement.get("var", "x") == "x" else c[1]
                                for c in _cases(where, statement)})  # factors or multiples
        counts.append(_n_answers(data, [statement]))
        work += _check(data, counts[-1])
    if 1 not in counts:
        work += 1.0 + _check(data, _n_answers(data, data["statements"]))
        if all(_terms(st)[0] == 2 for st in data["statements"]):
            work += 1.0  # two equations in both unknowns: one must be eliminated
    # two-digit numbers in play make every case's arithmetic longer
    return work + (0.5 if where[1] > 9 else 0.0)
