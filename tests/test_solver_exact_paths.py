"""The solvers' integer shortcuts agree with plain Fraction arithmetic.

``logicgen.solve.exhibit`` and ``logicgen.solve.arithmetic`` keep whole numbers
as ints, carry sums as integer numerators and denominators, compare options by
cross-multiplying and cache pure helpers, because Fraction arithmetic is what
made checking an item slow. Each test below works the same quantity the direct
way, with Fractions, as the module docstrings define it, over values the
generators never produce too (zero, negative, decimal and fractional text), so
a shortcut that drifted from the definition would fail here.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st

from logicgen.answers import parse_number
from logicgen.solve import arithmetic, exhibit

whole = st.integers(min_value=-5000, max_value=5000)
positive = st.integers(min_value=1, max_value=5000)
exact = st.fractions(min_value=-500, max_value=500, max_denominator=40)
#: these properties are cheap: many more examples than the suite's default
many = settings(max_examples=100)


def _outcome(fn, *args):
    """A function's value, or the type of the error it raised."""
    try:
        return fn(*args)
    except (ZeroDivisionError, ValueError) as exc:
        return type(exc)


@many
@given(num=exact, den=exact)
@example(num=Fraction(1, 2), den=Fraction(1))  # whole numerators, not a whole quotient
def test_effort_division_matches_fraction_division(num: Fraction, den: Fraction) -> None:
    def direct(n: Fraction, d: Fraction) -> float:
        digits = exhibit._effort_digits(d)
        return 1.0 + 0.25 * max(0, digits - 1) + (0.5 if (n / d).denominator != 1 else 0.0)

    assert _outcome(exhibit._effort_div, num, den) == _outcome(direct, num, den)


@many
@given(p=exact)
def test_effort_percent_matches_fraction_remainders(p: Fraction) -> None:
    p_abs = abs(p)
    expected = 1.5 if p_abs.denominator != 1 else (
        0.0 if p_abs % 25 == 0 else 0.5 if p_abs % 5 == 0 else 1.0)
    assert exhibit._effort_percent(p) == expected


@many
@given(x=exact)
def test_effort_digits_match_the_definition(x: Fraction) -> None:
    size = abs(x)
    if size.denominator != 1:
        expected = len(str(size.numerator)) + len(str(size.denominator))
    else:
        expected = len(str(size.numerator).rstrip("0") or "0")
    assert exhibit._effort_digits(x) == expected
    if x.denominator == 1:  # an int as shown counts the same as its Fraction
        assert exhibit._effort_digits(int(x)) == expected


@many
@given(shown=exact, value=exact, form=st.sampled_from(["integer", "percent", "signed_percent",
                                                       "decimal", "money"]),
       percent_sign=st.booleans())
def test_exhibit_options_compare_like_fractions(shown: Fraction, value: Fraction, form: str,
                                                percent_sign: bool) -> None:
    text = (f"{shown.numerator}/{shown.denominator}" if shown.denominator > 1
            else str(shown.numerator)) + ("%" if percent_sign else "")
    number = parse_number(text)
    if form in ("percent", "signed_percent"):
        expected = percent_sign and number is not None and number * 100 == value
    else:
        expected = number is not None and number == value
    assert exhibit._matches(text, value, form) == expected


@many
@given(rows=st.lists(st.lists(positive, min_size=3, max_size=3), min_size=1, max_size=4),
       op=st.sampled_from(["difference", "total", "average", "change", "share", "ratio"]),
       decimal=st.booleans())
def test_exhibit_value_matches_fraction_definitions(rows: list[list[int]], op: str,
                                                   decimal: bool) -> None:
    texts = [[f"{v:,}" + (".5" if decimal and c == 1 else "") for c, v in enumerate(row)]
             for row in rows]
    table = {"columns": ["Name", "A", "B", "C"],
             "rows": [[f"R{r}", *row] for r, row in enumerate(texts)]}
    cells = [[0, 0], [0, 1], [0, 2]]
    data = {"table": table, "ask": {"op": op, "cells": cells, "form": "integer"}}
    x = [Fraction(t.replace(",", "")) for t in texts[0]]
    expected = {"difference": x[0] - x[1], "total": sum(x, Fraction(0)),
                "average": sum(x, Fraction(0)) / 3, "change": (x[1] - x[0]) / x[0] * 100,
                "share": x[0] / (x[1] + x[2]) * 100, "ratio": x[0] / x[1]}[op]
    got = exhibit.exhibit_value(data)
    assert got == expected
    assert isinstance(got, Fraction)


