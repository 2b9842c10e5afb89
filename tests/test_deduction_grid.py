"""Tests for deduction.grid and its two solvers."""

from __future__ import annotations

import json
from itertools import permutations, product

import numpy as np
import pytest

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.solve import grid as solver_a
from logicgen.solve import grid_sat as solver_b

FAMILY = "deduction.grid"

# The Einstein puzzle, entered from its usual statement. Categories: nationality,
# house colour, drink, smoke, pet; "the green house is on the left of the white
# house" in its usual reading "directly to the left".
NAT = ["Brit", "Swede", "Dane", "Norwegian", "German"]
COL = ["red", "green", "white", "yellow", "blue"]
DRK = ["tea", "coffee", "milk", "beer", "water"]
SMK = ["Pall Mall", "Dunhill", "Blends", "BlueMaster", "Prince"]
PET = ["dogs", "birds", "cats", "horses", "fish"]
CATS = [NAT, COL, DRK, SMK, PET]


def _e(cat: list[str], value: str) -> list[int]:
    return [CATS.index(cat), cat.index(value)]


EINSTEIN_CLUES = [
    {"type": "same", "a": _e(NAT, "Brit"), "b": _e(COL, "red")},  # 1
    {"type": "same", "a": _e(NAT, "Swede"), "b": _e(PET, "dogs")},  # 2
    {"type": "same", "a": _e(NAT, "Dane"), "b": _e(DRK, "tea")},  # 3
    {"type": "just_left", "a": _e(COL, "green"), "b": _e(COL, "white")},  # 4
    {"type": "same", "a": _e(COL, "green"), "b": _e(DRK, "coffee")},  # 5
    {"type": "same", "a": _e(SMK, "Pall Mall"), "b": _e(PET, "birds")},  # 6
    {"type": "same", "a": _e(COL, "yellow"), "b": _e(SMK, "Dunhill")},  # 7
    {"type": "position", "a": _e(DRK, "milk"), "house": 3},  # 8
    {"type": "position", "a": _e(NAT, "Norwegian"), "house": 1},  # 9
    {"type": "next_to", "a": _e(SMK, "Blends"), "b": _e(PET, "cats")},  # 10
    {"type": "next_to", "a": _e(PET, "horses"), "b": _e(SMK, "Dunhill")},  # 11
    {"type": "same", "a": _e(SMK, "BlueMaster"), "b": _e(DRK, "beer")},  # 12
    {"type": "same", "a": _e(NAT, "German"), "b": _e(SMK, "Prince")},  # 13
    {"type": "next_to", "a": _e(NAT, "Norwegian"), "b": _e(COL, "blue")},  # 14
    {"type": "next_to", "a": _e(SMK, "Blends"), "b": _e(DRK, "water")},  # 15
]


def einstein(question: dict) -> dict:
    return {
        "houses": 5,
        "attributes": [{"values": list(c)} for c in CATS],
        "clues": [dict(c) for c in EINSTEIN_CLUES],
        "question": question,
    }


def test_einstein_fish_owner_is_the_german():
    data = einstein({"kind": "value", "given": _e(PET, "fish"), "ask": 0})
    assert len(EINSTEIN_CLUES) == 15
    assert solver_a.solve(data, NAT) == ["German"]
    assert solver_a.solve(data, []) == ["German"]


def test_einstein_both_solvers_find_the_published_grid():
    data = einstein({"kind": "grid"})
    a = solver_a.count_solutions(data, 5)
    b = solver_b.count_solutions(data, 5)
    assert len(a) == 1 and len(b) == 1
    # Published solution, house by house.
    expected = [
        ("Norwegian", "yellow", "water", "Dunhill", "cats"),
        ("Dane", "blue", "tea", "Blends", "horses"),
        ("Brit", "red", "milk", "Pall Mall", "birds"),
        ("German", "green", "coffee", "Prince", "fish"),
        ("Swede", "white", "beer", "BlueMaster", "dogs"),
    ]
    table = b[0]
    for h, row in enumerate(expected):
        assert tuple(CATS[c][table[c][h]] for c in range(5)) == row
    assert solver_a.solve(data, []) == [
        "; ".join(f"House {h + 1}: " + ", ".join(row) for h, row in enumerate(expected))
    ]


def test_einstein_without_a_clue_is_ambiguous_or_still_unique_in_both_solvers():
    # Each solver must agree with the other on every one-clue-removed variant.
    for i in range(15):
        data = einstein({"kind": "grid"})
        del data["clues"][i]
        a = solver_a.count_solutions(data, 2)
        b = solver_b.count_solutions(data, 2)
        assert len(a) == len(b)
        assert (solver_a.solve(data, []) == []) == (len(a) != 1)


