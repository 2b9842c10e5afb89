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
Emeka tosses a fair coin 6 times. What is the probability that at least one head comes
up? Give the answer as a fraction in lowest terms.
>>> item.choices, item.answer
(('31/32', '3/32', '1/64', '6/7', '63/64'), '63/64')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
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

F = Fraction
HALF = F(1, 2)
BIASES = (F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(2, 5), F(3, 5), F(3, 10), F(7, 10))

LEVELS: dict[str, dict[str, Any]] = {
    "easy": {
        "fair": (2, 4),
        "biased": None,
        "p_biased": 0.0,
        "kinds": [("exactly", 3), ("all_heads", 1), ("sequence", 1), ("at_least_one", 2)],
    },
    "medium": {
        "fair": (4, 6),
        "biased": (3, 3),
        "p_biased": 0.25,
        "kinds": [
            ("exactly", 2),
            ("at_least", 3),
            ("at_most", 2),
            ("at_least_one", 1),
            ("first_head", 1),
            ("sequence", 1),
        ],
    },
    "hard": {
        "fair": (6, 10),
        "biased": (4, 7),
        "p_biased": 0.5,
        "kinds": [("exactly", 2), ("at_least", 3), ("at_most", 1), ("run", 2), ("conditional", 2)],
    },
}


