"""The interactive quiz in a real browser: Debian's chromium, headless, driven by Playwright.

Each page is opened from a file with a fake clock (``page.clock``), so the
countdown and the end of time are checked without waiting. The expected
scores come from the items' keys in Python. Pages are checked at a phone's
size (390 x 844) and a laptop's (1280 x 800); every page must run without a
script error and fetch nothing but its own file.

Screenshots for a person to look at go to ``$LOGICGEN_SCREENSHOTS`` if set,
else to a temporary folder (they are not compared with anything).

The accessibility check runs axe-core (an npm package, used only here) in the
page: ``$LOGICGEN_AXE`` names its ``axe.min.js`` (.ci/run installs it), else
``node_modules/axe-core/axe.min.js`` in the project is used. Without either it
is skipped outside CI and fails in CI; the checks written here run regardless.

The module is skipped, with the reason, when Playwright or the chromium
binary is missing, except in CI (``CI`` set), where that fails: .ci/run
installs both. ``LOGICGEN_CHROMIUM`` names another Chromium binary.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from logicgen import generate
from logicgen.answers import LETTERS, parse_number
from logicgen.cli import cli
from logicgen.item import Item
from logicgen.practice.method import method_line
from logicgen.problemset import ProblemSet
from logicgen.render import quiz

IN_CI = bool(os.environ.get("CI"))


def _missing(reason: str) -> None:  # pragma: no cover - depends on the machine
    if IN_CI:
        pytest.fail(f"{reason}; CI must run the browser tests", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    _missing("playwright is not installed (pip install -e '.[test]')")

CHROMIUM = (os.environ.get("LOGICGEN_CHROMIUM") or shutil.which("chromium")
            or "/usr/bin/chromium")
if not os.path.exists(CHROMIUM):  # pragma: no cover - depends on the machine
    _missing(f"no chromium browser at {CHROMIUM} (on Debian: apt-get install chromium; "
             "or set LOGICGEN_CHROMIUM)")

# Headless and offline: no sandbox (CI runs as root), and none of the background
# traffic to Google hosts that a first start would begin.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions"]
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


def _items() -> tuple[Item, ...]:
    # seeds chosen for these keys; test_the_items_have_the_keys_the_tests_type checks them
    return (
        *generate("probability.dice", count=2, seed=5),                        # choice
        *generate("deduction.statements", count=1, seed=5),                    # true/false/unc.
        *generate("probability.dice", count=1, seed=113, format="numeric",
                  n_dice=3, sides=6),                                    # 61/216
        *generate("quant.percent", count=1, seed=39, format="numeric"),        # +62.5%
        *generate("deduction.coding", count=1, seed=2, format="numeric"),      # a code
        *generate("probability.expectation", count=1, seed=352, format="numeric"),  # $10.50
    )


ITEMS = _items()


def test_the_items_have_the_keys_the_tests_type() -> None:
    assert [ITEMS[i].answer for i in (3, 4, 6)] == ["61/216", "+62.5%", "$10.50"]
EPOCH = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
SET = ProblemSet(title="Browser quiz", items=ITEMS, seed=5, minutes=5, form="A")
FIGURES = ProblemSet(
    title="Figure quiz", minutes=3, form="A",
    items=(*generate("sequence.matrix", count=1, seed=3),
           *generate("sequence.figure", count=1, seed=3),
           *generate("sequence.oddoneout", count=1, seed=3)))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder for screenshots."""
    folder = os.environ.get("LOGICGEN_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Quiz:
    """A quiz page opened from a file, recording script errors and every request."""

    def __init__(self, where: Browser | BrowserContext, path: Path,
                 problem_set: ProblemSet = SET, *, viewport: dict[str, int] = LAPTOP,
                 epoch: datetime = EPOCH, **options: Any) -> None:
        path.write_text(quiz.render(problem_set, **options), encoding="utf-8")
        self.items = problem_set.items
        self.problem_set = problem_set
        self.page: Page = where.new_page(viewport=viewport) if hasattr(where, "contexts") \
            else where.new_page()
        if not hasattr(where, "contexts"):
            self.page.set_viewport_size(viewport)
        self.page.set_default_timeout(5000)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text)
                     if msg.type == "error" else None)
        self.page.on("request", lambda request: self.requests.append(request.url))
        # a clock that moves only when the test moves it
        self.page.clock.install(time=epoch)
        self.page.goto(path.as_uri())
        self.page.clock.pause_at(epoch + timedelta(seconds=1))

    def text(self, selector: str) -> str:
        return " ".join(self.page.inner_text(selector).split())

    def option(self, k: int, right: bool) -> int:
        item = self.items[k]
        assert item.answer_index is not None
        return item.answer_index if right else (item.answer_index + 1) % len(item.choices)

    def choose(self, k: int, right: bool) -> None:
        self.page.click(f"#q{k + 1} button.option[data-i='{self.option(k, right)}']")

    def type(self, k: int, text: str, *, enter: bool = False) -> None:
        selector = f"#q{k + 1} input.response"
        self.page.fill(selector, text)
        if enter:
            self.page.press(selector, "Enter")

    def tick(self, ms: int) -> None:
        self.page.clock.fast_forward(ms)

    def visible_question(self) -> int:
        """The number of the one question on screen."""
        shown = [n for n in range(1, len(self.items) + 1) if self.page.is_visible(f"#q{n}")]
        assert len(shown) == 1, shown
        return shown[0]

    def attempts(self) -> list[dict[str, Any]]:
        raw = self.page.evaluate("() => localStorage.getItem('logicgen-quiz/attempts')")
        return json.loads(raw) if raw else []

    def close(self) -> None:
        """Close the page; no script errors, and nothing fetched but the file itself (an
        exported file is a data: link, made in the page)."""
        self.page.close()
        assert self.errors == []
        assert self.requests and all(url.startswith(("file://", "data:"))
                                     for url in self.requests), self.requests