# -- solvers against plain brute force -------------------------------------------------


def _holds(clue: dict, grid: list[tuple[int, ...]]) -> bool:
    a, v = clue["a"]
    hx = grid[a][v]
    if clue["type"] == "position":
        return hx == clue["house"] - 1
    if clue["type"] == "not_position":
        return hx != clue["house"] - 1
    b, w = clue["b"]
    hy = grid[b][w]
    return {
        "same": hx == hy,
        "not_same": hx != hy,
        "just_left": hy == hx + 1,
        "left_of": hy > hx,
        "next_to": abs(hx - hy) == 1,
    }[clue["type"]]


def _brute(n: int, m: int, clues: list[dict]) -> list[list[tuple[int, ...]]]:
    return [
        list(grid)
        for grid in product(permutations(range(n)), repeat=m)
        if all(_holds(c, list(grid)) for c in clues)
    ]


def _random_clues(rng: np.random.Generator, n: int, m: int, k: int) -> list[dict]:
    kinds = ["same", "not_same", "just_left", "left_of", "next_to", "position", "not_position"]
    clues = []
    for _ in range(k):
        kind = kinds[int(rng.integers(len(kinds)))]
        a, v = int(rng.integers(m)), int(rng.integers(n))
        if kind in ("position", "not_position"):
            clues.append({"type": kind, "a": [a, v], "house": int(rng.integers(1, n + 1))})
        else:
            b, w = int(rng.integers(m)), int(rng.integers(n))
            if (a, v) == (b, w):
                continue
            clues.append({"type": kind, "a": [a, v], "b": [b, w]})
    return clues


@pytest.mark.parametrize("n,m", [(3, 3), (3, 2), (4, 2)])
def test_solvers_match_brute_force_on_random_clue_sets(n, m):
    rng = np.random.default_rng(12345 + n * 10 + m)
    for _ in range(120):
        clues = _random_clues(rng, n, m, int(rng.integers(2, 9)))
        data = {"houses": n, "attributes": [{"values": list("xyzw"[:n])}] * m, "clues": clues}
        brute = _brute(n, m, clues)
        a = solver_a.count_solutions(data, 10**6)
        b = solver_b.count_solutions(data, 10**6)
        assert len(a) == len(brute) == len(b)
        assert sorted(tuple(g) for g in a) == sorted(tuple(g) for g in brute)
        # Solver B reports value-per-house tables; turn them into house-per-value.
        b_as_a = [
            tuple(tuple(row.index(v) for v in range(n)) for row in table) for table in b
        ]
        assert sorted(b_as_a) == sorted(tuple(g) for g in brute)


# -- generated items -------------------------------------------------------------------


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_generate_and_verify(difficulty):
    count = 200 if difficulty == "easy" else 120 if difficulty == "medium" else 60
    items = logicgen.generate(FAMILY, count=count, difficulty=difficulty, seed=7)
    for item in items:
        assert verify(item).ok
        again = Item.from_dict(json.loads(item.to_json()))
        assert verify(again).ok
        assert item.answer in item.choices
        assert len(set(item.choices)) == len(item.choices)


def test_no_clue_is_redundant():
    for difficulty in ("easy", "medium", "hard"):
        for item in logicgen.generate(FAMILY, count=15, difficulty=difficulty, seed=3):
            data = item.data
            assert len(solver_a.count_solutions(data, 2)) == 1
            for i in range(len(data["clues"])):
                fewer = dict(data, clues=[c for j, c in enumerate(data["clues"]) if j != i])
                assert len(solver_a.count_solutions(fewer, 2)) == 2, (item.code, i)


def test_tampered_item_fails_verification():
    item = logicgen.generate(FAMILY, count=1, seed=11)[0]
    data = json.loads(json.dumps(item.data))
    data["clues"] = data["clues"][1:]
    assert solver_a.solve(data, list(item.choices)) == []


def test_whole_grid_free_response():
    items = logicgen.generate(FAMILY, count=20, difficulty="medium", seed=4, format="numeric")
    for item in items:
        assert item.choices == ()
        assert verify(item).ok
        n = item.data["houses"]
        assert item.answer.count("House ") == n
        assert item.check(item.answer.lower())
        assert item.check("  " + item.answer.replace("; ", ";   ") + ".")
        assert not item.check(item.answer.replace("House 1", "House 2", 1))
        # The data carries the full solution, matching the answer text.
        attrs = item.data["attributes"]
        first = ", ".join(attrs[a]["values"][item.data["solution"][a][0]] for a in range(len(attrs)))
        assert item.answer.startswith(f"House 1: {first};")


