"""Second route for ``quant.table`` and ``quant.chart``: read the exhibit as shown, then work.

The solver reads the numbers from what the candidate sees, not from the
generator's own values: the table's cells as text (``1,250``), or the chart's
labelled values. It then carries out the question described in ``data["ask"]``
step by step with exact fractions:

* ``difference``: the first cell minus the second;
* ``total`` / ``average``: the named cells added (and divided by their number);
* ``change``: (new − old) ÷ old, as a signed percentage;
* ``share``: a cell as a percentage of the sum of the named cells;
* ``ratio``: two cells as a ratio in lowest terms;
* ``amount``: a pie slice's percentage of a stated total;
* ``largest``: the row whose named cells add up to the most (options are names);
* ``largest_change``: the row with the largest percentage change between two columns.

For options, every option equal in value to the derived answer is returned (a
name for the "which row" questions); for free-response items, the answer as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from fractions import Fraction
from functools import lru_cache
from typing import Any

from logicgen.answers import parse_number

__all__ = ["effort", "exhibit_value", "solve_exhibit"]

_RATIO = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")


#: A number as shown: whole numbers are kept as ints (exact, and far cheaper to add
#: and compare than Fractions), others as Fractions; every division goes through
#: :func:`_div`, so no value is ever a float.
Number = int | Fraction


def _shown(text: str) -> Number:
    """The number a table cell shows (``1,250``)."""
    digits = text.replace(",", "")
    if digits.isascii() and digits.isdigit():  # the usual cell: skip Fraction's parser
        return int(digits)
    return Fraction(digits)


@lru_cache(maxsize=1024)
def _table(rows: tuple[tuple[Any, ...], ...]) -> tuple[tuple[str, ...],
                                                        tuple[tuple[Number, ...], ...]]:
    # Cached (a few items' worth): the solver and the effort measure read the same table.
    return (tuple(str(row[0]) for row in rows),
            tuple(tuple(_shown(str(cell)) for cell in row[1:]) for row in rows))


def _grid(data: Mapping[str, Any]) -> tuple[Sequence[str], Sequence[Sequence[Number]]]:
    """Row names and the numbers as shown (a chart is one row named by its title)."""
    if "table" in data:
        return _table(tuple(map(tuple, data["table"]["rows"])))
    chart = data["chart"]
    return [str(chart.get("title", ""))], [[v if type(v) is int else Fraction(str(v))
                                            for v in chart["values"]]]


def _cell(rows: Sequence[Sequence[Number]], at: Sequence[int]) -> Number:
    return rows[int(at[0])][int(at[1])]


def _div(num: Number, den: Number) -> Fraction:
    """``num ÷ den`` exactly."""
    if type(num) is int and type(den) is int:
        return Fraction(num, den)
    return Fraction(num) / den


def _total(text: Any) -> Number:
    """A pie's stated total (a whole number, or exact text)."""
    return text if type(text) is int else Fraction(str(text))


def exhibit_value(data: Mapping[str, Any]) -> Fraction | str:
    """The answer as an exact number (percentages in percent), or a row name."""
    names, rows = _grid(data)
    ask = data["ask"]
    op = ask["op"]
    cells = [_cell(rows, at) for at in ask.get("cells", [])]
    if op == "difference":
        return Fraction(cells[0] - cells[1])
    if op == "total":
        return Fraction(sum(cells))
    if op == "average":
        return _div(sum(cells), len(cells))
    if op == "change":
        return _div((cells[1] - cells[0]) * 100, cells[0])
    if op == "share":
        return _div(cells[0] * 100, sum(cells[1:]))
    if op == "ratio":
        return _div(cells[0], cells[1])
    if op == "amount":
        return _div(cells[0] * _total(ask["total"]), 100)
    if op == "largest":
        totals = [sum(row[c] for c in ask["columns"]) for row in rows]
        best = max(totals)
        winners = [n for n, t in zip(names, totals) if t == best]
        return winners[0] if len(winners) == 1 else "|".join(winners)
    if op == "largest_change":
        first, last = ask["columns"]
        changes = [_div(row[last] - row[first], row[first]) for row in rows]
        best = max(changes)
        winners = [n for n, c in zip(names, changes) if c == best]
        return winners[0] if len(winners) == 1 else "|".join(winners)
    raise ValueError(f"unknown question {op!r}")


def _matches(text: str, value: Fraction, form: str) -> bool:
    if form == "ratio":
        m = _RATIO.match(text)
        if m is None or int(m.group(2)) == 0:
            return False
        return Fraction(int(m.group(1)), int(m.group(2))) == value
    number = parse_number(text)  # cached there: option texts recur
    if number is None:
        return False
    scale = 1
    if form in ("percent", "signed_percent"):
        if not text.strip().endswith("%"):
            return False
        scale = 100  # the option in percent
    # number × scale == value, cross-multiplied in integers (no Fraction arithmetic)
    return (number.numerator * scale * value.denominator
            == value.numerator * number.denominator)


