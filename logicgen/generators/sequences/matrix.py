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

The ``score`` is the solver's effort (:func:`logicgen.solve.matrix.effort`,
from the eight shown panels alone): over the slots of the simplest reading
that are not the same in all eight panels, the cost of the first rule that
fits (a value kept along each line 0.5; a count or size moving by one step
1.0, by two 1.3; a distribution of three values, a turn, a move of a cell, OR
1.5; a sum or difference of counts, AND, a set minus another 2.0; XOR 2.5),
plus 0.1 for every rule tried and rejected before it (rules down the columns
are tried after those along the rows, so they cost about 0.3 more), plus 0.5
when the panels are read layer by layer. A size that grows along every row in
the same way reads as a size kept down each column, and scores so. Bands
(:data:`BANDS`): ``easy`` 0.5–2.3, ``medium`` 2.0–4.7, ``hard`` 3.0–7.0, so a
``medium`` matrix whose two rules are both kept-along-a-line is drawn again,
and a ``hard`` one needs three rules or a set operation with a second rule:
hard means more and less obvious rules, not bigger panels.

*Wrong options* are the answer with some of its features changed, laid out so
that the options alone do not give the answer away. (When every wrong option
changes one feature, the answer holds the most common value of every feature,
and a vote over the options finds it without a look at the matrix: in 62-67 %
of items with five options, and in every overlay.) The options are the points
of a *pattern* (``PATTERNS`` in ``_matrix_rules``): a small grid with two to five
axes, each axis a feature of the answer with two to four values, the answer's
and wrong ones. A feature is a shape, count, size, fill, pose or place; in an
overlay, whether a cell holds an element, or the fill or shape of all
elements. The answer is a point drawn uniformly, and every other point is the
answer with the features changed on the axes where the two points differ.
With five options, for instance, a feature A with values a, a', a'' and a
feature B with b, b' give the options ab, ab', a'b, a'b', a''b, any of which
may be the answer. About half the wrong options break one feature, most
others two and a few three (more in the patterns with two-valued axes only,
which overlays of dots or lines need for five or seven options), and the
explanation names every one. An overlay whose answer is a single element
takes single elements in other cells as wrong options instead (none can take
the answer's element away, so a pattern would leave the answer with the
fewest elements).

No pattern singles out a point: the most common value of every axis is shared
by two or more points with the best tally, and two or more points share the
least total number of differing features to the other points, and the
greatest. As the answer is any point with the same chance, a rule that picks
an option from the options alone (the most common value of every feature, the
option nearest to or farthest from all the others) finds the answer in one
item in n, n being the number of options. Measured over 2,000 items per level
with five options, the majority vote, the most central and the least central
option each find it in 19-21 % of items at every level (18-22 % of the
overlays, about 550 per level); with 3 to 8 options, within 0.01 of 1/n.

The axes take features that follow a rule while there are any, with wrong
values the matrix suggests (a neighbour's value, an earlier step, a cell that
a wrong operation keeps or drops), so that the options ask for the rules to be
worked out: every rule of an ``easy`` or ``medium`` item changes among its
options, and of a ``hard`` one about half the time. A feature that is the same
in every panel comes next; its wrong values are drawn in proportion to how
often the matrix would have it, and it is changed less often when the
answer's value is a common one (see ``_matrix_rules.pick_axes``), so that the usual value
(a single shape, a large one) is not the answer's more often than the others.
A wrong count or size lies above or below the answer's as a uniform draw
says, where the range leaves room, and an overlay cell on an axis is one the
answer fills as often as one it leaves empty. So a vote that weighs each
value by how often it was the answer's in 3,000 other items finds the answer
in about 23 % of items with five options, as it did with one-feature changes.
A matrix whose answer has too few features for any pattern is drawn again.

The solver (:mod:`logicgen.solve.matrix`) searches
its own library of row and column rules and accepts an item only when the
simplest readings of the eight shown panels predict exactly the key.

``data``: ``panels`` (the nine panels row by row, the last ``null``),
``layout`` (``"matrix"``), ``options`` (one panel per choice, in choice
order), ``reading`` (``rows`` or ``columns``) and ``rules`` (names such as
``"count progression"``).

