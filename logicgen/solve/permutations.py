"""Brute-force checkers for ordering and seating deductions.

Both solvers read the clue lists in an item's ``data`` and try every
arrangement, without any of the generator's bookkeeping:

* :func:`solve_ordering` runs through all ``n!`` assignments of places 1..n to
  the entities and keeps those that meet every clue.
* :func:`solve_seating` builds the seats as points in the plane, each sitter
  facing the centre of a round table (or the other side of a long table), and
  works out "left", "right", "next to" and "opposite" from that geometry (the
  sign of a cross product, the farthest seat). It then searches every seating,
  with the first person pinned to one seat for a round table (turning the table
  changes nothing), by backtracking.

An item is judged only when its clues allow exactly one arrangement; otherwise
no option is returned, so verification fails. With a unique arrangement an
option is correct when its claim holds in it ("must be true", "who ..."), or,
for "could be true" questions, in at least one allowed arrangement.

Clue and claim shapes (entities are indices into ``data["names"]``):

* ordering clues: ``before`` (a ahead of b), ``immediately_before``,
  ``position`` / ``not_position`` (``pos`` is 1-based), ``adjacent``,
  ``not_adjacent``, ``gap`` (exactly ``gap`` entities between a and b),
  ``between`` (b somewhere between a and c); claims ``at``, ``before``,
  ``adjacent``.
* seating clues: ``left`` / ``right`` (a sits immediately to b's left / right),
  ``next_to``, ``not_next_to``, ``opposite``, ``not_opposite``, ``end``,
  ``not_end``, ``side`` (``side`` is ``window`` or ``door``), ``same_side``,
  ``other_side``; claims ``opposite``, ``left``, ``right``.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["ordering_solutions", "seating_solutions", "solve_ordering", "solve_seating"]

Places = tuple[int, ...]


# -- ordering -------------------------------------------------------------------------


def _order_test(clue: Mapping[str, Any]) -> Callable[[Places], bool]:
    kind = clue["type"]
    a = int(clue.get("a", -1))
    b = int(clue.get("b", -1))
    c = int(clue.get("c", -1))
    if kind == "before":
        return lambda p: p[a] < p[b]
    if kind == "immediately_before":
        return lambda p: p[b] - p[a] == 1
    if kind == "position":
        k = int(clue["pos"])
        return lambda p: p[a] == k
    if kind == "not_position":
        k = int(clue["pos"])
        return lambda p: p[a] != k
    if kind == "adjacent":
        return lambda p: abs(p[a] - p[b]) == 1
    if kind == "not_adjacent":
        return lambda p: abs(p[a] - p[b]) != 1
    if kind == "gap":
        between = int(clue["gap"])
        return lambda p: abs(p[a] - p[b]) - 1 == between
    if kind == "between":
        return lambda p: p[a] < p[b] < p[c] or p[c] < p[b] < p[a]
    raise ValueError(f"unknown ordering clue type {kind!r}")


def _order_claim(claim: Mapping[str, Any], p: Places) -> bool:
    kind = claim["kind"]
    if kind == "at":
        return p[int(claim["a"])] == int(claim["pos"])
    if kind == "before":
        return p[int(claim["a"])] < p[int(claim["b"])]
    if kind == "adjacent":
        return abs(p[int(claim["a"])] - p[int(claim["b"])]) == 1
    raise ValueError(f"unknown ordering claim {kind!r}")


def ordering_solutions(data: Mapping[str, Any]) -> list[Places]:
    """Every assignment (place of entity 0, place of entity 1, ...) meeting all clues."""
    n = int(data["n"])
    # Filter with the most selective kinds of clue first (only a matter of speed).
    rank = {"position": 0, "immediately_before": 1, "gap": 2, "adjacent": 2, "between": 3}
    clues = sorted(data["clues"], key=lambda c: rank.get(c["type"], 4))
    tests = [_order_test(clue) for clue in clues]
    if not 0 < n <= _MASKED:
        survivors = _all_orders(n)
        for test in tests:
            survivors = [p for p in survivors if test(p)]
        return survivors
    # The same filter as bit sets over all n! orders: which orders meet a clue
    # depends only on n and the clue, so it is worked out once per clue.
    orders = _all_orders(n)
    left = (1 << len(orders)) - 1
    for clue in clues:
        if not left:
            break
        left &= _order_mask(n, *_order_key(clue))
    found = []
    while left:
        low = left & -left
        found.append(orders[low.bit_length() - 1])
        left ^= low
    return found


#: the largest n whose orders are filtered as bit sets (8! bits at most)
_MASKED = 8

#: the entities each kind of ordering clue reads (the others' keys are ignored)
_READS = {"position": "a", "not_position": "a", "between": "abc"}


def _order_key(clue: Mapping[str, Any]) -> tuple[Any, ...]:
    """What an ordering clue's test depends on (as :func:`_order_test` reads it)."""
    kind = clue["type"]
    number = (int(clue["pos"]) if kind in ("position", "not_position")
              else int(clue["gap"]) if kind == "gap" else None)
    return (kind, int(clue.get("a", -1)), int(clue.get("b", -1)), int(clue.get("c", -1)),
            number)


