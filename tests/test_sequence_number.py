"""Tests of the ``sequence.number`` family and its independent solver."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.generators.sequences import number
from logicgen.solve import series

FAMILY = "sequence.number"
DIFFICULTIES = ("easy", "medium", "hard")


def _next(terms: list[int], choices: tuple[str, ...] = ()) -> list[str]:
    data = {"terms": terms, "question": "next", "position": len(terms) + 1}
    return series.solve(data, list(choices))


def _missing(terms: list[int | None], choices: tuple[str, ...] = ()) -> list[str]:
    data = {"terms": terms, "question": "missing", "position": terms.index(None) + 1}
    return series.solve(data, list(choices))


@pytest.fixture(scope="module")
def items() -> dict[str, list[Item]]:
    """A few hundred items per difficulty, shared by the statistical tests."""
    return {d: logicgen.generate(FAMILY, count=300, difficulty=d, seed=2024) for d in DIFFICULTIES}


# -- the solver on classic series, entered by hand -------------------------------------

CLASSIC_NEXT = [
    ([7, 11, 15, 19], "23"),  # arithmetic
    ([2, 3, 5, 8, 12], "17"),  # differences 1, 2, 3, 4
    ([3, 6, 12, 24], "48"),  # doubling
    ([64, 32, 16, 8, 4], "2"),  # halving
    ([16, 24, 36, 54, 81], None),  # x 3/2 would give 121.5: no whole-number rule
    ([5, 10, 13, 26, 29], "58"),  # x 2, + 3 in turn
    ([4, 20, 6, 17, 8, 14], "10"),  # 4, 6, 8 and 20, 17, 14 alternate
    ([12, 15, 21, 24, 30], "33"),  # add the digit sum
    ([3, 7, 15, 31, 63], "127"),  # x 2 + 1
    ([2, 5, 7, 12, 19], "31"),  # Fibonacci-like
    ([1, 1, 2, 3, 5, 8], "13"),  # Fibonacci
    ([3, 6, 11, 18, 27], "38"),  # n^2 + 2
    ([2, 3, 5, 7, 11], "13"),  # primes
    ([1, 8, 27, 64, 125], "216"),  # cubes
    ([1, 3, 6, 10, 15], "21"),  # triangular numbers
    ([1, 2, 4, 7, 11, 16], "22"),  # differences grow by 1
    ([5, 6, 8, 12, 20, 36], "68"),  # differences 1, 2, 4, 8, 16
    ([1, 4, 10, 20, 35, 56], "84"),  # tetrahedral numbers: third differences constant
    ([1, 10, 2, 20, 4, 30, 8], "40"),  # 1, 2, 4, 8 and 10, 20, 30 alternate
    ([2, 4, 7, 6, 12, 15, 14], "28"),  # x 2, + 3, - 1 in turn
    ([19, 29, 40, 44, 52], "59"),  # add the digit sum
    ([1, 3, 4, 7, 11, 18], "29"),  # Lucas numbers
]


@pytest.mark.parametrize(("terms", "expected"), CLASSIC_NEXT)
def test_solver_classic_next_terms(terms: list[int], expected: str | None) -> None:
    assert _next(terms) == ([] if expected is None else [expected])


def test_solver_needs_two_more_terms_than_parameters() -> None:
    # x 2 + 1 has three parameters: four terms leave it under-determined
    assert _next([3, 7, 15, 31]) == []
    assert _next([3, 7, 15, 31, 63]) == ["127"]
    # four terms are enough for a ratio (two parameters) ...
    assert _next([3, 6, 12, 24]) == ["48"]
    # ... but three are not (only one-parameter digit rules are tried on them:
    # 12 + (1 + 2) = 15 and 12 + (1 × 2) = 14)
    assert _next([3, 6, 12]) == ["14", "15"]


CLASSIC_MISSING = [
    ([5, 10, None, 26, 29, 58], "13"),
    ([2, None, 8, 16, 32, 64], "4"),
    ([1, 4, 9, None, 25, 36], "16"),
    ([4, 20, 6, 17, None, 14, 10], "8"),
    ([3, 5, 8, None, 21, 34], "13"),
]


@pytest.mark.parametrize(("terms", "expected"), CLASSIC_MISSING)
def test_solver_classic_missing_terms(terms: list[int | None], expected: str) -> None:
    assert _missing(terms) == [expected]


def test_solver_checks_each_option_for_a_gap() -> None:
    choices = ("12", "13", "15", "16", "18")
    assert _missing([5, 10, None, 26, 29, 58], choices) == ["13"]


def test_solver_rejects_ambiguous_series() -> None:
    # 1, 2, 4, 8, 16: doubling gives 32, but adding the digit sum also fits
    # (1+1, 2+2, 4+4, 8+8, then 16+7 = 23), and so does adding the digit
    # product (16+6 = 22)
    assert sorted(_next([1, 2, 4, 8, 16]), key=int) == ["22", "23", "32"]
    fits = series.fills([1, 2, 4, 8, 16, None])
    assert fits["geometric"] == [32] and fits["digit_sum"] == [23]
    assert fits["digit_product"] == [22]
    # with options, every fitting option is reported, so the item cannot verify
    assert _next([1, 2, 4, 8, 16], ("22", "23", "30", "32", "36")) == ["22", "23", "32"]
    # a rival value that is not offered is reported too
    assert _next([1, 2, 4, 8, 16], ("30", "32", "33", "34", "36")) == ["32", "22", "23"]
    # 2, 4, 8, 16, 32 has no such rival
    assert _next([2, 4, 8, 16, 32], ("48", "56", "63", "64", "65")) == ["64"]
    # 17, 19, 23, 25, 29: the gaps 2, 4, 2, 4 occur twice among the primes
    # (5, 7, 11, 13, 17 and 11, 13, 17, 19, 23), which continue differently
    assert sorted(_next([17, 19, 23, 25, 29]), key=int) == ["31", "35"]


# Series a person continues another way than the library rule that fits them all
# (the examples, each worked by hand):
# (terms, key by the full rule, the rival value, the rival a person sees)
RIVALS = [
    # -6 and x2 in turn: 3-6=-3, -3x2=-6, -6-6=-12, -12x2=-24, -24-6=-30;
    # from -3 on (all but the first term) every step doubles: -24x2 = -48
    ([3, -3, -6, -12, -24], -30, -48, "last steps: constant ratio"),
    # x3 and -12 in turn: 2x3=6, 6-12=-6, -6x3=-18, -18-12=-30, -30x3=-90;
    # from 6 on (all but the first term) every step is -12: -30-12 = -42
    ([2, 6, -6, -18, -30], -90, -42, "last steps: constant difference"),
    # add the digit sum: 594+18=612, 612+9=621, 621+9=630, 630+9=639, 639+18=657;
    # the last three steps are +9, +9, +9: 639+9 = 648
    ([594, 612, 621, 630, 639], 657, 648, "last steps: constant difference"),
    # add the digit sum: 540+9=549, 549+18=567, 567+18=585, 585+18=603, 603+9=612;
    # the last three steps are +18: 603+18 = 621
    ([540, 549, 567, 585, 603], 612, 621, "last steps: constant difference"),
    # the sum of the two before, plus 1: 2+4+1=7, 4+7+1=12, 7+12+1=20, 12+20+1=33;
    # differences 2, 3, 5, 8 and their differences 1, 2, 3, next 4: 20+8+4 = 32
    ([2, 4, 7, 12, 20], 33, 32, "difference table: constant third differences"),
    # the sum of the two before, minus 5: 11+15-5=21, 15+21-5=31, 21+31-5=47, 31+47-5=73;
    # differences 4, 6, 10, 16 and their differences 2, 4, 6, next 8: 47+16+8 = 71
    ([11, 15, 21, 31, 47], 73, 71, "difference table: constant third differences"),
]


@pytest.mark.parametrize(("terms", "key", "rival", "reading"), RIVALS)
def test_solver_reports_rivals_a_person_sees(
    terms: list[int], key: int, rival: int, reading: str
) -> None:
    # the full library alone finds only the key ...
    assert series.candidates([*terms, None]) == [key]
    # ... but the rival reading is as simple (within the margin) and gives another value
    limit = series.simplest([*terms, None]) + series.MARGIN
    assert rival in series.rivals([*terms, None], limit)[reading]
    # a choice item offering both has two answers, so it is rejected
    choices = tuple(str(v) for v in sorted({key, rival, key + 1, key - 1, rival + 2}))
    assert sorted(_next(terms, choices), key=int) == sorted([str(key), str(rival)], key=int)
    # free response: any value may be written, so the rival counts even unoffered
    assert sorted(_next(terms), key=int) == sorted([str(key), str(rival)], key=int)
    # a choice item that does not offer the rival has one answer
    others = tuple(str(v) for v in (key - 2, key - 1, key, key + 1, key + 3) if v != rival)
    assert _next(terms, others) == [str(key)]


def test_rival_readings_of_a_missing_term() -> None:
    # the digit-sum series with its 5th term missing: 594, 612, 621, 630, ?, 657;
    # the key is 639 (630 + 9); the last terms 621, 630, ?, 657 are no constant
    # step (it would need 639 and 648), so no rival and one answer
    assert _missing([594, 612, 621, 630, None, 657], ("636", "639", "640", "642", "648")) == [
        "639"
    ]
    # 3, -3, ?, -12, -24, -30 (-6 and x2 in turn): the key -6; leaving out the first
    # term, -3, ?, -12, -24 doubles from -3 to -6 as well, so the readings agree
    assert _missing([3, -3, None, -12, -24, -30]) == ["-6"]


def test_rival_library_rule_without_the_first_term() -> None:
    # 9, 2, 3, 5, 8, 13: from 2 on each term is the sum of the two before (Fibonacci,
    # complexity 2, + 1 for the term left out), so 8 + 13 = 21 comes next
    assert series.rivals([9, 2, 3, 5, 8, 13, None], 3)["first term left out: fibonacci"] == [21]
    assert "first term left out: fibonacci" not in series.rivals([9, 2, 3, 5, 8, 13, None], 2)


def test_rival_interleave_without_its_last_term() -> None:
    # 1, 2, 4, 8 and 10, 20, 30 alternate, but the last shown term is 45, not 40:
    # read as an interleave whose last term is off its own series, 8 x 2 = 16 comes next
    seq = [1, 10, 2, 20, 4, 30, 8, 45, None]
    assert series.rivals(seq, 4)["last term left out: interleave2"] == [16]
    assert "last term left out: interleave2" not in series.rivals(seq, 3)  # 3 + 1 > 3


def test_rivals_more_complex_than_the_margin_are_ignored() -> None:
    # 1, 2, 3, 5, 8 is Fibonacci (complexity 2, key 13); the last four terms 2, 3, 5, 8
    # have second differences 1, 1, which continue to 12 (complexity 3 = 2 + margin)
    assert series.simplest([1, 2, 3, 5, 8, None]) == 2
    assert sorted(_next([1, 2, 3, 5, 8]), key=int) == ["12", "13"]
    # with a margin of 0 that reading would be too complex to count
    assert "difference table: constant second differences" not in series.rivals(
        [1, 2, 3, 5, 8, None], 2
    )
    # an arithmetic series (complexity 1) only meets rivals of complexity 2 at most:
    # the last steps give the same value
    assert _next([7, 11, 15, 19, 23], ("25", "26", "27", "28", "31")) == ["27"]
    assert series.rivals([7, 11, 15, 19, 23, None], 2) == {
        "last steps: constant difference": [27]
    }


def test_solver_rejects_malformed_data() -> None:
    assert series.solve({"terms": [1, 2, 3, 4, 5], "question": "next", "position": 3}, []) == []
    assert (
        series.solve({"terms": [1, None, 3, None, 5, 6], "question": "missing", "position": 2}, [])
        == []
    )
    assert series.solve({"terms": [1, 2, 3, 4, 5], "question": "later", "position": 6}, []) == []
    assert series.solve({"terms": [1, 2.5, 3, 4, 5], "question": "next", "position": 6}, []) == []


def test_solver_does_not_import_the_generators() -> None:
    import inspect

    source = inspect.getsource(series)
    assert "logicgen.families" not in source and "from .." not in source


# -- solver against a second method --------------------------------------------------------


def _lagrange_next(values: list[int], degree: int) -> Fraction:
    """Extrapolate with the polynomial through the first ``degree + 1`` points."""
    xs = list(range(degree + 1))
    target = len(values)
    total = Fraction(0)
    for i in xs:
        term = Fraction(values[i])
        for j in xs:
            if j != i:
                term *= Fraction(target - j, i - j)
        total += term
    return total


@settings(max_examples=150, deadline=None)
@given(
    coefs=st.lists(st.integers(-6, 6), min_size=4, max_size=4),
    n_terms=st.integers(6, 8),
)
def test_solver_matches_lagrange_on_cubics(coefs: list[int], n_terms: int) -> None:
    a, b, c, d = coefs
    values = [a * i**3 + b * i**2 + c * i + d for i in range(n_terms)]
    if len(set(values)) < len(values) or any(x == y for x, y in itertools.pairwise(values)):
        return
    expected = _lagrange_next(values, 3)
    assert expected.denominator == 1
    got = _next(values)
    # polynomials of degree <= 3 are in the library, so the true value is always found
    assert str(expected.numerator) in got


@settings(max_examples=150, deadline=None)
@given(
    start=st.integers(1, 9),
    num=st.sampled_from([2, 3, -2, 3, 5]),
    den=st.sampled_from([1, 1, 2]),
    n_terms=st.integers(5, 7),
)
def test_solver_matches_fraction_ratio_on_geometric(
    start: int, num: int, den: int, n_terms: int
) -> None:
    ratio = Fraction(num, den)
    first = start * den ** (n_terms)
    values = [first * ratio**i for i in range(n_terms + 1)]
    assert all(v.denominator == 1 for v in values)
    ints = [int(v) for v in values]
    got = _next(ints[:-1])
    assert str(ints[-1]) in got


def _reference_fits(kind: str, t: list[int]) -> bool:
    """Plain re-statements of a few rules, written without the solver's tricks."""
    d1 = [b - a for a, b in itertools.pairwise(t)]
    d2 = [b - a for a, b in itertools.pairwise(d1)]
    if kind == "arithmetic":
        return len(set(d1)) == 1
    if kind == "second_difference":
        return len(set(d2)) == 1
    if kind == "geometric":
        return 0 not in t and len({Fraction(b, a) for a, b in itertools.pairwise(t)}) == 1
    if kind == "fibonacci":
        return all(t[i] == t[i - 1] + t[i - 2] for i in range(2, len(t)))
    if kind == "digit_sum":
        return all(b == a + sum(map(int, str(a))) for a, b in itertools.pairwise(t))
    raise AssertionError(kind)


