"""The static family table matches the registry, so listing needs no family imports."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from logicgen import registry
from logicgen.catalog import BUILTIN


def _builtin_families() -> list[registry.Family]:
    return [f for f in registry.all_families() if f.module.__name__.startswith("logicgen.")]


def test_every_builtin_family_has_a_row_and_every_row_a_family() -> None:
    assert sorted(BUILTIN) == sorted(f.name for f in _builtin_families())


def test_rows_match_the_registration() -> None:
    for fam in _builtin_families():
        row = BUILTIN[fam.name]
        declared = tuple(f.name for f in dataclasses.fields(fam.capabilities)
                         if getattr(fam.capabilities, f.name))
        assert (row.summary, row.formats, row.difficulties, row.capabilities, row.area) == (
            fam.summary, fam.formats, fam.difficulties, declared, fam.area), fam.name
        assert registry.capabilities_of(fam.name) == fam.capabilities
        assert row.module == fam.module.__name__


def test_listing_families_imports_no_family_module_and_no_numpy() -> None:
    code = ("import sys; from logicgen.cli import main; sys.argv = ['logicgen', 'families'];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('logicgen.generators.')"
            " or m == 'numpy'), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert len([line for line in done.stdout.splitlines() if line.strip()]) == len(BUILTIN) + 1


def test_asking_for_one_family_imports_its_module_alone() -> None:
    code = ("import sys, logicgen; logicgen.get_family('quant.ratio');"
            "print(sorted(m for m in sys.modules if m.startswith('logicgen.generators.')"
            " and not m.rsplit('.', 1)[-1].startswith('_') and m.count('.') == 3))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "['logicgen.generators.quant.ratio']"
