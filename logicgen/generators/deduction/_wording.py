"""Wording helpers shared by the deduction families.

* :func:`cap`, :func:`join`: a sentence's first letter, a list of names in prose.
* :func:`numbered`: statements or clues as a numbered list.
* :func:`key_among`: options as the family's named wrong answers with the key put
  at a position drawn from the wording stream.
* :func:`permuted`: options in an order drawn from the wording stream.
* :func:`no_puzzle`, :data:`NO_PUZZLE`: the wording and explanation of a draft
  drawn with nothing usable in its budget (the solver rejects it, so the item is
  redrawn).

Both option helpers draw exactly as the families always have (one numpy
``integers`` or ``permutation`` call), so a seed's items do not change.

>>> join(["Ana", "Ben", "Cai"]), join(["1", "2"], "or"), cap("north")
('Ana, Ben and Cai', '1 or 2', 'North')
>>> print(numbered(["All A are B.", "Some B are C."]))
1. All A are B.
2. Some B are C.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from logicgen.kit import Wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["NO_PUZZLE", "cap", "join", "key_among", "no_puzzle", "numbered", "permuted"]

NO_PUZZLE = "No puzzle could be drawn."


def cap(text: str) -> str:
    """``text`` with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def join(words: Sequence[str], last: str = "and") -> str:
    """``a, b and c`` (or ``a, b or c`` with ``last="or"``)."""
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


def numbered(lines: Sequence[str]) -> str:
    """One line per entry, numbered from 1."""
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))


def key_among(rng: np.random.Generator, key: str, wrong: Sequence[str], n_options: int) -> list[str]:
    """The first ``n_options - 1`` wrong answers, most tempting first, with ``key`` inserted
    at a uniformly drawn position."""
    options = list(wrong[: n_options - 1])
    options.insert(int(rng.integers(len(options) + 1)), key)
    return options


def permuted(rng: np.random.Generator, texts: Sequence[str]) -> list[str]:
    """``texts`` in a random order (one numpy permutation)."""
    return [texts[int(i)] for i in rng.permutation(len(texts))]


def no_puzzle(facts: dict[str, Any], numeric: bool = False) -> Wording:
    """The wording of a draft with nothing drawn: the facts drawn at wording time, no
    options recorded, and choices the key is not among."""
    return Wording(NO_PUZZLE, [] if numeric else ["?", "??"], data={**facts, "options": []})