@functools.lru_cache(maxsize=4096)  # a few hundred clues per table size
def _order_mask(n: int, kind: str, a: int, b: int, c: int, number: int | None) -> int:
    """Bit i set when order i of :func:`_all_orders` meets the clue.

    The clue reads the places of one to three entities: its orders are the
    union, over the places of those entities that meet it, of the orders
    putting each of them there (``_place_masks``)."""
    clue: dict[str, Any] = {"type": kind, "a": a, "b": b, "c": c}
    if number is not None:
        clue["gap" if kind == "gap" else "pos"] = number
    test = _order_test(clue)
    ents = list(dict.fromkeys(clue[k] for k in _READS.get(kind, "ab")))
    if not all(0 <= e < n for e in ents):  # not a well-formed clue: test every order
        digits = "".join("1" if test(p) else "0" for p in reversed(_all_orders(n)))
        return int(digits, 2)
    at = _place_masks(n)
    p = [0] * n  # the test reads only the entities in ents
    got = 0
    for places in itertools.permutations(range(1, n + 1), len(ents)):
        for e, k in zip(ents, places):
            p[e] = k
        if test(p):
            part = (1 << len(_all_orders(n))) - 1
            for e, k in zip(ents, places):
                part &= at[e][k]
            got |= part
    return got


@functools.cache
def _place_masks(n: int) -> list[list[int]]:
    """``[e][k]``: bit i set when order i of :func:`_all_orders` puts entity e in place k."""
    orders = _all_orders(n)
    size = len(orders)
    cols = [[bytearray(b"0" * size) for _ in range(n + 1)] for _ in range(n)]
    for i, p in enumerate(orders):
        for e, k in enumerate(p):
            cols[e][k][size - 1 - i] = 49  # "1"
    return [[int(col, 2) for col in row] for row in cols]


_ORDERS: dict[int, list[Places]] = {}


def _all_orders(n: int) -> list[Places]:
    if n not in _ORDERS:
        _ORDERS[n] = list(itertools.permutations(range(1, n + 1)))
    return _ORDERS[n]


def _judge(
    data: Mapping[str, Any],
    choices: Sequence[str],
    solutions: list[Any],
    holds: Callable[[Mapping[str, Any], Any], bool],
) -> list[str]:
    if len(solutions) != 1:
        return []
    names = list(data["names"])
    claims = {o["text"]: o["claim"] for o in data["options"]}
    modal = data["question"]["kind"]
    right: list[str] = []
    for text in choices:
        claim = claims.get(text)
        if claim is None:
            return []  # an option the data does not describe cannot be judged
        # The option's words must name the entity its claim is about.
        if names[int(claim["a"])].casefold() not in text.casefold():
            return []
        results = [holds(claim, s) for s in solutions]
        if (any(results) if modal == "could" else all(results)):
            right.append(text)
    return right


