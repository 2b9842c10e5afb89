"""Cube-net items drawn as SVG: the flat net, and cubes in oblique view.

The pictures of ``spatial.cube`` items (layout ``"net"``) are not panels of
shape groups but squares carrying symbols. The net (``data["panels"][0]
["squares"]``: six ``{"row", "col", "symbol", "rotation"}``) is drawn as
squares of 30 units on a grid; a cube option (``{"top", "front", "right"}``,
each ``{"symbol", "rotation"}``) is drawn in a 100 × 100 ``viewBox`` as a
front square of 50 units with the top and right faces as parallelograms
going back at 45° (depth half the edge).

Every symbol is a few polygons and strokes in the unit square of its face
(``x`` right, ``y`` down, the symbol upright), turned by its rotation about the
centre and then carried onto the face by an affine map: a square of the net, or
a face of the cube. So a symbol on the top face of a cube is sheared exactly as
the face is. Rotations are quarter turns clockwise as seen from outside the
cube; on the top face "up" is towards the back, on the right face "right" is
towards the back. Like :mod:`logicgen.render.svg`, the markup has no ``id``,
uses only black, white and one grey, and is a pure function of the data.

>>> svg = net_svg([{"row": 0, "col": c, "symbol": "ring", "rotation": 0} for c in range(6)])
>>> svg.count('class="square"'), 'viewBox="0 0 188 38"' in svg
(6, True)
>>> cube_svg({"top": {"symbol": "disc", "rotation": 0},
...           "front": {"symbol": "arrow", "rotation": 90},
...           "right": {"symbol": "F", "rotation": 0}}).count('class="face"')
3
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from .svg import BLACK, GREY, MIN_STROKE, WHITE

__all__ = ["SYMBOLS", "cube_svg", "net_svg"]

Point = tuple[float, float]
#: one part of a symbol: how it is painted ("fill", "ring" white with a black
#: outline, "line" a stroke), its points in the unit square, and whether closed
Part = tuple[str, tuple[Point, ...]]


def _circle(cx: float, cy: float, r: float, n: int = 28) -> tuple[Point, ...]:
    return tuple((cx + r * math.cos(2 * math.pi * k / n), cy + r * math.sin(2 * math.pi * k / n))
                 for k in range(n))


#: each symbol upright, in the unit square of its face
SYMBOLS: dict[str, tuple[Part, ...]] = {
    "disc": (("fill", _circle(0.5, 0.5, 0.25)),),
    "ring": (("ring", _circle(0.5, 0.5, 0.26)),),
    "target": (("ring", _circle(0.5, 0.5, 0.27)), ("fill", _circle(0.5, 0.5, 0.09))),
    "plus": (("line", ((0.5, 0.22), (0.5, 0.78))), ("line", ((0.22, 0.5), (0.78, 0.5)))),
    "dots": tuple(("fill", _circle(x, y, 0.075, 16)) for x, y in
                  ((0.3, 0.3), (0.7, 0.3), (0.3, 0.7), (0.7, 0.7))),
    "block": (("fill", ((0.3, 0.3), (0.7, 0.3), (0.7, 0.7), (0.3, 0.7))),),
    "arrow": (("fill", ((0.5, 0.16), (0.77, 0.46), (0.6, 0.46), (0.6, 0.84), (0.4, 0.84),
                        (0.4, 0.46), (0.23, 0.46))),),
    "F": (("line", ((0.68, 0.2), (0.38, 0.2), (0.38, 0.8))),
          ("line", ((0.38, 0.48), (0.62, 0.48)))),
    "L": (("line", ((0.38, 0.2), (0.38, 0.8), (0.68, 0.8))),),
    "T": (("line", ((0.24, 0.22), (0.76, 0.22))), ("line", ((0.5, 0.22), (0.5, 0.8)))),
    "half": (("fill", ((0.24, 0.24), (0.76, 0.24), (0.76, 0.5), (0.24, 0.5))),
             ("outline", ((0.24, 0.24), (0.76, 0.24), (0.76, 0.76), (0.24, 0.76)))),
    "corner": (("fill", _circle(0.25, 0.25, 0.11)),),
}


def _n(x: float) -> str:
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _turned(p: Point, rotation: int) -> Point:
    # clockwise on the page (y down) about the centre of the unit square
    a = math.radians(rotation)
    x, y = p[0] - 0.5, p[1] - 0.5
    return (0.5 + x * math.cos(a) - y * math.sin(a), 0.5 + x * math.sin(a) + y * math.cos(a))


def _symbol(symbol: str, rotation: int, origin: Point, u: Point, v: Point, stroke: float) -> str:
    """The symbol turned ``rotation`` and mapped by ``origin + x·u + y·v``."""
    if symbol not in SYMBOLS:
        raise ValueError(f"symbol must be one of {', '.join(SYMBOLS)} (got {symbol!r})")
    out = []
    for paint, points in SYMBOLS[symbol]:
        mapped = []
        for p in points:
            x, y = _turned(p, rotation)
            mapped.append((origin[0] + x * u[0] + y * v[0], origin[1] + x * u[1] + y * v[1]))
        coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in mapped)
        if paint == "fill":
            out.append(f'<polygon points="{coords}" fill="{BLACK}"/>')
        elif paint == "ring":
            out.append(f'<polygon points="{coords}" fill="{WHITE}" stroke="{BLACK}" '
                       f'stroke-width="{_n(stroke * 0.75)}"/>')
        elif paint == "outline":
            out.append(f'<polygon points="{coords}" fill="none" stroke="{BLACK}" '
                       f'stroke-width="{_n(stroke * 0.6)}" stroke-linejoin="round"/>')
        else:
            out.append(f'<polyline points="{coords}" fill="none" stroke="{BLACK}" '
                       f'stroke-width="{_n(stroke)}" stroke-linecap="round" '
                       'stroke-linejoin="round"/>')
    return "".join(out)


def _face(corners: Sequence[Point], body: str) -> str:
    coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in corners)
    return (f'<g class="face"><polygon points="{coords}" fill="{WHITE}" stroke="{BLACK}" '
            f'stroke-width="{_n(MIN_STROKE)}" stroke-linejoin="round"/>{body}</g>')


_SQUARE = 30.0
_MARGIN = 4.0


def net_svg(squares: Sequence[Mapping[str, Any]], *, label: str = "cube net",
            scale: float | None = None) -> str:
    """The net as an inline ``<svg>``: one square per entry, with its symbol.

    ``scale`` sets pixels per unit (``None``: no size set, the picture scales).
    """
    rows = max(int(s["row"]) for s in squares) + 1
    cols = max(int(s["col"]) for s in squares) + 1
    width, height = cols * _SQUARE + 2 * _MARGIN, rows * _SQUARE + 2 * _MARGIN
    dims = f' width="{_n(width * scale)}" height="{_n(height * scale)}"' if scale else ""
    body = []
    for s in squares:
        x, y = _MARGIN + int(s["col"]) * _SQUARE, _MARGIN + int(s["row"]) * _SQUARE
        symbol = _symbol(str(s["symbol"]), int(s["rotation"]), (x, y), (_SQUARE, 0.0),
                         (0.0, _SQUARE), 2.6)
        body.append(f'<g class="square"><rect x="{_n(x)}" y="{_n(y)}" width="{_n(_SQUARE)}" '
                    f'height="{_n(_SQUARE)}" fill="{WHITE}" stroke="{BLACK}" '
                    f'stroke-width="{_n(MIN_STROKE)}"/>{symbol}</g>')
    return (f'<svg class="net" viewBox="0 0 {_n(width)} {_n(height)}"{dims} role="img" '
            f'aria-label="{escape(label)}">{"".join(body)}</svg>')


_EDGE = 50.0
_DEPTH = 0.5 * _EDGE


def cube_svg(view: Mapping[str, Mapping[str, Any]], *, label: str = "cube",
             size: float | None = 96) -> str:
    """A cube showing ``view``'s top, front and right faces, in a 100 × 100 ``viewBox``."""
    a, d = _EDGE, _DEPTH
    left = (100 - a - d) / 2
    top = (100 - a - d) / 2 + d
    ftl = (left, top)                      # front face, top left corner
    back = (d, -d)                         # one edge's length going back
    # each face: its corners and the affine map of its unit square (origin, x axis, y axis)
    faces = {
        "front": ((ftl, (left + a, top), (left + a, top + a), (left, top + a)),
                  (ftl, (a, 0.0), (0.0, a))),
        "top": ((ftl, (left + a, top), (left + a + d, top - d), (left + d, top - d)),
                ((left + d, top - d), (a, 0.0), (-back[0], -back[1]))),
        "right": (((left + a, top), (left + a + d, top - d), (left + a + d, top - d + a),
                   (left + a, top + a)),
                  ((left + a, top), back, (0.0, a))),
    }
    parts = []
    for side in ("front", "top", "right"):
        corners, (origin, u, v) = faces[side]
        shown = view[side]
        parts.append(_face(corners, _symbol(str(shown["symbol"]), int(shown["rotation"]),
                                            origin, u, v, 3.2)))
    dims = f' width="{_n(size)}" height="{_n(size)}"' if size is not None else ""
    frame = (f'<rect x="{_n(MIN_STROKE)}" y="{_n(MIN_STROKE)}" width="{_n(100 - 2 * MIN_STROKE)}" '
             f'height="{_n(100 - 2 * MIN_STROKE)}" fill="{WHITE}" stroke="{GREY}" '
             f'stroke-width="{_n(MIN_STROKE)}"/>')
    return (f'<svg class="panel" viewBox="0 0 100 100"{dims} role="img" '
            f'aria-label="{escape(label)}">{frame}{"".join(parts)}</svg>')
