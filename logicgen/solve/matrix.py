"""Independent solver for 3×3 figure matrices (``sequence.matrix``).

The solver reads the eight shown panels and the option panels from ``data``
(``panels``: nine panels row by row, the last ``null``; ``options``: one panel
per choice, in choice order) and knows nothing about how they were made. It
re-reads the JSON with its own code: each shape group becomes a tuple
``(kind, count, size, fill, turn, cell)`` with the size as 0, 1, 2, the turn
as the rotation reduced modulo the kind's symmetry period (circle any angle,
square 90°, triangle 120°, pentagon and star 72°, line 180°, arrow 360°), so
that groups drawn alike read alike, and the cell as -1 for a group that fills
the panel.

**Readings.** A panel is split into *slots*, each a value per panel, in two ways:

* *whole*: an attribute that every group of a panel shares, in each shown
  panel, is a *style* of the panel (one slot per such attribute); the other
  attributes name the panel's elements, and the set of elements is one more
  slot. A panel with a single shape has six style slots and a trivial set.
  When panels hold several elements, their *number* is checked as well: if it
  follows a rule no more complex than the set's best rule, the missing panel
  must also have a number of elements that rule predicts.
* *layers*: when every shown panel holds the same number n ≥ 2 of groups,
  group j of each panel is layer j, and each of its six attributes is a slot.

**Rules.** Each slot is a 3×3 grid of values with the bottom-right one missing.
The library, with each rule's complexity:

=====================  ==  =========================================================
rule                   c   fits when
=====================  ==  =========================================================
constant               0   all eight shown values are equal
line constant          1   the values are equal within each row (or each column)
progression            2   along each row (column) the value moves by one step:
                           count and size by a number, turn by an angle (modulo
                           the period; only when the kind never changes), cell by
                           a vector on the 3×3 sub-grid or by places around its
                           eight border cells
distribution           2   every row (column) holds the same three distinct values
arithmetic             2   counts only: the third count of each row (column) is the
                           sum of the first two, or their difference either way
set operation          2   element sets only: the third panel of each row (column)
                           is the XOR, AND, OR, first-minus-second or
                           second-minus-first of the first two
=====================  ==  =========================================================

A rule along rows is checked on the two full rows and on the two shown panels
of the third row, which then give its prediction for the gap; the same along
columns. A prediction that cannot be drawn (seven copies, a cell off the grid,
an empty set) means the rule does not fit.

**Answers.** Each slot takes the least complexity among its fitting rules, and
keeps every value predicted by a fitting rule of that complexity. A reading
costs the sum over its slots (a slot that no rule fits rules the reading out);
the readings of least cost are kept. An option is returned when some kept
reading predicts it, slot by slot. A predicted panel that is not among the
options is reported too (as a note, not an option text), so an item passes
only when every simplest reading predicts exactly one panel and it is offered:
the options consistent with all the simplest fitting rules are then exactly
the key. When equally simple rules disagree, every option one of them predicts
is returned, so an ambiguous matrix shows its rival answers.

>>> def panel(*groups):
...     return {"shapes": [dict(kind=k, count=n, size="large", fill=f, rotation=0,
...                             position=None) for k, n, f in groups]}
>>> rows = [[panel(("circle", n + r, "solid")) for n in (1, 2, 3)] for r in range(3)]
>>> data = {"panels": rows[0] + rows[1] + rows[2][:2] + [None],
...         "options": [panel(("circle", 5, "solid")), panel(("circle", 4, "solid"))]}
>>> solve(data, ["five circles", "four circles"])
['five circles']
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["INFINITE", "UNLISTED", "Reading", "effort", "read_panel", "readings", "solve"]

INFINITE = 10**6
#: the text returned for each predicted panel that is not among the options
UNLISTED = "(a panel that is not among the options)"

_PERIOD = {"circle": 0, "square": 90, "triangle": 120, "pentagon": 72, "star": 72,
           "arrow": 360, "line": 180}
_SIZE = {"small": 0, "medium": 1, "large": 2}
_FILLS = ("empty", "striped", "grey", "solid")
KIND, COUNT, SIZE, FILL, TURN, CELL = range(6)
ATTRIBUTES = ("kind", "count", "size", "fill", "turn", "cell")
#: the eight border cells of the 3×3 sub-grid, clockwise from the top left
_RING = (0, 1, 2, 5, 8, 7, 6, 3)
_RING_PLACE = {cell: i for i, cell in enumerate(_RING)}

#: one shape group: (kind, count, size 0-2, fill, turn, cell or -1)
Element = tuple[Any, ...]
#: a line of a grid: three values, or two for the line that holds the gap
Line = tuple[Any, ...]
#: a rule: (first full line, second full line, partial line) -> prediction or None
LineRule = Callable[[Line, Line, Line], Any]


# -- reading the JSON --------------------------------------------------------------


def read_panel(panel: Any, where: str = "panel") -> tuple[Element, ...]:
    """A panel's groups as canonical tuples, in the order given.

    >>> read_panel({"shapes": [{"kind": "triangle", "count": 1, "size": "small",
    ...             "fill": "grey", "rotation": 180, "position": 4}]})
    (('triangle', 1, 0, 'grey', 60, 4),)
    """
    try:
        groups = panel["shapes"]
        out = []
        for g in groups:
            kind, rotation, cell = g["kind"], g["rotation"], g["position"]
            period = _PERIOD[kind]
            count, size, fill = g["count"], _SIZE[g["size"]], g["fill"]
            if fill not in _FILLS or not isinstance(count, int) or not isinstance(rotation, int):
                raise ValueError
            out.append((kind, count, size, fill, rotation % period if period else 0,
                        -1 if cell is None else int(cell)))
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"{where} is not a panel of shape groups (got {panel!r})") from None
    if not out:
        raise ValueError(f"{where} holds no shape group (got {panel!r})")
    return tuple(out)


# -- rules along a line ------------------------------------------------------------


def _line_constant(a: Line, b: Line, part: Line) -> Any:
    if a[0] == a[1] == a[2] and b[0] == b[1] == b[2] and part[0] == part[1]:
        return part[0]
    return None


def _distribution(a: Line, b: Line, part: Line) -> Any:
    values = {a[0], a[1], a[2]}
    x, y = part
    if len(values) == 3 and {b[0], b[1], b[2]} == values and x != y and x in values \
            and y in values:
        return next(v for v in values if v != x and v != y)
    return None


def _progression(diff: Callable[[Any, Any], Any], add: Callable[[Any, Any], Any]) -> LineRule:
    """A rule "each step moves by k"; ``diff`` is None for equal or incomparable values."""

    def rule(a: Line, b: Line, part: Line) -> Any:
        k = diff(a[0], a[1])
        if k is None or diff(a[1], a[2]) != k or diff(b[0], b[1]) != k \
                or diff(b[1], b[2]) != k or diff(part[0], part[1]) != k:
            return None
        return add(part[1], k)

    return rule


def _number_diff(x: int, y: int) -> int | None:
    return y - x if y != x else None


def _bounded_add(low: int, high: int) -> Callable[[int, int], int | None]:
    def add(x: int, k: int) -> int | None:
        v = x + k
        return v if low <= v <= high else None

    return add


def _turn_rule(period: int) -> LineRule:
    def diff(x: int, y: int) -> int | None:
        return (y - x) % period or None

    return _progression(diff, lambda x, k: (x + k) % period)


def _vector_diff(x: int, y: int) -> tuple[int, int] | None:
    if x < 0 or y < 0 or x == y:
        return None
    return (y // 3 - x // 3, y % 3 - x % 3)


def _vector_add(x: int, k: tuple[int, int]) -> int | None:
    row, col = x // 3 + k[0], x % 3 + k[1]
    return 3 * row + col if 0 <= row < 3 and 0 <= col < 3 else None


def _ring_diff(x: int, y: int) -> int | None:
    if x == y or x not in _RING_PLACE or y not in _RING_PLACE:
        return None
    return (_RING_PLACE[y] - _RING_PLACE[x]) % 8


def _ring_add(x: int, k: int) -> int:
    return _RING[(_RING_PLACE[x] + k) % 8]


def _set_rule(op: Callable[[frozenset[Any], frozenset[Any]], frozenset[Any]]) -> LineRule:
    def rule(a: Line, b: Line, part: Line) -> Any:
        if a[2] == op(a[0], a[1]) and b[2] == op(b[0], b[1]):
            return op(part[0], part[1]) or None
        return None

    return rule


def _arithmetic(op: Callable[[int, int], int]) -> LineRule:
    """Counts only: the third panel's count is the sum or difference of the first two."""

    def rule(a: Line, b: Line, part: Line) -> Any:
        if a[2] == op(a[0], a[1]) and b[2] == op(b[0], b[1]):
            v = op(part[0], part[1])
            return v if 1 <= v <= 6 else None
        return None

    return rule