def test_missing_terms_against_brute_force() -> None:
    """For simple rules, try every value near the key in the gap: only the key fits."""
    checked = 0
    for item in logicgen.generate(FAMILY, count=400, difficulty="easy", seed=9, question="missing"):
        kind = item.data["rule"]
        if kind not in ("arithmetic", "second_difference", "geometric", "fibonacci"):
            continue
        terms = item.data["terms"]
        gap = terms.index(None)
        key = int(item.answer)
        fitting = []
        for v in range(key - 300, key + 301):
            filled = terms[:gap] + [v] + terms[gap + 1 :]
            if _reference_fits(kind, filled):
                fitting.append(v)
        assert fitting == [key], item.to_json()
        checked += 1
    assert checked > 100


def test_next_terms_against_reference_rules(items: dict[str, list[Item]]) -> None:
    checked = 0
    for item in items["easy"] + items["medium"]:
        kind = item.data["rule"]
        if kind in ("arithmetic", "second_difference", "geometric", "fibonacci", "digit_sum") and (
            item.data["question"] == "next"
        ):
            assert _reference_fits(kind, item.data["terms"] + [int(item.answer)]), item.to_json()
            checked += 1
    assert checked > 100


# -- generated items -----------------------------------------------------------------------


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_many_seeds_generate_and_verify(difficulty: str) -> None:
    made = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=77)
    for item in made:
        assert verify(item).ok, item.to_json()
        again = Item.from_dict(json.loads(item.to_json()))
        assert verify(again).ok
        assert again == item


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_numeric_format_verifies(difficulty: str) -> None:
    for item in logicgen.generate(
        FAMILY, count=100, difficulty=difficulty, seed=5, format="numeric"
    ):
        assert item.choices == ()
        assert series.solve(item.data, []) == [item.answer]
        assert verify(item).ok


