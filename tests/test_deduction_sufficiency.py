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
* Is x + y even? (1) x is odd (2) y is even: x = 1 gives y = 1 (yes) or y = 2
  (no), so neither alone; together odd + even is odd, always "no", so C.
* Is x equal to y? (1) x + y is odd (2) y = 3: an odd sum needs one even and
  one odd number, so never equal, always "no"; y = 3 allows x = 3 and x = 4: A.
* Is x greater than y? (1) x > 5 (2) y − x > 2: x = 6 with y = 1 or y = 9
  answers both ways; y at least 3 more than x always answers "no": B.
* Is y less than 5? (1) y − x > 6 (2) y is even: y − x > 6 leaves y = 8 or 9,
  always "no"; y even leaves 2 (yes) and 6 (no): A.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from itertools import product

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.solve.sufficiency import OPTIONS, solve_sufficiency, verdict

NAME = "deduction.sufficiency"


def eq(k: int, x: int = 0, y: int = 0) -> dict:
    return {"op": "eq", "left": {"x": x, "y": y}, "k": k}


X = {"ask": "value", "expr": {"x": 1}}
X_GT_Y = {"ask": "yesno", "cond": {"op": "gt", "left": {"x": 1}, "right": {"y": 1}, "k": 0}}
SUM_EVEN = {"ask": "yesno", "cond": {"op": "parity", "left": {"x": 1, "y": 1}, "even": True}}
X_EQ_Y = {"ask": "yesno", "cond": {"op": "eq", "left": {"x": 1}, "right": {"y": 1}, "k": 0}}


def parity(var: str, even: bool) -> dict:
    return {"op": "parity", "var": var, "even": even}


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
        (case(SUM_EVEN, parity("x", False), parity("y", True)), "C"),
        (case(X_EQ_Y, {"op": "parity", "left": {"x": 1, "y": 1}, "even": False}, eq(3, y=1)),
         "A"),
        (case(X_GT_Y, {"op": "gt", "left": {"x": 1}, "k": 5},
              {"op": "gt", "left": {"x": -1, "y": 1}, "k": 2}), "B"),
        (case({"ask": "yesno", "cond": {"op": "lt", "left": {"y": 1}, "k": 5}},
              {"op": "gt", "left": {"x": -1, "y": 1}, "k": 6}, parity("y", True)), "A"),
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


def test_effort_of_a_sum_parity_question_worked_by_hand() -> None:
    from logicgen.solve.sufficiency import effort

    # 1-9. Is x + y even? (1) x is odd (2) y is even: the question uses both (1);
    # each statement one unknown (0.5) and not enough (0.5); together 1 + the "no"
    # seen to hold over every case left (1); no unknown to eliminate. 1 + 2 + 2 = 5.0
    data = case(SUM_EVEN, parity("x", False), parity("y", True))
    assert effort(data) == pytest.approx(5.0)


def test_easy_items_use_the_wider_questions_and_statements() -> None:
    """Easy items ask about x = y, y below a number and the parity of x + y, and use
    sum-parity and difference-bound statements (the kinds that keep easy items fresh)."""
    items = logicgen.generate(NAME, count=300, difficulty="easy", seed=8)
    asked = Counter(item.prompt.splitlines()[1].rstrip("?0123456789 ") for item in items)
    for question in ("Is x equal to y", "Is y less than", "Is x + y even", "Is x + y odd",
                     "Is x odd", "Is y even"):
        assert asked[question] >= 5, asked
    said = " ".join(line for item in items for line in item.prompt.splitlines()[2:])
    for statement in ("x + y is even", "x + y is odd", "y \u2212 x >", "x \u2212 y >"):
        assert statement in said, statement
    assert len({item.prompt.splitlines()[0] for item in items}) >= 14  # the ranges


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


def test_row_masks_match_each_statement_case_by_case() -> None:
    """The generator builds a statement's cases a row at a time from its data; that must
    give exactly the cases its own test allows, for every statement a level draws
    (negative coefficients, bounds past either end, parities of sums included), with
    the numbers allowed to be equal or not."""
    import numpy as np

    from logicgen.generators.deduction import sufficiency as gen
    from logicgen.kit import Draw

    draw = Draw(np.random.default_rng(3))
    checked = set()
    for (level, ranges), distinct in product(gen.RANGES.items(), (False, True)):
        for low, high in ranges:
            domain = [(x, y) for x in range(low, high + 1) for y in range(low, high + 1)
                      if not distinct or x != y]
            for _ in range(12):
                x0, y0 = draw.pick(domain)
                for data, words, test in gen._facts(x0, y0, level, low, high, draw):
                    rows = gen._rows(data, low, high, distinct)
                    if rows is None:
                        continue
                    checked.add(data["op"])
                    expected = sum(1 << bit for bit, c in enumerate(domain) if test(*c))
                    assert rows == expected, (low, high, words)
    assert checked == {"eq", "gt", "lt", "parity"}


def _restating(item: logicgen.Item) -> bool:
    """Whether a statement allows exactly the cases of one answer: it restates the
    question ("Is x even? (1) x is odd") or states the asked value. Judged with the
    solver's own reading of the data, not the generator's."""
    from logicgen.solve import sufficiency as solver

    where = solver._where(item.data)
    answer_of = solver._answer_of(item.data)
    by_answer: dict[object, set[tuple[int, int]]] = {}
    for case, answer in answer_of.items():
        by_answer.setdefault(answer, set()).add(case)
    return any(set(solver._cases(where, s)) in by_answer.values()
               for s in item.data["statements"])


def test_restating_is_recognised() -> None:
    """The check above finds a statement that only restates the question."""
    item = logicgen.generate("deduction.sufficiency", 1, "easy", seed=3)[0]
    data = {**item.data, "low": 2, "high": 9, "distinct": False,
            "question": {"ask": "yesno", "cond": {"even": True, "op": "parity", "var": "x"}},
            "statements": [{"even": False, "op": "parity", "var": "x"},
                           {"k": 3, "left": {"x": 1, "y": 0}, "op": "eq"}]}
    assert _restating(dataclasses.replace(item, data=data))
    data["statements"][0] = {"k": 5, "left": {"x": 1, "y": 0}, "op": "lt"}
    assert not _restating(dataclasses.replace(item, data=data))


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_no_statement_restates_the_question(difficulty: str) -> None:
    items = logicgen.generate("deduction.sufficiency", 400, difficulty, seed=21)
    assert not [i.code for i in items if _restating(i)]


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_statements_read_as_written_by_hand(difficulty: str) -> None:
    """No coefficient 0 or 1 is written out ("x = 0y", "1x + y"): a person writes x = 0, x + y."""
    items = logicgen.generate("deduction.sufficiency", 1500, difficulty, seed=1)
    assert not [i.prompt for i in items if re.search(r"(?<![0-9])[01][xy]", i.prompt)]
