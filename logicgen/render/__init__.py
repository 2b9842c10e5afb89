"""Renderers: each turns a :class:`~logicgen.problemset.ProblemSet` into a document.

Renderers never reach back into generators; everything they print comes from
the items. ``render(problem_set, fmt)`` gives text formats as ``str``;
``render_bytes(problem_set, fmt)`` gives any format, PDF included, as bytes.

The printable formats (``pdf``, ``html``, ``markdown``, ``text``) hold the
questions and then the answer key with explanations; ``key=False`` leaves the
key out and ``questions=False`` prints the key alone. The data formats
(``json``, ``jsonl``) and the learning-platform exports (``moodle``, ``gift``,
and the zipped packages ``qti``, ``canvas`` and ``anki``, which are bytes)
always carry every field.

:func:`prompt_blocks` splits a prompt into the pieces the PDF and HTML layouts
draw differently (plain lines, a series of terms, a blank working grid).
"""

from __future__ import annotations

import importlib
import re
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ..errors import InvalidParams, describe_value
from ..registry import capabilities_of

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet

__all__ = [
    "BINARY",
    "FORMATS",
    "PACKAGES",
    "PRINTABLE",
    "SUFFIXES",
    "document",
    "format_for_path",
    "prompt_blocks",
    "render",
    "render_bytes",
]

#: format name -> module in this package
FORMATS = {
    "text": "text",
    "markdown": "markdown",
    "html": "html",
    "quiz": "quiz",
    "pdf": "pdf",
    "json": "jsonl",
    "jsonl": "jsonl",
    "moodle": "moodle",
    "gift": "gift",
    "qti": "qti",
    "canvas": "qti",
    "anki": "anki",
}
#: zipped learning-platform packages: format -> (module, function), bytes from render_bytes
PACKAGES = {
    "qti": ("qti", "render_qti"),
    "canvas": ("qti", "render_canvas"),
    "anki": ("anki", "render_apkg"),
}
#: formats with a questions part and an answer key (``key`` and ``questions`` apply)
PRINTABLE = ("pdf", "html", "markdown", "text")
#: formats that are bytes rather than text
BINARY = ("pdf", *PACKAGES)
#: output file suffix -> format
SUFFIXES = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".xml": "moodle",
    ".gift": "gift",
    ".apkg": "anki",
}


def _check(fmt: str, key: bool, questions: bool) -> None:
    if fmt not in FORMATS:
        raise InvalidParams(
            f"format must be one of {', '.join(FORMATS)} (got {describe_value(fmt)})"
        )
    if not key and not questions:
        raise InvalidParams("a document needs the questions, the key or both (got neither)")


def render(problem_set: ProblemSet, fmt: str, *, key: bool = True, questions: bool = True) -> str:
    """``problem_set`` as text in format ``fmt`` (see :data:`FORMATS`; PDF is bytes)."""
    _check(fmt, key, questions)
    if fmt in BINARY:
        raise InvalidParams(f"format {describe_value(fmt)} is binary; use render_bytes()")
    module = importlib.import_module(f".{FORMATS[fmt]}", __name__)
    if fmt == "json":
        return module.render_json(problem_set)
    if fmt == "jsonl":
        return module.render_jsonl(problem_set)
    if fmt in PRINTABLE:
        return module.render(problem_set, key=key, questions=questions)
    return module.render(problem_set)


def render_bytes(
    problem_set: ProblemSet, fmt: str, *, key: bool = True, questions: bool = True
) -> bytes:
    """``problem_set`` in any format as bytes (text formats as UTF-8)."""
    _check(fmt, key, questions)
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(problem_set, key=key, questions=questions)
    if fmt in PACKAGES:
        module, function = PACKAGES[fmt]
        return bytes(getattr(importlib.import_module(f".{module}", __name__), function)(problem_set))
    return render(problem_set, fmt, key=key, questions=questions).encode("utf-8")


def format_for_path(path: str | PurePath) -> str | None:
    """The format an output file's suffix asks for, or ``None``.

    >>> format_for_path("practice.pdf"), format_for_path("set.JSONL"), format_for_path("x.doc")
    ('pdf', 'jsonl', None)
    """
    return SUFFIXES.get(PurePath(path).suffix.lower())


