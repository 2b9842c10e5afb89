"""Second route for ``spatial.mirror``: figures as point sets under the eight symmetries
of the square.

Each shape group of a panel becomes a handful of labelled points: the corners of
its outline (or points round a circle) turned to its rotation, scaled to its size
and placed at the centre of its cell of the 3 × 3 grid. The labels keep the kind,
fill and size, so only the geometry is transformed. The eight symmetries of the
square (four turns and four reflections) act on the points directly, with
``y`` pointing down as on the page, and two panels are the same figure when their
point sets are equal after rounding.

For a "mirror" item the key is the option equal to the figure reflected in a
vertical line; for a "turn" item, every option equal to the figure turned by a
quarter, a half or three quarters. The figure itself must have no symmetry (its
eight images all differ), or a reflection could pass for a turn.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

__all__ = ["SYMMETRIES", "effort", "images", "point_set", "solve_mirror"]

Point = tuple[float, float]
Labelled = tuple[float, float, str]

#: the eight symmetries of the square, on page coordinates (x right, y down)
SYMMETRIES: dict[str, Callable[[float, float], Point]] = {
    "identity": lambda x, y: (x, y),
    "turn 90": lambda x, y: (-y, x),
    "turn 180": lambda x, y: (-x, -y),
    "turn 270": lambda x, y: (y, -x),
    "mirror vertical": lambda x, y: (-x, y),
    "mirror horizontal": lambda x, y: (x, -y),
    "mirror diagonal": lambda x, y: (y, x),
    "mirror antidiagonal": lambda x, y: (-y, -x),
}
TURNS = ("turn 90", "turn 180", "turn 270")
_RADIUS = {"small": 0.18, "medium": 0.26, "large": 0.34}


def _outline(kind: str) -> list[Point]:
    """Points of a shape pointing up, radius 1, centred on the origin."""
    if kind == "circle":
        return [(math.cos(a * math.pi / 6), math.sin(a * math.pi / 6)) for a in range(12)]
    if kind == "arrow":  # tip, tail, and the two barbs near the tip
        return [(0.0, -1.0), (0.0, 1.0), (-0.45, -0.45), (0.45, -0.45)]
    if kind == "line":
        return [(0.0, -1.0), (0.0, 1.0)]
    sides = {"square": 4, "triangle": 3, "pentagon": 5}.get(kind)
    if sides is None:
        raise ValueError(f"shape {kind!r} is not used in mirror items")
    start = -math.pi / 2 + (math.pi / 4 if kind == "square" else 0.0)
    return [(math.cos(start + 2 * math.pi * k / sides), math.sin(start + 2 * math.pi * k / sides))
            for k in range(sides)]


def _shape_key(g: Mapping[str, Any]) -> tuple[Any, ...]:
    """The attributes a shape's points depend on (every group has one shape and a cell)."""
    if g["count"] != 1 or g["position"] is None:
        raise ValueError("mirror items place one shape in each cell")
    return (g["kind"], g["size"], g["fill"], g["rotation"], g["position"])


def _shape_points(kind: str, size: str, fill: str, rotation: int,
                  position: int) -> frozenset[Labelled]:
    """One shape's labelled points, rounded."""
    cx, cy = position % 3 - 1, position // 3 - 1
    turn = math.radians(rotation)
    r = _RADIUS[size]
    label = f"{kind}/{fill}/{size}"
    points = set()
    for x, y in _outline(kind):
        # turned clockwise on the page (y down), scaled and moved to the cell
        tx, ty = x * math.cos(turn) - y * math.sin(turn), x * math.sin(turn) + y * math.cos(turn)
        points.add((cx + r * tx, cy + r * ty, label))
    return frozenset(_round(p) for p in points)


def _moved_points(points: frozenset[Labelled], move: str) -> frozenset[Labelled]:
    """``points`` (rounded) under ``move``.

    A symmetry only swaps and negates coordinates, and rounding to 6 places
    is symmetric about 0 and leaves a rounded number as it is, so the moved
    points need no rounding again: adding 0.0 turns -0.0 into 0.0 as
    :func:`_round` does. (tests/test_spatial_mirror.py checks this against
    rounding on every shape the items use.)
    """
    turn = SYMMETRIES[move]
    moved = []
    for x, y, label in points:
        mx, my = turn(x, y)
        moved.append((mx + 0.0, my + 0.0, label))
    return frozenset(moved)


@lru_cache(maxsize=2048, typed=True)
def _shape_images(kind: str, size: str, fill: str, rotation: int,
                  position: int) -> tuple[frozenset[Labelled], ...]:
    """One shape's labelled points under each symmetry, in the order of
    :data:`SYMMETRIES` (the identity first). Cached: shapes repeat across items,
    and the mirror items use about 1,300 different ones. Typed, so that ``1``
    and ``True`` as a fill keep their own labels."""
    if position is None:
        raise ValueError("mirror items place one shape in each cell")
    base = _shape_points(kind, size, fill, rotation, position)
    return tuple(_moved_points(base, move) for move in SYMMETRIES)


_MOVE_INDEX = {name: i for i, name in enumerate(SYMMETRIES)}


