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

Difficulty picks the rule kinds and sizes: ``easy`` uses one operation with
numbers up to 400 and now and then shows a sixth term; ``medium`` adds two-step rules, cycles and digit rules; ``hard`` adds third
differences, three-step cycles, general recurrences and numbers up to 10,000.
Starting values and steps are drawn from ranges wide enough that 1,000 items of
one level rarely repeat a prompt (at most about 1%, also between two seeds);
a geometric series draws its start among all that keep it within bounds, and a
ratio with few such starts is drawn less often. The solver rejects a series
that a person could read another way (a warm-up first term, equal last steps,
a difference table; see ``logicgen.solve.series``), and the series is redrawn. The
``score`` is the solver's effort (:func:`logicgen.solve.series.effort`, from the
shown terms alone)::

    score = cost(first library rule that fits) + 0.1 × rules rejected before it
            + max(0, 0.5 × log10(largest |term|) − 0.5)
            + 0.3 if a negative number appears + 0.3 for a missing-term question

with the cost from 1 (a constant difference) and 1.5 (a ratio) to 4 (digit
products). Bands (:data:`BANDS`): ``easy`` 1–3, ``medium`` 1.8–5.5, ``hard``
2.8–7.5, so a "hard" draw that turns out a plain constant difference on small
numbers is drawn again: hard means a rule further down the library, not more
terms.

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
22, 13, 32, 42, ?, 110
>>> item.choices, item.answer
(('52', '61', '70', '71', '76'), '71')
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from logicgen.generators.sequences import QUESTIONS, SeriesParams
from logicgen.kit import Draft, Draw, Mistake, Wording
from logicgen.registry import Capabilities, check_int, family
from logicgen.solve import series

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "QUESTIONS", "Params", "explain", "generate", "render"]

MISSING_SHARE = 1 / 3
#: Largest |term| per difficulty (the answer included).
CAP = {"easy": 400, "medium": 2500, "hard": 10_000}

#: Relative weight of each kind per difficulty.
WEIGHTS: dict[str, dict[str, float]] = {
    "easy": {"arithmetic": 1.4, "geometric": 0.02, "second_difference": 2.6, "squares": 0.35,
             "triangular": 0.35, "fibonacci": 0.5},
    "medium": {"arithmetic": 0.8, "geometric": 0.6, "second_difference": 1.3, "squares": 0.4,
               "cubes": 0.5, "primes": 0.6, "triangular": 0.4, "fibonacci": 0.8,
               "recurrence": 0.5, "affine": 1.3, "cycle": 1.8, "interleave": 1.8,
               "difference_geometric": 1.2, "digit_sum": 0.9},
    "hard": {"geometric": 0.8, "second_difference": 0.6, "third_difference": 1.8, "squares": 0.3,
             "cubes": 0.5, "primes": 0.6, "recurrence": 1.8, "affine": 1, "cycle": 2.2,
             "interleave": 1.8, "difference_geometric": 1, "digit_sum": 0.5,
             "digit_product": 0.6},
}

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
    "sequence.number", version=4,
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


# -- writing numbers ---------------------------------------------------------------


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


def _diffs(values: list[int]) -> list[int]:
    return [y - x for x, y in itertools.pairwise(values)]


def _visible(s: Series, b: int, missing: bool) -> list[int | None]:
    """The terms a candidate sees: a ``?`` at the gap, or those before the asked one."""
    if not missing:
        return list(s.terms[:b])
    return [None if i == b else v for i, v in enumerate(s.terms)]


def _diff_list(values: Sequence[int | None]) -> list[int | None]:
    return [None if x is None or y is None else y - x for x, y in itertools.pairwise(values)]


def _more(step: int) -> str:
    """``3 more`` or ``3 less``."""
    return f"{abs(step)} {'more' if step > 0 else 'less'}"


