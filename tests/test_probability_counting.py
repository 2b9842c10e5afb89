"""Tests for ``probability.counting`` and the brute-force counter in ``logicgen.solve.counting``.

Known answers are classic textbook results worked out by hand (C(7,3) = 35 for a
committee of 3 from 8 that leaves one person out, (6 − 1)! = 120 seatings of six
round a table, 11!/(4!·4!·2!) = 34,650 arrangements of MISSISSIPPI, ...).
"""

from __future__ import annotations

import json
import re
from math import comb, factorial

import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.solve.counting import count, effort, solve_counting, word_arrangements

NAME = "probability.counting"
DIFFICULTIES = ("easy", "medium", "hard")


# -- known answers, by hand -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "committee_exclude", "n": 8, "size": 3}, 35),  # C(7,3)
        ({"kind": "committee_include", "n": 8, "size": 3}, 21),  # C(7,2)
        ({"kind": "committee_not_both", "n": 6, "size": 3}, 16),  # 20 − C(4,1)
        ({"kind": "committee_exact", "n": 9, "size": 4, "group_a": 3, "exact": 2}, 45),  # 3 × 15
        ({"kind": "committee_at_least", "n": 10, "size": 3, "group_a": 4, "at_least": 1}, 100),
        ({"kind": "circle", "n": 6}, 120),  # (6 − 1)!
        ({"kind": "circle", "n": 4}, 6),
        ({"kind": "circle_together", "n": 6}, 48),  # 2 × 4!
        ({"kind": "circle_apart", "n": 6}, 72),  # 120 − 48
        ({"kind": "circle_apart", "n": 7}, 480),  # 720 − 240
        ({"kind": "row_together", "n": 5}, 48),  # 2 × 4!
        ({"kind": "row_apart", "n": 5}, 72),  # 120 − 48
        ({"kind": "row_apart", "n": 8}, 30240),  # 40320 − 10080
        ({"kind": "row_ends", "n": 4}, 4),  # AxxB, BxxA with 2 orders inside
        ({"kind": "officers", "n": 10, "posts": ["chair", "vice-chair", "secretary"]}, 720),
        ({"kind": "word", "word": "MISSISSIPPI"}, 34650),
        ({"kind": "word", "word": "BANANA"}, 60),
        ({"kind": "word", "word": "LEVEL"}, 30),
        ({"kind": "word", "word": "COMMITTEE"}, 45360),
        ({"kind": "word", "word": "BOOKKEEPER"}, 151200),
        ({"kind": "word_vowels", "word": "LETTER"}, 60),  # L T T R [EE]: 5!/2!
        ({"kind": "word_vowels", "word": "BALLOON"}, 180),  # B L L N [AOO]: 5!/2! × 3!/2!
        ({"kind": "word_vowels", "word": "MISSISSIPPI"}, 840),  # M SSSS PP [IIII]: 8!/(4!2!)
    ],
)
def test_known_counts(data: dict, expected: int) -> None:
    assert count(data) == expected
    assert solve_counting(data, []) == [str(expected)]


def test_choice_matching_reads_separators() -> None:
    data = {"kind": "word", "word": "MISSISSIPPI"}
    assert solve_counting(data, ["34,650", "39,916,800", "69,300"]) == ["34,650"]
    assert solve_counting(data, ["1", "2"]) == []


# -- brute force against hand formulas over every size the family uses ----------------------


@pytest.mark.parametrize("n", range(4, 9))
def test_rows_match_formulas(n: int) -> None:
    assert count({"kind": "row_together", "n": n}) == 2 * factorial(n - 1)
    assert count({"kind": "row_apart", "n": n}) == factorial(n) - 2 * factorial(n - 1)
    assert count({"kind": "row_ends", "n": n}) == 2 * factorial(n - 2)


@pytest.mark.parametrize("n", range(4, 8))
def test_round_tables_match_formulas(n: int) -> None:
    assert count({"kind": "circle", "n": n}) == factorial(n - 1)
    assert count({"kind": "circle_together", "n": n}) == 2 * factorial(n - 2)
    assert count({"kind": "circle_apart", "n": n}) == factorial(n - 1) - 2 * factorial(n - 2)


@pytest.mark.parametrize("n", range(5, 13))
def test_committees_match_formulas(n: int) -> None:
    for k in range(2, min(5, n - 2) + 1):
        assert count({"kind": "committee_exclude", "n": n, "size": k}) == comb(n - 1, k)
        assert count({"kind": "committee_not_both", "n": n, "size": k}) == (
            comb(n, k) - comb(n - 2, k - 2))


def test_word_counts_by_listing_agree_with_the_product_route() -> None:
    # Small words are listed one by one; the same count must come from the
    # multinomial n!/∏c! entered here.
    for word, reps in [("SUCCESS", (3, 2)), ("PEPPER", (3, 2)), ("TATTOO", (3, 2)),
                       ("KETTLE", (2, 2)), ("BALLOON", (2, 2))]:
        denom = 1
        for r in reps:
            denom *= factorial(r)
        assert word_arrangements(word) == factorial(len(word)) // denom


