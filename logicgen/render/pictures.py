"""Figure items as PNG pictures and HTML, for the learning-platform exports.

Moodle, QTI, Canvas and Anki show a question as HTML with image files beside
it. :func:`set_pictures` draws, for every figure item of a set (see
docs/figures.md), the prompt's drawing (a row of panels or the matrix, with the
missing panel as a question mark) and one picture per option, all as PNG
images made by typst in one run (template ``picture.typ``; no system packages
or fonts). :func:`prompt_html` is the question text as HTML with the drawing in
place of the panel descriptions, which become the picture's alternative text.

Pictures are pure functions of the items, so the same set gives the same bytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from . import _PANEL_LINE, _option_svgs, prompt_blocks

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet

__all__ = ["Picture", "Pictures", "html_paragraphs", "img", "prompt_html", "prompt_parts",
           "set_pictures"]

#: resolution of the pictures; a 2.2 cm panel is about 120 pixels wide
PPI = 144


@dataclass(frozen=True)
class Picture:
    """One PNG image: its file name in a package, its bytes and its alternative text."""

    name: str
    png: bytes
    alt: str


@dataclass(frozen=True)
class Pictures:
    """The pictures of one figure item: the prompt's drawing, and one per option.

    ``figure`` is ``None`` for an odd-one-out item, whose lettered panels are its
    options (they are drawn in ``options``); ``options`` is ``None`` for an item
    whose options are not drawings.
    """

    figure: Picture | None
    options: tuple[Picture, ...] | None

    def all(self) -> list[Picture]:
        return ([self.figure] if self.figure else []) + list(self.options or ())


def _description(item: Item) -> str:
    """The prompt's panel-description lines, joined: the drawing's alternative text."""
    return "; ".join(line.strip() for line in item.prompt.split("\n") if _PANEL_LINE.match(line))


def set_pictures(problem_set: ProblemSet, stem: str = "q") -> dict[int, Pictures]:
    """The pictures of the set's figure items, by question number (from 1).

    Files are named ``q03-figure.png`` and ``q03-option-b.png`` (``stem`` replaces
    ``q``). Items without a drawing are left out; a set without figure items
    costs nothing (typst is not run).
    """
    from ..answers import LETTERS
    from .svg import gap_svg, svg_document

    pages: list[dict[str, object]] = []
    plan: list[tuple[int, str, str]] = []  # question number, file name, alt text
    slots: dict[int, tuple[str | None, list[str] | None]] = {}
    for number, item in enumerate(problem_set.items, 1):
        blocks = prompt_blocks(item)
        figure = next((b for b in blocks if b["kind"] == "figure"), None)
        head = f"{stem}{number:02d}"
        chart = next((b for b in blocks if b["kind"] == "chart"), None)
        if chart is not None:  # a chart is drawn like a figure, with its data as the alt text
            pages.append({"layout": "chart", "svgs": [svg_document(chart["svg"])], "labels": []})
            plan.append((number, f"{head}-chart.png", chart["alt"] or "the chart"))
            slots[number] = (f"{head}-chart.png", None)
        if figure is None:
            continue
        fig_name = None
        if figure["layout"] == "odd":
            option_svgs = list(figure["svgs"])
        else:
            svgs = [svg_document(s if s is not None else gap_svg()) for s in figure["svgs"]]
            fig_name = f"{head}-figure.png"
            pages.append({"layout": figure["layout"], "svgs": svgs, "labels": figure["labels"]})
            plan.append((number, fig_name, _description(item) or "the figure"))
            option_svgs = _option_svgs(item) or []
        names = []
        for index, svg in enumerate(option_svgs[:len(item.choices)]):
            name = f"{head}-option-{LETTERS[index].lower()}.png"
            pages.append({"layout": "panel", "svgs": [svg_document(svg)], "labels": []})
            plan.append((number, name, item.choices[index]))
            names.append(name)
        slots[number] = (fig_name, names or None)
    if not pages:
        return {}
    images = dict(zip((name for _, name, _ in plan), _render(pages)))
    alts = {name: alt for _, name, alt in plan}
    out = {}
    for number, (fig_name, option_names) in slots.items():
        fig = Picture(fig_name, images[fig_name], alts[fig_name]) if fig_name else None
        opts = (tuple(Picture(n, images[n], alts[n]) for n in option_names)
                if option_names else None)
        out[number] = Pictures(fig, opts)
    return out


def _render(pages: list[dict[str, object]]) -> list[bytes]:
    """One PNG per page description, from one typst run."""
    from importlib.resources import files

    import typst

    from .pdf import TIMESTAMP

    data = json.dumps(pages, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    out = typst.compile(
        files(__package__).joinpath("picture.typ").read_bytes(), format="png", ppi=PPI,
        sys_inputs={"data": data}, ignore_system_fonts=True, timestamp=TIMESTAMP,
    )
    return [bytes(p) for p in out] if isinstance(out, list) else [bytes(out)]


def html_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs, its line breaks kept.

    >>> html_paragraphs("If a < b:\\nthen c.\\n\\nNext")
    '<p>If a &lt; b:<br>then c.</p><p>Next</p>'
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def img(src: str, alt: str) -> str:
    """An ``<img>`` element (``src`` and ``alt`` escaped)."""
    return f'<img src="{escape(src)}" alt="{escape(alt)}">'


def prompt_parts(item: Item, figure: Picture | None = None, src: str = "") -> list[tuple[str, ...]]:
    """The prompt as paragraphs and pictures: ``("p", line, ...)`` or ``("img", src, alt)``.

    With ``figure``, its picture (at ``src + figure.name``) takes the place of the
    prompt's panel-description lines (or a chart's ``Chart data:`` line), which
    become its alternative text.

    >>> from types import SimpleNamespace as NS
    >>> item = NS(prompt="Which comes next?\\n\\nPanel 1: a circle\\nPanel 2: ?")
    >>> prompt_parts(item, Picture("q01-figure.png", b"", "circle; gap"), "images/")
    [('p', 'Which comes next?'), ('img', 'images/q01-figure.png', 'circle; gap')]
    """
    parts: list[tuple[str, ...]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            parts.append(("p", *lines))
            lines.clear()

    for line in item.prompt.split("\n"):
        if figure is not None and (_PANEL_LINE.match(line) or line.startswith("Chart data:")):
            flush()
            if not any(p[0] == "img" for p in parts):
                parts.append(("img", src + figure.name, figure.alt))
        elif line.strip():
            lines.append(line.rstrip())
        else:
            flush()
    flush()
    if figure is not None and not any(p[0] == "img" for p in parts):
        parts.append(("img", src + figure.name, figure.alt))
    return parts


def prompt_html(item: Item, figure: Picture | None = None, src: str = "") -> str:
    """The prompt as HTML paragraphs, with the drawing as an ``<img>`` (see :func:`prompt_parts`).

    >>> from types import SimpleNamespace as NS
    >>> prompt_html(NS(prompt="Is a < b?\\nSay."))
    '<p>Is a &lt; b?<br>Say.</p>'
    """
    return "".join(
        f"<p>{img(part[1], part[2])}</p>" if part[0] == "img"
        else "<p>" + "<br>".join(escape(line, quote=False) for line in part[1:]) + "</p>"
        for part in prompt_parts(item, figure, src)
    )
