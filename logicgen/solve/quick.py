"""Second route for ``quant.arithmetic``: quick arithmetic and comparison.

The solver reads only an item's ``data`` and options and works each question
its own way:

* a percentage of an amount is counted in hundredths of the amount;
* "of what number is it p%?" tries the forward question on two whole numbers and
  solves the straight line through them;
* an equation ``a·x + b = c·x + d`` (or ``a·(x − b) = c·x + d``) is evaluated at
  ``x = 0`` and ``x = 1`` on both sides, and the root of the difference of the two
  lines is taken;
* fractions are added, subtracted, multiplied or divided as numerator and
  denominator pairs over a common denominator, reduced by their gcd at the end;
* a comparison reads every option as an exact number (``3/7``, ``0.42``,
  ``41%``) and returns every option that is the largest (or the smallest), so a
  tie gives two answers and the item is rejected.

For options, every option text equal in value to the derived answer is
returned; for free-response items, the answer as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from fractions import Fraction
from math import gcd
from typing import Any

from logicgen.answers import parse_number

__all__ = ["quick_value", "read_exact", "solve_quick"]

_EXACT = re.compile(r"^\s*(\d+)(?:\.(\d+))?\s*(%?)\s*$|^\s*(\d+)\s*/\s*(\d+)\s*$")


def read_exact(text: str) -> Fraction | None:
    """An option of a comparison as an exact value: ``3/7``, ``0.42``, ``41%``, ``12.5%``."""
    m = _EXACT.match(text)
    if not m:
        return None
    if m.group(4) is not None:
        den = int(m.group(5))
        return Fraction(int(m.group(4)), den) if den else None
    whole, dec, pct = m.group(1), m.group(2) or "", m.group(3)
    value = Fraction(int(whole + dec), 10 ** len(dec))
    return value / 100 if pct else value


def _percent_of(percent: Fraction, whole: int) -> Fraction:
    # hundredths of the amount, taken ``percent`` times
    hundredth = Fraction(whole, 100)
    return hundredth * percent


def _line_root(f: Any) -> Fraction:
    """The x where the straight line ``f`` is zero, from its values at 0 and 1."""
    y0, y1 = f(Fraction(0)), f(Fraction(1))
    slope = y1 - y0
    if slope == 0:
        raise ValueError("the equation has no single solution")
    return -y0 / slope


def _fraction(op: str, a: tuple[int, int], b: tuple[int, int]) -> Fraction:
    (p, q), (r, s) = a, b
    if op == "+":
        num, den = p * s + r * q, q * s
    elif op == "-":
        num, den = p * s - r * q, q * s
    elif op == "×":
        num, den = p * r, q * s
    elif op == "÷":
        num, den = p * s, q * r
    else:
        raise ValueError(f"unknown operation {op!r}")
    g = gcd(num, den)
    return Fraction(num // g, den // g)


def _pair(text: str) -> tuple[int, int]:
    num, _, den = str(text).partition("/")
    return int(num), int(den or 1)


def quick_value(data: Mapping[str, Any]) -> Fraction:
    """The exact answer of a ``quant.arithmetic`` item that asks for a number."""
    kind = data["kind"]
    if kind == "percent_of":
        return _percent_of(Fraction(str(data["percent"])), int(data["whole"]))
    if kind == "percent_whole":
        percent, part = Fraction(str(data["percent"])), Fraction(str(data["part"]))
        return _line_root(lambda x: _percent_of(percent, 1) * x - part)
    if kind == "equation":
        a, b, c, d = (Fraction(int(v)) for v in (data["a"], data["b"], data["c"], data["d"]))
        if data["shape"] == "bracket":
            return _line_root(lambda x: a * (x - b) - (c * x + d))
        return _line_root(lambda x: (a * x + b) - (c * x + d))
    if kind == "fraction":
        return _fraction(data["op"], _pair(data["left"]), _pair(data["right"]))
    raise ValueError(f"unknown kind {kind!r}")


def _extremes(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    values = [read_exact(c) for c in choices]
    if any(v is None for v in values):
        raise ValueError("an option is not a fraction, decimal or percentage")
    best = max(values) if data["ask"] == "largest" else min(values)  # type: ignore[type-var]
    return [c for c, v in zip(choices, values) if v == best]


def solve_quick(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``quant.arithmetic`` items."""
    if data["kind"] == "compare":
        return _extremes(data, choices)
    value = quick_value(data)
    if not choices:
        return [str(value)]
    return [c for c in choices if parse_number(c) == value]


