"""Tests for ``spatial.mirror`` and its point-set solver.

Known answers worked by hand: an arrow pointing right in the top left cell,
reflected in a vertical line, points left in the top right cell; turned a
quarter clockwise, it points down in the top right cell; reflected top to
bottom it still points right, in the bottom left cell.
"""

from __future__ import annotations

import pytest

import logicgen
from logicgen.figures import group
from logicgen.solve.mirror import images, point_set, solve_mirror

NAME = "spatial.mirror"


def panel(*groups: dict) -> dict:
    return {"shapes": list(groups)}


ARROW = group("arrow", size="small", rotation=90, position=0)           # right, top left
DOT = group("circle", size="small", fill="solid", position=5)           # middle right
FLAG = group("triangle", size="small", fill="grey", rotation=0, position=6)  # up, bottom left
FIGURE = panel(ARROW, DOT, FLAG)


def test_images_match_hand_worked_moves() -> None:
    seen = images(FIGURE)
    mirrored = panel(group("arrow", size="small", rotation=270, position=2),
                     group("circle", size="small", fill="solid", position=3),
                     group("triangle", size="small", fill="grey", rotation=0, position=8))
    turned = panel(group("arrow", size="small", rotation=180, position=2),
                   group("circle", size="small", fill="solid", position=7),
                   group("triangle", size="small", fill="grey", rotation=90, position=0))
    flipped = panel(group("arrow", size="small", rotation=90, position=6),
                    group("circle", size="small", fill="solid", position=5),
                    group("triangle", size="small", fill="grey", rotation=180, position=0))
    assert seen["mirror vertical"] == point_set(mirrored)
    assert seen["turn 90"] == point_set(turned)
    assert seen["mirror horizontal"] == point_set(flipped)
    assert len(set(seen.values())) == 8


def test_the_solver_picks_the_asked_image() -> None:
    mirrored = panel(group("arrow", size="small", rotation=270, position=2),
                     group("circle", size="small", fill="solid", position=3),
                     group("triangle", size="small", fill="grey", rotation=0, position=8))
    data = {"ask": "mirror", "figure": FIGURE, "options": [FIGURE, mirrored]}
    assert solve_mirror(data, ["same", "mirrored"]) == ["mirrored"]
    data = {"ask": "turn", "figure": FIGURE, "options": [FIGURE, mirrored]}
    assert solve_mirror(data, ["same", "mirrored"]) == []  # neither is a turn


def test_a_symmetric_figure_is_refused() -> None:
    symmetric = panel(group("circle", size="small", position=4),
                      group("arrow", size="small", rotation=0, position=1))
    with pytest.raises(ValueError, match="symmetry"):
        solve_mirror({"ask": "mirror", "figure": symmetric, "options": []}, [])


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("n_options", [3, 5, 8])
def test_items_verify_with_one_drawn_option_per_choice(difficulty: str, n_options: int) -> None:
    items = logicgen.generate(NAME, count=80, difficulty=difficulty, seed=5, n_options=n_options)
    for item in items:
        assert logicgen.verify(item).ok
        assert len(item.data["options"]) == len(item.choices) == n_options
        assert all(g["fill"] != "striped" for g in item.data["figure"]["shapes"])
    if difficulty != "easy":
        assert {item.data["ask"] for item in items} == {"mirror", "turn"}


# -- effort: the score is what the solver needed -----------------------------------


def _shape(kind: str, rotation: int, position: int) -> dict:
    return {"kind": kind, "count": 1, "size": "medium", "fill": "solid",
            "rotation": rotation, "position": position}


