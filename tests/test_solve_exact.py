"""logicgen.solve.exact, dice: the bit-set tables against every ordered roll.

The solver answers dice questions from tables of bit sets over the multisets of
faces. Here each answer is worked out again by listing all ``s**n`` ordered rolls
with ``itertools.product`` and testing the event on each one, with an evaluator
written in this file (it shares nothing with the module), for every event kind
the module supports: total, largest and smallest under each comparison, counts
of one or several faces, all the same, all different, ``and``/``or``/``not``
and conditions. The tables also have to agree with the module's own
group-by-group enumeration, which it still uses for dice sets too large to table,
including on bad input, where both must raise the same error.
"""

from __future__ import annotations

import itertools
import operator
from collections import Counter
from collections.abc import Callable, Iterator
from fractions import Fraction as F
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from logicgen.solve import exact
from logicgen.solve.exact import outcomes, probability

Tree = dict[str, Any]
Roll = tuple[int, ...]

CMPS: dict[str, Callable[[int, int], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "ge": operator.ge,
    "le": operator.le,
    "gt": operator.gt,
    "lt": operator.lt,
}


# -- the plain route: every ordered roll ----------------------------------------------------


def holds(tree: Tree, roll: Roll) -> bool:
    op = tree.get("op")
    if op == "not":
        return not holds(tree["arg"], roll)
    if op == "and":
        return all(holds(t, roll) for t in tree["args"])
    if op == "or":
        return any(holds(t, roll) for t in tree["args"])
    kind = tree["type"]
    if kind == "all_same":
        return len(set(roll)) == 1
    if kind == "all_different":
        return len(set(roll)) == len(roll)
    if kind == "sum":
        value = sum(roll)
    elif kind == "max":
        value = max(roll)
    elif kind == "min":
        value = min(roll)
    elif kind == "count":
        value = sum(1 for face in roll if face in tree["faces"])
    else:
        raise AssertionError(kind)
    return CMPS[tree["cmp"]](value, tree["value"])


def rolls(n: int, s: int) -> list[Roll]:
    return list(itertools.product(range(1, s + 1), repeat=n))


def brute(n: int, s: int, event: Tree, cond: Tree | None = None) -> F | None:
    """P(event | cond) over every ordered roll; ``None`` when the condition never holds."""
    num = den = 0
    for roll in rolls(n, s):
        if cond is None or holds(cond, roll):
            den += 1
            num += holds(event, roll)
    return F(num, den) if den else None


def data(n: int, s: int, event: Tree, cond: Tree | None = None) -> dict[str, Any]:
    return {"experiment": {"kind": "dice", "count": n, "sides": s}, "event": event, "given": cond}


def face_sets(s: int) -> list[list[int]]:
    """One face at a time, several at once, none, every face, faces off the dice, repeats."""
    sets = [[f] for f in range(1, s + 1)]
    sets += [[], list(range(1, s + 1)), [0, s + 1], [s, 1], [1, 1]]
    if s >= 3:
        sets += [[2, s, 0], [1, 2, 3]]
    return sets


def atoms(n: int, s: int) -> Iterator[Tree]:
    """Every atom kind, each comparison, values from below the range to above it."""
    ranges = {"sum": (n, n * s), "max": (1, s), "min": (1, s)}
    for kind, (lo, hi) in ranges.items():
        for cmp in CMPS:
            for v in range(lo - 2, hi + 3):
                yield {"type": kind, "cmp": cmp, "value": v}
    for faces in face_sets(s):
        for cmp in CMPS:
            for v in range(-1, n + 2):
                yield {"type": "count", "faces": faces, "cmp": cmp, "value": v}
    yield {"type": "all_same"}
    yield {"type": "all_different"}


def check_every_atom(n: int, s: int) -> int:
    """Compare every atom of ``n`` ``s``-sided dice; return how many were compared."""
    every = rolls(n, s)
    checked = 0
    for atom in atoms(n, s):
        expected = F(sum(holds(atom, roll) for roll in every), len(every))
        assert probability(data(n, s, atom)) == expected, (n, s, atom)
        checked += 1
    return checked


# -- atoms ---------------------------------------------------------------------------------

QUICK_SETS = [(1, 1), (1, 6), (2, 1), (2, 2), (2, 6), (3, 4), (4, 3)]


@pytest.mark.parametrize(("n", "s"), QUICK_SETS)
def test_every_atom_matches_every_ordered_roll(n: int, s: int) -> None:
    assert check_every_atom(n, s) > 100


@pytest.mark.slow
@pytest.mark.parametrize(
    ("n", "s"),
    [(n, s) for n in range(1, 5) for s in range(1, 9) if (n, s) not in QUICK_SETS]
    + [(1, 20), (2, 12), (2, 20), (3, 10)],
)
def test_every_atom_matches_every_ordered_roll_exhaustive(n: int, s: int) -> None:
    assert check_every_atom(n, s) > 100


@pytest.mark.slow
def test_four_twenty_sided_dice_match_every_ordered_roll() -> None:
    # The largest dice set the generator makes: 160,000 ordered rolls, so a sample of atoms.
    n, s = 4, 20
    picked = [
        {"type": "sum", "cmp": "eq", "value": 42},
        {"type": "sum", "cmp": "ge", "value": 61},
        {"type": "sum", "cmp": "lt", "value": 9},
        {"type": "max", "cmp": "eq", "value": 13},
        {"type": "min", "cmp": "gt", "value": 15},
        {"type": "count", "faces": [7], "cmp": "eq", "value": 2},
        {"type": "count", "faces": [20], "cmp": "ge", "value": 1},
        {"type": "count", "faces": [1, 2, 3, 4, 5], "cmp": "ne", "value": 1},
        {"type": "all_same"},
        {"type": "all_different"},
    ]
    every = rolls(n, s)
    for atom in picked:
        expected = F(sum(holds(atom, roll) for roll in every), len(every))
        assert probability(data(n, s, atom)) == expected, atom
    cond = {"type": "sum", "cmp": "eq", "value": 30}
    event = {"op": "or", "args": [picked[5], picked[9]]}
    assert probability(data(n, s, event, cond)) == brute(n, s, event, cond)


# -- compound events and conditions --------------------------------------------------------

SUM7 = {"type": "sum", "cmp": "eq", "value": 7}
DOUBLE = {"type": "all_same"}
MAX6 = {"type": "max", "cmp": "eq", "value": 6}
MIN1 = {"type": "min", "cmp": "eq", "value": 1}


@pytest.mark.parametrize(
    ("event", "cond", "expected"),
    [
        # No double totals 7 (7 is odd).
        ({"op": "and", "args": [SUM7, DOUBLE]}, None, F(0)),
        # Largest 6 in 11 rolls, smallest 1 in 11, both only (1,6) and (6,1): 20/36.
        ({"op": "or", "args": [MAX6, MIN1]}, None, F(5, 9)),
        # Neither: both dice in 2..5, 16 of 36.
        ({"op": "not", "arg": {"op": "or", "args": [MAX6, MIN1]}}, None, F(4, 9)),
        # An empty "and" holds always, an empty "or" never.
        ({"op": "and", "args": []}, None, F(1)),
        ({"op": "or", "args": []}, None, F(0)),
        # Given a total of 7, (1,6) and (6,1) of the six pairs have a 6.
        (MAX6, SUM7, F(1, 3)),
        # Given a double, the total 12 is one of six doubles.
        ({"type": "sum", "cmp": "ge", "value": 12}, DOUBLE, F(1, 6)),
        # Given "not a double", 30 rolls; both dice differ always.
        ({"type": "all_different"}, {"op": "not", "arg": DOUBLE}, F(1)),
    ],
)
def test_compound_events_worked_by_hand(event: Tree, cond: Tree | None, expected: F) -> None:
    assert brute(2, 6, event, cond) == expected
    assert probability(data(2, 6, event, cond)) == expected


def trees(n: int, s: int) -> st.SearchStrategy[Tree]:
    cmp = st.sampled_from(sorted(CMPS))
    leaf = st.one_of(
        st.builds(
            lambda kind, c, v: {"type": kind, "cmp": c, "value": v},
            st.sampled_from(["sum", "max", "min"]),
            cmp,
            st.integers(0, n * s + 1),
        ),
        st.builds(
            lambda faces, c, v: {"type": "count", "faces": faces, "cmp": c, "value": v},
            st.lists(st.integers(0, s + 1), max_size=3),
            cmp,
            st.integers(-1, n + 1),
        ),
        st.sampled_from([{"type": "all_same"}, {"type": "all_different"}]),
    )
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.builds(lambda a: {"op": "not", "arg": a}, inner),
            st.builds(
                lambda op, args: {"op": op, "args": args},
                st.sampled_from(["and", "or"]),
                st.lists(inner, max_size=3),
            ),
        ),
        max_leaves=6,
    )


