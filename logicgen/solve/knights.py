"""Knights-and-knaves checker: interpret every statement under every assignment.

Each of the ``n`` people is a knight (always tells the truth) or a knave
(always lies). The solver walks the statement trees in ``data["statements"]``
with a small recursive interpreter over all ``2**n`` assignments at once (each
value is the set of assignments in which it is true, an integer bit set:
:func:`truth_set`; :func:`evaluate` reads one assignment), and keeps the
assignments in which every speaker's statement is true exactly when the
speaker is a knight.

Statement trees (people are indices into ``data["names"]``):

* ``{"op": "knight", "who": i}`` / ``{"op": "knave", "who": i}``
* ``{"op": "same", "who": [i, j]}`` / ``{"op": "different", "who": [i, j]}``
* ``{"op": "count", "kind": "knight" | "knave", "cmp": "exactly" | "at_least" |
  "at_most", "k": k}``: how many of all ``n`` people are of that kind
* ``{"op": "not", "arg": S}``, ``{"op": "and" | "or", "args": [S, T]}`` (``or`` is
  inclusive), ``{"op": "if", "args": [S, T]}`` (if S then T, the material
  conditional)

Options carry claims: ``{"kind": "knights", "set": [...]}`` (exactly these are the
knights) or ``{"kind": "undetermined"}`` (the statements allow more than one
assignment). For free-response items the answer is the number of knights.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["assignments", "evaluate", "solve", "truth_set"]


def evaluate(tree: Mapping[str, Any], knight: Sequence[bool]) -> bool:
    """The truth of a statement tree when ``knight[i]`` says whether person i is a knight."""
    op = tree["op"]
    if op == "knight":
        return knight[int(tree["who"])]
    if op == "knave":
        return not knight[int(tree["who"])]
    if op in ("same", "different"):
        i, j = (int(x) for x in tree["who"])
        return (knight[i] == knight[j]) == (op == "same")
    if op == "count":
        want = tree["kind"] == "knight"
        total = sum(1 for k in knight if k == want)
        k = int(tree["k"])
        return {"exactly": total == k, "at_least": total >= k, "at_most": total <= k}[tree["cmp"]]
    if op == "not":
        return not evaluate(tree["arg"], knight)
    left, right = tree["args"]
    if op == "and":
        return evaluate(left, knight) and evaluate(right, knight)
    if op == "or":
        return evaluate(left, knight) or evaluate(right, knight)
    if op == "if":
        return (not evaluate(left, knight)) or evaluate(right, knight)
    raise ValueError(f"unknown statement operator {op!r}")


class _Rows:
    """The ``2**n`` assignments of ``n`` people in ``itertools.product`` order (row r),
    with, as bit sets over the rows, who is a knight and how many knights there are."""

    def __init__(self, n: int) -> None:
        self.rows = list(itertools.product((True, False), repeat=n))
        self.full = (1 << len(self.rows)) - 1
        self.knight = [sum(1 << r for r, row in enumerate(self.rows) if row[p]) for p in range(n)]
        self.knights = [sum(1 << r for r, row in enumerate(self.rows) if sum(row) == c)
                        for c in range(n + 1)]


@functools.lru_cache(maxsize=16)
def _rows(n: int) -> _Rows:
    return _Rows(n)


_COMPARE = {"exactly": int.__eq__, "at_least": int.__ge__, "at_most": int.__le__}


def truth_set(tree: Mapping[str, Any], n: int) -> int:
    """The rows (bit r: the r-th assignment of ``itertools.product((True, False),
    repeat=n)``) in which a statement tree is true: :func:`evaluate` on every
    assignment at once.

    >>> truth_set({"op": "or", "args": [{"op": "knight", "who": 0},
    ...                                 {"op": "knave", "who": 1}]}, 2)  # TT, TF, FF
    11
    """
    return _truth_set(tree, _rows(n))


def _truth_set(tree: Mapping[str, Any], t: _Rows) -> int:
    op = tree["op"]
    if op == "knight":
        return t.knight[int(tree["who"])]
    if op == "knave":
        return t.full ^ t.knight[int(tree["who"])]
    if op in ("same", "different"):
        i, j = (int(x) for x in tree["who"])
        differ = t.knight[i] ^ t.knight[j]
        return t.full ^ differ if op == "same" else differ
    if op == "count":
        n = len(t.knights) - 1
        want = tree["kind"] == "knight"
        k = int(tree["k"])
        holds = _COMPARE[tree["cmp"]]
        out = 0
        for c in range(n + 1):
            if holds(c if want else n - c, k):
                out |= t.knights[c]
        return out
    if op == "not":
        return t.full ^ _truth_set(tree["arg"], t)
    left, right = tree["args"]
    if op == "and":
        return _truth_set(left, t) & _truth_set(right, t)
    if op == "or":
        return _truth_set(left, t) | _truth_set(right, t)
    if op == "if":
        return (t.full ^ _truth_set(left, t)) | _truth_set(right, t)
    raise ValueError(f"unknown statement operator {op!r}")


def _fits(data: Mapping[str, Any]) -> tuple[_Rows, list[int]]:
    """The rows of ``data["n"]`` people and, for each statement, the rows in which it
    is true exactly when its speaker is a knight."""
    t = _rows(int(data["n"]))
    return t, [t.full ^ (t.knight[int(s["speaker"])] ^ _truth_set(s["says"], t))
               for s in data["statements"]]


def assignments(data: Mapping[str, Any]) -> list[tuple[bool, ...]]:
    """Every knight/knave assignment consistent with all the statements."""
    t, fits = _fits(data)
    allowed = t.full
    for mask in fits:
        allowed &= mask
    return [row for r, row in enumerate(t.rows) if allowed >> r & 1]


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Options judged correct; for free response, the number of knights per solution."""
    found = assignments(data)
    if not choices:
        # One entry per consistent assignment, so an ambiguous puzzle never
        # passes as a single answer even if its solutions share a count.
        return [str(sum(k)) for k in found]
    names = list(data["names"])
    claims = {o["text"]: o["claim"] for o in data["options"]}
    right = []
    for text in choices:
        claim = claims.get(text)
        if claim is None:
            return []
        if claim["kind"] == "undetermined":
            if len(found) > 1:
                right.append(text)
            continue
        chosen = sorted(int(i) for i in claim["set"])
        if 0 < len(chosen) < len(names) and not all(names[i] in text for i in chosen):
            return []  # the words do not name the people the claim is about
        if len(found) == 1 and [i for i, k in enumerate(found[0]) if k] == chosen:
            right.append(text)
    return right


