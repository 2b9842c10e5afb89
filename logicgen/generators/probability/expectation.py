"""Expected value: games with a fee and prizes, fair fees, lucky dips, expected counts and waits.

Kinds (``data["kind"]``):

* ``die_mean``: the mean of one equally likely number: a fair die numbered 1 to
  n, or a die, a spinner or a bag of tokens labelled with evenly spaced numbers
  (5, 10, ..., 40) or with any small numbers, some repeated;
* ``die_game``: one roll of a fair die or spin of a fair spinner (4 to 12
  numbers), prizes on blocks of numbers, an entry fee, at one of several
  venues; the question asks for the expected amount received, the expected gain
  (amount received minus the fee, which is never returned) or the fair fee (the
  fee that makes the expected gain zero);
* ``two_dice``: two fair dice, a prize for a double, for a given total or for a
  total of at least t, or the total paid out in dollars; or the expected value
  of the larger or smaller number shown by two dice, two spinners or two cards
  drawn with replacement;
* ``coins``: n tosses of a fair coin, a prize per head or for all heads (with
  or without a fee), or a win per head and a loss per tail;
* ``count_dice``: the expected number of successes in n tries: die rolls that
  land in a block of faces, spins that land on a colour, or random guesses on a
  multiple-choice quiz;
* ``count_urn``: the expected number of balls of one colour among k drawn
  without replacement;
* ``until_first``: the expected number of spins of a fair spinner, rolls of a
  die or draws with replacement from a bag, up to and including the first
  success;
* ``raffle``: the expected gain from one raffle ticket;
* ``lucky_dip``: one item picked at random from a tub of envelopes, scratch
  cards, eggs, tickets or parcels, some holding prizes: the expected amount won,
  the expected gain after a price, or the fair price.

Money answers are always whole cents (the amounts are drawn until they are), in
the form ``$2.50`` / ``−$0.50``; other answers are lowest-terms fractions such
as ``7/2``. The generator uses closed forms (``(first + last)/2``, linearity of
expectation, ``P(double) = 1/s``, ``s/m`` for a wait); the solver
(:func:`logicgen.solve.arithmetic.solve_expectation`) lists every outcome, uses
whole distributions for counts and the first-step equation for waits.

Distractors are named mistakes: forgetting the fee, charging the fee only on a
losing roll, treating the prizes as equally likely, counting one face per prize
block, leaving out the empty envelopes, a sign slip, odds instead of
probability, forgetting to multiply by the number of trials, not counting the
successful try, the mean of one die instead of the larger of two, the smaller
of two instead of the larger, and treating the totals of two dice as equally
likely.

Difficulty: ``easy`` draws means, one-prize games, per-head coin games, expected
counts and two-prize lucky dips; ``medium`` adds prize tiers with a fee, two-dice
games, win-or-lose coin games and lucky dips with a price; ``hard`` adds raffles,
waits, draws without replacement, the larger or smaller of two numbers, and
three prize tiers on 8- to 12-sided dice or in a lucky dip.

``score`` is the solver's measured effort,
:func:`logicgen.solve.arithmetic.effort_expectation`: 1 per prize tier (a chance
times an amount), 1 for a fee subtracted, 2 for faces to add up, 1.5–2.5 for a
chance read from the 36 outcomes of two dice and 4 for the larger of two, 4 for a
wait (the chance, then its inverse), 3 for draws without replacement (seeing that
linearity still holds), half a step for a die that is not six-sided; a lucky dip
or a raffle 1 per prize tier and 1 for the division; a loss per tail 1 more. Each level
keeps the items within its band (:data:`BANDS`): a one-step mean is redrawn at
medium, and hard keeps items of 2.5 steps or more (raffles, waits, three tiers
on large dice, the larger of two dice, draws without replacement).

>>> import logicgen
>>> item = logicgen.generate("probability.expectation", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
Paula rolls a fair six-sided die (faces 1 to 6) 9 times. What is the expected number of rolls
that show a 3?
>>> item.choices, item.answer
(('5/4', '1', '1/6', '3/2', '1/2'), '3/2')
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
         "raffle", "lucky_dip")
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("die_mean", "die_game", "coins", "count_dice", "lucky_dip"),
    "medium": ("die_game", "die_game", "two_dice", "count_dice", "coins", "die_mean",
               "lucky_dip"),
    "hard": ("raffle", "until_first", "count_urn", "two_dice", "die_game", "count_dice",
             "lucky_dip"),
}
SIDE_WORDS = {4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve",
              20: "twenty"}
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
    """``a 6``, ``a 4 or a 5``, ``a number from 3 to 5``, ``an even number``."""
    if len(faces) == 1:
        return f"{_article(faces[0])} {faces[0]}"
    if len(faces) == 2 and faces[1] - faces[0] == 1:
        return f"{_article(faces[0])} {faces[0]} or {_article(faces[1])} {faces[1]}"
    if faces == list(range(2, 2 * len(faces) + 1, 2)):
        return "an even number"
    return f"a number from {faces[0]} to {faces[-1]}"


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


def _labels(draw: Draw, level: str) -> tuple[str, list[int]]:
    """A device and the numbers on its equally likely faces, sections or tokens."""
    device = draw.pick(("die", "spinner", "tokens"))
    if device == "die":
        n = 6 if level != "easy" else draw.pick((4, 6))
    elif device == "spinner":
        n = draw.between(4, 8)
    else:
        n = draw.between(5, 10)
    high = 10 if level == "easy" else 20
    while True:
        faces = sorted(draw.between(0, high) for _ in range(n))
        if len(set(faces)) < n and len(set(faces)) > 2:  # some repeats, not a near-constant
            return device, faces


def _die_mean(draw: Draw, level: str) -> Drawn:
    if draw.random() < (0.4 if level == "easy" else 0.6):
        device, faces = _labels(draw, level)
        n = len(faces)
        counts = Counter(faces)
        value = Fraction(sum(faces), n)
        distinct = sorted(counts)
        mid = n // 2
        median = Fraction(faces[mid]) if n % 2 else Fraction(faces[mid - 1] + faces[mid], 2)
        wrong: list[Wrong] = [
            (Fraction(sum(distinct), len(distinct)),
             "averaging the distinct labels, ignoring repeats"),
            (Fraction(faces[0] + faces[-1], 2),
             "taking the midpoint of the lowest and highest label"),
            (median, "taking the median instead of the mean"),
            (Fraction(sum(faces), n - 1), f"dividing by {n - 1} instead of {n}"),
            (Fraction(sum(faces), n + 1), f"dividing by {n + 1} instead of {n}"),
            (Fraction(counts.most_common(1)[0][0]), "taking the most common label"),
        ]
        terms = " + ".join(f"{c} × {v}" for v, c in sorted(counts.items()))
        steps = [
            (f"Each of the {n} equally likely outcomes has probability 1/{n}; a number that "
             "appears several times counts once for each time it appears."),
            f"Expected value = ({terms}) / {n} = {_frac_text(sum(faces), n)}.",
        ]
        data = {"kind": "die_mean", "faces": faces, "device": device, "form": "fraction"}
        return data, value, wrong, steps, 2.0
    # evenly spaced numbers: a die numbered 1 to n, or a spinner or tokens like 5, 10, ... 40
    device = draw.pick(("die", "die", "spinner", "tokens"))
    if device == "die":
        n = draw.pick((4, 6, 8, 10, 12, 20) if level != "easy" else (4, 6, 8, 10, 12))
    else:
        n = draw.between(4, 10)
    first, step = (1, 1) if device == "die" and draw.chance(0.3) else (
        draw.between(0, 10), draw.pick((1, 2, 3, 5, 10) if level != "easy" else (1, 2, 5, 10)))
    faces = [first + i * step for i in range(n)]
    last = faces[-1]
    value = Fraction(first + last, 2)
    total = sum(faces)
    wrong = [
        (Fraction(last, 2), "taking half the largest number"),
        (Fraction(faces[n // 2 + n % 2]), "taking the upper of the two middle numbers"
         if n % 2 == 0 else "taking the number after the middle one"),
        (Fraction(total, n - 1), "dividing the sum by one too few"),
        (value + Fraction(step, 2), "adding half a step to the middle"),
        (value - Fraction(step, 2), "counting from one step below the first number"),
    ]
    steps = [
        f"Each of the {n} numbers {faces[0]}, {faces[1]}, …, {last} has probability 1/{n}.",
        (f"They are evenly spaced, so the mean is the middle: ({first} + {last}) / 2 = "
         f"{fmt(value, 'fraction')} (the sum {total} / {n} gives the same)."),
    ]
    data = {"kind": "die_mean", "faces": faces, "device": device, "form": "fraction"}
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
        sides, n_tiers = draw.pick((6, 6, 8, 10)), 2
    else:
        sides, n_tiers = draw.pick((4, 5, 6, 6, 8, 10)), 1
    device = "spinner" if sides == 5 or draw.chance(0.4) else "die"
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
        (f"Expected value = sum of probability × amount over the outcomes. Each of the "
         f"{sides} equally likely numbers has probability 1/{sides}; outcomes with no prize "
         "add $0."),
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
        "device": device,
    }
    score = 1.0 + (n_tiers - 1) + (1 if ask == "gain" else 0) + (
        1 if sides != 6 and level != "easy" else 0)
    return data, value, wrong, steps, score


def _total_ways(sides: int, total: int) -> int:
    return max(0, sides - abs(total - (sides + 1)))


def _two_dice_max(sides: int, which: str, device: str) -> Drawn:
    big = Fraction((sides + 1) * (4 * sides - 1), 6 * sides)
    small = Fraction((sides + 1) * (2 * sides + 1), 6 * sides)
    value, other = (big, small) if which == "max" else (small, big)
    word = "larger" if which == "max" else "smaller"
    wrong: list[Wrong] = [
        (Fraction(sides + 1, 2), "using the mean of a single die"),
        (other, f"finding the expected {'smaller' if which == 'max' else 'larger'} number"),
        (Fraction(3 * sides + 1, 4) if which == "max" else Fraction(sides + 3, 4),
         f"averaging the single-die mean and the {'top' if which == 'max' else 'bottom'} face"),
        (Fraction(sides * (sides + 1), 2 * sides - 1) if which == "max"
         else Fraction(sides * (sides + 1), 2 * (2 * sides - 1)),
         f"treating the {word} values as equally likely" if which == "max"
         else "halving the mean of a larger number"),
        (Fraction(sides) if which == "max" else Fraction(1),
         "taking the top face" if which == "max" else "taking the bottom face"),
    ]
    if which == "max":
        k_terms = " + ".join(f"{k}×{2 * k - 1}" for k in range(1, sides + 1))
        top = sum(k * (2 * k - 1) for k in range(1, sides + 1))
        rule = ("The larger number is k in 2k − 1 pairs: k with anything up to k, or anything "
                "below k with k (the pair k, k counted once).")
    else:
        k_terms = " + ".join(f"{k}×{2 * (sides - k) + 1}" for k in range(1, sides + 1))
        top = sum(k * (2 * (sides - k) + 1) for k in range(1, sides + 1))
        rule = (f"The smaller number is k in 2({sides} − k) + 1 pairs: k with anything from k "
                "up, or anything above k with k (the pair k, k counted once).")
    steps = [
        f"There are {sides}² = {sides * sides} equally likely ordered pairs.",
        rule,
        (f"Expected {word} number = ({k_terms}) / {sides * sides} = "
        f"{_frac_text(top, sides * sides)}."),
    ]
    data = {"kind": "two_dice", "sides": sides, "event": {"type": which}, "ask": "payout",
            "form": "fraction", "device": device}
    return data, value, wrong, steps, 4.5 + (1 if sides != 6 else 0)


def _two_dice(draw: Draw, level: str) -> Drawn:
    sides = 6 if level != "hard" or draw.random() < 0.5 else draw.pick((4, 8))
    kinds = ("double", "total", "at_least", "sum") if level != "hard" else (
        "max", "at_least", "sum", "total")
    event_type = draw.pick(kinds)
    if event_type == "max":
        return _two_dice_max(draw.pick((4, 5, 6, 6, 8, 10)), draw.pick(("max", "min")),
                             draw.pick(("dice", "spinners", "cards")))
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
    n = draw.between(2, 6) if level == "easy" else draw.between(3, 8)
    if level != "easy" and draw.chance(0.3):
        return _coins_win_lose(draw, n)
    style = "per_head" if level == "easy" or draw.random() < 0.6 else "all_heads"
    if style == "all_heads":
        n = min(n, 6)
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


def _coins_win_lose(draw: Draw, n: int) -> Drawn:
    """A prize for each head and a loss for each tail, no fee."""
    while True:
        win, lose = draw.distinct((1, 2, 3, 4, 5, 6, 8, 10), 2)
        value = _cents((win - lose) * n, 2)
        if value is not None:
            break
    wrong: list[Wrong] = [
        (100 * (win - lose) * n, "forgetting the chance 1/2 of each side"),
        (_cents(win * n, 2), "forgetting the losses on tails"),
        (-value, "swapping the win and the loss"),
        (_cents(win - lose, 2), "forgetting to multiply by the number of tosses"),
        (_cents((win + lose) * n, 2), "adding the loss instead of subtracting it"),
    ]
    steps = [
        (f"Each toss: half the time +{fmt(100 * win, 'money')}, half the time "
         f"−{fmt(100 * lose, 'money')}, so the expected result of one toss is "
         f"({fmt(100 * win, 'money')} − {fmt(100 * lose, 'money')}) / 2 = "
         f"{fmt(_cents(win - lose, 2), 'money')}."),
        (f"Over {n} tosses (linearity of expectation): {n} × "
         f"{fmt(_cents(win - lose, 2), 'money')} = {fmt(value, 'money')}."),
    ]
    data = {"kind": "coins", "tosses": n, "fee": 0, "ask": "payout", "form": "money",
            "per_head": win, "per_tail": lose, "all_heads": None}
    return data, value, wrong, steps, 2.0


#: Devices for counting successes: the number of equally likely outcomes per try.
COUNT_DEVICES = {"die": (6, 8, 10, 12), "spinner": (4, 5, 8, 10), "quiz": (3, 4, 5)}


def _count_dice(draw: Draw, level: str) -> Drawn:
    device = draw.pick(tuple(COUNT_DEVICES))
    most = {"easy": 1, "medium": 2, "hard": 3}[level]
    if device == "die":
        sides = 6 if level != "hard" else draw.pick(COUNT_DEVICES["die"])
        hits = draw.between(1, most)
    else:
        sides = draw.pick(COUNT_DEVICES[device])
        hits = 1 if device == "quiz" else draw.between(1, min(2, most))
    start = draw.between(1, sides - hits + 1) if device == "die" else sides - hits + 1
    faces = list(range(start, start + hits))
    n = draw.between(10, 40) if device == "quiz" else draw.between(6, 30)
    return _count_hits(device, sides, hits, faces, n)


def _count_hits(device: str, sides: int, hits: int, faces: list[int], n: int) -> Drawn:
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
    one = {"die": f"One roll shows {what}", "spinner": "One spin lands on the colour",
           "quiz": "One guess is right"}[device]
    steps = [
        f"{one} with probability {_frac_text(hits, sides)}.",
        (f"By linearity of expectation the expected number in {n} tries is "
        f"{n} × {fmt(p, 'fraction')} = {fmt(value, 'fraction')}."),
    ]
    data = {"kind": "count_dice", "sides": sides, "rolls": n, "faces": faces,
            "form": "fraction", "what": what, "device": device}
    return data, value, wrong, steps, 2.0 + (1 if sides != 6 and device == "die" else 0) + (
        0.5 if hits > 1 else 0)


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
    device = draw.pick(("spinner", "die", "bag"))
    colours = draw.distinct(COLOURS, 2)
    if device == "bag":
        m = draw.between(1, 4)
        sides = m + draw.between(2, 9)
    else:
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
            "colours": colours, "form": "fraction"}
    if device == "die":  # which faces succeed: any block of m neighbouring faces
        data["start"] = draw.between(1, sides - m + 1)
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


def _lucky_dip(draw: Draw, level: str) -> Drawn:
    tiers = {"easy": 2, "medium": 2, "hard": 3}[level]
    ask = draw.pick({"easy": ("payout", "fair_fee"), "medium": ("gain", "gain", "fair_fee"),
                     "hard": ("gain", "fair_fee")}[level])
    for _ in range(100):
        items = draw.pick((10, 20, 25, 40, 50, 100))
        counts = sorted(draw.between(1, max(2, items // 5)) for _ in range(tiers))
        amounts = sorted(draw.distinct(NICE_AMOUNTS + (75, 100), tiers), reverse=True)
        if sum(counts) >= items or len(set(counts)) < tiers:
            continue
        pool = sum(c * a for c, a in zip(counts, amounts))
        payout = _cents(pool, items)
        fee = draw.pick((1, 2, 3, 4, 5, 6, 8, 10)) if ask == "gain" else 0
        # a gain of a few cents would leave no plausible near miss (within ten times)
        if payout is not None and payout >= 10 and abs(payout - 100 * fee) >= 25:
            break
    else:  # pragma: no cover - a whole-cent draw turns up within a few tries
        items, counts, amounts, pool, payout, fee = 10, [1, 2], [10, 5], 20, 200, 0
        ask = "payout" if ask == "gain" else ask
    value = payout - 100 * fee
    blanks = items - sum(counts)
    f = 100 * fee

    def less_fee(v: int | None) -> int | None:
        return None if v is None else v - f

    wrong: list[Wrong] = [
        (less_fee(_cents(sum(amounts), items)), "counting each prize once"),
        (less_fee(_cents(pool, sum(counts))), "leaving out the empty ones"),
        (less_fee(_cents(sum(amounts), tiers + 1)),
         "treating each prize and 'nothing' as equally likely"),
        (less_fee(_cents(sum(amounts), tiers)), "averaging the prize amounts"),
    ]
    if ask == "gain":
        wrong += [(payout, "forgetting to subtract the fee"),
                  (-value, "mixing up the sign (fee minus winnings)")]
    else:
        wrong += [(2 * payout, "doubling the expected payout"),
                  (_cents(pool, items - 1), "dividing by one too few")]
    terms = " + ".join(f"{c} × {fmt(100 * a, 'money')}" for c, a in zip(counts, amounts))
    steps = [
        (f"Each of the {items} is equally likely to be picked; the {blanks} empty ones add "
         "$0."),
        (f"Total prize money = {terms} = {fmt(100 * pool, 'money')}, so the expected amount "
         f"won = {fmt(100 * pool, 'money')} / {items} = {fmt(payout, 'money')}."),
    ]
    if ask == "gain":
        steps.append(f"The fee is paid every time: expected gain = {fmt(payout, 'money')} − "
                     f"{fmt(f, 'money')} = {fmt(value, 'money')}.")
    elif ask == "fair_fee":
        steps.append("A fair game has expected gain 0, so the fair price equals the expected "
                     f"amount won: {fmt(value, 'money')}.")
    data = {"kind": "lucky_dip", "items": items, "fee": fee, "ask": ask, "form": "money",
            "prizes": [{"count": c, "amount": a} for c, a in zip(counts, amounts)]}
    return data, value, wrong, steps, 1.0 + (tiers - 1) + (1 if ask == "gain" else 0)


DRAWS = {
    "die_mean": _die_mean, "die_game": _die_game, "two_dice": _two_dice, "coins": _coins,
    "count_dice": _count_dice, "count_urn": _count_urn, "until_first": _until_first,
    "raffle": _raffle, "lucky_dip": _lucky_dip,
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng, batch=None)
    kind = draw.pick(LEVELS[params.difficulty]) if params.kind == "mixed" else params.kind
    return numeric_draft(*DRAWS[kind](draw, params.difficulty))


# -- wording -------------------------------------------------------------------------------


def _usd(dollars: int) -> str:
    return fmt(100 * dollars, "money")


def _device_text(data: dict[str, Any], name: str) -> tuple[str, str, str]:
    """How the numbers are drawn: the scene, one outcome's noun, and the verb."""
    faces, device = data["faces"], data.get("device", "die")
    n = len(faces)
    listed = ", ".join(map(str, faces[:-1])) + " and " + str(faces[-1])
    if device == "spinner":
        return (f"A fair spinner has {n} equal sections numbered {listed}.", "spin", "spins")
    if device == "tokens":
        return (f"A bag holds {n} tokens numbered {listed}, and {name} draws one at random.",
                "token", "draws")
    if faces == list(range(1, n + 1)):
        return (f"A fair {SIDE_WORDS[n]}-sided die has faces numbered 1 to {n}.", "roll", "rolls")
    return (f"A fair {SIDE_WORDS[n]}-sided die has its faces labelled {listed}.", "roll", "rolls")


