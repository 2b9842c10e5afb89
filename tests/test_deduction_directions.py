"""Tests for deduction.directions and the vector-sum solver."""

from __future__ import annotations

import json

import numpy as np
import pytest

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.generators.deduction import directions as gen
from logicgen.solve import vectors

FAMILY = "deduction.directions"


def walk(first, *rest, question="distance", unit="km"):
    legs = [{"turn": None, "heading": first[0], "distance": first[1]}]
    for turn, d in rest:
        if turn in ("left", "right", "around"):
            legs.append({"turn": turn, "heading": None, "distance": d})
        else:
            legs.append({"turn": None, "heading": turn, "distance": d})
    return {"unit": unit, "legs": legs, "question": question}


def test_three_four_five():
    # 4 km north, right, 3 km: 3 east and 4 north of the start, 5 km away, facing east.
    data = walk(("north", 4), ("right", 3))
    assert vectors.solve(data, []) == ["5"]
    assert vectors.solve(data, ["7 km", "5 km", "1 km"]) == ["5 km"]
    assert vectors.solve(dict(data, question="direction"), []) == ["north-east"]
    assert vectors.solve(dict(data, question="start_direction"), []) == ["south-west"]
    assert vectors.solve(dict(data, question="facing"), []) == ["east"]
    assert vectors.solve(dict(data, question="distance_direction"), []) == ["5 km north-east"]


def test_textbook_walks():
    # 10 m south, left, 5 m, left, 10 m: 5 m east of the start, facing north.
    data = walk(("south", 10), ("left", 5), ("left", 10), unit="m")
    assert vectors.solve(data, []) == ["5"]
    assert vectors.solve(dict(data, question="direction"), []) == ["east"]
    assert vectors.solve(dict(data, question="facing"), []) == ["north"]
    # 1 east, left, 1: √2 away to the north-east.
    data = walk(("east", 1), ("left", 1))
    assert vectors.solve(data, ["√2 km", "2 km"]) == ["√2 km"]
    # 2 east, left 2, about-turn 4: (2, -2), 2√2 to the south-east.
    data = walk(("east", 2), ("left", 2), ("around", 4), question="distance_direction")
    assert vectors.solve(data, []) == ["2√2 km south-east"]


@pytest.mark.parametrize(
    "x,y,expected",
    [(3, 4, (5, 1)), (1, 1, (1, 2)), (2, 2, (2, 2)), (3, 6, (3, 5)), (0, 7, (7, 1)), (6, 9, (3, 13))],
)
def test_exact_distance(x, y, expected):
    assert vectors.exact_distance(x, y) == expected


def test_generator_walk_agrees_with_complex_sum():
    rng = np.random.default_rng(1)
    for _ in range(2000):
        legs = [{"turn": None, "heading": gen.HEADINGS[int(rng.integers(4))], "distance": 3}]
        for _ in range(int(rng.integers(0, 6))):
            r = rng.random()
            d = int(rng.integers(1, 20))
            if r < 0.2:
                legs.append({"turn": None, "heading": gen.HEADINGS[int(rng.integers(4))], "distance": d})
            else:
                turn = ("left", "right", "around")[int(rng.integers(3))]
                legs.append({"turn": turn, "heading": None, "distance": d})
        x, y, heading = gen._walk(legs)
        sx, sy, h = vectors.end_point(legs)
        assert (x, y) == (sx, sy)
        assert {1j: 0, 1: 1, -1j: 2, -1: 3}[h] == heading


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_generate_and_verify(difficulty):
    for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=12):
        assert verify(item).ok
        assert verify(Item.from_dict(json.loads(item.to_json()))).ok
        if item.data["question"] == "facing":
            assert len(item.choices) == 4
        else:
            assert len(item.choices) == 5


def test_free_response_is_a_whole_number():
    for item in logicgen.generate(FAMILY, count=100, seed=3, format="numeric", difficulty="hard"):
        assert verify(item).ok
        assert item.answer.isdigit()
        assert item.check(item.answer) and item.check(item.answer + ".0")


@pytest.mark.parametrize(
    "params,message",
    [
        ({"n_options": 9}, r"n_options must be between 3 and 8 \(got 9\)"),
        ({"format": "tfu"}, "format must be one of choice, numeric"),
        ({"difficulty": 3}, "difficulty must be one of"),
    ],
)
def test_bad_params(params, message):
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


def test_option_counts():
    for n in (3, 8):
        for item in logicgen.generate(FAMILY, count=60, seed=2, n_options=n, difficulty="hard"):
            assert len(item.choices) == (min(n, 4) if item.data["question"] == "facing" else n)


def test_difficulty_levels_differ():
    def stats(d):
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        legs = sum(len(i.data["legs"]) for i in items) / len(items)
        roots = sum("√" in i.answer for i in items)
        return legs, roots, sum(i.score for i in items) / len(items)

    e, m, h = stats("easy"), stats("medium"), stats("hard")
    assert e[0] < m[0] < h[0]
    assert e[1] == m[1] == 0 < h[1]
    assert e[2] < m[2] < h[2]


def test_compass_convention_is_one_short_line_stated_once():
    seen = 0
    for item in logicgen.generate("deduction.directions", 300, "hard", seed=4):
        lines = [line for line in item.prompt.splitlines() if "North-east" in line]
        if item.data["question"] in ("direction", "start_direction", "distance_direction"):
            assert len(lines) == 1 and len(lines[0]) <= 90, item.prompt
            assert item.prompt.count("north and east") == 1
            seen += 1
        else:
            assert not lines, item.prompt
    assert seen > 50


def _walk(question, *legs):
    return {"unit": "m", "question": question,
            "legs": [{"turn": t, "heading": h, "distance": d} for t, h, d in legs]}


def test_effort_worked_by_hand():
    # north 2, right 2, right 4: 3 legs + 2 turns x 0.5; end (2, -2): Pythagoras 1.5
    # and 2·√2 is not whole, +1 -> 3 + 1 + 1.5 + 1 = 6.5
    walk = _walk("distance", (None, "north", 2), ("right", None, 2), ("right", None, 4))
    assert vectors.effort(walk) == pytest.approx(6.5)
    # the same walk asked where the start is from the end: 3 + 1 + 1.5 = 5.5
    assert vectors.effort(dict(walk, question="start_direction")) == pytest.approx(5.5)
    # asked the facing: two turns after the named north, 1 each, +1 -> 3
    assert vectors.effort(dict(walk, question="facing")) == pytest.approx(3.0)


def test_effort_counts_reasoning_not_legs():
    # a facing question whose last leg names the heading is read off, however long the walk
    long = _walk("facing", (None, "north", 2), ("left", None, 3), ("right", None, 1),
                 (None, "east", 5))
    assert vectors.effort(long) == pytest.approx(1.0)
    # a straight line is less work than a right-angled triangle of the same legs
    line = _walk("distance", (None, "north", 3), ("around", None, 1))
    triangle = _walk("distance", (None, "north", 3), ("left", None, 1))
    assert vectors.effort(line) < vectors.effort(triangle)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty):
    lo, hi = gen.BANDS[difficulty]
    for item in logicgen.generate("deduction.directions", count=20, difficulty=difficulty,
                                  seed=4):
        assert item.score == round(vectors.effort(item.data), 3)
        assert lo <= item.score <= hi
