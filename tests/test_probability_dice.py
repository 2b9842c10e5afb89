"""probability.dice: classic answers by hand, brute-force rolls, closed form against enumeration."""

from __future__ import annotations

import itertools
import json
from fractions import Fraction as F

import pytest

import logicgen
from logicgen import InvalidParams, Item
from logicgen.generators.probability.dice import ways_to_total
from logicgen.solve.exact import effort, probability, solve

FAMILY = "probability.dice"


def dice(n: int, s: int, event: dict, given: dict | None = None) -> F:
    return probability(
        {"experiment": {"kind": "dice", "count": n, "sides": s}, "event": event, "given": given}
    )


# -- classic problems, answers worked out by hand -------------------------------------------


@pytest.mark.parametrize(
    ("n", "s", "event", "given", "expected"),
    [
        # Two sixes in two rolls: 1/6 × 1/6.
        (2, 6, {"type": "count", "faces": [6], "cmp": "eq", "value": 2}, None, F(1, 36)),
        # Sum 8: (2,6) (3,5) (4,4) (5,3) (6,2).
        (2, 6, {"type": "sum", "cmp": "eq", "value": 8}, None, F(5, 36)),
        # Sum 7: six of the 36 outcomes.
        (2, 6, {"type": "sum", "cmp": "eq", "value": 7}, None, F(1, 6)),
        # De Méré: at least one six in four rolls = 1 - (5/6)^4 = 671/1296.
        (4, 6, {"type": "count", "faces": [6], "cmp": "ge", "value": 1}, None, F(671, 1296)),
        # Three dice total 10: 27 of 216 ways (Galileo's problem).
        (3, 6, {"type": "sum", "cmp": "eq", "value": 10}, None, F(1, 8)),
        # Three dice total 9: 25 of 216.
        (3, 6, {"type": "sum", "cmp": "eq", "value": 9}, None, F(25, 216)),
        # Largest of two dice is 6: 36 - 25 = 11 outcomes.
        (2, 6, {"type": "max", "cmp": "eq", "value": 6}, None, F(11, 36)),
        # Three dice all different: 6·5·4 / 216 = 5/9.
        (3, 6, {"type": "all_different"}, None, F(5, 9)),
        # Doubles with two dice: 6/36.
        (2, 6, {"type": "all_same"}, None, F(1, 6)),
        # A double given the total is 8: only (4,4) of five outcomes.
        (2, 6, {"type": "all_same"}, {"type": "sum", "cmp": "eq", "value": 8}, F(1, 5)),
        # At least one 6 given the total is 8: (2,6) and (6,2) of five.
        (
            2,
            6,
            {"type": "count", "faces": [6], "cmp": "ge", "value": 1},
            {"type": "sum", "cmp": "eq", "value": 8},
            F(2, 5),
        ),
        # Two 20-sided dice total at least 39: (19,20) (20,19) (20,20).
        (2, 20, {"type": "sum", "cmp": "ge", "value": 39}, None, F(3, 400)),
        # Total of two dice even: 18 of 36 (2:1, 4:3, 6:5, 8:5, 10:3, 12:1).
        (2, 6, {"op": "or", "args": [{"type": "sum", "cmp": "eq", "value": v}
                                     for v in (2, 4, 6, 8, 10, 12)]}, None, F(1, 2)),
        # Total of two dice prime (2, 3, 5, 7, 11): 1 + 2 + 4 + 6 + 2 = 15 of 36.
        (2, 6, {"op": "or", "args": [{"type": "sum", "cmp": "eq", "value": v}
                                     for v in (2, 3, 5, 7, 11)]}, None, F(5, 12)),
        # Total between 5 and 8 inclusive: 4 + 5 + 6 + 5 = 20 of 36.
        (2, 6, {"op": "and", "args": [{"type": "sum", "cmp": "ge", "value": 5},
                                      {"type": "sum", "cmp": "le", "value": 8}]}, None, F(5, 9)),
        # Neither die even: 3 × 3 of 36; both dice above 4: 2 × 2 of 36.
        (2, 6, {"type": "count", "faces": [2, 4, 6], "cmp": "eq", "value": 0}, None, F(1, 4)),
        (2, 6, {"type": "count", "faces": [5, 6], "cmp": "eq", "value": 2}, None, F(1, 9)),
        # Smallest of two 4-sided dice is at least 3: (2/4)^2.
        (2, 4, {"type": "min", "cmp": "ge", "value": 3}, None, F(1, 4)),
    ],
)
def test_classic_answers(n: int, s: int, event: dict, given: dict | None, expected: F) -> None:
    assert dice(n, s, event, given) == expected


