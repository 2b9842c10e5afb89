"""Tests for ``quant.arithmetic`` and its solver.

Known answers worked by hand: 15% of 240 is 36 (24 + 12); 42 is 35% of 120
(42 ÷ 35 = 1.2 per percent); 3x + 7 = 22 gives x = 5; 5x − 4 = 2x + 11 gives
x = 5; 4(x − 3) = 2x + 6 gives x = 9; 2/3 + 1/4 = 11/12; 3/4 − 2/5 = 7/20;
2/3 × 9/10 = 3/5; 3/4 ÷ 9/8 = 2/3; among 3/7 (42.86%), 0.42 and 41% the largest
is 3/7 and the smallest 41%; 240 increased by 15% is 276 and decreased 204;
35% of a number is 42, so 20% of it is 24; 9(x + 6) = 5x + 170 gives x = 29.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.answers import parse_number
from logicgen.solve.quick import effort, quick_value, read_exact, solve_quick

NAME = "quant.arithmetic"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "percent_of", "percent": "15", "whole": 240}, Fraction(36)),
        ({"kind": "percent_of", "percent": "12.5", "whole": 224}, Fraction(28)),
        ({"kind": "percent_of", "percent": "135", "whole": 240}, Fraction(324)),
        ({"kind": "percent_whole", "percent": "35", "part": "42"}, Fraction(120)),
        ({"kind": "percent_whole", "percent": "37.5", "part": "9"}, Fraction(24)),
        # 240 increased by 15%: 240 + 36 = 276; decreased: 240 − 36 = 204
        ({"kind": "percent_of", "percent": "15", "whole": 240, "change": "up"}, Fraction(276)),
        ({"kind": "percent_of", "percent": "15", "whole": 240, "change": "down"},
         Fraction(204)),
        # 1,276 increased by 125%: 1,276 + 1,595 = 2,871
        ({"kind": "percent_of", "percent": "125", "whole": 1276, "change": "up"},
         Fraction(2871)),
        # 35% of a number is 42, so the number is 120, and 20% of it is 24
        ({"kind": "percent_whole", "percent": "35", "part": "42", "then": "20"}, Fraction(24)),
        # 62.5% of a number is 210: the number is 336; 90% of 336 = 302.4
        ({"kind": "percent_whole", "percent": "62.5", "part": "210", "then": "90"},
         Fraction(3024, 10)),
        # 9(x + 6) = 5x + 170 (b = −6): 9x + 54 = 5x + 170, 4x = 116, x = 29
        ({"kind": "equation", "shape": "bracket", "a": 9, "b": -6, "c": 5, "d": 170},
         Fraction(29)),
        ({"kind": "equation", "shape": "plain", "a": 3, "b": 7, "c": 0, "d": 22}, Fraction(5)),
        ({"kind": "equation", "shape": "plain", "a": 5, "b": -4, "c": 2, "d": 11}, Fraction(5)),
        ({"kind": "equation", "shape": "bracket", "a": 4, "b": 3, "c": 2, "d": 6}, Fraction(9)),
        ({"kind": "fraction", "op": "+", "left": "2/3", "right": "1/4"}, Fraction(11, 12)),
        ({"kind": "fraction", "op": "-", "left": "3/4", "right": "2/5"}, Fraction(7, 20)),
        ({"kind": "fraction", "op": "×", "left": "2/3", "right": "9/10"}, Fraction(3, 5)),
        ({"kind": "fraction", "op": "÷", "left": "3/4", "right": "9/8"}, Fraction(2, 3)),
        # 64 ÷ 8 = 8 per eighth, 3 eighths = 24
        ({"kind": "fraction", "op": "of", "left": "3/8", "right": "64"}, Fraction(24)),
        # five numbers averaging 14 add up to 70; 12 + 9 + 17 + 20 = 58; 70 - 58 = 12
        ({"kind": "average", "shape": "missing", "count": 5, "mean": 14,
          "known": [12, 9, 17, 20]}, Fraction(12)),
        # six numbers averaging 16 add up to 96; the other five 5 x 15 = 75; 96 - 75 = 21
        ({"kind": "average", "shape": "removed", "count": 6, "mean": 16, "rest_mean": 15},
         Fraction(21)),
        ({"kind": "operations", "expression": "48 ÷ 6 + 3 × 7"}, Fraction(29)),  # 8 + 21
        ({"kind": "operations", "expression": "(9 − 4)² + 3"}, Fraction(28)),  # 25 + 3
        ({"kind": "operations", "expression": "12 × (16 − 6) ÷ 5"}, Fraction(24)),  # 120 / 5
        ({"kind": "operations", "expression": "14² + 9² − 15 × 6"}, Fraction(187)),
        ({"kind": "operations", "expression": "77 − 5 × 11"}, Fraction(22)),
    ],
)
def test_known_answers(data: dict, expected: Fraction) -> None:
    assert quick_value(data) == expected


def test_comparison_reads_every_form_and_finds_the_extremes() -> None:
    options = ["3/7", "0.42", "41%"]
    assert read_exact("12.5%") == Fraction(1, 8) and read_exact("0.603") == Fraction(603, 1000)
    assert solve_quick({"kind": "compare", "ask": "largest"}, options) == ["3/7"]
    assert solve_quick({"kind": "compare", "ask": "smallest"}, options) == ["41%"]


def test_a_tie_gives_two_answers_so_the_item_is_rejected() -> None:
    assert solve_quick({"kind": "compare", "ask": "largest"},
                       ["1/2", "0.50", "20%"]) == ["1/2", "0.50"]


def test_an_equation_without_one_solution_is_refused() -> None:
    with pytest.raises(ValueError, match="single solution"):
        quick_value({"kind": "equation", "shape": "plain", "a": 2, "b": 1, "c": 2, "d": 5})


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_items_verify_and_keys_match_the_data(difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(NAME, count=150, difficulty=difficulty, seed=3, format=fmt):
        assert logicgen.verify(item).ok
        if item.data["kind"] != "compare":
            assert parse_number(item.answer) == quick_value(item.data)
        assert item.answer in item.explanation.splitlines()[-1]  # the working ends on the key


def test_comparisons_are_close_at_hard_and_mix_forms() -> None:
    items = logicgen.generate(NAME, count=60, difficulty="hard", seed=5, kind="compare")
    for item in items:
        values = sorted(read_exact(c) for c in item.choices)
        best = values[-1] if item.data["ask"] == "largest" else values[0]
        second = values[-2] if item.data["ask"] == "largest" else values[1]
        assert abs(best - second) <= Fraction(1, 100)
        forms = {("%" in c, "/" in c) for c in item.choices}
        assert len(forms) >= 2


def test_compare_is_not_asked_free_response() -> None:
    with pytest.raises(InvalidParams, match="format must be choice"):
        logicgen.generate(NAME, count=1, kind="compare", format="numeric")
    items = logicgen.generate(NAME, count=60, seed=2, format="numeric")
    assert all(item.data["kind"] != "compare" for item in items)


def test_time_estimates_follow_the_documented_model() -> None:
    from types import SimpleNamespace as NS

    from logicgen.problemset import ProblemSet
    from logicgen.timing import estimate

    # worked by hand: 8 words × 0.22 + 5 options × (0.5 + 0.15) + 2 steps × 3.5 s (series)
    series = NS(family="sequence.number", prompt="What comes next?\n\n2, 4, 8, 16, ?",
                choices=("32", "24", "30", "18", "64"), score=2.0, data={})
    assert estimate(series) == 12.0
    # a free-response quantitative item: 5 words × 0.22 + 3 steps × 4 s, no options
    quick = NS(family="quant.percent", prompt="What is 15% of 240?", choices=(), score=3.0,
               data={})
    assert estimate(quick) == 13.1
    items = logicgen.generate(NAME, count=10, seed=1)
    slow = ProblemSet(title="t", items=tuple(items), minutes=1)
    assert slow.seconds == round(sum(i.seconds for i in items), 1)
    assert "over the 1-minute limit" in (slow.time_note() or "")
    assert ProblemSet(title="t", items=tuple(items), minutes=60).time_note() is None


def test_every_kind_is_asked_at_every_level_it_belongs_to() -> None:
    for level, kinds in (("easy", 6), ("medium", 6), ("hard", 7)):
        items = logicgen.generate(NAME, count=80, difficulty=level, seed=8)
        assert len({i.data["kind"] for i in items}) == kinds, level


def test_operations_are_not_read_left_to_right() -> None:
    # the left-to-right slip is among the options and differs from the key
    items = logicgen.generate(NAME, count=30, difficulty="easy", seed=4, kind="operations")
    for item in items:
        tokens = item.data["expression"].split()
        acc = Fraction(int(tokens[0]))
        for op, num in zip(tokens[1::2], tokens[2::2]):
            acc = {"+": acc + int(num), "\u2212": acc - int(num), "×": acc * int(num),
                   "÷": acc / int(num)}[op]
        assert acc != quick_value(item.data)


# -- solver-measured effort ----------------------------------------------------------------


def test_effort_hand_worked() -> None:
    # 20% of 960: a known fraction (a fifth), 1; 960 has three digits, 0.5: 1.5
    assert effort({"kind": "percent_of", "percent": "20", "whole": 960}) == 1.5
    # 55% of 120: half plus a twentieth, 2; 120, 0.5: 2.5
    assert effort({"kind": "percent_of", "percent": "55", "whole": 120}) == 2.5
    # 3 is 12.5% of what: reversing 2 + a finer percentage 2.5: 4.5
    assert effort({"kind": "percent_whole", "percent": "12.5", "part": "3"}) == 4.5
    # 5/8 − 1/2: 1.5 + one fraction converted to eighths 1; 5/8 − 4/8 = 1/8 needs no
    # reducing: 2.5
    assert effort({"kind": "fraction", "op": "-", "left": "5/8", "right": "1/2"}) == 2.5
    # 1/6 + 3/10: 1.5 + common denominator 30, both converted 2; 5/30 + 9/30 = 14/30
    # reduces to 7/15, 1: 4.5
    assert effort({"kind": "fraction", "op": "+", "left": "1/6", "right": "3/10"}) == 4.5
    # 240 increased by 15%: 15% is 2, 240 has 0.5 for its digits, adding it on 1: 3.5
    assert effort({"kind": "percent_of", "percent": "15", "whole": 240, "change": "up"}) == 3.5
    # 35% of a number is 42, what is 20% of it: 2 + 35% 2 + the second percentage 1: 5
    assert effort({"kind": "percent_whole", "percent": "35", "part": "42", "then": "20"}) == 5.0
    # 9(x + 6) = 5x + 170: 2 + both sides 1 + bracket 1, no negative shown, 170 has two
    # digits beyond one (0.5): 4.5
    assert effort({"kind": "equation", "shape": "bracket", "a": 9, "b": -6, "c": 5,
                   "d": 170}) == 4.5
    # 4(x − 1) = 3x + 2: 2 + x on both sides 1 + bracket 1; small positive numbers: 4
    assert effort({"kind": "equation", "shape": "bracket", "a": 4, "b": 1, "c": 3,
                   "d": 2}) == 4.0


def test_effort_orders_the_working() -> None:
    same = {"kind": "fraction", "op": "+", "left": "3/7", "right": "2/7"}
    different = {"kind": "fraction", "op": "+", "left": "3/7", "right": "3/8"}
    assert effort(same) < effort(different)
    one_side = {"kind": "equation", "shape": "plain", "a": 8, "b": 6, "c": 0, "d": 78}
    both = {"kind": "equation", "shape": "plain", "a": 8, "b": 6, "c": 3, "d": 78}
    bracket = {"kind": "equation", "shape": "bracket", "a": 8, "b": 6, "c": 3, "d": 78}
    assert effort(one_side) < effort(both) < effort(bracket)


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    from logicgen.generators.quant import arithmetic
    for level, (low, high) in arithmetic.BANDS.items():
        items = logicgen.generate("quant.arithmetic", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == effort(i.data) for i in items)