def solve_ordering(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The options that hold in the only order the clues allow (none if not unique)."""
    return _judge(data, choices, ordering_solutions(data), _order_claim)


# -- seating --------------------------------------------------------------------------


class _Seats:
    """Seat geometry: where each seat is, which way its sitter faces, and the relations."""

    def __init__(self, layout: str, n: int) -> None:
        if layout == "round":
            points = [(math.cos(2 * math.pi * s / n), math.sin(2 * math.pi * s / n)) for s in range(n)]
            facing = [(-x, -y) for x, y in points]
            self.side = ["" for _ in range(n)]
        elif layout == "rows":
            m = n // 2
            points = [(float(x), 1.0) for x in range(m)] + [(float(x), -1.0) for x in range(m)]
            facing = [(0.0, -1.0)] * m + [(0.0, 1.0)] * m
            self.side = ["window"] * m + ["door"] * m
        else:
            raise ValueError(f"unknown seating layout {layout!r}")
        self.n = n

        def dist(s: int, t: int) -> float:
            return math.dist(points[s], points[t])

        step = min(dist(s, t) for s in range(n) for t in range(n) if s != t)
        self.neighbours = [
            {t for t in range(n) if t != s and abs(dist(s, t) - step) < 1e-9 and
             (layout == "round" or self.side[s] == self.side[t])}
            for s in range(n)
        ]
        self.left: list[int | None] = []
        self.right: list[int | None] = []
        for s in range(n):
            fx, fy = facing[s]
            lefts: list[int] = []
            rights: list[int] = []
            for t in sorted(self.neighbours[s]):
                dx, dy = points[t][0] - points[s][0], points[t][1] - points[s][1]
                (lefts if fx * dy - fy * dx > 0 else rights).append(t)
            self.left.append(lefts[0] if lefts else None)
            self.right.append(rights[0] if rights else None)
        self.opposite: list[int | None] = []
        for s in range(n):
            if layout == "round":
                far = [t for t in range(n) if abs(dist(s, t) - 2.0) < 1e-9]
            else:
                far = [t for t in range(n) if self.side[t] != self.side[s]
                       and abs(points[t][0] - points[s][0]) < 1e-9]
            self.opposite.append(far[0] if far else None)
        self.end = [layout == "rows" and len(self.neighbours[s]) < 2 for s in range(n)]


_GEOMETRY: dict[tuple[str, int], _Seats] = {}


def _geometry(layout: str, n: int) -> _Seats:
    if (layout, n) not in _GEOMETRY:
        _GEOMETRY[(layout, n)] = _Seats(layout, n)
    return _GEOMETRY[(layout, n)]


def _seat_test(clue: Mapping[str, Any], g: _Seats) -> tuple[tuple[int, ...], Callable[[list[int]], bool]]:
    kind = clue["type"]
    a = int(clue["a"])
    b = int(clue.get("b", -1))
    if kind == "left":
        return (a, b), lambda s: g.left[s[b]] == s[a]
    if kind == "right":
        return (a, b), lambda s: g.right[s[b]] == s[a]
    if kind == "next_to":
        return (a, b), lambda s: s[a] in g.neighbours[s[b]]
    if kind == "not_next_to":
        return (a, b), lambda s: s[a] not in g.neighbours[s[b]]
    if kind == "opposite":
        return (a, b), lambda s: g.opposite[s[b]] == s[a]
    if kind == "not_opposite":
        return (a, b), lambda s: g.opposite[s[b]] != s[a]
    if kind == "end":
        return (a,), lambda s: g.end[s[a]]
    if kind == "not_end":
        return (a,), lambda s: not g.end[s[a]]
    if kind == "side":
        side = str(clue["side"])
        return (a,), lambda s: g.side[s[a]] == side
    if kind == "same_side":
        return (a, b), lambda s: g.side[s[a]] == g.side[s[b]]
    if kind == "other_side":
        return (a, b), lambda s: g.side[s[a]] != g.side[s[b]]
    raise ValueError(f"unknown seating clue type {kind!r}")


def _seat_claim(g: _Seats) -> Callable[[Mapping[str, Any], list[int]], bool]:
    def holds(claim: Mapping[str, Any], s: list[int]) -> bool:
        kind = claim["kind"]
        a, b = int(claim["a"]), int(claim["b"])
        table = {"opposite": g.opposite, "left": g.left, "right": g.right}[kind]
        return table[s[b]] == s[a]

    return holds


def seating_solutions(data: Mapping[str, Any], limit: int = 2) -> list[list[int]]:
    """Seatings (seat of person 0, seat of person 1, ...) meeting every clue, up to ``limit``.

    For a round table person 0 is pinned to seat 0, so seatings that differ by a
    turn of the table are counted once. Seatings come in increasing order (seat
    of person 0 first, then of person 1, ...).
    """
    n = int(data["n"])
    layout = str(data["layout"])
    g = _geometry(layout, n)
    tests = [_seat_test(clue, g) for clue in data["clues"]]
    if n <= _MASKED and all(0 <= p < n for people, _ in tests for p in people):
        # Every seating as one bit (in increasing order), each clue as the set of
        # seatings meeting it, worked out once per clue.
        seatings = _all_seatings(layout, n)
        left = (1 << len(seatings)) - 1
        for clue in data["clues"]:
            if not left:
                break
            left &= _seat_mask(layout, n, *_seat_key(clue))
        found = []
        while left and len(found) < limit:
            low = left & -left
            found.append(list(seatings[low.bit_length() - 1]))
            left ^= low
        return found
    return _seatings_by_search(data, n, g, tests, limit)


def _seatings_by_search(data: Mapping[str, Any], n: int, g: _Seats,
                        tests: list[tuple[tuple[int, ...], Callable[[list[int]], bool]]],
                        limit: int) -> list[list[int]]:
    """:func:`seating_solutions` by backtracking, person by person."""
    checks: list[list[Callable[[list[int]], bool]]] = [[] for _ in range(n)]
    for people, test in tests:
        checks[max(people)].append(test)
    seat_of = [-1] * n
    used = [False] * n
    found: list[list[int]] = []
    first_choices = [0] if data["layout"] == "round" else list(range(n))

    def place(person: int) -> None:
        if len(found) >= limit:
            return
        if person == n:
            found.append(list(seat_of))
            return
        for seat in first_choices if person == 0 else range(n):
            if used[seat]:
                continue
            seat_of[person] = seat
            for test in checks[person]:
                if not test(seat_of):
                    break
            else:
                used[seat] = True
                place(person + 1)
                used[seat] = False
        seat_of[person] = -1

    place(0)
    return found


def _seat_key(clue: Mapping[str, Any]) -> tuple[Any, ...]:
    """What a seating clue's test depends on (as :func:`_seat_test` reads it)."""
    kind = clue["type"]
    return (kind, int(clue["a"]), int(clue.get("b", -1)),
            str(clue["side"]) if kind == "side" else None)


@functools.lru_cache(maxsize=4096)  # a few hundred clues per table size
def _seat_mask(layout: str, n: int, kind: str, a: int, b: int, side: str | None) -> int:
    """Bit i set when seating i of :func:`_all_seatings` meets the clue (the union,
    over the seats of the people it is about that meet it, of the seatings putting
    them there)."""
    clue: dict[str, Any] = {"type": kind, "a": a, "b": b}
    if side is not None:
        clue["side"] = side
    people, test = _seat_test(clue, _geometry(layout, n))
    people = tuple(dict.fromkeys(people))
    at = _seat_masks(layout, n)
    every = (1 << len(_all_seatings(layout, n))) - 1
    s = [0] * n  # the test reads only the people in people
    got = 0
    for seats in itertools.permutations(range(n), len(people)):
        for person, seat in zip(people, seats):
            s[person] = seat
        if test(s):
            part = every
            for person, seat in zip(people, seats):
                part &= at[person][seat]
            got |= part
    return got


@functools.cache
def _all_seatings(layout: str, n: int) -> list[tuple[int, ...]]:
    """Every seating, in increasing order; person 0 in seat 0 at a round table."""
    return [p for p in itertools.permutations(range(n)) if layout != "round" or p[0] == 0]


@functools.cache
def _seat_masks(layout: str, n: int) -> list[list[int]]:
    """``[person][seat]``: bit i set when seating i puts the person in the seat."""
    seatings = _all_seatings(layout, n)
    size = len(seatings)
    cols = [[bytearray(b"0" * size) for _ in range(n)] for _ in range(n)]
    for i, p in enumerate(seatings):
        for person, seat in enumerate(p):
            cols[person][seat][size - 1 - i] = 49  # "1"
    return [[int(col, 2) for col in row] for row in cols]


def solve_seating(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The options that hold in the only seating the clues allow (none if not unique)."""
    g = _geometry(str(data["layout"]), int(data["n"]))
    return _judge(data, choices, seating_solutions(data), _seat_claim(g))


# -- effort ---------------------------------------------------------------------------


def _mentioned(clue: Mapping[str, Any]) -> tuple[int, ...]:
    return tuple(int(clue[k]) for k in ("a", "b", "c") if k in clue)


def _clue_key(clue: Mapping[str, Any]) -> tuple[Any, ...]:
    """The clue with its people renamed in order of mention (what its value rows depend on)."""
    people = list(dict.fromkeys(_mentioned(clue)))
    return (clue["type"], clue.get("pos"), clue.get("gap"), clue.get("side"),
            tuple(people.index(int(clue[k])) for k in ("a", "b", "c") if k in clue))


#: the keys of a clue that its test and :func:`_clue_key` read
_CLUE_FIELDS = ("type", "a", "b", "c", "pos", "gap", "side")


def _effort_clue(clue: Mapping[str, Any], table: tuple[str, int] | None = None
                 ) -> tuple[Any, ...]:
    """A clue as :func:`logicgen.solve.propagation.measure` takes it: the people it
    mentions, its test (of an ordering, or at the ``table`` (layout, n) of a
    seating) and its key; cached by the clue's fields (unless one is unhashable)."""
    fields = tuple((k, clue[k]) for k in _CLUE_FIELDS if k in clue)
    try:
        hash(fields)
    except TypeError:
        return _effort_clue_made(dict(fields), table)
    return _effort_clue_of(fields, table)


@functools.lru_cache(maxsize=8192)
def _effort_clue_of(fields: tuple[tuple[str, Any], ...], table: tuple[str, int] | None
                    ) -> tuple[Any, ...]:
    return _effort_clue_made(dict(fields), table)


def _effort_clue_made(clue: dict[str, Any], table: tuple[str, int] | None) -> tuple[Any, ...]:
    if table is None:
        return (_mentioned(clue), _order_test(clue), _clue_key(clue))
    return (*_seat_test(clue, _geometry(*table)), _clue_key(clue))


#: reading work of a clue that states no place or neighbour outright
INDIRECT = 0.5


def ordering_effort(data: Mapping[str, Any]) -> float:
    """The reasoning a ``deduction.ordering`` item needs, counted by propagation.

    Each person keeps the places still open to them; a step applies one clue
    and crosses out the places it rules out, a trial assumes a place and
    propagates to a contradiction, a split works both branches
    (:func:`logicgen.solve.propagation.measure`, places all different). The
    effort is 0.5 a person, plus 0.5 a step, 0.5 a trial, 2 a split, plus 0.5 a
    clue that is neither a place nor an immediate neighbour ("before",
    "between", a gap, a negation: it must be turned into places).

    Three people, "B is in place 2", "A is before B": B takes place 2 (a
    step); A is kept to place 1 (a step); C gets place 3 by bookkeeping.
    0.5 × 3 + 0.5 × 2 + 0.5 ("before") = 3.0.

    >>> ordering_effort({"n": 3, "clues": [{"type": "position", "a": 1, "pos": 2},
    ...                                     {"type": "before", "a": 0, "b": 1}]})
    3.0
    """
    from logicgen.solve.propagation import measure

    n = int(data["n"])
    clues = [_effort_clue(c) for c in data["clues"]]
    count = measure(n, [range(1, n + 1)] * n, clues, distinct=True)
    indirect = sum(c["type"] not in ("position", "immediately_before", "adjacent")
                   for c in data["clues"])
    return 0.5 * n + 0.5 * count.steps + 0.5 * count.trials + 2.0 * count.splits + INDIRECT * indirect


def seating_effort(data: Mapping[str, Any]) -> float:
    """The reasoning a ``deduction.seating`` item needs, counted by propagation.

    As :func:`ordering_effort`, over seats: at a round table the first person
    is pinned to one seat (turning the table changes nothing). The effort is
    0.75 a person (each is drawn into a seat of the sketch), plus 0.5 a step, 0.5 a trial, 2 a split, plus 0.5 a clue
    that is a negation ("does not sit next to", "not opposite", "not at an
    end"), which crosses out a seat instead of naming one.

    Four at a round table: "B sits opposite A", "C sits immediately to A's
    right". A is pinned to seat 0: B takes seat 2 (a step), C the seat to A's
    right (a step), D the last seat by bookkeeping: 0.75 × 4 + 0.5 × 2 = 4.0.

    >>> seating_effort({"layout": "round", "n": 4, "clues": [
    ...     {"type": "opposite", "a": 1, "b": 0}, {"type": "right", "a": 2, "b": 0}]})
    4.0
    """
    from logicgen.solve.propagation import measure

    n = int(data["n"])
    layout = str(data["layout"])
    _geometry(layout, n)  # an unknown layout fails here even without clues
    clues = []
    for c in data["clues"]:
        people, test, key = _effort_clue(c, (layout, n))
        clues.append((people, test, (layout, n, key)))
    domains = [range(n)] * n
    if layout == "round":
        domains = [range(1)] + [range(n)] * (n - 1)
    count = measure(n, domains, clues, distinct=True)
    negative = sum(str(c["type"]).startswith("not_") for c in data["clues"])
    return (0.75 * n + 0.5 * count.steps + 0.5 * count.trials + 2.0 * count.splits
            + INDIRECT * negative)
