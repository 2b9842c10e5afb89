"""Tests for ``quant.table`` and ``quant.chart``, their solver and the chart drawing.

Known answers worked by hand on the table
    | Region | Q1  | Q2  | Q3  |
    | North  | 120 | 150 | 135 |
    | South  | 200 | 180 | 240 |
    | East   | 80  | 100 | 90  |
North Q1 to Q2 is +25%; South Q2 to Q3 is +33 1/3%; South's total is 620 and its
mean 206 2/3; North Q2 : South Q2 is 5:6; Q3 is 240/620 of South's total;
South has the largest total (620 against 405 and 270) and the largest
percentage rise from Q1 to Q3 (20% against 12.5% for North and for East); from Q1
to Q2 North and East tie at 25%, so that question has two answers. A pie slice
of 15% of $2,400 is $360.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

import logicgen
from logicgen.render import prompt_blocks
from logicgen.render.exhibits import BOTTOM, TOP, chart_svg
from logicgen.solve.exhibit import effort, exhibit_value, solve_exhibit

TABLE = {"columns": ["Region", "Q1", "Q2", "Q3"],
         "rows": [["North", "120", "150", "135"], ["South", "200", "180", "240"],
                  ["East", "80", "100", "90"]]}


def ask(op: str, **more: object) -> dict:
    return {"table": TABLE, "ask": {"op": op, **more}}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ask("change", cells=[[0, 0], [0, 1]]), Fraction(25)),
        (ask("change", cells=[[1, 1], [1, 2]]), Fraction(100, 3)),
        (ask("total", cells=[[1, 0], [1, 1], [1, 2]]), Fraction(620)),
        (ask("average", cells=[[1, 0], [1, 1], [1, 2]]), Fraction(620, 3)),
        (ask("ratio", cells=[[0, 1], [1, 1]]), Fraction(5, 6)),
        (ask("share", cells=[[1, 2], [1, 0], [1, 1], [1, 2]]), Fraction(24000, 620)),
        (ask("difference", cells=[[1, 2], [1, 1]]), Fraction(60)),
        (ask("largest", columns=[0, 1, 2]), "South"),
        (ask("largest_change", columns=[0, 2]), "South"),
        (ask("largest_change", columns=[0, 1]), "North|East"),
        ({"chart": {"type": "pie", "values": [35, 15, 50]},
          "ask": {"op": "amount", "cells": [[0, 1]], "total": 2400}}, Fraction(360)),
    ],
)
def test_known_answers(data: dict, expected: object) -> None:
    assert exhibit_value(data) == expected


def test_options_are_read_in_their_form() -> None:
    data = ask("change", cells=[[0, 0], [0, 1]], form="signed_percent")
    assert solve_exhibit(data, ["+25%", "+20%", "25"]) == ["+25%"]
    data = ask("ratio", cells=[[0, 1], [1, 1]], form="ratio")
    assert solve_exhibit(data, ["6:5", "5:6", "10:12"]) == ["5:6", "10:12"]
    data = ask("largest_change", columns=[0, 1], form="name")
    assert solve_exhibit(data, ["North", "South", "East"]) == ["North", "East"]  # a tie


def test_bar_geometry_encodes_the_values() -> None:
    chart = {"type": "bar", "title": "T", "labels": ["A", "B", "C"], "values": [40, 65, 20],
             "max": 80, "step": 20}
    svg = chart_svg(chart)
    heights = [float(h) for h in re.findall(r'class="bar"[^>]*height="([\d.]+)"', svg)]
    assert heights == [pytest.approx((BOTTOM - TOP) * v / 80) for v in chart["values"]]
    assert [t for t in re.findall(r'font-weight="bold">([\d,]+)<', svg)] == ["40", "65", "20"]


def test_line_points_and_pie_shares_encode_the_values() -> None:
    line = chart_svg({"type": "line", "title": "T", "labels": ["A", "B"], "values": [10, 30],
                      "max": 40, "step": 10})
    ys = [float(y) for y in re.findall(r'class="point" cx="[\d.]+" cy="([\d.]+)"', line)]
    assert ys == [pytest.approx(BOTTOM - (BOTTOM - TOP) * v / 40) for v in (10, 30)]
    pie = chart_svg({"type": "pie", "title": "T", "labels": ["A", "B", "C"],
                     "values": [50, 25, 25]})
    assert re.findall(r'data-share="(\d+)"', pie) == ["50", "25", "25"]
    # the first slice, half the pie, ends straight below the centre (180, 124 + 80)
    assert ' A80,80 0 0 1 180,204 Z' in pie


@pytest.mark.parametrize("family", ["quant.table", "quant.chart"])
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("fmt", ["choice", "numeric"])
def test_items_verify_and_show_their_exhibit(family: str, difficulty: str, fmt: str) -> None:
    for item in logicgen.generate(family, count=80, difficulty=difficulty, seed=9, format=fmt):
        assert logicgen.verify(item).ok
        kinds = [b["kind"] for b in prompt_blocks(item)]
        assert kinds.count("table" if family == "quant.table" else "chart") == 1
        assert not any(line.startswith(("|", "Chart data:"))
                       for b in prompt_blocks(item) if b["kind"] == "text" for line in b["lines"])


def test_every_percentage_change_is_whole_and_options_are_plausible() -> None:
    for item in logicgen.generate("quant.table", count=200, difficulty="medium", seed=4):
        if item.data["ask"]["op"] == "change":
            assert int(item.answer.strip("+−%")) % 5 == 0
            for choice in item.choices:
                assert float(choice.replace("−", "-").strip("+%")) > -100


# -- solver-measured effort ----------------------------------------------------------------


def _one_row(values: list[str], ask: dict, extra_rows: int = 0) -> dict:
    columns = ["Name"] + [f"C{i}" for i in range(len(values))]
    rows = [["A", *values]] + [[f"R{i}", *values] for i in range(extra_rows)]
    return {"table": {"columns": columns, "rows": rows}, "ask": ask}


def test_effort_hand_worked() -> None:
    # share of 120 in 120 + 60 + 20: find 1; two additions, at most 2 significant
    # digits (12), 2 × 0.5 = 1; 12000 ÷ 200 = 60, one-digit divisor, no remainder, 1;
    # 60% is a multiple of 5% but not 25%, 0.5: total 3.5
    share = _one_row(["120", "60", "20"], {"op": "share", "form": "percent",
                                           "cells": [[0, 0], [0, 0], [0, 1], [0, 2]]})
    assert effort(share) == 3.5
    # mean of 30, 45, 60 on a chart: find 1; two additions of 2 digits (45), 1;
    # 135 ÷ 3 = 45, 1: total 3
    chart = {"chart": {"type": "bar", "title": "T", "labels": ["a", "b", "c"],
                       "values": [30, 45, 60], "max": 60, "step": 10},
             "ask": {"op": "average", "cells": [[0, 0], [0, 1], [0, 2]], "form": "integer"}}
    assert effort(chart) == 3.0
    # 15% of $4,000 from a pie: find 1; 60000 ÷ 100, no remainder, 1; 15%, 0.5: 2.5
    pie = {"chart": {"type": "pie", "title": "T", "labels": ["x", "y"], "values": [15, 85]},
           "ask": {"op": "amount", "cells": [[0, 0]], "total": 4000, "form": "money"}}
    assert effort(pie) == 2.5


def test_effort_rewards_harder_percentages_not_larger_tables() -> None:
    change = {"op": "change", "cells": [[0, 0], [0, 1]], "form": "signed_percent"}
    round_change = _one_row(["400", "500"], change)  # +25%
    odd_change = _one_row(["400", "432"], change)  # +8%
    assert effort(odd_change) > effort(round_change)
    # the same question in a table with four more rows costs the same working
    assert effort(_one_row(["400", "432"], change, extra_rows=4)) == effort(odd_change)


@pytest.mark.parametrize("family", ["quant.table", "quant.chart"])
def test_scores_are_the_solver_effort_within_the_bands(family: str) -> None:
    bands = logicgen.registry.get(family).module.BANDS
    for level, (low, high) in bands.items():
        items = logicgen.generate(family, count=30, difficulty=level, seed=3)
        assert all(low <= i.score <= high and i.score == round(effort(i.data), 3)
                   for i in items)
