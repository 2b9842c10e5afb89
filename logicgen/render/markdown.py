"""Markdown: the same content as the text renderer, with escaped text."""

from __future__ import annotations

import re

from ..answers import LETTERS
from ..item import split_method
from ..problemset import ProblemSet
from . import facts

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def escape(text: str) -> str:
    """Escape Markdown's special characters so item text prints literally.

    >>> escape("2 * 3 = 6_")
    '2 \\\\* 3 = 6\\\\_'
    """
    return _SPECIAL.sub(r"\\\1", text)


def _lines(text: str) -> str:
    # A hard line break keeps the prompt's own lines (premises, statements).
    return "  \n".join(escape(line) for line in text.splitlines())


def render(problem_set: ProblemSet, *, key: bool = True, questions: bool = True) -> str:
    out = [f"# {escape(problem_set.title)}", ""]
    out += [", ".join(facts(problem_set, key=key)), ""]
    if problem_set.instructions:
        out += [_lines(problem_set.instructions), ""]
    if questions:
        out += ["## Questions", ""]
        for number, item in enumerate(problem_set.items, 1):
            out.append(f"**{number}.** {_lines(item.prompt)}")
            out.append("")
            for letter, choice in zip(LETTERS, item.choices):
                out.append(f"- **{letter}.** {escape(choice)}")
            if not item.choices:
                out.append("Answer: \\_\\_\\_\\_\\_\\_\\_\\_")
            out += ["", f"<sub>`{item.code}`</sub>", ""] if key else [""]
    if key:
        out += ["## Answer key", ""]
        for number, item in enumerate(problem_set.items, 1):
            answer = f"{item.letter}. {escape(item.answer)}" if item.letter else escape(item.answer)
            method, rest = split_method(item.explanation)
            body = _lines("\n".join(rest))
            if method is not None:
                body = f"**Method: {escape(method)}**" + ("  \n" + body if body else "")
            out += [f"**{number}.** {answer} <sub>`{item.code}`</sub>", "", body, ""]
    return "\n".join(out).rstrip() + "\n"
