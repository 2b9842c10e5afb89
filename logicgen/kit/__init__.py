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

from .draft import Draft, Wording, settle
from .draw import Draw
from .forms import fmt, ftext, number_word, ordinal_word, reduce_text, units, value_text
from .options import Mistake, assemble, choose_form, pick_distractors, shuffle_in
from .steps import Steps, worked

__all__ = [
    "Draft",
    "Draw",
    "Mistake",
    "Steps",
    "Wording",
    "assemble",
    "choose_form",
    "fmt",
    "ftext",
    "number_word",
    "ordinal_word",
    "pick_distractors",
    "reduce_text",
    "settle",
    "shuffle_in",
    "units",
    "value_text",
    "worked",
]