>>> import logicgen
>>> item = logicgen.generate("sequence.matrix", count=1, seed=7)[0]
>>> print(item.prompt)
Which panel belongs in place of the question mark?
<BLANKLINE>
Row 1: 5 large striped arrows pointing down-left | 4 large striped arrows pointing right | large
striped arrow pointing up-left
Row 2: large striped arrow pointing right | 5 large striped arrows pointing up-left | 4 large
striped arrows pointing down
Row 3: 4 large striped arrows pointing up-right | large striped arrow pointing left | ?
>>> item.choices
('6 large striped arrows pointing down', '5 large striped arrows pointing down', '6 large striped arrows pointing down-right', '5 large striped arrows pointing left', '5 large striped arrows pointing down-right')
>>> item.answer
'5 large striped arrows pointing down-right'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from logicgen.errors import InvalidParams, describe_value
from logicgen.figures import FILLS, POSITIONS, SIZES, Panel, describe, describe_group, look
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import BaseParams, Capabilities, check_choice, family
from logicgen.solve import matrix as matrix_solver

from ._figure_rules import FILL_WORDS, PLURAL, and_list, article, draws, pose
from ._matrix_rules import (
    ORIENTATIONS,
    PATTERNS,
    RING,
    SHAPE_KINDS,
    Feature,
    PriorSets,
    Rule,
    neighbour_values,
    ordered,
    overlay_rule,
    pick_axes,
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
#: a marker takes the first of these fills that the large shape never takes
MARKER_FILLS = ("solid", "grey", "empty", "striped")
#: chance that the large shape is a single one when no rule governs its count (else 2 or 3)
SINGLE = 0.6
#: sizes the large shape is drawn from when no rule governs its size
SIZE_DRAW = ("large", "large", "medium")
#: chance that a turnable shape is drawn turned when no rule governs its pose
TURNED = 0.5
#: fills of the small squares of an overlay
SQUARE_FILLS = ("grey", "empty", "solid")
#: element styles of an overlay: kind, size, fill
ELEMENTS = {"dots": ("circle", "small", "solid"), "squares": ("square", "small", "grey"),
            "lines": ("line", "medium", "empty")}
#: a short line in each border cell points at the centre
SPOKE = {0: 135, 1: 0, 2: 45, 3: 90, 5: 90, 6: 45, 7: 0, 8: 135}
RULE_SCORE = {"row": 0.5, "progression": 1.0, "distribution": 1.5, "or": 1.5, "and": 2.0,
              "difference": 2.0, "xor": 2.5}
COLUMNS = 0.25

QUESTIONS = ("Which panel completes the matrix?",
             "Which panel belongs in place of the question mark?")


@family(
    "sequence.matrix", version=3,
    solver=matrix_solver.solve,
    summary="Figure matrices: which panel completes a 3×3 matrix",
    formats=("choice",),
    capabilities=Capabilities(figures=True),
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
    """What ``render`` and ``explain`` need beyond ``data``.

    ``generate`` fills ``wrong``; ``options`` and ``reasons`` are empty but in the
    copy that ``render`` returns in its :class:`~logicgen.kit.Wording`, which
    ``explain`` reads.
    """

    frame: str  # shape, moving, marker, overlay
    reading: str  # rows or columns
    rules: list[Rule]
    panels: list[Panel]  # all nine, the last being the answer
    layers: list[dict[str, Any]]  # the constant features of each layer (not overlays)
    elements: str = ""  # overlay: dots, squares or lines
    wrong: list[tuple[Panel, str]] = field(default_factory=list)  # wrong options, with reasons
    options: list[Panel] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # per option, "" for the key
    #: the features that follow a rule (the others are the same in every panel)
    ruled: dict[tuple[int, str], Rule] = field(init=False)
    nouns: dict[int, Noun] = field(init=False)  # how the explanation names each layer

    @property
    def read(self) -> Reading:
        """How the matrix is read (:data:`READINGS`)."""
        return READINGS[self.reading]

    def __post_init__(self) -> None:
        self.ruled = {(r.layer, r.attr): r for r in self.rules}
        self.nouns = {layer: _make_noun(self, layer) for layer in range(max(len(self.layers), 1))}


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


#: the values a feature's rule draws its three from (given the large shape's kind)
POOLS: dict[str, Callable[[str], Sequence[Any]]] = {
    "kind": lambda kind: SHAPE_KINDS, "count": lambda kind: range(1, 6),
    "size": lambda kind: SIZES, "fill": lambda kind: FILLS,
    "rotation": lambda kind: ORIENTATIONS[kind], "position": lambda kind: range(9)}


def _values(d: Draw, feature: str, kind: str) -> list[Any]:
    return d.sample(POOLS[feature](kind), 3)


def _reading(d: Draw, rules: Sequence[Rule]) -> str:
    """``rows``, or ``columns`` (then every rule's grid is turned to run down the columns)."""
    if not d.chance(COLUMNS):
        return "rows"
    for r in rules:
        r.grid = transpose(r.grid)
    return "columns"


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
        "count": 1 if d.chance(SINGLE) else d.integer(2, 2 if "size" in features else 3),
        "size": "medium" if frame == "moving" else d.pick(SIZE_DRAW),
        "fill": "empty" if kind == "line" else d.pick(FILLS),
        "rotation": d.pick(ORIENTATIONS[kind]) if kind in ORIENTATIONS and d.chance(TURNED)
        else 0,
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
                "fill": next(f for f in MARKER_FILLS if f not in fills),
            })
    reading = _reading(d, rules)
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


