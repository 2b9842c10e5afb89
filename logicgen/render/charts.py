"""Small SVG charts for the progress report: lines over sessions and horizontal bars.

Each function returns one inline ``<svg>`` element (no script, no external
reference, no XML namespace: put it straight into an HTML page), with
``role="img"``, an ``aria-label`` and a ``<title>`` naming what it shows, and a
``<title>`` on every point and bar with its value. The same data gives the same
bytes. Colours are the Okabe-Ito palette, which stays apart for the common
colour-vision deficiencies; lines also differ in their markers' shapes.

>>> svg = bar_chart("Accuracy", [("a.b", 0.5)], maximum=1.0, unit="%")
>>> svg.startswith('<svg class="chart"'), "50%" in svg, svg.count("<rect")
(True, True, 2)
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

__all__ = ["COLOURS", "bar_chart", "line_chart"]

#: Okabe-Ito colours, darkest first (each with a contrast of at least 3:1 on white)
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
INK = "#1d1d1f"
RULE = "#c9c9cf"
_MARKERS = ("circle", "square", "diamond", "triangle")


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _value(value: float, unit: str) -> str:
    if unit == "%":
        return f"{100 * value:.0f}%"
    return f"{value:.1f} {unit}".rstrip() if unit else f"{value:g}"


def _marker(kind: str, x: float, y: float, colour: str, title: str) -> str:
    tip = f"<title>{escape(title)}</title>"
    if kind == "square":
        return (f'<rect x="{_n(x - 3.5)}" y="{_n(y - 3.5)}" width="7" height="7" '
                f'fill="{colour}">{tip}</rect>')
    if kind == "diamond":
        pts = f"{_n(x)},{_n(y - 4.5)} {_n(x + 4.5)},{_n(y)} {_n(x)},{_n(y + 4.5)} {_n(x - 4.5)},{_n(y)}"
        return f'<polygon points="{pts}" fill="{colour}">{tip}</polygon>'
    if kind == "triangle":
        pts = f"{_n(x)},{_n(y - 4.5)} {_n(x + 4.5)},{_n(y + 3.5)} {_n(x - 4.5)},{_n(y + 3.5)}"
        return f'<polygon points="{pts}" fill="{colour}">{tip}</polygon>'
    return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="3.5" fill="{colour}">{tip}</circle>'


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title>")


def line_chart(title: str, labels: Sequence[str],
               series: Sequence[tuple[str, Sequence[float | None]]], *,
               maximum: float | None = None, unit: str = "%", width: int = 640,
               height: int = 240) -> str:
    """Lines over the points ``labels`` (e.g. sessions), one per named series.

    A ``None`` value leaves a gap (the line does not join across it). ``maximum``
    is the top of the y axis (default: the largest value, at least 1); ``unit``
    ``"%"`` shows shares 0-1 as per cent, anything else is written after the value.

    >>> svg = line_chart("Score", ["1", "2", "3", "4"], [("score", [0.5, 0.7, None, 1.0])])
    >>> svg.count("<polyline"), svg.count("<circle"), "100%" in svg
    (1, 3, True)
    """
    left, right, top, bottom = 46, 12, 10, 40
    legend = 18 * ((len(series) + 2) // 3) if len(series) > 1 else 0
    height += legend
    plot_w, plot_h = width - left - right, height - top - bottom - legend
    values = [v for _, vs in series for v in vs if v is not None]
    top_value = maximum if maximum is not None else max([1.0, *values])
    count = max(1, len(labels))

    def x(i: int) -> float:
        return left + (plot_w * (i + 0.5) / count)

    def y(v: float) -> float:
        return top + plot_h * (1 - min(v, top_value) / top_value)

    out = [_open(width, height, title)]
    for step in range(5):
        tick = top_value * step / 4
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{_n(y(tick))}" '
                   f'y2="{_n(y(tick))}" stroke="{RULE}"/>')
        out.append(f'<text x="{left - 5}" y="{_n(y(tick) + 4)}" text-anchor="end" '
                   f'font-size="11" fill="{INK}">{escape(_value(tick, unit))}</text>')
    every = max(1, (len(labels) + 11) // 12)  # at most about 12 labels under the axis
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            out.append(f'<text x="{_n(x(i))}" y="{height - legend - 22}" text-anchor="middle" '
                       f'font-size="11" fill="{INK}">{escape(label)}</text>')
    for k, (name, vs) in enumerate(series):
        colour, marker = COLOURS[k % len(COLOURS)], _MARKERS[k % len(_MARKERS)]
        run: list[str] = []
        runs: list[list[str]] = [run]
        for i, v in enumerate(vs):
            if v is None:
                run = []
                runs.append(run)
                continue
            run.append(f"{_n(x(i))},{_n(y(v))}")
            out.append(_marker(marker, x(i), y(v), colour,
                               f"{name}, {labels[i]}: {_value(v, unit)}"))
        for r in runs:
            if len(r) > 1:
                out.append(f'<polyline points="{" ".join(r)}" fill="none" stroke="{colour}" '
                           'stroke-width="2"/>')
        if legend:
            lx, ly = left + 200 * (k % 3), height - legend + 18 * (k // 3) - 4
            out.append(_marker(marker, lx, ly - 4, colour, name))
            out.append(f'<text x="{lx + 9}" y="{ly}" font-size="12" fill="{INK}">'
                       f"{escape(name)}</text>")
    out.append("</svg>")
    return "".join(out)


def bar_chart(title: str, rows: Sequence[tuple[str, float]], *, maximum: float | None = None,
              unit: str = "%", width: int = 640, label_width: int = 190) -> str:
    """Horizontal bars, one per ``(label, value)`` row, in the given order."""
    bar, gap, top = 18, 8, 6
    height = top + len(rows) * (bar + gap) + 4
    top_value = maximum if maximum is not None else max([1e-9, *(v for _, v in rows)])
    span = width - label_width - 70
    out = [_open(width, height, title)]
    for i, (label, value) in enumerate(rows):
        y = top + i * (bar + gap)
        length = span * max(0.0, min(value, top_value)) / top_value
        text = _value(value, unit)
        out.append(f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end" font-size="12" '
                   f'fill="{INK}">{escape(label)}</text>')
        out.append(f'<rect x="{label_width}" y="{y}" width="{_n(span)}" height="{bar}" '
                   f'fill="#f1f1f3"/>')
        out.append(f'<rect x="{label_width}" y="{y}" width="{_n(length)}" height="{bar}" '
                   f'fill="{COLOURS[0]}"><title>{escape(label)}: {escape(text)}</title></rect>')
        out.append(f'<text x="{_n(label_width + span + 6)}" y="{y + 13}" font-size="12" '
                   f'fill="{INK}">{escape(text)}</text>')
    out.append("</svg>")
    return "".join(out)
