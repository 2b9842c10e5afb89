"""Odd one out: five panels, four share a rule and one breaks it.

Rules (``data["rule"]``), each a property a candidate can check on the drawing:

* ``count``: four panels hold the same number of shapes in all, the odd one
  one or two more or fewer;
* ``inside``: in four panels a small shape sits outside a shape that fills the
  panel, in the odd one inside it (in the centre);
* ``corners``: four panels have the same number of corners in all (a triangle
  has 3, a square 4, a pentagon 5, a circle none), the odd one a different
  number;
* ``balance``: four panels have as many black shapes as white ones, the odd one
  does not;
* ``mirror``: four panels show one figure (an arrow, a triangle or a line,
  medium or large, with a small circle or square beside it, black, grey or
  white, and sometimes a second one) turned by quarter turns, the odd one its
  mirror image.

``easy`` draws ``count`` and ``inside``; ``medium`` all five; ``hard`` mostly
corners, black-and-white balance and mirror images, with more shapes per panel
and the odd panel off by only one.

The five panels are checked by :mod:`logicgen.solve.figures`, which reads them
as JSON and tries every feature of its own library, each with a complexity:
1 for what one look at one thing shows (which kinds, fills and sizes appear;
how many groups; one group's kind, count, size, fill, turn, cell or kind of
place, the group found by its kind or by reading order; a small shape inside
or outside the outline), 2 for a count over the panel or a comparison of its
groups (shapes in all and of each kind, fill and size; corners; black minus
white; whether the groups have equal counts; which of two groups has more),
3 for a whole panel turned or mirrored. The rules' own features have
complexity 1 (``inside``), 2 (``count``, ``corners``, ``balance``) and 3
(``mirror``). An item is kept only when the rule's feature singles out the
odd panel (the other four agreeing), no feature as simple or simpler singles
out another panel, and no simpler one singles out any (so a ``corners`` item
has no panel that is the only one whose second group has two shapes, or the
only one with a star). Everything the rule does not fix (outlines, fills,
sizes, where the groups sit) is the same in all five panels or follows one
split of them into a family of two and a family of three, so no panel stands
out by any of these or by a mix of them. In ``corners`` items the odd panel is in the family of
two: only circles (no corners) let two panels of a family differ while their
corners agree, and the family of three has them. The odd panel's letter is
drawn by the wording generator.

The ``score`` is the solver's effort
(:func:`logicgen.solve.figures.odd_effort`, from the panels alone)::

    score = cost(rule's feature) + 0.08 × decoys (at most 0.8)
            + 0.3 × (groups per panel − 1, on average) + 0.4 if the odd panel is off by one

with the cost 1.0 for counting the shapes, 1.3 for a shape inside or outside
the outline, 2.0 for black minus white, 2.2 for corners and 2.4 for a figure
turned or mirrored; a *decoy* is a different split of the panels into two
families, made by a feature as simple as the rule's or simpler, that the
candidate must check and reject because it singles out no panel. Bands
(:data:`BANDS`): ``easy`` 1.4–2.5, ``medium`` 1.7–3.8, ``hard`` 2.6–4.0, so a
``hard`` count item with nothing to reject is drawn again: hard means a
feature that needs arithmetic or a mental turn, an exact count (off by one)
and more decoys, not more panels or words.

>>> import logicgen
>>> item = logicgen.generate("sequence.oddoneout", count=1, seed=3, difficulty="easy")[0]
>>> print(item.prompt)
Which panel does not belong with the other four?
>>> for letter, choice in zip("ABCDE", item.choices):
...     print(f"{letter}. {choice}")
A. small grey pentagon; small black circle centre
B. small white triangle pointing up; small black circle bottom right
C. small grey pentagon; small black circle top right
D. small white triangle pointing up; small black circle bottom centre
E. small grey pentagon; small black circle top centre
>>> item.answer
'small grey pentagon; small black circle centre'
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from logicgen import figures
from logicgen.errors import InvalidParams
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import DIFFICULTIES, BaseParams, Capabilities, family
from logicgen.solve import figures as figure_solver

from ._figure_rules import (
    CORNERS,
    FILL_WORDS,
    RING,
    and_list,
    article,
    draws,
    make_group,
    shapes_text,
    shuffled_sample,
    where,
)

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["RULES", "Params", "Spec", "explain", "generate", "render"]

RULES = ("count", "inside", "corners", "balance", "mirror")
WEIGHTS = {
    "easy": {"count": 3.0, "inside": 2.0},
    "medium": {"count": 1.0, "inside": 1.0, "corners": 2.0, "balance": 2.0, "mirror": 2.0},
    "hard": {"count": 0.5, "corners": 2.5, "balance": 2.5, "mirror": 2.5},
}
#: how simple the solver's feature for each rule is (see logicgen.solve.figures)
COMPLEXITY = {"count": 2, "inside": 1, "corners": 2, "balance": 2, "mirror": 3}
BASE_SCORE = {"count": 1.0, "inside": 1.3, "balance": 2.2, "corners": 2.5, "mirror": 2.6}
LETTERS = "ABCDE"
#: choices of copies tried for one draw of everything else (see _classed_panels)
COPY_TRIES = 4
#: draws of copies per try, looking for copies that single out no panel by themselves
MAKEUP_TRIES = 12
PANELS = 5

#: cells for the groups of a panel that holds two or three (one group fills the panel)
SLOTS = {2: ((3, 5), (1, 7), (0, 8), (2, 6)), 3: ((3, 4, 5), (1, 4, 7), (0, 4, 8), (2, 4, 6))}
COUNT_KINDS = ("circle", "square", "triangle", "pentagon", "star", "arrow")
CONTAINERS = ("circle", "square", "triangle", "pentagon")
MIRROR_KINDS = {"arrow": 3.0, "triangle": 1.0, "line": 1.0}
#: the small shapes beside a mirrored figure (kind, fill): circles and squares only, since
#: a star would show the figure's quarter turns as turns of its own
MARKERS = tuple((k, f) for k in ("circle", "square") for f in ("solid", "grey", "empty"))
#: how often a mirrored figure has a second small shape beside it, by level
SECOND_MARKER = {"easy": 0.0, "medium": 0.25, "hard": 0.5}
#: how far the odd panel's value is from the others', by level (and rule, where it differs)
ODD_STEPS: dict[Any, tuple[int, ...]] = {
    "easy": (1, -1, 2, -2), "medium": (1, -1, 2, -2), "hard": (1, -1),
    ("corners", "easy"): (2, -2, 3, -3, 4, -4), ("corners", "medium"): (2, -2, 3, -3, 4, -4)}
#: the values the four panels may share, by rule and level (where not any value)
TARGETS: dict[tuple[str, str], Sequence[int]] = {
    ("count", "easy"): range(3, 6), ("count", "medium"): range(4, 8),
    ("count", "hard"): range(5, 10), **{("balance", diff): (0,) for diff in DIFFICULTIES}}
#: turns that add variety without mattering: (degrees, how many), per level and outline
SPINS: dict[str, dict[str, tuple[int, int]]] = {
    "easy": {}, "medium": {"arrow": (90, 4)},
    "hard": {"arrow": (90, 4), "triangle": (90, 4), "square": (45, 2)}}

QUESTION_TEMPLATES = (
    "Which panel is the odd one out?",
    "Four of these panels follow the same rule. Which panel does not?",
    "Which panel does not belong with the other four?",
)

#: a panel as (kind, count) groups, for the counting rules
Makeup = tuple[tuple[str, int], ...]
#: five panels, the odd one last, and what the explanation needs to know about them
Built = tuple[list[dict[str, Any]], dict[str, Any]]


@family(
    "sequence.oddoneout", version=3,
    solver=figure_solver.solve_odd,
    summary="Odd one out: five panels, four share a rule and one breaks it",
    formats=("choice",),
    capabilities=Capabilities(figures=True),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """Parameters of ``sequence.oddoneout``: difficulty and format only.

    ``n_options`` must stay 5: the five panels are the options.
    """

    def check(self) -> None:
        if self.n_options != PANELS:
            raise InvalidParams(
                f"n_options must be 5 for sequence.oddoneout, whose five panels are the "
                f"options (got {self.n_options})"
            )


@dataclass(frozen=True)
class Spec:
    """What ``render`` and ``explain`` need: the panels in drawn order, the odd one last."""

    rule: str
    panels: list[dict[str, Any]]  # the odd panel is panels[-1]
    info: dict[str, Any]
    #: the panel shown as A, B, ...: set in the copy ``render`` returns, which ``explain`` reads
    order: list[int] = field(default_factory=list)


# -- building panels --------------------------------------------------------------


def _place(groups: list[dict[str, Any]], cells: Sequence[int]) -> dict[str, Any]:
    """Put two or three groups in the given cells; one group fills the panel."""
    if len(groups) > 1:
        for g, cell in zip(groups, cells):
            g["position"] = cell
    return {"shapes": groups}


def _rotation(d: Draw, kind: str, diff: str) -> int:
    """A turn that adds variety without mattering (see :data:`SPINS`)."""
    grain, turns = SPINS[diff].get(kind, (0, 0))
    return grain * d.integer(0, turns - 1) if grain else 0


def _halves(d: Draw) -> list[int]:
    """A random split of the five panels into two (label 1) and three (label 0)."""
    two = shuffled_sample(d, range(PANELS), 2)
    return [1 if i in two else 0 for i in range(PANELS)]


def _by_halves(d: Draw, halves: Sequence[int], values: Sequence[str],
               keep_one: float) -> list[str]:
    """One value per panel: all the same, or one for each half of the panels.

    Every attribute that does not carry the rule follows the same split (the
    outlines, the fills, the sizes, where the groups sit), so the panels form
    two families that differ in everything at once. A value then appears in
    none, two, three or all five panels, and no panel stands out by a
    combination of them either (a panel that is large like one family but
    black like the other would).
    """
    if d.chance(keep_one):
        return [d.pick(values)] * PANELS
    first, second = shuffled_sample(d, values, 2)
    return [first if h else second for h in halves]


def _tuples(kinds: Sequence[str]) -> list[tuple[int, ...]]:
    most = 6 if len(kinds) == 1 else 4  # copies of one group in a cell stay legible up to 4
    return list(itertools.product(range(1, most + 1), repeat=len(kinds)))


#: the value each counting rule checks, from a panel's outlines, fills and copies
VALUES = {
    "count": lambda kinds, fills, counts: sum(counts),
    "corners": lambda kinds, fills, counts: sum(CORNERS[k] * c for k, c in zip(kinds, counts)),
    "balance": lambda kinds, fills, counts: sum(
        c if fills[k] == "solid" else -c for k, c in zip(kinds, counts)),
}


#: what one copy of a group adds to each counting rule's value, from its outline and
#: its fill (the rules of :data:`VALUES`, each a sum over the groups)
WEIGHTS_OF = {
    "count": lambda kind, fill: 1,
    "corners": lambda kind, fill: CORNERS[kind],
    "balance": lambda kind, fill: 1 if fill == "solid" else -1,
}


@functools.lru_cache(maxsize=4096)
def _reach(rule: str, kinds: tuple[str, ...],
           fills: tuple[str, ...]) -> dict[int, list[tuple[int, ...]]]:
    """For a half's outlines (and their fills): the copies per group giving each value.

    Each value is :data:`VALUES` of the copies, worked out as the copies times
    each group's weight (:data:`WEIGHTS_OF`).
    """
    by_kind = dict(zip(kinds, fills))
    weights = [WEIGHTS_OF[rule](k, by_kind[k]) for k in kinds]
    out: dict[int, list[tuple[int, ...]]] = {}
    for counts in _counts(len(kinds)):
        out.setdefault(sum(map(operator.mul, weights, counts)), []).append(counts)
    return out


@functools.lru_cache(maxsize=8)
def _counts(groups: int) -> tuple[tuple[int, ...], ...]:
    """:func:`_tuples` of any ``groups`` outlines."""
    return tuple(_tuples(("",) * groups))


def _class_kinds(d: Draw, rule: str, diff: str,
                 odd_in_two: bool) -> tuple[list[str], list[str]] | None:
    """Disjoint outlines for the two-panel and the three-panel half.

    A half with two panels that share the rule's value needs two outlines at
    least: with one, the copies are fixed by the value and the panels would be
    the same.
    """
    pool = COUNT_KINDS
    low, high = {"easy": (1, 2), "medium": (1, 3), "hard": (2, 3)}[diff]
    if rule == "balance":
        low = 2  # a black and a white group at least
    if rule == "corners":
        # Only circles (no corners) let two panels of a half differ while their corners
        # agree, so the three-panel half has them; the other half holds the odd panel
        # and one more (see _classed_panels).
        others = d.shuffled(("triangle", "square", "pentagon"))
        cut = 1 if diff != "hard" else d.integer(1, 2)
        three = ["circle", *others[:cut]]
        two = others[cut:][: d.integer(1, 2)]
        return d.shuffled(two), d.shuffled(three)
    sizes = [d.integer(low, high), d.integer(low, high)]
    sizes = [sizes[0] if odd_in_two else max(sizes[0], 2), max(sizes[1], 2)]
    if sum(sizes) > len(pool):
        return None
    kinds = shuffled_sample(d, pool, sum(sizes))
    return kinds[: sizes[0]], kinds[sizes[0]:]


def _classed_panels(d: Draw, diff: str, rule: str) -> Iterator[Built]:
    """Panels for ``count``, ``corners`` and ``balance``.

    The outlines split the panels two and three (each half has its own
    outlines), and so do the fills and sizes, each by its own split; only the
    copies per group change from panel to panel, chosen so that four panels
    share the rule's value and the last one misses it. One draw of all but
    the copies gives up to :data:`COPY_TRIES` choices of copies (most of those
    the solver turns down have a second odd panel by its copies alone: the
    only one whose second group has two shapes, or whose groups have as many).
    """
    halves = _halves(d)
    if rule == "corners":  # the odd panel in the half of two (see _class_kinds)
        partner = d.integer(0, PANELS - 2)
        halves = [1 if i in (partner, PANELS - 1) else 0 for i in range(PANELS)]
    classes = _class_kinds(d, rule, diff, odd_in_two=halves[PANELS - 1] == 1)
    if classes is None:
        return
    fills: dict[str, str] = {}
    if rule == "balance":
        for kinds in classes:
            black = d.integer(1, len(kinds) - 1)
            for i, k in enumerate(d.shuffled(kinds)):
                fills[k] = "solid" if i < black else "empty"
    # values each half can reach, and which half holds the odd panel (drawn before the
    # looks, which do not change them: most draws of outlines reach no shared value)
    reach = [_reach(rule, tuple(kinds), tuple(fills.get(k, "") for k in kinds))
             for kinds in classes]
    odd_class = 0 if halves[PANELS - 1] == 1 else 1
    steps = ODD_STEPS.get((rule, diff), ODD_STEPS[diff])
    # values both halves reach in as many ways as they have panels sharing it, with a
    # different value near by for the odd panel
    normal = [2 - (odd_class == 0), 3 - (odd_class == 1)]
    shared = [t for t in sorted(set(reach[0]) & set(reach[1]))
              if len(reach[0][t]) >= normal[0] and len(reach[1][t]) >= normal[1]
              and any(t + step in reach[odd_class] for step in steps)]
    if (rule, diff) in TARGETS:
        shared = [t for t in shared if t in TARGETS[rule, diff]]
    if not shared:
        return
    target = d.pick(shared)
    odd_value = d.pick([target + step for step in steps if target + step in reach[odd_class]])
    if rule == "balance":
        panel_fills = [""] * PANELS
    else:
        # never both black and white, so that "black minus white" singles out no panel
        pool = d.pick((("solid", "grey", "striped"), ("empty", "grey", "striped")))
        panel_fills = _by_halves(d, halves, pool, 0.3 if diff == "easy" else 0.1)
    # groups in a cell are drawn a third of the panel wide: small copies would be specks
    sizes = _by_halves(d, halves, ("medium", "large"), 0.5 if diff == "easy" else 0.2)
    cells = [d.pick(SLOTS[len(kinds)]) if len(kinds) > 1 else () for kinds in classes]
    turns = {k: _rotation(d, k, diff) for kinds in classes for k in kinds}
    layouts = [_Layout(rule, halves, classes, fills, panel_fills, sizes, cells, turns, reach,
                       target, odd_value)]
    if len(classes[odd_class]) > 1:
        # the odd half's outlines the other way round, which changes the groups read side
        # by side with the other half's: one whose copies are fixed by the value (in
        # corners items, all but the circles) needs a partner with other copies
        swapped = list(classes)
        swapped[odd_class] = classes[odd_class][::-1]
        layouts.append(replace(layouts[0], classes=(swapped[0], swapped[1]), reach=[
            _reach(rule, tuple(kinds), tuple(fills.get(k, "") for k in kinds))
            for kinds in swapped]))
    for _ in range(COPY_TRIES):
        built = None
        for layout in layouts:
            built = _copies(d, layout)
            if built is not None:
                layouts = [layout]
                break
        if built is None:
            return  # the copies give a second odd panel however they are drawn
        yield built


@dataclass(frozen=True)
class _Layout:
    """Everything :func:`_classed_panels` draws for five panels but the copies per group."""

    rule: str
    halves: list[int]
    classes: tuple[list[str], list[str]]
    fills: dict[str, str]  # balance: each outline's fill
    panel_fills: list[str]  # the other rules: each panel's fill
    sizes: list[str]
    cells: list[Sequence[int]]
    turns: dict[str, int]
    reach: list[dict[int, list[tuple[int, ...]]]]
    target: int
    odd_value: int


def _copies(d: Draw, layout: _Layout) -> Built | None:
    """The copies per group, and so the panels, for one draw of :func:`_classed_panels`."""
    rule, halves, classes, fills = layout.rule, layout.halves, layout.classes, layout.fills
    panel_fills, sizes, cells, turns = layout.panel_fills, layout.sizes, layout.cells, layout.turns
    reach, target, odd_value = layout.reach, layout.target, layout.odd_value
    close = abs(odd_value - target) == 1  # balance: black and white one apart
    half = [0 if h == 1 else 1 for h in halves]
    options = [reach[c][target] for c in half[:-1]] + [reach[half[-1]][odd_value]]
    for _ in range(MAKEUP_TRIES):
        picked = [d.pick(options[i]) for i in range(PANELS)]
        # two panels of a half with the same copies would be the same panel but for the
        # looks both halves share: draw again
        if len({(c, t) for c, t in zip(half, picked)}) < PANELS:
            continue
        makeups: list[Makeup] = [tuple(zip(classes[c], t)) for c, t in zip(half, picked)]
        if _plain(makeups):
            break
    else:
        return None
    panels = []
    for i, makeup in enumerate(makeups):
        groups = [make_group(k, n, sizes[i], fills.get(k) or panel_fills[i], turns[k])
                  for k, n in makeup]
        panels.append(_place(groups, cells[0 if halves[i] == 1 else 1]))
    if rule == "balance":
        signs = [[(fills[k] == "solid", n) for k, n in m] for m in makeups]
        counts2 = [(sum(n for black, n in g if black), sum(n for black, n in g if not black))
                   for g in signs]
        return panels, {"counts": counts2, "makeups": makeups, "close": close}
    return panels, {"total": target, "odd_total": odd_value, "makeups": makeups, "close": close}


def _lone(values: Sequence[Any]) -> int | None:
    """The panel whose value differs when the other four share one."""
    if len(set(values)) != 2:
        return None
    lone = [i for i, v in enumerate(values) if values.count(v) == 1]
    return lone[0] if len(lone) == 1 else None


def _plain(makeups: Sequence[Makeup]) -> bool:
    """Whether the copies alone single out no panel but the odd one, and that not by one group.

    A quick filter before the solver, which judges: the copies of one group (in
    reading order, which is the order of a half's outlines) must not single out
    any panel; whether a panel's groups have equal copies, and which of two
    groups has more, must not single out any panel but the odd one.
    """
    relations = []
    if all(len(m) > 1 for m in makeups):
        relations.append([len({n for _, n in m}) == 1 for m in makeups])
    if len({len(m) for m in makeups}) == 1:
        slots = range(len(makeups[0]))
        if any(_lone([m[g][1] for m in makeups]) is not None for g in slots):
            return False
        relations += [[(m[g][1] > m[h][1]) - (m[g][1] < m[h][1]) for m in makeups]
                      for g, h in itertools.combinations(slots, 2)]
    return all(_lone(values) in (None, PANELS - 1) for values in relations)


def _inside_panels(d: Draw, diff: str) -> Iterator[Built]:
    """A small shape outside a larger one in four panels, inside it (the centre) in one.

    The outline, its fill and the small shape are each the same in every panel
    or follow one split of the panels into two and three (see :func:`_by_halves`).
    """
    halves = _halves(d)
    outlines = shuffled_sample(d, CONTAINERS, 2)
    kinds = _by_halves(d, halves, outlines, 0.4)
    fills = _by_halves(d, halves, ("empty", "grey"), 0.4)
    # the small shapes never share an outline with the large ones: "has a circle" would
    # then count both, and could single out a panel
    small = [k for k in ("circle", "square", "star") if k not in outlines]
    if diff == "easy" or len(small) == 1:
        markers = [small[0]] * PANELS
    else:
        markers = _by_halves(d, halves, small, 0.4)
    outside = shuffled_sample(d, RING, PANELS - 1)
    panels = []
    for i in range(PANELS):
        cell = 4 if i == PANELS - 1 else outside[i]
        container = make_group(kinds[i], 1, "small", fills[i])
        marker = make_group(markers[i], 1, "small", "solid", 0, cell)
        panels.append({"shapes": [container, marker]})
    yield panels, {"cells": [*outside, 4]}


# quarter turns and mirror images of whole panels (the generator's own version)


def _turned(g: dict[str, Any], quarter_turns: int, mirror: bool) -> dict[str, Any]:
    rotation, cell = g["rotation"], g["position"]
    if mirror:
        rotation = -rotation % 360
        if cell is not None:
            cell = cell - cell % 3 + 2 - cell % 3
    for _ in range(quarter_turns):
        rotation = (rotation + 90) % 360
        if cell is not None:
            row, col = divmod(cell, 3)
            cell = 3 * col + 2 - row
    return {**g, "rotation": rotation, "position": cell}


def _figure(panel: dict[str, Any], quarter_turns: int, mirror: bool = False) -> dict[str, Any]:
    return {"shapes": [_turned(g, quarter_turns, mirror) for g in panel["shapes"]]}


def _mirror_panels(d: Draw, diff: str) -> Iterator[Built]:
    kind = d.weighted(MIRROR_KINDS)
    grain = {"arrow": 45, "triangle": 90, "line": 45}[kind]
    rotation = grain * d.integer(0, 360 // grain - 1)
    fill = "empty" if kind == "line" else d.pick(("solid", "grey", "striped", "empty"))
    main = make_group(kind, 1, d.pick(("medium", "large")), fill, rotation)
    cells = shuffled_sample(d, RING, 2)
    markers = shuffled_sample(d, MARKERS, 2)
    dots = [make_group(markers[0][0], 1, "small", markers[0][1], 0, cells[0])]
    if d.chance(SECOND_MARKER[diff]):
        dots.append(make_group(markers[1][0], 1, "small", markers[1][1], 0, cells[1]))
    base = {"shapes": [main, *dots]}
    turned = [figures.look(_figure(base, q)) for q in range(4)]
    if len(set(turned)) < 4 or any(figures.look(_figure(base, q, True)) in turned
                                   for q in range(4)):
        return  # the figure has a mirror symmetry: its mirror image is one of its turns
    turns = d.shuffled(range(4))
    odd_turn = d.integer(0, 3)
    panels = [_figure(base, q) for q in turns] + [_figure(base, odd_turn, True)]
    yield panels, {"turns": [*turns, odd_turn]}


#: how each rule draws its five panels (the odd one last) and what the explanation needs
BUILDERS: dict[str, Callable[[Draw, str], Iterator[Built]]] = {
    "count": functools.partial(_classed_panels, rule="count"),
    "inside": _inside_panels,
    "corners": functools.partial(_classed_panels, rule="corners"),
    "balance": functools.partial(_classed_panels, rule="balance"),
    "mirror": _mirror_panels,
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    """Draw a rule and five panels until the solver finds the odd one, and only for that rule."""
    d = draws(rng)
    diff = params.difficulty
    for attempt in range(2000):
        if attempt % 50 == 0:  # keep to one rule for a while, so that every rule keeps its share
            rule = d.weighted(WEIGHTS[diff])
        for panels, info in BUILDERS[rule](d, diff):
            if len({figures.look(p) for p in panels}) == PANELS and _one_answer(panels, rule):
                return _draft(Spec(rule, panels, info))
    raise RuntimeError("sequence.oddoneout could not draw five panels")  # pragma: no cover


def _one_answer(panels: list[dict[str, Any]], rule: str) -> bool:
    """Whether the odd panel (the last) is the one panel any simple enough feature singles out.

    The rule's own feature must single it out; no feature of the solver's
    library as simple as the rule's or simpler may single out another panel;
    and no simpler one may single out any panel (the explanation gives the
    simplest reason there is).
    """
    level = COMPLEXITY[rule]
    found = figure_solver.odd_singled(panels, level, lowest=True)
    if not found or found.get(figure_solver.INTENDED[rule]) != (level, PANELS - 1):
        return False
    return all(hit == (level, PANELS - 1) for hit in found.values())


def _draft(spec: Spec) -> Draft:
    groups = sum(len(p["shapes"]) for p in spec.panels) / PANELS
    close = spec.info.get("close", False)
    score = BASE_SCORE[spec.rule] + 0.3 * (groups - 1) + (0.4 if close else 0.0)
    data = {"panels": list(spec.panels), "layout": "odd", "rule": spec.rule}
    return Draft(data=data, answer=figures.describe(spec.panels[-1]), score=round(score, 2),
                 spec=spec)


# -- wording ---------------------------------------------------------------------------


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """Letter the panels in a random order; each option describes one panel."""
    spec: Spec = draft.spec
    d = draws(rng)
    order = d.shuffled(range(PANELS))
    shown = [spec.panels[i] for i in order]
    # The options are the panels themselves, described in words; the drawn
    # formats letter the pictures instead, so the prompt is the question alone.
    return Wording(d.pick(QUESTION_TEMPLATES), [figures.describe(p) for p in shown],
                   data={"panels": shown}, spec=replace(spec, order=order))


# -- explanation -------------------------------------------------------------------------


def _makeup_text(makeup: Makeup, corners: bool) -> str:
    parts = [shapes_text(k, c) for k, c in makeup]
    if not corners:
        if len(makeup) == 1:
            return parts[0]
        return " + ".join(f"{c}" for _, c in makeup) + f" ({', '.join(parts)})"
    terms = [f"{c} × {CORNERS[k]}" for k, c in makeup]
    return f"{' + '.join(terms)} ({', '.join(parts)})"


def _verdict(letter: dict[int, str]) -> tuple[str, str]:
    """The four letters that follow the rule (``A, B, D and E``) and the odd one's."""
    return and_list(sorted(letter[i] for i in range(PANELS - 1))), letter[PANELS - 1]


def _total_lines(spec: Spec, letter: dict[int, str]) -> list[str]:
    """``count`` and ``corners``: every panel's total worked out."""
    info = spec.info
    four, odd = _verdict(letter)
    corners = spec.rule == "corners"
    what = "corners" if corners else "shapes"
    lines = ["Count the corners in each panel: a triangle has 3, a square 4, a pentagon 5 and "
             "a circle none." if corners else "Count the shapes in each panel."]
    for pos, i in enumerate(spec.order):
        n = info["odd_total"] if i == PANELS - 1 else info["total"]
        lines.append(f"{LETTERS[pos]}: {_makeup_text(info['makeups'][i], corners)} = {n} {what}.")
    lines.append(f"{four} each have {info['total']} {what}; {odd} has "
                 f"{info['odd_total']}, so {odd} is the odd one out.")
    return lines


def _balance_lines(spec: Spec, letter: dict[int, str]) -> list[str]:
    four, odd = _verdict(letter)
    counts = spec.info["counts"]
    lines = ["Count the black and the white shapes in each panel."]
    lines += [f"{LETTERS[pos]}: {counts[i][0]} black, {counts[i][1]} white."
              for pos, i in enumerate(spec.order)]
    black, white = counts[-1]
    lines.append(f"{four} each have as many black shapes as white ones; {odd} has "
                 f"{black} black and {white} white, so {odd} is the odd one out.")
    return lines


def _inside_lines(spec: Spec, letter: dict[int, str]) -> list[str]:
    four, odd = _verdict(letter)
    kinds = {p["shapes"][1]["kind"] for p in spec.panels}
    marker = kinds.pop() if len(kinds) == 1 else "shape"
    lines = []
    for pos, i in enumerate(spec.order):
        cell = spec.panels[i]["shapes"][1]["position"]
        side = "inside" if cell == 4 else "outside"
        lines.append(f"{LETTERS[pos]}: the small black {marker} is at {where(cell)}, "
                     f"{side} the larger shape.")
    lines.append(f"In {four} the small black {marker} is outside the larger shape; in "
                 f"{odd} it is inside, so {odd} is the odd one out.")
    return lines


def explain(draft: Draft) -> str:
    """The rule's working panel by panel (see :data:`EXPLAIN`), then the odd panel's letter."""
    spec: Spec = draft.spec
    letter = {panel: LETTERS[pos] for pos, panel in enumerate(spec.order)}
    lines = EXPLAIN[spec.rule](spec, letter)
    return Steps(lines, numbered=False, answer=letter[PANELS - 1]).text()


_TURN_WORDS = {0: "as it is", 1: "turned a quarter turn clockwise", 2: "turned half a turn",
               3: "turned a quarter turn anticlockwise"}


def _turn_from(source: dict[str, Any], target: dict[str, Any], mirror: bool) -> int:
    """The quarter turns that take ``source`` (mirrored first, if asked) to ``target``."""
    goal = figures.look(target)
    for q in range(4):
        if figures.look(_figure(source, q, mirror)) == goal:
            return q
    raise ValueError("the panels are not turns of each other")  # pragma: no cover


def _mirror_lines(spec: Spec, letter: dict[int, str]) -> list[str]:
    first = min(range(PANELS - 1), key=lambda i: letter[i])
    source = spec.panels[first]
    shapes = source["shapes"]
    main = shapes[0]["kind"]
    small = " and a ".join(f"small {FILL_WORDS[g['fill']]} {g['kind']}" for g in shapes[1:])
    base = letter[first]
    lines = [(f"Each panel shows {article(main)} with a {small} beside it. Turn whole panels "
              f"and compare them with {base}:")]
    for i in sorted(range(PANELS - 1), key=lambda i: letter[i]):
        if i != first:
            q = _turn_from(source, spec.panels[i], mirror=False)
            lines.append(f"{letter[i]} is {base} {_TURN_WORDS[q]}.")
    q = _turn_from(source, spec.panels[-1], mirror=True)
    odd = letter[PANELS - 1]
    how = "" if q == 0 else f" and {_TURN_WORDS[q]}"
    which = "small shapes lie" if len(shapes) > 2 else f"small {shapes[1]['kind']} lies"
    lines.append(f"{odd} is {base} flipped left to right{how}: a mirror image, which no turn "
                 f"of {base} gives (see on which side of the {main} the {which}). "
                 f"So {odd} is the odd one out.")
    return lines


#: how each rule's explanation works through the panels
EXPLAIN = {"count": _total_lines, "corners": _total_lines, "balance": _balance_lines,
           "inside": _inside_lines, "mirror": _mirror_lines}


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "count": (
        "Count the shapes in each panel: four agree on the total."
    ),
    "inside": (
        "Check where the small shape sits: four agree on inside or outside."
    ),
    "corners": (
        "Add up the corners in each panel (circles have none): four agree on the total."
    ),
    "balance": (
        "Compare black and white shapes in each panel: four have as many of each."
    ),
    "mirror": (
        "Turn the panels in your head: four are the same figure turned; the odd one is "
        "its mirror image."
    ),
    "*": (
        "Check one feature at a time (count, corners, fill, position); the rule is the "
        "one where four panels agree."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("rule")

#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = figure_solver.odd_effort
BANDS = {"easy": (1.4, 2.5), "medium": (1.7, 3.8), "hard": (2.6, 4.0)}
