"""Tests for deduction.relations and the family-graph solver."""

from __future__ import annotations

import json
from itertools import product

import pytest

import logicgen
from logicgen import InvalidParams, Item, verify
from logicgen.generators.deduction import relations as gen
from logicgen.solve import kinship

FAMILY = "deduction.relations"
WORDS = {
    "father": ("parent", "M"), "mother": ("parent", "F"), "parent": ("parent", None),
    "son": ("child", "M"), "daughter": ("child", "F"), "child": ("child", None),
    "brother": ("sibling", "M"), "sister": ("sibling", "F"), "sibling": ("sibling", None),
    "husband": ("spouse", "M"), "wife": ("spouse", "F"), "spouse": ("spouse", None),
}


def chain(ego_gender, phrase, question="forward"):
    """Data for "<target> is <ego>'s <phrase>", e.g. phrase "father's sister's son"."""
    path = [
        {"relation": WORDS[w][0], "gender": WORDS[w][1]} for w in phrase.split("'s ")
    ]
    return {
        "ego": {"name": "A", "gender": ego_gender},
        "target": {"name": "B", "gender": path[-1]["gender"]},
        "path": path,
        "question": question,
    }


@pytest.mark.parametrize(
    "ego,phrase,expected",
    [
        ("M", "father's sister's son", "cousin"),
        ("F", "mother's brother", "uncle"),
        ("F", "husband's mother", "mother-in-law"),
        ("M", "son's wife", "daughter-in-law"),
        ("F", "daughter's husband", "son-in-law"),
        ("M", "wife's brother", "brother-in-law"),
        ("F", "sister's husband", "brother-in-law"),
        ("M", "brother's wife", "sister-in-law"),
        ("M", "father's father", "grandfather"),
        ("F", "mother's brother's wife", "aunt"),  # aunt by marriage
        ("F", "father's sister's husband", "uncle"),
        ("M", "sister's daughter", "niece"),
        ("M", "father's wife", "mother"),  # no remarriage: the father's wife is the mother
        ("F", "brother's father", "father"),  # siblings share both parents
        ("M", "wife's son", "son"),  # children belong to the couple
        ("F", "son's sister", "daughter"),
        ("M", "mother's mother's mother", "great-grandmother"),
        (None, "parent's sibling's child", "cousin"),
        ("F", "parent's parent", "grandparent"),
        ("M", "spouse's parent", "parent-in-law"),
        ("M", "wife's brother's son", "nephew"),
    ],
)
def test_known_relations(ego, phrase, expected):
    assert kinship.solve(chain(ego, phrase), []) == [expected]


@pytest.mark.parametrize(
    "ego,phrase,expected",
    [
        # B is A's uncle, so A (a woman) is B's niece: the direction trap.
        ("F", "mother's brother", "niece"),
        ("M", "mother's brother", "nephew"),
        ("F", "husband's mother", "daughter-in-law"),
        ("M", "wife's father", "son-in-law"),
        ("M", "father's sister's son", "cousin"),
        ("F", "son's son", "grandmother"),
        ("M", "sister's husband", "brother-in-law"),
        ("F", "father's sister's husband", "niece"),
    ],
)
def test_known_relations_reversed(ego, phrase, expected):
    assert kinship.solve(chain(ego, phrase, "reverse"), []) == [expected]


@pytest.mark.parametrize(
    "ego,phrase",
    [
        ("M", "father's son"),  # the speaker himself, or a brother
        ("F", "mother's daughter"),
        ("F", "brother's sister"),
        ("M", "son's mother"),  # the wife (and never the speaker), but a woman could be herself
    ],
)
def test_ambiguous_chains_give_several_answers(ego, phrase):
    found = kinship.solve(chain(ego, phrase), [])
    if phrase == "son's mother":
        assert found == ["wife"]  # a man's son's mother is his wife
        found = kinship.solve(chain("F", phrase), [])
        assert found == ["self"]
        return
    assert len(found) >= 2 and "self" in found