def _draw_overlay(d: Draw, frame: str, level: str) -> Spec:
    hard = level == "hard"
    elements = d.pick(("dots", "squares")) if hard else d.pick(("dots", "dots", "squares", "lines"))
    kind, size, fill = ELEMENTS[elements]
    if elements == "squares":
        fill = d.pick(SQUARE_FILLS)
    cells = RING if elements == "lines" else range(9)
    rules = [overlay_rule(d, d.weighted(OPERATIONS[level]), cells, 6 if hard else 5)]
    if hard:
        feature = "fill" if d.chance(0.65) else "kind"
        how = d.pick(("distribution", "distribution", "row"))
        pool = ("circle", "square", "triangle", "star") if feature == "kind" else FILLS
        rules.append(value_rule(0, feature, how, d.sample(pool, 3), d.pick((1, -1))))
    reading = _reading(d, rules)
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


#: how each kind of matrix is drawn
DRAWS = {"shape": _draw_attributes, "moving": _draw_attributes, "marker": _draw_attributes,
         "overlay": _draw_overlay}


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


def generate(params: Params, rng: np.random.Generator) -> Draft:
    """Draw one matrix (its kind, its rules and the nine panels they give) and its wrong
    options; a matrix whose answer has too few features to change is drawn again."""
    d = draws(rng)
    level = params.difficulty
    frames = dict(FRAMES[level])
    if params.rules == "attributes":
        frames.pop("overlay", None)
    elif params.rules == "overlay":
        frames = {"overlay": 1.0}
    frame = d.weighted(frames)
    while True:
        spec = DRAWS[frame](d, frame, level)
        wrong = _wrong_options(spec, params.n_options, d)
        if wrong is not None:
            break
    spec.wrong = wrong
    data = {
        "panels": [*spec.panels[:8], None],
        "layout": "matrix",
        "options": [],
        "reading": spec.reading,
        "rules": [f"{r.attr} {r.how}" for r in spec.rules],
    }
    return Draft(data=data, answer=describe(spec.panels[8]), score=_score(spec), spec=spec)


# -- words ----------------------------------------------------------------------------

_VECTOR = {(0, 1): "to the right", (0, -1): "to the left", (1, 0): "down", (-1, 0): "up"}


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
        return article(f"{small}{word} {self.one}")

    def verb(self, singular: str, plural: str) -> str:
        return plural if self.plural else singular


def _noun(spec: Spec, layer: int) -> Noun:
    return spec.nouns[layer]


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


#: a feature's value in words, given the shape's kind (other values are written as they are)
WORDS: dict[str, Callable[[Any, str], str]] = {
    "fill": lambda v, kind: FILL_WORDS[v], "rotation": lambda v, kind: pose(kind, v),
    "position": lambda v, kind: POSITIONS[v]}


def _word(attr: str, value: Any, kind: str) -> str:
    return WORDS[attr](value, kind) if attr in WORDS else str(value)


#: what a panel has, for "... so the missing panel has ___": (value, kind, noun) -> words
HAS: dict[str, Callable[[Any, str, Noun], str]] = {
    "count": lambda v, kind, noun: f"{v} {noun.single if v == 1 else noun.every}",
    "kind": lambda v, kind, noun: PLURAL[v] if noun.plural else article(v),
    "size": lambda v, kind, noun: noun.with_word(v),
    "fill": lambda v, kind, noun: noun.with_word(FILL_WORDS[v]),
    "rotation": lambda v, kind, noun: f"{noun.the} {pose(kind, v)}",
    "position": lambda v, kind, noun: f"{noun.the} at the {POSITIONS[v]}",
}
#: the answer's value after "instead of", for an option that changed it
INSTEAD: dict[str, Callable[[Any, str, Noun], str]] = {
    **HAS,
    "count": lambda v, kind, noun: str(v),
    "size": lambda v, kind, noun: f"{v} ones" if noun.plural else f"{article(v)} one",
    "fill": lambda v, kind, noun: INSTEAD["size"](FILL_WORDS[v], kind, noun),
    "rotation": lambda v, kind, noun: pose(kind, v),
    "position": lambda v, kind, noun: f"the {POSITIONS[v]}",
}