def test_generation_is_deterministic() -> None:
    a = [i.to_json() for i in logicgen.generate(FAMILY, count=30, seed=123)]
    b = [i.to_json() for i in logicgen.generate(FAMILY, count=30, seed=123)]
    assert a == b
    code = logicgen.generate(FAMILY, count=1, seed=4, difficulty="hard")[0]
    assert logicgen.from_code(code.code) == code


def test_every_rule_kind_occurs(items: dict[str, list[Item]]) -> None:
    seen = Counter(item.data["rule"] for group in items.values() for item in group)
    assert set(seen) == set(number.KINDS), set(number.KINDS) - set(seen)


def test_terms_stay_bounded(items: dict[str, list[Item]]) -> None:
    for difficulty, group in items.items():
        cap = number.CAP[difficulty]
        assert cap <= 10_000
        for item in group:
            values = [t for t in item.data["terms"] if t is not None] + [int(item.answer)]
            values += [int(c) for c in item.choices]
            assert max(abs(v) for v in values) <= cap, item.to_json()


def test_bounds_are_checked_while_building() -> None:
    calls = []

    def explode(terms: list[int], i: int) -> int:
        calls.append(i)
        return terms[-1] * 10**6

    assert number._grow([7], explode, 8, 10_000) is None
    assert len(calls) == 1  # abandoned at the first term out of bounds