def test_generator_algebra_agrees_with_the_graph_on_every_short_chain():
    """Every chain of up to 4 links the generator accepts, compared with the solver."""
    checked = 0
    links = [(r, g) for r in gen.RELATIONS for g in ("M", "F", None)]
    for length in (1, 2, 3):
        for combo in product(links, repeat=length):
            for ego in ("M", "F", None):
                state = (0, 0, False, False)
                current = ego
                ok = True
                states = []
                for i, (rel, g) in enumerate(combo):
                    if rel == "spouse":
                        want = None if current is None else ("F" if current == "M" else "M")
                        if g != want or (i and combo[i - 1][0] == "spouse"):
                            ok = False
                            break
                    nxt = gen.step(state, rel)
                    if nxt is None or gen.term(nxt, g) is None:
                        ok = False
                        break
                    states.append(nxt)
                    state, current = nxt, g
                if not ok:
                    continue
                path = [{"relation": r, "gender": g} for r, g in combo]
                data = {
                    "ego": {"name": "A", "gender": ego},
                    "target": {"name": "B", "gender": combo[-1][1]},
                    "path": path,
                    "question": "forward",
                }
                assert kinship.solve(data, []) == [gen.term(state, combo[-1][1])], combo
                if ego is not None:
                    back = gen.term(gen.reverse_state(state), ego)
                    if back is not None:
                        data["question"] = "reverse"
                        assert kinship.solve(data, []) == [back], combo
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_many_seeds_generate_and_verify(difficulty):
    items = logicgen.generate(FAMILY, count=200, difficulty=difficulty, seed=6)
    for item in items:
        assert verify(item).ok
        assert verify(Item.from_dict(json.loads(item.to_json()))).ok
        names = (item.data["ego"]["name"], item.data["target"]["name"])
        assert names[0] != names[1]
        assert f"{names[0]}'s" in item.prompt or "my " in item.prompt


def test_reverse_items_offer_the_backwards_reading():
    items = logicgen.generate(FAMILY, count=200, difficulty="hard", seed=2)
    reverse = [i for i in items if i.data["question"] == "reverse"]
    assert len(reverse) > 40
    for item in reverse:
        # The forward word (the relation read the wrong way) is among the options,
        # unless the relation is symmetric (cousin, brother-in-law ...).
        forward = kinship.solve(dict(item.data, question="forward"), [])[0]
        if forward != item.answer and item.data["ego"]["gender"] == item.data["target"]["gender"]:
            assert forward in item.choices


def test_neutral_wording_appears_and_is_keyed_neutrally():
    items = logicgen.generate(FAMILY, count=300, difficulty="hard", seed=5)
    neutral = [i for i in items if i.data["target"]["gender"] is None and i.data["question"] == "forward"]
    assert neutral
    neutral_words = {"parent", "child", "sibling", "spouse", "grandparent", "grandchild", "cousin",
                     "parent-in-law", "child-in-law", "sibling-in-law", "great-grandparent",
                     "great-grandchild"}
    for item in neutral:
        assert item.answer in neutral_words


@pytest.mark.parametrize(
    "params,message",
    [
        ({"n_options": 9}, r"n_options must be between 3 and 8 \(got 9\)"),
        ({"format": "numeric"}, "format must be one of choice for deduction.relations"),
        ({"colour": 1}, "has no parameter"),
    ],
)
def test_bad_params(params, message):
    with pytest.raises(InvalidParams, match=message):
        logicgen.generate(FAMILY, count=1, seed=1, **params)


def test_option_counts():
    for n in (3, 8):
        for item in logicgen.generate(FAMILY, count=40, seed=2, n_options=n, difficulty="medium"):
            assert len(item.choices) == n


