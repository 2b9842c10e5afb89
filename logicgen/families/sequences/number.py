"""Number series: find the next term, or the term missing from inside the series.

Rule kinds (``data["rule"]``):

* ``arithmetic``: add the same number each time;
* ``geometric``: multiply by the same ratio, an integer or a simple fraction
  such as 3/2 or 1/2 (the first term is chosen so every term is a whole number;
  nothing is ever rounded);
* ``second_difference`` / ``third_difference``: the differences (or the
  differences of the differences) grow by a constant;
* ``squares``, ``cubes``, ``primes``, ``triangular``: those tables, with an
  offset, a scale, or both;
* ``fibonacci``: each term is the sum of the two before it;
* ``recurrence``: Fibonacci-like variants (sum of two plus a constant, sum of
  three, or ``2 × previous + the one before``);
* ``affine``: multiply, then add (``× a + b``);
* ``cycle``: two or three operations applied in turn (e.g. ``× 2``, ``+ 3``);
* ``interleave``: two series alternate, each with its own rule;
* ``difference_geometric``: the differences form a geometric series;
* ``digit_sum`` / ``digit_product``: add the sum (product) of the digits.

At least five terms are shown, and always at least two more than the rule has
free parameters, so the shown terms over-determine the rule. Terms stay within
±10,000 (smaller at easier levels), checked term by term while a series is
built; no two neighbouring terms are equal, so a series never just repeats its
last value. About one item in three (``question="mixed"``) asks for a term
missing from inside the series instead of the next one.

Difficulty picks the rule kinds and sizes: ``easy`` uses one operation with small
numbers; ``medium`` adds two-step rules, cycles, interleaving and digit rules;
``hard`` adds third differences, three-step cycles, general recurrences and
numbers up to 10,000. The ``score`` is computed from the drawn series itself::

    score = base(kind) + 0.4 × (operations per step − 1)
            + max(0, 0.5 × log10(largest |term|) − 0.5)
            + 0.3 if a negative number appears + 0.3 for a missing-term question

with ``base`` from 1.0 (arithmetic) to 4.0 (third differences, digit products)
and "operations per step" the number of arithmetic operations one step of the
rule needs (``× 2 + 1`` has two; a three-step cycle counts three).

Wrong options come from named mistakes (repeating the last difference, one step
too far, the wrong operation of a cycle, continuing the wrong one of two
alternating series, dropping the added constant, averaging the neighbours of a
gap) and arithmetic slips near the answer. Options are listed in increasing
order, and the rank of the answer among them is drawn uniformly by the wording
generator, so its position gives nothing away.

>>> import logicgen
>>> item = logicgen.generate("sequence.number", count=1, seed=1)[0]
>>> print(item.prompt)
The 5th term of this series is missing (shown as ?). What is it?
<BLANKLINE>
96, 144, 216, 324, ?, 729
>>> item.choices, item.answer
(('432', '476', '484', '485', '486'), '486')
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from logicgen.families.sequences import QUESTIONS, SeriesParams
from logicgen.registry import Capabilities, Instance, check_int, family
from logicgen.solve import series

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "QUESTIONS", "Params", "explain", "generate", "render"]

MISSING_SHARE = 1 / 3
#: Largest |term| per difficulty (the answer included).
CAP = {"easy": 400, "medium": 2500, "hard": 10_000}

KINDS = (
    "arithmetic",
    "geometric",
    "second_difference",
    "third_difference",
    "squares",
    "cubes",
    "primes",
    "triangular",
    "fibonacci",
    "recurrence",
    "affine",
    "cycle",
    "interleave",
    "difference_geometric",
    "digit_sum",
    "digit_product",
)

#: Relative weight of each kind per difficulty.
WEIGHTS: dict[str, dict[str, float]] = {
    "easy": {
        "arithmetic": 3,
        "geometric": 2,
        "second_difference": 2,
        "squares": 1,
        "triangular": 1,
        "fibonacci": 1,
    },
    "medium": {
        "arithmetic": 0.7,
        "geometric": 1.3,
        "second_difference": 1.3,
        "squares": 0.4,
        "cubes": 0.5,
        "primes": 0.6,
        "triangular": 0.4,
        "fibonacci": 0.8,
        "recurrence": 0.5,
        "affine": 1.3,
        "cycle": 1.8,
        "interleave": 1.8,
        "difference_geometric": 1.2,
        "digit_sum": 0.9,
    },
    "hard": {
        "geometric": 1,
        "second_difference": 0.6,
        "third_difference": 1.8,
        "squares": 0.3,
        "cubes": 0.5,
        "primes": 0.6,
        "recurrence": 1.8,
        "affine": 1,
        "cycle": 2.2,
        "interleave": 1.8,
        "difference_geometric": 1,
        "digit_sum": 0.5,
        "digit_product": 0.6,
    },
}

BASE_SCORE = {
    "arithmetic": 1.0,
    "geometric": 1.5,
    "squares": 1.5,
    "triangular": 2.0,
    "second_difference": 2.0,
    "fibonacci": 2.0,
    "cubes": 2.5,
    "primes": 2.5,
    "affine": 3.0,
    "difference_geometric": 3.0,
    "cycle": 3.0,
    "interleave": 3.0,
    "digit_sum": 3.0,
    "recurrence": 3.5,
    "third_difference": 4.0,
    "digit_product": 4.0,
}

ORDINAL_WORDS = ("1st", "2nd", "3rd")

NEXT_TEMPLATES = (
    "What number comes next in the series?",
    "Which number should come next in this series?",
    "What is the next number in the series?",
)
MISSING_TEMPLATES = (
    "One number in the series is missing (shown as ?). Which number belongs in the {pos} place?",
    "Which number should replace the ? in the series? It is the {pos} term.",
    "The {pos} term of this series is missing (shown as ?). What is it?",
)
NUMERIC_SUFFIX = " Answer with a whole number."


@family(
    "sequence.number",
    solver=series.solve,
    summary="Number series: the next term or a missing term",
    formats=("choice", "numeric"),
    capabilities=Capabilities(series_row=True),
)
@dataclass(frozen=True)
class Params(SeriesParams):
    """Parameters of ``sequence.number``.

    Attributes:
        question: ``next`` (the term after the shown ones), ``missing`` (a term
            blanked out inside the series) or ``mixed`` (about one in three missing).
        min_terms: the least number of terms shown (5 to 8); a rule with more free
            parameters shows more.
    """

    min_terms: int = 5

    def check(self) -> None:
        super().check()
        check_int("min_terms", self.min_terms, 5, 8)


# -- randomness --------------------------------------------------------------------


class _Draw:
    """Uniform draws from a numpy Generator, fetched in batches (one call per 32 draws)."""

    __slots__ = ("_buf", "_rng")

    def __init__(self, rng: np.random.Generator) -> None:
        self._rng = rng
        self._buf: list[float] = []

    def u(self) -> float:
        if not self._buf:
            self._buf = self._rng.random(32).tolist()
        return self._buf.pop()

    def integer(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``."""
        return low + int(self.u() * (high - low + 1))

    def nonzero(self, low: int, high: int) -> int:
        """An integer with ``low <= |x| <= high`` and a random sign."""
        x = self.integer(low, high)
        return x if self.u() < 0.5 else -x

    def pick(self, seq: Any) -> Any:
        return seq[int(self.u() * len(seq))]

    def weighted(self, weights: dict[str, float]) -> str:
        total = sum(weights.values())
        x = self.u() * total
        for key, w in weights.items():
            x -= w
            if x < 0:
                return key
        return key


