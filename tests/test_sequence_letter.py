"""Tests for the ``sequence.letter`` family and the letter-series solver.

Known answers were worked out by hand from the alphabet (A = 1 ... Z = 26,
after Z comes A again), not taken from the generator's output.
"""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.generators.sequences import letter as fam
from logicgen.registry import get
from logicgen.solve.letters import effort, predict_terms, solve

NAME = "sequence.letter"
DIFFICULTIES = ("easy", "medium", "hard")


def series(text: str) -> tuple[list[str], int]:
    terms = [t.strip() for t in text.split(",")]
    return terms, terms.index("?")


def answers(text: str, choices: list[str] | None = None) -> list[str]:
    terms, blank = series(text)
    return solve({"terms": terms, "blank": blank}, choices or [])


# -- known answers, worked by hand ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C, F, I, L, ?", "O"),  # +3: 12 + 3 = 15
        ("A, B, D, G, K, ?", "P"),  # steps 1, 2, 3, 4, 5
        ("X, Z, B, D, ?", "F"),  # +2 round the end: Z + 2 = B
        ("W, X, Y, Z, ?", "A"),  # after Z comes A
        ("E, C, A, Y, ?", "W"),  # −2, before A comes Z: A − 2 = Y
        ("A, B, E, F, I, J, ?", "M"),  # alternating +1, +3
        ("A, Z, B, Y, C, X, ?", "D"),  # two series: A, B, C, D and Z, Y, X
        ("Z, Y, X, W, V, ?", "U"),  # backwards run
        ("C, F, ?, L, O", "I"),  # missing term
        ("AZ, BY, CX, DW, ?", "EV"),  # groups: +1 and the mirror letter
        ("AZ, BY, CX, ?, EV", "DW"),  # the classic AZ, BY, CX → DW as a gap
        ("ABC, BCD, CDE, DEF, ?", "EFG"),  # three positions, each +1
        ("AC, CF, EI, GL, ?", "IO"),  # +2 and +3
        ("YB, ZD, AF, BH, ?", "CJ"),  # first letters wrap: Z + 1 = A
    ],
)
def test_known_answers(text: str, expected: str) -> None:
    assert answers(text) == [expected]


def test_known_answer_as_choice_ignores_other_options() -> None:
    assert answers("C, F, I, L, ?", ["M", "N", "O", "P", "R"]) == ["O"]
    assert answers("C, F, I, L, ?", ["M", "N", "P"]) == []


def test_too_few_terms_are_refused() -> None:
    # A constant step has two free parameters, so it needs four shown terms;
    # with three (AZ, BY, CX) the rule is not over-determined and nothing fits.
    assert answers("AZ, BY, CX, ?") == []
    assert answers("C, F, I, ?") == []


def test_ambiguous_series_are_rejected() -> None:
    # Seven terms with the 4th missing: read as two interleaved series, B, ?, F
    # only fixes twice the step, and modulo 26 both D (+2) and Q (+15) work.
    assert answers("A, B, C, ?, E, F, G") == ["D", "Q"]
    assert answers("A, B, C, ?, E, F, G", ["D", "Q", "R"]) == ["D", "Q"]


def test_solver_rejects_junk() -> None:
    assert answers("C, F, 3, L, ?") == []  # shapes neither uniform nor alternating
    assert solve({"terms": ["C", "F", "I", "L", "?"], "blank": 9}, []) == []
    assert answers("C, F, I, L, ?", ["o", "O!"]) == ["o"]  # option text read case-insensitively


# -- the solver against brute force ---------------------------------------------------------


