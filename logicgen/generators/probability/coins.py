"""Coins: exactly / at least / at most k heads, a given sequence, first head, runs; fair or biased.

"A fair coin is tossed 4 times. What is the probability of at least 2 heads?"

Tosses are independent; a fair coin lands heads with probability 1/2, a biased
one with the stated probability ``p`` on every toss. The generator uses closed
forms: binomial terms ``C(n, j) p^j (1-p)^(n-j)`` summed over the counts asked
for (through the complement when that is shorter), ``(1-p)^(k-1) p`` for the
first head on toss ``k``, and the run-free count ``a(m) = a(m-1) + ... +
a(m-L)`` (a generalised Fibonacci recurrence) for "L heads in a row". The
solver (:mod:`logicgen.solve.exact`) lists every H/T sequence instead.

Question kinds: exactly ``k`` heads; at least / at most ``k`` heads; at least
one head; one particular sequence (order matters); the first head on toss
``k``; a run of ``L`` heads in a row; and, at ``hard``, a conditional ("given at
least one head, at least two heads").

Difficulty: ``easy`` a fair coin tossed 2–4 times, one-step events; ``medium``
4–6 tosses, sums of binomial terms, complements, first-head questions and
biased coins tossed 3 times; ``hard`` biased coins tossed 4–7 times, runs in
5–10 fair tosses and conditionals. ``n_tosses`` (1–12) and ``p_heads`` (a
probability strictly between 0 and 1 such as ``"2/3"`` or ``0.3``) override.

``score`` = arithmetic steps (one per binomial term added, at most 4) + concept
weights (complement 1, binomial 1, recurrence 1.5, conditioning 1.5, biased
0.5, order 0.5).

Wrong options come from named mistakes: leaving out the binomial coefficient,
treating every number of heads as equally likely, reading "at least" as "more
than", forgetting to subtract from 1, adding probabilities instead of
multiplying, "on or before toss k" for "on toss k", treating overlapping runs
as independent, and ignoring the condition.

>>> import logicgen
>>> item = logicgen.generate("probability.coins", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
A fair coin is tossed 5 times. What is the probability that at least two heads come up? Give the
answer as a fraction in lowest terms.
>>> item.choices, item.answer
(('13/16', '5/16', '27/32', '1/2', '7/8'), '13/16')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction as F
from functools import partial
from math import comb
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.kit import Draft, Draw, Wording, ftext, number_word, ordinal_word, reduce_text
from logicgen.registry import BaseParams, check_int, family
from logicgen.solve.exact import solve

from ._common import Case, case_draft, options, prob_param, wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "options", "render", "run_free"]

HALF = F(1, 2)
BIASES = (F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(2, 5), F(3, 5), F(3, 10), F(7, 10))

#: Per difficulty: toss counts for a fair and a biased coin, the chance of a biased
#: coin, and (kind, weight) pairs.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"fair": (2, 4), "biased": None, "p_biased": 0.0,
             "kinds": [("exactly", 3), ("all_heads", 1), ("sequence", 1), ("at_least_one", 2)]},
    "medium": {"fair": (4, 6), "biased": (3, 3), "p_biased": 0.25,
               "kinds": [("exactly", 2), ("at_least", 3), ("at_most", 2), ("at_least_one", 1),
                         ("first_head", 1), ("sequence", 1)]},
    "hard": {"fair": (6, 10), "biased": (4, 7), "p_biased": 0.5,
             "kinds": [("exactly", 2), ("at_least", 3), ("at_most", 1), ("run", 2),
                       ("conditional", 2)]},
}


@family(
    "probability.coins", version=3,
    solver=solve,
    summary="Coins: exactly / at least k heads, sequences, first head, runs; fair or biased",
    formats=("choice", "numeric"),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_tosses``: 1–12; ``p_heads``: heads probability such as ``"2/3"``.

    Both default to the difficulty's choices.
    """

    n_tosses: int | None = None
    p_heads: float | str | None = None

    def check(self) -> None:
        if self.n_tosses is not None:
            check_int("n_tosses", self.n_tosses, 1, 12)
        prob_param("p_heads", self.p_heads)


def _run_free_counts(n: int, length: int) -> list[int]:
    a = [2**m for m in range(length)]
    for m in range(length, n + 1):
        a.append(sum(a[m - length : m]))
    return a


def run_free(n: int, length: int) -> int:
    """H/T sequences of length ``n`` with no ``length`` heads in a row.

    A run-free sequence ends in T, HT, HHT, ... (fewer than ``length`` heads
    after its last tail), so ``a(m) = a(m-1) + ... + a(m-length)`` with
    ``a(m) = 2**m`` for ``m < length``.

    >>> run_free(4, 2), run_free(10, 3)
    (8, 504)
    """
    return _run_free_counts(n, length)[n]