# -- effort: the working an item needs ------------------------------------------------------


def _percent_effort(percent: Fraction) -> float:
    # 50%, 10%, 20%, 25%, 75% ... are one known fraction; other multiples of 5% a
    # tenth and a half-tenth put together; anything finer (12.5%) one step more
    whole = percent % 100
    if whole % 25 == 0 or whole % 10 == 0:
        steps = 1.0
    elif whole % 5 == 0:
        steps = 2.0
    else:
        steps = 2.5
    return steps + (0.5 if percent > 100 else 0.0)


def _digits_effort(*values: int) -> float:
    # a quarter step per digit beyond one of the longest number, at most 1
    return min(1.0, 0.25 * max(len(str(abs(int(v)))) - 1 for v in values))


def effort(data: Mapping[str, Any]) -> float:
    """The working a ``quant.arithmetic`` item needs by hand, in steps (its score).

    * a comparison: 3 (five options read in one form and ordered; the options are
      not part of ``data``, so every comparison costs the same);
    * a percentage of an amount: 1 for a known fraction (a multiple of 10% or
      25%), 2 for another multiple of 5% (a tenth and a half-tenth), 2.5 for a
      finer one, half a step more over 100%; plus a quarter step per digit of the
      amount beyond one (at most 1);
    * "of what number is it p%": the same for ``p`` plus 2 (reversing it);
    * an equation: 2 (take the constant across, divide), 1 more when ``x`` is on
      both sides, 1 more for a bracket to expand, half a step for a negative
      number, a quarter per digit beyond one of the longest number (at most 1);
    * fractions: 1.5 to add, take away or multiply (the two fractions read and
      combined), plus 2 when added or taken away over different denominators (the
      common one, the numerators converted); 2.5 to divide (invert, multiply);
      plus 1 when the result must be reduced.

    >>> effort({"kind": "equation", "shape": "plain", "a": 7, "b": -13, "c": 3, "d": 47})
    3.75

    (x on both sides, 3; the negative −13, 0.5; the longest number, 47, has one
    digit beyond one, 0.25.)
    """
    kind = data["kind"]
    if kind == "compare":
        return 3.0
    if kind == "percent_of":
        return (_percent_effort(Fraction(str(data["percent"])))
                + _digits_effort(int(data["whole"])))
    if kind == "percent_whole":
        return 2.0 + _percent_effort(Fraction(str(data["percent"])))
    if kind == "equation":
        a, b, c, d = (int(data[k]) for k in ("a", "b", "c", "d"))
        steps = 2.0 + (1.0 if c else 0.0) + (1.0 if data.get("shape") == "bracket" else 0.0)
        steps += 0.5 if min(a, b, c, d) < 0 else 0.0
        return steps + _digits_effort(a, b, c, d)
    if kind == "fraction":
        op = data["op"]
        (p, q), (r, s) = _pair(data["left"]), _pair(data["right"])
        if op in ("+", "-"):
            steps = 1.5 + (2.0 if q != s else 0.0)
            num, den = (p * s + r * q, q * s) if op == "+" else (p * s - r * q, q * s)
            if q == s:
                num, den = (p + r if op == "+" else p - r), q
        elif op == "×":
            steps, num, den = 1.5, p * r, q * s
        else:
            steps, num, den = 2.5, p * s, q * r
        return steps + (1.0 if gcd(num, den) > 1 else 0.0)
    raise ValueError(f"unknown kind {kind!r}")
