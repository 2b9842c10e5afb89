"""Renderers: each turns a :class:`~logicgen.problemset.ProblemSet` into text.

Renderers never reach back into generators; everything they print comes from
the items. ``render(problem_set, fmt)`` picks one by name.
"""

from __future__ import annotations

import importlib

from ..errors import InvalidParams, describe_value
from ..problemset import ProblemSet

__all__ = ["FORMATS", "render"]

#: format name -> module in this package
FORMATS = {
    "text": "text",
    "markdown": "markdown",
    "json": "jsonl",
    "jsonl": "jsonl",
}


def render(problem_set: ProblemSet, fmt: str, *, key: bool = True, questions: bool = True) -> str:
    """``problem_set`` as text in format ``fmt`` (see :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise InvalidParams(
            f"format must be one of {', '.join(FORMATS)} (got {describe_value(fmt)})"
        )
    module = importlib.import_module(f".{FORMATS[fmt]}", __name__)
    if fmt == "json":
        return module.render_json(problem_set)  # type: ignore[no-any-return]
    if fmt == "jsonl":
        return module.render_jsonl(problem_set)  # type: ignore[no-any-return]
    return module.render(problem_set, key=key, questions=questions)  # type: ignore[no-any-return]