def check_tree(n: int, s: int, event: Tree, cond: Tree | None) -> None:
    expected = brute(n, s, event, cond)
    if expected is None:
        with pytest.raises(ValueError, match="the condition is impossible"):
            probability(data(n, s, event, cond))
    else:
        assert probability(data(n, s, event, cond)) == expected


@given(st.data())
def test_random_event_trees_match_every_ordered_roll(draw: st.DataObject) -> None:
    n = draw.draw(st.integers(1, 3), label="n")
    s = draw.draw(st.integers(1, 6), label="s")
    event = draw.draw(trees(n, s), label="event")
    cond = draw.draw(st.none() | trees(n, s), label="given")
    check_tree(n, s, event, cond)


def random_tree(rng: np.random.Generator, n: int, s: int, depth: int) -> Tree:
    r = rng.random()
    if depth == 0 or r < 0.35:
        pool = list(atoms(n, s))
        return pool[int(rng.integers(len(pool)))]
    if r < 0.5:
        return {"op": "not", "arg": random_tree(rng, n, s, depth - 1)}
    op = "and" if r < 0.75 else "or"
    return {"op": op, "args": [random_tree(rng, n, s, depth - 1) for _ in range(rng.integers(4))]}


@pytest.mark.slow
def test_many_random_event_trees_match_every_ordered_roll() -> None:
    rng = np.random.default_rng(2024)
    for _ in range(1500):
        n, s = int(rng.integers(1, 5)), int(rng.integers(1, 7))
        event = random_tree(rng, n, s, 3)
        cond = random_tree(rng, n, s, 2) if rng.random() < 0.5 else None
        check_tree(n, s, event, cond)


