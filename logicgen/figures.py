"""The panel model of the figure families: shapes, their attributes, and words for them.

A *panel* is one square picture, kept as plain JSON data: ``{"shapes": [group, ...]}``.
A *group* is a dict with exactly the keys ``kind``, ``count``, ``size``, ``fill``,
``rotation`` and ``position``; docs/figures.md gives the meaning of every value.
This module is the generators' and renderers' shared vocabulary: constants,
:func:`check_panel` for data that comes from outside, :func:`look` for "do two
panels look the same", and :func:`describe` for the textual description that
text output and the answer options use. The solvers in :mod:`logicgen.solve`
do not use it: they read the same data with their own code.

>>> arrow = group("arrow", rotation=90, fill="solid")
>>> dot = group("circle", size="small", fill="grey", position=2)
>>> describe({"shapes": [arrow, dot]})
'large black arrow pointing right; small grey circle top right'
>>> look({"shapes": [group("square", rotation=180)]}) == look({"shapes": [group("square")]})
True
"""

from __future__ import annotations

from typing import Any

from .errors import InvalidItem, describe_value

__all__ = [
    "COUNTS",
    "FILLS",
    "KINDS",
    "PERIOD",
    "POSITIONS",
    "ROTATIONS",
    "SIZES",
    "TURNS",
    "Group",
    "Panel",
    "check_panel",
    "describe",
    "describe_group",
    "group",
    "look",
]

#: a shape group: ``{"kind", "count", "size", "fill", "rotation", "position"}``
Group = dict[str, Any]
#: a panel: ``{"shapes": [Group, ...]}``
Panel = dict[str, Any]

KINDS = ("circle", "square", "triangle", "pentagon", "star", "arrow", "line")
SIZES = ("small", "medium", "large")
FILLS = ("empty", "striped", "grey", "solid")
ROTATIONS = tuple(range(0, 360, 45))
COUNTS = range(1, 7)
#: cell names of the 3×3 sub-grid, row by row from the top left
POSITIONS = ("top left", "top centre", "top right", "middle left", "centre",
             "middle right", "bottom left", "bottom centre", "bottom right")
#: rotations of a kind that differ by a multiple of this look the same (0: any rotation)
PERIOD = {"circle": 0, "square": 90, "triangle": 120, "pentagon": 72, "star": 72,
          "arrow": 360, "line": 180}
#: kinds that rules may turn, with the step (degrees) a turn must be a multiple of
TURNS = {"arrow": 45, "line": 45, "square": 45, "triangle": 90}

_KEYS = ("kind", "count", "size", "fill", "rotation", "position")
_FILL_WORDS = {"empty": "white", "striped": "striped", "grey": "grey", "solid": "black"}
_ARROW = ("pointing up", "pointing up-right", "pointing right", "pointing down-right",
          "pointing down", "pointing down-left", "pointing left", "pointing up-left")
_LINE = {0: "vertical", 45: "slanting /", 90: "horizontal", 135: "slanting \\"}
# canonical triangle rotation (mod 120) -> where its top vertex points
_TRIANGLE = {0: "pointing up", 90: "pointing right", 60: "pointing down", 30: "pointing left"}
_PLURAL = {"circle": "circles", "square": "squares", "triangle": "triangles",
           "pentagon": "pentagons", "star": "stars", "arrow": "arrows", "line": "lines",
           "diamond": "diamonds"}


def group(kind: str, *, count: int = 1, size: str = "large", fill: str = "empty",
          rotation: int = 0, position: int | None = None) -> Group:
    """A checked shape group with the given attributes (a ``line`` is always unfilled).

    >>> group("star", count=2, size="small")["count"]
    2
    >>> group("hexagon")
    Traceback (most recent call last):
    ...
    logicgen.errors.InvalidItem: kind must be one of circle, square, triangle, pentagon, star, arrow, line (got "hexagon")
    """
    g = {"kind": kind, "count": count, "size": size, "fill": "empty" if kind == "line" else fill,
         "rotation": rotation, "position": position}
    _check_group(g, "kind")
    return g


