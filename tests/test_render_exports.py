"""Exports: JSON/JSONL, Moodle XML, GIFT, and the text and Markdown printouts of a set."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

import pytest

from logicgen import InvalidParams, generate
from logicgen.item import TFU_CHOICES, Item
from logicgen.problemset import ProblemSet, load_items
from logicgen.render import BINARY, FORMATS, format_for_path, render, render_bytes
from logicgen.render.gift import escape as gift_escape

SPECIAL = "a ~ b = c # d { e } f : g \\ h < i & j"


def item(**fields: object) -> Item:
    base: dict[str, object] = {
        "code": "x.y-m1-0000000000", "family": "x.y", "difficulty": "medium", "score": 1.0,
        "format": "choice", "prompt": "p", "choices": ("1", "2", "3"), "answer": "2",
        "answer_index": 1, "explanation": "e", "data": {},
    }
    base.update(fields)
    return Item(**base)  # type: ignore[arg-type]


def mixed_set() -> ProblemSet:
    """Choice, true/false/uncertain, numeric and non-decimal free-response items."""
    items = (
        item(code="x.y-m1-0000000001", prompt=f"Pick one: {SPECIAL}\nSecond line",
             choices=(f"{SPECIAL} one", "two = 2", "{three}"), answer="two = 2", answer_index=1,
             explanation=f"Worked: {SPECIAL}\nStep two."),
        item(code="x.y-m1-0000000002", format="tfu", prompt="1. A\n2. B\n3. C",
             choices=TFU_CHOICES, answer="Uncertain", answer_index=2),
        item(code="x.y-m1-0000000003", format="numeric", prompt="How many?", choices=(),
             answer="42", answer_index=None, explanation="6 × 7 = 42."),
        item(code="x.y-m1-0000000004", format="numeric", prompt="Probability?", choices=(),
             answer="3/8", answer_index=None, explanation="3 of 8."),
        item(code="x.y-m1-0000000005", format="numeric", prompt="Change?", choices=(),
             answer="-2.5", answer_index=None, explanation="Down 2.5."),
    )
    return ProblemSet(title="Export / check: {x}", items=items, seed=77, form="B", minutes=3,
                      instructions=f"Read {SPECIAL}.", meta={"blueprint": "t", "forms": 2})


# -- JSON ---------------------------------------------------------------------------


def test_json_and_jsonl_round_trip() -> None:
    s = mixed_set()
    obj = json.loads(render(s, "json"))
    assert obj["schema"] == "logicgen.set/1"
    assert (obj["form"], obj["seed"], obj["minutes"], obj["meta"]) == ("B", 77, 3, s.meta)
    assert ProblemSet.from_dict(obj) == s
    assert ProblemSet.from_json(render(s, "json")) == s
    assert load_items(render(s, "json")) == list(s.items)
    lines = render(s, "jsonl").splitlines()
    assert len(lines) == len(s.items)
    assert [Item.from_json(line) for line in lines] == list(s.items)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "is not a 'logicgen.set/1' object"),
        ('{"schema": "logicgen.set/1", "title": "T"}', "field 'items' must be a list"),
        ('{"schema": "logicgen.set/1", "title": 3, "items": []}', "field 'title' must be text"),
        ('{"schema": "logicgen.set/1", "title": "T", "seed": "7", "items": []}',
         "field 'seed' must be an integer"),
        ('{"schema": "logicgen.set/1", "title": "T", "items": [{}]}', "set.json item 1: "),
        ("{", "set.json is not valid JSON"),
    ],
)
def test_malformed_set_json(text: str, message: str) -> None:
    from logicgen import InvalidItem

    with pytest.raises(InvalidItem, match=re.escape(message)):
        ProblemSet.from_json(text, "set.json")


# -- Moodle XML ---------------------------------------------------------------------


def _strip_html(text: str) -> str:
    return html.unescape(re.sub(r"<br>", "\n", re.sub(r"</p><p>", "\n\n", text)).replace(
        "<p>", "").replace("</p>", ""))


def test_moodle_xml_has_one_question_per_item_with_one_right_answer() -> None:
    s = mixed_set()
    text = render(s, "moodle")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "quiz"
    questions = root.findall("question")
    assert questions[0].get("type") == "category"
    category = questions[0].findtext("category/text")
    assert category == "$course$/top/logicgen/Export // check: {x} (form B, seed 77)"
    questions = questions[1:]
    assert len(questions) == len(s.items)
    types = [q.get("type") for q in questions]
    assert types == ["multichoice", "multichoice", "numerical", "shortanswer", "numerical"]
    for q, it in zip(questions, s.items):
        answers = q.findall("answer")
        right = [a for a in answers if a.get("fraction") == "100"]
        assert len(right) == 1
        assert all(a.get("fraction") in ("0", "100") for a in answers)
        assert q.findtext("idnumber") == it.code
        assert _strip_html(q.findtext("questiontext/text") or "") == it.prompt
        assert _strip_html(q.findtext("generalfeedback/text") or "") == it.explanation
        if it.choices:
            assert [html.unescape(a.findtext("text") or "") for a in answers] == list(it.choices)
            assert html.unescape(right[0].findtext("text") or "") == it.answer
            assert q.findtext("single") == "true" and q.findtext("shuffleanswers") == "false"
        else:
            assert right[0].findtext("text") == it.answer
    tfu = questions[1]
    assert [a.findtext("text") for a in tfu.findall("answer")] == list(TFU_CHOICES)
    assert questions[2].findtext("answer/tolerance") == "0"


def test_moodle_xml_from_generated_items() -> None:
    items = generate("sequence.number", count=5, seed=4) + generate(
        "sequence.number", count=3, seed=4, format="numeric")
    s = ProblemSet(title="Series", items=tuple(items), seed=4)
    root = ET.fromstring(render(s, "moodle").encode("utf-8"))
    questions = root.findall("question")[1:]
    assert [q.get("type") for q in questions] == ["multichoice"] * 5 + ["numerical"] * 3
    for q, it in zip(questions, items):
        (right,) = [a for a in q.findall("answer") if a.get("fraction") == "100"]
        assert html.unescape(right.findtext("text") or "") == it.answer


def test_moodle_xml_drops_characters_xml_cannot_hold() -> None:
    s = ProblemSet(title="T", items=(item(prompt="bell\x07 and tab\tok"),))
    root = ET.fromstring(render(s, "moodle").encode("utf-8"))
    assert "bell and tab\tok" in (root.findtext("question[2]/questiontext/text") or "")


# -- GIFT ---------------------------------------------------------------------------


def gift_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def split_unescaped(text: str, sep: str) -> list[str]:
    """Split at ``sep`` characters that are not backslash-escaped."""
    parts, current, i = [], "", 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            current += text[i:i + 2]
            i += 2
            continue
        if text[i] == sep:
            parts.append(current)
            current = ""
        else:
            current += text[i]
        i += 1
    parts.append(current)
    return parts


def parse_gift(text: str) -> list[dict[str, object]]:
    """A small GIFT reader for the subset the exporter writes."""
    blocks = [b for b in re.split(r"\n\s*\n", text) if "::" in b]
    out = []
    for block in blocks:
        lines = [line for line in block.splitlines() if not line.startswith("//")]
        body = "\n".join(lines)
        m = re.match(r"^::(.*?[^\\])::\[html\](.*)$", body, re.DOTALL)
        assert m, body
        name, rest = m.group(1), m.group(2)
        stem, tail = split_unescaped(rest, "{")[0], "{".join(split_unescaped(rest, "{")[1:])
        answers_part = split_unescaped(tail, "}")[0]
        rows = [r for r in answers_part.split("\n") if r]
        right = [gift_unescape(r[1:]) for r in rows if r.startswith("=")]
        wrong = [gift_unescape(r[1:]) for r in rows if r.startswith("~")]
        numeric = [r[1:] for r in rows if r.startswith("#") and not r.startswith("####")]
        feedback = [gift_unescape(r[4:]) for r in rows if r.startswith("####")]
        out.append({"name": gift_unescape(name), "stem": gift_unescape(stem), "right": right,
                    "wrong": wrong, "numeric": numeric, "feedback": feedback})
    return out


def test_gift_escapes_and_round_trips_special_characters() -> None:
    assert gift_escape(SPECIAL) == "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h < i & j"
    s = mixed_set()
    text = render(s, "gift")
    assert "$CATEGORY: $course$/top/logicgen/Export // check: {x} (form B, seed 77)" in text
    parsed = parse_gift(text)
    assert len(parsed) == len(s.items)
    for q, it in zip(parsed, s.items):
        assert _strip_html(str(q["stem"])) == it.prompt
        assert [_strip_html(f) for f in q["feedback"]] == [it.explanation]  # type: ignore[union-attr]
        if it.choices:
            assert [html.unescape(a) for a in q["right"]] == [it.answer]  # type: ignore[union-attr]
            assert sorted(html.unescape(a) for a in q["wrong"]) == sorted(  # type: ignore[union-attr]
                c for c in it.choices if c != it.answer)
        elif q["numeric"]:
            assert q["numeric"] == [it.answer]
        else:
            assert q["right"] == [it.answer]
    # Outside GIFT's own syntax, every special character is escaped.
    for line in text.splitlines():
        if line.startswith("::"):
            body = line.split("::[html]", 1)[1].removesuffix("{")
        elif line.startswith("####"):
            body = line[4:]
        elif line.startswith(("=", "~")):
            body = line[1:]
        else:
            continue
        assert not re.search(r"[~=#{}:]", re.sub(r"\\.", "", body)), line


def test_gift_question_types() -> None:
    parsed = parse_gift(render(mixed_set(), "gift"))
    assert parsed[1]["right"] == ["Uncertain"] and len(parsed[1]["wrong"]) == 2  # type: ignore[arg-type]
    assert parsed[2]["numeric"] == ["42"]
    assert parsed[3]["right"] == ["3/8"] and parsed[3]["numeric"] == []
    assert parsed[4]["numeric"] == ["-2.5"]


# -- text and Markdown, format table --------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_printouts_show_header_questions_and_key(fmt: str) -> None:
    s = mixed_set()
    out = render(s, fmt)
    assert "Form B" in out and "seed 77" in out and "3 minutes" in out
    key_at = out.index("Answer key")
    assert out.index("How many?") < key_at
    assert "Answer key" not in render(s, fmt, key=False)
    key_only = render(s, fmt, questions=False)
    assert "How many?" not in key_only and "Answer key" in key_only


def test_every_format_is_deterministic_bytes() -> None:
    s = mixed_set()
    for fmt in FORMATS:
        if fmt == "pdf":
            continue  # compared in test_render_pdf.py
        assert render_bytes(s, fmt) == render_bytes(mixed_set(), fmt), fmt
        if fmt not in BINARY:
            assert render_bytes(s, fmt).decode("utf-8") == render(s, fmt)


def test_format_errors() -> None:
    with pytest.raises(InvalidParams, match=r'format must be one of text, markdown, .* \(got "doc"\)'):
        render(mixed_set(), "doc")
    with pytest.raises(InvalidParams, match=r"binary; use render_bytes"):
        render(mixed_set(), "pdf")
    with pytest.raises(InvalidParams, match=r"needs the questions, the key or both"):
        render(mixed_set(), "text", key=False, questions=False)


@pytest.mark.parametrize(
    ("path", "fmt"),
    [("a.pdf", "pdf"), ("a.HTML", "html"), ("a.htm", "html"), ("a.md", "markdown"),
     ("a.txt", "text"), ("a.json", "json"), ("a.jsonl", "jsonl"), ("a.xml", "moodle"),
     ("a.gift", "gift"), ("a.docx", None), ("noext", None)],
)
def test_format_for_path(path: str, fmt: str | None) -> None:
    assert format_for_path(path) == fmt