def test_no_constant_tails_or_repeats(items: dict[str, list[Item]]) -> None:
    for group in items.values():
        for item in group:
            terms = item.data["terms"]
            full = (
                terms + [int(item.answer)]
                if item.data["question"] == "next"
                else [int(item.answer) if t is None else t for t in terms]
            )
            assert len(set(full)) > 2
            assert all(a != b for a, b in itertools.pairwise(full)), item.to_json()
            for period in (2, 3):
                assert any(full[i] != full[i - period] for i in range(period, len(full)))


def test_enough_terms_are_shown(items: dict[str, list[Item]]) -> None:
    for group in items.values():
        for item in group:
            shown = [t for t in item.data["terms"] if t is not None]
            assert len(shown) >= 5


def test_data_records_question_and_position(items: dict[str, list[Item]]) -> None:
    questions = Counter()
    for group in items.values():
        for item in group:
            data = item.data
            assert json.loads(json.dumps(data)) == data
            questions[data["question"]] += 1
            if data["question"] == "next":
                assert None not in data["terms"]
                assert data["position"] == len(data["terms"]) + 1
                assert item.prompt.rstrip().endswith(", ?")
            else:
                gap = data["position"] - 1
                assert data["terms"].count(None) == 1 and data["terms"][gap] is None
                assert 0 < gap < len(data["terms"]) - 1  # inside the series
                assert number.ordinal(gap + 1) in item.prompt
    assert 0.2 < questions["missing"] / sum(questions.values()) < 0.45


