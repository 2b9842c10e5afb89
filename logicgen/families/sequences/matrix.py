"""Figure matrices: which panel completes a 3×3 matrix whose last panel is missing.

Each panel is a picture of shape groups (the panel model of ``docs/figures.md``),
and every feature of the pictures follows a rule along the rows, or, in about
one matrix in four, down the columns:

* *constant in a line*: the shape, fill, size, ... is the same within each row
  and changes from row to row;
* *progression*: along the row the count goes up or down by one (by two at
  ``hard``), the size grows or shrinks, a turnable shape (arrow, triangle,
  line) turns by a fixed angle, or a small shape moves one cell up, down,
  left or right, or one place (two at ``hard``) round the edge of the panel;
* *distribution of three values*: each row holds the same three shapes,
  fills, sizes, counts, poses or places, in a different order (a Latin
  square, so each column holds each value once too);
* *overlay*: each panel is a set of small elements, one per cell of the
  panel's 3×3 sub-grid (dots, small squares, or short lines pointing at the
  centre), and the third panel of each row is the XOR (the elements in exactly
  one of the first two), AND (in both), OR (in either) or difference (in the
  first but not the second) of the first two.

Four kinds of matrix: one large *shape* whose features follow the rules; one
*moving* shape in a cell of the sub-grid; a large shape with a small *marker*
in a cell (two layers); and an *overlay*. ``easy`` has one rule on one
feature, everything else constant; ``medium`` two rules, or an overlay;
``hard`` three rules, or an overlay whose elements' fill or shape follows a
second rule. Two distributions in one matrix never move in step, so that the
two rules cannot be read as one; a size never changes along a line whose
count changes (copies shrink to fit, which would hide the size); a marker's
kind and fill are ones the large shape never takes.

``score`` = the sum over the rules of 0.5 (constant in a line), 1.0
(progression of count or size), 1.5 (progression of turn or place,
distribution, OR), 2.0 (AND, difference) or 2.5 (XOR), + 0.5 for a shape with
a marker, + 0.3 when the rules run down the columns.

Wrong options each change exactly one feature of the answer: one count, size,
fill, shape, pose or place, one element of an overlay added or taken away, or
the fill or shape of all its elements. They prefer values the matrix itself
suggests (a neighbour's value, the next step, the element a wrong operation
keeps). Options that each change one feature of the key make the key the
one that agrees with the most common value of every feature, unless all wrong
options change the same feature; so when a ruled feature has enough other
values, they all do in about two items in three (about half the items at
``easy``, where fills and sizes have too few). Measured over 2,000 items per
level, that majority vote finds the key in 62 % (``easy``), 67 % (``medium``)
and 64 % (``hard``) of items, against 20 % by chance; it always finds it for an
overlay, whose wrong options each add or take away one element. The solver (:mod:`logicgen.solve.matrix`) searches
its own library of row and column rules and accepts an item only when the
simplest readings of the eight shown panels predict exactly the key.

``data``: ``panels`` (the nine panels row by row, the last ``null``),
``layout`` (``"matrix"``), ``options`` (one panel per choice, in choice
order), ``reading`` (``rows`` or ``columns``) and ``rules`` (names such as
``"count progression"``).

>>> import logicgen
>>> item = logicgen.generate("sequence.matrix", count=1, seed=7)[0]
>>> print(item.prompt)
Which panel completes the matrix?
<BLANKLINE>
Row 1: large white star | 4 large grey stars | 5 large black stars
Row 2: 4 large black stars | 5 large white stars | large grey star
Row 3: 5 large grey stars | large black star | ?
>>> item.choices
('large white star', '5 large white stars', '2 large white stars', '3 large white stars', '4 large white stars')
>>> item.answer
'4 large white stars'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from logicgen.errors import InvalidParams, describe_value
from logicgen.figures import FILLS, POSITIONS, SIZES, Panel, describe, describe_group
from logicgen.registry import BaseParams, Instance, check_choice, family
from logicgen.solve import matrix as matrix_solver

from ._matrix_rules import (
    ORIENTATIONS,
    RING,
    SHAPE_KINDS,
    Draw,
    Rule,
    overlay_rule,
    progression_rule,
    transpose,
    value_rule,
)

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["RULES", "Params", "explain", "generate", "render"]

RULES = ("mixed", "attributes", "overlay")

#: frame weights per difficulty (``rules="mixed"``)
FRAMES: dict[str, dict[str, float]] = {
    "easy": {"shape": 7, "moving": 3},
    "medium": {"shape": 3.5, "moving": 1.5, "marker": 2, "overlay": 3},
    "hard": {"shape": 3, "moving": 1.5, "marker": 2.5, "overlay": 3},
}
N_RULES = {"easy": 1, "medium": 2, "hard": 3}
#: features of the main shape that may follow a rule, per frame
FEATURES = {
    "shape": ("kind", "count", "size", "fill", "rotation"),
    "moving": ("kind", "count", "fill", "rotation"),
    "marker": ("kind", "count", "size", "fill", "rotation"),
}
HOW: dict[str, dict[str, float]] = {
    "kind": {"distribution": 2, "row": 1},
    "count": {"progression": 2, "distribution": 1.5, "row": 0.5},
    "size": {"progression": 1, "distribution": 1.5, "row": 0.5},
    "fill": {"distribution": 2, "row": 1},
    "rotation": {"progression": 2, "distribution": 1, "row": 0.5},
    "position": {"progression": 2.5, "distribution": 1, "row": 0.3},
}
OPERATIONS = {
    "medium": {"xor": 3, "or": 2, "and": 2, "difference": 1.5},
    "hard": {"xor": 3, "and": 2, "or": 1.5, "difference": 2},
}
#: kinds of the small marker (at most three kinds are in use by the large shape)
MARKERS = ("circle", "square", "star", "triangle", "pentagon")
#: element styles of an overlay: kind, size, fill
ELEMENTS = {"dots": ("circle", "small", "solid"), "squares": ("square", "small", "grey"),
            "lines": ("line", "medium", "empty")}
#: a short line in each border cell points at the centre
SPOKE = {0: 135, 1: 0, 2: 45, 3: 90, 5: 90, 6: 45, 7: 0, 8: 135}
RULE_SCORE = {"row": 0.5, "progression": 1.0, "distribution": 1.5, "or": 1.5, "and": 2.0,
              "difference": 2.0, "xor": 2.5}
#: chance that all wrong options change the same feature
FOCUS = {"easy": 0.7, "medium": 0.65, "hard": 0.65}
COLUMNS = 0.25

QUESTIONS = ("Which panel completes the matrix?",
             "Which panel belongs in place of the question mark?")


@family(
    "sequence.matrix",
    solver=matrix_solver.solve,
    summary="Figure matrices: which panel completes a 3×3 matrix",
    formats=("choice",),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``rules``: ``attributes`` (features of shapes), ``overlay`` (set operations on
    elements, ``medium`` and ``hard`` only) or ``mixed`` (either)."""

    rules: str = "mixed"

    def check(self) -> None:
        check_choice("rules", self.rules, RULES)
        if self.rules == "overlay" and self.difficulty == "easy":
            raise InvalidParams(
                f"rules must be mixed or attributes at difficulty easy (got {describe_value(self.rules)})"
            )