def _die_mean_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    scene, noun, _ = _device_text(data, name)
    ask = {"roll": f"the number {name} rolls", "spin": f"the number {name}'s spin lands on",
           "token": "the number on the token"}[noun]
    return f"{scene} What is the expected value (mean) of {ask}?{hint}"


def _gain_question(name: str, fee: str) -> str:
    return (f"The fee is not returned. What is {name}'s expected gain per game (the amount "
            f"won minus the {fee} fee)?")


#: Where a game is played (a phrase that starts a sentence).
VENUES = ("At a school fair", "At a charity fun day", "At a village fête", "At a funfair stall",
          "At a club's games night", "At a summer carnival")


def _die_game_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    sides, fee = data["sides"], 100 * data["fee"]
    spinner = data.get("device") == "spinner"
    other = "spin" if spinner else "roll"
    parts = [f"{_block_text(p['faces'])} wins {_usd(p['amount'])}"
             for p in data["prizes"]]
    parts.append(f"any other {other} wins nothing")
    rule = ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1]
    venue = draw.pick(VENUES)
    if spinner:
        act = (f"spins a fair spinner with {sides} equal sections numbered 1 to {sides} once")
    else:
        act = f"rolls a fair {SIDE_WORDS[sides]}-sided die (faces 1 to {sides}) once"
    game = f"{venue}, {name} {act}. " + rule[0].upper() + rule[1:] + "."
    if data["ask"] == "gain":
        return (f"{game} {name} pays {fmt(fee, 'money')} to play. "
                + _gain_question(name, fmt(fee, "money")) + hint)
    if data["ask"] == "fair_fee":
        return (f"{game} A fair game is one whose expected gain is zero. What entry fee "
                f"(not returned) would make this game fair?{hint}")
    return f"{game} What is the expected amount {name} wins per game?{hint}"


