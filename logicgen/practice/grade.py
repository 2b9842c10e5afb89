"""Grading: what counts as an answer, and grading a paper set from an answers file.

An answers file comes in one of two forms:

* **numbered**: one answer per line, ``N ANSWER`` where ``N`` is the question
  number, optionally followed by ``.``, ``)`` or ``:`` (``1 B``, ``3. 1 1/2``,
  ``7) cannot say``); questions not listed have no answer. A file is read this
  way as soon as one line starts with a number followed by an answer, and then
  every line must be numbered: numbered lines are never taken as answers in order.
  A line that could be either (``12 7 3/8``: question 12's answer ``7 3/8``, or
  three answers) is refused; ``12. 7 3/8`` is question 12's.
* **in order**: the answers for questions 1, 2, 3, ... separated by spaces or
  line breaks (``B C 3/8 T``); an answer cannot contain spaces here, and ``-``
  marks a question left blank. Fewer answers than questions leave the rest blank.

Each answer must name one of its question's options (a letter, the option's
text, or a T/F/U word), or be a number for a free-response question; any other
answer is reported with its line, never marked wrong in silence. Responses are
graded by :meth:`logicgen.Item.check`: letters, option text, T/F/U words, and
numbers in any equal form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..answers import LETTERS, parse_number
from ..errors import LogicgenError, count_noun, describe_value
from ..item import Item

__all__ = ["AnswersError", "Graded", "grade", "interpret", "parse_answers"]

BLANK = {"-", "_", "?"}
_NUMBERED = re.compile(r"^\s*(\d+)\s*([.):])?\s+(\S.*?)\s*$")
# `2.C` and `2)C` without a space, but not `1.5` or `3:4`, which are answers
_NUMBERED_TIGHT = re.compile(r"^\s*(\d+)\s*([.):])([^\W\d_(].*?|\(.*?)\s*$")


class AnswersError(LogicgenError):
    """An answers file cannot be read against its set."""


def interpret(item: Item, text: str) -> str | None:
    """The response ``text`` names for ``item``, or ``None`` when it is not an answer.

    For items with options the result is the option letter: ``text`` may be a
    letter, the option text, or (for true/false/uncertain) ``T``, ``no``,
    ``cannot say`` and so on, but must name exactly one option. For free-response
    items it is ``text`` itself when it reads as a number.

    >>> from logicgen import generate
    >>> item = generate("sequence.number", count=1, seed=1)[0]
    >>> interpret(item, "b"), interpret(item, "Z"), interpret(item, "hello")
    ('B', None, None)
    """
    try:
        return _interpret(item, text.strip())
    except Exception:  # noqa: BLE001 - odd input is "not an answer", never a crash
        return None


def _interpret(item: Item, text: str) -> str | None:
    if not text:
        return None
    if item.choices:
        hits = [
            i for i, choice in enumerate(item.choices)
            if replace(item, answer=choice, answer_index=i).check(text)
        ]
        return LETTERS[hits[0]] if len(hits) == 1 else None
    if parse_number(item.answer) is None or parse_number(text) is not None:
        return text
    return None


@dataclass(frozen=True)
class Graded:
    """One graded question: its number, the item, the response (``None``: blank)."""

    number: int
    item: Item
    response: str | None
    correct: bool


def parse_answers(
    text: str, n_items: int, source: str = "answers", items: Sequence[Item] | None = None
) -> dict[int, str]:
    """Responses by question number (from 1); blank questions are left out.

    With ``items`` (the set's questions, ``n_items`` of them), every answer is
    also checked to be an answer to its question (see :func:`interpret`).

    >>> parse_answers("1 B\\n2 C\\n3 3/8\\n", 3)
    {1: 'B', 2: 'C', 3: '3/8'}
    >>> parse_answers("3 C", 10)
    {3: 'C'}
    >>> parse_answers("B - 3/8", 3)
    {1: 'B', 3: '3/8'}
    >>> parse_answers("1. 1 1/2", 3)
    {1: '1 1/2'}
    """
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        raise AnswersError(f"{source} holds no answers (it is empty)")
    numbered = [(_numbered(line), n, line) for n, line in lines]
    first = next(((n, line) for m, n, line in numbered if m is not None), None)
    found: list[tuple[int, int, str]] = []  # (line number, question number, answer)
    if first is not None:
        for m, line_no, line in numbered:
            if m is None:
                raise AnswersError(
                    f"{source} line {line_no} ({describe_value(line.strip())}) has no question "
                    f"number, but line {first[0]} is numbered; number every line "
                    "(e.g. `2 C`) or none"
                )
            if m.group(2) is None and _all_numbers(m.group(3)):
                raise AnswersError(
                    f"{source} line {line_no} ({describe_value(line.strip())}) could be "
                    f"question {m.group(1)}'s answer or answers in order; write "
                    f"`{m.group(1)}. {m.group(3)}` for the first, or one answer per line"
                )
            found.append((line_no, int(m.group(1)), m.group(3)))
    else:
        for line_no, line in lines:
            base = len(found)
            found.extend((line_no, base + i, token) for i, token in enumerate(line.split(), 1))
        if len(found) > n_items:
            raise AnswersError(
                f"{source} gives {len(found)} answers in order, but the set has only "
                f"{count_noun(n_items, 'question')}"
            )
    out: dict[int, str] = {}
    seen: dict[int, int] = {}
    for line_no, number, answer in found:
        if not 1 <= number <= n_items:
            raise AnswersError(
                f"{source} line {line_no} answers question {number}, but the set has "
                + (f"questions 1 to {n_items}" if n_items > 1 else "only question 1")
            )
        if number in seen:
            raise AnswersError(
                f"{source} answers question {number} twice (lines {seen[number]} and {line_no})"
            )
        seen[number] = line_no
        if answer in BLANK:
            continue
        if items is not None and interpret(items[number - 1], answer) is None:
            raise AnswersError(
                f"{source} line {line_no}: {describe_value(answer)} is not an answer to "
                f"question {number} ({_answer_forms(items[number - 1])})"
            )
        out[number] = answer
    return out


def _numbered(line: str) -> re.Match[str] | None:
    """The match of a numbered line (number, punctuation, answer), or None."""
    return _NUMBERED.match(line) or _NUMBERED_TIGHT.match(line)


def _all_numbers(answer: str) -> bool:
    """Whether ``answer`` is several words that are all numbers (``7 3/8``): after a
    bare question number, such a line reads just as well as answers in order."""
    words = answer.split()
    return len(words) > 1 and all(parse_number(w) is not None for w in words)


def _answer_forms(item: Item) -> str:
    """What an answer to ``item`` may be, for messages."""
    if item.choices:
        return (f"give one of the letters A to {LETTERS[len(item.choices) - 1]} "
                "or an option's text")
    return "give a number, such as 3/8, 0.375 or 37.5%"


def grade(items: Sequence[Item], responses: dict[int, str]) -> list[Graded]:
    """Grade every item against ``responses`` (by question number from 1)."""
    out = []
    for number, item in enumerate(items, 1):
        response = responses.get(number)
        correct = response is not None and item.check(response)
        out.append(Graded(number, item, response, correct))
    return out


def answer_text(item: Item) -> str:
    """The key as a candidate reads it: ``B. 12`` or ``3/8``."""
    return f"{item.letter}. {item.answer}" if item.letter else item.answer


def report(graded: Sequence[Graded], title: str) -> list[str]:
    """The lines ``logicgen grade`` prints: score, one line per question, explanations."""
    from ..render.text import key_entry

    total = len(graded)
    right = sum(g.correct for g in graded)
    pct = 100 * right / total if total else 0.0
    lines = [f"{title}: {right} of {total} correct ({pct:.0f}%)", ""]
    width = max(len(g.response or "-") for g in graded)
    width = min(max(width, 6), 16)
    for g in graded:
        shown = g.response if g.response is not None else "-"
        if g.correct:
            verdict = "correct"
        else:
            verdict = ("no answer" if g.response is None else "wrong").ljust(9) + \
                f"  answer {answer_text(g.item)}"
        lines.append(f"{g.number:>3}. {shown:<{width}}  {verdict}")
    missed = [g for g in graded if not g.correct]
    if missed:
        lines.extend(["", "Explanations for the missed questions", ""])
        for g in missed:
            lines.extend(key_entry(g.number, g.item))
            lines.append("")
    return lines