# -- the drawn matrix ------------------------------------------------------------------


@dataclass
class Spec:
    """What ``render`` and ``explain`` need beyond ``data``."""

    frame: str  # shape, moving, marker, overlay
    reading: str  # rows or columns
    rules: list[Rule]
    panels: list[Panel]  # all nine, the last being the answer
    layers: list[dict[str, Any]]  # the constant features of each layer (not overlays)
    elements: str = ""  # overlay: dots, squares or lines
    options: list[Panel] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # per option, "" for the key
    nouns: dict[int, Noun] = field(default_factory=dict)  # names of the layers, once made
    ruled: dict[tuple[int, str], Rule] = field(default_factory=dict)  # see _ruled


def _draw_hows(d: Draw, features: Sequence[str], level: str) -> list[str]:
    """A rule kind for each feature: at most two distributions and one line-constant
    feature, and none of those at easy."""
    hows: list[str] = []
    for f in features:
        weights = dict(HOW[f])
        if level == "easy" or "row" in hows:
            # two features constant along the lines would make whole lines repeat a panel
            weights.pop("row", None)
        if hows.count("distribution") >= 2:
            weights.pop("distribution", None)
        hows.append(d.weighted(weights))
    return hows


def _values(d: Draw, feature: str, kind: str) -> list[Any]:
    if feature == "kind":
        return d.sample(SHAPE_KINDS, 3)
    if feature == "count":
        return d.sample(range(1, 6), 3)
    if feature == "size":
        return d.sample(SIZES, 3)
    if feature == "fill":
        return d.sample(FILLS, 3)
    if feature == "rotation":
        return d.sample(ORIENTATIONS[kind], 3)
    return d.sample(range(9), 3)


