"""The interactive quiz page without a browser: structure, self-containedness, a hidden key.

tests/test_quiz_browser.py drives the same pages in headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from logicgen import InvalidParams, generate
from logicgen.cli import cli
from logicgen.item import TFU_CHOICES, Item
from logicgen.problemset import ProblemSet
from logicgen.render import quiz, render
from logicgen.render.quiz import accepted_tokens, page_salt, seal, token_hash, unseal

EVIL = "<script>alert('x')</script> & <b>not bold</b> \"quotes\" </script>"
VOID = {"meta", "br", "input"}


def item(n: int, **fields: Any) -> Item:
    base: dict[str, Any] = {
        "code": f"x.y-m1-000000000{n}", "family": "x.y", "difficulty": "medium", "score": 1.0,
        "format": "choice", "prompt": f"Question {n}?", "choices": ("10", "20", "30", "40"),
        "answer": "30", "answer_index": 2, "explanation": f"Worked solution number {n}.",
        "data": {},
    }
    base.update(fields)
    return Item(**base)


def sample_set(minutes: float | None = 4) -> ProblemSet:
    items = (
        item(1, prompt=f"Pick one: {EVIL}\nSecond line", choices=(EVIL, "<i>", "a&b"),
             answer="<i>", answer_index=1, explanation=f"Because {EVIL}, it is the tag."),
        item(2, format="tfu", choices=TFU_CHOICES, answer="Uncertain", answer_index=2,
             explanation="Nothing links the two premises."),
        item(3, format="numeric", choices=(), answer="4711", answer_index=None,
             explanation="Adding the parts gives the total."),
        item(4, format="numeric", choices=(), answer="37.5%", answer_index=None,
             explanation="Three eighths as a percentage."),
        item(5, format="numeric", choices=(), answer="Zebra crossing", answer_index=None,
             explanation="The code shifts each letter."),
    )
    return ProblemSet(title=f"Quiz {EVIL}", items=items, seed=987654, form="B", minutes=minutes,
                      instructions=f"Read {EVIL} carefully.")


class Page(HTMLParser):
    """Tags with their attributes, nesting checked; text outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "script":
            self.scripts.append((self.tags[-1][1], data))
        elif not self.stack or self.stack[-1] != "style":
            self.text.append(data)

    def ids(self) -> dict[str, tuple[str, dict[str, str | None]]]:
        return {str(a["id"]): (t, a) for t, a in self.tags if a.get("id")}


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def config(page: str) -> dict[str, Any]:
    data = [text for attrs, text in parse(page).scripts if attrs.get("type") == "application/json"]
    assert len(data) == 1
    obj: dict[str, Any] = json.loads(data[0])
    return obj


def outside_data(page: str) -> str:
    """The page without its data block."""
    return re.sub(r'<script type="application/json" id="quiz-data">.*?</script>', "", page,
                  flags=re.DOTALL)


# -- structure --------------------------------------------------------------------------


def test_quiz_is_a_render_format() -> None:
    s = sample_set()
    assert render(s, "quiz") == quiz.render(s)


def test_structure_questions_options_and_controls() -> None:
    s = sample_set()
    page = quiz.render(s)
    parsed = parse(page)
    ids = parsed.ids()
    for control in ("start-exam", "start-learn", "bar", "clock", "finish", "confirm", "results",
                    "score", "times", "by-area", "by-family", "export", "history",
                    "history-button", "history-export", "questions", "pager", "prev", "next",
                    "palette", "quiz-data"):
        assert control in ids, control
    for n in range(1, len(s.items) + 1):
        assert ids[f"q{n}"][0] == "section"
    buttons = [a for t, a in parsed.tags if t == "button" and "option" in (a.get("class") or "")]
    assert [b["data-i"] for b in buttons] == ["0", "1", "2", "0", "1", "2"]
    assert all(b["aria-pressed"] == "false" for b in buttons)
    inputs = [a for t, a in parsed.tags if t == "input"]
    assert len(inputs) == 3 and all(a["class"] == "response" for a in inputs)
    # before Start nothing of the quiz shows but the start panel
    for hidden in ("bar", "questions", "results", "pager", "palette", "confirm", "history"):
        assert "hidden" in ids[hidden][1], hidden
    assert "hidden" not in ids["start"][1]
    # the palette has one button per question
    labels = [a.get("aria-label") for t, a in parsed.tags if t == "button"]
    assert [x for x in labels if x and x.startswith("Question")] == [
        f"Question {n}" for n in range(1, 6)]
    text = "".join(parsed.text)
    assert f"Form B · 5 questions · 4 minutes · sheet {s.sheet_id}" in text
    assert [len(parsed.scripts), sum(1 for t, _ in parsed.tags if t == "script")] == [2, 2]


