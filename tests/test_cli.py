"""The command line, driven through click's CliRunner and, for a few checks, a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import logicgen
from logicgen import Item
from logicgen.cli import cli

FAMILY = "sequence.number"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and logicgen.__version__ in result.output


def test_families_lists_every_family(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["families"])
    assert result.exit_code == 0
    for name in logicgen.families():
        assert name in result.output


def test_generate_text_has_questions_then_key(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["generate", FAMILY, "-n", "3", "-s", "5"])
    assert result.exit_code == 0, result.output
    items = logicgen.generate(FAMILY, count=3, seed=5)
    out = result.output
    key_at = out.index("Answer key")
    for number, item in enumerate(items, 1):
        assert out.index(item.prompt.splitlines()[0]) < key_at
        assert f"{number}. {item.letter}. {item.answer}" in out[key_at:]
        assert item.code in out


def test_generate_json_and_jsonl_match_the_library(runner: CliRunner) -> None:
    items = logicgen.generate(FAMILY, count=4, seed=9, difficulty="hard")
    jl = runner.invoke(cli, ["generate", FAMILY, "-n", "4", "-s", "9", "-d", "hard", "-f", "jsonl"])
    assert [Item.from_json(line) for line in jl.output.splitlines()] == items
    js = runner.invoke(cli, ["generate", FAMILY, "-n", "4", "-s", "9", "-d", "hard", "-f", "json"])
    obj = json.loads(js.output)
    assert obj["schema"] == "logicgen.set/1" and obj["seed"] == 9
    assert [Item.from_dict(o) for o in obj["items"]] == items


def test_generate_markdown(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["generate", FAMILY, "-n", "2", "-s", "1", "-f", "markdown"])
    assert result.exit_code == 0
    assert "## Questions" in result.output and "## Answer key" in result.output
    assert "- **A.**" in result.output


def test_generate_free_response(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["generate", FAMILY, "-n", "1", "-s", "1", "--free-response",
                                 "-f", "jsonl"])
    item = Item.from_json(result.output)
    assert item.format == "numeric" and item.choices == ()


def test_generate_to_file_and_verify(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    result = runner.invoke(cli, ["generate", FAMILY, "-n", "20", "-s", "1", "-f", "jsonl",
                                 "-o", str(path)])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"sequence.number, seed 1: 20 items written to {path}\n"
    assert len(path.read_text().splitlines()) == 20
    ok = runner.invoke(cli, ["verify", str(path)])
    assert ok.exit_code == 0 and "20 of 20 items verified" in ok.output
    assert [p.name for p in tmp_path.iterdir()] == ["items.jsonl"]  # no temporary left over


def test_verify_reports_a_tampered_key(runner: CliRunner, tmp_path: Path) -> None:
    items = [i.to_dict() for i in logicgen.generate(FAMILY, count=3, seed=2)]
    wrong = (items[1]["answer_index"] + 1) % len(items[1]["choices"])
    items[1]["answer_index"] = wrong
    items[1]["answer"] = items[1]["choices"][wrong]
    path = tmp_path / "set.json"
    path.write_text(json.dumps({"items": items}))
    result = runner.invoke(cli, ["verify", str(path)])
    assert result.exit_code == 1
    assert "item 2" in result.output and "FAILED" in result.output
    assert "2 of 3 items verified, 1 failed" in result.output


def test_verify_reads_standard_input(runner: CliRunner) -> None:
    text = "".join(i.to_json() + "\n" for i in logicgen.generate(FAMILY, count=3, seed=4))
    result = runner.invoke(cli, ["verify", "-"], input=text)
    assert result.exit_code == 0 and "3 of 3" in result.output


def test_show_regenerates_an_item(runner: CliRunner) -> None:
    item = logicgen.generate(FAMILY, count=1, seed=77)[0]
    result = runner.invoke(cli, ["show", item.code, "-f", "jsonl"])
    assert result.exit_code == 0
    assert Item.from_json(result.output) == item


def test_show_verbose_adds_what_the_solver_finds(runner: CliRunner) -> None:
    item = logicgen.generate("sequence.number", count=1, difficulty="medium", seed=4)[0]
    result = runner.invoke(cli, ["show", item.code, "--verbose"])
    assert result.exit_code == 0, result.output
    plain = runner.invoke(cli, ["show", item.code]).output
    assert result.output.startswith(plain)  # the item as without --verbose, then the view
    view = result.output[len(plain):].splitlines()
    assert f"Solver: from the data and options alone it finds 1 answer: {item.answer}" in view
    low, high = logicgen.get_family("sequence.number").band("medium")
    assert f"Effort score: {item.score:g} (medium keeps {low:g} to {high:g})" in view
    assert f"Estimated time: {item.seconds:g} s (medium cap 45 s)" in view
    assert f"  terms: {json.dumps(item.data['terms'])}" in view
    assert {line.split(":")[0].strip() for line in view[view.index("Data:") + 1:]} == set(item.data)


def test_show_verbose_is_for_text(runner: CliRunner) -> None:
    code = logicgen.generate(FAMILY, count=1, seed=77)[0].code
    result = runner.invoke(cli, ["show", code, "-f", "json", "-v"])
    assert result.exit_code == 2
    assert "--verbose goes with -f text" in result.output and "(got -f json --verbose)" in result.output
    assert "Traceback" not in result.output


BAD_COMMANDS = [
    (["generate", "sequence.numbr"], "did you mean sequence.number?"),
    (["generate", FAMILY, "-d", "extreme"], "'extreme' is not one of"),
    (["generate", FAMILY, "-n", "0"], "count must be between 1 and 10000000 (got 0)"),
    (["generate", FAMILY, "-n", "99999999999"], "count must be between 1 and 10000000"),
    (["generate", FAMILY, "-s", "-4"], "seed must be between 0 and"),
    (["generate", FAMILY, "-s", "1.5"], "'1.5' is not a valid integer"),
    (["generate", FAMILY, "-f", "pdfx"], "'pdfx' is not one of"),
    (["generate", FAMILY, "-o", "no/such/folder/x.txt"], "output folder 'no/such/folder' does not exist"),
    (["show", "garbage"], '"garbage" is not an item code'),
    (["verify", "no-such-file.json"], "file 'no-such-file.json' does not exist"),
]


@pytest.mark.parametrize(("args", "message"), BAD_COMMANDS)
def test_bad_input_exits_2_with_one_sentence(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [("", "holds no items"), ("{\"a\": 1}\n{", "line 1: item is missing the field(s) code"),
     ("[1]", "item 1: an item must be a JSON object"), ("{\"code\": 1}", "missing the field")],
)
def test_verify_malformed_files(runner: CliRunner, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    result = runner.invoke(cli, ["verify", str(path)])
    assert result.exit_code == 2 and message in result.output


def test_verify_jsonl_names_the_bad_line(runner: CliRunner, tmp_path: Path) -> None:
    good = logicgen.generate(FAMILY, count=1, seed=1)[0].to_json()
    path = tmp_path / "bad.jsonl"
    path.write_text(good + "\n" + '{"b"\n')
    result = runner.invoke(cli, ["verify", str(path)])
    assert result.exit_code == 2 and "bad.jsonl line 2 is not valid JSON" in result.output


def test_verify_binary_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bad.bin"
    path.write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(cli, ["verify", str(path)])
    assert result.exit_code == 2 and "is not UTF-8 text" in result.output


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "logicgen", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, check=False)


def test_python_dash_m_and_hash_seed_independence() -> None:
    a = _run("generate", FAMILY, "-n", "30", "-s", "1", "-f", "jsonl", env={"PYTHONHASHSEED": "1"})
    b = _run("generate", FAMILY, "-n", "30", "-s", "1", "-f", "jsonl", env={"PYTHONHASHSEED": "2"})
    assert a.returncode == 0 and a.stdout == b.stdout and len(a.stdout.splitlines()) == 30


def test_error_in_a_real_process_has_no_traceback() -> None:
    result = _run("generate", "no.family")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: unknown family")
    assert "Traceback" not in result.stderr


def test_output_file_gets_ordinary_permissions(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "items.txt"
    result = runner.invoke(cli, ["generate", FAMILY, "-n", "1", "-s", "1", "-o", str(path)])
    assert result.exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
