"""Charts of items drawn as SVG: bar, line and pie charts whose values can be read exactly.

:func:`chart_svg` draws the chart of an item whose family declares the ``chart``
capability (``data["chart"]``, see docs/design.md):

* ``{"type": "bar" | "line", "title", "labels", "values", "max", "step", "unit"}``:
  categories along the bottom, a value axis from 0 to ``max`` with a gridline
  every ``step``, and each value printed above its bar or point, so it is read
  exactly and not estimated;
* ``{"type": "pie", "title", "labels", "values"}``: ``values`` are whole
  percentages adding up to 100; every slice is labelled with its name and share.

Geometry, in the units of the ``viewBox`` (``0 0 360 230``): the plot area runs
from x = 48 to 350 and from y = 28 (the value ``max``) down to y = 188 (zero), so
a value ``v`` sits at ``y = 188 − 160·v/max``; bars are 60 % of their slot and
centred in it. Pies are centred at (180, 124) with radius 80, slices running
clockwise from twelve o'clock. Colours are black, white and the panels' grey.
Outputs are pure functions of the chart data, like the figure panels.

>>> svg = chart_svg({"type": "bar", "title": "Sales", "labels": ["A", "B"],
...                  "values": [30, 45], "max": 50, "step": 10, "unit": ""})
>>> svg.count("<rect class=\\"bar\\""), "id=" in svg
(2, False)
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

__all__ = ["BOTTOM", "LEFT", "RIGHT", "TOP", "chart_svg"]

LEFT, RIGHT, TOP, BOTTOM = 48.0, 350.0, 28.0, 188.0
_BLACK, _GREY, _LIGHT = "#000", "#9a9a9a", "#d9d9d9"
_FONT = 'font-family="sans-serif"'
_PIE = (180.0, 124.0, 80.0)


def _n(x: float) -> str:
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _text(x: float, y: float, words: str, size: float = 10, anchor: str = "middle",
          weight: str = "normal") -> str:
    return (f'<text x="{_n(x)}" y="{_n(y)}" {_FONT} font-size="{_n(size)}" '
            f'text-anchor="{anchor}" font-weight="{weight}">{escape(words)}</text>')


def _value(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


def _y(value: float, top: float) -> float:
    return BOTTOM - (BOTTOM - TOP) * value / top


def _axes(chart: dict[str, Any]) -> list[str]:
    top, step = float(chart["max"]), float(chart["step"])
    out = []
    k = 0
    while k * step <= top + 1e-9:
        y = _y(k * step, top)
        out.append(f'<line x1="{_n(LEFT)}" y1="{_n(y)}" x2="{_n(RIGHT)}" y2="{_n(y)}" '
                   f'stroke="{_LIGHT if k else _BLACK}" stroke-width="1"/>')
        out.append(_text(LEFT - 5, y + 3.5, _value(k * step), 9, "end"))
        k += 1
    out.append(f'<line x1="{_n(LEFT)}" y1="{_n(TOP)}" x2="{_n(LEFT)}" y2="{_n(BOTTOM)}" '
               f'stroke="{_BLACK}" stroke-width="1"/>')
    return out


def _slot(i: int, n: int) -> tuple[float, float]:
    """The left edge and width of category ``i`` of ``n``."""
    width = (RIGHT - LEFT) / n
    return LEFT + i * width, width


def _bars(chart: dict[str, Any]) -> list[str]:
    top, labels, values = float(chart["max"]), chart["labels"], chart["values"]
    out = _axes(chart)
    for i, (label, value) in enumerate(zip(labels, values)):
        left, width = _slot(i, len(labels))
        y = _y(value, top)
        out.append(f'<rect class="bar" x="{_n(left + 0.2 * width)}" y="{_n(y)}" '
                   f'width="{_n(0.6 * width)}" height="{_n(BOTTOM - y)}" fill="{_GREY}" '
                   f'stroke="{_BLACK}" stroke-width="1"/>')
        out.append(_text(left + width / 2, y - 4, _value(value), 9.5, weight="bold"))
        out.append(_text(left + width / 2, BOTTOM + 14, label, 9.5))
    return out


def _line(chart: dict[str, Any]) -> list[str]:
    top, labels, values = float(chart["max"]), chart["labels"], chart["values"]
    out = _axes(chart)
    points = []
    for i, (label, value) in enumerate(zip(labels, values)):
        left, width = _slot(i, len(labels))
        x, y = left + width / 2, _y(value, top)
        points.append((x, y))
        out.append(_text(x, BOTTOM + 14, label, 9.5))
    out.append('<polyline fill="none" stroke="#000" stroke-width="1.8" points="'
               + " ".join(f"{_n(x)},{_n(y)}" for x, y in points) + '"/>')
    for (x, y), value in zip(points, values):
        out.append(f'<circle class="point" cx="{_n(x)}" cy="{_n(y)}" r="3.2" fill="{_BLACK}"/>')
        out.append(_text(x, y - 7, _value(value), 9.5, weight="bold"))
    return out


def _pie(chart: dict[str, Any]) -> list[str]:
    cx, cy, r = _PIE
    out = []
    start = 0.0
    fills = ("#fff", _LIGHT, _GREY)
    for i, (label, share) in enumerate(zip(chart["labels"], chart["values"])):
        end = start + 360.0 * share / 100
        a0, a1 = math.radians(start - 90), math.radians(end - 90)
        x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
        x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
        large = 1 if end - start > 180 else 0
        out.append(f'<path class="slice" data-share="{_n(share)}" d="M{_n(cx)},{_n(cy)} '
                   f'L{_n(x0)},{_n(y0)} A{_n(r)},{_n(r)} 0 {large} 1 {_n(x1)},{_n(y1)} Z" '
                   f'fill="{fills[i % len(fills)]}" stroke="{_BLACK}" stroke-width="1.2"/>')
        mid = math.radians((start + end) / 2 - 90)
        lx, ly = cx + (r + 14) * math.cos(mid), cy + (r + 14) * math.sin(mid)
        anchor = "start" if math.cos(mid) > 0.2 else "end" if math.cos(mid) < -0.2 else "middle"
        out.append(_text(lx, ly + 3.5, f"{label} {_n(share)}%", 9.5, anchor))
        start = end
    return out


def chart_svg(chart: dict[str, Any], *, width: float | None = 360) -> str:
    """One chart as an inline ``<svg>`` element (``width`` ``None``: scale to fit)."""
    kind = chart["type"]
    body = {"bar": _bars, "line": _line, "pie": _pie}[kind](chart)
    size = "" if width is None else f' width="{_n(width)}" height="{_n(width * 230 / 360)}"'
    title = _text(180, 14, chart.get("title", ""), 11, weight="bold")
    return (f'<svg class="chart" viewBox="0 0 360 230"{size} role="img" '
            f'aria-label="{escape(chart.get("title", "chart"))}">' + title + "".join(body) + "</svg>")
