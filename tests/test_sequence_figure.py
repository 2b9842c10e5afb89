"""Tests for the ``sequence.figure`` family and the figure-series solver.

The known answers below were worked out by hand from the panel model
(docs/figures.md): rotations are clockwise, the ring of outer cells runs
0, 1, 2, 5, 8, 7, 6, 3 (clockwise from the top left), and a line turned by
180° or a square turned by 90° looks the same as before.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from option_attacks import ATTACKS, attacks, best, differences, majority_scores

import logicgen
from logicgen import InvalidParams, Item, figures, verify
from logicgen.generators.sequences import figure as fam
from logicgen.generators.sequences._figure_rules import SHAPES, draws
from logicgen.kit import settle
from logicgen.solve.figures import _attribute_fit, series_fits, solve_series

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
    fits = series_fits(row)
    assert fits is not None and fits[0]["turn"].values == frozenset({0})
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
        out.append(settle(inst, fam.render(inst, par, np.random.default_rng([seed, 2]))))
    return out


def visible(group: dict[str, Any]) -> dict[str, Any]:
    """A group's attributes as a candidate sees them (turns modulo symmetry)."""
    period = figures.PERIOD[group["kind"]]
    return {**group, "rotation": group["rotation"] % period if period else 0}


# -- wrong options: balanced, so that the options alone do not give the key away --------
#
# The attacks (tests/option_attacks.py) are a test-wise candidate's guesses made from
# the options alone, without the row.


Features = tuple[Any, ...]


def features(panel: dict[str, Any]) -> Features:
    """Every attribute of every group as a candidate sees it."""
    return tuple(visible(g)[a] for g in panel["shapes"] for a in fam.ATTRS)


def unique_extreme(scores: Sequence[float], i: int) -> bool:
    """Whether ``scores[i]`` is the one highest or the one lowest score."""
    others = [s for j, s in enumerate(scores) if j != i]
    return all(scores[i] > s + 1e-9 for s in others) or all(scores[i] < s - 1e-9 for s in others)


def test_attacks_by_hand() -> None:
    # key, key+A, key+B, key+A+B, key+A+B+C: A and B are majorities (3 of 5), C is not,
    # so the vote builds key+A+B; totals of differing attributes 7, 6, 6, 5, 8
    points = [(0, 0, 0), (1, 0, 0), (0, 1, 0), (1, 1, 0), (1, 1, 1)]
    assert majority_scores(points) == [1, 2, 2, 3, 2]
    assert differences(points) == [7, 6, 6, 5, 8]
    assert attacks(points, 0) == {"majority vote": 0, "most central": 0, "least central": 0}
    assert attacks(points, 3) == {"majority vote": 1, "most central": 1, "least central": 0}
    # every wrong option changing one attribute, each a different one: the vote finds the key
    single = [(0, 0), (1, 0), (0, 1)]
    assert attacks(single, 0) == {"majority vote": 1, "most central": 1, "least central": 0}
    # a tie of two for the best score counts half
    assert best([1, 2, 2], 1, True) == 0.5


@pytest.mark.parametrize("n", sorted(SHAPES))
def test_shapes_hide_every_key_point(n: int) -> None:
    """No point the key may take is the unique best or worst by any attack."""
    assert n in range(3, 9)
    share_one = share_more = weight = 0.0
    for shape in SHAPES[n]:
        points = shape.points
        assert len(points) == n and len(set(points)) == n and shape.weight > 0
        majority = majority_scores(points)
        spread = differences(points)
        keys = shape.keys or range(n)
        for k in keys:
            assert not unique_extreme(majority, k), (shape, k)
            assert not unique_extreme(spread, k), (shape, k)
            broken = [sum(a != b for a, b in zip(points[k], q)) for q in points if q != points[k]]
            assert 1 <= min(broken) and max(broken) <= 3
            share_one += shape.weight / len(keys) * broken.count(1) / (n - 1)
            share_more += shape.weight / len(keys) * (n - 1 - broken.count(1)) / (n - 1)
        weight += shape.weight
        if shape.keys is not None:  # the only restricted shape: the path, its middle left out
            assert n == 3 and unique_extreme(spread, 1) and 1 not in shape.keys
    # most wrong options break one attribute, some more (n = 3 has few options to share)
    assert share_one / weight > 0.5
    assert share_more / weight > (0.15 if n == 3 else 0.3)