def _connectives(tree: Mapping[str, Any]) -> float:
    """Reading work beyond a plain claim: 0.5 an and/or/not, 1 an if-then, 0.5 a count."""
    op = tree["op"]
    if op == "count":
        return 0.5
    if op == "not":
        return 0.5 + _connectives(tree["arg"])
    if op in ("and", "or", "if"):
        return (1.0 if op == "if" else 0.5) + sum(_connectives(t) for t in tree["args"])
    return 0.0


class _Settled(Exception):
    """A branch of the trial search reached a contradiction."""


def _propagate_masks(known: list[int | None], masks: list[int], kind: list[int], full: int,
                     tally: list[int]) -> None:
    """Apply statements until none settles anyone (``tally[0]`` counts the steps)."""
    changed = True
    while changed:
        changed = False
        cube = full
        for person, value in enumerate(known):
            if value is not None:
                cube &= kind[person] if value else ~kind[person]
        for mask in masks:
            left = cube & mask
            if not left:
                raise _Settled
            settled = False
            for person, value in enumerate(known):
                if value is None:
                    if not left & kind[person]:
                        known[person] = 0
                    elif not left & ~kind[person]:
                        known[person] = 1
                    else:
                        continue
                    cube &= kind[person] if known[person] else ~kind[person]
                    settled = True
            if settled:
                tally[0] += 1
                changed = True


def _work(known: list[int | None], masks: list[int], kind: list[int], full: int,
          tally: list[int]) -> None:
    """Propagate, then trial (tally[1]) or split (tally[2]) until everyone is settled."""
    _propagate_masks(known, masks, kind, full, tally)
    while None in known:
        progress = False
        for person in [p for p, v in enumerate(known) if v is None]:
            for value in (1, 0):
                tally[1] += 1
                trial = list(known)
                trial[person] = value
                try:
                    _propagate_masks(trial, masks, kind, full, tally)
                except _Settled:
                    known[person] = 1 - value
                    progress = True
                    break
            if progress:
                break
        if progress:
            _propagate_masks(known, masks, kind, full, tally)
            continue
        tally[2] += 1
        person = known.index(None)
        for value in (1, 0):
            branch = list(known)
            branch[person] = value
            try:
                _work(branch, masks, kind, full, tally)
            except _Settled:
                continue
            known[:] = branch
            return
        raise _Settled


def effort(data: Mapping[str, Any]) -> float:
    """The reasoning a ``deduction.knights`` item needs, counted by propagation.

    Each statement is a clue: its speaker is a knight exactly when it is true.
    A **step** applies one statement to what is known and settles everyone it
    forces (the statement can then hold only one way for them); when no step
    settles anyone, a **trial** assumes one kind for the first unsettled person
    and propagates, and a contradiction settles that person the other way;
    when no trial settles anyone, the solver **splits** and works both
    branches. The effort is 0.25 a person, plus 0.75 a step, 0.5 a trial, 2 a
    split, plus the reading work of the statements (0.5 an *and* / *or* /
    *not*, 1 an *if … then*, 0.5 a count of knights or knaves).

    Two people: A says "B is a knave", B says "A and I are the same kind".
    B's statement alone settles A: were A a knave, B would either be a knight
    saying something false or a knave saying something true, so A is a knight
    (a step); A's statement then makes B a knave (a step): 0.25 × 2 + 0.75 × 2 = 2.

    >>> effort({"n": 2, "statements": [
    ...     {"speaker": 0, "says": {"op": "knave", "who": 1}},
    ...     {"speaker": 1, "says": {"op": "same", "who": [0, 1]}}]})
    2.0
    """
    n = int(data["n"])
    t, masks = _fits(data)
    kind, full = t.knight, t.full
    reading = sum(_connectives(s["says"]) for s in data["statements"])
    tally = [0, 0, 0]
    known: list[int | None] = [None] * n
    try:
        _work(known, masks, kind, full, tally)
    except _Settled:
        pass  # no assignment at all: verification rejects the item
    steps, trials, splits = tally
    return 0.25 * n + 0.75 * steps + 0.5 * trials + 2.0 * splits + reading
