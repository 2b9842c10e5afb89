"""Percentages: successive changes, reversing a change, points versus percent, profit and
loss, simple and compound interest.

Kinds (``data["kind"]``):

* ``successive``: two or three percentage changes applied one after the other
  (each to the value left by the one before); the overall change in percent;
* ``reverse``: the price after one, two or three changes is given; what was it
  before;
* ``points``: a rate moves from a% to b%; the change in percentage points, or
  the change in percent of the old rate;
* ``profit``: goods bought at a cost, marked up by m% and sold at a discount of
  d% off the marked price; the selling price, or the profit (loss) as a
  percentage of the cost;
* ``interest``: a deposit earns simple or compound (once a year) interest; the
  final balance or the interest earned.

Every story is a scenario of :mod:`logicgen.data.scenarios` (``data["scenario"]``)
whose numbers stay in the realistic ranges listed in ``docs/scenarios.md``: a
price, rent, salary, population, share price, website visitors or bakery sales
changing (each scenario with its own sizes of rises and falls); fifteen rates
such as unemployment (2–12%), sales tax (3–10%) or a machine's error rate
(0.5–8%) moving between two years; twenty goods with their usual shop prices; and
savings, fixed-term deposits, car loans and personal loans with their usual
yearly rates (savings 0.5–6%, personal loans 6–15%). Compound items are drawn so
that compounding adds at least $1 over simple interest.

Numbers are drawn so every answer is exact: whole cents, and percentages with
at most two decimals. The generator uses closed forms (multiplying factors,
``P(1 + r)^t``, ``X / (1 + p)``); the solver
(:func:`logicgen.solve.arithmetic.solve_percent`) carries a value through each
change, year or step in turn, and answers "what was it before?" by running the
story forwards from two trial values and solving the straight line.

Distractors are named mistakes: adding the percentages instead of compounding
them, the wrong sign of the cross term, taking the percentage off the new price
instead of dividing, confusing percentage points with percent, dividing by the
new rate, profit as a share of the selling price, subtracting the discount from
the markup, simple interest for compound (and the reverse), interest for the
balance, one year too few or too many.

Difficulty: ``easy`` has one step (a change and its reverse, reversing one
change, percentage points, simple interest); ``medium`` two steps (two changes of
different sizes, reversing two changes, a change in percent of the old rate, the
selling price after markup then discount, two-year compound interest); ``hard``
three steps (three changes, reversing three changes, the profit or loss as a
percentage of the cost, three-year (now and then four-year) compound interest).

``score`` is the solver's measured effort, :func:`logicgen.solve.arithmetic.effort_percent`:
1 per change or compounded year, 1 for a points gap, 2 for simple interest or a
change in percent of the old rate, 1 each for markup and discount and 1 for a
profit percentage, plus half of each rate's cost as a multiplier (free for a
multiple of 25%, half a step for a multiple of 5%, 1 for any other) and a
quarter step per significant digit beyond two of the longest amount. Each level
keeps the items within its band (:data:`BANDS`): hard items need three changes
or years, or a profit percentage (3 steps or more).

>>> import logicgen
>>> item = logicgen.generate("quant.percent", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
Dev takes out a car loan of $25,000.00 at 4% a year interest added to the amount owed once a
year. Nothing is paid back and nothing more is borrowed for 2 years. How much interest is owed
in total?
>>> item.choices, item.answer
(('$2,000.00', '$3,121.60', '$2,090.00', '$2,040.00', '$1,000.00'), '$2,040.00')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from math import gcd, lcm
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.data.scenarios import CHANGING, GOODS, INTEREST, RATE_SCENES, TOWNS
from logicgen.generators.quant._quant import Drawn, Wrong, draft, wording
from logicgen.kit import Draft, Draw, Wording, fmt
from logicgen.kit.forms import Value, units
from logicgen.registry import KindParams, family
from logicgen.solve.arithmetic import effort_percent, solve_percent

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("successive", "reverse", "points", "profit", "interest")
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("successive", "reverse", "points", "interest"),
    "medium": ("successive", "reverse", "points", "profit", "interest"),
    "hard": ("successive", "reverse", "profit", "interest"),
}
#: The quantities a reverse item asks for (money amounts); prices twice as often.
REVERSE_SCENES = ("price", "price", "rent", "salary", "share_price")
#: Steps of the amount before the changes, in whole dollars, by scenario.
REVERSE_STEP = {"price": 5, "rent": 50, "salary": 1000, "share_price": 1}
GOOD_NAMES = tuple(GOODS)
CHANGING_SCENES = tuple(CHANGING)
RATE_NAMES = tuple(RATE_SCENES)
INTEREST_SCENES = tuple(INTEREST)
MARKUPS = (20, 25, 30, 40, 50, 60, 75, 80, 100)
DISCOUNTS = (10, 15, 20, 25, 30, 40, 50)


@family("quant.percent", version=3, solver=solve_percent,
        summary="Percentages: successive changes, reversing, points vs percent, profit, interest")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS`, or ``mixed`` (default) to draw by difficulty."""

    KINDS = KINDS


