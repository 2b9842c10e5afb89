"""The propagation measure and the ordering and seating checkers against plain references.

:mod:`logicgen.solve.propagation` keeps candidates as bit sets and reads clue
rows through per-value tables, and :func:`ordering_solutions` and
:func:`seating_solutions` filter arrangements as cached bit sets; all are only
faster forms of simple procedures. The references are those procedures written
out with Python sets and lists (the measure as it was first written, every
order tested, the seating search person by person): on random puzzles the
counts and the solutions must be the same.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logicgen.solve.permutations import (
    _geometry,
    _order_test,
    _seat_test,
    _seatings_by_search,
    ordering_solutions,
    seating_solutions,
)
from logicgen.solve.propagation import Count, measure

# -- the reference measure ------------------------------------------------------------


class _Stop(Exception):
    pass


def _rows(people: tuple[int, ...], test: Callable[[list[int]], bool], domains: list[set[int]],
          n: int, groups: Sequence[set[int]]) -> list[tuple[int, ...]]:
    pairs = [(i, j) for i, p in enumerate(people) for j, q in enumerate(people)
             if i < j and any(p in g and q in g for g in groups)]
    values = [0] * n
    rows = []
    for combo in itertools.product(*(sorted(domains[p]) for p in people)):
        if any(combo[i] == combo[j] for i, j in pairs):
            continue
        for p, w in zip(people, combo):
            values[p] = w
        if test(values):
            rows.append(combo)
    return rows


def _ref_propagate(domains: list[set[int]], tables: list[tuple[tuple[int, ...], list]],
                   groups: Sequence[Sequence[int]], count: Count) -> None:
    seen: list[tuple[int, ...] | None] = [None] * len(tables)
    changed = True
    while changed:
        changed = False
        for t, (people, rows) in enumerate(tables):
            now = tuple(len(domains[p]) for p in people)
            if seen[t] == now:
                continue
            live = [r for r in rows if all(v in domains[p] for v, p in zip(r, people))]
            if not live:
                raise _Stop
            crossed = False
            for k, p in enumerate(people):
                keep = {r[k] for r in live}
                if keep != domains[p]:
                    domains[p] = keep
                    crossed = True
            seen[t] = tuple(len(domains[p]) for p in people)
            if crossed:
                count.steps += 1
                changed = True
        for group in groups:
            more = True
            while more:
                more = False
                for var in group:
                    if len(domains[var]) == 1:
                        (v,) = domains[var]
                        for other in group:
                            if other != var and v in domains[other]:
                                domains[other].discard(v)
                                if not domains[other]:
                                    raise _Stop
                                changed = more = True
            holders: dict[int, list[int]] = {}
            for var in group:
                for v in domains[var]:
                    holders.setdefault(v, []).append(var)
            for v in sorted(holders):
                held = [var for var in group if v in domains[var]]
                if len(held) == 1 and len(domains[held[0]]) > 1:
                    domains[held[0]] = {v}
                    count.steps += 1
                    changed = True


def _ref_solve(domains: list[set[int]], tables: list, groups: Sequence[Sequence[int]],
               count: Count, depth: int) -> bool:
    count.depth = max(count.depth, depth)
    _ref_propagate(domains, tables, groups, count)
    while True:
        open_vars = sorted((len(d), var) for var, d in enumerate(domains) if len(d) > 1)
        if not open_vars:
            return True
        var = open_vars[0][1]
        progress = False
        for v in sorted(domains[var]):
            count.trials += 1
            trial = [set(d) for d in domains]
            trial[var] = {v}
            inside = Count()
            try:
                _ref_propagate(trial, tables, groups, inside)
            except _Stop:
                count.steps += inside.steps
                domains[var].discard(v)
                progress = True
        if progress:
            if not domains[var]:
                raise _Stop
            _ref_propagate(domains, tables, groups, count)
            continue
        count.splits += 1
        for v in sorted(domains[var]):
            branch = [set(d) for d in domains]
            branch[var] = {v}
            try:
                if _ref_solve(branch, tables, groups, count, depth + 1):
                    domains[:] = branch
                    return True
            except _Stop:
                continue
        raise _Stop


def reference_measure(n: int, domains: list[list[int]], clues: list, groups: list[list[int]]
                      ) -> Count:
    count = Count()
    start = [set(d) for d in domains]
    together = [set(g) for g in groups]
    tables = []
    for people, test in clues:
        people = tuple(dict.fromkeys(people))
        tables.append((people, _rows(people, test, start, n, together)))
    try:
        _ref_solve(start, tables, groups, count, 0)
    except _Stop:
        pass
    return count


# -- random puzzles ---------------------------------------------------------------------


@st.composite
def puzzles(draw: st.DrawFn) -> tuple[int, list[list[int]], list, object, list[list[int]]]:
    n = draw(st.integers(2, 5))
    values = draw(st.integers(n, n + 1))  # values 1..values (as places are numbered)
    domains = [sorted(draw(st.sets(st.integers(1, values), min_size=1, max_size=values)))
               for _ in range(n)]
    shape = draw(st.sampled_from(["all", "none", "halves"]))
    distinct: object = {"all": True, "none": False}.get(shape)
    groups = {"all": [list(range(n))], "none": []}.get(shape, [])
    if shape == "halves":
        groups = [list(range(n // 2)), list(range(n // 2, n))]
        distinct = [range(n // 2), range(n // 2, n)]
    clues = []
    for _ in range(draw(st.integers(1, 6))):
        arity = draw(st.integers(1, min(4, n)))
        people = tuple(draw(st.permutations(range(n)))[:arity])
        if draw(st.booleans()) and arity > 1:
            people = (*people, people[0])  # a variable named twice
        combos = list(itertools.product(range(1, values + 1), repeat=arity))
        allowed = frozenset(c for c in combos if draw(st.booleans()))

        def test(v: list[int], people: tuple[int, ...] = people[:arity],
                 allowed: frozenset = allowed) -> bool:
            return tuple(v[p] for p in people) in allowed

        clues.append((people, test, ("table", tuple(sorted(allowed)))))
    return n, domains, clues, distinct, groups


@settings(max_examples=60)
@given(puzzles())
def test_measure_counts_as_the_reference(puzzle: tuple) -> None:
    _same_counts(puzzle)


@pytest.mark.slow
@settings(max_examples=1000)
@given(puzzles())
def test_measure_counts_as_the_reference_many(puzzle: tuple) -> None:
    _same_counts(puzzle)


def _same_counts(puzzle: tuple) -> None:
    n, domains, clues, distinct, groups = puzzle
    got = measure(n, domains, clues, distinct=distinct)  # type: ignore[arg-type]
    want = reference_measure(n, domains, [c[:2] for c in clues], groups)
    assert (got.steps, got.trials, got.splits, got.depth) == (
        want.steps, want.trials, want.splits, want.depth)
    # the rows worked out once per key are reused: a second run counts the same
    again = measure(n, domains, clues, distinct=distinct)  # type: ignore[arg-type]
    assert again == got


def test_measure_by_hand() -> None:
    # Four people in places 1..4, all different: "0 is in place 2" (a step),
    # "1 is right after 0" (a step: 1 gets place 3), "2 is before 3" (a step:
    # 2 gets place 1, 3 place 4). No trial or split is needed.
    clues = [((0,), lambda v: v[0] == 2), ((0, 1), lambda v: v[1] == v[0] + 1),
             ((2, 3), lambda v: v[2] < v[3])]
    count = measure(4, [range(1, 5)] * 4, clues, distinct=True)
    assert (count.steps, count.trials, count.splits) == (3, 0, 0)
    # "0 and 1 are next to each other", "2 and 3 are next to each other",
    # "0 is before 2", "1 is before 0" over places 1..4: the clues alone fix
    # nothing, so trials are needed.
    clues = [((0, 1), lambda v: abs(v[0] - v[1]) == 1), ((2, 3), lambda v: abs(v[2] - v[3]) == 1),
             ((0, 2), lambda v: v[0] < v[2]), ((1, 0), lambda v: v[1] < v[0])]
    count = measure(4, [range(1, 5)] * 4, clues, distinct=True)
    assert count.trials > 0
    assert count == reference_measure(4, [list(range(1, 5))] * 4, clues, [list(range(4))])


# -- the ordering checker -----------------------------------------------------------------

ORDER_KINDS = ("before", "immediately_before", "position", "not_position", "adjacent",
               "not_adjacent", "gap", "between")


@st.composite
def orderings(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 6))
    clues = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(ORDER_KINDS))
        a, b, c = (draw(st.integers(0, n - 1)) for _ in range(3))
        clue: dict = {"type": kind, "a": a}
        if kind not in ("position", "not_position"):
            clue["b"] = b
        if kind == "between":
            clue["c"] = c
        if kind in ("position", "not_position"):
            clue["pos"] = draw(st.integers(1, n))
        if kind == "gap":
            clue["gap"] = draw(st.integers(0, n))
        clues.append(clue)
    return {"n": n, "clues": clues}


@settings(max_examples=60)
@given(orderings())
def test_ordering_solutions_are_every_order_meeting_the_clues(data: dict) -> None:
    n = data["n"]
    tests = [_order_test(c) for c in data["clues"]]
    want = [p for p in itertools.permutations(range(1, n + 1)) if all(t(p) for t in tests)]
    assert ordering_solutions(data) == want


def test_ordering_solutions_by_hand() -> None:
    # Three runners: 0 before 1, 1 before 2: only 0, 1, 2 in places 1, 2, 3.
    data = {"n": 3, "clues": [{"type": "before", "a": 0, "b": 1},
                              {"type": "before", "a": 1, "b": 2}]}
    assert ordering_solutions(data) == [(1, 2, 3)]
    # Dropping the second clue lets 2 go anywhere: 3 orders, listed in order.
    data["clues"].pop()
    assert ordering_solutions(data) == [(1, 2, 3), (1, 3, 2), (2, 3, 1)]


# -- the seating checker ------------------------------------------------------------------

SEAT_KINDS = ("left", "right", "next_to", "not_next_to", "opposite", "not_opposite", "end",
              "not_end", "side", "same_side", "other_side")


@st.composite
def seatings(draw: st.DrawFn) -> dict:
    layout = draw(st.sampled_from(["round", "rows"]))
    n = draw(st.sampled_from([4, 6] if layout == "rows" else [3, 4, 5, 6]))
    kinds = SEAT_KINDS if layout == "rows" else SEAT_KINDS[:6]
    clues = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(kinds))
        clue: dict = {"type": kind, "a": draw(st.integers(0, n - 1))}
        if kind == "side":
            clue["side"] = draw(st.sampled_from(["window", "door"]))
        elif kind not in ("end", "not_end"):
            clue["b"] = draw(st.integers(0, n - 1))
        clues.append(clue)
    return {"layout": layout, "n": n, "clues": clues}


@settings(max_examples=60)
@given(seatings(), st.integers(1, 3))
def test_seating_solutions_match_the_search(data: dict, limit: int) -> None:
    n = data["n"]
    g = _geometry(data["layout"], n)
    tests = [_seat_test(c, g) for c in data["clues"]]
    want = _seatings_by_search(data, n, g, tests, limit)
    assert seating_solutions(data, limit) == want


def test_seating_solutions_by_hand() -> None:
    # Four at a round table, person 0 in seat 0: "1 sits opposite 0" puts 1 in
    # seat 2; "2 sits next to 1" leaves 2 in seat 1 or 3, so two seatings.
    data = {"layout": "round", "n": 4, "clues": [{"type": "opposite", "a": 1, "b": 0},
                                                 {"type": "next_to", "a": 2, "b": 1}]}
    assert seating_solutions(data) == [[0, 2, 1, 3], [0, 2, 3, 1]]
    assert seating_solutions(data, 1) == [[0, 2, 1, 3]]
