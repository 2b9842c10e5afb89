"""Independent solver for figure items: ``sequence.figure`` and ``sequence.oddoneout``.

The solver reads the panels of an item's ``data`` as plain JSON with its own
code (it imports nothing from the generators or from the shared panel model):
a panel is ``{"shapes": [group, ...]}`` and a group has a kind, a count, a
size, a fill, a rotation and a position (``docs/figures.md``). What a candidate
can see of a rotation is its *turn*: the rotation modulo the outline's symmetry
(a square turned 90° is the same square), so every comparison uses turns.

Series (``layout == "row"``)
----------------------------

The row's panels must all hold the same number of groups; group ``g`` of one
panel is compared with group ``g`` of the next. For every group and attribute
(kind, count, size, fill, turn, position) the values shown form a short series
with one gap, and the solver searches its own library of rules for it:

================  ==========  ==============================================
rule              complexity  what it says
================  ==========  ==============================================
``constant``      1           the value never changes
``step``          2           the value moves by the same step each panel:
                              counts and sizes along the number line, turns
                              modulo the kind's symmetry (only while the kind
                              stays the same), positions round the ring of the
                              eight outer cells or through the cells in
                              reading order (modulo 9)
``cycle2``        2           two values take turns
``cycle3``        3           three values take turns
================  ==========  ==============================================

A rule with complexity ``k`` is only tried when at least ``k + 2`` panels are
shown, so every fit is checked on two more panels than it needs (a cycle of
three is seen to come round again), and a cycle's phase at the gap must have
been seen. For each attribute the solver keeps the values that the *simplest*
fitting rules give for the gap: a rule that fits but predicts something no
panel can show (seven copies, a size beyond large) still counts, so that a
more complex rule cannot quietly take over.

:func:`solve_series` answers with every option whose every attribute is among
those values, then a text for each predicted panel that is not offered. So an
item passes only when every attribute has one predicted value and exactly one
option shows the predicted panel.

Odd one out (``layout == "odd"``)
---------------------------------

Each of the five panels gets a value for each *feature* of the solver's
library. A feature *singles out* a panel when the other four panels share one
value and that panel has another (with five panels: exactly two values, one
of them held by one panel). A feature's *complexity* is how much a candidate
must do to read it off a panel:

complexity 1: one look at one thing
    whether the panel holds each kind, each fill and each size at all; how many
    groups it has; how many different kinds, fills and sizes it holds ("the
    only panel with mixed fills"); whether a small shape sits inside a closed
    outline that fills the panel (in the centre cell) or outside it, when every
    panel has such an outline and a placed shape; and one group's kind, count,
    size, fill, turn, cell and kind of place (the whole panel, the centre, the
    middle of a side, a corner), the group found either by its kind (when every
    panel holds that kind once) or by its place in reading order (the groups
    that fill the panel, then the others cell by cell, when every panel has as
    many groups).
complexity 2: a count over the panel, or a comparison of its groups
    how many shapes in all, and how many of each kind, fill and size; the
    number of corners (triangle 3, square 4, pentagon 5, circle 0), when every
    panel holds only those kinds; solid shapes minus white ones; whether all
    groups have the same count ("the only panel where both groups have the
    same count"); and for two groups in reading order, which has more shapes.
complexity 3: a whole panel moved
    the panel's figure up to a quarter turn of the whole panel; and up to
    quarter turns and mirroring.

The generator's rule (``data["rule"]``) names the feature it was built on
(:data:`INTENDED`): ``inside`` has complexity 1, ``count``, ``corners`` and
``balance`` 2, ``mirror`` 3. :func:`solve_odd` takes the lowest complexity at
which any feature singles out a panel, raises it to the named rule's, and
returns every panel singled out by a feature of that complexity or less. An
item passes only when that is one panel: no feature as simple as the intended
one, or simpler, points at another panel (a "second odd panel"), and
:func:`odd_rivals` lists the features that do.

>>> arrow = {"kind": "arrow", "count": 1, "size": "large", "fill": "solid", "position": None}
>>> row = [{"shapes": [dict(arrow, rotation=r)]} for r in (0, 90, 180)] + [None]
>>> options = [{"shapes": [dict(arrow, rotation=r)]} for r in (270, 0, 90)]
>>> solve_series({"panels": row, "layout": "row", "options": options}, ["L", "U", "R"])
[]
>>> row.insert(0, {"shapes": [dict(arrow, rotation=270)]})
>>> solve_series({"panels": row, "layout": "row", "options": options}, ["L", "U", "R"])
['L']
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

__all__ = [
    "INTENDED",
    "Fit",
    "Shape",
    "intended_complexity",
    "odd_analysis",
    "odd_effort",
    "odd_features",
    "odd_rivals",
    "odd_singled",
    "read_panel",
    "series_effort",
    "series_fits",
    "solve",
    "solve_odd",
    "solve_series",
]

_KINDS = ("circle", "square", "triangle", "pentagon", "star", "arrow", "line")
_SIZES = ("small", "medium", "large")
_FILLS = ("empty", "striped", "grey", "solid")
_KEYS = frozenset(("kind", "count", "size", "fill", "rotation", "position"))
#: turning a kind by a multiple of this looks the same (0: every turn looks the same)
_SYMMETRY = {"circle": 0, "square": 90, "triangle": 120, "pentagon": 72, "star": 72,
             "arrow": 360, "line": 180}
#: corners a candidate counts on each outline; other kinds have no agreed count
_CORNERS = {"circle": 0, "triangle": 3, "square": 4, "pentagon": 5}
#: closed outlines that a small shape can sit inside
_CONTAINERS = frozenset(("circle", "square", "triangle", "pentagon", "star"))
#: the eight outer cells of the 3×3 grid, clockwise from the top left
_RING = (0, 1, 2, 5, 8, 7, 6, 3)
_RING_INDEX = {cell: i for i, cell in enumerate(_RING)}
_ATTRS = ("kind", "number", "size", "fill", "turn", "cell")
_MAX_UNOFFERED = 12


class Shape(NamedTuple):
    """One shape group as the solver reads it (sizes as 0, 1, 2; ``turn`` is visible)."""

    kind: str
    number: int  # copies ("count" in the JSON; the name would hide tuple.count)
    size: int
    fill: str
    rotation: int
    turn: int
    cell: int | None


Panel = tuple[Shape, ...]


def _turn(kind: str, rotation: int) -> int:
    period = _SYMMETRY[kind]
    return rotation % period if period else 0


_SIZE_INDEX = {z: i for i, z in enumerate(_SIZES)}
_FILL_SET = frozenset(_FILLS)
_COUNTS = frozenset(range(1, 7))
_CELLS = frozenset((None, *range(9)))
# type() checks leave out True and False, which would pass as the numbers 1 and 0
_ROTATIONS = frozenset(range(0, 360, 45))


def read_panel(obj: object) -> Panel | None:
    """A panel's groups, or ``None`` when ``obj`` is not a well-formed panel.

    >>> read_panel({"shapes": [{"kind": "square", "count": 2, "size": "small",
    ...     "fill": "grey", "rotation": 135, "position": 4}]})
    (Shape(kind='square', number=2, size=0, fill='grey', rotation=135, turn=45, cell=4),)
    """
    if type(obj) is not dict or obj.keys() != {"shapes"}:
        return None
    groups = obj["shapes"]
    if type(groups) is not list or not groups:
        return None
    out = []
    for g in groups:
        if type(g) is not dict or g.keys() != _KEYS:
            return None
        kind, count, size, fill = g["kind"], g["count"], g["size"], g["fill"]
        rotation, cell = g["rotation"], g["position"]
        if (type(kind) is not str or type(size) is not str or type(fill) is not str
                or kind not in _SYMMETRY or size not in _SIZE_INDEX or fill not in _FILL_SET
                or type(count) is not int or count not in _COUNTS
                or type(rotation) is not int or rotation not in _ROTATIONS
                or (cell is not None and type(cell) is not int) or cell not in _CELLS):
            return None
        period = _SYMMETRY[kind]
        out.append(Shape(kind, count, _SIZE_INDEX[size], fill, rotation,
                         rotation % period if period else 0, cell))
    return tuple(out)


# -- series: one attribute at a time ------------------------------------------------

#: a prediction no panel can show (a rule fits but runs out of range)
_IMPOSSIBLE = ("impossible",)
#: "this rule does not fit" (``None`` is a value: a group that fills the panel)
_MISS = ("no fit",)


@dataclass(frozen=True)
class Fit:
    """The simplest rules fitting one attribute's shown values, and what they give."""

    complexity: int
    rules: tuple[str, ...]
    values: frozenset[Hashable]


