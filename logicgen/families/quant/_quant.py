"""Helpers shared by ``quant.rates``, ``quant.percent``, ``quant.ratio``,
``probability.expectation`` and ``probability.counting``: cheap draws, writing
exact values in one answer form, and assembling options from named mistakes.

Answer forms (``data["form"]`` in every item of these families):

* ``integer``: ``34,650`` (thousands separators);
* ``fraction``: lowest terms, ``7/2``, ``−1/3``, or a whole number ``3``;
* ``money``: dollars with two decimals, ``$1,210.00``, ``−$0.50``;
* ``percent``: up to two decimals, ``12.5%``; ``signed_percent`` always shows
  the sign, ``+21%``, ``−4%``;
* ``decimal``: a plain number with up to two decimals, ``2.5`` (percentage points);
* ``hm``: hours and minutes, ``2 h 24 min``, ``45 min``, ``3 h``;
* ``ratio``: lowest terms, ``8:15``.

Values travel through the generators in the form's *unit* so that most of the
arithmetic is on plain integers (``Fraction`` arithmetic costs microseconds per
operation): money in cents, percentages in hundredths of a percent, durations in
minutes, counts as integers. Only ``fraction`` and ``ratio`` values are
:class:`~fractions.Fraction` objects. A value only appears in an item when it is
exact in the item's form (whole cents, whole minutes, at most two decimals of a
percent), so no answer is ever rounded; :func:`units` returns ``None`` for a
value that is not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "FORMS",
    "UNIT",
    "Value",
    "Wrong",
    "assemble",
    "fmt",
    "pick",
    "pick_distinct",
    "randint",
    "to_fraction",
    "units",
    "worked",
]

FORMS = ("integer", "fraction", "money", "percent", "signed_percent", "decimal", "hm", "ratio")
#: How many units make one of the quantity named in the form (cents per dollar, ...).
UNIT = {"integer": 1, "money": 100, "percent": 100, "signed_percent": 100, "decimal": 100,
        "hm": 60}
MINUS = "\u2212"
#: Wrong money options closer than this (in cents) to the key are dropped.
MIN_MONEY_GAP = 10

#: A value in its form's unit: an int for unit forms, a Fraction for fractions and ratios.
Value = int | Fraction
#: A wrong value (``None`` when the mistake does not give an exact value) and its reason.
Wrong = tuple[Value | None, str]
#: what one kind-drawing function returns: data, answer, named mistakes, worked steps, score
Draw = tuple[dict[str, Any], Value, list[Wrong], list[str], float]


# -- drawing -------------------------------------------------------------------------------
# ``rng.random()`` costs about a quarter of ``rng.integers()`` per call, and these
# families draw a dozen small numbers per item, so small uniform picks go through it.


def randint(rng: np.random.Generator, low: int, high: int) -> int:
    """A uniform integer in ``[low, high]`` (both ends included)."""
    return low + int(rng.random() * (high - low + 1))


def pick(rng: np.random.Generator, items: Sequence[Any]) -> Any:
    """A uniformly drawn element of ``items``."""
    return items[int(rng.random() * len(items))]


def pick_distinct(rng: np.random.Generator, items: Sequence[Any], k: int) -> list[Any]:
    """``k`` different elements of ``items`` (``rng.choice(..., replace=False)`` is far slower)."""
    chosen: list[int] = []
    while len(chosen) < k:
        i = int(rng.random() * len(items))
        if i not in chosen:
            chosen.append(i)
    return [items[i] for i in chosen]


# -- exact values ----------------------------------------------------------------------------


def units(num: int, den: int = 1) -> int | None:
    """``num / den`` as a whole number of units, or ``None`` when it is not one."""
    q, r = divmod(num, den)
    return None if r else q


def to_fraction(value: Value, form: str) -> Fraction:
    """The value in the quantity's own terms (dollars, percent, hours, ...)."""
    return Fraction(value, UNIT[form]) if form in UNIT else Fraction(value)


# -- formatting ----------------------------------------------------------------------------


def _grouped(n: int) -> str:
    return f"{n:,}" if n >= 1000 else str(n)


def fmt(value: Value, form: str) -> str:
    """``value`` (in the form's unit) written in answer form ``form``."""
    sign = MINUS if value < 0 else ""
    if form == "money":
        cents = abs(int(value))
        return f"{sign}${_grouped(cents // 100)}.{cents % 100:02d}"
    if form in ("integer", "fraction"):
        v = Fraction(value)
        if v.denominator == 1:
            return sign + _grouped(abs(v.numerator))
        return f"{sign}{abs(v.numerator)}/{v.denominator}"
    if form in ("percent", "signed_percent", "decimal"):
        whole, rest = divmod(abs(int(value)), 100)
        if form == "signed_percent" and value > 0:
            sign = "+"
        text = sign + _grouped(whole)
        if rest:
            text += "." + f"{rest:02d}".rstrip("0")
        return text if form == "decimal" else text + "%"
    if form == "hm":
        h, m = divmod(int(value), 60)
        if h and m:
            return f"{h} h {m} min"
        return f"{h} h" if h else f"{m} min"
    if form == "ratio":
        v = Fraction(value)
        return f"{v.numerator}:{v.denominator}"
    raise ValueError(f"unknown answer form {form!r}")


# -- options -------------------------------------------------------------------------------


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


def assemble(
    rng: np.random.Generator,
    answer: Value,
    wrong: Sequence[Wrong],
    form: str,
    n_options: int,
) -> tuple[list[str], list[str]]:
    """Options for a choice item: the answer, named mistakes first, near misses after.

    Wrong values that are ``None`` (not exact in the form), equal the answer,
    repeat another option, lie within 10 cents of a money answer, or are not
    positive where the form needs a positive value (counts, durations, ratios,
    plain percentages) are skipped. The
    answer's position is drawn uniformly with ``rng`` (the wording stream).

    Returns:
        The option texts in display order, and the reasons behind the wrong options
        that came from named mistakes.
    """
    positive = form in ("integer", "hm", "ratio", "percent", "decimal")
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


def worked(steps: Sequence[str], answer: str, value: Value, wrong: Sequence[Wrong],
           form: str) -> str:
    """Numbered steps, the answer, and the first named mistake with the value it gives."""
    lines = [f"{i}. {step}" for i, step in enumerate(steps, 1)]
    lines.append(f"Answer: {answer}.")
    positive = form in ("integer", "hm", "ratio", "percent", "decimal")
    for bad, why in wrong:
        if bad is not None and bad != value and not (positive and bad <= 0):
            lines.append(f"Common mistake: {why} gives {fmt(bad, form)}.")
            break
    return "\n".join(lines)
