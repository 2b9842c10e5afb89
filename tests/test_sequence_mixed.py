"""Tests for the ``sequence.mixed`` family (letter–number pairs and interleaves).

Known answers were worked out by hand (A = 1 ... Z = 26, after Z comes A).
"""

from __future__ import annotations

import json
import re
from collections import Counter

import numpy as np
import pytest

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.generators.sequences import mixed as fam
from logicgen.registry import get
from logicgen.solve.letters import effort, solve

NAME = "sequence.mixed"
DIFFICULTIES = ("easy", "medium", "hard")


def answers(text: str, choices: list[str] | None = None) -> list[str]:
    terms = [t.strip() for t in text.split(",")]
    return solve({"terms": terms, "blank": terms.index("?")}, choices or [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A2, C4, E6, G8, ?", "I10"),  # letters +2, numbers +2
        ("A2, C4, E6, ?, I10", "G8"),  # the classic A2, C4, E6 → G8, as a gap
        ("A1, B2, D4, G7, K11, ?", "P16"),  # both grow: +1, +2, +3, +4, +5
        ("Y1, Z2, A4, B8, C16, ?", "D32"),  # letters wrap after Z, numbers double
        ("Q50, O45, M40, K35, I30, ?", "G25"),  # both run backwards
        ("2, B, 4, D, 6, F, 8, ?", "H"),  # numbers +2, letters +2
        ("1, Z, 3, Y, 5, X, 7, ?", "W"),  # letters run backwards
        ("5, K, 10, M, 15, O, 20, ?", "Q"),
        ("10, A, 8, C, 6, E, 4, ?", "G"),
        ("B, 5, D, 8, F, 11, H, ?", "14"),  # the gap is a number
        ("3, X, 6, Z, 12, B, 24, ?", "D"),  # numbers ×2; letters X, Z, B, D wrap
    ],
)
def test_known_answers(text: str, expected: str) -> None:
    assert answers(text) == [expected]


def test_too_few_terms_are_refused() -> None:
    # Three pairs cannot over-determine a step rule (two parameters need four terms).
    assert answers("A2, C4, E6, ?") == []


def test_ambiguous_series_are_rejected() -> None:
    # 2, 4, 6 is +2 each time (next 8) but also "sum of the two before" (next 10).
    assert answers("2, B, 4, D, 6, F, ?") == ["10", "8"]
    # L and O are mirror letters (12 + 15 = 27); L, O, R, I pairs mirrors with
    # steps +6 and −6, while L, O, R, U steps by +3.
    assert answers("L, 3, O, 5, R, 7, ?") == ["I", "U"]
    assert answers("L, 3, O, 5, R, 7, ?", ["I", "T", "U"]) == ["I", "U"]


def test_choice_options_are_read_as_written() -> None:
    assert answers("A2, C4, E6, G8, ?", ["I10", "i10", "I 10", "H10", "I9"]) == [
        "I10",
        "i10",
        "I 10",
    ]
    assert answers("A2, C4, E6, G8, ?", ["10I", "I10.5"]) == []


# -- a second method: brute force over a narrow rule set ---------------------------------

_PAIR = re.compile(r"^([A-Z])(\d+)$")


