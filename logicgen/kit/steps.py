"""Worked solutions as data: a list of steps until they are written out.

A family hands back its working as :class:`Steps`; the kit writes them in the
project's one layout, so every explanation reads the same way:

* the steps, numbered (``1. ...``) or as plain lines;
* then any notes (the tempting wrong option and the slip behind it);
* then, when given, the answer line (``Answer: 12.``), always last, so the
  explanation ends on the key.

>>> print(Steps(["Add 3.", "Double it."], answer="14", notes=["Common mistake: x."]).text())
1. Add 3.
2. Double it.
Common mistake: x.
Answer: 14.
>>> print(Steps(["P = 1/2.", "So 1/4."], numbered=False).text())
P = 1/2.
So 1/4.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .forms import Value, fmt
from .options import first_mistake

__all__ = ["Steps", "worked"]


@dataclass(frozen=True)
class Steps:
    """Steps of a worked solution, the answer, and closing notes."""

    lines: Sequence[str]
    numbered: bool = True
    answer: str | None = None
    notes: Sequence[str] = field(default_factory=tuple)

    def text(self) -> str:
        out = [f"{i}. {line}" for i, line in enumerate(self.lines, 1)] if self.numbered \
            else list(self.lines)
        out.extend(self.notes)
        if self.answer is not None:
            out.append(f"Answer: {self.answer}.")
        return "\n".join(out)


def worked(steps: Sequence[str], answer: str, value: Value,
           wrong: Sequence[tuple[Value | None, str]], form: str) -> str:
    """Numbered steps, the answer, and the first usable named mistake with the value it gives."""
    bad = first_mistake(value, wrong, form)
    notes = [f"Common mistake: {bad.why} gives {fmt(bad.value, form)}."] if bad else []
    return Steps(steps, answer=answer, notes=notes).text()