def _two_dice_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    sides, event = data["sides"], data["event"]
    dice = f"two fair {SIDE_WORDS[sides]}-sided dice (faces 1 to {sides})"
    if event["type"] in ("max", "min"):
        word = "larger" if event["type"] == "max" else "smaller"
        device = data.get("device", "dice")
        if device == "spinners":
            act = (f"spins two fair spinners, each with {sides} equal sections numbered 1 to "
                   f"{sides},")
        elif device == "cards":
            act = (f"draws a card at random from {sides} cards numbered 1 to {sides}, puts it "
                   "back, draws again,")
        else:
            act = f"rolls {dice}"
        return (f"{name} {act} and notes the {word} of the two numbers (if both are the same "
                f"number, that number). What is the expected value of the {word} "
                f"number?{hint}")
    fee = _usd(data["fee"])
    amount = _usd(event["amount"])
    if event["type"] == "sum":
        win = f"receives {amount} for each point of the total shown"
    else:
        win = f"wins {amount} if the dice show {data['what']}, and nothing otherwise"
    return f"{name} pays {fee} to roll {dice} once and {win}. " + _gain_question(name, fee) + hint


#: How the coin is tossed (with {name} and {n}): the scene's verb phrase.
COIN_SCENES = ("tosses a fair coin {n} times", "flips {n} fair coins at once",
               "spins a fair coin {n} times on a table", "flips a fair coin {n} times in a row")


