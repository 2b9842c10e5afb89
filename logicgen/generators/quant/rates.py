"""Rates: speed, distance and time; average speed; meeting and catching up; work and pipes.

Kinds (``data["kind"]``):

* ``distance``: how far at a steady speed for a number of minutes (km);
* ``travel_time``: how long a trip takes at a steady speed (hours and minutes);
* ``average_speed``: the average speed of a trip made of legs at different
  speeds, such as out at 60 km/h and back at 40 km/h (total distance ÷ total
  time, never the mean of the speeds);
* ``meet``: two travellers start a distance apart at the same moment and head
  towards each other; when do they meet;
* ``catch_up``: one sets off, the other follows later on the same road at a
  higher speed; how long after the second sets off does it catch up;
* ``work``: people (or pipes) who would finish a job alone in given times work
  together, possibly with a drain emptying the tank; how long does the job take.

Durations are whole minutes and speeds and distances whole numbers (the numbers
are drawn until they are). Choice items give durations as ``2 h 24 min``;
free-response items ask for minutes. The generator uses closed forms (harmonic
means, ``D / (v1 + v2)``, ``ab / (a + b)``); the solver
(:func:`logicgen.solve.arithmetic.solve_rates`) runs a clock forward minute by
minute in whole units, or totals the legs one by one.

Distractors are named mistakes: the arithmetic mean of two speeds instead of
the harmonic one, adding or subtracting speeds the wrong way round, averaging or
adding the times of two workers, adding a drain instead of subtracting it,
forgetting the unit change from minutes to hours, reading a decimal part of an
hour as minutes (2.4 h as 2 h 40 min), and timing from the wrong start.

Difficulty: ``easy`` is one-step distance/time and two workers; ``medium`` is
round-trip average speeds, meeting problems and pipes with a drain; ``hard`` is
three-leg trips, catching up and three-pipe tanks (two pipes and a drain). Asked
for by ``kind``, distance, travel time and meeting items keep their own level's
variant (travel times run longer above ``easy``). ``score`` = number of
arithmetic steps in the worked solution + 1 for a unit conversion + 1 for a
subtraction of rates + 0.5 per extra leg or worker beyond two.

>>> import logicgen
>>> item = logicgen.generate("quant.rates", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
A tank is empty. On its own, pipe A can fill it in 2 hours and a drain B can empty the full tank
in 7 hours. All are opened at the same time and work at steady rates. How long does it take to
fill the tank? Give the answer in hours and minutes.
>>> item.choices, item.answer
(('2 h 48 min', '1 h', '2 h 28 min', '2 h', '2 h 38 min'), '2 h 48 min')
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import gcd
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.generators.quant._quant import Drawn, Wrong, draft, wording
from logicgen.kit import Draft, Draw, Wording, fmt
from logicgen.kit.forms import units
from logicgen.registry import KindParams, family
from logicgen.solve.arithmetic import solve_rates

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("distance", "travel_time", "average_speed", "meet", "catch_up", "work")
LEVELS: dict[str, tuple[str, ...]] = {"easy": ("distance", "travel_time", "work"),
                                      "medium": ("average_speed", "meet", "work"),
                                      "hard": ("average_speed", "catch_up", "work")}
PLACES = (("Ashford", "Brampton"), ("the depot", "the harbour"), ("the farm", "the market"),
          ("Easton", "Westfield"), ("the lake", "the city"))
def _moves(speed: int) -> str:
    """A way of travelling that fits the speed."""
    return "cycles" if speed <= 25 else "drives"



@family("quant.rates", version=3, solver=solve_rates,
        summary="Rates: speed, distance, time, average speed, meeting, catching up, work and pipes")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS`, or ``mixed`` (default) to draw by difficulty."""

    KINDS = KINDS


def _misread(minutes: int) -> int | None:
    """The duration a candidate gets by reading decimal hours as minutes (2.4 h → 2 h 40 min)."""
    hours, rest = divmod(minutes, 60)
    hundredths = units(rest * 100, 60)  # 24 min = 0.4 h = 40 hundredths
    if not rest or hundredths is None or hundredths >= 60:
        return None
    return hours * 60 + hundredths


