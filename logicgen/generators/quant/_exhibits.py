"""Questions on a grid of numbers, shared by ``quant.table`` and ``quant.chart``.

A question is one small function in :data:`ASKS`: given the grid (rows of whole
numbers with their names), it picks the cells it asks about, or returns
``None`` when the grid has no cells that give a clean answer (the caller then
draws again). It returns the question's data for the solver (``data["ask"]``),
its words, the key as a value in its answer form, named mistakes and the
worked steps. Answers are exact and sized for mental arithmetic: percentage
changes are whole percents (multiples of 5 at ``medium``), averages whole or
halves, ratios at most two digits a side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from math import gcd
from typing import Any

from logicgen.kit import Draw, Mistake, fmt, plain

__all__ = ["ASKS", "ASK_METHODS", "Asked", "Grid", "asks_for"]


@dataclass
class Grid:
    """Numbers shown in rows (a chart is one row); ``what`` names the quantity."""

    names: list[str]
    columns: list[str]
    values: list[list[int]]
    what: str


@dataclass
class Asked:
    """One question on a grid: solver data, words, key, mistakes and steps."""

    data: dict[str, Any]
    words: str
    value: Any
    form: str
    mistakes: list[Mistake]
    steps: list[str]
    score: float


def _where(grid: Grid, r: int, c: int) -> str:
    """How a cell is named in words: ``North in Q2`` (a chart: ``Q2``)."""
    return grid.columns[c] if len(grid.names) == 1 else f"{grid.names[r]} in {grid.columns[c]}"


def _difference(draw: Draw, grid: Grid, level: str) -> Asked | None:
    r = draw.below(len(grid.names))
    a, b = draw.sample(range(len(grid.columns)), 2)
    hi, lo = (a, b) if grid.values[r][a] > grid.values[r][b] else (b, a)
    x, y = grid.values[r][hi], grid.values[r][lo]
    if x == y:
        return None
    value = x - y
    words = (f"How many more {grid.what} were there in {grid.columns[hi]} than in "
             f"{grid.columns[lo]}" + (f" for {grid.names[r]}?" if len(grid.names) > 1 else "?"))
    steps = [f"{_where(grid, r, hi)}: {plain(x)}; {_where(grid, r, lo)}: {plain(y)}.",
             f"{plain(x)} − {plain(y)} = {plain(value)}."]
    mistakes = [Mistake(x + y, "adding instead of subtracting"),
                Mistake(abs(x - grid.values[(r + 1) % len(grid.names)][lo]) or None,
                        "reading the second value from the wrong row")
                if len(grid.names) > 1 else Mistake(None, ""),
                Mistake(x, "giving the larger value itself")]
    return Asked({"op": "difference", "cells": [[r, hi], [r, lo]], "form": "integer"}, words,
                 value, "integer", mistakes, steps, 1.5)


def _total(draw: Draw, grid: Grid, level: str) -> Asked | None:
    r = draw.below(len(grid.names))
    cols = list(range(len(grid.columns)))
    values = [grid.values[r][c] for c in cols]
    value = sum(values)
    who = f" for {grid.names[r]}" if len(grid.names) > 1 else ""
    words = f"What was the total number of {grid.what}{who} over all the periods shown?"
    steps = [f"Add the {len(values)} values: {' + '.join(plain(v) for v in values)} = {plain(value)}."]
    mistakes = [Mistake(value - values[-1], "leaving out the last value"),
                Mistake(value + values[0], "counting the first value twice"),
                Mistake(value // len(values) if value % len(values) == 0 else None,
                        "giving the average instead of the total")]
    return Asked({"op": "total", "cells": [[r, c] for c in cols], "form": "integer"}, words,
                 value, "integer", mistakes, steps, 1.0 + 0.5 * len(values))


def _average(draw: Draw, grid: Grid, level: str) -> Asked | None:
    r = draw.below(len(grid.names))
    values = grid.values[r]
    total = sum(values)
    if 2 * total % len(values):  # the mean is not a whole number or a half
        return None
    value = Fraction(total, len(values))
    who = f" for {grid.names[r]}" if len(grid.names) > 1 else ""
    words = f"What was the average (mean) number of {grid.what} per period{who}?"
    steps = [f"Total: {' + '.join(plain(v) for v in values)} = {plain(total)}.",
             f"Mean: {plain(total)} ÷ {len(values)} = {plain(value)}."]
    # (whole-number tests on the integers, not Fractions)
    mistakes = [Mistake(total * 100, "forgetting to divide by the number of periods"),
                Mistake(total * 100 // (len(values) - 1)
                        if total * 100 % (len(values) - 1) == 0 else None,
                        "dividing by one period too few"),
                Mistake((max(values) + min(values)) * 50
                        if (max(values) + min(values)) * len(values) != 2 * total else None,
                        "taking the middle of the largest and smallest")]
    return Asked({"op": "average", "cells": [[r, c] for c in range(len(values))],
                  "form": "decimal"}, words, int(value * 100), "decimal", mistakes, steps, 2.5)


def _change(draw: Draw, grid: Grid, level: str) -> Asked | None:
    step = 5 if level != "hard" else 1
    # (b − a) × 100 ÷ a a whole multiple of step, tested in integers (no Fractions)
    options = [(r, a, b) for r, row in enumerate(grid.values) for a in range(len(grid.columns))
               for b in range(a + 1, len(grid.columns))
               if row[a] != row[b] and (row[b] - row[a]) * 100 % (row[a] * step) == 0]
    if not options:
        return None
    r, a, b = draw.pick(options)
    old, new = grid.values[r][a], grid.values[r][b]
    value = Fraction((new - old) * 100, old)
    rise = new > old
    who = f" for {grid.names[r]}" if len(grid.names) > 1 else ""
    words = (f"By what percentage did the number of {grid.what}{who} change from "
             f"{grid.columns[a]} to {grid.columns[b]}? (+ for a rise, − for a fall)")
    steps = [f"The change is {plain(new)} − {plain(old)} = {plain(new - old)}.",
             (f"Divide by the starting value: {plain(new - old)} ÷ {plain(old)} = "
             f"{'+' if value > 0 else ''}{plain(value)}%.")]
    wrong_base = (new - old) * 10000  # in hundredths of a percent, over the later value
    mistakes = [Mistake(wrong_base // new if wrong_base % new == 0 else None,
                        "dividing by the later value instead of the earlier one"),
                Mistake(int(-value * 100) if abs(value) < 100 else None,
                        "getting the direction of the change the wrong way"),
                Mistake((new - old) * 100 if -100 < new - old < 200 else None,
                        "giving the change itself as a percentage")]
    return Asked({"op": "change", "cells": [[r, a], [r, b]], "form": "signed_percent"}, words,
                 int(value * 100), "signed_percent", mistakes, steps,
                 3.0 + (not rise) * 0.5 + (level == "hard"))


def _share(draw: Draw, grid: Grid, level: str) -> Asked | None:
    r = draw.below(len(grid.names))
    c = draw.below(len(grid.columns))
    row = grid.values[r]
    if row[c] * 100 % sum(row):  # not a whole percentage
        return None
    value = Fraction(row[c] * 100, sum(row))
    who = f" {grid.names[r]}'s" if len(grid.names) > 1 else " the"
    words = (f"What percentage of{who} total over all the periods shown came in "
             f"{grid.columns[c]}?")
    steps = [f"Total: {' + '.join(plain(v) for v in row)} = {plain(sum(row))}.",
             f"{plain(row[c])} ÷ {plain(sum(row))} = {plain(value)}%."]
    # (whole-number tests on the integers, not Fractions)
    mistakes = [Mistake(10000 // len(row) if 10000 % len(row) == 0 else None,
                        "assuming every period has an equal share"),
                Mistake(row[c] * 10000 // max(row)
                        if row[c] * 10000 % max(row) == 0 and row[c] != max(row) else None,
                        "dividing by the largest value instead of the total"),
                Mistake(row[c] * 100 if row[c] < 100 else None,
                        "giving the value itself as a percentage")]
    return Asked({"op": "share", "cells": [[r, c]] + [[r, k] for k in range(len(row))],
                  "form": "percent"}, words, int(value * 100), "percent", mistakes, steps, 3.0)


def _ratio(draw: Draw, grid: Grid, level: str) -> Asked | None:
    cells = [(r, c) for r in range(len(grid.names)) for c in range(len(grid.columns))]
    (r1, c1), (r2, c2) = draw.sample(cells, 2)
    x, y = grid.values[r1][c1], grid.values[r2][c2]
    value = Fraction(x, y)
    if x == y or max(value.numerator, value.denominator) > 20:
        return None
    words = f"What is the ratio of {_where(grid, r1, c1)} to {_where(grid, r2, c2)}, in lowest terms?"
    g = gcd(x, y)
    steps = [f"{plain(x)} : {plain(y)}; both divide by {g}: {fmt(value, 'ratio')}."]
    mistakes = [Mistake(1 / value, "writing the ratio the wrong way round"),
                Mistake(Fraction(x, y + x), "comparing with the total of the two")]
    return Asked({"op": "ratio", "cells": [[r1, c1], [r2, c2]], "form": "ratio"}, words, value,
                 "ratio", mistakes, steps, 2.5)


def _largest(draw: Draw, grid: Grid, level: str) -> Asked | None:
    if len(grid.names) < 3:
        return None
    totals = [sum(row) for row in grid.values]
    ranked = sorted(totals, reverse=True)
    if ranked[0] == ranked[1]:
        return None
    best = grid.names[totals.index(ranked[0])]
    words = f"Which has the largest total number of {grid.what} over all the periods shown?"
    steps = [f"{name}: {' + '.join(plain(v) for v in row)} = {plain(t)}."
             for name, row, t in zip(grid.names, grid.values, totals)]
    steps.append(f"The largest total is {plain(ranked[0])}, for {best}.")
    return Asked({"op": "largest", "columns": list(range(len(grid.columns))), "form": "name"},
                 words, best, "name", [], steps, 1.0 + 0.5 * len(grid.names))


def _largest_change(draw: Draw, grid: Grid, level: str) -> Asked | None:
    if len(grid.names) < 3:
        return None
    a, b = 0, len(grid.columns) - 1
    changes = [Fraction(row[b] - row[a], row[a]) for row in grid.values]
    ranked = sorted(changes, reverse=True)
    if ranked[0] - ranked[1] < Fraction(1, 100):
        return None
    best = grid.names[changes.index(ranked[0])]
    biggest_jump = max(range(len(grid.names)), key=lambda i: grid.values[i][b] - grid.values[i][a])
    if grid.names[biggest_jump] == best:
        return None  # the item should reward percentages, not raw differences
    words = (f"Which had the largest percentage rise in {grid.what} from {grid.columns[a]} "
             f"to {grid.columns[b]}?")
    steps = [f"{name}: ({plain(row[b])} − {plain(row[a])}) ÷ {plain(row[a])} = "
             f"{float(c) * 100:.1f}%." for name, row, c in zip(grid.names, grid.values, changes)]
    steps.append(f"The largest percentage rise is {best}'s "
                 f"({grid.names[biggest_jump]} has the largest rise in number, not percentage).")
    return Asked({"op": "largest_change", "columns": [a, b], "form": "name"}, words, best,
                 "name", [], steps, 4.0)


ASKS: dict[str, Callable[[Draw, Grid, str], Asked | None]] = {
    "difference": _difference, "total": _total, "average": _average, "change": _change,
    "share": _share, "ratio": _ratio, "largest": _largest, "largest_change": _largest_change,
}
#: the questions each level draws from (names for tables with several rows)
LEVELS = {
    "easy": ("difference", "total", "largest"),
    "medium": ("change", "average", "ratio", "share"),
    "hard": ("change", "share", "largest_change", "ratio"),
}


def asks_for(level: str, rows: int, numeric: bool) -> tuple[str, ...]:
    """The questions a grid of ``rows`` rows can be asked at ``level``."""
    names = LEVELS[level]
    if rows < 3:
        names = tuple(n for n in names if not n.startswith("largest")) or ("difference",)
    if numeric:
        names = tuple(n for n in names if not n.startswith("largest")) or ("difference",)
    return names


#: percentage steps between neighbouring values of a row asked about a change: multiples
#: of 5 below ``hard``, other whole percentages at ``hard``
STEPS = {"easy": (-25, -20, -15, -10, -5, 5, 10, 15, 20, 25, 30, 40, 50),
         "medium": (-25, -20, -15, -10, -5, 5, 10, 15, 20, 25, 30, 40, 50),
         "hard": (-24, -16, -12, -8, -4, 4, 6, 8, 12, 16, 18, 24, 32, 36)}
#: a row asked about a share is cut into whole multiples of 1/SLICES of its total
SLICES = {"easy": 20, "medium": 20, "hard": 25}


def grid_values(draw: Draw, rows: int, cols: int, scene: dict[str, Any], ask: str,
                level: str) -> list[list[int]]:
    """Whole numbers for a grid, shaped for the question ``ask``.

    Rows asked about a change grow or shrink by whole percentages (:data:`STEPS`)
    from a multiple of 20; rows asked about a share add up to a round total cut
    into twentieths (twenty-fifths at ``hard``); other rows are multiples of 5.
    """
    low, high, unit = int(scene["low"]), int(scene["high"]), int(scene["unit"])
    out = []
    for _ in range(rows):
        if ask in ("change", "largest_change"):
            value = draw.between(low // unit, high // unit) * unit
            row = [value]
            for _ in range(cols - 1):
                steps = [s for s in STEPS[level] if value * s % 100 == 0]
                if steps:
                    value += value * draw.pick(steps) // 100
                else:  # no whole step from here: a nearby multiple of 5
                    value = draw.between(value * 16 // 100, value * 26 // 100) * 5
                row.append(value)
        elif ask == "share":
            total = draw.pick((200, 400, 500, 1000)) * (1 if high <= 200 else 2)
            slices = SLICES[level]
            cuts = sorted(draw.sample(range(1, slices), cols - 1))
            parts = [b - a for a, b in zip([0, *cuts], [*cuts, slices])]
            row = [part * total // slices for part in parts]
        else:
            row = [draw.between(low // 5, high // 5) * 5 for _ in range(cols)]
        out.append(row)
    return out


#: The method line of each question a table or chart asks (docs/methods.md), by ``op``.
ASK_METHODS: dict[str, str] = {
    "total": (
        "Add the cells asked for only; round first to check the size of the answer."
    ),
    "difference": (
        "Subtract the two cells; check which one the question takes from which."
    ),
    "largest": (
        "Compare the totals asked for; estimate first and compute only the close ones."
    ),
    "largest_change": (
        "Compare the changes asked for; estimate first and compute only the close ones."
    ),
    "change": (
        "Percent change = (new − old) ÷ old × 100; divide by the old value."
    ),
    "ratio": (
        "Write the two cells as a ratio and divide both by their highest common factor."
    ),
    "share": (
        "Share = part ÷ total × 100; add up the total first."
    ),
    "average": (
        "Average = sum of the values ÷ how many there are."
    ),
}
