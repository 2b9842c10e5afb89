"""Helpers shared by the dice, coins, cards, urn and conditional probability families.

* :class:`Draws`: uniform choices read from a buffer refilled from the numpy
  generator it wraps (one numpy call per choice would cost more than the rest
  of a generator).
* :func:`ftext`, :func:`value_text`, :func:`reduce_text`: writing exact values
  as lowest-terms fractions, terminating decimals or percentages, and showing a
  simplification step ("10/36 = 5/18").
* :func:`pick_distractors` and :func:`choice_texts`: turning named wrong
  answers (each a value and the mistake that produces it) into the options of
  one item, all in one form, distinct after normalisation.
* :data:`CONCEPT_WEIGHTS` and :func:`concept_score`: the documented difficulty
  score shared by these families.
* :class:`Spec`: what ``generate`` hands to ``render`` and ``explain``.

The solver (:mod:`logicgen.solve.exact`) shares none of this code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from math import gcd
from typing import TYPE_CHECKING, Any

from logicgen.errors import InvalidParams, describe_value
from logicgen.kit import Draft, Steps, fmt
from logicgen.kit.forms import Value
from logicgen.kit.options import first_mistake
from logicgen.registry import Instance

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "CONCEPT_WEIGHTS",
    "FORM_INSTRUCTION",
    "NUMBER_WORDS",
    "Case",
    "Distractor",
    "Draws",
    "Spec",
    "build_instance",
    "check_bool",
    "choose_form",
    "concept_score",
    "explain_case",
    "finish",
    "ftext",
    "number_word",
    "ordinal_word",
    "pick_distractors",
    "prob_param",
    "reduce_text",
    "terminating_places",
    "value_text",
]

#: A wrong answer and the mistake that produces it.
Distractor = tuple[Fraction, str]

NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_ORDINALS = (
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)

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


class Draws:
    """Uniform random choices from a numpy generator, fetched 32 numbers at a time."""

    __slots__ = ("buffer", "rng")

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.buffer: list[float] = []

    def random(self) -> float:
        if not self.buffer:
            self.buffer = self.rng.random(32).tolist()
        return self.buffer.pop()

    def below(self, k: int) -> int:
        """A uniform integer in ``[0, k)``."""
        return min(int(self.random() * k), k - 1)

    def between(self, low: int, high: int) -> int:
        """A uniform integer in ``[low, high]``."""
        return low + self.below(high - low + 1)

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.below(len(items))]

    def weighted(self, table: Sequence[tuple[Any, float]]) -> Any:
        """One key of ``(key, weight)`` pairs, with probability proportional to its weight."""
        total = sum(w for _, w in table)
        r = self.random() * total
        for key, w in table:
            r -= w
            if r < 0:
                return key
        return table[-1][0]

    def sample(self, items: Sequence[Any], k: int) -> list[Any]:
        """``k`` distinct items in random order."""
        pool = list(items)
        out = []
        for _ in range(k):
            out.append(pool.pop(self.below(len(pool))))
        return out


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


@dataclass
class Spec:
    """Private to a family: the drawn case, the chosen wrong answers and the answer form."""

    case: Case
    wrong: list[Distractor]
    form: str
    wording: dict[str, Any] = field(default_factory=dict)


def ftext(x: Fraction) -> str:
    """A value as a lowest-terms fraction: ``5/36``; whole numbers without a denominator."""
    if x.denominator == 1:
        return str(x.numerator)
    return f"{x.numerator}/{x.denominator}"


def reduce_text(num: int, den: int) -> str:
    """``num/den`` and, when it is not in lowest terms, its simplification.

    >>> reduce_text(10, 36), reduce_text(5, 36), reduce_text(36, 36)
    ('10/36 = 5/18', '5/36', '36/36 = 1')
    """
    g = gcd(num, den)
    if g == 1:
        return f"{num}/{den}" if den != 1 else str(num)
    return f"{num}/{den} = {ftext(Fraction(num, den))}"


def terminating_places(x: Fraction) -> int | None:
    """Decimal places needed to write ``x`` exactly, or ``None`` if it does not terminate."""
    d = x.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    return max(twos, fives) if d == 1 else None


def value_text(x: Fraction, form: str) -> str:
    """``x`` written as a ``fraction``, a terminating ``decimal`` or a ``percent``.

    >>> value_text(Fraction(11, 16), "decimal"), value_text(Fraction(11, 16), "percent")
    ('0.6875', '68.75%')
    """
    if form == "fraction":
        return ftext(x)
    places = terminating_places(x)
    if places is None:
        raise ValueError(f"{x} has no terminating decimal")
    if form == "percent":
        x = x * 100
        places = max(places - 2, 0)
    scaled = x * 10**places
    whole, frac = divmod(int(scaled), 10**places)
    text = str(whole) if places == 0 else f"{whole}.{frac:0{places}d}"
    return text + ("%" if form == "percent" else "")


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def ordinal_word(n: int) -> str:
    return _ORDINALS[n] if 0 <= n < len(_ORDINALS) else f"{n}th"


def pick_distractors(
    value: Fraction, named: Sequence[Distractor], count: int, space: int
) -> list[Distractor]:
    """``count`` wrong answers: the named ones first (in order), then near misses.

    A named distractor is skipped when it equals the answer or an earlier pick,
    or lies outside (0, 1) (an impossible probability would give itself away).
    Named values whose denominator is more than eight times the sample space
    are skipped too. When the named ones run out, the fill-ins are the answer with the favourable
    count off by one, two, ... over the sample-space size ``space`` (a
    miscount), then over twice that size, and so on.
    """
    # Fractions are compared as (numerator, denominator) pairs: hashing a
    # Fraction costs a modular inverse.
    seen = {(value.numerator, value.denominator)}
    out: list[Distractor] = []
    # A denominator far larger than the sample space would stand out as odd.
    too_big = 8 * max(space, value.denominator)
    for x, why in named:
        if len(out) == count:
            return out
        key = (x.numerator, x.denominator)
        if 0 < x.numerator < x.denominator and key not in seen and x.denominator <= too_big:
            seen.add(key)
            out.append((x, why))
    den = max(space, 4)
    while len(out) < count:
        for step in range(1, 2 * den):
            for sign in (1, -1):
                x = value + Fraction(sign * step, den)
                key = (x.numerator, x.denominator)
                if len(out) < count and 0 < x.numerator < x.denominator and key not in seen:
                    seen.add(key)
                    out.append((x, "miscounting the favourable outcomes"))
            if len(out) == count:
                break
        den *= 2
    return out


def choose_form(values: Sequence[Fraction], draws: Draws, share: float = 0.25) -> str:
    """``fraction`` mostly; sometimes ``decimal`` or ``percent`` when every value terminates
    within four decimal places."""
    r = draws.random()
    if r >= share:
        return "fraction"
    for x in values:
        places = terminating_places(x)
        if places is None or places > 4:
            return "fraction"
    return "decimal" if r < share / 2 else "percent"


FORM_INSTRUCTION = {
    "fraction": "Give the answer as a fraction in lowest terms.",
    "decimal": "Give the answer as an exact decimal.",
    "percent": "Give the answer as a percentage.",
}


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
    bad = first_mistake(value, wrong, form)
    notes = [f"Common mistake: {bad.why} gives {fmt(bad.value, form)}."] if bad else []
    return Draft(data, answer, score, value=value, mistakes=wrong,
                 steps=Steps(lines, answer=answer, notes=notes))


def build_instance(
    case: Case,
    experiment: dict[str, Any],
    params: Any,
    draws: Draws,
    extra: dict[str, Any] | None = None,
) -> Instance:
    """Choose the answer form and the wrong options, and write ``data`` for the solver."""
    wrong: list[Distractor] = []
    if params.format == "choice":
        wrong = pick_distractors(case.value, case.wrong, params.n_options - 1, case.space)
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
    return Instance(
        data=data,
        answer=value_text(case.value, form),
        score=concept_score(case.steps, case.concepts),
        spec=Spec(case, wrong, form),
    )


def finish(
    instance: Instance, params: Any, rng: np.random.Generator, body: str
) -> tuple[str, list[str]]:
    """Append the answer-form instruction; shuffle the options with the wording stream."""
    spec: Spec = instance.spec
    prompt = f"{body} {FORM_INSTRUCTION[spec.form]}"
    if params.format == "numeric":
        return prompt, []
    options = [instance.answer] + [value_text(x, spec.form) for x, _ in spec.wrong]
    rng.shuffle(options)
    return prompt, options


def explain_case(instance: Instance) -> str:
    """The worked solution lines, ending with the answer in the asked form."""
    spec: Spec = instance.spec
    lines = list(spec.case.lines)
    if spec.form != "fraction":
        lines.append(
            f"As {'a decimal' if spec.form == 'decimal' else 'a percentage'}: "
            f"{ftext(spec.case.value)} = {instance.answer}."
        )
    return "\n".join(lines)