def _grow_word(change: int) -> str:
    return "grow" if change > 0 else "shrink"


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ..., ``11th``, ``12th``, ``13th``, ``21st``."""
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return f"{n}th"
    return f"{n}{('st', 'nd', 'rd')[n % 10 - 1]}"


# -- the rule kinds ------------------------------------------------------------------
# One object per kind: ``build`` draws a series (or None: the draw is abandoned and
# redrawn), ``step`` writes how a term follows from the terms before it, ``pattern``
# says what the shown terms reveal, and ``slips`` / ``gap_slips`` give the kind's
# own named mistakes for a next-term and a missing-term question.


class Kind:
    """One rule kind: how a series of it is drawn, explained and mistaken."""

    name: str
    base: float  # the score's base
    closed = False  # each term has a closed form: a missing term needs no check line
    stride = 1  # how far on the next term of the same series is
    gap_terms = 0  # the least number of terms a missing-term question builds

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        raise NotImplementedError

    def step(self, s: Series, i: int) -> str:
        """How ``t[i]`` follows from the terms before it, ending in ``= t[i]``."""
        raise NotImplementedError

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        """The rule and the visible pattern that shows it."""
        raise NotImplementedError

    def slips(self, s: Series, b: int) -> list[Mistake]:
        """Named mistakes of this kind for the next term ``b``."""
        return []

    def gap_slips(self, s: Series, b: int) -> list[Mistake]:
        """Named mistakes of this kind for the missing term ``b``."""
        return []


class Arithmetic(Kind):
    name, base = "arithmetic", 1.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 2)
        if diff == "easy":
            a, step = d.integer(1, 100), d.integer(2, 24)
            if d.u() < 0.5:
                a, step = d.integer(80, 220), -step
        elif diff == "medium":
            a, step = d.integer(-40, 400), d.nonzero(3, 39)
        else:
            a, step = d.integer(-300, 900), d.nonzero(12, 97)
        grown = _grow([a], lambda t, i: t[-1] + step, length, cap)
        return grown and Series(self.name, *grown, k=2, ops=1, info={"d": step})

    def step(self, s: Series, i: int) -> str:
        return f"{_plus(s.terms[i - 1], s.info['d'])} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        return f"Each term is {_more(s.info['d'])} than the one before (an arithmetic series)."


_RATIOS = {
    "easy": ((2, 1), (3, 1)),
    "medium": ((2, 1), (3, 1), (4, 1), (-2, 1), (1, 2), (3, 2), (-3, 1), (1, 3)),
    "hard": ((-3, 1), (3, 2), (-1, 2), (2, 3), (4, 3), (5, 2), (1, 3), (-2, 1)),
}


class Geometric(Kind):
    name, base = "geometric", 1.5

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 2)
        # the largest start (in units of q**(length-1)) that keeps every term within
        # cap; a ratio with little room has few series, so it is drawn less often
        rooms = {r: max(1, cap // max(r[1], abs(r[0])) ** (length - 1)) for r in _RATIOS[diff]}
        p, q = d.weighted({r: min(room, 40) for r, room in rooms.items()})
        room = rooms[p, q]
        if q == 1:
            a = d.integer(1 if room < 2 else 2, room)
        else:
            # divisible by q**(length-1) so that every shown term is whole
            a = q ** (length - 1) * d.integer(1, room)
        if d.u() < (0.0 if diff == "easy" else 0.15):
            a = -a

        def step(t: list[int], i: int) -> int | None:
            x = t[-1] * p
            return None if x % q else x // q

        grown = _grow([a], step, length, cap)
        ops = 1 if q == 1 else 2
        return grown and Series(self.name, *grown, k=2, ops=ops, info={"p": p, "q": q})

    def step(self, s: Series, i: int) -> str:
        x, p, q = s.terms[i - 1], s.info["p"], s.info["q"]
        if q == 1:
            body = _times(x, p)
        else:
            body = f"{x} ÷ {q}" if p == 1 else f"{x} ÷ {q} × {_signed(p)}"
        return f"{body} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        p, q = s.info["p"], s.info["q"]
        if q == 1:
            words = f"multiplied by {_signed(p)}"
        elif p == 1:
            words = "halved (divided by 2)" if q == 2 else f"divided by {q}"
        elif p == -1:
            words = f"divided by {q} with its sign switched (multiplied by -1/{q})"
        else:
            words = f"multiplied by {p}/{q} (divided by {q}, then multiplied by {_signed(p)})"
        return f"This is a geometric series: each term is the previous term {words}."

    def slips(self, s: Series, b: int) -> list[Mistake]:
        x, p, q = s.terms[b - 1], s.info["p"], s.info["q"]
        if q > 1:
            return [Mistake(x * p, "forgetting the division")]
        return [Mistake(x * (p + 1), "a ratio one too big")]


class Differences(Kind):
    """Kinds read from the differences between neighbouring terms."""

    def step(self, s: Series, i: int) -> str:
        x = s.terms[i - 1]
        return f"{_plus(x, s.terms[i] - x)} = {s.terms[i]}"

    def law(self, s: Series, missing: bool) -> str:
        """How each difference follows from the one before."""
        raise NotImplementedError

    def next_difference(self, s: Series, full: list[int]) -> str:
        """The last difference worked out from the one before it."""
        raise NotImplementedError

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        full = _diffs(s.terms)
        head = (
            "The differences between neighbouring terms are "
            f"{_seq_text(_diff_list(_visible(s, b, missing)))}: {self.law(s, missing)}"
        )
        if missing:
            return f"{head}, so in full they are {_seq_text(full)}."
        return f"{head}. The next difference is {self.next_difference(s, full)} = {full[-1]}."

    def slips(self, s: Series, b: int) -> list[Mistake]:
        t = s.terms
        x, y = t[b - 1], t[b - 2]
        return [Mistake(t[b] + (t[b] - x) - (x - y), "counting the growth of the difference twice")]


class SecondDifference(Differences):
    name, base = "second_difference", 2.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 3)
        if diff == "easy":
            a, d0, dd = d.integer(1, 100), d.integer(1, 14), d.integer(1, 6)
            if d.u() < 0.3:  # differences that shrink, staying above zero
                d0, dd = d.integer(12, 30), -d.integer(1, 4)
        elif diff == "medium":
            a, d0, dd = d.integer(-40, 250), d.integer(-15, 25), d.nonzero(2, 8)
        else:
            a, d0, dd = d.integer(-100, 300), d.integer(-30, 40), d.nonzero(3, 15)
        grown = _grow([a], lambda t, i: t[-1] + d0 + (i - 1) * dd, length, cap)
        return grown and Series(self.name, *grown, k=3, ops=2, info={"d0": d0, "dd": dd})

    def law(self, s: Series, missing: bool) -> str:
        dd = s.info["dd"]
        return f"they {_grow_word(dd)} by {abs(dd)} each time"

    def next_difference(self, s: Series, full: list[int]) -> str:
        return _plus(full[-2], s.info["dd"])


class ThirdDifference(Differences):
    name, base = "third_difference", 4.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 4)
        a, d0, e0, ddd = d.integer(-50, 200), d.integer(-8, 10), d.integer(-5, 6), d.nonzero(1, 4)

        def step(t: list[int], i: int) -> int:
            j = i - 1  # difference index
            return t[-1] + d0 + e0 * j + ddd * j * (j - 1) // 2

        grown = _grow([a], step, length, cap)
        info = {"d0": d0, "e0": e0, "ddd": ddd}
        return grown and Series(self.name, *grown, k=4, ops=3, info=info)

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        full1 = _diffs(s.terms)
        full2 = _diffs(full1)
        ddd = s.info["ddd"]
        grow = _grow_word(ddd)
        if missing:
            return (
                f"The differences of the differences {grow} by {abs(ddd)} each time (the third "
                f"differences are constant). Filling the gap so that this holds, the differences "
                f"are {_seq_text(full1)} and their differences are {_seq_text(full2)}."
            )
        d1, d2 = full1[:-1], full2[:-1]
        return (
            f"The differences are {_seq_text(d1)}; the differences of those are "
            f"{_seq_text(d2)}, which {grow} by {abs(ddd)} each time. So the next second "
            f"difference is {_plus(d2[-1], ddd)} = {full2[-1]} and the next difference is "
            f"{_plus(d1[-1], full2[-1])} = {full1[-1]}."
        )


class DifferenceGeometric(Differences):
    name, base = "difference_geometric", 3.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 3)
        r = d.pick((2, 3) if diff != "hard" else (2, 3, -2, 4))
        d0 = d.nonzero(1, 6) if diff == "hard" else d.integer(1, 9)
        a = d.integer(-100, 300) if diff == "hard" else d.integer(-40, 90)
        grown = _grow([a], lambda t, i: t[-1] + d0 * r ** (i - 1), length, cap)
        return grown and Series(self.name, *grown, k=3, ops=2, info={"d0": d0, "r": r})

    def law(self, s: Series, missing: bool) -> str:
        named = "" if missing else " (a geometric series)"
        return f"each is {_signed(s.info['r'])} times the one before{named}"

    def next_difference(self, s: Series, full: list[int]) -> str:
        return _times(full[-2], s.info["r"])

    def slips(self, s: Series, b: int) -> list[Mistake]:
        t = s.terms
        x, y = t[b - 1], t[b - 2]
        wrong = x + (x - y) + (x - y) - (y - t[b - 3])
        return [Mistake(wrong, "taking the differences as arithmetic")]


def _primes_upto(count: int) -> list[int]:
    out: list[int] = []
    n = 2
    while len(out) < count:
        if all(n % p for p in out if p * p <= n):
            out.append(n)
        n += 1
    return out


PRIMES = _primes_upto(40)


@dataclass(frozen=True)
class Table(Kind):
    """A table of numbers (squares, cubes, primes, triangular), offset and scaled."""

    name: str
    base: float
    f: Callable[[int], int]  # the n-th value of the table
    symbol: str  # the n-th value written with ``{}`` for n: ``{}²``, ``T({})``
    what: str  # the table named in the explanation
    top: int  # the largest first n below ``hard``
    scaled: bool = True  # whether ``medium`` may scale the table
    shown: int = 5  # the least number of terms shown
    own_op: int = 1  # operations the table value itself counts for
    closed = True

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 3, self.shown)
        if diff == "easy":
            scale, shift = 1, d.integer(-20, 80)
        elif diff == "medium":
            scale = d.pick((1, 1, 2, 3)) if self.scaled else 1
            shift = d.integer(-30, 30)
        else:
            scale, shift = d.pick((2, 3, 4, 5, -1, -2)), d.integer(-30, 30)
        first = d.integer(1, self.top + 4)
        if first + length + 1 > len(PRIMES):
            return None
        f = self.f
        grown = _grow(
            [scale * f(first) + shift], lambda t, i: scale * f(first + i) + shift, length, cap
        )
        ops = self.own_op + (scale != 1) + (shift != 0)
        info = {"first": first, "scale": scale, "shift": shift}
        return grown and Series(self.name, *grown, k=3, ops=max(ops, 1), info=info)

    def step(self, s: Series, i: int) -> str:
        """How the term at position i is made, e.g. ``2 × 6² + 1 = 2 × 36 + 1 = 73``."""
        m, scale, shift = s.info["first"] + i, s.info["scale"], s.info["shift"]
        base = self.symbol.format(m)
        text = base if scale == 1 else f"{_signed(scale)} × {base}"
        if scale == 1 and not shift:
            return f"{text} = {s.terms[i]}"
        value = self.f(m)
        plain = str(value) if scale == 1 else f"{_signed(scale)} × {value}"
        return f"{text}{_tail(shift)} = {plain}{_tail(shift)} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        first, scale, shift = s.info["first"], s.info["scale"], s.info["shift"]
        base = self.symbol.format("n")
        formula = (base if scale == 1 else f"{_signed(scale)} × {base}") + _tail(shift)
        ns = f"{first}, {first + 1}, {first + 2}, …"
        known = [i for i in range(len(s.terms)) if i != b][:3]
        return (
            f"Each term is {formula} for n = {ns} ({self.what}). "
            "For example " + ", ".join(self.step(s, i) for i in known) + "."
        )

    def slips(self, s: Series, b: int) -> list[Mistake]:
        m, f = s.info["first"] + b, self.f
        out = []
        if s.info["shift"]:
            out.append(Mistake(s.info["scale"] * f(m), "forgetting the offset"))
        if s.info["scale"] != 1:
            out.append(Mistake(f(m) + s.info["shift"], "forgetting the scale"))
        return out


class Fibonacci(Kind):
    name, base = "fibonacci", 2.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 2)
        hi = {"easy": 40, "medium": 40, "hard": 50}[diff]
        a, b = d.integer(1, hi), d.integer(1, hi)
        grown = _grow([a, b], lambda t, i: t[-1] + t[-2], length, cap)
        return grown and Series(self.name, *grown, k=2, ops=1, order=2, info={})

    def step(self, s: Series, i: int) -> str:
        return f"{_plus(s.terms[i - 2], s.terms[i - 1])} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        return "Each term is the sum of the two terms before it (a Fibonacci-like series)."

    def slips(self, s: Series, b: int) -> list[Mistake]:
        return [Mistake(2 * s.terms[b - 1], "doubling the last term")]


class Recurrence(Fibonacci):
    """Fibonacci-like variants: ``plus`` a constant, the sum of ``three``, or ``linear``."""

    name, base = "recurrence", 3.5

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        variant = d.pick(("plus", "three", "linear") if diff == "hard" else ("plus",))
        if variant == "plus":
            length = _length(min_terms, 3)
            c = d.nonzero(1, 6)
            hi = 40 if diff == "hard" else 30
            a, b = d.integer(1, hi), d.integer(1, hi)
            grown = _grow([a, b], lambda t, i: t[-1] + t[-2] + c, length, cap)
            info: dict[str, Any] = {"variant": variant, "c": c}
            return grown and Series(self.name, *grown, k=3, ops=2, order=2, info=info)
        if variant == "three":
            length = _length(min_terms, 3)
            start = [d.integer(0, 9), d.integer(1, 9), d.integer(1, 12)]
            grown = _grow(start, lambda t, i: t[-1] + t[-2] + t[-3], length, cap)
            info = {"variant": variant}
            return grown and Series(self.name, *grown, k=3, ops=2, order=3, info=info)
        p, q = d.pick(((1, 2), (2, 1), (1, 3), (3, 1), (2, 2)))
        length = _length(min_terms, 4)
        a, b = d.integer(1, 15), d.integer(1, 15)
        grown = _grow([a, b], lambda t, i: p * t[-1] + q * t[-2], length, cap)
        info = {"variant": variant, "p": p, "q": q}
        return grown and Series(self.name, *grown, k=4, ops=3, order=2, info=info)

    def step(self, s: Series, i: int) -> str:
        t, info = s.terms, s.info
        x = t[i - 1]
        if info["variant"] == "plus":
            return f"{_plus(t[i - 2], x)}{_tail(info['c'])} = {t[i]}"
        if info["variant"] == "three":
            return f"{t[i - 3]} + {_signed(t[i - 2])} + {_signed(x)} = {t[i]}"
        p, q = info["p"], info["q"]
        left = f"{p} × {_signed(x)}" if p != 1 else str(x)
        right = f"{q} × {_signed(t[i - 2])}" if q != 1 else _signed(t[i - 2])
        return f"{left} + {right} = {t[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        info = s.info
        if info["variant"] == "plus":
            c = info["c"]
            return (
                f"Each term is the sum of the two terms before it, "
                f"{'plus' if c > 0 else 'minus'} {abs(c)}."
            )
        if info["variant"] == "three":
            return "Each term is the sum of the three terms before it."
        words = {1: "", 2: "twice ", 3: "three times "}
        return (
            f"Each term is {words[info['p']]}the previous term plus "
            f"{words[info['q']]}the term before that."
        )

    def slips(self, s: Series, b: int) -> list[Mistake]:
        if s.info["variant"] == "plus":
            return [Mistake(s.terms[b - 1] + s.terms[b - 2], "forgetting the added constant")]
        return super().slips(s, b)


class Affine(Kind):
    name, base = "affine", 3.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 3)
        if diff == "hard":
            a = d.pick((2, 3, 4, -2, -3))
            b, x0 = d.nonzero(1, 12), d.integer(-9, 15)
        else:
            a = d.pick((2, 2, 3))
            b, x0 = d.nonzero(1, 20), d.integer(-10, 30)
        grown = _grow([x0], lambda t, i: a * t[-1] + b, length, cap)
        return grown and Series(self.name, *grown, k=3, ops=2, info={"a": a, "b": b})

    def step(self, s: Series, i: int) -> str:
        return f"{_times(s.terms[i - 1], s.info['a'])}{_tail(s.info['b'])} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        bb = s.info["b"]
        return (
            f"Each term is the previous term multiplied by {_signed(s.info['a'])}, then "
            f"{'plus' if bb > 0 else 'minus'} {abs(bb)}."
        )

    def slips(self, s: Series, b: int) -> list[Mistake]:
        x, a = s.terms[b - 1], s.info["a"]
        return [Mistake(a * x, "forgetting the added number"),
                Mistake(a * x - s.info["b"], "adding with the wrong sign")]


Op = tuple[str, int]  # ("+", c) or ("×", m)


def _apply(op: Op, x: int) -> int:
    return x + op[1] if op[0] == "+" else x * op[1]


class Cycle(Kind):
    name, base = "cycle", 3.0

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        period = 3 if diff == "hard" and d.u() < 0.45 else 2
        ops: list[Op]
        mult = ("×", d.pick((2, 3) if diff != "hard" else (2, 3, -2)))
        if period == 2:
            shape = d.pick(("mul_add", "mul_add", "add_add"))
            if shape == "mul_add":
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
        x0 = d.integer(1, 40 if diff == "hard" else 30)
        length = _length(min_terms, 1 + period, 2 * period + 1)
        grown = _grow([x0], lambda t, i: _apply(ops[(i - 1) % period], t[-1]), length, cap)
        info = {"ops": ops, "period": period}
        return grown and Series(self.name, *grown, k=1 + period, ops=period, info=info)

    def step(self, s: Series, i: int) -> str:
        x = s.terms[i - 1]
        op = s.info["ops"][(i - 1) % s.info["period"]]
        body = _plus(x, op[1]) if op[0] == "+" else _times(x, op[1])
        return f"{body} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        ops = s.info["ops"]
        names = [
            (f"add {op[1]}" if op[1] > 0 else f"subtract {-op[1]}")
            if op[0] == "+"
            else f"multiply by {_signed(op[1])}"
            for op in ops
        ]
        steps = [
            self.step(s, i)
            for i in range(1, len(s.terms))
            if (missing and i != b and i - 1 != b) or (not missing and i < b)
        ]
        return (
            f"The steps repeat in a cycle of {len(ops)}: {', then '.join(names)}, and again: "
            f"{'; '.join(steps)}."
        )

    def slips(self, s: Series, b: int) -> list[Mistake]:
        x = s.terms[b - 1]
        return [Mistake(_apply(op, x), "the wrong operation of the cycle") for op in s.info["ops"]]

    gap_slips = slips


class Interleave(Kind):
    name, base = "interleave", 3.0
    stride = 2
    gap_terms = 7  # the gap's own series keeps three shown terms

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 4)
        subs: list[tuple[str, int, int]] = []  # (kind, start, step or ratio)
        geo = diff == "hard" and d.u() < 0.5
        for j in range(2):
            if geo and j == 1:
                subs.append(("geometric", d.integer(1, 6), d.pick((2, 3))))
            else:
                hi, top = {"easy": (30, 9), "medium": (60, 12), "hard": (200, 30)}[diff]
                subs.append(("arithmetic", d.integer(1, hi), d.nonzero(2, top)))
        if geo and d.u() < 0.5:
            subs.reverse()
        if subs[0][0] == subs[1][0] and subs[0][2] == subs[1][2]:
            return None

        def value(j: int) -> int:
            kind, start, s = subs[j % 2]
            m = j // 2
            return start + s * m if kind == "arithmetic" else start * s**m

        grown = _grow([value(0), value(1)], lambda t, i: value(i), length, cap)
        if grown is None or len(set(grown[0])) < len(grown[0]):
            return None  # a value repeated across the two series would read as a pattern
        return Series(self.name, *grown, k=4, ops=1, order=2, info={"subs": subs})

    def step(self, s: Series, i: int) -> str:
        sub = s.info["subs"][i % 2]
        prev = s.terms[i - 2]
        body = _plus(prev, sub[2]) if sub[0] == "arithmetic" else _times(prev, sub[2])
        return f"{body} = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        visible = _visible(s, b, missing)
        parts = []
        for j in range(2):
            kind_j, _, step = s.info["subs"][j]
            places = ", ".join(ordinal(j + 1 + 2 * m) for m in range(3)) + ", …"
            if kind_j == "arithmetic":
                rule = f"{_more(step)} each time"
            else:
                rule = f"multiplied by {step} each time"
            parts.append(f"the {places} terms are {_seq_text(visible[j::2])} ({rule})")
        return f"Two series alternate: {parts[0]}; {parts[1]}."

    def slips(self, s: Series, b: int) -> list[Mistake]:
        x = s.terms[b - 1]
        return [Mistake(x + (x - s.terms[b - 3]), "continuing the wrong one of the two series")]

    def gap_slips(self, s: Series, b: int) -> list[Mistake]:
        t = s.terms
        if b < 2:
            return []
        return [Mistake(t[b - 2] + (t[b + 1] - t[b - 1]), "taking the step of the other series")]


def _digits(x: int) -> list[int]:
    return [int(ch) for ch in str(abs(x))]


@dataclass(frozen=True)
class Digits(Kind):
    """Add the sum (or the product) of the previous term's digits."""

    name: str
    base: float
    what: str  # sum or product
    sign: str  # written between the digits

    def of(self, x: int) -> int:
        return sum(_digits(x)) if self.what == "sum" else math.prod(_digits(x))

    def build(self, d: Draw, diff: str, min_terms: int, cap: int) -> Series | None:
        length = _length(min_terms, 1)
        if self.what == "sum":
            x0 = d.integer(100, 2000) if diff == "hard" else d.integer(10, 500)
        else:
            x0 = d.integer(11, 60)
        grown = _grow([x0], lambda t, i: t[-1] + self.of(t[-1]), length, cap)
        return grown and Series(self.name, *grown, k=1, ops=2, info={})

    def step(self, s: Series, i: int) -> str:
        x = s.terms[i - 1]
        return f"{x} + ({self.sign.join(map(str, _digits(x)))}) = {s.terms[i]}"

    def pattern(self, s: Series, b: int, missing: bool) -> str:
        return f"Each term is the previous term plus the {self.what} of its digits."

    def slips(self, s: Series, b: int) -> list[Mistake]:
        x = s.terms[b - 1]
        return [Mistake(x + _digits(x)[-1], "adding the last digit only"),
                Mistake(x + _digits(x)[0], "adding the first digit only")]


