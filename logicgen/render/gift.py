"""GIFT: Moodle's plain-text question format.

Each item becomes one question, written on one line of ``[html]`` text so that
prompt lines survive (GIFT ends a question at a blank line)::

    ::03 sequence.number::[html]<p>What comes next?<br>2, 4, 8, ?</p>{
    =16
    ~12
    ####<p>Each term doubles ...</p>
    }

Lettered and true/false/uncertain items are multiple choice (``=`` right,
``~`` wrong); free-response items are numerical (``{#6}``) when the answer is a
plain decimal number, otherwise short answer (``{=3/8}``). The explanation is
the general feedback (``####``). GIFT cannot carry pictures, so figure items
keep the prompt's description of the panels in words, and a comment before the
question says so (Moodle XML, ``-f moodle``, embeds the drawings). Text is HTML-escaped, then GIFT's special
characters ``~ = # { } :`` and the backslash are escaped with a backslash.
"""

from __future__ import annotations

import re
from html import escape as html_escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet

__all__ = ["escape", "render"]


_SPECIAL = re.compile(r"([\\~=#{}:])")
_DECIMAL = re.compile(r"^-?\d+(?:\.\d+)?$")


def escape(text: str) -> str:
    """Backslash-escape GIFT's special characters.

    >>> print(escape("a=b: {x} ~ #1 \\\\"))
    a\\=b\\: \\{x\\} \\~ \\#1 \\\\
    """
    return _SPECIAL.sub(r"\\\1", text)


def _html(text: str) -> str:
    """Item text as one line of HTML, GIFT-escaped."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    html = "".join(
        "<p>" + "<br>".join(html_escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    return escape(html)


def _answer_text(text: str) -> str:
    return escape(html_escape(" ".join(text.split()), quote=False))


def _question(number: int, item: Item) -> list[str]:
    name = escape(f"{number:02d} {item.family}")
    out = [f"// {item.code}"]
    from . import is_figure

    if is_figure(item):
        out.append("// a figure item: the drawing is given in words (GIFT holds no pictures; "
                   "Moodle XML does)")
    out.append(f"::{name}::[html]{_html(item.prompt)}{{")
    if item.choices:
        for index, choice in enumerate(item.choices):
            mark = "=" if index == item.answer_index else "~"
            out.append(f"{mark}{_answer_text(choice)}")
    elif _DECIMAL.match(item.answer.strip()):
        out.append(f"#{item.answer.strip()}")
    else:
        out.append(f"={_answer_text(item.answer)}")
    out.append(f"####{_html(item.explanation)}")
    out.append("}")
    return out


def render(problem_set: ProblemSet) -> str:
    extra = []
    if problem_set.form:
        extra.append(f"form {problem_set.form}")
    if problem_set.seed is not None:
        extra.append(f"seed {problem_set.seed}")
    name = " ".join(problem_set.title.split())
    if extra:
        name += f" ({', '.join(extra)})"
    out = [f"// {name}: {len(problem_set.items)} questions", "",
           f"$CATEGORY: $course$/top/logicgen/{name.replace('/', '//')}", ""]
    for number, item in enumerate(problem_set.items, 1):
        out.extend(_question(number, item))
        out.append("")
    return "\n".join(out)