def _draw_attributes(d: Draw, frame: str, level: str) -> Spec:
    n = N_RULES[level]
    while True:
        features = d.sample(FEATURES[frame], n - (frame != "shape"))
        if "kind" in features and "rotation" in features:
            continue  # a circle cannot turn
        hows = _draw_hows(d, features, level)
        # copies shrink to fit their panel, so a size change is lost when the number
        # of copies changes along the same line
        if "size" in features and "count" in features and hows[features.index("count")] != "row":
            continue
        break
    if "rotation" in features:
        kind = d.pick(("arrow", "arrow", "triangle") if "fill" in features
                      else ("arrow", "arrow", "triangle", "line"))
    elif "fill" in features or "kind" in features or d.chance(0.9):
        kind = d.pick(SHAPE_KINDS)
    else:
        kind = "line"
    main: dict[str, Any] = {
        "kind": kind,
        "count": 1 if d.chance(0.6) else d.integer(2, 2 if "size" in features else 3),
        "size": "medium" if frame == "moving" else d.pick(("large", "large", "medium")),
        "fill": "empty" if kind == "line" else d.pick(FILLS),
        "rotation": d.pick(ORIENTATIONS[kind]) if kind in ORIENTATIONS and d.chance(0.5) else 0,
        "position": None,
    }
    if "kind" in features:
        main["rotation"] = 0
    rules: list[Rule] = []
    sigma = d.pick((1, -1))
    for feature, how in zip(features, hows):
        if how == "progression":
            rules.append(progression_rule(d, 0, feature, level, kind))
        else:
            rules.append(value_rule(0, feature, how, _values(d, feature, kind), sigma))
            if how == "distribution":
                sigma = -sigma
    layers = [main]
    if frame != "shape":
        moving = 0 if frame == "moving" else 1
        how = _draw_hows(d, ["position"], level)[0]
        if how == "distribution" and hows.count("distribution") >= 2 or \
                how == "row" and "row" in hows:
            how = "progression"
        if how == "progression":
            rules.append(progression_rule(d, moving, "position", level, kind))
        else:
            rules.append(value_rule(moving, "position", how, _values(d, "position", kind),
                                    sigma))
        if frame == "marker":
            fills = {v for r in rules if r.attr == "fill" for v in r.grid} or {main["fill"]}
            # the marker is a kind the large shape never takes, so that each has a name
            kinds = {v for r in rules if r.attr == "kind" for v in r.grid} or {kind}
            layers.append({
                "kind": next(k for k in d.sample(MARKERS, len(MARKERS)) if k not in kinds),
                "count": 1,
                "size": "small", "rotation": 0, "position": None,
                "fill": next(f for f in ("solid", "grey", "empty", "striped") if f not in fills),
            })
    reading = "columns" if d.chance(COLUMNS) else "rows"
    if reading == "columns":
        for r in rules:
            r.grid = transpose(r.grid)
    panels = []
    for i in range(9):
        shapes = []
        for j, base in enumerate(layers):
            g = dict(base)
            for r in rules:
                if r.layer == j:
                    g[r.attr] = r.grid[i]
            shapes.append(g)
        panels.append({"shapes": shapes})
    return Spec(frame, reading, rules, panels, layers)