def wrong_text(item: Item) -> str:
    return "999999" if parse_number(item.answer) is not None else "XYZW"


def free_variants(answer: str) -> list[str]:
    """Responses to compare the page's reading with Item.check: equal forms, near misses."""
    out = [answer, f"  {answer}  ", answer + ".", "", "abc", answer.lower(), answer[:-1]]
    value = parse_number(answer)
    if value is not None:
        f = float(value)
        out += [f"{value.numerator}/{value.denominator}",
                f"{value.numerator} / {value.denominator}", f"{f:.1f}", f"{f:.2f}", f"{f:.3f}",
                f"{f:.4f}", f"{f:.6f}", f"{f * 100:.1f}%", f"{f * 100:.2f}%", f"{f * 100:.1f}",
                f"{f * 100:.3f}", f"{f:.2f}".replace("-", "\u2212"), f"-{f:.2f}",
                f"${f:,.2f}", str(value + 1), str(value + Fraction(1, 1000)),
                f"{int(f)} {abs(value - int(f))}" if value.denominator > 1 else f"{f:,.0f}"]
    return out


# -- the page's hashing and grading against Python ---------------------------------------------


def test_sha256_and_grading_agree_with_python(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html")
    for text in ["", "abc", "a" * 55, "a" * 56, "a" * 63, "a" * 64, "b" * 65, "c" * 119,
                 "d" * 120, "π ≈ 3.14 — “日本”" * 9, "x" * 1000]:
        got = q.page.evaluate("t => logicgenQuiz.sha256hex(t)", text)
        assert got == hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text)
    checked = 0
    for n, item in enumerate(ITEMS, 1):
        if item.choices:
            for i in range(len(item.choices)):
                got = q.page.evaluate("([n, r]) => logicgenQuiz.check(n, r)", [n, i])
                assert got == item.check(LETTERS[i]) == (i == item.answer_index), (n, i)
                checked += 1
        else:
            for response in free_variants(item.answer):
                got = q.page.evaluate("([n, r]) => logicgenQuiz.check(n, r)", [n, response])
                assert got == item.check(response), (item.answer, response)
                checked += got
    assert checked > 25  # many equal forms were accepted, not only the answer itself
    q.close()


# -- exam mode -----------------------------------------------------------------------------


SIZES = pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])