def _images_of(key: tuple[Any, ...]) -> tuple[frozenset[Labelled], ...]:
    try:
        hash(key)
    except TypeError:  # data read from outside may hold lists; work them out uncached
        base = _shape_points(*key)
        return tuple(_moved_points(base, move) for move in SYMMETRIES)
    return _shape_images(*key)


def point_set(panel: Mapping[str, Any]) -> frozenset[Labelled]:
    """The labelled points of a panel (every group has one shape and a cell).

    A panel's points are the union of its shapes' points, so each shape is
    worked out (and cached) on its own.
    """
    return frozenset().union(*[_images_of(_shape_key(g))[0] for g in panel["shapes"]])


def _round(p: Labelled) -> Labelled:
    return (round(p[0], 6) + 0.0, round(p[1], 6) + 0.0, p[2])


def images(panel: Mapping[str, Any]) -> dict[str, frozenset[Labelled]]:
    """The panel's point set under each of the eight symmetries (shape by shape:
    a symmetry moves each point on its own)."""
    # each shape checked and placed in turn, as point_set does
    shapes = [_images_of(_shape_key(g)) for g in panel["shapes"]]
    return {name: frozenset().union(*[moved[i] for moved in shapes])
            for i, name in enumerate(SYMMETRIES)}


def solve_mirror(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``spatial.mirror`` items: the options that are the asked image."""
    seen = images(data["figure"])
    if len(set(seen.values())) != 8:
        raise ValueError("the figure has a symmetry, so its images are not all different")
    wanted = [seen["mirror vertical"]] if data["ask"] == "mirror" else [seen[t] for t in TURNS]
    options = [point_set(p) for p in data["options"]]
    if len(options) != len(choices):
        raise ValueError("there must be one drawn option per choice")
    return [c for c, shape in zip(choices, options) if shape in wanted]


def _part(kind: str, size: str, fill: str, rotation: int, position: int,
          move: str) -> frozenset[Labelled]:
    """One shape's labelled points after ``move``."""
    return _shape_images(kind, size, fill, rotation, position)[_MOVE_INDEX[move]]


def _parts(panel: Mapping[str, Any], move: str = "identity") -> list[frozenset[Labelled]]:
    return [_part(g["kind"], g["size"], g["fill"], g["rotation"], g["position"], move)
            for g in panel["shapes"]]


@lru_cache(maxsize=8192)
def _shape_cost(kind: str, size: str, fill: str, rotation: int, position: int,
                move: str) -> float:
    """One shape's part of the effort under ``move`` (see :func:`effort`)."""
    part = _part(kind, size, fill, rotation, position, "identity")
    moved = _part(kind, size, fill, rotation, position, move)
    cx, cy = position % 3 - 1, position // 3 - 1
    mx, my = (round(v) for v in SYMMETRIES[move](cx, cy))
    cost = 0.25
    if (mx, my) != (cx, cy):
        cost += 0.5
    before = {(round(x - cx, 6) + 0.0, round(y - cy, 6) + 0.0) for x, y, _ in part}
    after = {(round(x - mx, 6) + 0.0, round(y - my, 6) + 0.0) for x, y, _ in moved}
    if before != after:
        cost += 0.5
    if kind in ("arrow", "line") and rotation % 90 == 45:
        cost += 0.5
    return cost


def effort(data: Mapping[str, Any]) -> float:
    """What the solver needs: every shape carried through the asked move, then the
    closest wrong option told apart from the key.

    Per shape of the figure: 0.25 for finding it in the image, 0.5 if the move
    carries it to another cell, 0.5 if it looks different after the move (its
    direction turns or flips; a circle, or a shape the move maps onto itself,
    does not), and 0.5 more for an arrow or line along a diagonal (harder to
    turn in the head). A turn question adds 1 (three turns to try instead of
    one mirror). Then 0.25 for every shape that the closest wrong option shares
    with the key (a near miss that differs in one shape needs every other shape
    checked).

    >>> fig = {"shapes": [
    ...     {"kind": "circle", "count": 1, "size": "medium", "fill": "solid",
    ...      "rotation": 0, "position": 4},
    ...     {"kind": "arrow", "count": 1, "size": "medium", "fill": "empty",
    ...      "rotation": 90, "position": 0}]}
    >>> effort({"ask": "mirror", "figure": fig, "options": []})  # 0.25 + (0.25 + 0.5 + 0.5)
    1.5
    """
    figure = data["figure"]
    moves = ["mirror vertical"] if data["ask"] == "mirror" else list(TURNS)
    panels = data.get("options") or []
    options = [frozenset().union(*_parts(p)) for p in panels]
    key = next((m for m in moves if frozenset().union(*_parts(figure, m)) in options), moves[0])
    cost = 1.0 if data["ask"] != "mirror" else 0.0
    image_parts = set(_parts(figure, key))
    for g in figure["shapes"]:
        cost += _shape_cost(g["kind"], g["size"], g["fill"], g["rotation"], g["position"], key)
    image = frozenset().union(*image_parts)
    shared = [sum(p in image_parts for p in _parts(panel))
              for panel, points in zip(panels, options) if points != image]
    cost += 0.25 * max(shared, default=0)
    return round(cost, 3)
