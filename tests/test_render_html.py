"""The HTML page: well formed, self-contained, every text escaped, same content as the PDF."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from logicgen import generate
from logicgen.item import TFU_CHOICES, Item
from logicgen.problemset import ProblemSet
from logicgen.render import render

VOID = {"meta", "br", "link", "img", "input", "hr"}
ALLOWED = {"html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1",
           "h2", "p", "div", "span", "b", "ol", "li", "br", "table", "tr", "th", "td"}
EVIL = "<script>alert('x')</script> & <b>not bold</b> &amp; \"quotes\""


class Page(HTMLParser):
    """Collects tags, checks nesting, and keeps the text outside <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1] != "style":
            self.text.append(data)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def evil_set() -> ProblemSet:
    items = (
        Item(code="x.y-m1-0000000000", family="x.y", difficulty="medium", score=1.0,
             format="choice", prompt=f"Line one {EVIL}\nLine two", choices=(EVIL, "<i>", "a&b"),
             answer="<i>", answer_index=1, explanation=f"Because {EVIL}.", data={}),
        Item(code="x.y-m1-0000000001", family="x.y", difficulty="hard", score=2.0, format="tfu",
             prompt="1. A < B\n2. B < C\n3. A < C", choices=TFU_CHOICES, answer="True",
             answer_index=0, explanation="A < B < C.", data={}),
        Item(code="x.y-m1-0000000002", family="x.y", difficulty="easy", score=0.5,
             format="numeric", prompt="How much is 1 & 2?", choices=(), answer="3",
             answer_index=None, explanation="1 + 2 = 3.", data={}),
    )
    return ProblemSet(title=f"Title {EVIL}", items=items, seed=3, instructions=EVIL, minutes=4,
                      form="B")


def test_html_parses_and_escapes_every_input() -> None:
    s = evil_set()
    page = render(s, "html")
    parsed = parse(page)
    assert set(parsed.tags) <= ALLOWED, set(parsed.tags) - ALLOWED
    assert "script" not in parsed.tags and "i" not in parsed.tags
    # Bold is only ours: option letters, and in the key the numbers (summary table and
    # entries) and answer letters; the "<b>" inside the input never becomes a tag.
    options = sum(len(i.choices) for i in s.items)
    letters = sum(1 for i in s.items if i.letter)
    assert parsed.tags.count("b") == options + 2 * len(s.items) + letters
    text = "".join(parsed.text)
    # The raw input comes back as text, exactly.
    assert text.count(EVIL) >= 4  # title (twice: <title> and <h1>), instructions, prompt, ...
    assert "a&b" in text and "1 & 2" in text and "A < B" in text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_html_is_self_contained_with_print_rules() -> None:
    page = render(evil_set(), "html")
    lower = page.lower()
    for needle in ("http://", "https://", "src=", "<link", "@import", "url("):
        assert needle not in lower
    assert "@media print" in page and "break-before: page" in page
    assert "break-inside: avoid" in page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_html_holds_questions_then_key() -> None:
    items = tuple(generate("sequence.number", count=6, seed=12)) + tuple(
        generate("sequence.letter", count=2, seed=12, format="numeric"))
    s = ProblemSet(title="Series", items=items, seed=12, minutes=5, form="A")
    page = render(s, "html")
    parsed = parse(page)
    text = "".join(parsed.text)
    key_at = text.index("Answer key")
    for number, item in enumerate(items, 1):
        assert f'id="q{number}"' in page and f'id="k{number}"' in page
        first = item.prompt.splitlines()[0]
        assert text.index(first) < key_at
        assert item.code in text[:key_at] and item.code in text[key_at:]
        for choice in item.choices:
            assert html.escape(choice) in page
        head = f"{number}. {item.letter}. {item.answer}" if item.letter else f"{number}. {item.answer}"
        assert head in " ".join(text[key_at:].split())
    assert 'class="series"' in page  # series terms drawn as cells
    assert "Name" in text and "Score" in text and f"/ {len(items)}" in text


@pytest.mark.parametrize(("key", "questions"), [(False, True), (True, False)])
def test_html_without_key_or_questions(key: bool, questions: bool) -> None:
    s = evil_set()
    parsed = parse(render(s, "html", key=key, questions=questions))
    text = "".join(parsed.text)
    assert ("Answer key" in text) is key
    assert ("Line two" in text) is questions
    assert ("Score" in text) is questions


def test_html_is_deterministic() -> None:
    assert render(evil_set(), "html") == render(evil_set(), "html")