_COUNT_RULES = (_distribution, _progression(_number_diff, _bounded_add(1, 6)),
                _arithmetic(lambda x, y: x + y), _arithmetic(lambda x, y: x - y),
                _arithmetic(lambda x, y: y - x))
_NUMBER_RULES = (_distribution, _progression(_number_diff, _bounded_add(1, 9)))
_SIZE_RULES = (_distribution, _progression(_number_diff, _bounded_add(0, 2)))
_CELL_RULES = (_distribution, _progression(_vector_diff, _vector_add),
               _progression(_ring_diff, _ring_add))
_PLAIN_RULES = (_distribution,)
_TURN_RULES = {p: (_distribution, _turn_rule(p)) for p in set(_PERIOD.values()) if p}
_SET_RULES = (
    _distribution,
    _set_rule(lambda x, y: x ^ y),
    _set_rule(lambda x, y: x & y),
    _set_rule(lambda x, y: x | y),
    _set_rule(lambda x, y: x - y),
    _set_rule(lambda x, y: y - x),
)


def _rules_for(attribute: int, kinds: Sequence[str]) -> tuple[LineRule, ...]:
    if attribute == COUNT:
        return _COUNT_RULES
    if attribute == SIZE:
        return _SIZE_RULES
    if attribute == CELL:
        return _CELL_RULES
    if attribute == TURN:
        kind = kinds[0]
        # turning is only read as a progression when the kind never changes
        if _PERIOD[kind] and all(k == kind for k in kinds):
            return _TURN_RULES[_PERIOD[kind]]
    return _PLAIN_RULES


