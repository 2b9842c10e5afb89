"""Tests for deduction.syllogism and its Venn-model solver."""

from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest

import logicgen
from logicgen import Item, verify
from logicgen.errors import InvalidParams
from logicgen.generators.deduction import syllogism
from logicgen.item import TFU_CHOICES
from logicgen.solve import venn

FAMILY = "deduction.syllogism"
TFU = list(TFU_CHOICES)

# The textbook valid moods and figures, entered by hand (mood = major, minor,
# conclusion; figure 1: M-P / S-M, 2: P-M / S-M, 3: M-P / M-S, 4: P-M / M-S).
VALID_WITHOUT_IMPORT = {
    "Barbara": ("AAA", 1), "Celarent": ("EAE", 1), "Darii": ("AII", 1), "Ferio": ("EIO", 1),
    "Cesare": ("EAE", 2), "Camestres": ("AEE", 2), "Festino": ("EIO", 2), "Baroco": ("AOO", 2),
    "Disamis": ("IAI", 3), "Datisi": ("AII", 3), "Bocardo": ("OAO", 3), "Ferison": ("EIO", 3),
    "Camenes": ("AEE", 4), "Dimaris": ("IAI", 4), "Fresison": ("EIO", 4),
}
VALID_ONLY_WITH_IMPORT = {
    "Barbari": ("AAI", 1), "Celaront": ("EAO", 1), "Cesaro": ("EAO", 2),
    "Camestros": ("AEO", 2), "Darapti": ("AAI", 3), "Felapton": ("EAO", 3),
    "Bamalip": ("AAI", 4), "Calemos": ("AEO", 4), "Fesapo": ("EAO", 4),
}
LETTER = {"A": "all", "E": "no", "I": "some", "O": "some_not"}


def standard_data(mood: str, figure: int, existential: bool) -> dict:
    """A syllogism in standard form with terms S, M, P."""
    major_terms = {1: ("M", "P"), 2: ("P", "M"), 3: ("M", "P"), 4: ("P", "M")}[figure]
    minor_terms = {1: ("S", "M"), 2: ("S", "M"), 3: ("M", "S"), 4: ("M", "S")}[figure]
    return {
        "question": "tfu",
        "terms": ["S", "M", "P"],
        "premises": [[LETTER[mood[0]], *major_terms], [LETTER[mood[1]], *minor_terms]],
        "nonempty": ["S", "M", "P"] if existential else [],
        "claim": [LETTER[mood[2]], "S", "P"],
    }


def valid_forms(existential: bool) -> set[tuple[str, int]]:
    found = set()
    for letters in itertools.product("AEIO", repeat=3):
        for figure in (1, 2, 3, 4):
            mood = "".join(letters)
            data = standard_data(mood, figure, existential)
            if venn.judge(data, data["claim"]) == "True":
                found.add((mood, figure))
    return found


def test_textbook_counts_without_existential_import() -> None:
    found = valid_forms(existential=False)
    assert len(found) == 15
    assert found == set(VALID_WITHOUT_IMPORT.values())


def test_textbook_counts_with_existential_import() -> None:
    found = valid_forms(existential=True)
    assert len(found) == 24
    assert found == set(VALID_WITHOUT_IMPORT.values()) | set(VALID_ONLY_WITH_IMPORT.values())


