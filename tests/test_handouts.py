"""Handouts give nothing away: no seed, no item codes, no answers or explanations.

The key carries the seed, the sheet id and the item codes; a handout carries
the sheet id only. Without -s the seed is drawn with 63 bits and printed only
for the teacher; a handout built from a seed below 2**32 gets a warning.
"""

from __future__ import annotations

import io
import re

import pytest
from click.testing import CliRunner

from logicgen.blueprint import build_set
from logicgen.cli import cli
from logicgen.problemset import ProblemSet
from logicgen.render import render_bytes

# a seed long enough that finding its digits by chance means something
SEED = 4_611_686_018_427_387_903


@pytest.fixture(scope="module")
def the_set() -> ProblemSet:
    return build_set("logic-test", seed=SEED, form="B")


def squash(text: str) -> str:
    return "".join(text.split())


def handout_text(problem_set: ProblemSet, fmt: str, **flags: bool) -> str:
    data = render_bytes(problem_set, fmt, **flags)
    if fmt != "pdf":
        return data.decode("utf-8")
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def explanation_pieces(problem_set: ProblemSet) -> list[str]:
    """Every explanation line long enough not to be a prompt's line too."""
    prompts = squash(" ".join(i.prompt + " ".join(i.choices) for i in problem_set.items))
    return [squash(line) for item in problem_set.items for line in item.explanation.split("\n")
            if len(squash(line)) >= 25 and squash(line) not in prompts]


@pytest.mark.parametrize("fmt", ["pdf", "html", "markdown", "text"])
def test_a_handout_gives_nothing_away(the_set: ProblemSet, fmt: str) -> None:
    text = handout_text(the_set, fmt, key=False)
    flat = squash(text)
    assert str(SEED) not in flat
    for item in the_set.items:
        assert item.code not in text, item.code
    pieces = explanation_pieces(the_set)
    assert len(pieces) > 50
    for piece in pieces:
        assert piece not in flat, piece
    assert the_set.sheet_id in text
    assert "Answer key" not in text


@pytest.mark.parametrize("fmt", ["pdf", "html", "markdown", "text"])
def test_the_key_carries_seed_sheet_id_and_codes(the_set: ProblemSet, fmt: str) -> None:
    text = handout_text(the_set, fmt, questions=False)
    flat = squash(text)
    assert str(SEED) in flat and the_set.sheet_id in text
    for item in the_set.items:
        assert item.code in flat, item.code


def test_the_teachers_copy_still_shows_codes_under_questions(the_set: ProblemSet) -> None:
    text = handout_text(the_set, "text")
    questions = text[:text.index("Answer key")]
    assert all(f"[{item.code}]" in questions for item in the_set.items)


def test_cli_fresh_seed_has_63_bits_and_is_printed_only_for_the_teacher(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    seeds = []
    for name in ("a.txt", "b.txt"):
        out = tmp_path / name
        result = runner.invoke(cli, ["build", "quick-10", "--no-key", "-o", str(out)])
        assert result.exit_code == 0, result.output
        m = re.search(r"sheet (\w{8}), seed (\d+):", result.output)
        assert m, result.output
        seed = int(m.group(2))
        seeds.append(seed)
        assert 0 <= seed < 2**63
        handout = out.read_text(encoding="utf-8")
        assert str(seed) not in handout and m.group(1) in handout
        assert "warning" not in result.output
        # the printed seed rebuilds the key of the same sheet
        key = runner.invoke(cli, ["build", "quick-10", "-s", str(seed), "--key-only"])
        assert f"seed {seed}" in key.output and f"sheet {m.group(1)}" in key.output
    assert seeds[0] != seeds[1]
    # one chance in 2**31 each of a seed below 2**32: 63 bits were drawn, not 32
    assert max(seeds) >= 2**32


def test_cli_fresh_seed_to_stdout_is_printed_on_stderr() -> None:
    result = CliRunner().invoke(cli, ["build", "quick-10", "--no-key"])
    assert result.exit_code == 0
    assert re.search(r"^seed \d+ \(sheet \w{8}\)$", result.stderr, re.MULTILINE)
    assert "seed" not in result.stdout


@pytest.mark.parametrize(("args", "warned"), [
    (["-s", "7", "--no-key"], True),
    (["-s", str(2**32 - 1), "--no-key"], True),
    (["-s", str(2**32), "--no-key"], False),
    (["-s", "7"], False),
    (["-s", "7", "--key-only"], False),
])
def test_cli_warns_for_a_handout_with_a_small_seed(args: list[str], warned: bool) -> None:
    result = CliRunner().invoke(cli, ["build", "quick-10", *args])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert len(lines) == (1 if warned else 0), result.stderr
    if warned:
        assert "rebuilt by trying seeds" in lines[0]
