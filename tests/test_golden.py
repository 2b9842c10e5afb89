"""Reproducibility: fixed seeds give byte-identical items across versions of the code.

A failure here means a generator's output changed. If that was intended, bump the
family's ``version`` (old item codes then refuse to regenerate), run
``python tests/golden/regenerate.py FAMILY`` and note it in the changelog.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import logicgen
from logicgen import Item

GOLDEN = Path(__file__).parent / "golden"
sys.path.insert(0, str(GOLDEN))
from regenerate import golden_items

sys.path.pop(0)


@pytest.mark.parametrize("family", logicgen.families())
def test_family_has_golden_fixture(family: str) -> None:
    assert (GOLDEN / f"{family}.jsonl").exists(), f"run tests/golden/regenerate.py {family}"


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.jsonl")), ids=lambda p: p.stem)
def test_golden_items_are_reproduced_byte_for_byte(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [i.to_json() for i in golden_items(path.stem)]
    assert lines == expected
    for line in lines:
        item = Item.from_json(line)
        assert logicgen.from_code(item.code).to_json() == line
        assert logicgen.verify(item).ok
