"""Second route for ``attention.compare``: compare records character by character.

The solver never looks at how the slips were made. It walks both strings of a
pair position by position (and notes a difference in length), and for a
"find the exact copy" item compares every option with the original the same
way; only an option equal at every position is a copy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from logicgen.answers import parse_number

__all__ = ["identical", "solve_copies"]


def identical(a: str, b: str) -> bool:
    """Whether two records match at every position and have the same length."""
    if len(a) != len(b):
        return False
    return all(x == y for x, y in zip(a, b))


def solve_copies(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``attention.compare`` items."""
    if data["kind"] == "find_copy":
        return [c for c in choices if identical(c, str(data["original"]))]
    alike = sum(identical(str(a), str(b)) for a, b in data["pairs"])
    if not choices:
        return [str(alike)]
    return [c for c in choices if parse_number(c) == alike]
