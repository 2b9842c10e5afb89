"""Ratios and proportion: sharing in a ratio, combining ratios, direct and inverse
proportion, mixtures and averages.

Kinds (``data["kind"]``):

* ``share``: an amount shared in a ratio a:b, a:b:c or a:b:c:d; one person's share;
* ``share_difference``: two shares in a ratio differ by a given amount; the total
  (a:b), or the third person's share (a:b:c, the first and last differ);
* ``combine``: a:b and b:c are given; a:c in lowest terms (or a chain a:b, b:c,
  c:d; a:d);
* ``proportion``: machines making items (output grows with machines and hours)
  or workers finishing a job (days shrink as workers grow);
* ``mixture``: two solutions mixed, the strength of the mixture; or the water to
  add to dilute a solution to a target strength;
* ``average``: the score needed on one more test to reach a target mean, the
  number removed from a list given the new mean, or the mean of two or three
  groups put together.

Stories come from the scenario tables of :mod:`logicgen.data.scenarios`, each
with its realistic range (``docs/scenarios.md``): crews of painters, builders,
roofers and others with their usual sizes and days; goods with what one machine
makes in an hour; antifreeze, alcohol, fertiliser and other liquids at their
usual strengths; ratios of pets, vehicles, trees or visitors; parcels, players
and heatwave days whose mean changes when one is left out. The chosen scenario
is in ``data`` (``scene``, ``goods``, ``substance``).

Answers are exact: money in whole cents, counts and ratios in whole numbers,
strengths and means to at most two decimals. The generator uses closed forms
(``T·a/(a+b)``, ``a₁b₂ : b₁c₂``, weighted means); the solver
(:func:`logicgen.solve.arithmetic.solve_ratio`) builds the quantities part by part
or unit by unit, searches for the common middle term of two ratios, and answers
"what is missing?" by running the story forwards from two trial values.

Distractors are named mistakes: sharing equally, reading a:b as the fraction a/b
of the whole, giving the other person's share, joining the outer terms of two
ratios, treating inverse proportion as direct, averaging unweighted, forgetting
to subtract the original volume, adding the gap to the target once.

Difficulty: ``easy`` has one step (two-way shares, direct proportion with one
factor, the next test score); ``medium`` two (share differences, combined ratios,
mixture strengths, inverse proportion, the mean of two groups; and three-way
shares, one step with a third part); ``hard`` three (three-way share differences,
chained ratios a:b, b:c, c:d, direct proportion with two factors, dilution,
removed numbers; and the mean of three groups, two steps with a third group).
A four-way share (one step) is drawn only when ``kind="share"`` asks for a hard
item.

``score`` is the solver's measured effort, :func:`logicgen.solve.arithmetic.effort_ratio`:
2 to share in a ratio, 3 from a difference (half more per part beyond two),
1 plus 1 per changed quantity for a proportion (1.5 for a factor that is not a
whole number or one over one; half more when inverse), 2 for a test score
needed, 1 per group plus 1 for a combined mean, 3 for one left out, 1 per part
plus 1 for a mixture's strength, 3 for water to add, 2 per chained ratio plus 1
to reduce, and a quarter step per significant digit beyond two of the longest
number. Each level keeps the items within its band (:data:`BANDS`): at hard an
item below 3 steps is redrawn.

>>> import logicgen
>>> item = logicgen.generate("quant.ratio", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
A class of 18 students has a mean mark of 74 and a class of 30 students has a mean mark of 88.
What is the mean mark of all the students together?
>>> item.choices, item.answer
(('88', '87.75', '132.4', '81', '82.75'), '82.75')
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import gcd
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.data.scenarios import (
    CREWS,
    MACHINE_GOODS,
    RATIO_SCENES,
    REMOVED_SCENES,
    SUBSTANCES,
    TOWNS,
)
from logicgen.generators.quant._quant import Drawn, Wrong, draft, wording
from logicgen.kit import Draft, Draw, Wording, fmt
from logicgen.kit.forms import units
from logicgen.registry import KindParams, family
from logicgen.solve.arithmetic import effort_ratio, solve_ratio

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("share", "share_difference", "combine", "proportion", "mixture", "average")
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("share", "proportion", "average"),
    "medium": ("share", "share_difference", "combine", "mixture", "proportion", "average"),
    "hard": ("share_difference", "combine", "mixture", "proportion", "average"),
}


#: The scenario tables' keys, in table order (drawn from).
RATIO_SCENES_KEYS = tuple(RATIO_SCENES)
CREWS_KEYS = tuple(CREWS)
MACHINE_GOODS_KEYS = tuple(MACHINE_GOODS)
SUBSTANCES_KEYS = tuple(SUBSTANCES)
REMOVED_SCENES_KEYS = tuple(REMOVED_SCENES)


@family("quant.ratio", version=3, solver=solve_ratio,
        summary="Ratios: sharing, combining ratios, proportion, mixtures and averages")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS`, or ``mixed`` (default) to draw by difficulty."""

    KINDS = KINDS


