"""The method line of an item: one line that says how to solve it.

Practice feedback (the quiz's learn mode and results, the terminal's learn mode
and report) and the answer keys show it, in bold, above the rest of the
explanation. A built-in item's explanation starts with it (``Method: ...``,
see :meth:`logicgen.registry.Family.method`); for an item whose family gives
none (a plugin's), it is the explanation's first line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item

from ..item import METHOD_PREFIX

__all__ = ["method_line"]


def method_line(item: Item) -> str:
    """The line that says how to solve ``item``: its explanation's method line
    without the ``Method:`` label, or else the explanation's first line.

    >>> from types import SimpleNamespace as NS
    >>> method_line(NS(explanation="Method: Take the differences.\\n3, 4, 5 grow by 1."))
    'Take the differences.'
    >>> method_line(NS(explanation="Add 3 each time.\\n2 + 3 = 5, 5 + 3 = 8."))
    'Add 3 each time.'
    >>> method_line(NS(explanation=""))
    ''
    """
    first = item.explanation.strip().split("\n", 1)[0].strip()
    return first.removeprefix(METHOD_PREFIX)