def _cycle(values: Sequence[Hashable], gap: int, period: int) -> Hashable:
    """The gap's value if the shown values repeat with ``period`` (its phase seen)."""
    phase: dict[int, Hashable] = {}
    for i, v in enumerate(values):
        if i == gap:
            continue
        seen = phase.setdefault(i % period, v)
        if seen != v:
            return _MISS
    return phase.get(gap % period, _MISS)


def _step(values: Sequence[int], gap: int, modulus: int | None,
          low: int = 0, high: int = 0) -> Hashable:
    """The gap's value if the shown values move by one fixed step.

    With ``modulus`` the values wrap round; without, the prediction must lie in
    ``[low, high]`` (else the rule still fits and predicts :data:`_IMPOSSIBLE`).
    """
    i = 0 if gap not in (0, 1) else gap + 1  # two neighbours that are both shown
    d = values[i + 1] - values[i]
    if modulus:
        d %= modulus
    base = values[i] - i * d
    for j, v in enumerate(values):
        if j == gap:
            continue
        expected = base + j * d
        if (expected - v) % modulus if modulus else expected != v:
            return _MISS
    guess = base + gap * d
    if modulus:
        return guess % modulus
    return guess if low <= guess <= high else _IMPOSSIBLE


def _attribute_fit(name: str, values: list[Any], gap: int, fixed_kind: str | None) -> Fit:
    """The simplest fitting rules for one attribute; ``values[gap]`` is ignored.

    Rules are tried by complexity, and the search stops at the first
    complexity that has a fit: more complex rules would not be used anyway.
    """
    shown = len(values) - 1
    known = [v for i, v in enumerate(values) if i != gap]

    def level(complexity: int) -> list[tuple[str, Hashable]]:
        if shown < complexity + 2:  # not checked on two more panels than it needs
            return []
        if complexity == 1:
            return [("constant", known[0])] if all(v == known[0] for v in known) else []
        if complexity == 3:
            return [("cycle3", _cycle(values, gap, 3))]
        out = [("cycle2", _cycle(values, gap, 2))]
        if name == "number":
            out.append(("step", _step(values, gap, None, 1, 6)))
        elif name == "size":
            out.append(("step", _step(values, gap, None, 0, 2)))
        elif name == "turn" and fixed_kind is not None and _SYMMETRY[fixed_kind]:
            out.append(("step", _step(values, gap, _SYMMETRY[fixed_kind])))
        elif name == "cell" and all(v is not None for v in known):
            if all(v in _RING_INDEX for v in known):
                value = _step([_RING_INDEX.get(v, 0) for v in values], gap, 8)
                out.append(("ring step", value if value is _MISS else _RING[int(value)]))  # type: ignore[call-overload]
            out.append(("reading step", _step(values, gap, 9)))
        return out

    for complexity in (1, 2, 3):
        best = [(rule, value) for rule, value in level(complexity) if value is not _MISS]
        if best:
            return Fit(complexity, tuple(r for r, _ in best), frozenset(v for _, v in best))
    return Fit(0, (), frozenset())


