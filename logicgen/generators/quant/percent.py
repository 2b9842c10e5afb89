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
percentage of the cost, three- or four-year compound interest). ``score`` =
number of percentage steps (one per change or compounded year; a points gap one;
simple interest, a change in percent of the old rate and markup then discount
two) + 1 for running changes backwards + 1 for compounding + 1 for a profit
percentage + 0.5 for a decrease among increases in a chain of changes.

>>> import logicgen
>>> item = logicgen.generate("quant.percent", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
Chen deposits $8,000.00 in an account paying 15% a year interest compounded once a year (each
year's interest is added to the balance). Nothing else is paid in or taken out for 2 years. How
much interest has been earned in total?
>>> item.choices, item.answer
(('$2,400.00', '$10,580.00', '$4,167.00', '$2,580.00', '$1,200.00'), '$2,580.00')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.generators.quant._quant import Drawn, Wrong, draft, wording
from logicgen.kit import Draft, Draw, Wording, fmt
from logicgen.kit.forms import Value, units
from logicgen.registry import KindParams, family
from logicgen.solve.arithmetic import solve_percent

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("successive", "reverse", "points", "profit", "interest")
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("successive", "reverse", "points", "interest"),
    "medium": ("successive", "reverse", "points", "profit", "interest"),
    "hard": ("successive", "reverse", "profit", "interest"),
}
CHANGES = (5, 10, 15, 20, 25, 30, 40, 50)
ITEMS = ("jacket", "bicycle", "laptop", "sofa", "camera", "watch", "lamp", "printer")
RATES = ("unemployment rate in a town", "interest rate on a savings account",
         "sales tax rate in a state", "share of late deliveries at a depot",
         "error rate of a machine")


@family("quant.percent", version=3, solver=solve_percent,
        summary="Percentages: successive changes, reversing, points vs percent, profit, interest")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS`, or ``mixed`` (default) to draw by difficulty."""

    KINDS = KINDS


def _factor(p: int) -> str:
    return f"{(100 + p) / 100:g}"


def _successive(draw: Draw, level: str) -> Drawn:
    k = {"easy": 2, "medium": 2, "hard": 3}[level]
    for _ in range(100):
        changes = [draw.pick(CHANGES) * (1 if draw.random() < 0.5 else -1) for _ in range(k)]
        if level == "easy":
            changes = [changes[0], -changes[0] if draw.random() < 0.6 else changes[0]]
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
        changes, value = [20, -20], -400
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
    data = {"kind": "successive", "changes": changes, "form": "signed_percent"}
    score = k + (0.5 if len({p > 0 for p in changes}) > 1 else 0)
    return data, value, wrong, steps, score


def _reverse(draw: Draw, level: str) -> Drawn:
    k = {"easy": 1, "medium": 2, "hard": 3}[level]
    for _ in range(300):
        original = draw.between(4, 120) * (500 if level != "easy" else 100)  # cents
        changes = [draw.pick(CHANGES[:6]) * (1 if draw.random() < 0.6 else -1) for _ in range(k)]
        after: int | None = original
        for p in changes:
            after = None if after is None else units(after * (100 + p), 100)
        if after is not None and after != original:
            final = after
            break
    else:  # pragma: no cover
        original, changes, final = 8000, [25], 10000
    p = changes[-1]
    wrong: list[Wrong] = [
        (units(final * (100 - sum(changes)), 100), ("taking the percentage off the new price "
         "instead of dividing")),
        (final - 100 * sum(changes), "subtracting the percentage as dollars"),
        (units(final * 100, 100 - p) if p < 100 else None, "dividing by the wrong factor"),
        (final, "giving the new price"),
        (units(final * (100 + sum(changes)), 100), "applying the change again"),
    ]
    factors = " × ".join(_factor(q) for q in changes)
    product = 1
    for q in changes:
        product *= 100 + q
    # The factor has at most 2k decimals; write it exactly (``:g`` would round at six digits).
    whole, rest = divmod(product, 100**k)
    total_factor = str(whole) + (f".{rest:0{2 * k}d}".rstrip("0") if rest else "")
    steps = [
        f"The new price is the old one × {factors}" +
        (f" = × {total_factor}" if k > 1 else "") + ".",
        f"So old price = {fmt(final, 'money')} ÷ {total_factor} = {fmt(original, 'money')}.",
        f"Check: {fmt(original, 'money')} × {total_factor} = {fmt(final, 'money')}.",
    ]
    data = {"kind": "reverse", "changes": changes, "final": f"{final // 100}.{final % 100:02d}",
            "form": "money"}
    mixed = len({q > 0 for q in changes}) > 1
    return data, original, wrong, steps, k + 1 + (0.5 if mixed else 0)


def _points(draw: Draw, level: str) -> Drawn:
    ask = "points" if level == "easy" else "percent"
    for _ in range(100):
        old = draw.pick((2, 4, 5, 8, 10, 12, 15, 16, 20, 25, 40))
        new = old + draw.pick((1, 2, 3, 4, 5, 6, 8, 10)) * (1 if draw.random() < 0.7 else -1)
        change = units((new - old) * 10000, old)  # hundredths of a percent
        if new > 0 and change is not None:
            break
    else:  # pragma: no cover
        old, new, change = 8, 10, 2500
    if ask == "points":
        gap = abs(new - old)
        value = 100 * gap
        wrong: list[Wrong] = [
            (abs(change), "giving the change in percent of the old rate"),
            (units(gap * 10000, new), "dividing by the new rate"),
            (100 * (new + old), "adding the rates"),
            (1000 * gap, "multiplying by 10"),
        ]
        steps = [
            "Percentage points measure the plain difference between two percentages.",
            f"{max(new, old)}% − {min(new, old)}% = {gap} percentage points.",
        ]
        data = {"kind": "points", "old_rate": old, "new_rate": new, "ask": "points",
                "form": "decimal"}
        return data, value, wrong, steps, 1.0
    value = change
    wrong = [
        (100 * (new - old), "confusing percentage points with percent"),
        (units((new - old) * 10000, new), "dividing by the new rate"),
        (units(new * 10000, old), "giving the new rate as a percentage of the old one"),
        (units((old - new) * 10000, old), "getting the direction wrong"),
    ]
    steps = [
        f"The rate moved by {new} − {old} = {new - old} percentage points.",
        (f"As a percentage of the old rate: {new - old} ÷ {old} × 100 = "
        f"{fmt(value, 'signed_percent')}."),
    ]
    data = {"kind": "points", "old_rate": old, "new_rate": new, "ask": "percent",
            "form": "signed_percent"}
    return data, value, wrong, steps, 2.0


def _profit(draw: Draw, level: str) -> Drawn:
    ask = "percent" if level == "hard" else "price"
    for _ in range(100):
        cost = draw.between(2, 60) * 500  # cents
        markup = draw.pick((20, 25, 30, 40, 50, 60, 75, 80, 100))
        discount = draw.pick((10, 15, 20, 25, 30, 40, 50))
        marked = units(cost * (100 + markup), 100)
        sold = None if marked is None else units(marked * (100 - discount), 100)
        if marked is None or sold is None or sold == cost:
            continue
        share = units((sold - cost) * 10000, cost)
        if share is not None and markup != discount:
            price, pct, mark = sold, share, marked
            break
    else:  # pragma: no cover
        cost, markup, discount, mark, price, pct = 10000, 50, 20, 15000, 12000, 2000
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
    data = {"kind": "profit", "cost": f"{cost // 100}.{cost % 100:02d}", "markup": markup,
            "discount": discount, "ask": ask, "form": form}
    return data, value, wrong, steps, 2.0 + (1 if ask == "percent" else 0)


def _interest(draw: Draw, level: str) -> Drawn:
    scheme = "simple" if level == "easy" else "compound"
    ask = draw.pick(("balance", "interest"))
    for _ in range(100):
        principal = draw.pick((1000, 2000, 2500, 4000, 5000, 8000, 10000, 12000, 20000)) * 100
        rate = draw.pick((2, 3, 4, 5, 6, 8, 10, 12, 15, 20))
        years = {"easy": draw.between(2, 3), "medium": 2, "hard": draw.between(3, 4)}[level]
        simple = principal + principal * rate * years // 100
        compound = units(principal * (100 + rate) ** years, 100**years)
        if compound is not None:
            break
    else:  # pragma: no cover
        principal, rate, years, simple, compound = 100000, 10, 2, 120000, 121000
    if scheme == "compound":
        balance = compound
        other = simple
        one_less = units(principal * (100 + rate) ** (years - 1), 100 ** (years - 1))
        one_more = units(principal * (100 + rate) ** (years + 1), 100 ** (years + 1))
        lines = []
        b = principal
        for y in range(1, years + 1):
            nb = b * (100 + rate) // 100
            lines.append(f"year {y}: {fmt(b, 'money')} + {rate}% = {fmt(nb, 'money')}")
            b = nb
        steps = [
            (f"Compound interest: each year's interest is {rate}% of the balance at the start "
            "of that year."),
            "; ".join(lines) + ".",
            f"(Same as {fmt(principal, 'money')} × {_factor(rate)}^{years}.)",
        ]
        mistake = "using simple interest instead of compound"
    else:
        balance = simple
        other = compound
        one_less = principal + principal * rate * (years - 1) // 100
        one_more = principal + principal * rate * (years + 1) // 100
        steps = [
            (f"Simple interest: {rate}% of the original {fmt(principal, 'money')} each year, "
            f"that is {fmt(principal * rate // 100, 'money')} a year."),
            (f"Over {years} years: {years} × {fmt(principal * rate // 100, 'money')} = "
            f"{fmt(simple - principal, 'money')} of interest."),
        ]
        mistake = "compounding when the interest is simple"
    if ask == "interest":
        value: Value = balance - principal
        wrong: list[Wrong] = [
            (other - principal, mistake),
            (balance, "giving the final balance instead of the interest"),
            (None if one_less is None else one_less - principal, "counting one year too few"),
            (None if one_more is None else one_more - principal, "counting one year too many"),
            (principal * rate // 100, "giving one year's interest"),
        ]
        steps.append(f"Interest earned = {fmt(value, 'money')}.")
    else:
        value = balance
        wrong = [
            (other, mistake),
            (balance - principal, "giving the interest instead of the balance"),
            (one_less, "counting one year too few"),
            (one_more, "counting one year too many"),
            (principal + principal * rate // 100, "adding one year's interest only"),
        ]
        steps.append(f"Final balance = {fmt(value, 'money')}.")
    data = {"kind": "interest", "scheme": scheme, "principal": principal // 100, "rate": rate,
            "years": years, "ask": ask, "form": "money"}
    return data, value, wrong, steps, 1.0 + (years if scheme == "compound" else 1)


DRAWS = {"successive": _successive, "reverse": _reverse, "points": _points,
         "profit": _profit, "interest": _interest}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    return draft(DRAWS, LEVELS, params, rng)


# -- wording -------------------------------------------------------------------------------


def _change_text(p: int, first: bool) -> str:
    verb = "raised" if p > 0 else "cut"
    return f"{verb} by {abs(p)}%" if first else f"then {verb} by {abs(p)}%"


def _story(data: dict[str, Any]) -> str:
    return ", ".join(_change_text(p, i == 0) for i, p in enumerate(data["changes"]))


def _successive_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    return (f"The price of a {draw.pick(ITEMS)} is {_story(data)}, each change applied to the "
            "price left by the one before. By what percentage has the price changed overall, "
            "compared with the original price? (Give a rise as a positive and a fall as a "
            "negative percentage.)")


def _reverse_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    return (f"The price of a {draw.pick(ITEMS)} was {_story(data)}. It now costs "
            f"${data['final']}. What did it cost before the change"
            + ("s" if len(data["changes"]) > 1 else "") + "?"
            + (" Give the answer in dollars." if numeric else ""))


def _points_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(ITEMS)  # drawn for every kind, used by the price stories
    what = draw.pick(RATES)
    old, new = data["old_rate"], data["new_rate"]
    moved = f"The {what} {'rose' if new > old else 'fell'} from {old}% to {new}%."
    if data["ask"] == "points":
        return (f"{moved} By how many percentage points did it "
                f"{'rise' if new > old else 'fall'}?")
    return (f"{moved} By what percentage of its old value did the rate change? (Give a rise "
            "as a positive and a fall as a negative percentage.)")


def _profit_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    thing = draw.pick(ITEMS)
    story = (f"{draw.pick(FIRST_NAMES)} buys a {thing} for ${data['cost']}, marks the price up "
             f"by {data['markup']}%, and then sells it at {data['discount']}% off the marked "
             "price.")
    if data["ask"] == "price":
        return story + " What is the selling price?" + (
            " Give the answer in dollars." if numeric else "")
    return story + (" What is the profit as a percentage of the cost? (Give a loss as a "
                    "negative percentage.)")


def _interest_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(ITEMS)
    scheme = ("simple interest" if data["scheme"] == "simple" else
              "interest compounded once a year (each year's interest is added to the balance)")
    question = ("How much interest has been earned in total?" if data["ask"] == "interest"
                else "What is the balance at the end?")
    return (f"{draw.pick(FIRST_NAMES)} deposits {fmt(100 * data['principal'], 'money')} in an "
            f"account paying {data['rate']}% a year {scheme}. Nothing else is paid in or taken "
            f"out for {data['years']} years. {question}"
            + (" Give the answer in dollars." if numeric else ""))


PROMPTS = {"successive": _successive_prompt, "reverse": _reverse_prompt,
           "points": _points_prompt, "profit": _profit_prompt, "interest": _interest_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    return wording(PROMPTS, draft, params, rng)
