"""What the probability families share beyond the kit.

* :class:`Case`: one drawn question of the dice, coins, cards, urn and
  conditional families before wording, and :func:`case_draft`, which chooses its
  answer form and wrong options (:func:`~logicgen.kit.pick_distractors`,
  :func:`~logicgen.kit.choose_form`) and writes ``data`` for the solver;
  :func:`options`, :func:`question` and :func:`wording` finish such an item: the
  options are the key and the wrong values shuffled with the wording stream, the
  prompt asks for the event's probability (:func:`question`) and ends with the
  answer-form instruction.
* :func:`numeric_draft`: the draft of a family whose key is a count or an
  amount (counting, expectation), whose options and explanation the kit builds.
* :data:`CONCEPT_WEIGHTS` and :func:`concept_score`: the documented difficulty
  score shared by these families.
* :func:`replacement_slip` and :func:`draw_concepts`: the mistake and the concept of
  drawing with or without replacement (cards and urns).
* :func:`prob_param` and :func:`check_bool`: reading parameters.

The solver (:mod:`logicgen.solve.exact`) shares none of this code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from logicgen.errors import InvalidParams, describe_value
from logicgen.kit import (
    Draft,
    Draw,
    Steps,
    Wording,
    choose_form,
    fmt,
    ftext,
    pick_distractors,
    shuffle_in,
    value_text,
)
from logicgen.kit.forms import FORM_INSTRUCTION, Value
from logicgen.kit.options import mistake_notes

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from logicgen.registry import BaseParams

__all__ = [
    "CONCEPT_WEIGHTS",
    "Case",
    "Distractor",
    "Drawn",
    "Wrong",
    "case_draft",
    "check_bool",
    "concept_score",
    "draw_concepts",
    "numeric_draft",
    "options",
    "prob_param",
    "question",
    "replacement_slip",
    "wording",
]

#: A wrong answer and the mistake that produces it.
Distractor = tuple[Fraction, str]

#: Weight of each concept an item needs; ``score = steps + sum(weights)``.
CONCEPT_WEIGHTS: dict[str, float] = {
    "order": 0.5,  # counting ordered outcomes or a fixed order of draws
    "biased": 0.5,  # unequal probabilities of the basic outcomes
    "nonstandard": 0.5,  # dice other than six-sided
    "union": 1.0,  # adding the probabilities of disjoint cases
    "inclusion_exclusion": 1.0,
    "complement": 1.0,  # 1 - P(not A)
    "binomial": 1.0,  # choosing which trials succeed
    "without_replacement": 1.0,
    "recurrence": 1.5,  # counting sequences without a run
    "conditioning": 1.5,  # restricting the sample space
    "bayes": 2.0,  # reversing a conditional through base rates
}


def concept_score(steps: int, concepts: Sequence[str]) -> float:
    """Difficulty score: arithmetic steps plus the weights of the concepts used.

    >>> concept_score(2, ["complement", "without_replacement"])
    4.0
    """
    return float(steps) + sum(CONCEPT_WEIGHTS[c] for c in concepts)


@dataclass
class Case:
    """One drawn question before wording: the event, its exact value and how to explain it.

    Attributes:
        event, given: the event trees written into ``data`` (``given`` for conditionals).
        value: the exact probability, from the family's closed form.
        wrong: named wrong answers, most plausible first.
        concepts, steps: feed :func:`concept_score`.
        phrase, given_phrase: the event (and condition) in words.
        lines: the worked solution, one step a line.
        space: size of the sample space (for near-miss fill-in distractors).
        wording: facts drawn with the question that only its wording needs.
    """

    event: dict[str, Any]
    value: Fraction
    wrong: list[Distractor]
    concepts: list[str]
    steps: int
    phrase: str
    lines: list[str]
    space: int
    given: dict[str, Any] | None = None
    given_phrase: str = ""
    wording: dict[str, Any] | None = None


def replacement_slip(rep: bool) -> str:
    """The named mistake of drawing the other way: without replacement for with, and back."""
    return "drawing without replacement" if rep else "drawing with replacement"


def draw_concepts(rep: bool, *names: str) -> list[str]:
    """``names``, and ``without_replacement`` when the draws are not put back."""
    return [*names] + ([] if rep else ["without_replacement"])


def prob_param(name: str, value: object) -> Fraction | None:
    """Read a probability parameter given as a number or text such as ``"2/3"``.

    It must lie strictly between 0 and 1 and have a denominator of at most 100.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidParams(
            f"{name} must be a probability strictly between 0 and 1 (got {describe_value(value)})"
        )
    try:
        if isinstance(value, float):
            x = Fraction(repr(value))
        elif isinstance(value, (int, str, Fraction)):
            x = Fraction(value)
        else:
            raise TypeError
    except (TypeError, ValueError, ZeroDivisionError):
        raise InvalidParams(
            f'{name} must be a probability such as 0.5 or "2/3" (got {describe_value(value)})'
        ) from None
    if not 0 < x < 1:
        raise InvalidParams(
            f"{name} must be a probability strictly between 0 and 1 (got {describe_value(value)})"
        )
    if x.denominator > 100:
        raise InvalidParams(
            f"{name} must be a fraction with a denominator of at most 100 "
            f"(got {describe_value(value)})"
        )
    return x


