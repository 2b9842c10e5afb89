"""Expected value: games with a fee and prizes, fair fees, expected counts and waits.

Kinds (``data["kind"]``):

* ``die_mean``: the mean of one roll of a fair die, standard (1 to n, n = 4, 6,
  8, 10, 12 or 20) or with relabelled faces such as 1, 1, 2, 3, 5, 8;
* ``die_game``: one roll of a fair die, prizes on blocks of faces, an entry fee;
  the question asks for the expected amount received, the expected gain (amount
  received minus the fee, which is never returned) or the fair fee (the fee that
  makes the expected gain zero);
* ``two_dice``: two fair dice, a prize for a double, for a given total or for a
  total of at least t, or the total paid out in dollars; or the expected value
  of the larger number shown;
* ``coins``: n tosses of a fair coin, a prize per head or for all heads;
* ``count_dice``: the expected number of rolls (out of n) that land in a set of faces;
* ``count_urn``: the expected number of balls of one colour among k drawn
  without replacement;
* ``until_first``: the expected number of spins of a fair spinner (or rolls of
  a die) up to and including the first success;
* ``raffle``: the expected gain from one raffle ticket.

Money answers are always whole cents (the amounts are drawn until they are), in
the form ``$2.50`` / ``−$0.50``; other answers are lowest-terms fractions such
as ``7/2``. The generator uses closed forms (``(n + 1)/2``, linearity of
expectation, ``P(double) = 1/s``, ``s/m`` for a wait); the solver
(:func:`logicgen.solve.arithmetic.solve_expectation`) lists every outcome, uses
whole distributions for counts and the first-step equation for waits.

Distractors are named mistakes: forgetting the fee, charging the fee only on a
losing roll, treating the prizes as equally likely, counting one face per prize
block, a sign slip, odds instead of probability, forgetting to multiply by the
number of trials, not counting the successful try, the mean of one die instead
of the larger of two, the smaller of two instead of the larger, and treating
the totals of two dice as equally likely.

Difficulty: ``easy`` draws die means, one-prize die games and per-head coin
games; ``medium`` adds prize tiers with a fee, two-dice games, relabelled dice
and expected counts; ``hard`` adds raffles, waits, draws without replacement,
the larger of two dice and three prize tiers on 8- to 12-sided dice.

``score`` is the solver's measured effort,
:func:`logicgen.solve.arithmetic.effort_expectation`: 1 per prize tier (a chance
times an amount), 1 for a fee subtracted, 2 for faces to add up, 1.5–2.5 for a
chance read from the 36 outcomes of two dice and 4 for the larger of two, 4 for a
wait (the chance, then its inverse), 3 for draws without replacement (seeing that
linearity still holds), half a step for a die that is not six-sided. Each level
keeps the items within its band (:data:`BANDS`): a one-step mean is redrawn at
medium, and hard keeps items of 2.5 steps or more (raffles, waits, three tiers
on large dice, the larger of two dice, draws without replacement).

>>> import logicgen
>>> item = logicgen.generate("probability.expectation", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
Paula pays $6.00 to roll two fair six-sided dice (faces 1 to 6) once and wins $15.00 if the dice
show a total of 4, and nothing otherwise. The fee is not returned. What is Paula's expected gain
per game (the amount won minus the $6.00 fee)?
>>> item.choices, item.answer
(('$4.75', '−$4.25', '$1.25', '$1.50', '−$4.75'), '−$4.75')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from logicgen.data import COLOURS, FIRST_NAMES
from logicgen.generators.probability._common import Drawn, Wrong, numeric_draft
from logicgen.kit import Draft, Draw, Wording, fmt
from logicgen.kit.forms import units
from logicgen.registry import KindParams, family
from logicgen.solve.arithmetic import effort_expectation, solve_expectation

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("die_mean", "die_game", "two_dice", "coins", "count_dice", "count_urn", "until_first",
         "raffle")
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("die_mean", "die_game", "coins"),
    "medium": ("die_game", "die_game", "two_dice", "count_dice", "coins", "die_mean"),
    "hard": ("raffle", "until_first", "count_urn", "two_dice", "die_game", "count_dice"),
}
SIDE_WORDS = {4: "four", 6: "six", 8: "eight", 10: "ten", 12: "twelve", 20: "twenty"}
NICE_AMOUNTS = (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 25, 30, 36, 40, 50, 60)
RELABELLED = ((1, 1, 2, 3, 5, 8), (0, 0, 0, 1, 1, 4), (1, 2, 2, 3, 3, 3), (0, 1, 1, 2, 2, 6),
              (2, 2, 4, 4, 6, 12), (1, 1, 1, 1, 6, 6), (0, 2, 2, 2, 5, 7))


@family("probability.expectation", version=3, solver=solve_expectation,
        summary="Expected value: games with fees and prizes, fair fees, expected counts and waits")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS`, or ``mixed`` (default) to draw by difficulty."""

    KINDS = KINDS


