"""Freshness: a practice set or a dataset should rarely meet the same prompt twice.

For each family × difficulty, 1,000 items at seed 1 hold at most 10 repeated
prompts, and at most 10 of their distinct prompts also appear among 1,000 items
at seed 2 (prompt text lower-cased, white space collapsed). Add a family to
:data:`FAMILIES` once it meets the bound.
"""

from __future__ import annotations

import re

import pytest

import logicgen

FAMILIES = [
    "probability.cards",
    "probability.coins",
    "probability.counting",
    "probability.dice",
    "probability.expectation",
    "probability.urn",
]
LEVELS = ["easy", "medium", "hard"]
COUNT = 1000
LIMIT = 10  # 1% of COUNT


def prompts(family: str, difficulty: str, seed: int) -> list[str]:
    items = logicgen.generate(family, COUNT, difficulty=difficulty, seed=seed)
    return [re.sub(r"\s+", " ", it.prompt.lower()).strip() for it in items]


def test_prompts_normalise_case_and_space() -> None:
    """The measure itself: two prompts differing only in case and spacing are one prompt."""
    assert len({re.sub(r"\s+", " ", p.lower()).strip() for p in ("A  b", "a b\n")}) == 1


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", LEVELS)
@pytest.mark.parametrize("family", FAMILIES)
def test_few_repeats_within_and_across_seeds(family: str, difficulty: str) -> None:
    first = prompts(family, difficulty, 1)
    repeats = len(first) - len(set(first))
    shared = len(set(first) & set(prompts(family, difficulty, 2)))
    assert repeats <= LIMIT, f"{family} {difficulty}: {repeats} repeated prompts in {COUNT}"
    assert shared <= LIMIT, f"{family} {difficulty}: {shared} prompts shared by seeds 1 and 2"
