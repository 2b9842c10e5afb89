"""Mixed datasets and scoring."""

from __future__ import annotations

import json
from collections import Counter
from fractions import Fraction

import pytest
from click.testing import CliRunner

import logicgen
from logicgen import InvalidItem, InvalidParams, UnknownFamily
from logicgen.cli import cli
from logicgen.dataset import (
    dataset_plan,
    generate_dataset,
    iter_dataset,
    mixture,
    parse_weights,
    score,
)

WEIGHTS = "sequence.number=2,deduction.syllogism=1"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_weights_are_followed_and_items_are_tagged() -> None:
    items = generate_dataset(WEIGHTS, 300, seed=5)
    counts = Counter(item.family for item in items)
    assert set(counts) == {"sequence.number", "deduction.syllogism"}
    assert 170 <= counts["sequence.number"] <= 230  # expected 200; binomial sd about 8
    assert all(item.difficulty == "medium" for item in items)
    assert all(logicgen.verify(item).ok for item in items[:40])


def test_dataset_is_deterministic_and_seed_dependent() -> None:
    a = [i.code for i in generate_dataset(WEIGHTS, 50, seed=1)]
    assert a == [i.code for i in generate_dataset(WEIGHTS, 50, seed=1)]
    assert a != [i.code for i in generate_dataset(WEIGHTS, 50, seed=2)]
    assert not set(a) & {i.code for i in generate_dataset(WEIGHTS, 50, seed=2)}


def test_the_documented_rule() -> None:
    """Slot i's item is the one generate() makes at slot i for the chosen component."""
    items = generate_dataset(WEIGHTS, 30, seed=9)
    by_family = {
        fam: logicgen.generate(fam, 30, seed=9)
        for fam in ("sequence.number", "deduction.syllogism")
    }
    for index, item in enumerate(items):
        assert item == by_family[item.family][index]


def test_choice_uses_integer_weights() -> None:
    import hashlib

    plan = dataset_plan("sequence.number=1/3,sequence.letter=2/3", 4)
    assert plan.bounds == (1, 3)
    for index in range(20):
        # the documented rule, from hashlib's BLAKE2b rather than from rng.derive
        digest = hashlib.blake2b(f"dataset.component\x1f4\x1f{index}".encode(), digest_size=8,
                                 key=b"logicgen.seed/2").digest()
        target = (int.from_bytes(digest, "little") * 3) >> 64
        assert plan.choose(index)[0] == (0 if target < 1 else 1)


def test_difficulty_in_weights_and_mappings() -> None:
    items = generate_dataset({"sequence.number:hard": 1, "sequence.letter:easy": 1}, 40, seed=2)
    assert {(i.family, i.difficulty) for i in items} == {
        ("sequence.number", "hard"), ("sequence.letter", "easy")}


def test_blueprint_sections_become_weights() -> None:
    parts = mixture("quick-10")
    bp = logicgen.load_blueprint("quick-10")
    assert sum(c.weight for c in parts) == bp.count
    number = {c.difficulty: c.weight for c in parts if c.family == "sequence.number"}
    assert number == {"easy": Fraction(1), "medium": Fraction(1)}
    items = generate_dataset("quick-10", 60, seed=3)
    assert {i.family for i in items} <= {c.family for c in parts}
    assert len({i.family for i in items}) >= 6


def test_blueprint_params_are_applied(tmp_path) -> None:
    path = tmp_path / "free.toml"
    path.write_text('title = "Free"\n[[sections]]\nfamily = "sequence.number"\ncount = 2\n'
                    'difficulty = "easy"\nparams = { format = "numeric" }\n')
    items = generate_dataset(str(path), 5, seed=1)
    assert all(i.format == "numeric" and i.difficulty == "easy" for i in items)


def test_jobs_shards_and_start_give_the_same_items() -> None:
    whole = generate_dataset(WEIGHTS, 60, seed=7)
    assert generate_dataset(WEIGHTS, 60, seed=7, jobs=2) == whole
    parts = [list(iter_dataset(WEIGHTS, 60, 7, shard=(k, 4))) for k in range(1, 5)]
    assert [item for part in parts for item in part] == whole
    assert list(iter_dataset(WEIGHTS, 10, 7, start=50)) == whole[50:]


