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
import math
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
    return list(_consistent(*_problem(data)))


def _problem(data: Mapping[str, Any]) -> tuple[int, bool, tuple[tuple[int, int], ...]]:
    """(people, ties allowed, a (higher, lower) pair for every stated comparison)."""
    n = int(data["people"])
    if not 2 <= n <= MAX_PEOPLE:
        raise ValueError(f"people must be between 2 and {MAX_PEOPLE} (got {n})")
    pairs = []  # (higher, lower) for every stated comparison
    for premise in data["premises"]:
        for op, a, b in premise:
            if op not in ("more", "less"):
                raise ValueError(f"a premise compares with more or less (got {op!r})")
            pairs.append((int(a), int(b)) if op == "more" else (int(b), int(a)))
    return n, bool(data.get("ties", False)), tuple(pairs)


def _plain(values: Sequence[Any]) -> bool:
    """Whether ``values`` are all whole numbers or words (so a remembered result for
    equal values is the result for these: 1.0 or True would index differently)."""
    return all(type(x) is int or type(x) is str for x in values)


def _tally(data: Mapping[str, Any], claim: Sequence[Any]) -> tuple[int, int]:
    """(orderings the premises allow, those in which ``claim`` holds)."""
    problem = _problem(data)
    if _plain(claim):
        return _tally_frozen(*problem, tuple(claim))
    consistent = _consistent(*problem)
    return len(consistent), sum(_holds(claim, level) for level in consistent)


@functools.lru_cache(maxsize=256)
def _tally_frozen(n: int, ties: bool, pairs: tuple[tuple[int, int], ...],
                  claim: tuple[Any, ...]) -> tuple[int, int]:
    """:func:`_tally`, remembered: the effort measure reads the counts the solver made."""
    consistent = _consistent(n, ties, pairs)
    return len(consistent), sum(_holds(claim, level) for level in consistent)


@functools.lru_cache(maxsize=256)
def _consistent(n: int, ties: bool, pairs: tuple[tuple[int, int], ...]
                ) -> tuple[tuple[int, ...], ...]:
    """The level assignments meeting every (higher, lower) pair, remembered: the
    effort measure reads the orderings the solver listed for the same premises."""
    return tuple(level for level in _levels(n, ties)
                 if all(level[hi] > level[lo] for hi, lo in pairs))


def judge(data: Mapping[str, Any], claim: Sequence[Any]) -> str:
    """``True``, ``False`` or ``Uncertain`` for ``claim``; ``ValueError`` if no ordering fits."""
    orders, count = _tally(data, claim)
    if not orders:
        raise ValueError("the premises contradict each other")
    if count == orders:
        return "True"
    return "False" if count == 0 else "Uncertain"


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The option(s) matching the verdict on ``data["claim"]``."""
    verdict = judge(data, data["claim"])
    return [c for c in choices if c == verdict]


def _above(pairs: Sequence[tuple[int, int]], n: int) -> list[dict[int, int]]:
    """For each person, everyone known to be below them with the number of links."""
    below: list[dict[int, int]] = []
    for start in range(n):
        seen = {start: 0}
        frontier = [start]
        while frontier:
            nxt = []
            for x in frontier:
                for hi, lo in pairs:
                    if hi == x and lo not in seen:
                        seen[lo] = seen[x] + 1
                        nxt.append(lo)
            frontier = nxt
        del seen[start]
        below.append(seen)
    return below


def effort(data: Mapping[str, Any]) -> float:
    """The work of judging a ``deduction.statements`` item on a drawn scale.

    Reading the premises onto one scale: 0.25 a comparison, 1 each time the
    wording switches direction ("older" after "younger": one of them must be
    turned round), and 0.5 a person beyond three to place. Judging the claim:
    0.25 a link of the shortest chain of comparisons that settles it (a
    comparison claim: the chain between its two people; a highest/lowest
    claim: the chains from its person to everyone else), plus 0.5 × log2 of
    the orderings the premises allow (how much is left open), plus 0.5 when
    the key is False and 1 when it is Uncertain (a chain is missing, and an
    ordering each way must be found).

    "Ana is older than Ben. Ben is older than Cy. Ana is older than Cy?": two
    comparisons read (0.5), a chain of two links (0.5), one ordering, True: 1.0.

    >>> effort({"people": 3, "ties": False, "premises": [[["more", 0, 1]], [["more", 1, 2]]],
    ...         "claim": ["more", 0, 2]})
    1.0
    """
    n = int(data["people"])
    relations = [r for premise in data["premises"] for r in premise]
    claim = list(data["claim"])
    if _plain(claim) and all(_plain(r) for r in relations):
        ties = bool(data.get("ties", False))
        return _effort(n, tuple(tuple(r) for r in relations), tuple(claim), ties)
    return _effort_of(n, relations, claim, data)


@functools.lru_cache(maxsize=4096)
def _effort(n: int, relations: tuple[tuple[Any, ...], ...], claim: tuple[Any, ...],
            ties: bool) -> float:
    """:func:`effort` of the premises and claim, remembered: the templates repeat."""
    data = {"people": n, "ties": ties, "premises": [relations], "claim": claim}
    return _effort_of(n, list(relations), list(claim), data)


def _effort_of(n: int, relations: Sequence[Sequence[Any]], claim: list[Any],
               data: Mapping[str, Any]) -> float:
    ops = [r[0] for r in relations] + ([claim[0]] if claim[0] in ("more", "less") else [])
    switches = sum(a != b for a, b in itertools.pairwise(ops))
    pairs = [(a, b) if op == "more" else (b, a) for op, a, b in relations]
    below = _above(pairs, n)
    if claim[0] in ("more", "less"):
        a, b = int(claim[1]), int(claim[2])
        links = below[a].get(b) or below[b].get(a) or 0
    else:
        a = int(claim[1])
        if claim[0] == "most":
            links = sum(below[a].get(x, 0) for x in range(n) if x != a)
        else:
            links = sum(below[x].get(a, 0) for x in range(n) if x != a)
    orders, hits = _tally(data, claim)
    verdict = "True" if hits == orders else ("False" if hits == 0 else "Uncertain")
    return (0.25 * len(relations) + 1.0 * switches + 0.5 * max(0, n - 3) + 0.25 * links
            + 0.5 * math.log2(max(1, orders))
            + {"True": 0.0, "False": 0.5, "Uncertain": 1.0}[verdict])
