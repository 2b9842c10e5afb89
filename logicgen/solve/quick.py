"""Second route for ``quant.arithmetic``: quick arithmetic and comparison.

The solver reads only an item's ``data`` and options and works each question
its own way:

* a percentage of an amount is counted in hundredths of the amount (an amount
  increased by p% is 100 + p hundredths of it, decreased 100 − p);
* "of what number is it p%?" tries the forward question on two whole numbers and
  solves the straight line through them (and takes q% of that number when the
  item asks for it);
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
        percent, whole = Fraction(str(data["percent"])), int(data["whole"])
        change = data.get("change", "of")
        if change == "of":
            return _percent_of(percent, whole)
        # an increase (decrease) by p% leaves 100 + p (100 − p) hundredths of the amount
        if change not in ("up", "down"):
            raise ValueError(f"unknown percentage change {change!r}")
        return _percent_of(100 + percent if change == "up" else 100 - percent, whole)
    if kind == "percent_whole":
        percent, part = Fraction(str(data["percent"])), Fraction(str(data["part"]))
        whole = _line_root(lambda x: _percent_of(percent, 1) * x - part)
        then = data.get("then")  # "... what is q% of the number?"
        return whole if then is None else whole * Fraction(str(then)) / 100
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
      amount beyond one (at most 1); 1 more for an amount increased or decreased
      by the percentage (the part added or taken away);
    * "of what number is it p%": the same for ``p`` plus 2 (reversing it), and 1
      more when a second percentage of that number is asked;
    * an equation: 2 (take the constant across, divide), 1 more when ``x`` is on
      both sides, 1 more for a bracket to expand, half a step for a negative
      number shown, a quarter per digit beyond one of the longest number (at most 1);
    * fractions: 1.5 to add, take away or multiply (the two fractions read and
      combined), plus 2 when added or taken away over different denominators (the
      lowest common one found, both numerators converted), 1 when one denominator
      divides the other (one fraction converted); 2.5 to divide (invert, multiply);
      plus 1 when the result must be reduced (over the lowest common denominator); a fraction of an amount 1.5 and a
      quarter per digit of the amount beyond one;
    * an average: a missing number 1.5 and a quarter per number given, one taken
      away 2.5 (two totals and their difference), plus the digits of the total;
    * an expression: 1, half a step per operation and per square, 1 per bracket,
      plus the digits of its longest number.

    >>> effort({"kind": "equation", "shape": "plain", "a": 7, "b": -13, "c": 3, "d": 47})
    3.75

    (x on both sides, 3; the negative −13, 0.5; the longest number, 47, has one
    digit beyond one, 0.25.)
    """
    kind = data["kind"]
    if kind == "compare":
        return 3.0
    if kind == "average":
        if data.get("shape") == "removed":  # two totals, then their difference
            return 2.5 + _digits_effort(int(data["count"]) * int(data["mean"]))
        known = [int(x) for x in data["known"]]  # the total, less the numbers given
        return 1.5 + 0.25 * len(known) + _digits_effort(int(data["count"]) * int(data["mean"]))
    if kind == "operations":
        text = str(data["expression"])
        ops = sum(text.count(c) for c in "+\u2212×÷")
        return (1.0 + 0.5 * ops + 1.0 * text.count("(") + 0.5 * text.count("²")
                + _digits_effort(*(int(t) for t in text.replace("(", " ").replace(")", " ")
                                   .replace("²", " ").split() if t.isdigit())))
    if kind == "percent_of":  # an increase or decrease adds (takes away) the part: 1 more
        return (_percent_effort(Fraction(str(data["percent"])))
                + _digits_effort(int(data["whole"]))
                + (1.0 if data.get("change", "of") != "of" else 0.0))
    if kind == "percent_whole":
        # a second percentage of the whole found ("what is 20% of it?"): 1 more
        return (2.0 + _percent_effort(Fraction(str(data["percent"])))
                + (1.0 if data.get("then") is not None else 0.0))
    if kind == "equation":
        a, b, c, d = (int(data[k]) for k in ("a", "b", "c", "d"))
        steps = 2.0 + (1.0 if c else 0.0) + (1.0 if data.get("shape") == "bracket" else 0.0)
        # a negative number shown (in a bracket a(x − b) the b is taken away, and
        # a(x + 3) is stored as b = −3: neither is a negative number to handle)
        shown = (a, c, d) if data.get("shape") == "bracket" else (a, b, c, d)
        steps += 0.5 if min(shown) < 0 else 0.0
        return steps + _digits_effort(a, b, c, d)
    if kind == "fraction" and data["op"] == "of":  # N ÷ b × a
        return 1.5 + _digits_effort(int(data["right"]))
    if kind == "fraction":
        op = data["op"]
        (p, q), (r, s) = _pair(data["left"]), _pair(data["right"])
        if op in ("+", "-"):
            # over the lowest common denominator, as worked by hand: converting one
            # fraction when one denominator divides the other, both otherwise
            den = q * s // gcd(q, s)
            steps = 1.5 + (0.0 if q == s else 1.0 if den in (q, s) else 2.0)
            num = p * (den // q) + (r if op == "+" else -r) * (den // s)
        elif op == "×":
            steps, num, den = 1.5, p * r, q * s
        else:
            steps, num, den = 2.5, p * s, q * r
        return steps + (1.0 if gcd(num, den) > 1 else 0.0)
    raise ValueError(f"unknown kind {kind!r}")
