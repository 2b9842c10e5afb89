"""Urns: coloured balls drawn with or without replacement — same colour, order, sequences.

"A bag holds 3 red and 5 blue balls. Two are drawn without replacement. What is
the probability that both are the same colour?" (13/28)

A bag holds balls of 2–4 colours, identical except for colour; balls are drawn
at random one after another, with replacement (each ball goes back before the
next draw) or without. The generator's closed forms are products of falling
fractions (``3/8 × 2/7``), sums over colours for "the same colour",
hypergeometric and binomial counts for "exactly j", complements for "at least
one", ``2 × n_a n_b`` for one of each in either order, and the symmetry
argument ``n_c / N`` for "the second ball is red". The solver
(:mod:`logicgen.solve.exact`) enumerates the colour sequences of the draws with
their multiplicities instead.

Question kinds: one ball has a colour; every ball drawn has a colour; all the
same colour; one of each of two colours (either order); a given colour then
another (in that order); at least one / exactly ``j`` of a colour; all
different colours; the second ball drawn has a colour; and, at ``hard``, the
first ball's colour given the second's.

Difficulty: ``easy`` two colours, one or two draws, mostly with replacement;
``medium`` two or three colours, two or three draws without replacement, order,
complements and the second-ball question; ``hard`` three or four colours, three
or four draws, "exactly j", all different, conditionals. ``colours`` (2–4),
``balls`` (2–40 in all), ``draws`` (1–5) and ``replacement`` override;
drawing more balls than the bag holds without replacement is refused.

``score`` is the solver's measured effort, :func:`logicgen.solve.exact.effort`:
the steps of the shortest written working (one per term or factor, two per
binomial term, one for a complement, 1.5 for a condition, plus half a step per
digit beyond two of the number divided by). Each level keeps the items whose
effort is within its band (:data:`BANDS`): hard items draw three or more balls without replacement, need one case per colour, the complement or a condition.

Wrong options come from named mistakes: with instead of without replacement
(and the reverse), order against no order (forgetting the factor 2 or adding
it), forgetting the complement, adding instead of multiplying, counting one
colour of "the same colour", and assuming the first ball's colour when asked
about the second.

>>> import logicgen
>>> item = logicgen.generate("probability.urn", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
A jar holds four yellow balls and two black balls, identical apart from colour. Dalia draws two
balls at random, one after another, without replacement. What is the probability that both balls
are the same colour? Give the answer as a fraction in lowest terms.
>>> item.choices, item.answer
(('5/9', '1/2', '7/15', '8/15', '2/5'), '7/15')
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from math import comb, perm, prod
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.errors import InvalidParams
from logicgen.kit import Draft, Draw, Wording, number_word, reduce_text
from logicgen.registry import BaseParams, check_int, family
from logicgen.solve.exact import effort, solve

from ._common import Case, case_draft, check_bool, draw_concepts, options, replacement_slip, wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "options", "render"]

F = Fraction
URN_COLOURS = ("red", "blue", "green", "yellow", "white", "black")

#: Per difficulty: colours in the bag, balls of each colour, the chance of drawing with
#: replacement, and (kind, weight) pairs.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"colours": (2, 2), "per_colour": (2, 6), "replacement": 0.6,
             "kinds": [("single", 2), ("all_of", 3), ("same", 1), ("ordered", 1)]},
    "medium": {"colours": (2, 3), "per_colour": (2, 7), "replacement": 0.2,
               "kinds": [("all_of", 2), ("same", 3), ("one_each", 2), ("ordered", 2),
                         ("at_least_one", 2), ("second", 1)]},
    "hard": {"colours": (3, 4), "per_colour": (2, 8), "replacement": 0.2,
             "kinds": [("same", 2), ("exactly", 3), ("at_least_one", 2), ("all_different", 2),
                       ("first_given_second", 2)]},
}


@family("probability.urn", version=3, solver=solve,
        summary="Urns: coloured balls with or without replacement, same colour, order, sequences",
        formats=("choice", "numeric"))
@dataclass(frozen=True)
class Params(BaseParams):
    """``colours`` 2–4, ``balls`` 2–40 in all, ``draws`` 1–5, ``replacement``.

    All default to the difficulty's choices.
    """

    SIZE = ("colours", "balls", "draws")

    colours: int | None = None
    balls: int | None = None
    draws: int | None = None
    replacement: bool | None = None

    def check(self) -> None:
        if self.colours is not None:
            check_int("colours", self.colours, 2, 4)
        if self.balls is not None:
            check_int("balls", self.balls, 2, 40)
        if self.draws is not None:
            check_int("draws", self.draws, 1, 5)
        check_bool("replacement", self.replacement)
        if self.balls is not None and self.colours is not None and self.balls < self.colours:
            raise InvalidParams(f"balls must be at least colours ({self.colours}) so that every "
                                f"colour is in the bag (got {self.balls})")
        if (self.draws is not None and self.balls is not None and self.replacement is False
                and self.draws > self.balls):
            raise InvalidParams(f"draws must be at most balls ({self.balls}) when drawing without "
                                f"replacement (got {self.draws})")


class _Bag:
    def __init__(self, colours: list[str], counts: list[int], k: int, rep: bool) -> None:
        self.colours, self.counts, self.k, self.rep = colours, counts, k, rep
        self.N = sum(counts)

    def count(self, colour: str) -> int:
        return self.counts[self.colours.index(colour)]

    def seq(self, nums: list[int]) -> tuple[int, int, str]:
        """Ordered draws of the given per-draw counts: (favourable, total, product text)."""
        if self.rep:
            fav = prod(nums)
            total = self.N ** len(nums)
            text = " × ".join(f"{x}/{self.N}" for x in nums)
        else:
            fav = prod(nums)
            total = perm(self.N, len(nums))
            text = " × ".join(f"{x}/{self.N - i}" for i, x in enumerate(nums))
        return fav, total, text

    def all_of(self, n: int) -> Fraction:
        return F(n, self.N) ** self.k if self.rep else F(perm(n, self.k), perm(self.N, self.k))

    def other_mode_all_of(self, n: int) -> Fraction:
        return F(perm(n, self.k), perm(self.N, self.k)) if self.rep else F(n, self.N) ** self.k

    @property
    def every(self) -> str:
        return "both balls are" if self.k == 2 else f"all {number_word(self.k)} balls are"

    def space_line(self) -> str:
        if self.k == 1:
            return f"There are {self.N} balls, each equally likely to be drawn."
        if self.rep:
            return (f"Every draw is from all {self.N} balls: {self.N}^{self.k} = "
                    f"{self.N**self.k} equally likely ordered draws (balls told apart).")
        factors = " × ".join(str(self.N - i) for i in range(self.k))
        return (f"Ordered draws without replacement: {factors} = {perm(self.N, self.k)} "
                f"equally likely sequences (balls told apart).")


def _count(colour: str, cmp: str, value: int) -> dict[str, Any]:
    return {"type": "count", "colour": colour, "cmp": cmp, "value": value}


def _balls(colour: str, n: int) -> str:
    return f"{number_word(n)} {colour} ball" + ("" if n == 1 else "s")


def _single(bag: _Bag, draws: Draw) -> Case:
    c = draws.pick(bag.colours)
    n = bag.count(c)
    value = F(n, bag.N)
    lines = [bag.space_line(), f"{n} of them are {c}: probability = {reduce_text(n, bag.N)}."]
    wrong = [
        (F(1, len(bag.colours)), "treating every colour as equally likely"),
        (F(n, bag.N - n), "favourable against unfavourable (a ratio, not a probability)"),
        (F(1, bag.N), "counting one ball only"),
        (F(1, n), "one over the favourable count"),
    ]
    return Case(_count(c, "eq", 1), value, wrong, [], 1,
                f"the ball is {c}", lines, bag.N)


def _all_of(bag: _Bag, draws: Draw) -> Case:
    options = [c for c in bag.colours if bag.rep or bag.count(c) >= bag.k]
    c = draws.pick(options)
    n = bag.count(c)
    nums = [n] * bag.k if bag.rep else [n - i for i in range(bag.k)]
    fav, total, text = bag.seq(nums)
    value = F(fav, total)
    lines = [
        bag.space_line(),
        (
            "Each draw is from the full bag again: "
            if bag.rep
            else f"Each {c} ball drawn leaves one fewer {c} ball and one fewer ball in all: "
        )
        + f"{text} = {reduce_text(fav, total)}.",
    ]
    wrong = [
        (bag.other_mode_all_of(n), replacement_slip(bag.rep)),
        (F(bag.k * n, bag.N), "adding instead of multiplying"),
        (F(n, bag.N), "looking at one draw only"),
        (F(1, len(bag.colours)) ** bag.k, "treating every colour as equally likely"),
        (F(comb(n, bag.k), bag.N**bag.k), "counting unordered against ordered draws"),
    ]
    concepts = draw_concepts(bag.rep, "order")
    return Case(_count(c, "eq", bag.k), value, wrong, concepts,
                bag.k, f"{bag.every} {c}", lines, total)


def _same(bag: _Bag, draws: Draw) -> Case:
    terms = []
    total = bag.N**bag.k if bag.rep else perm(bag.N, bag.k)
    for c, n in zip(bag.colours, bag.counts):
        fav = n**bag.k if bag.rep else perm(n, bag.k)
        terms.append((c, n, fav))
    fav = sum(t[2] for t in terms)
    value = F(fav, total)
    parts = []
    for c, n, f in terms:
        if bag.rep:
            parts.append(f"{c}: {n}^{bag.k} = {f}")
        else:
            parts.append(f"{c}: " + " × ".join(str(n - i) for i in range(bag.k)) + f" = {f}")
    lines = [
        bag.space_line(),
        "Sequences of one colour, colour by colour: " + "; ".join(parts) + ".",
        (f"Together {' + '.join(str(t[2]) for t in terms)} = {fav}; probability = "
         f"{reduce_text(fav, total)}."),
    ]
    other = (
        sum((F(perm(n, bag.k), perm(bag.N, bag.k)) for n in bag.counts), F(0))
        if bag.rep
        else sum((F(n, bag.N) ** bag.k for n in bag.counts), F(0))
    )
    biggest = max(bag.counts)
    wrong = [
        (other, replacement_slip(bag.rep)),
        (F(biggest**bag.k if bag.rep else perm(biggest, bag.k), total), "counting only one colour"),
        (F(1, len(bag.colours)), "treating every colour as equally likely"),
        (1 - value, "giving the complement"),
        (F(len(bag.colours), len(bag.colours) ** bag.k),
         "treating colours as equally likely on every draw"),
    ]
    concepts = draw_concepts(bag.rep, "union")
    return Case({"type": "all_same"}, value, wrong, concepts, 2, f"{bag.every} the same colour",
                lines, total)


def _one_each(bag: _Bag, draws: Draw) -> Case:
    a, b = draws.sample(bag.colours, 2)
    na, nb = bag.count(a), bag.count(b)
    fav1, total, text = bag.seq([na, nb])
    value = F(2 * fav1, total)
    lines = [
        bag.space_line(),
        (f"{a.capitalize()} then {b}: {text} = {reduce_text(fav1, total)}; {b} then {a} is "
         f"just as likely."),
        f"Either order: 2 × {fav1}/{total} = {reduce_text(2 * fav1, total)}.",
    ]
    other = F(2 * na * nb, bag.N * (bag.N - 1)) if bag.rep else F(2 * na * nb, bag.N**2)
    wrong = [
        (F(fav1, total), "counting only one order"),
        (other, replacement_slip(bag.rep)),
        (F(na + nb, bag.N), "adding instead of multiplying"),
        (F(na * nb, comb(bag.N, 2) * 2 if bag.rep else bag.N * bag.N),
         "mixing ordered and unordered counts"),
        (F(1, 2), "assuming the two results are equally likely"),
    ]
    concepts = draw_concepts(bag.rep, "order", "union")
    return Case({"op": "and", "args": [_count(a, "eq", 1), _count(b, "eq", 1)]}, value, wrong,
                concepts, 2, f"one ball is {a} and the other is {b} (in either order)", lines,
                total)


def _ordered(bag: _Bag, draws: Draw) -> Case:
    left = dict(zip(bag.colours, bag.counts))
    picks: list[str] = []
    nums: list[int] = []
    for _ in range(bag.k):
        c = draws.pick([x for x in bag.colours if left[x] > 0])
        picks.append(c)
        nums.append(left[c])
        if not bag.rep:
            left[c] -= 1
    fav, total, text = bag.seq(nums)
    value = F(fav, total)
    words = ", then ".join(picks)
    lines = [
        bag.space_line(),
        "Multiply the chances draw by draw"
        + ("" if bag.rep else ", with one ball fewer each time")
        + f": {text} = {reduce_text(fav, total)}.",
    ]
    other_nums = [bag.count(c) for c in picks]
    other = (
        F(prod(bag.count(c) - picks[:i].count(c) for i, c in enumerate(picks)), perm(bag.N, bag.k))
        if bag.rep
        else F(prod(other_nums), bag.N**bag.k)
    )
    arrangements = len({tuple(p) for p in _perms(picks)})
    wrong = [
        (other, replacement_slip(bag.rep)),
        (arrangements * value, "ignoring the order"),
        (F(sum(nums), bag.N), "adding instead of multiplying"),
        (F(prod(nums), bag.N**bag.k) if not bag.rep else F(nums[0], bag.N),
         "keeping the total fixed"),
        (F(1, len(bag.colours)) ** bag.k, "treating every colour as equally likely"),
    ]
    phrase = (
        ("the balls come out " + words + ", in that order")
        if bag.k > 1
        else f"the ball is {picks[0]}"
    )
    event = {
        "op": "and",
        "args": [{"type": "position", "index": i + 1, "colour": c} for i, c in enumerate(picks)],
    }
    concepts = draw_concepts(bag.rep, "order")
    return Case(event, value, wrong, concepts, bag.k, phrase, lines, total)


def _perms(items: list[str]) -> list[tuple[str, ...]]:
    return list(itertools.permutations(items))


def _at_least_one(bag: _Bag, draws: Draw) -> Case:
    c = draws.pick(bag.colours)
    n = bag.count(c)
    rest = bag.N - n
    nums = [rest] * bag.k if bag.rep else [rest - i for i in range(bag.k)]
    miss, total, text = bag.seq(nums)
    value = 1 - F(miss, total)
    lines = [
        bag.space_line(),
        (f"Complement: no {c} ball at all, so every draw is one of the {rest} other balls: "
         f"{text} = {reduce_text(miss, total)}."),
        f"Probability = 1 − {F(miss, total)} = {value.numerator}/{value.denominator}.",
    ]
    other = (
        (1 - F(perm(rest, bag.k), perm(bag.N, bag.k))) if bag.rep else 1 - F(rest, bag.N) ** bag.k
    )
    wrong = [
        (F(miss, total), "forgetting to subtract from 1 (that is 'no ball is " + c + "')"),
        (other, replacement_slip(bag.rep)),
        (F(bag.k * n, bag.N), "adding the chance for each draw"),
        (bag.all_of(n), f"requiring every ball to be {c}"),
        (F(n, bag.N), "looking at one draw only"),
    ]
    concepts = draw_concepts(bag.rep, "complement")
    return Case(_count(c, "ge", 1), value, wrong, concepts, 2,
                f"at least one of the balls drawn is {c}", lines, total)


def _exactly(bag: _Bag, draws: Draw) -> Case:
    c = draws.pick(bag.colours)
    n = bag.count(c)
    rest = bag.N - n
    j = draws.between(1, bag.k - 1)
    if bag.rep:
        total = bag.N**bag.k
        fav = comb(bag.k, j) * n**j * rest ** (bag.k - j)
        lines = [
            bag.space_line(),
            (f"Choose which {j} of the {bag.k} draws are {c}: "
             f"C({bag.k},{j}) = {comb(bag.k, j)}; those have {n} choices each and the "
             f"others {rest}: {comb(bag.k, j)} × {n}^{j} × "
             f"{rest}^{bag.k - j} = {fav}."),
            f"Probability = {reduce_text(fav, total)}.",
        ]
        other = F(comb(n, j) * comb(rest, bag.k - j), comb(bag.N, bag.k))
        concepts = ["binomial"]
    else:
        total = comb(bag.N, bag.k)
        fav = comb(n, j) * comb(rest, bag.k - j)
        lines = [
            (f"Order does not matter for a count, so use unordered selections: "
             f"C({bag.N},{bag.k}) = {total} equally likely sets of {bag.k} balls."),
            (f"Choose {j} of the {n} {c} balls, C({n},{j}) = {comb(n, j)}, and {bag.k - j} of "
             f"the other {rest}, C({rest},{bag.k - j}) = {comb(rest, bag.k - j)}: "
             f"{comb(n, j)} × {comb(rest, bag.k - j)} = {fav}."),
            f"Probability = {reduce_text(fav, total)}.",
        ]
        other = F(comb(bag.k, j) * n**j * rest ** (bag.k - j), bag.N**bag.k)
        concepts = ["binomial", "without_replacement"]
    value = F(fav, total)
    one_order = (
        F(n, bag.N) ** j * F(rest, bag.N) ** (bag.k - j)
        if bag.rep
        else F(perm(n, j) * perm(rest, bag.k - j), perm(bag.N, bag.k))
    )
    wrong = [
        (other, replacement_slip(bag.rep)),
        (one_order, "counting one order only"),
        (F(j, bag.k), "using the proportion of draws"),
        (F(j * n, bag.N), "adding the chances"),
        (F(n, bag.N), "looking at one draw only"),
    ]
    verb = "is" if j == 1 else "are"
    return Case(_count(c, "eq", j), value, wrong, concepts, 3,
                f"exactly {number_word(j)} of the balls drawn {verb} {c}", lines, total)


def _all_different(bag: _Bag, draws: Draw) -> Case:
    m = len(bag.colours)
    k = bag.k
    if bag.rep:
        total = bag.N**k
    else:
        total = perm(bag.N, k)
    # Ordered sequences of k distinct colours: every k-subset of colours in every order.
    subsets = list(itertools.combinations(range(m), k))
    per = [prod(bag.counts[i] for i in s) for s in subsets]
    fav = sum(per) * perm(k, k)
    value = F(fav, total)
    if len(subsets) == 1:
        choose = (
            "Each colour once: "
            + " × ".join(str(x) for x in bag.counts)
            + f" = {per[0]} ways to choose the balls"
        )
    else:
        choose = (
            "Choose which colours appear and a ball of each: "
            + " + ".join(" × ".join(str(bag.counts[i]) for i in s) for s in subsets)
            + f" = {sum(per)}"
        )
    lines = [
        bag.space_line(),
        (f"{choose}; each such set of balls can come out in {k}! = {perm(k, k)} orders: "
         f"{sum(per)} × {perm(k, k)} = {fav}."),
        f"Probability = {reduce_text(fav, total)}.",
    ]
    other = (
        F(sum(per) * perm(k, k), perm(bag.N, k)) if bag.rep else F(sum(per) * perm(k, k), bag.N**k)
    )
    wrong = [
        (F(sum(per), total), "forgetting the orders in which the colours can come"),
        (other, replacement_slip(bag.rep)),
        (F(perm(m, k), m**k), "treating every colour as equally likely"),
        (1 - value, "giving the complement"),
        (F(sum(per), comb(bag.N, k)) / perm(k, k), "dividing by the orders twice"),
    ]
    concepts = draw_concepts(bag.rep, "order")
    phrase = "the balls drawn are all of different colours"
    return Case({"type": "all_different"}, value, wrong, concepts, 3, phrase, lines, total)


def _second(bag: _Bag, draws: Draw) -> Case:
    c = draws.pick(bag.colours)
    n = bag.count(c)
    N = bag.N
    value = F(n, N)
    lines = [
        ("Before anything is seen, every ball is equally likely to be the second one drawn "
         "(line the balls up in the order they come out)."),
        f"So P(second ball {c}) = {reduce_text(n, N)}, the same as for the first ball.",
        (f"Check by cases: {n}/{N} × {n - 1}/{N - 1} + {N - n}/{N} × {n}/{N - 1} = "
         f"{n * (n - 1) + (N - n) * n}/{N * (N - 1)} = {value.numerator}/{value.denominator}."),
    ]
    wrong = [
        (F(n - 1, N - 1), f"assuming the first ball was {c}"),
        (F(n, N - 1), "removing a ball but not its colour"),
        (F(n * (n - 1), N * (N - 1)), f"requiring both balls to be {c}"),
        (F(N - n, N - 1) * F(n, N), "taking only the case where the first ball differs"),
        (F(1, len(bag.colours)), "treating every colour as equally likely"),
    ]
    return Case({"type": "position", "index": 2, "colour": c}, value, wrong,
                ["without_replacement", "union"], 2, f"the second ball drawn is {c}", lines,
                N * (N - 1))


def _first_given_second(bag: _Bag, draws: Draw) -> Case:
    c = draws.pick([x for x in bag.colours if bag.count(x) >= 2])
    n, N = bag.count(c), bag.N
    value = F(n - 1, N - 1)
    lines = [
        (f"By symmetry the draws can be read in either order: knowing the second ball is {c}, "
         f"the first is any of the other {N - 1} balls, of which {n - 1} "
         f"{'is' if n == 2 else 'are'} {c}."),
        (f"Check: P(both {c}) ÷ P(second {c}) = ({n}·{n - 1}/({N}·{N - 1})) ÷ ({n}/{N}) = "
         f"{reduce_text(n - 1, N - 1)}."),
    ]
    wrong = [
        (F(n, N), "ignoring the condition"),
        (F(n * (n - 1), N * (N - 1)), "the joint probability instead of the conditional"),
        (F(n - 1, N), "removing a ball from the count but not from the total"),
        (F(n, N - 1), "removing a ball from the total but not from the count"),
        (F(1, 2), "assuming the two results are equally likely"),
    ]
    return Case({"type": "position", "index": 1, "colour": c}, value, wrong,
                ["conditioning", "without_replacement"], 3, f"the first ball drawn was {c}", lines,
                N * (N - 1), {"type": "position", "index": 2, "colour": c},
                f"the second ball drawn is {c}")


#: Each kind's question, given the bag and the draws.
KINDS: dict[str, Callable[[_Bag, Draw], Case]] = {
    "single": _single, "all_of": _all_of, "same": _same, "one_each": _one_each, "ordered": _ordered,
    "at_least_one": _at_least_one, "exactly": _exactly, "all_different": _all_different,
    "second": _second, "first_given_second": _first_given_second
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, 32)
    level = LEVELS[params.difficulty]
    m = params.colours if params.colours is not None else draws.between(*level["colours"])
    colours = draws.sample(URN_COLOURS, m)
    lo, hi = level["per_colour"]
    if params.balls is not None:
        total = params.balls
        cuts = sorted(draws.sample(range(1, total), m - 1))
        counts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    else:
        counts = [draws.between(lo, hi) for _ in range(m)]
    N = sum(counts)
    rep = draws.random() < level["replacement"]
    if params.replacement is not None:
        rep = params.replacement
    kinds = list(level["kinds"])
    if rep:
        kinds = [(kd, w) for kd, w in kinds if kd not in ("second", "first_given_second")]
    kind = draws.weighted(kinds)
    if kind == "single":
        k = 1
    elif kind in ("second", "first_given_second", "one_each"):
        k = 2
    elif kind == "all_different":
        k = min(m, 3)
    elif params.difficulty == "hard":
        k = draws.between(3, 4)
    elif params.difficulty == "medium":
        k = draws.between(2, 3)
    else:
        k = 2
    if params.draws is not None:
        k = params.draws
    if not rep:
        k = min(k, N)
    if ((kind in ("second", "first_given_second", "one_each") and k != 2)
            or (kind == "exactly" and k < 2) or (kind == "all_different" and not 2 <= k <= m)):
        kind = "at_least_one" if k > 1 else "single"  # the drawn kind does not fit k draws
    if kind == "first_given_second" and max(counts) < 2:
        kind = "second"
    if kind == "all_of" and not rep and max(counts) < k:
        kind = "at_least_one"
    bag = _Bag(colours, counts, k, rep)
    case = KINDS[kind](bag, draws)
    experiment = {"kind": "urn",
                  "contents": [{"colour": c, "count": n} for c, n in zip(colours, counts)],
                  "draws": k, "replacement": rep}
    return case_draft(case, experiment, params, draws, {"question": kind})


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    draws = Draw(rng, 32)
    exp = draft.data["experiment"]
    k, rep = exp["draws"], exp["replacement"]
    parts = [_balls(c["colour"], c["count"]) for c in exp["contents"]]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    container = draws.pick(("bag", "box", "jar"))
    name = draws.pick(FIRST_NAMES)
    opener = f"A {container} holds {listed}, identical apart from colour."
    if k == 1:
        draw = f" {name} draws one ball at random."
    else:
        how = (
            "with replacement: each ball is put back and the balls mixed before the next draw"
            if rep
            else "without replacement"
        )
        draw = f" {name} draws {number_word(k)} balls at random, one after another, {how}."
    return wording(draft, opener + draw)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "single": (
        "P = balls of that colour ÷ all balls."
    ),
    "ordered": (
        "Multiply draw by draw; without replacement the counts go down after each draw."
    ),
    "same": (
        "Add the chances of 'all of one colour' over each colour."
    ),
    "all_of": (
        "Multiply draw by draw; when balls are not put back, one ball of that colour "
        "fewer is left each time."
    ),
    "all_different": (
        "Count one ball of each wanted colour in every order, or multiply the draw-by-"
        "draw chances."
    ),
    "at_least_one": (
        "P(at least one) = 1 − P(none)."
    ),
    "exactly": (
        "Choose the wanted balls and the others: C(a, k) × C(b, n − k) ÷ C(total, n)."
    ),
    "one_each": (
        "Choose one of each colour and divide by all ways to choose that many balls."
    ),
    "second": (
        "Without looking at the first draw, the second ball is as likely to be any ball "
        "as the first."
    ),
    "first_given_second": (
        "By symmetry, 'first given second' works like 'second given first': remove the "
        "known ball and count."
    ),
    "*": (
        "P = favourable ÷ all, draw by draw when the order matters."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("question")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.5), "medium": (2.5, 6.0), "hard": (3.5, 7.0)}
