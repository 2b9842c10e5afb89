"""How long a practised candidate needs for an item: a documented model from the item itself.

The estimate adds three parts, each from what the item shows and what its
solver needed, never from the family's name:

* **reading**: 0.22 s a word of the prompt (about 270 words a minute, a fast
  reader taking in a question), leaving out the lines that a drawing, table or
  chart replaces on the page;
* **looking**: 1.2 s a drawn panel (the prompt's and the options'), 4 s a chart,
  0.4 s a table cell;
* **options**: 0.5 s an option plus 0.15 s a word of option text (a free-response
  item has none to scan);
* **working**: the item's ``score`` (the family's measure of the steps its
  solver needed: arithmetic steps, deductions, rules, characters compared) times
  the seconds a step takes in the item's area: series and spatial 3.5,
  deductions 3, probability 5, quantitative 4, attention 2.5 (its score counts
  characters compared, 20 to a unit).

Caps: at ``easy`` and ``medium`` no generated item is estimated over 45 s, at
``hard`` none over 90 s (:data:`CAPS`); a family reaches "hard" through harder
reasoning within that time, not by growing longer. The cap is lifted when a
family's own size parameter is set (``n_houses``, ``n_people``, ...).

The constants were set so that the easy items of the shipped logic test take
10–20 seconds and its median item about 18 seconds, the pace of a 50-item,
15-minute test (docs/design.md). An item of a family that is not installed here
is estimated with the deductions' rate.

>>> from types import SimpleNamespace as NS
>>> item = NS(family="sequence.number", prompt="What comes next?\\n\\n2, 4, 8, 16, ?",
...           choices=("32", "24", "30", "18", "64"), score=2.0, data={})
>>> estimate(item)  # 8 words, 5 short options, 2 steps: 1.76 + 3.25 + 7.0
12.0
"""

from __future__ import annotations

from typing import Any

__all__ = ["CAPS", "PER_STEP", "estimate"]

WORD = 0.22
PANEL = 1.2
CHART = 4.0
CELL = 0.4
OPTION = 0.5
OPTION_WORD = 0.15
#: seconds a unit of ``score`` takes, by area
PER_STEP = {"sequence": 3.5, "spatial": 3.5, "deduction": 3.0, "probability": 5.0,
            "quant": 4.0, "attention": 2.5}
#: the most seconds an item of a level may be estimated to take; generation draws
#: again (as for an item that fails verification) until the estimate is within it
CAPS = {"easy": 45.0, "medium": 45.0, "hard": 90.0}



def _panels(data: Any) -> int:
    if not isinstance(data, dict):
        return 0
    panels = data.get("panels") or []
    options = data.get("options") or []
    return sum(p is not None for p in panels) + (len(options) if isinstance(options, list)
                                                 else 0)


_LOOKUPS: Any = None  # (capabilities_of, panel-line and exhibit-line patterns)


def _lookups() -> Any:
    # imported on first use (not at import time, which would load the renderers)
    global _LOOKUPS
    if _LOOKUPS is None:
        from .registry import capabilities_of
        from .render import _EXHIBIT_LINE, _PANEL_LINE

        _LOOKUPS = (capabilities_of, _PANEL_LINE, _EXHIBIT_LINE)
    return _LOOKUPS


def estimate(item: Any) -> float:
    """Seconds a practised candidate needs for ``item`` (see the module docstring)."""
    capabilities_of, _PANEL_LINE, _EXHIBIT_LINE = _lookups()
    caps = capabilities_of(item.family)
    if caps.figures or caps.table or caps.chart:
        # leave out the lines a drawing, table or chart replaces on the page (as
        # render.prompt_blocks does)
        words = sum(len(line.split()) for line in item.prompt.split("\n")
                    if not (_PANEL_LINE.match(line) or _EXHIBIT_LINE.match(line)))
    else:
        words = len(item.prompt.split())
    seconds = WORD * words
    data = item.data if isinstance(item.data, dict) else {}
    if caps.figures:
        seconds += PANEL * _panels(data)
    if caps.chart:
        seconds += CHART
    if caps.table and isinstance(data.get("table"), dict):
        seconds += CELL * sum(len(row) - 1 for row in data["table"].get("rows", []))
    if item.choices and not caps.figures:  # figure options are looked at as panels
        seconds += sum(OPTION + OPTION_WORD * len(c.split()) for c in item.choices)
    area = item.family.split(".", 1)[0]
    seconds += PER_STEP.get(area, PER_STEP["deduction"]) * float(item.score)
    return round(seconds, 1)
