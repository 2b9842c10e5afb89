"""Tests for the ``sequence.figure`` family and the figure-series solver.

The known answers below were worked out by hand from the panel model
(docs/figures.md): rotations are clockwise, the ring of outer cells runs
0, 1, 2, 5, 8, 7, 6, 3 (clockwise from the top left), and a line turned by
180° or a square turned by 90° looks the same as before.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest

import logicgen
from logicgen import InvalidParams, Item, figures
from logicgen.families.sequences import figure as fam
from logicgen.solve.figures import _attribute_fit, series_fits, solve_series
from logicgen.verify import verify

NAME = "sequence.figure"
DIFFICULTIES = ("easy", "medium", "hard")


def g(kind: str, **kw: Any) -> dict[str, Any]:
    return figures.group(kind, **kw)


def p(*groups: dict[str, Any]) -> dict[str, Any]:
    return {"shapes": list(groups)}


def answers(row: list[dict[str, Any] | None], options: list[dict[str, Any]]) -> list[str]:
    """The solver's answers, with options named by their descriptions."""
    choices = [figures.describe(o) for o in options]
    return solve_series({"panels": row, "layout": "row", "options": options}, choices)


def arrow(rotation: int, **kw: Any) -> dict[str, Any]:
    return p(g("arrow", rotation=rotation, fill="solid", **kw))


# -- known answers, worked by hand ------------------------------------------------------


def test_arrow_turning_a_quarter_clockwise() -> None:
    row = [arrow(0), arrow(90), arrow(180), arrow(270), None]  # up, right, down, left
    options = [arrow(r) for r in (90, 0, 180, 270, 45)]
    assert answers(row, options) == ["large black arrow pointing up"]


def test_one_more_star_each_panel() -> None:
    row = [p(g("star", count=c, size="small")) for c in (1, 2, 3, 4)] + [None]
    options = [p(g("star", count=c, size="small")) for c in (3, 4, 5, 6)]
    assert answers(row, options) == ["5 small white stars"]


def test_count_running_past_six_has_no_answer() -> None:
    # 3, 4, 5, 6 would go on to 7 copies, which no panel can show; a cycle may not take over
    row = [p(g("star", count=c)) for c in (3, 4, 5, 6)] + [None]
    found = answers(row, [p(g("star", count=c)) for c in (1, 3, 6)])
    assert found and all(a.startswith("unoffered panel") for a in found)


def test_fill_alternating() -> None:
    row = [p(g("circle", fill=f)) for f in ("empty", "solid", "empty", "solid")] + [None]
    options = [p(g("circle", fill=f)) for f in ("solid", "empty", "grey")]
    assert answers(row, options) == ["large white circle"]


def test_outline_cycling_through_three_needs_five_panels() -> None:
    kinds = ("circle", "square", "triangle", "circle", "square")
    options = [p(g(k)) for k in ("circle", "square", "triangle", "star")]
    row = [p(g(k)) for k in kinds] + [None]
    assert answers(row, options) == ["large white triangle pointing up"]
    # circle, square, triangle, circle: the cycle of three is seen coming round only
    # once, so it is not pinned down (it has three free values and needs five panels)
    assert answers([p(g(k)) for k in kinds[:4]] + [None], options) == []


def test_marker_moving_one_cell_clockwise() -> None:
    def panel(cell: int) -> dict[str, Any]:
        return p(g("square", position=4), g("circle", size="small", fill="solid", position=cell))

    row = [panel(c) for c in (0, 1, 2, 5)] + [None]  # top left, top centre, top right, right
    options = [panel(c) for c in (8, 6, 3, 7)]
    assert answers(row, options) == [
        "large white square centre; small black circle bottom right"]


def test_marker_jumping_two_cells_anticlockwise() -> None:
    def panel(cell: int) -> dict[str, Any]:
        return p(g("square", position=4), g("circle", size="small", fill="solid", position=cell))

    # ring places 2, 0, 6, 4 (cells 2, 0, 6, 8): two back each step, so next place 2 = cell 2
    row = [panel(c) for c in (2, 0, 6, 8)] + [None]
    options = [panel(c) for c in (0, 2, 5, 7)]
    assert answers(row, options) == ["large white square centre; small black circle top right"]


