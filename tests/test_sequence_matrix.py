"""Tests for the ``sequence.matrix`` family and its solver.

The known answers below were worked out by hand from the pictures the panels
describe, not taken from the generator: each comment gives the reading.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.figures import check_panel, describe, look
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


def _canonical(p: dict[str, Any]) -> list[tuple[Any, ...]]:
    return list(look(p))


def _one_feature_apart(key: dict[str, Any], other: dict[str, Any]) -> bool:
    """True when ``other`` is ``key`` with one attribute of one group changed, one
    overlay element added or taken away, or one style of every element changed."""
    a, b = _canonical(key), _canonical(other)
    if len(a) == len(b):
        diffs = [(i, k) for i, (x, y) in enumerate(zip(a, b)) for k in range(6) if x[k] != y[k]]
        if len(diffs) == 1:
            return True
        # every element of an overlay given the same new fill or shape
        kinds = {k for _, k in diffs}
        return len(kinds) == 1 and len({i for i, _ in diffs}) == len(a) and len(
            {x[k] for x in b for k in kinds}) == 1
    small, big = sorted((a, b), key=len)
    return len(big) == len(small) + 1 and set(small) < set(big)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_wrong_options_change_one_feature_and_look_different(difficulty: str) -> None:
    for item in items(difficulty):
        options = item.data["options"]
        key = options[item.answer_index]
        assert describe(key) == item.answer
        assert [describe(o) for o in options] == list(item.choices)
        assert len({look(o) for o in options}) == len(options)
        for i, option in enumerate(options):
            check_panel(option)
            if i != item.answer_index:
                assert _one_feature_apart(key, option), (item.code, key, option)


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


def _majority_pick(item: logicgen.Item) -> float:
    """The chance that "take the most common value of every feature" picks the key."""
    feats = [{(j, k): v for j, g in enumerate(look(o)) for k, v in enumerate(g)}
             for o in item.data["options"]]
    keys = set().union(*feats)
    score = [0] * len(feats)
    for k in keys:
        counts = Counter(f.get(k) for f in feats)
        top = max(counts.values())
        for i, f in enumerate(feats):
            score[i] += counts[f.get(k)] == top
    best = [i for i, s in enumerate(score) if s == max(score)]
    return 1 / len(best) if item.answer_index in best else 0.0


def test_majority_vote_over_the_options_does_not_always_find_the_key() -> None:
    # options that each change one feature of the key make the key agree with the most
    # common value of every feature, unless all options change the same feature
    got = [_majority_pick(i) for i in items("medium", count=200, seed=21, rules="attributes")]
    rate = sum(got) / len(got)
    assert rate < 0.75, rate
    assert got.count(1.0) > 40  # and the options still vary in more than one way


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
def test_many_items_verify_and_have_one_feature_distractors(difficulty: str) -> None:
    for item in items(difficulty, count=1500, seed=77):
        assert logicgen.verify(item).ok
        key = item.data["options"][item.answer_index]
        assert all(_one_feature_apart(key, o) for i, o in enumerate(item.data["options"])
                   if i != item.answer_index)
