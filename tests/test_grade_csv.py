"""Grading a class from a CSV of responses, and the answer sheet it comes from."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from logicgen import generate
from logicgen.answers import LETTERS
from logicgen.blueprint import build_set
from logicgen.cli import cli
from logicgen.practice.grade_csv import CsvError, grade_csv, report_csv, report_markdown
from logicgen.problemset import ProblemSet
from logicgen.render.sheet import render_sheet, sheet_data


@pytest.fixture(scope="module")
def the_set() -> ProblemSet:
    return build_set("quick-10", seed=3)


def keys(problem_set: ProblemSet) -> list[str]:
    return [item.letter or item.answer for item in problem_set.items]


def wrong(item) -> str:  # type: ignore[no-untyped-def]
    """A letter that is not the key."""
    return next(letter for letter in LETTERS[:len(item.choices)] if letter != item.letter)


def test_scores_and_question_table(the_set: ProblemSet) -> None:
    k = keys(the_set)
    misses = [wrong(item) for item in the_set.items]
    rows = ["Student,1,2,3,4,5,6,7,8,9,10",
            "Ann," + ",".join(k),                           # all right
            "Bob," + ",".join([misses[0], *k[1:]]),         # 9 right
            "Cy," + ",".join([misses[0], "", *k[2:]]),      # 8 right, one blank
            "Dee," + ",".join([misses[0], misses[1], *([""] * 8)])]
    report = grade_csv(the_set.items, "\n".join(rows) + "\n", "r.csv", sheet_id=the_set.sheet_id)
    assert report.ok
    assert [(s.student, s.score) for s in report.students] == [("Ann", 10), ("Bob", 9),
                                                                ("Cy", 8), ("Dee", 0)]
    q1, q2 = report.questions[0], report.questions[1]
    assert (q1.right, q1.graded, q1.answered) == (1, 4, 4)
    assert q1.share_right == 0.25 and q1.most_chosen_wrong == f"{misses[0]} (3)"
    assert (q2.right, q2.answered) == (2, 3)
    scores = list(csv.reader(io.StringIO(report_csv(report))))
    assert scores[0][:5] == ["student", "row", "score", "out_of", "percent"]
    assert scores[2][:5] == ["Bob", "3", "9", "10", "90.0"] and scores[2][5] == "0"
    assert scores[3][6] == ""  # Cy left question 2 blank
    table = list(csv.reader(io.StringIO(report_csv(report, by_question=True))))
    assert table[1][:6] == ["1", k[0], "1", "4", "0.250", "4"] and table[1][6:] == [misses[0], "3"]
    md = report_markdown(report)
    assert "| Ann | 10 / 10 | 100% |" in md and "Not graded" not in md


def test_true_false_items_read_and_show_as_t_f_u(the_set: ProblemSet) -> None:
    tfu = [n for n, i in enumerate(the_set.items, 1) if i.format == "tfu"]
    assert tfu
    n = tfu[0]
    item = the_set.items[n - 1]
    answer = item.answer[0]  # T, F or U
    report = grade_csv(the_set.items, f"name,{n}\nAnn,{answer}\nBob,{answer.lower()}\n")
    assert [s.score for s in report.students] == [1, 1]
    assert report.questions[n - 1].key == answer


def test_bad_rows_are_listed_and_the_rest_graded(the_set: ProblemSet) -> None:
    k = keys(the_set)
    text = "\n".join([
        "Name,Sheet,Timestamp,Q1,Q2,Q11",
        f"Ann,{the_set.sheet_id.lower()},x,{k[0]},{k[1]},",
        f"ann,,x,{k[0]},{k[1]},",                    # the same student again
        f"Bob,ZZZZ0000,x,{k[0]},{k[1]},",             # another set's sheet
        f"Cy,,x,Z,{k[1]},",                           # not an option
        f",,x,{k[0]},{k[1]},",                        # no name
        f"Dee,{the_set.sheet_id.replace('0', 'O')},x,{k[0]},,",  # O read as 0
    ]) + "\n"
    report = grade_csv(the_set.items, text, "r.csv", sheet_id=the_set.sheet_id)
    assert not report.ok
    assert [s.student for s in report.students] == ["Ann", "Dee"]
    failed = {row: problems for row, _, problems in report.failed}
    assert sorted(failed) == [3, 4, 5, 6]
    assert failed[3] == [("row 3 (ann): student 'ann' appears again (first on row 2); "
                          "only the first row is graded")]
    assert failed[4] == [(f"row 4 (Bob): sheet id 'ZZZZ0000' belongs to another set or form "
                          f"(this set's is {the_set.sheet_id!r})")]
    assert failed[5] == ["row 5 (Cy): question 1 answer 'Z' is not one of the options A to E"]
    assert failed[6] == ["row 6 has no student name"]
    assert report.problems == [("r.csv column 'Q11' names question 11, but the set has "
                                "questions 1 to 10; the column is left out")]
    assert "r.csv: ignored the column 'Timestamp'" in report.notes
    md = report_markdown(report)
    for problems in failed.values():
        assert all(p in md for p in problems)


@pytest.mark.parametrize(("text", "message"), [
    ("", "holds no responses"),
    ("just words\nmore\n", "has no header row"),
    ("name,comment\nAnn,hi\n", "has no question columns"),
    ("name,1,Q1\nAnn,A,B\n", "columns '1' and 'Q1' both name question 1"),
    ("name,1,2\n\n", "has a header but no rows of responses"),
])
def test_unusable_input_raises(the_set: ProblemSet, text: str, message: str) -> None:
    with pytest.raises(CsvError, match=message):
        grade_csv(the_set.items, text, "r.csv")


@pytest.fixture()
def set_file(tmp_path: Path, the_set: ProblemSet) -> Path:
    path = tmp_path / "set.json"
    path.write_text(the_set.to_json(), encoding="utf-8")
    return path


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["grade", *args])


def test_cli_reads_utf8_with_bom_and_latin1(tmp_path: Path, set_file: Path,
                                           the_set: ProblemSet) -> None:
    k = keys(the_set)
    text = "name;1;2\nRené;" + ";".join(k[:2]) + "\nZoë;" + ";".join(k[:2]) + "\n"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.encode("latin-1"))
    a, b = run(str(set_file), str(bom)), run(str(set_file), str(latin))
    assert a.exit_code == 0 and b.exit_code == 0, (a.output, b.output)
    for result in (a, b):
        assert "| René | 2 / 10 | 20% |" in result.stdout and "| Zoë |" in result.stdout
    assert "not UTF-8" not in a.output
    assert "latin.csv is not UTF-8; it was read as Latin-1" in b.stdout
    utf16 = tmp_path / "unicode.txt"  # a spreadsheet's "Unicode text": UTF-16, tabs
    utf16.write_bytes(text.replace(";", "\t").encode("utf-16"))
    c = run(str(set_file), str(utf16))
    assert c.exit_code == 0 and "| René | 2 / 10 | 20% |" in c.stdout, c.output


def test_cli_exit_codes_and_outputs(tmp_path: Path, set_file: Path, the_set: ProblemSet) -> None:
    k = keys(the_set)
    good = tmp_path / "good.csv"
    good.write_text("name,1,2\nAnn," + ",".join(k[:2]) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,1,2\nAnn," + ",".join(k[:2]) + "\nAnn,A,B\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert run(str(set_file), str(good)).exit_code == 0
    result = run(str(set_file), str(bad))
    assert result.exit_code == 1 and "1 row not graded" in result.stderr
    assert "row 3 (Ann): student 'Ann' appears again" in result.stdout
    result = run(str(set_file), str(empty))
    assert result.exit_code == 2 and "holds no responses" in result.output
    assert "Traceback" not in result.output
    out = tmp_path / "scores.csv"
    result = run(str(set_file), str(bad), "-f", "csv", "-o", str(out))
    assert result.exit_code == 1 and "row 3 (Ann)" in result.stderr
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("Ann,2,2,10,20.0")
    result = run(str(set_file), str(good), "--by-question")
    assert result.exit_code == 2 and "--by-question applies to -f csv" in result.output
    # a responses CSV without the .csv suffix is recognised by its header
    plain = tmp_path / "responses.txt"
    plain.write_text("name,Q1,Q2\nAnn," + ",".join(k[:2]) + "\n", encoding="utf-8")
    result = run(str(set_file), str(plain))
    assert result.exit_code == 0 and "| Ann | 2 / 10 |" in result.stdout
    # the text answers format is unchanged
    result = run(str(set_file), str(tmp_path / "missing.csv"))
    assert result.exit_code == 2 and "does not exist" in result.output


def test_items_file_without_sheet_id_skips_the_sheet_check(tmp_path: Path,
                                                          the_set: ProblemSet) -> None:
    items = tmp_path / "items.json"
    items.write_text(json.dumps([i.to_dict() for i in the_set.items]), encoding="utf-8")
    responses = tmp_path / "r.csv"
    responses.write_text(f"name,sheet,1\nAnn,WHATEVER,{keys(the_set)[0]}\n", encoding="utf-8")
    result = run(str(items), str(responses))
    assert result.exit_code == 0 and "the sheet column was not checked" in result.stdout


# -- the answer sheet ------------------------------------------------------------------


def test_answer_sheet_data(the_set: ProblemSet) -> None:
    data = sheet_data(the_set)
    assert data["sheet"] == the_set.sheet_id and len(data["items"]) == len(the_set.items)
    for row, item in zip(data["items"], the_set.items):
        if item.format == "tfu":
            assert row["bubbles"] == ["T", "F", "U"]
        else:
            assert row["bubbles"] == list(LETTERS[:len(item.choices)])


def test_answer_sheet_pdf_is_one_page_and_gives_nothing_away(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "sheet.pdf"
    result = CliRunner().invoke(cli, ["build", "logic-test", "-s", "9", "--answer-sheet",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    problem_set = build_set("logic-test", seed=9)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert problem_set.sheet_id in text and "Name" in text and "50." in text
    assert "seed" not in text.lower() and not any(i.code in text for i in problem_set.items)
    assert out.read_bytes() == render_sheet(problem_set)  # deterministic
    numeric = ProblemSet(title="Free", items=tuple(
        generate("sequence.number", count=3, seed=1, format="numeric")))
    assert [r["bubbles"] for r in sheet_data(numeric)["items"]] == [None, None, None]
    assert render_sheet(numeric).startswith(b"%PDF")


@pytest.mark.parametrize(("args", "message"), [
    (["--answer-sheet"], "needs a file"),
    (["--answer-sheet", "-f", "html", "-o", "x.html"], "writes a PDF (got -f html)"),
    (["--answer-sheet", "--no-key", "-o", "x.pdf"], "leave out --no-key"),
])
def test_answer_sheet_errors(tmp_path: Path, args: list[str], message: str) -> None:
    fixed = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    result = CliRunner().invoke(cli, ["build", "quick-10", "-s", "3", *fixed])
    assert result.exit_code == 2 and message in result.output
    assert not list(tmp_path.iterdir())