# -- small helpers ---------------------------------------------------------------------------


def _article(n: int) -> str:
    return "an" if n in (8, 11, 18) or 80 <= n <= 89 else "a"


def _block_text(faces: list[int]) -> str:
    """``a 6``, ``a 4 or a 5``, ``3 to 5``, ``an even number``."""
    if len(faces) == 1:
        return f"{_article(faces[0])} {faces[0]}"
    if len(faces) == 2 and faces[1] - faces[0] == 1:
        return f"{_article(faces[0])} {faces[0]} or {_article(faces[1])} {faces[1]}"
    if faces == list(range(2, 2 * len(faces) + 1, 2)):
        return "an even number"
    return f"{faces[0]} to {faces[-1]}"


def _cents(dollars_num: int, den: int = 1) -> int | None:
    """``dollars_num / den`` dollars in whole cents, or ``None``."""
    return units(dollars_num * 100, den)


def _frac_text(num: int, den: int) -> str:
    """``num/den``, followed by ``= lowest terms`` when it simplifies."""
    f = Fraction(num, den)
    if f.denominator == den:
        return f"{num}/{den}"
    return f"{num}/{den} = {fmt(f, 'fraction')}"


# -- the kinds -------------------------------------------------------------------------------
# Each returns (data, value, wrong options, steps for the explanation, score). Money
# values are in cents, other values are Fractions.


def _die_mean(draw: Draw, level: str) -> Drawn:
    if level != "easy" and draw.random() < 0.5:
        faces = list(draw.pick(RELABELLED))
        counts = Counter(faces)
        value = Fraction(sum(v * c for v, c in counts.items()), 6)
        distinct = sorted(counts)
        wrong: list[Wrong] = [
            (Fraction(sum(distinct), len(distinct)),
             "averaging the distinct labels, ignoring repeats"),
            (Fraction(faces[0] + faces[-1], 2),
             "taking the midpoint of the lowest and highest label"),
            (Fraction(7, 2), "using the mean of an ordinary die"),
            (Fraction(faces[2] + faces[3], 2), "taking the median instead of the mean"),
            (Fraction(sum(faces), 5), "dividing by 5 instead of 6"),
        ]
        terms = " + ".join(f"{c} × {v}" for v, c in sorted(counts.items()))
        steps = [
            ("Each of the 6 faces is equally likely, probability 1/6; a label that appears on "
            "several faces counts once for each face."),
            f"Expected value = ({terms}) / 6 = {_frac_text(sum(faces), 6)}.",
        ]
        data = {"kind": "die_mean", "faces": faces, "form": "fraction"}
        return data, value, wrong, steps, 2.0
    n = draw.pick((4, 6, 8, 10, 12, 20) if level != "easy" else (4, 6, 8, 10))
    value = Fraction(n + 1, 2)
    wrong = [
        (Fraction(n, 2), "taking half the number of sides"),
        (Fraction(n, 2) + 1, "taking the upper of the two middle faces"),
        (Fraction(n - 1, 2), "counting the faces from 0"),
        (Fraction(n * (n + 1), 2 * (n - 1)), "dividing the sum of the faces by one too few"),
        (Fraction(n + 3, 2), "adding 1 to the average of the end faces"),
    ]
    steps = [
        f"Each face 1, 2, …, {n} has probability 1/{n}.",
        (f"Expected value = (1 + 2 + … + {n}) / {n} = {n * (n + 1) // 2}/{n} = "
        f"{fmt(value, 'fraction')}."),
    ]
    data = {"kind": "die_mean", "faces": list(range(1, n + 1)), "form": "fraction"}
    return data, value, wrong, steps, 1.0


