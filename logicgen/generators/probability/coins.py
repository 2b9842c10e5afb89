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

Stories (:data:`STORIES`): the tosses may be told as a coin, guessed quiz
answers, children, spinner spins, random bits, dice rolling even, free throws,
rainy days, seeds, archery shots or faulty parts, each with its own nouns and
chances; the question may count either outcome (``data["other"]``: then "H" in
``data`` is the outcome asked about and ``p_heads`` its chance). No-heads ("none of
the answers is correct") is a kind of its own.

Difficulty: ``easy`` a fair trial repeated 2–6 times, one-step events; ``medium``
4–6 tosses (at most 5 for "at least / at most"), sums of binomial terms,
complements, first-head questions and biased trials repeated 3 times; ``hard``
biased trials repeated 4–7 times, runs in 5–10 fair tosses and conditionals. ``n_tosses`` (1–12) and ``p_heads`` (a
probability strictly between 0 and 1 such as ``"2/3"`` or ``0.3``) override.

``score`` is the solver's measured effort, :func:`logicgen.solve.exact.effort`:
the steps of the shortest written working (one per term or factor, two per
binomial term, one for a complement, 1.5 for a condition, plus half a step per
digit beyond two of the number divided by). Each level keeps the items whose
effort is within its band (:data:`BANDS`): hard items add several binomial terms, a recurrence for runs or a condition on the tosses; one-product questions (1–2.5) are redrawn at hard.

Wrong options come from named mistakes: leaving out the binomial coefficient,
treating every number of heads as equally likely, reading "at least" as "more
than", forgetting to subtract from 1, adding probabilities instead of
multiplying, "on or before toss k" for "on toss k", treating overlapping runs
as independent, and ignoring the condition.

>>> import logicgen
>>> item = logicgen.generate("probability.coins", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
In a shooting drill, Wen takes 3 free throws and makes each with probability 3/4, independently
of the rest. What is the probability that exactly one of the throws misses? Give the answer as a
fraction in lowest terms.
>>> item.choices, item.answer
(('27/64', '37/64', '3/4', '9/64', '7/16'), '27/64')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction as F
from functools import lru_cache, partial
from math import comb
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.kit import Draft, Draw, Wording, ftext, number_word, ordinal_word, reduce_text
from logicgen.registry import BaseParams, check_int, family
from logicgen.solve.exact import effort, solve

from ._common import Case, case_draft, options, prob_param, wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "options", "render", "run_free"]

HALF = F(1, 2)
BIASES = (F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(2, 5), F(3, 5), F(3, 10), F(7, 10))


@dataclass(frozen=True)
class Story:
    """A run of independent yes/no trials in words: the coin, or a story with its own nouns.

    In ``data`` the trials are always tosses of a coin whose "heads" is the outcome
    counted (``p_heads`` its chance); the story only names them. ``scenes`` open
    the prompt ({name}, {n} trials, {p} the chance in words).
    """

    key: str
    chances: tuple[F, ...]  #: the chances of the counted outcome the story allows
    trials: str  #: the trials, plural ("tosses", "answers")
    trial: str  #: one trial
    yes: str  #: the counted outcome, said of several trials ("land heads")
    yes1: str  #: ... said of one trial ("lands heads")
    noun: str  #: one counted outcome ("head", "correct answer")
    nouns: str  #: several ("heads", "correct answers")
    order: str  #: how a fixed order is introduced ("the tosses come up")
    words: tuple[str, str]  #: the outcome and its opposite in an order ("heads", "tails")
    scenes: tuple[str, ...]
    coin: bool = False  #: a coin (the only story with a biased note and "first head" on toss k)


STORIES: tuple[Story, ...] = (
    Story("coin", (HALF,) + BIASES, "tosses", "toss", "land heads", "lands heads", "head",
          "heads", "the tosses come up", ("heads", "tails"),
          ("{name} tosses {coin} {times}.",
           "At the start of a lesson, {name} tosses {coin} {times}.",
           "Before a game, {name} tosses {coin} {times} to warm up the crowd.",
           "In a probability lesson, {name} tosses {coin} {times} and records each result.",
           "{name} flips {coin} {times} while waiting for a bus.",
           "To test it, {name} spins {coin} into the air {times}."), coin=True),
    Story("truefalse", (HALF,), "answers", "answer", "are correct", "is correct",
          "correct answer", "correct answers", "the answers are",
          ("correct", "wrong"),
          (("{name} sits a {n}-question true-or-false quiz without studying and guesses every "
           "answer, each guess equally likely to be right or wrong, independently."),
           ("A pop quiz has {n} true-or-false questions. {name} has not read the chapter and "
           "guesses each answer at random, so each is right with probability 1/2."),
           ("{name} answers {n} true-or-false questions in a magazine quiz by tossing a mental "
           "coin: each answer is right with probability 1/2, independently."),
           ("On a {n}-question true-or-false test in a language {name} does not speak, {name} "
           "guesses every answer; each guess is right with probability 1/2, independently."))),
    Story("children", (HALF,), "children", "child", "are boys", "is a boy", "boy", "boys",
          "from oldest to youngest, the children are", ("a boy", "a girl"),
          (("{name} and a partner plan to have {n} children. Assume each child is equally "
           "likely to be a boy or a girl, independently of the others."),
           ("{name}'s grandparents had {n} children. Assume each child was equally likely to "
           "be a boy or a girl, independently of the others."),
           ("{name} is reading about families with {n} children. Assume each child is equally "
           "likely to be a boy or a girl, independently of the others."),
           ("A nurse, {name}, looks after a family with {n} children. Assume each child is "
           "equally likely to be a boy or a girl, independently of the others."))),
    Story("spinner", (HALF,), "spins", "spin", "land on red", "lands on red", "red", "reds",
          "the spins land on", ("red", "blue"),
          (("{name} spins a fair spinner, divided into two equal halves coloured red and blue, "
           "{n} times."),
           ("In a board game, {name} spins a spinner with two equal sectors, red and blue, "
           "{n} times."),
           ("At a school fair, {name} spins a wheel that is half red and half blue {n} times; "
           "each spin is fair and independent."),
           ("{name} spins a game-show wheel {n} times; half the wheel is red and half blue, and "
           "the spins are fair and independent."))),
    Story("bits", (HALF,), "digits", "digit", "are 1", "is 1", "1", "1s",
          "the digits are", ("1", "0"),
          (("A computer program prints {n} random binary digits; each is 0 or 1 with equal "
           "chances, independently. {name} reads the output."),
           ("{name} writes a program that prints {n} random bits, each equally likely to be "
           "0 or 1, independently of the others."),
           ("For a security check, {name}'s laptop generates {n} random bits, each 0 or 1 with "
           "equal chances, independently."),
           ("{name} simulates {n} random bits on a calculator; each is 0 or 1 with equal "
           "chances, independently of the others."))),
    Story("evens", (HALF,), "rolls", "roll", "are even", "is even", "even number",
          "even numbers", "the rolls are", ("even", "odd"),
          (("{name} rolls a fair six-sided die {n} times and notes whether each number is "
           "even or odd."),
           ("In a board game, {name} rolls a fair six-sided die {n} times; an even number "
           "lets a piece move forward."),
           ("{name} rolls a fair die {n} times for a class experiment on even and odd "
           "numbers."),
           ("{name} rolls a fair six-sided die {n} times while waiting for friends to arrive and "
           "notes even or odd each time."))),
    Story("multiple", (F(1, 3), F(1, 4), F(1, 5)), "answers", "answer", "are correct",
          "is correct", "correct answer", "correct answers", "the answers are",
          ("correct", "wrong"),
          (("{name} guesses every answer on a {n}-question multiple-choice quiz. Each question "
           "has {m} options, exactly one of them correct, and each guess is independent."),
           ("A quiz has {n} questions with {m} options each, one of them correct. {name} picks "
           "an option at random for every question."),
           ("Out of time at the end of an exam, {name} guesses the last {n} questions; each has "
           "{m} options, one of them correct, and each guess is independent."))),
    Story("throws", (F(3, 4), F(7, 10), F(2, 3), F(3, 5), F(4, 5)), "throws", "throw", "go in",
          "goes in", "successful throw", "successful throws", "the throws go",
          ("in", "out"),
          (("{name} scores each free throw with probability {p}, independently of the others, "
           "and takes {n} free throws."),
           ("At basketball practice, {name} takes {n} free throws; each goes in with "
           "probability {p}, independently."),
           ("In a shooting drill, {name} takes {n} free throws and makes each with probability "
           "{p}, independently of the rest."))),
    Story("rain", (F(3, 10), F(1, 4), F(2, 5), F(1, 5)), "days", "day", "are rainy",
          "is rainy", "rainy day", "rainy days", "the days are", ("rainy", "dry"),
          (("{name} is planning {n} days of hiking. The forecast gives each day a {pct} chance "
           "of rain, independently of the other days."),
           ("For a {n}-day camping trip, {name} reads that each day has a {pct} chance of rain, "
           "independently of the others."),
           ("{name} has a {n}-day outdoor festival to run. Each day has a {pct} chance of rain, "
           "independently of the other days."))),
    Story("seeds", (F(3, 4), F(2, 3), F(4, 5), F(7, 10), F(3, 5)), "seeds", "seed",
          "germinate", "germinates", "seed that germinates", "seeds that germinate",
          "in the order planted, the seeds", ("germinate", "fail"),
          (("{name} plants {n} seeds. Each germinates with probability {p}, independently of "
           "the others."),
           ("A packet promises that each seed germinates with probability {p}. {name} plants "
           "{n} of them; assume they germinate independently."),
           ("In a school garden, {name} sows {n} bean seeds, each germinating with probability "
           "{p}, independently."))),
    Story("shots", (F(1, 4), F(1, 3), F(2, 5), F(3, 10), F(3, 5)), "shots", "shot",
          "hit the target", "hits the target", "hit", "hits", "the shots are",
          ("a hit", "a miss"),
          (("{name} hits the target with probability {p} on each shot, independently, and "
           "takes {n} shots."),
           ("At an archery club, {name} shoots {n} arrows; each hits the target with "
           "probability {p}, independently of the others."),
           ("At a fair, {name} throws {n} darts at a target, hitting it with probability {p} "
           "each time, independently."))),
    Story("parts", (F(1, 5), F(1, 4), F(3, 10)), "parts", "part", "are faulty", "is faulty",
          "faulty part", "faulty parts", "the parts are", ("faulty", "sound"),
          (("A machine makes parts, each faulty with probability {p}, independently. {name} "
           "checks {n} parts straight off the line."),
           ("{name} inspects {n} parts from a machine that makes each part faulty with "
           "probability {p}, independently of the others."),
           ("A quality checker, {name}, tests {n} parts from a line where each part is faulty "
           "with probability {p}, independently."))),
)
STORY = {st.key: st for st in STORIES}
#: Each story's other outcome (yes, yes1, noun, nouns): asking about it flips the story.
OPPOSITES: dict[str, tuple[str, str, str, str]] = {
    "coin": ("land tails", "lands tails", "tail", "tails"),
    "truefalse": ("are wrong", "is wrong", "wrong answer", "wrong answers"),
    "children": ("are girls", "is a girl", "girl", "girls"),
    "spinner": ("land on blue", "lands on blue", "blue", "blues"),
    "bits": ("are 0", "is 0", "0", "0s"),
    "evens": ("are odd", "is odd", "odd number", "odd numbers"),
    "multiple": ("are wrong", "is wrong", "wrong answer", "wrong answers"),
    "throws": ("miss", "misses", "miss", "misses"),
    "rain": ("are dry", "is dry", "dry day", "dry days"),
    "seeds": ("fail to germinate", "fails to germinate", "seed that fails", "seeds that fail"),
    "shots": ("miss the target", "misses the target", "miss", "misses"),
    "parts": ("are sound", "is sound", "sound part", "sound parts"),
}


def _flipped(st: Story) -> Story:
    """The story asked about its other outcome: "H" in the worked lines is that outcome."""
    yes, yes1, noun, nouns = OPPOSITES[st.key]
    return replace(st, yes=yes, yes1=yes1, noun=noun, nouns=nouns,
                   words=(st.words[1], st.words[0]), coin=False)


#: Each story asked about its other outcome, made once (a story is drawn for every item).
FLIPPED: dict[str, Story] = {st.key: _flipped(st) for st in STORIES}
_HT = str.maketrans("HT", "TH")


def _swap(tree: Any) -> Any:
    """An event about the other face: H and T exchanged everywhere."""
    if isinstance(tree, dict):
        return {k: _swap(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_swap(v) for v in tree]
    if isinstance(tree, str) and set(tree) <= {"H", "T"}:
        return tree.translate(_HT)
    return tree


@lru_cache(maxsize=256)
def _stories(p: F, coin_only: bool) -> tuple[Story, ...]:
    """The stories that allow the chance ``p`` (only the coin when ``coin_only``), in
    :data:`STORIES` order; kept per chance because every item filters them and
    comparing fractions is slow."""
    return tuple(st for st in STORIES if p in st.chances and (st.coin or not coin_only))

#: Per difficulty: toss counts for a fair and a biased coin, the chance of a biased
#: coin, and (kind, weight) pairs.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"fair": (2, 6), "biased": None, "p_biased": 0.0,
             "kinds": [("exactly", 3), ("all_heads", 1), ("no_heads", 1), ("sequence", 3),
                       ("at_least_one", 1)]},
    "medium": {"fair": (4, 6), "biased": (3, 3), "p_biased": 0.5,
               "kinds": [("exactly", 2), ("at_least", 3), ("at_most", 2), ("at_least_one", 1),
                         ("first_head", 1), ("sequence", 1), ("no_heads", 1)]},
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

    SIZE = ("n_tosses",)

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

    def __init__(self, p: F, n: int, story: Story = STORIES[0]) -> None:
        self.p, self.n, self.story = p, n, story
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

    def count(self, quant: str, k: int) -> str:
        """``exactly two of the tosses land heads``, ``at most one of the answers is correct``."""
        st = self.story
        return f"{quant} {number_word(k)} of the {st.trials} {st.yes1 if k == 1 else st.yes}"

    def space(self) -> str:
        """The first line of most explanations: what one sequence is worth."""
        code = "" if self.story.coin else (
            f"Write H for a {self.story.trial} that {self.story.yes1} and T otherwise. ")
        return code + self._space()

    def _space(self) -> str:
        if self.fair:
            return (f"Sample space: {self.n} {self.story.trials} give 2^{self.n} = {self.total} "
                    "equally likely H/T sequences.")
        p, q = ftext(self.p), ftext(1 - self.p)
        return (f"Each {self.story.trial} is H with probability {p} and T with {q}, "
                "independently, "
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
                  c.count("exactly", k), lines)


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
                  c.count("at least" if cmp == "ge" else "at most", k), [c.space(), line, last])


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
                  c.count("at least", 1), lines)


