"""Cards: one card, two cards in order, at least one, exactly j, same suit or colour, 5-card hands.

"Two cards are drawn without replacement from a standard 52-card deck. What is
the probability that both are aces?" (1/221)

The deck is the standard one: 13 ranks (ace, 2–10, jack, queen, king) in each
of four suits; hearts and diamonds are red, clubs and spades black; jacks,
queens and kings are the face cards. Cards are drawn at random one after
another, with replacement (the card is put back and the deck shuffled) or
without. The generator's closed forms are ``a/52``, inclusion–exclusion for
"a heart or a king", products of falling fractions for ordered draws,
hypergeometric counts ``C(a, j) C(52-a, k-j) / C(52, k)`` for hands (binomial
ones with replacement), complements for "at least one", and ``4 C(13, k) /
C(52, k)`` for a hand in one suit. The solver (:mod:`logicgen.solve.exact`)
enumerates draws of card classes instead (no 2.6-million-hand loop).

Question kinds: one card has a property; one card has property A or B
(overlapping); two cards both have a property; the first card is X and the
second Y; at least one / exactly ``j`` / none of ``k`` cards have a property; all
``k`` cards are of one suit or one colour.

Difficulty: ``easy`` one card or two cards with replacement; ``medium`` two or
three cards without replacement, ordered draws, "or" with an overlap, at least
one; ``hard`` hands of 4–5 cards: exactly ``j``, none, one suit, one colour.
``draws`` (1–5) and ``replacement`` (true/false) override.

``score`` is the solver's measured effort, :func:`logicgen.solve.exact.effort`:
the steps of the shortest written working (one per term or factor, two per
binomial term, one for a complement, 1.5 for a condition, plus half a step per
digit beyond two of the number divided by). Each level keeps the items whose
effort is within its band (:data:`BANDS`): hands of four or five cards reach 4.5–7.5 through more factors, the complement or choosing the suit and larger counts, and an easy item never costs what a typical hard one does.

Wrong options come from named mistakes: with instead of without replacement (and
the reverse), ignoring or adding order, adding instead of multiplying,
forgetting the complement, counting the overlap twice, and forgetting to choose
the suit.

>>> import logicgen
>>> item = logicgen.generate("probability.cards", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
After shuffling a standard deck thoroughly, Luca draws two cards one after another at random,
with replacement: each card is put back and the deck reshuffled before the next draw. (52 cards:
four suits of 13, ace to king; hearts and diamonds are red; jack, queen, king are face cards.)
What is the probability that both cards are hearts? Give the answer as a fraction in lowest
terms.
>>> item.choices, item.answer
(('1/4', '1/2', '2/17', '1/16', '1/17'), '1/16')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
from math import comb, perm
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.kit import Draft, Draw, Wording, number_word, reduce_text
from logicgen.registry import BaseParams, check_int, family
from logicgen.solve.exact import effort, solve

from ._common import Case, case_draft, check_bool, draw_concepts, options, replacement_slip, wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "options", "render"]

F = Fraction
DECK = 52

#: Card properties: (words with article, plural words, number in the deck, solver property).
Prop = tuple[str, str, int, dict[str, Any]]
SUITS: list[Prop] = [
    (f"a {s[:-1]}", s, 13, {"suit": s}) for s in ("hearts", "diamonds", "clubs", "spades")
]
RANKS: list[Prop] = [
    ("an ace", "aces", 4, {"rank": "A"}),
    ("a king", "kings", 4, {"rank": "K"}),
    ("a queen", "queens", 4, {"rank": "Q"}),
    ("a jack", "jacks", 4, {"rank": "J"}),
    ("a seven", "sevens", 4, {"rank": "7"}),
    ("a ten", "tens", 4, {"rank": "10"}),
    ("a two", "twos", 4, {"rank": "2"}),
    ("a three", "threes", 4, {"rank": "3"}),
    ("a four", "fours", 4, {"rank": "4"}),
    ("a five", "fives", 4, {"rank": "5"}),
    ("a six", "sixes", 4, {"rank": "6"}),
    ("an eight", "eights", 4, {"rank": "8"}),
    ("a nine", "nines", 4, {"rank": "9"}),
]
OTHER: list[Prop] = [
    ("a red card", "red cards", 26, {"colour": "red"}),
    ("a black card", "black cards", 26, {"colour": "black"}),
    ("a face card", "face cards", 12, {"face": True}),
]
#: Rank groups a single card can be asked about (never used where overlaps are counted).
GROUPS: list[Prop] = [
    ("a number card (2 to 10)", "number cards (2 to 10)", 36,
     {"any": [{"rank": str(r)} for r in range(2, 11)]}),
    ("an ace or a face card", "aces or face cards", 16, {"any": [{"rank": "A"}, {"face": True}]}),
    ("a card from 2 to 5", "cards from 2 to 5", 16,
     {"any": [{"rank": str(r)} for r in range(2, 6)]}),
    ("a red face card", "red face cards", 6, {"all": [{"colour": "red"}, {"face": True}]}),
    ("a black ace", "black aces", 2, {"all": [{"colour": "black"}, {"rank": "A"}]}),
    ("a red king", "red kings", 2, {"all": [{"colour": "red"}, {"rank": "K"}]}),
    ("a heart face card", "heart face cards", 3, {"all": [{"suit": "hearts"}, {"face": True}]}),
]
ALL_PROPS = SUITS + RANKS + OTHER

LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"kinds": [("single", 3), ("single_not", 1), ("union", 2), ("both", 3),
                       ("ordered", 2)], "replacement": 0.7},
    "medium": {"kinds": [("both", 6), ("ordered", 5), ("union", 4), ("at_least_one", 4),
                         ("exactly", 3), ("same_suit", 1)], "replacement": 0.15},
    "hard": {"kinds": [("exactly", 6), ("at_least_one", 4), ("none", 3), ("same_suit", 1),
                       ("same_colour", 1), ("both", 3)], "replacement": 0.15},
}


@family("probability.cards", version=3, solver=solve,
        summary="Cards: draws from a 52-card deck with or without replacement, hands up to 5 cards",
        formats=("choice", "numeric"))
@dataclass(frozen=True)
class Params(BaseParams):
    """``draws``: 1–5 cards; ``replacement``: true or false (default: by difficulty)."""

    SIZE = ("draws",)

    draws: int | None = None
    replacement: bool | None = None

    def check(self) -> None:
        if self.draws is not None:
            check_int("draws", self.draws, 1, 5)
        check_bool("replacement", self.replacement)


def _n_cards(k: int) -> str:
    return "one card" if k == 1 else f"{number_word(k)} cards"


def _space(k: int, replacement: bool, ordered: bool) -> tuple[int, str]:
    if k == 1:
        return DECK, "Sample space: 52 equally likely cards."
    if replacement:
        return DECK**k, (
            f"Sample space: each of the {k} draws is any of 52 cards: "
            f"52^{k} = {DECK**k} equally likely ordered draws."
        )
    if ordered:
        return perm(DECK, k), (
            "Sample space: "
            + " × ".join(str(DECK - i) for i in range(k))
            + f" = {perm(DECK, k)} equally likely ordered draws."
        )
    return comb(DECK, k), (
        f"Order does not matter here, so count hands: C(52,{k}) = "
        f"{comb(DECK, k)} equally likely hands."
    )


def _single_not(draws: Draw, k: int, rep: bool) -> Case:
    """The card is not of a kind: count the others (or 1 minus the kind)."""
    words, _, a, prop = draws.pick(ALL_PROPS + GROUPS)
    value = F(DECK - a, DECK)
    lines = [_space(1, rep, True)[1],
             f"Cards that are {words}: {a}; the other {DECK - a} cards are favourable.",
             f"Probability = {DECK - a}/52 = {reduce_text(DECK - a, DECK)}."]
    wrong = [
        (F(a, DECK), "giving the chance that it is"),
        (F(DECK - a, DECK - 1), "taking one card out of the deck first"),
        (F(DECK - a, a), "unfavourable against favourable (a ratio, not a probability)"),
        (F(DECK - 4, DECK) if a != 4 else F(DECK - 13, DECK), "confusing ranks and suits"),
        (F(DECK - 1, DECK), "removing one card only"),
    ]
    event = {"op": "not", "arg": {"type": "count", "property": prop, "cmp": "eq", "value": 1}}
    return Case(event, value, wrong, ["complement"], 1, f"the card is not {words}", lines, DECK)


def _single(draws: Draw, k: int, rep: bool) -> Case:
    words, _, a, prop = draws.pick(ALL_PROPS + GROUPS)
    value = F(a, DECK)
    lines = [_space(1, rep, True)[1], f"Favourable cards: {a}.",
             f"Probability = {reduce_text(a, DECK)}."]
    wrong = [
        (F(1, DECK), "counting one card only"),
        (F(1, a), "one over the favourable count"),
        (F(a, DECK - a), "favourable against unfavourable (a ratio, not a probability)"),
        (F(4, DECK) if a != 4 else F(13, DECK), "confusing ranks and suits"),
    ]
    return Case({"type": "count", "property": prop, "cmp": "eq", "value": 1}, value, wrong, [], 1,
                f"the card is {words}", lines, DECK)


def _union(draws: Draw, k: int, rep: bool) -> Case:
    s_words, _, a, s_prop = draws.pick(SUITS + OTHER[:2])
    r_words, _, b, r_prop = draws.pick(RANKS + OTHER[2:])
    # Cards with both properties: a suit holds one card of each rank and three face
    # cards; a colour holds two of each rank and six face cards.
    per_rank = 3 if "face" in r_prop else 1
    both = per_rank * (1 if "suit" in s_prop else 2)
    fav = a + b - both
    value = F(fav, DECK)
    lines = [
        _space(1, rep, True)[1],
        (f"{s_words.capitalize()}: {a} cards; {r_words}: {b} cards; both at once: {both} "
         f"card{'s' if both > 1 else ''}, counted twice above."),
        f"Favourable cards = {a} + {b} − {both} = {fav} (inclusion–exclusion).",
        f"Probability = {reduce_text(fav, DECK)}.",
    ]
    wrong = [
        (F(a + b, DECK), "counting the overlap twice"),
        (F(a * b, DECK * DECK), "multiplying instead of adding"),
        (F(both, DECK), "'and' instead of 'or'"),
        (F(a, DECK) * F(b, DECK) + F(a, DECK), "mixing 'and' and 'or'"),
        (F(a + b - 2 * both, DECK), "excluding the overlap altogether"),
    ]
    event = {"type": "count", "property": {"any": [s_prop, r_prop]}, "cmp": "eq", "value": 1}
    return Case(event, value, wrong, ["inclusion_exclusion"], 2,
                f"the card is {s_words} or {r_words} (or both)", lines, DECK)


def _both(draws: Draw, k: int, rep: bool) -> Case:
    _, plural, a, prop = draws.pick(ALL_PROPS + GROUPS)
    N, space = _space(k, rep, True)
    with_r = F(a, DECK) ** k
    without = F(perm(a, k), perm(DECK, k))
    value = with_r if rep else without
    factors = (
        " × ".join(f"{a}/52" for _ in range(k))
        if rep
        else " × ".join(f"{a - i}/{DECK - i}" for i in range(k))
    )
    fav = a**k if rep else perm(a, k)
    lines = [
        space,
        (
            "Each draw is from the full deck again: "
            if rep
            else "Each draw leaves one fewer card of that kind and one fewer card in all: "
        )
        + f"{factors} = {reduce_text(fav, N)}.",
    ]
    wrong = [
        (without if rep else with_r,
         replacement_slip(rep)),
        (F(k * a, DECK), "adding the chances instead of multiplying"),
        (F(a, DECK), "looking at one card only"),
        (F(perm(a, k), DECK**k) if not rep else F(comb(a, k), comb(DECK, k)) * 2,
         "mixing the two ways of drawing"),
        (F(comb(a, k), perm(DECK, k)), "counting a hand against ordered draws"),
    ]
    concepts = draw_concepts(rep, "order")
    all_of = "both" if k == 2 else f"all {number_word(k)}"
    return Case({"type": "count", "property": prop, "cmp": "eq", "value": k}, value, wrong,
                concepts, k, f"{all_of} cards are {plural}", lines, N)


def _ordered(draws: Draw, k: int, rep: bool) -> Case:
    first, second = draws.sample(RANKS + SUITS[:1] + OTHER[2:], 2)
    while not _disjoint(first[3], second[3]):
        first, second = draws.sample(RANKS + SUITS[:1] + OTHER[2:], 2)
    a, b = first[2], second[2]
    N, space = _space(2, rep, True)
    fav = a * b
    value = F(fav, N)
    lines = [
        space,
        f"First card {first[0]}: {a} ways; then second card {second[0]}: {b} ways "
        + (
            "(the deck is full again)."
            if rep
            else "(the first card was of a different kind, so all of them are left)."
        ),
        f"Probability = {a} × {b} / {N} = {reduce_text(fav, N)}.",
    ]
    other = F(fav, DECK * (DECK - 1)) if rep else F(fav, DECK * DECK)
    wrong = [
        (other, replacement_slip(rep)),
        (2 * value, "allowing either order"),
        (F(a + b, DECK), "adding instead of multiplying"),
        (F(a, DECK) * F(b, DECK - 1) * 2 if rep else F(a * (b - 1), N),
         "removing a card of the second kind"),
        (F(a, DECK) + F(b, DECK - 1) - value, "'or' instead of 'and then'"),
    ]
    concepts = draw_concepts(rep, "order")
    event = {
        "op": "and",
        "args": [{"type": "position", "index": 1, "property": first[3]},
                 {"type": "position", "index": 2, "property": second[3]}],
    }
    return Case(event, value, wrong, concepts, 2,
                f"the first card is {first[0]} and the second card is {second[0]}", lines, N)


def _disjoint(p: dict[str, Any], q: dict[str, Any]) -> bool:
    if "rank" in p and "rank" in q:
        return p["rank"] != q["rank"]
    if "face" in p and "rank" in q or "face" in q and "rank" in p:
        r = p.get("rank", q.get("rank"))
        return r not in ("J", "Q", "K")
    return False


def _hand_props(draws: Draw) -> Prop:
    return draws.pick(SUITS + RANKS + OTHER)


def _at_least_one(draws: Draw, k: int, rep: bool, none: bool = False) -> Case:
    words, plural, a, prop = _hand_props(draws)
    if rep:
        N = DECK**k
        miss = (DECK - a) ** k
        space = f"Sample space: 52^{k} = {N} equally likely ordered draws."
        miss_text = f"{DECK - a}^{k} = {miss}"
    else:
        N = comb(DECK, k)
        miss = comb(DECK - a, k)
        space = f"Sample space: C(52,{k}) = {N} equally likely hands (order does not matter)."
        miss_text = f"C({DECK - a},{k}) = {miss}"
    value = F(miss, N) if none else 1 - F(miss, N)
    lines = [
        space,
        (f"Draws with no {plural}: all {k} cards from the other {DECK - a}: {miss_text}."),
    ]
    if none:
        lines.append(f"Probability = {reduce_text(miss, N)}.")
    else:
        lines.append(f"Complement: probability = 1 − {miss}/{N} = {reduce_text(N - miss, N)}.")
    other_rep = (1 - F(DECK - a, DECK) ** k) if not rep else 1 - F(comb(DECK - a, k), comb(DECK, k))
    if none:
        other_rep = 1 - other_rep
    wrong = [
        (1 - value, "giving the complement"),
        (other_rep, replacement_slip(rep)),
        (F(k * a, DECK) if not none else 1 - F(k * a, DECK), "adding the chances of each card"),
        (
            F(a * comb(DECK - a, k - 1), comb(DECK, k))
            if not rep
            else F(k * a * (DECK - a) ** (k - 1), N),
            "counting exactly one",
        ),
        (F(a, DECK), "looking at one card only"),
    ]
    concepts = draw_concepts(rep, *([] if none else ["complement"]))
    if none:
        phrase = f"none of the cards is {words}"
    else:
        phrase = f"at least one of the cards is {words}"
    event = {"type": "count", "property": prop, "cmp": "eq" if none else "ge",
             "value": 0 if none else 1}
    return Case(event, value, wrong, concepts, 2, phrase, lines, N)


def _exactly(draws: Draw, k: int, rep: bool) -> Case:
    words, plural, a, prop = _hand_props(draws)
    j = draws.between(1, k - 1) if k > 1 else 1
    if rep:
        N = DECK**k
        fav = comb(k, j) * a**j * (DECK - a) ** (k - j)
        lines = [
            f"Sample space: 52^{k} = {N} equally likely ordered draws.",
            (f"Choose which {j} of the {k} draws give {plural}: C({k},{j}) = {comb(k, j)}; "
             f"those draws have {a} choices each, the others {DECK - a}: "
             f"{comb(k, j)} × {a}^{j} × {DECK - a}^{k - j} = {fav}."),
            f"Probability = {reduce_text(fav, N)}.",
        ]
        other = F(comb(a, j) * comb(DECK - a, k - j), comb(DECK, k))
        concepts = ["binomial"]
    else:
        N = comb(DECK, k)
        fav = comb(a, j) * comb(DECK - a, k - j)
        lines = [
            f"Sample space: C(52,{k}) = {N} equally likely hands (order does not matter).",
            (f"Choose {j} of the {a} {plural}: C({a},{j}) = {comb(a, j)}; and {k - j} of the "
             f"other {DECK - a} cards: C({DECK - a},{k - j}) = {comb(DECK - a, k - j)}."),
            f"Favourable hands = {comb(a, j)} × {comb(DECK - a, k - j)} = {fav}.",
            f"Probability = {reduce_text(fav, N)}.",
        ]
        other = F(comb(k, j) * a**j * (DECK - a) ** (k - j), DECK**k)
        concepts = ["binomial", "without_replacement"]
    value = F(fav, N)
    wrong = [
        (other, replacement_slip(rep)),
        (F(a, DECK) ** j * F(DECK - a, DECK) ** (k - j),
         "leaving out which cards (one order only)"),
        (F(comb(a, j), comb(DECK, k)) if not rep else F(a**j, N), "ignoring the other cards"),
        (F(j * a, DECK), "adding the chances"),
        (F(sum(comb(a, i) * comb(DECK - a, k - i) for i in range(j, k + 1)), comb(DECK, k)),
         "counting 'at least' instead of 'exactly'"),
    ]
    verb = "is" if j == 1 else "are"
    phrase = f"exactly {number_word(j)} of the cards {verb} {words if j == 1 else plural}"
    return Case({"type": "count", "property": prop, "cmp": "eq", "value": j}, value, wrong,
                concepts, 3, phrase, lines, N)


def _same(draws: Draw, k: int, rep: bool, attr: str) -> Case:
    groups, size = (4, 13) if attr == "suit" else (2, 26)
    if rep:
        N = DECK**k
        fav = groups * size**k
        lines = [
            f"Sample space: 52^{k} = {N} equally likely ordered draws.",
            (f"Pick the {attr} ({groups} ways), then every draw from its {size} cards: "
             f"{groups} × {size}^{k} = {fav}."),
            f"Probability = {reduce_text(fav, N)}.",
        ]
        other = F(groups * comb(size, k), comb(DECK, k))
        concepts: list[str] = []
    else:
        N = comb(DECK, k)
        fav = groups * comb(size, k)
        lines = [
            f"Sample space: C(52,{k}) = {N} equally likely hands (order does not matter).",
            (f"Pick the {attr} ({groups} ways), then {k} of its {size} cards: "
             f"{groups} × C({size},{k}) = {groups} × {comb(size, k)} = {fav}."),
            f"Probability = {reduce_text(fav, N)}.",
        ]
        other = F(size, DECK) ** (k - 1)
        concepts = ["without_replacement"]
    value = F(fav, N)
    wrong = [
        (other, replacement_slip(rep)),
        (value / groups, f"forgetting to choose which {attr}"),
        (F(1, groups) ** k, f"requiring one particular {attr} for every card"),
        (F(1, groups), "looking at one card only"),
        (F(k, groups) * F(1, groups), "adding instead of multiplying"),
    ]
    word = "suit" if attr == "suit" else "colour"
    every = "both cards are" if k == 2 else f"all {number_word(k)} cards are"
    return Case({"type": "all_same", "attribute": attr}, value, wrong, concepts, 2,
                f"{every} of the same {word}", lines, N)


#: Each kind's question, given the draws, the number of cards and whether they go back.
KINDS: dict[str, Callable[[Draw, int, bool], Case]] = {
    "single": _single, "single_not": _single_not, "union": _union, "both": _both,
    "ordered": _ordered,
    "at_least_one": _at_least_one, "none": partial(_at_least_one, none=True), "exactly": _exactly,
    "same_suit": partial(_same, attr="suit"), "same_colour": partial(_same, attr="colour")
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, 32)
    level = LEVELS[params.difficulty]
    kinds = list(level["kinds"])
    if params.draws is not None:
        k_fixed = params.draws
        one = ("single", "single_not", "union")
        kinds = [(kd, w) for kd, w in kinds if (kd in one) == (k_fixed == 1)
                 and not (kd == "ordered" and k_fixed != 2)]
        if not kinds:
            kinds = [("single", 1)] if k_fixed == 1 else [("at_least_one", 1), ("exactly", 1)]
    kind = draws.weighted(kinds)
    rep = draws.random() < level["replacement"]
    if params.replacement is not None:
        rep = params.replacement
    if kind in ("single", "single_not", "union"):
        k = 1
    elif kind in ("both", "ordered"):
        k = 2 if params.difficulty != "hard" else draws.between(3, 4)
        if kind == "ordered":
            k = 2
    elif params.difficulty == "hard":
        k = draws.between(3 if kind.startswith("same") else 4, 5)
    else:
        k = draws.between(2, 3)
    if params.draws is not None:
        k = params.draws
    case = KINDS[kind](draws, k, rep)
    case.steps += max(0, k - 3)
    experiment = {"kind": "cards", "draws": k, "replacement": rep}
    return case_draft(case, experiment, params, draws, {"question": kind})


#: The deck, stated once in one short line (ranks ace to king; the face cards are the
#: jack, queen and king).
DECK_NOTE = ("(52 cards: four suits of 13, ace to king; hearts and diamonds are red; "
             "jack, queen, king are face cards.)")


#: Scenes for the draw: who draws ({name}), what ({cards}: "one card" or "two cards
#: one after another") and how ({how}: empty, or ", with replacement: ..." and so on).
SCENES = (
    "{name} draws {cards} at random from a well-shuffled standard deck{how}.",
    "A magician asks {name} to pick {cards} at random from a well-shuffled standard deck{how}.",
    ("During a probability lesson, {name} draws {cards} at random from a well-shuffled "
     "standard deck{how}."),
    "To start a card game, {name} takes {cards} at random from a well-shuffled standard deck{how}.",
    "{name} fans out a well-shuffled standard deck face down and picks {cards} at random{how}.",
    ("At a school fair stall, {name} pays to pick {cards} at random from a well-shuffled "
     "standard deck{how}."),
    "After shuffling a standard deck thoroughly, {name} draws {cards} at random{how}.",
    "{name}'s friend shuffles a standard deck, and {name} draws {cards} at random{how}.",
    ("On a long train journey, {name} draws {cards} at random from a well-shuffled standard "
     "deck{how}."),
    "For a party game, {name} picks {cards} at random from a well-shuffled standard deck{how}.",
    "{name} cuts a well-shuffled standard deck and draws {cards} at random{how}.",
    ("To settle who goes first, {name} draws {cards} at random from a well-shuffled standard "
     "deck{how}."),
)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    draws = Draw(rng, 32)
    exp = draft.data["experiment"]
    k, rep = exp["draws"], exp["replacement"]
    name = draws.pick(FIRST_NAMES)
    how = ""
    if k > 1:
        how = (
            ", with replacement: each card is put back and the deck reshuffled before the next draw"
            if rep
            else ", without replacement"
        )
    cards = _n_cards(k) + ("" if k == 1 else " one after another")
    opener = draws.pick(SCENES).format(name=name, cards=cards, how=how)
    return wording(draft, f"{opener} {DECK_NOTE}")


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "single": (
        "P = favourable cards ÷ 52; a suit has 13 cards, a rank 4, a colour 26."
    ),
    "both": (
        "Every card drawn must qualify: multiply the chances draw by draw, one card fewer"
        " each time when cards are not put back."
    ),
    "union": (
        "P(A or B) = P(A) + P(B) − P(A and B): do not count the overlap twice."
    ),
    "ordered": (
        "Multiply draw by draw; when cards are not put back, one card fewer is left each "
        "time."
    ),
    "at_least_one": (
        "P(at least one) = 1 − P(none)."
    ),
    "exactly": (
        "Count hands: choose the wanted cards and the others, then divide by all hands of"
        " that size."
    ),
    "none": (
        "Count only the draws that avoid the wanted cards, then divide by all draws of "
        "that size."
    ),
    "same_suit": (
        "Pick the suit first, then every card must come from it; add over the four suits."
    ),
    "same_colour": (
        "Pick the colour first, then every card must come from it; add over the two "
        "colours."
    ),
    "single_not": (
        "P(not A) = 1 − P(A): count the cards that are A, subtract from 52."
    ),
    "*": (
        "P = favourable outcomes ÷ all equally likely outcomes."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("question")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.0, 4.5), "medium": (2.0, 6.0), "hard": (4.5, 7.5)}
