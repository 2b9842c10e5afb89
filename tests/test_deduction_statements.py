"""Tests for deduction.statements and its ordering solver."""

from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import Item, verify
from logicgen.data import FIRST_NAMES
from logicgen.errors import InvalidParams
from logicgen.generators.deduction import statements
from logicgen.item import TFU_CHOICES
from logicgen.solve import orderings

FAMILY = "deduction.statements"
TFU = list(TFU_CHOICES)


def data(people: int, premises: list, claim: list, ties: bool = False) -> dict:
    return {"question": "tfu", "people": people, "ties": ties, "premises": premises,
            "claim": claim}


@pytest.mark.parametrize(
    ("people", "premises", "claim", "expected"),
    [
        # Ana is older than Ben; Cy is younger than Ana; is Ben older than Cy? (0 Ana, 1 Ben, 2 Cy)
        (3, [[["more", 0, 1]], [["less", 2, 0]]], ["more", 1, 2], "Uncertain"),
        # Ana is taller than Ben, Ben taller than Cy: Ana taller than Cy / Cy taller than Ana.
        (3, [[["more", 0, 1]], [["more", 1, 2]]], ["more", 0, 2], "True"),
        (3, [[["more", 0, 1]], [["more", 1, 2]]], ["more", 2, 0], "False"),
        (3, [[["more", 0, 1]], [["more", 1, 2]]], ["least", 2], "True"),
        # Ben is shorter than Ana and Cy is shorter than Ana: Ana is the tallest.
        (3, [[["less", 1, 0]], [["less", 2, 0]]], ["most", 0], "True"),
        (3, [[["less", 1, 0]], [["less", 2, 0]]], ["most", 1], "False"),
        (3, [[["less", 1, 0]], [["less", 2, 0]]], ["least", 1], "Uncertain"),
        # Four people in two separate pairs: nothing links them.
        (4, [[["more", 0, 1]], [["more", 2, 3]]], ["more", 0, 3], "Uncertain"),
        # Ben is taller than Ana but shorter than Cy; Dee is shorter than Ana.
        (4, [[["more", 1, 0], ["less", 1, 2]], [["less", 3, 0]]], ["most", 2], "True"),
        (4, [[["more", 1, 0], ["less", 1, 2]], [["less", 3, 0]]], ["more", 3, 1], "False"),
    ],
)
def test_hand_made_items(people, premises, claim, expected) -> None:
    assert orderings.solve(data(people, premises, claim), TFU) == [expected]


def test_ties_allowed_change_the_verdict() -> None:
    # With ties, "A > B" and "A > C" do not make B and C different.
    d = data(3, [[["more", 0, 1]], [["more", 0, 2]]], ["more", 1, 2], ties=True)
    assert orderings.solve(d, TFU) == ["Uncertain"]
    d = data(3, [[["more", 0, 1]], [["more", 1, 2]]], ["most", 0], ties=True)
    assert orderings.solve(d, TFU) == ["True"]


def test_contradictory_premises_are_refused() -> None:
    d = data(3, [[["more", 0, 1]], [["more", 1, 0]]], ["more", 0, 2])
    with pytest.raises(ValueError, match="contradict"):
        orderings.judge(d, d["claim"])


def _brute(n: int, rels: list, claim: list) -> str:
    """Place people on seats 0 (top) .. n-1 and test every arrangement."""
    outcomes = set()
    for seats in itertools.permutations(range(n)):
        top = dict(zip(range(n), seats))

        def above(a: int, b: int, top: dict = top) -> bool:
            return top[a] < top[b]

        ok = all(above(a, b) if op == "more" else above(b, a) for op, a, b in rels)
        if not ok:
            continue
        if claim[0] == "more":
            outcomes.add(above(claim[1], claim[2]))
        elif claim[0] == "less":
            outcomes.add(above(claim[2], claim[1]))
        elif claim[0] == "most":
            outcomes.add(top[claim[1]] == 0)
        else:
            outcomes.add(top[claim[1]] == n - 1)
    if not outcomes:
        return "none"
    if outcomes == {True}:
        return "True"
    return "False" if outcomes == {False} else "Uncertain"


relation = st.tuples(st.sampled_from(["more", "less"]), st.integers(0, 3), st.integers(0, 3))


