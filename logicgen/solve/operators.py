"""Second route for ``sequence.operators``: search every way of giving the boxes operations.

The item's ``data`` holds worked examples (a string of letters passed through
one or more boxes, and what came out) and the question (a string and the boxes
it passes through). The solver has its own library of operations on strings
of capital letters, tries every assignment of distinct operations to the
boxes, keeps those that reproduce every example, and applies each survivor to
the question. An item verifies only when exactly one assignment survives: if
two assignments fit the examples the solver returns an answer for each (even
when they agree), so the item is rejected.

The library (the candidate is told each box does one fixed thing):
reverse; move the first letter to the end; move the last letter to the front;
swap the first and last letters; swap the first two letters; swap the last two
letters; move every letter one place on in the alphabet (Z to A); move every
letter one place back; drop the first letter; drop the last letter; repeat the
first letter at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["LIBRARY", "assignments", "solve_operators"]


def _shift(s: str, step: int) -> str:
    return "".join(chr((ord(c) - 65 + step) % 26 + 65) for c in s)


LIBRARY: dict[str, Callable[[str], str]] = {
    "reverse": lambda s: s[::-1],
    "first to end": lambda s: s[1:] + s[:1],
    "last to front": lambda s: s[-1:] + s[:-1],
    "swap ends": lambda s: s[-1:] + s[1:-1] + s[:1] if len(s) > 1 else s,
    "swap first two": lambda s: s[1:2] + s[:1] + s[2:],
    "swap last two": lambda s: s[:-2] + s[-1:] + s[-2:-1] if len(s) > 1 else s,
    "letters on": lambda s: _shift(s, 1),
    "letters back": lambda s: _shift(s, -1),
    "drop first": lambda s: s[1:],
    "drop last": lambda s: s[:-1],
    "repeat first": lambda s: s + s[:1],
}


def _run(text: str, boxes: Sequence[int], ops: Sequence[Callable[[str], str]]) -> str:
    for box in boxes:
        text = ops[box](text)
    return text


def assignments(data: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """Every assignment of distinct library operations to the boxes that fits the examples.

    Boxes are given operations one at a time (a depth-first search), and each
    example is checked as soon as every box it passes through has one, so a
    wrong choice is dropped before the later boxes are tried.
    """
    n = len(data["symbols"])
    examples = data["examples"]
    ready: list[list[Mapping[str, Any]]] = [[] for _ in range(n)]
    for ex in examples:  # an example is checked once its last-numbered box is set
        ready[max(ex["boxes"])].append(ex)
    found: list[tuple[str, ...]] = []
    chosen: list[str] = []

    def extend(box: int) -> None:
        if box == n:
            found.append(tuple(chosen))
            return
        for name in LIBRARY:
            if name in chosen:
                continue
            chosen.append(name)
            ops = [LIBRARY[c] for c in chosen]
            if all(_run(ex["input"], ex["boxes"], ops) == ex["output"] for ex in ready[box]):
                extend(box + 1)
            chosen.pop()

    extend(0)
    return found


def solve_operators(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``sequence.operators`` items."""
    question = data["question"]
    answers = [_run(question["input"], question["boxes"], [LIBRARY[n] for n in combo])
               for combo in assignments(data)]
    if len(answers) != 1:
        return answers  # none, or more than one way to read the boxes: rejected
    if not choices:
        return answers
    return [c for c in choices if c == answers[0]]
