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
from logicgen.solve.figures import odd_analysis, odd_rivals, odd_singled, solve_odd

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


def odd(panels: list[dict[str, Any]], rule: str | None = None) -> list[str]:
    data: dict[str, Any] = {"panels": panels, "layout": "odd"}
    if rule is not None:
        data["rule"] = rule
    return solve_odd(data, list("ABCDE"))


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
    # a count over the panel (complexity 2); every shape is large and black, so the
    # large ones and the black ones count the same
    assert odd_analysis(panels) == (2, {"shapes": 2, "large shapes": 2, "solid shapes": 2,
                                        "solid minus white": 2})


def test_a_simpler_feature_wins_and_the_intended_one_brings_in_its_rivals() -> None:
    panels = [
        pair("circle", 1, "square", 3),
        pair("circle", 2, "square", 2),
        pair("triangle", 2, "star", 3),  # the only panel with five shapes
        pair("triangle", 3, "pentagon", 1),  # the only panel with a pentagon
        pair("triangle", 2, "star", 2),
    ]
    assert odd(panels) == ["D"]  # holding a pentagon is seen at one look
    assert odd_analysis(panels) == (1, {"has pentagon": 3})
    # an item that meant "count the shapes" has two defensible answers
    assert odd(panels, "count") == ["C", "D"]
    assert odd_rivals(panels, 2, 2) == {"has pentagon": (1, 3), "pentagon shapes": (2, 3)}


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
    assert odd_analysis(panels) == (3, {"turned figure": 2})


def test_as_many_black_as_white() -> None:
    def two(a: str, black: int, b: str, white: int) -> dict[str, Any]:
        return pair(a, black, b, white, fills=("solid", "empty"))

    panels = [two("circle", 2, "square", 2), two("circle", 1, "square", 1),
              two("triangle", 3, "star", 3), two("triangle", 2, "star", 3),
              two("triangle", 1, "star", 1)]
    assert odd(panels) == ["D"]
    # one black group and one white group: as many black as white is "both groups
    # have the same count", and D's first group has fewer shapes than its second
    assert odd_analysis(panels) == (2, {"solid minus white": 3, "groups with equal counts": 3,
                                        "group 1 against 2": 3})