def _draw_overlay(d: Draw, level: str) -> Spec:
    hard = level == "hard"
    elements = d.pick(("dots", "squares")) if hard else d.pick(("dots", "dots", "squares", "lines"))
    kind, size, fill = ELEMENTS[elements]
    if elements == "squares":
        fill = d.pick(("grey", "empty", "solid"))
    cells = RING if elements == "lines" else range(9)
    rules = [overlay_rule(d, d.weighted(OPERATIONS[level]), cells, 6 if hard else 5)]
    if hard:
        feature = "fill" if d.chance(0.65) else "kind"
        how = d.pick(("distribution", "distribution", "row"))
        pool = ("circle", "square", "triangle", "star") if feature == "kind" else FILLS
        rules.append(value_rule(0, feature, how, d.sample(pool, 3), d.pick((1, -1))))
    reading = "columns" if d.chance(COLUMNS) else "rows"
    if reading == "columns":
        for r in rules:
            r.grid = transpose(r.grid)
    style = {"kind": kind, "size": size, "fill": fill}
    panels = []
    for i in range(9):
        for r in rules[1:]:
            style[r.attr] = r.grid[i]
        panels.append({"shapes": [
            {"kind": style["kind"], "count": 1, "size": style["size"], "fill": style["fill"],
             "rotation": SPOKE[c] if elements == "lines" else 0, "position": c}
            for c in sorted(rules[0].grid[i])
        ]})
    return Spec("overlay", reading, rules, panels, [], elements)


def _score(spec: Spec) -> float:
    value = 0.0
    for r in spec.rules:
        value += RULE_SCORE[r.how]
        if r.how == "progression" and r.attr in ("rotation", "position"):
            value += 0.5
    if spec.frame == "marker":
        value += 0.5
    if spec.reading == "columns":
        value += 0.3
    return round(value, 2)


def generate(params: Params, rng: np.random.Generator) -> Instance:
    """Draw one matrix: its kind, its rules, and the nine panels they give."""
    d = Draw(rng)
    level = params.difficulty
    frames = dict(FRAMES[level])
    if params.rules == "attributes":
        frames.pop("overlay", None)
    elif params.rules == "overlay":
        frames = {"overlay": 1.0}
    frame = d.weighted(frames)
    spec = _draw_overlay(d, level) if frame == "overlay" else _draw_attributes(d, frame, level)
    data = {
        "panels": [*spec.panels[:8], None],
        "layout": "matrix",
        "options": [],
        "reading": spec.reading,
        "rules": [f"{r.attr} {r.how}" for r in spec.rules],
    }
    return Instance(data=data, answer=describe(spec.panels[8]), score=_score(spec), spec=spec)


# -- words ----------------------------------------------------------------------------

FILL_WORDS = {"empty": "white", "striped": "striped", "grey": "grey", "solid": "black"}
PLURAL = {"circle": "circles", "square": "squares", "triangle": "triangles",
          "pentagon": "pentagons", "star": "stars", "arrow": "arrows", "line": "lines",
          "diamond": "diamonds", "shape": "shapes", "dot": "dots"}
_ARROW = ("up", "up-right", "right", "down-right", "down", "down-left", "left", "up-left")
_TRIANGLE = {0: "up", 90: "right", 180: "down", 270: "left"}
_LINE = {0: "vertical", 45: "slanting /", 90: "horizontal", 135: "slanting \\"}
_VECTOR = {(0, 1): "to the right", (0, -1): "to the left", (1, 0): "down", (-1, 0): "up"}
_ORDINAL = ("first", "second", "third")


def pose(kind: str, rotation: int) -> str:
    """How a turnable shape stands: ``pointing left``, ``slanting /``, ``turned 45°``."""
    if kind == "arrow":
        return "pointing " + _ARROW[rotation // 45]
    if kind == "triangle":
        return "pointing " + _TRIANGLE[rotation % 360]
    if kind == "line":
        return _LINE[rotation % 180]
    if kind == "square":
        return "turned 45°" if rotation % 90 else "upright"
    return "upright"


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True)
class Noun:
    """How the explanation names one layer: ``circle``/``circles``, ``small star``."""

    one: str
    many: str
    plural: bool
    small: bool = False

    @property
    def name(self) -> str:
        """The layer's name, singular or plural as the panels show it."""
        return ("small " if self.small else "") + (self.many if self.plural else self.one)

    @property
    def the(self) -> str:
        return "the " + self.name

    @property
    def every(self) -> str:
        """The plural name, for sentences about all of them (``small squares``)."""
        return ("small " if self.small else "") + self.many

    @property
    def single(self) -> str:
        return ("small " if self.small else "") + self.one

    def with_word(self, word: str) -> str:
        """``a small white circle`` or ``small white squares``."""
        small = "small " if self.small else ""
        if self.plural:
            return f"{small}{word} {self.many}"
        return _a(f"{small}{word} {self.one}")

    def verb(self, singular: str, plural: str) -> str:
        return plural if self.plural else singular


