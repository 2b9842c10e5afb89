"""The item model: grading, JSON form and schema."""

from __future__ import annotations

import json
from fractions import Fraction
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logicgen import InvalidItem, Item
from logicgen.answers import parse_number


def make(**overrides: object) -> Item:
    fields: dict = {
        "code": "sequence.number-m1-0000000001",
        "family": "sequence.number",
        "difficulty": "medium",
        "score": 1.0,
        "format": "choice",
        "prompt": "2, 4, 6, 8, 10, ?",
        "choices": ("11", "12", "14", "3/8", "16"),
        "answer": "12",
        "answer_index": 1,
        "explanation": "Add 2 each time.",
        "data": {"terms": [2, 4, 6, 8, 10]},
    }
    fields.update(overrides)
    return Item(**fields)


CHOICE_RESPONSES = [
    ("B", True), ("b", True), ("(b)", True), ("b)", True), ("option B", True),
    ("12", True), (" 12 ", True), ("12.0", True), ("24/2", True),
    ("A", False), ("E", False), ("F", False), ("11", False), ("", False),
    ("0.375", False), ("banana", False), ("1/0", False),
]


@pytest.mark.parametrize(("response", "expected"), CHOICE_RESPONSES)
def test_check_choice(response: str, expected: bool) -> None:
    assert make().check(response) is expected


def test_check_choice_by_equal_number_of_another_option() -> None:
    item = make(answer="3/8", answer_index=3)
    assert item.check("0.375") and item.check("37.5%") and item.check("D")
    assert not item.check("B")


NUMERIC_RESPONSES = [
    ("3/8", "3/8", True), ("3/8", "0.375", True), ("3/8", ".375", True),
    ("3/8", "37.5%", True), ("3/8", "6/16", True), ("3/8", "0.38", True),
    ("3/8", "0.4", False), ("3/8", "0.37", False), ("1/3", "0.33", True),
    ("1/3", "0.333", True), ("1/3", "33.3%", True), ("1/3", "0.3", False),
    ("1/3", "33%", False), ("12", "12", True), ("12", "12.4", False), ("12", "x", False),
    ("-4%", "-4", True), ("-4%", "−4%", True), ("-4%", "-0.04", True),
    ("2500", "2,500", True), ("$12.50", "12.5", True), ("1 1/2", "1.5", True),
]


@pytest.mark.parametrize(("answer", "response", "expected"), NUMERIC_RESPONSES)
def test_check_numeric(answer: str, response: str, expected: bool) -> None:
    item = make(format="numeric", choices=(), answer=answer, answer_index=None)
    assert item.check(response) is expected


TFU = [("True", True), ("t", True), ("A", True), ("yes", True), ("False", False),
       ("U", False), ("cannot say", False)]


@pytest.mark.parametrize(("response", "expected"), TFU)
def test_check_tfu(response: str, expected: bool) -> None:
    item = make(format="tfu", choices=("True", "False", "Uncertain"), answer="True",
                answer_index=0)
    assert item.check(response) is expected


def test_check_never_raises() -> None:
    item = make()
    for response in [None, 3, object(), "\x00", "9" * 5000]:
        assert item.check(response) is False  # type: ignore[arg-type]


@given(st.from_regex(r"\A(\d{1,12}(\.\d{0,8})?|\.\d{1,8})\Z"))
def test_decimals_read_exactly(text: str) -> None:
    """Decimals are read by the library's own digit arithmetic: check it against Fraction's parser."""
    assert parse_number(text) == Fraction(text)
    assert parse_number(f"{text}%") == Fraction(text) / 100
    assert parse_number(f"-{text}/4") == -Fraction(text) / 4


def test_parse_number_forms() -> None:
    assert parse_number("1/0") is None and parse_number("..5") is None
    assert parse_number("+7") == 7 and parse_number("1e5") is None
    assert parse_number("9" * 5000) is None and parse_number("1/" + "9" * 5000) is None


def test_json_round_trip_and_schema_keys() -> None:
    item = make()
    obj = json.loads(item.to_json())
    assert Item.from_dict(obj) == item
    schema = json.loads(resources.files("logicgen").joinpath("item.schema.json").read_text())
    assert set(obj) == set(schema["properties"])
    # every field but the derived estimate is required
    assert set(schema["required"]) == set(obj) - {"seconds"}
    assert obj["seconds"] == item.seconds > 0
    assert obj["schema"] == schema["properties"]["schema"]["const"]


BAD_DICTS = [
    ([], "must be a JSON object"),
    ({"schema": "other/9"}, "item schema must be"),
    ({"code": "x"}, "missing the field"),
    ({**make().to_dict(), "choices": "ABC"}, "'choices' has the wrong type"),
    ({**make().to_dict(), "answer_index": True}, "'answer_index' has the wrong type"),
    ({**make().to_dict(), "choices": [1, 2]}, "list of strings"),
]


@pytest.mark.parametrize(("obj", "message"), BAD_DICTS)
def test_from_dict_rejects_malformed(obj: object, message: str) -> None:
    with pytest.raises(InvalidItem, match=message):
        Item.from_dict(obj)


def test_from_json_rejects_bad_json() -> None:
    with pytest.raises(InvalidItem, match="not valid JSON"):
        Item.from_json("{")
