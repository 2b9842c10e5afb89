"""Third-party families plug in through the ``logicgen.families`` entry-point group."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

import logicgen
from logicgen import registry

EXAMPLES = Path(__file__).parents[1] / "examples"


def test_entry_point_family_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLES))
    monkeypatch.delitem(sys.modules, "custom_family", raising=False)
    logicgen.families()  # the built-ins are registered once per process
    builtins = {k: v for k, v in registry._REGISTRY.items() if k != "puzzle.clock"}
    monkeypatch.setattr(registry, "_REGISTRY", builtins)
    monkeypatch.setattr(registry, "_loaded", False)
    point = importlib.metadata.EntryPoint(
        name="clock", value="custom_family", group=registry.ENTRY_POINT_GROUP
    )

    def fake_entry_points(**selection: str) -> list[importlib.metadata.EntryPoint]:
        return [point] if selection.get("group") == registry.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(importlib.metadata, "entry_points", fake_entry_points)
    assert "puzzle.clock" in logicgen.families()
    assert "sequence.number" in logicgen.families()
    items = logicgen.generate("puzzle.clock", count=20, seed=3)
    assert all(logicgen.verify(item).ok for item in items)
    # 17 hours after 9 o'clock is 2 o'clock: checked against the plug-in's solver.
    fam = logicgen.get_family("puzzle.clock")
    assert fam.solver({"start": 9, "hours": 17}, []) == ["2 o'clock"]


def test_duplicate_registration_from_another_module_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import dataclass

    from logicgen.registry import BaseParams, family

    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    name = logicgen.families()[0]
    with pytest.raises(ValueError, match="already registered"):

        @family(name, solver=lambda d, c: [], summary="x")
        @dataclass(frozen=True)
        class Params(BaseParams):
            pass


def test_family_names_must_have_an_area() -> None:
    from logicgen.registry import family

    with pytest.raises(ValueError, match="area.name"):
        family("noarea", solver=lambda d, c: [], summary="x")
