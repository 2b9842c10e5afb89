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

Every traveller has a way of travelling (``data["mode"]`` or ``data["modes"]``:
walking 3–6 km/h, jogging 8–15, cycling 10–30, driving 30–120, a train 60–160)
whose speeds and longest trip come from :mod:`logicgen.data.scenarios`; people
working together do one of a dozen jobs with its own range of hours, and pipes
fill a tank, pool, pond, cistern or trough with its own fill and drain times
(``data["scene"]``). The ranges and their reasons are in ``docs/scenarios.md``.

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
variant (travel times run longer above ``easy``).

``score`` is the solver's measured effort, :func:`logicgen.solve.arithmetic.effort_rates`:
2 for a distance or a travel time, 1 per worker (half more for a drain), 3 to
meet, 4 to catch up, 1 per leg plus 2 for an average speed, plus 1 to turn a
fraction of an hour into minutes and a quarter step per significant digit beyond
two of the longest number. Each level keeps the items within its band
(:data:`BANDS`): hard items need four steps or more.

>>> import logicgen
>>> item = logicgen.generate("quant.rates", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
A cattle trough on Luca's farm is empty. On its own, a pipe can fill it in 5 hours and a leak
can empty it when full in 11 hours. All are opened at the same time and work at steady rates.
How long does it take to fill the trough? Give the answer in hours and minutes.
>>> item.choices, item.answer
(('5 h', '9 h 10 min', '2 h 30 min', '8 h', '6 h'), '9 h 10 min')
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import gcd
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.data.scenarios import CONTAINERS, JOBS, MODES, TOWNS
from logicgen.generators.quant._quant import Drawn, Wrong, draft, wording
from logicgen.kit import Draft, Draw, Wording, fmt
from logicgen.kit.forms import units
from logicgen.registry import KindParams, family
from logicgen.solve.arithmetic import effort_rates, solve_rates

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("distance", "travel_time", "average_speed", "meet", "catch_up", "work")
LEVELS: dict[str, tuple[str, ...]] = {"easy": ("distance", "travel_time", "work"),
                                      "medium": ("average_speed", "meet", "work"),
                                      "hard": ("average_speed", "catch_up", "work")}
PLACES = (("the depot", "the harbour"), ("the farm", "the market"), ("the lake", "the city"),
          ("the station", "the stadium"), ("the campsite", "the village"),
          ("the school", "the sports centre"))
#: Where a catching-up story starts.
STARTS = ("a depot", "a campsite", "the town hall", "a farm gate", "the station", "a school")
#: Two travellers heading towards each other (``meet``): their ways of travelling.
MEET_MODES = (("drive", "drive"), ("cycle", "cycle"), ("walk", "walk"), ("walk", "cycle"),
              ("cycle", "drive"), ("walk", "jog"), ("jog", "cycle"))
#: The first traveller's way and the faster follower's (``catch_up``).
CHASE_MODES = (("walk", "cycle"), ("walk", "jog"), ("cycle", "cycle"), ("cycle", "drive"),
               ("drive", "drive"), ("walk", "drive"), ("jog", "cycle"))
#: Round trips and three-part routes (``average_speed``).
TRIP_MODES = ("drive", "drive", "cycle", "train")
ROUTE_MODES = ("drive", "cycle", "train")


def _round_trip_pairs(speeds: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Two speeds whose round-trip average (and plain mean) are whole km/h."""
    return tuple((a, b) for a in speeds for b in speeds
                 if a != b and (2 * a * b) % (a + b) == 0 and (a + b) % 2 == 0)


#: The speed pairs a round trip may use, by way of travelling (walking has none).
ROUND_TRIPS = {m: _round_trip_pairs(MODES[m]["speeds"]) for m in ("drive", "cycle", "train")}


#: The scenario tables' keys, in table order (drawn from).
MODES_KEYS = tuple(MODES)
JOBS_KEYS = tuple(JOBS)
CONTAINERS_KEYS = tuple(CONTAINERS)


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


MINUTES = (10, 12, 15, 20, 24, 30, 36, 40, 45, 48, 50, 75, 80, 90, 100, 105, 120, 135, 150)


def _distance(draw: Draw, level: str) -> Drawn:
    mode = draw.pick(MODES_KEYS)
    spec = MODES[mode]
    for _ in range(100):
        speed = draw.pick(spec["speeds"])
        minutes = draw.pick(MINUTES)
        km = units(speed * minutes, 60)
        if km is not None and 2 <= km and minutes <= spec["max_minutes"]:
            break
    else:  # pragma: no cover
        mode, speed, minutes, km = "drive", 60, 30, 30
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
    data = {"kind": "distance", "mode": mode, "speed": speed, "minutes": minutes,
            "form": "integer", "unit": "km"}
    return data, km, wrong, steps, 2.0


def _travel_time(draw: Draw, level: str) -> Drawn:
    mode = draw.pick(MODES_KEYS)
    spec = MODES[mode]
    longest = min(360 if level == "easy" else 600, spec["max_minutes"]) // 6
    for _ in range(100):
        speed = draw.pick(spec["speeds"])
        minutes = draw.between(5, longest) * 6
        km = units(speed * minutes, 60)
        if km is not None and minutes % 60:
            break
    else:  # pragma: no cover
        mode, speed, minutes, km = "drive", 60, 150, 150
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
    data = {"kind": "travel_time", "mode": mode, "speed": speed, "distance": km, "form": "hm"}
    return data, minutes, wrong, steps, 2.0 + (1 if minutes % 60 else 0)


def _average_speed(draw: Draw, level: str) -> Drawn:
    if level == "hard":
        mode = draw.pick(ROUTE_MODES)
        spec = MODES[mode]
        for _ in range(300):
            speeds = [draw.pick(spec["speeds"]) for _ in range(3)]
            halves = [draw.between(1, 8) for _ in range(3)]  # leg times in half hours
            doubled = [sp * h for sp, h in zip(speeds, halves)]  # twice each leg's distance
            avg = units(sum(doubled), sum(halves))
            if (avg is not None and len(set(speeds)) == 3 and all(x % 2 == 0 for x in doubled)
                    and 30 * sum(halves) <= spec["max_minutes"]):
                break
        else:  # pragma: no cover
            mode, speeds, halves, doubled, avg = "drive", [60, 40, 30], [2, 2, 2], [120, 80, 60], 43
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
        three = {"kind": "average_speed", "mode": mode, "legs": legs, "form": "integer",
                 "unit": "km/h"}
        return three, value, wrong, steps, 5.5
    mode = draw.pick(TRIP_MODES)
    spec = MODES[mode]
    for _ in range(200):
        v1, v2 = draw.pick(ROUND_TRIPS[mode])
        d = v1 * v2 // gcd(v1, v2) * draw.between(1, 3)  # a distance both speeds divide
        if d * 60 * (v1 + v2) <= spec["max_minutes"] * v1 * v2:  # the whole trip's time
            break
    else:  # pragma: no cover
        mode, v1, v2, d = "drive", 60, 40, 120
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
    data: dict[str, Any] = {"kind": "average_speed", "mode": mode,
                            "legs": [{"distance": d, "speed": v1}, {"distance": d, "speed": v2}],
                            "form": "integer", "unit": "km/h", "round_trip": True}
    return data, value, wrong, steps, 4.0


def _meet(draw: Draw, level: str) -> Drawn:
    modes = draw.pick(MEET_MODES)
    specs = [MODES[m] for m in modes]
    longest = min(240, *(sp["max_minutes"] for sp in specs)) // 6
    for _ in range(200):
        v1, v2 = draw.pick(specs[0]["speeds"]), draw.pick(specs[1]["speeds"])
        minutes = draw.between(3, longest) * 6
        d = units((v1 + v2) * minutes, 60)
        if v1 != v2 and d is not None and minutes % 60 and d <= 900:
            break
    else:  # pragma: no cover
        modes, v1, v2, minutes, d = ("drive", "drive"), 60, 40, 150, 250
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
    data = {"kind": "meet", "modes": list(modes), "speed_a": v1, "speed_b": v2, "distance": d,
            "form": "hm"}
    return data, minutes, wrong, steps, 3.0 + (1 if minutes % 60 else 0)


def _catch_up(draw: Draw, level: str) -> Drawn:
    modes = draw.pick(CHASE_MODES)
    specs = [MODES[m] for m in modes]
    for _ in range(300):
        v1, v2 = draw.pick(specs[0]["speeds"]), draw.pick(specs[1]["speeds"])
        head = draw.pick((10, 15, 20, 30, 40, 45, 60, 90, 120))
        minutes = units(v1 * head, v2 - v1) if v2 > v1 else None
        if (minutes is not None and 10 <= minutes
                and minutes + head <= specs[0]["max_minutes"]
                and minutes <= specs[1]["max_minutes"]):
            break
    else:  # pragma: no cover
        modes, v1, v2, head, minutes = ("drive", "drive"), 40, 60, 60, 120
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
    data = {"kind": "catch_up", "modes": list(modes), "speed_a": v1, "speed_b": v2,
            "head_start_minutes": head, "form": "hm"}
    return data, minutes, wrong, steps, 5.0


def _work(draw: Draw, level: str) -> Drawn:
    style = {"easy": "two", "medium": "drain", "hard": "three"}[level]
    if style == "two":
        setting = draw.pick(JOBS_KEYS)
        fill = drain_range = JOBS[setting]
    else:
        setting = draw.pick(CONTAINERS_KEYS)
        fill, drain_range = CONTAINERS[setting]["fill"], CONTAINERS[setting]["drain"]
    for _ in range(300):
        if style == "two":
            times = [draw.between(*fill), draw.between(*fill)]
            drains = [False, False]
        elif style == "drain":
            times = [draw.between(*fill), draw.between(*drain_range)]
            drains = [False, True]
        else:
            times = [draw.between(*fill), draw.between(*fill), draw.between(*drain_range)]
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
        times, drains, common, net, total = [6, 3], [False, False], 6, 3, 120
        style, setting = "two", "paint a fence"
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
            "tank" if drain or level == "hard" else "job", "scene": setting}
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


def _mover(mode: str, name: str) -> tuple[str, str]:
    """``Maya walks`` and ``Maya`` (or ``Maya's train runs`` and ``the train``)."""
    spec = MODES[mode]
    return spec["move"].format(name=name), spec["who"].format(name=name)


def _places(draw: Draw) -> tuple[str, str]:
    """Two towns, or two places in one town."""
    if draw.random() < 0.5:
        a, b = draw.distinct(TOWNS, 2)
        return a, b
    return draw.pick(PLACES)


def _distance_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    moves, who = _mover(data["mode"], draw.pick(FIRST_NAMES))
    return (f"{moves} at a steady {data['speed']} km/h for {data['minutes']} minutes. How "
            f"far does {who} travel, in km?")


def _travel_time_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    moves, _ = _mover(data["mode"], draw.pick(FIRST_NAMES))
    a, b = _places(draw)
    ask = ("How long does the trip take, in minutes?" if numeric else
           "How long does the trip take? Give the answer in hours and minutes.")
    return (f"{moves} {data['distance']} km from {a} to {b} at a steady {data['speed']} km/h. "
            + ask)


def _average_speed_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    moves, who = _mover(data["mode"], draw.pick(FIRST_NAMES))
    legs = data["legs"]
    if data.get("round_trip"):
        a, b = _places(draw)
        back = "runs" if who == "the train" else "comes"
        return (f"{moves} {legs[0]['distance']} km from {a} to {b} at an average "
                f"{legs[0]['speed']} km/h and {back} straight back along the same route at "
                f"an average {legs[1]['speed']} km/h. What is the average speed for the "
                "whole round trip, in km/h?")
    parts = [f"{leg['distance']} km at {leg['speed']} km/h" for leg in legs]
    return (f"{moves} a route in three parts: {parts[0]}, then {parts[1]}, then "
            f"{parts[2]}, each at a steady speed. What is the average speed for the whole "
            "route, in km/h?")


def _meet_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(FIRST_NAMES)
    x, y = draw.distinct(FIRST_NAMES, 2)
    a, b = _places(draw)
    ga, gb = (MODES[m]["ing"] for m in data["modes"])
    way = "road" if "drive" in data["modes"] else draw.pick(("path", "road", "track"))
    return (f"{x} and {y} are {data['distance']} km apart on a straight {way}, {x} at {a} "
            f"and {y} at {b}. At the same moment they set off towards each other, {x} "
            f"{ga} at a steady {data['speed_a']} km/h and {y} {gb} at a steady "
            f"{data['speed_b']} km/h. "
            + ("How long after setting off do they meet, in minutes?" if numeric else
               "How long after setting off do they meet? Give the answer in hours and "
               "minutes."))


def _catch_up_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(FIRST_NAMES)
    x, y = draw.distinct(FIRST_NAMES, 2)
    start = draw.pick(STARTS)
    ga, gb = (MODES[m]["ing"] for m in data["modes"])
    return (f"{x} leaves {start} {ga} at a steady {data['speed_a']} km/h. "
            f"{data['head_start_minutes']} minutes later {y} leaves from the same place along "
            f"the same road, {gb} at a steady {data['speed_b']} km/h. How long after {y} sets "
            f"off does {y} catch up with {x}?" + _in_hm(numeric))


def _work_prompt(data: dict[str, Any], draw: Draw, numeric: bool) -> str:
    draw.pick(FIRST_NAMES)
    workers = data["workers"]
    if data["setting"] == "tank":
        spec = CONTAINERS[data["scene"]]
        outlet = draw.pick(("a drain", "an outlet pipe", "a leak"))
        fillers = (["pipe A", "pipe B"] if len(workers) == 3 else
                   [draw.pick(("a pipe", "a hose", "the inlet pipe", "a tap"))])
        parts = [f"{outlet} can empty it when full in {w['hours']} hours"
                 if w["empties"] else f"{filler} can fill it in {w['hours']} hours"
                 for filler, w in zip(fillers + [""], workers)]
        listed = ", ".join(parts[:-1]) + " and " + parts[-1]
        thing = spec["short"]
        where = spec["name"].format(name=draw.pick(FIRST_NAMES), town=draw.pick(TOWNS))
        return (f"{where[0].upper()}{where[1:]} is empty. On its own, {listed}. "
                "All are opened at the same time and work at steady rates. How long does it "
                f"take to fill the {thing}?" + _in_hm(numeric))
    x, y = draw.distinct(FIRST_NAMES, 2)
    job = data["scene"]
    return (f"Working alone, {x} takes {workers[0]['hours']} hours to {job} and {y} takes "
            f"{workers[1]['hours']} hours. Working together, each at their usual steady rate, "
            "how long do they take to do the job?" + _in_hm(numeric))


PROMPTS = {"distance": _distance_prompt, "travel_time": _travel_time_prompt,
           "average_speed": _average_speed_prompt, "meet": _meet_prompt,
           "catch_up": _catch_up_prompt, "work": _work_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    return wording(PROMPTS, draft, params, rng)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "distance": (
        "Distance = speed × time; change minutes to hours first."
    ),
    "travel_time": (
        "Time = distance ÷ speed; change the decimal hours into hours and minutes."
    ),
    "work": (
        "Combine rates, not times: each does 1/t of the job an hour, and a drain's rate "
        "counts as negative."
    ),
    "average_speed": (
        "Average speed = total distance ÷ total time, not the mean of the speeds."
    ),
    "meet": (
        "Moving towards each other, the gap closes at the sum of the speeds."
    ),
    "catch_up": (
        "Chasing, the gap closes at the difference of the speeds."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort_rates
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (2.0, 3.5), "medium": (3.0, 4.5),
                                         "hard": (4.0, 6.0)}