def _factor(p: int) -> str:
    return f"{(100 + p) / 100:g}"


def _pc(tenths: int) -> str:
    """A percentage given in tenths of a percent, as text: ``35`` → ``3.5``."""
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


def _pc_data(tenths: int) -> int | str:
    """The same for ``data``: a whole percent stays an int, others are exact text."""
    return tenths // 10 if tenths % 10 == 0 else _pc(tenths)


def _change(draw: Draw, spec: dict[str, Any]) -> int:
    """One signed change drawn from the scenario's rises or falls."""
    if draw.random() < 0.5:
        return int(draw.pick(spec["rise"]))
    return -int(draw.pick(spec["fall"]))


def _successive(draw: Draw, level: str) -> Drawn:
    k = {"easy": 2, "medium": 2, "hard": 3}[level]
    scene = draw.pick(CHANGING_SCENES)
    spec = CHANGING[scene]
    for _ in range(100):
        changes = [_change(draw, spec) for _ in range(k)]
        if level == "easy":
            p = changes[0]
            back = abs(p) in spec["fall" if p > 0 else "rise"]
            changes = [p, -p if draw.random() < 0.6 and back else p]
        product = 1
        for p in changes:
            product *= 100 + p
        value = units(product, 100 ** (k - 2))  # overall factor in hundredths of a percent
        if value is not None:
            value -= 10000
            if level == "medium" and abs(changes[0]) == abs(changes[1]):
                continue  # a change and its reverse (or its repeat) is the easy item
            if value != 100 * sum(changes) or level == "hard":
                break
    else:  # pragma: no cover
        scene, changes, value = "price", [20, -20], -400
    total = 100 * sum(changes)
    cross = value - total
    wrong: list[Wrong] = [
        (total, "adding the percentages"),
        (total - cross, "giving the cross term the wrong sign"),
        (-value if value else None, "mixing up increase and decrease"),
        (units(total, k), "averaging the changes"),
        (cross if cross != value else None, "keeping only the cross term"),
    ]
    factors = " × ".join(_factor(p) for p in changes)
    steps = [
        ("Each change applies to the value left by the one before, so multiply the factors "
        "(a rise of p% is × (1 + p/100), a fall × (1 − p/100))."),
        f"Overall factor = {factors} = {(value + 10000) / 10000:g}.",
        f"Overall change = {(value + 10000) / 10000:g} − 1 = {fmt(value, 'signed_percent')}.",
    ]
    data = {"kind": "successive", "scenario": scene, "changes": changes,
            "form": "signed_percent"}
    score = k + (0.5 if len({p > 0 for p in changes}) > 1 else 0)
    return data, value, wrong, steps, score


def _money_range(scene: str, good: str | None) -> tuple[int, int]:
    return GOODS[good] if good is not None else CHANGING[scene]["money"]


