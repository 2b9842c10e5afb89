"""Quick arithmetic: percentages of amounts, comparing fractions, decimals and
percentages, one-line equations and fraction sums — the no-calculator items of a
short timed test.

Kinds (``data["kind"]``):

* ``percent_of``: "What is 15% of 240?", or the amount increased or decreased by
  the percentage, "What is 240 increased by 15%?" (``data["change"]`` ``of``, ``up``
  or ``down``);
* ``percent_whole`` (hard): "42 is 35% of what number?", or from there another
  percentage of that number, "35% of a number is 42. What is 20% of the number?"
  (``data["then"]``);
* ``compare``: "Which of these is the largest?" over fractions, decimals and
  percentages (choice items only; the options are the values themselves);
* ``equation``: "If 3x + 7 = 22, what is x?", then ``5x − 4 = 2x + 11`` and
  ``4(x − 3) = 2x + 6``;
* ``fraction``: ``2/3 + 1/4``, ``3/4 − 2/5``, ``2/3 × 9/10``, ``3/4 ÷ 9/8``, and at
  easy and medium a fraction of an amount, "What is 3/8 of 64?";
* ``average``: "The average of five numbers is 14. Four of them are 12, 9, 17 and
  20. What is the other number?", and (medium, hard) the number taken away when
  the average of the rest is given;
* ``operations``: the order of operations, "What is 48 ÷ 6 + 3 × 7?", with
  brackets at medium and squares at hard.

Difficulty comes from the reasoning, not the length: ``easy`` uses friendly
percentages (1, 5, 10, 20, 25, 50, 75%, and tens) of amounts up to 50,000 (an
increase or decrease only by a percentage in tens or a known fraction),
values at least 5 points apart, one-step equations, fractions over one
denominator or where one divides the other (denominators up to 24), averages of
three to five numbers, and one × or ÷ before a + or −; ``medium`` percentages
built from two friendly parts (15% = 10% + 5%, 2.5%, 125%) and tens (30%, 110%),
values 1–3 points apart, unknowns on both sides, unlike denominators up to 20 with a common
denominator up to 60, averages of four to six numbers, and brackets; ``hard``
eighths and percentages over 100, working back from a part to the whole, values
less than a point apart written in three different forms, brackets in equations
(``a(x − b)`` and ``a(x + b)``), multiplying or dividing fractions (denominators
up to 20), averages of up to eight numbers, and squares. Percentages are drawn
as (percentage, amount) pairs, every pair of the level's table equally likely,
so the amounts vary as much as the percentages; fraction items likewise draw
every question of the level equally often. The kinds are drawn with the weights of :data:`WEIGHTS`: a kind
with fewer different questions (fractions) is asked less often, so that a
thousand items of a level repeat hardly any question.

``score`` is the solver's measured effort, :func:`logicgen.solve.quick.effort`:
a percentage as a known fraction 1, other multiples of 5% 2, finer ones 2.5, and a
quarter step per digit of the amount beyond one, 1 more to add or take the part
away; reversing a percentage 2 more, and 1 for a second percentage of the whole;
an equation 2, plus 1 with ``x`` on both sides, 1 for a bracket, half for a
negative number; fractions 1.5 (2.5 to divide) plus 2 for different
denominators (1 when one divides the other) and 1 for a result to reduce; a comparison 3 (its options are not
in ``data``, so every comparison costs the same). Each level keeps the items
within its band (:data:`BANDS`): at hard a product of fractions that needs no
reducing (1.5 steps) is redrawn.

Wrong options are named slips: moving the decimal point, adding the percentage
on, giving the increase or decrease alone, taking the part for the whole, adding instead of subtracting across the equals
sign, forgetting to divide, adding numerators and denominators, dividing
without turning the second fraction over, dividing by the fraction of an amount,
giving the average itself or multiplying it by one number too few, working an
expression from left to right or ignoring its brackets.

>>> import logicgen
>>> item = logicgen.generate("quant.arithmetic", count=1, seed=1)[0]
>>> item.prompt, item.choices, item.answer
('What is 5,470 decreased by 70%?', ('1,631', '1,626', '1,641', '3,829', '1,636'), '1,641')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate
from math import gcd
from typing import TYPE_CHECKING

from logicgen.kit import Draft, Draw, Mistake, Steps, Wording, fmt, plain
from logicgen.registry import KindParams, family
from logicgen.solve.quick import effort, solve_quick

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("percent_of", "percent_whole", "compare", "equation", "fraction", "average",
         "operations")
#: how often each kind is asked at each level (relative weights): a kind whose
#: questions are few (fraction sums over small denominators) is asked less often, so
#: a set of a thousand items repeats hardly any question
WEIGHTS: dict[str, dict[str, int]] = {
    "easy": {"percent_of": 13, "compare": 21, "equation": 14, "fraction": 10, "average": 26,
             "operations": 16},
    "medium": {"percent_of": 14, "compare": 21, "equation": 18, "fraction": 9,
               "average": 20, "operations": 18},
    "hard": {"percent_of": 13, "percent_whole": 10, "compare": 18, "equation": 13,
             "fraction": 10, "average": 17, "operations": 16},
}
LEVELS: dict[str, tuple[str, ...]] = {level: tuple(w) for level, w in WEIGHTS.items()}
#: percentages by level, each with the step and the largest amount it is taken of:
#: amounts are the multiples of the step up to the largest, so the answer is whole
#: (or a half) and found in the head (10% of 4,370; 12.5% of 1,848; 150% of 738)
PERCENTS: dict[str, dict[str, tuple[int, int]]] = {
    "easy": {"10": (10, 20000), "20": (10, 10000), "30": (10, 5000), "40": (10, 5000),
             "50": (2, 6000), "25": (4, 6000), "75": (4, 2000), "5": (20, 10000),
             "1": (100, 50000), "60": (10, 2000), "80": (10, 2000), "90": (10, 2000)},
    "medium": {"15": (10, 6000), "35": (10, 6000), "45": (10, 6000), "55": (10, 6000),
               "65": (10, 6000), "85": (20, 4000), "95": (20, 4000), "12.5": (4, 4000),
               "2.5": (20, 8000), "40": (5, 4000), "60": (5, 4000), "120": (5, 4000),
               "125": (2, 2000), "30": (10, 8000), "70": (10, 8000), "110": (10, 8000),
               "150": (2, 3000)},
    "hard": {"17.5": (20, 8000), "37.5": (4, 4000), "62.5": (4, 4000), "87.5": (4, 4000),
             "115": (10, 4000), "135": (10, 4000), "150": (2, 2000), "22.5": (20, 8000),
             "7.5": (20, 8000), "112.5": (4, 2400), "175": (2, 1000), "125": (2, 2000),
             "27.5": (40, 8000), "32.5": (40, 8000), "12.5": (8, 8000)},
}
#: how many amounts each percentage of a level is taken of
_SIZES = {level: {p: top // step for p, (step, top) in table.items()}
          for level, table in PERCENTS.items()}
#: percentages a candidate knows as fractions of the whole
FRIENDLY = {"50": (1, 2), "25": (1, 4), "75": (3, 4), "20": (1, 5), "10": (1, 10),
            "1": (1, 100), "125": (5, 4), "175": (7, 4),
            "12.5": (1, 8), "37.5": (3, 8), "62.5": (5, 8), "87.5": (7, 8), "150": (3, 2)}
MINUS = "\u2212"


@family("quant.arithmetic", version=4, solver=solve_quick,
        summary="Quick arithmetic: percentages, comparing fractions and decimals, equations")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS`, or ``mixed`` (default) to draw by difficulty.

    ``compare`` items are multiple choice only; free-response items draw from the
    other kinds.
    """

    KINDS = KINDS
    CHOICE_ONLY = ("compare",)