def _kind_of(spec: Spec, layer: int, i: int) -> str:
    return str(spec.panels[i]["shapes"][layer]["kind"]) if spec.frame != "overlay" else ""


@dataclass(frozen=True)
class Reading:
    """How a matrix is read: the word for a line, the phrase for along one, and the
    panels (0-8) of each line in order."""

    line: str
    along: str
    cells: tuple[tuple[int, int, int], ...]

    def values(self, grid: Sequence[Any], line: int) -> list[Any]:
        return [grid[k] for k in self.cells[line]]


READINGS = {"rows": Reading("row", "Across each row", ((0, 1, 2), (3, 4, 5), (6, 7, 8))),
            "columns": Reading("column", "Down each column", ((0, 3, 6), (1, 4, 7), (2, 5, 8)))}


def _line_places(spec: Spec) -> tuple[int, ...]:
    """Panels (0-8) of the first two places of the third line."""
    return spec.read.cells[2][:2]


def _what(attr: str, noun: Noun) -> str:
    """The name of a feature: ``number of circles``, ``fill``, ``place of the small star``."""
    return {"kind": "shape", "count": f"number of {noun.every}", "size": "size", "fill": "fill",
            "rotation": f"pose of {noun.the}", "position": f"place of {noun.the}",
            "elements": noun.every}[attr]


#: what the third panel of a line keeps, per set operation
KEEPS = {
    "xor": "the {every} that appear in exactly one of the first two panels ({a} in both "
           "disappears)",
    "and": "only the {every} that appear in both of the first two panels",
    "or": "every {single} that appears in either of the first two panels",
    "difference": "the {every} of the first panel that are not in the second",
}


def _overlay_sentence(spec: Spec, r: Rule, noun: Noun, kind: str) -> str:
    keeps = KEEPS[r.how].format(every=noun.every, single=noun.single, a=article(noun.single))
    return f"{spec.read.along}, the third panel keeps {keeps}."


def _row_sentence(spec: Spec, r: Rule, noun: Noun, kind: str) -> str:
    line = spec.read.line
    values = [_word(r.attr, spec.read.values(r.grid, k)[0], kind) for k in range(3)]
    if r.attr == "kind":
        values = [PLURAL[v] for v in values] if noun.plural else [article(v) for v in values]
    return (f"Within each {line} the {_what(r.attr, noun)} stays the same: {values[0]} in "
            f"the first {line}, {values[1]} in the second and {values[2]} in the third.")


def _distribution_sentence(spec: Spec, r: Rule, noun: Noun, kind: str) -> str:
    first = spec.read.values(r.grid, 0)
    words = [_word(r.attr, v, kind) for v in first]
    if r.attr == "count":
        held = f"{and_list([str(v) for v in sorted(first)])} {noun.every}"
    elif r.attr == "kind":
        held = and_list([PLURAL[w] for w in words] if noun.plural else [article(w) for w in words])
    elif r.attr in ("size", "fill"):
        held = (noun.with_word(and_list(words)) if noun.plural
                else and_list([article(w) for w in words[:-1]] + [noun.with_word(words[-1])]))
    else:
        held = f"{noun.the} {'at the ' if r.attr == 'position' else ''}{and_list(words)}"
    return f"Each {spec.read.line} holds {held}, one per panel, in a different order."


def _count_steps(spec: Spec, r: Rule, noun: Noun) -> str:
    counts = ", ".join(str(v) for v in spec.read.values(r.grid, 0))
    return (f"the number of {noun.every} goes {'up' if r.step > 0 else 'down'} by {abs(r.step)} "
            f"({counts} in the first {spec.read.line})")


def _size_steps(spec: Spec, r: Rule, noun: Noun) -> str:
    grows = noun.verb("grows", "grow") if r.step > 0 else noun.verb("shrinks", "shrink")
    order = "small to medium to large" if r.step > 0 else "large to medium to small"
    return f"{noun.the} {grows} from {order}"


def _turn_steps(spec: Spec, r: Rule, noun: Noun) -> str:
    way = "clockwise" if r.step > 0 else "anticlockwise"
    return f"{noun.the} {noun.verb('turns', 'turn')} {abs(r.step)}° {way} at each step"