# -- the drawn series --------------------------------------------------------------


@dataclass
class Series:
    """One drawn series.

    ``terms`` holds the shown positions plus the asked one (``length`` terms in
    all), and ``beyond`` the term after that (``None`` if out of bounds). ``k``
    counts the rule's free parameters, ``ops`` the operations in one step and
    ``order`` the first position whose value follows from the terms before it.
    """

    kind: str
    terms: list[int]
    beyond: int | None
    k: int
    ops: int
    order: int = 1
    info: dict[str, Any] = field(default_factory=dict)


def _grow(
    start: list[int], step: Any, length: int, cap: int
) -> tuple[list[int], int | None] | None:
    """Extend ``start`` with ``step(terms, i)`` to ``length`` terms plus one more.

    Stops as soon as a term leaves ``[-cap, cap]``, a step returns ``None`` (not
    a whole number) or two neighbours are equal, so no giant integer is ever
    built; rejects series that repeat a block of two or three terms. The extra
    term may be out of bounds (it is then ``None``).
    """
    terms = start[:]
    for t in terms:
        if abs(t) > cap:
            return None
    for i in range(1, len(terms)):
        if terms[i] == terms[i - 1]:
            return None
    while len(terms) < length:
        v = step(terms, len(terms))
        if v is None or abs(v) > cap or v == terms[-1]:
            return None
        terms.append(v)
    for period in (2, 3):  # a repeating block is no series to continue
        if all(terms[i] == terms[i - period] for i in range(period, len(terms))):
            return None
    nxt = step(terms, length)
    beyond = nxt if nxt is not None and abs(nxt) <= cap and nxt != terms[-1] else None
    return terms[:length], beyond


def _length(min_terms: int, k: int, minimum: int = 5) -> int:
    """Terms to build: the shown ones (at least ``k + 2``) plus the one asked about."""
    return max(min_terms, k + 2, minimum) + 1


# -- one builder per kind ----------------------------------------------------------
# Each builder returns a Series or None (the draw is abandoned and redrawn).


def _arithmetic(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 2)
    if diff == "easy":
        a, step = d.integer(1, 40), d.integer(2, 9)
        if d.u() < 0.2:
            a, step = d.integer(50, 99), -step
    elif diff == "medium":
        a, step = d.integer(-20, 150), d.nonzero(3, 19)
    else:
        a, step = d.integer(-300, 900), d.nonzero(12, 97)
    grown = _grow([a], lambda t, i: t[-1] + step, length, cap)
    return grown and Series("arithmetic", *grown, k=2, ops=1, info={"d": step})


