"""probability.conditional: Monty Hall, Bayes, two-child problems and tables, checked by hand."""

from __future__ import annotations

import itertools
import re
from fractions import Fraction as F

import pytest

import logicgen
from logicgen import InvalidParams
from logicgen.solve.exact import effort, probability

FAMILY = "probability.conditional"


def solve_data(experiment: dict, event: dict, given: dict | None = None) -> F:
    return probability({"experiment": experiment, "event": event, "given": given})


@pytest.mark.parametrize(
    ("doors", "strategy", "expected"),
    # Three doors: switching wins 2/3, staying 1/3 (host always opens a goat door).
    # n doors, host opens one: switching to a random other closed door wins (n-1)/(n(n-2)).
    [
        (3, "switch", F(2, 3)),
        (3, "stay", F(1, 3)),
        (4, "switch", F(3, 8)),
        (4, "stay", F(1, 4)),
        (5, "switch", F(4, 15)),
    ],
)
def test_monty_hall(doors: int, strategy: str, expected: F) -> None:
    exp = {"kind": "monty", "doors": doors, "strategy": strategy}
    assert solve_data(exp, {"type": "win"}) == expected


def screening(prev: str, sens: str, fp: str) -> dict:
    return {
        "kind": "sources",
        "sources": [
            {"name": "yes", "share": prev, "rate": sens},
            {"name": "no", "share": str(1 - F(prev)), "rate": fp},
        ],
    }


def test_bayes_classics() -> None:
    # 1% prevalence, 99% sensitivity, 5% false positives: 99 true against 495 false
    # positives out of 10,000 people, so 99/594 = 1/6.
    assert solve_data(
        screening("1/100", "99/100", "1/20"),
        {"type": "source", "name": "yes"},
        {"type": "flag", "value": True},
    ) == F(1, 6)
    # 2% defective, 90% sensitivity, 5% false positives: 18 against 49 per 1,000.
    assert solve_data(
        screening("1/50", "9/10", "1/20"),
        {"type": "source", "name": "yes"},
        {"type": "flag", "value": True},
    ) == F(18, 67)
    # Negative result, same test as the first: 9405 healthy against 1 ill negative.
    assert solve_data(
        screening("1/100", "99/100", "1/20"),
        {"type": "source", "name": "no"},
        {"type": "flag", "value": False},
    ) == F(9405, 9406)
    # Machines: A 60% with 2% defective, B 40% with 5%: 12 against 20 per 1,000.
    machines = {
        "kind": "sources",
        "sources": [
            {"name": "A", "share": "3/5", "rate": "1/50"},
            {"name": "B", "share": "2/5", "rate": "1/20"},
        ],
    }
    assert solve_data(
        machines, {"type": "source", "name": "A"}, {"type": "flag", "value": True}
    ) == F(3, 8)


BOY = {"sex": "boy"}


def kids(n: int, days: bool = False) -> dict:
    attrs = {"sex": ["boy", "girl"]}
    if days:
        attrs["day"] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return {"kind": "children", "count": n, "attributes": attrs}


def boys(cmp: str, k: int, prop: dict = BOY) -> dict:
    return {"type": "count", "property": prop, "cmp": cmp, "value": k}


def test_two_child_classics() -> None:
    assert solve_data(kids(2), boys("eq", 2), boys("ge", 1)) == F(1, 3)
    assert solve_data(
        kids(2), boys("eq", 2), {"type": "position", "index": 1, "property": BOY}
    ) == F(1, 2)
    assert solve_data(
        kids(2, days=True), boys("eq", 2), boys("ge", 1, {"sex": "boy", "day": "Tue"})
    ) == F(13, 27)
    assert solve_data(kids(3), boys("eq", 3), boys("ge", 1)) == F(1, 7)
    assert solve_data(kids(3), boys("eq", 3), boys("ge", 2)) == F(1, 4)


def test_table_classic() -> None:
    table = {
        "kind": "table",
        "rows": ["smoker", "non-smoker"],
        "cols": ["ill", "well"],
        "counts": [[30, 70], [20, 380]],
    }
    assert solve_data(
        table, {"type": "cell", "col": "ill"}, {"type": "cell", "row": "smoker"}
    ) == F(3, 10)
    assert solve_data(
        table, {"type": "cell", "row": "smoker"}, {"type": "cell", "col": "ill"}
    ) == F(3, 5)


# -- independent recomputation of generated items -------------------------------------------


def recompute(data: dict) -> F:
    exp, event, given = data["experiment"], data["event"], data["given"]
    kind = exp["kind"]
    if kind == "table":

        def cells(ev: dict) -> set[tuple[int, int]]:
            return {
                (i, j)
                for i, r in enumerate(exp["rows"])
                for j, c in enumerate(exp["cols"])
                if ev.get("row", r) == r and ev.get("col", c) == c
            }

        both = cells(event) & cells(given)
        total = sum(exp["counts"][i][j] for i, j in cells(given))
        return F(sum(exp["counts"][i][j] for i, j in both), total)
    if kind == "sources":
        flagged = given["value"]
        joint = {
            s["name"]: F(s["share"]) * (F(s["rate"]) if flagged else 1 - F(s["rate"]))
            for s in exp["sources"]
        }
        return joint[event["name"]] / sum(joint.values())
    if kind == "monty":
        n = exp["doors"]
        return F(n - 1, n * (n - 2))
    if kind == "children":
        attrs = exp["attributes"]
        kinds_ = [dict(zip(attrs, combo)) for combo in itertools.product(*attrs.values())]

        def ok(ev: dict, fam: tuple) -> bool:
            match = [all(ch[k] == v for k, v in ev["property"].items()) for ch in fam]
            if ev["type"] == "position":
                return match[ev["index"] - 1]
            c = sum(match)
            return {"eq": c == ev["value"], "ge": c >= ev["value"]}[ev["cmp"]]

        fams = [f for f in itertools.product(kinds_, repeat=exp["count"]) if ok(given, f)]
        return F(sum(ok(event, f) for f in fams), len(fams))
    raise AssertionError(kind)


