"""probability.coins: classic answers by hand, run counts, brute-force sequences, bad parameters."""

from __future__ import annotations

import itertools
from fractions import Fraction as F

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.generators.probability.coins import run_free
from logicgen.solve.exact import effort, probability

FAMILY = "probability.coins"


def coins(n: int, p: str, event: dict, given: dict | None = None) -> F:
    return probability(
        {"experiment": {"kind": "coins", "count": n, "p_heads": p}, "event": event, "given": given}
    )


def heads(cmp: str, k: int) -> dict:
    return {"type": "count", "face": "H", "cmp": cmp, "value": k}


@pytest.mark.parametrize(
    ("n", "p", "event", "given", "expected"),
    [
        (4, "1/2", heads("ge", 2), None, F(11, 16)),  # 1 - (1 + 4)/16
        (4, "1/2", heads("eq", 2), None, F(3, 8)),  # C(4,2)/16
        (3, "1/2", heads("ge", 1), None, F(7, 8)),  # 1 - 1/8
        (3, "2/3", heads("eq", 2), None, F(4, 9)),  # 3 · 4/9 · 1/3
        (5, "1/3", heads("eq", 0), None, F(32, 243)),  # (2/3)^5
        (3, "1/2", {"type": "first", "face": "H", "at": 3}, None, F(1, 8)),  # TTH
        (4, "1/4", {"type": "first", "face": "H", "at": 4}, None, F(27, 256)),  # (3/4)^3 · 1/4
        (3, "1/2", {"type": "sequence", "pattern": "HTH"}, None, F(1, 8)),
        (4, "1/2", {"type": "run", "face": "H", "length": 2}, None, F(1, 2)),  # 8 of 16 lack HH
        (10, "1/2", {"type": "run", "face": "H", "length": 3}, None, F(65, 128)),
        (3, "1/2", heads("ge", 2), heads("ge", 1), F(4, 7)),  # 4 of the 7 sequences with a head
        (2, "1/2", heads("eq", 2), heads("ge", 1), F(1, 3)),
    ],
)
def test_classic_answers(n: int, p: str, event: dict, given: dict | None, expected: F) -> None:
    assert coins(n, p, event, given) == expected


def test_run_free_counts_match_brute_force() -> None:
    for n in range(12):
        for length in range(1, 5):
            count = sum(
                1 for seq in itertools.product("HT", repeat=n) if "H" * length not in "".join(seq)
            )
            assert run_free(n, length) == count, (n, length)


CMP = {"eq": int.__eq__, "ne": int.__ne__, "ge": int.__ge__, "le": int.__le__}


def holds(ev: dict, seq: str) -> bool:
    t = ev["type"]
    if t == "count":
        return CMP[ev["cmp"]](seq.count(ev["face"]), ev["value"])
    if t == "first":
        return seq.find(ev["face"]) == ev["at"] - 1
    if t == "run":
        return ev["face"] * ev["length"] in seq
    if t == "sequence":
        return seq == ev["pattern"]
    raise AssertionError(t)


def brute(data: dict) -> F:
    n = data["experiment"]["count"]
    p = F(data["experiment"]["p_heads"])
    num = den = F(0)
    for seq in map("".join, itertools.product("HT", repeat=n)):
        w = p ** seq.count("H") * (1 - p) ** seq.count("T")
        if data["given"] is None or holds(data["given"], seq):
            den += w
            if holds(data["event"], seq):
                num += w
    return num / den


def key_value(answer: str) -> F:
    return F(answer.rstrip("%")) / (100 if answer.endswith("%") else 1)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_generated_items_match_brute_force(difficulty: str) -> None:
    for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=17):
        assert logicgen.verify(item).ok, item.code
        assert key_value(item.answer) == brute(item.data), item.code
        assert [c for c in item.choices if item.check(c)] == [item.answer]


def test_decimal_and_percent_forms_are_exact_and_consistent() -> None:
    items = logicgen.generate(FAMILY, count=300, difficulty="easy", seed=6)
    forms = {item.data["form"] for item in items}
    assert forms == {"fraction", "decimal", "percent"}
    for item in items:
        if item.data["form"] == "percent":
            assert all(c.endswith("%") for c in item.choices)
            assert "percentage" in item.prompt
        elif item.data["form"] == "decimal":
            assert all("." in c and "/" not in c for c in item.choices)
        else:
            assert all("/" in c for c in item.choices)


def test_numeric_items_accept_equal_forms() -> None:
    for item in logicgen.generate(FAMILY, count=40, seed=9, format="numeric"):
        value = brute(item.data)
        assert item.check(f"{value.numerator}/{value.denominator}")
        assert item.check(f"{float(value):.4f}")
        assert item.check(f"{float(value) * 100:.2f}%")
        assert not item.check("0")
        assert not item.check("1/0")


