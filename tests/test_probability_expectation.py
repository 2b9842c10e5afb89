"""Tests for ``probability.expectation`` and its outcome-listing solver.

Known answers are classic results worked out by hand: a fair die averages 7/2;
paying $2 to win $10 on a six gains −1/3 dollar a game; the larger of two dice
averages 161/36; the first six takes 6 rolls on average.
"""

from __future__ import annotations

import json
from fractions import Fraction
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.answers import parse_number
from logicgen.generators.probability import expectation as fam
from logicgen.solve.arithmetic import effort_expectation, expectation_value, solve_expectation

NAME = "probability.expectation"
DIFFICULTIES = ("easy", "medium", "hard")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "die_mean", "faces": [1, 2, 3, 4, 5, 6]}, Fraction(7, 2)),
        ({"kind": "die_mean", "faces": [1, 1, 2, 3, 5, 8]}, Fraction(10, 3)),
        # Pay $2, win $10 on a six: 10/6 − 2 = −1/3.
        ({"kind": "die_game", "sides": 6, "fee": 2, "ask": "gain",
          "prizes": [{"faces": [6], "amount": 10}]}, Fraction(-1, 3)),
        # Fair fee for $12 on a six and $3 on a four or five: (12 + 6)/6 = 3.
        ({"kind": "die_game", "sides": 6, "fee": 0, "ask": "fair_fee",
          "prizes": [{"faces": [6], "amount": 12}, {"faces": [4, 5], "amount": 3}]}, Fraction(3)),
        ({"kind": "two_dice", "sides": 6, "event": {"type": "max"}, "ask": "payout"},
         Fraction(161, 36)),
        ({"kind": "two_dice", "sides": 6, "fee": 1, "ask": "gain",
          "event": {"type": "total", "total": 7, "amount": 12}}, Fraction(1)),  # 12/6 − 1
        ({"kind": "two_dice", "sides": 6, "fee": 5, "ask": "gain",
          "event": {"type": "sum", "amount": 1}}, Fraction(2)),  # 7 − 5
        ({"kind": "coins", "tosses": 3, "fee": 0, "ask": "payout", "per_head": 1,
          "all_heads": None}, Fraction(3, 2)),
        ({"kind": "coins", "tosses": 4, "fee": 1, "ask": "gain", "per_head": None,
          "all_heads": 32}, Fraction(1)),  # 32/16 − 1
        ({"kind": "count_dice", "sides": 6, "rolls": 12, "faces": [6]}, Fraction(2)),
        ({"kind": "count_urn", "counts": {"red": 3, "blue": 5}, "target": "red", "draws": 2},
         Fraction(3, 4)),
        ({"kind": "until_first", "sectors": 6, "target_sectors": 1}, Fraction(6)),
        ({"kind": "until_first", "sectors": 5, "target_sectors": 2}, Fraction(5, 2)),
        ({"kind": "raffle", "tickets": 100, "fee": 2, "ask": "gain",
          "prizes": [{"count": 1, "amount": 50}, {"count": 5, "amount": 10}]}, Fraction(-1)),
    ],
)
def test_known_expectations(data: dict, expected: Fraction) -> None:
    assert expectation_value(data) == expected


def test_solver_matches_options_by_value() -> None:
    data = {"kind": "die_game", "sides": 6, "fee": 2, "ask": "gain", "form": "fraction",
            "prizes": [{"faces": [6], "amount": 10}]}
    assert solve_expectation(data, ["1/3", "−1/3", "−2/3", "5/3"]) == ["−1/3"]
    money = dict(data, fee=1, form="money")  # 10/6 − 1 = 2/3: not whole cents, no option
    assert solve_expectation(money, ["$0.67", "$0.66"]) == []
    data = {"kind": "die_mean", "faces": [1, 2, 3, 4, 5, 6], "form": "fraction"}
    assert solve_expectation(data, ["3.5", "3", "4"]) == ["3.5"]


def _brute(data: dict) -> Fraction:
    """A third route for dice games, written out here: average over all rolls."""
    sides = data["sides"]
    if data["kind"] == "die_game":
        prize = {f: p["amount"] for p in data["prizes"] for f in p["faces"]}
        outcomes = [Fraction(prize.get(f, 0)) for f in range(1, sides + 1)]
    else:
        ev = data["event"]
        outcomes = []
        for a, b in product(range(1, sides + 1), repeat=2):
            t = ev["type"]
            hit = (t == "double" and a == b) or (t == "total" and a + b == ev.get("total")) or (
                t == "at_least" and a + b >= ev.get("total", 99))
            outcomes.append(Fraction(ev["amount"]) * (a + b) if t == "sum" else
                            Fraction(ev["amount"]) if hit else Fraction(0))
    mean = sum(outcomes, Fraction(0)) / len(outcomes)
    return mean - data.get("fee", 0) if data["ask"] == "gain" else mean