def _check_group(g: Any, where: str) -> None:
    if not isinstance(g, dict) or set(g) != set(_KEYS):
        raise InvalidItem(f"{where} must be a shape group with the keys {', '.join(_KEYS)} "
                          f"(got {describe_value(g)})")
    prefix = "" if where == "kind" else f"{where}: "
    for key, allowed in (("kind", KINDS), ("size", SIZES), ("fill", FILLS),
                         ("rotation", ROTATIONS)):
        value = g[key]
        if isinstance(value, bool) or value not in allowed:
            raise InvalidItem(f"{prefix}{key} must be one of {', '.join(map(str, allowed))} "
                              f"(got {describe_value(value)})")
    count = g["count"]
    if isinstance(count, bool) or not isinstance(count, int) or count not in COUNTS:
        raise InvalidItem(f"{prefix}count must be between 1 and 6 (got {describe_value(count)})")
    position = g["position"]
    if position is not None and (isinstance(position, bool) or not isinstance(position, int)
                                 or not 0 <= position <= 8):
        raise InvalidItem(f"{prefix}position must be null or between 0 and 8 "
                          f"(got {describe_value(position)})")
    if g["kind"] == "line" and g["fill"] != "empty":
        raise InvalidItem(f"{prefix}a line has fill 'empty' (got {describe_value(g['fill'])})")


def check_panel(panel: Any, where: str = "panel") -> Panel:
    """``panel`` itself when it is a well-formed panel; else :class:`InvalidItem`.

    >>> check_panel({"shapes": []})
    Traceback (most recent call last):
    ...
    logicgen.errors.InvalidItem: panel must hold at least one shape group (got {'shapes': []})
    """
    if not isinstance(panel, dict) or set(panel) != {"shapes"} or not isinstance(
            panel["shapes"], list):
        raise InvalidItem(f"{where} must be a mapping with one key, 'shapes', holding a list "
                          f"(got {describe_value(panel)})")
    if not panel["shapes"]:
        raise InvalidItem(f"{where} must hold at least one shape group (got {describe_value(panel)})")
    for i, g in enumerate(panel["shapes"]):
        _check_group(g, f"{where} shape {i + 1}")
    return panel


def _orientation(g: Group) -> int:
    period = PERIOD[g["kind"]]
    return 0 if period == 0 else g["rotation"] % period


def look(panel: Panel) -> tuple[tuple[Any, ...], ...]:
    """A key equal for two panels exactly when they are drawn alike.

    Rotations are taken modulo the kind's symmetry (:data:`PERIOD`); everything
    else must match, group by group, in order.
    """
    return tuple((g["kind"], g["count"], g["size"], g["fill"], _orientation(g), g["position"])
                 for g in panel["shapes"])


def describe_group(g: Group) -> str:
    """A group in words: count, size, fill, kind, orientation, position.

    >>> describe_group(group("triangle", count=3, size="small", fill="striped", rotation=180))
    '3 small striped triangles pointing down'
    >>> describe_group(group("square", rotation=45, position=8))
    'large white diamond bottom right'
    >>> describe_group(group("line", rotation=90, size="medium"))
    'medium horizontal line'
    """
    kind, turn = g["kind"], _orientation(g)
    noun, how = kind, ""
    if kind == "arrow":
        how = _ARROW[turn // 45]
    elif kind == "square" and turn == 45:
        noun = "diamond"
    elif kind == "triangle":
        how = _TRIANGLE.get(turn, f"turned {turn}°")
    elif kind in ("pentagon", "star") and turn:
        how = f"turned {turn}°"
    count = g["count"]
    words = [str(count)] if count > 1 else []
    words.append(g["size"])
    if kind == "line":
        words.append(_LINE[turn])
    else:
        words.append(_FILL_WORDS[g["fill"]])
    words.append(_PLURAL[noun] if count > 1 else noun)
    if how:
        words.append(how)
    if g["position"] is not None:
        words.append(POSITIONS[g["position"]])
    return " ".join(words)


def describe(panel: Panel) -> str:
    """A panel in words: its groups described in order, joined by ``"; "``.

    Panels that look different (:func:`look`) get different descriptions.
    """
    return "; ".join(describe_group(g) for g in panel["shapes"])
