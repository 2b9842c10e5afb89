"""Monte Carlo check of ``probability.expectation``: play each game many times with numpy.

For every item the experiment is simulated from ``data`` alone (dice, coins,
draws, spins, raffle tickets, lucky dips) and the sample mean is compared with the key. The
sample size is chosen per item from a pilot run so that the nearest distractor
lies at least 8 standard errors from the key: the key must then be within 4
standard errors of the sample mean (a false alarm about 1 time in 15,000 per
item), and the sample mean must be nearer the key than any other option.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

import logicgen
from logicgen.answers import parse_number

NAME = "probability.expectation"
PILOT = 20_000
MAX_SAMPLES = 4_000_000


def _play(data: dict, rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` independent plays of the item's experiment: the value asked for in each."""
    kind = data["kind"]
    fee = float(Fraction(str(data.get("fee", 0))))
    if kind == "die_mean":
        return rng.choice(np.array(data["faces"], dtype=float), size=n)
    if kind == "die_game":
        table = np.zeros(data["sides"] + 1)
        for prize in data["prizes"]:
            table[prize["faces"]] = prize["amount"]
        out = table[rng.integers(1, data["sides"] + 1, size=n)]
    elif kind == "two_dice":
        s, ev = data["sides"], data["event"]
        a, b = rng.integers(1, s + 1, size=n), rng.integers(1, s + 1, size=n)
        kind2 = ev["type"]
        if kind2 == "max":
            return np.maximum(a, b).astype(float)
        if kind2 == "min":
            return np.minimum(a, b).astype(float)
        if kind2 == "double":
            out = np.where(a == b, ev["amount"], 0.0)
        elif kind2 == "total":
            out = np.where(a + b == ev["total"], ev["amount"], 0.0)
        elif kind2 == "at_least":
            out = np.where(a + b >= ev["total"], ev["amount"], 0.0)
        else:
            out = ev["amount"] * (a + b).astype(float)
    elif kind == "coins":
        heads = rng.integers(0, 2, size=(n, data["tosses"])).sum(axis=1)
        out = np.zeros(n)
        if data["per_head"] is not None:
            out += data["per_head"] * heads
        if data.get("per_tail"):
            out -= data["per_tail"] * (data["tosses"] - heads)
        if data["all_heads"] is not None:
            out += np.where(heads == data["tosses"], data["all_heads"], 0.0)
    elif kind == "count_dice":
        rolls = rng.integers(1, data["sides"] + 1, size=(n, data["rolls"]))
        return np.isin(rolls, data["faces"]).sum(axis=1).astype(float)
    elif kind == "count_urn":
        target = data["counts"][data["target"]]
        other = sum(v for k, v in data["counts"].items() if k != data["target"])
        balls = np.array([1] * target + [0] * other)
        keys = rng.random((n, len(balls)))  # a random order of the bag for each play
        order = np.argsort(keys, axis=1)[:, : data["draws"]]
        return balls[order].sum(axis=1).astype(float)
    elif kind == "until_first":
        hit = data["target_sectors"] / data["sectors"]
        return rng.geometric(hit, size=n).astype(float)
    elif kind in ("raffle", "lucky_dip"):
        table = np.zeros(data["tickets"] if kind == "raffle" else data["items"])
        i = 0
        for prize in data["prizes"]:
            table[i: i + prize["count"]] = prize["amount"]
            i += prize["count"]
        out = table[rng.integers(0, len(table), size=n)]
    else:  # pragma: no cover
        raise AssertionError(kind)
    return out - fee if data.get("ask") == "gain" else out


def _sample_mean(data: dict, rng: np.random.Generator, n: int) -> float:
    total, done = 0.0, 0
    while done < n:  # in chunks, to bound memory
        size = min(250_000 if data["kind"] not in ("count_urn", "count_dice") else 50_000,
                   n - done)
        total += float(_play(data, rng, size).sum())
        done += size
    return total / n


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_monte_carlo_agrees_with_the_key(difficulty: str) -> None:
    rng = np.random.default_rng(20260)
    items = logicgen.generate(NAME, count=150, difficulty=difficulty, seed=77)
    checked = 0
    for item in items:
        key = float(parse_number(item.answer))
        others = [float(parse_number(c)) for c in item.choices if c != item.answer]
        gap = min(abs(o - key) for o in others)
        pilot = _play(item.data, rng, PILOT)
        sd = float(pilot.std()) or 1e-9
        needed = max(PILOT, math.ceil((8 * sd / gap) ** 2))
        if needed >= MAX_SAMPLES:  # a $250 raffle prize against options 10 cents apart
            continue
        mean = _sample_mean(item.data, rng, needed)
        se = sd / math.sqrt(needed)
        assert 8 * se <= gap * 1.0001, (item.code, needed)
        assert abs(mean - key) <= 4 * se, (item.code, mean, key, se)
        nearest = min([key, *others], key=lambda v: abs(v - mean))
        assert nearest == key, (item.code, mean, key, others)
        checked += 1
    assert checked >= len(items) * 3 // 4, f"only {checked} of {len(items)} simulated"