def test_missing_term_items_verify() -> None:
    for difficulty in DIFFICULTIES:
        made = logicgen.generate(
            FAMILY, count=100, difficulty=difficulty, seed=31, question="missing"
        )
        assert all(i.data["question"] == "missing" for i in made)
        assert all(verify(i).ok for i in made)
        wrong = made[0]
        # a different key must fail verification
        bad = Item.from_dict(
            {
                **wrong.to_dict(),
                "answer": wrong.choices[wrong.answer_index - 1],
                "answer_index": wrong.answer_index - 1,
            }
        )
        assert not verify(bad).ok


def test_answer_rank_is_spread(items: dict[str, list[Item]]) -> None:
    ranks = Counter()
    total = 0
    for group in items.values():
        for item in group:
            values = sorted(int(c) for c in item.choices)
            ranks[values.index(int(item.answer))] += 1
            total += 1
    assert set(ranks) == set(range(5))
    for rank in range(5):
        assert 0.12 < ranks[rank] / total < 0.28, ranks
    # the answer is not systematically the middle value
    assert ranks[2] / total < 0.28


def test_options_are_plausible(items: dict[str, list[Item]]) -> None:
    for group in items.values():
        for item in group:
            values = [int(c) for c in item.choices]
            assert len(values) == 5 and len(set(values)) == 5
            key = int(item.answer)
            assert all(abs(v - key) <= max(20, abs(key)) for v in values)
            if min(t for t in item.data["terms"] if t is not None) >= 0 and key >= 0:
                assert min(values) >= 0


