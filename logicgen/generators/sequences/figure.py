"""Figure series: which panel comes next in a row of pictures, or which one is missing.

A row shows four to six panels and a gap (``?``), at the end ("what comes
next") or inside the row ("which panel is missing", more often at ``hard``).
A panel holds either one shape group that fills it, or a shape in the centre
cell with a small marker on the ring of the eight outer cells. Each attribute
of each group follows its own rule:

* ``constant``: it never changes;
* ``step``: turn by the same angle each panel (arrows by 45°, 90° or 135°;
  lines by 45° or 90°; triangles by 90° or 180°; squares by 45°, so that every
  turn is visible), one more (or one fewer) copy each panel, or the marker
  moving one, two or three cells round the ring, clockwise or anticlockwise;
* ``cycle``: two values take turns (the fill alternates, the size or the
  outline alternates) or three values come round in order.

``easy`` items have one rule that changes something, ``medium`` two and
``hard`` three, on one or two groups. Counts stay between one and six, so a
count changes by one each panel. Every rule is seen on at least two more panels
than it has free values (a constant on three, a step or a two-value cycle on
four, a three-value cycle on five, that is, seen coming round again), as the
number series do.

The answer is checked by :mod:`logicgen.solve.figures`, which reads the panels
as JSON and searches its own rule library attribute by attribute; an item is
kept only when every attribute has one predicted value and exactly one option
shows the predicted panel.

Wrong options. If every wrong option changed exactly one attribute of the
answer, the answer would hold the most common value of every attribute among
the options, and a candidate could find it by an attribute-wise majority vote
without looking at the row (the flaw of the RAVEN data set that I-RAVEN fixed).
So the options are built as a balanced set, in the spirit of I-RAVEN's
attribute bisection tree:

* A *shape* is drawn for the number of options
  (:data:`~logicgen.generators.sequences._figure_rules.SHAPES`): ``n`` distinct
  points over one to three abstract attributes, such as the 3 × 2 grid less
  one corner for five options (points 00, 01, 10, 11, 20). The answer takes a
  point drawn uniformly from the shape.
* Each abstract attribute becomes a real attribute of the answer panel, a
  changing one where it can (so that the options test the rules; at least one
  rule always is), else a feature that never changes; each abstract value
  becomes a value that looks different (a turn is compared modulo the
  outline's symmetry). For a changing attribute, one of the values is one of
  the likeliest slips (a step not taken, taken twice or the wrong way, the
  other value of a cycle), the others are drawn at random from every other
  value, so the answer's value is not always the middle one of three. An
  outline and a turn of the same group are never both used (a new outline
  would show the turn differently). Where an attribute has too few values
  another is used; where no shape fits, the row is drawn again.
* A wrong option then breaks exactly the attributes where its point differs
  from the answer's point: at least one, most often one, sometimes two (three
  in a few three-attribute shapes); two options differ exactly where their
  points do, so all options look different.

Everything that can be counted on the options alone (how often each value
occurs, how many features one option shares with the others) depends only on
the shape, not on where the answer sits in it, so any guess from the options
alone finds the answer one time in ``n`` on average. Moreover no point of a
shape is the unique winner or loser of the majority vote, nor the unique most
or least central option (smallest or largest total number of differing
attributes to the other options), except the middle of the three-option path,
which never holds the answer. At most one wrong option repeats a panel next to
the gap (the "nothing changed" trap). The explanation names every attribute a
wrong option breaks.

The ``score`` is the solver's effort
(:func:`logicgen.solve.figures.series_effort`, from the shown panels alone)::

    score = 1 + Σ over changing attributes (cost of the fitting rule + 0.1 per rule rejected)
              + 0.4 per group beyond the first + 0.5 for a gap inside the row

with the cost 0.6 for one more copy, a size step or two values taking turns,
0.8 for a quarter turn or a move of one cell round the ring, 1.0 for three
values coming round, 1.1 for a turn of 45° or a move of two cells, 1.4 for a
turn of 135° or a jump of three cells (the constant is rejected first, 0.1; a
three-value cycle also rejects the rules of complexity 2, 0.3 in all). Bands
(:data:`BANDS`): ``easy`` 1.5–2.8, ``medium`` 2.4–4.6, ``hard`` 3.4–6.5, so a
"hard" row that turns out two cheap changes is drawn again: hard means more
rules to follow and less obvious steps (45° and 135° turns, jumps round the
ring, three-value cycles), not more panels; how many panels are shown does not
count.

>>> import logicgen
>>> item = logicgen.generate("sequence.figure", count=1, seed=6, difficulty="easy")[0]
>>> print(item.prompt)
Which panel should come next in this row?
<BLANKLINE>
Panel 1: large white square centre; small black square top centre
Panel 2: large white square centre; small black square top left
Panel 3: large white square centre; small black square middle left
Panel 4: large white square centre; small black square bottom left
Panel 5: ?
>>> item.answer
'large white square centre; small black square bottom centre'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from logicgen import figures
from logicgen.generators.sequences import QUESTIONS, SeriesParams
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import Capabilities, check_int, family
from logicgen.solve import figures as figure_solver

from ._figure_rules import (
    FILL_WORDS,
    PLURAL,
    RING,
    RING_INDEX,
    SHAPES,
    article,
    assign_attributes,
    draws,
    make_group,
    number_word,
    pick_values,
    shuffled_sample,
    turn,
    turn_phrase,
    turn_word,
    where,
)

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["QUESTIONS", "Params", "Rule", "Spec", "explain", "generate", "render"]

MISSING_SHARE = {"easy": 0.15, "medium": 0.25, "hard": 0.4}
N_RULES = {"easy": 1, "medium": 2, "hard": 3}
MARKER_SHARE = {"easy": 0.35, "medium": 0.45, "hard": 0.55}
LETTERS = "ABCDEFGH"
FEATURE_WORDS = {"kind": "outline", "count": "number", "size": "size", "fill": "fill",
                 "rotation": "turn", "position": "place"}

#: attribute values in words (turns depend on the kind: see ``_word``)
WORDS: dict[str, Callable[[Any], str]] = {"fill": FILL_WORDS.__getitem__,
                                          "position": figures.POSITIONS.__getitem__}

MAIN, MARKER = 0, 1
ATTRS = ("kind", "count", "size", "fill", "rotation", "position")

#: what may change, per layout, with its weight at each difficulty
_MORE_SINGLE = {(MAIN, "rotation"): 3, (MAIN, "count"): 2, (MAIN, "fill"): 2, (MAIN, "size"): 1.5,
                (MAIN, "kind"): 1.5}
_MORE_MARKER = {(MAIN, "rotation"): 3, (MAIN, "fill"): 2, (MAIN, "size"): 1, (MAIN, "kind"): 1.5,
                (MARKER, "fill"): 1.5}
CHANGES: dict[str, dict[str, dict[tuple[int, str], float]]] = {
    "single": {"easy": {(MAIN, "rotation"): 3, (MAIN, "count"): 2, (MAIN, "fill"): 2,
                        (MAIN, "size"): 1, (MAIN, "kind"): 1},
               "medium": _MORE_SINGLE, "hard": _MORE_SINGLE},
    "marker": {"easy": {(MARKER, "position"): 1}, "medium": _MORE_MARKER, "hard": _MORE_MARKER},
}
#: a step's part of the score by the size of the step, and for any other size
STEP_WEIGHTS = {"rotation": ({45: 1.1, 135: 1.4}, 0.8), "position": ({1: 0.8, 2: 1.1}, 1.4),
                "count": ({}, 0.6)}

#: turn steps (degrees, clockwise) per kind and difficulty; every one is visible
TURN_STEPS = {
    "easy": {"arrow": (90, -90), "line": (45, -45, 90), "triangle": (90, -90),
             "square": (45,)},
    "medium": {"arrow": (90, -90, 45, -45), "line": (45, -45, 90), "triangle": (90, -90, 180),
               "square": (45,)},
    "hard": {"arrow": (45, -45, 90, -90, 135, -135), "line": (45, -45, 90),
             "triangle": (90, -90, 180), "square": (45,)},
}
TURN_KINDS = {"arrow": 3.0, "line": 1.5, "triangle": 1.5, "square": 0.7}
RING_STEPS = {"easy": (1, -1), "medium": (1, -1, 2, -2), "hard": (1, -1, 2, -2, 3, -3)}
#: outlines used when the outline itself changes (turned outlines keep rotation 0)
CYCLE_KINDS = ("circle", "square", "triangle", "pentagon", "star", "arrow")
MARKER_KINDS = ("circle", "circle", "circle", "square", "star")
SIZES = figures.SIZES

QUESTION_TEMPLATES = {
    "next": ("Which panel comes next in the series?",
             "Which panel continues the series?",
             "Which panel should come next in this row?"),
    "missing": ("Which panel is missing from the series (shown as ?)?",
                "Which panel belongs in the gap (?) in this row?",
                "Which panel should replace the question mark?"),
}


@family(
    "sequence.figure", version=3,
    solver=figure_solver.solve_series,
    summary="Figure series: the next or the missing panel in a row of pictures",
    formats=("choice",),
    capabilities=Capabilities(figures=True),
)
@dataclass(frozen=True)
class Params(SeriesParams):
    """Parameters of ``sequence.figure``.

    Attributes:
        question: ``next`` (the panel after the row), ``missing`` (a panel
            blanked out inside the row) or ``mixed`` (missing more often at
            harder levels).
        min_panels: the least number of panels shown (4 to 6); rules that need
            more show more.
    """

    min_panels: int = 4

    def check(self) -> None:
        super().check()
        check_int("min_panels", self.min_panels, 4, 6)


# -- rules ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """How one attribute of one group goes along the row.

    ``form`` is ``constant`` (``values = (v,)``), ``cycle`` (the values taking
    turns) or ``step`` (``values = (start, step)``: degrees for rotation, copies
    for count, ring cells for position).
    """

    group: int
    attr: str
    form: str
    values: tuple[Any, ...]

    def value(self, i: int) -> Any:
        if self.form == "constant":
            return self.values[0]
        if self.form == "cycle":
            return self.values[i % len(self.values)]
        start, step = self.values
        if self.attr == "rotation":
            return (start + i * step) % 360
        if self.attr == "position":
            return RING[(RING_INDEX[start] + i * step) % 8]
        return start + i * step

    @property
    def complexity(self) -> int:
        """Free values of the rule: 1 constant, 2 step, the period of a cycle."""
        return {"constant": 1, "step": 2}.get(self.form, len(self.values))

    @property
    def weight(self) -> float:
        """This rule's part of the score."""
        if self.form == "constant":
            return 0.0
        if self.form == "cycle":
            base = 0.6 if len(self.values) == 2 else 1.0
            return base + (0.1 if self.attr == "kind" else 0.0)
        table, other = STEP_WEIGHTS[self.attr]
        return table.get(abs(self.values[1]), other)


