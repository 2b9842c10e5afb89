"""Freshness of the non-probability families widened for it: few repeats in 1,000 items,
few shared between two seeds.

For each family and difficulty, of the first 1,000 items of seed 1 (compared as
``capacity.prompt_identity``: the normalised prompt, with the sorted options where
they are the question) count the items that repeat an earlier one, and the
distinct items also among seed 2's 1,000.

* ``test_at_most_one_percent`` asserts the issue's target, at most 10 of 1,000
  each. The cases that do not reach it yet are marked ``xfail`` with the figures
  measured after widening, so the gap stays visible.
* ``test_no_narrower_than_measured`` holds every case to its measured figures
  (with a margin), so a change that narrows a family fails.

The counts are deterministic (fixed seeds); re-measure with
``python benchmarks/freshness.py --families FAMILY``.
"""

from __future__ import annotations

import functools

import pytest

import logicgen
from logicgen.capacity import prompt_identity

TARGET = 10  # of 1,000: the 1%

#: (family, difficulty) -> (repeats, shared) measured after widening, of 1,000
MEASURED: dict[tuple[str, str], tuple[int, int]] = {
    ("quant.arithmetic", "easy"): (10, 20),
    ("quant.arithmetic", "medium"): (8, 20),
    ("quant.arithmetic", "hard"): (5, 20),
    ("deduction.sufficiency", "easy"): (12, 21),
    ("deduction.sufficiency", "medium"): (6, 6),
    ("deduction.sufficiency", "hard"): (2, 10),
    ("sequence.letter", "easy"): (24, 37),
    ("sequence.letter", "medium"): (15, 35),
    ("sequence.letter", "hard"): (12, 12),
    ("deduction.conditional", "easy"): (5, 5),
    ("deduction.conditional", "medium"): (3, 6),
    ("deduction.conditional", "hard"): (0, 0),
    ("quant.chart", "easy"): (0, 0),
    ("quant.chart", "medium"): (0, 1),
    ("quant.chart", "hard"): (2, 2),
    ("deduction.coding", "easy"): (3, 5),
    ("deduction.coding", "medium"): (0, 1),
    ("deduction.coding", "hard"): (3, 7),
}


@functools.cache  # both tests read the same counts
def _counts(family: str, difficulty: str) -> tuple[int, int]:
    first = [prompt_identity(i) for i in logicgen.generate(family, 1000, difficulty, seed=1)]
    second = {prompt_identity(i) for i in logicgen.generate(family, 1000, difficulty, seed=2)}
    return len(first) - len(set(first)), len(set(first) & second)


def _cases() -> list[object]:
    out = []
    for (family, difficulty), (dup, shared) in sorted(MEASURED.items()):
        marks = []
        if max(dup, shared) > TARGET:
            marks.append(pytest.mark.xfail(
                reason=f"measured {dup} repeats and {shared} shared in 1,000", strict=True))
        out.append(pytest.param(family, difficulty, marks=marks, id=f"{family}-{difficulty}"))
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("family", "difficulty"), _cases())
def test_at_most_one_percent(family: str, difficulty: str) -> None:
    dup, shared = _counts(family, difficulty)
    assert dup <= TARGET and shared <= TARGET, (dup, shared)


@pytest.mark.slow
@pytest.mark.parametrize(("family", "difficulty"), sorted(MEASURED))
def test_no_narrower_than_measured(family: str, difficulty: str) -> None:
    dup, shared = _counts(family, difficulty)
    most_dup, most_shared = MEASURED[(family, difficulty)]
    assert dup <= most_dup * 3 // 2 + 2, f"{dup} repeats in 1,000"
    assert shared <= most_shared * 3 // 2 + 2, f"{shared} shared between seeds 1 and 2"