@SIZES
def test_exam_goes_forward_only_and_teaches_at_the_end(browser: Browser, tmp_path: Path,
                                                       viewport: dict[str, int]) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", viewport=viewport)
    page = q.page
    assert page.is_hidden("#questions") and page.is_visible("#start-exam")
    page.click("#start-exam")
    assert q.text("#clock") == "5:00" and q.text("#where") == "Question 1 of 7"
    assert page.is_hidden("#prev") and page.is_hidden("#palette")  # no way back
    q.choose(0, right=False)
    q.choose(0, right=True)  # the answer on screen can still change
    page.keyboard.press("Enter")  # Enter on the chosen option moves on
    assert q.visible_question() == 2
    page.keyboard.press("ArrowLeft")
    assert q.visible_question() == 2  # no going back
    page.keyboard.press(LETTERS[q.option(1, right=False)].lower())
    page.keyboard.press("Enter")
    assert q.visible_question() == 3
    page.click("#next")  # left blank
    q.type(3, "0.28", enter=True)  # 61/216 = 0.2824...: rounded to two places
    assert q.visible_question() == 5
    q.tick(20_000)
    q.type(4, wrong_text(ITEMS[4]), enter=True)
    q.tick(3_000)
    page.click("#next")  # 6 left blank
    q.type(6, "10.5")
    assert q.text("#next") == "Finish" and q.text("#progress") == "5 of 7 answered"
    page.click("#next")
    assert "2 questions are unanswered" in q.text("#confirm")
    page.click("#confirm-no")
    assert page.is_hidden("#results")
    page.click("#finish")
    page.click("#confirm-yes")

    right = [True, False, False, True, False, False, True]
    assert [ITEMS[3].check("0.28"), ITEMS[6].check("10.5")] == [True, True]
    assert q.text("#score") == "3" and q.text("#percent") == "43"
    assert q.text("#reason") == "Finished with 4:37 left."
    assert q.text("#used") == "Time used: 0:23 of 5:00."
    _check_results(q, right, unanswered={2, 5})
    # time per question: 20 s on question 5, 3 s on 6, none elsewhere
    assert q.text("#times a:nth-child(5)") == "5. \u2717 wrong 20.0 s"
    assert q.text("#times a:nth-child(6)") == "6. \u2013 not answered 3.0 s"
    # missed first, the slowest of them first
    order = page.eval_on_selector_all("#questions > section", "s => s.map(x => x.id)")
    assert order == ["q5", "q6", "q2", "q3", "q1", "q4", "q7"]
    assert q.text("#by-area") == ("area right accuracy mean time probability 3/4 75% 0.0 s "
                                  "deduction 0/2 0% 1.5 s quant 0/1 0% 20.0 s")
    assert "probability.dice 2/3 67%" in q.text("#by-family")
    # kept in local storage: the sheet id, no item code
    (kept,) = q.attempts()
    assert (kept["sheet"], kept["title"], kept["mode"], kept["score"], kept["total"]) == (
        SET.sheet_id, "Browser quiz", "exam", 3, 7)
    assert [x["correct"] for x in kept["questions"]] == right
    assert kept["questions"][4]["seconds"] == 20 and kept["questions"][2]["answer"] is None
    assert kept["questions"][0]["area"] == "probability"
    content = page.content()
    assert all(item.code not in content for item in ITEMS) and "seed" not in content.lower()
    q.close()