def test_game_keys_against_a_third_route() -> None:
    seen = 0
    for difficulty in DIFFICULTIES:
        for item in logicgen.generate(NAME, count=150, difficulty=difficulty, seed=17):
            d = item.data
            if d["kind"] == "die_game" or (d["kind"] == "two_dice" and d["event"]["type"] != "max"):
                assert parse_number(item.answer) == _brute(d), item.code
                seen += 1
    assert seen > 50


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_many_seeds_verify(difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(NAME, count=200, difficulty=difficulty, seed=5, format=fmt):
        assert verify(item).ok, (item.code, verify(item).problems)
        assert item.check(item.answer)
        if item.data["form"] == "money":
            value = parse_number(item.answer)
            assert value is not None and (value * 100).denominator == 1


@given(seed=st.integers(0, 2**63 - 1), difficulty=st.sampled_from(DIFFICULTIES))
def test_items_round_trip(seed: int, difficulty: str) -> None:
    item = logicgen.generate(NAME, count=1, difficulty=difficulty, seed=seed)[0]
    again = Item.from_dict(json.loads(item.to_json()))
    assert verify(again).ok and again == item


def test_free_response_accepts_equal_forms() -> None:
    item = logicgen.generate(NAME, count=1, seed=3, kind="die_mean", format="numeric",
                             difficulty="easy")[0]
    value = parse_number(item.answer)
    assert item.check(str(float(value))) and item.check(f"{value.numerator}/{value.denominator}")
    assert not item.check("banana")


def test_every_kind_generates() -> None:
    for kind in fam.KINDS:
        for difficulty in DIFFICULTIES:
            for item in logicgen.generate(NAME, count=10, seed=1, kind=kind,
                                          difficulty=difficulty):
                assert item.data["kind"] == kind and verify(item).ok


def test_named_mistakes_appear_as_options() -> None:
    # "Forgetting the fee" must be among the options of a game with a fee.
    for item in logicgen.generate(NAME, count=40, seed=9, kind="die_game", difficulty="medium"):
        d = item.data
        if d["ask"] == "gain":
            forgot = parse_number(item.answer) + d["fee"]
            assert any(parse_number(c) == forgot for c in item.choices), item.choices


def test_difficulty_changes_the_puzzles() -> None:
    means = []
    for difficulty in DIFFICULTIES:
        items = logicgen.generate(NAME, count=120, difficulty=difficulty, seed=2)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[1] < means[2], means


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"kind": "poker"}, 'kind must be mixed or one of die_mean'),
        ({"n_options": 2}, "n_options must be between 3 and 8 (got 2)"),
        ({"difficulty": "extreme"}, "difficulty must be one of"),
    ],
)
def test_bad_parameters(params: dict, fragment: str) -> None:
    with pytest.raises(InvalidParams) as info:
        logicgen.generate(NAME, count=1, seed=1, **params)
    assert fragment in str(info.value)


@pytest.mark.parametrize("n_options", [3, 8])
def test_option_counts(n_options: int) -> None:
    for item in logicgen.generate(NAME, count=60, seed=4, n_options=n_options, difficulty="hard"):
        assert len(item.choices) == n_options and verify(item).ok


# -- solver-measured effort ----------------------------------------------------------------


def test_effort_hand_worked() -> None:
    # mean of a die 1..6: the middle value, 1 step
    assert effort_expectation({"kind": "die_mean", "faces": [1, 2, 3, 4, 5, 6]}) == 1.0
    # relabelled die: add the faces, divide: 2
    assert effort_expectation({"kind": "die_mean", "faces": [0, 0, 0, 1, 1, 4]}) == 2.0
    # raffle, 2 prize tiers (2) + divide by tickets (1) + fee subtracted (1) = 4
    assert effort_expectation({"kind": "raffle", "tickets": 400, "fee": 2, "ask": "gain",
                               "prizes": [{"count": 1, "amount": 100},
                                          {"count": 8, "amount": 20}]}) == 4.0


def test_effort_orders_the_kinds() -> None:
    one = {"kind": "die_game", "sides": 6, "ask": "payout",
           "prizes": [{"faces": [6], "amount": 36}]}
    three = {"kind": "die_game", "sides": 12, "ask": "gain",
             "prizes": [{"faces": [12], "amount": 36}, {"faces": [10, 11], "amount": 30},
                        {"faces": [9], "amount": 9}]}
    larger = {"kind": "two_dice", "sides": 6, "event": {"type": "max"}, "ask": "payout"}
    total = {"kind": "two_dice", "sides": 6, "event": {"type": "sum", "amount": 3},
             "ask": "payout"}
    assert effort_expectation(one) < effort_expectation(three)
    assert effort_expectation(total) < effort_expectation(larger)


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    for level, (low, high) in fam.BANDS.items():
        items = logicgen.generate("probability.expectation", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == effort_expectation(i.data)
                   for i in items)
