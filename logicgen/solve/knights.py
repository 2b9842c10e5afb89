"""Knights-and-knaves checker: interpret every statement under every assignment.

Each of the ``n`` people is a knight (always tells the truth) or a knave
(always lies). The solver walks the statement trees in ``data["statements"]``
with a small recursive interpreter, once for each of the ``2**n`` assignments,
and keeps the assignments in which every speaker's statement is true exactly
when the speaker is a knight.

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

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["assignments", "evaluate", "solve"]


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


def assignments(data: Mapping[str, Any]) -> list[tuple[bool, ...]]:
    """Every knight/knave assignment consistent with all the statements."""
    n = int(data["n"])
    said = [(int(s["speaker"]), s["says"]) for s in data["statements"]]
    return [
        knight
        for knight in itertools.product((True, False), repeat=n)
        if all(knight[speaker] == evaluate(tree, knight) for speaker, tree in said)
    ]


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