@pytest.mark.parametrize(
    ("premises", "claim", "nonempty", "expected"),
    [
        # Undistributed middle: the form a known open generator keys as valid.
        ([["all", "a", "b"], ["some", "b", "c"]], ["some", "a", "c"], True, "Uncertain"),
        ([["no", "a", "b"], ["no", "b", "c"]], ["no", "a", "c"], True, "Uncertain"),
        # Barbara and its contradictory.
        ([["all", "a", "b"], ["all", "b", "c"]], ["all", "a", "c"], False, "True"),
        ([["all", "a", "b"], ["all", "b", "c"]], ["some_not", "a", "c"], False, "False"),
        # Barbari needs existential import.
        ([["all", "a", "b"], ["all", "b", "c"]], ["some", "a", "c"], True, "True"),
        ([["all", "a", "b"], ["all", "b", "c"]], ["some", "a", "c"], False, "Uncertain"),
        # Celarent, and the false I conclusion.
        ([["no", "b", "c"], ["all", "a", "b"]], ["some", "c", "a"], False, "False"),
        # Illicit major: All B are C, No A are B: No A are C does not follow.
        ([["all", "b", "c"], ["no", "a", "b"]], ["no", "a", "c"], True, "Uncertain"),
    ],
)
def test_hand_made_items(premises, claim, nonempty, expected) -> None:
    data = {"question": "tfu", "terms": ["a", "b", "c"], "premises": premises,
            "nonempty": ["a", "b", "c"] if nonempty else [], "claim": claim}
    assert venn.solve(data, TFU) == [expected]


def _brute_force(premises, claim, existential) -> str:
    """Models as explicit sets of occupied inner regions (tuples of memberships)."""
    regions = [r for r in itertools.product((0, 1), repeat=3) if any(r)]
    index = {"A": 0, "B": 1, "C": 2}

    def holds(statement, occupied) -> bool:
        q, x, y = statement
        i, j = index[x], index[y]
        both = any(r[i] and r[j] for r in occupied)
        x_only = any(r[i] and not r[j] for r in occupied)
        return {"all": not x_only, "no": not both, "some": both, "some_not": x_only}[q]

    results = set()
    for mask in range(1 << len(regions)):
        occupied = [r for k, r in enumerate(regions) if mask >> k & 1]
        if existential and not all(any(r[k] for r in occupied) for k in range(3)):
            continue
        if all(holds(p, occupied) for p in premises):
            results.add(holds(claim, occupied))
    if results == {True}:
        return "True"
    return "False" if results == {False} else "Uncertain"


def test_solver_and_rules_agree_with_brute_force_on_every_form() -> None:
    checked = 0
    for form, claim, existential in syllogism.ALL_CASES:
        data = {"terms": ["A", "B", "C"], "premises": [list(p) for p in form],
                "nonempty": ["A", "B", "C"] if existential else []}
        expected = _brute_force(form, claim, existential)
        assert venn.judge(data, list(claim)) == expected, (form, claim, existential)
        assert syllogism.verdict(form, claim, existential) == expected, (form, claim)
        checked += 1
    assert checked == 64 * 8 * 2


def test_real_world_truth_of_categories() -> None:
    assert syllogism.sounds_true("all", "roses", "plants")
    assert syllogism.sounds_true("some", "animals", "dogs")
    assert not syllogism.sounds_true("some", "cars", "birds")
    assert syllogism.sounds_true("some_not", "mammals", "poodles")
    assert not syllogism.sounds_true("all", "mammals", "dogs")
    assert syllogism.sounds_true("no", "penguins", "fish")


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("fmt", ["tfu", "choice"])
def test_many_seeds_verify(difficulty: str, fmt: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=31, format=fmt)
    for item in items:
        assert verify(item).ok, (item.code, verify(item).problems)
    again = Item.from_dict(json.loads(items[7].to_json()))
    assert verify(again).ok and again == items[7]


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_true_false_uncertain_are_balanced(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=300, difficulty=difficulty, seed=4)
    counts = Counter(item.answer for item in items)
    assert set(counts) == set(TFU_CHOICES)
    assert min(counts.values()) >= 75, counts  # about 100 each expected


def test_explanation_reaches_the_key() -> None:
    for item in logicgen.generate(FAMILY, count=150, difficulty="hard", seed=8):
        last = item.explanation.splitlines()[-1]
        marker = {"True": "(True)", "False": "(False)", "Uncertain": "Uncertain"}[item.answer]
        assert marker in last, (item.answer, last)


def test_choice_items_have_one_following_conclusion_and_none_option() -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty="medium", seed=3, format="choice")
    nones = 0
    for item in items:
        assert syllogism.NONE_OPTION in item.choices
        data = item.data
        follows = [o["text"] for o in data["options"] if o["claim"] is not None
                   and venn.judge(data, o["claim"]) == "True"]
        if item.answer == syllogism.NONE_OPTION:
            nones += 1
            assert follows == []
        else:
            assert follows == [item.answer]
    assert 20 <= nones <= 90


