"""Monte Carlo check of the dice, coins, cards, urn and conditional items (slow).

For every sampled item, the sample size is chosen so that the nearest option to
the key lies at least 8 standard deviations away (4σ around the key plus 4σ
around the distractor): n = (4√(p(1−p)) + 4√(q(1−q)))² / (p − q)². The
simulated frequency must then lie within 4σ of the key and more than 4σ from
that distractor. Conditional events keep drawing until n outcomes satisfy the
condition. Items that would need more than MAX_N accepted samples are skipped
(and counted).
"""

from __future__ import annotations

from fractions import Fraction as F
from math import sqrt

import numpy as np
import pytest

import logicgen

pytestmark = pytest.mark.slow

MAX_N = 4_000_000
CHUNK = 200_000
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
SUITS = ["hearts", "diamonds", "clubs", "spades"]
CARD_RANK = np.array([i % 13 for i in range(52)])
CARD_SUIT = np.array([i // 13 for i in range(52)])
CARD_RED = CARD_SUIT < 2


def value_of(text: str) -> F:
    return F(text.rstrip("%")) / (100 if text.endswith("%") else 1)


def samples_needed(p: float, q: float) -> int:
    return int((4 * sqrt(p * (1 - p)) + 4 * sqrt(q * (1 - q))) ** 2 / (p - q) ** 2) + 1


def cmp(a: np.ndarray, op: str, v: int) -> np.ndarray:
    return {"eq": a == v, "ne": a != v, "ge": a >= v, "le": a <= v, "gt": a > v, "lt": a < v}[op]


def card_mask(prop: dict) -> np.ndarray:
    if "any" in prop:
        return np.logical_or.reduce([card_mask(p) for p in prop["any"]])
    if "all" in prop:  # a card with every property: "a heart face card"
        return np.logical_and.reduce([card_mask(p) for p in prop["all"]])
    m = np.ones(52, dtype=bool)
    if "suit" in prop:
        m &= CARD_SUIT == SUITS.index(prop["suit"])
    if "rank" in prop:
        m &= CARD_RANK == RANKS.index(prop["rank"])
    if "colour" in prop:
        m &= CARD_RED == (prop["colour"] == "red")
    if "face" in prop:
        m &= (CARD_RANK >= 10) == bool(prop["face"])
    return m


def all_same(a: np.ndarray) -> np.ndarray:
    return (a == a[:, :1]).all(axis=1)


def all_different(a: np.ndarray) -> np.ndarray:
    s = np.sort(a, axis=1)
    return (np.diff(s, axis=1) != 0).all(axis=1)


def evaluate(ev: dict, kind: str, out: dict) -> np.ndarray:
    if ev.get("op") == "and":
        return np.logical_and.reduce([evaluate(e, kind, out) for e in ev["args"]])
    if ev.get("op") == "or":
        return np.logical_or.reduce([evaluate(e, kind, out) for e in ev["args"]])
    if ev.get("op") == "not":
        return ~evaluate(ev["arg"], kind, out)
    t = ev["type"]
    if kind == "dice":
        x = out["x"]
        if t in ("sum", "max", "min"):
            f = {"sum": x.sum(axis=1), "max": x.max(axis=1), "min": x.min(axis=1)}[t]
            return cmp(f, ev["cmp"], ev["value"])
        if t == "count":
            return cmp(np.isin(x, ev["faces"]).sum(axis=1), ev["cmp"], ev["value"])
        return all_same(x) if t == "all_same" else all_different(x)
    if kind == "coins":
        h = out["h"]
        if t == "count":
            c = h.sum(axis=1) if ev["face"] == "H" else (~h).sum(axis=1)
            return cmp(c, ev["cmp"], ev["value"])
        if t == "first":
            return h.any(axis=1) & (h.argmax(axis=1) == ev["at"] - 1)
        if t == "run":
            L = ev["length"]
            run = np.zeros(len(h), dtype=bool)
            for start in range(h.shape[1] - L + 1):
                run |= h[:, start : start + L].all(axis=1)
            return run
        pattern = np.array([c == "H" for c in ev["pattern"]])
        return (h == pattern).all(axis=1)
    if kind == "cards":
        c = out["c"]
        if t == "count":
            return cmp(card_mask(ev["property"])[c].sum(axis=1), ev["cmp"], ev["value"])
        if t == "position":
            return card_mask(ev["property"])[c[:, ev["index"] - 1]]
        attr = {"suit": CARD_SUIT, "rank": CARD_RANK, "colour": CARD_RED.astype(int)}
        return all_same(attr[ev["attribute"]][c])
    if kind == "urn":
        col, names = out["col"], out["names"]
        if t == "count":
            return cmp((col == names.index(ev["colour"])).sum(axis=1), ev["cmp"], ev["value"])
        if t == "position":
            return col[:, ev["index"] - 1] == names.index(ev["colour"])
        return all_same(col) if t == "all_same" else all_different(col)
    if kind == "children":
        kids = out["kids"]
        match = np.ones(kids["sex"].shape, dtype=bool)
        for key, v in ev["property"].items():
            match &= kids[key] == out["values"][key].index(v)
        if t == "position":
            return match[:, ev["index"] - 1]
        return cmp(match.sum(axis=1), ev["cmp"], ev["value"])
    if kind == "table":
        r, c = out["row"], out["col"]
        m = np.ones(len(r), dtype=bool)
        if "row" in ev:
            m &= r == out["rows"].index(ev["row"])
        if "col" in ev:
            m &= c == out["cols"].index(ev["col"])
        return m
    if kind == "sources":
        if t == "source":
            return out["src"] == out["names"].index(ev["name"])
        return out["flag"] == bool(ev["value"])
    if kind == "monty":
        return out["final"] == out["car"]
    raise AssertionError(kind)


def without_replacement(rng: np.random.Generator, m: int, size: int, k: int) -> np.ndarray:
    return (
        rng.random((m, size)).argpartition(k - 1, axis=1)[:, :k]
        if k < size
        else rng.random((m, size)).argsort(axis=1)
    )


def sample(exp: dict, rng: np.random.Generator, m: int) -> dict:
    kind = exp["kind"]
    if kind == "dice":
        return {"x": rng.integers(1, exp["sides"] + 1, size=(m, exp["count"]))}
    if kind == "coins":
        return {"h": rng.random((m, exp["count"])) < float(F(exp["p_heads"]))}
    if kind == "cards":
        k = exp["draws"]
        c = (
            rng.integers(0, 52, size=(m, k))
            if exp["replacement"]
            else without_replacement(rng, m, 52, k)
        )
        return {"c": c}
    if kind == "urn":
        names = [c["colour"] for c in exp["contents"]]
        balls = np.repeat(np.arange(len(names)), [c["count"] for c in exp["contents"]])
        k = exp["draws"]
        idx = (
            rng.integers(0, len(balls), size=(m, k))
            if exp["replacement"]
            else without_replacement(rng, m, len(balls), k)
        )
        return {"col": balls[idx], "names": names}
    if kind == "children":
        values = exp["attributes"]
        kids = {key: rng.integers(0, len(v), size=(m, exp["count"])) for key, v in values.items()}
        return {"kids": kids, "values": values}
    if kind == "table":
        counts = np.array(exp["counts"], dtype=float)
        flat = rng.choice(counts.size, size=m, p=(counts / counts.sum()).ravel())
        r, c = np.divmod(flat, counts.shape[1])
        return {"row": r, "col": c, "rows": exp["rows"], "cols": exp["cols"]}
    if kind == "sources":
        names = [s["name"] for s in exp["sources"]]
        shares = np.array([float(F(s["share"])) for s in exp["sources"]])
        rates = np.array([float(F(s["rate"])) for s in exp["sources"]])
        src = rng.choice(len(names), size=m, p=shares / shares.sum())
        return {"src": src, "flag": rng.random(m) < rates[src], "names": names}
    if kind == "monty":
        n = exp["doors"]
        car = rng.integers(0, n, size=m)
        pick = rng.integers(0, n, size=m)
        # Host: a uniformly random door among those that are neither the pick nor the car.
        keys = rng.random((m, n))
        keys[np.arange(m), pick] = 2
        keys[np.arange(m), car] = 2
        opened = keys.argmin(axis=1)
        # Player: a uniformly random door among those neither picked nor opened.
        keys = rng.random((m, n))
        keys[np.arange(m), pick] = 2
        keys[np.arange(m), opened] = 2
        final = keys.argmin(axis=1) if exp["strategy"] == "switch" else pick
        return {"car": car, "final": final}
    raise AssertionError(kind)


def frequency(data: dict, n: int, rng: np.random.Generator) -> float:
    exp = data["experiment"]
    hits = accepted = 0
    tries = 0
    while accepted < n:
        tries += 1
        assert tries < 500, "the condition is too rare to simulate"
        out = sample(exp, rng, CHUNK)
        ok = (
            np.ones(CHUNK, dtype=bool)
            if data["given"] is None
            else evaluate(data["given"], exp["kind"], out)
        )
        hit = evaluate(data["event"], exp["kind"], out) & ok
        take = min(int(ok.sum()), n - accepted)
        if take < ok.sum():
            cut = np.flatnonzero(ok)[take - 1] + 1 if take else 0
            ok, hit = ok[:cut], hit[:cut]
        accepted += int(ok.sum())
        hits += int(hit.sum())
    return hits / accepted


@pytest.mark.parametrize(
    "family",
    [
        "probability.dice",
        "probability.coins",
        "probability.cards",
        "probability.urn",
        "probability.conditional",
    ],
)
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_monte_carlo_agrees_with_the_key(family: str, difficulty: str) -> None:
    rng = np.random.default_rng(20260101)
    # options now sit close around the key (a miscount over the key's own
    # denominator), and an item whose nearest option would need more than MAX_N
    # draws to tell apart is skipped: 40 items leave enough to check
    items = logicgen.generate(family, count=40, difficulty=difficulty, seed=77)
    checked = 0
    for item in items:
        p = float(value_of(item.answer))
        q = min(
            (float(value_of(c)) for c in item.choices if c != item.answer), key=lambda x: abs(x - p)
        )
        n = samples_needed(p, q)
        if n > MAX_N:
            continue
        freq = frequency(item.data, n, rng)
        sp, sq = sqrt(p * (1 - p) / n), sqrt(q * (1 - q) / n)
        assert abs(freq - p) < 4 * sp, (item.code, freq, p, n)
        assert abs(freq - q) > 4 * sq, (item.code, freq, q, n)
        checked += 1
    assert checked >= len(items) // 4, f"only {checked} of {len(items)} items were simulated"


def test_monte_carlo_classics() -> None:
    rng = np.random.default_rng(5)
    monty = {
        "experiment": {"kind": "monty", "doors": 3, "strategy": "switch"},
        "event": {"type": "win"},
        "given": None,
    }
    assert abs(frequency(monty, 400_000, rng) - 2 / 3) < 4 * sqrt(2 / 9 / 400_000)
    aces = {
        "experiment": {"kind": "cards", "draws": 2, "replacement": False},
        "event": {"type": "count", "property": {"rank": "A"}, "cmp": "eq", "value": 2},
        "given": None,
    }
    assert abs(frequency(aces, 1_000_000, rng) - 1 / 221) < 4 * sqrt(1 / 221 / 1_000_000)
