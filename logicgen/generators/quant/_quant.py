"""The shape the quant families share: tables of kinds, one per question and one per wording.

A quant family is two tables keyed by ``data["kind"]``:

* ``DRAWS``: one small function per kind draws the numbers from the logic stream
  (a :class:`~logicgen.kit.Draw` reading the generator one number at a time) and
  returns a :data:`Drawn`: the solver's ``data`` (answer form in
  ``data["form"]``, see :mod:`logicgen.kit.forms`), the key in the form's unit,
  the named mistakes (most tempting first), the worked steps and the score;
* ``PROMPTS``: one function per kind words ``data`` with draws from the wording
  stream (names, goods, places).

:func:`draft` and :func:`wording` run the tables; the kit builds the options
from the named mistakes (:func:`~logicgen.kit.assemble`, after the prompt's
draws, on the same stream) and writes out the steps, which close with the
first usable mistake.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from logicgen.kit import Draft, Draw, Steps, Wording, fmt
from logicgen.kit.forms import Value
from logicgen.kit.options import mistake_notes

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from logicgen.registry import KindParams

__all__ = ["Drawn", "Wrong", "draft", "wording"]

#: A wrong value (``None`` when the mistake does not give an exact value) and its reason.
Wrong = tuple[Value | None, str]
#: What one kind's function returns: data, the key, named mistakes, worked steps, score.
Drawn = tuple[dict[str, Any], Value, list[Wrong], list[str], float]
Prompt = Callable[[dict[str, Any], Draw, bool], str]


def draft(draws: Mapping[str, Callable[[Draw, str], Drawn]],
          levels: Mapping[str, Sequence[str]], params: KindParams,
          rng: np.random.Generator) -> Draft:
    """Draw the kind (by difficulty when ``mixed``) and then its numbers.

    In numeric items a duration is asked for in minutes, so its key is the bare
    number; the explanation still gives it in hours and minutes.
    """
    draw = Draw(rng, batch=None)
    kind = draw.pick(levels[params.difficulty]) if params.kind == "mixed" else params.kind
    data, value, wrong, steps, score = draws[kind](draw, params.difficulty)
    form = data["form"]
    numeric_minutes = params.format == "numeric" and form == "hm"
    shown = fmt(value, form)
    answer = str(value) if numeric_minutes else shown
    notes = mistake_notes(value, wrong, form)
    return Draft(data, answer, score, value=value, mistakes=wrong,
                 steps=Steps(steps, answer=shown, notes=notes))


def wording(prompts: Mapping[str, Prompt], draft: Draft, params: KindParams,
            rng: np.random.Generator) -> Wording:
    """The prompt of the draft's kind; the options are left to the kit."""
    numeric = params.format == "numeric"
    return Wording(prompts[draft.data["kind"]](draft.data, Draw(rng, batch=None), numeric))

