"""The command line's face: help, and how -o writes (through links, keeping modes, confirmed)."""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from logicgen.cli import cli

FAM = "sequence.number"


def _commands_section(text: str) -> dict[str, str]:
    """Command name -> its whole summary, from the help's Commands section."""
    section = text.split("Commands:\n", 1)[1]
    out: dict[str, str] = {}
    name = ""
    for line in section.splitlines():
        m = re.match(r"^  (\S+)\s+(.*)$", line)
        if m:
            name = m.group(1)
            out[name] = m.group(2)
        elif line.strip() and name:
            out[name] += " " + line.strip()
    return out


def test_plain_logicgen_shows_the_help_and_succeeds() -> None:
    result = CliRunner().invoke(cli, [])
    assert result.exit_code == 0
    assert result.stdout == CliRunner().invoke(cli, ["--help"]).stdout
    assert result.stderr == ""


def test_help_lists_every_command_with_a_whole_summary() -> None:
    text = CliRunner().invoke(cli, ["--help"]).stdout
    summaries = _commands_section(text)
    assert sorted(summaries) == sorted(cli.commands)  # type: ignore[attr-defined]
    for name, summary in summaries.items():
        assert summary.endswith("."), (name, summary)
        assert "..." not in summary, (name, summary)
    for main in ("build", "practice", "grade"):  # the examples start with the main commands
        assert f"logicgen {main} " in text.split("Options:")[0]


def test_output_through_a_symbolic_link_replaces_its_target(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "bank.jsonl"
    target.write_text("old\n")
    link = tmp_path / "bank.jsonl"
    link.symlink_to(target)
    result = CliRunner().invoke(cli, ["generate", FAM, "-n", "3", "-s", "1", "-f", "jsonl",
                                      "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text().count("\n") == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.jsonl", "elsewhere"]
    assert [p.name for p in elsewhere.iterdir()] == ["bank.jsonl"]  # no temporary left
    assert result.stderr == f"{FAM}, seed 1: 3 items written to {link}\n"


def test_a_dangling_link_gets_its_target_made(tmp_path: Path) -> None:
    link = tmp_path / "out.txt"
    link.symlink_to("made.txt")
    result = CliRunner().invoke(cli, ["generate", FAM, "-n", "1", "-s", "1", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and (tmp_path / "made.txt").read_text().startswith(FAM)


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "private.txt"
    path.write_text("old\n")
    path.chmod(0o600)
    result = CliRunner().invoke(cli, ["generate", FAM, "-n", "1", "-s", "1", "-o", str(path)])
    assert result.exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.read_text() != "old\n"


def test_counts_are_worded_in_the_right_number(tmp_path: Path) -> None:
    blueprint = tmp_path / "one.toml"
    blueprint.write_text('title = "One"\n[[sections]]\nfamily = "sequence.number"\ncount = 1\n')
    out = tmp_path / "one.txt"
    built = CliRunner().invoke(cli, ["build", str(blueprint), "-s", "2", "-o", str(out)])
    assert built.exit_code == 0
    assert built.stderr.startswith("One, form A, ")
    assert built.stderr.endswith(f"seed 2: 1 question written to {out}\n")
    items = tmp_path / "one.jsonl"
    CliRunner().invoke(cli, ["generate", FAM, "-n", "1", "-s", "1", "-f", "jsonl",
                             "-o", str(items)])
    checked = CliRunner().invoke(cli, ["verify", str(items)])
    assert "1 of 1 item verified" in checked.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_long_runs_to_a_file_show_progress_then_the_confirmation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logicgen.cli as cli_module

    monkeypatch.setattr(cli_module, "PROGRESS_MIN", 20)
    for args in (["generate", FAM, "-n", "25", "-s", "1"],
                 ["dataset", f"{FAM}=1,quant.rates=1", "-n", "25", "-s", "1"]):
        screen = _Terminal()
        monkeypatch.setattr(cli_module, "_stderr_stream", lambda screen=screen: screen)
        out = tmp_path / f"{args[0]}.txt"
        result = CliRunner().invoke(cli, [*args, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "25/25" in screen.getvalue()
        assert result.stderr.endswith(f"25 items written to {out}\n")