def _row(data: Mapping[str, Any]) -> tuple[list[Panel], int] | None:
    panels = data.get("panels")
    if data.get("layout") != "row" or not isinstance(panels, list):
        return None
    gaps = [i for i, p in enumerate(panels) if p is None]
    if len(gaps) != 1:
        return None
    read: list[Panel] = []
    for i, p in enumerate(panels):
        if i == gaps[0]:
            read.append(())
            continue
        panel = read_panel(p)
        if panel is None:
            return None
        read.append(panel)
    return read, gaps[0]


def series_fits(panels: Sequence[object]) -> list[dict[str, Fit]] | None:
    """For a row with one ``None`` panel: per group, each attribute's :class:`Fit`.

    ``None`` when the row is malformed or its panels hold different numbers of
    groups.

    >>> dot = {"kind": "circle", "count": 1, "size": "small", "fill": "solid", "rotation": 0}
    >>> row = [{"shapes": [dict(dot, position=c)]} for c in (0, 1, 2, 5)] + [None]
    >>> fit = series_fits(row)[0]["cell"]
    >>> fit.rules, sorted(fit.values)
    (('ring step',), [8])
    """
    parsed = _row({"panels": list(panels), "layout": "row"})
    fits = None if parsed is None else _fits(*parsed)
    return None if fits is None else [dict(group) for group in fits]


def _fits(rows: list[Panel], gap: int) -> tuple[dict[str, Fit], ...] | None:
    """Per group, each attribute's :class:`Fit` (``None`` when the panels hold
    different numbers of groups)."""
    analysis = _row_analysis(tuple(rows), gap)
    return None if analysis is None else analysis[0]


@lru_cache(maxsize=64)
def _row_analysis(rows: tuple[Panel, ...], gap: int
                  ) -> tuple[tuple[dict[str, Fit], ...], tuple[frozenset[str], ...]] | None:
    """:func:`_fits`, and per group the attributes whose shown values are all the
    same; cached: the solver and the effort measure of one item read the same
    row. Callers must not change the answer."""
    sizes = {len(p) for i, p in enumerate(rows) if i != gap}
    if len(sizes) != 1:
        return None
    out = []
    constants = []
    for g in range(sizes.pop()):
        shapes: list[Shape | None] = [None if i == gap else p[g] for i, p in enumerate(rows)]
        kinds = {s.kind for s in shapes if s is not None}
        fixed = kinds.pop() if len(kinds) == 1 else None
        fits = {}
        same = set()
        for attr in _ATTRS:
            values = [None if s is None else getattr(s, attr) for s in shapes]
            fits[attr] = _attribute_fit(attr, values, gap, fixed)
            if len({v for i, v in enumerate(values) if i != gap}) == 1:
                same.add(attr)
        out.append(fits)
        constants.append(frozenset(same))
    return tuple(out), tuple(constants)


def _matches(shape: Shape, fits: dict[str, Fit]) -> bool:
    return all(getattr(shape, attr) in fits[attr].values for attr in _ATTRS)


