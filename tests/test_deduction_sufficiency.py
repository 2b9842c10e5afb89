"""Tests for ``deduction.sufficiency`` and its enumerating solver.

Known answers worked by hand (x, y whole numbers from 1 to 9 unless said):
* What is x? (1) x + y = 9 (2) x − y = 3: each alone leaves several pairs;
  together x = 6, y = 3, so C.
* Is x greater than y? (1) y = 9 (2) x < y: each alone always answers "no", so D.
* What is x? (1) x = 4 (2) x + y = 9: A.
* What is x + y? (1) x = 4 (2) y = 2: neither alone; together 6, so C.
* Is x even? (1) y > 3 (2) y < 7: x is untouched, so E.
* 1 to 12, x ≠ y. What is x? (1) xy = 12 (2) x > y: together (4, 3), (6, 2) and
  (12, 1) remain, so E.
"""

from __future__ import annotations

from collections import Counter

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.solve.sufficiency import OPTIONS, solve_sufficiency, verdict

NAME = "deduction.sufficiency"


def eq(k: int, x: int = 0, y: int = 0) -> dict:
    return {"op": "eq", "left": {"x": x, "y": y}, "k": k}


X = {"ask": "value", "expr": {"x": 1}}
X_GT_Y = {"ask": "yesno", "cond": {"op": "gt", "left": {"x": 1}, "right": {"y": 1}, "k": 0}}


def case(question: dict, first: dict, second: dict, high: int = 9,
         distinct: bool = False) -> dict:
    return {"low": 1, "high": high, "distinct": distinct, "question": question,
            "statements": [first, second]}


@pytest.mark.parametrize(
    ("data", "letter"),
    [
        (case(X, eq(9, 1, 1), eq(3, 1, -1)), "C"),
        (case(X_GT_Y, eq(9, y=1), {"op": "lt", "left": {"x": 1}, "right": {"y": 1}, "k": 0}),
         "D"),
        (case(X, eq(4, x=1), eq(9, 1, 1)), "A"),
        (case(X, eq(9, 1, 1), eq(4, x=1)), "B"),
        (case({"ask": "value", "expr": {"x": 1, "y": 1}}, eq(4, x=1), eq(2, y=1)), "C"),
        (case({"ask": "yesno", "cond": {"op": "parity", "var": "x", "even": True}},
              {"op": "gt", "left": {"y": 1}, "k": 3}, {"op": "lt", "left": {"y": 1}, "k": 7}),
         "E"),
        (case(X, {"op": "product", "k": 12},
              {"op": "gt", "left": {"x": 1}, "right": {"y": 1}, "k": 0}, high=12, distinct=True),
         "E"),
    ],
)
def test_known_verdicts(data: dict, letter: str) -> None:
    assert "ABCDE"[verdict(data)] == letter
    assert solve_sufficiency(data, OPTIONS) == [OPTIONS["ABCDE".index(letter)]]


def test_contradictory_statements_are_refused() -> None:
    with pytest.raises(ValueError, match="contradict"):
        verdict(case(X, eq(4, x=1), eq(5, x=1)))


def test_the_options_must_be_the_standard_five_in_order() -> None:
    with pytest.raises(ValueError, match="standard"):
        solve_sufficiency(case(X, eq(4, x=1), eq(9, 1, 1)), list(reversed(OPTIONS)))


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_items_verify_and_keys_are_evenly_spread(difficulty: str) -> None:
    items = logicgen.generate(NAME, count=500, difficulty=difficulty, seed=6)
    assert all(logicgen.verify(item).ok for item in items)
    letters = Counter(item.letter for item in items)
    assert all(70 <= letters[k] <= 130 for k in "ABCDE"), letters
    for item in items:
        assert item.choices == OPTIONS
        assert item.explanation.splitlines()[-1] == f"So: {item.answer}"


def test_only_five_options() -> None:
    with pytest.raises(InvalidParams, match="n_options must be 5"):
        logicgen.generate(NAME, count=1, n_options=4)


def test_effort_worked_by_hand() -> None:
    from logicgen.solve.sufficiency import effort

    # 1-12, distinct. What is x + y? (1) xy = 63: two unknowns (1), a product (0.5),
    # factors 7 and 9 listed (0.5), x + y = 16 read off (0.5) -> 2.5; (2) x + y = 16:
    # two unknowns (1), read off (0.5) -> 1.5; the question uses both (1); numbers
    # past 9 (0.5). 2.5 + 1.5 + 1 + 0.5 = 5.5
    data = {"low": 1, "high": 12, "distinct": True,
            "question": {"ask": "value", "expr": {"x": 1, "y": 1}},
            "statements": [{"op": "product", "k": 63},
                           {"op": "eq", "left": {"x": 1, "y": 1}, "k": 16}]}
    assert verdict(data) == 3
    assert effort(data) == pytest.approx(5.5)
    # 1-9. What is x? (1) x + y = 11, (2) y - x = 7: each alone two unknowns (1) and
    # not enough (0.5); the question 0.5; together 1 + read off 0.5 + eliminating an
    # unknown 1. 1.5 + 1.5 + 0.5 + 2.5 = 6.0
    data = {"low": 1, "high": 9, "distinct": False,
            "question": {"ask": "value", "expr": {"x": 1}},
            "statements": [{"op": "eq", "left": {"x": 1, "y": 1}, "k": 11},
                           {"op": "eq", "left": {"y": 1}, "right": {"x": 1}, "k": 7}]}
    assert verdict(data) == 2
    assert effort(data) == pytest.approx(6.0)


def test_effort_rewards_elimination_over_reading_off() -> None:
    from logicgen.solve.sufficiency import effort

    base = {"low": 1, "high": 9, "distinct": False,
            "question": {"ask": "value", "expr": {"x": 1}}}
    read_off = dict(base, statements=[{"op": "eq", "left": {"x": 1, "y": 1}, "k": 11},
                                      {"op": "eq", "left": {"x": 1}, "k": 2}])
    eliminate = dict(base, statements=[{"op": "eq", "left": {"x": 1, "y": 1}, "k": 11},
                                       {"op": "eq", "left": {"y": 1}, "right": {"x": 1},
                                        "k": 7}])
    assert effort(eliminate) > effort(read_off)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    from logicgen.generators.deduction import sufficiency
    from logicgen.solve.sufficiency import effort

    lo, hi = sufficiency.BANDS[difficulty]
    for item in logicgen.generate("deduction.sufficiency", count=20, difficulty=difficulty,
                                  seed=5):
        assert item.score == round(effort(item.data), 3)
        assert lo <= item.score <= hi
