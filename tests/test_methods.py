"""Method lines: every explanation starts with its family's method line for the item's kind."""

from __future__ import annotations

import importlib
import importlib.util
from html import escape
from pathlib import Path

import pytest

import logicgen
from logicgen.catalog import BUILTIN
from logicgen.item import METHOD_PREFIX, split_method
from logicgen.practice.method import method_line
from logicgen.problemset import ProblemSet
from logicgen.render import document
from logicgen.render.html import render as render_html
from logicgen.render.markdown import render as render_markdown

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_every_explanation_starts_with_a_listed_method_line(name: str) -> None:
    table = importlib.import_module(BUILTIN[name].module).METHODS
    assert table and all(len(line.split()) <= 25 for line in table.values())
    fam = logicgen.get_family(name)
    for difficulty in fam.difficulties:
        for fmt in fam.formats:
            for item in logicgen.generate(name, 12, difficulty=difficulty, seed=5, format=fmt):
                first = item.explanation.split("\n", 1)[0]
                assert first.startswith(METHOD_PREFIX), item.code
                assert method_line(item) in table.values(), item.code
                # the working follows: a method line is never the whole explanation
                assert len(item.explanation.split("\n")) >= 2, item.code


def test_the_method_follows_the_question_kind() -> None:
    # hand-checked: a doubling series is geometric; "at least one head" uses 1 − P(none)
    # (ratio series are rare at easy, where a cap of 400 leaves few of them)
    number = logicgen.generate("sequence.number", 60, difficulty="medium", seed=3)
    geometric = [i for i in number if i.data["rule"] == "geometric"]
    assert geometric and all("ratio is constant" in method_line(i) for i in geometric)
    coins = logicgen.generate("probability.coins", 60, difficulty="easy", seed=3)
    at_least = [i for i in coins if i.data["question"] == "at_least_one"]
    assert at_least and all(method_line(i) == "P(at least one) = 1 − P(none)." for i in at_least)


def test_two_some_premises_are_named_only_when_the_claim_is_uncertain() -> None:
    items = logicgen.generate("deduction.syllogism", 300, difficulty="medium", seed=8)
    named = [i for i in items if method_line(i).startswith("Two 'some' premises")]
    negative = [i for i in items if method_line(i).startswith("Two negative premises")]
    assert named and negative
    for item in named:
        mood = item.data["form"]["mood"]
        assert item.answer == "Uncertain" and mood[0] in "IO" and mood[1] in "IO"
    for item in negative:
        mood = item.data["form"]["mood"]
        assert item.answer == "Uncertain" and mood[0] in "EO" and mood[1] in "EO"


def test_the_keys_show_the_method_line_in_bold() -> None:
    items = logicgen.generate("quant.rates", 3, seed=4)
    method, rest = split_method(items[0].explanation)
    assert method == method_line(items[0])
    assert rest == items[0].explanation.split("\n")[1:]
    problem_set = ProblemSet(title="Rates", items=tuple(items))
    doc = document(problem_set)
    assert doc["items"][0]["method"] == method
    assert doc["items"][0]["explanation"] == rest
    assert f"**Method: {method}**" in render_markdown(problem_set)
    assert f'<b class="method">Method: {escape(method)}</b>' in render_html(problem_set)
    assert document(problem_set, key=False)["items"][0]["method"] is None


def test_an_explanation_without_a_method_line_keeps_its_first_line() -> None:
    assert split_method("Add 3.\nSo 7.") == (None, ["Add 3.", "So 7."])


def test_docs_list_every_method_line() -> None:
    spec = importlib.util.spec_from_file_location("make_methods", ROOT / "docs" / "make_methods.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "methods.md").read_text(encoding="utf-8")
    assert committed == module.methods_markdown(), \
        "run: python docs/make_methods.py > docs/methods.md"
