"""Shared by the figure families: batched random draws and words for shape attributes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from logicgen import figures

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
          "pentagon": "pentagons", "star": "stars", "arrow": "arrows", "line": "lines"}
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve")


class Draw:
    """Uniform draws from a numpy Generator, fetched 64 at a time (numpy calls are slow)."""

    __slots__ = ("_buf", "_rng")

    def __init__(self, rng: np.random.Generator) -> None:
        self._rng = rng
        self._buf: list[float] = []

    def u(self) -> float:
        if not self._buf:
            self._buf = self._rng.random(64).tolist()
        return self._buf.pop()

    def chance(self, p: float) -> bool:
        return self.u() < p

    def integer(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``."""
        return low + int(self.u() * (high - low + 1))

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.u() * len(seq))]

    def weighted(self, weights: dict[str, float]) -> str:
        total = sum(weights.values())
        x = self.u() * total
        key = ""
        for key, w in weights.items():
            x -= w
            if x < 0:
                return key
        return key

    def shuffled(self, seq: Sequence[T]) -> list[T]:
        out = list(seq)
        for i in range(len(out) - 1, 0, -1):
            j = int(self.u() * (i + 1))
            out[i], out[j] = out[j], out[i]
        return out

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.shuffled(seq)[:k]


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
