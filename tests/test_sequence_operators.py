"""Tests for ``sequence.operators`` and its search over box operations.

Known answers worked by hand: if ■ reverses (KRAM → MARK) and ▲ moves the first
letter to the end (TOPS → OPST), LIME → ■ → ▲ gives EMIL → MILE. On the
example ABCD → DBCA the box could only swap the ends; on ABC → CBA it could
reverse or swap the ends, so that example leaves two readings.
"""

from __future__ import annotations

import pytest

import logicgen
from logicgen.solve.operators import LIBRARY, assignments, solve_operators

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