def _prize_tiers(draw: Draw, sides: int, n_tiers: int) -> list[list[int]]:
    """Disjoint blocks of faces from the top down (the top face alone first)."""
    if n_tiers == 1:
        style = draw.between(0, 3)
        if style == 0:
            return [[sides]]
        if style == 1:
            return [[sides - 1, sides]]
        if style == 2 and sides <= 6:
            return [list(range(2, sides + 1, 2))]
        low = draw.between(sides // 2 + 1, sides - 1)
        return [list(range(low, sides + 1))]
    sizes = [1] + [draw.between(1, 2) for _ in range(n_tiers - 1)]
    tiers, top = [], sides
    for size in sizes:
        tiers.append(list(range(top - size + 1, top + 1)))
        top -= size
    return tiers


def _die_game(draw: Draw, level: str) -> Drawn:
    if level == "hard":
        sides, n_tiers = draw.pick((8, 10, 12)), 3
    elif level == "medium":
        sides, n_tiers = 6, 2
    else:
        sides, n_tiers = 6, 1
    ask = draw.pick({"easy": ("payout", "fair_fee"), "medium": ("gain", "gain", "fair_fee"),
                     "hard": ("gain", "fair_fee")}[level])
    tiers = _prize_tiers(draw, sides, n_tiers)
    sizes = [len(t) for t in tiers]
    wins = sum(sizes)
    for _ in range(100):
        amounts = sorted({draw.pick(NICE_AMOUNTS) for _ in range(n_tiers)}, reverse=True)
        if len(amounts) < n_tiers:
            continue
        weighted = sum(s * a for s, a in zip(sizes, amounts))  # dollars × faces
        payout = _cents(weighted, sides)
        fee = draw.pick((1, 2, 3, 4, 5, 6, 8, 10)) if ask == "gain" else 0
        if payout is not None and payout != 100 * fee:
            break
    else:  # pragma: no cover - a whole-cent draw turns up within a few tries
        tiers, sizes, wins, amounts, weighted = [[sides]], [1], 1, [sides], sides
        payout, fee = 100, 0
    value = payout - 100 * fee if ask == "gain" else payout
    mean_prizes = _cents(sum(amounts), n_tiers)
    even = _cents(sum(amounts), n_tiers + 1)
    one_face = _cents(sum(amounts), sides)
    wrong: list[Wrong]
    if ask == "gain":
        lose_only = _cents(weighted * 1 - fee * (sides - wins), sides)
        wrong = [
            (payout, "forgetting to subtract the fee"),
            (lose_only, "charging the fee only on a losing roll"),
            (None if even is None else even - 100 * fee,
             "treating each prize and 'nothing' as equally likely"),
            (-value, "mixing up the sign (fee minus winnings)"),
            (None if one_face is None else one_face - 100 * fee,
             "counting one face per prize block"),
            (payout + 100 * fee, "adding the fee instead of subtracting it"),
        ]
    else:
        wrong = [
            (mean_prizes, "averaging the prize amounts"),
            (even, "treating each prize and 'nothing' as equally likely"),
            (one_face, "counting one face per prize block"),
            (_cents(amounts[0] * sizes[0], sides), "counting only the top prize"),
            (2 * payout, "doubling the expected payout"),
            (_cents(weighted, sides - 1), "dividing by one face too few"),
        ]
    lines = [
        f"{_block_text(t)} ({s} face{'s' if s > 1 else ''}) wins {fmt(100 * a, 'money')}"
        for t, s, a in zip(tiers, sizes, amounts)
    ]
    terms = " + ".join(f"{s} × {fmt(100 * a, 'money')}" for s, a in zip(sizes, amounts))
    listed = "; ".join(lines)
    steps = [
        (f"Expected value = sum of probability × amount over the outcomes. Each face of the "
         f"fair {sides}-sided die has probability 1/{sides}; rolls with no prize add $0."),
        listed[0].upper() + listed[1:] + ".",
        (f"Expected amount won = ({terms}) / {sides} = {fmt(100 * weighted, 'money')} / "
         f"{sides} = {fmt(payout, 'money')}."),
    ]
    if ask == "gain":
        steps.append(
            f"The fee is paid whatever happens, so expected gain = {fmt(payout, 'money')} − "
            f"{fmt(100 * fee, 'money')} = {fmt(value, 'money')}."
        )
    elif ask == "fair_fee":
        steps.append(
            f"A fair game has expected gain 0, so the fair fee equals the expected amount won: "
            f"{fmt(value, 'money')}."
        )
    data = {
        "kind": "die_game", "sides": sides, "fee": fee, "ask": ask, "form": "money",
        "prizes": [{"faces": t, "amount": a} for t, a in zip(tiers, amounts)],
    }
    score = 1.0 + (n_tiers - 1) + (1 if ask == "gain" else 0) + (1 if sides != 6 else 0)
    return data, value, wrong, steps, score


def _total_ways(sides: int, total: int) -> int:
    return max(0, sides - abs(total - (sides + 1)))


def _two_dice_max(sides: int) -> Drawn:
    value = Fraction((sides + 1) * (4 * sides - 1), 6 * sides)
    wrong: list[Wrong] = [
        (Fraction(sides + 1, 2), "using the mean of a single die"),
        (Fraction((sides + 1) * (2 * sides + 1), 6 * sides), "finding the expected smaller number"),
        (Fraction(3 * sides + 1, 4), "averaging the single-die mean and the top face"),
        (Fraction(sides * (sides + 1), 2 * sides - 1),
         "treating the larger values as equally likely"),
        (Fraction(sides), "taking the top face"),
    ]
    k_terms = " + ".join(f"{k}×{2 * k - 1}" for k in range(1, sides + 1))
    top = sum(k * (2 * k - 1) for k in range(1, sides + 1))
    steps = [
        f"There are {sides}² = {sides * sides} equally likely ordered pairs.",
        ("The larger number is k in 2k − 1 pairs: k with anything up to k, or anything below "
        "k with k (the pair k, k counted once)."),
        (f"Expected larger number = ({k_terms}) / {sides * sides} = "
        f"{_frac_text(top, sides * sides)}."),
    ]
    data = {"kind": "two_dice", "sides": sides, "event": {"type": "max"}, "ask": "payout",
            "form": "fraction"}
    return data, value, wrong, steps, 4.5 + (1 if sides != 6 else 0)


def _two_dice(draw: Draw, level: str) -> Drawn:
    sides = 6 if level != "hard" or draw.random() < 0.5 else draw.pick((4, 8))
    kinds = ("double", "total", "at_least", "sum") if level != "hard" else (
        "max", "max", "at_least", "sum")
    event_type = draw.pick(kinds)
    if event_type == "max":
        return _two_dice_max(sides)
    pairs = sides * sides
    for _ in range(100):
        event: dict[str, Any] = {"type": event_type}
        amount = draw.pick(NICE_AMOUNTS)
        what = ""
        if event_type == "double":
            count, what = sides, "a double (both dice show the same number)"
        elif event_type == "total":
            t = draw.between(3, 2 * sides - 1)
            count, what = _total_ways(sides, t), f"a total of {t}"
            event["total"] = t
        elif event_type == "at_least":
            t = draw.between(sides + 2, 2 * sides - 1)
            count = sum(_total_ways(sides, u) for u in range(t, 2 * sides + 1))
            what = f"a total of {t} or more"
            event["total"] = t
        else:
            amount, count = draw.pick((1, 2, 3, 5)), pairs
        payout = amount * (sides + 1) * 100 if event_type == "sum" else _cents(amount * count, pairs)
        fee = draw.pick((1, 2, 3, 4, 5, 6, 8, 10, 12))
        if payout is not None and payout != 100 * fee:
            break
    else:  # pragma: no cover
        event_type, event, amount, fee, count = "sum", {"type": "sum"}, 1, 1, pairs
        payout = (sides + 1) * 100
    event["amount"] = amount
    value = payout - 100 * fee
    wrong: list[Wrong]
    if event_type == "sum":
        wrong = [
            (2 * payout - 100 * fee, "doubling the mean total"),
            (amount * (sides + 1) * 50 - 100 * fee, "using the mean of one die"),
            (payout, "forgetting the fee"),
            (-value, "mixing up the sign (fee minus winnings)"),
            (amount * 2 * sides * 100 - 100 * fee, "using the largest total"),
        ]
        steps = [
            (f"The total of two fair {sides}-sided dice has mean {fmt(Fraction(sides + 1, 2), 'fraction')}"
            f" + {fmt(Fraction(sides + 1, 2), 'fraction')} = {sides + 1} (add the two means, "
            "or list all the pairs)."),
            (f"Expected amount won = {sides + 1} × {fmt(100 * amount, 'money')} = "
            f"{fmt(payout, 'money')}."),
            (f"Expected gain = {fmt(payout, 'money')} − {fmt(100 * fee, 'money')} = "
            f"{fmt(value, 'money')}."),
        ]
        score = 3.0
    else:
        flat = _cents(amount, 2 * sides - 1 if event_type != "double" else pairs)
        lose_only = _cents(amount * count - fee * (pairs - count), pairs)
        wrong = [
            (payout, "forgetting the fee"),
            (None if flat is None else flat - 100 * fee,
             "treating the totals as equally likely" if event_type != "double"
             else "using the chance of one particular double"),
            (lose_only, "charging the fee only on a losing roll"),
            (-value, "mixing up the sign (fee minus winnings)"),
            (50 * amount - 100 * fee, "taking the chance as 1/2"),
        ]
        steps = [
            f"Two fair {sides}-sided dice give {pairs} equally likely ordered pairs.",
            (f"{what[0].upper() + what[1:]} happens in {count} of them, so its probability is "
            f"{_frac_text(count, pairs)}."),
            (f"Expected amount won = {fmt(Fraction(count, pairs), 'fraction')} × "
            f"{fmt(100 * amount, 'money')} = {fmt(payout, 'money')}."),
            (f"The fee is paid every time: expected gain = {fmt(payout, 'money')} − "
            f"{fmt(100 * fee, 'money')} = {fmt(value, 'money')}."),
        ]
        score = 3.0 + (1 if event_type == "at_least" else 0)
    data = {"kind": "two_dice", "sides": sides, "event": event, "fee": fee, "ask": "gain",
            "form": "money", "what": what}
    return data, value, wrong, steps, score + (1 if sides != 6 else 0)


def _coins(draw: Draw, level: str) -> Drawn:
    n = draw.between(2, 4) if level == "easy" else draw.between(3, 6)
    style = "per_head" if level == "easy" or draw.random() < 0.6 else "all_heads"
    ask = "payout" if level == "easy" else "gain"
    for _ in range(100):
        amount = draw.pick(NICE_AMOUNTS + (64, 80, 100))
        fee = draw.pick((1, 2, 3, 4, 5)) if ask == "gain" else 0
        payout = _cents(amount * n, 2) if style == "per_head" else _cents(amount, 2**n)
        if payout is not None and payout != 100 * fee:
            break
    else:  # pragma: no cover
        style, amount, fee, ask, payout = "per_head", 2, 0, "payout", 100 * n
    value = payout - 100 * fee
    f = 100 * fee

    def less_fee(v: int | None) -> int | None:
        return None if v is None else v - f

    wrong: list[Wrong]
    if style == "per_head":
        wrong = [
            (100 * amount * n - f, "forgetting the chance 1/2 of a head"),
            (less_fee(_cents(amount, 2)), "forgetting to multiply by the number of tosses"),
            (payout + f if fee else _cents(amount * (n + 1), 2),
             "adding the fee" if fee else "counting one toss too many"),
            (less_fee(_cents(amount * (n - 1), 2)), "counting one toss too few"),
            (less_fee(_cents(amount * n, 4)), "taking the chance of a head as 1/4"),
        ]
        steps = [
            (f"Each toss is a head with probability 1/2, so the expected number of heads in "
            f"{n} tosses is {n} × 1/2 = {fmt(Fraction(n, 2), 'fraction')} (linearity of "
            "expectation)."),
            (f"Expected amount won = {fmt(Fraction(n, 2), 'fraction')} × "
            f"{fmt(100 * amount, 'money')} = {fmt(payout, 'money')}."),
        ]
        score = 1.0
    else:
        wrong = [
            (less_fee(_cents(amount, 2 * n)),
             "multiplying 1/2 by the number of tosses instead of raising it to a power"),
            (less_fee(_cents(amount, 2)), "using the chance of one head"),
            (less_fee(_cents(amount, 2 ** (n - 1))), "using one toss too few"),
            (less_fee(_cents(amount, 2 ** (n + 1))), "using one toss too many"),
            (100 * amount - f, "ignoring the chance"),
        ]
        steps = [
            f"All {n} tosses are heads with probability (1/2)^{n} = 1/{2**n}.",
            (f"Expected amount won = {fmt(100 * amount, 'money')} / {2**n} = "
            f"{fmt(payout, 'money')}."),
        ]
        score = 2.0
    if ask == "gain":
        steps.append(f"The fee is paid every time: expected gain = {fmt(payout, 'money')} − "
                     f"{fmt(f, 'money')} = {fmt(value, 'money')}.")
        score += 1
    data = {"kind": "coins", "tosses": n, "fee": fee, "ask": ask, "form": "money",
            "per_head": amount if style == "per_head" else None,
            "all_heads": amount if style == "all_heads" else None}
    return data, value, wrong, steps, score


def _count_dice(draw: Draw, level: str) -> Drawn:
    sides = 6 if level == "medium" else draw.pick((6, 8, 10, 12))
    hits = draw.between(1, 2 if level == "medium" else 3)
    faces = list(range(sides - hits + 1, sides + 1))
    n = draw.between(6, 30)
    p = Fraction(hits, sides)
    value = n * p
    wrong: list[Wrong] = [
        (p, "forgetting to multiply by the number of rolls"),
        (Fraction(n * hits, sides - hits), "using the odds instead of the probability"),
        (n - value, "counting the other faces"),
        (Fraction(n, sides), "counting one face only"),
        (Fraction(n, 2), "taking the chance as 1/2"),
    ]
    what = _block_text(faces)
    steps = [
        f"One roll shows {what} with probability {_frac_text(hits, sides)}.",
        (f"By linearity of expectation the expected number in {n} rolls is "
        f"{n} × {fmt(p, 'fraction')} = {fmt(value, 'fraction')}."),
    ]
    data = {"kind": "count_dice", "sides": sides, "rolls": n, "faces": faces,
            "form": "fraction", "what": what}
    return data, value, wrong, steps, 2.0 + (1 if sides != 6 else 0) + (0.5 if hits > 1 else 0)


def _count_urn(draw: Draw, level: str) -> Drawn:
    colour = draw.pick(COLOURS[:4])
    other = draw.pick([c for c in COLOURS[:4] if c != colour])
    r, b = draw.between(2, 8), draw.between(2, 10)
    k = draw.between(2, min(6, r + b - 1))
    value = Fraction(k * r, r + b)
    wrong: list[Wrong] = [
        (Fraction(k * r, b), f"dividing by the {other} balls instead of all the balls"),
        (Fraction(r, r + b), "forgetting to multiply by the number of draws"),
        (Fraction(k * (r - 1), r + b - 1), "removing a ball before every draw"),
        (Fraction(k, 2), "taking each draw as 50–50"),
        (Fraction(k * b, r + b), f"counting the {other} balls"),
    ]
    steps = [
        f"The bag holds {r} {colour} and {b} {other} balls, {r + b} in all.",
        (f"Each draw on its own (not knowing the others) is {colour} with probability "
        f"{_frac_text(r, r + b)}; drawing without replacement changes how the draws depend "
        "on each other, not this."),
        (f"By linearity of expectation: {k} × {fmt(Fraction(r, r + b), 'fraction')} = "
        f"{fmt(value, 'fraction')}."),
    ]
    data = {"kind": "count_urn", "counts": {colour: r, other: b}, "target": colour,
            "draws": k, "replacement": False, "form": "fraction"}
    return data, value, wrong, steps, 4.0


def _until_first(draw: Draw, level: str) -> Drawn:
    device = draw.pick(("spinner", "die"))
    sides = draw.pick((5, 8, 10, 12)) if device == "spinner" else draw.pick((6, 8, 12, 20))
    m = draw.between(1, 3)
    value = Fraction(sides, m)
    wrong: list[Wrong] = [
        (value - 1, "not counting the successful try"),
        (Fraction(m, sides), "giving the chance of success instead of the wait"),
        (value / 2, "halving the wait"),
        (Fraction(sides), "ignoring how many sections succeed"),
        (value + 1, "counting one try too many"),
    ]
    steps = [
        f"One try succeeds with probability p = {_frac_text(m, sides)}.",
        ("Waiting for the first success: E = 1 + (1 − p) × E (one try, then start afresh on a "
        "failure), so E = 1/p."),
        f"E = {fmt(1 / Fraction(m, sides), 'fraction')}.",
    ]
    data = {"kind": "until_first", "device": device, "sectors": sides, "target_sectors": m,
            "form": "fraction"}
    return data, value, wrong, steps, 4.5


def _raffle(draw: Draw, level: str) -> Drawn:
    for _ in range(100):
        tickets = draw.pick((100, 200, 250, 400, 500))
        price = draw.pick((1, 2, 5))
        top = draw.pick((50, 100, 150, 200, 250, 300, 400, 500))
        second = draw.pick((5, 10, 20, 25, 40, 50))
        m = draw.between(2, 10)
        payout = _cents(top + m * second, tickets)
        if payout is not None and payout < 100 * price:
            break
    else:  # pragma: no cover
        tickets, price, top, second, m, payout = 100, 2, 100, 10, 5, 150
    value = payout - 100 * price
    pool = top + m * second
    wrong: list[Wrong] = [
        (payout, "forgetting the ticket price"),
        (None if (c := _cents(top + second, tickets)) is None else c - 100 * price,
         "counting the smaller prize once"),
        (payout - 2 * 100 * price, "paying for the ticket twice"),
        (-value, "mixing up the sign (price minus winnings)"),
        (None if (c := _cents(pool, tickets - 1 - m)) is None else c - 100 * price,
         "dividing by the losing tickets only"),
    ]
    steps = [
        f"Each of the {tickets} tickets is equally likely to win each prize.",
        (f"Total prize money = {fmt(100 * top, 'money')} + {m} × {fmt(100 * second, 'money')} = "
        f"{fmt(100 * pool, 'money')}, so the expected winnings of one ticket are "
        f"{fmt(100 * pool, 'money')} / {tickets} = {fmt(payout, 'money')}."),
        (f"Expected gain = {fmt(payout, 'money')} − {fmt(100 * price, 'money')} = "
        f"{fmt(value, 'money')}."),
    ]
    data = {"kind": "raffle", "tickets": tickets, "fee": price, "ask": "gain", "form": "money",
            "prizes": [{"count": 1, "amount": top}, {"count": m, "amount": second}]}
    return data, value, wrong, steps, 4.0


DRAWS = {
    "die_mean": _die_mean, "die_game": _die_game, "two_dice": _two_dice, "coins": _coins,
    "count_dice": _count_dice, "count_urn": _count_urn, "until_first": _until_first,
    "raffle": _raffle,
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng, batch=None)
    kind = draw.pick(LEVELS[params.difficulty]) if params.kind == "mixed" else params.kind
    return numeric_draft(*DRAWS[kind](draw, params.difficulty))


# -- wording -------------------------------------------------------------------------------


def _usd(dollars: int) -> str:
    return fmt(100 * dollars, "money")


def _die_mean_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    faces = data["faces"]
    if faces == list(range(1, len(faces) + 1)):
        n = len(faces)
        return (f"A fair {SIDE_WORDS[n]}-sided die has faces numbered 1 to {n}. What is "
                f"the expected value (mean) of the number shown on one roll?{hint}")
    return ("A fair six-sided die has its faces relabelled " + ", ".join(map(str, faces))
            + ". What is the expected value (mean) of the number shown on one roll?"
            + hint)


def _gain_question(name: str, fee: str) -> str:
    return (f"The fee is not returned. What is {name}'s expected gain per game (the amount "
            f"won minus the {fee} fee)?")


def _die_game_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    sides, fee = data["sides"], 100 * data["fee"]
    parts = [f"{_block_text(p['faces'])} wins {_usd(p['amount'])}"
             for p in data["prizes"]]
    parts.append("any other roll wins nothing")
    rule = ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1]
    game = (f"roll a fair {SIDE_WORDS[sides]}-sided die (faces 1 to {sides}) once. "
            + rule[0].upper() + rule[1:] + ".")
    if data["ask"] == "gain":
        return (f"{name} pays {fmt(fee, 'money')} to play a game: {game} "
                + _gain_question(name, fmt(fee, "money")) + hint)
    if data["ask"] == "fair_fee":
        return (f"A fair game is one whose expected gain is zero. In a game you {game} "
                f"The entry fee is not returned. What entry fee would make this game "
                f"fair?{hint}")
    return f"In a game you {game} What is the expected amount won per game?{hint}"