def test_ways_to_total_matches_brute_force() -> None:
    for n in range(1, 5):
        for s in (2, 4, 6, 8, 10):
            counts: dict[int, int] = {}
            for roll in itertools.product(range(1, s + 1), repeat=n):
                counts[sum(roll)] = counts.get(sum(roll), 0) + 1
            for t in range(n * s + 2):
                assert ways_to_total(n, s, t) == counts.get(t, 0), (n, s, t)


# -- a third route: literal ordered enumeration written here --------------------------------

CMP = {
    "eq": int.__eq__,
    "ne": int.__ne__,
    "ge": int.__ge__,
    "le": int.__le__,
    "gt": int.__gt__,
    "lt": int.__lt__,
}


def holds(ev: dict, roll: tuple[int, ...]) -> bool:
    if ev.get("op") == "or":
        return any(holds(a, roll) for a in ev["args"])
    if ev.get("op") == "and":
        return all(holds(a, roll) for a in ev["args"])
    t = ev["type"]
    if t == "sum":
        return CMP[ev["cmp"]](sum(roll), ev["value"])
    if t == "max":
        return CMP[ev["cmp"]](max(roll), ev["value"])
    if t == "min":
        return CMP[ev["cmp"]](min(roll), ev["value"])
    if t == "count":
        return CMP[ev["cmp"]](sum(f in ev["faces"] for f in roll), ev["value"])
    if t == "all_same":
        return len(set(roll)) == 1
    if t == "all_different":
        return len(set(roll)) == len(roll)
    raise AssertionError(t)


def brute(data: dict) -> F:
    n, s = data["experiment"]["count"], data["experiment"]["sides"]
    num = den = 0
    for roll in itertools.product(range(1, s + 1), repeat=n):
        if data["given"] is None or holds(data["given"], roll):
            den += 1
            num += holds(data["event"], roll)
    return F(num, den)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_generated_items_match_brute_force(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=31)
    for item in items:
        assert logicgen.verify(item).ok, item.code
        value = brute(item.data)
        key = F(item.answer.rstrip("%")) / (100 if item.answer.endswith("%") else 1)
        assert key == value, (item.code, item.answer, value)
        assert [c for c in item.choices if item.check(c)] == [item.answer]


def test_numeric_items_accept_equal_forms() -> None:
    for item in logicgen.generate(FAMILY, count=40, seed=8, format="numeric"):
        value = brute(item.data)
        assert item.choices == ()
        assert item.check(f"{value.numerator}/{value.denominator}")
        assert item.check(f"{float(value):.4f}")
        assert item.check(f"{float(value) * 100:.2f}%")
        assert not item.check(f"{value.numerator + 1}/{value.denominator}")
        assert not item.check("0")
        assert not item.check("not a number")
        assert solve(item.data, []) and F(solve(item.data, [])[0]) == value


def test_options_are_distinct_probabilities() -> None:
    for item in logicgen.generate(FAMILY, count=100, seed=2, n_options=8):
        values = [F(c.rstrip("%")) for c in item.choices]
        assert len(set(values)) == 8
        assert all(0 < v < (100 if c.endswith("%") else 1) for v, c in zip(values, item.choices))


