"""Properties every registered family must have, for every difficulty and many seeds.

These tests take their cases from the registry, so a new family is covered as
soon as it registers itself.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import Item
from logicgen.answers import letter_index, normalise_text, parse_number
from logicgen.registry import DIFFICULTIES, all_families

FAMILIES = all_families()
CASES = [
    pytest.param(f.name, d, fmt, id=f"{f.name}-{d}-{fmt}")
    for f in FAMILIES
    for d in f.difficulties
    for fmt in f.formats
]
SEEDS = st.integers(min_value=0, max_value=2**63 - 1)


def _key(text: str) -> object:
    value = parse_number(text)
    return value if value is not None else normalise_text(text)


def check_item(item: Item, family: str, difficulty: str, fmt: str) -> None:
    assert item.family == family and item.difficulty == difficulty and item.format == fmt
    assert item.prompt.strip() and item.explanation.strip()
    report = logicgen.verify(item)
    assert report.ok, report.problems
    if fmt == "numeric":
        assert item.choices == () and item.answer_index is None
    else:
        assert item.choices[item.answer_index] == item.answer
        keys = [_key(c) for c in item.choices]
        assert len(set(keys)) == len(keys), item.choices
        # Exactly one option grades as correct, by letter and by text.
        by_letter = [item.check(letter) for letter in "ABCDEFGH"[: len(item.choices)]]
        assert by_letter.count(True) == 1 and by_letter[item.answer_index]
    if item.answer_index is None or letter_index(item.answer, len(item.choices)) is None:
        assert item.check(item.answer)
    else:  # a lone letter always means an option position (documented in Item.check)
        assert item.check("ABCDEFGH"[item.answer_index])
    # JSON round trip keeps the item and its verification.
    again = Item.from_dict(json.loads(item.to_json()))
    assert again == item
    assert logicgen.verify(again).ok
    # The code alone regenerates the item.
    assert logicgen.from_code(item.code) == item


@pytest.mark.parametrize(("family", "difficulty", "fmt"), CASES)
@given(seed=SEEDS)
def test_items_verify_and_round_trip(family: str, difficulty: str, fmt: str, seed: int) -> None:
    items = logicgen.generate(family, count=2, difficulty=difficulty, seed=seed, format=fmt)
    for item in items:
        check_item(item, family, difficulty, fmt)
    # Deterministic: the same call gives the same items.
    assert logicgen.generate(family, count=2, difficulty=difficulty, seed=seed, format=fmt) == items


@pytest.mark.slow
@pytest.mark.parametrize(("family", "difficulty", "fmt"), CASES)
def test_thousands_of_items(family: str, difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(family, count=2000, difficulty=difficulty, seed=2026,
                                  format=fmt):
        check_item(item, family, difficulty, fmt)


CHOICE_FAMILIES = [f.name for f in FAMILIES if "choice" in f.formats]


@pytest.mark.parametrize("family", CHOICE_FAMILIES)
def test_answer_position_is_spread(family: str) -> None:
    """The key's letter is drawn uniformly: over 250 items every letter turns up often.

    Some families offer fewer options than asked (a 4x4 logic grid has four values
    to choose from), so positions are counted per number of options.
    """
    items = logicgen.generate(family, count=250, seed=99, format="choice")
    by_size: dict[int, Counter[int]] = {}
    for item in items:
        by_size.setdefault(len(item.choices), Counter())[item.answer_index] += 1
    for size, counts in by_size.items():
        total = sum(counts.values())
        if total < 100:
            continue
        expected = total / size
        # Binomial sd is at most sqrt(expected); half the expected count is > 3.5 sd below.
        assert set(counts) == set(range(size)), (size, counts)
        assert min(counts.values()) >= expected / 2, (size, counts)


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_difficulty_levels_differ(family: str) -> None:
    """The mean score rises from easy to hard."""
    means = []
    for difficulty in DIFFICULTIES:
        items = logicgen.generate(family, count=60, difficulty=difficulty, seed=5)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[2], means


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_items_within_a_set_are_mostly_distinct(family: str) -> None:
    items = logicgen.generate(family, count=100, seed=11)
    # the question is the prompt with its options: an odd-one-out prompt is one
    # sentence, and its five panels are the options
    questions = Counter((item.prompt, item.choices) for item in items)
    assert len(questions) >= 80, questions.most_common(3)


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_neighbouring_seeds_share_no_items(family: str) -> None:
    a = {i.code.split("-")[2] for i in logicgen.generate(family, count=30, seed=1000)}
    b = {i.code.split("-")[2] for i in logicgen.generate(family, count=30, seed=1001)}
    assert not a & b


def test_every_family_is_documented() -> None:
    for fam in FAMILIES:
        assert fam.doc, f"{fam.name} has no module docstring"
        assert ">>>" in fam.doc, f"{fam.name}'s docstring has no example"
        assert fam.summary


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_each_difficulty_draws_its_own_items(family: str) -> None:
    """The same seed at another difficulty rarely gives the very same question."""
    easy, medium, hard = (logicgen.generate(family, count=60, difficulty=d, seed=3)
                          for d in DIFFICULTIES)
    same_em = sum((a.prompt, a.choices) == (b.prompt, b.choices) for a, b in zip(easy, medium))
    same_mh = sum((a.prompt, a.choices) == (b.prompt, b.choices) for a, b in zip(medium, hard))
    assert same_em <= 6 and same_mh <= 6, (same_em, same_mh)


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_render_never_changes_the_draft(family: str) -> None:
    """Wording-time facts travel in the Wording; the draft from generate stays as drawn."""
    import copy

    from logicgen.registry import get
    from logicgen.rng import streams

    fam = get(family)
    for difficulty in fam.difficulties:
        params = fam.make_params(difficulty=difficulty)
        for seed in range(5):
            logic, wording = streams(seed, family, difficulty)
            draft = fam.generate(params, logic)
            before = (copy.deepcopy(draft.data), draft.answer, repr(draft.spec))
            fam.render(draft, params, wording)
            assert (draft.data, draft.answer, repr(draft.spec)) == before, (family, seed)
