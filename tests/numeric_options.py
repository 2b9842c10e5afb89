"""Guesses a test-wise candidate makes from a numeric item's options alone, and
the plausibility ranges a wrong option must keep.

Shared by ``tests/test_option_ranks.py``, ``tests/test_option_plausibility.py``
and ``benchmarks/option_ranks.py``. Written without the options kit: the
values are read back from the option texts as a candidate reads them.

* :func:`value_of` reads the project's numeric forms: money ``$1,234.50`` and
  ``−$0.50``, percentages ``12.5%`` and ``+21%``, fractions ``3/8``, ratios
  ``3:5``, durations ``2 h 24 min`` / ``45 min`` / ``3 h``, plain numbers.
* :func:`attacks`: for each guess (pick the option of value rank k; pick the most
  central value; pick the value nearest the mean of the others; pick the value
  that is the midpoint of two others), how often it finds the key (1/k when k
  options tie).
* :func:`outside`: the plausibility rules (docs/options.md) a wrong option breaks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from logicgen.answers import parse_number

_HM = re.compile(r"^(?:(\d+) h)?(?: ?(\d+) min)?$")
_RATIO = re.compile(r"^(\d+):(\d+)$")


def value_of(text: str) -> Fraction | None:
    """The value an option shows, or ``None`` when it is not a number.

    >>> value_of("2 h 24 min"), value_of("3:5"), value_of("−$0.50"), value_of("+21%")
    (Fraction(144, 1), Fraction(3, 5), Fraction(-1, 2), Fraction(21, 100))
    """
    t = text.strip()
    m = _HM.match(t)
    if m and (m.group(1) or m.group(2)):
        return Fraction(60 * int(m.group(1) or 0) + int(m.group(2) or 0))
    m = _RATIO.match(t)
    if m:
        return Fraction(int(m.group(1)), int(m.group(2)))
    t = t.removeprefix("+")
    return parse_number(t)


def values_of(choices: Sequence[str]) -> list[Fraction] | None:
    """Every option's value, or ``None`` unless every option is a number."""
    out = []
    for c in choices:
        v = value_of(c)
        if v is None:
            return None
        out.append(v)
    return out


def ranked_item(item: Any) -> bool:
    """Whether an item's options are numbers whose order is not the question itself.

    "Which of these is the largest?" (``quant.arithmetic`` ``compare``) is
    answered by sorting the options, so sorting them is solving it, not gaming it.
    "Which option is exactly the same as this record?" (``attention.compare``
    ``find_copy``) may show six-digit numbers, but as records to copy, not as
    quantities: they are left out too.
    """
    return (item.format == "choice" and len(item.choices) > 2
            and item.data.get("kind") not in ("compare", "find_copy")
            and values_of(item.choices) is not None)


# -- the guesses ------------------------------------------------------------------------------

def _share(scores: Sequence[float], key: int, best: float) -> float:
    winners = [i for i, s in enumerate(scores) if abs(s - best) < 1e-12]
    return 1 / len(winners) if key in winners else 0.0


def _distance(a: float, b: float, logs: bool) -> float:
    return abs(math.log(a) - math.log(b)) if logs else abs(a - b)


def attack_names(n: int) -> list[str]:
    return [f"rank {k}" for k in range(n)] + ["most central", "nearest mean of others",
                                             "midpoint of two others"]


def attacks(values: Sequence[Fraction], key: int) -> dict[str, float]:
    """How often each options-only guess finds option ``key`` (see the module docstring)."""
    n = len(values)
    xs = [float(v) for v in values]
    order = sorted(range(n), key=lambda i: values[i])
    out = {f"rank {k}": float(order[k] == key) for k in range(n)}
    logs = all(x > 0 for x in xs)
    spread = [sum(_distance(x, y, logs) for y in xs) for x in xs]
    out["most central"] = _share(spread, key, min(spread))
    off = [abs(x - (sum(xs) - x) / (n - 1)) for x in xs]
    out["nearest mean of others"] = _share(off, key, min(off))
    mids = [float(sum(1 for a in range(n) for b in range(a + 1, n) if i not in (a, b)
                      and 2 * values[i] == values[a] + values[b])) for i in range(n)]
    out["midpoint of two others"] = _share(mids, key, max(mids)) if max(mids) else 1 / n
    return out


# -- plausibility -----------------------------------------------------------------------------

#: farthest a wrong option may be from the key, as a factor either way
FACTOR = 10


def signed_quantity(item: Any) -> bool:
    """Whether the asked quantity can be negative: a percentage change, a gain, the
    unknown of an equation, a term of a series. Money amounts, counts, durations, probabilities,
    shares and ratios cannot."""
    data = item.data
    return (data.get("form") == "signed_percent" or data.get("ask") == "gain"
            or bool(data.get("per_tail"))  # a game that loses on tails: a net result
            or data.get("kind") == "equation" or item.family.startswith("sequence."))


def outside(item: Any) -> list[tuple[str, str]]:
    """The wrong options of ``item`` outside the plausibility range, each with the rule
    it breaks: ``sign`` (negative for a quantity that cannot be negative, or
    zero for one that is not a count or an amount of money), ``below -100%`` (a fall of more than the whole), ``far`` (more than
    :data:`FACTOR` times or less than 1/FACTOR of the key, not named in the
    explanation; a ratio may be turned round, a probability may also be measured
    from the nearer end of [0, 1], a percentage change is judged by the level it
    leads to)."""
    values = values_of(item.choices)
    assert values is not None
    key = values[item.answer_index]
    signed = signed_quantity(item)
    out = []
    for text, v in zip(item.choices, values):
        if v == key:
            continue
        if not signed and (v < 0 or (v == 0 and item.data.get("form") not in (None, "money"))):
            out.append((text, "sign"))
        elif item.data.get("form") == "signed_percent" and v < -1:
            out.append((text, "below -100%"))
        elif not _near(v, key, item) and text not in item.explanation:
            out.append((text, "far"))
    return out


def _near(v: Fraction, key: Fraction, item: Any) -> bool:
    """Within :data:`FACTOR` of the key either way; a ratio either way round, a
    probability also measured from the nearer end of [0, 1]."""
    def within(a: Fraction, b: Fraction) -> bool:
        return a == 0 or b == 0 or Fraction(1, FACTOR) <= abs(a / b) <= FACTOR
    if item.data.get("form") == "signed_percent":  # judged by the level it leads to
        return within(1 + v, 1 + key)
    if within(v, key):
        return True
    if item.data.get("form") == "ratio":
        return within(1 / v, key)
    chance = item.family in PROBABILITY and 0 < key < 1 and 0 < v < 1
    return chance and within(min(v, 1 - v), min(key, 1 - key))


#: families whose options are probabilities
PROBABILITY = ("probability.cards", "probability.coins", "probability.conditional",
               "probability.dice", "probability.urn")


def offered(item: Any, value: Fraction) -> bool:
    """Whether a named mistake's ``value`` is among the options of ``item``, or the
    options kit had cause to leave it out: the key has no option on that side (its
    value rank is drawn uniformly, so it is the largest option one time in n), or
    the value is beyond :data:`FACTOR` of the key (docs/options.md)."""
    values = values_of(item.choices)
    assert values is not None
    if value in values:
        return True
    key = values[item.answer_index]
    same_side = [v for v in values if (v > key) == (value > key) and v != key]
    return not same_side or not _near(value, key, item)
