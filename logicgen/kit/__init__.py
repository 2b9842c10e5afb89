"""The family kit: the parts every family module is built from.

* :class:`Draw` — buffered uniform draws from the stream a family is given.
* :mod:`~logicgen.kit.forms` — writing exact values in an answer form.
* :class:`Mistake`, :func:`assemble`, :func:`pick_distractors` — options from
  named mistakes, with the key's position drawn from the wording stream.
* :class:`Steps` — worked solutions as data until written out.
* :class:`Draft`, :class:`Wording` — what ``generate`` and ``render`` return.

A family module is then a ``Params`` class registered with ``@family``, a
``generate(params, rng) -> Draft`` (often a table of small per-kind functions),
a ``render(draft, params, rng) -> Wording`` and, only where the default does not
fit, an ``explain(draft) -> str`` or ``options(draft, params, rng) -> list[str]``
(see ``docs/design.md``). Nothing here imports numpy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .draft import Draft, Wording, settle
    from .draw import Draw
    from .forms import fmt, ftext, number_word, ordinal_word, plain, reduce_text, units, value_text
    from .options import Mistake, assemble, choose_form, pick_distractors, shuffle_in
    from .steps import Steps, worked

# Loaded on first use, so that the registry (which needs only Draft and Wording)
# does not import the answer forms and Fraction arithmetic at start-up.
_WHERE = {
    "Draft": "draft", "Wording": "draft", "settle": "draft", "Draw": "draw",
    "fmt": "forms", "ftext": "forms", "number_word": "forms", "ordinal_word": "forms",
    "plain": "forms", "reduce_text": "forms", "units": "forms", "value_text": "forms",
    "Mistake": "options", "assemble": "options", "choose_form": "options",
    "pick_distractors": "options", "shuffle_in": "options", "Steps": "steps", "worked": "steps",
}

__all__ = [
    "Draft", "Draw", "Mistake", "Steps", "Wording", "assemble", "choose_form", "fmt", "ftext",
    "number_word", "ordinal_word", "pick_distractors", "plain", "reduce_text", "settle", "shuffle_in",
    "units", "value_text", "worked",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'logicgen.kit' has no attribute {name!r}")
