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
* committees: each way the named people (or how many of the first group) can
  be on the committee is checked against the condition, and the rest of the
  committee is counted by listing the subsets (``combinations``) of the others;
* officer posts: each place of the named person (no post, or one of the
  posts) is checked against the condition, and the other posts are filled by
  listing the ordered choices (``permutations``) of the other people;
* menus and outfits (``product``): every combination of one option per
  category (with "none" added for an optional category) is listed;
* rows of identical objects (``repeats``): a word with one letter per colour,
  counted as words are;
* words: every distinct ordering of the letters, generated letter by letter
  from the remaining counts (so repeats are never produced twice); when there
  are more than 200 of them (1,500 for a word with a letter block), the count
  instead multiplies, letter kind by
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

__all__ = ["count", "effort", "solve_counting", "word_arrangements"]

FULL_PEOPLE = 6
WORD_LIMIT = 1_500  # words with a letter block are listed up to this many orderings
PLAIN_LIMIT = 200  # other words up to this many
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


@lru_cache(maxsize=256)
def _subsets(people: int, size: int) -> int:
    """How many groups of ``size`` can be chosen from ``people`` people, by listing them."""
    return sum(1 for _ in itertools.combinations(range(people), size))


@lru_cache(maxsize=1024)
def _committee(kind: str, n: int, k: int, group_a: int, exact: int, must: int = 0,
               barred: int = 0) -> int:
    """People 0.. are listed; in two-group kinds people 0..group_a-1 form group A.

    For ``committee_include`` / ``committee_exclude`` people 0..must-1 must be on
    the committee and the next ``barred`` people must not; for
    ``committee_not_both`` people 0 and 1 may not both serve.

    Every way the named people (or group A) can be in or out of the committee is
    listed and checked against the condition; the rest of each committee is then
    chosen from the other people, counted by listing those groups.
    """
    if kind in ("committee_exact", "committee_at_least"):
        total = 0
        for from_a in range(k + 1):  # how many members come from group A
            if (from_a == exact) if kind == "committee_exact" else (from_a >= exact):
                total += _subsets(group_a, from_a) * _subsets(n - group_a, k - from_a)
        return total
    if kind == "committee_not_both":
        named, need, out = 2, set(), set()
    elif kind in ("committee_exclude", "committee_include"):
        named, need, out = must + barred, set(range(must)), set(range(must, must + barred))
    else:
        raise ValueError(f"unknown committee kind {kind!r}")
    total = 0
    for pattern in itertools.product((False, True), repeat=named):  # is named person i in?
        members = {i for i, inside in enumerate(pattern) if inside}
        if kind == "committee_not_both":
            ok = members != {0, 1}
        else:
            ok = need <= members and not out & members
        if ok and len(members) <= k:
            total += _subsets(n - named, k - len(members))
    return total


@lru_cache(maxsize=256)
def _ordered(people: int, posts: int) -> int:
    """Ways to fill ``posts`` different posts from ``people`` people, by listing them."""
    return sum(1 for _ in itertools.permutations(range(people), posts))


@lru_cache(maxsize=256)
def _officers(n: int, posts: int, rule: str = "", post: int = 0) -> int:
    """Person 0 is the named member: ``rule`` ``post`` (holds post number ``post``),
    ``none`` (holds no post), ``some`` (holds one of them) or ``""`` (no condition).

    Each place of person 0 (no post, or one of the posts) is listed and checked;
    the other posts are then filled from the other people, listed once per size.
    """
    if rule not in ("", "post", "none", "some"):
        raise ValueError(f"unknown officers rule {rule!r}")
    total = 0
    for place in (None, *range(posts)):
        if rule == "post":
            ok = place == post
        elif rule == "none":
            ok = place is None
        elif rule == "some":
            ok = place is not None
        else:
            ok = True
        if ok:
            total += _ordered(n - 1, posts - (place is not None))
    return total


@lru_cache(maxsize=1024)
def _product(sizes: tuple[int, ...]) -> int:
    """One option from each category: every combination listed."""
    return sum(1 for _ in itertools.product(*(range(s) for s in sizes)))


@lru_cache(maxsize=128)
def _distinct_orderings(letters: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """Every distinct ordering of a multiset of letters, built one place at a time."""
    counts = dict(letters)
    partial: list[tuple[str, tuple[int, ...]]] = [("", tuple(counts.values()))]
    names = list(counts)
    for _ in range(sum(counts.values())):
        nxt = []
        for text, left in partial:
            for i, c in enumerate(left):
                if c:
                    nxt.append((text + names[i], left[:i] + (c - 1,) + left[i + 1:]))
        partial = nxt
    return tuple(text for text, _ in partial)


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
    if size <= (WORD_LIMIT if block else PLAIN_LIMIT):
        found = 0
        for w in _distinct_orderings(tuple(sorted(counts.items()))):
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
    if kind == "product":  # the order of the categories does not change the count
        return _product(tuple(sorted(int(s) + (1 if opt else 0)
                                     for s, opt in zip(data["sizes"], data["optional"]))))
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
    "word_block": 3.0, "row_before": 2.0, "product": 1.0, "repeats": 1.0,
}


def effort(data: Mapping[str, Any]) -> float:
    """The working a counting item needs by hand, in steps (its difficulty ``score``).

    The kind's steps (:data:`_EFFORT_STEPS`: 1 for the basic count, 1 per
    condition, 1 for a round table, half for a glued pair's two orders, 1 for a
    complement, 1 for a product of two choices, 1 for a block's own orders, 1
    for "before" halving the rows); plus half a step per repeated letter (or
    colour) kind (at most 1.5); 1 per letter fixed at an end of a word; half a
    step per menu category beyond two and 1 per optional one; half a step for a
    second named committee member; half a step for a named person's post;
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
    if kind in ("word", "word_vowels", "word_block"):
        word = str(data["word"])
        repeats = sum(1 for c in set(word) if word.count(c) > 1)
        steps += 0.5 * min(repeats, 3)
        steps += 1.0 * (bool(data.get("first")) + bool(data.get("last")))  # fix a letter first
        size = _factorial(len(word))
    elif kind == "repeats":  # identical objects of a colour: n! over each colour's count!
        counts = [int(c) for c in data["counts"]]
        steps += 0.5 * min(sum(1 for c in counts if c > 1), 3)
        size = _factorial(sum(counts))
    elif kind == "product":  # one of each category; an optional one has one more choice
        sizes = [int(x) for x in data["sizes"]]
        optional = list(data.get("optional") or [False] * len(sizes))
        steps += 0.5 * max(0, len(sizes) - 2) + 1.0 * sum(bool(o) for o in optional)
        size = 1
        for x, o in zip(sizes, optional):
            size *= x + bool(o)
    elif kind.startswith("committee"):
        n, k = int(data["n"]), int(data["size"])
        size = _factorial(n) // (_factorial(k) * _factorial(n - k))
        named = int(data.get("must", 0)) + int(data.get("barred", 0))
        steps += 0.5 * max(0, named - 1)  # a second named person in or out
        if kind == "committee_at_least":
            least = int(data["at_least"])
            steps += 1.0 * min(least, k - least + 1)
    elif kind == "officers":
        posts = len(data["posts"])
        steps += 0.5 * posts
        steps += 0.5 * bool(data.get("rule"))  # a named person's post fixed, or barred
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