@pytest.mark.parametrize(
    ("spec", "error", "message"),
    [
        ("no-such-blueprint", logicgen.BlueprintError, "unknown blueprint"),
        ("sequence.number=0", InvalidParams, "positive number"),
        ("sequence.number=x", InvalidParams, "positive number"),
        ("sequence.number=-1", InvalidParams, "positive number"),
        ("sequence.number:extreme=1", InvalidParams, "difficulty must be one of"),
        ("sequence.numbr=1", UnknownFamily, "sequence.numbr"),
        ("sequence.number=1,deduction", InvalidParams, "FAMILY[:DIFFICULTY]=WEIGHT"),
        ({}, InvalidParams, "name no family"),
        (3, InvalidParams, "a mixture is"),
    ],
)
def test_bad_mixtures(spec: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message.replace("[", r"\[").replace("]", r"\]")):
        generate_dataset(spec, 5, seed=1)


def test_family_names_alone_weigh_the_same() -> None:
    parts = mixture("sequence.number, sequence.letter:hard")
    assert [(c.family, c.difficulty, c.weight) for c in parts] == [
        ("sequence.number", "medium", 1), ("sequence.letter", "hard", 1)]


def test_parse_weights() -> None:
    parts = parse_weights(" sequence.number = 0.5 , sequence.letter:hard=2 ")
    assert [(c.family, c.difficulty, c.weight) for c in parts] == [
        ("sequence.number", "medium", Fraction(1, 2)), ("sequence.letter", "hard", Fraction(2))]


# -- scoring ------------------------------------------------------------------------


def test_score_is_all_or_nothing() -> None:
    for item in generate_dataset("sequence.number=1,deduction.syllogism=1,probability.dice=1",
                                 30, seed=11):
        assert logicgen.score(item, item.answer) == 1.0
        if item.answer_index is not None:
            right = "ABCDEFGH"[item.answer_index]
            assert score(item, right) == 1.0
            assert score(item, right.lower()) == 1.0
            letters = "ABCDEFGH"[: len(item.choices)]
            assert score(item, letters) == 0.0
            assert score(item, " ".join(letters)) == 0.0
            assert score(item, ", ".join(item.choices)) == 0.0
            for k, choice in enumerate(item.choices):
                if k != item.answer_index:
                    assert score(item, "ABCDEFGH"[k]) == 0.0
                    assert score(item, choice) == 0.0
        assert score(item, "") == 0.0
        assert score(item, None) == 0.0
        assert isinstance(score(item, item.answer), float)


def test_score_takes_a_jsonl_line() -> None:
    item = logicgen.generate("sequence.number", 1, seed=3)[0]
    row = json.loads(item.to_json())
    assert score(row, item.answer) == 1.0
    assert score(row, "not an answer") == 0.0
    with pytest.raises(InvalidItem):
        score("sequence.number-m1-0000000000", "A")


# -- command line ---------------------------------------------------------------------


def test_cli_dataset_matches_library(runner: CliRunner, tmp_path) -> None:
    out = tmp_path / "mix.jsonl"
    result = runner.invoke(cli, ["dataset", WEIGHTS, "-n", "40", "-s", "3", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"40 items written to {out}\n"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == [item.to_json() for item in generate_dataset(WEIGHTS, 40, seed=3)]
    rows = [json.loads(line) for line in lines]
    assert all(row["family"] and row["difficulty"] for row in rows)


def test_cli_dataset_jobs_and_shards_are_byte_identical(runner: CliRunner) -> None:
    base = ["dataset", "quick-10", "-n", "60", "-s", "5"]
    serial = runner.invoke(cli, base).stdout
    assert serial.count("\n") == 60
    assert runner.invoke(cli, [*base, "--jobs", "2"]).stdout == serial
    shards = [runner.invoke(cli, [*base, "--shard", f"{k}/3"]).stdout for k in (1, 2, 3)]
    assert "".join(shards) == serial


def test_cli_dataset_fresh_seed_is_printed(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["dataset", WEIGHTS, "-n", "2"])
    assert result.exit_code == 0
    seed = int(result.stderr.split()[-1])
    again = runner.invoke(cli, ["dataset", WEIGHTS, "-n", "2", "-s", str(seed)])
    assert again.stdout == result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["sequence.number=0", "-n", "3"],
        ["no-such-blueprint", "-n", "3"],
        ["sequence.number=1", "-n", "0"],
        ["sequence.number=1", "-n", "3", "--jobs", "0"],
        ["sequence.number=1", "-n", "3", "--shard", "1/2"],
        ["sequence.number=1", "-n", "3", "-s", "1", "--shard", "3/2"],
    ],
)
def test_cli_dataset_bad_input(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, ["dataset", *args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