def test_sizes_and_options():
    for n, m in [(3, 5), (5, 3), (4, 4), (6, 3), (3, 6)]:
        item = logicgen.generate(FAMILY, count=1, seed=2, n_houses=n, n_attributes=m)[0]
        assert item.data["houses"] == n and len(item.data["attributes"]) == m
        assert len(item.choices) == min(5, n)
    item = logicgen.generate(FAMILY, count=1, seed=2, n_houses=5, n_options=3)[0]
    assert len(item.choices) == 3


# -- six houses, six categories --------------------------------------------------------


@pytest.mark.parametrize("difficulty,fmt", [("medium", "choice"), ("hard", "numeric")])
def test_six_by_six_items_verify_and_keep_to_their_clues(difficulty, fmt):
    items = logicgen.generate(
        FAMILY, count=6, difficulty=difficulty, seed=66, n_houses=6, n_attributes=6, format=fmt
    )
    for item in items:
        data = item.data
        assert data["houses"] == 6 and len(data["attributes"]) == 6
        assert all(len(a["values"]) == len(set(a["values"])) == 6 for a in data["attributes"])
        assert item.prompt.startswith(
            "Six people live in a row of six houses, numbered 1 to 6 from left to right."
        )
        assert verify(Item.from_dict(json.loads(item.to_json()))).ok
        # The recorded solution satisfies every clue, checked by the plain rule
        # table above rather than by either solver.
        grid = [tuple(row.index(v) for v in range(6)) for row in data["solution"]]
        assert all(_holds(c, grid) for c in data["clues"])
        if fmt == "numeric":
            assert item.answer.count("House ") == 6
        else:
            assert len(item.choices) == 5 and item.answer in item.choices


def test_six_by_six_has_no_redundant_clue_in_either_solver():
    for item in logicgen.generate(FAMILY, count=2, seed=5, n_houses=6, n_attributes=6):
        data = item.data
        for i in range(len(data["clues"])):
            fewer = dict(data, clues=[c for j, c in enumerate(data["clues"]) if j != i])
            assert len(solver_a.count_solutions(fewer, 2)) == 2, (item.code, i)
            assert len(solver_b.count_solutions(fewer, 2)) == 2, (item.code, i)


def test_six_houses_solvers_match_brute_force_on_one_category():
    # One category of six values: 720 orders, few enough to list them all.
    rng = np.random.default_rng(606)
    for _ in range(60):
        clues = _random_clues(rng, 6, 1, int(rng.integers(2, 9)))
        data = {"houses": 6, "attributes": [{"values": list("uvwxyz")}], "clues": clues}
        brute = _brute(6, 1, clues)
        a = solver_a.count_solutions(data, 10**6)
        b = solver_b.count_solutions(data, 10**6)
        assert sorted(tuple(g) for g in a) == sorted(tuple(g) for g in brute)
        assert len(b) == len(brute)


@pytest.mark.slow
def test_six_houses_solvers_match_brute_force_on_two_categories():
    rng = np.random.default_rng(626)
    for _ in range(6):
        clues = _random_clues(rng, 6, 2, int(rng.integers(4, 10)))
        data = {"houses": 6, "attributes": [{"values": list("uvwxyz")}] * 2, "clues": clues}
        brute = _brute(6, 2, clues)
        a = solver_a.count_solutions(data, 10**6)
        b = solver_b.count_solutions(data, 10**6)
        assert sorted(tuple(g) for g in a) == sorted(tuple(g) for g in brute)
        b_as_a = [tuple(tuple(row.index(v) for v in range(6)) for row in t) for t in b]
        assert sorted(b_as_a) == sorted(tuple(g) for g in brute)


def test_six_by_six_einstein_style_puzzle_by_hand():
    # A puzzle written and solved on paper: six friends a..f in houses 1-6, with
    # colours A..F. Clues: a in 1; b directly right of a; c in 6; d directly left
    # of c; e left of f somewhere; colour A with a, B with b, ... F with f (six
    # "same" clues); colour F not in house 5. Positions: a1 b2, d5 c6, so e and f
    # take 3 and 4 with e left of f: e3 f4. Unique grid.
    clues = [
        {"type": "position", "a": [0, 0], "house": 1},
        {"type": "just_left", "a": [0, 0], "b": [0, 1]},
        {"type": "position", "a": [0, 2], "house": 6},
        {"type": "just_left", "a": [0, 3], "b": [0, 2]},
        {"type": "left_of", "a": [0, 4], "b": [0, 5]},
        *({"type": "same", "a": [0, v], "b": [1, v]} for v in range(6)),
        {"type": "not_position", "a": [1, 5], "house": 5},
    ]
    data = {
        "houses": 6,
        "attributes": [{"values": list("abcdef")}, {"values": list("ABCDEF")}],
        "clues": clues,
        "question": {"kind": "at_house", "house": 4, "ask": 0},
    }
    assert solver_a.solve(data, []) == ["f"]
    assert solver_a.solve(data, ["c", "d", "e", "f"]) == ["f"]
    grid = solver_b.count_solutions(data, 3)
    assert grid == [[[0, 1, 4, 5, 3, 2], [0, 1, 4, 5, 3, 2]]]
    # Without "e somewhere left of f", e and f can swap: two solutions.
    loose = dict(data, clues=[c for c in clues if c["type"] != "left_of"])
    assert len(solver_a.count_solutions(loose, 5)) == len(solver_b.count_solutions(loose, 5)) == 2