# -- layout pieces shared by the PDF and HTML renderers -------------------------------

# A line of at least four short comma-separated terms: "3, 7, 15, ?, 63".
_SERIES = re.compile(r"^\s*[^\s,]{1,12}(?:,\s*[^\s,]{1,12}){3,}\s*$")


def prompt_blocks(item: Item) -> list[dict[str, Any]]:
    """The prompt as layout blocks, in order.

    * ``{"kind": "text", "lines": [...]}``: a paragraph; its lines keep their breaks.
    * ``{"kind": "series", "terms": [...]}``: the terms of a series item, drawn
      as a row of cells.
    * ``{"kind": "table", ...}`` and ``{"kind": "chart", ...}``: the table or chart
      of an item whose family declares one (see :func:`_exhibit`), in place of
      the prompt's table lines or its ``Chart data:`` line.
    * ``{"kind": "grid", "columns": [...], "rows": [...]}``: an empty working grid
      for a logic-grid item (one column per house, one row per attribute).
    * ``{"kind": "figure", "layout": "row" | "matrix" | "odd" | "net", "svgs": [...],
      "labels": [...]}``: the panels of a figure item (one whose ``data`` has
      ``panels`` and ``layout``, see docs/figures.md), as inline SVG markup with
      ``None`` for the missing panel, and one label per panel (``"1"``, ``"2"``,
      ... in a row; ``"A"`` to ``"E"`` for an odd one out; ``""`` in a matrix).
      It takes the place of the prompt's panel-description lines, which are
      dropped (lines starting ``Panel 3:``, ``Panel B:``, ``Row 1:``,
      ``Column 2:`` or a capital letter and a colon); the question text is kept.
      A cube-net item (layout ``net``) has one picture, its net
      (:mod:`logicgen.render.cubes`), and its options are drawn cubes.

    >>> from types import SimpleNamespace as NS
    >>> prompt_blocks(NS(family="sequence.number", prompt="Next?\\n\\n2, 4, 8, 16, ?", data={}))
    [{'kind': 'text', 'lines': ['Next?']}, {'kind': 'series', 'terms': ['2', '4', '8', '16', '?']}]
    """
    caps = capabilities_of(item.family)
    figure = _figure(item) if caps.figures else None
    series = caps.series_row
    exhibit = _exhibit(item, caps)
    blocks: list[dict[str, Any]] = []
    lines: list[str] = []
    placed = False

    def flush() -> None:
        if lines:
            blocks.append({"kind": "text", "lines": list(lines)})
            lines.clear()

    for line in item.prompt.split("\n"):
        if not line.strip():
            flush()
        elif figure is not None and _PANEL_LINE.match(line):
            # the drawing stands for the description, where its first line was
            flush()
            if not placed:
                blocks.append(figure)
                placed = True
        elif series and _SERIES.match(line):
            flush()
            blocks.append({"kind": "series", "terms": [t.strip() for t in line.split(",")]})
        elif exhibit is not None and _EXHIBIT_LINE.match(line):
            # a table or chart stands for its lines in the prompt, where the first one was
            flush()
            if not placed:
                blocks.append(exhibit)
                placed = True
        else:
            lines.append(line.rstrip())
    flush()
    if figure is not None and not placed:
        blocks.append(figure)  # a prompt without description lines: the drawing goes last
    if exhibit is not None and not placed:
        blocks.append(exhibit)
    grid = _working_grid(item)
    if grid is not None:
        blocks.append(grid)
    return blocks


# A panel-description line of a figure item: "Panel 3: ...", "Panel B: ...", "Row 1: ...",
# "B: ..."
_PANEL_LINE = re.compile(r"^\s*(?:(?:Panel|Row|Column) (?:\d+|[A-Z])|[A-Z]):")
_FIGURE_LAYOUTS = ("row", "matrix", "odd")
# A line of a table ("| North | 40 | 55 |") or a chart's data in words ("Chart data: ...")
_EXHIBIT_LINE = re.compile(r"^\s*(?:\||Chart data:)")