@many
@given(start=exact, changes=st.lists(exact, max_size=4))
def test_carry_matches_step_by_step_fractions(start: Fraction, changes: list[Fraction]) -> None:
    value = start
    for pct in changes:
        value += value * pct / 100
    assert arithmetic._carry(start, changes) == value


@many
@given(value=exact, shown=exact, form=st.sampled_from(["percent", "signed_percent", "money",
                                                       "integer", "decimal"]),
       percent_sign=st.booleans(), dollars=st.booleans())
def test_option_comparison_matches_reading_the_option(value: Fraction, shown: Fraction,
                                                      form: str, percent_sign: bool,
                                                      dollars: bool) -> None:
    body = (f"{abs(shown.numerator)}/{shown.denominator}" if shown.denominator > 1
            else f"{abs(shown.numerator):,}")
    text = ("−" if shown < 0 else "") + ("$" if dollars else "") + body + (
        "%" if percent_sign else "")
    assert arithmetic._equals(text, value, form) == (arithmetic.value_of(text, form) == value)


@many
@given(hours=st.lists(st.tuples(st.integers(min_value=1, max_value=60), st.booleans()),
                      min_size=1, max_size=4))
def test_work_rate_sum_matches_fraction_sum(hours: list[tuple[int, bool]]) -> None:
    data = {"kind": "work", "form": "hm",
            "workers": [{"hours": h, "empties": e} for h, e in hours]}
    per_hour = sum((Fraction(-1 if e else 1, h) for h, e in hours), Fraction(0))

    def direct() -> Fraction:
        return Fraction(arithmetic._run_clock(per_hour / 60, Fraction(1)), 60)

    assert _outcome(arithmetic.rates_value, data) == _outcome(direct)


@many
@given(legs=st.lists(st.tuples(positive, st.integers(min_value=0, max_value=200)),
                     min_size=1, max_size=4))
def test_average_speed_matches_fraction_totals(legs: list[tuple[int, int]]) -> None:
    data = {"kind": "average_speed", "form": "integer",
            "legs": [{"distance": d, "speed": v} for d, v in legs]}

    def direct() -> Fraction:
        distance = sum((Fraction(d) for d, _ in legs), Fraction(0))
        return distance / sum((Fraction(d) / Fraction(v) for d, v in legs), Fraction(0))

    assert _outcome(arithmetic.rates_value, data) == _outcome(direct)


@many
@given(n=st.integers(min_value=1, max_value=8), head=whole, tail=whole, bonus=whole)
def test_coin_game_totals_match_listing_every_sequence(n: int, head: int, tail: int,
                                                       bonus: int) -> None:
    total = 0
    for seq in itertools.product("HT", repeat=n):
        heads = seq.count("H")
        total += head * heads - tail * (n - heads) + (bonus if heads == n else 0)
    assert arithmetic._coins_total(n, head, tail, bonus) == total


@many
@given(sides=st.sampled_from([4, 6, 8]), kind=st.sampled_from(["double", "total", "at_least",
                                                               "sum", "max", "min"]),
       amount=st.integers(min_value=1, max_value=50), target=st.integers(min_value=2,
                                                                         max_value=16))
def test_two_dice_totals_match_listing_every_pair(sides: int, kind: str, amount: int,
                                                  target: int) -> None:
    event = {"type": kind, "amount": amount, "total": target}
    total = sum(arithmetic._pair_payout(event, a, b)
                for a, b in itertools.product(range(1, sides + 1), repeat=2))
    assert arithmetic._two_dice_total(sides, event) == total
    # an amount given as True is not the amount 1, even after 1 was cached
    assert _outcome(arithmetic._two_dice_total, sides, {**event, "amount": True}) == (
        _outcome(lambda: sum(arithmetic._pair_payout({**event, "amount": True}, a, b)
                             for a, b in itertools.product(range(1, sides + 1), repeat=2))))