def _num(x: Fraction) -> str:
    """A number as a candidate writes it, to four decimals at most: ``31.5``, ``0.24``."""
    return plain(x, 4)


def _h(x: Fraction) -> int | None:
    """``x`` in hundredths (the ``decimal`` form's unit), or ``None`` when not exact."""
    y = x * 100
    return int(y) if y.denominator == 1 else None


#: a percentage's text as a number ("12.5" → 25/2), read once: reading a Fraction
#: from text is slow, and the same few percentages recur
_pct = lru_cache(maxsize=None)(Fraction)


def _percent_steps(p: str, whole: int, value: Fraction) -> list[str]:
    """The mental route to ``p``% of ``whole``: a known fraction, or tens, fives and halves."""
    if p in FRIENDLY:
        num, den = FRIENDLY[p]
        share = f"{num}/{den}" if num > 1 else f"1/{den}"
        work = f"{whole:,} ÷ {den}" + (f" × {num}" if num > 1 else "")
        return [f"{p}% is {share} of the amount.", f"{work} = {_num(value)}."]
    hundreds, rest = divmod(_pct(p), 100)
    tens, rest = divmod(rest, 10)
    ten = Fraction(whole, 10)
    lines = [f"10% of {whole:,} is {_num(ten)}."]
    terms = [f"{whole:,}"] * int(hundreds)
    if tens:
        terms.append(_num(ten) if tens == 1 else f"{int(tens)} × {_num(ten)}")
    if rest >= 5:
        lines.append(f"5% is half of that, {_num(ten / 2)}.")
        terms.append(_num(ten / 2))
        rest -= 5
    if rest:
        lines.append(f"2.5% is half again, {_num(ten / 4)}.")
        terms.append(_num(ten / 4))
    lines.append(f"So {p}% = {' + '.join(terms)} = {_num(value)}.")
    return lines


#: what is asked of a percentage: the part itself, or the amount increased or
#: decreased by it ("What is 240 increased by 15%?")
CHANGES = ("of", "up", "down")


def _changes(p: str, level: str) -> tuple[str, ...]:
    """The questions asked of ``p``%: no decrease by 100% or more, and at easy an
    increase or decrease only by a percentage known as a fraction or in tens."""
    if _pct(p) >= 100:
        return ("of", "up")
    if level == "easy" and p not in FRIENDLY and _pct(p) % 10:
        return ("of",)
    return CHANGES


