"""Tests for ``quant.ratio`` and its part-by-part solver.

Known answers worked by hand: $100 in the ratio 2:3 gives $40 and $60; A:B = 2:3
and B:C = 4:5 give A:C = 8:15; 6 workers taking 10 days means 4 workers take 15;
2 l of 10% and 3 l of 20% make 16%; four tests averaging 78 need an 88 to average
80 over five.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.solve.arithmetic import effort_ratio, ratio_value, solve_ratio

NAME = "quant.ratio"
DIFFICULTIES = ("easy", "medium", "hard")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "share", "parts": [2, 3], "total": 100, "who": 0}, Fraction(40)),
        ({"kind": "share", "parts": [2, 3], "total": 100, "who": 1}, Fraction(60)),
        ({"kind": "share", "parts": [1, 2, 5], "total": 400, "who": 2}, Fraction(250)),
        ({"kind": "share_difference", "parts": [5, 3], "first": 0, "second": 1,
          "difference": "40.00", "ask": "total"}, Fraction(160)),
        ({"kind": "combine", "a_b": [2, 3], "b_c": [4, 5]}, Fraction(8, 15)),
        ({"kind": "combine", "a_b": [3, 4], "b_c": [6, 7]}, Fraction(9, 14)),
        ({"kind": "combine", "a_b": [2, 3], "b_c": [4, 5], "c_d": [3, 7]}, Fraction(24, 105)),
        ({"kind": "combine", "a_b": [1, 2], "b_c": [3, 4], "c_d": [6, 5]}, Fraction(9, 20)),
        ({"kind": "share_difference", "parts": [5, 3, 2], "first": 0, "second": 2,
          "difference": "45.00", "ask": "share", "who": 1}, Fraction(45)),
        ({"kind": "proportion", "ask": "days", "base": {"workers": 6, "days": 10},
          "new": {"workers": 4}}, Fraction(15)),
        ({"kind": "proportion", "ask": "output",
          "base": {"machines": 5, "hours": 4, "output": 200},
          "new": {"machines": 8, "hours": 6}}, Fraction(480)),
        ({"kind": "mixture", "ask": "percent",
          "parts": [{"litres": 2, "percent": 10}, {"litres": 3, "percent": 20}]}, Fraction(16)),
        ({"kind": "mixture", "ask": "water", "parts": [{"litres": 10, "percent": 20}],
          "target_percent": 8}, Fraction(15)),
        ({"kind": "average", "ask": "needed", "count": 4, "mean": 78, "target_mean": 80},
         Fraction(88)),
        ({"kind": "average", "ask": "removed", "count": 5, "mean": 20, "new_mean": 18},
         Fraction(28)),
        ({"kind": "average", "ask": "combined", "groups": [{"count": 20, "mean": 70},
                                                          {"count": 30, "mean": 80}]},
         Fraction(76)),
    ],
)
def test_known_answers(data: dict, expected: Fraction) -> None:
    assert ratio_value(data) == expected


def test_ratio_options_are_read_as_ratios() -> None:
    data = {"kind": "combine", "a_b": [2, 3], "b_c": [4, 5], "form": "ratio"}
    assert solve_ratio(data, ["2:5", "8:15", "15:8", "6:8"]) == ["8:15"]
    assert solve_ratio(data, []) == ["8:15"]


def test_unweighted_average_is_offered_for_mixtures() -> None:
    for item in logicgen.generate(NAME, count=60, seed=13, kind="mixture", difficulty="medium"):
        a, b = item.data["parts"]
        plain = Fraction(a["percent"] + b["percent"], 2)
        text = f"{plain.numerator / plain.denominator:g}%"
        assert text in item.choices and item.answer != text


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"kind": "golden"}, 'kind must be mixed or one of share'),
        ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
    ],
)
def test_bad_parameters(params: dict, fragment: str) -> None:
    with pytest.raises(InvalidParams) as info:
        logicgen.generate(NAME, count=1, seed=1, **params)
    assert fragment in str(info.value)


# -- solver-measured effort ----------------------------------------------------------------


def test_effort_hand_worked() -> None:
    # $812 in the ratio 5:9: 2; 812 has three significant digits, 0.25: 2.25
    assert effort_ratio({"kind": "share", "parts": [5, 9], "total": 812, "who": 0}) == 2.25
    # 7:4, 1:2, 7:9 chained: two links after the first 4 + reduce 1: 5
    assert effort_ratio({"kind": "combine", "a_b": [7, 4], "b_c": [1, 2],
                         "c_d": [7, 9]}) == 5.0
    # 4 machines to 2, hours the same: 1 + a halving 1; 1120 → 112, 0.25: 2.25
    assert effort_ratio({"kind": "proportion", "ask": "output",
                         "base": {"machines": 4, "hours": 1, "output": 1120},
                         "new": {"machines": 2, "hours": 1}}) == 2.25
    # 5 machines 6 h to 4 machines 3 h: 1 + 4/5 1.5 + 1/2 1; 8100 → 81: 3.5
    assert effort_ratio({"kind": "proportion", "ask": "output",
                         "base": {"machines": 5, "hours": 6, "output": 8100},
                         "new": {"machines": 4, "hours": 3}}) == 3.5


def test_effort_rewards_changed_factors_not_sizes() -> None:
    one = {"kind": "proportion", "ask": "output",
           "base": {"machines": 10, "hours": 2, "output": 1800},
           "new": {"machines": 5, "hours": 2}}
    two = {"kind": "proportion", "ask": "output",
           "base": {"machines": 10, "hours": 2, "output": 1800},
           "new": {"machines": 5, "hours": 4}}
    assert effort_ratio(one) < effort_ratio(two)
    two_groups = {"kind": "average", "ask": "combined",
                  "groups": [{"count": 5, "mean": 60}, {"count": 5, "mean": 80}]}
    three_groups = {"kind": "average", "ask": "combined",
                    "groups": [{"count": 5, "mean": 60}, {"count": 5, "mean": 80},
                               {"count": 10, "mean": 70}]}
    assert effort_ratio(two_groups) < effort_ratio(three_groups)


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    from logicgen.generators.quant import ratio
    for level, (low, high) in ratio.BANDS.items():
        items = logicgen.generate("quant.ratio", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == effort_ratio(i.data) for i in items)