def test_config_holds_hashes_and_seals_only() -> None:
    s = sample_set()
    cfg = config(quiz.render(s, mode="list", scoring="immediate", minutes=2.5))
    assert (cfg["mode"], cfg["scoring"], cfg["seconds"]) == ("list", "immediate", 150)
    assert set(cfg) == {"salt", "mode", "scoring", "seconds", "items", "sheet"}
    assert cfg["sheet"] == s.sheet_id
    assert [i["n"] for i in cfg["items"]] == [1, 2, 3, 4, 5]
    for data, it in zip(cfg["items"], s.items):
        expected = {"n", "kind", "hashes", "seal", "family", "area", "difficulty",
                    "options" if it.choices else "percent"}
        assert set(data) == expected
        assert (data["family"], data["area"], data["difficulty"]) == ("x.y", "x", "medium")
        assert all(re.fullmatch(r"[0-9a-f]{16}", h) for h in data["hashes"])
        assert data["hashes"] == sorted(data["hashes"])
        assert re.fullmatch(r"[A-Za-z0-9+/]+=*", data["seal"])
    assert [d.get("percent") for d in cfg["items"]] == [None, None, False, True, False]
    assert [d.get("options") for d in cfg["items"]] == [3, 3, None, None, None]


@pytest.mark.parametrize(("mode", "hidden"), [("single", True), ("list", False)])
def test_modes(mode: str, hidden: bool) -> None:
    ids = parse(quiz.render(sample_set(), mode=mode)).ids()
    assert all(("hidden" in ids[f"q{n}"][1]) is hidden for n in range(1, 6))


def test_immediate_scoring_has_check_buttons_for_free_responses() -> None:
    end = parse(quiz.render(sample_set(), scoring="end"))
    now = parse(quiz.render(sample_set(), scoring="immediate"))

    def checks(p: Page) -> int:
        return sum(1 for t, a in p.tags if t == "button" and a.get("class") == "check")

    assert (checks(end), checks(now)) == (0, 3)


@pytest.mark.parametrize(
    ("minutes", "shown", "seconds", "words"),
    [(None, "4:00", 240, "4 minutes"), (0, "0:00", None, "no time limit"),
     (0.5, "0:30", 30, "0.5 minutes"), (1, "1:00", 60, "1 minute"),
     (90, "1:30:00", 5400, "90 minutes")],
)
def test_time_limit(minutes: float | None, shown: str, seconds: int | None, words: str) -> None:
    page = quiz.render(sample_set(), minutes=minutes)
    assert f'id="clock" role="timer">{shown}</span>' in page
    assert config(page)["seconds"] == seconds
    assert words in "".join(parse(page).text)


def test_untimed_set_gets_a_running_clock() -> None:
    page = quiz.render(sample_set(minutes=None))
    assert config(page)["seconds"] is None and "no time limit" in page
    assert '<span id="clock-label">Time</span> <span class="clock" id="clock" ' in page


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"mode": "pages"}, r'mode must be one of single, list \(got "pages"\)'),
     ({"scoring": "later"}, r'scoring must be one of immediate, end \(got "later"\)'),
     ({"minutes": -1}, r"minutes must be between 0 and 1440 \(got -1\)"),
     ({"minutes": 1441}, r"minutes must be between 0 and 1440 \(got 1441\)"),
     ({"minutes": float("nan")}, r"minutes must be between 0 and 1440 \(got nan\)"),
     ({"minutes": True}, r"minutes must be between 0 and 1440 \(got True\)"),
     ({"minutes": "5"}, r'minutes must be between 0 and 1440 \(got "5"\)')],
)
def test_bad_options(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidParams, match=message):
        quiz.render(sample_set(), **kwargs)


