"""The README's Python examples run, and CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import logicgen

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def test_readme_has_python_examples() -> None:
    assert BLOCKS


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_python_block_runs(block: str) -> None:
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - the README's own code


def test_ci_runs_the_readme_test_command() -> None:
    quick = re.search(r"## Quick start\n(.*?)\n## ", README, flags=re.DOTALL)
    assert quick, "README needs a '## Quick start' section"
    commands = re.findall(r"```(?:bash|sh)\n(.*?)```", quick.group(1), flags=re.DOTALL)
    lines = [ln.strip() for block in commands for ln in block.splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    assert len(lines) == 2, lines
    test_command = lines[1].split("&&")[-1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines(), (test_command, ci)


SAMPLES = re.findall(r"\*\*`([a-z]+\.[a-z]+)`\*\*: [^\n]*\n\n```text\n(.*?)\n```", README, flags=re.DOTALL)


def test_readme_has_a_sample_of_every_family() -> None:
    import logicgen

    assert sorted(name for name, _ in SAMPLES) == logicgen.families()


@pytest.mark.parametrize(("family", "sample"), SAMPLES, ids=[name for name, _ in SAMPLES])
def test_readme_samples_are_current(family: str, sample: str) -> None:
    import logicgen

    item = logicgen.generate(family, count=1, difficulty="medium", seed=2026)[0]
    assert sample.startswith(item.prompt + "\n")
    assert sample.endswith(f"Key: {item.letter}. {item.answer}" if item.letter
                           else f"Key: {item.answer}")


def test_committed_samples_are_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("samples", ROOT / "examples" / "samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "examples" / "samples.txt").read_text(encoding="utf-8")
    assert committed == module.samples(), "run: python examples/samples.py > examples/samples.txt"


def test_item_codes_in_the_docs_are_current() -> None:
    """Every item code the README, the docs and the CLI help show rebuilds an item with
    this version of its generator (a version bump must update the examples)."""
    texts = [README, (ROOT / "docs" / "design.md").read_text(encoding="utf-8"),
             (ROOT / "logicgen" / "cli.py").read_text(encoding="utf-8")]
    codes = {c for text in texts
             for c in re.findall(r"\b[a-z]+\.[a-z]+-[emh]\d+-[0-9A-HJKMNP-TV-Z]{10}\b", text)}
    assert len(codes) >= 1
    for code in sorted(codes):
        assert logicgen.from_code(code).code == code
