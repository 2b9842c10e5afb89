"""Brute-force counting for ``probability.counting`` items.

Every arrangement or selection is listed with :mod:`itertools` and the ones that
meet the item's condition are counted; nothing here uses the factorial and
binomial formulas the generator uses.

* rows: every ordering of the ``n`` people (``itertools.permutations``); for
  more than 6 people only the seats of the named people are listed and each
  such placement is multiplied by the number of orderings of the others, which
  are free (counted by listing them once, not by a formula);
* round tables: every ordering of the people in the seats, with seatings that
  differ only by a turn of the table merged (each seating is reduced to the
  turn that starts with person 0 and the distinct ones are counted); for 7
  people, to stay fast, only the seatings with person 0 in seat 0 are listed
  (exactly one per class of turns);
* committees and officer posts: every subset (``combinations``) or ordered
  choice (``permutations``) of people, filtered by the conditions;
* words: every distinct ordering of the letters, generated letter by letter
  from the remaining counts (so repeats are never produced twice); when there
  are more than 1,500 of them, the count instead multiplies, letter kind by
  letter kind, the number of ways to place that letter among the free places,
  each counted by listing the position subsets (and a vowel block is counted
  as the block's own arrangements times those of the block with the consonants).

Results are cached by their parameters, so repeated items cost a dictionary
look-up.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from logicgen.answers import parse_number

__all__ = ["count", "effort", "solve_counting", "word_arrangements"]

FULL_PEOPLE = 6
WORD_LIMIT = 1_500
VOWELS = frozenset("AEIOU")


def _adjacent(seats: Sequence[int], a: int, b: int, n: int, circle: bool) -> bool:
    gap = abs(seats[a] - seats[b])
    return gap == 1 or (circle and gap == n - 1)


@lru_cache(maxsize=64)
def _count_listed(n: int) -> int:
    """How many orderings ``n`` people have, by listing them."""
    return sum(1 for _ in itertools.permutations(range(n)))


@lru_cache(maxsize=256)
def _row(kind: str, n: int) -> int:
    """People 0 and 1 are the named pair; seats 0..n-1 from left to right."""

    def ok(seat_a: int, seat_b: int) -> bool:
        if kind == "row_together":
            return abs(seat_a - seat_b) == 1
        if kind == "row_apart":
            return abs(seat_a - seat_b) != 1
        if kind == "row_ends":
            return {seat_a, seat_b} == {0, n - 1}
        raise ValueError(f"unknown row kind {kind!r}")

    if n <= FULL_PEOPLE:
        total = 0
        for order in itertools.permutations(range(n)):  # order[seat] = person
            seat_a, seat_b = order.index(0), order.index(1)
            total += ok(seat_a, seat_b)
        return total
    placements = sum(1 for sa, sb in itertools.permutations(range(n), 2) if ok(sa, sb))
    return placements * _count_listed(n - 2)


@lru_cache(maxsize=256)
def _circle(kind: str, n: int) -> int:
    """Distinct round-table seatings of n people, turns of the table merged."""
    seen = set()
    if n <= FULL_PEOPLE:
        orders: Iterator[tuple[int, ...]] = itertools.permutations(range(n))
    else:
        orders = ((0, *rest) for rest in itertools.permutations(range(1, n)))
    for order in orders:
        start = order.index(0)
        turned = order[start:] + order[:start]
        if kind != "circle":
            next_to = _adjacent([0, turned.index(1)], 0, 1, n, True)
            if (kind == "circle_together") != next_to:
                continue
        seen.add(turned)
    return len(seen)


@lru_cache(maxsize=1024)
def _committee(kind: str, n: int, k: int, group_a: int, exact: int) -> int:
    """People 0.. are listed; in gender-style kinds people 0..group_a-1 form group A."""
    total = 0
    for chosen in itertools.combinations(range(n), k):
        members = set(chosen)
        if kind == "committee_exclude":
            total += 0 not in members
        elif kind == "committee_include":
            total += 0 in members
        elif kind == "committee_not_both":
            total += not (0 in members and 1 in members)
        elif kind == "committee_exact":
            total += sum(1 for p in chosen if p < group_a) == exact
        elif kind == "committee_at_least":
            total += sum(1 for p in chosen if p < group_a) >= exact
        else:
            raise ValueError(f"unknown committee kind {kind!r}")
    return total


@lru_cache(maxsize=256)
def _officers(n: int, posts: int) -> int:
    return sum(1 for _ in itertools.permutations(range(n), posts))


def _distinct_orderings(counts: dict[str, int]) -> list[str]:
    """Every distinct ordering of a multiset of letters, built one place at a time."""
    partial: list[tuple[str, tuple[int, ...]]] = [("", tuple(counts.values()))]
    letters = list(counts)
    for _ in range(sum(counts.values())):
        nxt = []
        for text, left in partial:
            for i, c in enumerate(left):
                if c:
                    nxt.append((text + letters[i], left[:i] + (c - 1,) + left[i + 1:]))
        partial = nxt
    return [text for text, _ in partial]


@lru_cache(maxsize=256)
def _placements(free: int, copies: int) -> int:
    return sum(1 for _ in itertools.combinations(range(free), copies))


@lru_cache(maxsize=512)
def word_arrangements(word: str, vowels_together: bool = False) -> int:
    """Distinct orderings of the letters of ``word`` (optionally with all vowels in one block)."""
    counts: dict[str, int] = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    size = 1
    free = len(word)
    for c in counts.values():  # an upper bound check before listing
        size *= _placements(free, c)
        free -= c
    if size <= WORD_LIMIT:
        found = 0
        for w in _distinct_orderings(counts):
            if vowels_together:
                places = [i for i, ch in enumerate(w) if ch in VOWELS]
                if places[-1] - places[0] != len(places) - 1:
                    continue
            found += 1
        return found
    if vowels_together:
        # The vowels form one block: arrange the block's letters, then the block
        # with the consonants, each by the placement count.
        inner = word_arrangements("".join(ch for ch in word if ch in VOWELS))
        outer = word_arrangements("".join(ch for ch in word if ch not in VOWELS) + "*")
        return inner * outer
    return size


def count(data: Mapping[str, Any]) -> int:
    """The number of arrangements or selections ``data`` describes, by listing them."""
    kind = data["kind"]
    if kind in ("row_together", "row_apart", "row_ends"):
        return _row(kind, int(data["n"]))
    if kind in ("circle", "circle_together", "circle_apart"):
        return _circle(kind, int(data["n"]))
    if kind.startswith("committee_"):
        return _committee(kind, int(data["n"]), int(data["size"]), int(data.get("group_a", 0)),
                          int(data.get("at_least", data.get("exact", 0))))
    if kind == "officers":
        return _officers(int(data["n"]), len(data["posts"]))
    if kind in ("word", "word_vowels"):
        return word_arrangements(str(data["word"]).upper(), kind == "word_vowels")
    raise ValueError(f"unknown counting kind {kind!r}")


def solve_counting(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``probability.counting``: the options equal to the listed count."""
    total = count(data)
    if not choices:
        return [str(total)]
    found = []
    for c in choices:
        text = c.strip().replace(",", "")
        value = int(text) if text.isdigit() else parse_number(c)
        if value == total:
            found.append(c)
    return found


