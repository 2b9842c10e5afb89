"""The adaptive next set: more of what the history shows you miss or answer slowly.

``logicgen practice BLUEPRINT --adaptive`` keeps the blueprint's families and its
number of questions, and reweights the families and difficulty levels from every
answer in the history. The rule, in three steps:

**1. A rating per family (Elo style).** Each family of the blueprint has a rating
``R`` that starts at :data:`START` (1500). Each difficulty level has a fixed item
rating (:data:`LEVEL_RATING`: easy 1150, medium 1350, hard 1550), and the expected
score of an answer at level ``D`` is ``E = 1 / (1 + 10 ** ((D - R) / 400))``. The
levels are placed so that a new rating expects about 70 % at medium, the level the
blueprints mostly ask for. Every saved answer to a family of the blueprint is
replayed in the order given (the history lists them by session, then question
number) and moves the rating by ``K * (S - E)`` with ``K`` = :data:`K` (32) and the
answer's score ``S``:

* a wrong answer scores 0;
* a right answer within the time budget ``b`` scores 1;
* a right answer slower than ``b`` is a partial miss: ``S = 1 - 0.5 * min(1, (t - b) / b)``,
  so it scores 0.75 at ``1.5 b`` and 0.5 at ``2 b`` or slower.

``b`` is the time per question of the session the answer was given in (its minutes
over its number of questions: 18 s in the 50-question, 15-minute ``logic-test``),
or :data:`DEFAULT_BUDGET` (18 s, the pace of the common 50-in-15 speed tests) for
an untimed session. Questions left unanswered are not saved, so they do not count;
answers to families the blueprint does not hold are not used.

**2. Weights per family.** The *need* of a family is its expected miss rate at
medium, ``1 - E(R, medium)``; a new rating has need :data:`NEED0` (about 0.30).
The family's weight is its share of the blueprint's questions times
``max(FLOOR, need / NEED0)``, normalised to sum to 1. A family you keep missing
gets up to 3.4 times its share; one you always get right fast keeps at least
:data:`FLOOR` (a quarter) of it, so no family disappears. With an empty history
every rating is 1500 and the weights are the blueprint's own shares.

**3. Difficulty per family.** The family's *target level* is the level it offers
whose expected score is nearest :data:`TARGET` (70 %: hard enough to learn from,
easy enough to keep going); on a tie the easier level. Its level mix moves from
the blueprint's mix toward the target level as its answers accumulate:
``mix = (1 - c) * blueprint mix + c * target``, with confidence
``c = n / (n + CONFIDENCE)`` after ``n`` answers (one half after 10).

**Questions.** A set of ``N`` questions expects ``N * weight * mix`` questions of
each family and level. :func:`allocate` turns these into whole counts by
systematic rounding: walking the parts in blueprint order, easy to hard, part
``i`` gets ``floor(X_i + u) - floor(X_(i-1) + u)``, where ``X_i`` is the running
total of expected counts and ``u`` in ``[0, 1)`` comes from the set seed. Every
part gets its expected count rounded down or up (up with a probability equal to
its fraction, over seeds), the counts add up to ``N``, and a family whose weight
is less than one question still comes up in some sets.

**Reproducible.** The counts are written as ``FAMILY:LEVEL=COUNT`` entries
(:func:`logicgen.practice.mix.counts_text`), and the set is built from them and the
set seed alone (:func:`logicgen.practice.mix.counts_set`, the blueprint machinery).
The command prints both, so ``logicgen practice "COUNTS" -s SEED`` rebuilds the
same questions later, however much the history has grown since. The same seed
and the same history always give the same counts, hence the same set.

>>> rows = [{"family": "sequence.number", "difficulty": "medium", "correct": False,
...          "seconds": 30.0}] * 6
>>> p = plan(rows, [("sequence.number", "medium", 1), ("sequence.letter", "medium", 1)])
>>> [(r.family, round(r.rating), r.answers, r.level) for r in p.ratings]
[('sequence.number', 1378, 6, 'easy'), ('sequence.letter', 1500, 0, 'medium')]
>>> [(f, level, round(w, 3)) for f, level, w in p.weights]
[('sequence.number', 'easy', 0.228), ('sequence.number', 'medium', 0.38), ('sequence.letter', 'medium', 0.392)]
>>> allocate(p.weights, 10, seed=1)
[('sequence.number', 'easy', 2), ('sequence.number', 'medium', 4), ('sequence.letter', 'medium', 4)]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..errors import InvalidParams, describe_value
from ..registry import DIFFICULTIES

__all__ = [
    "CONFIDENCE",
    "DEFAULT_BUDGET",
    "FLOOR",
    "LEVEL_RATING",
    "NEED0",
    "START",
    "TARGET",
    "FamilyRating",
    "K",
    "Plan",
    "allocate",
    "answer_score",
    "expected",
    "plan",
]

#: the rating every family starts from
START = 1500.0
#: how far one answer moves a rating (the usual Elo K-factor)
K = 32.0
#: fixed item ratings of the difficulty levels
LEVEL_RATING = {"easy": 1150.0, "medium": 1350.0, "hard": 1550.0}
#: the expected score the difficulty moves toward
TARGET = 0.70
#: the least share of its blueprint weight a family keeps
FLOOR = 0.25
#: answers after which a family's level mix is half-way to its target level
CONFIDENCE = 10
#: seconds per question for answers from untimed sessions
DEFAULT_BUDGET = 18.0
#: credit for a right answer at twice its time budget or slower
SLOW_CREDIT = 0.5


def expected(rating: float, level: str) -> float:
    """The expected score of a family rated ``rating`` on an item at ``level``.

    >>> round(expected(1500, "medium"), 3), round(expected(1350, "medium"), 3)
    (0.703, 0.5)
    """
    return 1.0 / (1.0 + 10.0 ** ((LEVEL_RATING[level] - rating) / 400.0))


#: the need (expected miss rate at medium) of a new rating
NEED0 = 1.0 - expected(START, "medium")


def answer_score(correct: bool, seconds: float, budget: float) -> float:
    """The score one saved answer counts as: 0 wrong, 1 right in time, less when slow.

    >>> answer_score(False, 5, 18), answer_score(True, 18, 18), answer_score(True, 27, 18)
    (0.0, 1.0, 0.75)
    >>> answer_score(True, 36, 18), answer_score(True, 300, 18)
    (0.5, 0.5)
    """
    if not correct:
        return 0.0
    if seconds <= budget:
        return 1.0
    return 1.0 - (1.0 - SLOW_CREDIT) * min(1.0, (seconds - budget) / budget)


def _budget(row: Mapping[str, Any]) -> float:
    """Seconds per question of the session ``row`` was answered in."""
    minutes, n_items = row.get("minutes"), row.get("n_items")
    if minutes and n_items:
        return 60.0 * float(minutes) / int(n_items)
    return DEFAULT_BUDGET


@dataclass(frozen=True)
class FamilyRating:
    """What the history says about one family.

    Attributes:
        family: the family's name.
        rating: its Elo-style rating after every answer.
        answers: how many answers were replayed.
        need: the expected miss rate at medium, ``1 - expected(rating, "medium")``.
        level: the target level (expected score nearest :data:`TARGET`).
        weight: the family's share of the next set (all its levels together).
    """

    family: str
    rating: float
    answers: int
    need: float
    level: str
    weight: float


@dataclass(frozen=True)
class Plan:
    """An adaptive plan: a rating per family and the share of each family and level.

    Attributes:
        ratings: one per family, in blueprint order.
        weights: ``(family, level, share)``, families in blueprint order, levels
            easy to hard, shares above zero summing to 1.
        answers: how many answers of the history were used.
    """

    ratings: tuple[FamilyRating, ...]
    weights: tuple[tuple[str, str, float], ...]
    answers: int


def _check_base(base: Iterable[tuple[str, str, Any]]) -> list[tuple[str, str, float]]:
    out = []
    for family, level, weight in base:
        if level not in DIFFICULTIES:
            raise InvalidParams(
                f"difficulty must be one of {', '.join(DIFFICULTIES)} for {family} "
                f"(got {describe_value(level)})"
            )
        value = float(weight)
        if not math.isfinite(value) or value < 0:
            raise InvalidParams(
                f"the weight of {family}:{level} must be a non-negative number "
                f"(got {describe_value(weight)})"
            )
        out.append((family, level, value))
    if not out or sum(w for _, _, w in out) <= 0:
        raise InvalidParams("an adaptive plan needs at least one family with a positive weight")
    return out


def plan(
    history: Iterable[Mapping[str, Any]],
    base: Iterable[tuple[str, str, Any]],
    *,
    levels: Mapping[str, Sequence[str]] | None = None,
) -> Plan:
    """The adaptive weights for the next set (the rule is in the module docstring).

    A pure function: the same history and base always give the same plan.

    Args:
        history: saved answers in the order they were given, each a mapping with
            ``family``, ``difficulty``, ``correct`` and ``seconds``, and optionally
            the session's ``minutes`` and ``n_items`` (for the time budget), as
            :meth:`logicgen.practice.store.HistoryStore.answers` returns them.
        base: the blueprint's mix as ``(family, level, weight)``; see
            :func:`logicgen.practice.mix.base_mix`.
        levels: the levels each family offers (default: all three).

    Raises:
        InvalidParams: the base has no positive weight or names an unknown level.
    """
    parts = _check_base(base)
    families: list[str] = []
    share: dict[str, float] = {}
    mix: dict[str, dict[str, float]] = {}
    for family, level, weight in parts:
        if family not in share:
            families.append(family)
            share[family], mix[family] = 0.0, dict.fromkeys(DIFFICULTIES, 0.0)
        share[family] += weight
        mix[family][level] += weight
    total = sum(share.values())

    rating = dict.fromkeys(families, START)
    count = dict.fromkeys(families, 0)
    used = 0
    for row in history:
        family, level = row["family"], row["difficulty"]
        if family not in rating or level not in LEVEL_RATING:
            continue
        score = answer_score(bool(row["correct"]), float(row["seconds"]), _budget(row))
        rating[family] += K * (score - expected(rating[family], level))
        count[family] += 1
        used += 1

    factor, target = {}, {}
    for family in families:
        offered = [d for d in DIFFICULTIES if d in (levels or {}).get(family, DIFFICULTIES)]
        # min() keeps the first of equals, and `offered` runs easy to hard
        target[family] = min(offered, key=lambda d: abs(expected(rating[family], d) - TARGET))
        need = 1.0 - expected(rating[family], "medium")
        factor[family] = max(FLOOR, need / NEED0)
    norm = sum(share[f] / total * factor[f] for f in families)

    ratings, weights = [], []
    for family in families:
        w = share[family] / total * factor[family] / norm
        c = count[family] / (count[family] + CONFIDENCE)
        fam_total = sum(mix[family].values())
        for level in DIFFICULTIES:
            part = (1 - c) * mix[family][level] / fam_total + (c if level == target[family] else 0)
            if part * w > 0:
                weights.append((family, level, w * part))
        ratings.append(FamilyRating(family, rating[family], count[family],
                                    1.0 - expected(rating[family], "medium"), target[family], w))
    return Plan(tuple(ratings), tuple(weights), used)


def _offset(seed: int) -> Fraction:
    """The rounding offset ``u`` in ``[0, 1)`` of set seed ``seed``."""
    from ..rng import derive

    return Fraction(derive("adaptive.rounding", seed) >> 32, 1 << 32)


def allocate(
    weights: Sequence[tuple[str, str, float]], count: int, seed: int
) -> list[tuple[str, str, int]]:
    """Whole numbers of questions per ``(family, level)``, by systematic rounding.

    ``weights`` are shares (as :attr:`Plan.weights`; they need not sum to 1); the
    counts add up to ``count``, each part getting its expected count rounded down
    or up, and parts with no question are left out. The expected counts are taken
    to 6 decimal places and the rest is exact arithmetic, so the result does not
    depend on how a machine rounds its last bits.

    >>> allocate([("a.x", "easy", 0.5), ("a.x", "hard", 0.25), ("b.y", "medium", 0.25)], 8, 0)
    [('a.x', 'easy', 4), ('a.x', 'hard', 2), ('b.y', 'medium', 2)]
    """
    from ..core import check_seed

    check_seed(seed)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidParams(f"count must be a positive integer (got {describe_value(count)})")
    total = sum(w for _, _, w in weights)
    if not weights or not total > 0:
        raise InvalidParams("allocate needs at least one part with a positive weight")
    u = _offset(seed)
    out = []
    running, before = 0.0, Fraction(0)
    for i, (family, level, w) in enumerate(weights):
        running += w
        if i == len(weights) - 1:
            upto = Fraction(count)
        else:
            upto = min(Fraction(count), Fraction(round(running / total * count * 10**6), 10**6))
        n = math.floor(upto + u) - math.floor(before + u)
        before = upto
        if n > 0:
            out.append((family, level, n))
    return out
