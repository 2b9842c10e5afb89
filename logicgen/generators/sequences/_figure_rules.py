"""Shared by the figure families: their random draws, words for shape attributes, and
the shapes of balanced option sets."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from logicgen import figures
from logicgen.kit import Draw

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

T = TypeVar("T")

#: the eight outer cells of the 3×3 sub-grid, clockwise from the top left
RING = (0, 1, 2, 5, 8, 7, 6, 3)
RING_INDEX = {cell: i for i, cell in enumerate(RING)}
#: outlines whose corners a candidate counts without doubt
CORNERS = {"circle": 0, "triangle": 3, "square": 4, "pentagon": 5}

FILL_WORDS = {"empty": "white", "striped": "striped", "grey": "grey", "solid": "black"}
_ARROW = ("up", "up-right", "right", "down-right", "down", "down-left", "left", "up-left")
_LINE = {0: "vertical", 45: "slanting /", 90: "horizontal", 135: "slanting \\"}
_TRIANGLE = {0: "up", 90: "right", 180: "down", 270: "left"}
PLURAL = {"circle": "circles", "square": "squares", "triangle": "triangles",
          "pentagon": "pentagons", "star": "stars", "arrow": "arrows", "line": "lines",
          "diamond": "diamonds", "shape": "shapes", "dot": "dots"}
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve")


def draws(rng: np.random.Generator) -> Draw:
    """The figure families' draws: 64 numbers a refill, each read from the last."""
    return Draw(rng, batch=64)


def shuffled_sample(d: Draw, seq: Sequence[T], k: int) -> list[T]:
    """``k`` distinct elements in random order: the first ``k`` of a whole shuffle.

    It draws one number per element of ``seq`` (less one), however small ``k`` is;
    :meth:`~logicgen.kit.Draw.sample` draws ``k``. The figure and odd-one-out
    families draw this way, so their seeds keep their items.
    """
    return d.shuffled(seq)[:k]


def turn(kind: str, rotation: int) -> int:
    """The visible part of a rotation: modulo the kind's symmetry (0 for a circle)."""
    period = figures.PERIOD[kind]
    return rotation % period if period else 0


