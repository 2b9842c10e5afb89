"""The method line of an item: one line that says how to solve it.

Practice feedback (the quiz's learn mode and results, the terminal's learn mode
and report) shows it above the full explanation. Until items carry a method
line of their own, it is the explanation's first line; :func:`method_line` is
the one place that decides, so a later change replaces only this function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item

__all__ = ["method_line"]


def method_line(item: Item) -> str:
    """The line that says how to solve ``item`` (for now: its explanation's first line).

    >>> from types import SimpleNamespace as NS
    >>> method_line(NS(explanation="Add 3 each time.\\n2 + 3 = 5, 5 + 3 = 8."))
    'Add 3 each time.'
    >>> method_line(NS(explanation=""))
    ''
    """
    return item.explanation.strip().split("\n", 1)[0].strip()