def _predicted_text(choice: tuple[Hashable, ...]) -> str:
    parts = []
    for g in range(0, len(choice), len(_ATTRS)):
        kind, number, size, fill, turn, cell = choice[g:g + len(_ATTRS)]
        where = "whole panel" if cell is None else f"cell {cell}"
        parts.append(f"{number} {_SIZES[size] if isinstance(size, int) else size} {fill} "
                     f"{kind} turned {turn} at {where}")
    return "unoffered panel: " + "; ".join(parts)


def solve_series(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The options of a figure-series item that its shown panels predict.

    Returns every option consistent with the simplest fitting rules of every
    attribute (see the module notes), then a description of each predicted
    panel that no option shows; malformed data gives ``[]``.
    """
    parsed = _row(data)
    options = data.get("options")
    if parsed is None or not isinstance(options, list) or len(options) != len(choices):
        return []
    fits = _fits(*parsed)
    if fits is None or any(not f.values for group in fits for f in group.values()):
        return []
    out: list[str] = []
    offered: set[tuple[Hashable, ...]] = set()
    for choice, option in zip(choices, options):
        panel = read_panel(option)
        if panel is None or len(panel) != len(fits):
            continue
        offered.add(tuple(getattr(s, a) for s in panel for a in _ATTRS))
        if all(_matches(s, f) for s, f in zip(panel, fits)):
            out.append(choice)
    value_sets = [sorted(f[a].values, key=repr) for f in fits for a in _ATTRS]
    for combo in itertools.islice(itertools.product(*value_sets), 10 * _MAX_UNOFFERED):
        if len(out) >= len(choices) + _MAX_UNOFFERED:
            break
        if any(v is _IMPOSSIBLE or v == _IMPOSSIBLE for v in combo) or combo not in offered:
            out.append(_predicted_text(combo))
    return out


# -- odd one out ----------------------------------------------------------------------


#: where each cell of the 3×3 grid goes under a clockwise quarter turn, and a mirror image
_QUARTER = (2, 5, 8, 1, 4, 7, 0, 3, 6)
_MIRROR = (2, 1, 0, 5, 4, 3, 8, 7, 6)
#: the kind of place a group holds: the whole panel, the centre cell, the middle of a
#: side or a corner
_PLACES = {0: "corner", 1: "side", 2: "corner", 3: "side", 4: "centre", 5: "side",
           6: "corner", 7: "side", 8: "corner"}
#: the generator's rule names (``data["rule"]``) and the feature of this library each one names
INTENDED = {"count": "shapes", "corners": "corners", "balance": "solid minus white",
             "inside": "inside", "mirror": "turned figure"}
#: the highest complexity in the library
_TOP = 3


def _place(cell: int | None) -> str:
    return "whole" if cell is None else _PLACES[cell]


def _poses(shape: Shape) -> list[tuple[Hashable, ...]]:
    """A group's key after each of the eight moves of the panel.

    The first four are quarter turns clockwise (0 to 3), the last four a mirror
    image (left to right) followed by those turns.
    """
    out: list[tuple[Hashable, ...]] = []
    head = (shape.kind, shape.number, shape.size, shape.fill)
    period = _SYMMETRY[shape.kind]
    for mirror in (False, True):
        rotation, cell = shape.rotation, shape.cell
        if mirror:
            rotation = -rotation % 360
            cell = None if cell is None else _MIRROR[cell]
        for _ in range(4):
            turn = rotation % period if period else 0
            out.append((*head, turn, -1 if cell is None else cell))
            rotation = (rotation + 90) % 360
            cell = None if cell is None else _QUARTER[cell]
    return out


def _figure_classes(panels: Sequence[Panel]) -> tuple[list[Hashable], list[Hashable]]:
    """For every panel, keys equal for one figure turned, and turned or mirrored.

    Turning or mirroring keeps each group's kind, count, size and fill, so two
    panels of one class have the same groups up to turn and position. When no
    four panels agree on those, no four share a class either, and the cheap
    keys single out a panel exactly when the classes would (never), so the
    eight moves are only tried when they can matter.
    """
    cheap: list[Hashable] = [tuple(sorted((s.kind, s.number, s.size, s.fill) for s in p))
                             for p in panels]
    if max(cheap.count(c) for c in cheap) < len(panels) - 1:
        return cheap, cheap
    turned: list[Hashable] = []
    either: list[Hashable] = []
    for panel in panels:
        poses = [_poses(s) for s in panel]
        keys = [tuple(sorted(p[m] for p in poses)) for m in range(8)]
        turned.append(min(keys[:4]))
        either.append(min(keys))
    return turned, either


def _inside(panel: Panel) -> Hashable:
    outlines = [s for s in panel if s.cell is None and s.kind in _CONTAINERS and s.number == 1]
    placed = [s for s in panel if s.cell is not None]
    if len(outlines) != 1 or not placed:
        return None
    return any(s.cell == 4 for s in placed)


def _corners(panel: Panel) -> Hashable:
    if any(s.kind not in _CORNERS for s in panel):
        return None
    return sum(_CORNERS[s.kind] * s.number for s in panel)


def _reading(panel: Panel) -> Panel:
    """The groups in the order a candidate reads them: whole-panel groups, then by cell."""
    return tuple(sorted(panel, key=lambda s: -1 if s.cell is None else s.cell))


def _sign(a: int, b: int) -> int:
    return (a > b) - (a < b)


_Feature = Callable[[Panel], Hashable]

#: the attributes of one group a candidate compares, panel by panel
_GROUP_ATTRS: tuple[tuple[str, Callable[[Shape], Hashable]], ...] = (
    ("kind", operator.attrgetter("kind")), ("count", operator.attrgetter("number")),
    ("size", operator.attrgetter("size")), ("fill", operator.attrgetter("fill")),
    ("cell", operator.attrgetter("cell")), ("place", lambda s: _place(s.cell)),
)

#: relations over the whole panel (complexity 2), besides the tallies of
#: :func:`_tallies`; ``None`` where a relation does not apply to a panel
_RELATIONS: list[tuple[str, _Feature]] = [
    ("corners", _corners),
    ("solid minus white", lambda p: sum(s.number * ((s.fill == "solid") - (s.fill == "empty"))
                                        for s in p)),
    ("groups with equal counts", lambda p: len({s.number for s in p}) == 1 if len(p) > 1
     else None),
]


def _tallies(panel: Panel) -> dict[str, int]:
    """How many shapes the panel holds in all, and of each kind, fill and size it has."""
    out = {"shapes": 0}
    for s in panel:
        out["shapes"] += s.number
        for name in (_TALLY[s.kind], _TALLY[s.fill], _TALLY[s.size]):
            out[name] = out.get(name, 0) + s.number
    return out


#: the names of the tallies, by kind, fill and size (0, 1, 2)
_TALLY: dict[Hashable, str] = {
    **{v: f"{v} shapes" for v in (*_KINDS, *_FILLS)},
    **{i: f"{z} shapes" for i, z in enumerate(_SIZES)}}


def _level_one(panels: Sequence[Panel]) -> dict[str, list[Hashable]]:
    """Features seen at one look: what a panel holds, and one group's attributes."""
    out: dict[str, list[Hashable]] = {}
    kinds = [{s.kind for s in p} for p in panels]
    fills = [{s.fill for s in p} for p in panels]
    sizes = [{s.size for s in p} for p in panels]
    # (a value no panel has is had by none, and singles out nothing)
    for k in sorted(set().union(*kinds)):
        out[f"has {k}"] = [k in have for have in kinds]
    for f in sorted(set().union(*fills)):
        out[f"has {f} fill"] = [f in have for have in fills]
    for i in sorted(set().union(*sizes)):
        out[f"has size {_SIZES[i]}"] = [i in have for have in sizes]
    out["groups"] = [len(p) for p in panels]
    out["different kinds"] = [len(have) for have in kinds]
    out["different fills"] = [len(have) for have in fills]
    out["different sizes"] = [len(have) for have in sizes]
    inside = [_inside(p) for p in panels]
    if all(v is not None for v in inside):
        out["inside"] = inside
    # one group, found by its kind (when every panel holds that kind once) ...
    for kind in sorted(set.intersection(*kinds)):
        mine = [[s for s in p if s.kind == kind] for p in panels]
        if all(len(m) == 1 for m in mine):
            column = [m[0] for m in mine]
            for attr, get in _GROUP_ATTRS[1:]:
                out[f"{kind} {attr}"] = list(map(get, column))
            out[f"{kind} turn"] = [s.turn for s in column]
    # ... or by its place in reading order (when every panel has as many groups)
    if len({len(p) for p in panels}) == 1:
        read = [_reading(p) for p in panels]
        for g in range(len(read[0])):
            column = [r[g] for r in read]
            for attr, get in _GROUP_ATTRS:
                out[f"group {g + 1} {attr}"] = list(map(get, column))
            out[f"group {g + 1} pose"] = [(s.kind, s.turn) for s in column]
    return out


def _level_two(panels: Sequence[Panel]) -> dict[str, list[Hashable]]:
    """Features that count over the whole panel or compare its groups."""
    tallies = [_tallies(p) for p in panels]
    names = sorted({name for t in tallies for name in t})
    out: dict[str, list[Hashable]] = {name: [t.get(name, 0) for t in tallies] for name in names}
    for name, feature in _RELATIONS:
        values = [feature(p) for p in panels]
        if all(v is not None for v in values):  # a relation only counts where it applies
            out[name] = values
    if len({len(p) for p in panels}) == 1 and len(panels[0]) > 1:
        read = [_reading(p) for p in panels]
        for g, h in itertools.combinations(range(len(read[0])), 2):
            out[f"group {g + 1} against {h + 1}"] = [_sign(r[g].number, r[h].number)
                                                     for r in read]
    return out


def _level_three(panels: Sequence[Panel]) -> dict[str, list[Hashable]]:
    """Features that compare whole panels moved: the figure up to turns (and mirroring)."""
    turned, either = _figure_classes(panels)
    return {"turned figure": turned, "turned or mirrored figure": either}


_LEVELS = {1: _level_one, 2: _level_two, 3: _level_three}


def _order_key(panel: Panel) -> tuple[tuple[Any, ...], ...]:
    return tuple((s.kind, s.number, s.size, s.fill, s.rotation, -1 if s.cell is None else s.cell)
                 for s in panel)


def _canonical(read: tuple[Panel, ...]) -> tuple[tuple[Panel, ...], tuple[int, ...]]:
    """The panels in a fixed order (sorted by their groups), and where each came from.

    Every feature is worked out panel by panel, and which features exist (and
    in which order) does not depend on the order of the panels, so the
    features of the panels in any order are those of the sorted panels put
    back in that order; and a feature singles out a panel whatever the order
    (with three panels or more the odd value is the one seen once).
    tests/test_sequence_oddoneout.py checks this on shuffled items. So the
    generator's check and the verification of the shuffled options share one
    cached analysis.
    """
    try:  # panels compare as tuples, unless two groups differ only by None and a cell
        order = tuple(sorted(range(len(read)), key=read.__getitem__))
    except TypeError:
        order = tuple(sorted(range(len(read)), key=lambda i: _order_key(read[i])))
    return tuple(read[i] for i in order), order


@lru_cache(maxsize=128)
def _features(read: tuple[Panel, ...], level: int) -> dict[str, list[Hashable]]:
    """The features of complexity ``level`` of the read panels (a read panel is a
    tuple of named tuples, so it is its own key), cached: see :func:`_canonical`.
    Callers must not change the answer."""
    return _LEVELS[level](read)


@lru_cache(maxsize=128)
def _sorted_out(read: tuple[Panel, ...],
                level: int) -> tuple[tuple[tuple[str, int], ...], frozenset[tuple[int, ...]]]:
    """What the features of complexity ``level`` do with the panels.

    Returns each feature that singles out a panel, with the panel's index (in
    the order of :func:`_features`), and the other ways in which the features
    split the panels (the effort's decoys), each as the index of the first
    panel with each panel's value. Both come from one pass, since the effort
    measure follows the verification of every item.
    """
    singles = []
    splits = set()
    for name, values in _features(read, level).items():
        distinct = len(set(values))
        if distinct == 2:
            i = _singled(values)
            if i is not None:
                singles.append((name, i))
                continue
        if distinct > 1:
            splits.add(tuple(map(values.index, values)))
    return tuple(singles), frozenset(splits)


def _singles(read: tuple[Panel, ...], level: int) -> tuple[tuple[str, int], ...]:
    """Each feature of complexity ``level`` that singles out a panel, with the
    panel's index, in the order of :func:`_features`."""
    return _sorted_out(read, level)[0]


def odd_features(panels: Sequence[Panel],
                 complexity: int | None = None) -> dict[str, tuple[int, list[Hashable]]]:
    """Each library feature's complexity and its value for every panel.

    ``complexity`` limits the answer to the features of that complexity.
    """
    out: dict[str, tuple[int, list[Hashable]]] = {}
    for level, features in _LEVELS.items():
        if complexity in (None, level):
            out.update((name, (level, values)) for name, values in features(panels).items())
    return out


def _singled(values: Sequence[Hashable]) -> int | None:
    """The index of the one value that differs from all the others (which agree)."""
    if len(set(values)) != 2:
        return None
    first = values[0]
    odd = [i for i, v in enumerate(values) if v != first]
    if len(odd) == 1:
        return odd[0]
    return 0 if len(odd) == len(values) - 1 else None


def _read_all(panels: Sequence[object]) -> tuple[Panel, ...] | None:
    read = tuple(read_panel(p) for p in panels)
    if len(read) < 3 or any(p is None for p in read):
        return None
    return read  # type: ignore[return-value]


def odd_singled(panels: Sequence[object], up_to: int = _TOP,
                lowest: bool = False) -> dict[str, tuple[int, int]] | None:
    """Every feature of complexity ``up_to`` or less that singles out a panel.

    Returns ``{feature: (complexity, panel index)}``, or ``None`` for malformed
    panels. With ``lowest``, only the features of the lowest complexity that
    singles out any panel.

    >>> dot = {"kind": "circle", "count": 1, "size": "small", "fill": "solid", "rotation": 0}
    >>> panels = [{"shapes": [dict(dot, position=c, count=n)]}
    ...           for c, n in ((0, 2), (2, 2), (6, 2), (8, 2), (4, 3))]
    >>> odd_singled(panels, 1)
    {'circle count': (1, 4), 'circle place': (1, 4), 'group 1 count': (1, 4), 'group 1 place': (1, 4)}
    """
    read = _read_all(panels)
    if read is None:
        return None
    return _singled_read(read, up_to, lowest)


def _singled_read(read: tuple[Panel, ...], up_to: int,
                  lowest: bool) -> dict[str, tuple[int, int]]:
    """:func:`odd_singled` of panels already read."""
    canonical, order = _canonical(read)
    found: dict[str, tuple[int, int]] = {}
    for level in range(1, up_to + 1):
        if found and lowest:
            break
        for name, i in _singles(canonical, level):
            found[name] = (level, order[i])
    return found


def odd_analysis(panels: Sequence[object]) -> tuple[int, dict[str, int]] | None:
    """The lowest complexity at which a feature singles out a panel, and those features.

    Returns ``(complexity, {feature: panel index})`` (``(0, {})`` when no feature
    singles out any panel), or ``None`` for malformed panels.
    """
    read = _read_all(panels)
    if read is None:
        return None
    canonical, order = _canonical(read)
    for level in range(1, _TOP + 1):
        found = {name: order[i] for name, i in _singles(canonical, level)}
        if found:
            return level, found
    return 0, {}


def odd_rivals(panels: Sequence[object], key: int, up_to: int) -> dict[str, tuple[int, int]]:
    """Features of complexity ``up_to`` or less that single out a panel other than ``key``.

    Malformed panels give ``{"malformed": (0, -1)}``.
    """
    found = odd_singled(panels, up_to)
    if found is None:
        return {"malformed": (0, -1)}
    return {name: hit for name, hit in found.items() if hit[1] != key}


def intended_complexity(rule: object) -> int:
    """The complexity of the library feature a ``data["rule"]`` names (0 when unknown)."""
    name = INTENDED.get(rule) if isinstance(rule, str) else None
    return 0 if name is None else _COMPLEXITY_OF[name]


#: the complexity of each feature that a rule name can name
_COMPLEXITY_OF = {"shapes": 2, "corners": 2, "solid minus white": 2, "inside": 1,
                  "turned figure": 3}


def solve_odd(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The options (panels) of an odd-one-out item that a candidate could defend.

    With ``L`` the lowest complexity at which a feature singles out some panel,
    raised to the complexity of the feature ``data["rule"]`` names, the answer
    is every panel singled out by a feature of complexity ``L`` or less.
    """
    panels = data.get("panels")
    if data.get("layout") != "odd" or not isinstance(panels, list):
        return []
    if len(panels) != len(choices):
        return []
    read = _read_all(panels)
    if read is None:
        return []
    # the features are found level by level; those above ``level`` would not be used,
    # so the levels above it are not worked out
    canonical, order = _canonical(read)
    intended = intended_complexity(data.get("rule"))
    found: set[int] = set()
    lowest = None
    for lv in range(1, _TOP + 1):
        if lowest is not None and lv > max(lowest, intended):
            break
        hits = _singles(canonical, lv)
        if hits and lowest is None:
            lowest = lv
        found.update(order[i] for _, i in hits)
    return [choices[i] for i in sorted(found)]


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Either solver, chosen by ``data["layout"]`` (``row`` or ``odd``)."""
    if data.get("layout") == "odd":
        return solve_odd(data, choices)
    return solve_series(data, choices)


# -- effort ----------------------------------------------------------------------------

#: what following one changing attribute costs, by the rule that fits it: a step of
#: copies or sizes, or two values taking turns, is seen at once; a turn costs by its
#: angle (a quarter turn is the easiest to see); a move round the ring by its length
#: (a move in reading order, through the rows of the grid, costs as a long jump)
_SERIES_COST = {"cycle2": 0.6, "cycle3": 1.0, "number": 0.6, "size": 0.6}
_TURN_COST = {90: 0.8, 180: 0.9, 45: 1.1, 135: 1.4}
_RING_COST = {1: 0.8, 2: 1.1, 3: 1.4, 4: 1.4}
_READING_COST = 1.4


def _change_cost(attr: str, fit: Fit, shapes: Sequence[Shape | None]) -> float:
    """What following one changing attribute of one group costs (see :func:`series_effort`)."""
    rule = fit.rules[0]
    if rule in ("cycle2", "cycle3"):
        return _SERIES_COST[rule] + (0.1 if attr == "kind" else 0.0)
    a, b = next((s, t) for s, t in itertools.pairwise(shapes) if s is not None and t is not None)
    if attr == "turn":
        step = (b.rotation - a.rotation) % 360
        return _TURN_COST.get(min(step, 360 - step), 1.4)
    if attr == "cell":
        if rule == "ring step":
            step = (_RING_INDEX[b.cell] - _RING_INDEX[a.cell]) % 8  # type: ignore[index]
            return _RING_COST[min(step, 8 - step)]
        return _READING_COST
    return _SERIES_COST[attr]


def series_effort(data: Mapping[str, Any]) -> float:
    """What the solver needs to fill the gap of a figure series.

    The solver follows every attribute of every group on its own and tries its
    rules by complexity (a constant first). The effort is 1, plus for every
    attribute that changes the cost of the rule that fits it (two values
    taking turns 0.6, or 0.7 for the outline; three values 1.0, or 1.1; one
    more copy or one size up 0.6; a turn of 90° 0.8, 180° 0.9, 45° 1.1, 135°
    1.4; a move round the ring by one cell 0.8, two 1.1, three or four 1.4;
    a move in reading order 1.4), plus 0.1 for every rule tried and rejected
    before it (the constant; for three values also two values taking turns
    and a step), plus 0.4 for every group per panel beyond the first
    (another layer of attributes to follow), plus 0.5 when the gap is inside
    the row (the rules must be fitted around it). How many panels are shown
    does not count. Malformed data scores 0.

    >>> arrow = {"kind": "arrow", "count": 1, "size": "large", "fill": "solid", "position": None}
    >>> row = [{"shapes": [dict(arrow, rotation=r)]} for r in (0, 90, 180, 270)] + [None]
    >>> series_effort({"panels": row, "layout": "row", "question": "next"})  # 1 + 0.8 + 0.1
    1.9
    """
    parsed = _row(data)
    if parsed is None:
        return 0.0
    rows, gap = parsed
    analysis = _row_analysis(tuple(rows), gap)  # the solver's fits (None: groups differ)
    if analysis is None:
        return 0.0
    cost = 1.0
    for g, (fits, constant) in enumerate(zip(*analysis)):
        shapes = [None if i == gap else p[g] for i, p in enumerate(rows)]
        for attr in _ATTRS:
            if attr in constant:
                continue  # the same in every shown panel: nothing to follow
            fit = fits[attr]
            if fit.complexity < 2:
                continue
            # the constant is rejected first; a cycle of three also rejects a cycle of
            # two and a step
            cost += _change_cost(attr, fit, shapes) + (0.1 if fit.complexity == 2 else 0.3)
        if g:
            cost += 0.4
    if gap != len(rows) - 1:
        cost += 0.5
    return round(cost, 3)


#: what reading each intended feature off a panel costs: counting the shapes; seeing
#: whether the small shape sits inside the outline; two counts and a difference
#: (black minus white); a count weighted by each outline's corners; the whole figure
#: turned (and mirrored) in the head
_ODD_COST = {"shapes": 1.0, "inside": 1.3, "solid minus white": 2.0, "corners": 2.2,
             "turned figure": 2.4}


def odd_effort(data: Mapping[str, Any]) -> float:
    """What the solver needs to find the odd panel of an odd-one-out item.

    The solver tries its library of features by complexity (see the module
    notes) until one singles out a panel. The effort is the cost of reading
    the intended feature (``data["rule"]``, else the simplest feature that
    singles out a panel) off every panel: counting the shapes 1.0, a small
    shape inside or outside the outline 1.3, black minus white 2.0, corners
    2.2, the figure turned or mirrored 2.4; plus 0.1 for every *decoy*: a
    different split of the five panels (into two families) made by a feature
    of that complexity or less which the candidate checks and must reject,
    since it singles out no panel (at most 1.0 in all); plus 0.3 for every
    group per panel beyond one, on average (more to count or turn); plus 0.4
    when the odd panel's count, corners or balance is off by only one from the
    others' (an exact count is needed, no estimate). Malformed data scores 0.

    >>> dot = {"kind": "circle", "size": "small", "fill": "solid", "rotation": 0,
    ...        "position": 4}
    >>> panels = [{"shapes": [dict(dot, count=n)]} for n in (2, 2, 2, 2, 4)]
    >>> odd_effort({"panels": panels, "layout": "odd", "rule": "count"})  # 1.0, no decoy
    1.0
    """
    panels = data.get("panels")
    if data.get("layout") != "odd" or not isinstance(panels, list):
        return 0.0
    read = _read_all(panels)
    if read is None:
        return 0.0
    rule = data.get("rule")
    name = INTENDED.get(rule) if isinstance(rule, str) else None
    found = _singled_read(read, _TOP, lowest=True) if name is None else None
    if found:
        name = min(found, key=lambda n: (_ODD_COST.get(n, 3.0), n))
        level = found[name][0]
    elif name is not None:
        level = _COMPLEXITY_OF[name]
    else:
        return 0.0
    # a decoy: a split of the panels into two families or more by a feature that
    # singles out none; the features of the sorted panels serve, since how many
    # splits there are and the odd and common values do not depend on the order
    # of the panels (see _canonical)
    canonical, _ = _canonical(read)
    decoys: set[tuple[int, ...]] = set()
    values: list[Hashable] | None = None
    for lv in range(1, level + 1):
        decoys.update(_sorted_out(canonical, lv)[1])
        values = _features(canonical, lv).get(name, values)
    cost = _ODD_COST.get(name, 3.0) + min(0.8, 0.08 * len(decoys))
    cost += 0.3 * (sum(len(p) for p in read) / len(read) - 1)
    if values is not None and _singled(values) is not None \
            and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        odd = _singled(values)
        common = values[1] if odd == 0 else values[0]
        if abs(values[odd] - common) == 1:  # type: ignore[operator,index]
            cost += 0.4
    return round(cost, 3)
