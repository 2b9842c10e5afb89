"""Plain text for the terminal: questions, then the answer key with explanations."""

from __future__ import annotations

import textwrap

from ..answers import LETTERS
from ..item import Item
from ..problemset import ProblemSet
from . import facts

WIDTH = 78


def _wrap(text: str, indent: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if not paragraph.strip():
            lines.append("")
            continue
        lines.extend(
            textwrap.wrap(
                paragraph,
                WIDTH,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return lines


def question(number: int, item: Item, *, code: bool = True) -> list[str]:
    """One numbered question with its lettered options (and its code, unless ``code=False``)."""
    head = f"{number}. "
    body = _wrap(item.prompt, " " * len(head))
    body[0] = head + body[0].lstrip()
    for letter, choice in zip(LETTERS, item.choices):
        body.extend(_wrap(f"{letter}. {choice}", " " * (len(head) + 2)))
    if not item.choices:
        body.append(" " * len(head) + "Answer: ____________")
    if code:
        body.append(" " * len(head) + f"[{item.code}]")
    return body


def key_entry(number: int, item: Item, *, code: bool = False) -> list[str]:
    """One answer-key entry: letter and answer (and the item code), then the explanation."""
    head = f"{number}. "
    answer = f"{item.letter}. {item.answer}" if item.letter else item.answer
    lines = [head + answer + (f"  [{item.code}]" if code else "")]
    lines.extend(_wrap(item.explanation, " " * len(head)))
    return lines


def render(problem_set: ProblemSet, *, key: bool = True, questions: bool = True) -> str:
    out: list[str] = [problem_set.title, "=" * len(problem_set.title)]
    out.append(", ".join(facts(problem_set, key=key)))
    if problem_set.instructions:
        out.append("")
        out.extend(_wrap(problem_set.instructions, ""))
    if questions:
        out.append("")
        for number, item in enumerate(problem_set.items, 1):
            out.extend(question(number, item, code=key))
            out.append("")
    if key:
        out.extend(["", "Answer key", "----------", ""])
        for number, item in enumerate(problem_set.items, 1):
            out.extend(key_entry(number, item, code=True))
            out.append("")
    return "\n".join(out).rstrip() + "\n"
