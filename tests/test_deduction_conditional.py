"""Tests for deduction.conditional and the truth-table solver."""

from __future__ import annotations

import copy
import itertools
import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import Item, verify
from logicgen.errors import InvalidParams
from logicgen.generators.deduction import conditional
from logicgen.item import TFU_CHOICES
from logicgen.solve import truth_table

FAMILY = "deduction.conditional"
TFU = list(TFU_CHOICES)
P, Q, R = {"atom": "p"}, {"atom": "q"}, {"atom": "r"}


def NOT(x: dict) -> dict:
    return {"op": "not", "args": [x]}


def IF(a: dict, b: dict) -> dict:
    return {"op": "implies", "args": [a, b]}


def tfu(premises: list[dict], claim: dict) -> list[str]:
    data = {"question": "tfu", "claim": claim,
            "premises": [{"text": str(k), "tree": t} for k, t in enumerate(premises)]}
    return truth_table.solve(data, TFU)


@pytest.mark.parametrize(
    ("premises", "claim", "expected"),
    [
        ([IF(P, Q), P], Q, "True"),                 # modus ponens
        ([IF(P, Q), NOT(Q)], NOT(P), "True"),       # modus tollens
        ([IF(P, Q), Q], P, "Uncertain"),            # affirming the consequent
        ([IF(P, Q), NOT(P)], NOT(Q), "Uncertain"),  # denying the antecedent
        ([IF(P, Q), P], NOT(Q), "False"),
        ([IF(P, Q), IF(Q, R)], IF(P, R), "True"),   # chain
        ([IF(P, Q), IF(Q, R)], IF(R, P), "Uncertain"),  # converse of the chain
        ([IF(P, Q)], IF(NOT(Q), NOT(P)), "True"),   # contrapositive
        ([IF(P, Q)], IF(NOT(P), NOT(Q)), "Uncertain"),  # inverse
        # "P only if Q" is P -> Q: knowing not-P says nothing about Q.
        ([IF(P, Q), NOT(P)], Q, "Uncertain"),
        # "Q unless R" is not-R -> Q: if Q fails, R holds.
        ([IF(NOT(R), Q), NOT(Q)], R, "True"),
        ([IF(NOT(R), Q), R], Q, "Uncertain"),
    ],
)
def test_hand_made_items(premises, claim, expected) -> None:
    assert tfu(premises, claim) == [expected]


def test_solver_operators() -> None:
    row = {"p": True, "q": False}
    assert truth_table.evaluate({"op": "and", "args": [P, NOT(Q)]}, row)
    assert truth_table.evaluate({"op": "or", "args": [Q, P]}, row)
    assert not truth_table.evaluate({"op": "iff", "args": [P, Q]}, row)
    with pytest.raises(ValueError):
        truth_table.evaluate({"op": "xor", "args": [P, Q]}, row)


literal = st.tuples(st.integers(0, 3), st.booleans())


@given(
    rules=st.lists(st.tuples(literal, literal).filter(lambda r: r[0][0] != r[1][0]),
                   min_size=1, max_size=4),
    facts=st.lists(literal, max_size=2),
    claim=st.one_of(literal, st.tuples(st.just("if"), literal, literal)),
)
def test_generator_entailment_is_sound(rules, facts, claim) -> None:
    """Whatever the implication graph derives, the truth table confirms."""
    full = [(a, b, "if") for a, b in rules]
    trees = [conditional._rule_tree(r) for r in full] + [conditional._lit_tree(f) for f in facts]
    rows = truth_table.models(trees)
    if not rows:
        return
    if claim[0] == "if" and claim[1][0] == claim[2][0]:
        return
    if conditional.entails(full, list(facts), claim):
        tree = conditional._claim_tree(claim)
        rows = truth_table.models(trees, [tree])
        assert all(truth_table.evaluate(tree, row) for row in rows)


def _strong_unless(data: dict) -> dict:
    """Read every "B unless C" premise as "B if and only if not C"."""
    out = copy.deepcopy(data)
    for premise in out["premises"]:
        if premise["wording"] == "unless":
            not_c, b = premise["tree"]["args"]
            premise["tree"] = {"op": "iff", "args": [not_c, b]}
    return out