class _Coin:
    """The coin's arithmetic: p = a/b, with integer weights over b**n."""

    def __init__(self, p: F, n: int) -> None:
        self.p, self.n = p, n
        self.a, self.b = p.numerator, p.denominator
        self.fair = p == HALF
        self.total = self.b**n

    def weight(self, j: int) -> int:
        """Numerator (over b**n) of the chance of one particular sequence with j heads."""
        return self.a**j * (self.b - self.a) ** (self.n - j)

    def term(self, j: int) -> int:
        return comb(self.n, j) * self.weight(j)

    def over(self, num: int) -> F:
        return F(num, self.total)

    def each(self, j: int) -> str:
        """Words for the chance of one particular sequence with j heads."""
        if self.fair:
            return f"1/{self.total}"
        q = 1 - self.p
        return f"({ftext(self.p)})^{j} × ({ftext(q)})^{self.n - j} = {self.weight(j)}/{self.total}"

    def space(self) -> str:
        """The first line of most explanations: what one sequence is worth."""
        if self.fair:
            return (f"Sample space: {self.n} tosses give 2^{self.n} = {self.total} equally "
                    "likely H/T sequences.")
        p, q = ftext(self.p), ftext(1 - self.p)
        return (f"Each toss is heads with probability {p} and tails with {q}, independently, "
                f"so a sequence with j heads has probability ({p})^j × ({q})^({self.n}−j) = "
                f"{self.a}^j × {self.b - self.a}^({self.n}−j) / {self.b}^{self.n}, that is, "
                f"over {self.total}.")

    def case(self, event: dict[str, Any], value: F, wrong: list[tuple[F, str]],
             concepts: list[str], steps: int, phrase: str, lines: list[str],
             *given: Any) -> Case:
        """A case over this coin's sequences; a biased coin adds its concept."""
        biased = [] if self.fair else ["biased"]
        return Case(event, value, wrong, concepts + biased, steps, phrase, lines, self.total,
                    *given)


def _heads(k: int) -> str:
    return f"{number_word(k)} head" + ("" if k == 1 else "s")


def _come(k: int) -> str:
    return "comes" if k == 1 else "come"


def _count(cmp: str, k: int) -> dict[str, Any]:
    return {"type": "count", "face": "H", "cmp": cmp, "value": k}


def _sum_line(c: _Coin, js: list[int], what: str) -> tuple[int, str]:
    fav = sum(c.term(j) for j in js)
    if not c.fair:
        parts = " + ".join(f"C({c.n},{j})·{c.weight(j)}" for j in js)
        return fav, f"{what.capitalize()}: ({parts})/{c.total} = {fav}/{c.total}."
    if len(js) == 1:
        return fav, f"Sequences with {what}: C({c.n},{js[0]}) = {fav}."
    parts = " + ".join(f"C({c.n},{j})" for j in js)
    values = " + ".join(str(comb(c.n, j)) for j in js)
    return fav, f"Sequences with {what}: {parts} = {values} = {fav}."


# -- question kinds: each draws what it needs and returns the case ---------------------


def _exactly(c: _Coin, draws: Draw) -> Case:
    n = c.n
    k = draws.between(1, n - 1) if n > 1 else 1
    fav = c.term(k)
    lines = [
        c.space(),
        (f"Choose which {k} of the {n} tosses are heads: C({n},{k}) = {comb(n, k)} ways; "
         f"each such sequence has probability {c.each(k)}."),
        f"Probability = {comb(n, k)} × {c.weight(k)}/{c.total} = {reduce_text(fav, c.total)}.",
    ]
    wrong = [
        (c.over(c.weight(k)), "leaving out the binomial coefficient (one order only)"),
        (F(1, n + 1), "treating every number of heads as equally likely"),
        (c.over(sum(c.term(j) for j in range(k, n + 1))),
         "counting 'at least' instead of 'exactly'"),
        (F(k, n), "using the proportion of heads"),
        (F(comb(n, k)) * c.p**k, "forgetting the tails' factor"),
    ]
    return c.case(_count("eq", k), c.over(fav), wrong, ["binomial"], 2,
                  f"exactly {_heads(k)} {_come(k)} up", lines)