def _exhibit(item: Item, caps: Any) -> dict[str, Any] | None:
    """The table or chart block of an item whose family declares one, else ``None``.

    * ``{"kind": "table", "columns": [...], "rows": [[...], ...]}``: cells as text;
    * ``{"kind": "chart", "svg": ..., "alt": ...}``: inline SVG markup of
      ``data["chart"]`` (:func:`logicgen.render.exhibits.chart_svg`) and its data in words.
    """
    from ..errors import InvalidItem

    if caps.table:
        table = item.data.get("table")
        if not isinstance(table, dict) or not isinstance(table.get("columns"), list) \
                or not isinstance(table.get("rows"), list):
            raise InvalidItem(f"{item.code}: table must hold columns and rows "
                              f"(got {describe_value(table)})")
        return {"kind": "table", "columns": [str(c) for c in table["columns"]],
                "rows": [[str(c) for c in row] for row in table["rows"]]}
    if caps.chart:
        from .exhibits import chart_svg

        chart = item.data.get("chart")
        if not isinstance(chart, dict) or chart.get("type") not in ("bar", "line", "pie"):
            raise InvalidItem(f"{item.code}: chart must be a bar, line or pie chart "
                              f"(got {describe_value(chart)})")
        alt = next((ln.split(":", 1)[1].strip() for ln in item.prompt.split("\n")
                    if ln.startswith("Chart data:")), "")
        return {"kind": "chart", "svg": chart_svg(chart), "alt": alt}
    return None


def is_figure(item: Item) -> bool:
    """Whether ``item`` is a picture: its family declares ``figures`` (docs/figures.md)."""
    return capabilities_of(item.family).figures


def _figure(item: Item) -> dict[str, Any]:
    """The figure block of a figure item."""
    from ..answers import LETTERS
    from ..errors import InvalidItem
    from ..figures import check_panel
    from .svg import panel_svg

    data = item.data
    layout, panels = data.get("layout"), data.get("panels")
    if layout == "net":
        svg, columns = _net(item)
        return {"kind": "figure", "layout": "net", "svgs": [svg], "labels": [""],
                "columns": columns}
    if layout not in _FIGURE_LAYOUTS:
        raise InvalidItem(f"{item.code}: layout must be one of {', '.join(_FIGURE_LAYOUTS)} "
                          f"(got {describe_value(layout)})")
    if not isinstance(panels, list) or not panels:
        raise InvalidItem(f"{item.code}: panels must be a non-empty list "
                          f"(got {describe_value(panels)})")
    svgs = [None if p is None else panel_svg(check_panel(p, f"{item.code}: panel {i + 1}"))
            for i, p in enumerate(panels)]
    if layout == "odd":
        if len(panels) > len(LETTERS):
            raise InvalidItem(f"{item.code}: an odd-one-out item has at most {len(LETTERS)} "
                              f"panels (got {len(panels)})")
        labels = [LETTERS[i] for i in range(len(panels))]
    elif layout == "row":
        labels = [str(i + 1) for i in range(len(panels))]
    else:
        labels = [""] * len(panels)
    return {"kind": "figure", "layout": layout, "svgs": svgs, "labels": labels}


def _option_svgs(item: Item) -> list[str] | None:
    """One picture per choice for a figure item with drawn options (``row``, ``matrix``)."""
    if not is_figure(item) or item.data.get("layout") == "odd":
        return None
    if item.data.get("layout") == "net":
        return _cubes(item)
    from ..errors import InvalidItem
    from ..figures import check_panel
    from .svg import panel_svg

    options = item.data.get("options")
    if not isinstance(options, list) or len(options) != len(item.choices):
        raise InvalidItem(f"{item.code}: options must be a list of one panel per choice "
                          f"({len(item.choices)}) (got {describe_value(options)})")
    return [panel_svg(check_panel(p, f"{item.code}: option {i + 1}"))
            for i, p in enumerate(options)]


def _net(item: Item) -> tuple[str, int]:
    """The drawn net of a cube-net item (layout ``net``), named by its prompt lines."""
    from ..errors import InvalidItem
    from .cubes import net_svg

    panels = item.data.get("panels")
    squares = panels[0].get("squares") if isinstance(panels, list) and panels and isinstance(
        panels[0], dict) else None
    if not isinstance(squares, list) or len(squares) != 6:
        raise InvalidItem(f"{item.code}: a net must be a panel of six squares "
                          f"(got {describe_value(panels)})")
    words = "; ".join(line.strip() for line in item.prompt.split("\n") if _PANEL_LINE.match(line))
    columns = 1 + max(int(s.get("col", 0)) for s in squares if isinstance(s, dict))
    return net_svg(squares, label=f"cube net: {words}" if words else "cube net",
                   scale=1.5), columns