def _slot(values: Sequence[Any], rules: Sequence[LineRule]) -> tuple[int, set[Any]]:
    """The least complexity of a rule fitting the eight shown values, and its predictions."""
    first = values[0]
    if all(v == first for v in values):
        return 0, {first}
    v0, v1, v2, v3, v4, v5, v6, v7 = values
    lines = (((v0, v1, v2), (v3, v4, v5), (v6, v7)), ((v0, v3, v6), (v1, v4, v7), (v2, v5)))
    found: set[Any] = set()
    for a, b, part in lines:
        v = _line_constant(a, b, part)
        if v is not None:
            found.add(v)
    if found:
        return 1, found
    for a, b, part in lines:
        for rule in rules:
            v = rule(a, b, part)
            if v is not None:
                found.add(v)
    return (2, found) if found else (INFINITE, found)


# -- readings ----------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """One way of splitting the panels into slots, with each slot's best rules.

    ``slots`` maps a slot name (``"cell"``, ``"elements"``, ``"layer 2 fill"``)
    to its least complexity and predicted values; ``cost`` is their sum.
    """

    name: str
    cost: int
    slots: dict[str, tuple[int, set[Any]]]
    style: tuple[int, ...] = ()
    identity: tuple[int, ...] = ()
    layers: int = 0
    numbers: frozenset[int] | None = None

    def panels(self) -> int:
        """How many different panels the reading predicts."""
        n = 1
        for name, (_, predicted) in self.slots.items():
            if name == "elements" and self.numbers is not None:
                n *= sum(len(s) in self.numbers for s in predicted)
            else:
                n *= len(predicted)
        return n

    def predicts(self, panel: tuple[Element, ...]) -> bool:
        """True when ``panel`` has a predicted value in every slot."""
        slots = self.slots
        if self.name == "layers":
            if len(panel) != self.layers:
                return False
            return all(panel[j][a] in slots[f"layer {j + 1} {ATTRIBUTES[a]}"][1]
                       for j in range(self.layers) for a in range(6))
        for a in self.style:
            value = panel[0][a]
            if any(g[a] != value for g in panel) or value not in slots[ATTRIBUTES[a]][1]:
                return False
        if self.numbers is not None and len(panel) not in self.numbers:
            return False
        identity = self.identity
        elements = frozenset(map(_picker(identity), panel))
        return len(elements) == len(panel) and elements in slots["elements"][1]


@lru_cache(maxsize=64)
def _picker(attributes: tuple[int, ...]) -> Callable[[Element], tuple[Any, ...]]:
    """A function giving a group's values of ``attributes``, as a tuple (also for one)."""
    if not attributes:
        return lambda g: ()
    if len(attributes) == 1:
        (only,) = attributes
        return lambda g: (g[only],)
    return operator.itemgetter(*attributes)


