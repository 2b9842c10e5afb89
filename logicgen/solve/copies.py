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
    return a == b  # for strings: the same length and the same character at every position


def solve_copies(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``attention.compare`` items."""
    if data["kind"] == "find_copy":
        return [c for c in choices if identical(c, str(data["original"]))]
    alike = sum(identical(str(a), str(b)) for a, b in data["pairs"])
    if not choices:
        return [str(alike)]
    return [c for c in choices if parse_number(c) == alike]


#: characters (and pairs) a copy can swap for a look-alike: a reader checks them twice
LOOKALIKES = (("0", "O"), ("5", "S"), ("8", "B"), ("rn", "m"), ("c", "e"), (",", "."))
#: options a "find the exact copy" item is assumed to show (the default ``n_options``)
OPTIONS_SEEN = 5


def _lookalike_pair(a: str, b: str, i: int) -> bool:
    """Whether ``a`` and ``b`` first differ at ``i`` by a look-alike swap."""
    for x, y in LOOKALIKES:
        for p, q in ((x, y), (y, x)):
            if a.startswith(p, i) and b.startswith(q, i):
                return True
    return False


def _first_difference(a: str, b: str) -> int | None:
    if a == b:
        return None
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return None if len(a) == len(b) else min(len(a), len(b))


def effort(data: Mapping[str, Any]) -> float:
    """The solver's work on an ``attention.compare`` item, in units of 20 characters read.

    ``count_alike``: the solver walks each pair left to right and stops at the
    first difference, so an exact pair costs both its records in full and a
    slipped pair only the characters up to and including the slip (counted on
    both sides); a slip that swaps a character for its look-alike (O for 0, rn
    for m, a comma for a point, ...) costs 0.5 more, as it is the one a reader
    misses at a glance.

    ``find_copy`` (``data`` holds the record, not the options): the copy is read
    in full and each of the other options (``OPTIONS_SEEN`` − 1) half way on
    average, against the record; every place where a look-alike can hide in the
    record costs 0.1 more (each needs a second look in every option).

    >>> effort({"kind": "count_alike", "first": 0,
    ...         "pairs": [["AB12", "AB12"], ["AB12", "AB13"], ["x0y", "xOy"]]})
    1.5
    """
    if data["kind"] == "find_copy":
        record = str(data["original"])
        spots = sum(record.count(x) + record.count(y) for x, y in LOOKALIKES)
        read = 2 * len(record) * (1 + (OPTIONS_SEEN - 1) / 2)
        return read / 20 + 0.1 * spots
    chars, looks = 0, 0
    for a, b in data["pairs"]:
        a, b = str(a), str(b)
        at = _first_difference(a, b)
        if at is None:
            chars += 2 * len(a)
        else:
            chars += 2 * (at + 1)
            looks += _lookalike_pair(a, b, at)
    return chars / 20 + 0.5 * looks