RULES: dict[str, Kind] = {
    k.name: k
    for k in (
        Arithmetic(),
        Geometric(),
        SecondDifference(),
        ThirdDifference(),
        Table("squares", 1.5, lambda m: m * m, "{}²", "the square numbers", 9),
        Table("cubes", 2.5, lambda m: m**3, "{}³", "the cube numbers", 5, scaled=False),
        Table("primes", 2.5, lambda m: PRIMES[m - 1], "p({})",
              "p(n) is the n-th prime: 2, 3, 5, 7, 11, 13, …", 12, shown=6, own_op=0),
        Table("triangular", 2.0, lambda m: m * (m + 1) // 2, "T({})",
              "the triangular numbers, T(n) = 1 + 2 + … + n", 9),
        Fibonacci(),
        Recurrence(),
        Affine(),
        Cycle(),
        Interleave(),
        DifferenceGeometric(),
        Digits("digit_sum", 3.0, "sum", " + "),
        Digits("digit_product", 4.0, "product", " × "),
    )
}
KINDS = tuple(RULES)


# -- generation --------------------------------------------------------------------


@dataclass
class Spec:
    """What ``render`` and ``explain`` need beyond ``data``."""

    series: Series
    question: str
    blank: int  # index of the asked position in ``series.terms``


def generate(params: Params, rng: np.random.Generator) -> Draft:
    """Draw one series and the position asked about."""
    d = Draw(rng, batch=32)
    diff = params.difficulty
    cap = CAP[diff]
    weights = WEIGHTS[diff]
    for _ in range(10_000):
        kind = d.weighted(weights)
        question = params.question
        if question == "mixed":
            question = "missing" if d.u() < MISSING_SHARE else "next"
        rule = RULES[kind]
        min_terms = params.min_terms
        if diff == "easy" and min_terms < 8 and d.u() < 0.35:
            min_terms += 1  # a sixth term now and then: the same rules, more series
        if question == "missing":
            min_terms = max(min_terms, rule.gap_terms)
        drawn = rule.build(d, diff, min_terms, cap)
        if not drawn:
            continue
        length = len(drawn.terms)
        if question == "next":
            blank = length - 1
        else:
            low = max(1, drawn.order)
            if low > length - 2:
                continue
            blank = d.integer(low, length - 2)
        return _draft(drawn, question, blank)
    raise RuntimeError("sequence.number could not draw a series")  # pragma: no cover


