"""probability.cards: classic answers by hand, literal card-by-card enumeration, bad parameters."""

from __future__ import annotations

import itertools
from fractions import Fraction as F
from math import comb

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numeric_options import offered

import logicgen
from logicgen import InvalidParams
from logicgen.solve.exact import effort, probability

FAMILY = "probability.cards"
ACE = {"rank": "A"}
KING = {"rank": "K"}
HEART = {"suit": "hearts"}


def cards(k: int, replacement: bool, event: dict) -> F:
    return probability(
        {
            "experiment": {"kind": "cards", "draws": k, "replacement": replacement},
            "event": event,
            "given": None,
        }
    )


def count(prop: dict, cmp: str, k: int) -> dict:
    return {"type": "count", "property": prop, "cmp": cmp, "value": k}


def at(i: int, prop: dict) -> dict:
    return {"type": "position", "index": i, "property": prop}


@pytest.mark.parametrize(
    ("k", "rep", "event", "expected"),
    [
        (2, False, count(ACE, "eq", 2), F(1, 221)),  # 4/52 · 3/51
        (2, True, count(ACE, "eq", 2), F(1, 169)),  # (1/13)^2
        (1, False, count({"any": [HEART, KING]}, "eq", 1), F(4, 13)),  # (13 + 4 - 1)/52
        (1, False, count({"face": True}, "eq", 1), F(3, 13)),
        (2, False, {"op": "and", "args": [at(1, ACE), at(2, KING)]}, F(4, 663)),  # 4/52 · 4/51
        (2, False, {"op": "and", "args": [at(1, HEART), at(2, HEART)]}, F(1, 17)),
        (3, False, count(HEART, "ge", 1), F(997, 1700)),  # 1 - C(39,3)/C(52,3)
        (5, False, {"type": "all_same", "attribute": "suit"}, F(33, 16660)),  # 4·C(13,5)/C(52,5)
        (5, False, {"type": "all_same", "attribute": "colour"}, F(253, 4998)),
        (5, False, count(ACE, "eq", 2), F(2162, 54145)),  # 6·C(48,3)/C(52,5)
        (5, False, count(ACE, "ge", 1), F(18472, 54145)),  # 1 - C(48,5)/C(52,5)
        (5, False, count({"face": True}, "eq", 0), F(2109, 8330)),  # C(40,5)/C(52,5)
        (3, True, count({"colour": "red"}, "eq", 3), F(1, 8)),
        # Not a face card: 40 of 52; a red face card: 6 of 52; a number card (2–10): 36 of 52.
        (1, False, {"op": "not", "arg": count({"face": True}, "eq", 1)}, F(10, 13)),
        (1, False, count({"all": [{"colour": "red"}, {"face": True}]}, "eq", 1), F(3, 26)),
        (1, False, count({"any": [{"rank": str(r)} for r in range(2, 11)]}, "eq", 1), F(9, 13)),
    ],
)
def test_classic_answers(k: int, rep: bool, event: dict, expected: F) -> None:
    assert cards(k, rep, event) == expected


# -- a third route: every card, one by one --------------------------------------------------

RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
SUITS = ["hearts", "diamonds", "clubs", "spades"]
DECK = [(r, s) for s in SUITS for r in RANKS]


def has(card: tuple[str, str], prop: dict) -> bool:
    if "any" in prop:
        return any(has(card, p) for p in prop["any"])
    if "all" in prop:
        return all(has(card, p) for p in prop["all"])
    r, s = card
    colour = "red" if s in ("hearts", "diamonds") else "black"
    return all(
        {
            "suit": s == prop.get("suit"),
            "rank": r == prop.get("rank"),
            "colour": colour == prop.get("colour"),
            "face": (r in "JQK") == prop.get("face"),
        }[key]
        for key in prop
    )


CMP = {"eq": int.__eq__, "ge": int.__ge__, "le": int.__le__}


def holds(ev: dict, hand: tuple) -> bool:
    if ev.get("op") == "not":
        return not holds(ev["arg"], hand)
    if ev.get("op") == "and":
        return all(holds(e, hand) for e in ev["args"])
    t = ev["type"]
    if t == "count":
        return CMP[ev["cmp"]](sum(has(c, ev["property"]) for c in hand), ev["value"])
    if t == "position":
        return has(hand[ev["index"] - 1], ev["property"])
    if t == "all_same":
        idx = {"rank": 0, "suit": 1}.get(ev["attribute"])
        if idx is None:
            return len({c[1] in ("hearts", "diamonds") for c in hand}) == 1
        return len({c[idx] for c in hand}) == 1
    raise AssertionError(t)


def brute(data: dict) -> F:
    k, rep = data["experiment"]["draws"], data["experiment"]["replacement"]
    draws = itertools.product(DECK, repeat=k) if rep else itertools.permutations(DECK, k)
    num = den = 0
    for hand in draws:
        den += 1
        num += holds(data["event"], hand)
    return F(num, den)


def key_value(answer: str) -> F:
    return F(answer.rstrip("%")) / (100 if answer.endswith("%") else 1)


@pytest.mark.parametrize("difficulty", ["easy", "medium"])
def test_generated_items_match_card_by_card_enumeration(difficulty: str) -> None:
    checked = 0
    for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=23):
        assert logicgen.verify(item).ok, item.code
        if item.data["experiment"]["draws"] <= 2:
            assert key_value(item.answer) == brute(item.data), item.code
            checked += 1
    assert checked >= 60