@pytest.mark.parametrize(
    "params,message",
    [
        ({"n_houses": 7}, "n_houses must be between 3 and 6, or 0 for the difficulty's default (got 7)"),
        ({"n_attributes": 2}, "n_attributes must be between 3 and 6"),
        ({"n_attributes": 7}, "n_attributes must be between 3 and 6, or 0 for the difficulty's default (got 7)"),
        ({"n_houses": "4"}, "n_houses must be between 3 and 6"),
        ({"format": "tfu"}, "format must be one of choice, numeric"),
        ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
    ],
)
def test_bad_params(params, message):
    with pytest.raises(InvalidParams, match=message.replace("(", r"\(").replace(")", r"\)")):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


def test_difficulty_levels_differ():
    def stats(d):
        items = logicgen.generate(FAMILY, count=25, difficulty=d, seed=9)
        size = sum(i.data["houses"] * len(i.data["attributes"]) for i in items) / len(items)
        clues = sum(len(i.data["clues"]) for i in items) / len(items)
        score = sum(i.score for i in items) / len(items)
        return size, clues, score

    easy, medium, hard = stats("easy"), stats("medium"), stats("hard")
    assert easy[0] < medium[0] < hard[0]
    assert easy[1] < medium[1] < hard[1]
    assert easy[2] < medium[2] < hard[2]
    # Hard puzzles lean on relative clues rather than house numbers.
    def position_share(d):
        items = logicgen.generate(FAMILY, count=25, difficulty=d, seed=9, n_houses=4, n_attributes=4)
        kinds = [c["type"] for i in items for c in i.data["clues"]]
        return kinds.count("position") / len(kinds)

    assert position_share("hard") < position_share("easy")


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_two_hundred_seeds_each(difficulty):
    for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=21):
        assert verify(Item.from_dict(json.loads(item.to_json()))).ok


def test_effort_worked_by_hand() -> None:
    # One category of three names. "Name 0 lives just left of name 1": name 0 keeps
    # houses 1-2 and name 1 houses 2-3 (a step). "Name 2 lives in house 1" (a step).
    # Bookkeeping then gives name 0 house 2 and name 1 house 3.
    # 0.2 x 2 steps + 0.15 x 2 clues + 0.25 for the relative clue = 0.95
    data = {"houses": 3, "attributes": [{}], "clues": [
        {"type": "just_left", "a": [0, 0], "b": [0, 1]},
        {"type": "position", "a": [0, 2], "house": 1}]}
    assert solver_a.effort(data) == pytest.approx(0.95)


def test_effort_rewards_relative_clues_and_trials_over_named_houses() -> None:
    named = {"houses": 3, "attributes": [{}], "clues": [
        {"type": "position", "a": [0, 0], "house": 2},
        {"type": "position", "a": [0, 2], "house": 1}]}
    relative = {"houses": 3, "attributes": [{}], "clues": [
        {"type": "just_left", "a": [0, 0], "b": [0, 1]},
        {"type": "position", "a": [0, 2], "house": 1}]}
    assert solver_a.effort(relative) > solver_a.effort(named)
    # "0 is next to 1", "2 is next to 0", "1 is somewhere left of 2": only the two
    # next-to clues together put name 0 in the middle house; clue by clue the solver
    # gets no further than 1 in houses 1-2 and 2 in houses 2-3, so it needs trials
    needs_more = {"houses": 3, "attributes": [{}], "clues": [
        {"type": "next_to", "a": [0, 0], "b": [0, 1]},
        {"type": "next_to", "a": [0, 2], "b": [0, 0]},
        {"type": "left_of", "a": [0, 1], "b": [0, 2]}]}
    assert solver_a.effort(needs_more) > solver_a.effort(relative)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    from logicgen.generators.deduction import grid

    lo, hi = grid.BANDS[difficulty]
    for item in logicgen.generate("deduction.grid", count=6, difficulty=difficulty, seed=3):
        assert item.score == round(solver_a.effort(item.data), 3)
        assert lo <= item.score <= hi
