"""Comparison statements on one scale, judged by enumerating every ordering.

People are numbered ``0 .. n-1``. Item data holds:

* ``people``: n (2 to 6);
* ``premises``: a list of premises, each a list of relations;
* ``claim``: the statement to judge;
* ``ties``: ``False`` when no two people may share a place (strict orders);
  ``True`` allows ties (weak orders).

A relation is ``["more", a, b]`` (a is higher on the scale than b: older,
taller, ...) or ``["less", a, b]``. A claim is a relation or ``["most", a]`` /
``["least", a]`` (a is strictly above / below everyone else).

The claim is ``True`` when it holds in every ordering that satisfies all
premises, ``False`` when it holds in none, and ``Uncertain`` otherwise.

>>> data = {"people": 3, "ties": False, "premises": [[["more", 0, 1]], [["less", 2, 0]]],
...         "claim": ["more", 1, 2]}
>>> solve(data, ["True", "False", "Uncertain"])
['Uncertain']
>>> solve(dict(data, claim=["most", 0]), ["True", "False", "Uncertain"])
['True']
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["judge", "orderings", "solve"]

MAX_PEOPLE = 6


@functools.cache
def _levels(n: int, ties: bool) -> tuple[tuple[int, ...], ...]:
    """Every assignment of a level (higher = more) to each of ``n`` people."""
    if ties:
        return tuple(itertools.product(range(n), repeat=n))
    return tuple(itertools.permutations(range(n)))


def _holds(statement: Sequence[Any], level: tuple[int, ...]) -> bool:
    op = statement[0]
    if op == "more":
        return level[statement[1]] > level[statement[2]]
    if op == "less":
        return level[statement[1]] < level[statement[2]]
    a = statement[1]
    others = [level[x] for x in range(len(level)) if x != a]
    if op == "most":
        return all(level[a] > v for v in others)
    if op == "least":
        return all(level[a] < v for v in others)
    raise ValueError(f"unknown comparison {op!r}")


def orderings(data: Mapping[str, Any]) -> list[tuple[int, ...]]:
    """Every level assignment consistent with the premises."""
    n = int(data["people"])
    if not 2 <= n <= MAX_PEOPLE:
        raise ValueError(f"people must be between 2 and {MAX_PEOPLE} (got {n})")
    pairs = []  # (higher, lower) for every stated comparison
    for premise in data["premises"]:
        for op, a, b in premise:
            if op not in ("more", "less"):
                raise ValueError(f"a premise compares with more or less (got {op!r})")
            pairs.append((a, b) if op == "more" else (b, a))
    return [
        level for level in _levels(n, bool(data.get("ties", False)))
        if all(level[hi] > level[lo] for hi, lo in pairs)
    ]


def judge(data: Mapping[str, Any], claim: Sequence[Any]) -> str:
    """``True``, ``False`` or ``Uncertain`` for ``claim``; ``ValueError`` if no ordering fits."""
    consistent = orderings(data)
    if not consistent:
        raise ValueError("the premises contradict each other")
    count = sum(_holds(claim, level) for level in consistent)
    if count == len(consistent):
        return "True"
    return "False" if count == 0 else "Uncertain"


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The option(s) matching the verdict on ``data["claim"]``."""
    verdict = judge(data, data["claim"])
    return [c for c in choices if c == verdict]
