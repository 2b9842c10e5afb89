"""deduction.knights: classic puzzles, a second evaluator, case analyses, bad parameters."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.generators.deduction.knights import sentence
from logicgen.solve.knights import assignments, solve

FAMILY = "deduction.knights"


def knight(i: int) -> dict:
    return {"op": "knight", "who": i}


def knave(i: int) -> dict:
    return {"op": "knave", "who": i}


def puzzle(names: list[str], says: dict[int, dict]) -> dict:
    return {"n": len(names), "names": names,
            "statements": [{"speaker": s, "says": t} for s, t in says.items()]}


# -- classic puzzles, answers worked out by hand ---------------------------------------------


@pytest.mark.parametrize(
    ("says", "expected"),
    [
        # A: "B is a knave." B: "A and I are the same kind." If A were a knave, B
        # would be a knight telling the truth that they are alike: impossible.
        ({0: knave(1), 1: {"op": "same", "who": [0, 1]}}, [(True, False)]),
        # A: "We are both knaves." A knight could not say it, so A is a knave and
        # the statement is false: B is a knight.
        ({0: {"op": "and", "args": [knave(0), knave(1)]}}, [(False, True)]),
        # A: "At least one of us is a knave." A knave would be saying something
        # true, so A is a knight, and then B is the knave.
        ({0: {"op": "or", "args": [knave(0), knave(1)]}}, [(True, False)]),
        # A: "Either I am a knave or B is a knight." A knave would be telling the
        # truth; so A is a knight and B is a knight.
        ({0: {"op": "or", "args": [knave(0), knight(1)]}}, [(True, True)]),
        # A: "If I am a knight, then B is a knight." (Smullyan) Both are knights.
        ({0: {"op": "if", "args": [knight(0), knight(1)]}}, [(True, True)]),
        # A: "B is a knight." B: "A is a knight." Two consistent worlds: not unique.
        ({0: knight(1), 1: knight(0)}, [(True, True), (False, False)]),
    ],
)
def test_two_person_classics(says: dict, expected: list) -> None:
    assert assignments(puzzle(["A", "B"], says)) == expected


def test_three_person_classic() -> None:
    # A: "All of us are knaves." B: "Exactly one of us is a knight." A cannot be a
    # knight. If B were a knave there would not be exactly one knight, so C is a
    # knave too, and then A's claim would be true: impossible. So B is the only knight.
    data = puzzle(["A", "B", "C"], {
        0: {"op": "count", "kind": "knave", "cmp": "exactly", "k": 3},
        1: {"op": "count", "kind": "knight", "cmp": "exactly", "k": 1},
    })
    assert assignments(data) == [(False, True, False)]
    data["options"] = [
        {"text": "Only B", "claim": {"kind": "knights", "set": [1]}},
        {"text": "None of them", "claim": {"kind": "knights", "set": []}},
        {"text": "Only A and C", "claim": {"kind": "knights", "set": [0, 2]}},
        {"text": "It cannot be determined", "claim": {"kind": "undetermined"}},
    ]
    choices = [o["text"] for o in data["options"]]
    assert solve(data, choices) == ["Only B"]
    assert solve(data, []) == ["1"]


def test_ambiguous_puzzle_picks_cannot_be_determined() -> None:
    data = puzzle(["A", "B"], {0: knight(1), 1: knight(0)})
    data["options"] = [{"text": "Both of them", "claim": {"kind": "knights", "set": [0, 1]}},
                       {"text": "It cannot be determined", "claim": {"kind": "undetermined"}}]
    assert solve(data, ["Both of them", "It cannot be determined"]) == ["It cannot be determined"]
    assert len(solve(data, [])) == 2  # free response: never a single answer


def test_statement_wording() -> None:
    names = ["Ann", "Ben", "Cal"]
    cases = [
        (knave(1), 0, "Ben is a knave."),
        ({"op": "same", "who": [0, 2]}, 0, "Cal and I are the same kind."),
        ({"op": "different", "who": [1, 2]}, 0, "Ben and Cal are different kinds."),
        ({"op": "count", "kind": "knave", "cmp": "exactly", "k": 1}, 2, "Exactly one of us is a knave."),
        ({"op": "count", "kind": "knight", "cmp": "at_least", "k": 2}, 2,
         "At least two of us are knights."),
        ({"op": "and", "args": [knave(1), knave(2)]}, 0, "Ben and Cal are both knaves."),
        ({"op": "or", "args": [knight(1), knight(2)]}, 0, "At least one of Ben and Cal is a knight."),
        ({"op": "if", "args": [knight(0), knave(2)]}, 0, "If I am a knight, then Cal is a knave."),
        ({"op": "or", "args": [knave(0), knight(1)]}, 0, "I am a knave or Ben is a knight."),
    ]
    for tree, speaker, text in cases:
        assert sentence(tree, speaker, names) == text


# -- a second evaluator, written for the tests -------------------------------------------------


def _formula(tree: dict) -> str:
    """The statement as a Python expression over k0, k1, ... (True = knight)."""
    op = tree["op"]
    if op == "knight":
        return f"k{tree['who']}"
    if op == "knave":
        return f"(not k{tree['who']})"
    if op in ("same", "different"):
        i, j = tree["who"]
        return f"(k{i} {'==' if op == 'same' else '!='} k{j})"
    if op == "count":
        counted = "K" if tree["kind"] == "knight" else "(N - K)"
        sign = {"exactly": "==", "at_least": ">=", "at_most": "<="}[tree["cmp"]]
        return f"({counted} {sign} {tree['k']})"
    a, b = (_formula(x) for x in tree["args"])
    if op == "if":
        return f"((not {a}) or {b})"
    return f"({a} {op} {b})"


def _models(data: dict) -> list[tuple[bool, ...]]:
    n = data["n"]
    found = []
    for world in itertools.product((True, False), repeat=n):
        env = {f"k{i}": v for i, v in enumerate(world)} | {"K": sum(world), "N": n}
        if all(eval(_formula(s["says"]), {}, env) == world[s["speaker"]]
               for s in data["statements"]):
            found.append(world)
    return found


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_generate_and_verify(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=41)
    for item in items:
        assert verify(item).ok, item.code
        models = _models(item.data)
        assert len(models) == 1
        knights = [i for i, k in enumerate(models[0]) if k]
        assert knights == item.data["solution"]["knights"]
        assert len({c.casefold() for c in item.choices}) == len(item.choices)
        assert item.answer != "It cannot be determined"
        again = Item.from_dict(json.loads(item.to_json()))
        assert verify(again).ok


def test_numeric_format_asks_for_the_number_of_knights() -> None:
    for item in logicgen.generate(FAMILY, count=50, seed=3, format="numeric"):
        assert verify(item).ok
        assert item.choices == ()
        assert item.answer == str(len(item.data["solution"]["knights"]))
        assert item.prompt.endswith("How many of them are knights?")


def test_hard_puzzles_need_every_statement() -> None:
    for item in logicgen.generate(FAMILY, count=60, difficulty="hard", seed=7):
        statements = item.data["statements"]
        for i in range(len(statements)):
            fewer = dict(item.data, statements=statements[:i] + statements[i + 1:])
            assert len(_models(fewer)) > 1, (item.code, i)


def test_explanations_walk_through_cases() -> None:
    items = logicgen.generate(FAMILY, count=100, difficulty="hard", seed=19)
    with_cases = [i for i in items if "Suppose" in i.explanation]
    assert len(with_cases) > 30
    for item in with_cases:
        text = item.explanation
        assert "contradiction" in text
        assert text.index("Suppose") < text.rindex("So ")
        assert item.answer in text


def test_difficulty_levels_differ() -> None:
    stats = []
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=80, difficulty=d, seed=2)
        n = sum(i.data["n"] for i in items) / len(items)
        compound = sum("args" in s["says"] for i in items for s in i.data["statements"])
        ifs = sum(s["says"]["op"] == "if" for i in items for s in i.data["statements"])
        stats.append((n, sum(i.score for i in items) / len(items), compound, ifs))
    assert stats[0][0] < stats[1][0] < stats[2][0]
    assert stats[0][1] < stats[1][1] < stats[2][1]
    assert stats[0][2] == 0 < stats[1][2] < stats[2][2]
    assert stats[1][3] == 0 < stats[2][3]


def test_distractors_include_a_near_solution() -> None:
    """Most items offer an assignment that satisfies every statement but one."""
    hits = 0
    items = logicgen.generate(FAMILY, count=100, difficulty="medium", seed=29)
    for item in items:
        data = item.data
        names = data["names"]
        for option in data["options"]:
            claim = option["claim"]
            if claim["kind"] != "knights" or option["text"] == item.answer:
                continue
            world = tuple(i in claim["set"] for i in range(data["n"]))
            env = {f"k{i}": v for i, v in enumerate(world)} | {"K": sum(world), "N": data["n"]}
            broken = sum(eval(_formula(s["says"]), {}, env) != world[s["speaker"]]
                         for s in data["statements"])
            if broken == 1:
                hits += 1
                break
        assert all(n in item.prompt for n in names)
    assert hits > 70


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n_people": 7}, "n_people must be between 2 and 6 (got 7)"),
        ({"n_people": 1}, "n_people must be between 2 and 6 (got 1)"),
        ({"n_people": 2, "n_options": 6}, "n_options must be between 3 and 5 when n_people is 2 (got 6)"),
        ({"format": "tfu"}, 'format must be one of choice, numeric for deduction.knights (got "tfu")'),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


@pytest.mark.parametrize("n_options", [3, 4, 8])
def test_option_counts(n_options: int) -> None:
    for item in logicgen.generate(FAMILY, count=20, seed=5, n_options=n_options, difficulty="easy"):
        assert len(item.choices) == n_options
        assert verify(item).ok


def test_prompt_defines_each_connective_it_uses():
    # "If A, then B" is defined (the material conditional the solver uses) exactly when
    # a statement says "if ..., then"; inclusive "or" exactly when a statement says "or".
    if_note = "\u201cIf A, then B\u201d is false only when A is true and B is false."
    or_note = "\u201cOr\u201d means at least one, possibly both."
    seen_if = seen_no_if = 0
    for difficulty in ("medium", "hard"):
        for item in logicgen.generate(FAMILY, 120, difficulty, seed=9):
            said = [line.split(" says: ", 1)[1] for line in item.prompt.splitlines()
                    if " says: " in line]
            uses_if = any(s.startswith("\u201cIf ") or " if " in s for s in said)
            uses_or = any(" or " in s for s in said)
            assert (if_note in item.prompt) == uses_if, item.code
            assert (or_note in item.prompt) == uses_or, item.code
            seen_if += uses_if
            seen_no_if += not uses_if
    assert seen_if > 40 and seen_no_if > 40
    # The notes take one line, before the statements.
    assert any(if_note in line and or_note in line
               for item in logicgen.generate(FAMILY, 20, "hard", seed=9)
               for line in item.prompt.splitlines())


def test_if_then_is_the_material_conditional():
    # Checked by hand: A says "If B is a knight, then I am a knave"; B says "A is a knave".
    # If A were a knave, the statement would be false, so B a knight and A a knave —
    # but then the statement is true: a contradiction. So A is a knight, the statement is
    # true, and since "I am a knave" is false, B must be a knave; B's claim is then false,
    # as a knave's must be. The other three assignments each contradict a speaker.
    says = [{"op": "if", "args": [knight(1), {"op": "knave", "who": 0}]},
            {"op": "knave", "who": 0}]
    data = {"n": 2, "statements": [{"speaker": i, "says": s} for i, s in enumerate(says)]}
    assert assignments(data) == [(True, False)]


def _says(*pairs):
    return [{"speaker": s, "says": t} for s, t in pairs]


def test_effort_worked_by_hand() -> None:
    from logicgen.solve.knights import effort

    # A: "B is a knave"; B: "C is a knave"; C: "A and B are both knaves". No
    # statement settles anyone alone. Trial A knight: B knave (step), C knight
    # (step), C's statement false: contradiction, so A is a knave. Then B knight
    # (step), C knave (step). 4 steps, 1 trial, "and" 0.5, three people:
    # 0.25 x 3 + 0.75 x 4 + 0.5 + 0.5 = 4.75
    data = {"n": 3, "statements": _says(
        (0, {"op": "knave", "who": 1}), (1, {"op": "knave", "who": 2}),
        (2, {"op": "and", "args": [{"op": "knave", "who": 0}, {"op": "knave", "who": 1}]}))}
    assert effort(data) == pytest.approx(4.75)
    # A: "I am a knight or B is a knave"; B: "A and I are different kinds".
    # B's statement settles A alone: a knight B makes A a knave, and a knave B
    # makes them the same kind, a knave again (a step). A knave's statement is
    # false, so B is a knight (a step). 0.25 x 2 + 0.75 x 2 + 0.5 (or) = 2.5
    data = {"n": 2, "statements": _says(
        (0, {"op": "or", "args": [{"op": "knight", "who": 0}, {"op": "knave", "who": 1}]}),
        (1, {"op": "different", "who": [0, 1]}))}
    assert effort(data) == pytest.approx(2.5)


def test_effort_rewards_trials_over_direct_steps() -> None:
    from logicgen.solve.knights import effort

    trial = {"n": 3, "statements": _says(
        (0, {"op": "knave", "who": 1}), (1, {"op": "knave", "who": 2}),
        (2, {"op": "and", "args": [{"op": "knave", "who": 0}, {"op": "knave", "who": 1}]}))}
    # same size and connective, but C's statement settles C at once
    direct = {"n": 3, "statements": _says(
        (0, {"op": "knave", "who": 1}), (1, {"op": "knave", "who": 2}),
        (2, {"op": "and", "args": [{"op": "knave", "who": 2}, {"op": "knave", "who": 1}]}))}
    assert assignments(direct) and len(assignments(direct)) == 1
    assert effort(trial) > effort(direct)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    from logicgen.generators.deduction import knights
    from logicgen.solve.knights import effort

    lo, hi = knights.BANDS[difficulty]
    for item in logicgen.generate("deduction.knights", count=12, difficulty=difficulty, seed=4):
        assert item.score == round(effort(item.data), 3)
        assert lo <= item.score <= hi


def _trees(n: int):
    from hypothesis import strategies as st

    who = st.integers(0, n - 1)
    atoms = st.one_of(
        st.builds(lambda op, i: {"op": op, "who": i}, st.sampled_from(["knight", "knave"]), who),
        st.builds(lambda op, i, j: {"op": op, "who": [i, j]},
                  st.sampled_from(["same", "different"]), who, who),
        st.builds(lambda kind, cmp, k: {"op": "count", "kind": kind, "cmp": cmp, "k": k},
                  st.sampled_from(["knight", "knave"]),
                  st.sampled_from(["exactly", "at_least", "at_most"]), st.integers(0, n)),
    )
    return st.recursive(atoms, lambda inner: st.one_of(
        st.builds(lambda a: {"op": "not", "arg": a}, inner),
        st.builds(lambda op, a, b: {"op": op, "args": [a, b]},
                  st.sampled_from(["and", "or", "if"]), inner, inner),
    ), max_leaves=6)


@given(st.integers(1, 6).flatmap(lambda n: st.tuples(st.just(n), _trees(n))))
def test_truth_sets_read_every_assignment_as_evaluate_does(case) -> None:
    # The solver reads a statement over all assignments at once; row by row it must
    # agree with the one-assignment interpreter, in itertools.product order.
    from logicgen.solve.knights import evaluate, truth_set

    n, tree = case
    rows = list(itertools.product((True, False), repeat=n))
    assert truth_set(tree, n) == sum(1 << r for r, row in enumerate(rows) if evaluate(tree, row))


@given(st.integers(2, 5).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(_trees(n), min_size=n, max_size=n))))
def test_assignments_are_the_rows_where_every_statement_fits(case) -> None:
    from logicgen.solve.knights import evaluate

    n, trees = case
    data = {"n": n, "statements": [{"speaker": s, "says": t} for s, t in enumerate(trees)]}
    expected = [row for row in itertools.product((True, False), repeat=n)
                if all(row[s] == evaluate(t, row) for s, t in enumerate(trees))]
    assert assignments(data) == expected
