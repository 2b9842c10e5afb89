"""Quiz results import, the trend per area, the progress report and its charts."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from logicgen.cli import cli
from logicgen.practice.progress import report_html, trend_lines
from logicgen.practice.results import RESULTS_SCHEMA, ResultsError, read_results
from logicgen.practice.store import HistoryStore, import_attempts
from logicgen.render.charts import bar_chart, line_chart

FAMILIES = ["sequence.number", "quant.rates", "deduction.syllogism", "probability.dice"]


def attempt(day: int, *, right: int = 2, sheet: str = "93VSEZRX", mode: str = "exam",
            seconds: float = 10.0) -> dict[str, Any]:
    questions = [{"n": i + 1, "family": FAMILIES[i], "area": FAMILIES[i].split(".")[0],
                  "difficulty": "medium", "correct": i < right,
                  "answer": None if i == 3 else "B", "seconds": seconds + i}
                 for i in range(4)]
    return {"id": f"{sheet}-{day}", "title": "Drill", "sheet": sheet,
            "date": f"2024-05-{day:02d}T09:00:00.250Z", "mode": mode, "limit": 300,
            "seconds": 60.5, "score": right, "total": 4, "questions": questions}


def results(*attempts: dict[str, Any]) -> str:
    return json.dumps({"schema": RESULTS_SCHEMA, "attempts": list(attempts)})


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_import_records_attempts_without_codes_and_only_once(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with HistoryStore.open(db) as store:
        assert import_attempts(store, read_results(results(attempt(1), attempt(2, right=3)))) \
            == (2, 0)
        assert import_attempts(store, read_results(results(attempt(2), attempt(3)))) == (1, 1)
    assert rows(db, "SELECT blueprint, title, form, seed, minutes, n_items, n_answered,"
                    " n_correct, end_reason, started_at, ended_at FROM sessions"
                    " ORDER BY id")[0] == (
        "quiz:93VSEZRX", "Drill", None, None, 5.0, 4, 3, 2, "quiz exam",
        "2024-05-01T09:00:00.250+00:00", "2024-05-01T09:01:00.750+00:00")
    assert rows(db, "SELECT COUNT(*) FROM sessions") == [(3,)]
    # the unanswered question 4 is not saved; no item codes
    assert rows(db, "SELECT position, code, family, correct, seconds, response FROM answers"
                    " WHERE session_id = 1") == [
        (1, "", "sequence.number", 1, 10.0, "B"), (2, "", "quant.rates", 1, 11.0, "B"),
        (3, "", "deduction.syllogism", 0, 12.0, "B")]


def test_cli_import_twice_adds_nothing_and_bad_files_write_nothing(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    good = tmp_path / "results.json"
    good.write_text(results(attempt(1), attempt(2)), encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(cli, ["history", "import", str(good), "--db", str(db)])
    assert first.exit_code == 0 and "Imported 2 attempts" in first.output, first.output
    second = runner.invoke(cli, ["history", "--db", str(db), "import", str(good)])
    assert "Imported 0 attempts" in second.output and "2 already there" in second.output
    before = db.read_bytes()
    bad = tmp_path / "bad.json"
    broken = attempt(3)
    broken["questions"][1]["seconds"] = -4
    bad.write_text(results(attempt(4), broken), encoding="utf-8")
    refused = runner.invoke(cli, ["history", "import", str(bad), "--db", str(db)])
    assert refused.exit_code == 2
    assert (f"Error: results file {str(bad)!r}: attempts[1].questions[1].seconds: must be a "
            "number of seconds, 0 or more (got -4)") in refused.output
    assert rows(db, "SELECT COUNT(*) FROM sessions") == [(2,)] and db.read_bytes() == before
    missing = runner.invoke(cli, ["history", "import", str(tmp_path / "none.json"),
                                  "--db", str(db)])
    assert missing.exit_code == 2 and "does not exist" in missing.output


@pytest.mark.parametrize(
    ("text", "message"),
    [("not json", "is not JSON"),
     ('{"schema": "other"}', "its schema must be 'logicgen-quiz-results/1' (got \"other\")"),
     ('{"schema": "logicgen-quiz-results/1", "attempts": {}}', "attempts: must be a list"),
     (results({**attempt(1), "sheet": "93vsezrx"}), "attempts[0].sheet: must be a sheet id"),
     (results({**attempt(1), "date": "2024-05-01 09:00"}), "attempts[0].date: must be a date"),
     (results({**attempt(1), "mode": "test"}), 'attempts[0].mode: must be exam or learn (got "test")'),
     (results({**attempt(1), "questions": []}), "attempts[0].questions: must be a non-empty list"),
     (results({**attempt(1), "questions": [attempt(1)["questions"][1]]}),
      "attempts[0].questions: must be numbered 1, 2, 3, ... in order (got [2])"),
     (results({**attempt(1), "questions": [{**attempt(1)["questions"][0], "correct": 1}]}),
      "attempts[0].questions[0].correct: must be true or false (got 1)"),
     (results({**attempt(1), "questions": [{**attempt(1)["questions"][0], "family": "x"}]}),
      "attempts[0].questions[0].family: must be a family name")],
)
def test_bad_results_are_refused_naming_the_field(text: str, message: str) -> None:
    with pytest.raises(ResultsError, match=re.escape(message)):
        read_results(text, "results file 'r.json'")


def test_trend_compares_the_last_five_sessions_with_the_five_before() -> None:
    answers = [{"session_id": s, "family": f, "correct": s > 5 or f == "quant.rates",
                "seconds": 40 - 2 * s}
               for s in range(1, 11) for f in ("sequence.number", "quant.rates")]
    answers.append({"session_id": 11, "family": "deduction.syllogism", "correct": True,
                    "seconds": 9})
    lines = trend_lines([], answers)
    assert lines[1] == "Trend per area: the last 5 sessions against the 5 before"
    # sessions 6-10 against 1-5: sequence 0% -> 100%, median 34 s -> 24 s
    assert lines[3:] == [
        "  deduction  -               100% in 9.0 s   -",
        "  quant      100% in 34.0 s  100% in 24.0 s  +0 points, 10.0 s faster",
        "  sequence   0% in 34.0 s    100% in 24.0 s  +100 points, 10.0 s faster"]


def test_history_html_report(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with HistoryStore.open(db) as store:
        import_attempts(store, read_results(results(
            *(attempt(d, right=d % 4, seconds=30 - d) for d in range(1, 8)))))
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["history", "--db", str(db), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "7 sessions, 21 answers" in page
    for heading in ("Score per session", "Accuracy per area", "Median time per area",
                    "Weakest families", "The adaptive plan for logic-test"):
        assert f"<h2>{heading}</h2>" in page
    assert page.count('<svg class="chart"') == 5
    for needle in ("<script", "http://", "https://", "src=", "<link", "url("):
        assert needle not in page, needle
    # score per session: day 1 is 1 of 4 = 25 %, day 4 is 0 of 4
    assert "<title>score, 05-01: 25%</title>" in page and "<title>score, 05-04: 0%</title>" in page
    # accuracy per area (deduction, quant, sequence): day 1 has only question 1 right
    assert "<tr><td>05-01</td><td>0%</td><td>0%</td><td>100%</td></tr>" in page
    assert "<tr><td>05-07</td><td>100%</td><td>100%</td><td>100%</td></tr>" in page
    # the same history gives the same page
    assert report_html([], []) == report_html([], [])
    again = CliRunner().invoke(cli, ["history", "--db", str(db), "--html", str(out)])
    assert again.exit_code == 0 and out.read_text(encoding="utf-8") == page


def test_history_html_errors_leave_nothing(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "r.html"
    none = runner.invoke(cli, ["history", "--db", str(tmp_path / "none.db"), "--html", str(out)])
    # a fresh install is no error: the report says there is nothing yet, and no
    # database is created by a command that only reads
    assert none.exit_code == 0 and not (tmp_path / "none.db").exists()
    assert "No practice sessions" in out.read_text(encoding="utf-8")
    out.unlink()
    db = tmp_path / "h.db"
    HistoryStore.open(db).close()
    plan = runner.invoke(cli, ["history", "--db", str(db), "--html", str(out), "--plan", "nope"])
    assert plan.exit_code == 2 and "unknown blueprint" in plan.output and not out.exists()
    folder = runner.invoke(cli, ["history", "--db", str(db), "--html", str(tmp_path / "x" / "r")])
    assert folder.exit_code == 2 and "does not exist" in folder.output


def test_charts_scale_and_label_their_values() -> None:
    line = line_chart("Accuracy", ["a", "b"], [("x", [0.0, 1.0]), ("y", [0.5, None])],
                      maximum=1.0, width=200, height=100)
    # plot 142 wide from x=46, 50 high from y=10 (100 %) to y=60 (0 %), a legend row
    # below; two points at the middles of their halves: 46 + 35.5 and 46 + 106.5
    assert 'viewBox="0 0 200 118"' in line
    assert '<circle cx="81.5" cy="60" r="3.5" fill="#0072B2"><title>x, a: 0%</title>' in line
    assert '<circle cx="152.5" cy="10" r="3.5"' in line
    assert line.count("<polyline") == 1  # y has one point: no line
    bars = bar_chart("Shares", [("one", 0.25), ("two", 0.5)], maximum=0.5, width=400,
                     label_width=100)
    assert '<rect x="100" y="6" width="115" height="18" fill="#0072B2">' in bars  # half of 230
    assert '<rect x="100" y="32" width="230" height="18" fill="#0072B2">' in bars
    assert ">25%</text>" in bars and ">50%</text>" in bars