@family(
    "probability.coins",
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


def run_free(n: int, length: int) -> int:
    """H/T sequences of length ``n`` with no ``length`` heads in a row.

    A run-free sequence ends in T, HT, HHT, ... (fewer than ``length`` heads
    after its last tail), so ``a(m) = a(m-1) + ... + a(m-length)`` with
    ``a(m) = 2**m`` for ``m < length``.

    >>> run_free(4, 2), run_free(10, 3)
    (8, 504)
    """
    a = [2**m for m in range(length)]
    for m in range(length, n + 1):
        a.append(sum(a[m - length : m]))
    return a[n]


class _Coin:
    """The coin's arithmetic: p = a/b, with integer weights over b**n."""

    def __init__(self, p: Fraction, n: int) -> None:
        self.p, self.n = p, n
        self.a, self.b = p.numerator, p.denominator
        self.fair = p == HALF
        self.total = self.b**n

    def weight(self, j: int) -> int:
        """Numerator (over b**n) of the chance of one particular sequence with j heads."""
        return self.a**j * (self.b - self.a) ** (self.n - j)

    def term(self, j: int) -> int:
        return comb(self.n, j) * self.weight(j)

    def each(self, j: int) -> str:
        """Words for the chance of one particular sequence with j heads."""
        if self.fair:
            return f"1/{self.total}"
        q = 1 - self.p
        return f"({ftext(self.p)})^{j} × ({ftext(q)})^{self.n - j} = {self.weight(j)}/{self.total}"


def _space(c: _Coin) -> str:
    if c.fair:
        return f"Sample space: {c.n} tosses give 2^{c.n} = {c.total} equally likely H/T sequences."
    return (
        f"Each toss is heads with probability {ftext(c.p)} and tails with "
        f"{ftext(1 - c.p)}, independently, so a sequence with j heads has probability "
        f"({ftext(c.p)})^j × ({ftext(1 - c.p)})^({c.n}−j) = "
        f"{c.a}^j × {c.b - c.a}^({c.n}−j) / {c.b}^{c.n}, that is, over {c.total}."
    )


def _heads(k: int) -> str:
    return f"{number_word(k)} head" + ("" if k == 1 else "s")


def _come(k: int) -> str:
    return "comes" if k == 1 else "come"


def _sum_lines(c: _Coin, js: list[int], what: str) -> tuple[int, list[str]]:
    terms = [c.term(j) for j in js]
    fav = sum(terms)
    if c.fair:
        parts = " + ".join(f"C({c.n},{j})" for j in js)
        vals = " + ".join(str(comb(c.n, j)) for j in js)
        line = (
            f"Sequences with {what}: {parts} = {vals} = {fav}."
            if len(js) > 1
            else f"Sequences with {what}: C({c.n},{js[0]}) = {fav}."
        )
    else:
        parts = " + ".join(f"C({c.n},{j})·{c.weight(j)}" for j in js)
        line = f"{what.capitalize()}: ({parts})/{c.total} = {fav}/{c.total}."
    return fav, [line]


def _exactly(c: _Coin, draws: Draw) -> Case:
    n = c.n
    k = draws.between(1, n - 1) if n > 1 else 1
    fav = c.term(k)
    value = F(fav, c.total)
    lines = [
        _space(c),
        (
            f"Choose which {k} of the {n} tosses are heads: C({n},{k}) = {comb(n, k)} ways; "
            f"each such sequence has probability {c.each(k)}."
        ),
        f"Probability = {comb(n, k)} × {c.weight(k)}/{c.total} = {reduce_text(fav, c.total)}.",
    ]
    at_least = sum(c.term(j) for j in range(k, n + 1))
    wrong = [
        (F(c.weight(k), c.total), "leaving out the binomial coefficient (one order only)"),
        (F(1, n + 1), "treating every number of heads as equally likely"),
        (F(at_least, c.total), "counting 'at least' instead of 'exactly'"),
        (F(k, n), "using the proportion of heads"),
        (F(comb(n, k)) * c.p**k, "forgetting the tails' factor"),
    ]
    concepts = ["binomial"] + ([] if c.fair else ["biased"])
    return Case(
        {"type": "count", "face": "H", "cmp": "eq", "value": k},
        value,
        wrong,
        concepts,
        2,
        f"exactly {_heads(k)} {_come(k)} up",
        lines,
        c.total,
    )


def _at_least(c: _Coin, draws: Draw, cmp: str) -> Case:
    n = c.n
    k = draws.between(2, n - 1) if cmp == "ge" else draws.between(1, n - 2)
    want = list(range(k, n + 1)) if cmp == "ge" else list(range(k + 1))
    other = [j for j in range(n + 1) if j not in want]
    concepts = ["binomial", "union"] + ([] if c.fair else ["biased"])
    word = f"at least {_heads(k)}" if cmp == "ge" else f"at most {_heads(k)}"
    if len(other) < len(want):
        fav_c, lines = _sum_lines(
            c,
            other,
            "the opposite outcome ("
            + (f"fewer than {_heads(k)}" if cmp == "ge" else f"more than {_heads(k)}")
            + ")",
        )
        fav = c.total - fav_c
        lines = (
            [_space(c)]
            + lines
            + [f"Probability = 1 − {fav_c}/{c.total} = {reduce_text(fav, c.total)}."]
        )
        concepts.append("complement")
    else:
        fav, lines = _sum_lines(c, want, word)
        lines = [_space(c)] + lines + [f"Probability = {reduce_text(fav, c.total)}."]
    value = F(fav, c.total)
    strict = [j for j in want if j != k]
    wrong = [
        (
            F(sum(c.term(j) for j in strict), c.total),
            f"reading '{word}' as {'more' if cmp == 'ge' else 'fewer'} than {k}",
        ),
        (F(c.term(k), c.total), f"counting exactly {k} only"),
        (1 - value, "giving the complement"),
        (F(sum(c.weight(j) for j in want), c.total), "leaving out the binomial coefficients"),
        (F(len(want), n + 1), "treating every number of heads as equally likely"),
    ]
    steps = min(len(want), len(other), 4)
    return Case(
        {"type": "count", "face": "H", "cmp": cmp, "value": k},
        value,
        wrong,
        concepts,
        steps + 1,
        f"{word} {_come(k)} up",
        lines,
        c.total,
    )


def _at_least_one(c: _Coin, draws: Draw) -> Case:
    n = c.n
    none = c.weight(0)
    value = 1 - F(none, c.total)
    q = ftext(1 - c.p)
    lines = [
        _space(c),
        f"Complement: no heads at all, probability ({q})^{n} = {none}/{c.total}.",
        f"Probability = 1 − {none}/{c.total} = {reduce_text(c.total - none, c.total)}.",
    ]
    wrong = [
        (n * c.p, "adding the chance for each toss"),
        (F(none, c.total), "forgetting to subtract from 1 (that is 'no heads')"),
        (c.p**n, "requiring every toss to be heads"),
        (F(c.term(1), c.total), "counting exactly one head"),
        (F(n, n + 1), "treating every number of heads as equally likely"),
    ]
    concepts = ["complement"] + ([] if c.fair else ["biased"])
    return Case(
        {"type": "count", "face": "H", "cmp": "ge", "value": 1},
        value,
        wrong,
        concepts,
        2,
        "at least one head comes up",
        lines,
        c.total,
    )


def _sequence(c: _Coin, draws: Draw, all_heads: bool) -> Case:
    n = c.n
    if all_heads:
        pattern = "H" * n
    else:
        while True:
            pattern = "".join("H" if draws.random() < 0.5 else "T" for _ in range(n))
            if 0 < pattern.count("H") < n:
                break
    h = pattern.count("H")
    value = F(c.weight(h), c.total)
    if all_heads:
        phrase = (
            f"all {number_word(n)} tosses come up heads" if n > 2 else "both tosses come up heads"
        )
        why = f"one sequence, HH...H, out of {c.total}" if c.fair else ""
    else:
        phrase = (
            "the tosses come up "
            + ", ".join("heads" if x == "H" else "tails" for x in pattern)
            + ", in exactly that order"
        )
        why = ""
    if c.fair:
        lines = [
            _space(c),
            f"Exactly one sequence, {pattern}, is favourable"
            + (f" ({why})" if why and not all_heads else "")
            + ".",
            f"Probability = 1/{c.total}.",
        ]
    else:
        lines = [
            _space(c),
            f"Multiply the chances toss by toss: {c.each(h)}.",
            f"Probability = {ftext(value)}.",
        ]
    wrong = [
        (F(c.term(h), c.total), "ignoring the order (counting every arrangement)"),
        (c.p if c.fair else c.p**h, "looking only at the heads"),
        (F(1, n + 1), "treating every number of heads as equally likely"),
        (F(1, 2 ** (n - 1)) if c.fair else F(1, 2**n), "one factor of 1/2 too few"),
        (F(h, n) if 0 < h < n else F(1, n), "using the proportion of heads"),
        (F(1, n), "one chance in the number of tosses"),
    ]
    concepts = (["order"] if not all_heads else []) + ([] if c.fair else ["biased"])
    return Case(
        {"type": "sequence", "pattern": pattern}, value, wrong, concepts, 1, phrase, lines, c.total
    )


def _first_head(c: _Coin, draws: Draw) -> Case:
    k = c.n
    value = (1 - c.p) ** (k - 1) * c.p
    q = ftext(1 - c.p)
    lines = [
        (
            f"The first head is on toss {k} exactly when tosses 1 to {k - 1} are tails and "
            f"toss {k} is heads (later tosses do not matter)."
        ),
        f"Probability = ({q})^{k - 1} × {ftext(c.p)} = {ftext(value)}.",
    ]
    wrong = [
        (1 - (1 - c.p) ** k, f"'on or before toss {k}' instead of 'on toss {k}'"),
        (F(1, k), "one chance in the number of tosses"),
        ((1 - c.p) ** (k - 2) * c.p if k >= 2 else c.p / 2, "one tail too few"),
        ((1 - c.p) ** k * c.p, "one tail too many"),
        (k * value, "counting every position of the head"),
    ]
    concepts = ["order"] + ([] if c.fair else ["biased"])
    return Case(
        {"type": "first", "face": "H", "at": k},
        value,
        wrong,
        concepts,
        1,
        f"the first head comes up on the {ordinal_word(k)} toss",
        lines,
        c.total,
    )


def _run(c: _Coin, draws: Draw) -> Case:
    n = c.n
    L = draws.between(2, min(4, n - 2))
    free = run_free(n, L)
    fav = c.total - free
    value = F(fav, c.total)
    a = [2**m for m in range(L)]
    for m in range(L, n + 1):
        a.append(sum(a[m - L : m]))
    lines = [
        _space(c),
        f"Complement: count the sequences with no {L} heads in a row. Such a sequence "
        f"ends in T, "
        + ", ".join("H" * i + "T" for i in range(1, L))
        + " (or is too short to hold a run), so a(m) = "
        + " + ".join(f"a(m−{i})" for i in range(1, L + 1))
        + f", with a(m) = 2^m for m < {L}.",
        "a(0), a(1), ... = " + ", ".join(str(x) for x in a) + f", so a({n}) = {free}.",
        f"Probability = 1 − {free}/{c.total} = {reduce_text(fav, c.total)}.",
    ]
    windows = n - L + 1
    wrong = [
        (F(windows, 2**L), "adding the chance of a run at each starting toss"),
        (1 - F(2**L - 1, 2**L) ** windows, "treating overlapping stretches as independent"),
        (F(1, 2**L), "the chance of one particular stretch"),
        (F(free, c.total), "forgetting to subtract from 1"),
        (F(c.total - run_free(n, L + 1), c.total), f"counting {L + 1} in a row"),
    ]
    return Case(
        {"type": "run", "face": "H", "length": L},
        value,
        wrong,
        ["complement", "recurrence"],
        3,
        f"somewhere in the sequence there are at least {number_word(L)} heads in a row",
        lines,
        c.total,
    )


def _conditional(c: _Coin, draws: Draw) -> Case:
    n = c.n
    k = draws.between(2, max(2, n // 2))
    none = c.weight(0)
    below = sum(c.term(j) for j in range(k))
    fav = c.total - below
    cond = c.total - none
    value = F(fav, cond)
    lines = [
        _space(c),
        f"Condition: at least one head, probability 1 − {none}/{c.total} = {cond}/{c.total}.",
        (
            f"At least {_heads(k)} (which implies at least one): 1 − P(fewer than {k}) = "
            f"1 − {below}/{c.total} = {fav}/{c.total}."
        ),
        (
            f"Conditional probability = ({fav}/{c.total}) ÷ ({cond}/{c.total}) = "
            f"{reduce_text(fav, cond)}."
        ),
    ]
    wrong = [
        (F(fav, c.total), "ignoring the condition"),
        (1 - value, "giving the complement"),
        (F(cond, c.total), "giving the chance of the condition"),
        (F(c.term(k), cond), f"counting exactly {k} only"),
        (F(n - k + 1, n), "treating the remaining head counts as equally likely"),
    ]
    concepts = ["conditioning", "complement", "binomial"] + ([] if c.fair else ["biased"])
    return Case(
        {"type": "count", "face": "H", "cmp": "ge", "value": k},
        value,
        wrong,
        concepts,
        3,
        f"at least {_heads(k)} {_come(k)} up",
        lines,
        c.total,
        {"type": "count", "face": "H", "cmp": "ge", "value": 1},
        "at least one head came up",
    )


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
    case = draft.spec
    data = draft.data
    n = data["experiment"]["count"]
    p = F(data["experiment"]["p_heads"])
    name = draws.pick(FIRST_NAMES)
    if p == HALF:
        coin = "a fair coin"
        note = ""
    else:
        coin = "a biased coin"
        note = (f" On every toss the coin lands heads with probability {ftext(p)} and "
                "tails otherwise, independently of the other tosses.")
    times = "repeatedly" if data["question"] == "first_head" else \
        "twice" if n == 2 else f"{n} times"
    opener = (f"{name} tosses {coin} {times}." if draws.random() < 0.5
              else f"{coin[0].upper() + coin[1:]} is tossed {times}.")
    if case.given is not None:
        body = (f"{opener}{note} You are told that {case.given_phrase}. Given this, what is "
                f"the probability that {case.phrase}?")
    else:
        body = f"{opener}{note} What is the probability that {case.phrase}?"
    return wording(draft, body)