def _reverse(draw: Draw, level: str) -> Drawn:
    k = {"easy": 1, "medium": 2, "hard": 3}[level]
    scene = draw.pick(REVERSE_SCENES)
    good = draw.pick(GOOD_NAMES) if scene == "price" else None
    spec = CHANGING[scene]
    lo, hi = _money_range(scene, good)
    step = 1 if level == "easy" and scene == "price" else REVERSE_STEP[scene]
    # Salaries (and rents, but for three changes) stay in whole dollars.
    cents = scene == "price" or scene == "share_price" or (scene == "rent" and k == 3)
    for _ in range(300):
        changes = [_change(draw, spec) for _ in range(k)]
        # The original must be a multiple of `unit` cents for every amount along the way to
        # be whole cents (and the last whole dollars when asked): draw it among those.
        unit, product = step * 100, 1
        for j, q in enumerate(changes, 1):
            product *= 100 + q
            unit = lcm(unit, 100**j // gcd(product, 100**j))
        if not cents:
            unit = lcm(unit, 100 ** (k + 1) // gcd(product, 100 ** (k + 1)))
        first, last = -(-lo * 100 // unit), hi * 100 // unit
        if first > last:
            continue
        original = draw.between(first, last) * unit  # cents
        final = original * product // 100**k
        if final != original and lo * 100 <= final <= hi * 100:
            break
    else:  # pragma: no cover
        scene, good, original, changes, final = "price", "lamp", 8000, [25], 10000
    p = changes[-1]
    wrong: list[Wrong] = [
        (units(final * (100 - sum(changes)), 100), ("taking the percentage off the new amount "
         "instead of dividing")),
        (final - 100 * sum(changes), "subtracting the percentage as dollars"),
        (units(final * 100, 100 - p) if p < 100 else None, "dividing by the wrong factor"),
        (final, "giving the new amount"),
        (units(final * (100 + sum(changes)), 100), "applying the change again"),
    ]
    factors = " × ".join(_factor(q) for q in changes)
    product = 1
    for q in changes:
        product *= 100 + q
    # The factor has at most 2k decimals; write it exactly (``:g`` would round at six digits).
    whole, rest = divmod(product, 100**k)
    total_factor = str(whole) + (f".{rest:0{2 * k}d}".rstrip("0") if rest else "")
    noun = spec["noun"]
    steps = [
        f"The new {noun} is the old one × {factors}" +
        (f" = × {total_factor}" if k > 1 else "") + ".",
        f"So the old {noun} = {fmt(final, 'money')} ÷ {total_factor} = {fmt(original, 'money')}.",
        f"Check: {fmt(original, 'money')} × {total_factor} = {fmt(final, 'money')}.",
    ]
    data: dict[str, Any] = {"kind": "reverse", "scenario": scene, "changes": changes,
                            "final": f"{final // 100}.{final % 100:02d}", "form": "money"}
    if good is not None:
        data["good"] = good
    mixed = len({q > 0 for q in changes}) > 1
    return data, original, wrong, steps, k + 1 + (0.5 if mixed else 0)


@cache
def _moves(scene: str) -> tuple[tuple[int, int, int], ...]:
    """The (old, new) rates of a scene in tenths of a percent, both in the range and a move
    of at most about a third of it, with the change in hundredths of a percent of the old
    rate (only moves whose change has at most two decimals)."""
    _, lo, hi, step = RATE_SCENES[scene]
    n = (hi - lo) // step
    grid = range(lo, hi + 1, step)
    found = []
    for old in grid:
        for new in grid:
            change = units((new - old) * 10000, old)
            if 1 <= abs(new - old) // step <= max(2, n // 3) and change is not None:
                found.append((old, new, change))
    return tuple(found)


def _points(draw: Draw, level: str) -> Drawn:
    ask = "points" if level == "easy" else "percent"
    scene = draw.pick(RATE_NAMES)
    old, new, change = draw.pick(_moves(scene))
    if ask == "points":
        gap = abs(new - old)
        value = 10 * gap
        wrong: list[Wrong] = [
            (abs(change), "giving the change in percent of the old rate"),
            (units(gap * 10000, new), "dividing by the new rate"),
            (10 * (new + old), "adding the rates"),
            (100 * gap, "multiplying by 10"),
        ]
        steps = [
            "Percentage points measure the plain difference between two percentages.",
            f"{_pc(max(new, old))}% − {_pc(min(new, old))}% = {_pc(gap)} percentage points.",
        ]
        data = {"kind": "points", "scenario": scene, "old_rate": _pc_data(old),
                "new_rate": _pc_data(new), "ask": "points", "form": "decimal"}
        return data, value, wrong, steps, 1.0
    value = change
    wrong = [
        (10 * (new - old), "confusing percentage points with percent"),
        (units((new - old) * 10000, new), "dividing by the new rate"),
        (units(new * 10000, old), "giving the new rate as a percentage of the old one"),
        (units((old - new) * 10000, old), "getting the direction wrong"),
    ]
    moved = _pc(new - old) if new > old else "−" + _pc(old - new)
    steps = [
        f"The rate moved by {_pc(new)} − {_pc(old)} = {moved} percentage points.",
        (f"As a percentage of the old rate: {moved} ÷ {_pc(old)} × 100 = "
         f"{fmt(value, 'signed_percent')}."),
    ]
    data = {"kind": "points", "scenario": scene, "old_rate": _pc_data(old),
            "new_rate": _pc_data(new), "ask": "percent", "form": "signed_percent"}
    return data, value, wrong, steps, 2.0


def _profit(draw: Draw, level: str) -> Drawn:
    ask = "percent" if level == "hard" else "price"
    good = draw.pick(GOOD_NAMES)
    lo, hi = GOODS[good]
    for _ in range(100):
        # The shop pays about half the usual shop price: multiples of $5 in [lo/2, hi/2].
        cost = draw.between(-(-lo // 10), hi // 10) * 500  # cents
        markup = draw.pick(MARKUPS)
        discount = draw.pick(DISCOUNTS)
        marked = units(cost * (100 + markup), 100)
        sold = None if marked is None else units(marked * (100 - discount), 100)
        if marked is None or sold is None or sold == cost:
            continue
        share = units((sold - cost) * 10000, cost)
        if share is not None and markup != discount:
            price, pct, mark = sold, share, marked
            break
    else:  # pragma: no cover
        good, cost, markup, discount, mark, price, pct = "lamp", 5000, 50, 20, 7500, 6000, 2000
    marked = mark
    steps = [
        f"Marked price = {fmt(cost, 'money')} × {_factor(markup)} = {fmt(marked, 'money')}.",
        f"Selling price = {fmt(marked, 'money')} × {_factor(-discount)} = {fmt(price, 'money')}.",
    ]
    if ask == "price":
        value: Value = price
        wrong: list[Wrong] = [
            (units(cost * (100 + markup - discount), 100), ("subtracting the discount from the "
             "markup")),
            (marked, "forgetting the discount"),
            (units(cost * (100 - discount), 100), "taking the discount off the cost"),
            (marked - cost * discount // 100, "taking the discount as a share of the cost"),
            (units(marked * 100, 100 + discount), "dividing by the discount factor"),
        ]
        form = "money"
    else:
        value = pct
        wrong = [
            (100 * (markup - discount), "subtracting the discount from the markup"),
            (units((price - cost) * 10000, price), "dividing the profit by the selling price"),
            (100 * markup, "forgetting the discount"),
            (-value, "mixing up profit and loss"),
        ]
        steps.append(
            f"Profit = {fmt(price, 'money')} − {fmt(cost, 'money')} = "
            f"{fmt(price - cost, 'money')}, which is {fmt(value, 'signed_percent')} of the cost."
        )
        form = "signed_percent"
    data = {"kind": "profit", "scenario": "shop", "good": good,
            "cost": f"{cost // 100}.{cost % 100:02d}", "markup": markup,
            "discount": discount, "ask": ask, "form": form}
    return data, value, wrong, steps, 2.0 + (1 if ask == "percent" else 0)


#: The terms in years an item may have, by difficulty.
TERMS = {"easy": (2, 3), "medium": (2,), "hard": (3, 4)}


@cache
def _deposits(scene: str, level: str) -> tuple[tuple[int, int, int, int, int], ...]:
    """(years, principal in cents, rate in tenths of a percent, simple and compound
    balances) of a scene for which every balance is whole cents and, for compound items,
    compounding adds at least $1 over simple interest. Few amounts compound to whole
    cents over four years, so most hard items run three."""
    spec = INTEREST[scene]
    scheme = "simple" if level == "easy" else "compound"
    found = []
    for years, amount in ((y, a) for y in TERMS[level] for a in spec["amounts"]):
        principal = 100 * amount
        for rate in spec["rates"]:
            yearly = units(principal * rate, 1000)  # one year's simple interest in cents
            grown = units(principal * (1000 + rate) ** years, 1000**years)
            if yearly is None or grown is None:
                continue
            simple = principal + yearly * years
            if scheme == "simple" or grown - simple >= 100:
                found.append((years, principal, rate, simple, grown))
    return tuple(found)


def _interest(draw: Draw, level: str) -> Drawn:
    scheme = "simple" if level == "easy" else "compound"
    ask = draw.pick(("balance", "interest"))
    scene = draw.pick(INTEREST_SCENES)
    spec = INTEREST[scene]
    years, principal, rate, simple, compound = draw.pick(_deposits(scene, level))
    once = principal * rate // 1000
    if scheme == "compound":
        balance = compound
        other = simple
        one_less = units(principal * (1000 + rate) ** (years - 1), 1000 ** (years - 1))
        one_more = units(principal * (1000 + rate) ** (years + 1), 1000 ** (years + 1))
        lines = []
        b = principal
        for y in range(1, years + 1):
            nb = b * (1000 + rate) // 1000  # exact: see the loop's check
            lines.append(f"year {y}: {fmt(b, 'money')} + {_pc(rate)}% = {fmt(nb, 'money')}")
            b = nb
        steps = [
            (f"Compound interest: each year's interest is {_pc(rate)}% of the balance at the "
            "start of that year."),
            "; ".join(lines) + ".",
            f"(Same as {fmt(principal, 'money')} × {1 + rate / 1000:g}^{years}.)",
        ]
        mistake = "using simple interest instead of compound"
    else:
        balance = simple
        other = compound
        one_less = principal + once * (years - 1)
        one_more = principal + once * (years + 1)
        steps = [
            (f"Simple interest: {_pc(rate)}% of the original {fmt(principal, 'money')} each "
            f"year, that is {fmt(once, 'money')} a year."),
            (f"Over {years} years: {years} × {fmt(once, 'money')} = "
            f"{fmt(simple - principal, 'money')} of interest."),
        ]
        mistake = "compounding when the interest is simple"
    owed = "amount owed" if spec["loan"] else "final balance"
    if ask == "interest":
        value: Value = balance - principal
        wrong: list[Wrong] = [
            (other - principal, mistake),
            (balance, f"giving the {owed} instead of the interest"),
            (None if one_less is None else one_less - principal, "counting one year too few"),
            (None if one_more is None else one_more - principal, "counting one year too many"),
            (once, "giving one year's interest"),
        ]
        steps.append(f"Interest = {fmt(value, 'money')}.")
    else:
        value = balance
        wrong = [
            (other, mistake),
            (balance - principal, f"giving the interest instead of the {owed}"),
            (one_less, "counting one year too few"),
            (one_more, "counting one year too many"),
            (principal + once, "adding one year's interest only"),
        ]
        steps.append(f"{owed[0].upper()}{owed[1:]} = {fmt(value, 'money')}.")
    data = {"kind": "interest", "scenario": scene, "scheme": scheme,
            "principal": principal // 100, "rate": _pc_data(rate), "years": years,
            "ask": ask, "form": "money"}
    return data, value, wrong, steps, 1.0 + (years if scheme == "compound" else 1)


DRAWS = {"successive": _successive, "reverse": _reverse, "points": _points,
         "profit": _profit, "interest": _interest}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    return draft(DRAWS, LEVELS, params, rng)


# -- wording -------------------------------------------------------------------------------
# Every prompt draws a name and a town first, used or not.


def _fill(text: str, data: dict[str, Any], draw: Draw) -> str:
    """The text with a name and a town drawn (always, so every kind draws the same) and the
    item's good (or one drawn for a story that names none)."""
    name, town = draw.pick(FIRST_NAMES), draw.pick(TOWNS)
    if "{good}" not in text:
        return text.format(name=name, town=town)
    return text.format(name=name, town=town, good=data.get("good") or draw.pick(GOOD_NAMES))


def _subject(text: str, data: dict[str, Any], draw: Draw) -> str:
    """The quantity as the start of a sentence: ``The price of a lamp``, ``Maya's salary``."""
    return _fill(text if text.startswith("{name}") else "The " + text, data, draw)


def _change_text(p: int, first: bool, verbs: tuple[str, str]) -> str:
    verb = verbs[0] if p > 0 else verbs[1]
    return f"{verb} by {abs(p)}%" if first else f"then {verb} by {abs(p)}%"


def _story(data: dict[str, Any], draw: Draw) -> str:
    """The changes in order; a quantity that rises and falls by itself gets the years."""
    verbs = CHANGING[data["scenario"]]["verbs"]
    texts = [_change_text(p, i == 0, verbs) for i, p in enumerate(data["changes"])]
    if verbs[0] != "raised":
        year = draw.between(2005, 2022)
        texts = [f"{t} in {year + i}" for i, t in enumerate(texts)]
    return ", ".join(texts)


def _is_was(data: dict[str, Any], present: bool) -> str:
    """``is`` / ``was`` before a passive verb; nothing before ``rose``, ``grew``."""
    if CHANGING[data["scenario"]]["verbs"][0] != "raised":
        return ""
    return "is " if present else "was "


def _successive_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    spec = CHANGING[data["scenario"]]
    what = _subject(spec["what"], data, draw)
    noun = spec["noun"]
    return (f"{what} {_is_was(data, True)}{_story(data, draw)}, each change applied to the "
            f"{noun} left by the one before. By what percentage has the {noun} changed "
            f"overall, compared with the original {noun}? (Give a rise as a positive and a "
            "fall as a negative percentage.)")


def _reverse_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    spec = CHANGING[data["scenario"]]
    what = _subject(spec["what"], data, draw)
    final = fmt(int(data["final"].replace(".", "")), "money")
    now = "It now costs" if data["scenario"] == "price" else "It is now"
    return (f"{what} {_is_was(data, False)}{_story(data, draw)}. {now} {final}. What was the "
            f"{spec['noun']} before the change" + ("s" if len(data["changes"]) > 1 else "")
            + "?" + (" Give the answer in dollars." if numeric else ""))


def _tenths(rate: int | str) -> int:
    """A rate from ``data`` (``3`` or ``"3.5"``) in tenths of a percent."""
    return rate * 10 if isinstance(rate, int) else int(rate.replace(".", ""))


def _points_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    what = _fill(RATE_SCENES[data["scenario"]][0], data, draw)
    old, new = _tenths(data["old_rate"]), _tenths(data["new_rate"])
    year = draw.between(2005, 2020)
    later = year + (4 if data["scenario"] == "turnout" else 1)  # elections every four years
    moved = (f"The {what} {'rose' if new > old else 'fell'} from {data['old_rate']}% in "
             f"{year} to {data['new_rate']}% in {later}.")
    if data["ask"] == "points":
        return (f"{moved} By how many percentage points did it "
                f"{'rise' if new > old else 'fall'}?")
    return (f"{moved} By what percentage of its old value did the rate change? (Give a rise "
            "as a positive and a fall as a negative percentage.)")


def _profit_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    shop = _fill("{name}", data, draw)
    story = (f"{shop} buys a {data['good']} for ${data['cost']} to sell in a shop, marks the "
             f"price up by {data['markup']}%, and then sells it at {data['discount']}% off the "
             "marked price.")
    if data["ask"] == "price":
        return story + " What is the selling price?" + (
            " Give the answer in dollars." if numeric else "")
    return story + (" What is the profit as a percentage of the cost? (Give a loss as a "
                    "negative percentage.)")


def _interest_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    name = _fill("{name}", data, draw)
    spec = INTEREST[data["scenario"]]
    amount = fmt(100 * data["principal"], "money")
    if spec["loan"]:
        scheme = ("simple interest" if data["scheme"] == "simple" else
                  "interest added to the amount owed once a year")
        question = ("How much interest is owed in total?" if data["ask"] == "interest"
                    else f"How much does {name} owe at the end?")
        return (f"{name} takes out {spec['account']} of {amount} at {data['rate']}% a year "
                f"{scheme}. Nothing is paid back and nothing more is borrowed for "
                f"{data['years']} years. {question}"
                + (" Give the answer in dollars." if numeric else ""))
    scheme = ("simple interest" if data["scheme"] == "simple" else
              "interest compounded once a year (each year's interest is added to the balance)")
    question = ("How much interest has been earned in total?" if data["ask"] == "interest"
                else "What is the balance at the end?")
    return (f"{name} puts {amount} in {spec['account']} paying {data['rate']}% a year "
            f"{scheme}. Nothing else is paid in or taken out for {data['years']} years. "
            f"{question}" + (" Give the answer in dollars." if numeric else ""))


PROMPTS = {"successive": _successive_prompt, "reverse": _reverse_prompt,
           "points": _points_prompt, "profit": _profit_prompt, "interest": _interest_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    return wording(PROMPTS, draft, params, rng)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "interest": (
        "Simple interest = principal × rate × years; compound interest multiplies by (1 +"
        " rate) each year."
    ),
    "points": (
        "Percentage points subtract rates; percent change divides the difference by the "
        "old rate."
    ),
    "successive": (
        "Chain changes as factors: +20% then −10% is × 1.2 × 0.9, not +10%."
    ),
    "reverse": (
        "To undo a change, divide by its factor: after +25% the old price is new ÷ 1.25."
    ),
    "profit": (
        "Chain a markup and a discount as factors on the cost price; profit percent is "
        "profit ÷ cost × 100."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort_percent
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.0), "medium": (2.0, 4.0),
                                         "hard": (3.0, 6.0)}