def key_value(answer: str) -> F:
    return F(answer.rstrip("%")) / (100 if answer.endswith("%") else 1)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_generated_items_recompute(difficulty: str) -> None:
    for item in logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=53):
        assert logicgen.verify(item).ok, item.code
        assert key_value(item.answer) == recompute(item.data), item.code


@pytest.mark.parametrize("kind", ["table", "children", "screening", "sources", "monty"])
def test_each_kind_generates_and_verifies(kind: str) -> None:
    for d in ("easy", "medium", "hard"):
        for item in logicgen.generate(FAMILY, count=15, difficulty=d, seed=7, kind=kind):
            assert item.data["question"] == kind
            assert logicgen.verify(item).ok


def test_two_child_wording_states_the_selection() -> None:
    items = logicgen.generate(FAMILY, count=60, seed=2, kind="children", difficulty="medium")
    for item in items:
        assert re.match(
            r"A family is chosen at random among the families in [A-Z][a-z ]+ with exactly two "
            r"children, ", item.prompt)
        assert "independently" in item.prompt
    assert any("at least one of whom is a boy." in it.prompt for it in items)
    assert any("the older of whom is a " in it.prompt for it in items)


def test_bayes_explanations_use_natural_frequencies_and_offer_base_rate_traps() -> None:
    for item in logicgen.generate(FAMILY, count=60, seed=3, kind="screening", difficulty="medium"):
        assert "Natural frequencies: picture" in item.explanation
        sens = F(item.data["experiment"]["sources"][0]["rate"])
        values = [key_value(c) for c in item.choices]
        assert sens in values  # the confusion of P(+|D) with P(D|+)


def test_no_odds_wording() -> None:
    for item in logicgen.generate(FAMILY, count=100, seed=4, difficulty="hard"):
        assert "odds" not in item.prompt.lower()
        assert "probability" in item.prompt


def test_difficulty_levels_differ() -> None:
    means = []
    for d in ("easy", "medium", "hard"):
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        means.append(sum(i.score for i in items) / len(items))
    assert means[0] < means[1] < means[2]


def test_numeric_items_accept_equal_forms() -> None:
    for item in logicgen.generate(FAMILY, count=40, seed=9, format="numeric", difficulty="hard"):
        value = key_value(item.answer)
        assert item.check(f"{value.numerator}/{value.denominator}")
        assert item.check(f"{float(value):.4f}")
        assert not item.check("1/2") or value == F(1, 2)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"kind": "bayes"},
            'kind must be one of table, children, screening, sources, monty (got "bayes")',
        ),
        ({"kind": 3}, "kind must be one of table, children, screening, sources, monty (got 3)"),
    ],
)
def test_bad_parameters(params: dict, message: str) -> None:
    with pytest.raises(InvalidParams) as err:
        logicgen.generate(FAMILY, count=1, seed=1, **params)
    assert str(err.value) == message


# -- solver-measured effort ----------------------------------------------------------------



def _table(rows: int, given: dict) -> dict:
    labels = ["a", "b", "c"][:rows]
    return {"experiment": {"kind": "table", "rows": labels, "cols": ["x", "y"],
                           "counts": [[20, 30]] * rows},
            "event": {"type": "cell"}, "given": given}


def test_effort_hand_worked() -> None:
    # 2×2 table, given a row: add its 2 cells (1 + 0.5) + read one cell 0.5
    # + condition 1.5 + 100 people (three digits, 0.5) = 4
    assert effort(_table(2, {"type": "cell", "row": "a"})) == 4.0
    # 3×2 table, given a column: add 3 cells (1 + 1) + 0.5 + 1.5 + 150 people 0.5 = 4.5
    assert effort(_table(3, {"type": "cell", "col": "x"})) == 4.5
    # screening, 1 in 20 has it, 9/10 detected, 1/100 false positives: source 1
    # + flag 1 + condition 1.5 + 2 sources 2 + population lcm(20, 10, 100) = 100
    # (three digits, 0.5) = 6
    bayes = {"experiment": {"kind": "sources", "sources": [
        {"name": "yes", "share": "1/20", "rate": "9/10"},
        {"name": "no", "share": "19/20", "rate": "1/100"}]},
        "event": {"type": "source", "name": "yes"}, "given": {"type": "flag", "value": True}}
    assert effort(bayes) == 6.0


def test_medium_has_no_bayes_items_and_keeps_its_band() -> None:
    from logicgen.generators.probability import conditional
    low, high = conditional.BANDS["medium"]
    items = logicgen.generate(FAMILY, count=60, difficulty="medium", seed=8)
    assert {i.data["question"] for i in items} <= {"table", "children"}
    assert all(low <= i.score <= high and i.seconds <= 45 for i in items)