# -- self-contained and escaped -----------------------------------------------------------


def test_self_contained() -> None:
    page = quiz.render(sample_set()).lower()
    for needle in ("http://", "https://", "src=", "href=\"", "<link", "@import", "url(",
                   "fetch(", "xmlhttprequest", "websocket", "import(", "sendbeacon"):
        assert needle not in page, needle
    assert page.startswith("<!doctype html>") and '<meta charset="utf-8">' in page


def test_every_input_is_escaped() -> None:
    page = quiz.render(sample_set())
    parsed = parse(page)
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "main", "section",
               "h1", "h2", "h3", "p", "div", "span", "b", "ol", "li", "br", "table", "button",
               "label", "input", "nav", "noscript", "script", "code"}
    assert {t for t, _ in parsed.tags} <= allowed
    text = "".join(parsed.text)
    assert text.count(EVIL) >= 5  # <title>, <h1>, instructions, prompt, option
    assert "a&b" in text and "<i>" in text
    assert "alert(" not in "".join(s for _, s in parsed.scripts)
    assert page.count("</script>") == 2


# -- the key is not in the page as text ----------------------------------------------------


def test_no_explanation_code_seed_or_free_answer_in_the_page() -> None:
    s = sample_set()
    page = quiz.render(s)
    text = "".join(parse(page).text)
    for it in s.items:
        assert it.explanation not in page and it.code not in page
        assert it.explanation.split(",")[0] not in page
    assert "987654" not in page
    assert "37.5" not in text
    for answer in ("4711", "Zebra crossing", "zebra"):
        assert answer not in text and answer.lower() not in outside_data(page).lower()
    # and in the data block nothing but hex hashes and base64 seals
    raw = json.dumps(config(page))
    for answer in ("4711", "37.5%", "Zebra", "Uncertain", "<i>"):
        assert answer not in raw


def test_question_markup_does_not_depend_on_the_key() -> None:
    """Two sets that differ only in which option is right give the same page but for the data."""
    a = quiz.render(ProblemSet(title="T", items=(item(1, answer="10", answer_index=0),)))
    b = quiz.render(ProblemSet(title="T", items=(item(1, answer="40", answer_index=3),)))
    assert outside_data(a) == outside_data(b)
    assert config(a)["items"][0]["hashes"] != config(b)["items"][0]["hashes"]


def test_hashes_follow_the_documented_scheme() -> None:
    """Recomputed here with hashlib from the scheme in the module docstring, not the module."""
    s = sample_set()
    cfg = config(quiz.render(s))
    salt = cfg["salt"]
    assert salt == hashlib.sha256(
        "|".join(["logicgen-quiz/1", "salt", s.title, *(i.code for i in s.items)]).encode()
    ).hexdigest()[:32]

    def h(n: int, token: str) -> str:
        return hashlib.sha256(f"logicgen-quiz/1|hash|{salt}|{n}|{token}".encode()).hexdigest()[:16]

    hashes = [set(d["hashes"]) for d in cfg["items"]]
    assert hashes[0] == {h(1, "c:1")} and h(1, "c:0") not in hashes[0]
    assert hashes[1] == {h(2, "c:2")}
    assert h(3, "x:4711/1") in hashes[2] and h(3, "r:2:471100") in hashes[2]
    assert h(3, "x:4710/1") not in hashes[2]
    assert h(4, "x:3/8") in hashes[3] and h(4, "r:2:38") in hashes[3]
    assert h(4, "r:2:37") not in hashes[3]
    assert hashes[4] == {h(5, "t:zebra crossing")}