PROPS = st.recursive(
    st.sampled_from([HEART, ACE, KING, {"suit": "spades"}, {"colour": "red"},
                     {"colour": "black"}, {"face": True}, {"face": False}, {"rank": "10"}]),
    lambda inner: st.builds(lambda key, ps: {key: ps}, st.sampled_from(["any", "all"]),
                            st.lists(inner, min_size=1, max_size=3)),
    max_leaves=4,
)
ATOMS = st.one_of(
    st.builds(count, PROPS, st.sampled_from(["eq", "ge", "le"]), st.integers(0, 2)),
    st.builds(at, st.integers(1, 2), PROPS),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(ATOMS, min_size=1, max_size=3), st.booleans(), st.booleans())
def test_property_tables_match_card_by_card_enumeration(
    atoms: list[dict], rep: bool, negate: bool
) -> None:
    # Events over several properties (some repeated, some asked in earlier examples,
    # whose deck tables the solver keeps) against every ordered pair of cards.
    event = atoms[0] if len(atoms) == 1 else {"op": "and", "args": atoms}
    if negate:
        event = {"op": "not", "arg": event}
    data = {"experiment": {"kind": "cards", "draws": 2, "replacement": rep},
            "event": event, "given": None}
    assert probability(data) == brute(data)


def test_class_reduction_matches_every_four_card_hand() -> None:
    # 270,725 hands, counted directly, against the solver's classes.
    event = count({"any": [HEART, ACE]}, "eq", 2)
    hits = sum(1 for hand in itertools.combinations(DECK, 4) if holds(event, hand))
    assert cards(4, False, event) == F(hits, comb(52, 4))


def test_hard_items_verify_and_use_hands() -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty="hard", seed=23)
    assert all(logicgen.verify(it).ok for it in items)
    # Hands of 4 or 5; "all the same suit / colour / kind" may also be about 3 cards.
    short = ("same_suit", "same_colour", "both")
    assert all(it.data["experiment"]["draws"] >= (3 if it.data["question"] in short else 4)
               for it in items)
    kinds = {it.data["question"] for it in items}
    assert {"exactly", "same_suit", "at_least_one"} <= kinds


def test_replacement_is_stated() -> None:
    for item in logicgen.generate(FAMILY, count=100, seed=5):
        if item.data["experiment"]["draws"] > 1:
            word = (
                "with replacement"
                if item.data["experiment"]["replacement"]
                else "without replacement"
            )
            assert word in item.prompt


def test_with_and_without_replacement_distractor_appears() -> None:
    # "Both aces" without replacement should offer the with-replacement value as a trap.
    found = 0
    for item in logicgen.generate(
        FAMILY, count=200, difficulty="medium", seed=8, replacement=False, draws=2
    ):
        if item.data["question"] == "both":
            prop_count = sum(has(c, item.data["event"]["property"]) for c in DECK)
            trap = F(prop_count, 52) ** 2
            if trap != key_value(item.answer):
                assert offered(item, trap), item.choices
                found += 1
    assert found > 5


def test_numeric_items_accept_equal_forms() -> None:
    for item in logicgen.generate(FAMILY, count=40, seed=9, format="numeric"):
        value = key_value(item.answer)
        assert item.check(f"{value.numerator}/{value.denominator}")
        assert item.check(f"{float(value):.5f}")
        assert not item.check("zero")


def test_difficulty_levels_differ() -> None:
    means = []
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[1] < means[2]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"draws": 6}, "draws must be between 1 and 5 (got 6)"),
        ({"draws": 0}, "draws must be between 1 and 5 (got 0)"),
        ({"replacement": "yes"}, 'replacement must be true or false (got "yes")'),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5])
def test_every_hand_size_generates(k: int) -> None:
    for rep in (False, True):
        for item in logicgen.generate(FAMILY, count=20, seed=k, draws=k, replacement=rep):
            assert item.data["experiment"]["draws"] == k
            assert logicgen.verify(item).ok


def test_deck_is_described_once_in_one_short_line():
    for item in logicgen.generate("probability.cards", 200, "medium", seed=4):
        assert item.prompt.count("52 cards") == 1, item.prompt
        note = item.prompt[item.prompt.index("(52 cards"):]
        note = note[: note.index(")") + 1]
        assert len(note) <= 110 and "\n" not in note, note


# -- solver-measured effort ----------------------------------------------------------------



def _cards(draws: int, replacement: bool, event: dict) -> dict:
    return {"experiment": {"kind": "cards", "draws": draws, "replacement": replacement},
            "event": event, "given": None}


def test_effort_hand_worked() -> None:
    ace = {"rank": "A"}
    # one card, an ace: 1 + 52 (two digits, 0) = 1
    assert effort(_cards(1, True, {"type": "count", "property": ace, "cmp": "eq",
                                   "value": 1})) == 1.0
    # one card, a heart or a king: 1 + overlap 1 = 2
    assert effort(_cards(1, True, {"type": "count", "property": {"any": [{"suit": "hearts"},
                                   {"rank": "K"}]}, "cmp": "eq", "value": 1})) == 2.0
    # five cards, at least one ace, without replacement: complement (1 + 1) + without
    # replacement 1 + four more cards 2 + 52·51·50·49·48 (nine digits, capped 1.5) = 6.5
    assert effort(_cards(5, False, {"type": "count", "property": ace, "cmp": "ge",
                                    "value": 1})) == 6.5


def test_effort_without_replacement_and_suits_cost_more() -> None:
    same = {"type": "all_same", "attribute": "suit"}
    colour = {"type": "all_same", "attribute": "colour"}
    assert effort(_cards(2, True, same)) < effort(_cards(2, False, same))
    assert effort(_cards(3, False, colour)) < effort(_cards(3, False, same))
