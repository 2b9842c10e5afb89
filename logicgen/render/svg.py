"""Figure panels drawn as SVG: one square picture per panel, plain markup, no ids.

:func:`panel_svg` draws a panel of the model in docs/figures.md as an inline
``<svg>`` element for an HTML page; :func:`gap_svg` draws the missing panel (a
frame holding a question mark); :func:`svg_document` turns either into a
standalone SVG file (XML prolog and namespace), which is what typst's image
reader needs.

Geometry, in the 100 × 100 units of the ``viewBox``:

* the panel is a square with a thin grey frame; groups with ``position``
  ``null`` share the central square from 16 to 84, a group with a position
  sits in that cell of the 3 × 3 grid on the square from 4 to 96, so that a
  small marker in a corner cell stays clear of a large shape;
* ``count`` copies sit in fixed slots of their area (1 centred, 2 in a row,
  3 as a triangle, 4 as a square, 5 as on a die, 6 as two rows of three);
* a shape's width is about 88 % of its slot for ``large`` and in the ratio
  100 : 140 : 190 for ``small`` : ``medium`` : ``large``;
* every shape is turned by computing its corner points, never by an SVG
  transform, and then centred in its slot by its bounding box;
* stripes are computed as line segments inside the outline, on lines
  ``x + y = const`` of the panel, so they run from lower left to upper right
  whatever the shape's rotation and need no ``<pattern>`` or ``<clipPath>``:
  the markup holds no ``id``, and any number of panels can share a page;
* colours are only black, white and one grey, so that prints stay clear;
  every stroke is at least 1.5 units wide (1.5 % of the panel).

Outputs are pure functions of the panel (no counters, no randomness), so the
same set gives the same page bytes.

>>> from logicgen.figures import group
>>> svg = panel_svg({"shapes": [group("arrow", rotation=90, fill="solid")]})
>>> svg.startswith('<svg class="panel" viewBox="0 0 100 100"'), "id=" in svg
(True, False)
>>> svg_document(gap_svg()).startswith('<?xml version="1.0" encoding="UTF-8"?>')
True
"""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING

from ..figures import describe

if TYPE_CHECKING:  # pragma: no cover
    from ..figures import Group, Panel

__all__ = ["BLACK", "COLOURS", "GREY", "MIN_STROKE", "WHITE", "gap_svg", "panel_svg",
           "svg_document"]

BLACK = "#000"
WHITE = "#fff"
#: the one grey, for the fill ``grey`` and the panel frame; mid grey stays
#: distinct from both black and white on a greyscale print
GREY = "#9a9a9a"
#: every colour a panel may hold
COLOURS = (BLACK, WHITE, GREY)
#: the thinnest stroke, in viewBox units (1.5 % of the panel width)
MIN_STROKE = 1.5

Point = tuple[float, float]

_VIEW = 100.0
# The square that groups with position null share, and the one whose 3 × 3 cells
# the other groups sit in. The first is smaller, so that a marker in a
# corner cell stays clear of a large shape's corners.
_INNER = (16.0, 84.0)
_CELLS = (4.0, 96.0)
_SIZE = {"small": 100 / 190, "medium": 140 / 190, "large": 1.0}
# half the width of a large shape as a fraction of its slot's side
_FILL_SLOT = 0.44
# copy centres (fractions of the area) and slot side (fraction of the area) per count
_LAYOUT: dict[int, tuple[tuple[Point, ...], float]] = {
    1: (((0.5, 0.5),), 1.0),
    2: (((0.25, 0.5), (0.75, 0.5)), 0.5),
    3: (((0.5, 0.27), (0.25, 0.73), (0.75, 0.73)), 0.48),
    4: (((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)), 0.5),
    5: (((0.2, 0.2), (0.8, 0.2), (0.5, 0.5), (0.2, 0.8), (0.8, 0.8)), 0.38),
    6: (((1 / 6, 0.3), (0.5, 0.3), (5 / 6, 0.3), (1 / 6, 0.7), (0.5, 0.7), (5 / 6, 0.7)), 1 / 3),
}
# stripes: perpendicular spacing and width, in viewBox units
_STRIPE_GAP = (3.0, 4.8)
_STRIPE_WIDTH = MIN_STROKE
# width of the white rim round shapes drawn over earlier groups
_HALO = 1.2


def _star() -> tuple[Point, ...]:
    points = []
    for i in range(10):
        radius = 1.06 if i % 2 == 0 else 0.46
        angle = math.radians(36 * i)
        points.append((radius * math.sin(angle), -radius * math.cos(angle)))
    return tuple(points)


def _regular(n: int, radius: float) -> tuple[Point, ...]:
    return tuple((radius * math.sin(2 * math.pi * i / n), -radius * math.cos(2 * math.pi * i / n))
                 for i in range(n))