def test_seal_opens_only_with_the_right_token() -> None:
    s = sample_set()
    cfg = config(quiz.render(s))
    salt = cfg["salt"]
    first = cfg["items"][0]
    opened = unseal(salt, 1, "c:1", first["seal"])
    # the answer, the method line (for now the explanation's first line) and the
    # explanation; never the item code
    assert opened == {"answer": "<i>", "letter": "B", "explanation": s.items[0].explanation,
                      "method": s.items[0].explanation}
    for wrong in ("c:0", "c:2"):
        with pytest.raises(ValueError):  # not UTF-8 JSON under another key
            unseal(salt, 1, wrong, first["seal"])
    free = unseal(salt, 3, "seal", cfg["items"][2]["seal"])
    assert (free["answer"], free["letter"]) == ("4711", None)
    # the keystream by hand: SHA-256(key || counter) blocks, key from the documented string
    key = hashlib.sha256(f"logicgen-quiz/1|key|{salt}|1|c:1".encode()).digest()
    data = base64.b64decode(first["seal"])
    stream = b"".join(hashlib.sha256(key + i.to_bytes(4, "big")).digest() for i in range(40))
    assert json.loads(bytes(x ^ y for x, y in zip(data, stream)))["letter"] == "B"


def test_seals_hold_no_item_code() -> None:
    items = tuple(generate("probability.dice", count=2, seed=3)) + tuple(
        generate("quant.percent", count=1, seed=3, format="numeric"))
    s = ProblemSet(title="Codes", items=items, seed=3)
    cfg = config(quiz.render(s))
    for data, it in zip(cfg["items"], items):
        token = f"c:{it.answer_index}" if it.choices else "seal"
        payload = unseal(cfg["salt"], data["n"], token, data["seal"])
        assert set(payload) == {"answer", "letter", "method", "explanation"}
        assert "Method: " + payload["method"] == it.explanation.split("\n")[0].strip()
        assert it.code not in json.dumps(payload) and it.code.split("-")[-1] not in payload


def test_seal_round_trip_with_unicode() -> None:
    payload = {"explanation": "π ≈ 3.14 — “quoted” — 日本", "n": [1, 2]}
    assert unseal("ab", 7, "seal", seal("ab", 7, "seal", payload)) == payload
    assert token_hash("ab", 1, "c:0") != token_hash("ac", 1, "c:0")
    assert page_salt(["T", "a"]) != page_salt(["T", "b"])


def test_real_items_keep_their_explanations_out() -> None:
    items = tuple(generate("probability.dice", count=3, seed=8)) + tuple(
        generate("deduction.syllogism", count=3, seed=8)) + tuple(
        generate("quant.percent", count=2, seed=8, format="numeric"))
    s = ProblemSet(title="Mixed", items=items, seed=8, minutes=6)
    page = quiz.render(s)
    raw = json.dumps(config(page))
    for it in items:
        assert it.code not in page and it.code.split("-")[-1] not in page
        assert "seed" not in raw
        for line in it.explanation.splitlines():
            if len(line) > 20:
                assert line not in page, line


# -- tokens agree with Item.check -------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "right", "wrong"),
    [
        ("1/3", ["0.33", "0.333", "0.3333", "33.33%", "1/3"], ["0.3", "0.34", "0.330", "33%"]),
        ("0.375", ["0.38", "0.375", "3/8", "37.5%"], ["0.37", "0.4"]),
        ("0.125", ["0.12", "0.13", "0.125"], ["0.1", "0.11"]),  # tie: half even and half up
        ("-2.5", ["-2.50", "-5/2", "−2.5"], ["2.5", "-2.4"]),
        ("37.5%", ["37.5%", "0.375", "37.5", "37.50", "0.38"], ["38%", "0.37", "37"]),
        ("2,520", ["2520", "2,520", "2520.00"], ["2521", "252"]),
    ],
)
def test_accepted_tokens_match_item_check(answer: str, right: list[str], wrong: list[str]) -> None:
    """Every response Item.check accepts yields an accepted token, by a hand-made reading."""
    it = item(1, format="numeric", choices=(), answer=answer, answer_index=None)
    tokens = set(accepted_tokens(it))
    for response in right:
        assert it.check(response), response
        assert _tokens(response, answer.endswith("%")) & tokens, response
    for response in wrong:
        assert not it.check(response), response
        assert not _tokens(response, answer.endswith("%")) & tokens, response


