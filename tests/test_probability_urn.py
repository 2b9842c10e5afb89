"""probability.urn: classic answers by hand, ball-by-ball enumeration, bad parameters."""

from __future__ import annotations

import itertools
from fractions import Fraction as F
from math import perm

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.solve.exact import effort, probability

FAMILY = "probability.urn"


def urn(contents: dict[str, int], k: int, rep: bool, event: dict, given: dict | None = None) -> F:
    exp = {
        "kind": "urn",
        "contents": [{"colour": c, "count": n} for c, n in contents.items()],
        "draws": k,
        "replacement": rep,
    }
    return probability({"experiment": exp, "event": event, "given": given})


RB = {"red": 3, "blue": 5}


def red_at(i: int) -> dict:
    return {"type": "position", "index": i, "colour": "red"}


@pytest.mark.parametrize(
    ("contents", "k", "rep", "event", "given", "expected"),
    [
        (RB, 2, False, {"type": "all_same"}, None, F(13, 28)),  # (3·2 + 5·4)/(8·7)
        (RB, 2, True, {"type": "all_same"}, None, F(17, 32)),  # (9 + 25)/64
        (RB, 2, False, {"type": "count", "colour": "red", "cmp": "eq", "value": 2}, None, F(3, 28)),
        (
            RB,
            2,
            False,
            {"type": "count", "colour": "red", "cmp": "eq", "value": 1},
            None,
            F(15, 28),
        ),  # 2·3·5/56
        (RB, 2, True, {"type": "count", "colour": "red", "cmp": "eq", "value": 1}, None, F(15, 32)),
        (RB, 2, False, red_at(2), None, F(3, 8)),  # symmetry
        (RB, 2, False, red_at(1), red_at(2), F(2, 7)),  # (3·2/56) / (3/8)
        (
            RB,
            3,
            False,
            {"type": "count", "colour": "red", "cmp": "ge", "value": 1},
            None,
            F(23, 28),
        ),  # 1 - C(5,3)/C(8,3)
        (
            {"red": 2, "blue": 2, "green": 2},
            3,
            False,
            {"type": "all_different"},
            None,
            F(2, 5),
        ),  # 3!·8/(6·5·4)
        (
            RB,
            2,
            False,
            {"op": "and", "args": [red_at(1), {"type": "position", "index": 2, "colour": "blue"}]},
            None,
            F(15, 56),
        ),
    ],
)
def test_classic_answers(
    contents: dict, k: int, rep: bool, event: dict, given: dict | None, expected: F
) -> None:
    assert urn(contents, k, rep, event, given) == expected


# -- a third route: label every ball and list every draw ------------------------------------

CMP = {"eq": int.__eq__, "ge": int.__ge__, "le": int.__le__}


def holds(ev: dict, seq: tuple[str, ...]) -> bool:
    if ev.get("op") == "and":
        return all(holds(e, seq) for e in ev["args"])
    t = ev["type"]
    if t == "count":
        return CMP[ev["cmp"]](seq.count(ev["colour"]), ev["value"])
    if t == "position":
        return seq[ev["index"] - 1] == ev["colour"]
    if t == "all_same":
        return len(set(seq)) == 1
    if t == "all_different":
        return len(set(seq)) == len(seq)
    raise AssertionError(t)


def brute(data: dict) -> F:
    exp = data["experiment"]
    balls = [c["colour"] for c in exp["contents"] for _ in range(c["count"])]
    k = exp["draws"]
    draws = (
        itertools.product(balls, repeat=k)
        if exp["replacement"]
        else itertools.permutations(balls, k)
    )
    num = den = 0
    for seq in draws:
        if data["given"] is None or holds(data["given"], seq):
            den += 1
            num += holds(data["event"], seq)
    return F(num, den)


def key_value(answer: str) -> F:
    return F(answer.rstrip("%")) / (100 if answer.endswith("%") else 1)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_generated_items_match_ball_by_ball_enumeration(difficulty: str) -> None:
    checked = 0
    for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=41):
        assert logicgen.verify(item).ok, item.code
        exp = item.data["experiment"]
        total = sum(c["count"] for c in exp["contents"])
        if total ** exp["draws"] <= 60_000:
            assert key_value(item.answer) == brute(item.data), item.code
            checked += 1
    assert checked >= 40


def test_contents_and_drawing_are_in_the_prompt() -> None:
    for item in logicgen.generate(FAMILY, count=60, seed=3):
        exp = item.data["experiment"]
        for c in exp["contents"]:
            assert f"{c['colour']} ball" in item.prompt
        if exp["draws"] > 1:
            assert (
                "with replacement" if exp["replacement"] else "without replacement"
            ) in item.prompt


