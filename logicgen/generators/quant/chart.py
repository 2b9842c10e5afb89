"""Charts: read a bar, line or pie chart and work out a difference, total, mean,
percentage change, share, ratio or amount.

"The bar chart shows visitors by site. By what percentage did the number of
visitors change from May to June?"

The chart is drawn by logicgen (SVG in HTML and the quiz, the same drawing in the
PDF) with every value printed on its bar, point or slice, so values are read, not
estimated; text and Markdown give the chart's data in words on a ``Chart data:``
line. Bar and line charts ask the questions of ``quant.table`` about one row
(``quant/_exhibits.py``); pie charts give whole percentages and ask for the
amount of a stated total that one slice stands for. A pie shows 3 (easy), 4
(medium) or 5 (hard) of its scene's parts, drawn from them and kept in the
scene's order; the scenes (budgets, costs, hours, travel to school, a charity's
spending, a shop's sales, survey replies, waste, study time) are in
``logicgen/data/exhibits.py``.

Difficulty: ``easy`` bar charts with a difference or a total, and pies with a
share of a round total; ``medium`` percentage changes in multiples of 5%, means,
ratios and shares; ``hard`` any whole percentage change, shares and ratios, on
line charts as well.

``score`` is the solver's measured effort, :func:`logicgen.solve.exhibit.effort`,
computed from the numbers as shown: 1 to find the cells, a quarter step per
significant digit of each addition or subtraction, a division 1 plus a quarter
per divisor digit beyond one plus half for a remainder, and half a step (a
multiple of 5%) or 1 (any other whole percent) for a percentage that is not a
multiple of 25%. Each level keeps the items within its band (:data:`BANDS`):
hard items need percentages that are not round, more cells added or a change per
row; an easy total of five values is redrawn.

The solver (:mod:`logicgen.solve.exhibit`) reads the values as labelled on the
chart and carries out the question.

>>> import logicgen
>>> item = logicgen.generate("quant.chart", count=1, seed=2)[0]
>>> item.data["chart"]["type"] in ("bar", "line", "pie")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from logicgen.data.exhibits import PIES, SCENES
from logicgen.kit import Draft, Draw, Mistake, Steps, Wording, fmt
from logicgen.registry import BaseParams, Capabilities, family
from logicgen.solve.exhibit import effort, solve_exhibit

from ._exhibits import ASK_METHODS, ASKS, Asked, Grid, asks_for, grid_values

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "render"]

TYPES = {"easy": ("bar", "bar", "pie"), "medium": ("bar", "line", "pie"),
         "hard": ("bar", "line", "line", "pie")}


@family("quant.chart", version=3, solver=solve_exhibit, capabilities=Capabilities(chart=True),
        summary="Charts: read a bar, line or pie chart and work out changes, shares and amounts")
@dataclass(frozen=True)
class Params(BaseParams):
    """No parameters beyond difficulty, format and the number of options."""


def _axis(values: list[int]) -> tuple[int, int]:
    """A round top for the value axis and a gridline step: 4 to 8 gridlines."""
    top = max(values)
    for step in (10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 8:
            return step * (top // step + 1), step
    return 1000 * (top // 1000 + 1), 1000


def _pie(draw: Draw, level: str) -> tuple[dict[str, Any], Asked]:
    pie = draw.pick(PIES)
    # which of the scene's parts are shown (kept in the scene's order)
    size = min(len(pie["parts"]), {"easy": 3, "medium": 4, "hard": 5}[level])
    chosen = draw.sample(range(len(pie["parts"])), size)
    parts = [p for k, p in enumerate(pie["parts"]) if k in chosen]
    for _ in range(100):  # every slice at least 10%, so the labels stay apart
        cuts = sorted(draw.sample(range(2, 19), len(parts) - 1))
        shares = [5 * (b - a) for a, b in zip([0, *cuts], [*cuts, 20])]
        if min(shares) >= 10 and (level != "hard" or any(s % 10 for s in shares)):
            break
    total = draw.pick(pie["totals"])
    i = draw.below(len(parts))
    value = Fraction(shares[i] * total, 100)
    money = bool(pie["money"])
    form = "money" if money else "integer"
    unit = 100 if money else 1
    shown = f"${total:,}" if money else f"{total:,}"
    words = str(pie["ask"]).format(total=shown, part=parts[i])
    steps = [f"{parts[i]} is {shares[i]}% of the whole.",
             (f"{shares[i]}% of {shown} = {shown} ÷ 100 × {shares[i]} = "
             f"{fmt(int(value * unit), form)}.")]
    j = (i + 1) % len(parts)
    mistakes = [Mistake(int(Fraction(shares[j] * total, 100) * unit), "reading the next slice"),
                Mistake(int((total - value) * unit), "giving what is left after that slice"),
                Mistake(None if money else shares[i], "giving the percentage as the amount")]
    chart = {"type": "pie", "title": pie["title"], "labels": parts, "values": shares}
    asked = Asked({"op": "amount", "cells": [[0, i]], "total": total, "form": form}, words,
                  int(value * unit), form, mistakes, steps, 2.0)
    return chart, asked


def generate(params: BaseParams, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    level = params.difficulty
    kind = draw.pick(TYPES[level])
    if kind == "pie":
        chart, asked = _pie(draw, level)
    else:
        for _ in range(200):
            scene = draw.pick(SCENES)
            columns = list(scene["columns"])
            name = draw.pick(asks_for(level, 1, params.format == "numeric"))
            values = grid_values(draw, 1, len(columns), scene, name, level)
            row = draw.pick(scene["rows"])
            grid = Grid(names=[str(row)], columns=columns, values=values,
                        what=str(scene["what"]))
            found = ASKS[name](draw, grid, level)
            if found is not None:
                asked = found
                break
        else:  # pragma: no cover - every question finds values within a few charts
            raise RuntimeError("no chart gave the drawn question a clean answer")
        top, step = _axis(values[0])
        what = str(scene["what"])
        chart = {"type": kind, "title": f"{what[0].upper()}{what[1:]}: {row}",
                 "labels": columns, "values": values[0], "max": top, "step": step}
    data = {"chart": chart, "ask": asked.data, "form": asked.form}
    answer = fmt(asked.value, asked.form)
    return Draft(data=data, answer=answer, score=asked.score, spec=asked.words,
                 value=asked.value, mistakes=asked.mistakes,
                 steps=Steps(asked.steps, numbered=False))


def render(draft: Draft, params: BaseParams, rng: np.random.Generator) -> Wording:
    chart = draft.data["chart"]
    what = {"bar": "bar chart", "line": "line chart", "pie": "pie chart"}[chart["type"]]
    unit = "%" if chart["type"] == "pie" else ""
    points = "; ".join(f"{label} {value:,}{unit}" for label, value in zip(chart["labels"],
                                                                           chart["values"]))
    if chart["type"] == "pie":
        title = chart["title"][0].lower() + chart["title"][1:]
    else:
        measure, _, row = chart["title"].partition(": ")
        title = (f"{measure[0].lower()}{measure[1:]} for {row}, {chart['labels'][0]} to "
                 f"{chart['labels'][-1]}")
    prompt = f"The {what} shows {title}.\nChart data: {points}\n\n{draft.spec}"
    return Wording(prompt, choices=[] if params.format == "numeric" else None)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md): the
#: table's, and a pie's amount.
METHODS: dict[str, str] = {
    **ASK_METHODS,
    "amount": (
        "A pie slice's percentage times the total gives the amount."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data["ask"]["op"]


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.25), "medium": (2.0, 5.0),
                                         "hard": (2.5, 6.0)}
