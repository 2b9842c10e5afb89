"""Difficulty measured by the solver: a family's ``score`` is its solver's ``EFFORT``.

Every built-in family takes its score from a function of its solver module,
reading the item's ``data`` only, and keeps per level only the scores inside
its band (``BANDS``): a "hard" draw that the solver finds easy is drawn again.
"""

from __future__ import annotations

import importlib
import statistics

import pytest

import logicgen
from logicgen.catalog import BUILTIN

LEVELS = ("easy", "medium", "hard")


def _module(name: str):
    return importlib.import_module(BUILTIN[name].module)


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_the_score_is_the_solvers_measure_and_in_the_levels_band(name: str) -> None:
    module = _module(name)
    effort, bands = getattr(module, "EFFORT", None), getattr(module, "BANDS", None)
    assert effort is not None and bands is not None, f"{name} scores its drafts itself"
    assert effort.__module__.startswith("logicgen.solve."), "the measure belongs to a solver"
    fam = logicgen.get_family(name)
    medians = []
    for level in LEVELS:
        low, high = bands[level]
        scores = []
        for item in logicgen.generate(name, 30, difficulty=level, seed=11):
            assert item.score == round(float(effort(item.data)), 3), item.code
            assert low <= item.score <= high, item.code
            scores.append(item.score)
        medians.append(statistics.median(scores))
        assert fam.band(level) == (low, high)
    assert medians[0] <= medians[1] <= medians[2], f"{name}: medians {medians}"


def test_a_size_or_kind_the_user_sets_lifts_the_band() -> None:
    # a six-house grid at easy is far outside easy's band, and is made all the same
    items = logicgen.generate("deduction.grid", 2, difficulty="easy", seed=1, n_houses=5)
    assert all(item.data["houses"] == 5 for item in items)