def _coins_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    n = data["tosses"]
    act = draw.pick(COIN_SCENES).format(n=n)
    venue = draw.pick(VENUES)
    if data.get("per_tail"):
        return (f"{venue}, {name} {act}, winning {_usd(data['per_head'])} for each head and "
                f"losing {_usd(data['per_tail'])} for each tail. What is {name}'s expected "
                f"net result (negative for a loss)?{hint}")
    if data["per_head"] is not None:
        win = f"wins {_usd(data['per_head'])} for each head"
    else:
        win = (f"wins {_usd(data['all_heads'])} for {n} heads out of {n}, and nothing "
               "otherwise")
    if data["ask"] == "gain":
        fee = _usd(data["fee"])
        return (f"{venue}, {name} {act} and {win}, after paying {fee} to play. "
                + _gain_question(name, fee) + hint)
    return (f"{venue}, {name} {act} and {win}. What is the expected amount {name} "
            f"wins?{hint}")


def _count_dice_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    sides, n, device = data["sides"], data["rolls"], data.get("device", "die")
    if device == "quiz":
        test = draw.pick(("a quiz", "a multiple-choice test", "a practice exam", "a pub quiz"))
        return (f"{name} guesses every answer at random in {test} of {n} questions, each with "
                f"{sides} options of which exactly one is right. What is the expected number "
                f"of right answers?{hint}")
    if device == "spinner":
        red = len(data["faces"])
        some = "one of them" if red == 1 else f"{red} of them"
        colour = draw.pick(COLOURS)
        return (f"{name} spins a fair spinner with {sides} equal sections, {some} {colour}, "
                f"{n} times. What is the expected number of spins that land on {colour}?{hint}")
    return (f"{name} rolls a fair {SIDE_WORDS[sides]}-sided die (faces 1 to {sides}) "
            f"{n} times. What is the expected number of rolls that show "
            f"{data['what']}?{hint}")


