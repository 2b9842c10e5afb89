"""Freshness: a practice set or a dataset should rarely meet the same item twice.

For every family and difficulty, of the first 1,000 items of seed 1 (compared as
:func:`logicgen.capacity.prompt_identity`: the normalised prompt, with the sorted
options where they are the question) count the items that repeat an earlier one,
and the distinct items also among seed 2's 1,000; both must be at most 10 (1%).

The counts are deterministic (fixed seeds); re-measure with
``python benchmarks/freshness.py --families FAMILY``.
"""

from __future__ import annotations

import re

import pytest

import logicgen
from logicgen.capacity import prompt_identity
from logicgen.catalog import BUILTIN

LEVELS = ("easy", "medium", "hard")
COUNT = 1000
TARGET = 10  # of 1,000: 1%


def _counts(family: str, difficulty: str) -> tuple[int, int]:
    first = [prompt_identity(i) for i in logicgen.generate(family, COUNT, difficulty, seed=1)]
    second = {prompt_identity(i) for i in logicgen.generate(family, COUNT, difficulty, seed=2)}
    return len(first) - len(set(first)), len(set(first) & second)


def test_prompts_normalise_case_and_space() -> None:
    """The measure itself: two prompts differing only in case and spacing are one prompt."""
    assert len({re.sub(r"\s+", " ", p.lower()).strip() for p in ("A  b", "a b\n")}) == 1


def test_the_count_finds_repeats() -> None:
    """The counting itself: a family whose 1,000 items were all one prompt would fail."""
    items = logicgen.generate("sequence.number", 3, "easy", seed=1)
    ids = [prompt_identity(i) for i in (items[0], items[1], items[0])]
    assert len(ids) - len(set(ids)) == 1


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", LEVELS)
@pytest.mark.parametrize("family", sorted(BUILTIN))
def test_at_most_one_percent(family: str, difficulty: str) -> None:
    dup, shared = _counts(family, difficulty)
    assert dup <= TARGET and shared <= TARGET, (dup, shared)
