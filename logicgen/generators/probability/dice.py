"""Dice: sums, doubles, at least one six, exactly k, largest and smallest, conditional totals.

"Two fair six-sided dice are rolled. What is the probability that the total is 8?"

Every die is fair and numbered 1 to ``s``; the ``s**n`` ordered outcomes of
``n`` dice are equally likely. The answer comes from a closed form: the number
of ways to make a total (stars and bars with inclusion–exclusion), complements
(``1 - (5/6)**n``), binomial coefficients, ``m**n - (m-1)**n`` for a largest
value, falling factorials for all-different faces, and a restricted sample space
for conditionals. The solver (:mod:`logicgen.solve.exact`) enumerates the rolls
instead.

Question kinds: total equal to / at least / at most ``t``; all dice the same
(doubles); every die shows a given face (two sixes); at least one die shows a
face; exactly ``k`` dice show a face; the largest (smallest) number at most /
exactly ``m``; all different; and, at ``hard``, conditionals on the total of
two dice ("given that the total is 8, what is the probability of a double?").

Also: the total is odd / even / prime / a multiple of 3, 4 or 5, or between
two values; no die (every die) shows a face from a set (one face, odd, even,
above or below a cut); each roll is told in one of several scenes.

Difficulty: ``easy`` two six-sided dice (sometimes 4- or 8-sided) or one die
with 6–20 sides, one-step events; ``medium`` two or
three dice with 4, 6 or 8 sides, complements and extremes; ``hard`` three or
four dice or 8-, 10-, 12- and 20-sided dice, binomial counts, inclusion–exclusion
totals and conditioning. ``n_dice`` (1–4) and ``sides`` (2–20) override the dice.

``score`` is the solver's measured effort, :func:`logicgen.solve.exact.effort`:
the steps of the shortest written working (one per term or factor, two per
binomial term, one for a complement, 1.5 for a condition, plus half a step per
digit beyond two of the number divided by). Each level keeps the items whose
effort is within its band (:data:`BANDS`): hard items need more dice, tallies of totals, differences of powers or a condition; a one-die lookup is redrawn at hard.

Wrong options come from named mistakes: counting unordered outcomes, treating
every total as equally likely, adding instead of multiplying (``n/6`` for at
least one six), forgetting the complement, leaving out the binomial coefficient,
ignoring the condition, and the joint probability instead of the conditional.

>>> import logicgen
>>> item = logicgen.generate("probability.dice", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
During a probability lesson, Jamal rolls two fair 8-sided dice (each numbered 1 to 8) once. The
total is the sum of the numbers shown. What is the probability that the total is a prime number?
Give the answer as a fraction in lowest terms.
>>> item.choices, item.answer
(('3/32', '11/32', '2/5', '41/64', '23/64'), '23/64')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache, partial
from math import comb, perm
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.errors import InvalidParams
from logicgen.kit import Draft, Draw, Wording, number_word, reduce_text
from logicgen.registry import BaseParams, check_int, family
from logicgen.solve.exact import effort, solve

from ._common import Case, case_draft, options, wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "options", "render", "ways_to_total"]

F = Fraction

#: Per difficulty: (count, sides) choices and (kind, weight) pairs.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"dice": [(2, 6), (2, 6), (2, 6), (1, 6), (1, 8), (1, 10), (1, 12), (1, 20), (2, 4),
                      (2, 8)],
             "kinds": [("sum_eq", 3), ("doubles", 1), ("all_face", 1), ("sum_le", 1),
                       ("sum_ge", 1), ("all_different", 1), ("sum_set", 3), ("none_face", 2),
                       ("at_least_one", 1), ("all_in", 2)]},
    "medium": {"dice": [(2, 6), (2, 6), (3, 6), (2, 4), (2, 8), (3, 4), (2, 10), (2, 12)],
               "kinds": [("sum_eq", 2), ("sum_ge", 2), ("sum_le", 1), ("at_least_one", 3),
                         ("max_le", 1), ("max_eq", 1), ("min_ge", 1), ("all_different", 1),
                         ("doubles", 1), ("sum_set", 2), ("sum_between", 2), ("none_face", 1),
                         ("exactly_k", 1)]},
    "hard": {"dice": [(3, 6), (4, 6), (2, 10), (2, 12), (3, 8), (2, 20), (3, 10), (4, 4)],
             "kinds": [("sum_eq", 2), ("sum_ge", 1), ("exactly_k", 3), ("at_least_one", 2),
                       ("max_eq", 1), ("min_eq", 1), ("all_different", 1), ("cond_double", 1),
                       ("cond_face", 1), ("sum_set", 1), ("sum_between", 1)]},
}

#: Sets of faces a question can name: (words after "shows", the faces), given the sides.
FaceSet = tuple[str, list[int]]


def _face_set(s: int, draws: Draw) -> FaceSet:
    """One face, odd or even numbers, or the numbers above / below a cut."""
    r = draws.random()
    if r < 0.4 or s < 4:
        f = draws.between(1, s)
        return _face(f), [f]
    if r < 0.6:
        odd = draws.random() < 0.5
        words = "an odd number" if odd else "an even number"
        return words, list(range(1 if odd else 2, s + 1, 2))
    cut = draws.between(2, s - 2)
    if r < 0.8:
        return f"a number greater than {cut}", list(range(cut + 1, s + 1))
    return f"a number less than {cut + 1}", list(range(1, cut + 1))


def _primes(top: int) -> list[int]:
    return [x for x in range(2, top + 1) if all(x % d for d in range(2, int(x**0.5) + 1))]


@family("probability.dice", version=3, solver=solve,
        summary="Dice: totals, doubles, at least one six, largest/smallest, conditionals",
        formats=("choice", "numeric"))
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_dice``: 1–4 dice; ``sides``: 2–20 faces per die (default: by difficulty)."""

    SIZE = ("n_dice", "sides")

    n_dice: int | None = None
    sides: int | None = None

    def check(self) -> None:
        if self.n_dice is not None:
            check_int("n_dice", self.n_dice, 1, 4)
        if self.sides is not None:
            check_int("sides", self.sides, 2, 20)
        if self.n_dice == 1 and self.sides == 2:
            raise InvalidParams("sides must be at least 3 for a single die (got 2)")


