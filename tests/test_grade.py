"""Grading paper answers: what counts as an answer, answers files, and `logicgen grade`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import logicgen
from logicgen.blueprint import build_set
from logicgen.cli import cli
from logicgen.practice.grade import AnswersError, grade, interpret, parse_answers

# seeds chosen for these keys; each test below checks the key it relies on
# "no die shows a number less than 3" on three dice: (4/6)^3 = 8/27
DICE = logicgen.generate("probability.dice", count=1, seed=57, format="numeric", n_dice=3,
                         sides=6)[0]
MONEY = logicgen.generate("quant.percent", count=1, seed=4, format="numeric")[0]  # $13,996.80
TFU = logicgen.generate("deduction.statements", count=1, seed=1)[0]  # Uncertain
SERIES = logicgen.generate("sequence.number", count=1, seed=3)[0]


@pytest.mark.parametrize(
    ("item", "response", "correct"),
    [
        (DICE, "8/27", True),
        (DICE, "16/54", True),
        (DICE, " 8 / 27 ", True),
        (DICE, "0.296", True),          # correctly rounded to its own places
        (DICE, "0.30", True),
        (DICE, "29.63%", True),
        (DICE, "0.3", False),           # one decimal place is too coarse
        (DICE, "0.29", False),
        (DICE, "9/27", False),
        (DICE, "A", False),
        (MONEY, "13996.80", True),
        (MONEY, "$13,996.8", True),
        (MONEY, "13996", False),
        (TFU, "C", True),
        (TFU, "c)", True),
        (TFU, "(c)", True),
        (TFU, "U", True),
        (TFU, "uncertain", True),
        (TFU, "Cannot say", True),
        (TFU, "T", False),
        (TFU, "no", False),
        (TFU, "D", False),
        (SERIES, SERIES.letter, True),
        (SERIES, (SERIES.letter or "").lower(), True),
        (SERIES, SERIES.answer, True),
        (SERIES, f"option {SERIES.letter}", True),
        (SERIES, "", False),
    ],
)
def test_response_forms(item: logicgen.Item, response: str, correct: bool) -> None:
    graded = grade([item], {1: response})[0]
    assert graded.correct is correct
    assert item.check(response) is correct


@pytest.mark.parametrize(
    ("item", "text", "expected"),
    [
        (TFU, "c", "C"), (TFU, "Uncertain", "C"), (TFU, "cannot say", "C"), (TFU, "yes", "A"),
        (TFU, "Z", None), (TFU, "maybe", None), (TFU, "", None),
        (SERIES, SERIES.answer, SERIES.letter), (SERIES, "H", None), (SERIES, "xyz", None),
        (DICE, "0.5", "0.5"), (DICE, "B", None), (DICE, "eight", None),
    ],
)
def test_interpret_names_exactly_one_answer_or_none(
    item: logicgen.Item, text: str, expected: str | None
) -> None:
    assert interpret(item, text) == expected


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("1 B\n2 C\n3 3/8\n", 3, {1: "B", 2: "C", 3: "3/8"}),
        ("1. B\n2) C\n3: 3/8", 3, {1: "B", 2: "C", 3: "3/8"}),
        ("3 C\n1 A\n", 3, {1: "A", 3: "C"}),
        ("1. 1 1/2\n2 cannot say\n", 2, {1: "1 1/2", 2: "cannot say"}),
        ("1.B\n2)C\n3:(A)", 3, {1: "B", 2: "C", 3: "(A)"}),
        ("1.5 3:4 0.375", 3, {1: "1.5", 2: "3:4", 3: "0.375"}),  # numbers, not numbered
        ("0.375\n1.5\n", 3, {1: "0.375", 2: "1.5"}),
        ("1 B\n2 -\n3 C", 3, {1: "B", 3: "C"}),
        ("B C 3/8", 3, {1: "B", 2: "C", 3: "3/8"}),
        ("B\nC\n3/8\n", 3, {1: "B", 2: "C", 3: "3/8"}),
        ("B - 3/8", 5, {1: "B", 3: "3/8"}),
        ("3 5", 4, {3: "5"}),                   # a number and an answer: numbered, never in order
        ("1 B", 10, {1: "B"}),                  # the README's own form
        ("3 C", 10, {3: "C"}),
        ("3\n5\n", 4, {1: "3", 2: "5"}),       # numbers alone on their lines: in order
        ("10: A\n2.B\n", 10, {10: "A", 2: "B"}),
        ("1. 1 1/2", 3, {1: "1 1/2"}),
        ("1 B", 1, {1: "B"}),
    ],
)
def test_answers_file_forms(text: str, n: int, expected: dict[int, str]) -> None:
    assert parse_answers(text, n) == expected


@pytest.mark.parametrize(
    ("text", "n", "message"),
    [
        ("", 3, "holds no answers"),
        ("  \n\n", 3, "holds no answers"),
        ("A B C D", 3, "gives 4 answers in order, but the set has only 3 questions"),
        ("1 A\n7 B", 3, "line 2 answers question 7, but the set has questions 1 to 3"),
        ("1 A\n1 B", 3, "answers question 1 twice (lines 1 and 2)"),
        ("0 B", 3, "line 1 answers question 0, but the set has questions 1 to 3"),
        ("1 B\nC", 3, 'line 2 ("C") has no question number, but line 1 is numbered'),
        ("B\n2 C", 3, 'line 1 ("B") has no question number, but line 2 is numbered'),
        ("2 A", 1, "answers question 2, but the set has only question 1"),
        ("12 7 3/8", 20, "line 1 (\"12 7 3/8\") could be question 12's answer or answers in"),
        ("1 1 1/2", 3, "write `1. 1 1/2` for the first"),
    ],
)
def test_bad_answers_files(text: str, n: int, message: str) -> None:
    with pytest.raises(AnswersError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_answers(text, n)


@pytest.mark.parametrize(
    ("items", "text", "message"),
    [
        ([SERIES], "1 Z", '"Z" is not an answer to question 1 (give one of the letters A to E'),
        ([SERIES, TFU], "- maybe", '"maybe" is not an answer to question 2'),
        ([SERIES, DICE], "2 eight", '"eight" is not an answer to question 2 (give a number'),
    ],
)
def test_answers_that_are_not_answers_are_reported(
    items: list[logicgen.Item], text: str, message: str
) -> None:
    with pytest.raises(AnswersError, match=message.replace("(", r"\(")):
        parse_answers(text, len(items), items=items)


def test_grade_command_reads_one_numbered_line(set_file: Path, tmp_path: Path) -> None:
    """`1 B` grades question 1 only (it used to be read as answers "1" and "B" in order)."""
    key = _keys()[0]
    answers = tmp_path / "answers.txt"
    answers.write_text(f"1 {key}\n")
    result = CliRunner().invoke(cli, ["grade", str(set_file), str(answers)])
    assert result.exit_code == 0, result.output
    assert "1 of 10 correct" in result.output
    assert f"  1. {key}" in result.output and "  2. -" in result.output


@pytest.fixture()
def set_file(tmp_path: Path) -> Path:
    path = tmp_path / "set.json"
    path.write_text(build_set("quick-10", seed=1).to_json(), encoding="utf-8")
    return path


def _keys() -> list[str]:
    return [item.letter or item.answer for item in build_set("quick-10", seed=1).items]


def test_grade_command_numbered_all_right(set_file: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("".join(f"{i} {k}\n" for i, k in enumerate(_keys(), 1)))
    result = CliRunner().invoke(cli, ["grade", str(set_file), str(answers)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Quick ten, form A, seed 1: 10 of 10 correct (100%)")
    assert "Explanations" not in result.output


def test_grade_command_in_order_with_misses(set_file: Path, tmp_path: Path) -> None:
    keys = _keys()
    items = build_set("quick-10", seed=1).items
    wrong = next(c for c in "ABCDE" if c != keys[1])
    answers = tmp_path / "answers.txt"
    answers.write_text(" ".join([keys[0], wrong, "-", *keys[3:]]) + "\n")
    result = CliRunner().invoke(cli, ["grade", str(set_file), str(answers)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "8 of 10 correct (80%)" in out
    lines = out.splitlines()
    assert any(line.startswith("  2.") and "wrong" in line for line in lines)
    assert any(line.startswith("  3.") and "no answer" in line for line in lines)
    tail = out.split("Explanations for the missed questions", 1)[1]
    assert items[1].explanation.split()[0] in tail and items[2].explanation.split()[0] in tail


def test_grade_command_reads_jsonl_items(tmp_path: Path) -> None:
    items = logicgen.generate("probability.dice", count=3, seed=3, format="numeric")
    path = tmp_path / "items.jsonl"
    path.write_text("".join(i.to_json() + "\n" for i in items))
    answers = tmp_path / "a.txt"
    answers.write_text(" ".join(i.answer for i in items))
    result = CliRunner().invoke(cli, ["grade", str(path), str(answers)])
    assert result.exit_code == 0 and "3 of 3 correct" in result.output


@pytest.mark.parametrize("case", ["no-set", "no-answers", "bad-json", "binary", "too-many", "empty"])
def test_grade_command_bad_files_one_sentence_exit_2(
    case: str, set_file: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("B C\n")
    args = [str(set_file), str(answers)]
    if case == "no-set":
        args[0] = str(tmp_path / "missing.json")
    elif case == "no-answers":
        args[1] = str(tmp_path / "missing.txt")
    elif case == "bad-json":
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({"schema": "logicgen.set/1", "items": 3}))
        args[0] = str(bad)
    elif case == "binary":
        answers.write_bytes(b"\xff\xfe\x00B")
    elif case == "too-many":
        answers.write_text(" ".join(["A"] * 11))
    elif case == "empty":
        answers.write_text("\n")
    result = CliRunner().invoke(cli, ["grade", *args])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "Traceback" not in result.output


def test_the_chosen_items_have_the_keys_the_table_assumes() -> None:
    assert (DICE.answer, MONEY.answer, TFU.answer) == ("8/27", "$13,996.80", "Uncertain")
