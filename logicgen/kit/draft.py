"""What a family's ``generate`` and ``render`` hand back.

* :class:`Draft` — one drawn puzzle before wording: the solver's ``data``, the
  key, the difficulty score, and, for families that build their options and
  explanation through the kit, the key's value, the named mistakes and the
  worked steps.
* :class:`Wording` — what ``render`` returns: the prompt, the options when the
  family words them itself (``None`` lets the kit build them from the draft's
  mistakes), and facts drawn at wording time (names in a grid, the people in a
  relation) that complete ``data`` and may be the key itself.

``render`` never changes the draft: :func:`settle` makes the final draft from
the two, and only that is explained and turned into an item.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .options import Mistake
    from .steps import Steps

__all__ = ["Draft", "Wording", "settle"]


@dataclass(frozen=True)
class Draft:
    """One drawn puzzle, before wording.

    Attributes:
        data: JSON-able structured instance; becomes ``Item.data``. It must hold
            everything the family's solver needs to re-derive the answer.
        answer: the canonical answer text (for choice items, the correct option).
        score: numeric difficulty estimate.
        spec: anything else the family's ``render`` and ``explain`` want to keep
            (never serialised).
        value: the key as a value in ``data["form"]``'s unit, for the kit's options.
        mistakes: named wrong values, most tempting first, for the kit's options.
        steps: the worked solution, for the kit's explanation.
    """

    data: dict[str, Any]
    answer: str
    score: float
    spec: Any = None
    value: Any = None
    mistakes: Sequence[Mistake | tuple[Any, str]] = ()
    steps: Steps | None = None


@dataclass(frozen=True)
class Wording:
    """What ``render`` returns (see the module docstring)."""

    prompt: str
    choices: Sequence[str] | None = None
    data: Mapping[str, Any] | None = None
    answer: str | None = None
    spec: Any = None


def settle(draft: Draft, wording: Wording) -> Draft:
    """The draft completed with the facts drawn at wording time."""
    changes: dict[str, Any] = {}
    if wording.data:
        changes["data"] = {**draft.data, **wording.data}
    if wording.answer is not None:
        changes["answer"] = wording.answer
    if wording.spec is not None:
        changes["spec"] = wording.spec
    return replace(draft, **changes) if changes else draft
