"""Capacity estimates: the estimator on populations of known size, identities, the CLI."""

from __future__ import annotations

import re

import numpy as np
import pytest
from click.testing import CliRunner

from logicgen import InvalidParams, registry
from logicgen.capacity import (
    UNLIMITED,
    chapman,
    compare,
    estimate_capacity,
    load_table,
    structure_identity,
)
from logicgen.cli import cli

POPULATION = [f"item {i}" for i in range(500)]


def _draw(seed: int, n: int, population: list[str]) -> list[str]:
    rng = np.random.default_rng(seed)
    return [population[int(i)] for i in rng.integers(0, len(population), n)]


@pytest.mark.parametrize("seed", range(10))
def test_a_known_population_of_500_is_estimated_within_15_percent(seed: int) -> None:
    # 400 draws with replacement see about 275 of the 500 each; about 150 in both
    est = compare(_draw(2 * seed, 400, POPULATION), _draw(2 * seed + 1, 400, POPULATION))
    assert est.size is not None and 425 <= est.size <= 575
    assert est.high is not None and est.low <= est.size <= est.high


def test_the_interval_covers_the_true_size_most_of_the_time() -> None:
    covered = 0
    for seed in range(40):
        est = compare(_draw(100 + 2 * seed, 300, POPULATION), _draw(101 + 2 * seed, 300,
                                                                       POPULATION))
        assert est.high is not None
        covered += est.low <= 500 <= est.high
    assert covered >= 34  # a 95% interval: about 38 of 40


def test_a_huge_population_gives_a_lower_bound_only() -> None:
    rng = np.random.default_rng(5)
    a = [str(x) for x in rng.integers(0, 10**12, 500)]
    b = [str(x) for x in rng.integers(0, 10**12, 500)]
    est = compare(a, b)
    assert est.m == 0 and est.size is None and est.high is None
    assert est.low == pytest.approx(500 * 500 / 3)  # n1 n2 / -ln(0.05), rounded
    assert est.describe().startswith("at least 83,")
    wide = chapman(2000, 2000, 0)
    assert wide.unlimited and wide.low >= UNLIMITED
    assert wide.describe().startswith("effectively unlimited")


def test_chapman_by_hand() -> None:
    # (501 * 501) / 26 - 1 = 9652.88...; everything seen twice: exactly the population
    assert chapman(500, 500, 25).size == pytest.approx(251001 / 26 - 1)
    full = chapman(100, 100, 100)
    assert full.size == pytest.approx(100) and full.low == full.high == pytest.approx(100)
    with pytest.raises(InvalidParams, match=r"m must be between 0 and min\(n1, n2\) = 3 "
                                            r"\(got 4\)"):
        chapman(3, 5, 4)


class _Item:
    def __init__(self, data: dict[str, object]) -> None:
        self.data = data


def test_structure_removes_names_but_keeps_numbers_letters_and_kinds() -> None:
    a = _Item({"names": ["Priya", "Tomas"], "kind": "share", "terms": ["A", "C"], "n": 4,
               "question": "Who sits left of Priya?"})
    b = _Item({"names": ["Wendy", "Olu_x"], "kind": "share", "terms": ["A", "C"], "n": 4,
               "question": "Who sits left of Wendy?"})
    assert structure_identity(a) == structure_identity(b)  # type: ignore[arg-type]
    for change in ({"n": 5}, {"terms": ["A", "D"]}, {"kind": "combine"},
                   {"names": ["Priya", "Priya"]}):
        c = _Item({**a.data, **change})
        assert structure_identity(c) != structure_identity(a), change  # type: ignore[arg-type]


def test_estimates_are_deterministic_and_sized() -> None:
    one = estimate_capacity("sequence.number", "hard", sample=30, seed=4)
    two = estimate_capacity("sequence.number", "hard", sample=30, seed=4)
    assert one == two and one.sample == 30
    assert one.prompt.n1 <= 30 and one.structure.n1 <= one.prompt.n1 + 0


def test_cli_capacity_prints_both_estimates() -> None:
    runner = CliRunner()
    args = ["capacity", "sequence.number", "-d", "easy", "-n", "40", "-s", "3"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "sequence.number at easy: two batches of 40 items (seed 3)"
    assert any(line.strip().startswith("prompt") for line in lines)
    assert any(line.strip().startswith("structure") for line in lines)
    assert runner.invoke(cli, args).output == result.output


@pytest.mark.parametrize(("args", "message"), [
    (["-n", "5"], "Error: sample must be an integer between 10 and 200,000 (got 5)"),
    (["-s", "-1"], "Error: seed must be between 0 and"),
    (["-d", "tricky"], "Error: Invalid value for '-d' / '--difficulty'"),
])
def test_cli_capacity_bad_input_is_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["capacity", "sequence.number", *args])
    assert result.exit_code == 2
    assert result.output.startswith(message) and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_cli_capacity_unknown_family() -> None:
    result = CliRunner().invoke(cli, ["capacity", "quant.arithmetc"])
    assert result.exit_code == 2
    assert "quant.arithmetc" in result.output and "quant.arithmetic" in result.output


def test_the_static_table_covers_every_family_and_level() -> None:
    table = load_table()
    for name in registry.names():
        fam = registry.get(name)
        assert set(table.get(name, {})) == set(fam.difficulties), name


def test_families_long_shows_capacity() -> None:
    result = CliRunner().invoke(cli, ["families", "--long"])
    assert result.exit_code == 0
    header, *rows = result.output.splitlines()
    assert "capacity" in header.split()
    for name in registry.names():
        row = next(r for r in rows if r.split()[0] == name)
        cell = re.split(r"\s{2,}", row)[4]
        assert re.fullmatch(r"e (~|≥)?\S+ m (~|≥)?\S+ h (~|≥)?\S+", cell), row
        assert "?" not in cell, row