def test_same_number_of_corners() -> None:
    def two(a: str, m: int, b: str, n: int, size: str) -> dict[str, Any]:
        return pair(a, m, b, n, fills=("grey", "grey"), size=size)

    panels = [
        two("triangle", 3, "circle", 1, "large"),  # 9
        two("triangle", 3, "circle", 1, "medium"),  # 9
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
    # the four dots are all in corners, and (complexity 3) one figure turned
    assert complexity == 1
    assert found == {"inside": 2, "group 2 place": 2, "square place": 2}
    assert odd_singled(panels)["turned figure"] == (3, 2)


# -- second odd panels: a feature as simple as the rule's points at another panel ----------


def diamonds(m: int, n: int, size: str = "medium", fill: str = "striped") -> dict[str, Any]:
    return p(g("circle", count=m, size=size, fill=fill, position=3),
             g("square", count=n, size=size, fill=fill, rotation=45, position=5))


def test_second_odd_panel_by_a_group_count() -> None:
    """An old item: E has 17 corners against 16, but A alone has 2 shapes in its second group.

    A. 2 large grey pentagons; 2 large grey triangles pointing down
    B. 4 medium striped circles; 4 medium striped diamonds
    C. 3 medium striped circles; 4 medium striped diamonds
    D. medium striped circle; 4 medium striped diamonds
    E. large grey pentagon; 4 large grey triangles pointing down
    """
    def down(m: int, n: int) -> dict[str, Any]:
        return p(g("pentagon", count=m, fill="grey", position=3),
                 g("triangle", count=n, fill="grey", rotation=180, position=5))

    panels = [down(2, 2), diamonds(4, 4), diamonds(3, 4), diamonds(1, 4), down(1, 4)]
    assert [sum(CORNERS[grp["kind"]] * grp["count"] for grp in q["shapes"])
            for q in panels] == [16, 16, 16, 16, 17]
    assert odd_singled(panels)["corners"] == (2, 4)
    assert odd(panels, "corners") == ["A", "E"]
    assert odd_rivals(panels, 4, 2) == {"group 2 count": (1, 0)}


def test_second_odd_panel_with_a_single_second_shape() -> None:
    """An old item: the key has 11 corners against 10, another the only single second shape."""
    panels = [
        p(g("triangle", count=2, position=3), g("square", count=1, position=5)),  # 6 + 4
        diamonds(1, 2, "large", "empty"),  # circles and pentagons: 10 corners
        diamonds(3, 2, "large", "empty"),
        diamonds(4, 2, "large", "empty"),
        p(g("triangle", count=1, position=3), g("square", count=2, position=5)),  # 3 + 8
    ]
    for q in panels[1:4]:
        q["shapes"][1].update(kind="pentagon", rotation=0)
    assert odd_singled(panels)["corners"] == (2, 4)
    assert odd(panels, "corners") == ["A", "E"]
    assert odd_rivals(panels, 4, 2) == {"group 2 count": (1, 0)}


def test_second_odd_panel_by_a_single_feature() -> None:
    # four panels of five shapes; B also is the only one with a grey shape
    panels = [pair("circle", 1, "square", 4), pair("circle", 2, "square", 3, fills=("grey", "solid")),
              pair("triangle", 3, "star", 2), pair("triangle", 2, "star", 3),
              pair("triangle", 2, "star", 2)]
    assert odd(panels) == ["B"]  # the simpler reading alone
    assert odd(panels, "count") == ["B", "E"]
    assert odd_rivals(panels, 4, 2) == {"has grey fill": (1, 1), "different fills": (1, 1),
                                        "group 1 fill": (1, 1), "grey shapes": (2, 1)}


def test_second_odd_panel_by_a_total() -> None:
    # black equals white except in E (2 and 4); but C alone has eight shapes in all
    def two(a: str, black: int, b: str, white: int) -> dict[str, Any]:
        return pair(a, black, b, white, fills=("solid", "empty"))

    panels = [two("circle", 3, "square", 3), two("circle", 3, "square", 3),  # A = B will do
              two("triangle", 4, "star", 4), two("triangle", 3, "star", 3),
              two("triangle", 2, "star", 4)]
    assert odd_singled(panels)["solid minus white"] == (2, 4)
    assert odd_rivals(panels, 4, 2) == {"shapes": (2, 2), "large shapes": (2, 2)}  # all large
    assert odd(panels, "balance") == ["C", "E"]


def test_second_odd_panel_by_its_number_of_groups() -> None:
    # four panels of four shapes, E has five; D alone draws them as one group
    panels = [pair("circle", 1, "square", 3), pair("circle", 2, "square", 2),
              pair("circle", 3, "square", 1), p(g("circle", count=4, fill="solid")),
              pair("circle", 2, "square", 3)]
    assert odd(panels, "count") == ["D", "E"]
    assert odd_rivals(panels, 4, 2)["groups"] == (1, 3)


def test_second_odd_panel_with_equal_groups() -> None:
    # four panels of six shapes, E has five; A alone has two groups of the same count
    panels = [pair("circle", 3, "square", 3), pair("circle", 2, "square", 4),
              pair("triangle", 4, "star", 2), pair("triangle", 1, "star", 5),
              pair("triangle", 1, "star", 4)]
    assert odd(panels, "count") == ["A", "E"]
    assert odd_rivals(panels, 4, 2) == {"groups with equal counts": (2, 0)}


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


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_second_odd_panel(difficulty: str) -> None:
    for item in logicgen.generate(NAME, count=40, difficulty=difficulty, seed=11):
        level = fam.COMPLEXITY[item.data["rule"]]
        assert odd_rivals(item.data["panels"], item.answer_index, level) == {}


@pytest.mark.slow
def test_no_second_odd_panel_in_2000_items_per_level() -> None:
    for difficulty in DIFFICULTIES:
        rivals = [item.code for item in logicgen.generate(NAME, count=2000, seed=1,
                                                          difficulty=difficulty)
                  if odd_rivals(item.data["panels"], item.answer_index,
                                fam.COMPLEXITY[item.data["rule"]])]
        assert rivals == [], (difficulty, len(rivals), rivals[:5])


def test_mirrored_figures_vary_their_small_shapes() -> None:
    seen: Counter[Any] = Counter()
    for item in logicgen.generate(NAME, count=150, difficulty="medium", seed=12):
        if item.data["rule"] == "mirror":
            first = item.data["panels"][0]["shapes"]
            seen[first[0]["size"]] += 1
            seen.update((grp["kind"], grp["fill"]) for grp in first[1:])
    assert seen["medium"] and seen["large"]
    assert len([k for k in seen if isinstance(k, tuple)]) == 6  # circle, square × 3 fills


def identity(item: logicgen.Item) -> tuple[str, tuple[str, ...]]:
    """What a candidate sees: the question and the five panels, in any order."""
    return item.prompt, tuple(sorted(item.choices))


@pytest.mark.slow
@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_thousand_items_rarely_repeat(difficulty: str) -> None:
    first = [identity(i) for i in logicgen.generate(NAME, count=1000, seed=1,
                                                      difficulty=difficulty)]
    second = {identity(i) for i in logicgen.generate(NAME, count=1000, seed=2,
                                                       difficulty=difficulty)}
    assert len(first) - len(set(first)) <= 10
    assert sum(x in second for x in first) <= 10


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


# -- effort: the score is what the solver needed -----------------------------------


def _odd(counts: tuple[int, ...], fills: tuple[str, ...] = ("solid",) * 5,
         rule: str = "count") -> float:
    from logicgen.solve.figures import odd_effort
    dot = {"kind": "circle", "size": "small", "rotation": 0, "position": 4}
    panels = [{"shapes": [dict(dot, count=n, fill=f)]} for n, f in zip(counts, fills)]
    return odd_effort({"panels": panels, "layout": "odd", "rule": rule})


def test_effort_worked_by_hand() -> None:
    # 2 2 2 2 4 circles: counting the shapes costs 1.0; every other feature is the same
    # in all panels or singles out the same panel, so there is no decoy; 4 is two off
    assert _odd((2, 2, 2, 2, 4)) == 1.0
    # 3 3 3 3 4: off by one, an exact count is needed: + 0.4
    assert _odd((3, 3, 3, 3, 4)) == 1.4
    # fills solid solid grey grey solid: "has grey fill" (and the circle's fill, and the
    # grey shapes 0 0 2 2 0) split the panels 2 + 3, and the solid shapes 2 2 0 0 4 (and
    # solid minus white) into 2 + 2 + 1: two decoys, 1.0 + 2 × 0.08
    assert _odd((2, 2, 2, 2, 4), ("solid", "solid", "grey", "grey", "solid")) == 1.16


def test_effort_orders_rules_and_decoys() -> None:
    split = ("solid", "solid", "grey", "grey", "solid")
    assert _odd((2, 2, 2, 2, 4), split) > _odd((2, 2, 2, 2, 4))
    assert _odd((3, 3, 3, 3, 4)) > _odd((2, 2, 2, 2, 4))
    # the effort of a feature that needs arithmetic or a mental turn is above a count's
    by_rule: dict[str, list[float]] = {}
    for item in logicgen.generate("sequence.oddoneout", count=40, difficulty="medium", seed=4):
        by_rule.setdefault(item.data["rule"], []).append(item.score)
    simple = by_rule["count"] + by_rule["inside"]
    harder = by_rule["corners"] + by_rule["balance"] + by_rule["mirror"]
    assert min(harder) >= 2.0
    assert sum(simple) / len(simple) < sum(harder) / len(harder)
    from logicgen.solve.figures import odd_effort
    assert odd_effort({"panels": [], "layout": "odd"}) == 0.0


def test_effort_is_the_score_and_levels_in_band() -> None:
    from logicgen.registry import get
    from logicgen.solve.figures import odd_effort
    family = get("sequence.oddoneout")
    medians = []
    for level in ("easy", "medium", "hard"):
        lo, hi = family.band(level)
        items = logicgen.generate("sequence.oddoneout", count=20, difficulty=level, seed=9)
        for item in items:
            assert item.score == round(odd_effort(item.data), 3)
            assert lo <= item.score <= hi
        medians.append(sorted(i.score for i in items)[10])
    assert medians[0] < medians[1] < medians[2]


def test_the_analysis_does_not_depend_on_the_order_of_the_panels() -> None:
    """The solver analyses the panels in a sorted order and caches it (so the
    generator's check and the verification of the shuffled options share it);
    that is sound because every feature is worked out panel by panel. Checked
    here without the cache: the features of shuffled panels are the features
    of the panels, shuffled, and the verdicts and the effort agree."""
    from logicgen.solve import figures as solver
    rng = np.random.default_rng(4)
    for level in ("easy", "medium", "hard"):
        for item in logicgen.generate(NAME, count=12, difficulty=level, seed=21):
            panels = item.data["panels"]
            read = [solver.read_panel(q) for q in panels]
            features = solver.odd_features(read)
            for _ in range(3):
                order = [int(i) for i in rng.permutation(len(panels))]
                moved = solver.odd_features([read[i] for i in order])
                assert list(moved) == list(features)
                assert all(moved[n] == (c, [v[i] for i in order]) for n, (c, v) in features.items())
                shuffled = [panels[i] for i in order]
                singled = odd_singled(shuffled)
                assert singled == {n: (c, order.index(i)) for n, (c, i) in odd_singled(panels).items()}
                data = {**item.data, "panels": shuffled}
                assert solver.odd_effort(data) == item.score


def test_panels_that_differ_only_by_a_cell_are_put_in_order() -> None:
    """Groups equal but for a cell and none (the whole panel) cannot be compared as
    tuples; the sorted order then falls back to a key that can."""
    from logicgen.solve.figures import _canonical, read_panel
    whole = p(g("circle", count=2, size="small"))
    placed = p(g("circle", count=2, size="small", position=4))
    read = tuple(read_panel(q) for q in (placed, whole, placed))
    canonical, order = _canonical(read)
    assert canonical == (read[1], read[0], read[2]) and order == (1, 0, 2)


def test_reach_weights_give_the_rules_values() -> None:
    """The copies that reach each value are found with per-group weights; the
    values are those of the rules as written in VALUES."""
    for rule in ("count", "corners", "balance"):
        for kinds in (("circle",), ("triangle", "square"), ("pentagon", "circle", "square")):
            for fills in (("solid",) * len(kinds), ("empty", "solid", "solid")[:len(kinds)]):
                by_kind = dict(zip(kinds, fills))
                want: dict[int, list[tuple[int, ...]]] = {}
                for counts in fam._tuples(kinds):
                    want.setdefault(fam.VALUES[rule](kinds, by_kind, counts), []).append(counts)
                assert fam._reach.__wrapped__(rule, kinds, fills) == want


def test_solve_odd_works_out_only_the_levels_it_uses() -> None:
    """The solver stops at the level it needs; its answers are those of the rule
    (every feature of every level, then the lowest level raised to the rule's),
    also on panels mixed from several items, where rivals abound."""
    from logicgen.solve.figures import intended_complexity
    items = [it for d in DIFFICULTIES for it in logicgen.generate(NAME, count=15, difficulty=d,
                                                                 seed=8)]
    pool = [q for it in items for q in it.data["panels"]]
    rng = np.random.default_rng(1)
    for it in items:
        for rule in ("count", "inside", "corners", "balance", "mirror", None):
            panels = [pool[int(i)] for i in rng.choice(len(pool), 5, replace=False)]
            data = {**it.data, "panels": panels, "rule": rule}
            found = odd_singled(panels)
            want: list[str] = []
            if found:
                lowest = min(level for level, _ in found.values())
                level = max(lowest, intended_complexity(rule))
                want = ["ABCDE"[i] for i in sorted({i for lv, i in found.values() if lv <= level})]
            assert solve_odd(data, list("ABCDE")) == want