# -- closed forms --------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def ways_to_total(n: int, s: int, t: int) -> int:
    """Ordered ways for ``n`` dice numbered 1..s to total ``t``.

    Stars and bars counts the ways to write ``t`` as ``n`` positive parts,
    ``C(t-1, n-1)``; inclusion–exclusion removes those with a part above ``s``:
    ``sum_k (-1)**k C(n, k) C(t - k*s - 1, n - 1)``.

    >>> ways_to_total(2, 6, 8), ways_to_total(3, 6, 10), ways_to_total(4, 6, 14)
    (5, 27, 146)
    """
    if not n <= t <= n * s:
        return 0
    return sum((-1) ** k * comb(n, k) * comb(t - k * s - 1, n - 1) for k in range((t - n) // s + 1))


def _ways_text(n: int, s: int, t: int) -> str:
    """How :func:`ways_to_total` reaches its number, for the explanation."""
    if n == 1:
        return "1"
    terms = []
    values = []
    for k in range((t - n) // s + 1):
        c = comb(t - k * s - 1, n - 1)
        coef = comb(n, k)
        text = f"C({t - k * s - 1},{n - 1})" if coef == 1 else f"{coef}·C({t - k * s - 1},{n - 1})"
        terms.append(("− " if k % 2 else "+ ") + text if k else text)
        values.append(("− " if k % 2 else "+ ") + str(coef * c) if k else str(coef * c))
    total = ways_to_total(n, s, t)
    if len(terms) == 1:
        return f"{terms[0]} = {total}"
    return f"{' '.join(terms)} = {' '.join(values)} = {total}"


def _pairs(s: int, t: int) -> list[tuple[int, int]]:
    return [(a, t - a) for a in range(1, s + 1) if 1 <= t - a <= s]


@lru_cache(maxsize=4096)
def _unordered_ways(n: int, s: int, t: int) -> int:
    """Multisets of faces with total ``t`` (the 'dice are identical' miscount)."""

    def count(k: int, top: int, rest: int) -> int:
        if k == 0:
            return 1 if rest == 0 else 0
        return sum(count(k - 1, f, rest - f) for f in range(1, min(top, rest) + 1))

    return count(n, s, t)


# -- wording helpers -----------------------------------------------------------------------


def _dice_words(n: int, s: int) -> str:
    kind = "six-sided" if s == 6 else f"{s}-sided"
    if n == 1:
        return f"a fair {kind} die" + ("" if s == 6 else f" (numbered 1 to {s})")
    return f"{number_word(n)} fair {kind} dice" + ("" if s == 6 else f" (each numbered 1 to {s})")


def _all_dice(n: int) -> str:
    return "the die" if n == 1 else "both dice" if n == 2 else f"all {number_word(n)} dice"


def _face(f: int) -> str:
    return f"a {f}" if f not in (8, 11, 18) else f"an {f}"


def _space_line(n: int, s: int) -> str:
    if n == 1:
        return f"Sample space: the die shows one of {s} equally likely faces."
    return (f"Sample space: each of the {n} dice shows one of {s} faces, so there are "
            f"{s}^{n} = {s**n} equally likely ordered outcomes.")


def _total_name(n: int) -> str:
    return "number shown" if n == 1 else "total"


# -- question kinds ------------------------------------------------------------------------


def _sum_case(n: int, s: int, draws: Draw, cmp: str) -> Case:
    N = s**n
    name = _total_name(n)
    if cmp == "eq":
        t = draws.between(n + 1, n * s - 1) if n > 1 else draws.between(1, s)
        totals = [t]
    elif cmp == "ge":
        t = draws.between(n + 2, n * s - 1) if n > 1 else draws.between(2, s)
        totals = list(range(t, n * s + 1))
    else:
        t = draws.between(n + 1, n * s - 2) if n > 1 else draws.between(1, s - 1)
        totals = list(range(n, t + 1))
    counts = [ways_to_total(n, s, u) for u in totals]
    fav = sum(counts)
    value = F(fav, N)
    phrase = {
        "eq": f"the {name} is {t}",
        "ge": f"the {name} is {t} or more",
        "le": f"the {name} is {t} or less",
    }[cmp]
    lines = [_space_line(n, s)]
    if n == 1:
        lines.append(f"Favourable outcomes: {len(totals)} of the faces.")
    elif n == 2 and cmp == "eq":
        pairs = _pairs(s, t)
        lines.append(
            f"Favourable outcomes, as (first die, second die): "
            f"{', '.join(f'({a},{b})' for a, b in pairs)}: {fav} outcomes."
        )
    elif n == 2:
        lines.append(
            "Ways to make each total: "
            + ", ".join(f"{u}: {c}" for u, c in zip(totals, counts))
            + f"; together {fav} outcomes."
        )
    else:
        lines.append(
            f"The ways {n} dice can total u is the number of ways to write u as {n} "
            f"parts from 1 to {s}: stars and bars, C(u−1,{n - 1}), minus the cases "
            f"where a die would exceed {s} (inclusion–exclusion)."
        )
        for u in totals:
            lines.append(f"  total {u}: {_ways_text(n, s, u)}")
        if len(totals) > 1:
            lines.append(f"Together {' + '.join(str(c) for c in counts)} = {fav} outcomes.")
    lines.append(f"Probability = {reduce_text(fav, N)}.")

    wrong = []
    if n > 1:
        u_fav = sum(_unordered_ways(n, s, u) for u in totals)
        u_all = comb(s + n - 1, n)
        wrong.append((F(u_fav, N), "counting each unordered combination once"))
        wrong.append((F(u_fav, u_all), "treating unordered combinations as equally likely"))
        wrong.append((F(len(totals), n * s - n + 1), "treating every total as equally likely"))
    if cmp == "eq":
        wrong.append((F(ways_to_total(n, s, t + 1), N), "counting the next total"))
        wrong.append((F(ways_to_total(n, s, t - 1), N), "counting the previous total"))
    else:
        edge = t + 1 if cmp == "ge" else t - 1
        strict = range(edge, n * s + 1) if cmp == "ge" else range(n, edge + 1)
        wrong.append(
            (F(sum(ways_to_total(n, s, u) for u in strict), N), "reading 'or more' as 'more than'")
        )
        wrong.append((1 - value, "giving the complement"))
    concepts = ["order"] if n > 1 else []
    if n >= 3:
        concepts.append("inclusion_exclusion")
    if cmp != "eq" and n > 1:
        concepts.append("union")
    event = {"type": "sum", "cmp": cmp, "value": t}
    return Case(event, value, wrong, concepts, 1 + (cmp != "eq"), phrase, lines, N)


def _doubles(n: int, s: int, draws: Draw) -> Case:
    N = s**n
    value = F(s, N)
    phrase = (
        "both dice show the same number"
        if n == 2
        else f"all {number_word(n)} dice show the same number"
    )
    lines = [
        _space_line(n, s),
        (f"Favourable outcomes: all dice showing 1, all showing 2, ..., all showing {s}: "
         f"{s} outcomes."),
        f"Probability = {reduce_text(s, N)}.",
    ]
    wrong = [
        (F(1, N), "counting only one particular face"),
        (F(1, s * s) if n == 2 else F(1, s), "multiplying once too often or too rarely"),
        (F(comb(n, 2), s), "adding the chances of each pair matching"),
        (F(s, comb(s + n - 1, n)), "treating unordered combinations as equally likely"),
    ]
    return Case({"type": "all_same"}, value, wrong, ["order"], 1, phrase, lines, N)


def _all_face(n: int, s: int, draws: Draw) -> Case:
    N = s**n
    f = draws.between(1, s) if s != 6 or draws.random() < 0.4 else 6
    value = F(1, N)
    phrase = f"{_all_dice(n)} show{'s' if n == 1 else ''} {_face(f)}"
    lines = [
        _space_line(n, s),
        (f"Only one outcome has every die showing {f}; equivalently multiply "
         f"1/{s} for each die: (1/{s})^{n} = 1/{N}."),
    ]
    wrong = [
        (F(1, s), "counting only one die"),
        (F(n, s), "adding the chances instead of multiplying"),
        (F(n, N), "counting the outcome once per die"),
        (F(1, comb(s + n - 1, n)), "treating unordered combinations as equally likely"),
        (F(1, s * n), "multiplying the denominators by the number of dice"),
    ]
    return Case({"type": "count", "faces": [f], "cmp": "eq", "value": n}, value, wrong, [], 1,
                phrase, lines, N)


def _at_least_one(n: int, s: int, draws: Draw) -> Case:
    N = s**n
    words, faces = _face_set(s, draws) if draws.random() < 0.6 else (_face(s), [s])
    m = len(faces)
    miss = (s - m) ** n
    value = 1 - F(miss, N)
    one = "the die shows" if n == 1 else "at least one die shows"
    phrase = f"{one} {words}" + ("" if n == 1 else " (one or more of them)")
    avoid = "it" if m == 1 else "such a number"
    lines = [
        _space_line(n, s),
        (f"Complement: no die shows {words}. Each die avoids {avoid} in {s - m} of {s} ways, "
         f"so {s - m}^{n} = {miss} outcomes have none."),
        f"Probability = 1 − {miss}/{N} = {reduce_text(N - miss, N)}.",
    ]
    wrong = [
        (F(n * m, s), "adding the chances for each die"),
        (F(miss, N), "forgetting to subtract from 1 (that is 'no die shows it')"),
        (F(n * m * (s - m) ** (n - 1), N), "counting exactly one die instead of at least one"),
        (F(m**n, N), "requiring every die to show it"),
        (F(m, s), "looking at one die only"),
    ]
    concepts = ["complement"] + (["nonstandard"] if s != 6 else [])
    return Case({"type": "count", "faces": faces, "cmp": "ge", "value": 1}, value, wrong,
                concepts, 2, phrase, lines, N)


def _none_face(n: int, s: int, draws: Draw) -> Case:
    """No die shows the named face(s): one factor per die."""
    N = s**n
    words, faces = _face_set(s, draws)
    m = len(faces)
    miss = (s - m) ** n
    value = F(miss, N)
    phrase = f"no die shows {words}" if n > 1 else f"the die does not show {words}"
    lines = [
        _space_line(n, s),
        (f"Each die must avoid {words}: {s - m} of its {s} faces do, so "
         f"{s - m}^{n} = {miss} outcomes qualify." if n > 1 else
         f"{s - m} of the {s} faces are not {words}."),
        f"Probability = {reduce_text(miss, N)}.",
    ]
    wrong = [
        (1 - value, "giving the complement (at least one die shows it)"),
        (F(s - m, s), "looking at one die only"),
        (F(m, s), "counting the faces named instead of the others"),
        (1 - F(n * m, s) if n * m < s else None, "subtracting the chance for each die"),
        (F(s - m, s) * F(s - m - 1, s) if n == 2 and s - m > 1 else None,
         "removing a face after the first die"),
    ]
    return Case({"type": "count", "faces": faces, "cmp": "eq", "value": 0}, value,
                [(x, why) for x, why in wrong if x is not None], [], 1, phrase, lines, N)


def _all_in(n: int, s: int, draws: Draw) -> Case:
    """Every die shows one of the named faces (both dice show an odd number)."""
    N = s**n
    words, faces = _face_set(s, draws)
    while len(faces) == 1:
        words, faces = _face_set(s, draws)
    m = len(faces)
    value = F(m**n, N)
    phrase = f"{_all_dice(n)} show {words}" if n > 1 else f"the die shows {words}"
    lines = [
        _space_line(n, s),
        f"Faces that count: {', '.join(map(str, faces))}, {m} of the {s}"
        + (f"; every die must show one of them: {m}^{n} = {m**n} outcomes." if n > 1 else "."),
        f"Probability = {reduce_text(m**n, N)}.",
    ]
    wrong = [
        (F(m, s) if n > 1 else F(1, m), "looking at one die only"),
        (1 - F((s - m) ** n, N) if n > 1 else F(s - m, s), "'at least one' instead of 'every'"),
        (F(n * m, s) if n * m < s else F(1, s), "adding the chances instead of multiplying"),
        (F(m * (m - 1), N) if n == 2 and m > 1 else F(1, N), "making the dice differ"),
        (F(s - m, s) ** n if s != 2 * m else F(1, s), "counting the other faces"),
    ]
    return Case({"type": "count", "faces": faces, "cmp": "eq", "value": n}, value, wrong, [],
                1, phrase, lines, N)


def _sum_set(n: int, s: int, draws: Draw) -> Case:
    """The total is odd / even / prime / a multiple of d: add the ways for each total."""
    N = s**n
    low, high = n, n * s
    name = _total_name(n)
    choices = [("an even number", [t for t in range(low, high + 1) if t % 2 == 0]),
               ("an odd number", [t for t in range(low, high + 1) if t % 2 == 1]),
               ("a prime number", [t for t in _primes(high) if t >= low])]
    for d in (3, 4, 5):
        if high >= 2 * d:
            choices.append((f"a multiple of {d}", list(range(d * (-(-low // d)), high + 1, d))))
    words, totals = draws.pick(choices)
    counts = [ways_to_total(n, s, t) for t in totals]
    fav = sum(counts)
    value = F(fav, N)
    lines = [_space_line(n, s),
             f"Possible {name}s that are {words}: " + ", ".join(map(str, totals)) + "."]
    if n > 1:
        lines.append("Ways to make each: " + ", ".join(f"{t}: {c}" for t, c in zip(totals, counts))
                     + f"; together {fav} outcomes.")
    lines.append(f"Probability = {reduce_text(fav, N)}.")
    wrong = [
        (F(len(totals), high - low + 1), f"treating every {name} as equally likely"),
        (1 - value, "giving the complement"),
        (F(len(totals), N), f"counting one outcome per {name}"),
        (F(fav - counts[0], N) if len(counts) > 1 else F(1, N),
         f"leaving out the {name} {totals[0]}"),
        (F(fav + 1, N), "counting one outcome twice"),
    ]
    event = {"op": "or", "args": [{"type": "sum", "cmp": "eq", "value": t} for t in totals]}
    return Case(event, value, wrong, ["order", "union"] if n > 1 else [], 2,
                f"the {name} is {words}", lines, N)


def _sum_between(n: int, s: int, draws: Draw) -> Case:
    """The total lies between a and b inclusive."""
    N = s**n
    a = draws.between(n + 1, n * s - 3)
    b = draws.between(a + 2, min(n * s - 1, a + 2 * s))
    totals = list(range(a, b + 1))
    counts = [ways_to_total(n, s, t) for t in totals]
    fav = sum(counts)
    value = F(fav, N)
    lines = [_space_line(n, s),
             "Ways to make each total: " + ", ".join(f"{t}: {c}" for t, c in zip(totals, counts))
             + f"; together {fav} outcomes.",
             f"Probability = {reduce_text(fav, N)}."]
    inner = sum(counts[1:-1])
    wrong = [
        (F(inner, N), "leaving out both end totals"),
        (F(fav - counts[0], N), f"leaving out the total {a}"),
        (F(len(totals), n * s - n + 1), "treating every total as equally likely"),
        (1 - value, "giving the complement"),
        (F(len(totals), N), "counting one outcome per total"),
    ]
    event = {"op": "and", "args": [{"type": "sum", "cmp": "ge", "value": a},
                                   {"type": "sum", "cmp": "le", "value": b}]}
    return Case(event, value, wrong, ["order", "union"], 2,
                f"the total is between {a} and {b}, inclusive", lines, N)


def _exactly_k(n: int, s: int, draws: Draw) -> Case:
    N = s**n
    k = draws.between(1, n - 1) if n > 1 else 1
    f = draws.between(1, s)
    ways = comb(n, k) * (s - 1) ** (n - k)
    value = F(ways, N)
    phrase = f"exactly {number_word(k)} of the dice show{'s' if k == 1 else ''} {_face(f)}"
    rest = "the other die shows" if n - k == 1 else f"each of the other {n - k} dice shows"
    lines = [
        _space_line(n, s),
        (f"Choose which {k} of the {n} dice show{'s' if k == 1 else ''} the {f}: "
         f"C({n},{k}) = {comb(n, k)} ways; {rest} one of the {s - 1} other faces: "
         f"{s - 1}^{n - k} = {(s - 1) ** (n - k)} ways."),
        f"Favourable outcomes: {comb(n, k)} × {(s - 1) ** (n - k)} = {ways}.",
        f"Probability = {reduce_text(ways, N)}.",
    ]
    at_least = sum(comb(n, j) * (s - 1) ** (n - j) for j in range(k, n + 1))
    wrong = [
        (F((s - 1) ** (n - k), N),
         "leaving out the choice of which dice (the binomial coefficient)"),
        (F(at_least, N), "counting 'at least' instead of 'exactly'"),
        (F(comb(n, k), s**k), "ignoring the other dice"),
        (F(k, s), "adding the chances for each die"),
        (F(1, s**k), "ignoring the other dice and the choice of which dice"),
    ]
    return Case({"type": "count", "faces": [f], "cmp": "eq", "value": k}, value, wrong,
                ["binomial"], 2, phrase, lines, N)


def _extreme(n: int, s: int, draws: Draw, which: str, cmp: str) -> Case:
    N = s**n
    m = draws.between(2, s - 1)
    word = "largest" if which == "max" else "smallest"
    if which == "max":
        below = m**n  # every die <= m
        below2 = (m - 1) ** n  # every die <= m-1
        side = f"at most {m}"
        side2 = f"at most {m - 1}"
        inner = m
    else:
        below = (s - m + 1) ** n  # every die >= m
        below2 = (s - m) ** n  # every die >= m+1
        side = f"at least {m}"
        side2 = f"at least {m + 1}"
        inner = s - m + 1
    single = "the number shown" if n == 1 else f"the {word} number shown"
    if cmp == "le" or cmp == "ge":
        value = F(below, N)
        phrase = f"{single} is {side}"
        lines = [
            _space_line(n, s),
            (f"The {word} number is {side} exactly when every die is {side}: each die has "
             f"{inner} such faces, so {inner}^{n} = {below} outcomes."),
            f"Probability = {reduce_text(below, N)}.",
        ]
        other = s - inner
        wrong = [
            (F(inner, s), "looking at one die only"),
            (1 - F(other**n, N), "requiring only one die instead of every die"),
            (F(below - below2, N), f"counting 'exactly {m}' instead of '{side}'"),
            (F(inner * n, N), "adding instead of multiplying"),
        ]
        event = {"type": which, "cmp": cmp, "value": m}
        return Case(event, value, wrong, [], 1, phrase, lines, N)
    fav = below - below2
    value = F(fav, N)
    phrase = f"{single} is exactly {m}"
    lines = [
        _space_line(n, s),
        (f"{word.capitalize()} number exactly {m} = every die {side} but not every die {side2}."),
        (f"Every die {side}: {inner}^{n} = {below}; every die {side2}: "
         f"{inner - 1}^{n} = {below2}."),
        f"Favourable outcomes: {below} − {below2} = {fav}.",
        f"Probability = {reduce_text(fav, N)}.",
    ]
    wrong = [
        (F(below, N), f"forgetting to remove the outcomes where every die is {side2}"),
        (F(1, s), "treating every value as equally likely"),
        (F(n * (inner - 1) ** (n - 1), N), f"counting exactly one die showing {m}"),
        (F(below2, N), f"counting every die {side2} instead"),
    ]
    event = {"type": which, "cmp": "eq", "value": m}
    return Case(event, value, wrong, ["complement"], 2, phrase, lines, N)


def _all_different(n: int, s: int, draws: Draw) -> Case:
    N = s**n
    fav = perm(s, n)
    value = F(fav, N)
    phrase = (
        "the two dice show different numbers"
        if n == 2
        else f"all {number_word(n)} dice show different numbers"
    )
    factors = " × ".join(str(s - i) for i in range(n))
    lines = [
        _space_line(n, s),
        f"The first die can show anything ({s} ways), the next must differ from it "
        f"({s - 1} ways)" + (", and so on" if n > 2 else "") + f": {factors} = {fav} outcomes.",
        f"Probability = {reduce_text(fav, N)}.",
    ]
    wrong = [
        (F(comb(s, n), N), "counting unordered sets of faces against ordered outcomes"),
        (1 - F(s, N), "removing only the outcomes where all dice match"),
        (F(1, s), "confusing it with a double"),
        (F(comb(s, n), comb(s + n - 1, n)), "treating unordered combinations as equally likely"),
        (F(s - n + 1, s), "looking at the last die only"),
    ]
    return Case({"type": "all_different"}, value, wrong, ["order"], 2, phrase, lines, N)


def _cond_double(n: int, s: int, draws: Draw) -> Case:
    N = s * s
    t = 2 * draws.between(2, s - 1)
    ways = ways_to_total(2, s, t)
    value = F(1, ways)
    pairs = _pairs(s, t)
    lines = [
        (f"Given that the total is {t}, the sample space shrinks to the equally likely "
         f"ordered outcomes with that total: {', '.join(f'({a},{b})' for a, b in pairs)}: "
         f"{ways} outcomes."),
        f"Only ({t // 2},{t // 2}) is a double, so the probability is 1/{ways}.",
    ]
    wrong = [
        (F(1, s), "ignoring the condition (the chance of a double in general)"),
        (F(1, N), "the joint chance of a double with that total"),
        (F(ways, N), "the chance of the total itself"),
        (F(1, len(pairs) // 2 + 1), "counting unordered pairs"),
        (F(2, ways), "counting the double twice"),
    ]
    event = {"type": "all_same"}
    given = {"type": "sum", "cmp": "eq", "value": t}
    case = Case(event, value, wrong, ["conditioning", "order"], 2, "both dice show the same number",
                lines, N, given, f"the total is {t}")
    return case


def _cond_face(n: int, s: int, draws: Draw) -> Case:
    N = s * s
    t = draws.between(4, 2 * s - 2)
    options = [f for f in range(1, s + 1) if 1 <= t - f <= s]
    f = draws.pick(options)
    pairs = _pairs(s, t)
    ways = len(pairs)
    good = [p for p in pairs if f in p]
    value = F(len(good), ways)
    lines = [
        (f"Given that the total is {t}, the sample space is the equally likely ordered "
         f"outcomes with that total: {', '.join(f'({a},{b})' for a, b in pairs)}: "
         f"{ways} outcomes."),
        f"Those with a {f}: {', '.join(f'({a},{b})' for a, b in good)}: {len(good)}.",
        f"Probability = {reduce_text(len(good), ways)}.",
    ]
    unordered = len({tuple(sorted(p)) for p in pairs})
    wrong = [
        (1 - F((s - 1) ** 2, N), "ignoring the condition"),
        (F(len(good), N), "the joint chance instead of the conditional one"),
        (F(1, unordered), "counting unordered pairs"),
        (F(ways, N), "the chance of the total itself"),
        (F(1, ways), "counting only one order"),
    ]
    event = {"type": "count", "faces": [f], "cmp": "ge", "value": 1}
    given = {"type": "sum", "cmp": "eq", "value": t}
    return Case(event, value, wrong, ["conditioning", "order"], 2,
                f"at least one die shows {_face(f)}", lines, N, given, f"the total is {t}")


@lru_cache(maxsize=1024)
def _valid_kinds(n: int, s: int, level: str) -> list[tuple[str, int]]:
    """The kinds of the level that ``n`` dice with ``s`` sides can ask (kept per level
    and dice set; callers only read the list)."""
    out = []
    for kind, w in LEVELS[level]["kinds"]:
        if kind in ("doubles", "all_different") and not 2 <= n <= s:
            continue
        if kind in ("cond_double", "cond_face") and (n != 2 or s < 3):
            continue
        if kind in ("max_le", "max_eq", "min_ge", "min_eq") and s < 3:
            continue
        if kind in ("exactly_k", "sum_between") and n < 2:
            continue
        if kind.startswith("sum") and n == 1 and s < 3:
            continue
        out.append((kind, w))
    return out or [("at_least_one", 1)]


#: Each kind's question, given the number of dice, their sides and the draws.
KINDS: dict[str, Callable[[int, int, Draw], Case]] = {
    "sum_eq": partial(_sum_case, cmp="eq"), "sum_ge": partial(_sum_case, cmp="ge"),
    "sum_le": partial(_sum_case, cmp="le"), "doubles": _doubles, "all_face": _all_face,
    "at_least_one": _at_least_one, "exactly_k": _exactly_k,
    "max_le": partial(_extreme, which="max", cmp="le"),
    "max_eq": partial(_extreme, which="max", cmp="eq"),
    "min_ge": partial(_extreme, which="min", cmp="ge"),
    "min_eq": partial(_extreme, which="min", cmp="eq"), "all_different": _all_different,
    "cond_double": _cond_double, "cond_face": _cond_face, "none_face": _none_face,
    "all_in": _all_in, "sum_set": _sum_set, "sum_between": _sum_between,
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, 32)
    level = LEVELS[params.difficulty]
    n, s = draws.pick(level["dice"])
    if params.n_dice is not None:
        n = params.n_dice
    if params.sides is not None:
        s = params.sides
    kind = draws.weighted(_valid_kinds(n, s, params.difficulty))
    if kind.startswith("cond_"):
        n = 2  # a conditional is about a pair of dice
    case = KINDS[kind](n, s, draws)
    if s != 6 and "nonstandard" not in case.concepts:
        case.concepts.append("nonstandard")
    case.steps += max(0, n - 2)
    experiment = {"kind": "dice", "count": n, "sides": s}
    return case_draft(case, experiment, params, draws, {"question": kind})


#: Scenes for the roll: each names the roller ({Name}) and the dice ({dice}).
_OPENERS = (
    "{Name} rolls {dice}.",
    "During a probability lesson, {Name} rolls {dice} once.",
    "{Name} picks up {dice} from a board game box and rolls them.",
    "In a tabletop game, {Name} needs a good roll and throws {dice}.",
    "At a summer camp game, {Name} rolls {dice}.",
    "For a class experiment, {Name} records one roll of {dice}.",
    "In a board game, {Name} rolls {dice} on each turn. Think about {Name}'s next turn.",
    "At a school fair, a stall lets each visitor roll {dice} once; {Name} has a go.",
    "To decide who starts a game, {Name} rolls {dice}.",
    "In a role-playing game, {Name} rolls {dice} to see how an attack turns out.",
    "{Name} shakes {dice} in a cup and tips them out onto the table.",
    "A maths teacher hands {Name} {dice} and asks for one roll.",
    "{Name} is testing {dice} from a new game and rolls them once.",
    "On a family games night, {Name} rolls {dice}.",
)


def _mentions(tree: Any, word: str) -> bool:
    """Whether a key or text anywhere in the event ``tree`` contains ``word`` (as a search
    of its JSON text would find, without writing the JSON)."""
    if isinstance(tree, str):
        return word in tree
    if isinstance(tree, dict):
        return any(word in str(k) or _mentions(v, word) for k, v in tree.items())
    if isinstance(tree, (list, tuple)):
        return any(_mentions(v, word) for v in tree)
    return False


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    draws = Draw(rng, 32)
    case = draft.spec
    exp = draft.data["experiment"]
    n, s = exp["count"], exp["sides"]
    dice = _dice_words(n, s)
    name = draws.pick(FIRST_NAMES)
    opener = draws.pick(_OPENERS).format(Name=name, dice=dice)
    if n == 1:
        opener = opener.replace("them out", "it out").replace("rolls them", "rolls it")
    if n > 1 and _mentions(case.event, "sum"):
        opener += " The total is the sum of the numbers shown."
    return wording(draft, opener)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "sum_eq": (
        "List the pairs that make the total in the table of all s × s throws (6 × 6 = 36 "
        "for ordinary dice); divide."
    ),
    "sum_le": (
        "Count the pairs with a small enough total in the table of all s × s throws; "
        "divide by its size."
    ),
    "sum_ge": (
        "Count the pairs with a large enough total in the table of all s × s throws; "
        "divide by its size."
    ),
    "doubles": (
        "The first die can show anything; each other die must match it: (1/s) for each of"
        " them."
    ),
    "all_different": (
        "Each die must avoid the faces already thrown: s/s × (s − 1)/s × (s − 2)/s × ..."
    ),
    "all_face": (
        "Independent dice multiply: one given face on every one of n dice is (1/s)^n."
    ),
    "at_least_one": (
        "P(at least one) = 1 − P(none): find the chance that every die misses, then "
        "subtract it from 1."
    ),
    "exactly_k": (
        "Choose which k dice show the face, C(n, k), then multiply by (1/s)^k × ((s − "
        "1)/s)^(n − k)."
    ),
    "max_eq": (
        "P(highest = m) = P(all ≤ m) − P(all ≤ m − 1)."
    ),
    "max_le": (
        "The highest is at most m exactly when every die is: (m/s)^n."
    ),
    "min_eq": (
        "P(lowest = m) = P(all ≥ m) − P(all ≥ m + 1)."
    ),
    "min_ge": (
        "The lowest is at least m exactly when every die is: ((s − m + 1)/s)^n."
    ),
    "cond_double": (
        "Given information shrinks the table: count the doubles among only the outcomes "
        "allowed."
    ),
    "cond_face": (
        "Given information shrinks the table: count the wanted outcomes among only those "
        "allowed."
    ),
    "sum_set": (
        "List the totals that qualify, count the ways to throw each in the table of all "
        "throws, then divide."
    ),
    "sum_between": (
        "Count the ways to throw each total in the range (they rise to the middle total "
        "and fall after it); divide by all throws."
    ),
    "none_face": (
        "No die may show it: multiply each die's chance of missing, (faces that miss ÷ "
        "s)^n."
    ),
    "all_in": (
        "Every die must qualify: multiply each die's chance, (faces that qualify ÷ s)^n."
    ),
    "*": (
        "Count outcomes in the table of equally likely throws, then divide."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("question")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 4.0), "medium": (1.5, 6.0), "hard": (3.0, 8.0)}
