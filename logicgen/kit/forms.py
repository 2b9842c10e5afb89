"""Answer forms: writing exact values the way an item shows them.

Two kinds of value travel through the generators:

* **unit values** (:func:`fmt`): a number in its form's unit, so that most
  arithmetic is on plain integers (``Fraction`` arithmetic costs microseconds per
  operation): money in cents, percentages in hundredths of a percent, durations
  in minutes, counts as integers; only ``fraction`` and ``ratio`` values are
  :class:`~fractions.Fraction` objects. The forms:

  * ``integer``: ``34,650`` (thousands separators);
  * ``fraction``: lowest terms, ``7/2``, ``−1/3``, or a whole number ``3``;
  * ``money``: dollars with two decimals, ``$1,210.00``, ``−$0.50``;
  * ``percent``: up to two decimals, ``12.5%``; ``signed_percent`` always shows
    the sign, ``+21%``, ``−4%``;
  * ``decimal``: a plain number with up to two decimals, ``2.5``;
  * ``hm``: hours and minutes, ``2 h 24 min``, ``45 min``, ``3 h``;
  * ``ratio``: lowest terms, ``8:15``.

  A value only appears in an item when it is exact in the item's form, so no
  answer is ever rounded; :func:`units` returns ``None`` for one that is not.

* **probabilities** (:func:`value_text`): a :class:`~fractions.Fraction` written
  as a lowest-terms ``fraction``, an exact ``decimal`` or a ``percent``.

>>> fmt(121000, "money"), fmt(Fraction(-1, 3), "fraction"), fmt(144, "hm")
('$1,210.00', '−1/3', '2 h 24 min')
>>> value_text(Fraction(11, 16), "decimal"), value_text(Fraction(11, 16), "percent")
('0.6875', '68.75%')
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

__all__ = [
    "FORMS",
    "FORM_INSTRUCTION",
    "MINUS",
    "NUMBER_WORDS",
    "UNIT",
    "Value",
    "fmt",
    "ftext",
    "number_word",
    "ordinal_word",
    "plain",
    "reduce_text",
    "terminating_places",
    "to_fraction",
    "units",
    "value_text",
]

FORMS = ("integer", "fraction", "money", "percent", "signed_percent", "decimal", "hm", "ratio")
#: How many units make one of the quantity named in the form (cents per dollar, ...).
UNIT = {"integer": 1, "money": 100, "percent": 100, "signed_percent": 100, "decimal": 100,
        "hm": 60}
MINUS = "\u2212"

#: A value in its form's unit: an int for unit forms, a Fraction for fractions and ratios.
Value = int | Fraction

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve")
_ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "eleventh", "twelfth")

FORM_INSTRUCTION = {
    "fraction": "Give the answer as a fraction in lowest terms.",
    "decimal": "Give the answer as an exact decimal.",
    "percent": "Give the answer as a percentage.",
}


def units(num: int, den: int = 1) -> int | None:
    """``num / den`` as a whole number of units, or ``None`` when it is not one."""
    q, r = divmod(num, den)
    return None if r else q


def to_fraction(value: Value, form: str) -> Fraction:
    """The value in the quantity's own terms (dollars, percent, hours, ...)."""
    return Fraction(value, UNIT[form]) if form in UNIT else Fraction(value)


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


def plain(x: Value, places: int = 2) -> str:
    """A number as a candidate writes it in working: ``36``, ``1,250``, ``31.5``, rounded
    to at most ``places`` decimals.

    A negative number takes a true minus sign, as the keys do.

    >>> plain(Fraction(63, 2)), plain(1250), plain(Fraction(1, 3), 4), plain(-23)
    ('31.5', '1,250', '0.3333', '−23')
    """
    x = Fraction(x)
    if x.denominator == 1:
        text = f"{x.numerator:,}"
    else:
        text = f"{float(x):,.{places}f}".rstrip("0").rstrip(".")
    return text.replace("-", "\u2212")


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
    """``x`` written as a ``fraction``, a terminating ``decimal`` or a ``percent``."""
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
    """``three`` for 3 (up to twelve), digits above."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def ordinal_word(n: int) -> str:
    """``third`` for 3 (up to twelfth), ``13th`` above."""
    return _ORDINALS[n] if 0 <= n < len(_ORDINALS) else f"{n}th"