_RATIOS = {
    "easy": ((2, 1), (3, 1)),
    "medium": ((2, 1), (3, 1), (4, 1), (-2, 1), (1, 2), (3, 2)),
    "hard": ((-3, 1), (3, 2), (-1, 2), (2, 3), (4, 3), (5, 2), (1, 3), (-2, 1)),
}


def _geometric(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 2)
    p, q = d.pick(_RATIOS[diff])
    if q == 1:
        a = d.integer(2, 6 if diff == "easy" else 12)
    else:
        # divisible by q**(length-1) so that every shown term is whole
        a = q ** (length - 1) * d.integer(1, 5)
    if d.u() < (0.0 if diff == "easy" else 0.15):
        a = -a

    def step(t: list[int], i: int) -> int | None:
        x = t[-1] * p
        return None if x % q else x // q

    grown = _grow([a], step, length, cap)
    return grown and Series("geometric", *grown, k=2, ops=1 if q == 1 else 2, info={"p": p, "q": q})


def _second_difference(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 3)
    if diff == "easy":
        a, d0, dd = d.integer(1, 20), d.integer(1, 6), d.integer(1, 3)
    elif diff == "medium":
        a, d0, dd = d.integer(-20, 60), d.integer(-10, 14), d.nonzero(2, 6)
    else:
        a, d0, dd = d.integer(-100, 300), d.integer(-30, 40), d.nonzero(3, 15)

    def step(t: list[int], i: int) -> int:
        return t[-1] + d0 + (i - 1) * dd

    grown = _grow([a], step, length, cap)
    return grown and Series("second_difference", *grown, k=3, ops=2, info={"d0": d0, "dd": dd})


def _third_difference(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 4)
    a, d0, e0, ddd = d.integer(-20, 40), d.integer(-8, 10), d.integer(-5, 6), d.nonzero(1, 4)

    def step(t: list[int], i: int) -> int:
        j = i - 1  # difference index
        return t[-1] + d0 + e0 * j + ddd * j * (j - 1) // 2

    grown = _grow([a], step, length, cap)
    return grown and Series(
        "third_difference", *grown, k=4, ops=3, info={"d0": d0, "e0": e0, "ddd": ddd}
    )


def _primes_upto(count: int) -> list[int]:
    out: list[int] = []
    n = 2
    while len(out) < count:
        if all(n % p for p in out if p * p <= n):
            out.append(n)
        n += 1
    return out


PRIMES = _primes_upto(40)

TABLES = {
    "squares": lambda m: m * m,
    "cubes": lambda m: m**3,
    "triangular": lambda m: m * (m + 1) // 2,
    "primes": lambda m: PRIMES[m - 1],  # m-th prime, m >= 1
}


