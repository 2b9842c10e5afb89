"""deduction.seating: hand-solved tables, left/right conventions, uniqueness, bad parameters."""

from __future__ import annotations

import json

import pytest

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.solve.permutations import seating_solutions, solve_seating

FAMILY = "deduction.seating"
NAMES = ["Ada", "Bo", "Cy", "Di"]


def _options(kind: str, subject: int, people: list[int]) -> list[dict]:
    return [{"text": NAMES[p], "claim": {"kind": kind, "a": p, "b": subject}} for p in people]


# -- known answers, solved by hand ---------------------------------------------------------


def test_round_table_chain_of_lefts() -> None:
    # Bo is immediately to Ada's left, Cy to Bo's left, Di to Cy's left. Going
    # round to the left: Ada, Bo, Cy, Di, and back to Ada, so Ada is immediately
    # to Di's left and Di is immediately to Ada's right.
    data = {
        "layout": "round", "n": 4, "names": NAMES,
        "clues": [{"type": "left", "a": 1, "b": 0}, {"type": "left", "a": 2, "b": 1},
                  {"type": "left", "a": 3, "b": 2}],
        "question": {"kind": "right", "a": 0},
        "options": _options("right", 0, [1, 2, 3]),
    }
    assert len(seating_solutions(data)) == 1
    assert solve_seating(data, ["Bo", "Cy", "Di"]) == ["Di"]
    data["question"] = {"kind": "opposite", "a": 0}
    data["options"] = _options("opposite", 0, [1, 2, 3])
    assert solve_seating(data, ["Bo", "Cy", "Di"]) == ["Cy"]


def test_round_table_counts_turns_of_the_table_once() -> None:
    # Bo on Ada's left and Cy opposite Ada fix everything up to turning the table:
    # Di must be on Ada's right.
    data = {
        "layout": "round", "n": 4, "names": NAMES,
        "clues": [{"type": "left", "a": 1, "b": 0}, {"type": "opposite", "a": 2, "b": 0}],
        "question": {"kind": "right", "a": 0},
        "options": _options("right", 0, [1, 2, 3]),
    }
    assert len(seating_solutions(data, limit=10)) == 1
    assert solve_seating(data, ["Bo", "Cy", "Di"]) == ["Di"]


def test_facing_rows_mirror_left_and_right() -> None:
    # Ada is on the window side with Bo immediately to her left; Cy faces Ada.
    # Window sitters face the door side, so Ada's left is Cy's right: Di, who
    # faces Bo, is immediately to Cy's right.
    data = {
        "layout": "rows", "n": 4, "names": NAMES,
        "clues": [{"type": "side", "a": 0, "side": "window"}, {"type": "left", "a": 1, "b": 0},
                  {"type": "opposite", "a": 2, "b": 0}],
        "question": {"kind": "right", "a": 2},
        "options": _options("right", 2, [0, 1, 3]),
    }
    assert len(seating_solutions(data, limit=10)) == 1
    assert solve_seating(data, ["Ada", "Bo", "Di"]) == ["Di"]
    data["question"] = {"kind": "left", "a": 2}
    data["options"] = _options("left", 2, [0, 1, 3])
    assert solve_seating(data, ["Ada", "Bo", "Di"]) == []  # Cy sits at her side's left end


def test_rows_without_a_side_clue_are_ambiguous() -> None:
    # Turning the whole table round keeps every left, right and opposite, so
    # without a side clue the two mirror seatings both fit.
    data = {
        "layout": "rows", "n": 4, "names": NAMES,
        "clues": [{"type": "left", "a": 1, "b": 0}, {"type": "opposite", "a": 2, "b": 0}],
        "question": {"kind": "opposite", "a": 1}, "options": _options("opposite", 1, [0, 2, 3]),
    }
    assert len(seating_solutions(data, limit=10)) == 2
    assert solve_seating(data, ["Ada", "Cy", "Di"]) == []


# -- generated items ----------------------------------------------------------------------


def _left_of(item: Item) -> dict[int, int | None]:
    """Each person's left-hand neighbour, read off the generator's stored seating."""
    sol, n = item.data["solution"], item.data["n"]
    if item.data["layout"] == "round":
        seats = sol["seats"]  # going round to the left
        return {seats[i]: seats[(i + 1) % n] for i in range(n)}
    out: dict[int, int | None] = {}
    for side in (sol["window"], sol["door"]):  # each listed left to right as its sitters see it
        for i, p in enumerate(side):
            out[p] = side[i - 1] if i > 0 else None
    return out


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_generate_and_verify(difficulty: str) -> None:
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=17)
    layouts = set()
    for item in items:
        assert verify(item).ok, item.code
        layouts.add(item.data["layout"])
        again = Item.from_dict(json.loads(item.to_json()))
        assert verify(again).ok
        assert len(set(item.choices)) == len(item.choices)
        assert item.data["names"][item.data["question"]["a"]] not in item.choices
    # the long table's conventions take an easy or medium item over its time cap
    assert layouts == {"round"} if difficulty != "hard" else layouts <= {"round", "rows"}


def test_generator_and_solver_agree_on_left() -> None:
    """The solver's geometry (cross products) and the generator's seat numbers agree."""
    from logicgen.solve.permutations import _geometry

    for item in logicgen.generate(FAMILY, count=80, seed=23):
        (found,) = seating_solutions(item.data)
        g = _geometry(item.data["layout"], item.data["n"])
        where = {seat: p for p, seat in enumerate(found)}
        solver_left = {}
        for p, s in enumerate(found):
            left = g.left[s]
            solver_left[p] = None if left is None else where[left]
        assert solver_left == _left_of(item), item.code