Change = tuple[int, str, Any]  # (group, attribute, value)


@dataclass
class Option:
    """One answer option: its panel and what it draws differently from the answer.

    ``changes`` holds a ``(group, attribute, value)`` for every attribute the
    option breaks, in the order of :data:`ATTRS`; the key has none.
    """

    panel: dict[str, Any]
    changes: tuple[Change, ...] = ()

    @property
    def broken(self) -> list[tuple[int, str]]:
        """The (group, attribute) pairs this option gets wrong."""
        return [(g, attr) for g, attr, _ in self.changes]


@dataclass
class Spec:
    """What ``render`` and ``explain`` need: the rules, the row and the options.

    ``generate`` fills ``wrong``; ``options`` is empty but in the copy that
    ``render`` returns in its :class:`~logicgen.kit.Wording`, which ``explain`` reads.
    """

    layout: str  # "single" or "marker"
    rules: dict[tuple[int, str], Rule]
    changing: list[tuple[int, str]]
    n: int  # panels in the row, the gap included
    blank: int
    question: str
    options: list[Option] = field(default_factory=list)  # in choice order, key included
    wrong: list[Option] = field(default_factory=list)  # the wrong options as drawn
    row: list[dict[str, Any]] = field(default_factory=list)  # the full row, gap included

    def __post_init__(self) -> None:
        if not self.row:  # a copy made with dataclasses.replace keeps its row
            self.row = [self._build(i) for i in range(self.n)]

    @property
    def groups(self) -> int:
        return 2 if self.layout == "marker" else 1

    def value(self, g: int, attr: str, i: int) -> Any:
        return self.rules[(g, attr)].value(i)

    def _build(self, i: int) -> dict[str, Any]:
        return {"shapes": [make_group(**{a: self.value(g, a, i) for a in ATTRS})
                           for g in range(self.groups)]}

    def panel(self, i: int, changes: Sequence[Change] = ()) -> dict[str, Any]:
        """Panel ``i`` of the full row, with each (group, attribute, value) of ``changes``.

        The row's panels are shared: callers copy before changing them.
        """
        if not changes:
            return self.row[i]
        shapes = list(self.row[i]["shapes"])
        for g, attr, value in changes:
            shapes[g] = {**shapes[g], attr: value}
        return {"shapes": shapes}

    def neighbours(self) -> list[dict[str, Any]]:
        """The shown panels next to the gap."""
        last = self.n - 1 if self.question == "missing" else self.blank
        return [self.row[i] for i in (self.blank - 1, self.blank + 1) if 0 <= i <= last]