def _count_urn_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    target = data["target"]
    (c1, n1), (c2, n2) = data["counts"].items()
    return (f"A bag holds {n1} {c1} and {n2} {c2} balls. {name} draws {data['draws']} "
            f"balls at random without replacement. What is the expected number of "
            f"{target} balls drawn?{hint}")


def _until_first_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    s, m = data["sectors"], data["target_sectors"]
    hit, miss = data.get("colours", ["red", "blue"])
    if data["device"] == "spinner":
        what = (f"a fair spinner with {s} equal sections, {m} of them {hit}"
                if m > 1 else f"a fair spinner with {s} equal sections, one of them {hit}")
        return (f"{name} spins {what}, again and again until it lands on {hit}. What is the "
                f"expected number of spins, counting the last one?{hint}")
    if data["device"] == "bag":
        return (f"A bag holds {m} {hit} and {s - m} {miss} balls. {name} draws a ball at "
                f"random, notes its colour and puts it back, again and again until "
                f"{'an' if hit[0] in 'aeiou' else 'a'} {hit} ball is drawn. What is the "
                f"expected number of draws, counting the last one?{hint}")
    what = f"a fair {SIDE_WORDS[s]}-sided die (faces 1 to {s})"
    start = data.get("start", s - m + 1)
    top = list(range(start, start + m))
    return (f"{name} rolls {what}, again and again until it shows {_block_text(top)}. What "
            f"is the expected number of rolls, counting the last one?{hint}")


