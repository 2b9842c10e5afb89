"""Row rules of ``sequence.matrix``, drawn as 3×3 grids of attribute values, and the
patterns its options are laid out on.

A *grid* holds one value per panel, row by row, the last one being the
missing panel's. Every rule is drawn along *lines*: line r is row r of the
matrix, or column r when the matrix reads down its columns (the family then
transposes every grid with :func:`transpose`).

An option :class:`Pattern` is a set of points in a small grid of attribute
values; the family puts one changed feature of the answer on each axis and
makes one option per point (see :data:`PATTERNS`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from logicgen.kit import Draw

__all__ = [
    "OPS",
    "ORIENTATIONS",
    "PATTERNS",
    "RING",
    "SHAPE_KINDS",
    "TURN_STEPS",
    "Grid",
    "Pattern",
    "Rule",
    "overlay_rule",
    "progression_rule",
    "transpose",
    "value_rule",
]

#: one value per panel, row by row; index 8 is the missing panel
Grid = list[Any]
Cells = frozenset[int]

#: kinds a kind rule (or a constant kind) may use; a line has no fill, so it is left out
SHAPE_KINDS = ("circle", "square", "triangle", "pentagon", "star", "arrow")
#: rotations of each turnable kind that look different (square: upright or diamond)
ORIENTATIONS = {
    "arrow": (0, 45, 90, 135, 180, 225, 270, 315),
    "triangle": (0, 90, 180, 270),
    "line": (0, 45, 90, 135),
    "square": (0, 45),
}
#: sizes of the steps a turning rule may take, per kind (three different poses per row)
TURN_STEPS = {"arrow": (45, 90, 135), "triangle": (90,), "line": (45,)}
#: the border cells of the 3×3 sub-grid, clockwise from the top left
RING = (0, 1, 2, 5, 8, 7, 6, 3)
#: moves of one cell; a diagonal move is left out: only one cell starts a diagonal
#: of three, so every line would repeat the same three places
_MOVES = ((0, 1), (0, -1), (1, 0), (-1, 0))

OPS: dict[str, Callable[[Cells, Cells], Cells]] = {
    "xor": lambda a, b: a ^ b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "difference": lambda a, b: a - b,
}


@dataclass
class Rule:
    """One rule of a matrix.

    Attributes:
        layer: the group it governs (0: the main shape or the overlay's
            elements, 1: the small marker).
        attr: ``kind``, ``count``, ``size``, ``fill``, ``rotation``, ``position``
            or ``elements`` (the set of occupied cells of an overlay).
        how: ``row`` (constant within a line), ``progression``, ``distribution``,
            or a set operation of :data:`OPS`.
        grid: the governed value in each panel (along lines until transposed).
        step: a progression's step: a number, ``("vector", dr, dc)`` or
            ``("ring", places)``; a distribution's ``+1`` / ``-1`` Latin pattern.
    """

    layer: int
    attr: str
    how: str
    grid: Grid
    step: Any = None


def transpose(grid: Grid) -> Grid:
    """The grid read down the columns: line r becomes column r."""
    return [grid[3 * (i % 3) + i // 3] for i in range(9)]


def _lines(lines: Sequence[Sequence[Any]]) -> Grid:
    return [v for line in lines for v in line]


def _starts(d: Draw, choices: Sequence[Any]) -> list[Any]:
    """Three line starts: different ones when there are enough, else the first two differ.

    Two equal full lines would check a rule only once: counts 2, 4, 6 twice also
    read as "the first two add up to the third".
    """
    if len(choices) >= 3:
        return d.sample(choices, 3)
    return [*d.sample(choices, 2), d.pick(choices)]


def value_rule(layer: int, attr: str, how: str, values: Sequence[Any],
               sigma: int = 1) -> Rule:
    """A ``row`` or ``distribution`` rule over three distinct ``values``.

    ``distribution`` lays them out as a Latin square: line r holds
    ``values[(c + sigma * r) % 3]`` at place c, so every line (and every
    crossing line) holds each value once. Two distributions of one matrix take
    opposite ``sigma`` so that they do not move in step (two rules that do
    would read as one).
    """
    if how == "row":
        return Rule(layer, attr, how, _lines([[values[r]] * 3 for r in range(3)]))
    grid = _lines([[values[(c + sigma * r) % 3] for c in range(3)] for r in range(3)])
    return Rule(layer, attr, how, grid, sigma)


def progression_rule(d: Draw, layer: int, attr: str, level: str, kind: str) -> Rule:
    """A progression of ``attr`` along each line, with its own start per line."""
    if attr == "count":
        k = d.pick((1, -1, 1, -1, 2, -2) if level == "hard" else (1, -1))
        low, high = (1, 6 - 2 * k) if k > 0 else (1 - 2 * k, 6)
        starts = _starts(d, range(low, high + 1))
        return Rule(layer, attr, "progression",
                    _lines([[s + i * k for i in range(3)] for s in starts]), k)
    if attr == "size":
        order = ["small", "medium", "large"]
        k = d.pick((1, -1))
        if k < 0:
            order.reverse()
        return Rule(layer, attr, "progression", order * 3, k)
    if attr == "rotation":
        k = d.pick(TURN_STEPS[kind]) * d.pick((1, -1))
        turn = 180 if kind == "line" else 360
        starts = _starts(d, ORIENTATIONS[kind])
        return Rule(layer, attr, "progression",
                    _lines([[(s + i * k) % turn for i in range(3)] for s in starts]), k)
    if attr == "position":
        if d.chance(0.6):
            dr, dc = d.pick(_MOVES)
            valid = [s for s in range(9) if 0 <= s // 3 + 2 * dr < 3 and 0 <= s % 3 + 2 * dc < 3]
            starts = _starts(d, valid)
            step = 3 * dr + dc
            return Rule(layer, attr, "progression",
                        _lines([[s + i * step for i in range(3)] for s in starts]),
                        ("vector", dr, dc))
        k = d.pick((1, -1, 2, -2) if level == "hard" else (1, -1))
        starts = _starts(d, range(8))
        return Rule(layer, attr, "progression",
                    _lines([[RING[(s + i * k) % 8] for i in range(3)] for s in starts]),
                    ("ring", k))
    raise ValueError(attr)  # pragma: no cover


def overlay_rule(d: Draw, op: str, cells: Sequence[int], most: int) -> Rule:
    """An overlay: in each line the third set of cells is ``op`` of the first two.

    Every line's first two sets have cells in both, cells only in the first and
    cells only in the second, so that the line itself tells the operations
    apart (with one of the three regions empty, XOR and OR, or AND and
    "difference", could give the same third panel). ``most`` caps the cells
    the first two panels use together.
    """
    lines: list[list[Cells]] = []
    seen: set[tuple[Cells, Cells]] = set()
    while len(lines) < 3:
        both, only_a, only_b = d.integer(1, 2), d.integer(1, 2), d.integer(1, 2)
        if both + only_a + only_b > most:
            continue
        picked = d.sample(cells, both + only_a + only_b)
        a = frozenset(picked[: both + only_a])
        b = frozenset(picked[:both] + picked[both + only_a:])
        if (a, b) in seen:
            continue
        seen.add((a, b))
        lines.append([a, b, OPS[op](a, b)])
    return Rule(0, "elements", op, _lines(lines))


# -- option patterns ---------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    """Options as points of a grid of attribute values.

    Axis i stands for one feature of the answer and has ``sizes[i]`` values:
    index 0 is the answer's own value when the answer is the point (0, 0, ...),
    the others are wrong values. Each point is one option. The answer may be any
    point: an option then takes the answer's value on the axes where it agrees
    with the answer's point, and a wrong value where it differs, so that every
    point is an equally likely answer.
    """

    weight: float
    sizes: tuple[int, ...]
    points: tuple[tuple[int, ...], ...]


def _grid(*sizes: int, without: Sequence[tuple[int, ...]] = ()) -> tuple[tuple[int, ...], ...]:
    """Every point of the grid with ``sizes`` values per axis, but the ones ``without``."""
    points: list[tuple[int, ...]] = [()]
    for m in sizes:
        points = [(*p, v) for p in points for v in range(m)]
    return tuple(p for p in points if p not in without)


#: option patterns per number of options. In each, no point is singled out by the
#: points alone: the most common value of every axis is shared by two or more
#: points with the highest tally, and the points at the least and at the greatest
#: total distance from the others (number of axes that differ) are two or more.
#: A point is wrong in one feature when it differs from the answer's point on one
#: axis; the patterns keep most wrong options at one or two features, but for the
#: patterns of two-valued axes only (the last of 5 and 7 options, for features such
#: as "is there a dot in this cell"), which need more.
PATTERNS: dict[int, tuple[Pattern, ...]] = {
    3: (Pattern(1, (3,), _grid(3)),
        Pattern(1, (2, 2, 2), ((0, 0, 0), (0, 1, 1), (1, 0, 1)))),
    4: (Pattern(1, (2, 2), _grid(2, 2)),),
    5: (Pattern(3, (3, 2), _grid(3, 2, without=[(2, 1)])),
        Pattern(1, (3, 3), ((0, 0), (0, 1), (0, 2), (1, 0), (2, 1))),
        Pattern(1, (3, 2, 2), ((0, 0, 0), (0, 0, 1), (1, 0, 0), (1, 1, 0), (2, 0, 0))),
        Pattern(0.1, (2, 2, 2, 2), ((0, 0, 0, 0), (0, 0, 0, 1), (0, 0, 1, 0), (0, 1, 1, 1),
                                    (1, 0, 1, 1)))),
    6: (Pattern(3, (3, 2), _grid(3, 2)),
        Pattern(1, (4, 2), _grid(4, 2, without=[(2, 1), (3, 1)])),
        Pattern(1, (2, 2, 2), _grid(2, 2, 2, without=[(1, 1, 0), (1, 1, 1)]))),
    7: (Pattern(2, (4, 2), _grid(4, 2, without=[(3, 1)])),
        Pattern(2, (3, 2, 2), _grid(3, 2, 2, without=[(0, 1, 1), (1, 1, 1), (2, 0, 1),
                                                      (2, 1, 0), (2, 1, 1)])),
        Pattern(0.1, (2, 2, 2, 2, 2), ((0, 0, 0, 0, 0), (0, 0, 0, 0, 1), (0, 0, 0, 1, 0),
                                       (0, 0, 1, 0, 1), (0, 0, 1, 1, 0), (0, 1, 0, 1, 1),
                                       (1, 0, 0, 1, 1)))),
    8: (Pattern(2, (4, 2), _grid(4, 2)),
        Pattern(1, (3, 3), _grid(3, 3, without=[(2, 2)])),
        Pattern(2, (2, 2, 2), _grid(2, 2, 2))),
}
