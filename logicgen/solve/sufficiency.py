"""Second route for ``deduction.sufficiency``: enumerate every case the statements allow.

The item's ``data`` names a finite domain (two whole numbers ``x`` and ``y``
from ``low`` to ``high``), a question (the value of an expression, or a yes/no
condition) and two statements. The solver interprets each statement and the
question from that description on its own, lists the cases that satisfy
statement (1), statement (2) and both, and calls a set of cases *sufficient*
when the question has one answer over all of them ("no" counts as an answer).
The standard five options are then read in their fixed order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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


def _term(term: Mapping[str, Any], x: int, y: int) -> int:
    """``a·x + b·y`` (the shape every expression in the data takes)."""
    return int(term.get("x", 0)) * x + int(term.get("y", 0)) * y


def _compile(cond: Mapping[str, Any]) -> Callable[[int, int], bool]:
    """A test of ``(x, y)`` for a statement or yes/no condition, read from its data once."""
    op, k = cond["op"], int(cond.get("k", 0))
    if op == "product":
        return lambda x, y: x * y == k
    if op in ("parity", "multiple"):
        first = cond["var"] == "x"
        if op == "multiple":
            return lambda x, y: (x if first else y) % k == 0
        rest = 0 if cond["even"] else 1
        return lambda x, y: (x if first else y) % 2 == rest
    left, right = cond["left"], cond.get("right", {})
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


def _answers(data: Mapping[str, Any], cases: list[tuple[int, int]]) -> set[object]:
    question = data["question"]
    if question["ask"] == "value":
        return {_term(question["expr"], x, y) for x, y in cases}
    test = _compile(question["cond"])
    return {test(x, y) for x, y in cases}


def verdict(data: Mapping[str, Any]) -> int:
    """The index (0 to 4) of the correct standard answer."""
    low, high = int(data["low"]), int(data["high"])
    domain = [(x, y) for x in range(low, high + 1) for y in range(low, high + 1)
              if not data.get("distinct") or x != y]
    first, second = (_compile(s) for s in data["statements"])
    one = [c for c in domain if first(*c)]
    two = [c for c in domain if second(*c)]
    allowed = set(two)
    both = [c for c in one if c in allowed]
    if not one or not two or not both:
        raise ValueError("the statements contradict each other or the domain")
    alone_one, alone_two = len(_answers(data, one)) == 1, len(_answers(data, two)) == 1
    if alone_one and alone_two:
        return 3
    if alone_one:
        return 0
    if alone_two:
        return 1
    return 2 if len(_answers(data, both)) == 1 else 4


def solve_sufficiency(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``deduction.sufficiency`` items."""
    key = OPTIONS[verdict(data)]
    if tuple(choices) != OPTIONS:
        raise ValueError("the options are not the five standard answers in order")
    return [key]
