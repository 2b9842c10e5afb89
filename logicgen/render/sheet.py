"""The answer sheet of a printed set (``logicgen build ... --answer-sheet``): one PDF page.

The page has the set's title and form, its sheet id (to match a returned sheet
to its key, see :attr:`~logicgen.problemset.ProblemSet.sheet_id`), lines for
the name and the date, and for every question a row of lettered bubbles
(``T``, ``F``, ``U`` for true/false/uncertain items) or a box for a
free-response answer. It shows nothing of the questions, so it gives nothing
away. Typst lays it out (template ``sheet.typ``) with its bundled fonts only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..answers import LETTERS

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet

__all__ = ["bubbles", "render_sheet", "sheet_data"]


def bubbles(item: Item) -> list[str] | None:
    """The labels of an item's bubbles, or ``None`` for a free-response box.

    >>> from types import SimpleNamespace as NS
    >>> bubbles(NS(format="tfu", choices=("True", "False", "Uncertain")))
    ['T', 'F', 'U']
    >>> bubbles(NS(format="choice", choices=("1", "2", "3"))), bubbles(NS(format="numeric", choices=()))
    (['A', 'B', 'C'], None)
    """
    if not item.choices:
        return None
    if item.format == "tfu":
        return [choice[0] for choice in item.choices]
    return list(LETTERS[:len(item.choices)])


def sheet_data(problem_set: ProblemSet) -> dict[str, Any]:
    """What the template shows: title, form, sheet id, and each question's bubbles."""
    return {
        "title": problem_set.title,
        "form": problem_set.form,
        "sheet": problem_set.sheet_id,
        "items": [{"n": n, "bubbles": bubbles(item)}
                  for n, item in enumerate(problem_set.items, 1)],
    }


def _inputs(problem_set: ProblemSet) -> dict[str, Any]:
    from importlib.resources import files

    from .pdf import TIMESTAMP

    data = json.dumps(sheet_data(problem_set), ensure_ascii=False, sort_keys=True)
    return {"input": files(__package__).joinpath("sheet.typ").read_bytes(),
            "sys_inputs": {"data": data}, "ignore_system_fonts": True, "timestamp": TIMESTAMP}


def render_sheet(problem_set: ProblemSet) -> bytes:
    """The answer sheet as PDF bytes; the same set gives the same bytes."""
    import typst

    return bytes(typst.compile(format="pdf", pdf_tags=False, **_inputs(problem_set)))


def render_sheet_png(problem_set: ProblemSet, ppi: float = 72) -> list[bytes]:
    """The answer sheet as PNG pages (one, unless the set is very long)."""
    import typst

    pages = typst.compile(format="png", ppi=ppi, **_inputs(problem_set))
    return [bytes(p) for p in pages] if isinstance(pages, list) else [bytes(pages)]