def test_same_colour_classic_offers_the_replacement_trap() -> None:
    items = logicgen.generate(FAMILY, count=400, difficulty="medium", seed=13, replacement=False)
    traps = 0
    for item in items:
        if item.data["question"] == "same":
            exp = item.data["experiment"]
            n = sum(c["count"] for c in exp["contents"])
            trap = sum(F(c["count"], n) ** exp["draws"] for c in exp["contents"])
            assert any(key_value(c) == trap for c in item.choices)
            traps += 1
    assert traps > 10


def test_numeric_items_accept_equal_forms() -> None:
    for item in logicgen.generate(FAMILY, count=40, seed=9, format="numeric"):
        value = key_value(item.answer)
        assert item.check(f"{value.numerator}/{value.denominator}")
        assert item.check(f"{float(value) * 100:.2f}%")
        assert not item.check("")


def test_difficulty_levels_differ() -> None:
    means = []
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        means.append(sum(i.score for i in items) / len(items))
        colours = {len(i.data["experiment"]["contents"]) for i in items}
        assert colours <= ({2} if d == "easy" else {2, 3} if d == "medium" else {3, 4})
    assert means[0] < means[1] < means[2]


def test_parameters_override() -> None:
    for item in logicgen.generate(
        FAMILY, count=30, seed=2, colours=4, balls=10, draws=3, replacement=False
    ):
        exp = item.data["experiment"]
        assert len(exp["contents"]) == 4 and sum(c["count"] for c in exp["contents"]) == 10
        assert exp["draws"] == 3 and exp["replacement"] is False


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"balls": 5, "draws": 6, "replacement": False}, "draws must be between 1 and 5 (got 6)"),
        ({"balls": 5, "draws": 5, "replacement": False, "colours": 2}, None),
        (
            {"balls": 4, "draws": 5, "replacement": False},
            "draws must be at most balls (4) when drawing without replacement (got 5)",
        ),
        ({"colours": 5}, "colours must be between 2 and 4 (got 5)"),
        (
            {"colours": 3, "balls": 2},
            ("balls must be at least colours (3) so that every colour is in the bag (got 2)"),
        ),
        ({"balls": 1}, "balls must be between 2 and 40 (got 1)"),
        ({"replacement": 1}, "replacement must be true or false (got 1)"),
    ],
)
def test_bad_parameters(params: dict, message: str | None) -> None:
    if message is None:
        items = logicgen.generate(FAMILY, count=5, seed=1, **params)
        assert all(logicgen.verify(i).ok for i in items)
        return
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


def test_without_replacement_never_draws_more_than_a_colour_has() -> None:
    for item in logicgen.generate(FAMILY, count=200, difficulty="hard", seed=5):
        exp = item.data["experiment"]
        total = sum(c["count"] for c in exp["contents"])
        assert exp["replacement"] or exp["draws"] <= total
        assert perm(total, exp["draws"]) > 0


# -- solver-measured effort ----------------------------------------------------------------



def _urn(counts: list[int], draws: int, replacement: bool, event: dict,
         given: dict | None = None) -> dict:
    colours = ["red", "blue", "green", "white"]
    return {"experiment": {"kind": "urn", "draws": draws, "replacement": replacement,
                           "contents": [{"colour": c, "count": n}
                                        for c, n in zip(colours, counts)]},
            "event": event, "given": given}


def test_effort_hand_worked() -> None:
    # one ball of 3 red + 5 blue, red: 1 + 8 balls (0) = 1
    assert effort(_urn([3, 5], 1, True, {"type": "count", "colour": "red", "cmp": "eq",
                                          "value": 1})) == 1.0
    # two balls without replacement, same colour of three: 1 + 2 more colours 1
    # + without replacement 1 + second ball 0.5 + 12·11 (three digits, 0.5) = 4
    assert effort(_urn([4, 5, 3], 2, False, {"type": "all_same"})) == 4.0
    # first black given second black, 2 of 10 balls: position 1 + given position 1
    # + condition 1.5 + without replacement 1 + second ball 0.5 + 90 (0) = 5
    assert effort(_urn([2, 8], 2, False, {"type": "position", "index": 1, "colour": "red"},
                       {"type": "position", "index": 2, "colour": "red"})) == 5.0


def test_effort_rewards_conditions_and_draws() -> None:
    first = {"type": "position", "index": 1, "colour": "red"}
    assert effort(_urn([2, 8], 2, False, first)) < effort(
        _urn([2, 8], 2, False, first, {"type": "position", "index": 2, "colour": "red"}))
    ev = {"type": "count", "colour": "red", "cmp": "eq", "value": 1}
    assert effort(_urn([3, 5], 2, True, ev)) < effort(_urn([3, 5], 3, False, ev))