def _noun(spec: Spec, layer: int) -> Noun:
    noun = spec.nouns.get(layer)
    if noun is None:
        noun = spec.nouns[layer] = _make_noun(spec, layer)
    return noun


def _make_noun(spec: Spec, layer: int) -> Noun:
    if spec.frame == "overlay":
        one, small = {"dots": ("dot", False), "squares": ("square", True),
                      "lines": ("line", False)}[spec.elements]
        if any(r.attr == "kind" for r in spec.rules):
            one, small = "shape", False
        return Noun(one, one + "s", True, small)
    base = spec.layers[layer]
    ruled = {r.attr for r in spec.rules if r.layer == layer}
    kind = base["kind"]
    if "kind" in ruled:
        kind = "shape"
    elif kind == "square" and base["rotation"] % 90 and "rotation" not in ruled:
        kind = "diamond"
    if layer == 1:
        return Noun(kind, PLURAL[kind], False, True)
    plural = "count" in ruled or base["count"] > 1
    return Noun(kind, PLURAL[kind], plural)


def _word(attr: str, value: Any, kind: str) -> str:
    if attr == "kind":
        return str(value)
    if attr == "fill":
        return FILL_WORDS[value]
    if attr == "rotation":
        return pose(kind, value)
    if attr == "position":
        return POSITIONS[value]
    return str(value)


def _has(attr: str, value: Any, kind: str, noun: Noun) -> str:
    """What a panel has, for "... so the missing panel has ___"."""
    if attr == "count":
        return f"{value} {noun.single if value == 1 else noun.every}"
    if attr == "kind":
        return PLURAL[value] if noun.plural else _a(value)
    if attr in ("size", "fill"):
        return noun.with_word(_word(attr, value, kind))
    if attr == "rotation":
        return f"{noun.the} {pose(kind, value)}"
    return f"{noun.the} at the {POSITIONS[value]}"


def _kind_of(spec: Spec, layer: int, i: int) -> str:
    return str(spec.panels[i]["shapes"][layer]["kind"]) if spec.frame != "overlay" else ""


def _line_places(spec: Spec) -> tuple[int, int]:
    """Panels (0-8) of the first two places of the third line."""
    return (6, 7) if spec.reading == "rows" else (2, 5)


def _line_word(spec: Spec) -> str:
    return "row" if spec.reading == "rows" else "column"


def _along(spec: Spec) -> str:
    return "Across each row" if spec.reading == "rows" else "Down each column"


def _first_line(spec: Spec, grid: Sequence[Any]) -> list[Any]:
    return [grid[0], grid[1], grid[2]] if spec.reading == "rows" else [grid[0], grid[3], grid[6]]


def _line_values(spec: Spec, grid: Sequence[Any], line: int) -> list[Any]:
    if spec.reading == "rows":
        return [grid[3 * line + c] for c in range(3)]
    return [grid[line + 3 * r] for r in range(3)]


def _what(attr: str, noun: Noun) -> str:
    """The name of a feature: ``number of circles``, ``fill``, ``place of the small star``."""
    return {"kind": "shape", "count": f"number of {noun.every}", "size": "size", "fill": "fill",
            "rotation": f"pose of {noun.the}", "position": f"place of {noun.the}",
            "elements": noun.every}[attr]