def _two_dice_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    sides, event = data["sides"], data["event"]
    dice = f"two fair {SIDE_WORDS[sides]}-sided dice (faces 1 to {sides})"
    if event["type"] == "max":
        return (f"{name} rolls {dice} and notes the larger of the two numbers (if both "
                f"show the same number, that number). What is the expected value of the "
                f"larger number?{hint}")
    fee = _usd(data["fee"])
    amount = _usd(event["amount"])
    if event["type"] == "sum":
        win = f"receives {amount} for each point of the total shown"
    else:
        win = f"wins {amount} if the dice show {data['what']}, and nothing otherwise"
    return f"{name} pays {fee} to roll {dice} once and {win}. " + _gain_question(name, fee) + hint


def _coins_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    n = data["tosses"]
    if data["per_head"] is not None:
        win = f"wins {_usd(data['per_head'])} for each head"
    else:
        win = (f"wins {_usd(data['all_heads'])} if all {n} tosses are "
               f"heads, and nothing otherwise")
    if data["ask"] == "gain":
        fee = _usd(data["fee"])
        return (f"{name} pays {fee} to toss a fair coin {n} times and {win}. "
                + _gain_question(name, fee) + hint)
    return (f"{name} tosses a fair coin {n} times and {win}. What is the expected amount "
            f"{name} wins?{hint}")