def test_missing_panel_of_a_turning_line() -> None:
    # vertical, /, ?, \, vertical: 45° clockwise each step, so the gap is horizontal
    row = [p(g("line", rotation=r)) for r in (0, 45)] + [None] + [
        p(g("line", rotation=r)) for r in (135, 180)]
    options = [p(g("line", rotation=r)) for r in (0, 45, 90, 135)]
    assert answers(row, options) == ["large horizontal line"]


def test_two_rules_at_once() -> None:
    # the arrow turns 45° clockwise; the fill goes white, grey, black and round again
    fills = ("empty", "grey", "solid", "empty", "grey")
    row = [p(g("arrow", rotation=45 * i, fill=f)) for i, f in enumerate(fills)] + [None]
    options = [p(g("arrow", rotation=r, fill=f))
               for r, f in ((225, "solid"), (225, "empty"), (180, "solid"), (270, "solid"))]
    assert answers(row, options) == ["large black arrow pointing down-left"]


def test_size_alternating_while_a_triangle_turns() -> None:
    sizes = ("large", "small", "large", "small")
    row = [p(g("triangle", rotation=90 * i, size=z)) for i, z in enumerate(sizes)] + [None]
    options = [p(g("triangle", rotation=r, size=z))
               for r, z in ((0, "large"), (0, "small"), (270, "large"))]
    assert answers(row, options) == ["large white triangle pointing up"]


def test_turns_are_compared_as_seen() -> None:
    # a triangle turned 360° is the one turned 0°, and a line turned 180° is the same line
    row = [p(g("line", rotation=r)) for r in (0, 90, 0, 90)] + [None]
    assert series_fits(row)[0]["turn"].values == frozenset({0})
    options = [p(g("line", rotation=180)), p(g("line", rotation=90))]
    assert answers(row, options) == ["large vertical line"]


# -- ambiguity and refusals -------------------------------------------------------------


def test_too_few_panels_is_two_continuations_and_no_answer() -> None:
    # up, right, down, ?: "a quarter turn each step" gives left, "three poses in turn"
    # gives up again. Three panels pin neither down (a step needs four), so the solver
    # gives no answer rather than choosing.
    row = [arrow(0), arrow(90), arrow(180), None]
    options = [arrow(r) for r in (270, 0, 90)]
    assert answers(row, options) == []


def test_two_options_drawn_alike_are_both_answers() -> None:
    # square, diamond, square, diamond: next a square, and a square turned 90° is one too
    row = [p(g("square", rotation=45 * (i % 2))) for i in range(4)] + [None]
    options = [p(g("square", rotation=0)), p(g("square", rotation=90)),
               p(g("square", rotation=45))]
    found = solve_series({"panels": row, "layout": "row", "options": options}, ["A", "B", "C"])
    assert found == ["A", "B"]


def test_answer_not_offered_is_reported() -> None:
    row = [arrow(0), arrow(90), arrow(180), arrow(270), None]
    found = answers(row, [arrow(90), arrow(180)])
    assert len(found) == 1 and found[0].startswith("unoffered panel: 1 large solid arrow")


def test_no_rule_fits_gives_no_answer() -> None:
    row = [arrow(r) for r in (0, 90, 45, 315)] + [None]
    assert answers(row, [arrow(r) for r in (0, 90, 180)]) == []


def test_each_attribute_has_at_most_one_value_exhaustively() -> None:
    """Every position series and every turn series of four shown panels and a gap.

    The library's rules of one complexity never disagree once they are checked
    on two more panels than they need (checked here for all 9**4 position
    series and all turn series of the four turnable kinds, every gap place).
    """
    for seq in itertools.product(range(9), repeat=4):
        for gap in range(5):
            values: list[Any] = [*seq[:gap], None, *seq[gap:]]
            assert len(_attribute_fit("cell", values, gap, None).values) <= 1
    for kind, period in (("arrow", 360), ("line", 180), ("triangle", 120), ("square", 90)):
        seen = sorted({r % period for r in figures.ROTATIONS})  # what 45° steps can show
        for seq in itertools.product(seen, repeat=4):
            for gap in range(5):
                values = [*seq[:gap], None, *seq[gap:]]
                assert len(_attribute_fit("turn", values, gap, kind).values) <= 1