def test_difficulty_changes_the_dice_and_the_score() -> None:
    def stats(d: str) -> tuple[float, float]:
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        space = sum(
            it.data["experiment"]["sides"] ** it.data["experiment"]["count"] for it in items
        ) / len(items)
        return sum(it.score for it in items) / len(items), space

    easy, medium, hard = stats("easy"), stats("medium"), stats("hard")
    assert easy[0] < medium[0] < hard[0]
    # Easy: one die, or two dice with 4, 6 or 8 sides (64 outcomes at most).
    assert easy[1] <= 64 and hard[1] > medium[1]
    hard_items = logicgen.generate(FAMILY, count=200, difficulty="hard", seed=4)
    assert any(it.data["given"] for it in hard_items)
    assert not any(
        it.data["given"] for it in logicgen.generate(FAMILY, count=200, difficulty="easy", seed=4)
    )


def test_parameters_override_the_dice() -> None:
    for item in logicgen.generate(FAMILY, count=30, seed=5, n_dice=3, sides=12):
        assert item.data["experiment"] == {"kind": "dice", "count": 3, "sides": 12}
        assert "12-sided" in item.prompt


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sides": 1}, "sides must be between 2 and 20 (got 1)"),
        ({"sides": 21}, "sides must be between 2 and 20 (got 21)"),
        ({"n_dice": 0}, "n_dice must be between 1 and 4 (got 0)"),
        ({"n_dice": 5}, "n_dice must be between 1 and 4 (got 5)"),
        ({"n_dice": "two"}, 'n_dice must be an integer (got "two")'),
        ({"n_dice": 1, "sides": 2}, "sides must be at least 3 for a single die (got 2)"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


def test_json_round_trip_and_data_is_plain() -> None:
    for item in logicgen.generate(FAMILY, count=20, difficulty="hard", seed=12):
        text = item.to_json()
        again = Item.from_dict(json.loads(text))
        assert again == item and logicgen.verify(again).ok
        assert json.loads(json.dumps(item.data)) == item.data


def test_explanation_shows_space_and_answer() -> None:
    for item in logicgen.generate(FAMILY, count=30, seed=3):
        if item.data["given"] is None:
            assert "Sample space" in item.explanation
        assert item.explanation.rstrip(".").endswith(item.answer) or item.answer in item.explanation


# -- solver-measured effort ----------------------------------------------------------------



def _dice(count: int, sides: int, event: dict, given: dict | None = None) -> dict:
    return {"experiment": {"kind": "dice", "count": count, "sides": sides}, "event": event,
            "given": given}


def test_effort_hand_worked() -> None:
    # one die shows a 3: one count (1) + 6 outcomes, one digit (0) = 1
    assert effort(_dice(1, 6, {"type": "sum", "cmp": "eq", "value": 3})) == 1.0
    # two d6, at least one six: complement {0 sixes} one product (1) + subtraction (1)
    # + second die (0.5) + 36 outcomes (two digits, 0) = 2.5
    assert effort(_dice(2, 6, {"type": "count", "faces": [6], "cmp": "ge", "value": 1})) == 2.5
    # three d20, exactly one 7: inner term 2 + two more dice 1 + not six-sided 0.5
    # + 8000 outcomes (four digits: 2 × 0.5 = 1) = 4.5
    assert effort(_dice(3, 20, {"type": "count", "faces": [7], "cmp": "eq", "value": 1})) == 4.5


def test_effort_rewards_a_condition_and_not_length() -> None:
    plain = _dice(2, 6, {"type": "all_same"})
    given = _dice(2, 6, {"type": "all_same"}, {"type": "sum", "cmp": "eq", "value": 8})
    assert effort(given) > effort(plain) + 1.5
    # listing more totals of one die costs at most 2 more steps however many there are
    few = _dice(1, 6, {"op": "or", "args": [{"type": "sum", "cmp": "eq", "value": v}
                                            for v in (2, 3)]})
    many = _dice(1, 20, {"op": "or", "args": [{"type": "sum", "cmp": "eq", "value": v}
                                              for v in range(2, 14)]})
    assert effort(few) == 1.5 and effort(many) <= effort(few) + 2.5


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    from logicgen.generators.probability import dice
    for level, (low, high) in dice.BANDS.items():
        items = logicgen.generate("probability.dice", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == round(effort(i.data), 3) for i in items)
