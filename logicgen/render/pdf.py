"""PDF through typst: the layout is the template ``set.typ``; the set goes in as JSON.

The set is passed to the template as one JSON string in ``sys.inputs``, so item
text is never spliced into typst markup and needs no escaping; figure panels
travel the same way, as SVG files in strings that the template reads as images.
Only typst's bundled fonts are used (system fonts are ignored), and the
document carries no date, so the same set gives the same bytes on every machine.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import document

if TYPE_CHECKING:  # pragma: no cover
    from ..problemset import ProblemSet

__all__ = ["render_pdf", "render_png"]

#: creation time handed to typst (2024-01-01T00:00:00Z); the template sets no
#: document date, so this only pins anything typst would otherwise take from the clock
TIMESTAMP = 1_704_067_200


def _template() -> bytes:
    from importlib.resources import files

    return files(__package__).joinpath("set.typ").read_bytes()


def _standalone(data: dict[str, Any]) -> dict[str, Any]:
    """The layout data with every figure drawing as a standalone SVG file, gaps drawn.

    Typst reads SVG only with its namespace, which inline markup for HTML leaves out.
    """
    from .svg import gap_svg, svg_document

    for q in data["items"]:
        for b in q["blocks"]:
            if b["kind"] == "figure":
                b["svgs"] = [svg_document(s if s is not None else gap_svg()) for s in b["svgs"]]
            elif b["kind"] == "chart":
                b["svg"] = svg_document(b["svg"])
        if q["option_svgs"] is not None:
            q["option_svgs"] = [svg_document(s) for s in q["option_svgs"]]
    return data


def _inputs(problem_set: ProblemSet, key: bool, questions: bool) -> dict[str, str]:
    data = _standalone(document(problem_set, key=key, questions=questions))
    return {"data": json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))}


def render_pdf(problem_set: ProblemSet, *, key: bool = True, questions: bool = True) -> bytes:
    """The set as PDF bytes: header, questions, then the answer key on a new page."""
    import typst

    pdf = typst.compile(
        _template(),
        format="pdf",
        sys_inputs=_inputs(problem_set, key, questions),
        ignore_system_fonts=True,
        timestamp=TIMESTAMP,
        pdf_tags=False,
    )
    return bytes(pdf)


def render_png(
    problem_set: ProblemSet, *, ppi: float = 96, key: bool = True, questions: bool = True
) -> list[bytes]:
    """The same pages as :func:`render_pdf`, one PNG image per page (for previews)."""
    import typst

    pages = typst.compile(
        _template(), format="png", ppi=ppi, sys_inputs=_inputs(problem_set, key, questions),
        ignore_system_fonts=True, timestamp=TIMESTAMP,
    )
    return [bytes(p) for p in pages] if isinstance(pages, list) else [bytes(pages)]
