"""Tests for ``quant.ratio`` and its part-by-part solver.

Known answers worked by hand: $100 in the ratio 2:3 gives $40 and $60; A:B = 2:3
and B:C = 4:5 give A:C = 8:15; 6 workers taking 10 days means 4 workers take 15;
2 l of 10% and 3 l of 20% make 16%; four tests averaging 78 need an 88 to average
80 over five.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from numeric_options import offered

import logicgen
from logicgen import InvalidParams
from logicgen.solve.arithmetic import ratio_value, solve_ratio

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
        assert offered(item, plain / 100) and item.answer != text


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
