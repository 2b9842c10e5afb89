"""Tests for ``attention.compare`` and its character-by-character solver.

Known answers worked by hand: of the pairs (4821 Maple Rd | 4821 Maple Rd),
(XK7-49QZ | XK7-94QZ), (Hana Ito | Hana Ito) and ($1,250.00 | $1.250,00) two are
alike; "Hana  Ito" (two spaces) is not a copy of "Hana Ito".
"""

from __future__ import annotations

from collections import Counter

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.answers import normalise_text
from logicgen.solve.copies import identical, solve_copies

NAME = "attention.compare"

PAIRS = [["4821 Maple Rd", "4821 Maple Rd"], ["XK7-49QZ", "XK7-94QZ"], ["Hana Ito", "Hana Ito"],
         ["$1,250.00", "$1.250,00"]]


def test_known_count() -> None:
    data = {"kind": "count_alike", "pairs": PAIRS}
    assert solve_copies(data, ["1", "2", "3", "4"]) == ["2"]
    assert solve_copies(data, []) == ["2"]


def test_identical_needs_every_character_and_the_same_length() -> None:
    assert identical("Hana Ito", "Hana Ito")
    assert not identical("Hana Ito", "Hana  Ito")
    assert not identical("O1", "01") and not identical("rn", "m")
    assert not identical("abc", "abcd")


def test_find_copy_with_two_copies_gives_two_answers() -> None:
    data = {"kind": "find_copy", "original": "XK7-49QZ"}
    assert solve_copies(data, ["XK7-49QZ", "XK7-94QZ", "XK7-49QZ "]) == ["XK7-49QZ"]
    assert solve_copies(data, ["XK7-49QZ", "XK7-49QZ"]) == ["XK7-49QZ", "XK7-49QZ"]


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_items_verify_and_every_slip_is_visible(difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(NAME, count=120, difficulty=difficulty, seed=4, format=fmt):
        assert logicgen.verify(item).ok
        if item.data["kind"] == "count_alike":
            for left, right in item.data["pairs"]:
                # a differing pair never differs by case or spacing alone
                assert left == right or normalise_text(left) != normalise_text(right)
            assert len(item.data["pairs"]) >= {"easy": 4, "medium": 5, "hard": 5}[difficulty]
        else:
            assert item.answer == item.data["original"]


def test_the_count_options_are_in_order_and_the_key_is_evenly_placed() -> None:
    items = logicgen.generate(NAME, count=1000, difficulty="medium", seed=8, kind="count_alike")
    for item in items:
        assert [int(c) for c in item.choices] == list(range(int(item.choices[0]),
                                                            int(item.choices[0]) + 5))
        assert 0 <= int(item.choices[0]) and int(item.choices[-1]) <= len(item.data["pairs"])
    places = Counter(item.answer_index for item in items)
    assert all(150 <= places[k] <= 250 for k in range(5)), places


def test_more_options_than_pairs_adds_pairs_instead_of_impossible_counts() -> None:
    for item in logicgen.generate(NAME, count=50, difficulty="easy", seed=2, n_options=8,
                                  kind="count_alike"):
        assert int(item.choices[-1]) <= len(item.data["pairs"])


def test_find_copy_is_not_asked_free_response() -> None:
    with pytest.raises(InvalidParams, match="format must be choice"):
        logicgen.generate(NAME, count=1, kind="find_copy", format="numeric")