def _move_steps(spec: Spec, r: Rule, noun: Noun) -> str:
    kind, *step = r.step
    moves = noun.verb("moves", "move")
    if kind == "vector":
        return f"{noun.the} {moves} one cell {_VECTOR[(step[0], step[1])]} at each step"
    places = "one place" if abs(step[0]) == 1 else "two places"
    way = "clockwise" if step[0] > 0 else "anticlockwise"
    return f"{noun.the} {moves} {places} {way} round the edge of the panel at each step"


#: what a progression of each feature does along a line
PROGRESSIONS = {"count": _count_steps, "size": _size_steps, "rotation": _turn_steps,
                "position": _move_steps}
#: the explanation's sentence for a rule, by its kind (set operations: see KEEPS)
SENTENCES: dict[str, Callable[[Spec, Rule, Noun, str], str]] = {
    "row": _row_sentence,
    "distribution": _distribution_sentence,
    "progression": lambda spec, r, noun, kind: (
        f"{spec.read.along}, {PROGRESSIONS[r.attr](spec, r, noun)}."),
    **dict.fromkeys(KEEPS, _overlay_sentence),
}


def _rule_sentence(spec: Spec, r: Rule) -> str:
    return SENTENCES[r.how](spec, r, _noun(spec, r.layer), _kind_of(spec, r.layer, 0))


def _cells(cells: Any) -> str:
    return and_list(["the " + POSITIONS[c] for c in sorted(cells)])


#: how the third line gives the missing panel, per rule kind
COMPLETIONS = {
    "progression": "The third {line} starts with {0} and {1}, so the missing panel has {2}.",
    "distribution": "The third {line} already has {0} and {1}, so the missing panel has {2}.",
    "row": "The third {line} has {0}, so the missing panel has {2} too.",
}


def _completion(spec: Spec, r: Rule) -> str:
    noun = _noun(spec, r.layer)
    line = spec.read.line
    i, j = _line_places(spec)
    x, y, z = r.grid[i], r.grid[j], r.grid[8]
    if r.attr == "elements":
        return (f"In the third {line} the first panel has {noun.every} at {_cells(x)} and the "
                f"second at {_cells(y)}, so the missing panel has {noun.every} at {_cells(z)}.")
    has = [HAS[r.attr](v, _kind_of(spec, r.layer, k), noun) for v, k in ((x, i), (y, j), (z, 8))]
    return COMPLETIONS[r.how].format(*has, line=line)


# -- wrong options --------------------------------------------------------------------

#: tries at laying a pattern out on the answer's features before the matrix is drawn again
LAYOUT_TRIES = 20
#: weight factor of the patterns with as many axes as the answer has features that
#: follow a rule
FITTING = 4.0
#: order of the parts of an option's explanation: a new shape first, so that the
#: parts after it can call it "shape"
_PART_ORDER = {"kind": 0, "cell": 1, "count": 2, "size": 3, "fill": 4, "rotation": 5,
               "position": 6}