# -- effort: the working an item needs ------------------------------------------------------

#: Steps of the written working of each kind before the sizes: the basic count 1,
#: plus 1 per condition (a named person in or out, a glued pair, the ends), 1 for a
#: round table (fix one seat), half a step for the glued pair's two orders, 1 for a
#: complement (count all, subtract), 1 for a product of two choices, and a vowel
#: block's inner orders 1.
_EFFORT_STEPS: dict[str, float] = {
    "word": 1.0, "officers": 1.0, "circle": 2.0, "committee_include": 2.0,
    "committee_exclude": 2.0, "row_together": 2.5, "row_ends": 2.5,
    "committee_not_both": 3.0, "committee_exact": 3.0, "committee_at_least": 3.0,
    "word_vowels": 3.0, "circle_together": 3.5, "row_apart": 3.5, "circle_apart": 4.5,
}


def effort(data: Mapping[str, Any]) -> float:
    """The working a counting item needs by hand, in steps (its difficulty ``score``).

    The kind's steps (:data:`_EFFORT_STEPS`: 1 for the basic count, 1 per
    condition, 1 for a round table, half for a glued pair's two orders, 1 for a
    complement, 1 for a product of two choices, 1 for a vowel block's own
    orders); plus half a step per repeated letter kind of a word (at most 1.5);
    half a step per officer post; for "at least" committees one term per case
    counted (the cases asked for or their complement, whichever is fewer); plus a
    quarter step per digit beyond two of the largest count written down (the
    people's or letters' orderings, the committees, the posts' assignments; at
    most 1).

    >>> effort({"kind": "circle_apart", "n": 7, "pair": [0, 1]})
    5.0

    (7! = 5040 has four digits: 4.5 + 2 × 0.25.)
    """
    kind = str(data["kind"])
    steps = _EFFORT_STEPS[kind]
    if kind in ("word", "word_vowels"):
        word = str(data["word"])
        repeats = sum(1 for c in set(word) if word.count(c) > 1)
        steps += 0.5 * min(repeats, 3)
        size = _factorial(len(word))
    elif kind.startswith("committee"):
        n, k = int(data["n"]), int(data["size"])
        size = _factorial(n) // (_factorial(k) * _factorial(n - k))
        if kind == "committee_at_least":
            least = int(data["at_least"])
            steps += 1.0 * min(least, k - least + 1)
    elif kind == "officers":
        posts = len(data["posts"])
        steps += 0.5 * posts
        n = int(data["n"])
        size = _factorial(n) // _factorial(n - posts)
    else:
        size = _factorial(int(data["n"]))
    return steps + min(1.0, 0.25 * max(0, len(str(size)) - 2))


def _factorial(n: int) -> int:
    out = 1
    for i in range(2, n + 1):
        out *= i
    return out
