"""Row rules of ``sequence.matrix``, drawn as 3×3 grids of attribute values, the
patterns its options are laid out on, and how features of the answer are put on a
pattern's axes (:func:`pick_axes`).

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
from functools import lru_cache
from itertools import combinations
from typing import Any

from logicgen.figures import SIZES
from logicgen.kit import Draw

from ._figure_rules import clash

__all__ = [
    "OPS",
    "ORIENTATIONS",
    "PATTERNS",
    "RING",
    "SHAPE_KINDS",
    "TURN_STEPS",
    "Feature",
    "Grid",
    "Pattern",
    "PriorSets",
    "Rule",
    "neighbour_values",
    "ordered",
    "overlay_rule",
    "pick_axes",
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


# -- laying options out on a pattern ----------------------------------------------------

#: a feature of the answer that an option may change: (layer, attribute), or, in an
#: overlay, (cell, "cell") for an element added to or taken from that cell
Feature = tuple[int, str]


def neighbour_values(grid: Sequence[Any]) -> list[Any]:
    """Values of the panels nearest the gap first: the ones a careless reader copies."""
    return [grid[k] for k in (7, 5, 6, 2, 4, 3, 1, 0)]


def ordered(key: Any, suggested: Sequence[Any], domain: Sequence[Any],
            banned: Sequence[Any] = ()) -> list[Any]:
    """The values other than ``key``: ``suggested`` ones first, then the ``domain``, each once,
    none of them ``banned``."""
    out: list[Any] = []
    for v in (*suggested, *domain):
        if v != key and v not in out and v not in banned:
            out.append(v)
    return out


def _symmetric(weights: Sequence[float], k: int) -> float:
    """The sum over the ``k``-subsets of ``weights`` of their products."""
    total = 0.0
    for subset in combinations(weights, k):
        product = 1.0
        for w in subset:
            product *= w
        total += product
    return total


#: a feature's chance of being put on an axis, and its sets of wrong values with weights
PriorSets = tuple[float, tuple[tuple[tuple[Any, ...], float], ...]]


def _prior_sets(prior: dict[Any, float], right: Any, allowed: Sequence[Any],
                need: int) -> PriorSets:
    """How to draw ``need`` wrong values of a feature that no rule governs.

    With the answer's value x drawn with chance P(x), the feature is put on an
    axis with a chance proportional to the total weight of the sets of ``need``
    other values (weight: the product of their P), and a set is then drawn by
    its weight; so a set of values V comes out with a chance proportional to the
    product of P over V, whichever value of V the answer has, and the values the
    options show do not tell which one is the answer's (a single shape beside a
    pair is the answer as often as the pair is).
    """
    support = tuple((v, w) for v, w in prior.items() if v == right or v in allowed)
    return _weighed_sets(support, right, need)


@lru_cache(maxsize=1024)
def _weighed_sets(support: tuple[tuple[Any, float], ...], right: Any, need: int) -> PriorSets:
    # few distinct priors occur, so this is worked out once for each
    weights = dict(support)
    if right not in weights or len(weights) <= need:
        return 0.0, ()
    sets = []
    for subset in combinations([v for v in weights if v != right], need):
        weight = 1.0
        for v in subset:
            weight *= weights[v]
        sets.append((subset, weight))
    own = sum(w for _, w in sets)
    best = max(_symmetric([w for u, w in support if u != v], need) for v in weights)
    return own / best, tuple(sets)


def pick_axes(pattern: Pattern, key: dict[Feature, Any], changes: dict[Feature, list[Any]],
              preferred: set[Feature], priors: dict[Feature, dict[Any, float]],
              tables: dict[tuple[Feature, int], PriorSets],
              d: Draw) -> list[tuple[Feature, list[Any]]] | None:
    """A feature and its wrong values for each axis of ``pattern`` (widest axes first):
    a random one of the ``preferred`` features that fit, else of the others.

    ``key`` holds the answer's value of every feature; ``tables`` keeps the
    :func:`_prior_sets` worked out so far.
    """
    chosen: dict[int, tuple[Feature, list[Any]]] = {}
    used: list[Feature] = []
    for axis in sorted(range(len(pattern.sizes)), key=lambda a: -pattern.sizes[a]):
        need = pattern.sizes[axis] - 1
        pool: list[Feature] = []
        for f, values in changes.items():
            if f in used or any(clash(f, g) for g in used):
                continue
            if f in priors:
                table = tables.get((f, need))
                if table is None:
                    table = tables[f, need] = _prior_sets(priors[f], key[f], values, need)
                if d.u() >= table[0]:
                    continue
            elif len(values) < need:
                continue
            pool.append(f)
        if not pool:
            return None
        states = {key[f] for f in pool if f[1] == "cell"}
        if len(states) == 2:
            # a cell the answer fills as often as one it leaves empty, so that having
            # more elements or fewer does not point at the answer (a layout that
            # takes every element from an option is tried again)
            state = d.chance(0.5)
            pool = [f for f in pool if f[1] != "cell" or key[f] == state]
        f = d.pick([f for f in pool if f in preferred] or pool)
        used.append(f)
        if f in priors:
            chosen[axis] = (f, d.sample(d.weighted(tables[f, need][1]), need))
        else:
            chosen[axis] = (f, _wrong_values(f[1], key[f], changes[f], need, d))
    return [chosen[a] for a in range(len(pattern.sizes))]


def _wrong_values(attr: str, right: Any, values: list[Any], need: int, d: Draw) -> list[Any]:
    """``need`` of the wrong ``values`` of a feature that follows a rule (most plausible
    first: values the matrix shows), in random order.

    A count or a size takes as many wrong values below the answer's as a uniform
    draw says (where the range leaves room), so that "the middle one" or "the
    biggest one" does not pick the answer out.
    """
    if attr not in ("count", "size"):
        # among the most plausible, one more than needed: which is left out varies
        return d.sample(values[:need + 1], need)
    rank = SIZES.index if attr == "size" else int
    below = [v for v in values if rank(v) < rank(right)]
    above = [v for v in values if rank(v) > rank(right)]
    splits = [b for b in range(need + 1) if b <= len(below) and need - b <= len(above)]
    b = d.pick(splits)
    return d.sample(below[:b] + above[:need - b], need)