def _draft(s: Series, question: str, blank: int) -> Draft:
    """The draft of series ``s`` asking for term ``blank``, scored as documented."""
    terms = s.terms
    biggest = max(abs(t) for t in terms)
    score = (
        RULES[s.kind].base
        + 0.4 * (s.ops - 1)
        + max(0.0, 0.5 * math.log10(max(biggest, 1)) - 0.5)
        + (0.3 if min(terms) < 0 else 0.0)
        + (0.3 if question == "missing" else 0.0)
    )
    data = {
        "terms": _visible(s, blank, question == "missing"),
        "question": question,
        "position": blank + 1,
        "rule": s.kind,
    }
    spec = Spec(s, question, blank)
    return Draft(data=data, answer=str(terms[blank]), score=round(score, 2), spec=spec,
                 mistakes=tuple(_mistakes(spec)))


# -- wording and options -------------------------------------------------------------


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """Word the question; for choice items pick the wrong options and order them.

    The options are drawn here, not by the kit, because the question and the
    options share one buffered draw from the wording stream.
    """
    spec: Spec = draft.spec
    d = Draw(rng, batch=32)
    shown = _seq_text(draft.data["terms"])
    if spec.question == "next":
        question = d.pick(NEXT_TEMPLATES)
        shown += ", ?"
    else:
        question = d.pick(MISSING_TEMPLATES).format(pos=ordinal(spec.blank + 1))
    if params.format == "numeric":
        return Wording(f"{question}{NUMERIC_SUFFIX}\n\n{shown}", [])
    values = _option_values(spec, int(draft.answer), draft.mistakes, params.n_options,
                            CAP[params.difficulty], d)
    return Wording(f"{question}\n\n{shown}", [str(v) for v in values])