def _whole(shown: Sequence[tuple[Element, ...]]) -> Reading | None:
    common = [True] * 6
    for p in shown:
        if len(p) > 1:
            for a, values in enumerate(zip(*p)):
                if common[a] and len(set(values)) > 1:
                    common[a] = False
    style = tuple(a for a in range(6) if common[a])
    identity = tuple(a for a in range(6) if a not in style)
    kinds = [p[0][KIND] for p in shown] if KIND in style else ["circle"]
    slots: dict[str, tuple[int, set[Any]]] = {}
    cost = 0
    for a in style:
        slot = _slot([p[0][a] for p in shown], _rules_for(a, kinds))
        if slot[0] == INFINITE:
            return None
        slots[ATTRIBUTES[a]] = slot
        cost += slot[0]
    if not identity:
        if any(len(p) > 1 for p in shown):
            return None  # two groups alike: not a set of elements
        slots["elements"] = (0, {frozenset({()})})
        return Reading("whole", cost, slots, style, identity)
    sets = []
    pick = _picker(identity)
    for p in shown:
        elements = frozenset(map(pick, p))
        if len(elements) != len(p):
            return None  # two groups alike: not a set of elements
        sets.append(elements)
    slot = _slot(sets, _SET_RULES)
    if slot[0] == INFINITE:
        return None
    slots["elements"] = slot
    numbers = None
    # a candidate may count the elements: when their number follows a rule as
    # simple as the set's, the missing panel must have a number it predicts
    counted = _slot([len(p) for p in shown], _NUMBER_RULES)
    if counted[0] <= slot[0]:
        numbers = frozenset(counted[1])
    return Reading("whole", cost + slot[0], slots, style, identity, numbers=numbers)


def _layers(shown: Sequence[tuple[Element, ...]]) -> Reading | None:
    n = len(shown[0])
    if n < 2 or any(len(p) != n for p in shown):
        return None
    slots: dict[str, tuple[int, set[Any]]] = {}
    cost = 0
    for j in range(n):
        kinds = [p[j][KIND] for p in shown]
        for a in range(6):
            slot = _slot([p[j][a] for p in shown], _rules_for(a, kinds))
            if slot[0] == INFINITE:
                return None
            slots[f"layer {j + 1} {ATTRIBUTES[a]}"] = slot
            cost += slot[0]
    return Reading("layers", cost, slots, layers=n)


def readings(panels: Sequence[Any]) -> list[Reading]:
    """The simplest readings of a matrix (all of least cost; empty if none fits).

    ``panels`` are the nine panels of ``data["panels"]`` (the last one ``None``)
    or just the eight shown ones.
    """
    return list(_readings(_shown(panels)))


def _shown(panels: Sequence[Any]) -> tuple[tuple[Element, ...], ...]:
    """The eight shown panels, read."""
    if len(panels) not in (8, 9) or (len(panels) == 9 and panels[8] is not None):
        raise ValueError(f"a matrix has eight shown panels and a gap (got {len(panels)} panels)")
    return tuple(read_panel(p, f"panel {i + 1}") for i, p in enumerate(panels[:8]))


