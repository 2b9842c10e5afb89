"""Parallel and sharded generation: the same bytes for any jobs, chunking or sharding."""

from __future__ import annotations

import io
import itertools

import pytest
from click.testing import CliRunner

import logicgen
from logicgen import InvalidParams
from logicgen.cli import cli
from logicgen.parallel import (
    GeneratePlan,
    check_jobs,
    generate_parallel,
    iter_jsonl,
    parse_shard,
    shard_range,
)

FAMILIES = ["sequence.number", "deduction.syllogism"]
COUNT = 240


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _jsonl(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, ["generate", *args, "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("family", FAMILIES)
def test_jobs_and_shards_give_identical_bytes(runner: CliRunner, family: str) -> None:
    base = ["-n", str(COUNT), "-s", "11", family]
    serial = _jsonl(runner, *base, "--jobs", "1")
    assert serial.count("\n") == COUNT
    assert _jsonl(runner, *base, "--jobs", "2") == serial
    shards = "".join(_jsonl(runner, *base, "--shard", f"{k}/3") for k in (1, 2, 3))
    assert shards == serial
    # the serial path is the library's own generate_iter, line for line
    lines = [item.to_json() + "\n" for item in logicgen.generate_iter(family, COUNT, seed=11)]
    assert "".join(lines) == serial


def test_text_output_is_the_same_for_any_jobs(runner: CliRunner) -> None:
    args = ["generate", "sequence.number", "-n", "30", "-s", "4"]
    one = runner.invoke(cli, [*args, "--jobs", "1"])
    two = runner.invoke(cli, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_shards_in_a_file(runner: CliRunner, tmp_path) -> None:
    whole = tmp_path / "whole.jsonl"
    args = ["generate", "sequence.number", "-n", "50", "-s", "2", "-f", "jsonl"]
    assert runner.invoke(cli, [*args, "-o", str(whole), "--jobs", "2"]).exit_code == 0
    parts = []
    for k in (1, 2):
        path = tmp_path / f"part{k}.jsonl"
        assert runner.invoke(cli, [*args, "-o", str(path), "--shard", f"{k}/2"]).exit_code == 0
        parts.append(path.read_bytes())
    assert b"".join(parts) == whole.read_bytes()


def test_library_matches_generate_for_any_jobs_and_chunks() -> None:
    expected = logicgen.generate("sequence.letter", 40, difficulty="hard", seed=8)
    assert list(generate_parallel("sequence.letter", 40, "hard", 8)) == expected
    assert list(generate_parallel("sequence.letter", 40, "hard", 8, jobs=2, chunk_size=7)) \
        == expected
    halves = [list(generate_parallel("sequence.letter", 40, "hard", 8, shard=(k, 2)))
              for k in (1, 2)]
    assert halves[0] + halves[1] == expected
    tail = list(generate_parallel("sequence.letter", 5, "hard", 8, start=35))
    assert tail == expected[35:]


def test_parameters_reach_the_workers() -> None:
    expected = logicgen.generate("sequence.number", 12, seed=3, format="numeric")
    made = list(generate_parallel("sequence.number", 12, seed=3, jobs=2, format="numeric"))
    assert made == expected and all(item.format == "numeric" for item in made)


def test_jsonl_blocks_split_anywhere() -> None:
    plan = GeneratePlan("sequence.number", "easy", 5)
    whole = "".join(iter_jsonl(plan, 0, 30))
    assert "".join(iter_jsonl(plan, 0, 30, chunk_size=4)) == whole
    assert "".join(iter_jsonl(plan, 0, 13)) + "".join(iter_jsonl(plan, 13, 30)) == whole


def test_shard_ranges_cover_every_slot_once() -> None:
    for count in (1, 2, 7, 10, 101):
        for shards in (1, 2, 3, 8):
            ranges = [shard_range(count, k, shards) for k in range(1, shards + 1)]
            assert ranges[0][0] == 0 and ranges[-1][1] == count
            assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
            sizes = [hi - lo for lo, hi in ranges]
            assert max(sizes) - min(sizes) <= 1


@pytest.mark.parametrize("text", ["3/2", "0/2", "x", "1/0", "1-2", "", "1/2/3", "-1/2"])
def test_parse_shard_refuses(text: str) -> None:
    with pytest.raises(InvalidParams, match="shard must be K/N"):
        parse_shard(text)


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True, "2", 10_000])
def test_check_jobs_refuses(jobs: object) -> None:
    with pytest.raises(InvalidParams, match="jobs must be"):
        check_jobs(jobs)


def test_library_refuses_shard_without_seed() -> None:
    with pytest.raises(InvalidParams, match="shard needs a seed"):
        generate_parallel("sequence.number", 10, shard=(1, 2))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jobs", "0"], "--jobs must be a whole number"),
        (["--jobs", "x"], "--jobs must be a whole number"),
        (["--shard", "3/2"], "shard must be K/N"),
        (["--shard", "x"], "shard must be K/N"),
        (["--shard", "1/2", "-f", "text"], "--shard needs -f jsonl"),
    ],
)
def test_cli_bad_values_are_one_sentence(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["generate", "sequence.number", "-n", "5", "-s", "1",
                                 "-f", "jsonl", *args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in result.output


def test_cli_shard_needs_a_seed(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["generate", "sequence.number", "-n", "5", "-f", "jsonl",
                                 "--shard", "1/2"])
    assert result.exit_code == 2 and "--shard needs -s SEED" in result.stderr


def test_help_explains_shards(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["generate", "--help"])
    text = " ".join(result.output.split())
    assert "--jobs" in text and "K-th (1-based) of N" in text


def test_generation_failures_come_back_from_workers(monkeypatch) -> None:
    from logicgen.errors import GenerationFailed
    from logicgen.parallel import _Failure, _work

    def broken(self, start, stop):
        raise GenerationFailed("sequence.number", "medium", 42, 200, "no luck")
        yield  # pragma: no cover

    monkeypatch.setattr(GeneratePlan, "items", broken)
    result = _work(GeneratePlan("sequence.number", "medium", 1), 0, 3, True)
    assert isinstance(result, _Failure)
    error = result.error()
    assert isinstance(error, GenerationFailed) and error.seed == 42
    assert str(error) == str(GenerationFailed("sequence.number", "medium", 42, 200, "no luck"))


# -- progress -------------------------------------------------------------------------


def test_no_progress_bar_when_stderr_is_not_a_terminal(runner: CliRunner, tmp_path) -> None:
    out = tmp_path / "items.jsonl"
    result = runner.invoke(cli, ["generate", "sequence.number", "-n", "1200", "-s", "1",
                                 "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stderr == f"sequence.number, seed 1: 1200 items written to {out}\n"
    assert out.read_text().count("\n") == 1200


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(runner: CliRunner, tmp_path, monkeypatch) -> None:
    import logicgen.cli as cli_module

    screen = _Terminal()
    monkeypatch.setattr(cli_module, "_stderr_stream", lambda: screen)
    monkeypatch.setattr(cli_module, "PROGRESS_MIN", 20)
    out = tmp_path / "items.jsonl"
    result = runner.invoke(cli, ["generate", "sequence.number", "-n", "30", "-s", "1",
                                 "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0
    shown = screen.getvalue()
    assert "items" in shown and "30/30" in shown
    # short runs stay quiet even on a terminal
    screen.seek(0)
    screen.truncate()
    runner.invoke(cli, ["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "jsonl",
                        "-o", str(out)])
    assert screen.getvalue() == ""


def test_worker_errors_reach_the_caller() -> None:
    from logicgen import UnknownFamily
    from logicgen.parallel import iter_items

    with pytest.raises(UnknownFamily, match="no.such"):
        list(iter_items(GeneratePlan("no.such", "medium", 1), 0, 4, jobs=2))
