"""Tests for ``quant.rates`` and the clock-running solver.

Known answers worked by hand: A alone 6 h and B alone 3 h finish together in
2 h; 60 km/h out and 40 km/h back average 48 km/h; 300 km apart at 60 and
40 km/h meet after 3 h; 18 km/h for 40 minutes covers 12 km.
"""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import InvalidParams, Item
from logicgen.families.quant import rates as fam
from logicgen.solve.arithmetic import rates_value, solve_rates, value_of
from logicgen.verify import verify

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


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_many_seeds_verify(difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(NAME, count=200, difficulty=difficulty, seed=5, format=fmt):
        assert verify(item).ok, (item.code, verify(item).problems)
        assert item.check(item.answer)


@given(seed=st.integers(0, 2**63 - 1), difficulty=st.sampled_from(DIFFICULTIES))
def test_items_round_trip(seed: int, difficulty: str) -> None:
    item = logicgen.generate(NAME, count=1, difficulty=difficulty, seed=seed)[0]
    again = Item.from_dict(json.loads(item.to_json()))
    assert verify(again).ok and again == item


def test_every_kind_generates() -> None:
    for kind in fam.KINDS:
        for difficulty in DIFFICULTIES:
            for item in logicgen.generate(NAME, count=10, seed=1, kind=kind,
                                          difficulty=difficulty):
                assert item.data["kind"] == kind and verify(item).ok


def test_difficulty_changes_the_puzzles() -> None:
    means = []
    for difficulty in DIFFICULTIES:
        items = logicgen.generate(NAME, count=120, difficulty=difficulty, seed=2)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[1] < means[2], means


def test_each_difficulty_draws_its_own_variants() -> None:
    """The same seed at the next difficulty rarely gives the same question, and scores rise."""
    easy, medium, hard = (logicgen.generate(NAME, count=60, difficulty=d, seed=3)
                          for d in DIFFICULTIES)
    assert sum(a.prompt == b.prompt for a, b in zip(easy, medium)) <= 3
    assert sum(a.prompt == b.prompt for a, b in zip(medium, hard)) <= 3
    means = [sum(i.score for i in items) / len(items) for items in (easy, medium, hard)]
    assert means[0] < means[1] < means[2], means


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