def _rule_sentence(spec: Spec, r: Rule) -> str:
    noun = _noun(spec, r.layer)
    line = _line_word(spec)
    kind = _kind_of(spec, r.layer, 0)
    if r.how in ("xor", "and", "or", "difference"):
        keeps = {
            "xor": f"the {noun.every} that appear in exactly one of the first two panels "
                   f"({_a(noun.single)} in both disappears)",
            "and": f"only the {noun.every} that appear in both of the first two panels",
            "or": f"every {noun.single} that appears in either of the first two panels",
            "difference": f"the {noun.every} of the first panel that are not in the second",
        }[r.how]
        return f"{_along(spec)}, the third panel keeps {keeps}."
    if r.how == "row":
        values = [_word(r.attr, _line_values(spec, r.grid, k)[0], kind) for k in range(3)]
        if r.attr == "kind":
            values = [PLURAL[v] for v in values] if noun.plural else [_a(v) for v in values]
        return (f"Within each {line} the {_what(r.attr, noun)} stays the same: {values[0]} in "
                f"the first {line}, {values[1]} in the second and {values[2]} in the third.")
    if r.how == "distribution":
        first = _first_line(spec, r.grid)
        words = [_word(r.attr, v, kind) for v in first]
        if r.attr == "count":
            held = f"{_and([str(v) for v in sorted(first)])} {noun.every}"
        elif r.attr == "kind":
            held = _and([PLURAL[w] for w in words] if noun.plural else [_a(w) for w in words])
        elif r.attr in ("size", "fill"):
            held = (noun.with_word(_and(words)) if noun.plural
                    else _and([_a(w) for w in words[:-1]] + [noun.with_word(words[-1])]))
        elif r.attr == "rotation":
            held = f"{noun.the} {_and(words)}"
        else:
            held = f"{noun.the} at the {_and(words)}"
        return f"Each {line} holds {held}, one per panel, in a different order."
    # progressions
    step = r.step
    if r.attr == "count":
        way = "up" if step > 0 else "down"
        counts = ", ".join(str(v) for v in _first_line(spec, r.grid))
        return (f"{_along(spec)}, the number of {noun.every} goes {way} by {abs(step)} "
                f"({counts} in the first {line}).")
    if r.attr == "size":
        grows = noun.verb("grows", "grow") if step > 0 else noun.verb("shrinks", "shrink")
        order = "small to medium to large" if step > 0 else "large to medium to small"
        return f"{_along(spec)}, {noun.the} {grows} from {order}."
    if r.attr == "rotation":
        way = "clockwise" if step > 0 else "anticlockwise"
        return (f"{_along(spec)}, {noun.the} {noun.verb('turns', 'turn')} {abs(step)}° {way} "
                f"at each step.")
    moves = noun.verb("moves", "move")
    if step[0] == "vector":
        return (f"{_along(spec)}, {noun.the} {moves} one cell {_VECTOR[(step[1], step[2])]} "
                f"at each step.")
    places = "one place" if abs(step[1]) == 1 else "two places"
    way = "clockwise" if step[1] > 0 else "anticlockwise"
    return (f"{_along(spec)}, {noun.the} {moves} {places} {way} round the edge of the panel "
            f"at each step.")


def _cells(cells: Any) -> str:
    return _and(["the " + POSITIONS[c] for c in sorted(cells)])


def _completion(spec: Spec, r: Rule) -> str:
    noun = _noun(spec, r.layer)
    line = _line_word(spec)
    i, j = _line_places(spec)
    x, y, z = r.grid[i], r.grid[j], r.grid[8]
    if r.attr == "elements":
        return (f"In the third {line} the first panel has {noun.every} at {_cells(x)} and the "
                f"second at {_cells(y)}, so the missing panel has {noun.every} at {_cells(z)}.")
    kind = _kind_of(spec, r.layer, 8)
    has = [_has(r.attr, v, _kind_of(spec, r.layer, k), noun) for v, k in ((x, i), (y, j))]
    answer = _has(r.attr, z, kind, noun)
    if r.how == "progression":
        return (f"The third {line} starts with {has[0]} and {has[1]}, so the missing panel has "
                f"{answer}.")
    if r.how == "distribution":
        return (f"The third {line} already has {has[0]} and {has[1]}, so the missing panel "
                f"has {answer}.")
    return f"The third {line} has {has[0]}, so the missing panel has {answer} too."


# -- wrong options --------------------------------------------------------------------

#: a feature of the answer: (layer, attribute); overlays use (0, "elements") for the cells
Feature = tuple[int, str]


def _neighbour_values(grid: Sequence[Any]) -> list[Any]:
    """Values of the panels nearest the gap first: the ones a careless reader copies."""
    return [grid[k] for k in (7, 5, 6, 2, 4, 3, 1, 0)]


def _ordered(key: Any, suggested: Sequence[Any], domain: Sequence[Any],
             banned: Sequence[Any] = ()) -> list[Any]:
    out: list[Any] = []
    for v in (*suggested, *domain):
        if v != key and v not in out and v not in banned:
            out.append(v)
    return out


def _ruled(spec: Spec) -> dict[Feature, Rule]:
    """The features that follow a rule (the others are the same in every panel)."""
    if not spec.ruled:
        spec.ruled = {(r.layer, r.attr): r for r in spec.rules}
    return spec.ruled


