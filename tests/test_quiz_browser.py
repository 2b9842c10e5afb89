"""The interactive quiz in a real browser: Debian's chromium, headless, driven by Playwright.

Each page is opened from a file with a fake clock (``page.clock``), so the
countdown and the end of time are checked without waiting. The expected
scores come from the items' keys in Python. The module is skipped, with the
reason, only when Playwright or the chromium binary is missing; .ci/run
installs both. ``LOGICGEN_CHROMIUM`` names another Chromium binary.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from logicgen import generate
from logicgen.answers import LETTERS, parse_number
from logicgen.item import Item
from logicgen.problemset import ProblemSet
from logicgen.render import quiz

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    pytest.skip("playwright is not installed (pip install -e '.[test]')", allow_module_level=True)

CHROMIUM = (os.environ.get("LOGICGEN_CHROMIUM") or shutil.which("chromium")
            or "/usr/bin/chromium")
if not os.path.exists(CHROMIUM):  # pragma: no cover - depends on the machine
    pytest.skip(f"no chromium browser at {CHROMIUM} (on Debian: apt-get install chromium; "
                "or set LOGICGEN_CHROMIUM)", allow_module_level=True)

# Headless and offline: no sandbox (CI runs as root), and none of the background
# traffic to Google hosts that a first start would begin.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions"]


def _items() -> tuple[Item, ...]:
    return (
        *generate("probability.dice", count=2, seed=5),                        # choice
        *generate("deduction.statements", count=1, seed=5),                    # true/false/unc.
        *generate("probability.dice", count=1, seed=6, format="numeric"),      # 61/216
        *generate("quant.percent", count=1, seed=2, format="numeric"),         # +62.5%
        *generate("deduction.coding", count=1, seed=2, format="numeric"),      # HSRK
        *generate("probability.expectation", count=1, seed=2, format="numeric"),  # $10.50
    )


ITEMS = _items()
EPOCH = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
SET = ProblemSet(title="Browser quiz", items=ITEMS, seed=5, minutes=5, form="A")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


class Quiz:
    """A quiz page opened from a file, recording script errors and every request."""

    def __init__(self, browser: Browser, path: Path, problem_set: ProblemSet = SET,
                 **options: Any) -> None:
        path.write_text(quiz.render(problem_set, **options), encoding="utf-8")
        self.items = problem_set.items
        self.page: Page = browser.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text)
                     if msg.type == "error" else None)
        self.page.on("request", lambda request: self.requests.append(request.url))
        # a clock that moves only when the test moves it
        self.page.clock.install(time=EPOCH)
        self.page.goto(path.as_uri())
        self.page.clock.pause_at(EPOCH + timedelta(seconds=1))

    def text(self, selector: str) -> str:
        return " ".join(self.page.inner_text(selector).split())

    def choose(self, k: int, right: bool) -> None:
        item = self.items[k]
        assert item.answer_index is not None
        i = item.answer_index if right else (item.answer_index + 1) % len(item.choices)
        self.page.click(f"#q{k + 1} button.option[data-i='{i}']")

    def type(self, k: int, text: str, *, enter: bool = False) -> None:
        selector = f"#q{k + 1} input.response"
        self.page.fill(selector, text)
        if enter:
            self.page.press(selector, "Enter")

    def tick(self, ms: int) -> None:
        self.page.clock.fast_forward(ms)

    def close(self) -> None:
        """Close the page; no script errors, and nothing was fetched but the file itself."""
        self.page.close()
        assert self.errors == []
        assert self.requests and all(url.startswith("file://") for url in self.requests), \
            self.requests


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


# -- taking the quiz -------------------------------------------------------------------------


def test_one_at_a_time_marked_at_the_end(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", mode="single", scoring="end")
    page = q.page
    assert page.is_hidden("#questions") and page.is_visible("#start-button")
    page.click("#start-button")
    assert q.text("#clock") == "5:00" and q.text("#where") == "Question 1 of 7"
    assert page.is_visible("#q1") and page.is_hidden("#q2")

    q.choose(0, right=False)
    q.choose(0, right=True)  # answers can be changed until the end
    assert page.get_attribute(f"#q1 button[data-i='{ITEMS[0].answer_index}']",
                              "aria-pressed") == "true"
    page.click("#next")
    q.choose(1, right=False)
    page.click("#next")
    assert page.is_visible("#q3") and page.is_hidden("#q1")
    page.keyboard.press(LETTERS[ITEMS[2].answer_index or 0].lower())  # option letter key
    page.click("#next")
    q.type(3, "0.28")  # 61/216 = 0.2824...: rounded to two places
    page.click("#next")
    q.type(4, wrong_text(ITEMS[4]))
    page.click("#palette button:nth-child(7)")  # jump to question 7; 6 stays unanswered
    q.type(6, "10.5")
    assert q.text("#progress") == "6 of 7 answered"
    assert page.get_attribute("#palette button:nth-child(7)", "aria-current") == "true"

    q.tick(61_000)
    assert q.text("#clock") == "3:59"
    page.click("#finish")
    assert "1 question is unanswered" in q.text("#confirm")
    page.click("#confirm-no")
    assert page.is_hidden("#confirm") and page.is_hidden("#results")
    page.click("#finish")
    page.click("#confirm-yes")

    right = [True, False, True, True, False, False, True]
    assert [ITEMS[2].check(LETTERS[ITEMS[2].answer_index or 0]), ITEMS[3].check("0.28"),
            ITEMS[6].check("10.5")] == [True, True, True]  # the keys, as Python grades them
    assert page.is_visible("#results")
    assert q.text("#score") == str(sum(right)) == "4"
    assert q.text("#percent") == "57"
    assert q.text("#reason") == "Finished with 3:59 left."
    _check_review(q, right, unanswered={5})
    q.close()


def test_all_on_one_page_marked_as_answered(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", mode="list", scoring="immediate")
    page = q.page
    page.click("#start-button")
    assert all(page.is_visible(f"#q{n}") for n in range(1, 8))
    assert page.is_hidden("#pager") and page.is_hidden("#palette")

    q.choose(0, right=False)
    letter = LETTERS[ITEMS[0].answer_index or 0]
    assert q.text("#q1 .feedback") == f"Wrong: the answer is {letter}."
    assert page.is_disabled("#q1 button.option[data-i='0']")  # locked once marked
    assert "correct" in (page.get_attribute(f"#q1 button[data-i='{ITEMS[0].answer_index}']",
                                            "class") or "")
    q.choose(1, right=True)
    assert q.text("#q2 .feedback") == "Right."
    assert q.text("#tally") == "1 right of 2 marked"
    q.type(3, "61/216", enter=True)
    assert q.text("#q4 .feedback") == "Right."
    assert page.get_attribute("#q4 input.response", "readonly") is not None
    q.type(4, "+62.5")  # the percent sign may be left out
    page.click("#q5 button.check")
    assert q.text("#q5 .feedback") == "Right."
    q.type(5, wrong_text(ITEMS[5]), enter=True)
    assert q.text("#q6 .feedback") == "Wrong: the answer is shown at the end."
    q.type(6, "$10.50")  # typed but not checked: still counts at the end
    assert q.text("#tally") == "3 right of 5 marked"

    page.click("#finish")
    assert "1 question is unanswered" in q.text("#confirm")
    page.click("#confirm-yes")
    right = [False, True, False, True, True, False, True]
    assert [ITEMS[4].check("+62.5"), ITEMS[6].check("$10.50")] == [True, True]
    assert q.text("#score") == str(sum(right)) == "4"
    _check_review(q, right, unanswered={2})
    q.close()


def test_time_running_out_ends_the_quiz(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", minutes=1)
    page = q.page
    page.click("#start-button")
    assert q.text("#clock") == "1:00"
    q.choose(0, right=True)
    page.click("#next")
    q.choose(1, right=True)
    q.tick(30_000)
    assert q.text("#clock") == "0:30"
    assert "low" in (page.get_attribute("#bar", "class") or "")
    assert page.is_hidden("#results")
    q.tick(30_500)
    assert page.is_visible("#results")
    assert q.text("#clock") == "0:00" and page.is_hidden("#confirm")
    assert q.text("#reason").startswith("Time is up")
    assert q.text("#score") == "2"
    assert page.is_hidden("#finish")
    _check_review(q, [True, True, False, False, False, False, False],
                  unanswered={2, 3, 4, 5, 6})
    q.close()


def test_untimed_quiz_counts_up(browser: Browser, tmp_path: Path) -> None:
    q = Quiz(browser, tmp_path / "quiz.html", minutes=0, mode="list")
    page = q.page
    page.click("#start-button")
    assert q.text("#bar").startswith("Time 0:00")
    q.tick(65_000)
    assert q.text("#clock") == "1:05"
    page.click("#finish")
    assert "7 questions are unanswered" in q.text("#confirm")
    page.click("#confirm-yes")
    assert q.text("#score") == "0" and q.text("#reason") == "Finished in 1:05."
    q.close()


def _check_review(q: Quiz, right: list[bool], unanswered: set[int]) -> None:
    """After the end: every question shown, marked, with its answer, explanation and code."""
    page = q.page
    assert page.is_hidden("#pager") and page.is_hidden("#palette")
    summary = q.text("#summary")
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
        assert " ".join(item.explanation.split()) in review
        assert item.code in review
        sign = "\u2713" if right[k] else "\u2013" if k in unanswered else "\u2717"
        assert f"{n}. {sign}" in summary
        if item.choices:
            correct = page.get_attribute(f"#q{n} button[data-i='{item.answer_index}']", "class")
            assert "correct" in (correct or "").split()
            assert page.is_disabled(f"#q{n} button[data-i='0']")