def test_effort_worked_by_hand() -> None:
    from logicgen.solve.mirror import effort
    # mirror: circle in the centre cell stays put and looks the same (0.25);
    # arrow pointing right (90) in cell 0 moves to cell 2 (0.5) and points left (0.5): 1.25;
    # triangle (0) in cell 7 stays in the middle column and a triangle pointing up
    # is its own mirror image (0.25). Total 1.75
    fig = {"shapes": [_shape("circle", 0, 4), _shape("arrow", 90, 0), _shape("triangle", 0, 7)]}
    assert effort({"ask": "mirror", "figure": fig, "options": []}) == 1.75
    # the arrow along a diagonal instead adds 0.5
    diag = {"shapes": [_shape("circle", 0, 4), _shape("arrow", 45, 0), _shape("triangle", 0, 7)]}
    assert effort({"ask": "mirror", "figure": diag, "options": []}) == 2.25
    # as a turn (a quarter, without options to pick the turn): 1 for trying three turns;
    # circle 0.25; arrow to cell 2 and turned 1.25; triangle to cell 3 and turned 1.25
    assert effort({"ask": "turn", "figure": fig, "options": []}) == 3.75


def test_effort_is_the_score_and_levels_in_band() -> None:
    from logicgen.registry import get
    from logicgen.solve.mirror import effort
    family = get(NAME)
    for level in ("easy", "medium", "hard"):
        lo, hi = family.band(level)
        for item in logicgen.generate(NAME, count=10, difficulty=level, seed=3):
            assert item.score == round(effort(item.data), 3)
            assert lo <= item.score <= hi


def test_effort_near_miss_costs_more() -> None:
    from logicgen.solve.mirror import effort
    fig = {"shapes": [_shape("circle", 0, 4), _shape("arrow", 90, 0), _shape("triangle", 0, 7)]}
    key = {"shapes": [_shape("circle", 0, 4), _shape("arrow", 270, 2), _shape("triangle", 0, 7)]}
    near = {"shapes": [_shape("circle", 0, 4), _shape("arrow", 90, 2), _shape("triangle", 0, 7)]}
    far = {"shapes": [_shape("circle", 0, 4), _shape("arrow", 0, 6), _shape("triangle", 180, 1)]}
    # 1.75 for the shapes (above); the near miss shares the circle and the triangle
    # with the key (+ 0.5), the far option only the circle (+ 0.25)
    assert effort({"ask": "mirror", "figure": fig, "options": [key, near]}) == 2.25
    assert effort({"ask": "mirror", "figure": fig, "options": [key, far]}) == 2.0


def test_moved_points_need_no_rounding_again() -> None:
    """The solver moves rounded points without rounding them again (a symmetry
    only swaps and negates coordinates); worked out the long way, by rounding
    every moved point, the sets are the same, -0.0 written as 0.0 included."""
    from logicgen.solve.mirror import SYMMETRIES, _moved_points, _round, _shape_points
    for kind in ("arrow", "triangle", "line", "square", "circle", "pentagon"):
        for size in ("small", "large"):
            for rotation in (*range(0, 360, 45), 30):
                for position in range(9):
                    points = _shape_points(kind, size, "grey", rotation, position)
                    for name, move in SYMMETRIES.items():
                        rounded = {_round((*move(x, y), label)) for x, y, label in points}
                        fast = _moved_points(points, name)
                        assert {repr(p) for p in fast} == {repr(p) for p in rounded}


def test_point_sets_are_the_union_of_their_shapes() -> None:
    """Worked out shape by shape (and cached), a panel's points and images are
    those of the whole panel rounded at once."""
    import math

    from logicgen.solve.mirror import SYMMETRIES, _outline, _round
    radius = {"small": 0.18, "medium": 0.26}
    for item in logicgen.generate(NAME, count=20, difficulty="hard", seed=11):
        figure = item.data["figure"]
        whole = set()
        for g in figure["shapes"]:
            cx, cy = g["position"] % 3 - 1, g["position"] // 3 - 1
            turn, r = math.radians(g["rotation"]), radius[g["size"]]
            for x, y in _outline(g["kind"]):
                whole.add((cx + r * (x * math.cos(turn) - y * math.sin(turn)),
                           cy + r * (x * math.sin(turn) + y * math.cos(turn)),
                           f"{g['kind']}/{g['fill']}/{g['size']}"))
        base = frozenset(_round(p) for p in whole)
        assert point_set(figure) == base
        seen = images(figure)
        for name, move in SYMMETRIES.items():
            assert seen[name] == frozenset(_round((*move(x, y), lab)) for x, y, lab in base)