def test_time_running_out_ends_the_exam(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", minutes=1)
    page = q.page
    page.click("#start-exam")
    assert q.text("#clock") == "1:00"
    q.choose(0, right=True)
    page.click("#next")
    q.choose(1, right=True)
    q.tick(30_000)
    assert q.text("#clock") == "0:30"
    assert "low" in (page.get_attribute("#bar", "class") or "")
    q.tick(30_500)
    assert page.is_visible("#results")
    assert q.text("#clock") == "0:00" and page.is_hidden("#confirm")
    assert q.text("#reason").startswith("Time is up")
    assert q.text("#score") == "2" and page.is_hidden("#finish")
    _check_results(q, [True, True, False, False, False, False, False],
                   unanswered={2, 3, 4, 5, 6})
    q.close()


# -- learn mode ----------------------------------------------------------------------------


@SIZES
def test_learn_marks_and_explains_each_answer_at_once(browser: Browser, tmp_path: Path,
                                                      viewport: dict[str, int]) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", viewport=viewport)
    page = q.page
    page.click("#start-learn")
    assert q.text("#bar").startswith("Time 0:00")  # untimed: the clock counts up
    q.choose(0, right=False)
    review = q.text("#q1 .review")
    item = ITEMS[0]
    assert review.startswith(f"Wrong. Your answer: {LETTERS[q.option(0, False)]}. "
                             f"Answer: {item.letter}. {item.answer}")
    assert f"Method: {method_line(item)}" in review
    assert " ".join(item.explanation.split()) in review
    assert page.is_disabled("#q1 button.option[data-i='0']")  # locked once marked
    page.click("#next")
    q.choose(1, right=True)
    assert q.text("#q2 .review").startswith("Right.") and q.text("#tally") == "1 right of 2 marked"
    page.keyboard.press("ArrowLeft")  # going back is fine when learning
    assert q.visible_question() == 1
    page.click("#palette button:nth-child(4)")
    q.type(3, "61/216", enter=True)
    assert q.text("#q4 .review").startswith("Right.")
    assert page.get_attribute("#q4 input.response", "readonly") is not None
    q.tick(65_000)
    assert q.text("#clock") == "1:05"
    page.click("#finish")
    assert "4 questions are unanswered" in q.text("#confirm")
    page.click("#confirm-yes")
    assert q.text("#reason") == "Finished in 1:05." and q.text("#score") == "2"
    assert q.attempts()[0]["mode"] == "learn"
    q.close()


def test_learn_on_one_page_marked_at_the_end(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", mode="list", scoring="end")
    page = q.page
    page.click("#start-learn")
    assert all(page.is_visible(f"#q{n}") for n in range(1, 8))
    assert page.is_hidden("#pager") and page.is_hidden("#palette")
    q.choose(0, right=False)
    q.choose(0, right=True)  # changed until the end, unmarked until then
    assert page.is_hidden("#q1 .review")
    q.type(4, "+62.5")  # the percent sign may be left out
    q.type(6, "$10.50")
    page.click("#finish")
    page.click("#confirm-yes")
    right = [True, False, False, False, True, False, True]
    assert [ITEMS[4].check("+62.5"), ITEMS[6].check("$10.50")] == [True, True]
    assert q.text("#score") == "3"
    _check_results(q, right, unanswered={1, 2, 3, 5})
    q.close()


def _check_results(q: Quiz, right: list[bool], unanswered: set[int]) -> None:
    """After the end: every question shown and marked, with answer, method and explanation."""
    page = q.page
    assert page.is_hidden("#pager") and page.is_hidden("#palette")
    times = q.text("#times")
    for k, item in enumerate(q.items):
        n = k + 1
        assert page.is_visible(f"#q{n}")
        classes = page.get_attribute(f"#q{n}", "class") or ""
        assert ("right" if right[k] else "wrong") in classes.split(), n
        review = q.text(f"#q{n} .review")
        mark = "Right." if right[k] else "Not answered." if k in unanswered else "Wrong."
        assert review.startswith(mark), (n, review)
        answer = f"{item.letter}. {item.answer}" if item.letter else item.answer
        assert f"Answer: {answer}" in review
        assert f"Method: {method_line(item)}" in review
        assert " ".join(item.explanation.split()) in review
        assert item.code not in review
        sign = "\u2713" if right[k] else "\u2013" if k in unanswered else "\u2717"
        assert f"{n}. {sign}" in times
        if item.choices:
            correct = page.get_attribute(f"#q{n} button[data-i='{item.answer_index}']", "class")
            assert "correct" in (correct or "").split()
            assert page.is_disabled(f"#q{n} button[data-i='0']")


# -- pictures on a phone -------------------------------------------------------------------


def test_figures_on_a_phone_are_big_clickable_and_named(browser: Browser, tmp_path: Path,
                                                        shots: Path) -> None:
    q = Quiz(browser, tmp_path / "figures.html", FIGURES, viewport=PHONE)
    page = q.page
    page.screenshot(path=str(shots / "phone-start.png"))
    page.click("#start-exam")
    for n in (1, 2, 3):
        assert q.visible_question() == n
        sizes = page.eval_on_selector_all(
            f"#q{n} svg", "s => s.map(x => [x.getBoundingClientRect().width, "
                          "x.getBoundingClientRect().height])")
        assert sizes and all(w >= 80 and h >= 80 for w, h in sizes), (n, sizes)
        # nothing wider than the screen: options wrap into rows
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        labels = page.eval_on_selector_all(f"#q{n} svg", "s => s.map(x => x.getAttribute("
                                                         "'aria-label') || '')")
        assert all(labels), labels  # a text alternative for every picture
        names = page.eval_on_selector_all(f"#q{n} button.option", "b => b.map(x => "
                                                                  "x.getAttribute('aria-label'))")
        assert names == [f"{LETTERS[i]}. {c}" for i, c in enumerate(q.items[n - 1].choices)]
        if n == 1:
            page.screenshot(path=str(shots / "phone-figure-question.png"))
            # keyboard: arrows move between the options, Enter picks, Enter again moves on
            page.focus("#q1 button.option[data-i='0']")
            page.keyboard.press("ArrowRight")
            assert page.evaluate("document.activeElement.dataset.i") == "1"
            page.keyboard.press("ArrowLeft")
            page.keyboard.press("ArrowLeft")
            assert page.evaluate("document.activeElement.dataset.i") == "4"
            page.keyboard.press("Enter")
            assert page.get_attribute("#q1 button.option[data-i='4']", "aria-pressed") == "true"
            page.keyboard.press("Enter")
        elif n == 2:
            page.keyboard.press("c")
            assert page.get_attribute("#q2 button.option[data-i='2']", "aria-pressed") == "true"
            page.click("#next")
        else:
            # the odd one out: its panels are the options, clicked on the picture itself
            assert page.locator("#q3 .figure").count() == 0
            key = q.items[2].answer_index
            page.click(f"#q3 button.option[data-i='{key}'] svg")
            assert page.get_attribute(f"#q3 button.option[data-i='{key}']",
                                      "aria-pressed") == "true"
    page.click("#next")  # "Finish" with every question answered: no question asked
    assert page.is_visible("#results") and page.is_hidden("#confirm")
    assert q.text("#q3 .review").startswith("Right.")
    q.close()


# -- history across attempts, export and import ----------------------------------------------


def _take(context: BrowserContext, path: Path, epoch: datetime, practice: str,
          answers: int) -> Quiz:
    q = Quiz(context, path, viewport=PHONE, epoch=epoch)
    q.page.click(f"#start-{practice}")
    for k in range(answers):
        if practice == "learn":
            q.page.click(f"#palette button:nth-child({k + 1})")
        q.choose(k, right=True)
        q.tick(4_000)
        q.page.click("#next")
    q.page.click("#finish")
    q.page.click("#confirm-yes")
    return q


def test_history_across_attempts_and_export_import(browser: Browser, tmp_path: Path,
                                                   shots: Path) -> None:
    context = browser.new_context(viewport=PHONE, accept_downloads=True)
    try:
        first = _take(context, tmp_path / "quiz.html", EPOCH, "exam", 2)
        first.page.screenshot(path=str(shots / "phone-results.png"))
        first.close()
        second = _take(context, tmp_path / "quiz.html", EPOCH + timedelta(days=1), "learn", 1)
        assert len(second.attempts()) == 2
        page = second.page
        page.click("#show-history")
        rows = page.eval_on_selector_all("#history-list tr", "r => r.map(x => x.innerText)")
        assert len(rows) == 3  # a header and two attempts, newest first
        assert "learn" in rows[1] and "1/7" in rows[1] and "exam" in rows[2] and "2/7" in rows[2]
        assert SET.sheet_id in rows[1] and "2024-05-02" in rows[1]
        assert page.locator("#history-chart svg polyline").count() == 1
        page.screenshot(path=str(shots / "phone-history.png"))
        with page.expect_download() as download:
            page.click("#history-export")
        exported = tmp_path / "results.json"
        download.value.save_as(exported)
        second.close()
    finally:
        context.close()

    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["schema"] == "logicgen-quiz-results/1" and len(data["attempts"]) == 2
    assert all(item.code not in exported.read_text() for item in ITEMS)
    db = tmp_path / "h.db"
    runner = CliRunner()
    once = runner.invoke(cli, ["history", "import", str(exported), "--db", str(db)])
    assert once.exit_code == 0 and "Imported 2 attempts" in once.output, once.output
    again = runner.invoke(cli, ["history", "import", str(exported), "--db", str(db)])
    assert "Imported 0 attempts" in again.output and "2 already there" in again.output
    con = sqlite3.connect(db)
    try:
        sessions = con.execute("SELECT blueprint, title, n_items, n_answered, n_correct,"
                               " end_reason, started_at FROM sessions ORDER BY id").fetchall()
        answers = con.execute("SELECT session_id, position, code, family, correct, seconds,"
                              " response FROM answers ORDER BY session_id, position").fetchall()
    finally:
        con.close()
    blueprint = f"quiz:{SET.sheet_id}"
    assert sessions == [
        (blueprint, "Browser quiz", 7, 2, 2, "quiz exam", "2024-05-01T09:00:01.000+00:00"),
        (blueprint, "Browser quiz", 7, 1, 1, "quiz learn", "2024-05-02T09:00:01.000+00:00")]
    assert answers == [
        (1, 1, "", ITEMS[0].family, 1, 4.0, ITEMS[0].letter),
        (1, 2, "", ITEMS[1].family, 1, 4.0, ITEMS[1].letter),
        (2, 1, "", ITEMS[0].family, 1, 4.0, ITEMS[0].letter)]
    shown = runner.invoke(cli, ["history", "--db", str(db)])
    assert blueprint[:15] in shown.output and "quiz learn" in shown.output


# -- accessibility -------------------------------------------------------------------------


def _axe_script() -> Path | None:
    given = os.environ.get("LOGICGEN_AXE")
    if given:
        return Path(given)
    local = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
    return local if local.is_file() else None


def _axe(page: Page, script: Path) -> list[str]:
    page.clock.resume()  # axe waits on timers, which the paused fake clock would hold
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=script.read_text(encoding="utf-8"))
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}: {v['nodes'][0]['target']})"
            for v in result["violations"]]