def _percent_of(draw: Draw, level: str) -> Draft:
    # every (percentage, amount) pair of the level equally likely: a percentage
    # with more amounts is drawn more often
    table, sizes = PERCENTS[level], _SIZES[level]
    for _ in range(200):
        p = draw.weighted_int(sizes)
        step, top = table[p]
        whole = draw.between(max(2, 20 // step), top // step) * step
        value = _pct(p) * whole / 100
        if (value * 2).denominator == 1:
            break
    change = draw.pick(_changes(p, level))
    ten = Fraction(whole, 10)
    steps = _percent_steps(p, whole, value)
    if change == "of":
        key = value
        mistakes = [
            Mistake(_h(value * 10), "moving the decimal point one place too few"),
            Mistake(_h(whole + value), "adding the percentage on to the amount"),
            Mistake(_h(whole - value), "giving what is left after taking the percentage"),
            Mistake(_h(ten), "taking 10% instead"),
            Mistake(_h(value / 10), "moving the decimal point one place too many"),
        ]
    else:
        sign = 1 if change == "up" else -1
        key = whole + sign * value
        other = ten if p != "10" else value / 10
        mistakes = [
            Mistake(_h(value), f"giving the {'increase' if sign > 0 else 'decrease'} only"),
            Mistake(_h(whole - sign * value),
                    "taking the percentage off instead" if sign > 0 else "adding it on instead"),
            Mistake(_h(whole + sign * _pct(p)), f"{'adding' if sign > 0 else 'taking'} {p} "
                    "as a number"),
            Mistake(_h(whole + sign * other) if whole + sign * other > 0 else None,
                    f"{'adding' if sign > 0 else 'taking'} {'10' if p != '10' else '1'}% "
                    "instead"),
            Mistake(_h(whole + sign * value * 10) if whole + sign * value * 10 > 0 else None,
                    "moving the decimal point one place too few"),
        ]
        steps.append(f"{whole:,} {'+' if sign > 0 else MINUS} {_num(value)} = {_num(key)}.")
    data = {"kind": "percent_of", "percent": p, "whole": whole, "change": change,
            "form": "decimal"}
    hundredths = int(key * 100)  # whole hundredths: the loop keeps halves only
    return Draft(data=data, answer=fmt(hundredths, "decimal"),
                 score=2.0 if level == "easy" else 3.0, value=hundredths, mistakes=mistakes,
                 steps=Steps(steps))


#: "part is p% of what number?": each percentage with the step and the largest whole
WHOLES = {"15": (20, 4000), "35": (20, 4000), "45": (20, 4000), "12.5": (8, 6400),
          "37.5": (8, 6400), "62.5": (8, 6400), "120": (5, 4000), "150": (2, 2400),
          "25": (4, 4800), "75": (4, 4800), "40": (5, 4000), "2.5": (40, 8000),
          "17.5": (40, 4000), "125": (4, 2000), "60": (5, 4000), "80": (5, 4000),
          "30": (10, 3000)}
#: the second percentage of "p% of a number is x; what is q% of it?"
THEN = ("10", "20", "25", "30", "40", "50", "60", "75", "80", "90")


def _percent_whole(draw: Draw, level: str) -> Draft:
    """"42 is 35% of what number?", or (half the time) "35% of a number is 42. What
    is 20% of the number?"."""
    sizes = {p: top // step for p, (step, top) in WHOLES.items()}
    for _ in range(200):
        p = draw.weighted_int(sizes)
        step, top = WHOLES[p]
        whole = draw.between(2, top // step) * step
        part = _pct(p) * whole / 100
        if part.denominator == 1:
            break
    then = draw.pick(tuple(q for q in THEN if q != p)) if draw.chance(0.5) else None
    rate = _pct(p) / 100
    steps = [(f"{_num(part)} is {p}% of the number, so 1% of it is {_num(part)} ÷ {p} = "
             f"{_num(part / _pct(p))}."),
             f"The whole is 100% = 100 × {_num(part / _pct(p))} = {whole:,}."]
    data = {"kind": "percent_whole", "percent": p, "part": str(part), "form": "decimal"}
    if then is None:
        key = Fraction(whole)
        mistakes = [
            Mistake(_h(part * rate), f"taking {p}% of {_num(part)} instead"),
            Mistake(_h(part * (1 + rate)), f"adding {p}% on to {_num(part)}"),
            Mistake(_h(part / (1 - rate)) if rate < 1 else None,
                    f"dividing by {100 - _pct(p)}% instead of {p}%"),
            Mistake(_h(part * 100 / (_pct(p) + 10)), f"dividing by {_pct(p) + 10}%"),
        ]
    else:
        share = _pct(then) / 100
        key = whole * share
        data["then"] = then
        steps.append(f"{then}% of {whole:,} is {_num(key)}.")
        mistakes = [
            Mistake(_h(Fraction(whole)), "stopping at the whole number"),
            Mistake(_h(part * share), f"taking {then}% of {_num(part)} instead"),
            Mistake(_h(part + _pct(then) - _pct(p)) if part + _pct(then) > _pct(p)
                    else None, "adding the difference of the percentages to the part"),
            Mistake(_h(part * 100 / (_pct(p) + 10) * share),
                    f"dividing by {_pct(p) + 10}% for the whole"),
        ]
    return Draft(data=data, answer=fmt(int(key * 100), "decimal"), score=4.0,
                 value=int(key * 100), mistakes=mistakes, steps=Steps(steps))


#: the unit the values of a comparison are counted in while they are drawn: every
#: fraction with a denominator up to 13, and every thousandth, is a whole number of
#: them (lcm(3, ..., 13) = 360,360; with 1,000, 9,009,000), so the drawing loop
#: compares whole numbers instead of fractions
UNIT = 9_009_000


def _written(draw: Draw, level: str) -> tuple[int, str]:
    """A value in (0, 1), in :data:`UNIT` parts, and how it is written: a fraction, a
    decimal or a percentage."""
    style = draw.pick(("fraction", "decimal", "percent"))
    if style == "fraction":
        den = draw.between(3, 9 if level == "easy" else 13)
        num = draw.between(1, den - 1)
        g = gcd(num, den)
        return num * (UNIT // den), f"{num // g}/{den // g}"
    if style == "decimal":
        places = 3 if level == "hard" and draw.chance(0.5) else 2
        units = draw.between(5, 10**places - 5)
        return units * (UNIT // 10**places), f"0.{units:0{places}d}"
    tenths = draw.between(50, 950) if level == "hard" else draw.between(5, 95) * 10
    whole, tenth = divmod(tenths, 10)
    return tenths * (UNIT // 1000), f"{whole}.{tenth}%" if tenth else f"{whole}%"


def _as_percent(x: Fraction, text: str) -> str:
    if text.endswith("%"):
        return text
    exact = x * 100
    if (exact * 100).denominator == 1:
        return f"{text} = {_num(exact)}%"
    return f"{text} ≈ {float(exact):.2f}%"


#: the smallest gap between any two values, and the largest between the two best
GAPS = {"easy": (Fraction(5, 100), Fraction(15, 100)), "medium": (Fraction(1, 100),
        Fraction(3, 100)), "hard": (Fraction(2, 1000), Fraction(1, 100))}
_GAP_UNITS = {level: (int(gap * UNIT), int(near * UNIT)) for level, (gap, near) in GAPS.items()}


def _compare(draw: Draw, level: str, n: int) -> Draft:
    gap, near = _GAP_UNITS[level]
    ask = draw.pick(("largest", "smallest"))
    for _ in range(500):
        values: list[tuple[int, str]] = []
        for _ in range(n * 10):
            x, text = _written(draw, level)
            if all(abs(x - y) >= gap for y, _ in values):
                values.append((x, text))
            if len(values) == n:
                break
        ranked = sorted(values, reverse=ask == "largest")
        styles = {("%" in t) + 2 * ("/" in t) for _, t in values}
        if len(values) == n and len(styles) >= 2 and abs(ranked[0][0] - ranked[1][0]) <= near:
            break
    key = ranked[0][1]
    steps = ["Write every value as a percentage, then compare.",
             "; ".join(_as_percent(Fraction(x, UNIT), t) for x, t in values) + ".",
             f"The {ask} is {key}."]
    data = {"kind": "compare", "ask": ask}
    return Draft(data=data, answer=key, score=2.0 + 0.5 * max(0, n - 3),
                 spec=[t for _, t in values], steps=Steps(steps))


def _side(a: int, b: int) -> str:
    """``3x + 7``, ``3x − 7``, ``x``, ``12``."""
    head = "" if a == 0 else "x" if a == 1 else f"{a}x"
    if not head:
        return f"{MINUS}{-b}" if b < 0 else str(b)
    if b == 0:
        return head
    return f"{head} + {b}" if b > 0 else f"{head} {MINUS} {-b}"


def _move(b: int) -> str:
    return f"take {b} from both sides" if b > 0 else f"add {-b} to both sides"


def _equation(draw: Draw, level: str) -> Draft:
    x = draw.between(2, 30 if level == "hard" else 25)
    c = 0 if level == "easy" else draw.between(1, 6)
    a = draw.between(2, 12) if level == "easy" else c + draw.between(1, 6)
    k = a - c
    if level == "hard":
        # a(x − b) or a(x + b): b is signed, the bracket shows x minus b
        b = draw.between(1, 15) * draw.pick((1, -1))
        d = k * x - a * b
        mistakes = [Mistake(_whole(d + b, k), f"multiplying only the x by {a}"),
                    Mistake(_whole(d - a * b, k), "getting the sign wrong when opening the bracket"),
                    Mistake(d + a * b, f"forgetting to divide by {k}")]
        steps = [f"Open the bracket: {_side(a, -a * b)} = {_side(c, d)}.",
                 (f"Take {_side(c, 0)} from both sides and {'add' if b > 0 else 'take away'} "
                  f"{abs(a * b)}: {_side(k, 0)} = {d + a * b}.")]
        shape, rhs = "bracket", d + a * b
    else:
        b = draw.between(1, 99) * draw.pick((1, -1)) if level == "easy" else draw.between(-40, 40)
        d = k * x + b
        mistakes = [Mistake(_whole(d + b, k), "moving the number across without changing its sign"),
                    Mistake(_whole(d - b, a + c) if c else None,
                            "adding the x terms instead of subtracting"),
                    Mistake(d - b if k > 1 else None, f"forgetting to divide by {k}")]
        steps = [f"Take {_side(c, 0)} from both sides: {_side(k, b)} = {d}."] if c else []
        if b:
            steps.append(f"{_move(b)[0].upper()}{_move(b)[1:]}: {_side(k, 0)} = {d - b}.")
        shape, rhs = "plain", d - b
    if k > 1:
        steps.append(f"Divide by {k}: x = {x}.")
    elif rhs != x or not steps:
        steps.append(f"So x = {x}.")
    data = {"kind": "equation", "shape": shape, "a": a, "b": b, "c": c, "d": d,
            "form": "integer"}
    return Draft(data=data, answer=fmt(x, "integer"), score=1.0 + len(steps), value=x,
                 mistakes=mistakes, steps=Steps(steps))


def _whole(num: int, den: int) -> int | None:
    return num // den if den and num % den == 0 else None


def _fraction_mistakes(op: str, left: Fraction, right: Fraction) -> list[Mistake]:
    (p, q), (r, s) = (left.numerator, left.denominator), (right.numerator, right.denominator)
    if op == "+":
        return [Mistake(Fraction(p + r, q + s), "adding the tops and adding the bottoms"),
                Mistake(left * right, "multiplying instead of adding"),
                Mistake(Fraction(p + r, q * s), "adding the tops over the product of the bottoms")]
    if op == "-":
        return [Mistake(Fraction(p - r, q - s) if p != r and q != s else None,
                        "subtracting the tops and subtracting the bottoms"),
                Mistake(left + right, "adding instead of subtracting"),
                Mistake(Fraction(abs(p - r), q * s) if p != r else None,
                        "subtracting the tops over the product of the bottoms")]
    if op == "×":
        return [Mistake(left / right, "dividing instead of multiplying"),
                Mistake(Fraction(p * r, q + s), "adding the bottoms"),
                Mistake(left + right, "adding instead of multiplying")]
    return [Mistake(left * right, "multiplying without turning the second fraction over"),
            Mistake(right / left, "turning the first fraction over instead of the second"),
            Mistake(Fraction(p * r, q * s) * 2, "doubling the product")]


#: fraction-of-an-amount items: the largest denominator and the largest amount
FRACTION_OF = {"easy": (12, 360), "medium": (16, 480)}


_PARTS: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}


def _parts(level: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The fractions p/q (lowest terms) of a fraction-of-an-amount item at ``level``,
    and the running count of the amounts each is taken of (multiples of q, 2q up)."""
    if level not in _PARTS:
        top_q, top_amount = FRACTION_OF[level]
        parts = [(p, q) for q in range(3, top_q + 1)
                 for p in range(1 if level == "easy" else 2, q) if gcd(p, q) == 1]
        _PARTS[level] = parts, list(accumulate(top_amount // q - 1 for _, q in parts))
    return _PARTS[level]


def _fraction_of(draw: Draw, level: str) -> Draft:
    """``3/8 of 64``: one part of the amount, then as many parts as the top says."""
    top_amount = FRACTION_OF[level][1]
    parts, cumulative = _parts(level)
    # a fraction in proportion to the amounts it is taken of: every item equally likely
    p, q = parts[bisect_right(cumulative, draw.below(cumulative[-1]))]
    amount = q * draw.between(2, top_amount // q)
    value = Fraction(p * amount, q)
    mistakes = [Mistake(Fraction(amount * q, p), "dividing by the fraction instead"),
                Mistake(Fraction(amount, q), "finding one part only"),
                Mistake(Fraction(amount * (q - p), q), "giving the part that is left"),
                Mistake(Fraction(amount, p) if amount % p == 0 else None,
                        "dividing by the top instead of the bottom")]
    steps = [f"1/{q} of {amount:,} is {amount:,} ÷ {q} = {amount // q:,}.",
             f"So {p}/{q} of it is {p} × {amount // q:,} = {fmt(value, 'fraction')}."]
    data = {"kind": "fraction", "op": "of", "left": f"{p}/{q}", "right": str(amount),
            "form": "fraction"}
    return Draft(data=data, answer=fmt(value, "fraction"), score=2.0 + (p > 1), value=value,
                 mistakes=mistakes, steps=Steps(steps))


def _denominator_pair(level: str, q: int, s: int) -> bool:
    """Whether ``q`` and ``s`` are the denominators of a sum or product at ``level``:
    one denominator, or one a multiple of the other, at easy (``1/4 + 3/8``); two
    different ones with a common denominator up to 60 at medium; two different
    ones at hard."""
    if level == "easy":
        return (q == s and q >= 5) or (q != s and (q % s == 0 or s % q == 0))
    if level == "medium":
        return q != s and q * s // gcd(q, s) <= 60
    return q != s


_PAIRS: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}


def _denominators(level: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The level's denominator pairs and the running count of their numerator pairs."""
    if level not in _PAIRS:
        low, high = FRACTION_DENOMINATORS[level]
        pairs = [(q, s) for q in range(low, high + 1) for s in range(low, high + 1)
                 if _denominator_pair(level, q, s)]
        cumulative = list(accumulate((q - 1) * (s - 1) for q, s in pairs))
        _PAIRS[level] = pairs, cumulative
    return _PAIRS[level]


#: the smallest and largest denominator of a fraction sum or product, by level
FRACTION_DENOMINATORS = {"easy": (2, 24), "medium": (3, 20), "hard": (3, 20)}


def _fraction(draw: Draw, level: str) -> Draft:
    if level in FRACTION_OF and draw.chance(1 / 3):
        return _fraction_of(draw, level)
    ops = ("+", "-") if level != "hard" else ("×", "÷")
    pairs, cumulative = _denominators(level)
    for _ in range(1000):
        # a pair of denominators in proportion to its numerator pairs, then the
        # numerators: every item of the level equally likely
        q, s = pairs[bisect_right(cumulative, draw.below(cumulative[-1]))]
        p, r, op = draw.between(1, q - 1), draw.between(1, s - 1), draw.pick(ops)
        if gcd(p, q) != 1 or gcd(r, s) != 1 or (p, q) == (r, s):
            continue  # not in lowest terms, or the same fraction twice
        # the result as whole numbers (fractions only for the one kept)
        top, bottom = {"+": (p * s + r * q, q * s), "-": (p * s - r * q, q * s),
                       "×": (p * r, q * s), "÷": (p * s, q * r)}[op]
        g = gcd(top, bottom)
        if top > 0 and max(top // g, bottom // g) <= 60:
            break
    left, right = Fraction(p, q), Fraction(r, s)
    value = Fraction(top, bottom)
    if op in "+-":
        common = q * s // gcd(q, s)
        a, b = p * common // q, r * common // s
        top = a + b if op == "+" else a - b
        steps = [f"Put both over {common}: {a}/{common} {op} {b}/{common}.".replace("-", MINUS),
                 f"That is {top}/{common}" + ("." if Fraction(top, common) == Fraction(
                     top, common).limit_denominator(common) and gcd(top, common) == 1
                     else f" = {fmt(value, 'fraction')} in lowest terms.")]
    elif op == "×":
        steps = [f"Multiply the tops and the bottoms: {p * r}/{q * s}.",
                 f"In lowest terms: {fmt(value, 'fraction')}."]
    else:
        steps = [f"Dividing by {r}/{s} is multiplying by {s}/{r}.",
                 f"{p}/{q} × {s}/{r} = {p * s}/{q * r}" + (
                     "." if gcd(p * s, q * r) == 1 else f" = {fmt(value, 'fraction')}.")]
    data = {"kind": "fraction", "op": op, "left": f"{p}/{q}", "right": f"{r}/{s}",
            "form": "fraction"}
    return Draft(data=data, answer=fmt(value, "fraction"), score=1.0 + len(steps), value=value,
                 mistakes=_fraction_mistakes(op, left, right), steps=Steps(steps))


#: numbers in an average item, the range of the mean, and how far a value strays from it
AVERAGES = {"easy": ((3, 5), (6, 50), 12), "medium": ((4, 6), (12, 75), 25),
            "hard": ((5, 8), (15, 90), 30)}
#: "the number taken away" items: the range of the mean and the largest change in it
REMOVED = {"medium": ((12, 120), 10), "hard": ((15, 200), 12)}
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def _average(draw: Draw, level: str) -> Draft:
    """The missing number from an average, or (medium, hard) the number taken away."""
    (low_n, high_n), (low_m, high_m), spread = AVERAGES[level]
    shape = "missing" if level == "easy" or draw.chance(0.65) else "removed"
    n = draw.between(low_n, high_n)
    if shape == "removed":
        (low_m, high_m), move = REMOVED[level]
        for _ in range(200):
            mean = draw.between(low_m, high_m)
            rest = mean + draw.nonzero(1, move)
            x = n * mean - (n - 1) * rest
            if 0 < x <= 3 * high_m and x != mean and rest > 0:
                break
        mistakes = [Mistake(abs(mean - rest), "taking the difference of the averages"),
                    Mistake((n * mean - n * rest) if n * (mean - rest) > 0 else None,
                            "multiplying both averages by the same count"),
                    Mistake(((n + 1) * mean - n * rest) if (n + 1) * mean > n * rest
                            else None, "counting one number too many"),
                    Mistake(mean, "giving the average itself")]
        steps = [f"All {n} numbers add up to {n} × {mean} = {n * mean}.",
                 f"The other {n - 1} add up to {n - 1} × {rest} = {(n - 1) * rest}.",
                 f"The number taken away is {n * mean} {MINUS} {(n - 1) * rest} = {x}."]
        data = {"kind": "average", "shape": "removed", "count": n, "mean": mean,
                "rest_mean": rest, "form": "integer"}
        return Draft(data=data, answer=fmt(x, "integer"), score=3.0 + (level == "hard"),
                     value=x, mistakes=mistakes, steps=Steps(steps))
    mean = draw.between(low_m, high_m)
    for _ in range(200):
        known = [draw.between(max(2, mean - spread), mean + spread) for _ in range(n - 1)]
        x = n * mean - sum(known)
        if 0 < x <= mean + 2 * spread and x not in known and x != mean:
            break
    total = sum(known)
    mistakes = [Mistake(mean, "giving the average itself"),
                Mistake(((n - 1) * mean - total) if (n - 1) * mean > total else None,
                        f"multiplying the average by {n - 1} instead of {n}"),
                Mistake((x + known[-1]), "leaving one of the known numbers out"),
                Mistake((x - 1) if x > 1 else None, "an off-by-one in the total")]
    steps = [f"The {n} numbers add up to {n} × {mean} = {n * mean}.",
             f"The {n - 1} known numbers add up to {total}.",
             f"The missing number is {n * mean} {MINUS} {total} = {x}."]
    data = {"kind": "average", "shape": "missing", "count": n, "mean": mean, "known": known,
            "form": "integer"}
    return Draft(data=data, answer=fmt(x, "integer"), score=2.0 + (level != "easy"),
                 value=x, mistakes=mistakes, steps=Steps(steps))


Shape = tuple[Callable[[int, int, int, int], Fraction], Callable[[int, int, int, int],
              Fraction] | None]


def _div(x: Fraction | int, y: Fraction | int) -> Fraction:
    return Fraction(x) / y if y else Fraction(-1)


#: expression shapes by level: the value, and the value with a slip a candidate makes
#: (working left to right, ignoring the brackets, doubling instead of squaring); every
#: easy shape gives another value when worked from left to right
SHAPES: dict[str, dict[str, Shape]] = {
    "easy": {
        "a + b × c": (lambda a, b, c, d: Fraction(a + b * c),
                      lambda a, b, c, d: Fraction((a + b) * c)),
        "a × b + c ÷ d": (lambda a, b, c, d: a * b + _div(c, d),
                          lambda a, b, c, d: _div(a * b + c, d)),
        "a × b + c × d": (lambda a, b, c, d: Fraction(a * b + c * d),
                          lambda a, b, c, d: Fraction((a * b + c) * d)),
        "a − b × c": (lambda a, b, c, d: Fraction(a - b * c),
                      lambda a, b, c, d: Fraction((a - b) * c)),
        "a + b ÷ c": (lambda a, b, c, d: a + _div(b, c), lambda a, b, c, d: _div(a + b, c)),
    },
    "medium": {
        "a × b − c ÷ d": (lambda a, b, c, d: a * b - _div(c, d),
                          lambda a, b, c, d: _div(a * b - c, d)),
        "(a + b) × c − d": (lambda a, b, c, d: Fraction((a + b) * c - d),
                            lambda a, b, c, d: Fraction(a + b * c - d)),
        "a + b × c − d": (lambda a, b, c, d: Fraction(a + b * c - d),
                          lambda a, b, c, d: Fraction((a + b) * c - d)),
        "a ÷ b + c × d": (lambda a, b, c, d: _div(a, b) + c * d,
                          lambda a, b, c, d: (_div(a, b) + c) * d),
        "a × (b − c)": (lambda a, b, c, d: Fraction(a * (b - c)),
                        lambda a, b, c, d: Fraction(a * b - c)),
        "a − b ÷ c × d": (lambda a, b, c, d: a - _div(b, c) * d,
                          lambda a, b, c, d: _div(a - b, c) * d),
    },
    "hard": {
        "a × (b − c) ÷ d": (lambda a, b, c, d: _div(a * (b - c), d),
                            lambda a, b, c, d: a * b - _div(c, d)),
        "a² − b × c": (lambda a, b, c, d: Fraction(a * a - b * c),
                       lambda a, b, c, d: Fraction(2 * a - b * c)),
        "(a − b)² + c": (lambda a, b, c, d: Fraction((a - b) ** 2 + c),
                         lambda a, b, c, d: Fraction(a * a - b * b + c)),
        "a ÷ (b − c) + d": (lambda a, b, c, d: _div(a, b - c) + d,
                            lambda a, b, c, d: _div(a, b) - c + d),
        "a² + b² − c × d": (lambda a, b, c, d: Fraction(a * a + b * b - c * d),
                            lambda a, b, c, d: Fraction((a + b) ** 2 - c * d)),
        "(a + b) ÷ c × d": (lambda a, b, c, d: _div(a + b, c) * d,
                            lambda a, b, c, d: a + _div(b, c * d)),
    },
}
#: where a division must come out whole: (dividend, divisor) names in a shape
_DIVIDES = {"b ÷ c": ("b", "c"), "c ÷ d": ("c", "d"), "a ÷ b": ("a", "b")}


def _operations(draw: Draw, level: str) -> Draft:
    """Order of operations: ``48 ÷ 6 + 3 × 7``; brackets and squares at medium and hard."""
    top = {"easy": 12, "medium": 15, "hard": 20}[level]
    for _ in range(500):
        shape = draw.pick(tuple(SHAPES[level]))
        a, b, c, d = (draw.between(2, top) for _ in range(4))
        nums = {"a": a, "b": b, "c": c, "d": d}
        for pattern, (x, y) in _DIVIDES.items():
            if pattern in shape:
                nums[x] = nums[y] * draw.between(2, 12)
        if "÷ (b − c)" in shape:
            nums["b"] = nums["c"] + draw.between(1, 6)
            nums["a"] = (nums["b"] - nums["c"]) * draw.between(2, 12)
        if "(a + b) ÷ c" in shape:
            nums["a"] = nums["c"] * draw.between(2, 9) - nums["b"]
        if "(b − c) ÷ d" in shape:
            nums["b"] = nums["c"] + nums["d"] * draw.between(1, 5)
        value_of, slip_of = SHAPES[level][shape]
        if shape.startswith("a +") and level != "hard":  # a number added on: up to 99
            nums["a"] = draw.between(2, 99)
        if shape.endswith("² + c"):  # a number added on: up to 99
            nums["c"] = draw.between(2, 99)
        if shape.startswith("a −"):  # keep the answer positive
            nums["a"] = int(-value_of(0, nums["b"], nums["c"], nums["d"])) + draw.between(1, 99)
        value = value_of(*nums.values())
        slip = slip_of(*nums.values()) if slip_of else None
        if (value.denominator == 1 and 0 < value <= 400 and min(nums.values()) > 0
                and slip != value):
            break
    text = shape
    for v, n in nums.items():
        text = text.replace(v, str(n))
    text = text.replace("−", MINUS)
    why = ("ignoring the brackets" if "(" in shape else "doubling instead of squaring"
           if "²" in shape else "working from left to right, ignoring × and ÷ first")
    mistakes = [Mistake(int(slip) if slip is not None and slip.denominator == 1 and slip > 0
                        else None, why),
                Mistake(int(value) + 10, "a slip of ten in the adding"),
                Mistake(int(value) - 10 if value > 10 else None, "a slip of ten in the taking away")]
    steps = [f"Brackets and powers first, then × and ÷, then + and {MINUS}.",
             f"{text} = {int(value)}."]
    data = {"kind": "operations", "expression": text, "form": "integer"}
    return Draft(data=data, answer=fmt(int(value), "integer"),
                 score=1.5 + 0.5 * sum(text.count(op) for op in "×÷²("), value=int(value),
                 mistakes=mistakes, steps=Steps(steps))


DRAWS: dict[str, Callable[[Draw, str], Draft]] = {
    "percent_of": _percent_of, "percent_whole": _percent_whole, "equation": _equation,
    "fraction": _fraction, "average": _average, "operations": _operations,
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    weights = WEIGHTS[params.difficulty]
    if params.format == "numeric":
        weights = {k: w for k, w in weights.items() if k != "compare"}
    kind = draw.weighted(weights) if params.kind == "mixed" else params.kind
    if kind == "compare":
        return _compare(draw, params.difficulty, params.n_options)
    return DRAWS[kind](draw, params.difficulty)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    kind = data["kind"]
    if kind == "compare":
        return Wording(f"Which of these is the {data['ask']}?",
                       choices=Draw(rng).shuffled(draft.spec))
    if kind == "percent_of":
        change = data.get("change", "of")
        if change == "of":
            return Wording(f"What is {data['percent']}% of {data['whole']:,}?")
        verb = "increased" if change == "up" else "decreased"
        return Wording(f"What is {data['whole']:,} {verb} by {data['percent']}%?")
    if kind == "percent_whole":
        part = _num(Fraction(data["part"]))
        if data.get("then"):
            return Wording(f"{data['percent']}% of a number is {part}. What is {data['then']}% "
                           "of the number?")
        return Wording(f"{part} is {data['percent']}% of what number?")
    if kind == "equation":
        a, b, c, d = data["a"], data["b"], data["c"], data["d"]
        left = (f"{a}({_side(1, -b)})" if data["shape"] == "bracket" else _side(a, b))
        return Wording(f"If {left} = {_side(c, d)}, what is x?")
    if kind == "average":
        n, mean = COUNT_WORDS[data["count"]], data["mean"]
        if data["shape"] == "removed":
            return Wording(f"The average of {n} numbers is {mean}. When one of them is taken "
                           f"away, the average of the other {COUNT_WORDS[data['count'] - 1]} is "
                           f"{data['rest_mean']}. What number was taken away?")
        known = [str(v) for v in data["known"]]
        listed = ", ".join(known[:-1]) + " and " + known[-1]
        return Wording(f"The average of {n} numbers is {mean}. "
                       f"{COUNT_WORDS[data['count'] - 1].capitalize()} of them are {listed}. "
                       "What is the other number?")
    if kind == "operations":
        return Wording(f"What is {data['expression']}?")
    sign = {"-": MINUS}.get(data["op"], data["op"])
    tail = (" Give the answer as a fraction in lowest terms."
            if params.format == "numeric" and data["op"] != "of" else "")
    return Wording(f"What is {data['left']} {sign} {data['right']}?{tail}")


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "percent_of": (
        "Split the percentage into easy parts: 10% is a tenth, 5% half of that, 1% a "
        "hundredth; add or subtract the part for a change."
    ),
    "percent_whole": (
        "If p% is x, then 1% is x ÷ p and the whole is 100 times that; any other "
        "percentage follows from the whole."
    ),
    "fraction": (
        "A common denominator to add or compare fractions; 'a/b of N' is N ÷ b × a; "
        "simplify at the end."
    ),
    "compare": (
        "Turn every value into a percentage (or a decimal) before comparing."
    ),
    "equation": (
        "Undo the operations in reverse order, doing the same to both sides."
    ),
    "average": (
        "Total = mean × count: the missing number is the total needed minus the numbers "
        "you have."
    ),
    "operations": (
        "Brackets first, then powers, then × and ÷, then + and −, each from left to "
        "right."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.0), "medium": (1.5, 4.5),
                                         "hard": (2.0, 5.5)}