# Upright outlines in a unit frame (y down, half-width about 1): a vertex up for
# the triangle, pentagon and star; the arrow points up, its head wide and deep
# enough to read as an arrow when small.
_OUTLINES: dict[str, tuple[Point, ...]] = {
    "square": ((-0.74, -0.74), (0.74, -0.74), (0.74, 0.74), (-0.74, 0.74)),
    "triangle": _regular(3, 1.1),
    "pentagon": _regular(5, 1.0),
    "star": _star(),
    "arrow": ((0.0, -1.0), (0.66, -0.2), (0.22, -0.2), (0.22, 1.0), (-0.22, 1.0), (-0.22, -0.2),
              (-0.66, -0.2)),
}
_CIRCLE = 0.9  # circle radius in the unit frame: looks as big as the polygons


def _n(x: float) -> str:
    """A coordinate with at most two decimals and no ``-0``."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _turn(points: tuple[Point, ...], degrees: int) -> list[Point]:
    # In SVG coordinates (y down) this matrix turns clockwise on the page.
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return [(x * c - y * s, x * s + y * c) for x, y in points]


def _placed(points: list[Point], centre: Point, scale: float) -> list[Point]:
    """``points`` scaled and moved so that their bounding box is centred on ``centre``."""
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return [(centre[0] + (x - mx) * scale, centre[1] + (y - my) * scale) for x, y in points]


def _polygon_stripes(points: list[Point], gap: float) -> list[tuple[Point, Point]]:
    """Segments of the lines ``x + y = k * step`` that lie inside a simple polygon."""
    step = gap * math.sqrt(2)
    sums = [x + y for x, y in points]
    segments: list[tuple[Point, Point]] = []
    k = math.floor(min(sums) / step) + 1
    while k * step < max(sums):
        c = k * step
        cuts = []
        for i, (a, b) in enumerate(zip(points, points[1:] + points[:1])):
            ua, ub = sums[i], sums[(i + 1) % len(points)]
            if (ua < c) != (ub < c):
                t = (c - ua) / (ub - ua)
                cuts.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
        # along the line, x - y orders the crossings; inside runs pair them up
        cuts.sort(key=lambda p: p[0] - p[1])
        segments.extend(zip(cuts[0::2], cuts[1::2]))
        k += 1
    return segments


def _circle_stripes(cx: float, cy: float, r: float, gap: float) -> list[tuple[Point, Point]]:
    step = gap * math.sqrt(2)
    half = 1 / math.sqrt(2)
    segments = []
    k = math.floor((cx + cy - r * math.sqrt(2)) / step) + 1
    while k * step < cx + cy + r * math.sqrt(2):
        d = (k * step - cx - cy) * half  # signed distance of the line from the centre
        if abs(d) < r:
            h = math.sqrt(r * r - d * d)
            fx, fy = cx + d * half, cy + d * half
            segments.append(((fx - h * half, fy + h * half), (fx + h * half, fy - h * half)))
        k += 1
    return segments


def _stripes_path(segments: list[tuple[Point, Point]]) -> str:
    d = "".join(f"M{_n(a[0])} {_n(a[1])}L{_n(b[0])} {_n(b[1])}" for a, b in segments)
    return (f'<path d="{d}" fill="none" stroke="{BLACK}" stroke-width="{_n(_STRIPE_WIDTH)}"/>'
            if d else "")


def _stroke(radius: float) -> float:
    """Outline width for a shape of this half-width: bolder for big shapes, never below the floor."""
    return max(MIN_STROKE, min(2.6, radius * 0.07))


def _shape(kind: str, fill: str, rotation: int, centre: Point, radius: float, halo: bool) -> str:
    """One copy of a shape, ``radius`` being half its width in viewBox units.

    With ``halo`` the copy first gets a white rim, so that it stays visible
    where it overlaps a group drawn before it (a black dot on a black arrow).
    """
    if kind == "line":
        a, b = _placed(_turn(((0.0, -1.0), (0.0, 1.0)), rotation), centre, radius)
        width = max(MIN_STROKE + 0.5, min(4.0, radius * 0.12))
        ends = f'x1="{_n(a[0])}" y1="{_n(a[1])}" x2="{_n(b[0])}" y2="{_n(b[1])}"'
        rim = (f'<line {ends} stroke="{WHITE}" stroke-width="{_n(width + 2 * _HALO)}" '
               'stroke-linecap="round"/>') if halo else ""
        return (f'{rim}<line {ends} stroke="{BLACK}" stroke-width="{_n(width)}" '
                'stroke-linecap="round"/>')
    if kind == "circle":
        r = radius * _CIRCLE
        tag, geometry = "circle", f'cx="{_n(centre[0])}" cy="{_n(centre[1])}" r="{_n(r)}"'
        stripes = _circle_stripes(centre[0], centre[1], r, _gap(radius))
    else:
        points = _placed(_turn(_OUTLINES[kind], rotation), centre, radius)
        tag = "polygon"
        geometry = 'points="' + " ".join(f"{_n(x)},{_n(y)}" for x, y in points) + '"'
        stripes = _polygon_stripes(points, _gap(radius))
    stroke = _stroke(radius)
    outline = f'stroke="{BLACK}" stroke-width="{_n(stroke)}" stroke-linejoin="round"'
    rim = (f'<{tag} {geometry} fill="{WHITE}" stroke="{WHITE}" '
           f'stroke-width="{_n(stroke + 2 * _HALO)}" stroke-linejoin="round"/>') if halo else ""
    if fill != "striped":
        paint = {"empty": WHITE, "grey": GREY, "solid": BLACK}[fill]
        return f'{rim}<{tag} {geometry} fill="{paint}" {outline}/>'
    # white ground, stripes cut to the outline, then the outline on top of their ends
    return (f'{rim}<{tag} {geometry} fill="{WHITE}"/>{_stripes_path(stripes)}'
            f'<{tag} {geometry} fill="none" {outline}/>')


def _gap(radius: float) -> float:
    """Stripe spacing: about five stripes across a small shape, at most 4.8 units apart."""
    return max(_STRIPE_GAP[0], min(_STRIPE_GAP[1], radius * 0.2))


def _area(position: int | None) -> tuple[float, float, float]:
    """Left, top and side of the square a group sits in."""
    if position is None:
        low, high = _INNER
        return low, low, high - low
    low, high = _CELLS
    cell = (high - low) / 3
    return low + (position % 3) * cell, low + (position // 3) * cell, cell


def _group(g: Group, halo: bool) -> str:
    left, top, side = _area(g["position"])
    centres, slot = _LAYOUT[g["count"]]
    radius = side * slot * _FILL_SLOT * _SIZE[g["size"]]
    return "".join(
        _shape(g["kind"], g["fill"], g["rotation"], (left + fx * side, top + fy * side), radius,
               halo)
        for fx, fy in centres
    )


def _frame() -> str:
    # kept a stroke's width inside the edge: browsers at low resolution may round
    # the picture's last pixel column away
    inset = MIN_STROKE
    side = _VIEW - 2 * inset
    return (f'<rect x="{_n(inset)}" y="{_n(inset)}" width="{_n(side)}" height="{_n(side)}" '
            f'fill="{WHITE}" stroke="{GREY}" stroke-width="{_n(MIN_STROKE)}"/>')


def _open(size: float | None, label: str) -> str:
    dims = f' width="{_n(size)}" height="{_n(size)}"' if size is not None else ""
    return (f'<svg class="panel" viewBox="0 0 {_n(_VIEW)} {_n(_VIEW)}"{dims} role="img" '
            f'aria-label="{escape(label)}">')


def panel_svg(panel: Panel, *, size: float | None = 96) -> str:
    """A panel as an inline ``<svg>`` element, ``size`` pixels square (``None``: no size set).

    The ``viewBox`` is 100 units square, so the picture scales to any size;
    the panel's description (:func:`logicgen.figures.describe`) is its
    accessible name. The markup has no ``id`` and no XML namespace: put it
    straight into an HTML page, or through :func:`svg_document` for a file.

    >>> from logicgen.figures import group
    >>> svg = panel_svg({"shapes": [group("square", fill="grey")]}, size=40)
    >>> svg.count("<polygon"), 'width="40"' in svg, 'aria-label="large grey square"' in svg
    (1, True, True)
    """
    body = "".join(_group(g, i > 0) for i, g in enumerate(panel["shapes"]))
    return f"{_open(size, describe(panel))}{_frame()}{body}</svg>"


# A question mark drawn as a stroked hook and a dot, so that no font is needed.
_QUESTION = (f'<path d="M36 36A14 14 0 1 1 58.5 47.2C52.5 51.6 50 54 50 61" fill="none" '
             f'stroke="{BLACK}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>'
             f'<circle cx="50" cy="75" r="4.6" fill="{BLACK}"/>')


def gap_svg(*, size: float | None = 96) -> str:
    """The missing panel: an empty frame with a question mark, drawn like :func:`panel_svg`.

    >>> gap_svg(size=None).startswith('<svg class="panel" viewBox="0 0 100 100" role="img"')
    True
    """
    return f'{_open(size, "missing panel")}{_frame()}{_QUESTION}</svg>'


def svg_document(svg: str) -> str:
    """An inline ``<svg>`` from this module as a standalone SVG file (prolog and namespace).

    Typst and image viewers read only SVG elements in the SVG namespace, which
    an HTML page supplies implicitly.

    >>> svg_document('<svg class="panel" viewBox="0 0 1 1"></svg>')
    '<?xml version="1.0" encoding="UTF-8"?>\\n<svg xmlns="http://www.w3.org/2000/svg" class="panel" viewBox="0 0 1 1"></svg>\\n'
    """
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1) + "\n")