def _mistakes(spec: Spec) -> list[Mistake]:
    """Values a candidate reaches by a named mistake, most plausible first."""
    s, b = spec.series, spec.blank
    t = s.terms
    out: list[Mistake] = []
    if spec.question == "next":
        x, y = t[b - 1], t[b - 2]
        out.append(Mistake(x + (x - y), "repeating the last difference"))
        if s.beyond is not None:
            out.append(Mistake(s.beyond, "one step too far"))
        if y and (x * x) % y == 0:
            out.append(Mistake(x * x // y, "repeating the last ratio"))
        return out + RULES[s.kind].slips(s, b)
    left, right = t[b - 1], t[b + 1]
    if (left + right) % 2 == 0:
        out.append(Mistake((left + right) // 2, "averaging the neighbours of the gap"))
    if b >= 2:
        out.append(Mistake(left + (left - t[b - 2]), "continuing the terms before the gap"))
    if b + 2 < len(t):
        out.append(Mistake(right - (t[b + 2] - right), "running the terms after the gap backwards"))
    return out + RULES[s.kind].gap_slips(s, b)


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


def _option_values(spec: Spec, answer: int, mistakes: Sequence[Mistake | tuple[Any, str]],
                   n_options: int, cap: int, d: Draw) -> list[int]:
    """``n_options`` distinct integers in increasing order, the answer at a uniform rank.

    The named ``mistakes`` come first, then arithmetic slips; values inside the
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

    # a value is offered once, when it is no term shown, within reach of the answer
    # and the cap, and not negative in a series without negatives
    floor = 0 if nonneg else -cap
    seen.update(shown)

    def offer(v: int) -> None:
        if v in seen or abs(v - answer) > reach or not floor <= v <= cap:
            return
        seen.add(v)
        side = below if v < answer else above
        side[0 if low <= v <= high else 1].append(v)

    for v, _ in mistakes:
        offer(v)
    # arithmetic slips, nearest and most typical first, until each side could hold all
    near_below, near_above = below[0], above[0]
    for j in (1, 10, 2, step, step + 1, step - 1, 3, 2 * step, 4, 5, 6, 11, 9, 7, 8, 12, *_FAR):
        if len(near_below) >= m and len(near_above) >= m:
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


def explain(draft: Draft) -> str:
    """The worked solution: the rule, the pattern that shows it, and the computation."""
    spec: Spec = draft.spec
    s, b = spec.series, spec.blank
    rule = RULES[s.kind]
    missing = spec.question == "missing"
    lines = [rule.pattern(s, b, missing)]
    if not missing and rule.stride == 2:
        which = "first" if b % 2 == 0 else "second"
        lines.append(
            f"So the next term is the {ordinal(b + 1)}, which continues the {which} series: "
            f"{rule.step(s, b)}."
        )
    elif not missing:
        lines.append(f"So the next term is {rule.step(s, b)}.")
    else:
        lines.append(f"So the missing {ordinal(b + 1)} term is {rule.step(s, b)}.")
        check_at = b + rule.stride
        if check_at < len(s.terms) and not rule.closed:
            lines.append(
                f"Check: the {ordinal(check_at + 1)} term is then {rule.step(s, check_at)}, "
                "as shown."
            )
    return " ".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "arithmetic": (
        "Take the differences: they are all the same, so add it once more."
    ),
    "geometric": (
        "Divide each term by the one before: the ratio is constant."
    ),
    "second_difference": (
        "Take the differences, then their differences: those grow by a constant."
    ),
    "third_difference": (
        "Take differences three times: the third row is constant."
    ),
    "squares": (
        "Compare the terms with 1, 4, 9, 16, 25, ...: the squares with a shift or a "
        "scale."
    ),
    "cubes": (
        "Compare the terms with 1, 8, 27, 64, 125, ...: the cubes with a shift or a "
        "scale."
    ),
    "primes": (
        "Compare the terms with the primes 2, 3, 5, 7, 11, 13, ...: with a shift or a "
        "scale."
    ),
    "triangular": (
        "Take the differences: they grow by the same amount each time, as the triangular "
        "numbers 1, 3, 6, 10 do (here scaled or shifted)."
    ),
    "fibonacci": (
        "Each term is the sum of the two before it."
    ),
    "recurrence": (
        "Try combining the previous two or three terms: their sum, plus a constant, or "
        "twice one plus the other."
    ),
    "affine": (
        "Each term is the one before times a number plus a constant: test × 2, × 3 with a"
        " small addition."
    ),
    "cycle": (
        "The steps repeat in a cycle of two or three operations (e.g. × 2, then + 3)."
    ),
    "interleave": (
        "Read every other term: two separate series alternate."
    ),
    "difference_geometric": (
        "Take the differences: they multiply by the same ratio."
    ),
    "digit_sum": (
        "Each step adds the digit sum of the term before."
    ),
    "digit_product": (
        "Each step adds the product of the digits of the term before."
    ),
    "*": (
        "Take the differences first; if they do not settle it, try ratios, then every "
        "other term."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("rule")

from logicgen.solve.series import effort as series_effort

#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = series_effort
BANDS = {"easy": (1.0, 3.0), "medium": (1.8, 5.5), "hard": (2.8, 7.5)}