def _narrow_fits(full: list[int], mod: int | None) -> list[int]:
    """Parameter counts of the narrow rules that ``full`` follows (forward simulation)."""

    def same(expected: list[int]) -> bool:
        if mod:
            return all((a - b) % mod == 0 for a, b in zip(full, expected))
        return full == expected

    f, n, out = full, len(full), []
    if same([f[0] + i * (f[1] - f[0]) for i in range(n)]):
        out.append(2)
    d, c = f[1] - f[0], f[2] - 2 * f[1] + f[0]
    if same([f[0] + i * d + c * i * (i - 1) // 2 for i in range(n)]):
        out.append(3)
    steps, alt = (f[1] - f[0], f[2] - f[1]), [f[0]]
    for i in range(n - 1):
        alt.append(alt[-1] + steps[i % 2])
    if same(alt):
        out.append(3)
    if (
        not mod
        and f[0]
        and f[1] % f[0] == 0
        and same([f[0] * (f[1] // f[0]) ** i for i in range(n)])
    ):
        out.append(2)
    return out


def _narrow(values: list[int | None], blank: int, mod: int | None, extra: int) -> set[int]:
    shown = len(values) - 1
    found = set()
    for v in range(1, 27) if mod else range(1, 500):
        full = [v if i == blank else values[i] for i in range(len(values))]
        if any(shown >= p + extra for p in _narrow_fits(full, mod)):  # type: ignore[arg-type]
            found.add(v)
    return found


def second_method(terms: list[str], blank: int) -> set[str]:
    """Completions under the narrow library, found without the solver."""
    if all(_PAIR.match(t) for i, t in enumerate(terms) if i != blank):
        letters = [None if i == blank else ord(t[0]) - 64 for i, t in enumerate(terms)]
        numbers = [None if i == blank else int(t[1:]) for i, t in enumerate(terms)]
        ls = _narrow(letters, blank, 26, 2)
        ns = _narrow(numbers, blank, None, 2)
        return {chr(64 + l) + str(n) for l in ls for n in ns}
    own = terms[blank % 2 :: 2]
    k = blank // 2
    if own[1 if k == 0 else 0].isdigit():
        return {
            str(v)
            for v in _narrow([None if i == k else int(t) for i, t in enumerate(own)], k, None, 1)
        }
    vals = [None if i == k else ord(t) - 64 for i, t in enumerate(own)]
    return {chr(64 + v) for v in _narrow(vals, k, 26, 1)}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_key_agrees_with_second_method(difficulty: str) -> None:
    for item in logicgen.generate(NAME, count=60, difficulty=difficulty, seed=31, format="numeric"):
        terms, blank = item.data["terms"], item.data["blank"]
        found = second_method(terms, blank)
        assert item.answer in found
        if _PAIR.match(item.answer):
            assert found == {item.answer}  # pairs: same p + 2 rule per part


# -- the generator -------------------------------------------------------------------------


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_many_seeds_generate_and_verify(difficulty: str, fmt: str) -> None:
    top = 200 if difficulty == "hard" else 99
    for item in logicgen.generate(NAME, count=200, difficulty=difficulty, seed=77, format=fmt):
        assert verify(item).ok, item.code
        assert verify(Item.from_dict(json.loads(item.to_json()))).ok
        terms = item.data["terms"]
        assert len(terms) - 1 >= 5 and terms[item.data["blank"]] == "?"
        assert all(terms[i] != terms[i + 1] for i in range(len(terms) - 1))
        numbers = [int(n) for t in terms + [item.answer] for n in re.findall(r"\d+", t)]
        assert all(1 <= n <= top for n in numbers)
        if fmt == "choice":
            assert len(set(item.choices)) == 5
            assert item.check("ABCDE"[item.answer_index])
            if _PAIR.match(item.answer):
                assert all(_PAIR.match(c) for c in item.choices)
            elif item.answer.isdigit():
                assert all(c.isdigit() for c in item.choices)
            else:
                assert all(c.isalpha() and len(c) == 1 for c in item.choices)
        else:
            assert item.check(item.answer.lower()) and not item.check(item.answer + "1")


def test_rules_are_over_determined() -> None:
    rng = np.random.default_rng(12)
    for difficulty in DIFFICULTIES:
        params = fam.Params(difficulty=difficulty)
        for _ in range(200):
            inst = fam.generate(params, rng)
            spec = inst.spec
            shown = spec.n - 1
            pl, pn = spec.letters.parameters, spec.numbers.parameters
            if spec.kind == "pairs":
                assert shown >= max(pl, pn) + 2
            else:
                assert shown >= pl + pn + 2
                lpos, npos = spec.positions(True), spec.positions(False)
                assert len(lpos) - (spec.blank in lpos) >= pl + 1
                assert len(npos) - (spec.blank in npos) >= pn + 1


def test_pair_distractors_keep_one_part_right() -> None:
    items = logicgen.generate(NAME, count=150, seed=5)
    pairs = [i for i in items if _PAIR.match(i.answer)]
    assert pairs
    for item in pairs:
        letter, number = _PAIR.match(item.answer).groups()  # type: ignore[union-attr]
        wrong = [c for c in item.choices if c != item.answer]
        assert any(c.startswith(letter) for c in wrong)  # right letter, wrong number
        assert any(c.endswith(number) and not c.startswith(letter) for c in wrong)


def test_answer_position_is_spread() -> None:
    counts = Counter(i.answer_index for i in logicgen.generate(NAME, count=500, seed=9))
    assert sorted(counts) == [0, 1, 2, 3, 4] and min(counts.values()) > 60


def test_difficulty_changes_the_puzzles() -> None:
    means, wraps, big = {}, {}, {}
    for d in DIFFICULTIES:
        items = logicgen.generate(NAME, count=200, difficulty=d, seed=13)
        means[d] = sum(i.score for i in items) / len(items)
        wraps[d] = sum(
            "starts again at A" in i.explanation or "back to Z" in i.explanation for i in items
        )
        big[d] = sum("times the one before" in i.explanation for i in items)
    assert means["easy"] < means["medium"] < means["hard"]
    assert wraps["easy"] == 0 < wraps["medium"]
    assert big["easy"] == 0 < big["hard"]


def test_explanation_works_both_parts() -> None:
    rule_l = fam.LetterRule("step", 1, 2)
    rule_n = fam.NumberRule("step", 2, 2)
    spec = fam.Spec(
        "pairs", rule_l, rule_n, tuple(rule_l.values(5)), tuple(rule_n.values(5)), True, 4, 5
    )
    inst = logicgen.Instance(
        data={"terms": ["A2", "C4", "E6", "G8", "?"], "blank": 4, "question": "next"},
        answer=spec.term(4),
        score=fam.score(spec),
        spec=spec,
    )
    assert inst.answer == "I10"
    text = fam.steps(inst.spec, inst.answer).text()
    assert "A=1, C=3, E=5, G=7" in text
    assert "G + 2 = 7 + 2 = 9 = I" in text and "8 + 2 = 10" in text
    wrong = fam.distractors(spec, 4)
    assert "I9" in wrong or "I11" in wrong  # right letter, number off by one
    assert "H10" in wrong or "J10" in wrong  # right number, letter off by one


def test_same_seed_same_items_and_codes_round_trip() -> None:
    a = logicgen.generate(NAME, count=4, difficulty="hard", seed=3)
    assert a == logicgen.generate(NAME, count=4, difficulty="hard", seed=3)
    assert logicgen.from_code(a[1].code) == a[1]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"question": "both"}, "question must be one of"),
        ({"question": 1}, "question must be one of"),
        ({"n_options": 1}, "n_options must be between 3 and 8"),
        ({"format": "tfu"}, "format must be one of"),
        ({"pairs": True}, "has no parameter"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(NAME, count=1, seed=1, **params)


# -- effort: the score is what the solver needed ---------------------------------------------


def _effort(text: str) -> float:
    terms = text.split()
    return effort({"terms": terms, "blank": terms.index("?")})


def test_effort_worked_by_hand() -> None:
    # A2 C4 E6 G8 ?: letters step by 2 (1 + 0.2), numbers add 2 (1)
    assert _effort("A2 C4 E6 G8 ?") == 2.2
    # 2 B 4 D 6 F ?: the same two rules (1 + 1.2) + 0.25 for separating the series
    assert _effort("2 B 4 D 6 F ?") == 2.45
    # A3 B6 C12 D24 E48 ?: numbers: a constant step is rejected (0.25), the ratio fits
    # (1.5), the answer 96 exceeds 50 (0.5); letters step by 1 (1.1)
    assert _effort("A3 B6 C12 D24 E48 ?") == 3.35


def test_effort_orders_rules() -> None:
    assert _effort("A3 B6 C12 D24 E48 ?") > _effort("A3 B6 C9 D12 E15 ?")
    assert _effort("A2 B4 ? D8 E10 F12") > _effort("A2 B4 C6 D8 E10 ?")


def test_effort_is_the_score_and_levels_in_band() -> None:
    family = get(NAME)
    for level in ("easy", "medium", "hard"):
        lo, hi = family.band(level)
        for item in logicgen.generate(NAME, count=30, difficulty=level, seed=5):
            assert item.score == round(effort(item.data), 3)
            assert lo <= item.score <= hi