def _table(kind: str) -> Any:
    def build(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        # prime gaps repeat (2, 4, 2, 4 appears twice early on): show six primes
        length = _length(min_terms, 3, 6 if kind == "primes" else 5)
        if diff == "easy":
            scale, shift = 1, d.integer(-3, 5)
        elif diff == "medium":
            scale = 1 if kind == "cubes" else d.pick((1, 1, 2, 3))
            shift = d.integer(-9, 9)
        else:
            scale, shift = d.pick((2, 3, 4, 5, -1, -2)), d.integer(-30, 30)
        top = {"squares": 9, "cubes": 5, "triangular": 9, "primes": 12}[kind]
        first = d.integer(1, top if diff != "hard" else top + 4)
        if first + length + 1 > len(PRIMES):
            return None
        f = TABLES[kind]
        grown = _grow(
            [scale * f(first) + shift],
            lambda t, i: scale * f(first + i) + shift,
            length,
            cap,
        )
        ops = 1 + (scale != 1) + (shift != 0) - (kind == "primes")
        return grown and Series(
            kind,
            *grown,
            k=3,
            ops=max(ops, 1),
            info={"first": first, "scale": scale, "shift": shift},
        )

    return build


def _fibonacci(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 2)
    hi = {"easy": 9, "medium": 20, "hard": 30}[diff]
    a, b = d.integer(1, hi), d.integer(1, hi)
    grown = _grow([a, b], lambda t, i: t[-1] + t[-2], length, cap)
    return grown and Series("fibonacci", *grown, k=2, ops=1, order=2, info={})


def _recurrence(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    variant = d.pick(("plus", "three", "linear") if diff == "hard" else ("plus",))
    if variant == "plus":
        length = _length(min_terms, 3)
        c = d.nonzero(1, 6)
        a, b = d.integer(1, 15), d.integer(1, 15)
        grown = _grow([a, b], lambda t, i: t[-1] + t[-2] + c, length, cap)
        return grown and Series(
            "recurrence", *grown, k=3, ops=2, order=2, info={"variant": variant, "c": c}
        )
    if variant == "three":
        length = _length(min_terms, 3)
        start = [d.integer(0, 6), d.integer(1, 6), d.integer(1, 8)]
        grown = _grow(start, lambda t, i: t[-1] + t[-2] + t[-3], length, cap)
        return grown and Series(
            "recurrence", *grown, k=3, ops=2, order=3, info={"variant": variant}
        )
    p, q = d.pick(((1, 2), (2, 1), (1, 3), (3, 1), (2, 2)))
    length = _length(min_terms, 4)
    a, b = d.integer(1, 9), d.integer(1, 9)
    grown = _grow([a, b], lambda t, i: p * t[-1] + q * t[-2], length, cap)
    return grown and Series(
        "recurrence", *grown, k=4, ops=3, order=2, info={"variant": variant, "p": p, "q": q}
    )


def _affine(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 3)
    if diff == "hard":
        a = d.pick((2, 3, 4, -2, -3))
        b, x0 = d.nonzero(1, 12), d.integer(-9, 15)
    else:
        a = d.pick((2, 2, 3))
        b, x0 = d.nonzero(1, 9), d.integer(1, 9)
    grown = _grow([x0], lambda t, i: a * t[-1] + b, length, cap)
    return grown and Series("affine", *grown, k=3, ops=2, info={"a": a, "b": b})


def _difference_geometric(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 3)
    r = d.pick((2, 3) if diff != "hard" else (2, 3, -2, 4))
    d0 = d.nonzero(1, 4) if diff == "hard" else d.integer(1, 4)
    a = d.integer(-20, 40)

    def step(t: list[int], i: int) -> int:
        return t[-1] + d0 * r ** (i - 1)

    grown = _grow([a], step, length, cap)
    return grown and Series("difference_geometric", *grown, k=3, ops=2, info={"d0": d0, "r": r})


Op = tuple[str, int]  # ("+", c) or ("×", m)


def _apply(op: Op, x: int) -> int:
    return x + op[1] if op[0] == "+" else x * op[1]


def _cycle(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    period = 3 if diff == "hard" and d.u() < 0.45 else 2
    ops: list[Op]
    mult = ("×", d.pick((2, 3) if diff != "hard" else (2, 3, -2)))
    if period == 2:
        kind = d.pick(("mul_add", "mul_add", "add_add"))
        if kind == "mul_add":
            ops = [mult, ("+", d.nonzero(1, 12))]
        else:
            c1, c2 = d.nonzero(2, 12), d.nonzero(2, 12)
            if c1 == c2 or c1 + c2 == 0:
                return None
            ops = [("+", c1), ("+", c2)]
        if d.u() < 0.5:
            ops.reverse()
    else:
        ops = [mult, ("+", d.nonzero(1, 9)), ("+", d.nonzero(1, 9))]
        if ops[1][1] == ops[2][1]:
            return None
        shift = d.integer(0, 2)
        ops = ops[shift:] + ops[:shift]
    x0 = d.integer(1, 12)
    length = _length(min_terms, 1 + period, 2 * period + 1)
    grown = _grow([x0], lambda t, i: _apply(ops[(i - 1) % period], t[-1]), length, cap)
    return grown and Series(
        "cycle", *grown, k=1 + period, ops=period, info={"ops": ops, "period": period}
    )


def _interleave(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
    length = _length(min_terms, 4)
    subs: list[tuple[str, int, int]] = []  # (kind, start, step or ratio)
    geo = diff == "hard" and d.u() < 0.5
    for j in range(2):
        if geo and j == 1:
            subs.append(("geometric", d.integer(1, 6), d.pick((2, 3))))
        else:
            hi = 30 if diff == "medium" else 120
            subs.append(
                ("arithmetic", d.integer(1, hi), d.nonzero(2, 9 if diff == "medium" else 25))
            )
    if geo and d.u() < 0.5:
        subs.reverse()
    if subs[0][0] == subs[1][0] and subs[0][2] == subs[1][2]:
        return None

    def value(j: int) -> int:
        kind, start, s = subs[j % 2]
        m = j // 2
        return start + s * m if kind == "arithmetic" else start * s**m

    start_terms = [value(0), value(1)]
    grown = _grow(start_terms, lambda t, i: value(i), length, cap)
    if grown is None or len(set(grown[0])) < len(grown[0]):
        return None  # a value repeated across the two series would read as a pattern
    return Series("interleave", *grown, k=4, ops=1, order=2, info={"subs": subs})


def _digits(x: int) -> list[int]:
    return [int(ch) for ch in str(abs(x))]


def _digit_rule(kind: str) -> Any:
    def build(d: _Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 1)
        if kind == "digit_sum":
            x0 = d.integer(100, 700) if diff == "hard" else d.integer(10, 80)
            f = lambda x: sum(_digits(x))
        else:
            x0 = d.integer(11, 60)
            f = lambda x: math.prod(_digits(x))
        grown = _grow([x0], lambda t, i: t[-1] + f(t[-1]), length, cap)
        return grown and Series(kind, *grown, k=1, ops=2, info={})

    return build


BUILDERS = {
    "arithmetic": _arithmetic,
    "geometric": _geometric,
    "second_difference": _second_difference,
    "third_difference": _third_difference,
    "squares": _table("squares"),
    "cubes": _table("cubes"),
    "primes": _table("primes"),
    "triangular": _table("triangular"),
    "fibonacci": _fibonacci,
    "recurrence": _recurrence,
    "affine": _affine,
    "cycle": _cycle,
    "interleave": _interleave,
    "difference_geometric": _difference_geometric,
    "digit_sum": _digit_rule("digit_sum"),
    "digit_product": _digit_rule("digit_product"),
}


@dataclass
class Spec:
    """What ``render`` and ``explain`` need beyond ``data``."""

    series: Series
    question: str
    blank: int  # index of the asked position in ``series.terms``


def generate(params: Params, rng: np.random.Generator) -> Instance:
    """Draw one series and the position asked about."""
    d = _Draw(rng)
    diff = params.difficulty
    cap = CAP[diff]
    weights = WEIGHTS[diff]
    for _ in range(10_000):
        kind = d.weighted(weights)
        question = params.question
        if question == "mixed":
            question = "missing" if d.u() < MISSING_SHARE else "next"
        min_terms = params.min_terms
        if kind == "interleave" and question == "missing":
            min_terms = max(min_terms, 7)  # the gap's own series keeps three shown terms
        series = BUILDERS[kind](d, diff, min_terms, cap)
        if not series:
            continue
        length = len(series.terms)
        if question == "next":
            blank = length - 1
        else:
            low = max(1, series.order)
            if low > length - 2:
                continue
            blank = d.integer(low, length - 2)
        return _instance(series, question, blank)
    raise RuntimeError("sequence.number could not draw a series")  # pragma: no cover


def _instance(s: Series, question: str, blank: int) -> Instance:
    terms = s.terms
    answer = terms[blank]
    if question == "next":
        shown: list[int | None] = list(terms[:blank])
    else:
        shown = list(terms)
        shown[blank] = None
    biggest = max(abs(t) for t in terms)
    score = (
        BASE_SCORE[s.kind]
        + 0.4 * (s.ops - 1)
        + max(0.0, 0.5 * math.log10(max(biggest, 1)) - 0.5)
        + (0.3 if min(terms) < 0 else 0.0)
        + (0.3 if question == "missing" else 0.0)
    )
    data = {
        "terms": shown,
        "question": question,
        "position": blank + 1,
        "rule": s.kind,
    }
    return Instance(
        data=data, answer=str(answer), score=round(score, 2), spec=Spec(s, question, blank)
    )


# -- wording -----------------------------------------------------------------------


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ..., ``11th``, ``12th``, ``13th``, ``21st``."""
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return f"{n}th"
    return f"{n}{('st', 'nd', 'rd')[n % 10 - 1]}"


def render(instance: Instance, params: Params, rng: np.random.Generator) -> tuple[str, list[str]]:
    """Word the question; for choice items pick the wrong options and order them."""
    spec: Spec = instance.spec
    d = _Draw(rng)
    shown = ", ".join("?" if t is None else str(t) for t in instance.data["terms"])
    if spec.question == "next":
        question = d.pick(NEXT_TEMPLATES)
        shown += ", ?"
    else:
        question = d.pick(MISSING_TEMPLATES).format(pos=ordinal(spec.blank + 1))
    if params.format == "numeric":
        return f"{question}{NUMERIC_SUFFIX}\n\n{shown}", []
    values = _option_values(spec, int(instance.answer), params.n_options, CAP[params.difficulty], d)
    return f"{question}\n\n{shown}", [str(v) for v in values]


def _mistakes(spec: Spec) -> list[int]:
    """Values a candidate reaches by a named mistake, most plausible first."""
    s = spec.series
    t = s.terms
    b = spec.blank
    info = s.info
    out: list[int] = []
    if spec.question == "next":
        x, y = t[b - 1], t[b - 2]
        out.append(x + (x - y))  # the last difference again
        if s.beyond is not None:
            out.append(s.beyond)  # one step too far
        if y and (x * x) % y == 0:
            out.append(x * x // y)  # the last ratio again
        if s.kind == "cycle":
            ops = info["ops"]
            for op in ops:  # the wrong operation of the cycle
                out.append(_apply(op, x))
        elif s.kind == "geometric":
            p, q = info["p"], info["q"]
            out.append(x * p if q > 1 else x * (p + 1))  # forgot the division / ratio too big
        elif s.kind in TABLES:
            m = info["first"] + b
            f = TABLES[s.kind]
            if info["shift"]:
                out.append(info["scale"] * f(m))  # forgot the offset
            if info["scale"] != 1:
                out.append(f(m) + info["shift"])  # forgot the scale
        elif s.kind == "interleave":
            out.append(x + (x - t[b - 3]))  # continues the series x belongs to
        elif s.kind == "affine":
            out.append(info["a"] * x)  # forgot the added number
            out.append(info["a"] * x - info["b"])  # added with the wrong sign
        elif s.kind == "recurrence" and info["variant"] == "plus":
            out.append(x + y)  # forgot the constant
        elif s.kind in ("fibonacci", "recurrence"):
            out.append(2 * x)  # doubled the last term
        elif s.kind in ("second_difference", "third_difference"):
            out.append(t[b] + (t[b] - x) - (x - y))  # growth of the difference counted twice
        elif s.kind == "difference_geometric":
            out.append(x + (x - y) + (x - y) - (y - t[b - 3]))  # differences taken as arithmetic
        elif s.kind in ("digit_sum", "digit_product"):
            out.append(x + _digits(x)[-1])  # added the last digit only
            out.append(x + _digits(x)[0])  # added the first digit only
    else:
        left, right = t[b - 1], t[b + 1]
        if (left + right) % 2 == 0:
            out.append((left + right) // 2)  # average of the neighbours
        if b >= 2:
            out.append(left + (left - t[b - 2]))  # continues the terms before the gap
        if b + 2 < len(t):
            out.append(right - (t[b + 2] - right))  # runs the terms after the gap backwards
        if s.kind == "cycle":
            for op in info["ops"]:
                out.append(_apply(op, left))
        elif s.kind == "interleave" and b >= 2:
            out.append(t[b - 2] + (right - left))
    return out


_FAR = tuple(range(13, 41))


def _plausible_range(spec: Spec, answer: int) -> tuple[float, float]:
    """Where a wrong option is not ruled out at a glance.

    When the series visibly rises (falls) into the asked term, a value at or
    below (above) the last shown term is eliminated at once; for a gap between
    a smaller and a larger neighbour, only values between them stay credible.
    """
    t, b = spec.series.terms, spec.blank
    if spec.question == "next":
        x, y = t[b - 1], t[b - 2]
        if y < x < answer:
            return x + 1, math.inf
        if y > x > answer:
            return -math.inf, x - 1
    else:
        left, right = t[b - 1], t[b + 1]
        if left < answer < right:
            return left + 1, right - 1
        if left > answer > right:
            return right + 1, left - 1
    return -math.inf, math.inf


def _option_values(spec: Spec, answer: int, n_options: int, cap: int, d: _Draw) -> list[int]:
    """``n_options`` distinct integers in increasing order, the answer at a uniform rank.

    Named mistakes come first, then arithmetic slips; values inside the
    plausible range are preferred on each side, others only fill a short side.
    """
    terms = spec.series.terms
    shown = set(terms) - {answer}
    nonneg = min(terms) >= 0
    reach = max(20, abs(answer))
    step = abs(answer - terms[spec.blank - 1]) or 1
    low, high = _plausible_range(spec, answer)
    # [in range, out of range] candidates below and above the answer
    below: tuple[list[int], list[int]] = ([], [])
    above: tuple[list[int], list[int]] = ([], [])
    seen = {answer}
    m = n_options - 1

    def offer(v: int) -> None:
        if v in seen or v in shown or abs(v - answer) > reach or abs(v) > cap or (nonneg and v < 0):
            return
        seen.add(v)
        side = below if v < answer else above
        side[0 if low <= v <= high else 1].append(v)

    for v in _mistakes(spec):
        offer(v)
    # arithmetic slips, nearest and most typical first, until each side could hold all
    for j in (1, 10, 2, step, step + 1, step - 1, 3, 2 * step, 4, 5, 6, 11, 9, 7, 8, 12, *_FAR):
        if len(below[0]) >= m and len(above[0]) >= m:
            break
        if j > 0:
            offer(answer - j)
            offer(answer + j)
    lower = below[0] + below[1]
    upper = above[0] + above[1]
    rank = int(d.u() * n_options)
    rank = max(m - len(upper), min(rank, len(lower)))
    return sorted(lower[:rank] + upper[: m - rank] + [answer])


# -- explanation -------------------------------------------------------------------


def _signed(x: int) -> str:
    return f"({x})" if x < 0 else str(x)


def _plus(x: int, c: int) -> str:
    return f"{x} + {c}" if c >= 0 else f"{x} - {-c}"


def _tail(c: int) -> str:
    """`` + c`` or `` - |c|`` (nothing for 0), to append to an expression."""
    if c == 0:
        return ""
    return f" + {c}" if c > 0 else f" - {-c}"


def _times(x: int, m: int) -> str:
    return f"{x} × {_signed(m)}"


def _seq_text(values: Sequence[int | None]) -> str:
    return ", ".join("?" if v is None else str(v) for v in values)


def _ratio_words(p: int, q: int) -> str:
    if q == 1:
        return f"multiplied by {_signed(p)}"
    if p == 1:
        return "halved (divided by 2)" if q == 2 else f"divided by {q}"
    if p == -1:
        return f"divided by {q} with its sign switched (multiplied by -1/{q})"
    return f"multiplied by {p}/{q} (divided by {q}, then multiplied by {_signed(p)})"


def _step_geometric(x: int, p: int, q: int) -> str:
    if q == 1:
        return _times(x, p)
    if p == 1:
        return f"{x} ÷ {q}"
    return f"{x} ÷ {q} × {_signed(p)}"


def _table_term(s: Series, i: int) -> str:
    """How the table term at position i is made, e.g. ``2 × 6² + 1 = 2 × 36 + 1 = 73``."""
    info = s.info
    m = info["first"] + i
    scale, shift = info["scale"], info["shift"]
    base = {"squares": f"{m}²", "cubes": f"{m}³", "triangular": f"T({m})", "primes": f"p({m})"}[
        s.kind
    ]
    value = TABLES[s.kind](m)
    text = base if scale == 1 else f"{_signed(scale)} × {base}"
    if scale == 1 and not shift:
        return f"{text} = {s.terms[i]}"
    plain = str(value) if scale == 1 else f"{_signed(scale)} × {value}"
    return f"{text}{_tail(shift)} = {plain}{_tail(shift)} = {s.terms[i]}"


def _table_intro(s: Series) -> str:
    info = s.info
    first, scale, shift = info["first"], info["scale"], info["shift"]
    base, what = {
        "squares": ("n²", "the square numbers"),
        "cubes": ("n³", "the cube numbers"),
        "triangular": ("T(n)", "the triangular numbers, T(n) = 1 + 2 + … + n"),
        "primes": ("p(n)", "p(n) is the n-th prime: 2, 3, 5, 7, 11, 13, …"),
    }[s.kind]
    formula = (base if scale == 1 else f"{_signed(scale)} × {base}") + _tail(shift)
    ns = f"{first}, {first + 1}, {first + 2}, …"
    return f"Each term is {formula} for n = {ns} ({what})."


def _diffs(values: list[int]) -> list[int]:
    return [y - x for x, y in itertools.pairwise(values)]


def _diff_list(values: Sequence[int | None]) -> list[int | None]:
    return [None if x is None or y is None else y - x for x, y in itertools.pairwise(values)]


def explain(instance: Instance) -> str:
    """The worked solution: the rule, the pattern that shows it, and the computation."""
    spec: Spec = instance.spec
    s, b = spec.series, spec.blank
    t = s.terms
    missing = spec.question == "missing"
    visible: list[int | None] = list(t)
    if missing:
        visible[b] = None
    else:
        visible = visible[:b]
    kind, info = s.kind, s.info
    lines: list[str] = []

    def step_text(i: int) -> str:
        """How t[i] follows from the terms before it, ending in ``= t[i]``."""
        x = t[i - 1]
        if kind == "arithmetic":
            return f"{_plus(x, info['d'])} = {t[i]}"
        if kind == "geometric":
            return f"{_step_geometric(x, info['p'], info['q'])} = {t[i]}"
        if kind in ("second_difference", "third_difference", "difference_geometric"):
            return f"{_plus(x, t[i] - x)} = {t[i]}"
        if kind in ("squares", "cubes", "primes", "triangular"):
            return _table_term(s, i)
        if kind == "fibonacci":
            return f"{_plus(t[i - 2], x)} = {t[i]}"
        if kind == "recurrence":
            v = info["variant"]
            if v == "plus":
                return f"{_plus(t[i - 2], x)}{_tail(info['c'])} = {t[i]}"
            if v == "three":
                return f"{t[i - 3]} + {_signed(t[i - 2])} + {_signed(x)} = {t[i]}"
            p, q = info["p"], info["q"]
            left = f"{p} × {_signed(x)}" if p != 1 else str(x)
            right = f"{q} × {_signed(t[i - 2])}" if q != 1 else _signed(t[i - 2])
            return f"{left} + {right} = {t[i]}"
        if kind == "affine":
            return f"{_times(x, info['a'])}{_tail(info['b'])} = {t[i]}"
        if kind == "cycle":
            op = info["ops"][(i - 1) % info["period"]]
            body = _plus(x, op[1]) if op[0] == "+" else _times(x, op[1])
            return f"{body} = {t[i]}"
        if kind == "interleave":
            sub = info["subs"][i % 2]
            prev = t[i - 2]
            body = _plus(prev, sub[2]) if sub[0] == "arithmetic" else _times(prev, sub[2])
            return f"{body} = {t[i]}"
        if kind == "digit_sum":
            return f"{x} + ({' + '.join(map(str, _digits(x)))}) = {t[i]}"
        if kind == "digit_product":
            return f"{x} + ({' × '.join(map(str, _digits(x)))}) = {t[i]}"
        raise ValueError(kind)  # pragma: no cover

    # 1. the rule and the visible pattern
    if kind == "arithmetic":
        dd = info["d"]
        lines.append(
            f"Each term is {abs(dd)} {'more' if dd > 0 else 'less'} than the one before "
            "(an arithmetic series)."
        )
    elif kind == "geometric":
        lines.append(
            "This is a geometric series: each term is the previous term "
            f"{_ratio_words(info['p'], info['q'])}."
        )
    elif kind == "second_difference":
        diffs = _diff_list(visible)
        grow = "grow" if info["dd"] > 0 else "shrink"
        full = _diffs(t)
        if missing:
            lines.append(
                f"The differences between neighbouring terms are {_seq_text(diffs)}: they "
                f"{grow} by {abs(info['dd'])} each time, so in full they are {_seq_text(full)}."
            )
        else:
            lines.append(
                f"The differences between neighbouring terms are {_seq_text(diffs)}: they "
                f"{grow} by {abs(info['dd'])} each time. The next difference is "
                f"{_plus(full[-2], info['dd'])} = {full[-1]}."
            )
    elif kind == "third_difference":
        full1 = _diffs(t)
        full2 = _diffs(full1)
        ddd = info["ddd"]
        grow = "grow" if ddd > 0 else "shrink"
        if missing:
            lines.append(
                f"The differences of the differences {grow} by {abs(ddd)} each time (the third "
                f"differences are constant). Filling the gap so that this holds, the differences "
                f"are {_seq_text(full1)} and their differences are {_seq_text(full2)}."
            )
        else:
            d1 = full1[:-1]
            d2 = full2[:-1]
            lines.append(
                f"The differences are {_seq_text(d1)}; the differences of those are "
                f"{_seq_text(d2)}, which {grow} by {abs(ddd)} each time. So the next second "
                f"difference is {_plus(d2[-1], ddd)} = {full2[-1]} and the next difference is "
                f"{_plus(d1[-1], full2[-1])} = {full1[-1]}."
            )
    elif kind == "difference_geometric":
        r = info["r"]
        full = _diffs(t)
        if missing:
            lines.append(
                f"The differences between neighbouring terms are {_seq_text(_diff_list(visible))}: "
                f"each is {_signed(r)} times the one before, so in full they are {_seq_text(full)}."
            )
        else:
            shown_d = full[:-1]
            lines.append(
                f"The differences between neighbouring terms are {_seq_text(shown_d)}: each is "
                f"{_signed(r)} times the one before (a geometric series). The next difference is "
                f"{_times(shown_d[-1], r)} = {full[-1]}."
            )
    elif kind in ("squares", "cubes", "primes", "triangular"):
        lines.append(_table_intro(s))
        known = [i for i in range(len(t)) if i != b][:3]
        lines.append("For example " + ", ".join(_table_term(s, i) for i in known) + ".")
    elif kind == "fibonacci":
        lines.append("Each term is the sum of the two terms before it (a Fibonacci-like series).")
    elif kind == "recurrence":
        v = info["variant"]
        if v == "plus":
            c = info["c"]
            lines.append(
                f"Each term is the sum of the two terms before it, "
                f"{'plus' if c > 0 else 'minus'} {abs(c)}."
            )
        elif v == "three":
            lines.append("Each term is the sum of the three terms before it.")
        else:
            words = {1: "", 2: "twice ", 3: "three times "}
            lines.append(
                f"Each term is {words[info['p']]}the previous term plus "
                f"{words[info['q']]}the term before that."
            )
    elif kind == "affine":
        bb = info["b"]
        lines.append(
            f"Each term is the previous term multiplied by {_signed(info['a'])}, then "
            f"{'plus' if bb > 0 else 'minus'} {abs(bb)}."
        )
    elif kind == "cycle":
        ops = info["ops"]
        names = [
            (f"add {op[1]}" if op[1] > 0 else f"subtract {-op[1]}")
            if op[0] == "+"
            else f"multiply by {_signed(op[1])}"
            for op in ops
        ]
        steps = [
            step_text(i)
            for i in range(1, len(t))
            if (missing and i != b and i - 1 != b) or (not missing and i < b)
        ]
        lines.append(
            f"The steps repeat in a cycle of {len(ops)}: {', then '.join(names)}, and again: "
            f"{'; '.join(steps)}."
        )
    elif kind == "interleave":
        parts = []
        for j in range(2):
            values = visible[j::2]
            kind_j, _, step = info["subs"][j]
            places = ", ".join(ordinal(j + 1 + 2 * m) for m in range(3)) + ", …"
            if kind_j == "arithmetic":
                rule = f"{abs(step)} {'more' if step > 0 else 'less'} each time"
            else:
                rule = f"multiplied by {step} each time"
            parts.append(f"the {places} terms are {_seq_text(values)} ({rule})")
        lines.append(f"Two series alternate: {parts[0]}; {parts[1]}.")
    elif kind == "digit_sum":
        lines.append("Each term is the previous term plus the sum of its digits.")
    elif kind == "digit_product":
        lines.append("Each term is the previous term plus the product of its digits.")

    # 2. the computation of the answer
    if not missing:
        if kind == "interleave":
            which = "first" if b % 2 == 0 else "second"
            lines.append(
                f"So the next term is the {ordinal(b + 1)}, which continues the {which} series: "
                f"{step_text(b)}."
            )
        else:
            lines.append(f"So the next term is {step_text(b)}.")
    else:
        lines.append(f"So the missing {ordinal(b + 1)} term is {step_text(b)}.")
        check_at = b + 2 if kind == "interleave" else b + 1
        closed_form = kind in ("squares", "cubes", "primes", "triangular")
        if check_at < len(t) and not closed_form:
            lines.append(
                f"Check: the {ordinal(check_at + 1)} term is then {step_text(check_at)}, as shown."
            )
    return " ".join(lines)