def _sequence(c: _Coin, draws: Draw, all_heads: bool) -> Case:
    n = c.n
    pattern = "H" * n
    while not all_heads:
        pattern = "".join("H" if draws.random() < 0.5 else "T" for _ in range(n))
        if 0 < pattern.count("H") < n:
            break
    h = pattern.count("H")
    value = c.over(c.weight(h))
    st = c.story
    if all_heads:
        phrase = f"all {number_word(n)} {st.trials} {st.yes}" if n > 2 else \
            f"both {st.trials} {st.yes}"
    else:
        phrase = (f"{st.order} " + ", ".join(st.words[x == "T"] for x in pattern)
                  + ", in exactly that order")
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


def _no_heads(c: _Coin, draws: Draw) -> Case:
    n, none = c.n, c.weight(0)
    value = c.over(none)
    st = c.story
    lines = [c.space(), (f"Every one of the {n} must be T: ({ftext(1 - c.p)})^{n} = "
             f"{reduce_text(none, c.total)}.")]
    wrong = [
        (1 - value, "giving the complement (at least one)"),
        (c.p**n, "requiring every one to be H instead"),
        (1 - n * c.p if n * c.p < 1 else F(1, n + 1), "subtracting the chance for each"),
        (F(1, n + 1), "treating every count as equally likely"),
        ((1 - c.p) ** (n - 1), "one factor too few"),
    ]
    return c.case(_count("eq", 0), value, wrong, [], 1,
                  f"none of the {st.trials} {st.yes1}", lines)


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
    st = c.story
    return c.case({"type": "first", "face": "H", "at": k}, value, wrong, ["order"], 1,
                  f"the first {st.noun} is on the {ordinal_word(k)} {st.trial}", lines)


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
                  (f"somewhere in the sequence there are at least {number_word(L)} "
                   f"{c.story.nouns} in a row"),
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
    st = c.story
    return c.case(_count("ge", k), value, wrong, ["conditioning", "complement", "binomial"], 3,
                  c.count("at least", k), lines, _count("ge", 1),
                  f"at least one of the {st.trials} {st.yes1}")