@lru_cache(maxsize=64)
def _readings(shown: tuple[tuple[Element, ...], ...]) -> tuple[Reading, ...]:
    """:func:`readings` of the read panels, cached: the solver and the effort
    measure of one item read the same panels. Callers must not change the
    readings."""
    found = [r for r in (_whole(shown), _layers(shown)) if r is not None]
    if not found:
        return ()
    least = min(r.cost for r in found)
    return tuple(r for r in found if r.cost == least)


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Every option some simplest reading predicts, then a note per unoffered prediction."""
    options = data.get("options") or []
    if len(options) != len(choices):
        raise ValueError(f"options must hold one panel per choice (got {len(options)} panels "
                         f"for {len(choices)} choices)")
    kept = readings(data["panels"])
    read = [read_panel(o, f"option {i + 1}") for i, o in enumerate(options)]
    found: list[str] = []
    unlisted = 0
    for reading in kept:
        hits = {i for i, panel in enumerate(read) if reading.predicts(panel)}
        unlisted += max(0, reading.panels() - len(hits))
        found += [choices[i] for i in sorted(hits) if choices[i] not in found]
    return found + [UNLISTED] * min(unlisted, 1 + len(choices))


# -- effort ------------------------------------------------------------------------

#: what finding each rule costs once it is the one that fits: a line that keeps
#: its value 0.5; a count or size that moves by one step 1.0; three values
#: distributed over each line, a turn, a move of a cell, OR 1.5; a sum or
#: difference of counts, AND, one set minus the other 2.0; XOR 2.5
_EFFORT_RULES: dict[str, tuple[tuple[str, float], ...]] = {
    "count": (("distribution", 1.5), ("progression", 1.0), ("sum", 2.0),
              ("difference", 2.0), ("difference", 2.0)),
    "size": (("distribution", 1.5), ("progression", 1.0)),
    "cell": (("distribution", 1.5), ("move", 1.5), ("ring move", 1.5)),
    "turn": (("distribution", 1.5), ("turn", 1.5)),
    "elements": (("distribution", 1.5), ("XOR", 2.5), ("AND", 2.0), ("OR", 1.5),
                 ("minus", 2.0), ("minus", 2.0)),
}


def _slot_effort(values: Sequence[Any], rules: Sequence[LineRule],
                 costs: Sequence[tuple[str, float]]) -> float:
    """What one slot costs: its cheapest fitting rule plus 0.1 per rule rejected before it.

    Line constants are tried first (rows, then columns), then every other rule
    of the slot along the rows, then along the columns.
    """
    first = values[0]
    if all(v == first for v in values):
        return 0.0
    v0, v1, v2, v3, v4, v5, v6, v7 = values
    lines = (((v0, v1, v2), (v3, v4, v5), (v6, v7)), ((v0, v3, v6), (v1, v4, v7), (v2, v5)))
    tried = 0
    for a, b, part in lines:
        if _line_constant(a, b, part) is not None:
            return 0.5 + 0.1 * tried
        tried += 1
    for a, b, part in lines:
        for rule, (_, cost) in zip(rules, costs):
            value = rule(a, b, part)
            if value is not None:
                big = cost == 1.0 and isinstance(value, int) and abs(value - part[1]) > 1
                return cost + 0.3 * big + 0.1 * tried
            tried += 1
    return 0.0


def effort(data: Mapping[str, Any]) -> float:
    """What the solver needs to complete a matrix.

    The solver reads the eight shown panels in its simplest way (see
    :func:`readings`; the whole panel, or layer by layer when that costs
    less or the same). For every slot that is not the same in all eight
    panels, the effort adds the cost of the first rule that fits it: a value
    that stays the same along each line 0.5; a count or size that moves by
    one step 1.0 (1.3 for two steps); three values distributed over each
    line, a turn, a move of a cell, OR 1.5; a sum or difference of counts,
    AND, one set minus the other 2.0; XOR 2.5; plus 0.1 for every rule tried
    and rejected before it (line constants first, along the rows and then
    the columns; then the slot's other rules in the order above, along the
    rows and then the columns: a rule read down the columns costs about 0.3
    more). A layered reading adds 0.5 (each layer followed on its own).
    Malformed data scores 0.

    >>> def panel(n):
    ...     return {"shapes": [dict(kind="circle", count=n, size="large", fill="solid",
    ...                             rotation=0, position=None)]}
    >>> shown = [panel(n + r) for r in range(3) for n in (1, 2, 3)][:8]
    >>> effort({"panels": [*shown, None]})  # a progression (1.0) after 3 rejections
    1.3
    """
    try:
        shown = _shown(data["panels"])
        kept = _readings(shown)
    except (KeyError, TypeError, ValueError):
        return 0.0
    if not kept:
        return 0.0
    best = None
    for reading in kept:
        cost = 0.0
        if reading.name == "layers":
            cost += 0.5
            slots = [((j, a), [p[j][a] for p in shown]) for j in range(reading.layers)
                     for a in range(6) if reading.slots[f"layer {j + 1} {ATTRIBUTES[a]}"][0]]
        else:
            slots = [((0, a), [p[0][a] for p in shown]) for a in reading.style
                     if reading.slots[ATTRIBUTES[a]][0]]
            if reading.identity and reading.slots["elements"][0]:
                pick = _picker(reading.identity)
                slots.append(((0, -1), [frozenset(map(pick, p)) for p in shown]))
        for (j, a), values in slots:
            if a == -1:
                rules, costs = _SET_RULES, _EFFORT_RULES["elements"]
            else:
                rules = _rules_for(a, [p[j][KIND] for p in shown])
                costs = _EFFORT_RULES.get(ATTRIBUTES[a], (("distribution", 1.5),))
                if a == TURN and len(rules) == 1:
                    costs = (("distribution", 1.5),)
            cost += _slot_effort(values, rules, costs)
        best = cost if best is None else min(best, cost)
    return round(best or 0.0, 3)