# -- drawing a row ------------------------------------------------------------------


def _constant(g: int, attr: str, value: Any) -> Rule:
    return Rule(g, attr, "constant", (value,))


def _choose_changes(d: Draw, layout: str, diff: str, k: int) -> list[tuple[int, str]] | None:
    weights = dict(CHANGES[layout][diff])
    chosen: list[tuple[int, str]] = []
    if layout == "marker":
        chosen.append((MARKER, "position"))
        weights.pop((MARKER, "position"), None)
    while len(chosen) < k:
        if not weights:
            return None
        key = d.weighted(weights)
        chosen.append(key)
        weights.pop(key)
        if key == (MAIN, "rotation"):  # a changing outline is drawn upright
            weights.pop((MAIN, "kind"), None)
        if key == (MAIN, "kind"):
            weights.pop((MAIN, "rotation"), None)
    return chosen


def _cycle_values(d: Draw, pool: tuple[str, ...], diff: str) -> tuple[str, ...]:
    length = 3 if diff != "easy" and d.chance(0.45 if diff == "medium" else 0.6) else 2
    return tuple(shuffled_sample(d, pool, length))


def _main_rules(d: Draw, layout: str, diff: str, changing: set[str]) -> dict[str, Rule]:
    """The centre (or only) group's rules, all but the count."""
    rules: dict[str, Rule] = {}
    if "rotation" in changing:
        turners = dict(TURN_KINDS)
        if "fill" in changing:
            del turners["line"]  # a line has no fill to change
        kind = d.weighted(turners)
        step = d.pick(TURN_STEPS[diff][kind])
        grain = 90 if kind == "triangle" else figures.TURNS[kind]
        start = grain * d.integer(0, 360 // grain - 1)
        rules["kind"] = _constant(MAIN, "kind", kind)
        rules["rotation"] = Rule(MAIN, "rotation", "step", (start, step))
    elif "kind" in changing:
        kinds = _cycle_values(d, CYCLE_KINDS, diff)
        rules["kind"] = Rule(MAIN, "kind", "cycle", kinds)
        rules["rotation"] = _constant(MAIN, "rotation", 0)
    else:
        kind = d.pick(figures.KINDS if "fill" not in changing else CYCLE_KINDS)
        grain = 90 if kind == "triangle" else figures.TURNS.get(kind, 360)
        rules["kind"] = _constant(MAIN, "kind", kind)
        rules["rotation"] = _constant(MAIN, "rotation", grain * d.integer(0, 360 // grain - 1))
    if "fill" in changing:
        rules["fill"] = Rule(MAIN, "fill", "cycle", _cycle_values(d, figures.FILLS, diff))
    elif rules["kind"].values == ("line",):
        rules["fill"] = _constant(MAIN, "fill", "empty")
    else:
        rules["fill"] = _constant(MAIN, "fill", d.pick(figures.FILLS))
    if "size" in changing:
        if diff == "easy" or d.chance(0.5):
            sizes = ("small", "medium", "large") if d.chance(0.5) else ("large", "medium", "small")
            rules["size"] = Rule(MAIN, "size", "cycle", sizes)
        else:
            rules["size"] = Rule(MAIN, "size", "cycle", tuple(shuffled_sample(d, SIZES, 2)))
    else:
        large = layout == "marker" or d.chance(0.6)
        rules["size"] = _constant(MAIN, "size", "large" if large else "medium")
    rules["position"] = _constant(MAIN, "position", 4 if layout == "marker" else None)
    return rules


def _count_rule(d: Draw, layout: str, changing: bool, n: int) -> Rule:
    """One more (or one fewer) copy each panel, staying within 1 to 6; else a constant."""
    if changing:
        if d.chance(0.6):
            return Rule(MAIN, "count", "step", (d.integer(1, 7 - n), 1))
        return Rule(MAIN, "count", "step", (d.integer(n, 6), -1))
    count = 1 if layout == "marker" or d.chance(0.6) else d.pick((2, 2, 3, 4))
    return _constant(MAIN, "count", count)


def _marker_rules(d: Draw, diff: str, changing: set[str]) -> dict[str, Rule]:
    kind = d.pick(MARKER_KINDS)
    rules = {
        "kind": _constant(MARKER, "kind", kind),
        "count": _constant(MARKER, "count", 1),
        "size": _constant(MARKER, "size", "small"),
        "rotation": _constant(MARKER, "rotation", 0),
        "position": Rule(MARKER, "position", "step",
                         (d.pick(RING), d.pick(RING_STEPS[diff]))),
    }
    if "fill" in changing:
        fills: tuple[str, ...] = ("solid", "empty") if d.chance(0.5) else ("empty", "solid")
        if diff == "hard" and d.chance(0.4):
            fills = tuple(shuffled_sample(d, ("solid", "grey", "empty"), 3))
        rules["fill"] = Rule(MARKER, "fill", "cycle", fills)
    else:
        rules["fill"] = _constant(MARKER, "fill", d.pick(("solid", "solid", "grey")))
    return rules


def _draw(d: Draw, params: Params) -> Spec | None:
    diff = params.difficulty
    layout = "marker" if d.chance(MARKER_SHARE[diff]) else "single"
    chosen = _choose_changes(d, layout, diff, N_RULES[diff])
    if chosen is None:
        return None
    question = params.question
    if question == "mixed":
        question = "missing" if d.chance(MISSING_SHARE[diff]) else "next"
    main = _main_rules(d, layout, diff, {a for g, a in chosen if g == MAIN})
    rules = {(MAIN, a): r for a, r in main.items()}
    if layout == "marker":
        marker = _marker_rules(d, diff, {a for g, a in chosen if g == MARKER})
        rules.update({(MARKER, a): r for a, r in marker.items()})
    # every rule over-determined: a rule with k free values is seen on k + 2 panels
    need = max(max(r.complexity for r in rules.values()) + 2, params.min_panels)
    shown = min(6, need + (1 if d.chance(0.3) else 0))
    counting = (MAIN, "count") in chosen
    if counting:
        if need > 5:
            return None  # six panels and the gap would need seven counts
        shown = min(shown, 5)
    n = shown + 1
    rules[(MAIN, "count")] = _count_rule(d, layout, counting, n)
    blank = n - 1 if question == "next" else d.integer(1, n - 2)
    return Spec(layout, rules, chosen, n, blank, question)


def generate(params: Params, rng: np.random.Generator) -> Draft:
    """Draw the rules, the row, the gap and the wrong options (their order is wording)."""
    d = draws(rng)
    for _ in range(1000):
        spec = _draw(d, params)
        if spec is None:
            continue
        wrong = wrong_options(spec, params.n_options - 1, d)
        if wrong is None:  # no balanced option set for this row: draw another row
            continue
        spec.wrong = wrong
        return _draft(spec)
    raise RuntimeError("sequence.figure could not draw a row")  # pragma: no cover


def _draft(spec: Spec) -> Draft:
    panels: list[dict[str, Any] | None] = [
        {"shapes": [dict(g) for g in p["shapes"]]} for p in spec.row]
    answer = panels[spec.blank]
    assert answer is not None
    panels[spec.blank] = None
    if spec.question == "next":
        panels = panels[: spec.blank + 1]
    score = (1.0 + sum(r.weight for r in spec.rules.values())
             + (0.4 if spec.layout == "marker" else 0.0)
             + (0.5 if spec.question == "missing" else 0.0))
    data = {"panels": panels, "layout": "row", "question": spec.question}
    return Draft(data=data, answer=figures.describe(answer), score=round(score, 2), spec=spec)


# -- wrong options ------------------------------------------------------------------


#: further slips of a step, from the answer's value: the other turns (the half turn
#: first), the other places round the ring (the opposite one first), counts two or three off
STEP_SLIPS: dict[str, Callable[[Any], list[Any]]] = {
    "rotation": lambda v: [(v + t) % 360 for t in (180, 90, 270, 45, 315, 135, 225)],
    "position": lambda v: [RING[(RING_INDEX[v] + t) % 8] for t in (4, 1, 7, 2, 6, 3, 5)],
    "count": lambda v: [v + t for t in (2, -2, 3, -3)],
}


def _mistakes(spec: Spec, key: tuple[int, str]) -> list[Any]:
    """Values a candidate reaches by a slip in the changing attribute ``key``: a
    neighbour's value, a step the wrong way, the other slips of a step
    (:data:`STEP_SLIPS`) or the other values of a cycle."""
    rule = spec.rules[key]
    b = spec.blank
    out = [rule.value(b - 1), rule.value(b + 1)]
    if rule.form == "step":
        out.append(rule.value(b - 2))  # stepped from the previous panel the wrong way
        return out + STEP_SLIPS[rule.attr](rule.value(b))
    return out + list(rule.values)


def _other_turns(spec: Spec, g: int, shape: dict[str, Any]) -> list[Any]:
    kind, value = shape["kind"], shape["rotation"]
    if kind not in figures.TURNS:
        return []
    grain = 90 if kind == "triangle" else figures.TURNS[kind]
    return [(value + t) % 360 for t in range(grain, 360, grain)]


def _other_kinds(spec: Spec, g: int, shape: dict[str, Any]) -> list[Any]:
    if shape["rotation"] or shape["kind"] == "line":
        return []
    pool = ("circle", "square", "star", "triangle", "pentagon") if g == MARKER else CYCLE_KINDS
    return [k for k in pool if k != shape["kind"]]


def _other_counts(spec: Spec, g: int, shape: dict[str, Any]) -> list[Any]:
    high = 6 if g == MAIN and spec.layout == "single" else 1
    return [c for t in (1, 2, 3) for c in (shape["count"] + t, shape["count"] - t)
            if 1 <= c <= high]


#: other values an attribute of the answer's group ``shape`` can be drawn with
OTHER_VALUES: dict[str, Callable[[Spec, int, dict[str, Any]], list[Any]]] = {
    "fill": lambda spec, g, shape: [] if shape["kind"] == "line" else [
        f for f in ("solid", "empty", "striped", "grey") if f != shape["fill"]],
    "size": lambda spec, g, shape: [s for s in ("large", "medium", "small")
                                    if s != shape["size"]],
    "count": _other_counts,
    "rotation": _other_turns,
    "kind": _other_kinds,
    "position": lambda spec, g, shape: [c for c in RING if c != shape["position"]]
    if g == MARKER else [],
}


def _looks_new(key: tuple[int, str], answer: dict[str, Any], value: Any) -> bool:
    attr = key[1]
    if value is None and attr != "position":
        return False
    if attr == "rotation":
        kind = answer["kind"]
        grain = 90 if kind == "triangle" else figures.TURNS.get(kind, 360)
        return value % grain == 0 and turn(kind, value) != turn(kind, answer["rotation"])
    if attr == "count" and not 1 <= value <= 6:
        return False
    if attr == "fill" and answer["kind"] == "line":
        return False
    if attr == "kind" and (value == "line" or answer["rotation"]):
        return False
    return value != answer[attr]


def _seen(shape: dict[str, Any], attr: str, value: Any) -> Any:
    """An attribute value as a candidate sees it (a turn modulo the kind's symmetry)."""
    return turn(shape["kind"], value) if attr == "rotation" else value


def _alternatives(spec: Spec, key: tuple[int, str]) -> tuple[list[Any], int]:
    """The values ``key`` can take in a wrong option, and how many lead the list as slips.

    Each value looks different from the answer's and from the others (a square
    turned 90° is the square again); for a changing attribute the slips of its
    rule come first (a step not taken, taken twice or the wrong way, the other
    value of a cycle), then every other value the group can be drawn with.
    """
    g, attr = key
    shape = spec.panel(spec.blank)["shapes"][g]
    slips = _mistakes(spec, key) if key in spec.changing else []
    out: list[Any] = []
    looks: set[Any] = set()
    n_slips = 0
    for i, value in enumerate(slips + OTHER_VALUES[attr](spec, g, shape)):
        if not _looks_new(key, shape, value):
            continue
        look = _seen(shape, attr, value)
        if look in looks:
            continue
        looks.add(look)
        out.append(value)
        n_slips += i < len(slips)
    return out, n_slips


def wrong_options(spec: Spec, wanted: int, d: Draw) -> list[Option] | None:
    """``wanted`` wrong options balanced round the answer, or ``None`` when none fit.

    A shape from :data:`SHAPES` (``wanted + 1`` points) is drawn, the answer put
    on one of its points at random, each abstract attribute mapped to a real
    attribute of the answer (a changing one where it can) and each abstract
    value to a visibly different value of it. Every wrong option breaks the
    attributes where its point differs from the answer's, each to one fixed
    value, so that it looks different from the answer and from every other
    option, and a guess from the options alone cannot place the answer (see
    :mod:`logicgen.generators.sequences._figure_rules`). At most one wrong option
    may repeat a panel next to the gap, as the "nothing changed" trap: a
    candidate rules such copies out at a glance.
    """
    pools = {key: _alternatives(spec, key) for key in spec.rules}
    room = {key: len(values) for key, (values, _) in pools.items()}
    shapes = list(SHAPES[wanted + 1])
    shown = {figures.look(p) for p in spec.neighbours()}
    while shapes:
        shape = d.weighted([(s, s.weight) for s in shapes])
        shapes.remove(shape)
        attrs = assign_attributes(d, shape, room, spec.changing)
        if attrs is None:
            continue
        key_point = shape.points[d.pick(shape.keys or range(len(shape.points)))]
        for _ in range(4):  # a few draws of values before trying another shape
            meaning: list[dict[int, Any]] = []
            for j, key in enumerate(attrs):
                values, n_slips = pools[key]
                others = [v for v in range(shape.sizes[j]) if v != key_point[j]]
                picked = pick_values(d, values, n_slips, len(others))
                meaning.append(dict(zip(d.shuffled(others), picked)))
            wrong = []
            for point in shape.points:
                if point == key_point:
                    continue
                changes = [(*attrs[j], meaning[j][v]) for j, v in enumerate(point)
                           if v != key_point[j]]
                changes.sort(key=lambda c: (c[0], ATTRS.index(c[1])))
                wrong.append(Option(spec.panel(spec.blank, changes), tuple(changes)))
            if sum(figures.look(o.panel) in shown for o in wrong) <= 1:
                return wrong
    return None


# -- wording ---------------------------------------------------------------------------


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """Describe every panel and put the options (the key and the wrong ones) in a random
    order; the order goes into ``data["options"]`` and the spec the explanation reads."""
    spec: Spec = draft.spec
    d = draws(rng)
    lines = [d.pick(QUESTION_TEMPLATES[spec.question]), ""]
    for i, panel in enumerate(draft.data["panels"]):
        lines.append(f"Panel {i + 1}: {'?' if panel is None else figures.describe(panel)}")
    options = d.shuffled([Option(spec.panel(spec.blank)), *spec.wrong])
    shown = [{"shapes": [dict(g) for g in o.panel["shapes"]]} for o in options]
    return Wording("\n".join(lines), [figures.describe(o.panel) for o in options],
                   data={"options": shown}, spec=replace(spec, options=options))


# -- explanation -----------------------------------------------------------------------


def _noun(spec: Spec, g: int) -> str:
    """``the arrow``, ``the arrows``, ``the shape``, ``the small circle``."""
    if g == MARKER:
        return f"the small {spec.value(MARKER, 'kind', 0)}"
    rules = spec.rules
    plural = rules[(MAIN, "count")].form == "step" or rules[(MAIN, "count")].values[0] > 1
    if rules[(MAIN, "kind")].form != "constant":
        noun = "shapes" if plural else "shape"
    else:
        kind = rules[(MAIN, "kind")].values[0]
        noun = PLURAL[kind] if plural else kind
    if spec.layout == "marker":
        noun += " in the centre"
    return f"the {noun}"


def _count_noun(spec: Spec, singular: bool = False) -> str:
    """What the count counts: ``arrows`` or ``shapes`` (``arrow``, ``shape``)."""
    kind = spec.rules[(MAIN, "kind")]
    if kind.form != "constant":
        return "shape" if singular else "shapes"
    return kind.values[0] if singular else PLURAL[kind.values[0]]


def _word(spec: Spec, key: tuple[int, str], value: Any, i: int) -> str:
    """One attribute value in a word or two (``up``, ``3``, ``white``, ``top left``)."""
    g, attr = key
    if attr == "rotation":
        return turn_word(spec.value(g, "kind", i), value)
    return WORDS.get(attr, str)(value)


def _they(predicate: str) -> str:
    """A predicate of one shape said of several: ``points up`` -> ``point up``."""
    return predicate.replace("points", "point").replace("is ", "are ")


#: predicates of one attribute: (value, the shape's kind, said of several?) -> words
PREDICATES: dict[str, Callable[[Any, str, bool], str]] = {
    "rotation": lambda v, kind, plural: (_they if plural else str)(turn_phrase(kind, v)),
    "fill": lambda v, kind, plural: f"{'are' if plural else 'is'} {FILL_WORDS[v]}",
    "size": lambda v, kind, plural: f"{'are' if plural else 'is'} {v}",
    "position": lambda v, kind, plural: f"{'are' if plural else 'is'} at {where(v)}",
    "kind": lambda v, kind, plural: f"are {PLURAL[v]}" if plural else f"is {article(v)}",
    "count": lambda v, kind, plural: f"has {number_word(v)}",
}


def _sequence(spec: Spec, key: tuple[int, str]) -> str:
    return ", ".join("?" if i == spec.blank else _word(spec, key, spec.value(*key, i), i)
                     for i in range(spec.n if spec.question == "missing" else spec.blank + 1))


def _turn_line(spec: Spec, rule: Rule, noun: str, seq: str) -> str:
    step, b = rule.values[1], spec.blank
    kind = spec.value(rule.group, "kind", b)
    # a turn that only swaps two poses (a line by 90°, a square by 45°) has no direction
    way = "" if 2 * step % figures.PERIOD[kind] == 0 else (
        " clockwise" if step > 0 else " anticlockwise")
    plural = noun.endswith("s")
    verb, pronoun = ("turn", "they") if plural else ("turns", "it")
    return (f"{noun.capitalize()} {verb} {abs(step)}°{way} each step ({seq}), so in "
            f"panel {b + 1} {pronoun} {PREDICATES['rotation'](rule.value(b), kind, plural)}.")


def _count_line(spec: Spec, rule: Rule, noun: str, seq: str) -> str:
    what = "more" if rule.values[1] > 0 else "fewer"
    return (f"The number of {_count_noun(spec)} goes {seq}: one {what} each step, so panel "
            f"{spec.blank + 1} has {number_word(rule.value(spec.blank))}.")


def _move_line(spec: Spec, rule: Rule, noun: str, seq: str) -> str:
    step = rule.values[1]
    way = "clockwise" if step > 0 else "anticlockwise"
    cells = "cell" if abs(step) == 1 else "cells"
    return (f"{noun.capitalize()} moves {number_word(abs(step))} {cells} {way} round the "
            f"edge of the panel each step ({seq}), so in panel {spec.blank + 1} it is at "
            f"{where(rule.value(spec.blank))}.")


def _cycle_line(spec: Spec, rule: Rule, noun: str, seq: str) -> str:
    key, b = (rule.group, rule.attr), spec.blank
    values = [_word(spec, key, v, 0) for v in rule.values]
    owner = f"the {rule.attr} of {noun}" if rule.attr != "kind" else "the outline"
    if len(values) == 2:
        head = f"{owner.capitalize()} alternates between {values[0]} and {values[1]}"
    else:
        head = f"{owner.capitalize()} cycles through {', '.join(values)} in turn"
    if rule.attr == "kind":
        return f"{head} ({seq}), so panel {b + 1} shows {article(rule.value(b))}."
    return f"{head} ({seq}), so in panel {b + 1} it is {_word(spec, key, rule.value(b), b)}."


#: the explanation's line for a changing rule: a step by attribute, else a cycle
STEP_LINES = {"rotation": _turn_line, "count": _count_line, "position": _move_line}


def _rule_line(spec: Spec, key: tuple[int, str]) -> str:
    rule = spec.rules[key]
    line = STEP_LINES[key[1]] if rule.form == "step" else _cycle_line
    return line(spec, rule, _noun(spec, key[0]), _sequence(spec, key))


def _clause(spec: Spec, option: Option, change: Change, alone: bool, again: bool) -> str:
    """What one broken attribute of a wrong option shows, against the answer.

    ``alone``: the option breaks nothing else, and the clause follows the letter
    (``C has three arrows, not four``); else it stands in a list
    (``the number of arrows is three, not four``). ``again``: the clause before
    spoke of the same group, so this one calls it ``it`` or ``they``.
    """
    g, attr, value = change
    answer_shape = spec.panel(spec.blank)["shapes"][g]
    if attr == "count":
        right = number_word(answer_shape["count"])
        if alone:
            noun = _count_noun(spec) if value > 1 else _count_noun(spec, singular=True)
            text = f"has {number_word(value)} {noun}, not {right}"
        else:
            text = f"the number of {_count_noun(spec)} is {number_word(value)}, not {right}"
    else:
        noun = _noun(spec, g)
        plural = noun.endswith("s")  # the arrows point ..., the lines are ...
        kind = option.panel["shapes"][g]["kind"]
        wrong = PREDICATES[attr](value, kind, plural)
        right = PREDICATES[attr](answer_shape[attr], answer_shape["kind"], plural)
        subject = ("they" if plural else "it") if again else noun
        text = f"{subject} {wrong}, not {right.split(' ', 1)[1]}"
    if (g, attr) not in spec.changing:
        text += f" (the {FEATURE_WORDS[attr]} never changes)"
    return text


def _wrong_line(spec: Spec, letter: str, option: Option) -> str:
    """Why a wrong option fails, naming every attribute it breaks."""
    changes = option.changes
    if len(changes) == 1:
        text = _clause(spec, option, changes[0], alone=True, again=False)
        return f"{letter} {text}." if changes[0][1] == "count" else f"{letter}: {text}."
    clauses = []
    for i, change in enumerate(changes):
        before = changes[i - 1] if i else None
        again = (before is not None and before[0] == change[0]
                 and "count" not in (before[1], change[1]))
        clauses.append(_clause(spec, option, change, alone=False, again=again))
    return f"{letter}: " + "; ".join(clauses) + "."


def explain(draft: Draft) -> str:
    """Each changing rule worked out, the answer, and what every wrong option breaks."""
    spec: Spec = draft.spec
    lines = ["Follow each feature on its own."]
    lines += [_rule_line(spec, key) for key in spec.changing]
    lines.append("Everything else stays the same in every panel.")
    lines.append(f"So panel {spec.blank + 1} shows: {draft.answer}.")
    wrong = [(LETTERS[i], o) for i, o in enumerate(spec.options) if o.changes]
    if wrong:
        if all(len(o.changes) == 1 for _, o in wrong):
            lines.append("The other options each get one feature wrong:")
        else:
            lines.append("The other options each get one or more features wrong:")
        lines += [_wrong_line(spec, letter, o) for letter, o in wrong]
    # The explanation ends on the key: the one option with nothing changed.
    key = next(i for i, o in enumerate(spec.options) if not o.changes)
    lines.append(f"Answer: {LETTERS[key]}.")
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Follow one feature at a time across the panels (number, position, turn, fill); "
        "each changes by its own fixed step."
    ),
}


#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = figure_solver.series_effort
BANDS = {"easy": (1.5, 2.8), "medium": (2.4, 4.6), "hard": (3.4, 6.5)}
