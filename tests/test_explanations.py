"""Every explanation ends on the key and never calls the key wrong (whole registry).

"Names the key", by format:

* the key's text appears in the last line, as a whole (not inside a longer
  number or word), with minus signs written either way; or
* for an item with options, the last line is ``Answer: X.`` where X is the key's
  letter (figure families, whose options are pictures described at length).

"Calls the key wrong": a line that names a wrong answer names the key. The
explanations name wrong answers in these shapes, each matched below:
``Common mistake: ... gives V.``; ``Answering "V" would read the relation
backwards``; ``“V” is false`` / ``does not follow`` / ``must be false`` / ``is
not settled`` / ``is the converse`` / ``is the inverse``; and, for options
described by letter, ``Option X has ...`` or ``X: ...`` in a list introduced
by "... wrong:".
A named value is the key when it is the key's text or grades as the key
(``Item.check``: ``0.5`` is ``1/2``).
"""

from __future__ import annotations

import re

import pytest

import logicgen
from logicgen import registry
from logicgen.item import Item

LETTERS = "ABCDEFGH"

WRONG_PATTERNS = (
    re.compile(r"^Common mistake: .* gives (?P<v>.+)\.$"),
    re.compile(r"Answering \"(?P<v>[^\"]+)\" would read the relation backwards"),
    re.compile(r"\u201c(?P<v>[^\u201d]+)\u201d (?:is false|does not follow|must be false"
               r"|is not settled|is the converse|is the inverse)"),
)
#: Lines that say what is wrong with an option named by its letter.
WRONG_LETTER = re.compile(r"^(?:Option )?(?P<letter>[A-H])(?::| has) ")

#: Families whose explanation does not yet end on the key in every item; the
#: modules belong to other work in progress (see the reasons).
KNOWN_GAPS = {
    ("quant.chart", "choice"): "the last line writes −25% as -25% and +15% as 15%",
    ("quant.chart", "numeric"): "the last line writes −25% as -25% and +15% as 15%",
    ("quant.table", "choice"): "the last line writes +15% as 15%",
    ("quant.table", "numeric"): "the last line writes +15% as 15%",
    ("quant.rates", "numeric"): "a key in minutes (222) is explained as 3 h 42 min",
}


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2212", "-").strip().rstrip(".").split()).casefold()


def names_key(item: Item, line: str) -> bool:
    """Whether ``line`` states the key (see the module docstring)."""
    if item.choices and item.answer_index is not None and \
            line.strip() == f"Answer: {LETTERS[item.answer_index]}.":
        return True
    key = re.escape(_norm(item.answer))
    return re.search(rf"(?<![\w.]){key}(?![\w]|\.\d)", _norm(line)) is not None


def is_key(item: Item, text: str) -> bool:
    """Whether a named wrong answer is in fact the key."""
    if _norm(text) == _norm(item.answer):
        return True
    if len(text.strip()) == 1:  # a lone letter would grade as an option position
        return False
    return any(ch.isdigit() for ch in text) and item.check(text.strip().rstrip("."))


def problems(item: Item) -> list[str]:
    """What is wrong with the item's explanation, as sentences (empty when nothing)."""
    lines = [line for line in item.explanation.strip().split("\n") if line.strip()]
    found = []
    if not names_key(item, lines[-1]):
        found.append(f"the last line does not name the key {item.answer!r}: {lines[-1]!r}")
    key_letter = LETTERS[item.answer_index] if item.answer_index is not None else None
    listing_wrong = False  # inside "The other options each get ... wrong:"
    for line in lines:
        for pattern in WRONG_PATTERNS:
            for m in pattern.finditer(line):
                if is_key(item, m.group("v")):
                    found.append(f"a line calls the key wrong: {line!r}")
        m = WRONG_LETTER.match(line)
        if m and m.group("letter") == key_letter and (listing_wrong or line.startswith("Option")):
            found.append(f"a line calls the key's option wrong: {line!r}")
        listing_wrong = listing_wrong or line.endswith("wrong:")
    return found


def _cases() -> list[object]:
    out = []
    for name in logicgen.families():
        for fmt in registry.get(name).formats:
            gap = KNOWN_GAPS.get((name, fmt))
            marks = [pytest.mark.xfail(reason=gap, strict=False)] if gap else []
            out.append(pytest.param(name, fmt, id=f"{name}-{fmt}", marks=marks))
    return out


CASES = _cases()


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_explanation_ends_on_the_key(name: str, fmt: str) -> None:
    for difficulty in ("easy", "medium", "hard"):
        for item in logicgen.generate(name, 4, difficulty, seed=31, format=fmt):
            assert not problems(item), (item.code, problems(item))


@pytest.mark.slow
@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_explanation_ends_on_the_key_many(name: str, fmt: str) -> None:
    for difficulty in ("easy", "medium", "hard"):
        for item in logicgen.generate(name, 300, difficulty, seed=32, format=fmt):
            assert not problems(item), (item.code, problems(item))


def test_relations_backwards_note_never_names_the_key() -> None:
    # Reverse questions whose relation reads the same both ways (brother-in-law,
    # cousin) once named the key as the backwards reading; 25 of 1,500 items did.
    reverse = same_both_ways = 0
    for difficulty in ("medium", "hard"):
        for item in logicgen.generate("deduction.relations", 800, difficulty, seed=5):
            assert not problems(item), (item.code, problems(item))
            if item.data["question"] == "reverse":
                reverse += 1
                same_both_ways += "would read the relation backwards" not in item.explanation
    assert reverse > 300 and same_both_ways > 5  # both kinds of reverse item were seen


def test_the_checks_catch_the_faults_they_look_for() -> None:
    base = logicgen.generate("probability.counting", 1, "medium", seed=1)[0]
    good = base.explanation
    assert not problems(base)
    key = base.answer
    moved = Item.from_dict({**base.to_dict(), "explanation": good + "\nSee above."})
    assert any("last line" in p for p in problems(moved))
    wrong = Item.from_dict({**base.to_dict(),
                            "explanation": f"Common mistake: slipping gives {key}.\n{good}"})
    assert any("calls the key wrong" in p for p in problems(wrong))
    # A number inside a longer one is not the key: 18 is not named by 118 or 1.18.
    longer = Item.from_dict({**base.to_dict(), "answer": "18", "explanation": "So 118, 1.18."})
    assert not names_key(longer, "So 118, 1.18.")
    assert names_key(longer, "Answer: 18.")