def _fits(full: list[int], kind: str) -> bool:
    """Does ``full`` follow ``kind`` for some parameters? Forward simulation, mod 26."""
    n = len(full)

    def same(expected: list[int]) -> bool:
        return all((a - b) % 26 == 0 for a, b in zip(full, expected))

    f = full
    if kind == "step":
        return same([f[0] + i * (f[1] - f[0]) for i in range(n)])
    if kind == "growing":
        d, c = f[1] - f[0], (f[2] - f[1]) - (f[1] - f[0])
        return same([f[0] + i * d + c * i * (i - 1) // 2 for i in range(n)])
    if kind in ("alternating", "cycle3"):
        period = 2 if kind == "alternating" else 3
        steps = [f[i + 1] - f[i] for i in range(period)]
        out = [f[0]]
        for i in range(n - 1):
            out.append(out[-1] + steps[i % period])
        return same(out)
    if kind == "interleave":
        return same([f[i % 2] + (i // 2) * (f[2 + i % 2] - f[i % 2]) for i in range(n)])
    if kind == "mirror0":  # (x, 27 − x) pairs from the first term
        d = f[2] - f[0]
        return same(
            [f[0] + (i // 2) * d if i % 2 == 0 else 27 - f[0] - (i // 2) * d for i in range(n)]
        )
    if kind == "mirror1":  # pairs from the second term; the first is a lone mirror
        d = f[3] - f[1]
        return same(
            [f[1] + (i // 2) * d if i % 2 else 27 - f[1] - (i // 2 - 1) * d for i in range(n)]
        )
    raise AssertionError(kind)


LIBRARY = {
    "step": 2,
    "growing": 3,
    "alternating": 3,
    "cycle3": 4,
    "interleave": 4,
    "mirror0": 2,
    "mirror1": 2,
}


def brute_force(values: list[int | None], blank: int) -> set[str]:
    """Try all 26 letters in the gap against every rule (a rule needs p + 2 shown terms)."""
    shown = len(values) - 1
    found = set()
    for v in range(1, 27):
        full = [v if i == blank else values[i] for i in range(len(values))]
        for kind, p in LIBRARY.items():
            if shown >= p + 2 and _fits(full, kind):  # type: ignore[arg-type]
                found.add(chr(64 + v))
    return found


@given(
    kind=st.sampled_from(sorted(LIBRARY)),
    params=st.lists(st.integers(0, 25), min_size=4, max_size=4),
    n=st.integers(5, 9),
    blank_at=st.integers(0, 100),
    noise=st.sampled_from([None, 0, 1, 2, 3]),
    noise_by=st.integers(1, 25),
)
def test_solver_matches_brute_force(kind, params, n, blank_at, noise, noise_by) -> None:
    a, b, c, d = params
    if kind == "step":
        vals = [a + i * b for i in range(n)]
    elif kind == "growing":
        vals = [a + i * b + c * i * (i - 1) // 2 for i in range(n)]
    elif kind == "alternating":
        vals = [a + ((i + 1) // 2) * b + (i // 2) * c for i in range(n)]
    elif kind == "cycle3":
        steps, vals = [b, c, d], [a]
        for i in range(n - 1):
            vals.append(vals[-1] + steps[i % 3])
    elif kind == "interleave":
        vals = [a + (i // 2) * b if i % 2 == 0 else c + (i // 2) * d for i in range(n)]
    elif kind == "mirror0":
        vals = [a + (i // 2) * b if i % 2 == 0 else 27 - a - (i // 2) * b for i in range(n)]
    else:
        vals = [a + (i // 2) * b if i % 2 else 27 - a - (i // 2 - 1) * b for i in range(n)]
    if noise is not None and noise < n:
        vals[noise] += noise_by  # usually breaks the rule
    vals = [(v - 1) % 26 + 1 for v in vals]
    blank = 1 + blank_at % (n - 1)  # the gap is never the first term
    terms = ["?" if i == blank else chr(64 + v) for i, v in enumerate(vals)]
    values: list[int | None] = [None if i == blank else v for i, v in enumerate(vals)]
    assert predict_terms(terms, blank) == brute_force(values, blank)


# -- the generator -------------------------------------------------------------------------


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_many_seeds_generate_and_verify(difficulty: str, fmt: str) -> None:
    items = logicgen.generate(NAME, count=200, difficulty=difficulty, seed=2024, format=fmt)
    for item in items:
        assert verify(item).ok, item.code
        again = Item.from_dict(json.loads(item.to_json()))
        assert verify(again).ok
        terms = item.data["terms"]
        shown = [t for t in terms if t != "?"]
        assert len(shown) >= 5
        assert terms.count("?") == 1 and terms[item.data["blank"]] == "?"
        assert all(terms[i] != terms[i + 1] for i in range(len(terms) - 1))
        assert len(set(shown)) > 2  # never a constant or two-letter loop
        if fmt == "choice":
            # a lone letter A–H is read as an option letter, so grade by letter
            assert item.check("ABCDEFGH"[item.answer_index])
            assert len(item.choices) == 5
            assert len({c.upper() for c in item.choices}) == 5
            assert all(len(c) == len(item.answer) and c.isalpha() for c in item.choices)
            assert item.choices[item.answer_index] == item.answer
        else:
            assert item.choices == () and not item.check(item.answer + "A")
            assert item.check(item.answer) and item.check(item.answer.lower())


def test_rule_is_over_determined() -> None:
    params = fam.Params(difficulty="hard")
    rng = np.random.default_rng(5)
    for _ in range(300):
        inst = fam.generate(params, rng)
        shown = len(inst.data["terms"]) - 1
        for rule in inst.spec.rules:
            assert shown >= rule.parameters + 2


def test_answer_position_is_spread() -> None:
    items = logicgen.generate(NAME, count=500, seed=8)
    counts = Counter(item.answer_index for item in items)
    assert sorted(counts) == [0, 1, 2, 3, 4]
    assert min(counts.values()) > 60  # 100 expected in each place


@pytest.mark.parametrize("n_options", [3, 8])
def test_option_counts(n_options: int) -> None:
    for item in logicgen.generate(NAME, count=60, difficulty="easy", seed=4, n_options=n_options):
        assert len(item.choices) == n_options
        assert len(set(item.choices)) == n_options
        assert verify(item).ok


def test_difficulty_changes_the_puzzles() -> None:
    stats = {}
    for d in DIFFICULTIES:
        items = logicgen.generate(NAME, count=200, difficulty=d, seed=99)
        stats[d] = {
            "score": sum(i.score for i in items) / len(items),
            "wrap": sum(
                "starts again at A" in i.explanation or "back to Z" in i.explanation for i in items
            ),
            "triples": sum(len(i.answer) == 3 for i in items),
            "interleave": sum("two series take turns" in i.explanation.lower() for i in items),
        }
    assert stats["easy"]["score"] < stats["medium"]["score"] < stats["hard"]["score"]
    assert stats["easy"]["wrap"] == 0 < stats["medium"]["wrap"]
    # easy has two interleaved series with steps of 1-2 (A, Z, B, Y, C) and three-letter
    # groups stepping by 1-2 without wrap-around; medium has no three-letter groups
    assert 0 < stats["easy"]["interleave"] and 0 < stats["hard"]["interleave"]
    assert stats["medium"]["triples"] == 0 < stats["easy"]["triples"]
    assert 0 < stats["hard"]["triples"]


def test_question_parameter() -> None:
    nxt = logicgen.generate(NAME, count=40, seed=3, question="next")
    assert all(i.data["blank"] == len(i.data["terms"]) - 1 for i in nxt)
    gap = logicgen.generate(NAME, count=40, seed=3, question="missing")
    assert all(0 < i.data["blank"] < len(i.data["terms"]) - 1 for i in gap)


def test_same_seed_same_items_and_codes_round_trip() -> None:
    a = logicgen.generate(NAME, count=5, difficulty="hard", seed=17)
    b = logicgen.generate(NAME, count=5, difficulty="hard", seed=17)
    assert a == b
    assert logicgen.from_code(a[3].code) == a[3]


# -- explanations built from hand-made rules -------------------------------------------------


def _instance(rule: fam.LetterRule, n: int, blank: int) -> logicgen.Instance:
    column = tuple(rule.values(n))
    spec = fam.Spec("step", (rule,), (column,), blank, n)
    terms = ["?" if i == blank else spec.term(i) for i in range(n)]
    answer = spec.term(blank)
    return logicgen.Instance(
        data={"terms": terms, "blank": blank, "question": "next"},
        answer=answer,
        score=fam.score(spec),
        spec=spec,
        steps=fam.steps(spec, answer),
    )


def _explain(rule: fam.LetterRule, n: int, blank: int) -> str:
    """The explanation the registry writes for a hand-made series."""
    return get("sequence.letter").explain(_instance(rule, n, blank))


def test_explanation_maps_letters_to_places() -> None:
    inst = _instance(fam.LetterRule("step", 3, 3), 5, 4)  # C, F, I, L, ?
    assert inst.answer == "O"
    text = get("sequence.letter").explain(inst)
    assert "C=3, F=6, I=9, L=12" in text
    assert "L + 3 = 12 + 3 = 15 = O" in text


def test_explanation_spells_out_the_wrap_around() -> None:
    inst = _instance(fam.LetterRule("step", 8, 5), 5, 4)  # H, M, R, W, ?
    assert inst.answer == "B"
    text = get("sequence.letter").explain(inst)
    assert "after Z the alphabet starts again at A" in text
    assert "28 − 26 = 2 = B" in text and "W + 5 = B" in text
    back = _explain(fam.LetterRule("step", 12, -4), 4, 3)  # L, H, D, ?
    assert "before A the alphabet goes back to Z" in back
    assert "D − 4 = 4 − 4 = 0" in back and "0 + 26 = 26 = Z" in back
    # a wrap among the shown terms is worked through too
    shown = _explain(fam.LetterRule("step", 12, -4), 5, 4)  # L, H, D, Z, ?
    assert "Before A the count goes back to Z: D − 4 = 4 − 4 = 0, and 0 + 26 = 26 = Z" in shown


def test_distractors_are_plausible_mistakes() -> None:
    inst = _instance(fam.LetterRule("step", 8, 5), 5, 4)  # answer B after W
    wrong = fam.distractors(inst.spec, 7)
    assert "Z" in wrong  # stopped at Z: forgot the wrap-around
    assert "R" in wrong  # W − 5: stepped the wrong way
    assert {"A", "C"} <= set(wrong)  # one place off
    assert "B" not in wrong and len(set(wrong)) == 7


# -- bad parameters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"question": "sideways"}, "question must be one of"),
        ({"n_options": 2}, "n_options must be between 3 and 8"),
        ({"n_options": 9}, "n_options must be between 3 and 8"),
        ({"format": "tfu"}, "format must be one of"),
        ({"difficulty": "extreme"}, "difficulty must be one of"),
        ({"letters": 3}, "has no parameter"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    difficulty = params.pop("difficulty", "medium")
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(NAME, count=1, seed=1, difficulty=difficulty, **params)


# -- effort: the score is what the solver needed ---------------------------------------------


def _effort(text: str) -> float:
    terms = text.split()
    return effort({"terms": terms, "blank": terms.index("?")})


def test_effort_worked_by_hand() -> None:
    # C F I L ?: the first rule tried (a step) fits: 1; steps of 3: 0.3
    assert _effort("C F I L ?") == 1.3
    # W Y A C ?: step 1 + steps of 2 (0.2) + running past Z (1)
    assert _effort("W Y A C ?") == 2.2
    # A B D G K ?: the step is tried and rejected (0.25), growing steps fit (2),
    # largest step 5 (0.5)
    assert _effort("A B D G K ?") == 2.75
    # the same asked inside the series: + 0.5 for checking both sides of the gap
    assert _effort("A B ? G K P") == 3.25
    # AZ BY CX DW ?: first letters step by 1 (1.1); second letters are their mirror (0.5)
    assert _effort("AZ BY CX DW ?") == 1.6


def test_effort_rewards_reasoning_not_length() -> None:
    assert _effort("C F I L O R U ?") == _effort("C F I L ?")
    assert _effort("A B D G K ?") > _effort("A C E G I ?")  # growing beats a constant step
    assert _effort("A Z B Y C X ?") > _effort("A B C D E F ?")  # two series beat one
    assert _effort("D C B A Z ?") > _effort("A B C D E ?")  # backwards across A


def test_effort_is_the_score_and_levels_in_band() -> None:
    family = get(NAME)
    for level in DIFFICULTIES:
        lo, hi = family.band(level)
        for item in logicgen.generate(NAME, count=30, difficulty=level, seed=5):
            assert item.score == round(effort(item.data), 3)
            assert lo <= item.score <= hi
