"""Tables: read a small table of figures and work out a difference, total, mean,
percentage change, share, ratio, or which row stands out.

"The table shows units sold by region. By what percentage did the number of units
sold for North change from Q1 to Q2?"

Kinds (``data["ask"]["op"]``, shared with ``quant.chart`` through
``quant/_exhibits.py``): ``difference``, ``total`` and ``largest`` (which row has
the largest total) at ``easy``; ``change`` (a whole multiple of 5%), ``average``,
``ratio`` and ``share`` (a cell as a percentage of its row) at ``medium``;
``change`` (any whole percent), ``share``, ``ratio`` and ``largest_change``
(which row rose most in percentage terms, where another row rose most in number)
at ``hard``.

Numbers are built for mental arithmetic: a row that is asked about a change grows
or shrinks by whole percentages from a multiple of 20, a row asked about a share
adds up to a round total. Tables have 3–5 rows and 3–5 columns; ``hard`` tables
are the larger ones, but a larger table is not scored as harder by itself (its
cells are timed as looking, not working).

``score`` is the solver's measured effort, :func:`logicgen.solve.exhibit.effort`,
computed from the numbers as shown: 1 to find the cells, a quarter step per
significant digit of each addition or subtraction, a division 1 plus a quarter
per divisor digit beyond one plus half for a remainder, and half a step (a
multiple of 5%) or 1 (any other whole percent) for a percentage that is not a
multiple of 25%. Each level keeps the items within its band (:data:`BANDS`):
hard items need percentages that are not round, more cells added or a change per
row; a hard item below the easy median (2.5) is redrawn.

The solver (:mod:`logicgen.solve.exhibit`) reads the numbers as printed in the
table and carries out the question on them.

>>> import logicgen
>>> item = logicgen.generate("quant.table", count=1, seed=2)[0]
>>> item.data["table"]["columns"][0]
'Department'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from logicgen.data.exhibits import SCENES
from logicgen.kit import Draft, Draw, Steps, Wording, fmt
from logicgen.registry import BaseParams, Capabilities, family
from logicgen.solve.exhibit import effort, solve_exhibit

from ._exhibits import ASK_METHODS, ASKS, Grid, asks_for, grid_values

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "render"]

SIZE = {"easy": (3, 3), "medium": (4, 4), "hard": (4, 5)}


@family("quant.table", version=3, solver=solve_exhibit, capabilities=Capabilities(table=True),
        summary="Tables: differences, totals, means, percentage changes and shares from a table")
@dataclass(frozen=True)
class Params(BaseParams):
    """No parameters beyond difficulty, format and the number of options."""


def generate(params: BaseParams, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    level = params.difficulty
    for _ in range(200):
        scene = draw.pick(SCENES)
        rows = min(draw.between(*SIZE[level]), len(scene["rows"]))
        cols = min(len(scene["columns"]), {"easy": 3, "medium": 4, "hard": 5}[level])
        name = draw.pick(asks_for(level, rows, params.format == "numeric"))
        grid = Grid(names=list(scene["rows"][:rows]), columns=list(scene["columns"][:cols]),
                    values=grid_values(draw, rows, cols, scene, name, level),
                    what=str(scene["what"]))
        found = ASKS[name](draw, grid, level)
        if found is not None:
            asked = found
            break
    else:  # pragma: no cover - every question finds cells within a few grids
        raise RuntimeError("no grid gave the drawn question a clean answer")
    table = {"columns": [scene["head"], *grid.columns],
             "rows": [[n, *(f"{v:,}" for v in row)] for n, row in zip(grid.names, grid.values)]}
    data = {"title": scene["title"], "table": table, "ask": asked.data, "form": asked.form}
    answer = asked.value if asked.form == "name" else fmt(asked.value, asked.form)
    spec = {"words": asked.words, "names": grid.names}
    return Draft(data=data, answer=answer, score=asked.score + 0.5 * max(0, rows - 3),
                 spec=spec, value=asked.value, mistakes=asked.mistakes,
                 steps=Steps(asked.steps, numbered=False))


def render(draft: Draft, params: BaseParams, rng: np.random.Generator) -> Wording:
    data = draft.data
    lines = ["| " + " | ".join(row) + " |" for row in [data["table"]["columns"],
                                                        *data["table"]["rows"]]]
    prompt = "\n".join([f"The table shows {data['title'][0].lower()}{data['title'][1:]}.", "",
                        *lines, "", draft.spec["words"]])
    if data["ask"]["form"] == "name":  # which row: the rows are the options
        draw = Draw(rng)
        others = [n for n in draft.spec["names"] if n != draft.answer]
        picked = draw.sample(others, min(len(others), params.n_options - 1))
        return Wording(prompt, choices=draw.shuffled([draft.answer, *picked]))
    return Wording(prompt, choices=[] if params.format == "numeric" else None)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS = ASK_METHODS

def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data["ask"]["op"]


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 3.0), "medium": (2.5, 4.75),
                                         "hard": (2.5, 7.5)}
