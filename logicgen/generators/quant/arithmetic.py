"""Quick arithmetic: percentages of amounts, comparing fractions, decimals and
percentages, one-line equations and fraction sums — the no-calculator items of a
short timed test.

Kinds (``data["kind"]``):

* ``percent_of``: "What is 15% of 240?";
* ``percent_whole`` (hard): "42 is 35% of what number?";
* ``compare``: "Which of these is the largest?" over fractions, decimals and
  percentages (choice items only; the options are the values themselves);
* ``equation``: "If 3x + 7 = 22, what is x?", then ``5x − 4 = 2x + 11`` and
  ``4(x − 3) = 2x + 6``;
* ``fraction``: ``2/3 + 1/4``, ``3/4 − 2/5``, ``2/3 × 9/10``, ``3/4 ÷ 9/8``.

Difficulty comes from the reasoning, not the length: ``easy`` uses friendly
percentages (10, 20, 25, 50, 75%), values at least 5 points apart, one-step
equations and fractions over one denominator; ``medium`` percentages built from
two friendly parts (15% = 10% + 5%), values 1–3 points apart, unknowns on both
sides, and unlike denominators; ``hard`` eighths and percentages over 100,
working back from a part to the whole, values less than a point apart written
in three different forms, brackets, and multiplying or dividing fractions.

``score`` is the solver's measured effort, :func:`logicgen.solve.quick.effort`:
a percentage as a known fraction 1, other multiples of 5% 2, finer ones 2.5, and a
quarter step per digit of the amount beyond one; reversing a percentage 2 more;
an equation 2, plus 1 with ``x`` on both sides, 1 for a bracket, half for a
negative number; fractions 1.5 (2.5 to divide) plus 2 for different
denominators and 1 for a result to reduce; a comparison 3 (its options are not
in ``data``, so every comparison costs the same). Each level keeps the items
within its band (:data:`BANDS`): at hard a product of fractions that needs no
reducing (1.5 steps) is redrawn.

Wrong options are named slips: moving the decimal point, adding the percentage
on, taking the part for the whole, adding instead of subtracting across the equals
sign, forgetting to divide, adding numerators and denominators, dividing
without turning the second fraction over.

>>> import logicgen
>>> item = logicgen.generate("quant.arithmetic", count=1, seed=1)[0]
>>> item.prompt, item.choices, item.answer
('What is 45% of 120?', ('12', '540', '174', '54', '66'), '54')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from math import gcd
from typing import TYPE_CHECKING

from logicgen.kit import Draft, Draw, Mistake, Steps, Wording, fmt, plain
from logicgen.registry import KindParams, family
from logicgen.solve.quick import effort, solve_quick

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("percent_of", "percent_whole", "compare", "equation", "fraction")
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("percent_of", "compare", "equation", "fraction"),
    "medium": ("percent_of", "compare", "equation", "fraction"),
    "hard": ("percent_of", "percent_whole", "compare", "equation", "fraction"),
}
#: percentages by level, each with the friendly parts a candidate builds it from
PERCENTS: dict[str, tuple[str, ...]] = {
    "easy": ("10", "20", "25", "50", "75", "30"),
    "medium": ("15", "35", "45", "60", "12.5", "40", "55"),
    "hard": ("17.5", "37.5", "62.5", "87.5", "115", "135", "150", "22.5"),
}
#: percentages a candidate knows as fractions of the whole
FRIENDLY = {"50": (1, 2), "25": (1, 4), "75": (3, 4), "20": (1, 5), "10": (1, 10),
            "12.5": (1, 8), "37.5": (3, 8), "62.5": (5, 8), "87.5": (7, 8), "150": (3, 2)}
MINUS = "\u2212"


@family("quant.arithmetic", version=3, solver=solve_quick,
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


def _percent_steps(p: str, whole: int, value: Fraction) -> list[str]:
    """The mental route to ``p``% of ``whole``: a known fraction, or tens, fives and halves."""
    if p in FRIENDLY:
        num, den = FRIENDLY[p]
        share = f"{num}/{den}" if num > 1 else f"1/{den}"
        work = f"{whole:,} ÷ {den}" + (f" × {num}" if num > 1 else "")
        return [f"{p}% is {share} of the amount.", f"{work} = {_num(value)}."]
    hundreds, rest = divmod(Fraction(p), 100)
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


def _percent_of(draw: Draw, level: str) -> Draft:
    for _ in range(200):
        p = draw.pick(PERCENTS[level])
        whole = draw.between(2, 60) * (20 if level == "easy" else 8)
        value = Fraction(p) * whole / 100
        if (value * 2).denominator == 1 and (Fraction(whole, 40) * 2).denominator == 1:
            break
    ten = Fraction(whole, 10)
    mistakes = [
        Mistake(_h(value * 10), "moving the decimal point one place too few"),
        Mistake(_h(whole + value), "adding the percentage on to the amount"),
        Mistake(_h(whole - value), "giving what is left after taking the percentage"),
        Mistake(_h(ten), "taking 10% instead"),
        Mistake(_h(value / 10), "moving the decimal point one place too many"),
    ]
    steps = _percent_steps(p, whole, value)
    data = {"kind": "percent_of", "percent": p, "whole": whole, "form": "decimal"}
    key = int(value * 100)  # whole hundredths: the loop keeps halves only
    return Draft(data=data, answer=fmt(key, "decimal"), score=2.0 if level == "easy" else 3.0,
                 value=key, mistakes=mistakes, steps=Steps(steps))


def _percent_whole(draw: Draw, level: str) -> Draft:
    for _ in range(200):
        p = draw.pick(("15", "35", "12.5", "37.5", "45", "62.5", "120", "150"))
        whole = draw.between(2, 40) * 8
        part = Fraction(p) * whole / 100
        if part.denominator == 1:
            break
    rate = Fraction(p) / 100
    mistakes = [
        Mistake(_h(part * rate), f"taking {p}% of {_num(part)} instead"),
        Mistake(_h(part * (1 + rate)), f"adding {p}% on to {_num(part)}"),
        Mistake(_h(part / (1 - rate)) if rate < 1 else None,
                f"dividing by {100 - Fraction(p)}% instead of {p}%"),
        Mistake(_h(part * 100 / (Fraction(p) + 10)), f"dividing by {Fraction(p) + 10}%"),
    ]
    steps = [(f"{_num(part)} is {p}% of the number, so 1% of it is {_num(part)} ÷ {p} = "
             f"{_num(part / Fraction(p))}."),
             f"The whole is 100% = 100 × {_num(part / Fraction(p))} = {whole:,}."]
    data = {"kind": "percent_whole", "percent": p, "part": str(part), "form": "decimal"}
    return Draft(data=data, answer=fmt(whole * 100, "decimal"), score=4.0, value=whole * 100,
                 mistakes=mistakes, steps=Steps(steps))


def _written(draw: Draw, level: str) -> tuple[Fraction, str]:
    """A value in (0, 1) and how it is written: a fraction, a decimal or a percentage."""
    style = draw.pick(("fraction", "decimal", "percent"))
    if style == "fraction":
        den = draw.between(3, 9 if level == "easy" else 13)
        x = Fraction(draw.between(1, den - 1), den)
        return x, f"{x.numerator}/{x.denominator}"
    if style == "decimal":
        places = 3 if level == "hard" and draw.chance(0.5) else 2
        units = draw.between(5, 10**places - 5)
        return Fraction(units, 10**places), f"0.{units:0{places}d}"
    tenths = draw.between(50, 950) if level == "hard" else draw.between(5, 95) * 10
    return Fraction(tenths, 1000), f"{_num(Fraction(tenths, 10))}%"


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


def _compare(draw: Draw, level: str, n: int) -> Draft:
    gap, near = GAPS[level]
    ask = draw.pick(("largest", "smallest"))
    for _ in range(500):
        values: list[tuple[Fraction, str]] = []
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
             "; ".join(_as_percent(x, t) for x, t in values) + ".",
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
    x = draw.between(2, 12 if level == "easy" else 15)
    c = 0 if level == "easy" else draw.between(1, 5)
    a = draw.between(2, 9) if level == "easy" else c + draw.between(1, 5)
    k = a - c
    if level == "hard":
        b = draw.between(1, 9)
        d = k * x - a * b
        mistakes = [Mistake(_whole(d + b, k), f"multiplying only the x by {a}"),
                    Mistake(_whole(d - a * b, k), "losing the minus sign when opening the bracket"),
                    Mistake(d + a * b, f"forgetting to divide by {k}")]
        steps = [f"Open the bracket: {a}x {MINUS} {a * b} = {_side(c, d)}.",
                 (f"Take {_side(c, 0)} from both sides and add {a * b}: {_side(k, 0)} = "
                 f"{d + a * b}.")]
        shape, rhs = "bracket", d + a * b
    else:
        b = draw.between(1, 20) * draw.pick((1, -1)) if level == "easy" else draw.between(-15, 15)
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


def _fraction(draw: Draw, level: str) -> Draft:
    ops = ("+", "-") if level != "hard" else ("×", "÷")
    for _ in range(200):
        q = draw.between(3, 20 if level == "easy" else 12)
        s = q if level == "easy" else draw.between(2, 12)
        p, r, op = draw.between(1, q - 1), draw.between(1, s - 1), draw.pick(ops)
        left, right = Fraction(p, q), Fraction(r, s)
        lowest = (left.numerator, left.denominator, right.numerator, right.denominator) == (
            p, q, r, s)
        value = {"+": left + right, "-": left - right, "×": left * right, "÷": left / right}[op]
        if (lowest and left != right and value > 0 and max(value.numerator,
                                                            value.denominator) <= 60
                and (level == "easy") == (q == s)):
            break
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


DRAWS: dict[str, Callable[[Draw, str], Draft]] = {
    "percent_of": _percent_of, "percent_whole": _percent_whole, "equation": _equation,
    "fraction": _fraction,
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    kinds = LEVELS[params.difficulty]
    if params.format == "numeric":
        kinds = tuple(k for k in kinds if k != "compare")
    kind = draw.pick(kinds) if params.kind == "mixed" else params.kind
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
        return Wording(f"What is {data['percent']}% of {data['whole']:,}?")
    if kind == "percent_whole":
        return Wording(f"{_num(Fraction(data['part']))} is {data['percent']}% of what number?")
    if kind == "equation":
        a, b, c, d = data["a"], data["b"], data["c"], data["d"]
        left = f"{a}(x {MINUS} {b})" if data["shape"] == "bracket" else _side(a, b)
        return Wording(f"If {left} = {_side(c, d)}, what is x?")
    sign = {"-": MINUS}.get(data["op"], data["op"])
    tail = " Give the answer as a fraction in lowest terms." if params.format == "numeric" else ""
    return Wording(f"What is {data['left']} {sign} {data['right']}?{tail}")


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "percent_of": (
        "Split the percentage into easy parts: 10% is a tenth, 5% half of that, 1% a "
        "hundredth."
    ),
    "percent_whole": (
        "If p% is x, then 1% is x ÷ p and the whole is 100 times that."
    ),
    "fraction": (
        "Bring fractions to a common denominator before adding or comparing; simplify at "
        "the end."
    ),
    "compare": (
        "Turn every value into a percentage (or a decimal) before comparing."
    ),
    "equation": (
        "Undo the operations in reverse order, doing the same to both sides."
    ),
}

def method(draft: Draft) -> str:
    """The method line of ``draft``'s question kind."""
    return METHODS[draft.data.get("kind")]


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.0), "medium": (1.5, 4.5),
                                         "hard": (2.0, 5.5)}