@given(
    rels=st.lists(relation.filter(lambda r: r[1] != r[2]), min_size=1, max_size=4),
    claim=st.one_of(
        relation.filter(lambda r: r[1] != r[2]),
        st.tuples(st.sampled_from(["most", "least"]), st.integers(0, 3)),
    ),
)
def test_solver_and_closure_agree_with_brute_force(rels, claim) -> None:
    expected = _brute(4, rels, list(claim))
    d = data(4, [[list(r)] for r in rels], list(claim))
    above = statements._above([tuple(r) for r in rels], 4)
    if expected == "none":
        assert above is None
        with pytest.raises(ValueError):
            orderings.judge(d, d["claim"])
        return
    assert orderings.judge(d, d["claim"]) == expected
    assert above is not None and statements.closure_verdict(above, tuple(claim)) == expected


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_verify(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=17)
    for item in items:
        assert verify(item).ok, (item.code, verify(item).problems)
        names = item.data["names"]
        assert len(set(names)) == len(names) == item.data["people"]
        assert all(name in FIRST_NAMES and name in item.prompt for name in names)
    again = Item.from_dict(json.loads(items[3].to_json()))
    assert again == items[3] and verify(again).ok


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_keys_are_balanced(difficulty: str) -> None:
    counts = Counter(i.answer for i in logicgen.generate(FAMILY, count=300,
                                                         difficulty=difficulty, seed=6))
    assert set(counts) == set(TFU_CHOICES)
    assert min(counts.values()) >= 75, counts


def test_difficulty_levels_differ() -> None:
    stats = {}
    for difficulty in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=150, difficulty=difficulty, seed=21)
        stats[difficulty] = (
            sum(i.score for i in items) / len(items),
            sum(i.data["people"] for i in items) / len(items),
        )
        if difficulty == "easy":
            for i in items:
                ops = {r[0] for p in i.data["premises"] for r in p} | {i.data["claim"][0]}
                assert len(ops) == 1  # one direction of wording throughout
        if difficulty == "hard":
            assert all(i.data["people"] == 4 for i in items)
            assert all(any(f != "pair" for f in i.data["premise_forms"]) for i in items)
    assert stats["easy"][0] < stats["medium"][0] < stats["hard"][0], stats
    assert stats["easy"][1] == 3 and stats["hard"][1] == 4


def test_explanation_lists_orders_and_verdict() -> None:
    for item in logicgen.generate(FAMILY, count=60, difficulty="medium", seed=2):
        text = item.explanation
        assert "first)" in text
        assert text.rstrip().endswith(f"{item.answer}."), text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"format": "choice"}, "format must be one of"),
        ({"people": 5}, "has no parameter"),
        ({"difficulty": "extreme"}, "difficulty must be one of"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


def _scale(people, premises, claim):
    return {"people": people, "ties": False, "premises": premises, "claim": claim}


def test_effort_worked_by_hand() -> None:
    # "0 older than 1. 2 younger than 0. Is 1 older than 2?" Two comparisons (0.5);
    # the direction switches more -> less -> more twice (2); no chain joins 1 and 2
    # (Uncertain: +1); two orderings (0.5 x log2 2 = 0.5) -> 4.0
    data = _scale(3, [[["more", 0, 1]], [["less", 2, 0]]], ["more", 1, 2])
    assert orderings.effort(data) == pytest.approx(4.0)
    # Four people: "0 above both 1 and 2", "3 above 0"; "3 is the highest?": three
    # comparisons (0.75), a fourth person (0.5), chains from 3 to 0, 1, 2 of 1, 2, 2
    # links (1.25), two orderings (0.5), True -> 3.0
    data = _scale(4, [[["more", 0, 1], ["more", 0, 2]], [["more", 3, 0]]], ["most", 3])
    assert orderings.effort(data) == pytest.approx(3.0)


def test_effort_rewards_switches_and_open_orderings_not_length() -> None:
    same_way = _scale(3, [[["more", 0, 1]], [["more", 1, 2]]], ["more", 0, 2])
    switched = _scale(3, [[["more", 0, 1]], [["less", 2, 1]]], ["more", 0, 2])
    assert orderings.judge(same_way, same_way["claim"]) == orderings.judge(switched, switched["claim"])
    assert orderings.effort(switched) == orderings.effort(same_way) + 2.0
    uncertain = _scale(3, [[["more", 0, 1]], [["more", 0, 2]]], ["more", 1, 2])
    assert orderings.effort(uncertain) > orderings.effort(same_way)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    lo, hi = statements.BANDS[difficulty]
    for item in logicgen.generate("deduction.statements", count=20, difficulty=difficulty,
                                  seed=5):
        assert item.score == round(orderings.effort(item.data), 3)
        assert lo <= item.score <= hi


def test_remembered_counts_are_not_reused_for_other_kinds_of_number() -> None:
    # The solver remembers its counts by premises and claim; a claim naming people by
    # 0.0 and 1.0 is equal to one naming them 0 and 1, but cannot index an ordering,
    # so it must still be refused after the whole-number claim has been counted.
    data = {"people": 3, "ties": False, "premises": [[["more", 0, 1]], [["more", 1, 2]]],
            "claim": ["more", 0, 2]}
    assert orderings.judge(data, data["claim"]) == "True"
    assert orderings.effort(data) == 1.0
    odd = dict(data, claim=["more", 0.0, 2])
    with pytest.raises(TypeError):
        orderings.judge(odd, odd["claim"])
    with pytest.raises(TypeError):
        orderings.effort(odd)