def test_options_with_other_groups_do_not_fit() -> None:
    row = [arrow(0), arrow(90), arrow(180), arrow(270), None]
    two = p(g("arrow", rotation=0, fill="solid"), g("circle", size="small", position=0))
    assert answers(row, [two, arrow(0)]) == ["large black arrow pointing up"]


@pytest.mark.parametrize(
    "data",
    [
        {"panels": [None], "layout": "row", "options": []},
        {"panels": [{"shapes": []}, None], "layout": "row", "options": []},
        {"panels": [None, None], "layout": "row", "options": []},
        {"panels": "x", "layout": "row", "options": []},
        {"panels": [{"shapes": [{"kind": "hexagon"}]}, None], "layout": "row", "options": []},
        {"layout": "row"},
    ],
)
def test_malformed_data_gives_no_answer(data: dict[str, Any]) -> None:
    assert solve_series(data, []) == []


def test_mismatched_options_give_no_answer() -> None:
    row = [arrow(0), arrow(90), arrow(180), arrow(270), None]
    data = {"panels": row, "layout": "row", "options": [arrow(0)]}
    assert solve_series(data, ["A", "B"]) == []


# -- generated items ----------------------------------------------------------------------


def instances(difficulty: str, count: int, **params: Any) -> list[Any]:
    """(instance, params) pairs, rendered, straight from the family's functions."""
    par = fam.Params(difficulty=difficulty, **params)
    out = []
    for seed in range(count):
        inst = fam.generate(par, np.random.default_rng([seed, 1]))
        fam.render(inst, par, np.random.default_rng([seed, 2]))
        out.append(inst)
    return out