def _count_dice_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    sides = data["sides"]
    return (f"{name} rolls a fair {SIDE_WORDS[sides]}-sided die (faces 1 to {sides}) "
            f"{data['rolls']} times. What is the expected number of rolls that show "
            f"{data['what']}?{hint}")


def _count_urn_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    target = data["target"]
    (c1, n1), (c2, n2) = data["counts"].items()
    return (f"A bag holds {n1} {c1} and {n2} {c2} balls. {name} draws {data['draws']} "
            f"balls at random without replacement. What is the expected number of "
            f"{target} balls drawn?{hint}")


def _until_first_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    s, m = data["sectors"], data["target_sectors"]
    if data["device"] == "spinner":
        what = (f"a fair spinner with {s} equal sections, {m} of them red"
                if m > 1 else f"a fair spinner with {s} equal sections, one of them red")
        success = "it lands on red"
    else:
        what = f"a fair {SIDE_WORDS[s]}-sided die (faces 1 to {s})"
        top = list(range(s - m + 1, s + 1))
        success = f"it shows {_block_text(top)}"
    verb, noun = ("spins", "spins") if data["device"] == "spinner" else ("rolls", "rolls")
    return (f"{name} {verb} {what}, again and again until {success}. What is the expected "
            f"number of {noun}, counting the last one?{hint}")