def _tokens(response: str, percent_answer: bool) -> set[str]:
    """Tokens of a plain decimal/fraction/percent response, worked out here independently."""
    text = response.strip().replace("−", "-").replace(",", "")
    pct = text.endswith("%")
    body = text.rstrip("%")
    value = Fraction(body) / (100 if pct else 1)
    out = {f"x:{value.numerator}/{value.denominator}"}
    candidates = [(value, 2 if pct else 0)]
    if percent_answer and not pct:
        candidates.append((value / 100, 2))
        out.add(f"x:{(value / 100).numerator}/{(value / 100).denominator}")
    if "." in body:
        for v, extra in candidates:
            places = len(body.split(".")[1]) + extra
            scaled = v * 10**places
            if places >= 2 and scaled.denominator == 1:
                out.add(f"r:{places}:{scaled.numerator}")
    return out


def test_text_answer_tokens_fold_case_space_and_full_stop() -> None:
    it = item(1, format="numeric", choices=(), answer="  House 2:  Ana, RED. ",
              answer_index=None)
    assert accepted_tokens(it) == ["t:house 2: ana, red"]


# -- figures: drawn options ------------------------------------------------------------------


def test_drawn_options_show_their_svg(monkeypatch: pytest.MonkeyPatch) -> None:
    svg = '<svg class="panel" viewBox="0 0 100 100"><circle cx="50" cy="50" r="9"/></svg>'
    real = quiz.document

    def with_svgs(problem_set: ProblemSet) -> dict[str, Any]:
        doc = real(problem_set)
        doc["items"][0]["option_svgs"] = [svg.replace("9", str(9 + i)) for i in range(4)]
        return doc

    monkeypatch.setattr(quiz, "document", with_svgs)
    page = quiz.render(ProblemSet(title="T", items=(item(1, choices=("big <o>", "b", "c", "d")),)))
    parsed = parse(page)
    buttons = [a for t, a in parsed.tags if t == "button" and "option" in (a.get("class") or "")]
    assert [b["aria-label"] for b in buttons] == ["A. big <o>", "B. b", "C. c", "D. d"]
    assert page.count('<svg class="panel"') == 4 and 'r="12"' in page
    assert 'class="options figures"' in page


# -- the command line ---------------------------------------------------------------------------


def test_cli_builds_a_quiz(tmp_path: Path) -> None:
    out = tmp_path / "quiz.html"
    result = CliRunner().invoke(cli, ["build", "quick-10", "-s", "3", "-f", "quiz", "-o", str(out),
                                      "--quiz-mode", "list", "--scoring", "immediate",
                                      "--minutes", "2"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    cfg = config(page)
    assert (cfg["mode"], cfg["scoring"], cfg["seconds"], len(cfg["items"])) == (
        "list", "immediate", 120, 10)
    assert "seed 3" in result.stderr and "10 questions written" in result.stderr
    default = CliRunner().invoke(cli, ["build", "quick-10", "-s", "3", "-f", "quiz"])
    cfg = config(default.stdout)
    assert (cfg["mode"], cfg["scoring"], cfg["seconds"]) == ("single", "immediate", 300)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["-o", "x.html", "--scoring", "immediate"], "--scoring applies to -f quiz output (got -f html)"),
     (["-f", "text", "--quiz-mode", "list"], "--quiz-mode applies to -f quiz output (got -f text)"),
     (["-f", "quiz", "--minutes", "-2"], "minutes must be between 0 and 1440 (got -2.0)"),
     (["-f", "quiz", "--no-key"], "--no-key applies to pdf, html, markdown, text output")],
)
def test_cli_quiz_errors(tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("x.html", str(tmp_path / "x.html")) for a in args]
    result = CliRunner().invoke(cli, ["build", "quick-10", "-s", "3", *args])
    assert result.exit_code == 2 and message in result.output, result.output
    assert not (tmp_path / "x.html").exists()


def test_deterministic() -> None:
    assert quiz.render(sample_set()) == quiz.render(sample_set())
    other = sample_set()
    changed = ProblemSet(title=other.title, items=other.items[:4], minutes=4)
    assert config(quiz.render(changed))["salt"] != config(quiz.render(other))["salt"]


def test_logic_test_quiz_stays_under_300_kb() -> None:
    from logicgen.blueprint import build_set

    page = quiz.render(build_set("logic-test", seed=42))
    assert len(page.encode("utf-8")) < 300_000