def _at_least(c: _Coin, draws: Draw, cmp: str) -> Case:
    n = c.n
    k = draws.between(2, n - 1) if cmp == "ge" else draws.between(1, n - 2)
    want = list(range(k, n + 1)) if cmp == "ge" else list(range(k + 1))
    other = [j for j in range(n + 1) if j not in want]
    concepts = ["binomial", "union"]
    word = f"at least {_heads(k)}" if cmp == "ge" else f"at most {_heads(k)}"
    if len(other) < len(want):
        opposite = f"fewer than {_heads(k)}" if cmp == "ge" else f"more than {_heads(k)}"
        fav_c, line = _sum_line(c, other, f"the opposite outcome ({opposite})")
        fav = c.total - fav_c
        last = f"Probability = 1 − {fav_c}/{c.total} = {reduce_text(fav, c.total)}."
        concepts.append("complement")
    else:
        fav, line = _sum_line(c, want, word)
        last = f"Probability = {reduce_text(fav, c.total)}."
    value = c.over(fav)
    wrong = [
        (c.over(sum(c.term(j) for j in want if j != k)),
         f"reading '{word}' as {'more' if cmp == 'ge' else 'fewer'} than {k}"),
        (c.over(c.term(k)), f"counting exactly {k} only"),
        (1 - value, "giving the complement"),
        (c.over(sum(c.weight(j) for j in want)), "leaving out the binomial coefficients"),
        (F(len(want), n + 1), "treating every number of heads as equally likely"),
    ]
    return c.case(_count(cmp, k), value, wrong, concepts, min(len(want), len(other), 4) + 1,
                  f"{word} {_come(k)} up", [c.space(), line, last])


def _at_least_one(c: _Coin, draws: Draw) -> Case:
    n, none = c.n, c.weight(0)
    lines = [
        c.space(),
        f"Complement: no heads at all, probability ({ftext(1 - c.p)})^{n} = {none}/{c.total}.",
        f"Probability = 1 − {none}/{c.total} = {reduce_text(c.total - none, c.total)}.",
    ]
    wrong = [
        (n * c.p, "adding the chance for each toss"),
        (c.over(none), "forgetting to subtract from 1 (that is 'no heads')"),
        (c.p**n, "requiring every toss to be heads"),
        (c.over(c.term(1)), "counting exactly one head"),
        (F(n, n + 1), "treating every number of heads as equally likely"),
    ]
    return c.case(_count("ge", 1), 1 - c.over(none), wrong, ["complement"], 2,
                  "at least one head comes up", lines)


def _sequence(c: _Coin, draws: Draw, all_heads: bool) -> Case:
    n = c.n
    pattern = "H" * n
    while not all_heads:
        pattern = "".join("H" if draws.random() < 0.5 else "T" for _ in range(n))
        if 0 < pattern.count("H") < n:
            break
    h = pattern.count("H")
    value = c.over(c.weight(h))
    if all_heads:
        phrase = f"all {number_word(n)} tosses come up heads" if n > 2 else \
            "both tosses come up heads"
    else:
        phrase = ("the tosses come up " + ", ".join("heads" if x == "H" else "tails"
                                                     for x in pattern) + ", in exactly that order")
    if c.fair:
        lines = [c.space(), f"Exactly one sequence, {pattern}, is favourable.",
                 f"Probability = 1/{c.total}."]
    else:
        lines = [c.space(), f"Multiply the chances toss by toss: {c.each(h)}.",
                 f"Probability = {ftext(value)}."]
    wrong = [
        (c.over(c.term(h)), "ignoring the order (counting every arrangement)"),
        (c.p if c.fair else c.p**h, "looking only at the heads"),
        (F(1, n + 1), "treating every number of heads as equally likely"),
        (F(1, 2 ** (n - 1)) if c.fair else F(1, 2**n), "one factor of 1/2 too few"),
        (F(h, n) if 0 < h < n else F(1, n), "using the proportion of heads"),
        (F(1, n), "one chance in the number of tosses"),
    ]
    return c.case({"type": "sequence", "pattern": pattern}, value, wrong,
                  [] if all_heads else ["order"], 1, phrase, lines)


def _first_head(c: _Coin, draws: Draw) -> Case:
    k, p, q = c.n, c.p, 1 - c.p
    value = q ** (k - 1) * p
    lines = [
        (f"The first head is on toss {k} exactly when tosses 1 to {k - 1} are tails and "
         f"toss {k} is heads (later tosses do not matter)."),
        f"Probability = ({ftext(q)})^{k - 1} × {ftext(p)} = {ftext(value)}.",
    ]
    wrong = [
        (1 - q**k, f"'on or before toss {k}' instead of 'on toss {k}'"),
        (F(1, k), "one chance in the number of tosses"),
        (q ** (k - 2) * p if k >= 2 else p / 2, "one tail too few"),
        (q**k * p, "one tail too many"),
        (k * value, "counting every position of the head"),
    ]
    return c.case({"type": "first", "face": "H", "at": k}, value, wrong, ["order"], 1,
                  f"the first head comes up on the {ordinal_word(k)} toss", lines)


