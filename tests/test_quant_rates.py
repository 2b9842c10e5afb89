"""Tests for ``quant.rates`` and the clock-running solver.

Known answers worked by hand: A alone 6 h and B alone 3 h finish together in
2 h; 60 km/h out and 40 km/h back average 48 km/h; 300 km apart at 60 and
40 km/h meet after 3 h; 18 km/h for 40 minutes covers 12 km.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from numeric_options import offered

import logicgen
from logicgen import InvalidParams
from logicgen.solve.arithmetic import rates_value, solve_rates, value_of

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
        assert offered(item, Fraction(mean))  # the named mistake is offered


def test_decimal_hours_misread_is_offered() -> None:
    # Offered unless the key's drawn value rank leaves room above it only for
    # more tempting mistakes ("averaging the times" comes first).
    found = shown = 0
    for item in logicgen.generate(NAME, count=100, seed=2, kind="work", difficulty="easy"):
        minutes = int(value_of(item.answer, "hm") * 60)
        h, m = divmod(minutes, 60)
        hundredths = Fraction(m * 100, 60)
        if m and h and hundredths.denominator == 1 and hundredths < 60:
            shown += f"{h} h {int(hundredths)} min" in item.choices
            found += 1
    assert found > 10 and shown >= found // 2, (shown, found)


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