def test_hard_puzzles_have_no_redundant_clue() -> None:
    for item in logicgen.generate(FAMILY, count=40, difficulty="hard", seed=5):
        clues = item.data["clues"]
        for i in range(len(clues)):
            fewer = dict(item.data, clues=clues[:i] + clues[i + 1:])
            assert len(seating_solutions(fewer)) > 1, (item.code, i)


def test_difficulty_levels_differ() -> None:
    means = []
    kinds = []
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=60, difficulty=d, seed=9)
        means.append(sum(i.score for i in items) / len(items))
        kinds.append({c["type"] for i in items for c in i.data["clues"]})
    assert means[0] < means[1] < means[2]
    assert not kinds[0] & {"not_next_to", "not_opposite", "not_end", "other_side"}
    assert "not_next_to" in kinds[2]


def test_question_is_never_stated_outright() -> None:
    for item in logicgen.generate(FAMILY, count=100, seed=13):
        q = item.data["question"]
        key = item.data["names"].index(item.answer)
        for c in item.data["clues"]:
            if c["type"] == q["kind"]:
                assert (c["a"], c["b"]) != (key, q["a"])


def test_left_questions_offer_the_right_hand_neighbour() -> None:
    """The mirror mistake (reading left as right) is among the options when it exists."""
    hits = total = 0
    for item in logicgen.generate(FAMILY, count=100, seed=21, layout="round"):
        q = item.data["question"]
        if q["kind"] != "left":
            continue
        seats = item.data["solution"]["seats"]
        i = seats.index(q["a"])
        right = item.data["names"][seats[i - 1]]
        total += 1
        hits += right in item.choices
    assert total > 10 and hits == total


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n_people": 9}, "n_people must be between 4 and 8 (got 9)"),
        ({"n_people": 3}, "n_people must be between 4 and 8 (got 3)"),
        ({"n_people": 5, "layout": "rows"}, "n_people must be even (4, 6 or 8) for the rows layout (got 5)"),
        ({"n_people": 4, "n_options": 5}, "n_options must be between 3 and 3 when n_people is 4 (got 5)"),
        ({"n_options": 8}, "n_options must be between 3 and 7 for seating puzzles (got 8)"),
        ({"layout": "square"}, 'layout must be one of mixed, round, rows (got "square")'),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


@pytest.mark.parametrize("layout", ["round", "rows"])
@pytest.mark.parametrize("n", [4, 6, 8])
def test_sizes_and_layouts(layout: str, n: int) -> None:
    items = logicgen.generate(FAMILY, count=8, seed=n, layout=layout, n_people=n, n_options=3,
                              difficulty="medium")
    for item in items:
        assert (item.data["layout"], item.data["n"]) == (layout, n)
        assert verify(item).ok


def test_effort_worked_by_hand() -> None:
    from logicgen.solve.permutations import seating_effort

    # Four at a round table, A pinned to seat 0. "B sits immediately to A's left":
    # B takes that seat (a step). "C does not sit next to B": of the seats, only the
    # one opposite B is neither B's nor beside it (a step). D takes the last seat by
    # bookkeeping. 0.75 x 4 people + 0.5 x 2 steps + 0.5 for the negative clue = 4.5
    data = {"layout": "round", "n": 4, "clues": [
        {"type": "left", "a": 1, "b": 0}, {"type": "not_next_to", "a": 2, "b": 1}]}
    assert len(seating_solutions(data)) == 1
    assert seating_effort(data) == pytest.approx(4.5)


def test_effort_counts_steps_and_negations_not_the_order_of_clues() -> None:
    from logicgen.solve.permutations import seating_effort

    # Six at a round table, A pinned to seat 0; seats to the left run 5, 4, ...
    direct = {"layout": "round", "n": 6, "clues": [
        {"type": "opposite", "a": 1, "b": 0}, {"type": "left", "a": 2, "b": 0},
        {"type": "right", "a": 3, "b": 0}, {"type": "left", "a": 4, "b": 1}]}
    # the same seating (A, D, E, B, F, C round the table) as a chain of lefts,
    # given from the far end: four seats settled one clue at a time either way
    chained = {"layout": "round", "n": 6, "clues": [
        {"type": "left", "a": 3, "b": 4}, {"type": "left", "a": 4, "b": 1},
        {"type": "left", "a": 1, "b": 5}, {"type": "left", "a": 5, "b": 2},
        {"type": "left", "a": 2, "b": 0}]}
    assert seating_solutions(direct) == seating_solutions(chained)
    assert len(seating_solutions(direct)) == 1
    assert seating_effort(chained) == seating_effort(direct)
    # "C does not sit next to B" seats C as surely as "C sits opposite B" at a
    # table of four, but is read through the seats it rules out
    opposite = {"layout": "round", "n": 4, "clues": [
        {"type": "left", "a": 1, "b": 0}, {"type": "opposite", "a": 2, "b": 1}]}
    negated = {"layout": "round", "n": 4, "clues": [
        {"type": "left", "a": 1, "b": 0}, {"type": "not_next_to", "a": 2, "b": 1}]}
    assert seating_solutions(opposite) == seating_solutions(negated)
    assert seating_effort(negated) == seating_effort(opposite) + 0.5


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    from logicgen.generators.deduction import seating
    from logicgen.solve.permutations import seating_effort

    lo, hi = seating.BANDS[difficulty]
    for item in logicgen.generate(FAMILY, count=10, difficulty=difficulty, seed=3):
        assert item.score == round(seating_effort(item.data), 3)
        assert lo <= item.score <= hi
