"""deduction.ordering: hand-solved puzzles, uniqueness, minimality, bad parameters."""

from __future__ import annotations

import copy
import itertools
import json
from collections import Counter
from typing import Any

import numpy as np
import pytest

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.kit import settle
from logicgen.registry import get
from logicgen.solve.permutations import ordering_solutions, solve_ordering

FAMILY = "deduction.ordering"


def _holds(clue: dict[str, Any], place: list[int]) -> bool:
    """A second reading of the clue kinds, written for the tests (places are 1-based)."""
    kind = clue["type"]
    a = place[clue["a"]]
    if kind == "position":
        return a == clue["pos"]
    if kind == "not_position":
        return a != clue["pos"]
    b = place[clue["b"]]
    if kind == "before":
        return a < b
    if kind == "immediately_before":
        return b == a + 1
    if kind == "adjacent":
        return abs(a - b) == 1
    if kind == "not_adjacent":
        return abs(a - b) > 1
    if kind == "gap":
        return abs(a - b) == clue["gap"] + 1
    assert kind == "between"
    return sorted((a, b, place[clue["c"]]))[1] == b


def _orders(data: dict[str, Any]) -> list[list[int]]:
    """Every line-up (entities first to last) meeting the clues, by brute force."""
    found = []
    n = data["n"]
    for line in itertools.permutations(range(n)):
        place = [0] * n
        for i, e in enumerate(line):
            place[e] = i + 1
        if all(_holds(c, place) for c in data["clues"]):
            found.append(list(line))
    return found


# -- known answers, solved by hand ---------------------------------------------------------


def _five_runners() -> dict[str, Any]:
    # A B C D E = 0..4. E finished 3rd; A immediately ahead of E (so A is 2nd);
    # B behind E and not last (so B is 4th); D ahead of C (D 1st, C 5th).
    # By hand: D, A, E, B, C.
    return {
        "n": 5,
        "names": ["Ann", "Ben", "Cal", "Dot", "Eve"],
        "clues": [
            {"type": "position", "a": 4, "pos": 3},
            {"type": "immediately_before", "a": 0, "b": 4},
            {"type": "before", "a": 4, "b": 1},
            {"type": "not_position", "a": 1, "pos": 5},
            {"type": "before", "a": 3, "b": 2},
        ],
        "question": {"kind": "position", "pos": 4},
        "options": [
            {"text": name, "claim": {"kind": "at", "a": i, "pos": 4}}
            for i, name in enumerate(["Ann", "Ben", "Cal", "Dot", "Eve"])
        ],
    }


def test_hand_solved_race() -> None:
    data = _five_runners()
    assert ordering_solutions(data) == [(2, 4, 5, 1, 3)]  # places of A, B, C, D, E
    assert solve_ordering(data, ["Ann", "Ben", "Cal", "Dot", "Eve"]) == ["Ben"]


def test_hand_solved_between_and_immediately() -> None:
    # A B C D = 0..3. B somewhere between A and C; D immediately before A; C not last.
    # The DA block cannot be first (then C would be last or B not between) nor in
    # the middle (B would be at an end); so C, B, D, A.
    data: dict[str, Any] = {
        "n": 4,
        "names": ["A", "B", "C", "D"],
        "clues": [
            {"type": "between", "a": 0, "b": 1, "c": 2},
            {"type": "immediately_before", "a": 3, "b": 0},
            {"type": "not_position", "a": 2, "pos": 4},
        ],
        "question": {"kind": "must"},
        "options": [
            {"text": "C is first.", "claim": {"kind": "at", "a": 2, "pos": 1}},
            {"text": "D is first.", "claim": {"kind": "at", "a": 3, "pos": 1}},
            {"text": "B is ahead of C.", "claim": {"kind": "before", "a": 1, "b": 2}},
        ],
    }
    assert _orders(data) == [[2, 1, 3, 0]]
    assert solve_ordering(data, [o["text"] for o in data["options"]]) == ["C is first."]


def test_gap_clue_counts_the_entities_in_between() -> None:
    # "Exactly two between A and B" in a line of four: A and B are at the two ends.
    data = {"n": 4, "clues": [{"type": "gap", "a": 0, "b": 1, "gap": 2},
                              {"type": "before", "a": 0, "b": 1},
                              {"type": "before", "a": 2, "b": 3}]}
    assert ordering_solutions(data) == [(1, 4, 2, 3)]


def test_solver_refuses_an_ambiguous_puzzle() -> None:
    data = _five_runners()
    data["clues"].pop()  # without "D ahead of C", C and D can swap
    assert len(ordering_solutions(data)) == 2
    assert solve_ordering(data, ["Ann", "Ben", "Cal", "Dot", "Eve"]) == []


def test_solver_refuses_options_that_name_the_wrong_entity() -> None:
    data = _five_runners()
    data["options"][1]["text"] = "Somebody"
    assert solve_ordering(data, ["Ann", "Somebody", "Cal", "Dot", "Eve"]) == []


# -- generated items ----------------------------------------------------------------------


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_generate_and_verify(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=31)
    for item in items:
        assert verify(item).ok
        data = item.data
        orders = _orders(data)
        assert orders == [data["solution"]], item.code  # unique, and the stored one
        assert len(set(item.choices)) == len(item.choices)
        again = Item.from_dict(json.loads(item.to_json()))
        assert verify(again).ok
        # Every clue's wording names the entities it is about.
        for clue in data["clues"]:
            for key in ("a", "b", "c"):
                if key in clue:
                    assert data["names"][clue[key]] in clue["text"]


def test_hard_puzzles_have_no_redundant_clue() -> None:
    for item in logicgen.generate(FAMILY, count=40, difficulty="hard", seed=8):
        clues = item.data["clues"]
        for i in range(len(clues)):
            fewer = dict(item.data, clues=clues[:i] + clues[i + 1:])
            assert len(ordering_solutions(fewer)) > 1, (item.code, i)


