"""Direction-sense solver: sum the legs of a walk as complex numbers.

East is 1 and north is i. The walker carries a unit heading h: a left turn
multiplies it by i, a right turn by −i, turning around by −1; a leg that names a
compass direction sets h outright. The end point is the sum of distance × h.

Answers: the distance |z| written exactly (a whole number, or a·√b with b
square-free), the compass point of z seen from the start (a point both north
and east counts as north-east, as the items state), the same for −z (the start
seen from the end), or the final heading.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["compass", "end_point", "exact_distance", "solve"]

_UNIT = {"north": 1j, "east": 1 + 0j, "south": -1j, "west": -1 + 0j}
_TURN = {"left": 1j, "right": -1j, "around": -1 + 0j}


def end_point(legs: Sequence[Mapping[str, Any]]) -> tuple[int, int, complex]:
    """(east, north, final heading) after walking ``legs``."""
    z = 0j
    h = 1j
    for leg in legs:
        if leg.get("heading"):
            h = _UNIT[str(leg["heading"])]
        else:
            h = h * _TURN[str(leg["turn"])]
        z += h * int(leg["distance"])
    return round(z.real), round(z.imag), h


def exact_distance(x: int, y: int) -> tuple[int, int]:
    """(a, b) with sqrt(x² + y²) = a·√b and b square-free."""
    n = x * x + y * y
    a, b = 1, 1
    p = 2
    while n > 1:
        if p * p > n:
            b *= n
            break
        count = 0
        while n % p == 0:
            n //= p
            count += 1
        a *= p ** (count // 2)
        b *= p ** (count % 2)
        p += 1
    return a, b


def compass(x: int, y: int) -> str:
    """The compass point of (x, y) seen from the origin."""
    names = {
        (0, 1): "north", (1, 1): "north-east", (1, 0): "east", (1, -1): "south-east",
        (0, -1): "south", (-1, -1): "south-west", (-1, 0): "west", (-1, 1): "north-west",
    }
    key = ((x > 0) - (x < 0), (y > 0) - (y < 0))
    if key == (0, 0):
        raise ValueError("the walk ends where it started")
    return names[key]


def _distance(x: int, y: int, unit: str) -> str:
    a, b = exact_distance(x, y)
    if b == 1:
        return f"{a} {unit}"
    return f"{'' if a == 1 else a}√{b} {unit}"


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().replace("\u2212", "-").split()).rstrip(".")


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The option (or, for free response, the whole-number distance) the walk gives."""
    x, y, h = end_point(data["legs"])
    unit = str(data["unit"])
    kind = data["question"]
    if kind == "distance":
        answer = _distance(x, y, unit)
        if not choices:
            a, b = exact_distance(x, y)
            return [str(a)] if b == 1 else [answer]
    elif kind == "direction":
        answer = compass(x, y)
    elif kind == "start_direction":
        answer = compass(-x, -y)
    elif kind == "facing":
        answer = {1j: "north", 1 + 0j: "east", -1j: "south", -1 + 0j: "west"}[h]
    elif kind == "distance_direction":
        answer = f"{_distance(x, y, unit)} {compass(x, y)}"
    else:
        raise ValueError(f"unknown question {kind!r}")
    if not choices:
        return [answer]
    return [c for c in choices if _norm(c) == _norm(answer)]


def effort(data: Mapping[str, Any]) -> float:
    """The solver's work on a ``deduction.directions`` item.

    Tracking the heading costs 0.5 a relative turn (left, right, around) that
    the answer depends on; adding up the walk costs 1 a leg. The question adds
    what it needs from the end point:

    * ``facing``: only the heading, so no leg is added up and only the turns
      after the last leg that names its direction count, 1 each (composing
      the turns is the whole task), +1 to name the heading;
    * ``direction``: the compass point of the end point (+0.5);
    * ``start_direction``: the same seen from the other end (+1.5: reverse it);
    * ``distance``: +0.5 for a straight line; +1.5 when both the east and
      north totals are non-zero (Pythagoras); +1 more when the result is not a
      whole number (write it as a·√b);
    * ``distance_direction``: the distance and the direction together.

    A walk east 3 then left 4, asked the distance: 2 legs + 0.5 (one turn)
    + 1.5 (Pythagoras, a whole 5):

    >>> effort({"unit": "km", "question": "distance", "legs": [
    ...     {"turn": None, "heading": "east", "distance": 3},
    ...     {"turn": "left", "heading": None, "distance": 4}]})
    4.0
    """
    legs = list(data["legs"])
    kind = data["question"]
    if kind == "facing":
        last_named = max(i for i, leg in enumerate(legs) if leg.get("heading"))
        turns = sum(1 for leg in legs[last_named + 1:] if leg.get("turn"))
        return turns + 1.0
    turns = sum(1 for leg in legs if not leg.get("heading") and leg.get("turn"))
    work = len(legs) + 0.5 * turns
    x, y, _ = end_point(legs)
    if kind in ("distance", "distance_direction"):
        if x and y:
            work += 1.5 + (1.0 if exact_distance(x, y)[1] != 1 else 0.0)
        else:
            work += 0.5
    if kind in ("direction", "distance_direction"):
        work += 0.5
    if kind == "start_direction":
        work += 1.5
    return work