def _raffle_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    prizes = data["prizes"]
    top, second = prizes[0]["amount"], prizes[1]["amount"]
    price = _usd(data["fee"])
    return (f"A raffle sells all {data['tickets']} of its tickets at {price} each. One "
            f"ticket wins {_usd(top)} and {prizes[1]['count']} other tickets win "
            f"{_usd(second)} each; no ticket wins twice. {name} buys one ticket. "
            f"What is {name}'s expected gain (expected winnings minus the {price} "
            f"paid)?{hint}")


#: Lucky dips: the container of items (with {items}) and the items' nouns.
DIPS = (("A lucky-dip tub holds {items} sealed envelopes", "envelopes", "envelope"),
        ("A stall sells scratch cards from a batch of {items}", "cards", "card"),
        ("A prize barrel holds {items} plastic eggs", "eggs", "egg"),
        ("A tombola drum holds {items} folded tickets", "tickets", "ticket"),
        ("A bran tub holds {items} wrapped parcels", "parcels", "parcel"))


def _lucky_dip_prompt(data: dict[str, Any], name: str, hint: str, draw: Draw) -> str:
    intro, plural, single = draw.pick(DIPS)
    prizes = data["prizes"]
    parts = [f"{p['count']} {'hold' if p['count'] > 1 else 'holds'} {_usd(p['amount'])}"
             for p in prizes]
    if plural == "cards":
        parts = [f"{p['count']} {'win' if p['count'] > 1 else 'wins'} {_usd(p['amount'])}"
                 for p in prizes]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    rest = "the rest win nothing" if plural == "cards" else "the rest are empty"
    scene = (f"{draw.pick(VENUES)}, {intro[0].lower() + intro[1:]}".format(items=data["items"])
             + f": {listed}; {rest}.")
    if data["ask"] == "gain":
        fee = _usd(data["fee"])
        return (f"{scene} {name} pays {fee} for one {single}, picked at random. What is "
                f"{name}'s expected gain (the amount won minus the {fee} paid)?{hint}")
    if data["ask"] == "fair_fee":
        return (f"{scene} Each go picks one {single} at random. What price per go would "
                f"make the game fair (expected gain zero)?{hint}")
    return (f"{scene} {name} picks one {single} at random. What is the expected amount "
            f"{name} wins?{hint}")