def visible(group: dict[str, Any]) -> dict[str, Any]:
    """A group's attributes as a candidate sees them (turns modulo symmetry)."""
    period = figures.PERIOD[group["kind"]]
    return {**group, "rotation": group["rotation"] % period if period else 0}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_each_wrong_option_changes_exactly_one_attribute(difficulty: str) -> None:
    for item in logicgen.generate(NAME, count=40, difficulty=difficulty, seed=4, n_options=8):
        options = item.data["options"]
        key = options[item.answer_index]
        for i, option in enumerate(options):
            if i == item.answer_index:
                continue
            assert len(option["shapes"]) == len(key["shapes"])
            changed = [(n, a) for n, (x, y) in enumerate(zip(option["shapes"], key["shapes"]))
                       for a in x if visible(x)[a] != visible(y)[a]]
            assert len(changed) == 1, (item.prompt, figures.describe(option))


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_items_are_well_formed(difficulty: str) -> None:
    for item in logicgen.generate(NAME, count=40, difficulty=difficulty, seed=8):
        data = item.data
        assert data["layout"] == "row"
        panels = data["panels"]
        assert panels.count(None) == 1
        gap = panels.index(None)
        assert (gap == len(panels) - 1) == (data["question"] == "next")
        assert 4 <= len(panels) - 1 <= 6
        for panel in panels:
            if panel is not None:
                figures.check_panel(panel)
        assert [figures.describe(o) for o in data["options"]] == list(item.choices)
        assert len({figures.look(o) for o in data["options"]}) == len(item.choices)
        lines = item.prompt.splitlines()
        assert lines[2:] == [f"Panel {i + 1}: {'?' if q is None else figures.describe(q)}"
                             for i, q in enumerate(panels)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_rules_are_over_determined_and_counted(difficulty: str) -> None:
    for inst in instances(difficulty, 60):
        spec = inst.spec
        assert len(spec.changing) == fam.N_RULES[difficulty]
        shown = spec.n - 1
        assert shown >= 4
        for rule in spec.rules.values():
            assert shown >= rule.complexity + 2
            if rule.form != "constant":  # a changing rule changes from panel to panel
                values = [rule.value(i) for i in range(spec.n)]
                kind = spec.value(rule.group, "kind", 0)
                if rule.attr == "rotation":
                    values = [v % figures.PERIOD[kind] for v in values]
                assert all(a != b for a, b in itertools.pairwise(values))
        counts = [spec.value(0, "count", i) for i in range(spec.n)]
        assert all(1 <= c <= 6 for c in counts)


def test_turn_steps_are_visible_and_allowed() -> None:
    for difficulty in DIFFICULTIES:
        for inst in instances(difficulty, 80):
            rule = inst.spec.rules[(0, "rotation")]
            if rule.form == "step":
                kind = inst.spec.value(0, "kind", 0)
                assert rule.values[1] % figures.TURNS[kind] == 0
                assert rule.values[1] % figures.PERIOD[kind] != 0


def test_the_solver_predicts_the_generators_answer() -> None:
    for inst in instances("hard", 60):
        panels = inst.data["panels"]
        fits = series_fits(panels)
        assert fits is not None
        key = inst.spec.panel(inst.spec.blank)
        for fit, shape in zip(fits, key["shapes"]):
            seen = visible(shape)
            assert fit["kind"].values == {seen["kind"]}
            assert fit["number"].values == {seen["count"]}
            assert fit["fill"].values == {seen["fill"]}
            assert fit["turn"].values == {seen["rotation"]}
            assert fit["cell"].values == {seen["position"]}


def test_explanation_names_each_rule_by_hand() -> None:
    rules = {
        (0, "kind"): fam.Rule(0, "kind", "constant", ("arrow",)),
        (0, "count"): fam.Rule(0, "count", "constant", (1,)),
        (0, "size"): fam.Rule(0, "size", "constant", ("large",)),
        (0, "fill"): fam.Rule(0, "fill", "constant", ("solid",)),
        (0, "rotation"): fam.Rule(0, "rotation", "step", (0, 90)),
        (0, "position"): fam.Rule(0, "position", "constant", (None,)),
    }
    spec = fam.Spec("single", rules, [(0, "rotation")], n=5, blank=4, question="next")
    inst = fam._instance(spec)
    prompt, choices = fam.render(inst, fam.Params(difficulty="easy"), np.random.default_rng(3))
    assert prompt.splitlines()[2:] == [
        "Panel 1: large black arrow pointing up",
        "Panel 2: large black arrow pointing right",
        "Panel 3: large black arrow pointing down",
        "Panel 4: large black arrow pointing left",
        "Panel 5: ?",
    ]
    assert inst.answer == "large black arrow pointing up"
    text = fam.explain(inst)
    assert ("The arrow turns 90° clockwise each step (up, right, down, left, ?), so in "
            "panel 5 it points up.") in text
    heads = tuple(f"{c}{tail}" for c in "ABCDE" for tail in (":", " has "))
    wrong = [line for line in text.splitlines() if line.startswith(heads)]
    assert len(wrong) == 4
    letter = "ABCDE"[choices.index(inst.answer)]
    assert not any(line.startswith(letter) for line in wrong)
    # the answer points up: a wrong turn reads "... not up", a wrong constant says it never changes
    assert all(line.endswith("not up.") or "never changes" in line for line in wrong)


def test_explanation_of_counts_and_markers() -> None:
    rules = {
        (0, "kind"): fam.Rule(0, "kind", "constant", ("star",)),
        (0, "count"): fam.Rule(0, "count", "step", (1, 1)),
        (0, "size"): fam.Rule(0, "size", "constant", ("medium",)),
        (0, "fill"): fam.Rule(0, "fill", "constant", ("grey",)),
        (0, "rotation"): fam.Rule(0, "rotation", "constant", (0,)),
        (0, "position"): fam.Rule(0, "position", "constant", (None,)),
    }
    spec = fam.Spec("single", rules, [(0, "count")], n=5, blank=4, question="next")
    inst = fam._instance(spec)
    fam.render(inst, fam.Params(), np.random.default_rng(1))
    assert ("The number of stars goes 1, 2, 3, 4, ?: one more each step, so panel 5 has "
            "five.") in fam.explain(inst)
    marker = {
        (0, "kind"): fam.Rule(0, "kind", "constant", ("square",)),
        (0, "count"): fam.Rule(0, "count", "constant", (1,)),
        (0, "size"): fam.Rule(0, "size", "constant", ("large",)),
        (0, "fill"): fam.Rule(0, "fill", "constant", ("empty",)),
        (0, "rotation"): fam.Rule(0, "rotation", "constant", (0,)),
        (0, "position"): fam.Rule(0, "position", "constant", (4,)),
        (1, "kind"): fam.Rule(1, "kind", "constant", ("circle",)),
        (1, "count"): fam.Rule(1, "count", "constant", (1,)),
        (1, "size"): fam.Rule(1, "size", "constant", ("small",)),
        (1, "fill"): fam.Rule(1, "fill", "constant", ("solid",)),
        (1, "rotation"): fam.Rule(1, "rotation", "constant", (0,)),
        (1, "position"): fam.Rule(1, "position", "step", (0, 1)),
    }
    spec = fam.Spec("marker", marker, [(1, "position")], n=6, blank=2, question="missing")
    inst = fam._instance(spec)
    fam.render(inst, fam.Params(), np.random.default_rng(1))
    assert ("The small circle moves one cell clockwise round the edge of the panel each step "
            "(top left, top centre, ?, middle right, bottom right, bottom centre), so in "
            "panel 3 it is at the top right.") in fam.explain(inst)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_explanations_name_rules_and_wrong_options(difficulty: str) -> None:
    words = {"rotation": "turn", "count": "The number of", "fill": "fill", "size": "size",
             "kind": "outline", "position": "moves"}
    for inst in instances(difficulty, 40):
        text = fam.explain(inst)
        for _, attr in inst.spec.changing:
            assert words[attr] in text
        letters = [fam.LETTERS[i] for i, o in enumerate(inst.spec.options) if o.broken]
        for letter in letters:
            assert any(line.startswith((f"{letter}:", f"{letter} has"))
                       for line in text.splitlines()), text


def test_question_and_min_panels_parameters() -> None:
    for item in logicgen.generate(NAME, count=20, seed=3, question="missing"):
        assert item.data["question"] == "missing" and item.data["panels"][-1] is not None
    for item in logicgen.generate(NAME, count=20, seed=3, question="next"):
        assert item.data["panels"][-1] is None
    for item in logicgen.generate(NAME, count=20, seed=3, min_panels=6, difficulty="hard"):
        assert len(item.data["panels"]) - 1 >= 6
        assert verify(item).ok


def test_missing_panels_are_more_common_when_harder() -> None:
    share = {d: sum(i.data["question"] == "missing"
                    for i in logicgen.generate(NAME, count=200, seed=6, difficulty=d))
             for d in ("easy", "hard")}
    assert share["easy"] < share["hard"]


def test_tampered_item_fails_verification() -> None:
    item = logicgen.generate(NAME, count=1, seed=12)[0]
    data = dict(item.data)
    wrong = (item.answer_index + 1) % len(item.choices)
    bad = Item.from_dict({**item.to_dict(), "answer": item.choices[wrong], "answer_index": wrong,
                          "data": data})
    assert not verify(bad).ok


# -- bad parameters ---------------------------------------------------------------------

BAD_PARAMS = [
    ({"question": "sideways"}, "question must be one of mixed, next, missing"),
    ({"min_panels": 3}, "min_panels must be between 4 and 6 (got 3)"),
    ({"min_panels": 7}, "min_panels must be between 4 and 6 (got 7)"),
    ({"min_panels": "5"}, "min_panels must be an integer"),
    ({"n_options": 2}, "n_options must be between 3 and 8 (got 2)"),
    ({"format": "numeric"}, "format must be one of choice for sequence.figure"),
    ({"difficulty": "extreme"}, "difficulty must be one of easy, medium, hard"),
    ({"panels": 5}, "has no parameter"),
]


@pytest.mark.parametrize(("params", "message"), BAD_PARAMS)
def test_bad_parameters(params: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidParams, match=message.replace("(", r"\(").replace(")", r"\)")):
        logicgen.generate(NAME, count=1, seed=1, **params)


@pytest.mark.parametrize(
    "group",
    [
        {"kind": ["arrow"], "count": 1, "size": "large", "fill": "solid", "rotation": 0,
         "position": None},
        {"kind": "arrow", "count": True, "size": "large", "fill": "solid", "rotation": 0,
         "position": None},
        {"kind": "arrow", "count": 1, "size": "large", "fill": "solid", "rotation": 30,
         "position": None},
        {"kind": "arrow", "count": 1, "size": "large", "fill": "solid", "rotation": 0,
         "position": True},
        {"kind": "arrow", "count": 7, "size": "large", "fill": "solid", "rotation": 0,
         "position": None},
        {"kind": "arrow", "count": 1, "size": "large", "fill": "solid", "rotation": 0},
    ],
)
def test_malformed_groups_are_refused(group: dict[str, Any]) -> None:
    from logicgen.solve.figures import read_panel

    assert read_panel({"shapes": [group]}) is None
