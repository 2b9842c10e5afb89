"""Tests for the ``sequence.oddoneout`` family and the odd-one-out solver.

The hand-built panels below were designed so that every feature except the
named one is shared by all five panels or splits them two and three; the
answers were counted by hand.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pytest

import logicgen
from logicgen import InvalidParams, figures
from logicgen.generators.sequences import oddoneout as fam
from logicgen.kit import settle
from logicgen.solve.figures import odd_analysis, solve_odd

NAME = "sequence.oddoneout"
DIFFICULTIES = ("easy", "medium", "hard")
CORNERS = {"circle": 0, "triangle": 3, "square": 4, "pentagon": 5}


def g(kind: str, **kw: Any) -> dict[str, Any]:
    return figures.group(kind, **kw)


def p(*groups: dict[str, Any]) -> dict[str, Any]:
    return {"shapes": list(groups)}


def pair(a: str, m: int, b: str, n: int, **kw: Any) -> dict[str, Any]:
    """``m`` shapes of kind ``a`` in the middle left, ``n`` of kind ``b`` in the middle right."""
    fills = kw.pop("fills", ("solid", "solid"))
    return p(g(a, count=m, position=3, fill=fills[0], **kw),
             g(b, count=n, position=5, fill=fills[1], **kw))


def odd(panels: list[dict[str, Any]]) -> list[str]:
    return solve_odd({"panels": panels, "layout": "odd"}, list("ABCDE"))


# -- known answers ------------------------------------------------------------------------


def test_same_number_of_shapes() -> None:
    panels = [
        pair("circle", 1, "square", 3),  # 4
        pair("circle", 2, "square", 2),  # 4
        pair("triangle", 2, "star", 3),  # 5: the odd one
        pair("triangle", 3, "star", 1),  # 4
        pair("triangle", 2, "star", 2),  # 4
    ]
    assert odd(panels) == ["C"]
    assert odd_analysis(panels) == (1, {"shapes": 2})


def test_two_candidate_odd_panels_are_both_reported() -> None:
    panels = [
        pair("circle", 1, "square", 3),
        pair("circle", 2, "square", 2),
        pair("triangle", 2, "star", 3),  # the only panel with five shapes
        pair("triangle", 3, "pentagon", 1),  # the only panel with a pentagon
        pair("triangle", 2, "star", 2),
    ]
    assert odd(panels) == ["C", "D"]
    assert odd_analysis(panels) == (1, {"has pentagon": 3, "shapes": 2})


def test_nothing_odd_gives_no_answer() -> None:
    panels = [pair("circle", 1, "square", 3), pair("circle", 2, "square", 2),
              pair("triangle", 1, "star", 3), pair("triangle", 3, "star", 1),
              pair("triangle", 2, "star", 2)]
    assert odd(panels) == []
    assert odd_analysis(panels) == (0, {})


def test_mirror_image_among_turns() -> None:
    # an arrow pointing up with a dot at the top right, turned a quarter at a time:
    # right + bottom right, down + bottom left, left + top left; the mirror image has
    # the dot at the top left of an upward arrow
    def fig(rotation: int, cell: int) -> dict[str, Any]:
        return p(g("arrow", size="medium", fill="solid", rotation=rotation),
                 g("circle", size="small", fill="solid", position=cell))

    panels = [fig(90, 8), fig(0, 2), fig(0, 0), fig(180, 6), fig(270, 0)]
    assert odd(panels) == ["C"]
    assert odd_analysis(panels) == (2, {"turned figure": 2})


def test_as_many_black_as_white() -> None:
    def two(a: str, black: int, b: str, white: int) -> dict[str, Any]:
        return pair(a, black, b, white, fills=("solid", "empty"))

    panels = [two("circle", 2, "square", 2), two("circle", 1, "square", 1),
              two("triangle", 3, "star", 3), two("triangle", 2, "star", 3),
              two("triangle", 1, "star", 1)]
    assert odd(panels) == ["D"]
    assert odd_analysis(panels) == (2, {"solid minus white": 3})


def test_same_number_of_corners() -> None:
    def two(a: str, m: int, b: str, n: int, size: str) -> dict[str, Any]:
        return pair(a, m, b, n, fills=("grey", "grey"), size=size)

    panels = [
        two("triangle", 3, "circle", 1, "large"),  # 9
        two("triangle", 3, "circle", 2, "medium"),  # 9
        two("square", 1, "pentagon", 1, "medium"),  # 9
        two("square", 1, "pentagon", 1, "large"),  # 9
        two("square", 2, "pentagon", 1, "medium"),  # 13: the odd one
    ]
    assert odd(panels) == ["E"]
    assert odd_analysis(panels) == (2, {"corners": 4})


def test_dot_inside_the_shape() -> None:
    def fig(cell: int) -> dict[str, Any]:
        return p(g("circle", size="small"), g("square", size="small", fill="solid", position=cell))

    panels = [fig(0), fig(2), fig(4), fig(6), fig(8)]
    assert odd(panels) == ["C"]
    complexity, found = odd_analysis(panels)  # type: ignore[misc]
    # the four corner dots are also one figure turned, which the centre dot is not
    assert complexity == 2
    assert found == {"inside": 2, "turned figure": 2, "turned or mirrored figure": 2}


@pytest.mark.parametrize(
    "data",
    [
        {"panels": [], "layout": "odd"},
        {"panels": [{"shapes": []}] * 5, "layout": "odd"},
        {"panels": "x", "layout": "odd"},
        {"panels": [p(g("circle"))] * 5, "layout": "row"},
    ],
)
def test_malformed_data_gives_no_answer(data: dict[str, Any]) -> None:
    assert solve_odd(data, list("ABCDE")) == []


def test_options_must_match_the_panels() -> None:
    panels = [pair("circle", 1, "square", 3), pair("circle", 2, "square", 2),
              pair("triangle", 2, "star", 3), pair("triangle", 3, "star", 1),
              pair("triangle", 2, "star", 2)]
    assert solve_odd({"panels": panels, "layout": "odd"}, list("ABCD")) == []


# -- generated items ----------------------------------------------------------------------


def shapes(panel: dict[str, Any]) -> int:
    return sum(grp["count"] for grp in panel["shapes"])


def corners(panel: dict[str, Any]) -> int:
    return sum(CORNERS[grp["kind"]] * grp["count"] for grp in panel["shapes"])


def black_minus_white(panel: dict[str, Any]) -> int:
    return sum(grp["count"] * ((grp["fill"] == "solid") - (grp["fill"] == "empty"))
               for grp in panel["shapes"])


def inside(panel: dict[str, Any]) -> bool:
    return panel["shapes"][1]["position"] == 4


def turned(panel: dict[str, Any], quarter_turns: int, mirror: bool) -> tuple[Any, ...]:
    """The panel's look after mirroring and quarter turns, worked out cell by cell."""
    out = []
    for grp in panel["shapes"]:
        rotation, cell = grp["rotation"], grp["position"]
        if mirror:
            rotation = (360 - rotation) % 360
            cell = None if cell is None else 3 * (cell // 3) + 2 - cell % 3
        for _ in range(quarter_turns):
            rotation = (rotation + 90) % 360
            cell = None if cell is None else 3 * (cell % 3) + 2 - cell // 3
        out.append({**grp, "rotation": rotation, "position": cell})
    return figures.look({"shapes": out})


def figure_class(panel: dict[str, Any]) -> frozenset[Any]:
    return frozenset(turned(panel, q, False) for q in range(4))


PROPERTY = {
    "count": shapes,
    "corners": corners,
    "balance": lambda panel: black_minus_white(panel) == 0,
    "inside": inside,
    "mirror": figure_class,
}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_four_share_the_rule_and_the_key_breaks_it(difficulty: str) -> None:
    for item in logicgen.generate(NAME, count=60, difficulty=difficulty, seed=9):
        data = item.data
        assert data["layout"] == "odd" and "options" not in data
        panels = data["panels"]
        values = [PROPERTY[data["rule"]](q) for q in panels]
        key = values[item.answer_index]
        rest = [v for i, v in enumerate(values) if i != item.answer_index]
        assert len(set(rest)) == 1 and key != rest[0], (data["rule"], values)
        if data["rule"] == "balance":
            assert rest[0] is True
        if data["rule"] == "inside":
            assert rest[0] is False


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_panels_are_well_formed_and_distinct(difficulty: str) -> None:
    for item in logicgen.generate(NAME, count=40, difficulty=difficulty, seed=10):
        panels = item.data["panels"]
        assert len(panels) == 5
        for panel in panels:
            figures.check_panel(panel)
            cells = [grp["position"] for grp in panel["shapes"]]
            assert len(set(cells)) == len(cells)  # no two groups drawn over each other
        assert list(item.choices) == [figures.describe(q) for q in panels]
        assert len({figures.look(q) for q in panels}) == 5
        # the options are the panels: the prompt is the question alone, not a second list
        assert "\n" not in item.prompt and item.prompt.endswith("?")


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_everything_but_the_copies_splits_the_panels_two_and_three(difficulty: str) -> None:
    """Outlines, fills, sizes, turns and places form two families (or one), never 4 + 1."""
    for item in logicgen.generate(NAME, count=60, difficulty=difficulty, seed=13):
        if item.data["rule"] not in ("count", "corners", "balance"):
            continue
        families = Counter(
            tuple(sorted((grp["kind"], grp["fill"], grp["size"], grp["rotation"],
                          -1 if grp["position"] is None else grp["position"])
                         for grp in panel["shapes"]))
            for panel in item.data["panels"])
        assert sorted(families.values()) in ([5], [2, 3]), families


def test_rules_per_difficulty() -> None:
    seen = {d: Counter(i.data["rule"] for i in logicgen.generate(NAME, count=150, seed=4,
                                                                 difficulty=d))
            for d in DIFFICULTIES}
    assert set(seen["easy"]) == {"count", "inside"}
    assert set(seen["medium"]) == set(fam.RULES)
    assert {"corners", "balance", "mirror"} <= set(seen["hard"])
    assert "inside" not in seen["hard"]


def test_mirror_items_are_never_symmetric_figures() -> None:
    for item in logicgen.generate(NAME, count=120, difficulty="hard", seed=5):
        if item.data["rule"] != "mirror":
            continue
        key = item.data["panels"][item.answer_index]
        classes = {figure_class(q) for i, q in enumerate(item.data["panels"])
                   if i != item.answer_index}
        assert len(classes) == 1
        # the key is a mirror image of the others: mirrored, it is one of their turns
        other = next(q for i, q in enumerate(item.data["panels"]) if i != item.answer_index)
        assert turned(key, 0, True) in figure_class(other)


def test_the_solver_needs_exactly_the_intended_rule() -> None:
    for item in logicgen.generate(NAME, count=80, difficulty="medium", seed=6):
        complexity, found = odd_analysis(item.data["panels"])  # type: ignore[misc]
        assert complexity == fam.COMPLEXITY[item.data["rule"]]
        assert set(found.values()) == {item.answer_index}


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_explanations_name_the_rule_and_the_odd_panel(difficulty: str) -> None:
    words = {"count": "Count the shapes", "corners": "Count the corners",
             "balance": "as many black shapes as white ones", "inside": "is inside",
             "mirror": "mirror image"}
    for item in logicgen.generate(NAME, count=40, difficulty=difficulty, seed=7):
        letter = "ABCDE"[item.answer_index]
        text = item.explanation
        assert words[item.data["rule"]].replace("is inside", "it is inside") in text
        assert text.endswith(f"Answer: {letter}.")
        assert f"so {letter} is the odd one out" in text or f"So {letter} is the odd one out" in text


def test_explanation_counts_by_hand() -> None:
    spec = fam.Spec("count", [
        pair("circle", 1, "square", 3), pair("circle", 2, "square", 2),
        pair("triangle", 3, "star", 1), pair("triangle", 2, "star", 2),
        pair("triangle", 2, "star", 3),
    ], {"total": 4, "odd_total": 5, "makeups": [
        (("circle", 1), ("square", 3)), (("circle", 2), ("square", 2)),
        (("triangle", 3), ("star", 1)), (("triangle", 2), ("star", 2)),
        (("triangle", 2), ("star", 3))]})
    draft = fam._draft(spec)
    inst = settle(draft, fam.render(draft, fam.Params(), np.random.default_rng(0)))
    order = inst.spec.order
    text = fam.explain(inst)
    odd_letter = "ABCDE"[order.index(4)]
    assert f"{odd_letter}: 2 + 3 (two triangles, three stars) = 5 shapes." in text
    assert f"each have 4 shapes; {odd_letter} has 5, so {odd_letter} is the odd one out." in text


# -- bad parameters ---------------------------------------------------------------------

BAD_PARAMS = [
    ({"n_options": 4}, ("n_options must be 5 for sequence.oddoneout, whose five panels are "
                        "the options (got 4)")),
    ({"n_options": 9}, "n_options must be between 3 and 8 (got 9)"),
    ({"format": "numeric"}, "format must be one of choice for sequence.oddoneout"),
    ({"format": "tfu"}, "format must be one of choice for sequence.oddoneout"),
    ({"difficulty": "extreme"}, "difficulty must be one of easy, medium, hard"),
    ({"rule": "count"}, "has no parameter"),
]


@pytest.mark.parametrize(("params", "message"), BAD_PARAMS)
def test_bad_parameters(params: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidParams, match=message.replace("(", r"\(").replace(")", r"\)")):
        logicgen.generate(NAME, count=1, seed=1, **params)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_render_leaves_the_draft_unchanged(difficulty: str) -> None:
    """The lettering of the panels is wording: it reaches the item through the Wording alone."""
    par = fam.Params(difficulty=difficulty)
    for seed in range(10):
        draft = fam.generate(par, np.random.default_rng([seed, 1]))
        drawn = list(draft.data["panels"])
        words = fam.render(draft, par, np.random.default_rng([seed, 2]))
        assert words.choices is not None
        assert draft.data["panels"] == drawn and draft.spec.order == []
        assert figures.describe(drawn[-1]) == draft.answer  # the odd panel is drawn last
        settled = settle(draft, words)
        order = settled.spec.order
        assert sorted(order) == list(range(5))
        assert settled.data["panels"] == [drawn[i] for i in order]
        assert words.choices.index(settled.answer) == order.index(4)
