"""Tests for ``quant.percent`` and its step-by-step solver.

Known answers worked by hand: +20% then −20% is −4%; +10% twice is +21%; after
a 25% rise a $100 price was $80; 8% → 10% is 2 percentage points but 25%;
$1,000 at 10% compound for 2 years is $1,210 (simple: $1,200).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.answers import parse_number
from logicgen.solve.arithmetic import effort_percent, percent_value, solve_percent

NAME = "quant.percent"
DIFFICULTIES = ("easy", "medium", "hard")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "successive", "changes": [20, -20]}, Fraction(-4)),
        ({"kind": "successive", "changes": [10, 10]}, Fraction(21)),
        ({"kind": "successive", "changes": [50, -50]}, Fraction(-25)),
        ({"kind": "successive", "changes": [10, 10, 10]}, Fraction(331, 10)),
        ({"kind": "reverse", "changes": [25], "final": "100.00"}, Fraction(80)),
        ({"kind": "reverse", "changes": [-20], "final": "89.60"}, Fraction(112)),
        ({"kind": "reverse", "changes": [10, 20, 10], "final": "152.46"}, Fraction(105)),
        ({"kind": "points", "old_rate": 8, "new_rate": 10, "ask": "points"}, Fraction(2)),
        ({"kind": "points", "old_rate": 8, "new_rate": 10, "ask": "percent"}, Fraction(25)),
        ({"kind": "points", "old_rate": 10, "new_rate": 8, "ask": "percent"}, Fraction(-20)),
        ({"kind": "profit", "cost": "100.00", "markup": 50, "discount": 20, "ask": "price"},
         Fraction(120)),
        ({"kind": "profit", "cost": "100.00", "markup": 50, "discount": 20, "ask": "percent"},
         Fraction(20)),
        ({"kind": "profit", "cost": "80.00", "markup": 25, "discount": 40, "ask": "percent"},
         Fraction(-25)),
        ({"kind": "interest", "scheme": "compound", "principal": 1000, "rate": 10, "years": 2,
          "ask": "balance"}, Fraction(1210)),
        ({"kind": "interest", "scheme": "simple", "principal": 1000, "rate": 10, "years": 2,
          "ask": "balance"}, Fraction(1200)),
        ({"kind": "interest", "scheme": "compound", "principal": 8000, "rate": 5, "years": 3,
          "ask": "interest"}, Fraction(1261)),
    ],
)
def test_known_answers(data: dict, expected: Fraction) -> None:
    assert percent_value(data) == expected


def test_percent_options_are_read_as_percentages() -> None:
    data = {"kind": "successive", "changes": [20, -20], "form": "signed_percent"}
    assert solve_percent(data, ["0%", "−4%", "+4%", "−2%"]) == ["−4%"]
    assert solve_percent(data, ["-4", "-0.04"]) == []  # options must carry the % sign


def test_points_and_percent_are_told_apart() -> None:
    for item in logicgen.generate(NAME, count=80, seed=12, kind="points"):
        d = item.data
        old, new = Fraction(str(d["old_rate"])), Fraction(str(d["new_rate"]))
        gap = abs(new - old)
        if d["ask"] == "points":
            assert parse_number(item.answer) == gap
        else:
            assert parse_number(item.answer) == (new - old) / old
            assert any(parse_number(c) == (new - old) / 100 for c in item.choices)


def test_compound_and_simple_are_both_offered() -> None:
    for item in logicgen.generate(NAME, count=60, seed=3, kind="interest", difficulty="medium"):
        d = item.data
        other = dict(d, scheme="simple" if d["scheme"] == "compound" else "compound")
        assert any(parse_number(c) == percent_value(other) for c in item.choices)


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"kind": "tax"}, 'kind must be mixed or one of successive'),
        ({"n_options": 0}, "n_options must be between 3 and 8 (got 0)"),
    ],
)
def test_bad_parameters(params: dict, fragment: str) -> None:
    with pytest.raises(InvalidParams) as info:
        logicgen.generate(NAME, count=1, seed=1, **params)
    assert fragment in str(info.value)


# -- solver-measured effort ----------------------------------------------------------------


def test_effort_hand_worked() -> None:
    # 1.5% to 3%, in points: one subtraction, 1; short numbers, 0
    assert effort_percent({"kind": "points", "old_rate": "1.5", "new_rate": 3,
                           "ask": "points"}) == 1.0
    # cut by 10%, now $1,395.00: one change 1 + half of 0.5 for 10% + 1395 four
    # significant digits 0.5: 1.75
    assert effort_percent({"kind": "reverse", "changes": [-10], "final": "1395.00"}) == 1.75
    # −10%, +6%, −5%: three changes 3 + half of (0.5 + 1 + 0.5): 4
    assert effort_percent({"kind": "successive", "changes": [-10, 6, -5]}) == 4.0
    # $25,000 at 8% compound for 3 years, the interest: 3 years + 1 subtraction
    # + half of 1 for 8% + 25000 two significant digits 0: 4.5
    assert effort_percent({"kind": "interest", "scheme": "compound", "principal": 25000,
                           "rate": 8, "years": 3, "ask": "interest"}) == 4.5


def test_effort_grows_with_steps_not_with_words() -> None:
    two = {"kind": "successive", "changes": [10, -20]}
    three = {"kind": "successive", "changes": [10, -20, 25]}
    assert effort_percent(two) < effort_percent(three)
    simple = {"kind": "interest", "scheme": "simple", "principal": 5000, "rate": 4,
              "years": 3, "ask": "interest"}
    compound = dict(simple, scheme="compound")
    assert effort_percent(simple) < effort_percent(compound)


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    from logicgen.generators.quant import percent
    for level, (low, high) in percent.BANDS.items():
        items = logicgen.generate("quant.percent", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == effort_percent(i.data)
                   for i in items)