@SIZES
def test_axe_finds_no_violation(browser: Browser, tmp_path: Path,
                                viewport: dict[str, int]) -> None:
    script = _axe_script()
    if script is None:
        reason = ("axe-core is not installed (npm install --no-save axe-core, or set "
                  "LOGICGEN_AXE to its axe.min.js)")
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    mixed = ProblemSet(title="Mixed quiz", items=(*ITEMS[:4], *FIGURES.items), minutes=5,
                       form="A")
    q = Quiz(browser, tmp_path / "quiz.html", mixed, viewport=viewport)
    page = q.page
    assert _axe(page, script) == []  # the start panel
    page.click("#start-exam")
    q.choose(0, right=False)
    assert _axe(page, script) == []  # a question, an option chosen
    for _ in range(4):
        page.click("#next")
    assert _axe(page, script) == []  # a figure question
    q.page.evaluate("logicgenQuiz.finish()")
    page.click("#show-history")
    assert _axe(page, script) == []  # results and history
    # the injected script is not the page's: only the page's own requests count
    q.close()


def test_names_focus_and_contrast_checked_without_axe(browser: Browser, tmp_path: Path) -> None:
    """Checks written here, so that they run wherever the browser does."""
    mixed = ProblemSet(title="Mixed quiz", items=(*ITEMS[:4], *FIGURES.items), form="A")
    q = Quiz(browser, tmp_path / "quiz.html", mixed, viewport=PHONE)
    page = q.page
    page.click("#start-learn")
    nameless = page.evaluate("""() => Array.from(document.querySelectorAll('button'))
        .filter((b) => !(b.getAttribute('aria-label') || b.textContent.trim()))
        .map((b) => b.outerHTML.slice(0, 80))""")
    assert nameless == []
    unnamed = page.evaluate("""() => Array.from(document.querySelectorAll('main svg'))
        .filter((s) => s.getAttribute('role') !== 'img' || !s.getAttribute('aria-label'))
        .length""")
    assert unnamed == 0
    # a keyboard focus ring on the options
    page.keyboard.press("Tab")
    page.focus("#q1 button.option[data-i='0']")
    page.keyboard.press("ArrowRight")
    outline = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [s.outlineStyle, parseFloat(s.outlineWidth)]; }""")
    assert outline[0] != "none" and outline[1] >= 2
    # contrast of text against its background, for the page's text colours
    ratios = page.evaluate("""() => {
      const lum = (c) => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((x) => {
        x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
      const back = (el) => { for (; el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (!c.endsWith(', 0)') && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
      return Array.from(document.querySelectorAll('h1, h2, p, button, span, b, label, td, th'))
        .filter((el) => el.offsetParent !== null && el.textContent.trim() && !el.disabled)
        .map((el) => { const a = lum(getComputedStyle(el).color), b = lum(back(el));
          return [(Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), el.textContent.trim()
            .slice(0, 30)]; }); }""")
    low = [(round(r, 2), t) for r, t in ratios if r < 4.5]
    assert ratios and low == []
    q.close()