def _hours_text(minutes: int) -> str:
    """``2.4 h`` or ``5/7 h`` (exact) for the explanations."""
    h = Fraction(minutes, 60)
    if (h * 100).denominator == 1:
        text = f"{float(h):g}"
    else:
        text = fmt(h, "fraction")
    return f"{text} h"


def _distance(draw: Draw, level: str) -> Drawn:
    for _ in range(100):
        speed = draw.between(3, 24) * 5
        minutes = draw.pick((10, 12, 15, 20, 24, 30, 36, 40, 45, 48, 50, 75, 80, 90))
        km = units(speed * minutes, 60)
        if km is not None and 2 <= km:
            break
    else:  # pragma: no cover
        speed, minutes, km = 60, 30, 30
    wrong: list[Wrong] = [
        (speed * minutes, "forgetting to change minutes into hours"),
        (units(speed * minutes, 100), "treating the minutes as hundredths of an hour"),
        (units(speed * 60, minutes), "dividing the speed by the time"),
        (units(speed * minutes, 30), "using 30 minutes to the hour"),
        (speed, "giving the distance for a whole hour"),
    ]
    steps = [
        f"{minutes} minutes = {minutes}/60 h = {fmt(Fraction(minutes, 60), 'fraction')} h.",
        f"Distance = speed × time = {speed} × {fmt(Fraction(minutes, 60), 'fraction')} = {km} km.",
    ]
    data = {"kind": "distance", "speed": speed, "minutes": minutes, "form": "integer",
            "unit": "km"}
    return data, km, wrong, steps, 2.0


def _travel_time(draw: Draw, level: str) -> Drawn:
    for _ in range(100):
        speed = draw.between(6, 24) * 5
        minutes = draw.between(5, 60 if level == "easy" else 100) * 6
        km = units(speed * minutes, 60)
        if km is not None and minutes % 60:
            break
    else:  # pragma: no cover
        speed, minutes, km = 60, 150, 150
    wrong: list[Wrong] = [
        (_misread(minutes), "reading the decimal part of the hours as minutes"),
        (units(km * 100, speed), "using 100 minutes to the hour"),
        (minutes + 60, "adding an hour by mistake"),
        (minutes - 30 if minutes > 30 else None, "dropping the half hour"),
        (units(km * 60, speed + 10), "using a speed 10 km/h too high"),
    ]
    steps = [
        f"Time = distance ÷ speed = {km} ÷ {speed} = {_hours_text(minutes)}.",
        (f"{_hours_text(minutes - minutes // 60 * 60)} × 60 = {minutes % 60} minutes, so the "
        f"trip takes {fmt(minutes, 'hm')}."),
    ]
    data = {"kind": "travel_time", "speed": speed, "distance": km, "form": "hm"}
    return data, minutes, wrong, steps, 2.0 + (1 if minutes % 60 else 0)