def test_difficulty_levels_differ() -> None:
    means = {}
    for difficulty in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=12)
        means[difficulty] = sum(i.score for i in items) / len(items)
        if difficulty == "easy":
            # Chain order and groups with members only.
            assert all(i.data["nonempty"] for i in items)
            assert all(i.data["premises"][0][1] == i.data["claim"][1] for i in items)
        if difficulty == "hard":
            assert any(not i.data["nonempty"] for i in items)
            assert any(i.data["belief_bias"] for i in items)
    assert means["easy"] < means["medium"] < means["hard"], means


def test_belief_bias_items_conflict_with_the_real_world() -> None:
    items = logicgen.generate(FAMILY, count=120, difficulty="hard", seed=5, terms="categories")
    biased = [i for i in items if i.data["belief_bias"]]
    assert len(biased) >= 100
    for item in biased:
        q, x, y = item.data["claim"]
        real = syllogism.sounds_true(q, x, y)
        assert item.data["belief_bias"]["sounds"] == ("true" if real else "false")
        if item.answer == "True":
            assert not real
        elif item.answer == "False":
            assert real


def test_prompt_states_the_convention() -> None:
    for item in logicgen.generate(FAMILY, count=60, difficulty="hard", seed=2):
        if item.data["nonempty"]:
            assert "at least one member" in item.prompt
        else:
            assert "Do not assume" in item.prompt


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"terms": "latin"}, "terms must be one of"),
        ({"format": "choice", "n_options": 7}, "n_options must be between 3 and 6"),
        ({"format": "numeric"}, "format must be one of"),
        ({"n_options": 9}, "n_options must be between 3 and 8"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


def _tfu(premises, claim, nonempty=("a", "b", "c"), **extra):
    return {"question": "tfu", "terms": ["a", "b", "c"], "middle": "b",
            "premises": [list(p) for p in premises], "claim": list(claim),
            "nonempty": list(nonempty), **extra}


def test_effort_worked_by_hand() -> None:
    # All a are b; no b are c => "no a are c" (True): two shadings 1.0, chain order,
    # read off 0.5 -> 1.5
    assert venn.effort(_tfu([("all", "a", "b"), ("no", "b", "c")],
                            ("no", "a", "c"))) == pytest.approx(1.5)
    # Some a are b; some b are c => "some a are c" (Uncertain): two Xs, each on a
    # line (nothing shaded): 2 x (0.5 + 1) = 3; Uncertain 1.5 -> 4.5
    assert venn.effort(_tfu([("some", "a", "b"), ("some", "b", "c")],
                            ("some", "a", "c"))) == pytest.approx(4.5)
    # All b are a; all b are c => "some a are c": two shadings 1.0; "all b are a" is
    # worded against the chain a-b (the other reading c-b, b-a, c-a turns two) +0.5;
    # True only because b has members (+1); read off 0.5 -> 3.0
    assert venn.effort(_tfu([("all", "b", "a"), ("all", "b", "c")],
                            ("some", "a", "c"))) == pytest.approx(3.0)


def test_effort_rewards_splits_and_assumptions_not_wording() -> None:
    plain = _tfu([("all", "a", "b"), ("all", "b", "c")], ("all", "a", "c"))
    split = _tfu([("all", "a", "b"), ("some", "b", "c")], ("some", "a", "c"))
    assert venn.effort(split) > venn.effort(plain)
    # the same item with no existence assumption costs 0.5 more (nothing to lean on)
    assert venn.effort(dict(plain, nonempty=[])) == venn.effort(plain) + 0.5


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    lo, hi = syllogism.BANDS[difficulty]
    for item in logicgen.generate("deduction.syllogism", count=20, difficulty=difficulty,
                                  seed=8):
        assert item.score == round(venn.effort(item.data), 3)
        assert lo <= item.score <= hi
