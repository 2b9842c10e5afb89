"""The key's position is uniform: a test-wise candidate gains nothing from it.

For every family that makes lettered options, 5,000 items at ``medium`` are
made and the key's index is counted. Items are grouped by their number of
options (a family may give fewer options when fewer wrong answers exist: a
facing question has only four compass headings), each group is compared with
the uniform distribution over its own positions, and the groups' chi-square
statistics and degrees of freedom are added (independent groups). The family
fails when the p-value is below 0.01. Groups too small for the chi-square
approximation (fewer than 5 expected per position) are left out.

scipy is not a dependency, so the p-value comes from the regularized upper
incomplete gamma function written out here and checked against table values.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest

import logicgen
from logicgen import registry

COUNT = 5000
SEED = 20261207
ALPHA = 0.01


def upper_gamma_q(a: float, x: float) -> float:
    """Q(a, x) = Γ(a, x) / Γ(a): a series below ``a + 1``, a continued fraction above
    (the Lentz method, as in Numerical Recipes' ``gammq``)."""
    if x <= 0:
        return 1.0
    prefix = math.exp(-x + a * math.log(x) - math.lgamma(a))
    if x < a + 1:
        term = total = 1.0 / a
        ap = a
        for _ in range(10_000):
            ap += 1
            term *= x / ap
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return 1.0 - total * prefix
    tiny = 1e-300
    b = x + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        h *= d * c
        if abs(d * c - 1) < 1e-15:
            break
    return prefix * h


def chi_square_p(statistic: float, df: int) -> float:
    """The p-value of a chi-square statistic with ``df`` degrees of freedom."""
    return upper_gamma_q(df / 2, statistic / 2)


def position_test(counts: Counter[tuple[int, int]]) -> tuple[float, int, float]:
    """(statistic, degrees of freedom, p) over (number of options, key index) counts."""
    statistic, df = 0.0, 0
    for n in sorted({n for n, _ in counts}):
        observed = [counts[(n, i)] for i in range(n)]
        expected = sum(observed) / n
        if n < 2 or expected < 5:
            continue
        statistic += sum((o - expected) ** 2 / expected for o in observed)
        df += n - 1
    return statistic, df, (chi_square_p(statistic, df) if df else 1.0)


# Critical values from a printed chi-square table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.4):
# the statistic whose upper tail is the given probability.
@pytest.mark.parametrize(("df", "critical", "p"), [
    (1, 3.841, 0.05), (1, 6.635, 0.01), (3, 11.345, 0.01), (4, 9.488, 0.05),
    (4, 13.277, 0.01), (7, 18.475, 0.01), (10, 23.209, 0.01), (3, 0.584, 0.90),
    (20, 37.566, 0.01), (4, 0.297, 0.99),
])
def test_p_value_matches_the_table(df: int, critical: float, p: float) -> None:
    assert chi_square_p(critical, df) == pytest.approx(p, rel=2e-3)


def test_p_value_edges() -> None:
    assert chi_square_p(0.0, 4) == 1.0
    # df = 2: Q(1, x/2) = exp(-x/2) exactly.
    assert chi_square_p(5.0, 2) == pytest.approx(math.exp(-2.5), rel=1e-12)


def test_position_test_separates_even_from_skewed() -> None:
    even = Counter({(5, i): 1000 for i in range(5)})
    assert position_test(even) == (0.0, 4, 1.0)
    # The skew the issue reported for sequence.mixed fails clearly.
    skewed = Counter({(5, i): c for i, c in enumerate((1120, 1172, 1100, 1334, 1274))})
    assert position_test(skewed)[2] < 1e-6
    # Four-option items are judged on their own four positions.
    mixed = Counter({**{(5, i): 800 for i in range(5)}, **{(4, i): 250 for i in range(4)}})
    assert position_test(mixed)[:2] == (0.0, 7)


CHOICE_FAMILIES = [name for name in logicgen.families()
                   if "choice" in registry.get(name).formats]


@pytest.mark.slow
@pytest.mark.parametrize("name", CHOICE_FAMILIES)
def test_key_position_is_uniform(name: str) -> None:
    items = logicgen.generate(name, COUNT, "medium", seed=SEED, format="choice")
    counts = Counter((len(item.choices), item.answer_index) for item in items)
    statistic, df, p = position_test(counts)
    assert p > ALPHA, f"{name}: chi-square {statistic:.1f} on {df} df, p = {p:.2g}; {counts}"