@pytest.mark.parametrize("n", sorted(SHAPES))
def test_shapes_give_chance_rates_on_average(n: int) -> None:
    """The attacks' exact success over the shapes, weighted, the key on any allowed point."""
    total = sum(s.weight for s in SHAPES[n])
    rates = dict.fromkeys(ATTACKS, 0.0)
    for shape in SHAPES[n]:
        keys = shape.keys or range(n)
        for k in keys:
            for name, hit in attacks(shape.points, k).items():
                rates[name] += shape.weight / total / len(keys) * hit
    assert all(rate <= 1 / n + 0.05 for rate in rates.values()), rates


ATTACK_SEEDS = {"easy": 21, "medium": 22, "hard": 23}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("n_options", [3, 5, 8])
def test_options_alone_do_not_give_the_key_away(difficulty: str, n_options: int) -> None:
    """Measured on generated items: each attack finds the key about one time in n.

    At n = 3, three items in four use the one-attribute row or the two-attribute
    diagonal (every point alike) and one in four the path with the key at an end:
    the least central guess finds the key 0.55/3 + 0.2/3 + 0.25/2 = 0.375 of the
    time on average, the others 0.25; at larger n every rate is near 1/n.
    """
    items = logicgen.generate(NAME, count=300, difficulty=difficulty,
                              seed=ATTACK_SEEDS[difficulty], n_options=n_options)
    rates = dict.fromkeys(ATTACKS, 0.0)
    for item in items:
        points = [features(o) for o in item.data["options"]]
        assert item.answer_index is not None
        for name, hit in attacks(points, item.answer_index).items():
            rates[name] += hit / len(items)
    for name, rate in rates.items():
        assert rate <= 1 / n_options + 0.1, (name, rate)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_each_wrong_option_breaks_at_least_one_attribute(difficulty: str) -> None:
    """Per item: every wrong option breaks one to three attributes, the key is never
    the unique best or worst of an attack, and the explanation names every break."""
    broken_counts: Counter[int] = Counter()
    for n_options in range(3, 9):
        par = fam.Params(difficulty=difficulty, n_options=n_options)
        for seed in range(25):
            inst = fam.generate(par, np.random.default_rng([seed, n_options, 1]))
            inst = settle(inst, fam.render(inst, par, np.random.default_rng([seed, 2])))
            spec = inst.spec
            options = spec.options
            assert len(options) == n_options
            key = next(i for i, o in enumerate(options) if not o.changes)
            answer = features(options[key].panel)
            points = [features(o.panel) for o in options]
            assert len(set(points)) == n_options  # all look different
            majority = majority_scores(points)
            spread = differences(points)
            assert not unique_extreme(majority, key) and not unique_extreme(spread, key)
            text = fam.explain(inst).splitlines()
            for i, option in enumerate(options):
                if i == key:
                    continue
                # what the option breaks, seen on the panels: 1 to 3 attributes
                seen = [(g, a) for g, (x, y) in enumerate(zip(option.panel["shapes"],
                                                            options[key].panel["shapes"]))
                        for a in fam.ATTRS if visible(x)[a] != visible(y)[a]]
                assert 1 <= len(seen) <= 3 and seen == option.broken
                assert points[i] != answer
                broken_counts[len(seen)] += 1
                letter = fam.LETTERS[i]
                line = next(t for t in text if t.startswith((f"{letter}:", f"{letter} has")))
                for g, attr, value in option.changes:
                    assert word(spec, g, attr, value) in line, (line, attr, value)
                    right = options[key].panel["shapes"][g][attr]
                    assert word(spec, g, attr, right) in line, (line, attr, right)
                assert line.count(";") == len(option.changes) - 1
    total = sum(broken_counts.values())
    assert broken_counts[1] / total > 0.5 and broken_counts[2] / total > 0.25