def _cubes(item: Item) -> list[str] | None:
    """One drawn cube per choice of a cube-net item, or ``None`` when its options are words."""
    from ..errors import InvalidItem
    from .cubes import cube_svg

    options = item.data.get("options")
    if options is None:
        return None
    if not isinstance(options, list) or len(options) != len(item.choices):
        raise InvalidItem(f"{item.code}: options must be a list of one cube per choice "
                          f"({len(item.choices)}) (got {describe_value(options)})")
    return [cube_svg(view, label=text) for view, text in zip(options, item.choices)]


def _working_grid(item: Item) -> dict[str, Any] | None:
    """A blank grid for a logic-grid item, when its data has the usual shape."""
    if not capabilities_of(item.family).notes_grid:
        return None
    data = item.data
    houses = data.get("houses")
    attributes = data.get("attributes")
    if (isinstance(houses, bool) or not isinstance(houses, int) or not 2 <= houses <= 8
            or not isinstance(attributes, list) or not attributes):
        return None
    rows = []
    for attribute in attributes:
        if not isinstance(attribute, dict):
            return None
        label = attribute.get("plural") or attribute.get("label")
        if not isinstance(label, str) or not label:
            return None
        rows.append(label[:1].upper() + label[1:])
    return {"kind": "grid", "columns": [f"House {n}" for n in range(1, houses + 1)], "rows": rows}


def inline_options(choices: tuple[str, ...] | list[str]) -> bool:
    """Whether the options are short enough to sit side by side on one line."""
    return bool(choices) and max(len(c) for c in choices) <= 14 and sum(len(c) for c in choices) <= 60


def facts(problem_set: ProblemSet, *, key: bool = True) -> list[str]:
    """The header facts: form, seed (only with the key), sheet id, questions, time limit.

    A handout (``key=False``) leaves the seed out: with it, anyone could rebuild
    the key. The sheet id matches a returned sheet to its key without revealing it.
    """
    out = []
    if problem_set.form:
        out.append(f"Form {problem_set.form}")
    if key and problem_set.seed is not None:
        out.append(f"seed {problem_set.seed}")
    out.append(f"sheet {problem_set.sheet_id}")
    n = len(problem_set.items)
    out.append(f"{n} question" + ("" if n == 1 else "s"))
    if problem_set.minutes:
        out.append(f"{problem_set.minutes:g} minutes")
    return out


def document(problem_set: ProblemSet, *, key: bool = True, questions: bool = True) -> dict[str, Any]:
    """The set as JSON-able layout data: what the PDF template and the HTML page show.

    Without the key (a handout) the data hold no item codes, answers or
    explanations (``code`` is ``""``, ``letter`` ``None``), and the header no seed.
    With it, ``method`` is the explanation's method line (shown in bold; ``None``
    when the family gives none) and ``explanation`` the other lines.
    """
    from ..item import split_method

    items = []
    for number, item in enumerate(problem_set.items, 1):
        method, rest = split_method(item.explanation)
        items.append({
            "n": number,
            "code": item.code if key else "",
            "format": item.format,
            "blocks": prompt_blocks(item),
            "choices": list(item.choices),
            "inline": inline_options(item.choices),
            "letter": item.letter if key else None,
            "answer": item.answer if key else "",
            "method": method if key else None,
            "explanation": rest if key else [],
            "option_svgs": _option_svgs(item),
        })
    header = facts(problem_set, key=key)
    return {
        "title": problem_set.title,
        "sheet": problem_set.sheet_id,
        "facts": " · ".join(header),
        "footer": " · ".join([problem_set.title, *header[:2]]),
        "count": len(problem_set.items),
        "instructions": problem_set.instructions.split("\n") if problem_set.instructions else [],
        "questions": questions,
        "key": key,
        "items": items,
    }
