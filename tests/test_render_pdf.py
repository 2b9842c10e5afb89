"""The PDF renderer: content read back with pypdf, layout rules, identical bytes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from logicgen import registry
from logicgen.blueprint import build_set
from logicgen.item import Item
from logicgen.problemset import ProblemSet
from logicgen.render import render_bytes

EXAMPLES = Path(__file__).parents[1] / "examples"
BLUEPRINT = """\
title = "PDF check"
instructions = "Answer every question. Letters wrap from Z to A."
minutes = 9
forms = 2
shuffle_questions = true

[[sections]]
family = "sequence.number"
count = 6
difficulty = { easy = 0.3, medium = 0.5, hard = 0.2 }

[[sections]]
family = "sequence.letter"
count = 3

[[sections]]
family = "sequence.number"
count = 2
params = { format = "numeric" }

[[sections]]
family = "puzzle.clock"
count = 3
"""


@pytest.fixture()
def blueprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    registry.load()
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    monkeypatch.syspath_prepend(str(EXAMPLES))
    monkeypatch.delitem(sys.modules, "custom_family", raising=False)
    import custom_family  # noqa: F401  (registers the example family puzzle.clock)

    monkeypatch.delitem(sys.modules, "custom_family", raising=False)
    path = tmp_path / "check.toml"
    path.write_text(BLUEPRINT, encoding="utf-8")
    return path


def pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def squash(text: str) -> str:
    """Text without any whitespace: line wrapping in the PDF does not matter."""
    return "".join(text.split())


def prompt_pieces(item: Item) -> list[str]:
    """The visible pieces of a prompt: its lines, with series terms as separate pieces."""
    pieces = []
    for line in item.prompt.splitlines():
        if not line.strip():
            continue
        if item.family.startswith("sequence.") and line.count(",") >= 3:
            pieces.append(squash(line.replace(",", " ")))
        else:
            pieces.append(squash(line))
    return pieces


def test_pdf_holds_every_question_then_the_key(blueprint: Path) -> None:
    s = build_set(blueprint, seed=21)
    pdf = render_bytes(s, "pdf")
    assert pdf.startswith(b"%PDF-")
    texts = pages(pdf)
    key_page = next(i for i, t in enumerate(texts) if "Answer key" in t)
    assert key_page >= 1
    questions = squash("".join(texts[:key_page]))
    key = squash("".join(texts[key_page:]))
    first = texts[0]
    for fact in ("PDF check", "Form A", "seed 21", "14 questions", "9 minutes", "Name", "Score"):
        assert fact in first
    # Every question, numbered 1..N in order, with its options and code.
    at = 0
    for number, item in enumerate(s.items, 1):
        at = questions.index(f"{number}.", at)
        for piece in prompt_pieces(item):
            assert piece in questions, (number, piece)
        for letter, choice in zip("ABCDEFGH", item.choices):
            assert f"{letter}.{squash(choice)}" in questions
        assert item.code in questions
    # Nothing of the key shows before the key page.
    assert not any(squash(i.explanation.splitlines()[0]) in questions for i in s.items)
    # The key agrees with the set's JSON.
    data = json.loads(s.to_json())
    at = 0
    for number, obj in enumerate(data["items"], 1):
        letter = "ABCDEFGH"[obj["answer_index"]] + "." if obj["answer_index"] is not None else ""
        at = key.index(f"{number}.{letter}{squash(obj['answer'])}", at)
        assert squash(obj["explanation"].splitlines()[-1]) in key


def test_no_key_and_key_only(blueprint: Path) -> None:
    s = build_set(blueprint, seed=21)
    questions_only = "".join(pages(render_bytes(s, "pdf", key=False)))
    assert "Answer key" not in questions_only
    assert squash(s.items[0].prompt.splitlines()[0]) in squash(questions_only)
    key_only = pages(render_bytes(s, "pdf", questions=False))
    assert "Answer key" in key_only[0]
    assert "Name" not in key_only[0]
    assert squash(s.items[0].prompt.splitlines()[0]) not in squash("".join(key_only))


def test_same_inputs_give_identical_bytes(blueprint: Path, tmp_path: Path) -> None:
    a = render_bytes(build_set(blueprint, seed=5), "pdf")
    b = render_bytes(build_set(blueprint, seed=5), "pdf")
    assert a == b
    # Another process (fresh fonts, fresh compiler) gives the same bytes too.
    script = (
        "import sys, custom_family; from logicgen.blueprint import build_set; "
        "from logicgen.render import render_bytes; "
        f"sys.stdout.buffer.write(render_bytes(build_set({str(blueprint)!r}, seed=5), 'pdf'))"
    )
    env_path = str(EXAMPLES)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                         env={**__import__("os").environ, "PYTHONPATH": env_path}).stdout
    assert out == a
    assert render_bytes(build_set(blueprint, seed=6), "pdf") != a
    assert render_bytes(build_set(blueprint, seed=5, form="B"), "pdf") != a
    assert b"CreationDate" not in a


def test_text_is_never_read_as_markup() -> None:
    tricky = (
        "Symbols: √2 ≤ x × ½ → ¬(p ∧ q) ∨ r ≥ ≠ − “quoted” …\n"
        "Markup: *bold* _em_ #let x = 1 $math$ @ref <label> [brackets] \\ back\\slash "
        "`code` // not a comment /* nor this */"
    )
    item = Item(
        code="x.y-m1-0000000000", family="x.y", difficulty="medium", score=1.0, format="choice",
        prompt=tricky, choices=("√2 ≤ ½", "#x", "$5", "*a*", "= ~ { } :"), answer="#x",
        answer_index=1, explanation="¬(p ∧ q) ⇔ ¬p ∨ ¬q; 3 × ½ = 1½ → done. #set text(red)",
        data={},
    )
    s = ProblemSet(title="T #1 *x* $y$", items=(item,), seed=1, instructions="<b>bold</b> _x_",
                   minutes=5, form="A")
    text = squash("".join(pages(render_bytes(s, "pdf"))))
    for piece in [*tricky.splitlines(), *item.choices, item.explanation, s.title,
                  s.instructions]:
        assert squash(piece) in text, piece


def test_long_set_never_splits_a_question(blueprint: Path) -> None:
    # Each question is one unbreakable block: its number and its code land on one page
    # (the teacher's copy, with the key: handouts carry no codes).
    s = build_set(blueprint, seed=8)
    s = ProblemSet(title=s.title, items=s.items * 3, seed=s.seed, form=s.form)
    texts = pages(render_bytes(s, "pdf"))
    assert len(texts) >= 3
    for number, item in enumerate(s.items, 1):
        on = [i for i, t in enumerate(texts) if re.search(rf"(?m)^{number}\. ", t)]
        assert on, number
        assert item.code in texts[on[0]], number
