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
* an average's missing number solves the straight line of the average in the
  unknown (the same for a number taken away, through the rest's average);
* an expression is parsed and evaluated by the usual precedence (brackets,
  squares, × and ÷, then + and −) with a shunting-yard pass and a stack;
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

__all__ = ["evaluate", "quick_value", "read_exact", "solve_quick"]

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
    elif op in ("×", "of"):  # a fraction of an amount is a product
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
    if kind == "average":
        n, mean = int(data["count"]), Fraction(int(data["mean"]))
        if data["shape"] == "removed":
            rest = Fraction(int(data["rest_mean"]))
            # the rest's average as a line in the removed number x: (n·mean − x)/(n − 1)
            return _line_root(lambda x: (n * mean - x) / (n - 1) - rest)
        known = [Fraction(int(v)) for v in data["known"]]
        return _line_root(lambda x: (sum(known) + x) / (len(known) + 1) - mean)
    if kind == "operations":
        return evaluate(str(data["expression"]))
    raise ValueError(f"unknown kind {kind!r}")


_TOKEN = re.compile(r"\s*(\d+|[-+×÷()²\u2212])")
_PRECEDENCE = {"+": 1, "-": 1, "×": 2, "÷": 2}


def evaluate(text: str) -> Fraction:
    """The exact value of an arithmetic expression with ``+ − × ÷``, brackets and ``²``,
    by the usual precedence (shunting-yard to postfix, then a stack).

    >>> evaluate("48 ÷ 6 + 3 × 7"), evaluate("(9 − 4)² + 3"), evaluate("2 × (10 − 4) ÷ 3")
    (Fraction(29, 1), Fraction(28, 1), Fraction(4, 1))
    """
    tokens: list[str] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot read the expression {text!r}")
        tokens.append(m.group(1).replace("\u2212", "-"))
        pos = m.end()
    postfix: list[str] = []
    ops: list[str] = []
    for tok in tokens:
        if tok.isdigit() or tok == "²":
            postfix.append(tok)  # a square binds to what precedes it
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                postfix.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and _PRECEDENCE[ops[-1]] >= _PRECEDENCE[tok]:
                postfix.append(ops.pop())
            ops.append(tok)
    postfix.extend(reversed(ops))
    stack: list[Fraction] = []
    for tok in postfix:
        if tok == "²":  # (str.isdigit is true for "²" too)
            stack.append(stack.pop() ** 2)
        elif tok.isdigit():
            stack.append(Fraction(int(tok)))
        else:
            y, x = stack.pop(), stack.pop()
            if tok == "÷" and y == 0:
                raise ValueError("division by zero")
            stack.append({"+": x + y, "-": x - y, "×": x * y, "÷": x / y if y else x}[tok])
    if len(stack) != 1:
        raise ValueError(f"cannot read the expression {text!r}")
    return stack[0]


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