#: Each kind's question, and the fewest tosses it needs.
KINDS: dict[str, tuple[Callable[[_Coin, Draw], Case], int]] = {
    "exactly": (_exactly, 2),
    "at_least": (partial(_at_least, cmp="ge"), 3),
    "at_most": (partial(_at_least, cmp="le"), 3),
    "at_least_one": (_at_least_one, 1),
    "sequence": (partial(_sequence, all_heads=False), 2),
    "all_heads": (partial(_sequence, all_heads=True), 1),
    "no_heads": (_no_heads, 1),
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
    if (params.difficulty == "medium" and params.n_tosses is None and n > 5
            and kind in ("at_least", "at_most")):
        n = 5  # a sum of binomial terms over 6 tosses, with a story to read, takes over 45 s
    stories = _stories(p, kind in ("first_head", "run"))
    story = draws.pick(stories) if params.p_heads is None else STORIES[0]
    flip = params.p_heads is None and kind not in ("first_head", "run") and draws.random() < 0.4
    case = KINDS[kind][0](_Coin(1 - p if flip else p, n, FLIPPED[story.key] if flip else story),
                          draws)
    if flip:
        case.event = _swap(case.event)
        case.given = _swap(case.given)
    experiment = {"kind": "coins", "count": n, "p_heads": ftext(p)}
    return case_draft(case, experiment, params, draws,
                      {"question": kind, "story": story.key, "other": flip})


@lru_cache(maxsize=256)
def _chance(text: str) -> F:
    """The chance written in ``data`` (``"3/4"``), read once per text."""
    return F(text)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    draws = Draw(rng, 32)
    data = draft.data
    n, p = data["experiment"]["count"], _chance(data["experiment"]["p_heads"])
    story = STORY[data.get("story", "coin")]
    name = draws.pick(FIRST_NAMES)
    coin, note = "a fair coin", ""
    if p != HALF and story.coin:
        coin, note = "a biased coin", (
            f" On every toss the coin lands heads with probability {ftext(p)} and tails "
            "otherwise, independently of the other tosses.")
    times = "repeatedly" if data["question"] == "first_head" else \
        "twice" if n == 2 else f"{n} times"
    scene = draws.pick(story.scenes)
    # only the rain scenes give the chance as a percentage
    opener = scene.format(
        name=name, coin=coin, Coin=coin[0].upper() + coin[1:], times=times, n=n,
        p=ftext(p), m=p.denominator, pct=f"{p * 100}%" if "{pct}" in scene else "")
    return wording(draft, f"{opener}{note}")


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "exactly": (
        "P(exactly k heads in n) = C(n, k) × p^k × (1 − p)^(n − k); with a fair coin, "
        "C(n, k) ÷ 2^n."
    ),
    "at_least_one": (
        "P(at least one) = 1 − P(none)."
    ),
    "at_least": (
        "Add the 'exactly k' chances from k up, or take 1 minus those below k, whichever "
        "is shorter."
    ),
    "at_most": (
        "Add the 'exactly k' chances from 0 up to the limit."
    ),
    "all_heads": (
        "Independent tosses multiply: P(all heads) = p^n, with a fair coin 1 ÷ 2^n."
    ),
    "sequence": (
        "One given sequence of independent tosses: multiply the chance of each toss."
    ),
    "first_head": (
        "First head on toss k: k − 1 tails, then a head: (1 − p)^(k − 1) × p."
    ),
    "conditional": (
        "P(A given B) = P(A and B) ÷ P(B): count only the outcomes where B happened."
    ),
    "run": (
        "List the ways the run can sit in the tosses, without counting any sequence "
        "twice."
    ),
    "no_heads": (
        "None of the trials may succeed: multiply the chance of failing, (1 − p)^n."
    ),
    "*": (
        "Multiply chances of independent tosses; count the orders when only the number of"
        " heads matters."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("question")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 2.5), "medium": (1.0, 5.5), "hard": (3.0, 11.5)}