@pytest.mark.parametrize("fmt", ["choice", "tfu"])
def test_unless_items_have_the_same_key_under_both_readings(fmt: str) -> None:
    seen = 0
    for difficulty in ("medium", "hard"):
        for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=9,
                                      format=fmt):
            if any(p["wording"] == "unless" for p in item.data["premises"]):
                seen += 1
                strong = _strong_unless(item.data)
                assert truth_table.solve(strong, item.choices) == [item.answer], item.code
    assert seen >= 30


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("fmt", ["choice", "tfu"])
def test_many_seeds_verify(difficulty: str, fmt: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=41, format=fmt)
    for item in items:
        assert verify(item).ok, (item.code, verify(item).problems)
    again = Item.from_dict(json.loads(items[11].to_json()))
    assert again == items[11] and verify(again).ok


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_tfu_keys_are_balanced_and_traps_named(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=300, difficulty=difficulty, seed=3, format="tfu")
    counts = Counter(i.answer for i in items)
    assert min(counts.get(k, 0) for k in TFU_CHOICES) >= 75, counts
    for item in items:
        if item.answer == "Uncertain":
            assert ("affirming the consequent" in item.explanation
                    or "denying the antecedent" in item.explanation)


def test_choice_distractors_name_their_mistake() -> None:
    items = logicgen.generate(FAMILY, count=100, difficulty="easy", seed=4)
    fallacies = sum("affirming the consequent" in i.explanation
                    or "denying the antecedent" in i.explanation for i in items)
    assert fallacies >= 90
    for item in items:
        # The explanation discusses every wrong option.
        for option in item.choices:
            assert f"“{option}”" in item.explanation


