"""Tests for ``quant.rates`` and the clock-running solver.

Known answers worked by hand: A alone 6 h and B alone 3 h finish together in
2 h; 60 km/h out and 40 km/h back average 48 km/h; 300 km apart at 60 and
40 km/h meet after 3 h; 18 km/h for 40 minutes covers 12 km.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.solve.arithmetic import effort_rates, rates_value, solve_rates, value_of

NAME = "quant.rates"
DIFFICULTIES = ("easy", "medium", "hard")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "work", "workers": [{"hours": 6}, {"hours": 3}]}, Fraction(2)),
        ({"kind": "work", "workers": [{"hours": 4}, {"hours": 6}]}, Fraction(12, 5)),  # 2 h 24
        # Fill in 4 h and 6 h, drain in 12 h: 1/4 + 1/6 − 1/12 = 1/3 → 3 h.
        ({"kind": "work", "workers": [{"hours": 4}, {"hours": 6},
                                      {"hours": 12, "empties": True}]}, Fraction(3)),
        ({"kind": "average_speed", "legs": [{"distance": 120, "speed": 60},
                                            {"distance": 120, "speed": 40}]}, Fraction(48)),
        ({"kind": "meet", "speed_a": 60, "speed_b": 40, "distance": 300}, Fraction(3)),
        ({"kind": "catch_up", "speed_a": 40, "speed_b": 60, "head_start_minutes": 60},
         Fraction(2)),
        ({"kind": "distance", "speed": 18, "minutes": 40}, Fraction(12)),
        ({"kind": "travel_time", "speed": 60, "distance": 150}, Fraction(5, 2)),
    ],
)
def test_known_answers(data: dict, expected: Fraction) -> None:
    assert rates_value(data) == expected


def test_durations_are_read_from_option_text() -> None:
    data = {"kind": "work", "workers": [{"hours": 4}, {"hours": 6}], "form": "hm"}
    options = ["2 h 40 min", "2 h 24 min", "5 h", "2 h 4 min"]
    assert solve_rates(data, options) == ["2 h 24 min"]
    assert solve_rates(data, []) == ["144"]  # free response in minutes
    assert value_of("45 min", "hm") == Fraction(3, 4)
    assert value_of("3 h", "hm") == Fraction(3)


def test_a_job_that_never_ends_is_refused() -> None:
    data = {"kind": "work", "workers": [{"hours": 6}, {"hours": 3, "empties": True}],
            "form": "hm"}
    with pytest.raises(ValueError):
        solve_rates(data, [])


def test_average_speed_is_never_the_mean_of_the_speeds() -> None:
    for item in logicgen.generate(NAME, count=80, seed=6, kind="average_speed",
                                  difficulty="medium"):
        legs = item.data["legs"]
        mean = (legs[0]["speed"] + legs[1]["speed"]) // 2
        assert item.answer != str(mean)
        assert str(mean) in item.choices  # the named mistake is offered


def test_decimal_hours_misread_is_offered() -> None:
    found = 0
    for item in logicgen.generate(NAME, count=100, seed=2, kind="work", difficulty="easy"):
        minutes = int(value_of(item.answer, "hm") * 60)
        h, m = divmod(minutes, 60)
        hundredths = Fraction(m * 100, 60)
        if m and hundredths.denominator == 1 and hundredths < 60:
            assert f"{h} h {int(hundredths)} min" in item.choices or h == 0
            found += 1
    assert found > 10


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"kind": "warp"}, 'kind must be mixed or one of distance'),
        ({"n_options": 12}, "n_options must be between 3 and 8 (got 12)"),
        ({"format": "tfu"}, "format must be one of choice, numeric"),
    ],
)
def test_bad_parameters(params: dict, fragment: str) -> None:
    with pytest.raises(InvalidParams) as info:
        logicgen.generate(NAME, count=1, seed=1, **params)
    assert fragment in str(info.value)


# -- solver-measured effort ----------------------------------------------------------------


def test_effort_hand_worked() -> None:
    # 42 km at 15 km/h: divide 2; 2.8 h, so 0.8 h into minutes 1: 3
    assert effort_rates({"kind": "travel_time", "mode": "cycle", "speed": 15,
                         "distance": 42, "form": "hm"}) == 3.0
    # 12 km/h for 10 min, in km: 2
    assert effort_rates({"kind": "distance", "mode": "jog", "speed": 12, "minutes": 10,
                         "form": "integer", "unit": "km"}) == 2.0
    # pipes 13 h and 14 h and a drain of 26 h: 3 workers + drain 0.5; together
    # 1/13 + 1/14 − 1/26 = 520/4732 an hour, 9.1 h, minutes 1: 4.5
    assert effort_rates({"kind": "work", "form": "hm", "workers": [
        {"hours": 13, "empties": False}, {"hours": 14, "empties": False},
        {"hours": 26, "empties": True}]}) == 4.5
    # catch up at 14 km/h after 40 min at 10 km/h: 4; 1 h 40 min, 1: 5
    assert effort_rates({"kind": "catch_up", "speed_a": 10, "speed_b": 14,
                         "head_start_minutes": 40, "form": "hm"}) == 5.0


def test_effort_counts_legs_and_workers() -> None:
    two = {"kind": "average_speed", "form": "integer",
           "legs": [{"distance": 300, "speed": 100}, {"distance": 300, "speed": 60}]}
    three = {"kind": "average_speed", "form": "integer",
             "legs": [{"distance": 36, "speed": 24}, {"distance": 30, "speed": 15},
                      {"distance": 6, "speed": 12}]}
    assert effort_rates(two) < effort_rates(three)


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    from logicgen.generators.quant import rates
    for level, (low, high) in rates.BANDS.items():
        items = logicgen.generate("quant.rates", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == effort_rates(i.data) for i in items)