def turn_word(kind: str, rotation: int) -> str:
    """``up`` (arrow, triangle), ``vertical`` (line), ``upright`` or ``a diamond`` (square)."""
    t = turn(kind, rotation)
    if kind == "arrow":
        return _ARROW[t // 45]
    if kind == "line":
        return _LINE[t]
    if kind == "triangle":
        return _TRIANGLE.get(rotation % 360, f"turned {rotation % 360}°")
    if kind == "square":
        return "a diamond" if t else "upright"
    return "upright"


def turn_phrase(kind: str, rotation: int) -> str:
    """``points up``, ``is vertical``, ``is a diamond``: the turn as a predicate."""
    word = turn_word(kind, rotation)
    return f"points {word}" if kind in ("arrow", "triangle") else f"is {word}"


def pose(kind: str, rotation: int) -> str:
    """How a turnable shape stands: ``pointing left``, ``slanting /``, ``turned 45°``."""
    if kind == "square":
        return "turned 45°" if rotation % 90 else "upright"
    word = turn_word(kind, rotation)
    return f"pointing {word}" if kind in ("arrow", "triangle") else word


def article(noun: str) -> str:
    """``an arrow``, ``a star``."""
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def and_list(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def shapes_text(kind: str, count: int) -> str:
    """``one square``, ``three triangles``."""
    return f"{number_word(count)} {kind if count == 1 else PLURAL[kind]}"


def where(position: int | None) -> str:
    """``the top left`` / ``the centre`` for a cell."""
    return "the whole panel" if position is None else f"the {figures.POSITIONS[position]}"


def make_group(kind: str, count: int = 1, size: str = "large", fill: str = "empty",
               rotation: int = 0, position: int | None = None) -> dict[str, Any]:
    """A group dict built without the checks of :func:`logicgen.figures.group`.

    The generators build many groups per item from values they drew from the
    model's own tables, so the checks are left to the tests.
    """
    return {"kind": kind, "count": count, "size": size,
            "fill": "empty" if kind == "line" else fill, "rotation": rotation,
            "position": position}


# -- balanced option sets -----------------------------------------------------------------
#
# An option set is drawn as a *shape*: ``n`` distinct points, one per option, each a
# tuple of abstract attribute values (0, 1, 2, ... per attribute). The item maps
# every abstract attribute to one real attribute of the answer panel and every
# value to a visibly different real value, the key's point to the answer's own
# values. Two options then differ in exactly the attributes where their points
# differ, so everything a candidate can count on the options alone (how often each
# value occurs, how many features an option shares with the others) is a property
# of the shape, not of where the key sits in it. The key's point is drawn
# uniformly from the shape, so any guess made from the options alone finds it one
# time in ``n`` on average.
#
# No point of a shape below is the *unique* best or worst one by an attribute-wise
# majority vote (each option scores the attributes where it holds the most common
# value, a tie of k values scoring 1/k) or by its number of differing attributes to
# the other options; the one exception, the three-option path, lets the key sit only
# at an end, where it ties with the other end. Most wrong options differ from the
# key in one attribute and some in two (a few in three, in the shapes on three
# attributes); the shapes on one attribute (every option a different value of it)
# have every wrong option break that attribute alone and are drawn rarely. The
# shapes were picked from a listing of every set of ``n`` points on up to three
# attributes (grids of up to 18 points) that has these properties;
# tests/test_sequence_figure.py checks the properties again, point by point.


@dataclass(frozen=True)
class Shape:
    """A layout of ``n`` option points over a few abstract attributes.

    ``keys`` lists the points the key may take (``None``: any). Only the
    three-option path uses it: its middle point is the unique most central one.
    """

    points: tuple[tuple[int, ...], ...]
    weight: float
    keys: tuple[int, ...] | None = None

    @property
    def sizes(self) -> tuple[int, ...]:
        """How many values each abstract attribute takes."""
        return tuple(len({p[j] for p in self.points}) for j in range(len(self.points[0])))


def _grid(*sizes: int) -> tuple[tuple[int, ...], ...]:
    """Every point of a full grid, in reading order."""
    return tuple(itertools.product(*(range(s) for s in sizes)))


def _without(points: tuple[tuple[int, ...], ...], *drop: tuple[int, ...]
             ) -> tuple[tuple[int, ...], ...]:
    return tuple(p for p in points if p not in drop)


#: option-set shapes by number of options, with their relative weights
SHAPES: dict[int, tuple[Shape, ...]] = {
    3: (
        Shape(_grid(3), 0.55),  # one attribute, three values
        Shape(((0, 0), (1, 1), (2, 2)), 0.2),  # each wrong option breaks two attributes
        Shape(((0, 0), (1, 0), (1, 1)), 0.25, keys=(0, 2)),  # key at an end of the path
    ),
    4: (
        Shape(_grid(2, 2), 0.45),
        Shape(((0, 0), (0, 1), (1, 0), (2, 1)), 0.3),
        Shape(((0, 0, 0), (0, 0, 1), (0, 1, 0), (1, 0, 1)), 0.15),
        Shape(_grid(4), 0.1),
    ),
    5: (
        Shape(_without(_grid(3, 2), (2, 1)), 0.55),
        Shape(((0, 0), (0, 1), (0, 2), (1, 0), (2, 1)), 0.25),
        Shape(((0, 0, 0), (0, 0, 1), (1, 0, 0), (1, 1, 0), (2, 0, 0)), 0.2),
        Shape(_grid(5), 0.1),
    ),
    6: (
        Shape(_grid(3, 2), 0.35),
        Shape(_without(_grid(4, 2), (2, 1), (3, 1)), 0.3),
        Shape(((0, 0), (0, 1), (1, 0), (1, 2), (2, 0), (3, 0)), 0.1),
        Shape(_without(_grid(2, 2, 2), (1, 1, 0), (1, 1, 1)), 0.25),
        Shape(_grid(6), 0.1),
    ),
    7: (
        Shape(_without(_grid(4, 2), (3, 1)), 0.5),
        Shape(((0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (3, 1)), 0.25),
        Shape(((0, 0, 0), (0, 0, 1), (0, 1, 0), (1, 0, 0), (1, 0, 1), (1, 1, 0), (2, 0, 0)),
              0.25),
        Shape(_grid(7), 0.1),
    ),
    8: (
        Shape(_grid(4, 2), 0.4),
        Shape(_without(_grid(3, 3), (2, 2)), 0.25),
        Shape(_grid(2, 2, 2), 0.15),
        Shape(_without(_grid(3, 2, 2), (1, 1, 0), (1, 1, 1), (2, 1, 0), (2, 1, 1)), 0.2),
        Shape(_grid(8), 0.1),
    ),
}


# -- fitting a shape to the answer's attributes (``(group, attribute)`` pairs) ----------


def clash(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether two attributes may not both be broken: a group's outline and its turn.

    A new outline shows a turn differently (a circle shows none), so an option
    breaking both might not look as wrong in the turn as it is meant to.
    """
    return a[0] == b[0] and {a[1], b[1]} == {"kind", "rotation"}


def assign_attributes(d: Draw, shape: Shape, room: dict[tuple[int, str], int],
                      changing: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A real attribute for each abstract attribute of ``shape``, or ``None``.

    An abstract attribute with ``k`` values needs a real one with ``k - 1``
    wrong values (``room``). Changing attributes are preferred, so that the
    wrong options test the rules, and at least one is used (else the shape
    does not fit); the search backtracks over the preference order (at most
    three attributes, so it is cheap).
    """
    sizes = shape.sizes
    order = sorted(range(len(sizes)), key=lambda j: -sizes[j])
    testable = d.shuffled([k for k in changing if room.get(k, 0)])
    preferred = testable + d.shuffled([k for k in room if room[k] and k not in changing])
    chosen: dict[int, tuple[int, str]] = {}

    def search(i: int) -> bool:
        if i == len(order):
            return not testable or any(k in testable for k in chosen.values())
        j = order[i]
        for key in preferred:
            if room[key] < sizes[j] - 1 or key in chosen.values():
                continue
            if any(clash(key, other) for other in chosen.values()):
                continue
            chosen[j] = key
            if search(i + 1):
                return True
            del chosen[j]
        return False

    return [chosen[j] for j in range(len(sizes))] if search(0) else None


def pick_values(d: Draw, values: list[Any], n_slips: int, k: int) -> list[Any]:
    """``k`` wrong values: one of the three likeliest slips when there are any, the rest
    at random (so that the answer's value is not always the middle one of three)."""
    if not n_slips:
        return shuffled_sample(d, values, k)
    first = values[d.integer(0, min(n_slips, 3) - 1)]
    return [first, *shuffled_sample(d, [v for v in values if v != first], k - 1)]
