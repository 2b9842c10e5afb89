"""Guesses a test-wise candidate makes from a figure item's options alone.

Shared by the figure-series and matrix tests. A *point* is one option's
features, as a tuple (feature = position) or a mapping (feature = key). Each
attack scores every option; the guess is the best-scoring option, and when k
options tie for best the guess finds the key one time in k.

* majority vote: for every feature, the most common value among the options
  (k values tied for most common: each counts 1/k); an option scores the
  features where it holds such a value;
* most central: the option with the smallest total number of features
  differing from the other options;
* least central: the one with the largest such total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Point = Mapping[Any, Any] | Sequence[Any]

ATTACKS = ("majority vote", "most central", "least central")


def _features(point: Point) -> Iterable[Any]:
    return list(point) if isinstance(point, Mapping) else range(len(point))


def majority_scores(points: Sequence[Point]) -> list[float]:
    """Each option's majority-vote score."""
    scores = [0.0] * len(points)
    for f in _features(points[0]):
        counts = Counter(p[f] for p in points)  # type: ignore[index]
        top = max(counts.values())
        modes = [v for v, c in counts.items() if c == top]
        for i, p in enumerate(points):
            if p[f] in modes:  # type: ignore[index]
                scores[i] += 1 / len(modes)
    return scores


def differences(points: Sequence[Point]) -> list[int]:
    """Each option's total number of features differing from the other options."""
    return [sum(sum(p[f] != q[f] for f in _features(p)) for q in points)  # type: ignore[index]
            for p in points]


def best(scores: Sequence[float], key: int, highest: bool) -> float:
    """How often guessing the best (``highest``) or worst score finds the key."""
    target = max(scores) if highest else min(scores)
    winners = [i for i, s in enumerate(scores) if abs(s - target) < 1e-9]
    return 1 / len(winners) if key in winners else 0.0


def attacks(points: Sequence[Point], key: int) -> dict[str, float]:
    """How often each attack finds option ``key``."""
    majority = majority_scores(points)
    spread = differences(points)
    return {"majority vote": best(majority, key, True),
            "most central": best(spread, key, False),
            "least central": best(spread, key, True)}
