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


def test_effort_reads_exact_pairs_in_full_and_slipped_pairs_to_the_slip() -> None:
    from logicgen.solve.copies import effort

    # "Ada Lee"|"Ada Lee": alike, 7 chars a side -> 14 read.
    # "4471"|"4417": first difference at index 2 -> 3 chars a side -> 6 read.
    # "B80"|"BB0": first difference at index 1, 8 -> B is a look-alike -> 4 read, +0.5.
    # (14 + 6 + 4) / 20 + 0.5 = 1.7
    data = {"kind": "count_alike", "first": 0,
            "pairs": [["Ada Lee", "Ada Lee"], ["4471", "4417"], ["B80", "BB0"]]}
    assert effort(data) == pytest.approx(1.7)


def test_effort_of_find_copy_counts_the_record_and_its_look_alike_spots() -> None:
    from logicgen.solve.copies import effort

    # "K5-80": 5 chars, read 2 * 5 * (1 + 4 / 2) = 30 -> 1.5; look-alike spots "5", "8", "0" -> +0.3
    assert effort({"kind": "find_copy", "original": "K5-80"}) == pytest.approx(1.8)
    # the same length with no look-alike characters costs only the reading
    assert effort({"kind": "find_copy", "original": "KA-7X"}) == pytest.approx(1.5)


def test_effort_rewards_exact_copies_and_look_alikes_not_pair_count() -> None:
    from logicgen.solve.copies import effort

    early = {"kind": "count_alike", "first": 0, "pairs": [["ABCDEFGH", "XBCDEFGH"]] * 4}
    exact = {"kind": "count_alike", "first": 0, "pairs": [["ABCDEFGH", "ABCDEFGH"]] * 3}
    look = {"kind": "count_alike", "first": 0, "pairs": [["ABCDEFGH", "A8CDEFGH"]] * 4}
    plain = {"kind": "count_alike", "first": 0, "pairs": [["ABCDEFGH", "AXCDEFGH"]] * 4}
    # four slips spotted at the first character are less work than three exact copies
    assert effort(early) < effort(exact)
    assert effort(look) == pytest.approx(effort(plain) + 2.0)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty: str) -> None:
    from logicgen.generators.attention import compare
    from logicgen.solve.copies import effort

    lo, hi = compare.BANDS[difficulty]
    for item in logicgen.generate("attention.compare", count=15, difficulty=difficulty, seed=5):
        assert item.score == round(effort(item.data), 3)
        assert lo <= item.score <= hi
