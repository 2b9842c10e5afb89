"""Brute-force counting for ``probability.counting`` items.

Every arrangement or selection is listed with :mod:`itertools` and the ones that
meet the item's condition are counted; nothing here uses the factorial and
binomial formulas the generator uses.

* rows (and running orders, queues, lanes, shelves): every ordering of the ``n`` people (``itertools.permutations``); for
  more than 6 people only the seats of the named people are listed and each
  such placement is multiplied by the number of orderings of the others, which
  are free (counted by listing them once, not by a formula);
* round tables: every ordering of the people in the seats, with seatings that
  differ only by a turn of the table merged (each seating is reduced to the
  turn that starts with person 0 and the distinct ones are counted); for 7
  people, to stay fast, only the seatings with person 0 in seat 0 are listed
  (exactly one per class of turns);
* committees and officer posts: every subset (``combinations``) or ordered
  choice (``permutations``) of people, filtered by the conditions (people who
  must be in, must be out, or must hold a given post);
* menus and outfits (``product``): every combination of one option per
  category (with "none" added for an optional category) is listed;
* rows of identical objects (``repeats``): a word with one letter per colour,
  counted as words are;
* words: every distinct ordering of the letters, generated letter by letter
  from the remaining counts (so repeats are never produced twice); when there
  are more than 1,500 of them, the count instead multiplies, letter kind by
  letter kind, the number of ways to place that letter among the free places,
  each counted by listing the position subsets (and a block of letters that
  must stay together is counted as the block's own arrangements times those of
  the block with the other letters; fixed first and last letters are taken off
  the ends and the rest counted).

Results are cached by their parameters, so repeated items cost a dictionary
look-up.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from logicgen.answers import parse_number

__all__ = ["count", "solve_counting", "word_arrangements"]

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
        if kind == "row_before":
            return seat_a < seat_b
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
def _committee(kind: str, n: int, k: int, group_a: int, exact: int, must: int = 0,
               barred: int = 0) -> int:
    """People 0.. are listed; in two-group kinds people 0..group_a-1 form group A.

    For ``committee_include`` / ``committee_exclude`` people 0..must-1 must be on
    the committee and the next ``barred`` people must not.
    """
    total = 0
    need = set(range(must))
    out = set(range(must, must + barred))
    for chosen in itertools.combinations(range(n), k):
        members = set(chosen)
        if kind in ("committee_exclude", "committee_include"):
            total += need <= members and not out & members
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
def _officers(n: int, posts: int, rule: str = "", post: int = 0) -> int:
    """Person 0 is the named member: ``rule`` ``post`` (holds post number ``post``),
    ``none`` (holds no post), ``some`` (holds one of them) or ``""`` (no condition)."""
    total = 0
    for chosen in itertools.permutations(range(n), posts):  # chosen[p] holds post p
        if rule == "post":
            total += chosen[post] == 0
        elif rule == "none":
            total += 0 not in chosen
        elif rule == "some":
            total += 0 in chosen
        elif rule == "":
            total += 1
        else:
            raise ValueError(f"unknown officers rule {rule!r}")
    return total


@lru_cache(maxsize=1024)
def _product(sizes: tuple[int, ...]) -> int:
    """One option from each category: every combination listed."""
    return sum(1 for _ in itertools.product(*(range(s) for s in sizes)))


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


@lru_cache(maxsize=1024)
def word_arrangements(word: str, vowels_together: bool = False, *, together: str = "",
                      first: str = "", last: str = "") -> int:
    """Distinct orderings of the letters of ``word``: optionally with every copy of the
    letters in ``together`` (or all the vowels) in one block, or beginning with
    ``first`` and ending with ``last``."""
    block = frozenset(together) | (VOWELS if vowels_together else frozenset())
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
            if block:
                places = [i for i, ch in enumerate(w) if ch in block]
                if places and places[-1] - places[0] != len(places) - 1:
                    continue
            if (first and w[0] != first) or (last and w[-1] != last):
                continue
            found += 1
        return found
    if first or last:
        # Take the fixed letters off the ends and count what is left in the middle.
        middle = list(word)
        for ch in (first, last):
            if ch:
                if ch not in middle:
                    return 0
                middle.remove(ch)
        return word_arrangements("".join(middle))
    if block:
        # The block's letters stay together: arrange the block's letters, then the
        # block with the others, each by the placement count.
        inner = word_arrangements("".join(ch for ch in word if ch in block))
        outer = word_arrangements("".join(ch for ch in word if ch not in block) + "*")
        return inner * outer
    return size


def count(data: Mapping[str, Any]) -> int:
    """The number of arrangements or selections ``data`` describes, by listing them."""
    kind = data["kind"]
    if kind in ("row_together", "row_apart", "row_ends", "row_before"):
        return _row(kind, int(data["n"]))
    if kind in ("circle", "circle_together", "circle_apart"):
        return _circle(kind, int(data["n"]))
    if kind.startswith("committee_"):
        must = int(data.get("must", 1 if kind == "committee_include" else 0))
        barred = int(data.get("barred", 1 if kind == "committee_exclude" else 0))
        return _committee(kind, int(data["n"]), int(data["size"]), int(data.get("group_a", 0)),
                          int(data.get("at_least", data.get("exact", 0))), must, barred)
    if kind == "officers":
        return _officers(int(data["n"]), len(data["posts"]), str(data.get("rule", "")),
                         int(data.get("post", 0)))
    if kind == "product":
        return _product(tuple(int(s) + (1 if opt else 0)
                              for s, opt in zip(data["sizes"], data["optional"])))
    if kind == "repeats":
        letters = "".join(chr(ord("A") + i) * int(c) for i, c in enumerate(data["counts"]))
        return word_arrangements(letters)
    if kind in ("word", "word_vowels", "word_block"):
        return word_arrangements(str(data["word"]).upper(),
                                 kind == "word_vowels" and not data.get("together"),
                                 together=str(data.get("together", "")).upper(),
                                 first=str(data.get("first", "")).upper(),
                                 last=str(data.get("last", "")).upper())
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