@pytest.mark.parametrize("n_options", [3, 4, 6, 8])
def test_other_option_counts(n_options: int) -> None:
    for item in logicgen.generate(FAMILY, count=40, seed=8, n_options=n_options):
        assert len(item.choices) == n_options
        assert verify(item).ok


def test_difficulty_levels_differ(items: dict[str, list[Item]]) -> None:
    mean = {d: sum(i.score for i in g) / len(g) for d, g in items.items()}
    assert mean["easy"] + 0.5 < mean["medium"] < mean["hard"] - 0.3, mean

    def size(item: Item) -> int:
        return max(abs(t) for t in item.data["terms"] if t is not None)

    biggest = {d: sorted(size(i) for i in g)[len(g) // 2] for d, g in items.items()}
    assert biggest["easy"] < biggest["medium"] < biggest["hard"], biggest
    kinds = {d: {i.data["rule"] for i in g} for d, g in items.items()}
    assert "cycle" not in kinds["easy"] and "third_difference" in kinds["hard"]


def test_explanations_name_the_rule_and_show_the_answer(items: dict[str, list[Item]]) -> None:
    for group in items.values():
        for item in group:
            text = item.explanation
            assert f"= {item.answer}" in text, text
            assert "So the" in text


def test_explanation_of_a_known_series() -> None:
    # build the classic 2, 6, 12, 20, 30 -> 42 (differences 4, 6, 8, 10) directly
    s = number.Series(
        "second_difference", [2, 6, 12, 20, 30, 42], 56, k=3, ops=2, info={"d0": 4, "dd": 2}
    )
    inst = number._draft(s, "next", 5)
    text = number.explain(inst)
    assert "The differences between neighbouring terms are 4, 6, 8, 10" in text
    assert "next difference is 10 + 2 = 12" in text
    assert "30 + 12 = 42" in text


def test_named_mistakes_of_a_known_series() -> None:
    # 2, 6, 12, 20, 30 -> 42; worked by hand: 30 + 10 = 40 repeats the last difference,
    # 56 is the term after 42, 30 × 30/20 = 45 repeats the last ratio, and
    # 42 + 12 - 10 = 44 counts the growth of the difference twice
    s = number.Series(
        "second_difference", [2, 6, 12, 20, 30, 42], 56, k=3, ops=2, info={"d0": 4, "dd": 2}
    )
    assert [tuple(m) for m in number._draft(s, "next", 5).mistakes] == [
        (40, "repeating the last difference"),
        (56, "one step too far"),
        (45, "repeating the last ratio"),
        (44, "counting the growth of the difference twice"),
    ]
    # the gap at 20: neighbours 12 and 30 average 21; 12 + 6 = 18 continues the terms
    # before the gap; 30 - 12 = 18 runs the terms after it backwards
    gap = number._draft(s, "missing", 3)
    assert [value for value, _ in gap.mistakes] == [21, 18, 18]


def test_geometric_items_never_round() -> None:
    # most plain ratios are below the hard band, so medium items are checked too
    made = [*logicgen.generate(FAMILY, count=300, difficulty="hard", seed=3),
            *logicgen.generate(FAMILY, count=100, difficulty="medium", seed=3)]
    seen = 0
    for item in made:
        if item.data["rule"] == "geometric" and item.data["question"] == "next":
            t = item.data["terms"] + [int(item.answer)]
            assert len({Fraction(b, a) for a, b in itertools.pairwise(t)}) == 1
            seen += 1
    assert seen > 5


# -- parameters --------------------------------------------------------------------------

BAD_PARAMS = [
    ({"question": "sideways"}, "question must be one of mixed, next, missing"),
    ({"min_terms": 4}, "min_terms must be between 5 and 8 (got 4)"),
    ({"min_terms": 9}, "min_terms must be between 5 and 8 (got 9)"),
    ({"min_terms": "6"}, "min_terms must be an integer"),
    ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
    ({"n_options": 2}, "n_options must be between 3 and 8 (got 2)"),
    ({"format": "tfu"}, "format must be one of choice, numeric"),
    ({"difficulty": "extreme"}, "difficulty must be one of easy, medium, hard"),
    ({"terms": 6}, "has no parameter"),
]


@pytest.mark.parametrize(("params", "message"), BAD_PARAMS)
def test_bad_parameters(params: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidParams, match=message.replace("(", r"\(").replace(")", r"\)")):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


@pytest.mark.parametrize("min_terms", [5, 6, 7, 8])
def test_min_terms(min_terms: int) -> None:
    for item in logicgen.generate(FAMILY, count=30, seed=2, difficulty="hard", min_terms=min_terms):
        shown = [t for t in item.data["terms"] if t is not None]
        assert len(shown) >= min_terms
        assert verify(item).ok


def _seen_rivals(terms: list[int]) -> set[int]:
    """Next terms a person reads off the last four shown terms, worked with plain
    fractions and without the solver: a constant difference, a constant ratio
    (which also cover every series that is arithmetic or geometric but for its
    first term) and constant second differences."""
    last = terms[-4:]
    d1 = [b - a for a, b in itertools.pairwise(last)]
    out = set()
    if len(set(d1)) == 1:
        out.add(last[-1] + d1[0])
    if 0 not in last:
        ratios = {Fraction(b, a) for a, b in itertools.pairwise(last)}
        nxt = last[-1] * next(iter(ratios))
        if len(ratios) == 1 and nxt.denominator == 1:
            out.add(int(nxt))
    d2 = [b - a for a, b in itertools.pairwise(d1)]
    if len(set(d2)) == 1:
        out.add(last[-1] + d1[-1] + d2[0])
    return out


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_no_item_has_a_rival_a_person_sees(difficulty: str, fmt: str) -> None:
    """2,000 items per level and format: no warm-up, last-steps or difference-table
    rival gives another offered option (or, free response, another value)."""
    by_hand = by_solver = 0
    for item in logicgen.generate(FAMILY, count=2000, difficulty=difficulty, seed=7, format=fmt):
        data, key = item.data, int(item.answer)
        offered = {int(c) for c in item.choices}

        def counts(values: set[int] | list[int], key: int = key, offered: set[int] = offered) -> bool:
            return any(v != key and (fmt == "numeric" or v in offered) for v in values)

        seq = data["terms"] + [None] if data["question"] == "next" else data["terms"]
        limit = series.simplest(seq) + series.MARGIN
        by_solver += any(counts(v) for v in series.rivals(seq, limit).values())
        if data["question"] == "next":
            by_hand += counts(_seen_rivals(data["terms"]))
    assert (by_hand, by_solver) == (0, 0)


# -- effort: the score is what the solver needed -----------------------------------


def _effort(terms: list, question: str = "next", position: int | None = None) -> float:
    from logicgen.solve.series import effort
    return effort({"terms": terms, "question": question,
                   "position": position or len(terms) + 1})


def test_effort_worked_by_hand() -> None:
    # 1 3 5 7: the first rule tried (constant difference) fits: 1
    assert _effort([1, 3, 5, 7]) == 1.0
    # 1 2 4 8: first, second and third differences are tried and rejected (0.3), then
    # the ratio fits (1.5)
    assert _effort([1, 2, 4, 8]) == 1.8
    # 100 200 300 400: a constant difference on three-digit numbers:
    # 1 + 0.5 × log10(400) - 0.5 = 1 + 0.801
    assert _effort([100, 200, 300, 400]) == 1.801
    # the same asked inside the series, with a negative number: + 0.3 + 0.3
    assert _effort([-3, -1, None, 3, 5], "missing", 3) == 1.6


def test_effort_rewards_the_rule_not_the_length() -> None:
    assert _effort([1, 2, 3, 4, 5, 6, 7, 8, 9]) == _effort([1, 2, 3, 4]) == 1.0
    assert _effort([1, 2, 4, 7, 11]) > _effort([1, 3, 5, 7, 9])  # growing differences
    assert _effort([1, 10, 2, 20, 3, 30]) > _effort([1, 2, 3, 4, 5, 6])  # two series


def test_effort_is_the_score_and_levels_in_band() -> None:
    from logicgen.registry import get
    from logicgen.solve.series import effort
    family = get("sequence.number")
    for level in ("easy", "medium", "hard"):
        lo, hi = family.band(level)
        for item in logicgen.generate("sequence.number", count=20, difficulty=level, seed=9):
            assert item.score == round(effort(item.data), 3)
            assert lo <= item.score <= hi