PROMPTS = {
    "die_mean": _die_mean_prompt, "die_game": _die_game_prompt, "two_dice": _two_dice_prompt,
    "coins": _coins_prompt, "count_dice": _count_dice_prompt, "count_urn": _count_urn_prompt,
    "until_first": _until_first_prompt, "raffle": _raffle_prompt,
    "lucky_dip": _lucky_dip_prompt,
}
#: What a free-response item adds to the prompt, by answer form.
HINTS = {"money": " Give the answer in dollars.",
         "fraction": " Give the answer as a fraction or a decimal."}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    draw = Draw(rng, batch=None)
    name = draw.pick(FIRST_NAMES)
    data = draft.data
    hint = HINTS[data["form"]] if params.format == "numeric" else ""
    return Wording(PROMPTS[data["kind"]](data, name, hint, draw))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "die_mean": (
        "Mean of equally likely numbers = their sum ÷ how many; for evenly spaced numbers "
        "just take (first + last) ÷ 2."
    ),
    "two_dice": (
        "List the table of equally likely pairs: expected value = Σ (value × its share of "
        "the pairs), minus any fee."
    ),
    "count_dice": (
        "Expected count = number of tries × chance on each try."
    ),
    "count_urn": (
        "Expected count = number drawn × share of that colour, with or without "
        "replacement."
    ),
    "coins": (
        "Per head or tail: tosses × ½ × amount; for all heads: (½)ⁿ × prize; then subtract "
        "any fee."
    ),
    "die_game": (
        "Expected value = Σ (prize × its chance), minus the fee to play."
    ),
    "raffle": (
        "Expected value = Σ (prize × chance of winning it), minus the ticket price."
    ),
    "lucky_dip": (
        "Expected winnings = total prize money ÷ number of items (empty ones included); "
        "subtract any price paid."
    ),
    "until_first": (
        "Waiting for a chance p: the expected number of tries is 1 ÷ p."
    ),
    "*": (
        "Expected value = Σ (value × probability)."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort_expectation
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.0), "medium": (1.5, 4.0),
                                         "hard": (2.5, 5.0)}