def solve_exhibit(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``quant.table`` and ``quant.chart`` items."""
    value = exhibit_value(data)
    if isinstance(value, str):
        names = value.split("|")
        if not choices:
            return names
        return [c for c in choices if c in names]
    form = str(data["ask"]["form"])
    if not choices:
        if form == "ratio":
            return [f"{value.numerator}:{value.denominator}"]
        return [str(value) + ("%" if form in ("percent", "signed_percent") else "")]
    return [c for c in choices if _matches(c, value, form)]


# -- effort: the working an item needs ------------------------------------------------------


def _effort_digits(x: Fraction) -> int:
    """Significant digits of a number as worked with: trailing zeros cost nothing."""
    n, d = abs(x.numerator), x.denominator  # integer parts: no Fraction arithmetic
    if d != 1:
        return len(str(n)) + len(str(d))
    while n and n % 10 == 0:
        n //= 10
    return len(str(n))


def _effort_add(values: Sequence[Fraction]) -> float:
    # one addition (or subtraction) per further number, a quarter step per digit
    if len(values) < 2:
        return 0.0
    return 0.25 * max(_effort_digits(v) for v in values) * (len(values) - 1)


def _effort_div(num: Fraction, den: Fraction) -> float:
    # 1, a quarter more per digit of the divisor beyond one, half more for a remainder;
    # num ÷ den is whole when den's numerator × num's denominator divides the rest
    whole = (num.numerator * den.denominator) % (num.denominator * den.numerator) == 0
    return 1.0 + 0.25 * max(0, _effort_digits(den) - 1) + (0.0 if whole else 0.5)


def _effort_percent(p: Fraction) -> float:
    # a multiple of 25% is a known fraction; of 5%, a tenth or twentieth; else worked out
    if p.denominator != 1:
        return 1.5
    n = abs(p.numerator)
    return 0.0 if n % 25 == 0 else 0.5 if n % 5 == 0 else 1.0


def effort(data: Mapping[str, Any]) -> float:
    """The working a table or chart item needs by hand, in steps (its difficulty ``score``).

    Computed from the numbers as shown: 1 to find the cells, then each
    addition or subtraction a quarter step per significant digit of the largest
    number in it (trailing zeros are free), a division 1 plus a quarter per digit
    of the divisor beyond one plus half for a remainder, and a percentage that is
    not a multiple of 25% half a step more (a multiple of 5%) or 1 more (any other
    whole percent; 1.5 for a fraction of a percent). A ratio adds 1 for the
    reduction to lowest terms; "which row has the largest total" a quarter step
    per addition and per comparison (the leading digits decide), "which row
    changed most" half a change per row. Looking at the cells is timed
    separately (:mod:`logicgen.timing`), so a larger table costs nothing unless
    the question needs more of its cells.

    >>> effort({"table": {"columns": ["Shop", "Mon", "Tue"], "rows": [["A", "40", "30"]]},
    ...         "ask": {"op": "change", "cells": [[0, 0], [0, 1]], "form": "signed_percent"}})
    2.25

    (Find the cells 1; 30 − 40, one significant digit each, 0.25; −10 × 100 ÷ 40,
    a one-digit divisor and no remainder, 1; −25% is a multiple of 25%, 0.)
    """
    _, rows = _grid(data)
    ask = data["ask"]
    op = ask["op"]
    cells = [_cell(rows, at) for at in ask.get("cells", [])]
    if op in ("difference", "total"):
        return 1.0 + _effort_add(cells)
    if op == "average":
        total = sum(cells)
        return 1.0 + _effort_add(cells) + _effort_div(total, len(cells))
    if op == "change":
        diff = cells[1] - cells[0]
        return (1.0 + _effort_add(cells) + _effort_div(diff * 100, cells[0])
                + _effort_percent(_div(diff * 100, cells[0])))
    if op == "share":
        whole = sum(cells[1:])
        return (1.0 + _effort_add(cells[1:]) + _effort_div(cells[0] * 100, whole)
                + _effort_percent(_div(cells[0] * 100, whole)))
    if op == "ratio":
        return 1.0 + _effort_div(cells[0], cells[1])
    if op == "amount":
        return (1.0 + _effort_div(cells[0] * _total(ask["total"]), 100)
                + _effort_percent(cells[0]))
    if op == "largest":
        additions = len(rows) * (len(ask["columns"]) - 1)
        return 1.0 + 0.25 * additions + 0.25 * (len(rows) - 1)
    if op == "largest_change":
        first, last = ask["columns"]
        return 1.0 + sum(_effort_add([row[first], row[last]])
                         + 0.5 * _effort_div(row[last] - row[first], row[first]) for row in rows)
    raise ValueError(f"unknown question {op!r}")