def _average_speed(draw: Draw, level: str) -> Drawn:
    if level == "hard":
        for _ in range(300):
            speeds = [draw.between(4, 18) * 5 for _ in range(3)]
            halves = [draw.between(1, 8) for _ in range(3)]  # leg times in half hours
            doubled = [sp * h for sp, h in zip(speeds, halves)]  # twice each leg's distance
            avg = units(sum(doubled), sum(halves))
            if avg is not None and len(set(speeds)) == 3 and all(x % 2 == 0 for x in doubled):
                break
        else:  # pragma: no cover
            speeds, halves, doubled, avg = [60, 40, 30], [2, 2, 2], [120, 80, 60], 43
        dists = [x // 2 for x in doubled]
        total_d, total_t = sum(dists), Fraction(sum(halves), 2)
        legs = [{"distance": d, "speed": sp} for d, sp in zip(dists, speeds)]
        value = avg
        plain = Fraction(sum(speeds), 3)
        wrong: list[Wrong] = [
            (int(plain) if plain.denominator == 1 else None, "averaging the three speeds"),
            (total_d, "giving the total distance"),
            (max(speeds), "taking the fastest leg"),
            (value + 5, "rounding a leg time up"),
        ]
        steps = [
            "Average speed = total distance ÷ total time.",
            "Leg times: " + "; ".join(
                f"{d} km at {sp} km/h takes {_hours_text(h * 30)}"
                for d, sp, h in zip(dists, speeds, halves)) + ".",
            (f"Total: {total_d} km in {_hours_text(sum(halves) * 30)}, so the average is "
            f"{total_d} ÷ {fmt(total_t, 'fraction')} = {value} km/h."),
        ]
        three = {"kind": "average_speed", "legs": legs, "form": "integer", "unit": "km/h"}
        return three, value, wrong, steps, 5.5
    for _ in range(200):
        v1, v2 = draw.between(2, 24) * 5, draw.between(2, 24) * 5
        if v1 == v2 or (2 * v1 * v2) % (v1 + v2) or (v1 + v2) % 2:
            continue
        d = v1 * v2 // gcd(v1, v2) * draw.between(1, 2)  # a distance both speeds divide
        if d <= 300:
            break
    else:  # pragma: no cover
        v1, v2, d = 60, 40, 120
    value = 2 * v1 * v2 // (v1 + v2)
    wrong = [
        ((v1 + v2) // 2, "averaging the two speeds"),
        (units(v1 * v2, v1 + v2), "forgetting the factor 2 for the two equal distances"),
        (abs(v1 - v2), "taking the difference of the speeds"),
        (min(v1, v2), "taking the slower speed"),
        (value + 2, "rounding the times"),
    ]
    t1, t2 = d * 60 // v1, d * 60 // v2
    steps = [
        ("Average speed = total distance ÷ total time (not the mean of the two speeds, "
        "because more time is spent at the slower speed)."),
        (f"Out: {d} ÷ {v1} = {_hours_text(t1)}; back: {d} ÷ {v2} = {_hours_text(t2)}; "
        f"total {_hours_text(t1 + t2)} for {2 * d} km."),
        (f"Average = {2 * d} ÷ {fmt(Fraction(t1 + t2, 60), 'fraction')} = {value} km/h "
        f"(the same as 2 × {v1} × {v2} ÷ ({v1} + {v2}))."),
    ]
    data: dict[str, Any] = {"kind": "average_speed", "legs": [{"distance": d, "speed": v1},
                                              {"distance": d, "speed": v2}],
            "form": "integer", "unit": "km/h", "round_trip": True}
    return data, value, wrong, steps, 4.0


def _meet(draw: Draw, level: str) -> Drawn:
    for _ in range(200):
        v1, v2 = draw.between(6, 24) * 5, draw.between(6, 24) * 5
        minutes = draw.between(5, 40) * 6
        d = units((v1 + v2) * minutes, 60)
        if v1 != v2 and d is not None and minutes % 60 and d <= 900:
            break
    else:  # pragma: no cover
        v1, v2, minutes, d = 60, 40, 150, 250
    wrong: list[Wrong] = [
        (units(d * 60, abs(v1 - v2)), "subtracting the speeds instead of adding them"),
        (_misread(minutes), "reading the decimal part of the hours as minutes"),
        (2 * minutes, "using the average of the two speeds instead of their sum"),
        (units(d * 60, max(v1, v2)), "using only the faster speed"),
        (minutes + 30, "adding half an hour for the slower traveller"),
    ]
    steps = [
        f"Moving towards each other, the gap closes at {v1} + {v2} = {v1 + v2} km/h.",
        f"Time = {d} ÷ {v1 + v2} = {_hours_text(minutes)} = {fmt(minutes, 'hm')}.",
    ]
    data = {"kind": "meet", "speed_a": v1, "speed_b": v2, "distance": d, "form": "hm"}
    return data, minutes, wrong, steps, 3.0 + (1 if minutes % 60 else 0)


def _catch_up(draw: Draw, level: str) -> Drawn:
    for _ in range(200):
        v1 = draw.between(4, 16) * 5
        v2 = v1 + draw.between(1, 8) * 5
        head = draw.pick((15, 20, 30, 40, 45, 60, 90, 120))
        minutes = units(v1 * head, v2 - v1)
        if minutes is not None and 20 <= minutes <= 600:
            break
    else:  # pragma: no cover
        v1, v2, head, minutes = 40, 60, 60, 120
    wrong: list[Wrong] = [
        (minutes + head, "timing from when the first one set off"),
        (units(v1 * head, v1 + v2), "adding the speeds instead of subtracting them"),
        (_misread(minutes), "reading the decimal part of the hours as minutes"),
        (units(v2 * head, v2 - v1), "using the faster speed for the head start"),
        (head, "taking the head start time"),
    ]
    lead = Fraction(v1 * head, 60)
    steps = [
        (f"In the head start of {head} min the first covers {v1} × {head}/60 = "
        f"{fmt(lead, 'fraction')} km."),
        f"The second gains {v2} − {v1} = {v2 - v1} km each hour.",
        (f"Time to close the gap = {fmt(lead, 'fraction')} ÷ {v2 - v1} = "
        f"{_hours_text(minutes)} = {fmt(minutes, 'hm')} after the second sets off."),
    ]
    data = {"kind": "catch_up", "speed_a": v1, "speed_b": v2, "head_start_minutes": head,
            "form": "hm"}
    return data, minutes, wrong, steps, 5.0


def _work(draw: Draw, level: str) -> Drawn:
    style = {"easy": "two", "medium": "drain", "hard": "three"}[level]
    for _ in range(300):
        if style == "two":
            times = [draw.between(2, 12), draw.between(2, 15)]
            drains = [False, False]
        elif style == "drain":
            times = [draw.between(2, 10), draw.between(4, 24)]
            drains = [False, True]
        else:
            times = [draw.between(2, 10), draw.between(2, 12), draw.between(4, 24)]
            drains = [False, False, True]
        if len(set(times)) < len(times):
            continue
        common = 1
        for t in times:
            common = common * t // gcd(common, t)
        net = sum(-(common // t) if dr else common // t for t, dr in zip(times, drains))
        total = units(60 * common, net) if net > 0 else None  # minutes for the whole job
        if total is not None and total % 60 and total <= 24 * 60:
            break
    else:  # pragma: no cover
        times, drains, common, net, total, style = [6, 3], [False, False], 6, 3, 120, "two"
    rate = Fraction(net, common)
    minutes = total
    fills = [t for t, dr in zip(times, drains) if not dr]
    drain = [t for t, dr in zip(times, drains) if dr]
    wrong: list[Wrong] = []
    if drain:
        wrong.append((units(60 * common, sum(common // t for t in times)),
                      "adding the drain's rate instead of subtracting it"))
        wrong.append((units(60 * common, sum(common // t for t in fills)), "ignoring the drain"))
    wrong += [
        (units(sum(times) * 60, len(times)), "averaging the times"),
        (_misread(minutes), "reading the decimal part of the hours as minutes"),
        (sum(t for t in fills) * 60 - (sum(drain) * 60 if drain else 0)
         if len(fills) > 1 else None, "adding the filling times"),
        (min(times) * 30, "halving the shortest time"),
        (abs(times[0] - times[1]) * 60 or None, "taking the difference of the times"),
    ]
    parts = [f"1/{t} {'emptied' if dr else 'done'} per hour" for t, dr in zip(times, drains)]
    signed = " ".join(("− " if dr else "+ ") + f"1/{t}" for t, dr in zip(times, drains))[2:]
    steps = [
        "Work with rates (parts of the job per hour): " + ", ".join(parts) + ".",
        f"Together: {signed} = {fmt(rate, 'fraction')} of the job per hour.",
        f"Time = 1 ÷ {fmt(rate, 'fraction')} = {_hours_text(minutes)} = {fmt(minutes, 'hm')}.",
    ]
    workers = [{"hours": t, "empties": dr} for t, dr in zip(times, drains)]
    data = {"kind": "work", "workers": workers, "form": "hm", "setting":
            "tank" if drain or level == "hard" else "job"}
    score = 3.0 + (1 if drain else 0) + 0.5 * (len(times) - 2)
    return data, minutes, wrong, steps, score


DRAWS = {"distance": _distance, "travel_time": _travel_time, "average_speed": _average_speed,
         "meet": _meet, "catch_up": _catch_up, "work": _work}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    return draft(DRAWS, LEVELS, params, rng)


# -- wording -------------------------------------------------------------------------------
# Every prompt draws a name first, used or not.


def _in_hm(numeric: bool) -> str:
    return (" Give the answer in minutes." if numeric else
            " Give the answer in hours and minutes.")


def _distance_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    name = draw.pick(FIRST_NAMES)
    return (f"{name} {_moves(data['speed'])} at a steady {data['speed']} km/h for "
            f"{data['minutes']} minutes. How far does {name} travel, in km?")


def _travel_time_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    name = draw.pick(FIRST_NAMES)
    a, b = draw.pick(PLACES)
    ask = ("How long does the trip take, in minutes?" if numeric else
           "How long does the trip take? Give the answer in hours and minutes.")
    return (f"{name} {_moves(data['speed'])} {data['distance']} km from {a} to {b} at a "
            f"steady {data['speed']} km/h. " + ask)


def _average_speed_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    name = draw.pick(FIRST_NAMES)
    legs = data["legs"]
    if data.get("round_trip"):
        a, b = draw.pick(PLACES)
        return (f"{name} drives {legs[0]['distance']} km from {a} to {b} at an average "
                f"{legs[0]['speed']} km/h and comes straight back along the same road at "
                f"an average {legs[1]['speed']} km/h. What is the average speed for the "
                "whole round trip, in km/h?")
    parts = [f"{leg['distance']} km at {leg['speed']} km/h" for leg in legs]
    return (f"{name} drives a route in three parts: {parts[0]}, then {parts[1]}, then "
            f"{parts[2]}, each at a steady speed. What is the average speed for the whole "
            "route, in km/h?")


def _meet_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(FIRST_NAMES)
    x, y = draw.distinct(FIRST_NAMES, 2)
    a, b = draw.pick(PLACES)
    return (f"{x} and {y} are {data['distance']} km apart on a straight road, {x} at {a} "
            f"and {y} at {b}. At the same moment they set off towards each other, {x} at "
            f"a steady {data['speed_a']} km/h and {y} at a steady {data['speed_b']} km/h. "
            + ("How long after setting off do they meet, in minutes?" if numeric else
               "How long after setting off do they meet? Give the answer in hours and "
               "minutes."))


def _catch_up_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(FIRST_NAMES)
    x, y = draw.distinct(FIRST_NAMES, 2)
    return (f"{x} leaves a depot at a steady {data['speed_a']} km/h. "
            f"{data['head_start_minutes']} minutes later {y} leaves the same depot along "
            f"the same road at a steady {data['speed_b']} km/h. How long after {y} sets "
            f"off does {y} catch up with {x}?" + _in_hm(numeric))


def _work_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(FIRST_NAMES)
    workers = data["workers"]
    if data["setting"] == "tank":
        parts = [f"a drain {label} can empty the full tank in {w['hours']} hours" if w["empties"]
                 else f"pipe {label} can fill it in {w['hours']} hours"
                 for label, w in zip("ABC", workers)]
        listed = ", ".join(parts[:-1]) + " and " + parts[-1]
        return (f"A tank is empty. On its own, {listed}. All are opened at the same time and "
                "work at steady rates. How long does it take to fill the tank?"
                + _in_hm(numeric))
    x, y = draw.distinct(FIRST_NAMES, 2)
    job = draw.pick(("paint a fence", "sort a delivery", "clean an office", "build a shed"))
    return (f"Working alone, {x} takes {workers[0]['hours']} hours to {job} and {y} takes "
            f"{workers[1]['hours']} hours. Working together, each at their usual steady rate, "
            "how long do they take to do the job?" + _in_hm(numeric))


PROMPTS = {"distance": _distance_prompt, "travel_time": _travel_time_prompt,
           "average_speed": _average_speed_prompt, "meet": _meet_prompt,
           "catch_up": _catch_up_prompt, "work": _work_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    return wording(PROMPTS, draft, params, rng)