def test_difficulty_levels_differ() -> None:
    stats = {}
    for difficulty in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=150, difficulty=difficulty, seed=13)
        rules = [sum(p["wording"] != "fact" for p in i.data["premises"]) for i in items]
        wordings = Counter(p["wording"] for i in items for p in i.data["premises"])
        stats[difficulty] = (sum(i.score for i in items) / len(items), sum(rules) / len(rules))
        if difficulty == "easy":
            assert set(wordings) <= {"if", "fact"}
        else:
            assert wordings["only_if"] > 0 and wordings["unless"] > 0
    assert stats["easy"][0] < stats["medium"][0] < stats["hard"][0], stats
    assert stats["easy"][1] < stats["hard"][1], stats


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n_options": 9}, "n_options must be between 3 and 8"),
        ({"format": "numeric"}, "format must be one of"),
        ({"depth": 3}, "has no parameter"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


@pytest.mark.parametrize("n_options", [3, 4, 6, 8])
def test_option_counts(n_options: int) -> None:
    for item in logicgen.generate(FAMILY, count=40, difficulty="hard", seed=1,
                                  n_options=n_options):
        assert len(item.choices) == n_options and verify(item).ok


def test_only_if_and_unless_are_defined_when_used():
    only_if = "\u201cA only if B\u201d means: if A, then B."
    unless = "\u201cB unless C\u201d means: if not C, then B."
    seen = 0
    for fmt in ("choice", "tfu"):
        for item in logicgen.generate("deduction.conditional", 200, "hard", seed=6, format=fmt):
            statements = [line for line in item.prompt.splitlines() if line[:1].isdigit()]
            assert (only_if in item.prompt) == any(" only if " in s for s in statements)
            assert (unless in item.prompt) == any(" unless " in s for s in statements)
            seen += only_if in item.prompt or unless in item.prompt
    assert seen > 50


def _atom(name):
    return {"atom": name}


def _not(tree):
    return {"op": "not", "args": [tree]}


def _if(a, b, wording="if"):
    return {"tree": {"op": "implies", "args": [a, b]}, "wording": wording}


def test_effort_worked_by_hand():
    from logicgen.solve.truth_table import effort

    p, q, r = _atom("p"), _atom("q"), _atom("r")
    # If p then q; if q then r; p. Key r: two forward steps, 0.5 + 1 + 1 = 2.5
    forward = {"question": "choice", "premises": [
        _if(p, q), _if(q, r), {"tree": p, "wording": "fact"}],
        "options": [{"text": "r", "tree": r}, {"text": "not p", "tree": _not(p)}]}
    assert effort(forward) == pytest.approx(2.5)
    # The same chain, fact "not r", key "not p": two contrapositive steps, 0.5 + 1.75 x 2 = 4.0
    backward = {"question": "choice", "premises": [
        _if(p, q), _if(q, r), {"tree": _not(r), "wording": "fact"}],
        "options": [{"text": "not p", "tree": _not(p)}, {"text": "r", "tree": r}]}
    assert effort(backward) == pytest.approx(4.0)
    # "p only if not q" (p -> not q: +0.5 wording, +0.25 a denial); fact p; ask (tfu) "q":
    # the key is False, reached by one forward step to not q: 0.5 + 1 + 0.5 + 0.25 = 2.25
    only_if = {"question": "tfu", "claim": q, "premises": [
        _if(p, _not(q), "only_if"), {"tree": p, "wording": "fact"}]}
    assert effort(only_if) == pytest.approx(2.25)


def test_effort_rewards_backward_chains_and_uncertainty_checks():
    from logicgen.solve.truth_table import effort

    p, q, r = _atom("p"), _atom("q"), _atom("r")
    # nothing follows about r from p -> q and p: the one rule tried, 1 + 1 = 2
    uncertain = {"question": "tfu", "claim": r, "premises": [
        _if(p, q), {"tree": p, "wording": "fact"}]}
    assert effort(uncertain) == pytest.approx(2.0)
    ponens = {"question": "tfu", "claim": q, "premises": [_if(p, q), {"tree": p, "wording": "fact"}]}
    tollens = {"question": "tfu", "claim": _not(p), "premises": [
        _if(p, q), {"tree": _not(q), "wording": "fact"}]}
    assert effort(tollens) > effort(ponens)
    # a rule that plays no part in the derivation costs nothing
    padded = dict(ponens, premises=[*ponens["premises"], _if(r, _atom("s"))])
    assert effort(padded) == effort(ponens)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty):
    from logicgen.generators.deduction import conditional
    from logicgen.solve.truth_table import effort

    lo, hi = conditional.BANDS[difficulty]
    for item in logicgen.generate("deduction.conditional", count=20, difficulty=difficulty,
                                  seed=6):
        assert item.score == round(effort(item.data), 3)
        assert lo <= item.score <= hi


def _prop_trees():
    from hypothesis import strategies as st

    atoms = st.builds(lambda a: {"atom": a}, st.sampled_from("pqrs"))
    return st.recursive(atoms, lambda inner: st.one_of(
        st.builds(lambda a: {"op": "not", "args": [a]}, inner),
        st.builds(lambda op, args: {"op": op, "args": args}, st.sampled_from(["and", "or"]),
                  st.lists(inner, min_size=2, max_size=3)),
        st.builds(lambda op, a, b: {"op": op, "args": [a, b]},
                  st.sampled_from(["implies", "iff"]), inner, inner),
    ), max_leaves=6)


@given(premises=st.lists(_prop_trees(), max_size=3), extra=st.lists(_prop_trees(), max_size=3))
def test_truth_table_bit_sets_are_the_rows_evaluate_finds(premises, extra):
    # The solver reads every row at once as bit sets; row by row, the rows where the
    # premises hold (models) and where each extra tree holds must be the same.
    allowed, holds = truth_table.table(premises, extra)
    names = set()
    for tree in [*premises, *extra]:
        truth_table.atoms_of(tree, names)
    rows = [dict(zip(sorted(names), v))
            for v in itertools.product((False, True), repeat=len(names))]
    assert allowed == sum(1 << r for r, row in enumerate(rows)
                          if all(truth_table.evaluate(t, row) for t in premises))
    assert holds == [sum(1 << r for r, row in enumerate(rows) if truth_table.evaluate(t, row))
                     for t in extra]