def check_bool(name: str, value: object) -> None:
    """Raise :class:`InvalidParams` unless ``value`` is ``None``, ``True`` or ``False``."""
    if value is not None and not isinstance(value, bool):
        raise InvalidParams(f"{name} must be true or false (got {describe_value(value)})")


#: A wrong value (``None`` when the slip gives no exact value) and the slip behind it.
Wrong = tuple[Value | None, str]
#: What one kind's function returns: data, the key, named mistakes, worked steps, score.
Drawn = tuple[dict[str, Any], Value, list[Wrong], list[str], float]


def numeric_draft(data: dict[str, Any], value: Value, wrong: list[Wrong], lines: list[str],
                  score: float) -> Draft:
    """The draft of a family whose key is a count or an amount in ``data["form"]``
    (:mod:`logicgen.kit.forms`): the kit builds its options from the named
    mistakes, and its explanation ends with the answer and the first usable one."""
    form = data["form"]
    answer = fmt(value, form)
    notes = mistake_notes(value, wrong, form)
    return Draft(data, answer, score, value=value, mistakes=wrong,
                 steps=Steps(lines, answer=answer, notes=notes))


def case_draft(
    case: Case,
    experiment: dict[str, Any],
    params: BaseParams,
    draws: Draw,
    extra: dict[str, Any] | None = None,
) -> Draft:
    """Choose the answer form and the wrong options, and write ``data`` for the solver.

    The explanation is the case's lines, then the key in the asked form when
    that is not a fraction.
    """
    wrong: list[Distractor] = []
    if params.format == "choice":
        # The key's value rank is drawn here, with the distractors (the answer form
        # depends on them), so from the logic stream; the wording stream shuffles.
        rank = draws.below(params.n_options)
        wrong = pick_distractors(case.value, case.wrong, params.n_options - 1, case.space, rank)
    form = choose_form([case.value] + [x for x, _ in wrong], draws)
    data: dict[str, Any] = {
        "experiment": experiment,
        "event": case.event,
        "given": case.given,
        "form": form,
        "concepts": sorted(case.concepts),
    }
    if extra:
        data.update(extra)
    answer = value_text(case.value, form)
    lines = list(case.lines)
    if form != "fraction":
        lines.append(
            f"As {'a decimal' if form == 'decimal' else 'a percentage'}: "
            f"{ftext(case.value)} = {answer}."
        )
    return Draft(data, answer, concept_score(case.steps, case.concepts), spec=case,
                 value=case.value, mistakes=wrong, steps=Steps(lines, numbered=False))


def question(case: Case) -> str:
    """What is asked: the probability of the case's event, after its condition if any."""
    if case.given is None:
        return f"What is the probability that {case.phrase}?"
    return (f"You are told that {case.given_phrase}. Given this, what is the probability "
            f"that {case.phrase}?")


def wording(draft: Draft, scene: str, *, ask: bool = True) -> Wording:
    """The prompt: the scene, the :func:`question` (unless the scene already asks
    its own, ``ask=False``), then the answer-form instruction."""
    body = f"{scene} {question(draft.spec)}" if ask else scene
    return Wording(f"{body} {FORM_INSTRUCTION[draft.data['form']]}")


def options(draft: Draft, params: BaseParams, rng: np.random.Generator) -> list[str]:
    """The key and the wrong values in the answer form, shuffled with the wording stream."""
    return shuffle_in(rng, draft.answer, [x for x, _ in draft.mistakes], draft.data["form"])