def test_difficulty_levels_differ():
    def stats(d):
        items = logicgen.generate(FAMILY, count=150, difficulty=d, seed=4)
        links = sum(len(i.data["path"]) for i in items) / len(items)
        rev = sum(i.data["question"] == "reverse" for i in items) / len(items)
        return links, rev, sum(i.score for i in items) / len(items)

    e, m, h = stats("easy"), stats("medium"), stats("hard")
    assert e[0] < m[0] < h[0]
    assert e[1] == 0 < m[1] < h[1]
    assert e[2] < m[2] < h[2]


def _chain(ego, links, target=None, question="forward"):
    path = [{"relation": r, "gender": g} for r, g in links]
    return {"ego": {"name": "", "gender": ego}, "target": {"name": "", "gender": target},
            "path": path, "question": question}


def test_effort_worked_by_hand():
    # "my son's wife", asked in reverse (I am her father-in-law): 2 links + 1 reverse
    # + 0.5 for the marriage link; one reading -> 3.5
    assert kinship.effort(_chain("M", [("child", "M"), ("spouse", "F")], "F",
                                 "reverse")) == pytest.approx(3.5)
    # "my sibling's son": the sibling may be a brother or a sister (two readings,
    # one split -> 0.5), 2 links -> 2.5
    assert kinship.effort(_chain("M", [("sibling", None), ("child", "M")], "M")) == \
        pytest.approx(2.5)


def test_effort_rewards_reversal_and_forks_over_the_same_length():
    plain = _chain("F", [("parent", "M"), ("sibling", "F"), ("child", "M")], "M")
    reverse = dict(plain, question="reverse")
    forked = _chain("F", [("parent", None), ("sibling", None), ("child", "M")], "M")
    assert kinship.effort(reverse) == kinship.effort(plain) + 1
    assert kinship.effort(forked) > kinship.effort(plain)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_scores_are_the_measured_effort_within_the_level_band(difficulty):
    lo, hi = gen.BANDS[difficulty]
    for item in logicgen.generate("deduction.relations", count=20, difficulty=difficulty, seed=9):
        assert item.score == round(kinship.effort(item.data), 3)
        assert lo <= item.score <= hi


def test_easy_chains_are_plain_two_or_three_link_walks():
    """Easy items: two links, or three with no marriage among them; always gendered
    and asked forward, the score within the easy band."""
    items = logicgen.generate(FAMILY, count=300, difficulty="easy", seed=12)
    lengths = {2: 0, 3: 0}
    for item in items:
        path = item.data["path"]
        lengths[len(path)] += 1
        assert item.data["question"] == "forward"
        assert all(link["gender"] in ("M", "F") for link in path)
        if len(path) == 3:
            assert all(link["relation"] != "spouse" for link in path), path
        assert gen.BANDS["easy"][0] <= item.score <= gen.BANDS["easy"][1]
    assert lengths[3] >= 30 and lengths[2] > lengths[3], lengths


def test_three_link_easy_chains_worked_by_hand():
    # mother's sister's father: up to the mother, across to her sister, up to their
    # shared father, who is the mother's father: a grandfather.
    assert kinship.solve(chain("M", "mother's sister's father"), []) == ["grandfather"]
    # daughter's son's daughter: three generations down.
    assert kinship.solve(chain("M", "daughter's son's daughter"), []) == ["great-granddaughter"]
    # brother's son's sister: the nephew's sister is the brother's daughter, a niece.
    assert kinship.solve(chain("F", "brother's son's sister"), []) == ["niece"]


def test_names_are_many_and_each_read_one_way():
    pools = gen.NAMES
    assert len(pools["M"]) >= 50 and len(pools["F"]) >= 50 and len(pools[None]) >= 10
    everyone = [name for pool in pools.values() for name in pool]
    assert len(everyone) == len(set(everyone))  # no name in two pools, none twice
    items = logicgen.generate(FAMILY, count=400, difficulty="easy", seed=3)
    pairs = {(i.data["ego"]["name"], i.data["target"]["name"]) for i in items}
    assert len(pairs) >= 390
    openings = {i.prompt.split(" ", 1)[0] for i in items}
    assert {"Pointing", "Introducing", "Showing"} <= openings