def test_biased_coins_are_stated_and_used() -> None:
    items = logicgen.generate(FAMILY, count=100, difficulty="hard", seed=2)
    biased = [it for it in items if it.data["experiment"]["p_heads"] != "1/2"]
    assert biased
    for it in biased:
        p = F(it.data["experiment"]["p_heads"])
        story = it.data["story"]
        if story == "coin":
            assert f"heads with probability {p}" in it.prompt
        elif story == "multiple":  # one right option in m: 1/m
            assert f"{p.denominator} options" in it.prompt and p.numerator == 1
        elif story == "rain":
            assert f"{p * 100}% chance of rain" in it.prompt
        else:
            assert f"probability {p}" in it.prompt
    assert {it.data["story"] for it in biased} > {"coin"}
    fair = [it for it in items if it.data["experiment"]["p_heads"] == "1/2"]
    assert all("fair coin" in it.prompt for it in fair if it.data["story"] == "coin")


def test_stories_ask_about_either_outcome() -> None:
    """A story's counted outcome is "heads" in data; asking about the other one swaps H and T."""
    items = logicgen.generate(FAMILY, count=300, difficulty="easy", seed=5)
    flipped = [it for it in items if it.data["other"]]
    assert flipped and len(flipped) < len(items)
    for it in items:
        if it.data["story"] == "children" and it.data["question"] == "exactly":
            boys = "are boys" in it.prompt or "is a boy" in it.prompt
            assert it.data["event"]["face"] == ("H" if boys else "T"), it.prompt
    # Hand-checked: "exactly one of the 3 children is a girl" = C(3,1)/8 = 3/8.
    event = {"type": "count", "face": "T", "cmp": "eq", "value": 1}
    assert coins(3, "1/2", event) == F(3, 8)


def test_parameters_override() -> None:
    for item in logicgen.generate(FAMILY, count=20, seed=3, n_tosses=7, p_heads="3/5"):
        assert item.data["experiment"]["p_heads"] == "3/5"
    for item in logicgen.generate(FAMILY, count=20, seed=3, p_heads=0.3):
        assert item.data["experiment"]["p_heads"] == "3/10"


def test_difficulty_levels_differ() -> None:
    means = []
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        means.append(sum(i.score for i in items) / len(items))
        tosses = max(i.data["experiment"]["count"] for i in items)
        if d == "easy":
            assert tosses <= 6
    assert means[0] < means[1] < means[2]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"p_heads": 1.5}, "p_heads must be a probability strictly between 0 and 1 (got 1.5)"),
        ({"p_heads": "4/3"}, 'p_heads must be a probability strictly between 0 and 1 (got "4/3")'),
        ({"p_heads": 0}, "p_heads must be a probability strictly between 0 and 1 (got 0)"),
        ({"p_heads": "heads"}, 'p_heads must be a probability such as 0.5 or "2/3" (got "heads")'),
        (
            {"p_heads": "1/1000"},
            'p_heads must be a fraction with a denominator of at most 100 (got "1/1000")',
        ),
        ({"n_tosses": 0}, "n_tosses must be between 1 and 12 (got 0)"),
        ({"n_tosses": 13}, "n_tosses must be between 1 and 12 (got 13)"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


def test_item_codes_with_a_bias_regenerate() -> None:
    item = logicgen.generate(FAMILY, count=1, seed=3, p_heads="2/3")[0]
    assert logicgen.from_code(item.code) == item


# -- solver-measured effort ----------------------------------------------------------------



def _coins(count: int, event: dict, given: dict | None = None, p: str = "1/2") -> dict:
    return {"experiment": {"kind": "coins", "count": count, "p_heads": p}, "event": event,
            "given": given}


def test_effort_hand_worked() -> None:
    # HTH in three tosses: one product (1) + 8 outcomes (0) = 1
    assert effort(_coins(3, {"type": "sequence", "pattern": "HTH"})) == 1.0
    # at least 2 heads in 5: complement {0, 1}: 1 + 2 + subtraction 1 = 4; 32 outcomes: 4
    assert effort(_coins(5, {"type": "count", "face": "H", "cmp": "ge", "value": 2})) == 4.0
    # exactly 2 heads in 4 tosses of a 2/5 coin: inner term 2 + biased 0.5
    # + 625 outcomes (three digits, 0.5) = 3
    assert effort(_coins(4, {"type": "count", "face": "H", "cmp": "eq", "value": 2},
                         p="2/5")) == 3.0


def test_effort_orders_terms_and_conditions() -> None:
    one_term = _coins(6, {"type": "count", "face": "H", "cmp": "eq", "value": 0})
    many = _coins(6, {"type": "count", "face": "H", "cmp": "ge", "value": 3})
    cond = _coins(6, {"type": "count", "face": "H", "cmp": "ge", "value": 3},
                  {"type": "count", "face": "H", "cmp": "ge", "value": 1})
    assert effort(one_term) < effort(many) < effort(cond)
    # a longer pattern is no harder: one product either way
    assert effort(_coins(8, {"type": "sequence", "pattern": "HTHHTTHT"})) <= 1.5