def _litres(n: int) -> str:
    """``1 litre``, ``3 litres``."""
    return f"{n} litre" if n == 1 else f"{n} litres"


def _share(draw: Draw, level: str) -> Drawn:
    n = {"easy": 2, "medium": 3, "hard": 4}[level]
    for _ in range(100):
        parts = [draw.between(1, 9) for _ in range(n)]
        if len(set(parts)) == n and gcd(*parts) == 1:
            break
    else:  # pragma: no cover
        parts = [2, 3, 5][:n]
    total_parts = sum(parts)
    total = total_parts * draw.between(2, 60) * (5 if level != "easy" else 1) * 100  # cents
    who = draw.between(0, n - 1)
    unit = total // total_parts
    value = unit * parts[who]
    other = parts[(who + 1) % n]
    wrong: list[Wrong] = [
        (units(total, n), "sharing equally"),
        (units(total * parts[who], other) if parts[who] < other else None,
         f"reading the ratio as the fraction {parts[who]}/{other} of the whole"),
        (unit * other, "giving another person's share"),
        (units(total * parts[who], 10), f"taking {parts[who]} tenths of the whole"),
        (total - value, "giving what the others get together"),
        (unit * (parts[who] + 1), "counting one part too many"),
    ]
    ratio = ":".join(map(str, parts))
    steps = [
        f"The ratio {ratio} has {' + '.join(map(str, parts))} = {total_parts} parts.",
        f"One part = {fmt(total, 'money')} ÷ {total_parts} = {fmt(unit, 'money')}.",
        (f"{parts[who]} part{'s' if parts[who] > 1 else ''} = {parts[who]} × "
        f"{fmt(unit, 'money')} = {fmt(value, 'money')}."),
    ]
    data = {"kind": "share", "parts": parts, "total": total // 100, "who": who, "form": "money"}
    return data, value, wrong, steps, 2.0 + 0.5 * (n - 2)


def _share_difference(draw: Draw, level: str) -> Drawn:
    if level == "hard":
        return _share_difference_three(draw)
    for _ in range(100):
        a, b = draw.between(2, 9), draw.between(1, 8)
        if a > b and gcd(a, b) == 1:
            break
    else:  # pragma: no cover
        a, b = 5, 3
    unit = draw.between(2, 40) * 500  # cents per part
    diff = unit * (a - b)
    value = unit * (a + b)
    wrong: list[Wrong] = [
        (diff * (a + b), "multiplying the difference by the total number of parts"),
        (unit * a, "giving the larger share"),
        (unit * b, "giving the smaller share"),
        (units(diff * (a + b), a), "dividing by the larger part instead of the difference"),
        (diff * 2, "doubling the difference"),
    ]
    steps = [
        (f"The shares differ by {a} − {b} = {a - b} part{'s' if a - b > 1 else ''}, worth "
        f"{fmt(diff, 'money')}, so one part = {fmt(unit, 'money')}."),
        (f"The total is {a} + {b} = {a + b} parts = {a + b} × {fmt(unit, 'money')} = "
        f"{fmt(value, 'money')}."),
    ]
    data = {"kind": "share_difference", "parts": [a, b], "first": 0, "second": 1,
            "difference": f"{diff // 100}.{diff % 100:02d}", "ask": "total", "form": "money"}
    return data, value, wrong, steps, 3.0


def _share_difference_three(draw: Draw) -> Drawn:
    """Three shares a:b:c; the first gets a given amount more than the third; the second's share."""
    for _ in range(100):
        parts = [draw.between(1, 9) for _ in range(3)]
        a, b, c = parts
        if len(set(parts)) == 3 and gcd(a, gcd(b, c)) == 1 and a > c:
            break
    else:  # pragma: no cover
        parts = [a, b, c] = [7, 4, 2]
    unit = draw.between(2, 40) * 500  # cents per part
    diff = unit * (a - c)
    value = unit * b
    wrong: list[Wrong] = [
        (units(diff * b, a), "dividing the difference by the first person's parts"),
        (units(diff * b, a - b) if a > b else None,
         "taking the difference as the gap between the first two shares"),
        (unit * (a + b + c), "giving the total instead of one share"),
        (diff * b, "multiplying the difference by the parts without finding one part"),
        (unit * a, "giving the first person's share"),
        (unit * c, "giving the third person's share"),
        (unit * (b + 1), "counting one part too many"),
    ]
    steps = [
        (f"The first and third shares differ by {a} − {c} = {a - c} part{'s' if a - c > 1 else ''}, "
        f"worth {fmt(diff, 'money')}."),
        f"One part = {fmt(diff, 'money')} ÷ {a - c} = {fmt(unit, 'money')}.",
        (f"The second share is {b} part{'s' if b > 1 else ''} = {b} × {fmt(unit, 'money')} = "
        f"{fmt(value, 'money')}."),
    ]
    data = {"kind": "share_difference", "parts": parts, "first": 0, "second": 2,
            "difference": f"{diff // 100}.{diff % 100:02d}", "ask": "share", "who": 1,
            "form": "money"}
    return data, value, wrong, steps, 4.5


def _combine(draw: Draw, level: str) -> Drawn:
    scene = draw.pick(RATIO_SCENES_KEYS)
    if level == "hard":
        return _combine_chain(draw, scene)
    for _ in range(100):
        a1, b1, b2, c2 = (draw.between(1, 9) for _ in range(4))
        if gcd(a1, b1) != 1 or gcd(b2, c2) != 1 or b1 == b2:
            continue
        value = Fraction(a1 * b2, b1 * c2)
        if value != Fraction(a1, c2) and value.numerator <= 99 and value.denominator <= 99:
            break
    else:  # pragma: no cover
        a1, b1, b2, c2 = 2, 3, 4, 5
        value = Fraction(8, 15)
    wrong: list[Wrong] = [
        (Fraction(a1, c2), "joining the outer numbers without matching the middle term"),
        (Fraction(a1 * c2, b1 * b2), "multiplying the wrong terms"),
        (Fraction(a1 + b2, b1 + c2), "adding the ratios"),
        (1 / value, "giving c:a instead of a:c"),
        (Fraction(a1 * b1, b2 * c2), "scaling both ratios the same way"),
    ]
    middle = b1 * b2 // gcd(b1, b2)
    ax, cx = a1 * middle // b1, c2 * middle // b2
    last = (f"So A:C = {ax}:{cx}, already in lowest terms." if gcd(ax, cx) == 1 else
            f"So A:C = {ax}:{cx} = {fmt(value, 'ratio')} in lowest terms.")
    steps = [
        f"Make the B terms equal: the smallest number both {b1} and {b2} go into is {middle}.",
        (f"A:B = {a1}:{b1} = {a1 * middle // b1}:{middle} and B:C = {b2}:{c2} = "
        f"{middle}:{c2 * middle // b2}."),
        last,
    ]
    data = {"kind": "combine", "scene": scene, "a_b": [a1, b1], "b_c": [b2, c2],
            "form": "ratio"}
    return data, value, wrong, steps, 3.0


def _combine_chain(draw: Draw, scene: str) -> Drawn:
    """A:B, B:C and C:D are given; A:D in lowest terms."""
    for _ in range(200):
        a1, b1, b2, c2, c3, d3 = (draw.between(1, 9) for _ in range(6))
        if gcd(a1, b1) != 1 or gcd(b2, c2) != 1 or gcd(c3, d3) != 1 or b1 == b2 or c2 == c3:
            continue
        value = Fraction(a1 * b2 * c3, b1 * c2 * d3)
        if (value not in (Fraction(a1, d3), Fraction(a1 * b2, b1 * c2))
                and value.numerator <= 99 and value.denominator <= 99):
            break
    else:  # pragma: no cover
        a1, b1, b2, c2, c3, d3 = 2, 3, 4, 5, 3, 7
        value = Fraction(24, 105)
    wrong: list[Wrong] = [
        (Fraction(a1, d3), "joining the outer numbers without matching the middle terms"),
        (Fraction(a1 * b2, b1 * c2), "stopping at A:C"),
        (Fraction(a1 * b2, b1 * d3), "skipping the ratio C:D's first term"),
        (1 / value, "giving d:a instead of a:d"),
        (Fraction(a1 + b2 + c3, b1 + c2 + d3), "adding the ratios"),
        (Fraction(a1 * c2 * d3, b1 * b2 * c3), "multiplying the wrong terms"),
    ]
    mid_b = b1 * b2 // gcd(b1, b2)
    ax, cx = a1 * mid_b // b1, c2 * mid_b // b2
    mid_c = cx * c3 // gcd(cx, c3)
    ay, dy = ax * mid_c // cx, d3 * mid_c // c3
    last = (f"So A:D = {ay}:{dy}, already in lowest terms." if gcd(ay, dy) == 1 else
            f"So A:D = {ay}:{dy} = {fmt(value, 'ratio')} in lowest terms.")
    steps = [
        (f"Match B: A:B = {a1}:{b1} = {ax}:{mid_b} and B:C = {b2}:{c2} = {mid_b}:{cx}, "
        f"so A:B:C = {ax}:{mid_b}:{cx}."),
        (f"Match C: A:C = {ax}:{cx} = {ay}:{mid_c} and C:D = {c3}:{d3} = {mid_c}:{dy}, "
        f"so A:D = {ay}:{dy}."),
        last,
    ]
    data = {"kind": "combine", "scene": scene, "a_b": [a1, b1], "b_c": [b2, c2],
            "c_d": [c3, d3], "form": "ratio"}
    return data, value, wrong, steps, 4.0


def _proportion(draw: Draw, level: str) -> Drawn:
    if level == "medium":
        crew = draw.pick(CREWS_KEYS)
        _, _, (wlo, whi), (dlo, dhi) = CREWS[crew]
        for _ in range(100):
            w, w2 = draw.between(wlo, whi), draw.between(wlo, whi)
            d = draw.between(dlo, dhi)
            days = units(w * d, w2)
            if w != w2 and days is not None and dlo <= days <= dhi:
                break
        else:  # pragma: no cover
            crew, w, w2, d, days = "workers", 6, 4, 10, 15
        wrong: list[Wrong] = [
            (units(d * w2, w), "treating it as direct proportion"),
            (d + w - w2 if d + w - w2 > 0 else None, "adding the change in workers to the days"),
            (d, "keeping the same number of days"),
            (units(d * w2 * w2, w * w) if w2 > w else units(d * w * w, w2 * w2),
             "scaling twice"),
        ]
        steps = [
            f"The job needs {w} × {d} = {w * d} worker-days whatever the crew.",
            f"With {w2} workers: {w * d} ÷ {w2} = {days} days (fewer workers, more days).",
        ]
        data = {"kind": "proportion", "ask": "days", "scene": crew,
                "base": {"workers": w, "days": d}, "new": {"workers": w2}, "form": "integer"}
        return data, days, wrong, steps, 3.0
    two = level == "hard"
    goods = draw.pick(MACHINE_GOODS_KEYS)
    lo, hi = MACHINE_GOODS[goods]
    for _ in range(100):
        m, m2 = draw.between(2, 10), draw.between(2, 10)
        h = draw.between(2, 8) if two else 1
        h2 = draw.between(2, 8) if two else 1
        out = draw.between(-(-lo // 5), hi // 5) * 5 * m * h  # each machine's hourly output
        value = units(out * m2 * h2, m * h)
        if value is not None and (m, h) != (m2, h2) and value <= 20000:
            break
    else:  # pragma: no cover
        goods, m, m2, h, h2, out, value = "boxes", 4, 6, 1, 1, 200, 300
    wrong = [
        (units(out * m * h, m2 * h2), "treating it as inverse proportion"),
        (units(out * m2, m) if two and h != h2 else None, "scaling for the machines only"),
        (units(out * h2, h) if two and m != m2 else None, "scaling for the hours only"),
        (out + (m2 - m) * (out // m) if not two else out * m2 * h2 // (m * h) // 2 or None,
         "adding instead of multiplying" if not two else "halving the result"),
        (out, "keeping the same output"),
        (out * m2, "multiplying by the new number of machines only"),
    ]
    per = Fraction(out, m * h)
    if two:
        steps = [
            f"{m} machines for {h} hours are {m} × {h} = {m * h} machine-hours.",
            (f"One machine makes {out:,} ÷ {m * h} = {fmt(per, 'fraction')} per hour."),
            (f"{m2} machines for {h2} hours are {m2 * h2} machine-hours, making {m2 * h2} × "
            f"{fmt(per, 'fraction')} = {value:,}."),
        ]
    else:
        steps = [
            f"One machine makes {out:,} ÷ {m} = {fmt(per, 'fraction')} in an hour.",
            f"{m2} machines make {m2} × {fmt(per, 'fraction')} = {value:,}.",
        ]
    data = {"kind": "proportion", "ask": "output", "goods": goods,
            "base": {"machines": m, "hours": h, "output": out},
            "new": {"machines": m2, "hours": h2}, "form": "integer"}
    return data, value, wrong, steps, 4.0 if two else 2.0


def _mixture(draw: Draw, level: str) -> Drawn:
    stuff = draw.pick(SUBSTANCES_KEYS)
    strengths = SUBSTANCES[stuff]
    if level == "hard":
        for _ in range(100):
            litres = draw.between(2, 20)
            p = draw.pick(strengths)
            q = draw.pick(strengths)
            water = units(litres * (p - q) * 100, q)  # hundredths of a litre
            if q < p and water is not None:
                break
        else:  # pragma: no cover
            stuff, litres, p, q, water = "alcohol", 10, 20, 10, 1000
        wrong: list[Wrong] = [
            (units(litres * p * 100, q), "giving the final volume instead of the water added"),
            (units(litres * (p - q) * 100, p), "dividing by the old strength"),
            ((p - q) * 100, "taking the difference of the strengths as litres"),
            (litres * 100, "adding as much water as there is solution"),
        ]
        pure = Fraction(litres * p, 100)
        steps = [
            (f"The {_litres(litres)} hold {litres} × {p}% = {fmt(pure, 'fraction')} litres of the "
            "pure substance; adding water does not change that."),
            (f"At {q}% the whole mixture must be {fmt(pure, 'fraction')} ÷ {q}% = "
            f"{fmt(water + litres * 100, 'decimal')} litres."),
            (f"Water to add = {fmt(water + litres * 100, 'decimal')} − {litres} = "
            f"{fmt(water, 'decimal')} litres."),
        ]
        data = {"kind": "mixture", "ask": "water", "substance": stuff,
                "parts": [{"litres": litres, "percent": p}],
                "target_percent": q, "form": "decimal", "unit": "litres"}
        return data, water, wrong, steps, 4.0
    for _ in range(100):
        x, y = draw.between(1, 12), draw.between(1, 12)
        p, q = draw.pick(strengths), draw.pick(strengths)
        value = units((x * p + y * q) * 100, x + y)  # hundredths of a percent
        if x != y and p != q and value is not None:
            break
    else:  # pragma: no cover
        stuff, x, y, p, q, value = "alcohol", 2, 3, 10, 20, 1600
    wrong = [
        (units((p + q) * 100, 2), "averaging the two strengths without weighting"),
        (units((x * q + y * p) * 100, x + y), "weighting each strength by the other volume"),
        ((p + q) * 100, "adding the strengths"),
        (units((x * p + y * q) * 100, max(x, y)), "dividing by the larger volume only"),
    ]
    steps = [
        (f"Pure substance: {x} × {p}% + {y} × {q}% = {fmt(Fraction(x * p + y * q, 100), 'fraction')}"
        " litres."),
        (f"Strength = {fmt(Fraction(x * p + y * q, 100), 'fraction')} ÷ {x + y} litres = "
        f"{fmt(value, 'percent')}."),
    ]
    data = {"kind": "mixture", "ask": "percent", "substance": stuff,
            "parts": [{"litres": x, "percent": p}, {"litres": y, "percent": q}],
            "form": "percent"}
    return data, value, wrong, steps, 3.0


def _average(draw: Draw, level: str) -> Drawn:
    style = {"easy": "needed", "medium": "combined",
             "hard": draw.pick(("removed", "combined"))}[level]
    if style == "needed":
        for _ in range(100):
            n = draw.between(2, 8)
            mean = draw.between(55, 88)
            target = mean + draw.between(1, 6)
            need = target * (n + 1) - mean * n
            if need <= 100:
                break
        else:  # pragma: no cover
            n, mean, target, need = 4, 78, 80, 88
        wrong: list[Wrong] = [
            (target + (target - mean), "adding the gap to the target once"),
            (target, "scoring the target itself"),
            (target * n - mean * (n - 1), "miscounting the tests"),
            (mean + n * (target - mean), "forgetting the new test's own share"),
        ]
        steps = [
            f"The {n} tests so far total {n} × {mean} = {n * mean}.",
            (f"For a mean of {target} over {n + 1} tests the total must be {n + 1} × {target} = "
            f"{(n + 1) * target}."),
            f"Needed score = {(n + 1) * target} − {n * mean} = {need}.",
        ]
        data = {"kind": "average", "ask": "needed", "count": n, "mean": mean,
                "target_mean": target, "form": "integer"}
        return data, need, wrong, steps, 2.0
    if style == "removed":
        scene = draw.pick(REMOVED_SCENES_KEYS)
        lo, hi = REMOVED_SCENES[scene][3:]
        for _ in range(100):
            n = draw.between(4, 10)
            mean = draw.between(lo, hi)
            new_mean = mean + draw.between(-6, 6)
            removed = n * mean - (n - 1) * new_mean
            if new_mean != mean and lo <= min(removed, new_mean) and max(removed, new_mean) <= hi:
                break
        else:  # pragma: no cover
            scene, n, mean, new_mean, removed = "numbers", 5, 20, 18, 28
        wrong = [
            (mean - new_mean + mean if mean - new_mean + mean > 0 else None,
             "moving the mean by the change once"),
            (abs(mean - new_mean) * n, "multiplying the change by the count"),
            (n * new_mean - (n - 1) * mean if n * new_mean - (n - 1) * mean > 0 else None,
             "swapping the two means"),
            (mean, "giving the old mean"),
        ]
        steps = [
            f"Total of the {n} numbers = {n} × {mean} = {n * mean}.",
            f"Total of the {n - 1} left = {n - 1} × {new_mean} = {(n - 1) * new_mean}.",
            f"Removed number = {n * mean} − {(n - 1) * new_mean} = {removed}.",
        ]
        data = {"kind": "average", "ask": "removed", "scene": scene, "count": n, "mean": mean,
                "new_mean": new_mean, "form": "integer"}
        return data, removed, wrong, steps, 4.0
    k = 3 if level == "hard" else 2
    for _ in range(100):
        sizes = [draw.between(5, 30) for _ in range(k)]
        means = [draw.between(50, 90) for _ in range(k)]
        total = sum(n * m for n, m in zip(sizes, means))
        value = units(total * 100, sum(sizes))
        if len(set(sizes)) == k and len(set(means)) == k and value is not None:
            break
    else:  # pragma: no cover
        sizes, means = [20, 30, 50][:k], [70, 80, 64][:k]  # means 76 and 71.2
        total = sum(n * m for n, m in zip(sizes, means))
        value = total * 100 // sum(sizes)
    swapped = sum(n * m for n, m in zip(sizes, means[1:] + means[:1]))
    two = k == 2
    wrong = [
        (units(sum(means) * 100, k),
         f"averaging the {'two ' if two else ''}means without weighting"),
        (units(swapped * 100, sum(sizes)),
         "weighting each mean by the other group" if two else
         "weighting each mean by another group"),
        (units(total * 100, max(sizes)),
         f"dividing by the {'larger' if two else 'largest'} group only"),
        (max(means) * 100, f"taking the {'higher' if two else 'highest'} mean"),
    ]
    which = ("first", "second", "third")
    steps = [
        ("Total of " + "; of ".join(
            f"the {which[i]} group = {n} × {m} = {n * m}" if i == 0 else
            f"the {which[i]} = {n} × {m} = {n * m}"
            for i, (n, m) in enumerate(zip(sizes, means))) + "."),
        (f"Combined mean = ({' + '.join(str(n * m) for n, m in zip(sizes, means))}) ÷ "
        f"{sum(sizes)} = {fmt(value, 'decimal')}."),
    ]
    data = {"kind": "average", "ask": "combined",
            "groups": [{"count": n, "mean": m} for n, m in zip(sizes, means)],
            "count": sum(sizes), "mean": None, "form": "decimal"}
    return data, value, wrong, steps, 3.0 + 0.5 * (k - 2)


DRAWS = {"share": _share, "share_difference": _share_difference, "combine": _combine,
         "proportion": _proportion, "mixture": _mixture, "average": _average}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    return draft(DRAWS, LEVELS, params, rng)


# -- wording -------------------------------------------------------------------------------


def _dollars(numeric: bool) -> str:
    return " Give the answer in dollars." if numeric else ""


def _share_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    parts = data["parts"]
    names = draw.distinct(FIRST_NAMES, len(parts))
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    return (f"{listed} share {fmt(100 * data['total'], 'money')} in the ratio "
            f"{':'.join(map(str, parts))} (in that order). How much does "
            f"{names[data['who']]} get?{_dollars(numeric)}")


def _share_difference_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    if len(data["parts"]) == 3:
        x, y, z = draw.distinct(FIRST_NAMES, 3)
        return (f"{x}, {y} and {z} share some money in the ratio "
                f"{':'.join(map(str, data['parts']))} (in that order). {x} gets "
                f"${data['difference']} more than {z}. How much does {y} get?"
                f"{_dollars(numeric)}")
    a, b = data["parts"]
    x, y = draw.distinct(FIRST_NAMES, 2)
    return (f"{x} and {y} share some money in the ratio {a}:{b}. {x} gets "
            f"${data['difference']} more than {y}. How much money is shared in total?"
            f"{_dollars(numeric)}")


def _combine_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    where, (a, b, c, d) = RATIO_SCENES[data.get("scene", "letters")]
    if where:
        place = where.format(town=draw.pick(TOWNS))
        pairs = [(a, b, data["a_b"]), (b, c, data["b_c"])] + (
            [(c, d, data["c_d"])] if "c_d" in data else [])
        told = [f"the ratio of {x} to {y} is {r[0]}:{r[1]}" for x, y, r in pairs]
        last = d if "c_d" in data else c
        listed = ", ".join(told[:-1]) + " and " + told[-1]
        return (f"{place[0].upper()}{place[1:]}, {listed}. What is the ratio of {a} to {last} "
                "in lowest terms?" + (" Write it as two whole numbers, like 3:4."
                                      if numeric else ""))
    if "c_d" in data:
        (a1, b1), (b2, c2), (c3, d3) = data["a_b"], data["b_c"], data["c_d"]
        return (f"The ratio A:B is {a1}:{b1}, the ratio B:C is {b2}:{c2} and the ratio C:D is "
                f"{c3}:{d3}. What is the ratio A:D in lowest terms?"
                + (" Write it as a:d." if numeric else ""))
    (a1, b1), (b2, c2) = data["a_b"], data["b_c"]
    return (f"The ratio A:B is {a1}:{b1} and the ratio B:C is {b2}:{c2}. What is the ratio "
            "A:C in lowest terms?" + (" Write it as a:c." if numeric else ""))


def _proportion_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    base, new = data["base"], data["new"]
    if data["ask"] == "days":
        crew, job = CREWS[data.get("scene", "workers")][:2]
        job = job.format(town=draw.pick(TOWNS))
        return (f"{base['workers']} {crew}, all working at the same steady rate, {job} in "
                f"{base['days']} days. How many days would {new['workers']} such {crew} take "
                "to do the same job?")
    goods = data["goods"]
    if base["hours"] == 1 and new["hours"] == 1:
        return (f"{base['machines']} identical machines make {base['output']:,} {goods} in "
                f"an hour. How many {goods} do {new['machines']} such machines make in "
                "an hour?")
    return (f"{base['machines']} identical machines make {base['output']:,} {goods} in "
            f"{base['hours']} hours. How many {goods} do {new['machines']} such machines "
            f"make in {new['hours']} hours, working at the same rate?")


def _mixture_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    stuff = data["substance"]
    if data["ask"] == "water":
        part = data["parts"][0]
        vessel = draw.pick(("tank", "drum", "barrel", "canister"))
        return (f"A {vessel} in a workshop in {draw.pick(TOWNS)} holds {_litres(part['litres'])} "
                "of a solution that is "
                f"{part['percent']}% {stuff} by volume. How many litres of water must be "
                f"added to make it {data['target_percent']}% {stuff}?")
    (a, b) = data["parts"]
    return (f"{_litres(a['litres'])} of a solution that is {a['percent']}% {stuff} by "
            f"volume {'is' if a['litres'] == 1 else 'are'} mixed with "
            f"{_litres(b['litres'])} of a solution that is {b['percent']}% "
            f"{stuff}. What percentage of the mixture is {stuff}?")


def _average_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    name = draw.pick(FIRST_NAMES)
    if data["ask"] == "needed":
        return (f"{name}'s mean score on {data['count']} tests is {data['mean']}. What must "
                f"{name} score on the next test to raise the mean of all "
                f"{data['count'] + 1} tests to {data['target_mean']}?")
    if data["ask"] == "removed":
        items, what, unit = REMOVED_SCENES[data.get("scene", "numbers")][:3]
        if not what:
            return (f"The mean of {data['count']} numbers is {data['mean']}. When one of the "
                    f"numbers is removed, the mean of the other {data['count'] - 1} is "
                    f"{data['new_mean']}. What number was removed?")
        items = items.format(town=draw.pick(TOWNS))
        return (f"The mean {what} of {data['count']} {items} is {data['mean']}{unit}. Leaving "
                f"one of them out, the mean {what} of the other {data['count'] - 1} is "
                f"{data['new_mean']}{unit}. What is the {what} of the one left out"
                + (f", in {unit.strip()}?" if unit.strip() != "°C" else ", in °C?"))
    if len(data["groups"]) == 3:
        g1, g2, g3 = data["groups"]
        return (f"Three classes sit the same test. A class of {g1['count']} students has a mean "
                f"mark of {g1['mean']}, a class of {g2['count']} students a mean of "
                f"{g2['mean']} and a class of {g3['count']} students a mean of {g3['mean']}. "
                "What is the mean mark of all the students together?")
    g1, g2 = data["groups"]
    return (f"A class of {g1['count']} students has a mean mark of {g1['mean']} and a class of "
            f"{g2['count']} students has a mean mark of {g2['mean']}. What is the mean mark of "
            "all the students together?")


PROMPTS = {"share": _share_prompt, "share_difference": _share_difference_prompt,
           "combine": _combine_prompt, "proportion": _proportion_prompt,
           "mixture": _mixture_prompt, "average": _average_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    return wording(PROMPTS, draft, params, rng)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "share": (
        "Add the ratio's parts, find one part's value, then multiply."
    ),
    "share_difference": (
        "The difference in parts is known: its value gives one part, and one part gives "
        "everything."
    ),
    "proportion": (
        "Scale both sides by the same factor: find the factor from the known pair."
    ),
    "average": (
        "Total = mean × count: change the total, then divide by the new count."
    ),
    "combine": (
        "Give the shared term one value in both ratios, then read the three-way ratio."
    ),
    "mixture": (
        "Track the amount of the pure ingredient: it stays fixed when only water is "
        "added."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort_ratio
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (2.0, 3.0), "medium": (2.5, 4.0),
                                         "hard": (3.0, 5.5)}
