"""Scenario numbers stay in the realistic ranges of docs/scenarios.md.

The ranges below are this test's own copy of the documented table, written from
the document and not imported from the generators, so a generator (or its data
table) that drifts outside what the document promises fails here. Each checker
reads the scenario and its numbers from ``item.data`` only.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import logicgen

F = Fraction
Range = tuple[Fraction, Fraction]


def r(lo: float | str, hi: float | str) -> Range:
    return F(str(lo)), F(str(hi))


# -- the documented ranges (docs/scenarios.md) ----------------------------------------------

#: quant.percent, successive and reverse: rises and falls in percent, by scenario.
CHANGE = {"price": (r(5, 30), r(5, 50)), "rent": (r(2, 10), r(2, 10)),
          "salary": (r(2, 12), r(4, 10)), "population": (r(1, 15), r(1, 10)),
          "share_price": (r(5, 40), r(5, 40)), "visitors": (r(5, 60), r(5, 40)),
          "sales": (r(4, 30), r(4, 30))}
#: Usual shop prices of goods, in dollars.
GOODS = {"jacket": r(40, 300), "bicycle": r(150, 1500), "laptop": r(300, 2500),
         "sofa": r(300, 2500), "camera": r(150, 2000), "watch": r(30, 800), "lamp": r(15, 200),
         "printer": r(60, 500), "kettle": r(15, 120), "tent": r(50, 600),
         "guitar": r(100, 1500), "desk": r(60, 800), "phone": r(150, 1200), "rug": r(40, 800),
         "mattress": r(150, 1500), "scooter": r(100, 900), "blender": r(20, 300),
         "backpack": r(20, 200), "pair of headphones": r(20, 400),
         "computer monitor": r(100, 800)}
#: Money amounts after the changes in reverse items (other than prices), in dollars.
AMOUNT = {"rent": r(600, 3000), "salary": r(20000, 120000), "share_price": r(5, 400)}
#: Rates in percent (points items).
RATE = {"unemployment": r(2, 12), "savings": r(0.5, 6), "sales_tax": r(3, 10),
        "vat": r(5, 25), "late_deliveries": r(2, 20), "machine_errors": r(0.5, 8),
        "inflation": r(1, 10), "mortgage": r(2, 9), "turnout": r(25, 80),
        "driving_pass": r(40, 80), "market_share": r(5, 40), "hotel_occupancy": r(50, 95),
        "school_absence": r(3, 10), "survey_response": r(10, 60), "returns": r(15, 40)}
#: Interest: yearly rate in percent and the amount in dollars.
INTEREST = {"savings": (r(0.5, 6), r(500, 20000)), "deposit": (r(1, 6), r(2000, 50000)),
            "car_loan": (r(3, 10), r(5000, 30000)),
            "personal_loan": (r(6, 15), r(1000, 20000))}
MARKUP, DISCOUNT, YEARS = r(20, 100), r(10, 50), r(1, 5)

#: quant.rates: speeds in km/h and the longest trip in minutes, by way of travelling.
SPEED = {"walk": r(3, 6), "jog": r(8, 15), "cycle": r(10, 30), "drive": r(30, 120),
         "train": r(60, 160)}
LONGEST = {"walk": 300, "jog": 120, "cycle": 360, "drive": 600, "train": 480}
#: Hours one person takes alone, by job.
JOB_HOURS = {"paint a fence": r(2, 12), "sort a delivery": r(2, 10), "clean an office": r(2, 8),
             "build a shed": r(4, 15), "paint a room": r(2, 10),
             "mow a sports field": r(2, 8), "weed a vegetable garden": r(2, 8),
             "type up a report": r(2, 12), "pack a removal van": r(2, 6),
             "tile a bathroom floor": r(3, 12), "pick the apples in an orchard": r(4, 15),
             "wash the windows of a school": r(3, 12)}
#: Hours for one pipe to fill, and for the drain to empty, by container.
TANK = {"tank": (r(2, 12), r(4, 24)), "pool": (r(4, 15), r(6, 30)), "pond": (r(2, 10), r(4, 20)),
        "cistern": (r(2, 12), r(4, 24)), "trough": (r(2, 8), r(3, 16))}

#: quant.ratio: strengths in percent by volume.
STRENGTH = {"antifreeze": r(20, 70), "alcohol": r(10, 70), "juice concentrate": r(10, 60),
            "liquid fertiliser": r(2, 20), "cleaning fluid": r(4, 40), "vinegar": r(4, 25),
            "fruit syrup": r(10, 50)}
#: Crew sizes and days, by crew.
CREW = {"painters": (r(2, 10), r(2, 20)), "builders": (r(2, 8), r(4, 30)),
        "gardeners": (r(2, 12), r(2, 20)), "roofers": (r(2, 8), r(2, 15)),
        "cleaners": (r(2, 12), r(2, 10)), "road_crew": (r(3, 12), r(3, 30)),
        "pickers": (r(2, 12), r(2, 15)), "workers": (r(2, 12), r(2, 30))}
#: What one machine makes in an hour, by goods.
PER_HOUR = {"boxes": r(20, 300), "bottles": r(50, 300), "labels": r(50, 300),
            "bricks": r(20, 200), "envelopes": r(50, 300), "bolts": r(50, 300),
            "loaves": r(20, 150), "T-shirts": r(10, 60), "tins": r(50, 300),
            "face masks": r(50, 300)}
#: One item's value in mean-change items, by scenario.
ITEM_VALUE = {"numbers": r(1, 120), "parcels": r(1, 40), "players": r(16, 40),
              "days": r(25, 45), "bags": r(1, 20)}
MARK, CLASS = r(0, 100), r(5, 35)

#: probability.conditional: prevalence, sensitivity, false-positive rate in percent.
SCREEN = {"condition": (r(0.5, 5), r(80, 99), r(1, 10)),
          "virus": (r(0.5, 5), r(85, 98), r(1, 5)),
          "faulty": (r(1, 5), r(90, 99), r(1, 5)),
          "doping": (r(1, 5), r(90, 99), r(1, 3)),
          "spam": (r(20, 50), r(90, 99), r(1, 5)),
          "luggage": (r(0.5, 2), r(90, 98), r(2, 10)),
          "flu": (r(10, 30), r(50, 80), r(2, 10))}
#: Rates of bad items in percent, by kind of source.
BAD_RATE = {"machines": r(0.5, 8), "suppliers": r(0.5, 5), "depots": r(2, 15),
            "farms": r(1, 5), "printers": r(0.5, 5)}


# -- checkers: each returns the settings of one item that are outside their range ---------


def outside(name: str, value: Any, rng: Range) -> list[str]:
    v = F(str(value))
    return [] if rng[0] <= v <= rng[1] else [f"{name} {v} outside {rng[0]}–{rng[1]}"]


def percent_problems(d: dict[str, Any], scenario: str | None = None) -> list[str]:
    kind, scene = d["kind"], scenario or d.get("scenario")
    out: list[str] = []
    if kind in ("successive", "reverse"):
        rise, fall = CHANGE[scene or "price"]
        for p in d["changes"]:
            out += outside(f"{scene} rise", p, rise) if p > 0 else outside(f"{scene} fall", -p, fall)
        if kind == "reverse":
            rng = AMOUNT.get(scene or "price") or GOODS.get(d.get("good", ""), r(1, 1000))
            out += outside(f"{scene} amount", d["final"], rng)
    elif kind == "points":
        rng = RATE[scene] if scene else r(0, 100)
        out += outside(f"{scene} rate", d["old_rate"], rng)
        out += outside(f"{scene} rate", d["new_rate"], rng)
    elif kind == "profit":
        lo, hi = GOODS.get(d.get("good", ""), r(1, 1000))
        out += outside("cost", d["cost"], (lo / 2, hi / 2))
        out += outside("markup", d["markup"], MARKUP)
        out += outside("discount", d["discount"], DISCOUNT)
    elif kind == "interest":
        rate, amount = INTEREST[scene or "savings"]
        out += outside(f"{scene} rate", d["rate"], rate)
        out += outside(f"{scene} amount", d["principal"], amount)
        out += outside("years", d["years"], YEARS)
    return out


def _trip(mode: str, speed: int, minutes: Fraction | int) -> list[str]:
    return (outside(f"{mode} speed", speed, SPEED[mode])
            + outside(f"{mode} minutes", minutes, (F(1), F(LONGEST[mode]))))


def rates_problems(d: dict[str, Any], scenario: str | None = None) -> list[str]:
    kind = d["kind"]
    if kind == "distance":
        return _trip(scenario or d["mode"], d["speed"], d["minutes"])
    if kind == "travel_time":
        return _trip(scenario or d["mode"], d["speed"], F(60 * d["distance"], d["speed"]))
    if kind == "average_speed":
        mode = scenario or d["mode"]
        minutes = sum(F(60 * leg["distance"], leg["speed"]) for leg in d["legs"])
        out = outside(f"{mode} minutes", minutes, (F(1), F(LONGEST[mode])))
        for leg in d["legs"]:
            out += outside(f"{mode} speed", leg["speed"], SPEED[mode])
        return out
    if kind in ("meet", "catch_up"):
        modes = d.get("modes") or [scenario or "drive"] * 2
        out = (outside(f"{modes[0]} speed", d["speed_a"], SPEED[modes[0]])
               + outside(f"{modes[1]} speed", d["speed_b"], SPEED[modes[1]]))
        if kind == "meet":
            minutes = F(60 * d["distance"], d["speed_a"] + d["speed_b"])
            for m in modes:
                out += outside(f"{m} minutes", minutes, (F(1), F(LONGEST[m])))
        else:
            head = d["head_start_minutes"]
            minutes = F(d["speed_a"] * head, d["speed_b"] - d["speed_a"])
            out += outside(f"{modes[0]} minutes", minutes + head, (F(1), F(LONGEST[modes[0]])))
            out += outside(f"{modes[1]} minutes", minutes, (F(1), F(LONGEST[modes[1]])))
        return out
    scene = scenario or d["scene"]
    out = []
    for w in d["workers"]:
        if d["setting"] == "job":
            out += outside(f"{scene} hours", w["hours"], JOB_HOURS[scene])
        else:
            fill, drain = TANK[scene]
            out += outside(f"{scene} hours", w["hours"], drain if w["empties"] else fill)
    return out


def ratio_problems(d: dict[str, Any], scenario: str | None = None) -> list[str]:
    kind, out = d["kind"], []
    if kind == "mixture":
        stuff = scenario or d["substance"]
        for part in d["parts"]:
            out += outside(f"{stuff} strength", part["percent"], STRENGTH[stuff])
        if "target_percent" in d:
            out += outside(f"{stuff} strength", d["target_percent"], STRENGTH[stuff])
    elif kind == "proportion" and d["ask"] == "days":
        size, days = CREW[scenario or d.get("scene", "workers")]
        out += outside("crew", d["base"]["workers"], size)
        out += outside("crew", d["new"]["workers"], size)
        out += outside("days", d["base"]["days"], days)
        out += outside("days", F(d["base"]["workers"] * d["base"]["days"],
                                 d["new"]["workers"]), days)
    elif kind == "proportion":
        base = d["base"]
        per = F(base["output"], base["machines"] * base["hours"])
        out += outside(f"{d.get('goods')} an hour", per, PER_HOUR.get(d.get("goods", ""), r(20, 300)))
    elif kind == "average" and d["ask"] == "removed":
        rng = ITEM_VALUE[scenario or d.get("scene", "numbers")]
        removed = d["count"] * d["mean"] - (d["count"] - 1) * d["new_mean"]
        out += outside("removed", removed, rng) + outside("mean", d["new_mean"], rng)
    elif kind == "average" and d["ask"] == "needed":
        need = (d["count"] + 1) * d["target_mean"] - d["count"] * d["mean"]
        out += outside("mark", need, MARK) + outside("mark", d["mean"], MARK)
    elif kind == "average":
        for g in d["groups"]:
            out += outside("class", g["count"], CLASS) + outside("mark", g["mean"], MARK)
    return out


def conditional_problems(d: dict[str, Any], scenario: str | None = None) -> list[str]:
    exp, out = d["experiment"], []
    if d["question"] == "screening":
        scene = scenario or d["scenario"]
        prev, sens, fp = SCREEN[scene]
        yes, no = exp["sources"]
        out += outside(f"{scene} prevalence", 100 * F(yes["share"]), prev)
        out += outside(f"{scene} sensitivity", 100 * F(yes["rate"]), sens)
        out += outside(f"{scene} false positives", 100 * F(no["rate"]), fp)
    elif d["question"] == "sources":
        scene = scenario or d["scenario"]
        rates = [F(s["rate"]) for s in exp["sources"]]
        for x in rates:
            out += outside(f"{scene} rate", 100 * x, BAD_RATE[scene])
        if len(set(rates)) < len(rates):
            out.append(f"{scene}: two sources share a rate {sorted(rates)}")
        shares = [F(s["share"]) for s in exp["sources"]]
        target = d["event"]["name"]
        joint = {s["name"]: F(s["share"]) * F(s["rate"]) for s in exp["sources"]}
        if joint[target] / sum(joint.values()) == shares[[s["name"] for s in exp["sources"]]
                                                       .index(target)]:
            out.append(f"{scene}: the answer is just the source's share")
    return out


CHECKS: dict[str, Callable[..., list[str]]] = {
    "quant.percent": percent_problems, "quant.rates": rates_problems,
    "quant.ratio": ratio_problems, "probability.conditional": conditional_problems,
}


def problems(item: logicgen.Item) -> list[str]:
    return CHECKS[item.family](item.data)


# -- the tests -----------------------------------------------------------------------------


def test_the_checkers_catch_the_old_settings() -> None:
    """Settings the old generators made (hand-written data) are reported."""
    assert percent_problems({"kind": "interest", "scenario": "savings", "rate": 15,
                             "principal": 8000, "years": 2})
    assert percent_problems({"kind": "points", "scenario": "sales_tax", "old_rate": 12,
                             "new_rate": 16})
    assert percent_problems({"kind": "points", "scenario": "unemployment", "old_rate": 40,
                             "new_rate": 46})
    assert percent_problems({"kind": "points", "scenario": "machine_errors", "old_rate": 16,
                             "new_rate": 21})
    assert rates_problems({"kind": "distance", "mode": "drive", "speed": 15, "minutes": 30})
    same = {"question": "sources", "scenario": "machines", "event": {"name": "A"},
            "experiment": {"sources": [{"name": "A", "share": "3/5", "rate": "1/50"},
                                       {"name": "B", "share": "2/5", "rate": "1/50"}]}}
    assert conditional_problems(same) == [
        "machines: two sources share a rate [Fraction(1, 50), Fraction(1, 50)]",
        "machines: the answer is just the source's share"]
    assert not percent_problems({"kind": "interest", "scenario": "savings", "rate": "2.5",
                                 "principal": 8000, "years": 2})


@pytest.mark.parametrize("family", sorted(CHECKS))
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_settings_stay_in_their_ranges(family: str, difficulty: str) -> None:
    items = logicgen.generate(family, count=250, difficulty=difficulty, seed=11)
    bad = [(it.code, p) for it in items for p in problems(it)]
    assert not bad, bad[:5]


@pytest.mark.parametrize("family", sorted(CHECKS))
def test_every_story_names_its_scenario(family: str) -> None:
    scenes = set()
    for it in logicgen.generate(family, count=300, difficulty="hard", seed=5):
        d = it.data
        scenes.add(d.get("scenario") or d.get("mode") or d.get("scene") or d.get("substance")
                   or d.get("goods") or (d.get("modes") and tuple(d["modes"])))
    assert len(scenes - {None}) >= 5, scenes


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**40), difficulty=st.sampled_from(["easy", "medium", "hard"]))
def test_any_seed_stays_in_range(seed: int, difficulty: str) -> None:
    for family in CHECKS:
        for it in logicgen.generate(family, count=8, difficulty=difficulty, seed=seed):
            assert not problems(it), (it.code, problems(it))


@pytest.mark.slow
@pytest.mark.parametrize("family", sorted(CHECKS))
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_thousands_of_settings_stay_in_their_ranges(family: str, difficulty: str) -> None:
    items = logicgen.generate(family, count=3000, difficulty=difficulty, seed=2207)
    bad = [(it.code, p) for it in items for p in problems(it)]
    assert not bad, bad[:5]
