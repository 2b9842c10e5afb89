"""Options from named mistakes.

Every wrong option of a numeric family is a :class:`Mistake`: the value a
candidate gets by a named slip ("sharing equally", "forgetting to subtract from
1"), so the explanation can say why a tempting option is wrong. Two ways of
turning mistakes into options are in use, and each is part of what a seed
produces:

* :func:`assemble` (unit values, :mod:`logicgen.kit.forms`): the named mistakes
  first, then near misses of the same kind and size; the key's position is drawn
  uniformly from the wording stream and the wrong options are put in a random
  order around it.
* :func:`pick_distractors` + :func:`shuffle_in` (probabilities): named mistakes
  inside (0, 1), then miscounts of the favourable outcomes; the options, key
  included, are shuffled with the wording stream.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, NamedTuple

from .forms import Value, fmt, terminating_places, value_text

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from .draw import Draw

__all__ = [
    "MIN_MONEY_GAP",
    "POSITIVE_FORMS",
    "Mistake",
    "assemble",
    "choose_form",
    "first_mistake",
    "pick_distractors",
    "shuffle_in",
]

#: Wrong money options closer than this (in cents) to the key are dropped.
MIN_MONEY_GAP = 10
#: Forms whose values must be positive (counts, durations, ratios, plain percentages).
POSITIVE_FORMS = ("integer", "hm", "ratio", "percent", "decimal")


class Mistake(NamedTuple):
    """A wrong value (``None`` when the slip gives no exact value) and the slip behind it."""

    value: Any
    why: str


def _nudges(answer: Value, form: str) -> Iterator[Value]:
    """Plausible near misses of the same kind and size, nearest first."""
    if form == "ratio":
        a, b = answer.numerator, answer.denominator
        for na, nb in ((a + 1, b), (a, b + 1), (b, a), (a + 1, b + 1), (a + 2, b), (a, b + 2),
                       (a + 2, b + 1), (a + 1, b + 2), (2 * a + 1, b), (a, 2 * b + 1)):
            yield Fraction(na, nb)
        return
    if form == "fraction" and Fraction(answer).denominator > 1:
        step: Value = Fraction(1, Fraction(answer).denominator)
    elif form == "money":
        size = abs(int(answer))
        step = 1000 if size >= 20000 else 100 if size >= 1000 else 50 if size >= 200 else 25
    elif form in ("percent", "signed_percent", "decimal"):
        step = 100 if abs(int(answer)) < 2000 else 500
    elif form == "hm":
        step = 10 if int(answer) < 180 else 30
    else:
        step = max(1, abs(int(answer)) // 20)
    for k in range(1, 60):
        yield answer + k * step
        yield answer - k * step


def _usable(value: Value | None, answer: Value, form: str) -> bool:
    """Whether a mistake's value can stand as an option of an item keyed ``answer``."""
    if value is None or value == answer:
        return False
    return not (form in POSITIVE_FORMS and value <= 0)


def assemble(
    rng: np.random.Generator,
    answer: Value,
    wrong: Sequence[tuple[Value | None, str]],
    form: str,
    n_options: int,
) -> tuple[list[str], list[str]]:
    """Options for a choice item: the answer, named mistakes first, near misses after.

    Wrong values that are ``None`` (not exact in the form), equal the answer,
    repeat another option, lie within 10 cents of a money answer, or are not
    positive where the form needs a positive value are skipped. The answer's
    position is drawn uniformly with ``rng`` (the wording stream).

    Returns:
        The option texts in display order, and the reasons behind the wrong options
        that came from named mistakes.
    """
    positive = form in POSITIVE_FORMS
    seen = {answer}
    texts: list[str] = []
    reasons: list[str] = []
    want = n_options - 1
    for value, why in wrong:
        if len(texts) == want:
            break
        if value is None or value in seen or (positive and value <= 0):
            continue
        if form == "money" and abs(int(value) - int(answer)) < MIN_MONEY_GAP:
            continue  # a few cents off reads as a rounding slip, not a different method
        seen.add(value)
        texts.append(fmt(value, form))
        reasons.append(why)
    if len(texts) < want:
        for value in _nudges(answer, form):
            if value in seen or (positive and value <= 0):
                continue
            seen.add(value)
            texts.append(fmt(value, form))
            if len(texts) == want:
                break
    if len(texts) < want:  # pragma: no cover - the nudges are plentiful
        raise ValueError("not enough distinct options")
    where = int(rng.random() * n_options)
    order = rng.permutation(want).tolist()
    options = [texts[i] for i in order]
    options.insert(where, fmt(answer, form))
    return options, reasons


def first_mistake(answer: Value, wrong: Sequence[tuple[Value | None, str]],
                  form: str) -> Mistake | None:
    """The first named mistake that gives a usable value (for the explanation)."""
    for bad, why in wrong:
        if _usable(bad, answer, form):
            return Mistake(bad, why)
    return None


def pick_distractors(
    value: Fraction, named: Sequence[tuple[Fraction, str]], count: int, space: int
) -> list[tuple[Fraction, str]]:
    """``count`` wrong probabilities: the named ones first (in order), then near misses.

    A named distractor is skipped when it equals the answer or an earlier pick,
    or lies outside (0, 1) (an impossible probability would give itself away).
    Named values whose denominator is more than eight times the sample space are
    skipped too. When the named ones run out, the fill-ins are the answer with
    the favourable count off by one, two, ... over the sample-space size
    ``space`` (a miscount), then over twice that size, and so on.
    """
    # Fractions are compared as (numerator, denominator) pairs: hashing a
    # Fraction costs a modular inverse.
    seen = {(value.numerator, value.denominator)}
    out: list[tuple[Fraction, str]] = []
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


def choose_form(values: Sequence[Fraction], draws: Draw, share: float = 0.25) -> str:
    """``fraction`` mostly; sometimes ``decimal`` or ``percent`` when every value
    terminates within four decimal places."""
    r = draws.random()
    if r >= share:
        return "fraction"
    for x in values:
        places = terminating_places(x)
        if places is None or places > 4:
            return "fraction"
    return "decimal" if r < share / 2 else "percent"


def shuffle_in(rng: np.random.Generator, answer: str, wrong: Sequence[Fraction],
               form: str) -> list[str]:
    """The key and the wrong probabilities written in ``form``, shuffled with ``rng``."""
    options = [answer] + [value_text(x, form) for x in wrong]
    rng.shuffle(options)
    return options