def _raffle_prompt(data: dict[str, Any], name: str, hint: str) -> str:
    prizes = data["prizes"]
    top, second = prizes[0]["amount"], prizes[1]["amount"]
    price = _usd(data["fee"])
    return (f"A raffle sells all {data['tickets']} of its tickets at {price} each. One "
            f"ticket wins {_usd(top)} and {prizes[1]['count']} other tickets win "
            f"{_usd(second)} each; no ticket wins twice. {name} buys one ticket. "
            f"What is {name}'s expected gain (expected winnings minus the {price} "
            f"paid)?{hint}")


PROMPTS = {
    "die_mean": _die_mean_prompt, "die_game": _die_game_prompt, "two_dice": _two_dice_prompt,
    "coins": _coins_prompt, "count_dice": _count_dice_prompt, "count_urn": _count_urn_prompt,
    "until_first": _until_first_prompt, "raffle": _raffle_prompt,
}
#: What a free-response item adds to the prompt, by answer form.
HINTS = {"money": " Give the answer in dollars.",
         "fraction": " Give the answer as a fraction or a decimal."}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    name = Draw(rng, batch=None).pick(FIRST_NAMES)
    data = draft.data
    hint = HINTS[data["form"]] if params.format == "numeric" else ""
    return Wording(PROMPTS[data["kind"]](data, name, hint))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "die_mean": (
        "A fair die numbered 1 to s has mean (1 + s) ÷ 2: the middle of its faces."
    ),
    "two_dice": (
        "Expected gain = P(win) × prize − fee; count the winning pairs in the table of "
        "all throws."
    ),
    "count_dice": (
        "Expected count = number of tries × chance on each try."
    ),
    "count_urn": (
        "Expected count = number drawn × share of that colour, with or without "
        "replacement."
    ),
    "coins": (
        "Expected count = number of tosses × chance of heads; a prize scales it."
    ),
    "die_game": (
        "Expected value = Σ (prize × its chance), minus the fee to play."
    ),
    "raffle": (
        "Expected value = Σ (prize × chance of winning it), minus the ticket price."
    ),
    "until_first": (
        "Waiting for a chance p: the expected number of tries is 1 ÷ p."
    ),
    "*": (
        "Expected value = Σ (value × probability)."
    ),
}

def method(draft: Draft) -> str:
    """The method line of ``draft``'s question kind."""
    kind = draft.data.get("kind")
    return METHODS[kind] if kind in METHODS else METHODS["*"]


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort_expectation
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 1.5), "medium": (1.5, 3.5),
                                         "hard": (2.5, 5.0)}