#: the values a feature of the answer's group ``g`` may take instead, nearest first
#: (``None``: it may not change)
DOMAINS: dict[str, Callable[[dict[str, Any]], Sequence[Any] | None]] = {
    "count": lambda g: sorted(range(1, 7), key=lambda v: (abs(v - g["count"]), v)),
    "size": lambda g: SIZES,
    "fill": lambda g: None if g["kind"] == "line" else FILLS,
    "kind": lambda g: None if g["rotation"] or g["kind"] == "line" else SHAPE_KINDS,
    "rotation": lambda g: ORIENTATIONS.get(g["kind"], ()),
    "position": lambda g: sorted(range(9), key=lambda c: (
        abs(c // 3 - g["position"] // 3) + abs(c % 3 - g["position"] % 3), c)),
}


def _attribute_changes(spec: Spec) -> dict[Feature, list[Any]]:
    """The wrong values of every feature of the answer, most plausible first."""
    key = spec.panels[8]["shapes"]
    out: dict[Feature, list[Any]] = {}
    for j, g in enumerate(key):
        for attr in ("count", "fill", "kind", "rotation",
                     "position" if g["position"] is not None else "size"):
            rule = spec.ruled.get((j, attr))
            domain = DOMAINS[attr](g)
            # a marker must stand out from the large shape it sits on, and each keeps a
            # kind of its own
            banned = [h[attr] for h in key if h is not g] if attr in ("fill", "kind") else ()
            values = [] if domain is None else ordered(
                g[attr], neighbour_values(rule.grid) if rule else [], domain, banned)
            if values:
                out[(j, attr)] = values
    return out


def _overlay_changes(spec: Spec) -> dict[Feature, list[Any]]:
    """Every cell whose element may be added or taken away, and other fills and shapes."""
    shapes = spec.panels[8]["shapes"]
    cells = RING if spec.elements == "lines" else range(9)
    out: dict[Feature, list[Any]] = {(c, "cell"): [c] for c in cells}
    if spec.elements == "lines":  # a line has no fill, and its pose marks its cell
        return out
    ruled = spec.ruled
    for attr, domain in (("fill", FILLS), ("kind", ("circle", "square", "triangle", "star"))):
        rule = ruled.get((0, attr))
        out[(0, attr)] = ordered(shapes[0][attr],
                                  neighbour_values(rule.grid) if rule else [], domain)
    return out


def _preferred(spec: Spec, changes: dict[Feature, list[Any]]) -> set[Feature]:
    """The features whose wrong values break a rule, not just a feature that never changes:
    they go on the axes first, so that the options ask for the rules to be worked out.

    In an overlay, those are the cells of the last line's first two panels (a wrong
    operation keeps or drops their elements) and a fill or shape that follows a rule.
    """
    ruled = spec.ruled
    if spec.frame != "overlay":
        return {f for f in changes if f in ruled}
    i, j = _line_places(spec)
    op = spec.rules[0]
    near = op.grid[i] | op.grid[j]
    return {f for f in changes if (f[0] in near if f[1] == "cell" else f in ruled)}


def _marker_fills(spec: Spec, key: list[dict[str, Any]]) -> dict[Any, float]:
    """Fills of the large shape that leave the marker its fill."""
    marker = key[1]["fill"]
    return {v: 1.0 for v in FILLS if v != marker
            and next(m for m in MARKER_FILLS if m != v) == marker}


Prior = Callable[[Spec, list[dict[str, Any]]], dict[Any, float]]
#: how often each value of a feature no rule governs is drawn, by (layer, feature); the
#: layers are the ``overlay``'s elements, the ``marker`` (a single one, its fill fixed by
#: the large shape's) and the ``large`` shape
PRIORS: dict[tuple[str, str], Prior] = {
    ("overlay", "fill"): lambda spec, key: dict.fromkeys(SQUARE_FILLS, 1.0)
    if spec.elements == "squares" else {},
    ("marker", "kind"): lambda spec, key: {k: 1.0 for k in MARKERS if k not in {
        v for r in spec.rules if r.attr == "kind" for v in r.grid} | {key[0]["kind"]}},
    ("large", "count"): lambda spec, key: {1: SINGLE, 2: 1 - SINGLE}
    if (0, "size") in spec.ruled else {1: SINGLE, 2: (1 - SINGLE) / 2, 3: (1 - SINGLE) / 2},
    ("large", "size"): lambda spec, key: {v: SIZE_DRAW.count(v) / len(SIZE_DRAW)
                                          for v in SIZES if v in SIZE_DRAW},
    ("large", "fill"): lambda spec, key: _marker_fills(spec, key) if spec.frame == "marker"
    else dict.fromkeys(FILLS, 1.0),
    # a turning shape is drawn from the turnable kinds
    ("large", "kind"): lambda spec, key: {} if (0, "rotation") in spec.ruled
    else {k: 1.0 for k in SHAPE_KINDS if k not in {g["kind"] for g in key[1:]}},
    ("large", "rotation"): lambda spec, key: {} if (0, "kind") in spec.ruled else {
        v: TURNED / len(ORIENTATIONS[key[0]["kind"]]) + (1 - TURNED) * (v == 0)
        for v in ORIENTATIONS[key[0]["kind"]]},
}


def _priors(spec: Spec, changes: dict[Feature, list[Any]]) -> dict[Feature, dict[Any, float]]:
    """For each feature that no rule governs, how often a matrix like this one is drawn
    with each of its values (empty when it is always drawn the same: see :data:`PRIORS`).

    Such a feature is the same in every panel, and its value is not equally likely
    for all answers (most large shapes are single, most overlays use black dots):
    see :func:`~._matrix_rules.pick_axes` for how the options keep that from showing.
    """
    key = spec.panels[8]["shapes"]
    out: dict[Feature, dict[Any, float]] = {}
    for f in changes:
        layer, attr = f
        if f in spec.ruled or attr == "cell":
            continue
        role = "overlay" if spec.frame == "overlay" else "marker" if layer == 1 else "large"
        prior = PRIORS.get((role, attr))
        out[f] = prior(spec, key) if prior else {}
    return out


def _wrong_options(spec: Spec, n: int, d: Draw) -> list[tuple[Panel, str]] | None:
    """``n - 1`` wrong options, laid out with the answer on a pattern of ``n`` points.

    A pattern of :data:`PATTERNS` is drawn, each axis gets a feature of the answer
    and wrong values for it, and the answer is a point drawn uniformly; every other
    point is the answer with the features of the axes where it differs changed.
    None when no try gives options that are all drawable and look different.
    """
    changes = _overlay_changes(spec) if spec.frame == "overlay" else _attribute_changes(spec)
    preferred = _preferred(spec, changes)
    if spec.frame == "overlay" and len(spec.panels[8]["shapes"]) == 1:
        return _single_options(spec, n, preferred, d)
    priors = _priors(spec, changes)
    tables: dict[tuple[Feature, int], PriorSets] = {}
    patterns = PATTERNS[n]
    key_panel = spec.panels[8]
    shapes = key_panel["shapes"]
    held = {g["position"] for g in shapes} if spec.frame == "overlay" else set()
    # a cell's "value" is whether the answer has an element there
    right = {f: f[0] in held if f[1] == "cell" else shapes[f[0]][f[1]] for f in changes}
    left = dict(enumerate(patterns))  # patterns not yet found too big for the answer
    # a pattern with an axis for every rule makes every rule count
    fit = {i: p.weight * (FITTING if len(p.sizes) == len(preferred) else 1)
           for i, p in left.items()}
    for _ in range(LAYOUT_TRIES):
        if not left:
            return None
        i = d.weighted([(i, fit[i]) for i in left])
        pattern = left[i]
        axes = pick_axes(pattern, right, changes, preferred, priors, tables, d)
        if axes is None:
            del left[i]
            continue
        key = d.pick(pattern.points)
        options = []
        for point in pattern.points:
            if point != key:
                # the point's value index on an axis, counted from the answer's, names
                # the wrong value it takes there
                options.append(_option(spec, [
                    (f, values[(v - k) % m - 1])
                    for (f, values), v, k, m in zip(axes, point, key, pattern.sizes) if v != k]))
        looks = {look(key_panel)} | {look(p) for p, _ in options}
        if len(looks) == n and all(_drawable(spec, p) for p, _ in options):
            return options
    return None


def _single_options(spec: Spec, n: int, preferred: set[Feature],
                    d: Draw) -> list[tuple[Panel, str]]:
    """Wrong options for an overlay whose answer is one element: one element each,
    in other cells (cells of the last line's first two panels first).

    No option can take the element away, so options built on a pattern would
    all have as many elements as the answer or more, and "the fewest elements"
    would find it. Here every option holds one element, in a cell of its own:
    each cell has an element in one option only, and every two options differ
    in two cells, so nothing but the matrix tells them apart.
    """
    cell = spec.panels[8]["shapes"][0]["position"]
    others = [f for f in _overlay_changes(spec) if f[1] == "cell" and f[0] != cell]
    near = [f[0] for f in others if f in preferred]
    rest = [f[0] for f in others if f not in preferred]
    cells = (d.sample(near, len(near)) + d.sample(rest, len(rest)))[:n - 1]
    return [_option(spec, [((cell, "cell"), cell), ((c, "cell"), c)]) for c in cells]


def _drawable(spec: Spec, panel: Panel) -> bool:
    shapes = panel["shapes"]
    if not shapes:
        return False  # an overlay with every element taken away
    # a marker stands out from the large shape it sits on
    return spec.frame != "marker" or shapes[1]["fill"] != shapes[0]["fill"]


def _option(spec: Spec, changed: Sequence[tuple[Feature, Any]]) -> tuple[Panel, str]:
    """The answer with some features changed, and why that option is wrong.

    The reason names every changed feature, in the words of :func:`_reason`.
    """
    changed = sorted(changed, key=lambda c: (_PART_ORDER[c[0][1]], c[0][0]))
    shapes = [dict(g) for g in spec.panels[8]["shapes"]]
    parts: list[str] = []
    if spec.frame == "overlay":
        noun = _noun(spec, 0)
        if any(f[1] == "kind" for f, _ in changed) and noun.one != "shape":
            # the option shows other shapes: "an extra dot" would name the wrong one
            noun = Noun("shape", "shapes", True, noun.small)
        cells = [f[0] for f, _ in changed if f[1] == "cell"]
        said = []
        for c in cells:
            if c in {g["position"] for g in shapes}:
                shapes = [g for g in shapes if g["position"] != c]
                said.append(f"no {noun.single} at the {POSITIONS[c]}")
            else:
                shapes.append(dict(spec.panels[8]["shapes"][0], position=c,
                                   rotation=SPOKE[c] if spec.elements == "lines" else 0))
                said.append(f"an extra {noun.single} at the {POSITIONS[c]}")
        shapes.sort(key=lambda g: g["position"])
        if said:
            parts.append(f"{and_list(said)}, which breaks the rule for the "
                         f"{_noun(spec, 0).every}")
        for (_, attr), value in changed:
            if attr != "cell":
                right = spec.panels[8]["shapes"][0][attr]
                for g in shapes:
                    g[attr] = value
                parts.append(_attribute_reason(spec, (0, attr), value, right, "", noun))
        return {"shapes": shapes}, _reason(parts)
    new_kind = {f[0] for f, _ in changed if f[1] == "kind"}
    for (layer, attr), value in changed:
        noun = _noun(spec, layer)
        if layer in new_kind and attr != "kind" and noun.one != "shape":
            # the option shows another shape: "a grey circle" would name the wrong one
            noun = Noun("shape", "shapes", noun.plural, noun.small)
        right = shapes[layer][attr]
        kind = shapes[layer]["kind"]
        shapes[layer][attr] = value
        parts.append(_attribute_reason(spec, (layer, attr), value, right, kind, noun))
    return {"shapes": shapes}, _reason(parts)


def _reason(parts: Sequence[str]) -> str:
    """``part``, or ``part; part; and part`` for an option wrong in several ways."""
    return parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]


def _tail(spec: Spec, feature: Feature, what: str) -> str:
    if feature in spec.ruled:
        return f", which breaks the rule for the {what}"
    return f", but the {what} is the same in every panel"


def _attribute_reason(spec: Spec, feature: Feature, value: Any, right: Any, kind: str,
                      noun: Noun) -> str:
    layer, attr = feature
    text = f"{HAS[attr](value, kind, noun)} instead of {INSTEAD[attr](right, kind, noun)}"
    return text + _tail(spec, feature, _what(attr, _noun(spec, layer)))


# -- wording -----------------------------------------------------------------------------


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """Describe the eight panels, and draw the order of the options (which go into
    ``data["options"]`` and, with why each wrong one fails, the spec ``explain`` reads)."""
    spec: Spec = draft.spec
    d = draws(rng)
    options = [(spec.panels[8], ""), *spec.wrong]
    # numpy's own shuffle, drawn before the buffer is first filled (kit.Draw has no such draw)
    order = d.rng.permutation(len(options)).tolist()
    spec = replace(spec, options=[options[i][0] for i in order],
                   reasons=[options[i][1] for i in order])
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
    return Wording("\n".join(lines), [words(p) for p in spec.options],
                   data={"options": spec.options}, spec=spec)


def explain(draft: Draft) -> str:
    """Name each rule, work out the missing panel, and say why each wrong option fails."""
    spec: Spec = draft.spec
    lines = [_rule_sentence(spec, r) for r in spec.rules]
    lines.append("Everything else is the same in every panel.")
    lines += [_completion(spec, r) for r in spec.rules]
    lines.append(f"So the missing panel shows: {draft.answer}.")
    for k, why in enumerate(spec.reasons):
        if why:
            lines.append(f"Option {'ABCDEFGH'[k]} has {why}.")
    # The explanation ends on the key: the one option with nothing wrong.
    key = next(k for k, why in enumerate(spec.reasons) if not why)
    lines.append(f"Answer: {'ABCDEFGH'[key]}.")
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "progression": (
        "Read each row left to right: one feature changes by the same step in every row."
    ),
    "distribution": (
        "Each row holds the same three values of a feature in a different order; the gap "
        "takes the missing one."
    ),
    "row": (
        "A feature stays the same along each row; read it from the row's other panels."
    ),
    "elements": (
        "Overlay the first two panels of a row: the third keeps the parts they share, "
        "combine or differ in."
    ),
}


def _matrix_key(draft: Draft) -> str:
    """The method's kind: the first rule's way of varying (``progression``, ...)."""
    rules = draft.data.get("rules") or [""]
    first = str(rules[0])
    return "elements" if first.startswith("elements") else first.rsplit(" ", 1)[-1]


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return _matrix_key(draft)

#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = matrix_solver.effort
BANDS = {"easy": (0.5, 2.3), "medium": (2.0, 4.7), "hard": (3.0, 7.0)}