# -- the tables against the module's own enumeration ---------------------------------------


def test_the_generators_dice_sets_are_tabled() -> None:
    # The fast route must cover every set probability.dice can make (1-4 dice, 2-20 sides).
    for n in range(1, 5):
        for s in range(2, 21):
            assert exact._dice_table_for({"count": n, "sides": s}) is not None, (n, s)


def test_large_and_empty_dice_sets_are_not_tabled() -> None:
    assert exact._dice_table_for({"count": 12, "sides": 20}) is None
    assert exact._dice_table_for({"count": 0, "sides": 6}) is None
    assert exact._dice_table_for({"count": 2, "sides": 0}) is None
    assert exact._dice_table_for({"count": "two", "sides": 6}) is None


def test_enumeration_gives_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    questions = [data(n, s, atom) for n, s in [(2, 6), (3, 4)] for atom in atoms(n, s)]
    questions.append(data(2, 6, {"op": "or", "args": [MAX6, MIN1]}, SUM7))
    exact._probability.cache_clear()
    tabled = [probability(q) for q in questions]
    # Too large to table: every dice set is enumerated group by group.
    monkeypatch.setattr(exact, "_DICE_TABLE_BITS", 0)
    exact._probability.cache_clear()
    assert exact._dice_table_for(questions[0]["experiment"]) is None
    assert [probability(q) for q in questions] == tabled
    exact._probability.cache_clear()


BAD: list[tuple[Tree, Tree | None, type[Exception], str]] = [
    ({"type": "median"}, None, ValueError, "unknown dice event 'median'"),
    ({"op": "xor", "args": []}, None, ValueError, "unknown operator 'xor'"),
    ({"type": "sum", "cmp": "about", "value": 7}, None, KeyError, "about"),
    ({"type": "sum", "cmp": "eq", "value": "seven"}, None, ValueError, "invalid literal"),
    ({"type": "count", "faces": ["six"], "cmp": "eq", "value": 1}, None, ValueError, "invalid"),
    ({"type": "sum"}, None, KeyError, "cmp"),
    ({"op": "not"}, None, KeyError, "arg"),
    # Every argument is looked at, in order: the first bad one is reported.
    ({"op": "and", "args": [{"type": "x"}, {"type": "sum", "cmp": "?"}]}, None, ValueError, "'x'"),
    (DOUBLE, {"type": "sum", "cmp": "eq", "value": 13}, ValueError, "condition is impossible"),
    (DOUBLE, {"type": "odd"}, ValueError, "unknown dice event 'odd'"),
]


@pytest.mark.parametrize(("tabled"), [True, False], ids=["tables", "enumeration"])
@pytest.mark.parametrize(("event", "cond", "error", "words"), BAD)
def test_bad_events_raise_the_same_error_either_way(
    monkeypatch: pytest.MonkeyPatch,
    tabled: bool,
    event: Tree,
    cond: Tree | None,
    error: type[Exception],
    words: str,
) -> None:
    if not tabled:
        monkeypatch.setattr(exact, "_DICE_TABLE_BITS", 0)
    assert (exact._dice_table_for({"count": 2, "sides": 6}) is not None) == tabled
    exact._probability.cache_clear()
    with pytest.raises(error, match=words):
        probability(data(2, 6, event, cond))


def test_outcomes_still_lists_the_groups() -> None:
    # The public outcomes() is unchanged: multisets with their order counts, or every roll.
    for n, s in [(1, 4), (2, 6), (3, 5), (4, 3)]:
        grouped = dict(outcomes({"kind": "dice", "count": n, "sides": s}, ordered=False))
        assert grouped == Counter(tuple(sorted(r)) for r in rolls(n, s))
        assert list(outcomes({"kind": "dice", "count": n, "sides": s})) == [
            (r, 1) for r in rolls(n, s)
        ]
