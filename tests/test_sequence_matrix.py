"""Tests for the ``sequence.matrix`` family and its solver.

The known answers below were worked out by hand from the pictures the panels
describe, not taken from the generator: each comment gives the reading.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from option_attacks import best, majority_scores
from option_attacks import differences as differences_between

import logicgen
from logicgen import InvalidParams
from logicgen.figures import check_panel, describe, look
from logicgen.generators.sequences import matrix as fam
from logicgen.generators.sequences._matrix_rules import PATTERNS
from logicgen.kit import settle
from logicgen.solve import matrix as solver
from logicgen.solve.matrix import UNLISTED, solve

NAME = "sequence.matrix"
DIFFICULTIES = ("easy", "medium", "hard")
OPS = ("xor", "and", "or", "difference")


def shape(kind: str = "circle", count: int = 1, size: str = "large", fill: str = "solid",
          rotation: int = 0, position: int | None = None) -> dict[str, Any]:
    return {"kind": kind, "count": count, "size": size, "fill": fill, "rotation": rotation,
            "position": position}


def panel(*groups: dict[str, Any]) -> dict[str, Any]:
    return {"shapes": list(groups)}


def dots(*cells: int) -> dict[str, Any]:
    return panel(*(shape(size="small", position=c) for c in sorted(cells)))


def answers(rows: list[list[dict[str, Any]]], options: list[dict[str, Any]]) -> list[str]:
    """Solve a matrix given as three rows (the last with two panels); choices are A, B, ..."""
    data = {"panels": [*rows[0], *rows[1], *rows[2], None], "options": options}
    return solve(data, ["ABCDEFGH"[i] for i in range(len(options))])


# -- known answers, worked by hand --------------------------------------------------------


def test_count_goes_up_along_rows() -> None:
    # 1 2 3 / 2 3 4 / 3 4 ? -> 5 (and down the columns too: 3, 4, 5)
    rows = [[panel(shape(count=r + c)) for c in (1, 2, 3)] for r in range(3)]
    rows[2] = rows[2][:2]
    options = [panel(shape(count=n)) for n in (4, 5, 6)] + [panel(shape(count=5, fill="grey"))]
    assert answers(rows, options) == ["B"]


def test_fill_distribution() -> None:
    # each row holds white, grey, black once: row 3 has black, white -> grey
    fills = [["empty", "grey", "solid"], ["grey", "solid", "empty"], ["solid", "empty"]]
    rows = [[panel(shape("square", fill=f)) for f in row] for row in fills]
    options = [panel(shape("square", fill=f)) for f in ("empty", "grey", "solid", "striped")]
    assert answers(rows, options) == ["B"]


def test_arrow_turns_90_degrees_clockwise() -> None:
    # rows start pointing up, right, down; each step turns 90°: row 3 down, left -> up
    starts = (0, 90, 180)
    rows = [[panel(shape("arrow", rotation=(s + 90 * c) % 360)) for c in range(3)] for s in starts]
    rows[2] = rows[2][:2]
    options = [panel(shape("arrow", rotation=r)) for r in (0, 90, 180, 270, 315)]
    assert answers(rows, options) == ["A"]


def test_triangle_turns_modulo_its_symmetry() -> None:
    # a triangle turned 360° looks as it did at 0°, and 180° looks like 60°
    rows = [[panel(shape("triangle", rotation=(s + 90 * c) % 360)) for c in range(3)]
            for s in (0, 90, 180)]
    rows[2] = rows[2][:2]  # 180, 270 -> 360 = upright
    options = [panel(shape("triangle", rotation=r)) for r in (0, 90, 180)]
    assert answers(rows, options) == ["A"]


def test_small_shape_moves_one_cell_right() -> None:
    # rows run along the top, the middle and the bottom of the sub-grid: bottom right
    rows = [[panel(shape("star", size="small", position=3 * r + c)) for c in range(3)]
            for r in range(3)]
    rows[2] = rows[2][:2]
    options = [panel(shape("star", size="small", position=p)) for p in (2, 5, 8, 7)]
    assert answers(rows, options) == ["C"]


def test_moving_round_the_edge() -> None:
    # clockwise round the border one place per step: top left, top centre, top right;
    # top right, middle right, bottom right; bottom right, bottom centre -> bottom left
    cells = [[0, 1, 2], [2, 5, 8], [8, 7]]
    rows = [[panel(shape("circle", size="small", position=p)) for p in row] for row in cells]
    options = [panel(shape("circle", size="small", position=p)) for p in (6, 3, 4)]
    assert answers(rows, options) == ["A"]


def test_rule_down_the_columns_only() -> None:
    # rows show no rule, but each column counts up by one: column 3 is 2, 3 -> 4
    counts = [[1, 3, 2], [2, 4, 3], [3, 5]]
    rows = [[panel(shape("pentagon", count=n)) for n in row] for row in counts]
    options = [panel(shape("pentagon", count=n)) for n in (3, 4, 5, 6)]
    assert answers(rows, options) == ["B"]


def test_marker_and_large_shape_are_read_as_layers() -> None:
    # the large shape: each row holds a square, a circle and a triangle (row 3 has
    # circle, triangle -> square); the small dot moves one cell right along the top
    # cells in every row (top left, top centre -> top right)
    kinds = [["square", "circle", "triangle"], ["triangle", "square", "circle"],
             ["circle", "triangle"]]
    rows = [[panel(shape(k, fill="empty"), shape(size="small", position=c))
             for c, k in enumerate(row)] for row in kinds]
    options = [panel(shape(k, fill="empty"), shape(size="small", position=p))
               for k, p in (("square", 2), ("square", 1), ("triangle", 2))]
    assert answers(rows, options) == ["A"]


def test_xor() -> None:
    # row 1: {0,1} xor {1,2} = {0,2}; row 2: {3,4,6} xor {4,5} = {3,5,6};
    # row 3: {0,4,8} xor {2,4} = {0,2,8}
    rows = [[dots(0, 1), dots(1, 2), dots(0, 2)], [dots(3, 4, 6), dots(4, 5), dots(3, 5, 6)],
            [dots(0, 4, 8), dots(2, 4)]]
    options = [dots(0, 2, 8), dots(0, 2, 4, 8), dots(4), dots(0, 8)]
    assert answers(rows, options) == ["A"]


def test_and() -> None:
    # row 1: {0,1,2} and {1,2,5} = {1,2}; row 2: {3,6,7} and {6,7,8} = {6,7};
    # row 3: {0,4,8} and {4,8,2} = {4,8}
    rows = [[dots(0, 1, 2), dots(1, 2, 5), dots(1, 2)], [dots(3, 6, 7), dots(6, 7, 8), dots(6, 7)],
            [dots(0, 4, 8), dots(2, 4, 8)]]
    options = [dots(0, 2), dots(4, 8), dots(0, 2, 4, 8), dots(4)]
    assert answers(rows, options) == ["B"]


def test_or() -> None:
    # row 1: {0,4} or {4,8} = {0,4,8}; row 2: {1,2} or {2,5} = {1,2,5};
    # row 3: {3,6} or {0,3} = {0,3,6}
    rows = [[dots(0, 4), dots(4, 8), dots(0, 4, 8)], [dots(1, 2), dots(2, 5), dots(1, 2, 5)],
            [dots(3, 6), dots(0, 3)]]
    options = [dots(0, 6), dots(3), dots(0, 3, 6), dots(0, 3, 6, 8)]
    assert answers(rows, options) == ["C"]


def test_spokes_keep_their_orientation_per_cell() -> None:
    # short lines pointing at the centre; xor along rows:
    # {0,1} xor {1,2} = {0,2}; {3,5} xor {5,8} = {3,8}; {6,7} xor {7,8} = {6,8}
    spoke = {0: 135, 1: 0, 2: 45, 3: 90, 5: 90, 6: 45, 7: 0, 8: 135}

    def lines(*cells: int) -> dict[str, Any]:
        return panel(*(shape("line", size="medium", fill="empty", rotation=spoke[c],
                             position=c) for c in sorted(cells)))

    rows = [[lines(0, 1), lines(1, 2), lines(0, 2)], [lines(3, 5), lines(5, 8), lines(3, 8)],
            [lines(6, 7), lines(7, 8)]]
    assert answers(rows, [lines(6, 8), lines(6, 7, 8), lines(6)]) == ["A"]


def test_two_consistent_answers_are_both_reported() -> None:
    # counts 1 1 2 / 2 2 3 / 3 3 ?: the columns read 1, 2, 3 and 1, 2, 3, so column 3
    # (2, 3, ?) goes up by one (4), or holds 1, 2, 3 once each (1), or ends in the
    # sum of the two above (5); the three rules are equally simple and the rows fit
    # none of them (2 + 2 is not 3), so all three options are correct
    counts = [[1, 1, 2], [2, 2, 3], [3, 3]]
    rows = [[panel(shape(count=n)) for n in row] for row in counts]
    options = [panel(shape(count=n)) for n in (4, 1, 5, 6)]
    assert answers(rows, options) == ["A", "B", "C"]
    # offering only two of them leaves the third as an unlisted answer
    assert answers(rows, options[:2]) == ["A", "B", UNLISTED]


def test_counts_that_also_add_up_are_ambiguous() -> None:
    # 2 4 6 / 2 4 6 / 1 3 ?: "up by two" gives 5, "first + second" gives 4
    counts = [[2, 4, 6], [2, 4, 6], [1, 3]]
    rows = [[panel(shape(count=n)) for n in row] for row in counts]
    assert answers(rows, [panel(shape(count=n)) for n in (5, 4, 3)]) == ["A", "B"]
    # 1 2 3 / 2 3 5 / 3 1 ?: only the sum fits both full rows -> 4
    counts = [[1, 2, 3], [2, 3, 5], [3, 1]]
    rows = [[panel(shape(count=n)) for n in row] for row in counts]
    assert answers(rows, [panel(shape(count=n)) for n in (5, 4, 2)]) == ["B"]


def test_a_prediction_not_offered_is_reported() -> None:
    rows = [[panel(shape(count=r + c)) for c in (1, 2, 3)] for r in range(3)]
    rows[2] = rows[2][:2]
    assert answers(rows, [panel(shape(count=n)) for n in (3, 4, 6)]) == [UNLISTED]


def test_a_simpler_rule_that_disagrees_rules_the_key_out() -> None:
    # every shown panel has two dots; xor along rows would give four in row 3, but
    # "always two dots" is simpler, so the xor panel is not a defensible answer
    rows = [[dots(0, 1), dots(1, 2), dots(0, 2)], [dots(3, 4), dots(4, 5), dots(3, 5)],
            [dots(0, 1), dots(2, 3)]]
    assert answers(rows, [dots(0, 1, 2, 3), dots(0, 1)]) == []


def test_nothing_fits() -> None:
    counts = [[1, 4, 2], [3, 1, 1], [2, 6]]
    rows = [[panel(shape(count=n)) for n in row] for row in counts]
    assert answers(rows, [panel(shape(count=n)) for n in (1, 2, 3)]) == []


def test_malformed_data_is_refused() -> None:
    with pytest.raises(ValueError, match="panel 2 is not a panel"):
        solve({"panels": [dots(1), {"shapes": [{"kind": "hexagon"}]}] + [dots(1)] * 6 + [None],
               "options": [dots(1)]}, ["A"])
    with pytest.raises(ValueError, match="one panel per choice"):
        solve({"panels": [dots(1)] * 8 + [None], "options": [dots(1)]}, ["A", "B"])
    with pytest.raises(ValueError, match="eight shown panels"):
        solve({"panels": [dots(1)] * 9, "options": [dots(1)]}, ["A"])


def test_solver_reads_json_with_its_own_code() -> None:
    source = Path(solver.__file__).read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Import)
                 for a in node.names}
    assert not any(name and ("figures" in name or "families" in name) for name in imported)


# -- generated items ------------------------------------------------------------------------


def items(difficulty: str, count: int = 60, seed: int = 8, **params: Any) -> list[logicgen.Item]:
    return logicgen.generate(NAME, count=count, difficulty=difficulty, seed=seed, **params)


def _overlay(item: logicgen.Item) -> bool:
    return bool(item.data["rules"][0].startswith("elements"))


def features(item: logicgen.Item, panel: dict[str, Any]) -> dict[Any, Any]:
    """A panel as the features a candidate compares between options.

    A shape matrix: each attribute of each group, as drawn (a turn modulo the
    shape's symmetry, by :func:`look`). An overlay: whether each cell holds an
    element, and the style all elements share.
    """
    if _overlay(item):
        shapes = panel["shapes"]
        out: dict[Any, Any] = {("cell", c): any(g["position"] == c for g in shapes)
                               for c in range(9)}
        for attr in ("kind", "count", "size", "fill"):
            assert len({g[attr] for g in shapes}) == 1, (item.code, panel)
            out[attr] = shapes[0][attr]
        return out
    return {(j, k): v for j, g in enumerate(look(panel)) for k, v in enumerate(g)}


def differences(item: logicgen.Item, option: dict[str, Any]) -> list[Any]:
    key, other = (features(item, p) for p in (item.data["options"][item.answer_index], option))
    return [f for f in key if key[f] != other[f]]


def majority_vote(points: list[dict[Any, Any]], index: int) -> float:
    """The chance that "the option with the most common value of the most features" is
    ``points[index]`` (a tie between values gives each a share of the feature)."""
    return best(majority_scores(points), index, True)


def most_central(points: list[dict[Any, Any]], index: int) -> float:
    """The chance that "the option nearest to all the others" is ``points[index]``."""
    return best(differences_between(points), index, False)


def least_central(points: list[dict[Any, Any]], index: int) -> float:
    """The chance that "the option most unlike the others" is ``points[index]``."""
    return best(differences_between(points), index, True)


ATTACKS = (majority_vote, most_central, least_central)


def test_attacks_on_hand_made_options() -> None:
    # one-feature changes of the key (0, 0, 0): the vote and the centre find the key
    points = [dict(enumerate(p)) for p in ((0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1))]
    assert majority_vote(points, 0) == 1.0 and most_central(points, 0) == 1.0
    assert least_central(points, 0) == 0.0 and least_central(points, 1) == pytest.approx(1 / 3)
    # a square of two two-valued features: every option ties
    square = [dict(enumerate(p)) for p in ((0, 0), (0, 1), (1, 0), (1, 1))]
    assert [attack(square, 2) for attack in ATTACKS] == [0.25, 0.25, 0.25]


def _pattern_points(pattern: Any) -> list[dict[int, int]]:
    return [dict(enumerate(p)) for p in pattern.points]


@pytest.mark.parametrize("n", range(3, 9))
def test_patterns_single_out_no_option(n: int) -> None:
    patterns = PATTERNS[n]
    assert patterns
    for pattern in patterns:
        points = pattern.points
        assert len(points) == n == len(set(points))
        for axis, size in enumerate(pattern.sizes):
            assert {p[axis] for p in points} == set(range(size)), pattern
        as_dicts = _pattern_points(pattern)
        for i in range(n):
            # whichever point is the key, no attack picks it for sure
            assert all(attack(as_dicts, i) < 1 for attack in ATTACKS), (pattern, i)
            assert max(sum(a != b for a, b in zip(points[i], q)) for q in points) <= 3


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_wrong_options_look_different_and_each_change_breaks_the_matrix(difficulty: str) -> None:
    seen: Counter[int] = Counter()
    for item in items(difficulty, count=80):
        options = item.data["options"]
        key = options[item.answer_index]
        assert describe(key) == item.answer
        assert [describe(o) for o in options] == list(item.choices)
        assert len({look(o) for o in options}) == len(options)
        reasons = {line[7]: line for line in item.explanation.splitlines()
                   if line.startswith("Option ")}
        for i, option in enumerate(options):
            check_panel(option)
            if i == item.answer_index:
                continue
            changed = differences(item, option)
            assert 1 <= len(changed) <= 3, (item.code, changed)
            seen[len(changed)] += 1
            # the explanation names every change: "X instead of Y", "an extra dot at ...",
            # "no dot at ..."
            line = reasons["ABCDEFGH"[i]]
            named = line.count(" instead of ") + len(re.findall(r"\b(?:an extra|no) ", line))
            assert named == len(changed), (line, changed)
            for f in changed:
                # the key with this one change is a panel the solver rejects
                single = _change(item, key, option, f)
                if not single["shapes"]:
                    continue  # the key's only element taken away: no panel at all
                data = dict(item.data, options=[key, single])
                assert solve(data, ["key", "changed"]) == ["key"], (item.code, f)
    # most wrong options break one feature, many two, a few three
    total = sum(seen.values())
    assert seen[1] / total > 0.4 and seen[2] / total > 0.25 and seen[3] / total < 0.1, seen


def _change(item: logicgen.Item, key: dict[str, Any], option: dict[str, Any],
            feature: Any) -> dict[str, Any]:
    """``key`` with one feature (of :func:`features`) taken from ``option``."""
    shapes = [dict(g) for g in key["shapes"]]
    if not _overlay(item):
        layer, k = feature
        attr = ("kind", "count", "size", "fill", "rotation", "position")[k]
        shapes[layer][attr] = option["shapes"][layer][attr]
    elif isinstance(feature, tuple):
        cell = feature[1]
        if any(g["position"] == cell for g in shapes):
            shapes = [g for g in shapes if g["position"] != cell]
        else:
            added = next(g for g in option["shapes"] if g["position"] == cell)
            shapes.append(dict(shapes[0], position=cell, rotation=added["rotation"]))
            shapes.sort(key=lambda g: g["position"])
    else:
        for g in shapes:
            g[feature] = option["shapes"][0][feature]
    return {"shapes": shapes}


def _rates(found: list[logicgen.Item]) -> dict[str, float]:
    rates = {}
    for attack in ATTACKS:
        shares = []
        for item in found:
            points = [features(item, o) for o in item.data["options"]]
            share = attack(points, item.answer_index)
            # the options never single out the key
            assert share < 1, (attack.__name__, item.code)
            shares.append(share)
        rates[attack.__name__] = sum(shares) / len(shares)
    return rates


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_options_alone_do_not_give_the_key_away(difficulty: str) -> None:
    # when every wrong option changed one feature of the key, the majority vote and
    # the most central option found the key in 62-67 % of items (100 % of overlays)
    found = items(difficulty, count=300, seed=21)
    for name, rate in _rates(found).items():
        assert rate <= 1 / 5 + 0.1, (name, rate)
    overlays = [i for i in found if _overlay(i)]
    assert len(overlays) > 50 or difficulty == "easy"
    if overlays:
        for name, rate in _rates(overlays).items():
            assert rate <= 1 / 5 + 0.1, (name, rate)


@pytest.mark.parametrize("n_options", [3, 4, 6, 7, 8])
def test_options_alone_do_not_give_the_key_away_for_any_option_count(n_options: int) -> None:
    for difficulty in DIFFICULTIES:
        found = items(difficulty, count=120, seed=22, n_options=n_options)
        for name, rate in _rates(found).items():
            assert rate <= 1 / n_options + 0.1, (difficulty, name, rate)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_data_follows_the_panel_model(difficulty: str) -> None:
    for item in items(difficulty, count=30):
        data = item.data
        assert data["layout"] == "matrix" and data["reading"] in ("rows", "columns")
        assert len(data["panels"]) == 9 and data["panels"][8] is None
        for p in data["panels"][:8]:
            check_panel(p)
        assert len(data["options"]) == len(item.choices) == 5
        rows = item.prompt.split("\n")[2:]
        assert [r.split(":")[0] for r in rows] == ["Row 1", "Row 2", "Row 3"]
        assert rows[2].endswith("| ?") and all(r.count(" | ") == 2 for r in rows)


RULE_WORDS = {
    "progression": ("at each step", "goes up by", "goes down by", "grow", "shrink"),
    "distribution": ("one per panel, in a different order",),
    "row": ("stays the same",),
    "xor": ("exactly one of the first two",),
    "and": ("appear in both of the first two",),
    "or": ("appears in either of the first two",),
    "difference": ("of the first panel that are not in the second",),
}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_explanation_names_each_rule_and_each_wrong_option(difficulty: str) -> None:
    for item in items(difficulty, count=40):
        text = item.explanation
        for rule in item.data["rules"]:
            how = rule.split()[1]
            assert any(w in text for w in RULE_WORDS[how]), (rule, text)
        direction = "row" if item.data["reading"] == "rows" else "column"
        assert f"each {direction}" in text or f"Each {direction}" in text
        for i in range(len(item.choices)):
            mentioned = f"Option {'ABCDEFGH'[i]} has" in text
            assert mentioned == (i != item.answer_index), text
        assert f"So the missing panel shows: {item.answer}." in text


def test_rule_counts_follow_the_difficulty() -> None:
    for difficulty, n in (("easy", 1), ("medium", 2), ("hard", 3)):
        for item in items(difficulty, count=80, rules="attributes"):
            assert len(item.data["rules"]) == n, item.data["rules"]
    for difficulty, n in (("medium", 1), ("hard", 2)):
        for item in items(difficulty, count=40, rules="overlay"):
            rules = item.data["rules"]
            assert len(rules) == n and rules[0].split()[1] in OPS


def test_both_readings_and_every_operation_occur() -> None:
    found = Counter()
    for difficulty in ("medium", "hard"):
        for item in items(difficulty, count=150, seed=3):
            found[item.data["reading"]] += 1
            found.update(r.split()[1] for r in item.data["rules"])
    assert found["columns"] > 20 and found["rows"] > 100
    for how in (*OPS, "progression", "distribution", "row"):
        assert found[how] > 0, found


def test_rules_parameter_selects_the_kind_of_matrix() -> None:
    assert all(not any(r.startswith("elements") for r in i.data["rules"])
               for i in items("hard", count=40, rules="attributes"))
    assert all(i.data["rules"][0].startswith("elements")
               for i in items("medium", count=20, rules="overlay"))


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"rules": "shapes"}, 'rules must be one of mixed, attributes, overlay (got "shapes")'),
        ({"rules": "overlay", "difficulty": "easy"},
         'rules must be mixed or attributes at difficulty easy (got "overlay")'),
        ({"format": "numeric"}, "format must be one of choice for sequence.matrix"),
        ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
        ({"colour": "red"}, 'sequence.matrix has no parameter "colour"'),
    ],
)
def test_bad_parameters(params: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(NAME, count=1, seed=1, **params)
    assert message in str(err.value)


@pytest.mark.parametrize("n_options", [3, 4, 8])
def test_option_counts(n_options: int) -> None:
    for difficulty in DIFFICULTIES:
        for item in items(difficulty, count=20, n_options=n_options):
            assert len(item.choices) == n_options
            assert logicgen.verify(item).ok


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_many_items_verify_and_keep_the_key_hidden(difficulty: str) -> None:
    for n_options in range(3, 9):
        found = items(difficulty, count=500, seed=77, n_options=n_options)
        for item in found:
            assert logicgen.verify(item).ok
            assert all(1 <= len(differences(item, o)) <= 3
                       for i, o in enumerate(item.data["options"]) if i != item.answer_index)
        for name, rate in _rates(found).items():
            assert rate <= 1 / n_options + 0.05, (n_options, name, rate)


@pytest.mark.parametrize("rules", ["attributes", "overlay"])
def test_render_leaves_the_draft_unchanged(rules: str) -> None:
    """The option order is wording: one draft rendered with two wording streams keeps its
    empty options, and each settled draft gets its own order from its Wording."""
    par = fam.Params(difficulty="hard", rules=rules)
    drafts = [fam.generate(par, np.random.default_rng([seed, 1])) for seed in range(10)]
    for draft in drafts:
        data = repr(draft.data)
        for stream in (2, 3):
            words = fam.render(draft, par, np.random.default_rng([stream]))
            assert words.choices is not None
            settled = settle(draft, words)
            assert [describe(p) for p in settled.data["options"]] == list(words.choices)
            key = words.choices.index(settled.answer)
            assert settled.spec.reasons[key] == "" and all(
                why for k, why in enumerate(settled.spec.reasons) if k != key)
        assert repr(draft.data) == data and draft.data["options"] == []
        assert draft.spec.options == [] and draft.spec.reasons == []


# -- effort: the score is what the solver needed -----------------------------------


def _matrix(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """The data of a matrix of single large circles, one attribute dict per shown panel."""
    base = {"kind": "circle", "count": 1, "size": "large", "fill": "solid", "rotation": 0,
            "position": None}
    return {"panels": [*({"shapes": [{**base, **c}]} for c in cells), None]}


def test_effort_worked_by_hand() -> None:
    counts = [{"count": n + r} for r in range(3) for n in (1, 2, 3)][:8]
    # counts 1 2 3 / 2 3 4 / 3 4 ?: the line constants along the rows and the columns
    # are rejected, then the distribution along the rows (row 2 holds other values);
    # the progression fits: 1.0 + 3 × 0.1
    assert solver.effort(_matrix(counts)) == 1.3
    fills = ("empty", "striped", "solid")
    latin = [{"fill": fills[(r + c) % 3]} for r in range(3) for c in range(3)][:8]
    # a Latin square of fills: two line constants rejected, the distribution along the
    # rows fits: 1.5 + 0.2
    assert solver.effort(_matrix(latin)) == 1.7
    rows = [{"fill": fills[r]} for r in range(3) for _ in range(3)][:8]
    # the fill kept along each row: the first rule tried fits: 0.5
    assert solver.effort(_matrix(rows)) == 0.5
    columns = [{"fill": fills[c]} for _ in range(3) for c in range(3)][:8]
    # the same down each column: the rows' line constant is rejected first: 0.6
    assert solver.effort(_matrix(columns)) == 0.6
    both = [{"fill": fills[r], "count": (1, 2, 3)[(r + c) % 3]}
            for r in range(3) for c in range(3)][:8]
    # two rules add up: 0.5 (fill along rows) + 1.7 (counts distributed)
    assert solver.effort(_matrix(both)) == 2.2


def test_effort_rewards_the_rules_not_the_panels() -> None:
    fills = ("empty", "striped", "solid")
    rows = [{"fill": fills[r]} for r in range(3) for _ in range(3)][:8]
    latin = [{"fill": fills[(r + c) % 3]} for r in range(3) for c in range(3)][:8]
    # three values spread over each row ask more than a value kept along each
    assert solver.effort(_matrix(latin)) > solver.effort(_matrix(rows))
    # more copies in the panels without another rule do not cost more
    assert solver.effort(_matrix([{**c, "count": 4} for c in rows])) == \
        solver.effort(_matrix(rows))
    # a matrix with no shown panels, or a malformed one, scores 0
    assert solver.effort({"panels": [None] * 9}) == 0.0
    assert solver.effort({}) == 0.0


def test_effort_is_the_score_and_levels_in_band() -> None:
    from logicgen.registry import get
    family = get("sequence.matrix")
    medians = []
    for level in ("easy", "medium", "hard"):
        lo, hi = family.band(level)
        items = logicgen.generate("sequence.matrix", count=20, difficulty=level, seed=9)
        for item in items:
            assert item.score == round(solver.effort(item.data), 3)
            assert lo <= item.score <= hi
        medians.append(sorted(i.score for i in items)[10])
    assert medians[0] < medians[1] < medians[2]
