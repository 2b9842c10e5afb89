"""Start-up stays light: no sympy (and for --help no numpy) on the common paths;
the solvers never import the families."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import logicgen

PACKAGE = Path(logicgen.__file__).parent


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


def test_import_logicgen_loads_neither_sympy_nor_numpy() -> None:
    mods = _modules_after("import logicgen")
    assert "sympy" not in mods and "numpy" not in mods


def test_cli_help_loads_neither_sympy_nor_numpy() -> None:
    mods = _modules_after(
        "from click.testing import CliRunner\nfrom logicgen.cli import cli\n"
        "r = CliRunner().invoke(cli, ['--help'])\nassert r.exit_code == 0"
    )
    assert "sympy" not in mods and "numpy" not in mods


def test_families_listing_does_not_load_sympy() -> None:
    mods = _modules_after(
        "from click.testing import CliRunner\nfrom logicgen.cli import cli\n"
        "r = CliRunner().invoke(cli, ['families'])\nassert r.exit_code == 0"
    )
    assert "sympy" not in mods


@pytest.mark.parametrize("family", [n for n in logicgen.families() if n.startswith("sequence.")])
def test_sequence_items_do_not_load_sympy(family: str) -> None:
    mods = _modules_after(
        f"import logicgen\nfor d in ('easy', 'medium', 'hard'):\n"
        f"    logicgen.generate({family!r}, count=20, difficulty=d, seed=1)"
    )
    assert "sympy" not in mods


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", sorted((PACKAGE / "solve").glob("*.py")), ids=lambda p: p.name)
def test_solvers_never_import_families(path: Path) -> None:
    # the generators, the kit they are built from, and the figure vocabulary they share
    for name in _imports(path):
        assert not any(part in name for part in ("generators", "kit", "figures")), \
            f"{path.name} imports {name}"
