"""One table of bad inputs, across every command and the public Python API.

Each command-line row gives the arguments and a part of the expected message,
and asserts what every bad input must get: exit code 2 (or the row's documented
code), nothing on stdout, exactly one line on stderr that starts with
``Error:`` and names the argument or the value, no traceback, and no file in
the working folder created, changed or removed (every row runs in a fresh copy
of the same files, including the outputs, databases and links that ``-o`` and
``--db`` point at). The Python rows assert the library's own exception type and
a one-line message. A few rows are also run in a real process, to show that no
traceback reaches a terminal.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import logicgen
from logicgen import Item
from logicgen.blueprint import build_set
from logicgen.cli import cli
from logicgen.dataset import generate_dataset
from logicgen.errors import (
    BlueprintError,
    InvalidCode,
    InvalidItem,
    InvalidParams,
    LogicgenError,
    UnknownFamily,
)
from logicgen.practice.store import HistoryStore

FAM = "sequence.number"
CODE = f"sequence.number-m{logicgen.get_family(FAM).version}-3Q7ZK1M2AB"
LONG = "x" * 10_000
#: no message may be longer than this, however long the value it echoes
MAX_LINE = 400


@dataclass(frozen=True)
class Row:
    """One bad command line: arguments, a part of the one-line message, the exit code."""

    args: tuple[str, ...]
    says: str
    code: int = 2
    input: str | None = None


def r(*args: str, says: str, code: int = 2, input: str | None = None) -> Row:
    return Row(tuple(args), says, code, input)


# -- the files every row starts from -------------------------------------------------

BLUEPRINT = 'title = "T"\n[[sections]]\nfamily = "sequence.number"\ncount = 2\n'
TOMLS = {  # file name: (text, a part of the message)
    "bad-syntax.toml": ('title = "T\n', "invalid TOML at line 1"),
    "deep.toml": ("a = " + "[" * 100_000 + "\n", "nests arrays or tables too deeply to read"),
    "unknown-key.toml": ('title = "T"\ncolour = "red"\n', 'unknown key "colour"'),
    "no-sections.toml": ('title = "T"\n', "sections must be a non-empty array of tables"),
    "no-title.toml": ('[[sections]]\nfamily = "sequence.number"\ncount = 2\n',
                      "title must be non-empty text"),
    "typo-family.toml": (BLUEPRINT.replace("sequence.number", "sequence.numbr"),
                         'sections[0].family: unknown family "sequence.numbr"; did you mean'),
    "no-family.toml": (BLUEPRINT.replace("sequence.number", "no.such"),
                       'sections[0].family: unknown family "no.such"'),
    "area.toml": ('title = "T"\n[[sections]]\narea = "astrology"\ncount = 2\n',
                  'sections[0].area must be an area with registered families'),
    "count-0.toml": (BLUEPRINT.replace("count = 2", "count = 0"),
                     "sections[0].count must be a positive integer (got 0)"),
    "forms-0.toml": ("forms = 0\n" + BLUEPRINT, "forms must be an integer between 1 and 26"),
    "level.toml": (BLUEPRINT + 'difficulty = "extreme"\n',
                   'sections[0].difficulty must be one of easy, medium, hard'),
    "params-level.toml": (BLUEPRINT + 'params = { difficulty = "hard" }\n',
                          "sections[0].params must not set difficulty"),
    "params-unknown.toml": (BLUEPRINT + 'params = { colour = "red" }\n',
                            ('sections[0].params for sequence.number: sequence.number has no '
                             'parameter "colour"')),
    "params-range.toml": (BLUEPRINT + "params = { n_options = 99 }\n",
                          "sections[0].params for sequence.number: n_options must be between"),
    "two-kinds.toml": (BLUEPRINT + 'area = "sequence"\n',
                       "sections[0] must name exactly one of family, families or area"),
    "minutes.toml": ("minutes = -5\n" + BLUEPRINT, "minutes must be a number of minutes"),
    "families-repeat.toml": (BLUEPRINT.replace('family = "sequence.number"',
                                               'families = ["sequence.number", "sequence.number"]'),
                             "sections[0].families must not repeat a family"),
}


def _db_good(path: Path) -> None:
    with HistoryStore.open(path) as store:
        sid = store.start_session(blueprint="quick-10", title="Q", form="A", seed=1,
                                  minutes=5.0, n_items=3)
        for n in range(1, 4):
            store.record_answer(sid, n, code=f"c{n}", family=FAM, difficulty="easy",
                                response="B", correct=True, seconds=3.0)


def _db_damaged(path: Path) -> None:
    _db_good(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:3 * page] = b"\x55" * (2 * page)
    path.write_bytes(bytes(data))


def _db_sql(*statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        con = sqlite3.connect(path)
        for sql in statements:
            con.execute(sql)
        con.commit()
        con.close()
    return make


def _db_header(path: Path) -> None:
    _db_sql("CREATE TABLE t (x)")(path)
    data = bytearray(path.read_bytes())
    data[16:100] = b"\xff" * 84
    path.write_bytes(bytes(data))


DATABASES: dict[str, Callable[[Path], None]] = {
    "damaged.db": _db_damaged,
    "header.db": _db_header,
    "foreign.db": _db_sql("CREATE TABLE contacts (name TEXT)"),
    "other-app.db": _db_sql("PRAGMA application_id = 1234"),
    "newer.db": lambda p: (_db_good(p), _db_sql("PRAGMA user_version = 99")(p)),
    "no-answers.db": lambda p: (_db_good(p), _db_sql("DROP TABLE answers")(p)),
    "text.db": lambda p: p.write_text("shopping list\n"),
    "zeros.db": lambda p: p.write_bytes(b"\x00" * 4096),
}


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Regular files shared by every row (copied for each one)."""
    root = tmp_path_factory.mktemp("assets")
    quick = build_set("quick-10", seed=1)
    (root / "set.json").write_text(quick.to_json(), encoding="utf-8")
    numeric = logicgen.generate("probability.dice", count=2, seed=3, format="numeric")
    (root / "numeric.jsonl").write_text("".join(i.to_json() + "\n" for i in numeric))
    (root / "one.jsonl").write_text(quick.items[0].to_json() + "\n")
    (root / "bad-line.jsonl").write_text(quick.items[0].to_json() + '\n{"b"\n')
    (root / "not-items.json").write_text('{"schema": "logicgen.set/1", "items": 3}')
    (root / "list.json").write_text("[1]")
    (root / "string.json").write_text('"items"')
    (root / "missing-field.json").write_text('{"code": 1}')
    (root / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (root / "deep.jsonl").write_text('{"a":' * 100_000 + "\n")
    (root / "empty.txt").write_text("")
    (root / "blank.txt").write_text("\n \n")
    (root / "binary.bin").write_bytes(b"\xff\xfe\x00B")
    answers = {
        "not-an-option.txt": "1 Z\n", "zero.txt": "0 B\n", "eleven.txt": "11 B\n",
        "twice.txt": "1 A\n1 B\n", "mixed.txt": "1 B\nC\n", "too-many.txt": "A " * 11,
        "not-option.txt": "A Z\n", "word.txt": "1 maybe\n", "numeric-word.txt": "1 eight\n",
        "two.txt": "2 A\n", "unnumbered-first.txt": "B\n2 C\n", "both-ways.txt": "2 7 3/8\n",
    }
    for name, text in answers.items():
        (root / name).write_text(text)
    for name, (text, _) in TOMLS.items():
        (root / name).write_text(text)
    (root / "latin1.toml").write_bytes('title = "Caf\xe9"\n'.encode("latin-1"))
    for name, make in DATABASES.items():
        make(root / name)
    (root / "existing.txt").write_text("keep me\n")
    return root


@pytest.fixture()
def workdir(assets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the assets, plus the folders, links and FIFO that -o may name."""
    work = tmp_path / "work"
    # hard links copy in no time; a row that changed a file would still be caught,
    # by its own snapshot, since the link shows the change
    shutil.copytree(assets, work, copy_function=os.link)
    (work / "folder").mkdir()
    (work / "folder.pdf").mkdir()
    (work / "folder.toml").mkdir()
    os.mkfifo(work / "fifo")
    os.symlink("folder", work / "link-to-folder")
    os.symlink("loop-b", work / "loop-a")
    os.symlink("loop-a", work / "loop-b")
    os.symlink("missing/x.txt", work / "dangling")
    os.symlink("fifo", work / "link-to-fifo")
    monkeypatch.chdir(work)
    monkeypatch.setenv("LOGICGEN_DB", str(work / "history.sqlite3"))
    return work


def snapshot(root: Path) -> dict[str, Any]:
    """Every entry under ``root`` without following links or opening FIFOs.

    A file is known by its inode, size, modification time and mode: writing to
    it, or replacing it (even with the same bytes), changes one of them.
    """
    out: dict[str, Any] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            value: Any = ("link", os.readlink(path))
        elif stat.S_ISREG(info.st_mode):
            value = ("file", info.st_ino, info.st_size, info.st_mtime_ns, info.st_mode)
        else:
            value = (stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode))
        out[str(path.relative_to(root))] = value
    return out


# -- the table -------------------------------------------------------------------------

TOP = [
    r("--bogus", says="No such option '--bogus'"),
    r("-x", says="No such option '-x'"),
    r("bogus", says="No such command 'bogus'"),
    r("GENERATE", says="No such command 'GENERATE'"),
    r("genrate", says="No such command 'genrate'; did you mean one of: 'generate', 'grade'?"),
    r("help", says="No such command 'help'"),
    r(LONG, says="No such command 'xxxx"),
    r("--helpp", says="No such option '--helpp'"),
    r("families", "extra", says="unexpected extra argument (extra)"),
    r("blueprints", "extra", says="unexpected extra argument (extra)"),
    r("families", "--bogus", says="No such option '--bogus'"),
]

GENERATE = [
    r("generate", says="Missing argument 'FAMILY'"),
    r("generate", "no.family", says='unknown family "no.family"'),
    r("generate", "sequence.numbr", says="did you mean sequence.number?"),
    r("generate", "knights", says='unknown family "knights"; did you mean deduction.knights?'),
    r("generate", "", says='unknown family ""'),
    r("generate", "sequence number", says='unknown family "sequence number"'),
    r("generate", LONG, says='unknown family "xxxx'),
    r("generate", FAM, "-n", "0", says="count must be between 1 and 10000000 (got 0)"),
    r("generate", FAM, "-n", "-1", says="count must be between 1 and 10000000 (got -1)"),
    r("generate", FAM, "-n", "99999999999", says="count must be between 1 and 10000000"),
    r("generate", FAM, "-n", "x", says="'-n' / '--count': 'x' is not a valid integer"),
    r("generate", FAM, "-n", "1.5", says="'1.5' is not a valid integer"),
    r("generate", FAM, "-n", "", says="'' is not a valid integer"),
    r("generate", FAM, "-n", LONG, says="'-n' / '--count': 'xxxx"),
    r("generate", FAM, "-n", says="Option '-n' requires an argument"),
    r("generate", FAM, "-d", "extreme", says="'-d' / '--difficulty': 'extreme' is not one of"),
    r("generate", FAM, "-d", "EASY", says="'EASY' is not one of"),
    r("generate", FAM, "-d", "", says="'' is not one of"),
    r("generate", FAM, "-s", "-4", says="seed must be between 0 and"),
    r("generate", FAM, "-s", "1.5", says="'-s' / '--seed': '1.5' is not a valid integer"),
    r("generate", FAM, "-s", "x", says="'x' is not a valid integer"),
    r("generate", FAM, "-s", str(2**64), says="seed must be between 0 and"),
    r("generate", FAM, "-f", "pdfx", says="'-f' / '--format': 'pdfx' is not one of"),
    r("generate", FAM, "-f", "pdf", says="'pdf' is not one of"),
    r("generate", FAM, "--free-response", "-d", "hard", "-f", "html", says="'html' is not one"),
    r("generate", "deduction.ordering", "--free-response",
      says="format must be one of choice for deduction.ordering"),
    r("generate", FAM, "-j", "0", says="--jobs must be a whole number from 1 to"),
    r("generate", FAM, "-j", "x", says="--jobs must be a whole number from 1 to"),
    r("generate", FAM, "-j", "-1", says="--jobs must be a whole number"),
    r("generate", FAM, "-j", "9999", says="(got '9999')"),
    r("generate", FAM, "--shard", "1/2", "-f", "jsonl", says="--shard needs -s SEED"),
    r("generate", FAM, "--shard", "1/2", "-s", "1", says="--shard needs -f jsonl"),
    r("generate", FAM, "--shard", "0/2", "-s", "1", "-f", "jsonl", says="shard must be K/N"),
    r("generate", FAM, "--shard", "3/2", "-s", "1", "-f", "jsonl", says="shard must be K/N"),
    r("generate", FAM, "--shard", "x", "-s", "1", "-f", "jsonl", says="shard must be K/N"),
    r("generate", FAM, "--shard", "1/0", "-s", "1", "-f", "jsonl", says="shard must be K/N"),
    r("generate", FAM, "--bogus", says="No such option '--bogus'"),
    r("generate", FAM, "extra", says="unexpected extra argument (extra)"),
    r("generate", FAM, "-o", "no/such/folder/x.txt",
      says="output folder 'no/such/folder' does not exist"),
    r("generate", FAM, "-o", "out.txt/", says="output path 'out.txt/' ends with a slash"),
    r("generate", FAM, "-o", "folder", says="output path 'folder' is a folder, not a file"),
    r("generate", FAM, "-o", "folder/", says="'folder/' ends with a slash"),
    r("generate", FAM, "-o", "fifo", says="output path 'fifo' is a FIFO, not a regular file"),
    r("generate", FAM, "-o", "link-to-fifo", says="'link-to-fifo' is a FIFO"),
    r("generate", FAM, "-o", "/dev/null", says="'/dev/null' is a device, not a regular file"),
    r("generate", FAM, "-o", "link-to-folder", says="'link-to-folder' is a folder"),
    r("generate", FAM, "-o", "loop-a", says="cannot write to 'loop-a'"),
    r("generate", FAM, "-o", "dangling", says="output folder"),
    r("generate", FAM, "-o", LONG + ".txt", says="cannot write to 'xxxx"),
    r("generate", FAM, "-f", "jsonl", "-o", "fifo", says="'fifo' is a FIFO"),
    r("generate", "no.family", "-o", "existing.txt", says='unknown family "no.family"'),
    r("generate", FAM, "-n", "0", "-o", "existing.txt", says="count must be between"),
]

DATASET = [
    r("dataset", FAM, says="Missing option '-n' / '--count'"),
    r("dataset", says="Missing argument 'BLUEPRINT_OR_WEIGHTS'"),
    r("dataset", FAM, "-n", "0", says="count must be between 1 and 10000000 (got 0)"),
    r("dataset", FAM, "-n", "x", says="'x' is not a valid integer"),
    r("dataset", "no.family=1", "-n", "5", says='unknown family "no.family"'),
    r("dataset", "sequence.numbr=1", "-n", "5", says="did you mean sequence.number?"),
    r("dataset", f"{FAM}=0", "-n", "5", says="the weight of sequence.number must be a positive"),
    r("dataset", f"{FAM}=-1", "-n", "5", says='(got "-1")'),
    r("dataset", f"{FAM}=abc", "-n", "5", says='(got "abc")'),
    r("dataset", f"{FAM}=1/0", "-n", "5", says='(got "1/0")'),
    r("dataset", "=1", "-n", "5", says='unknown family ""'),
    r("dataset", f"{FAM}:extreme=1", "-n", "5", says="difficulty must be one of easy, medium"),
    r("dataset", f"{FAM}=1,{FAM}=2", "-n", "5", says='weights give "sequence.number" twice'),
    r("dataset", f"{FAM}=1,{FAM}:medium=2", "-n", "5", says='"sequence.number:medium" twice'),
    r("dataset", f"{FAM},{FAM}", "-n", "5", says='"sequence.number" twice'),
    r("dataset", f"{FAM}:hard=1,{FAM}:hard=1", "-n", "5", says='"sequence.number:hard" twice'),
    r("dataset", f"{FAM}=2,deduction.syllogism", "-n", "5", says="weights are FAMILY"),
    r("dataset", ",,=", "-n", "5", says='unknown family ""'),
    r("dataset", "no-such-blueprint", "-n", "5", says='unknown blueprint "no-such-blueprint"'),
    r("dataset", "missing.toml", "-n", "5", says="blueprint file 'missing.toml' does not exist"),
    r("dataset", "bad-syntax.toml", "-n", "5", says="bad-syntax.toml: invalid TOML at line 1"),
    r("dataset", "typo-family.toml", "-n", "5", says="did you mean sequence.number?"),
    r("dataset", FAM, "-n", "5", "-s", "-1", says="seed must be between 0 and"),
    r("dataset", FAM, "-n", "5", "-j", "0", says="--jobs must be a whole number"),
    r("dataset", FAM, "-n", "5", "--shard", "1/2", says="--shard needs -s SEED"),
    r("dataset", FAM, "-n", "5", "-s", "1", "--shard", "5/2", says="shard must be K/N"),
    r("dataset", FAM, "-n", "5", "-o", "folder/", says="'folder/' ends with a slash"),
    r("dataset", FAM, "-n", "5", "-o", "missing/x.jsonl", says="output folder 'missing'"),
    r("dataset", FAM, "-n", "5", "-o", "fifo", says="'fifo' is a FIFO"),
    r("dataset", FAM, "-n", "5", "-o", "/dev/full", says="'/dev/full' is a device"),
    r("dataset", FAM, "-n", "5", "-o", "folder", says="'folder' is a folder"),
    r("dataset", LONG, "-n", "5", says='unknown blueprint "xxxx'),
    r("dataset", LONG + ".toml", "-n", "5", says="cannot read blueprint 'xxxx"),
    r("dataset", f"{FAM}=1,{FAM}=2", "-n", "5", "-o", "existing.txt", says="twice"),
]

SHOW = [
    r("show", says="Missing argument 'CODE'"),
    r("show", "garbage", says='"garbage" is not an item code'),
    r("show", "", says='"" is not an item code'),
    r("show", LONG, says='"xxxx'),
    r("show", "no.family-m1-3Q7ZK1M2AB", says='unknown family "no.family"'),
    r("show", "sequence.numbr-m4-3Q7ZK1M2AB", says="did you mean sequence.number?"),
    r("show", "sequence.number-m9-3Q7ZK1M2AB", says="was made by version 9 of the"),
    r("show", "sequence.number-x1-3Q7ZK1M2AB", says="is not an item code"),
    r("show", CODE[:-1], says="is not an item code"),
    r("show", CODE[:-1] + "!", says="is not an item code"),
    r("show", CODE + "+difficulty=hard", says="gives difficulty as a parameter"),
    r("show", CODE + "+n_options=4,n_options=5", says='gives the parameter "n_options" twice'),
    r("show", CODE + "+", says="ends with '+' but gives no parameters"),
    r("show", CODE + "+=3", says='has a malformed parameter "=3"'),
    r("show", CODE + "+n_options", says='has a malformed parameter "n_options"'),
    r("show", CODE + "+n_options=4,", says='has a malformed parameter ""'),
    r("show", CODE + "+colour=red", says='sequence.number has no parameter "colour"'),
    r("show", CODE + "+n_options=99", says="n_options must be between"),
    r("show", CODE + "+format=weird", says="format must be one of"),
    r("show", CODE + "+" + LONG, says="has a malformed parameter"),
    r("show", CODE, "-f", "pdf", says="'-f' / '--format': 'pdf' is not one of"),
]

VERIFY = [
    r("verify", says="Missing argument 'PATH'"),
    r("verify", "no-such-file.json", says="file 'no-such-file.json' does not exist"),
    r("verify", "folder", says="'folder' is a folder, not a file"),
    r("verify", "binary.bin", says="file 'binary.bin' is not UTF-8 text"),
    r("verify", "empty.txt", says="empty.txt holds no items"),
    r("verify", "blank.txt", says="blank.txt holds no items"),
    r("verify", "deep.json", says="deep.json nests JSON arrays or objects too deeply"),
    r("verify", "deep.jsonl", says="deep.jsonl nests JSON arrays or objects too deeply"),
    r("verify", "bad-line.jsonl", says="bad-line.jsonl line 2 is not valid JSON"),
    r("verify", "list.json", says="item 1: an item must be a JSON object"),
    r("verify", "string.json", says="must hold items as JSON objects (got str)"),
    r("verify", "missing-field.json", says="missing the field"),
    r("verify", "not-items.json", says="not-items.json"),
    r("verify", "-", says="holds no items", input=""),
    r("verify", "-", says="line 1 is not valid JSON", input="{\n"),
    r("verify", "-", says="nests JSON arrays or objects too deeply", input="[" * 100_000),
    r("verify", "dangling", says="'dangling' does not exist"),
    r("verify", LONG, says="'xxxx"),
]

BUILD = [
    r("build", says="Missing argument 'BLUEPRINT'"),
    r("build", "no-such-blueprint", says='unknown blueprint "no-such-blueprint"'),
    r("build", "logic-tst", says="the shipped blueprints are aptitude-50, deductions"),
    r("build", LONG, says='unknown blueprint "xxxx'),
    r("build", "missing.toml", says="blueprint file 'missing.toml' does not exist"),
    r("build", "folder.toml", says="blueprint path 'folder.toml' is a folder, not a file"),
    r("build", "latin1.toml", says="latin1.toml is not UTF-8 text"),
    *[r("build", name, says=f"{name}: {says}") for name, (_, says) in TOMLS.items()],
    r("build", "quick-10", "-o", "set.docx", says="cannot tell the format from the suffix"),
    r("build", "quick-10", "-o", "noext", says="cannot tell the format from the suffix"),
    r("build", "quick-10", "-f", "pdf", says="PDF output needs a file: add -o NAME.pdf"),
    r("build", "quick-10", "-f", "docx", says="'-f' / '--format': 'docx' is not one of"),
    r("build", "quick-10", "--no-key", "--key-only",
      says="--no-key and --key-only cannot be used together"),
    r("build", "quick-10", "--no-key", "-f", "jsonl", says="--no-key applies to"),
    r("build", "quick-10", "--key-only", "-f", "moodle", says="--key-only applies to"),
    r("build", "quick-10", "--quiz-mode", "list", says="--quiz-mode applies to -f quiz"),
    r("build", "quick-10", "--scoring", "end", says="--scoring applies to -f quiz"),
    r("build", "quick-10", "--minutes", "5", says="--minutes applies to -f quiz"),
    r("build", "quick-10", "-f", "quiz", "--quiz-mode", "grid", says="'grid' is not one of"),
    r("build", "quick-10", "-f", "quiz", "--minutes", "x", says="'x' is not a valid float"),
    r("build", "quick-10", "-f", "quiz", "--minutes", "-1", says="minutes"),
    r("build", "quick-10", "--form", "Z", says="form"),
    r("build", "quick-10", "--form", "", says="form"),
    r("build", "quick-10", "-s", "-1", says="seed must be between 0 and"),
    r("build", "quick-10", "-s", "x", says="'-s' / '--seed': 'x' is not a valid integer"),
    r("build", "quick-10", "-o", "folder.pdf/", says="'folder.pdf/' ends with a slash"),
    r("build", "quick-10", "-o", "dir.pdf/", says="'dir.pdf/' ends with a slash"),
    r("build", "quick-10", "-o", "folder.pdf", says="'folder.pdf' is a folder"),
    r("build", "quick-10", "-o", "missing/x.pdf", says="output folder 'missing' does not exist"),
    r("build", "quick-10", "-o", "fifo", "-f", "text", says="'fifo' is a FIFO"),
    r("build", "quick-10", "-o", "/dev/full", "-f", "pdf", says="'/dev/full' is a device"),
    r("build", "quick-10", "-o", "link-to-folder", "-f", "html", says="is a folder"),
    r("build", "typo-family.toml", "-o", "existing.txt", says="did you mean"),
    r("build", "quick-10", "--bogus", says="No such option '--bogus'"),
]

PRACTICE = [
    r("practice", "no-such-blueprint", says='unknown blueprint "no-such-blueprint"'),
    r("practice", "missing.toml", says="blueprint file 'missing.toml' does not exist"),
    r("practice", "typo-family.toml", says="did you mean sequence.number?"),
    r("practice", "sequence.numbr=3", says="sequence.numbr"),
    r("practice", f"{FAM}=0", says=FAM),
    r("practice", f"{FAM}:extreme=2", says="extreme"),
    r("practice", "--minutes", "0", says="--minutes must be between 0 and 1440 (got 0)"),
    r("practice", "--minutes", "-1", says="--minutes must be between 0 and 1440 (got -1)"),
    r("practice", "--minutes", "2000", says="(got 2000)"),
    r("practice", "--minutes", "nan", says="--minutes must be between 0 and 1440 (got nan)"),
    r("practice", "--minutes", "x", says="'x' is not a valid float"),
    r("practice", f"{FAM}=2", "--form", "B", says="--form applies to blueprints"),
    r("practice", "--adaptive", "no-such-blueprint", says='"no-such-blueprint"'),
    r("practice", "-s", "-1", says="seed must be between 0 and"),
    r("practice", "--db", "folder", says="history database 'folder' is a folder, not a file"),
    r("practice", "--db", "missing/h.db", says="folder 'missing' for the history database"),
    r("practice", "--db", "/dev/null", says="'/dev/null' is not a regular file"),
    r("practice", "--db", "fifo", says="'fifo' is not a regular file"),
    r("practice", "--db", "text.db", says="'text.db' is not a logicgen history database"),
    r("practice", "--db", "zeros.db", says="'zeros.db' is not a logicgen history database"),
    r("practice", "--db", "foreign.db", says="another program's SQLite database"),
    r("practice", "--db", "other-app.db", says="another program's SQLite database"),
    r("practice", "--db", "header.db", says="'header.db' is damaged"),
    r("practice", "--db", "damaged.db", says="'damaged.db' is damaged"),
    r("practice", "--db", "newer.db", says="schema version 99, newer than"),
    r("practice", "--db", "no-answers.db", says="missing the table(s) answers"),
    r("practice", "--adaptive", "--db", "damaged.db", says="is damaged"),
    r("practice", "--db", "existing.txt", says="'existing.txt' is not a logicgen history"),
    r("practice", "--bogus", says="No such option '--bogus'"),
    r("practice", LONG, says='unknown blueprint "xxxx'),
    r("practice", "--db", LONG, says="cannot use history database 'xxxx"),
]

GRADE = [
    r("grade", says="Missing argument 'SET.json'"),
    r("grade", "set.json", says="Missing argument 'ANSWERS'"),
    r("grade", "missing.json", "zero.txt", says="set file 'missing.json' does not exist"),
    r("grade", "set.json", "missing.txt", says="answers file 'missing.txt' does not exist"),
    r("grade", "folder", "zero.txt", says="'folder' is a folder, not a file"),
    r("grade", "set.json", "folder", says="'folder' is a folder, not a file"),
    r("grade", "binary.bin", "zero.txt", says="set file 'binary.bin' is not UTF-8 text"),
    r("grade", "set.json", "binary.bin", says="answers file 'binary.bin' is not UTF-8 text"),
    r("grade", "not-items.json", "zero.txt", says="not-items.json"),
    r("grade", "deep.json", "zero.txt", says="deep.json nests JSON arrays or objects too deeply"),
    r("grade", "empty.txt", "zero.txt", says="empty.txt holds no items"),
    r("grade", "set.json", "empty.txt", says="empty.txt holds no answers"),
    r("grade", "set.json", "blank.txt", says="blank.txt holds no answers"),
    r("grade", "set.json", "zero.txt", says="line 1 answers question 0, but the set has"),
    r("grade", "set.json", "eleven.txt", says="line 1 answers question 11"),
    r("grade", "set.json", "twice.txt", says="answers question 1 twice (lines 1 and 2)"),
    r("grade", "set.json", "mixed.txt", says='line 2 ("C") has no question number'),
    r("grade", "set.json", "unnumbered-first.txt", says='line 1 ("B") has no question number'),
    r("grade", "set.json", "too-many.txt", says="gives 11 answers in order, but the set has"),
    r("grade", "set.json", "not-an-option.txt", says='"Z" is not an answer to question 1'),
    r("grade", "set.json", "not-option.txt", says='"Z" is not an answer to question 2'),
    r("grade", "set.json", "word.txt", says='"maybe" is not an answer to question 1'),
    r("grade", "numeric.jsonl", "numeric-word.txt", says="give a number, such as 3/8"),
    r("grade", "numeric.jsonl", "both-ways.txt", says="could be question 2's answer or answers"),
    r("grade", "one.jsonl", "two.txt", says="answers question 2, but the set has only question 1"),
    r("grade", "bad-line.jsonl", "zero.txt", says="bad-line.jsonl line 2 is not valid JSON"),
    r("grade", LONG, "zero.txt", says="cannot read set file 'xxxx"),
    r("grade", "set.json", LONG, says="cannot read answers file 'xxxx"),
]

HISTORY = [
    r("history", "--db", "folder", says="history database 'folder' is a folder, not a file"),
    r("history", "--db", "/dev/null", says="'/dev/null' is not a regular file"),
    r("history", "--db", "text.db", says="'text.db' is not a logicgen history database"),
    r("history", "--db", "zeros.db", says="is not a logicgen history database"),
    r("history", "--db", "foreign.db", says="another program's SQLite database"),
    r("history", "--db", "other-app.db", says="another program's SQLite database"),
    r("history", "--db", "header.db", says="'header.db' is damaged"),
    r("history", "--db", "damaged.db", says="'damaged.db' is damaged"),
    r("history", "--db", "newer.db", says="schema version 99, newer than"),
    r("history", "--db", "no-answers.db", says="missing the table(s) answers"),
    r("history", "--db", "damaged.db", "--export", "csv", says="is damaged"),
    r("history", "--export", "xml", says="'--export': 'xml' is not 'csv'"),
    r("history", "extra", says="No such command 'extra'"),
    r("history", "--db", LONG, says="cannot use history database 'xxxx"),
    r("history", "--db", says="Option '--db' requires an argument"),
]

TABLE = TOP + GENERATE + DATASET + SHOW + VERIFY + BUILD + PRACTICE + GRADE + HISTORY


def _id(row: Row) -> str:
    text = " ".join(a if len(a) < 30 else a[:12] + "..." for a in row.args)
    return text or "(none)"


@pytest.mark.parametrize("row", TABLE, ids=[_id(row) for row in TABLE])
def test_bad_command_line(row: Row, workdir: Path) -> None:
    before = snapshot(workdir)
    result = CliRunner().invoke(cli, list(row.args), input=row.input)
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == row.code, result.output
    assert result.stdout == ""
    line = result.stderr
    assert line.endswith("\n") and line.count("\n") == 1, line
    assert line.startswith("Error: ") and "Traceback" not in line
    assert row.says in line
    assert len(line) <= MAX_LINE
    assert snapshot(workdir) == before


# -- the Python API --------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One bad call of the public API: the call, the error type, a part of the message."""

    name: str
    call: Callable[[], object]
    error: type[LogicgenError]
    says: str


def c(name: str, call: Callable[[], object], error: type[LogicgenError], says: str) -> Call:
    return Call(name, call, error, says)


G = logicgen.generate
GI = logicgen.generate_iter
ITEM = {"code": CODE}

API = [
    c("generate unknown", lambda: G("no.family"), UnknownFamily, 'unknown family "no.family"'),
    c("generate typo", lambda: G("sequence.numbr"), UnknownFamily, "did you mean"),
    c("generate not text", lambda: G(3), UnknownFamily, "family must be a name"),  # type: ignore
    c("generate long", lambda: G(LONG), UnknownFamily, 'unknown family "xxx'),
    c("generate count 0", lambda: G(FAM, 0), InvalidParams, "count must be between 1"),
    c("generate count -1", lambda: G(FAM, -1), InvalidParams, "(got -1)"),
    c("generate count big", lambda: G(FAM, 10**9), InvalidParams, "(got 1000000000)"),
    c("generate count text", lambda: G(FAM, "10"), InvalidParams,  # type: ignore[arg-type]
      'count must be a positive integer (got "10")'),
    c("generate count bool", lambda: G(FAM, True), InvalidParams, "(got True)"),
    c("generate count float", lambda: G(FAM, 2.0), InvalidParams,  # type: ignore[arg-type]
      "(got 2.0)"),
    c("generate difficulty", lambda: G(FAM, 1, "extreme"), InvalidParams, '(got "extreme")'),
    c("generate seed -1", lambda: G(FAM, 1, seed=-1), InvalidParams, "seed must be between"),
    c("generate seed text", lambda: G(FAM, 1, seed="1"), InvalidParams,  # type: ignore
      "seed must be a non-negative integer"),
    c("generate seed float", lambda: G(FAM, 1, seed=1.5), InvalidParams,  # type: ignore
      "(got 1.5)"),
    c("generate param", lambda: G(FAM, 1, colour="red"), InvalidParams, 'no parameter "colour"'),
    c("generate param range", lambda: G(FAM, 1, n_options=99), InvalidParams, "n_options"),
    c("generate format", lambda: G(FAM, 1, format="weird"), InvalidParams, "format must be"),
    c("generate cube opposite options",
      lambda: G("spatial.cube", 1, kind="opposite", n_options=6), InvalidParams,
      "n_options must be at most 5 for kind opposite, which has five other faces to offer "
      "(got 6)"),
    c("generate_iter count big", lambda: GI(FAM, 10**9), InvalidParams, "count must be"),
    c("generate_iter count -1", lambda: GI(FAM, -1), InvalidParams, "(got -1)"),
    c("generate_iter unknown", lambda: GI("no.family"), UnknownFamily, "unknown family"),
    c("generate_iter difficulty", lambda: GI(FAM, 1, "x"), InvalidParams, "difficulty"),
    c("generate_iter seed", lambda: GI(FAM, 1, seed=-1), InvalidParams, "seed must be"),
    c("generate_iter start", lambda: GI(FAM, 1, start=-1), InvalidParams, "start must be"),
    c("generate_iter param", lambda: GI(FAM, 1, colour=1), InvalidParams, "no parameter"),
    c("from_code garbage", lambda: logicgen.from_code("garbage"), InvalidCode, "is not an item"),
    c("from_code not text", lambda: logicgen.from_code(3), InvalidCode,  # type: ignore[arg-type]
      "an item code must be text (got 3)"),
    c("from_code difficulty", lambda: logicgen.from_code(CODE + "+difficulty=hard"), InvalidCode,
      "gives difficulty as a parameter"),
    c("from_code twice", lambda: logicgen.from_code(CODE + "+format=numeric,format=choice"),
      InvalidCode, 'gives the parameter "format" twice'),
    c("from_code empty +", lambda: logicgen.from_code(CODE + "+"), InvalidCode, "ends with '+'"),
    c("from_code version", lambda: logicgen.from_code("sequence.number-m7-3Q7ZK1M2AB"),
      InvalidCode, "version 7"),
    c("from_code long", lambda: logicgen.from_code(LONG), InvalidCode, '"xxx'),
    c("from_json bad", lambda: Item.from_json("{"), InvalidItem, "item is not valid JSON"),
    c("from_json deep", lambda: Item.from_json("[" * 100_000), InvalidItem, "too deeply"),
    c("from_json list", lambda: Item.from_json("[]"), InvalidItem, "item"),
    c("from_dict int", lambda: Item.from_dict(3), InvalidItem, "item"),
    c("from_dict partial", lambda: Item.from_dict(ITEM), InvalidItem, "missing the field"),
    c("ProblemSet.from_json", lambda: logicgen.ProblemSet.from_json("{"), InvalidItem,
      "is not valid JSON"),
    c("load_blueprint int", lambda: logicgen.load_blueprint(3), BlueprintError,  # type: ignore
      "a blueprint is a shipped name or a path"),
    c("load_blueprint unknown", lambda: logicgen.load_blueprint("nope"), BlueprintError,
      'unknown blueprint "nope"'),
    c("build_set seed", lambda: build_set("quick-10", seed=-1), LogicgenError, "seed"),
    c("build_set form", lambda: build_set("quick-10", seed=1, form="Z"), LogicgenError, "form"),
    c("get_family", lambda: logicgen.get_family("nope"), UnknownFamily, 'unknown family "nope"'),
    c("score", lambda: logicgen.score("x", "A"), InvalidItem,  # type: ignore[arg-type]
      "score needs an Item or an item's dictionary"),
    c("dataset weights", lambda: generate_dataset(f"{FAM}=1,{FAM}=2", 5, seed=1),
      InvalidParams, "twice"),
    c("dataset zero", lambda: generate_dataset(f"{FAM}=0", 5, seed=1), InvalidParams, "weight"),
    c("dataset mapping", lambda: generate_dataset({}, 5, seed=1), InvalidParams, "no family"),
    c("dataset count", lambda: generate_dataset(FAM, 0, seed=1), InvalidParams, "count"),
    c("verify text", lambda: logicgen.verify("x"), InvalidItem,  # type: ignore[arg-type]
      'verify takes an Item (got "x")'),
]

@pytest.mark.parametrize("call", API, ids=[call.name for call in API])
def test_bad_python_call(call: Call) -> None:
    with pytest.raises(call.error) as info:
        call.call()
    message = str(info.value)
    assert "\n" not in message and len(message) <= MAX_LINE
    assert call.says in message


def test_the_table_is_large() -> None:
    assert len(TABLE) + len(API) >= 200


# -- a few rows in a real process --------------------------------------------------------

REAL = [
    ("generate", "sequence.numbr"),
    ("generate", FAM, "-n", "x"),
    ("bogus",),
    ("grade", "set.json", "not-an-option.txt"),
    ("build", "quick-10", "-o", "dir.pdf/"),
]


@pytest.mark.parametrize("args", REAL, ids=[" ".join(a) for a in REAL])
def test_no_traceback_in_a_real_process(args: tuple[str, ...], workdir: Path) -> None:
    before = snapshot(workdir)
    result = subprocess.run([sys.executable, "-m", "logicgen", *args], capture_output=True,
                            text=True, check=False, cwd=workdir, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr
    assert snapshot(workdir) == before


def test_no_traceback_on_a_terminal(workdir: Path) -> None:
    """The same on a pseudo-terminal, where click may colour and wrap what it prints."""
    import pty

    main, child = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "logicgen", "generate", "sequence.numbr"],
                                stdin=child, stdout=child, stderr=child, cwd=workdir)
        os.close(child)
        out = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            out += chunk
        assert proc.wait(timeout=60) == 2
    finally:
        os.close(main)
    text = out.decode()
    assert text.splitlines() == [
        'Error: unknown family "sequence.numbr"; did you mean sequence.number?']