def _run(c: _Coin, draws: Draw) -> Case:
    n = c.n
    L = draws.between(2, min(4, n - 2))
    a = _run_free_counts(n, L)
    free = a[n]
    fav = c.total - free
    lines = [
        c.space(),
        f"Complement: count the sequences with no {L} heads in a row. Such a sequence ends in "
        "T, " + ", ".join("H" * i + "T" for i in range(1, L))
        + " (or is too short to hold a run), so a(m) = "
        + " + ".join(f"a(m−{i})" for i in range(1, L + 1)) + f", with a(m) = 2^m for m < {L}.",
        "a(0), a(1), ... = " + ", ".join(str(x) for x in a) + f", so a({n}) = {free}.",
        f"Probability = 1 − {free}/{c.total} = {reduce_text(fav, c.total)}.",
    ]
    windows = n - L + 1
    wrong = [
        (F(windows, 2**L), "adding the chance of a run at each starting toss"),
        (1 - F(2**L - 1, 2**L) ** windows, "treating overlapping stretches as independent"),
        (F(1, 2**L), "the chance of one particular stretch"),
        (c.over(free), "forgetting to subtract from 1"),
        (c.over(c.total - run_free(n, L + 1)), f"counting {L + 1} in a row"),
    ]
    return c.case({"type": "run", "face": "H", "length": L}, c.over(fav), wrong,
                  ["complement", "recurrence"], 3,
                  f"somewhere in the sequence there are at least {number_word(L)} heads in a row",
                  lines)


def _conditional(c: _Coin, draws: Draw) -> Case:
    n, t = c.n, c.total
    k = draws.between(2, max(2, n // 2))
    none, below = c.weight(0), sum(c.term(j) for j in range(k))
    fav, cond = t - below, t - none
    value = F(fav, cond)
    lines = [
        c.space(),
        f"Condition: at least one head, probability 1 − {none}/{t} = {cond}/{t}.",
        (f"At least {_heads(k)} (which implies at least one): 1 − P(fewer than {k}) = "
         f"1 − {below}/{t} = {fav}/{t}."),
        f"Conditional probability = ({fav}/{t}) ÷ ({cond}/{t}) = {reduce_text(fav, cond)}.",
    ]
    wrong = [
        (c.over(fav), "ignoring the condition"),
        (1 - value, "giving the complement"),
        (c.over(cond), "giving the chance of the condition"),
        (F(c.term(k), cond), f"counting exactly {k} only"),
        (F(n - k + 1, n), "treating the remaining head counts as equally likely"),
    ]
    return c.case(_count("ge", k), value, wrong, ["conditioning", "complement", "binomial"], 3,
                  f"at least {_heads(k)} {_come(k)} up", lines, _count("ge", 1),
                  "at least one head came up")


#: Each kind's question, and the fewest tosses it needs.
KINDS: dict[str, tuple[Callable[[_Coin, Draw], Case], int]] = {
    "exactly": (_exactly, 2),
    "at_least": (partial(_at_least, cmp="ge"), 3),
    "at_most": (partial(_at_least, cmp="le"), 3),
    "at_least_one": (_at_least_one, 1),
    "sequence": (partial(_sequence, all_heads=False), 2),
    "all_heads": (partial(_sequence, all_heads=True), 1),
    "first_head": (_first_head, 2),
    "run": (_run, 4),
    "conditional": (_conditional, 3),
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, 32)
    level = LEVELS[params.difficulty]
    biased = level["biased"] is not None and draws.random() < level["p_biased"]
    if params.p_heads is not None:
        p = prob_param("p_heads", params.p_heads) or HALF
        biased = p != HALF
    else:
        p = draws.pick(BIASES) if biased else HALF
    low, high = level["biased"] if biased else level["fair"]
    n = params.n_tosses if params.n_tosses is not None else draws.between(low, high)
    kinds = [(kind, w) for kind, w in level["kinds"]
             if n >= KINDS[kind][1] and not (kind == "run" and biased)]
    kind = draws.weighted(kinds or [("at_least_one", 1)])
    case = KINDS[kind][0](_Coin(p, n), draws)
    experiment = {"kind": "coins", "count": n, "p_heads": ftext(p)}
    return case_draft(case, experiment, params, draws, {"question": kind})


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    draws = Draw(rng, 32)
    data = draft.data
    n, p = data["experiment"]["count"], F(data["experiment"]["p_heads"])
    name = draws.pick(FIRST_NAMES)
    coin, note = "a fair coin", ""
    if p != HALF:
        coin, note = "a biased coin", (
            f" On every toss the coin lands heads with probability {ftext(p)} and tails "
            "otherwise, independently of the other tosses.")
    times = "repeatedly" if data["question"] == "first_head" else \
        "twice" if n == 2 else f"{n} times"
    opener = (f"{name} tosses {coin} {times}." if draws.random() < 0.5
              else f"{coin[0].upper() + coin[1:]} is tossed {times}.")
    return wording(draft, f"{opener}{note}")
