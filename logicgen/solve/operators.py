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

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

__all__ = ["LIBRARY", "assignments", "effort", "solve_operators"]


def _shift(s: str, step: int) -> str:
    if s.isascii() and s.isalpha() and s.isupper():  # capitals only: one table look-up each
        return s.translate(_SHIFTED[step])
    return "".join(chr((ord(c) - 65 + step) % 26 + 65) for c in s)


#: the same shift of the capitals, as tables for str.translate
_SHIFTED = {step: str.maketrans({chr(65 + i): chr((i + step) % 26 + 65) for i in range(26)})
            for step in (1, -1)}


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


#: how each operation changes the length of a string of two letters or more
LENGTH_CHANGE = {name: {"drop first": -1, "drop last": -1, "repeat first": 1}.get(name, 0)
                 for name in LIBRARY}
#: the operations, in library order, by how they change such a string's length
_BY_CHANGE = {change: tuple((name, op) for name, op in LIBRARY.items()
                            if LENGTH_CHANGE[name] == change) for change in (-1, 0, 1)}


def _candidates(text: Any, want: Any) -> Iterable[tuple[str, Callable[[str], str]]]:
    """The operations that can turn ``text`` into ``want`` as the last step, in library
    order: only those changing the length by as much (for strings of two letters or
    more; every operation otherwise)."""
    if type(text) is str and type(want) is str and len(text) >= 2:
        return _BY_CHANGE.get(len(want) - len(text), ())
    return LIBRARY.items()


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
    ops: list[Callable[[str], str]] = []  # the operations of ``chosen``, kept alongside

    def extend(box: int) -> None:
        if box == n:
            found.append(tuple(chosen))
            return
        # every box an example passes through before this one is set: run it up to here once
        checks = []
        for ex in ready[box]:
            boxes = ex["boxes"]
            k = boxes.index(box)
            checks.append((_run(ex["input"], boxes[:k], ops), boxes[k + 1:], ex["output"]))
        # an example that ends at this box only lets through operations of its length change
        ends = [(text, want) for text, rest, want in checks if not rest]
        names = _candidates(*ends[0]) if ends else LIBRARY.items()
        for name, op in names:
            if name in chosen:
                continue
            chosen.append(name)
            ops.append(op)
            for text, rest, want in checks:
                text = op(text)
                for b in rest:
                    text = ops[b](text)
                if text != want:
                    break
            else:
                extend(box + 1)
            chosen.pop()
            ops.pop()

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


def _fitting(ex: Mapping[str, Any], fixed: Mapping[int, str],
             free: Sequence[int]) -> list[dict[int, str]]:
    """Every way of giving the ``free`` boxes distinct unused operations that fits ``ex``
    (the string is passed through the boxes in turn, so a partial result is shared)."""
    boxes, want = ex["boxes"], ex["output"]
    if len(free) == 1:  # one box to fill (the common case): no search tree needed
        box = free[0]
        k = boxes.index(box)
        text = ex["input"]
        for b in boxes[:k]:  # boxes before it are all set
            text = LIBRARY[fixed[b]](text)
        used = set(fixed.values())
        rest = boxes[k + 1:]
        found = []
        for name, op in (LIBRARY.items() if rest else _candidates(text, want)):
            if name not in used:
                result = op(text)
                for b in rest:
                    result = op(result) if b == box else LIBRARY[fixed[b]](result)
                if result == want:
                    found.append({box: name})
        return found
    chosen: dict[int, str] = dict(fixed)
    taken = set(chosen.values())  # the names in ``chosen``, kept alongside
    out: list[dict[int, str]] = []
    last = len(boxes)

    def go(k: int, text: str) -> None:
        while k < last and boxes[k] in chosen:  # boxes already set: run through them
            text = LIBRARY[chosen[boxes[k]]](text)
            k += 1
        if k == last:
            if text == want:
                out.append({b: chosen[b] for b in free})
            return
        box = boxes[k]
        if k + 1 == last:  # the example's last box: each free operation is one comparison
            for name, op in _candidates(text, want):
                if name not in taken and op(text) == want:
                    chosen[box] = name
                    out.append({b: chosen[b] for b in free})
                    del chosen[box]
            return
        for name, op in LIBRARY.items():
            if name not in taken:
                chosen[box] = name
                taken.add(name)
                go(k + 1, op(text))
                del chosen[box]
                taken.discard(name)

    go(0, ex["input"])
    return out


def effort(data: Mapping[str, Any]) -> float:
    """What the solver needs: the boxes' operations deduced example by example.

    The examples are read as a candidate reads them, the one with fewest unknown
    boxes first. An example through one box whose operation is not yet known
    gives it directly (0.75); an example through a known box and an unknown one
    has to be untangled (apply or undo the known box first: 1.5); an example
    whose boxes are all unknown needs a case split (2.5: try an operation for one
    box and derive the other); an example whose boxes are all known is a check
    (0.25). Every further way of filling the unknown boxes that also fits the
    example (or keeps a rival from an earlier one alive) adds 0.5. Then each box the question
    passes through is one step (1). An item whose boxes cannot be read one way
    scores 0.

    >>> data = {"symbols": ["●", "■"], "question": {"input": "LIME", "boxes": [0, 1]},
    ...         "examples": [{"input": "KRAM", "boxes": [0], "output": "MARK"},
    ...                      {"input": "TOPS", "boxes": [1], "output": "OPST"}]}
    >>> effort(data)  # two boxes read off directly, two steps: 0.75 + 0.75 + 2
    3.5
    """
    worlds: list[dict[int, str]] = [{}]  # the readings of the boxes set so far that fit
    pending = [(set(ex["boxes"]), ex) for ex in data["examples"]]
    cost = 0.0
    while pending:
        known = worlds[0]
        pending.sort(key=lambda p: (len(p[0] - known.keys()), len(p[1]["boxes"])))
        boxes, ex = pending.pop(0)
        free = sorted(boxes - known.keys())
        worlds = [{**w, **f} for w in worlds for f in _fitting(ex, w, free)]
        if not worlds:
            return 0.0
        if not free:
            cost += 0.25
        elif len(free) == 1:
            cost += 0.75 if len(ex["boxes"]) == 1 else 1.5
        else:
            cost += 2.5
        cost += 0.5 * (len(worlds) - 1)
    if len(worlds) != 1:
        return 0.0
    cost += len(data["question"]["boxes"])
    return round(cost, 3)
