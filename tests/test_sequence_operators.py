"""Tests for ``sequence.operators`` and its search over box operations.

Known answers worked by hand: if ■ reverses (KRAM → MARK) and ▲ moves the first
letter to the end (TOPS → OPST), LIME → ■ → ▲ gives EMIL → MILE. On the
example ABCD → DBCA the box could only swap the ends; on ABC → CBA it could
reverse or swap the ends, so that example leaves two readings.
"""

from __future__ import annotations

import pytest

import logicgen
from logicgen.registry import get
from logicgen.solve.operators import LIBRARY, assignments, effort, solve_operators

NAME = "sequence.operators"


def data(examples: list[tuple[str, list[int], str]], question: tuple[str, list[int]],
         n: int = 2) -> dict:
    return {"symbols": ["■", "▲", "●"][:n],
            "examples": [{"input": a, "boxes": b, "output": c} for a, b, c in examples],
            "question": {"input": question[0], "boxes": question[1]}}


def test_known_answer() -> None:
    d = data([("KRAM", [0], "MARK"), ("TOPS", [1], "OPST")], ("LIME", [0, 1]))
    assert assignments(d) == [("reverse", "first to end")]
    assert solve_operators(d, ["MILE", "EMIL", "ELIM", "IMEL"]) == ["MILE"]
    assert solve_operators(d, []) == ["MILE"]


def test_an_example_that_two_operations_fit_is_ambiguous() -> None:
    d = data([("ABC", [0], "CBA"), ("TOPS", [1], "OPST")], ("LIME", [0, 1]))
    assert len(assignments(d)) == 2
    assert len(solve_operators(d, [])) == 2  # two readings: the item is rejected


def test_boxes_seen_only_in_pairs_are_untangled() -> None:
    # ■ = letters on, ▲ = reverse, ● = swap first two, all shown in pairs only
    d = data([("ABCD", [0, 1], "EDCB"), ("WXYZ", [1, 2], "YZXW"), ("KLMN", [2, 0], "MLNO")],
             ("PQRS", [0, 1, 2]), n=3)
    assert assignments(d) == [("letters on", "reverse", "swap first two")]
    assert solve_operators(d, []) == ["STRQ"]  # PQRS, QRST, TSRQ, STRQ


def test_library_operations() -> None:
    assert LIBRARY["last to front"]("ABCD") == "DABC"
    assert LIBRARY["swap last two"]("ABCD") == "ABDC"
    assert LIBRARY["letters back"]("ABZ") == "ZAY"
    assert LIBRARY["repeat first"]("ABC") == "ABCA"


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_items_verify_with_one_reading(difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(NAME, count=150, difficulty=difficulty, seed=7, format=fmt):
        assert logicgen.verify(item).ok
        assert len(assignments(item.data)) == 1
        assert item.explanation.splitlines()[-1].endswith(f"→ {item.answer}.")


def test_hard_items_show_every_box_only_in_pairs() -> None:
    for item in logicgen.generate(NAME, count=50, difficulty="hard", seed=2):
        assert all(len(ex["boxes"]) == 2 for ex in item.data["examples"])
        assert len(item.data["question"]["boxes"]) == 3


# -- effort: the score is what the solver needed -------------------------------------

def test_effort_direct_reading() -> None:
    # KRAM -> MARK gives box 0 directly (0.75); TOPS -> OPST gives box 1 (0.75);
    # the question passes through two boxes (2): 3.5
    d = data([("KRAM", [0], "MARK"), ("TOPS", [1], "OPST")], ("LIME", [0, 1]))
    assert effort(d) == 3.5


def test_effort_untangle_and_case_split() -> None:
    # ABCD -> [0] -> DCBA: box 0 directly (0.75); box 0 = reverse.
    # EFGH -> [0, 1] -> GFEH: reverse gives HGFE, then box 1 must turn HGFE into GFEH:
    # first to end, found by untangling (1.5). Question through [1, 0]: 2 steps. 4.25
    untangle = data([("ABCD", [0], "DCBA"), ("EFGH", [0, 1], "GFEH")], ("LIME", [1, 0]))
    assert assignments(untangle) == [("reverse", "first to end")]
    assert effort(untangle) == 4.25
    # the same boxes seen only together need a case split; the solver then has to
    # rule out every rival pair, so the score is higher than untangling
    split = data([("ABCD", [0, 1], "CBAD"), ("EFGH", [1], "FGHE")], ("LIME", [1, 0]))
    assert len(assignments(split)) == 1
    assert effort(split) > effort(data([("ABCD", [1], "BCDA"), ("EFGH", [0], "HGFE")],
                                       ("LIME", [1, 0])))


def test_effort_ambiguous_scores_zero() -> None:
    # ABC -> CBA could be reverse or swap ends: no single reading
    d = data([("ABC", [0], "CBA"), ("TOPS", [1], "OPST")], ("LIME", [0, 1]))
    assert effort(d) == 0.0


def test_effort_is_the_score_and_levels_in_band() -> None:
    fam = get(NAME)
    for level in ("easy", "medium", "hard"):
        lo, hi = fam.band(level)
        for item in logicgen.generate(NAME, count=15, difficulty=level, seed=11):
            assert item.score == round(effort(item.data), 3)
            assert lo <= item.score <= hi


def test_letter_shifts_by_table_match_the_formula() -> None:
    """Capitals are shifted through a table; anything else by the formula, as before."""
    from logicgen.solve.operators import _shift
    for text in ("ABCXYZ", "ZEBRA", "", "abc", "A-B", "ÀB", "AbC"):
        for step in (1, -1):
            assert _shift(text, step) == "".join(chr((ord(c) - 65 + step) % 26 + 65)
                                                 for c in text)
    assert LIBRARY["letters on"]("AZY") == "BAZ" and LIBRARY["letters back"]("AZ") == "ZY"


def test_length_changes_of_the_library() -> None:
    """The solver tries at an example's last box only the operations that change the
    length by as much; each operation's change, checked on strings of 2 to 6 letters."""
    from logicgen.solve.operators import LENGTH_CHANGE
    assert set(LENGTH_CHANGE) == set(LIBRARY)
    for name, op in LIBRARY.items():
        for text in ("AB", "XYZ", "ZEBRA", "QWERTY", "AAAA"):
            assert len(op(text)) - len(text) == LENGTH_CHANGE[name], (name, text)