def word(spec: fam.Spec, g: int, attr: str, value: Any) -> str:
    """How an explanation names an attribute value (worked from docs/figures.md)."""
    if attr == "count":
        return ("no", "one", "two", "three", "four", "five", "six")[value]
    if attr == "fill":
        return {"empty": "white", "striped": "striped", "grey": "grey", "solid": "black"}[value]
    if attr == "position":
        return figures.POSITIONS[value]
    if attr == "rotation":
        kind = spec.value(g, "kind", spec.blank)
        if kind == "arrow":
            return ("up", "up-right", "right", "down-right", "down", "down-left", "left",
                    "up-left")[value // 45]
        if kind == "line":
            return ("vertical", "slanting /", "horizontal", "slanting \\")[value % 180 // 45]
        if kind == "triangle":
            return {0: "up", 90: "right", 180: "down", 270: "left"}[value]
        return "a diamond" if value % 90 else "upright"
    return str(value)  # size and kind are named by their own words


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_changing_rules_are_tested_by_the_options(difficulty: str) -> None:
    """Some wrong option breaks a rule that changes, not only features that never do."""
    for n_options in (3, 5, 8):
        for inst in instances(difficulty, 60, n_options=n_options):
            spec = inst.spec
            assert any(k in spec.changing for o in spec.wrong for k in o.broken)


def test_at_most_one_option_repeats_a_neighbour_of_the_gap() -> None:
    for difficulty in DIFFICULTIES:
        for inst in instances(difficulty, 80, n_options=8):
            spec = inst.spec
            near = [figures.look(spec.row[i]) for i in (spec.blank - 1, spec.blank + 1)
                    if 0 <= i < len(inst.data["panels"]) and inst.data["panels"][i] is not None]
            copies = [o for o in spec.wrong if figures.look(o.panel) in near]
            assert len(copies) <= 1


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
    changes: list[tuple[fam.Change, ...]] = [
        ((0, "rotation", 90),),
        ((0, "size", "small"),),
        ((0, "fill", "empty"), (0, "rotation", 270)),
        ((0, "count", 2),),
    ]
    spec.wrong = [fam.Option(spec.panel(4, c), c) for c in changes]
    inst = fam._draft(spec)
    words = fam.render(inst, fam.Params(difficulty="easy"), np.random.default_rng(3))
    prompt, choices = words.prompt, words.choices
    assert choices is not None
    inst = settle(inst, words)
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
    letter = {c: "ABCDE"[i] for i, c in enumerate(choices)}
    # each line names every feature the option gets wrong, against the answer's
    # (black, large, one arrow pointing up); the fill, size and number never change
    expected = [
        f"{letter['large black arrow pointing right']}: the arrow points right, not up.",
        (f"{letter['small black arrow pointing up']}: the arrow is small, not large "
         "(the size never changes)."),
        (f"{letter['large white arrow pointing left']}: the arrow is white, not black "
         "(the fill never changes); it points left, not up."),
        (f"{letter['2 large black arrows pointing up']} has two arrows, not one "
         "(the number never changes)."),
    ]
    lines = text.splitlines()
    assert "The other options each get one or more features wrong:" in lines
    assert sorted(lines[-5:-1]) == sorted(expected)
    assert lines[-1] == f"Answer: {letter['large black arrow pointing up']}."


def with_options(spec: fam.Spec, n_options: int = 5) -> None:
    """Give a hand-made row its wrong options, as ``generate`` does."""
    wrong = fam.wrong_options(spec, n_options - 1, draws(np.random.default_rng(5)))
    assert wrong is not None
    spec.wrong = wrong


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
    with_options(spec)
    inst = fam._draft(spec)
    inst = settle(inst, fam.render(inst, fam.Params(), np.random.default_rng(1)))
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
    with_options(spec)
    inst = fam._draft(spec)
    inst = settle(inst, fam.render(inst, fam.Params(), np.random.default_rng(1)))
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
    assert item.answer_index is not None
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


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_render_leaves_the_draft_unchanged(difficulty: str) -> None:
    """The option order is wording: it reaches the item through the Wording alone."""
    par = fam.Params(difficulty=difficulty)
    for seed in range(10):
        draft = fam.generate(par, np.random.default_rng([seed, 1]))
        data = repr(draft.data)
        words = fam.render(draft, par, np.random.default_rng([seed, 2]))
        assert words.choices is not None and words.data is not None
        assert repr(draft.data) == data and "options" not in draft.data
        assert draft.spec.options == [] and len(words.spec.options) == par.n_options
        settled = settle(draft, words)
        assert settled.data["options"] == words.data["options"]
        assert [figures.describe(p) for p in settled.data["options"]] == list(words.choices)
        assert words.choices.index(settled.answer) == next(
            i for i, o in enumerate(words.spec.options) if not o.changes)


# -- effort: the score is what the solver needed -----------------------------------


def _group(kind: str = "arrow", **attrs: Any) -> dict[str, Any]:
    return {"kind": kind, "count": 1, "size": "large", "fill": "solid", "rotation": 0,
            "position": None, **attrs}


def _series_effort(rows: list[list[dict[str, Any]] | None], question: str = "next") -> float:
    from logicgen.solve.figures import series_effort
    panels = [None if r is None else {"shapes": r} for r in rows]
    return series_effort({"panels": panels, "layout": "row", "question": question})


def test_effort_worked_by_hand() -> None:
    quarter = [[_group(rotation=r)] for r in (0, 90, 180, 270)]
    # an arrow turning a quarter each panel: 1 + 0.8 (a quarter turn) + 0.1 (the
    # constant rejected first)
    assert _series_effort([*quarter, None]) == 1.9
    # turning 135°: 1 + 1.4 + 0.1
    assert _series_effort([*[[_group(rotation=r)] for r in (0, 135, 270, 45)], None]) == 2.5
    # the gap inside the row: 1.9 + 0.5
    assert _series_effort([quarter[0], quarter[1], None, quarter[3], [_group(rotation=0)]],
                          "missing") == 2.4
    # the fill coming round through three values (five panels): 1 + 1.0 + 0.3 (the
    # constant, two values taking turns and a step rejected)
    fills = ("empty", "striped", "solid", "empty", "striped")
    assert _series_effort([*[[_group("circle", fill=f)] for f in fills], None]) == 2.3
    # a square with a dot moving one cell clockwise round the ring: 1 + 0.8 + 0.1 for
    # the dot's move + 0.4 for the second group (the square never changes)
    assert _series_effort([*[[_group("square"), _group("circle", size="small", position=c)]
                             for c in (0, 1, 2, 5)], None]) == 2.3


def test_effort_rewards_the_rules_not_the_length() -> None:
    four = [[_group(rotation=r)] for r in (0, 90, 180, 270)]
    six = [[_group(rotation=r % 360)] for r in range(0, 540, 90)]
    assert _series_effort([*four, None]) == _series_effort([*six, None]) == 1.9
    # two rules cost more than one; a three-value cycle more than two values taking turns
    both = [[_group(rotation=r, fill=f)] for r, f in zip((0, 90, 180, 270), ("solid", "grey") * 2)]
    assert _series_effort([*both, None]) > _series_effort([*four, None])
    two = [[_group("circle", fill=f)] for f in ("empty", "solid") * 3][:5]
    three = [[_group("circle", fill=f)] for f in ("empty", "striped", "solid", "empty", "striped")]
    assert _series_effort([*three, None]) > _series_effort([*two, None])
    # a malformed row scores 0
    assert _series_effort([*four, None, None]) == 0.0


def test_effort_is_the_score_and_levels_in_band() -> None:
    from logicgen.registry import get
    from logicgen.solve.figures import series_effort
    family = get("sequence.figure")
    medians = []
    for level in ("easy", "medium", "hard"):
        lo, hi = family.band(level)
        items = logicgen.generate("sequence.figure", count=20, difficulty=level, seed=9)
        for item in items:
            assert item.score == round(series_effort(item.data), 3)
            assert lo <= item.score <= hi
        medians.append(sorted(i.score for i in items)[10])
    assert medians[0] < medians[1] < medians[2]
