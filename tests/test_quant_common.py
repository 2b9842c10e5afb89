"""Checks shared by the quick quantitative families (rates, percent, ratio).

Each family's own file holds its known answers, solver checks and bad
parameters; these run the same generation checks over all three, and check that
the quant and probability families build on the kit rather than on each other's
private modules.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import Item, verify
from logicgen.generators.quant import percent, rates, ratio

DIFFICULTIES = ("easy", "medium", "hard")
MODULES = {"quant.percent": percent, "quant.rates": rates, "quant.ratio": ratio}
NAMES = sorted(MODULES)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_many_seeds_verify(name: str, difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(name, count=200, difficulty=difficulty, seed=5, format=fmt):
        assert verify(item).ok, (item.code, verify(item).problems)
        assert item.check(item.answer)


@pytest.mark.parametrize("name", NAMES)
@given(seed=st.integers(0, 2**63 - 1), difficulty=st.sampled_from(DIFFICULTIES))
def test_items_round_trip(name: str, seed: int, difficulty: str) -> None:
    item = logicgen.generate(name, count=1, difficulty=difficulty, seed=seed)[0]
    again = Item.from_dict(json.loads(item.to_json()))
    assert verify(again).ok and again == item


@pytest.mark.parametrize("name", NAMES)
def test_every_kind_generates(name: str) -> None:
    fam: ModuleType = MODULES[name]
    for kind in fam.KINDS:
        for difficulty in DIFFICULTIES:
            for item in logicgen.generate(name, count=10, seed=1, kind=kind,
                                          difficulty=difficulty):
                assert item.data["kind"] == kind and verify(item).ok


@pytest.mark.parametrize("name", NAMES)
def test_difficulty_changes_the_puzzles(name: str) -> None:
    means = []
    for difficulty in DIFFICULTIES:
        items = logicgen.generate(name, count=120, difficulty=difficulty, seed=2)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[1] < means[2], means


@pytest.mark.parametrize("name", NAMES)
def test_each_difficulty_draws_its_own_variants(name: str) -> None:
    """The same seed at the next difficulty rarely gives the same question, and scores rise."""
    easy, medium, hard = (logicgen.generate(name, count=60, difficulty=d, seed=3)
                          for d in DIFFICULTIES)
    assert sum(a.prompt == b.prompt for a, b in zip(easy, medium)) <= 3
    assert sum(a.prompt == b.prompt for a, b in zip(medium, hard)) <= 3
    means = [sum(i.score for i in items) / len(items) for items in (easy, medium, hard)]
    assert means[0] < means[1] < means[2], means


def _imported_modules(path: Path) -> set[str]:
    """Absolute names of the modules a source file imports (relative imports resolved)."""
    package = "logicgen.generators." + path.parent.name
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package if node.level else ""
            names.add(f"{base}.{node.module}".strip(".") if node.module else base)
    return names


@pytest.mark.parametrize("area", ["probability", "quant"])
def test_families_use_the_kit_not_a_sibling_area(area: str) -> None:
    """Counting and expectation once borrowed quant's private helpers; each area now
    imports only the kit and its own private module."""
    other = {"probability": "quant", "quant": "probability"}[area]
    folder = Path(logicgen.__file__).parent / "generators" / area
    modules = sorted(folder.glob("[!_]*.py"))
    assert len(modules) >= 3
    for path in modules:
        imported = _imported_modules(path)
        assert not any(name.startswith(f"logicgen.generators.{other}") for name in imported), path
        assert "logicgen.kit" in imported or f"logicgen.generators.{area}._common" in imported \
            or f"logicgen.generators.{area}._quant" in imported, path