def _attribute_changes(spec: Spec) -> dict[Feature, list[Any]]:
    """Every one-feature change of the answer, most plausible value first."""
    key = spec.panels[8]["shapes"]
    ruled = _ruled(spec)
    out: dict[Feature, list[Any]] = {}
    for j, g in enumerate(key):
        kind, value = g["kind"], None
        for attr in ("count", "fill", "kind", "rotation",
                     "position" if g["position"] is not None else "size"):
            rule = ruled.get((j, attr))
            suggested = _neighbour_values(rule.grid) if rule else []
            value = g[attr]
            if attr == "count":
                values = _ordered(value, suggested,
                                  sorted(range(1, 7), key=lambda v: (abs(v - g["count"]), v)))
            elif attr == "size":
                values = _ordered(value, suggested, SIZES)
            elif attr == "fill":
                # a marker must stand out from the large shape it sits on
                other = [h["fill"] for h in key if h is not g]
                values = [] if kind == "line" else _ordered(value, suggested, FILLS, other)
            elif attr == "kind":
                values = [] if g["rotation"] or kind == "line" else _ordered(
                    value, suggested, SHAPE_KINDS)
            elif attr == "rotation":
                values = _ordered(value, suggested, ORIENTATIONS.get(kind, ()))
            else:
                cell = g["position"]
                values = _ordered(value, suggested, sorted(
                    range(9), key=lambda c: (abs(c // 3 - cell // 3) + abs(c % 3 - cell % 3), c)))
            if values:
                out[(j, attr)] = values
    return out


def _overlay_changes(spec: Spec) -> dict[Feature, list[Any]]:
    """Cells to add or take away (most plausible first), and other fills and shapes."""
    shapes = spec.panels[8]["shapes"]
    present = [g["position"] for g in shapes]
    cells = RING if spec.elements == "lines" else range(9)
    i, j = _line_places(spec)
    op = spec.rules[0]
    near = sorted(op.grid[i] | op.grid[j])  # cells a wrong operation would keep or drop
    order = [c for c in near if c not in present]
    if len(present) > 1:
        order += present
    order += [c for c in cells if c not in order and c not in present]
    out: dict[Feature, list[Any]] = {(0, "elements"): order}
    if spec.elements != "lines":
        ruled = _ruled(spec)
        for attr, domain in (("fill", FILLS), ("kind", ("circle", "square", "triangle", "star"))):
            rule = ruled.get((0, attr))
            out[(0, attr)] = _ordered(shapes[0][attr],
                                      _neighbour_values(rule.grid) if rule else [], domain)
    return out


def _option(spec: Spec, feature: Feature, value: Any) -> tuple[Panel, str]:
    """The answer with one feature changed, and why that option is wrong."""
    layer, attr = feature
    shapes = [dict(g) for g in spec.panels[8]["shapes"]]
    noun = _noun(spec, layer)
    rule = _ruled(spec).get(feature)
    if attr == "elements":
        if value in {g["position"] for g in shapes}:
            shapes = [g for g in shapes if g["position"] != value]
            why = f"no {noun.single} at the {POSITIONS[value]}"
        else:
            shapes.append(dict(shapes[0], position=value,
                               rotation=SPOKE[value] if spec.elements == "lines" else 0))
            shapes.sort(key=lambda g: g["position"])
            why = f"an extra {noun.single} at the {POSITIONS[value]}"
        return {"shapes": shapes}, f"{why}, which breaks the rule for the {noun.every}"
    if spec.frame == "overlay":
        right = shapes[0][attr]
        for g in shapes:
            g[attr] = value
        if attr == "fill":
            text = f"{noun.with_word(FILL_WORDS[value])} instead of {FILL_WORDS[right]} ones"
        else:
            text = f"{PLURAL[value]} instead of {PLURAL[right]}"
        what = "fill" if attr == "fill" else "shape"
        tail = (f", which breaks the rule for the {what}" if rule
                else f", but the {what} of the {noun.every} is the same in every panel")
        return {"shapes": shapes}, text + tail
    right = shapes[layer][attr]
    kind = shapes[layer]["kind"]
    shapes[layer][attr] = value
    if attr == "count":
        text = f"{value} {noun.single if value == 1 else noun.every} instead of {right}"
    elif attr == "kind":
        text = (f"{PLURAL[value]} instead of {PLURAL[right]}" if noun.plural
                else f"{_a(value)} instead of {_a(right)}")
    elif attr in ("size", "fill"):
        w, r = _word(attr, value, kind), _word(attr, right, kind)
        text = f"{noun.with_word(w)} instead of {r} ones" if noun.plural \
            else f"{noun.with_word(w)} instead of {_a(r)} one"
    elif attr == "rotation":
        text = f"{noun.the} {pose(kind, value)} instead of {pose(kind, right)}"
    else:
        text = f"{noun.the} at the {POSITIONS[value]} instead of the {POSITIONS[right]}"
    if rule:
        return {"shapes": shapes}, f"{text}, which breaks the rule for the {_what(attr, noun)}"
    return {"shapes": shapes}, f"{text}, but the {_what(attr, noun)} is the same in every panel"


def _distractors(spec: Spec, n: int, d: Draw, level: str) -> list[tuple[Panel, str]]:
    """``n`` wrong options, each changing one feature of the answer.

    Changes of one feature to different values, or of different features, never
    look alike, so the options all look different.
    """
    changes = _overlay_changes(spec) if spec.frame == "overlay" else _attribute_changes(spec)
    ruled = [k for k in _ruled(spec) if k in changes]
    full = [k for k in ruled if len(changes[k]) >= n]
    if full and d.chance(FOCUS[level]):
        # every option differs only in one ruled feature: no option agrees with the
        # others more often than the key does
        k = d.pick(full)
        return [_option(spec, k, v) for v in changes[k][:n]]
    others = [k for k in changes if k not in ruled]
    ruled = d.sample(ruled, len(ruled))
    others = d.sample(others, len(others))
    taken = {k: 0 for k in changes}
    chosen: list[tuple[Feature, Any]] = []
    # about half from the ruled features, the rest from the others, a feature at a time
    for keys, want in ((ruled, math.ceil(n / 2)), (others, n), (ruled, n)):
        while len(chosen) < want and any(taken[k] < len(changes[k]) for k in keys):
            for k in keys:
                if taken[k] < len(changes[k]) and len(chosen) < want:
                    chosen.append((k, changes[k][taken[k]]))
                    taken[k] += 1
    return [_option(spec, k, v) for k, v in chosen[:n]]


# -- wording -----------------------------------------------------------------------------


def render(instance: Instance, params: Params, rng: np.random.Generator) -> tuple[str, list[str]]:
    """Describe the eight panels, and draw the wrong options and the order of all options."""
    spec: Spec = instance.spec
    d = Draw(rng)
    wrong = _distractors(spec, params.n_options - 1, d, params.difficulty)
    options = [(spec.panels[8], ""), *wrong]
    order = [int(i) for i in rng.permutation(len(options))]
    spec.options = [options[i][0] for i in order]
    spec.reasons = [options[i][1] for i in order]
    instance.data["options"] = spec.options
    said: dict[tuple[Any, ...], str] = {}  # panels repeat groups: describe each group once

    def words(panel: Panel) -> str:
        out = []
        for g in panel["shapes"]:
            k = (g["kind"], g["count"], g["size"], g["fill"], g["rotation"], g["position"])
            text = said.get(k)
            if text is None:
                text = said[k] = describe_group(g)
            out.append(text)
        return "; ".join(out)  # as figures.describe joins them

    shown = [words(p) for p in spec.panels[:8]] + ["?"]
    lines = [d.pick(QUESTIONS), ""]
    lines += [f"Row {r + 1}: " + " | ".join(shown[3 * r: 3 * r + 3]) for r in range(3)]
    return "\n".join(lines), [words(p) for p in spec.options]


def explain(instance: Instance) -> str:
    """Name each rule, work out the missing panel, and say why each wrong option fails."""
    spec: Spec = instance.spec
    lines = [_rule_sentence(spec, r) for r in spec.rules]
    lines.append("Everything else is the same in every panel.")
    lines += [_completion(spec, r) for r in spec.rules]
    lines.append(f"So the missing panel shows: {instance.answer}.")
    for k, why in enumerate(spec.reasons):
        if why:
            lines.append(f"Option {'ABCDEFGH'[k]} has {why}.")
    return "\n".join(lines)