def test_difficulty_levels_differ() -> None:
    stats = {}
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=80, difficulty=d, seed=4)
        stats[d] = (
            sum(i.data["n"] for i in items) / len(items),
            sum(i.score for i in items) / len(items),
            Counter(c["type"] for i in items for c in i.data["clues"]),
        )
    assert stats["easy"][0] < stats["medium"][0] < stats["hard"][0]
    assert stats["easy"][1] < stats["medium"][1] < stats["hard"][1]
    # Easy puzzles use only the direct clue kinds.
    assert set(stats["easy"][2]) <= {"before", "immediately_before", "position",
                                     "not_position", "adjacent"}
    assert stats["hard"][2]["between"] > 0


def test_position_distractors_include_near_misses() -> None:
    """The key's neighbours in the order (off by one) turn up among the options."""
    near = total = 0
    for item in logicgen.generate(FAMILY, count=100, seed=12, question="position"):
        order, k = item.data["solution"], item.data["question"]["pos"]
        neighbours = {item.data["names"][order[j]] for j in (k - 2, k) if 0 <= j < len(order)}
        names = {o["text"].removeprefix("The ").lower() for o in item.data["options"]}
        near += bool({x.lower() for x in neighbours} & names)
        total += 1
    assert near / total > 0.8


@pytest.mark.parametrize("question", ["position", "must", "could"])
@pytest.mark.parametrize("n_options", [3, 5, 8])
def test_question_kinds_and_option_counts(question: str, n_options: int) -> None:
    for item in logicgen.generate(FAMILY, count=15, seed=2, question=question,
                                  n_options=n_options):
        assert verify(item).ok
        assert len(item.choices) == n_options
        if question != "position":
            assert item.data["question"]["kind"] == question
        assert item.prompt.rstrip().endswith("?")


def test_n_entities_sets_the_size() -> None:
    for n in (4, 7):
        items = logicgen.generate(FAMILY, count=10, seed=3, n_entities=n, difficulty="hard")
        assert {i.data["n"] for i in items} == {n}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n_entities": 3}, "n_entities must be between 4 and 7 (got 3)"),
        ({"n_entities": 8}, "n_entities must be between 4 and 7 (got 8)"),
        ({"n_entities": "five"}, "n_entities must be an integer"),
        ({"question": "who"}, "question must be one of"),
        ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
    ],
)
def test_bad_parameters(params: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidParams, match=message.replace("(", r"\(").replace(")", r"\)")):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


def test_explanation_reaches_the_key() -> None:
    for item in logicgen.generate(FAMILY, count=30, seed=6, difficulty="hard"):
        assert "So the only order is" in item.explanation
        assert item.answer in item.explanation


DEDUCTION = ("deduction.coding", "deduction.conditional", "deduction.directions",
             "deduction.grid", "deduction.knights", "deduction.ordering", "deduction.relations",
             "deduction.seating", "deduction.statements", "deduction.syllogism")


@pytest.mark.parametrize("name", DEDUCTION)
def test_deduction_render_leaves_the_draft_unchanged(name: str) -> None:
    """Facts drawn at wording time (names, scene, clue texts, the key) come back in the
    wording; the draft that ``generate`` made is never written to."""
    fam = get(name)
    for seed, fmt in enumerate(fam.formats):
        params = fam.make_params(format=fmt, difficulty="easy")
        draft = fam.generate(params, np.random.default_rng(seed))
        before = copy.deepcopy((draft.data, draft.spec, draft.answer))
        words = fam.render(draft, params, np.random.default_rng(seed + 100))
        assert (draft.data, draft.spec, draft.answer) == before
        settled = settle(draft, words)
        assert settled.answer  # the key is known once the wording is settled
        if words.choices:
            assert settled.answer in words.choices


def test_effort_worked_by_hand() -> None:
    from logicgen.solve.permutations import ordering_effort

    # A in place 1; B immediately before C; D before B (4 people).
    # Step 1: A is put in place 1. Step 2: B loses place 4, C place 1. Step 3: D before
    # B leaves D places 1-2 and B places 2-3. Bookkeeping (A holds 1) then gives D 2,
    # B 3, C 4. 0.5 x 4 + 0.5 x 3 steps + 0.5 for the one "before" clue = 4.0
    data = {"n": 4, "clues": [{"type": "position", "a": 0, "pos": 1},
                              {"type": "immediately_before", "a": 1, "b": 2},
                              {"type": "before", "a": 3, "b": 1}]}
    assert ordering_effort(data) == pytest.approx(4.0)


def test_effort_rewards_chains_of_relative_clues_over_named_places() -> None:
    from logicgen.solve.permutations import ordering_effort

    named = {"n": 3, "clues": [{"type": "position", "a": 0, "pos": 1},
                               {"type": "position", "a": 1, "pos": 2}]}
    chain = {"n": 3, "clues": [{"type": "before", "a": 0, "b": 1},
                               {"type": "before", "a": 1, "b": 2}]}
    # both give A, B, C; the chain is two steps and two clues to turn into places
    assert ordering_solutions(named) == ordering_solutions(chain) == [(1, 2, 3)]
    assert ordering_effort(chain) == pytest.approx(ordering_effort(named) + 1.0)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    from logicgen.generators.deduction import ordering
    from logicgen.solve.permutations import ordering_effort

    lo, hi = ordering.BANDS[difficulty]
    for item in logicgen.generate("deduction.ordering", count=10, difficulty=difficulty, seed=3):
        assert item.score == round(ordering_effort(item.data), 3)
        assert lo <= item.score <= hi