# -- the family ---------------------------------------------------------------------------


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_many_seeds_verify(difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(NAME, count=200, difficulty=difficulty, seed=41, format=fmt):
        assert verify(item).ok, (item.code, verify(item).problems)
        assert item.check(item.answer)
        if fmt == "choice":
            assert len(set(item.choices)) == len(item.choices)


@given(seed=st.integers(0, 2**63 - 1), difficulty=st.sampled_from(DIFFICULTIES))
def test_items_round_trip(seed: int, difficulty: str) -> None:
    item = logicgen.generate(NAME, count=1, difficulty=difficulty, seed=seed)[0]
    again = Item.from_dict(json.loads(item.to_json()))
    assert verify(again).ok and again == item


def test_key_equals_an_independent_count() -> None:
    """Recount each item from its data with the hand formulas of this file."""
    for item in logicgen.generate(NAME, count=150, difficulty="medium", seed=3):
        d = item.data
        got = int(item.answer.replace(",", ""))
        if d["kind"] == "word":
            assert got == word_arrangements(d["word"])
        elif d["kind"] == "circle_together":
            assert got == 2 * factorial(d["n"] - 2)
        elif d["kind"] == "row_apart":
            assert got == factorial(d["n"]) - 2 * factorial(d["n"] - 1)
        elif d["kind"] == "committee_exact":
            a, b, j = d["group_a"], d["group_b"], d["exact"]
            assert got == comb(a, j) * comb(b, d["size"] - j)


def test_named_mistakes_appear_as_options() -> None:
    items = logicgen.generate(NAME, count=60, seed=8, kind="circle", difficulty="easy")
    for item in items:
        n = item.data["n"]
        assert f"{factorial(n):,}" in item.choices  # forgetting the turns of the table
    items = logicgen.generate(NAME, count=40, seed=8, kind="word", difficulty="hard")
    for item in items:
        assert f"{factorial(len(item.data['word'])):,}" in item.choices  # ignoring repeats


def test_difficulty_changes_the_puzzles() -> None:
    means = []
    for difficulty in DIFFICULTIES:
        items = logicgen.generate(NAME, count=120, difficulty=difficulty, seed=2)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[1] < means[2], means
    hard_words = [i for i in logicgen.generate(NAME, count=200, difficulty="hard", seed=2)
                  if i.data["kind"] == "word"]
    assert max(len(i.data["word"]) for i in hard_words) >= 9


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"kind": "lottery"}, 'kind must be mixed or one of'),
        ({"n_people": 13}, "n_people must be between 4 and 12 (got 13)"),
        ({"n_people": 3}, "n_people must be between 4 and 12 (got 3)"),
        ({"kind": "circle", "n_people": 8}, "n_people must be between 4 and 7 for round tables (got 8)"),
        ({"kind": "row_apart", "n_people": 9}, "n_people must be between 4 and 8 for rows (got 9)"),
        ({"kind": "committee_exact", "n_people": 5}, "(got 5)"),
        ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
    ],
)
def test_bad_parameters(params: dict, fragment: str) -> None:
    with pytest.raises(InvalidParams) as info:
        logicgen.generate(NAME, count=1, seed=1, **params)
    assert fragment in str(info.value)


@pytest.mark.parametrize("n_options", [3, 4, 6, 8])
def test_option_counts(n_options: int) -> None:
    for item in logicgen.generate(NAME, count=40, seed=4, n_options=n_options, difficulty="hard"):
        assert len(item.choices) == n_options and verify(item).ok


def test_fixed_size_is_respected() -> None:
    for item in logicgen.generate(NAME, count=40, seed=4, kind="circle_apart", n_people=5):
        assert item.data["n"] == 5 and item.answer == "12"  # 24 − 12


def test_committee_counts_agree_with_their_nouns():
    # "exactly 1 of its members is a teacher", never "1 of its members are teachers".
    singular = plural = 0
    for item in logicgen.generate("probability.counting", 400, "hard", seed=3,
                                  kind="committee_exact"):
        m = re.search(r"exactly (\d+) of its members (is an? \w+|are \w+)\?", item.prompt)
        assert m, item.prompt
        if m.group(1) == "1":
            assert m.group(2).startswith("is a ") and not m.group(2).endswith("s"), item.prompt
            singular += 1
        else:
            assert m.group(2).startswith("are ") and m.group(2).endswith("s"), item.prompt
            plural += 1
        assert not re.search(r"\b1 \w+s\b", item.prompt), item.prompt
    assert singular > 20 and plural > 20


# -- solver-measured effort ----------------------------------------------------------------


def test_effort_hand_worked() -> None:
    # APPLE: 5! once (1) + one repeated letter (0.5) + 5! = 120, three digits (0.25) = 1.75
    assert effort({"kind": "word", "word": "APPLE"}) == 1.75
    # 6 in a row, a pair together: count 1 + glue 1 + swap 0.5 + 6! = 720 (0.25) = 2.75
    assert effort({"kind": "row_together", "n": 6, "pair": [0, 1]}) == 2.75
    # at least 2 of 5 from 3 + 7: cases {2, 3} or complement {0, 1}: 2 terms, base 3
    # + C(10, 5) = 252 (0.25) = 5.25
    assert effort({"kind": "committee_at_least", "n": 10, "size": 5, "group_a": 3,
                   "group_b": 7, "at_least": 2}) == 5.25


def test_effort_rewards_reasoning_not_size() -> None:
    # a complement (apart) costs more than gluing (together), at any size
    for n in (5, 6, 7):
        assert effort({"kind": "row_apart", "n": n}) > effort({"kind": "row_together", "n": n})
    # a long word with no repeats is still one step plus its size
    assert effort({"kind": "word", "word": "FLOWCHARTS"}) <= 2.0
    assert effort({"kind": "word_vowels", "word": "PARALLEL"}) > effort(
        {"kind": "word", "word": "PARALLEL"})


def test_scores_are_the_solver_effort_within_the_bands() -> None:
    from logicgen.generators.probability import counting
    for level, (low, high) in counting.BANDS.items():
        items = logicgen.generate("probability.counting", count=40, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == effort(i.data) for i in items)
