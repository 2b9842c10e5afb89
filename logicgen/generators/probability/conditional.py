"""Conditional probability: two-way tables, two-child problems, Bayes with base rates, Monty Hall.

"1% of people have a condition. A test is positive for 99% of those who have it
and for 5% of those who do not. A person tests positive. What is the
probability that they have the condition?" (1/6)

Kinds:

* ``table``: counts in a two-way table; P(column | row) or P(row | column).
* ``children``: families with two or three children, each child a boy or a
  girl with probability 1/2 independently (and, at ``hard``, born on any of
  the seven days of the week equally likely). The condition is stated as a
  selection: "A family is chosen at random among families with exactly two
  children, at least one of whom is a boy." — never as a remark that could
  have been made about a particular child.
* ``screening``: a condition with prevalence ``p``, a test with sensitivity
  (true-positive rate) and false-positive rate; P(condition | positive) or,
  at ``hard``, P(no condition | negative). Seven scenarios (a rare condition,
  a virus at an airport, faulty parts, doping, spam, airport bags, flu at a
  clinic), each with its own realistic prevalences and test rates
  (``data["scenario"]``, ranges in ``docs/scenarios.md``).
* ``sources``: two (``medium``) or two or three (``hard``) machines, suppliers,
  depots, farms or printers with shares of the output and their own rates of
  bad items (0.5–8% for machines, late parcels 2–15%); P(source | bad). The
  sources' rates always differ and the answer is never just the source's share.
* ``monty``: the Monty Hall game with 3–6 doors and a named prize; the host
  knows where the prize is, always opens one goat door other than the
  player's, choosing at random when he can; the player then switches to one
  of the other unopened doors chosen at random, or keeps the first door.

The generator uses Bayes' rule, P(A | B) = P(A and B) / P(B), with exact
fractions; the explanations use natural frequencies ("Of 10,000 people, 100
have it; 99 of them test positive ..."). The solver
(:mod:`logicgen.solve.exact`) counts instead: people in the table, every family,
a whole-number population for Bayes, every play of the game.

Difficulty: ``easy`` tables (2×2); ``medium`` tables (3×2) and (rarely)
two-child problems; Bayes questions (a product per source, a sum and a division,
after reading a long setting) take a practised candidate over the 45 seconds of
a medium item, so they are ``hard`` only (``kind="screening"`` or
``"sources"`` at medium still gives two sources with whole-percent rates); ``hard``
screening with either result, two or three sources, tables, and (rarely) three
children or a weekday condition and Monty Hall with 3–6 doors. Two-child and
Monty Hall questions have only a few dozen distinct forms, so they are weighted
low (``LEVELS``) to keep a practice set from repeating one. ``kind`` picks one
of the kinds above.

``score`` is the solver's measured effort, :func:`logicgen.solve.exact.effort`:
the steps of the shortest written working (one per term or factor, two per
binomial term, one for a complement, 1.5 for a condition, plus half a step per
digit beyond two of the number divided by). Each level keeps the items whose
effort is within its band (:data:`BANDS`): hard items reverse a condition through base rates (Bayes: one product per source, a sum and a division over a population of thousands) or play out Monty Hall; medium restricts a three-row table, where a column adds three cells.

Wrong options come from named mistakes: confusing P(A | B) with P(B | A),
base-rate neglect (sensitivity ÷ (sensitivity + false-positive rate)), ignoring
the evidence (the prior), the joint instead of the conditional probability, the
chance of the evidence itself, treating the unopened doors as equally likely,
and reading "at least one is a boy" as "the older child is a boy".

>>> import logicgen
>>> item = logicgen.generate("probability.conditional", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
The table counts the students at a college by subject and housing:
  study science: 34 live on campus, 5 live off campus
  study arts: 26 live on campus, 59 live off campus
  study business: 9 live on campus, 42 live off campus
One student is chosen at random. Given that the student chosen is one of those who live off
campus, what is the probability that the student is one of those who study science? Give the
answer as a fraction in lowest terms.
>>> item.choices, item.answer
(('39/175', '5/101', '1/35', '5/39', '5/106'), '5/106')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import reduce
from math import comb, lcm
from typing import TYPE_CHECKING, Any

from logicgen.data.scenarios import SCREENING, SOURCES, TOWNS
from logicgen.kit import Draft, Draw, Wording, ftext, number_word, reduce_text, value_text
from logicgen.registry import BaseParams, check_choice, family
from logicgen.solve.exact import effort, solve

from ._common import Case, case_draft, options, wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "options", "render"]

F = Fraction
KINDS = ("table", "children", "screening", "sources", "monty")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Kinds by difficulty with their weights. Two-child and Monty Hall questions have few
#: distinct forms, so they are drawn rarely: a practice set seldom repeats one.
LEVELS: dict[str, list[tuple[str, float]]] = {
    "easy": [("table", 1)],
    "medium": [("table", 3), ("children", 0.04)],
    "hard": [("screening", 3), ("sources", 3), ("children", 0.25), ("monty", 0.12),
             ("table", 2)],
}
#: Prizes behind one door (Monty Hall).
PRIZES = ("a car", "a holiday for two", "a motorbike", "a year's free groceries",
          "a sailing boat", "a new kitchen", "a camper van", "a grand piano")

#: Two-way table scenes: who is counted, the row variable and labels, the column ones.
TABLES: list[dict[str, Any]] = [
    {"who": "employees of a company", "one": "employee",
     "rows": ["work in sales", "work in engineering", "work in support"], "row_name": "department",
     "cols": ["work remotely", "work in the office"], "col_name": "place of work"},
    {"who": "students at a college", "one": "student",
     "rows": ["study science", "study arts", "study business"], "row_name": "subject",
     "cols": ["live on campus", "live off campus"], "col_name": "housing"},
    {"who": "customers of a shop", "one": "customer",
     "rows": ["paid by card", "paid in cash", "paid by phone"], "row_name": "payment",
     "cols": ["bought a drink", "did not buy a drink"], "col_name": "purchase"},
    {"who": "members of a gym", "one": "member",
     "rows": ["come in the morning", "come in the evening", "come at weekends"],
     "row_name": "visiting time", "cols": ["take classes", "do not take classes"],
     "col_name": "classes"},
]

#: The scenario tables' keys, in table order (drawn from).
SCREENING_KEYS = tuple(SCREENING)
SOURCES_KEYS = tuple(SOURCES)


@family("probability.conditional", version=3, solver=solve,
        summary="Conditional probability: tables, two-child problems, Bayes, Monty Hall",
        formats=("choice", "numeric"))
@dataclass(frozen=True)
class Params(BaseParams):
    """``kind``: one of table, children, screening, sources, monty (default: by difficulty)."""

    kind: str | None = None

    def check(self) -> None:
        if self.kind is not None:
            check_choice("kind", self.kind, KINDS)


# -- tables --------------------------------------------------------------------------------


def _table(draws: Draw, level: str) -> tuple[Case, dict[str, Any]]:
    scene = draws.pick(TABLES)
    n_rows = 2 if level == "easy" else 3
    rows = scene["rows"][:n_rows]
    cols = scene["cols"]
    counts = [[draws.between(4, 60) for _ in cols] for _ in rows]
    i = draws.below(n_rows)
    j = draws.below(2)
    row_total = sum(counts[i])
    col_total = sum(r[j] for r in counts)
    total = sum(sum(r) for r in counts)
    cell = counts[i][j]
    given_row = draws.random() < 0.5
    one = scene["one"]
    noun = scene["who"].split(" ")[0]
    if given_row:
        value = F(cell, row_total)
        phrase = f"the {one} is one of those who {cols[j]}"
        given_phrase = f"the {one} chosen is one of those who {rows[i]}"
        lines = [
            (f"Restrict to the {row_total} {noun} who {rows[i]} "
             f"({' + '.join(str(x) for x in counts[i])} = {row_total})."),
            f"Of these, {cell} {cols[j]}.",
            f"Probability = {reduce_text(cell, row_total)}.",
        ]
        reverse = F(cell, col_total)
        event = {"type": "cell", "col": cols[j]}
        given = {"type": "cell", "row": rows[i]}
        marginal = F(col_total, total)
    else:
        value = F(cell, col_total)
        phrase = f"the {one} is one of those who {rows[i]}"
        given_phrase = f"the {one} chosen is one of those who {cols[j]}"
        lines = [
            (f"Restrict to the {col_total} {noun} who {cols[j]} "
             f"({' + '.join(str(r[j]) for r in counts)} = {col_total})."),
            f"Of these, {cell} {rows[i]}.",
            f"Probability = {reduce_text(cell, col_total)}.",
        ]
        reverse = F(cell, row_total)
        event = {"type": "cell", "row": rows[i]}
        given = {"type": "cell", "col": cols[j]}
        marginal = F(row_total, total)
    wrong = [
        (reverse, "reversing the condition"),
        (F(cell, total), "the joint probability (dividing by everyone)"),
        (marginal, "ignoring the condition"),
        (F(cell, (row_total if given_row else col_total) - cell),
         "dividing by the others instead of the whole group"),
        (F(cell, total - cell), "favourable against unfavourable"),
    ]
    case = Case(event, value, wrong, ["conditioning"], 2, phrase, lines, total, given, given_phrase)
    experiment = {"kind": "table", "rows": rows, "cols": cols, "counts": counts}
    wording = {"scene": scene}
    return case, {"experiment": experiment, "wording": wording}


# -- two-child problems --------------------------------------------------------------------


def _sexes(sex: str, cmp: str, value: int) -> dict[str, Any]:
    return {"type": "count", "property": {"sex": sex}, "cmp": cmp, "value": value}


FOUR_FAMILIES = "The four equally likely families, older child first: BB, BG, GB, GG."
#: The two-child variants: (the sex counted and how many, the condition as an event and in
#: words, the question in words, the answer, the explanation after the four families, the
#: named mistakes).
TWO_CHILDREN: dict[str, tuple[Any, ...]] = {
    "two_at_least_one": (
        ("boy", 2), _sexes("boy", "ge", 1), "at least one of whom is a boy",
        "both children are boys", F(1, 3),
        ["At least one boy leaves BB, BG, GB: 3 families.",
         "Both boys: BB only, so the probability is 1/3."],
        [(F(1, 2), "treating 'at least one is a boy' as 'a particular child is a boy'"),
         (F(1, 4), "ignoring the condition"),
         (F(2, 3), "the chance of a boy and a girl")]),
    "two_older": (
        ("boy", 2), {"type": "position", "index": 1, "property": {"sex": "boy"}},
        "the older of whom is a boy", "both children are boys", F(1, 2),
        ["The older child is a boy in BB and BG: 2 families.",
         "Both boys: BB only, so the probability is 1/2 (it only depends on the younger child)."],
        [(F(1, 3), "treating 'the older is a boy' like 'at least one is a boy'"),
         (F(1, 4), "ignoring the condition"),
         (F(3, 4), "the chance of at least one boy")]),
    "two_mixed": (
        ("girl", 1), _sexes("boy", "ge", 1), "at least one of whom is a boy",
        "the family has one boy and one girl", F(2, 3),
        ["At least one boy leaves BB, BG, GB: 3 families.",
         "One boy and one girl: BG and GB, so the probability is 2/3."],
        [(F(1, 2), "treating 'at least one is a boy' as 'a particular child is a boy'"),
         (F(1, 3), "counting BG and GB as one family"),
         (F(1, 4), "the chance of BG alone")]),
    "two_girl": (
        ("girl", 2), _sexes("girl", "ge", 1), "at least one of whom is a girl",
        "both children are girls", F(1, 3),
        ["At least one girl leaves BG, GB, GG: 3 families.",
         "Both girls: GG only, so the probability is 1/3."],
        [(F(1, 2), "treating 'at least one is a girl' as 'a particular child is a girl'"),
         (F(1, 4), "ignoring the condition"),
         (F(2, 3), "the chance of a boy and a girl")]),
    "two_older_girl": (
        ("girl", 2), {"type": "position", "index": 1, "property": {"sex": "girl"}},
        "the older of whom is a girl", "both children are girls", F(1, 2),
        ["The older child is a girl in GB and GG: 2 families.",
         "Both girls: GG only, so the probability is 1/2 (it only depends on the younger child)."],
        [(F(1, 3), "treating 'the older is a girl' like 'at least one is a girl'"),
         (F(1, 4), "ignoring the condition"),
         (F(3, 4), "the chance of at least one girl")]),
    "two_mixed_girl": (
        ("boy", 1), _sexes("girl", "ge", 1), "at least one of whom is a girl",
        "the family has one boy and one girl", F(2, 3),
        ["At least one girl leaves BG, GB, GG: 3 families.",
         "One boy and one girl: BG and GB, so the probability is 2/3."],
        [(F(1, 2), "treating 'at least one is a girl' as 'a particular child is a girl'"),
         (F(1, 3), "counting BG and GB as one family"),
         (F(1, 4), "the chance of GB alone")]),
}


def _children(draws: Draw, level: str) -> tuple[Case, dict[str, Any]]:
    variants = list(TWO_CHILDREN)
    if level == "hard":
        variants = ["three_all", "three_two", "three_at_least_two", "weekday", "two_mixed"]
    v = draws.pick(variants)
    sexes = ["boy", "girl"]
    attributes: dict[str, list[str]] = {"sex": sexes}
    n = 3 if v.startswith("three") else 2
    base = 2**n
    if v in TWO_CHILDREN:
        (sex, count), given, cond, phrase, value, rest, wrong = TWO_CHILDREN[v]
        event = _sexes(sex, "eq", count)
        lines = [FOUR_FAMILIES, *rest]
        steps = 2
    elif v in ("three_all", "three_two", "three_at_least_two"):
        at_least = 2 if v == "three_at_least_two" else 1
        sex = draws.pick(sexes)
        many = sex + "s"
        cond = (f"at least one of whom is a {sex}" if at_least == 1 else
                f"at least two of whom are {many}")
        given = _sexes(sex, "ge", at_least)
        cond_count = sum(comb(3, j) for j in range(at_least, 4))
        if v == "three_two":
            event = _sexes(sex, "eq", 2)
            phrase = f"exactly two of the children are {many}"
            fav = comb(3, 2)
        else:
            event = _sexes(sex, "eq", 3)
            phrase = f"all three children are {many}"
            fav = 1
        value = F(fav, cond_count)
        lines = [
            "Three children give 2^3 = 8 equally likely families (BBB, BBG, ..., GGG).",
            f"Families with {'at least one ' + sex if at_least == 1 else 'at least two ' + many}: "
            + " + ".join(f"C(3,{j})" for j in range(at_least, 4))
            + f" = {cond_count}.",
            (f"Of these, {fav} match{'es' if fav == 1 else ''}: probability "
             f"= {reduce_text(fav, cond_count)}."),
        ]
        wrong = [
            (F(fav, 8), "ignoring the condition"),
            (F(1, 2), "looking at one remaining child"),
            (F(1, 4) if fav == 1 else F(3, 4), "fixing particular children"),
            (F(fav, cond_count + 1), "miscounting the families"),
        ]
        steps = 3
    else:  # weekday
        attributes = {"sex": sexes, "day": list(DAYS)}
        day = draws.pick(DAYS)
        tag = {"sex": "boy", "day": day}
        event = _sexes("boy", "eq", 2)
        given = {"type": "count", "property": tag, "cmp": "ge", "value": 1}
        cond = f"at least one of whom is a boy born on a {day}"
        phrase = "both children are boys"
        value = F(13, 27)
        lines = [
            ("Each child is one of 2 × 7 = 14 equally likely kinds (sex and weekday), so "
             "two children give 14 × 14 = 196 equally likely families."),
            f"At least one boy born on a {day}: 196 − 13 × 13 = 27 families.",
            f"Both boys among those: 7 × 7 − 6 × 6 = 13 (both boys, not neither on a {day}).",
            "Probability = 13/27.",
        ]
        wrong = [
            (F(1, 3), "ignoring the weekday"),
            (F(1, 2), "treating it as a particular child"),
            (F(1, 4), "ignoring the condition"),
            (F(14, 27), "the chance of a boy and a girl"),
            (F(13, 28), "miscounting the families"),
        ]
        steps = 4
    lines.insert(0, "Each child is a boy or a girl with probability 1/2, independently, so all "
                 "listed families are equally likely.")
    case = Case(event, value, wrong, ["conditioning"], steps, phrase, lines, base, given, cond)
    experiment = {"kind": "children", "count": n, "attributes": attributes}
    return case, {"experiment": experiment, "wording": {"variant": v, "town": draws.pick(TOWNS)}}


# -- Bayes ---------------------------------------------------------------------------------


def _pct(x: Fraction) -> str:
    return value_text(x, "percent")


def _population(rates: list[Fraction]) -> int:
    """The smallest power of ten in which every group is a whole number."""
    need = reduce(lcm, (r.denominator for r in rates), 1)
    n = 100
    while n % need:
        n *= 10
    return max(n, 1000)


def _screening(draws: Draw, level: str) -> tuple[Case, dict[str, Any]]:
    key = draws.pick(SCREENING_KEYS)
    sc = SCREENING[key]
    prev = F(draws.pick(sc["prev"]), 1000)
    sens = F(draws.pick(sc["sens"]), 1000)
    fp = F(draws.pick(sc["fp"]), 1000)
    negative = level == "hard" and draws.random() < 0.4
    group = sc["group"].format(town=draws.pick(TOWNS))
    what, one, has, hasnt = sc["what"], sc["one"], sc["has"], sc["hasnt"]
    have, havent, who = sc["have"], sc["havent"], sc["who"]
    article = "an" if one[0] in "aeiou" else "a"
    pos = sc.get("pos", ("tests positive", "test positive"))
    neg = sc.get("neg", ("tests negative", "test negative"))
    pos_d = prev * sens
    pos_h = (1 - prev) * fp
    neg_d = prev * (1 - sens)
    neg_h = (1 - prev) * (1 - fp)
    N = _population([pos_d, pos_h, neg_d, neg_h, prev])
    nd, nh = N * prev, N * (1 - prev)
    head = [f"Natural frequencies: picture {N:,} {sc['many']}.",
            f"{nd} of them ({_pct(prev)}) {have}; the other {nh} {havent}."]
    if not negative:
        value = pos_d / (pos_d + pos_h)
        a, b = N * pos_d, N * pos_h
        lines = head + [
            f"Of the {nd} {who} {have}, {_pct(sens)} {pos[1]}: {a}.",
            f"Of the {nh} {who} {havent}, {_pct(fp)} {pos[1]} anyway: {b}.",
            f"Positives: {a} + {b} = {a + b}, and {a} of them {have}.",
            f"Probability = {reduce_text(int(a), int(a + b))}.",
        ]
        wrong = [
            (sens, "confusing P(positive | condition) with P(condition | positive)"),
            (sens / (sens + fp), "ignoring the base rate"),
            (prev, "ignoring the test result"),
            (pos_d, "the chance of having it and testing positive"),
            (pos_d + pos_h, "the chance of a positive test"),
            (1 - fp, "using the true-negative rate"),
        ]
        event = {"type": "source", "name": "yes"}
        given = {"type": "flag", "value": True}
        phrase = f"the {one} {has}"
        given_phrase = f"{article} {one} chosen at random {pos[0]}"
        steps, concepts = 3, ["bayes", "conditioning"]
    else:
        value = neg_h / (neg_h + neg_d)
        a, b = N * neg_h, N * neg_d
        lines = head + [
            (f"Of the {nd} {who} {have}, {_pct(1 - sens)} {neg[1]} "
             f"(100% − {_pct(sens)}): {b}."),
            (f"Of the {nh} {who} {havent}, {_pct(1 - fp)} {neg[1]} (100% − {_pct(fp)}): "
             f"{a}."),
            f"Negatives: {a} + {b} = {a + b}, and {a} of them {havent}.",
            f"Probability = {reduce_text(int(a), int(a + b))}.",
        ]
        wrong = [
            (1 - fp, "confusing P(negative | no condition) with P(no condition | negative)"),
            (1 - prev, "ignoring the test result"),
            (neg_h, "the joint chance of no condition and a negative test"),
            ((1 - fp) / ((1 - fp) + (1 - sens)), "ignoring the base rate"),
            (b / (a + b), "giving the complement"),
            (neg_h + neg_d, "the chance of a negative test"),
        ]
        event = {"type": "source", "name": "no"}
        given = {"type": "flag", "value": False}
        phrase = f"the {one} {hasnt}"
        given_phrase = f"{article} {one} chosen at random {neg[0]}"
        steps, concepts = 4, ["bayes", "conditioning", "complement"]
    experiment = {
        "kind": "sources",
        "sources": [{"name": "yes", "share": ftext(prev), "rate": ftext(sens)},
                    {"name": "no", "share": ftext(1 - prev), "rate": ftext(fp)}],
    }
    case = Case(event, value, wrong, concepts, steps, phrase, lines, int(N), given, given_phrase)
    wording = {"what": what, "group": group, "one": one, "prev": prev, "sens": sens, "fp": fp,
               "have": have, "havent": havent, "test": sc["test"], "who": who,
               "flags": sc.get("flags", "is positive for")}
    return case, {"experiment": experiment, "wording": wording, "scenario": key}


SHARES = {2: ((60, 40), (70, 30), (55, 45), (75, 25), (65, 35), (80, 20)),
          3: ((50, 30, 20), (40, 35, 25), (45, 35, 20), (60, 25, 15), (50, 25, 25),
              (40, 40, 20), (45, 30, 25), (55, 25, 20))}


def _sources(draws: Draw, level: str) -> tuple[Case, dict[str, Any]]:
    key = draws.pick(SOURCES_KEYS)
    sc = SOURCES[key]
    m = 2 if level != "hard" else draws.pick((2, 3))
    # At medium the rates are whole percentages. Every source has its own rate, and the
    # answer is never just the source's share (which would make the rates irrelevant).
    pool = [r for r in sc["rates"] if level == "hard" or r % 10 == 0]
    for _ in range(100):
        shares_pct = draws.pick(SHARES[m])
        rates_pm = [draws.pick(pool) for _ in range(m)]
        target = draws.below(m)
        shares = [F(x, 100) for x in shares_pct]
        rates = [F(x, 1000) for x in rates_pm]
        joint = [s * r for s, r in zip(shares, rates)]
        value = joint[target] / sum(joint, F(0))
        if len(set(rates_pm)) == m and value != shares[target]:
            break
    names = ["A", "B", "C"][:m]
    maker, items, bad, item = sc["maker"], sc["items"], sc["bad"], sc["item"]
    article = "an" if item[0] in "aeiou" else "a"
    N = _population(joint + shares)
    counts = [N * s for s in shares]
    flagged = [N * j for j in joint]
    lines = [f"Natural frequencies: take {N:,} {items}."]
    for nm, c, r, b in zip(names, counts, rates, flagged):
        lines.append(f"{maker.capitalize()} {nm} {sc['verb']} {c} of them; {_pct(r)} are "
                     f"{bad}: {b}.")
    lines += [
        (f"{bad.capitalize()} {items}: {' + '.join(str(b) for b in flagged)} = {sum(flagged)}, "
         f"of which {flagged[target]} come from {maker} {names[target]}."),
        f"Probability = {reduce_text(int(flagged[target]), int(sum(flagged)))}.",
    ]
    wrong = [
        (shares[target], f"ignoring the evidence (the {maker}'s share)"),
        (rates[target], f"confusing P({bad} | {maker}) with P({maker} | {bad})"),
        (rates[target] / sum(rates, F(0)), f"ignoring the {maker}s' shares (base rates)"),
        (joint[target], "the joint chance instead of the conditional"),
        (sum(joint, F(0)), f"the chance that {article} {item} is {bad}"),
    ]
    experiment = {
        "kind": "sources",
        "sources": [
            {"name": nm, "share": ftext(s), "rate": ftext(r)}
            for nm, s, r in zip(names, shares, rates)
        ],
    }
    case = Case({"type": "source", "name": names[target]}, value, wrong, ["bayes", "conditioning"],
                2 + m - 1, f"it came from {maker} {names[target]}", lines, int(N),
                {"type": "flag", "value": True},
                f"{article} {item} chosen at random from all the {items} turns out to be {bad}")
    wording = {"names": names, "shares": shares, "rates": rates, "key": key,
               "intro": sc["intro"].format(town=draws.pick(TOWNS), n=number_word(m))}
    return case, {"experiment": experiment, "wording": wording, "scenario": key}


# -- Monty Hall ----------------------------------------------------------------------------


def _monty(draws: Draw, level: str) -> tuple[Case, dict[str, Any]]:
    n = draws.pick((3, 3, 4, 5, 6))
    stay = draws.random() < 0.25
    prize = draws.pick(PRIZES)
    if stay:
        value = F(1, n)
        lines = [
            (f"Your first pick hides the prize with probability 1/{n}; the host only ever "
             "opens a goat door, which tells you nothing about your own door."),
            f"Keeping your door wins exactly when the first pick was right: probability 1/{n}.",
        ]
        wrong = [
            (F(1, n - 1), "treating the closed doors as equally likely"),
            (F(1, 2), "thinking any two doors are a coin toss"),
            (F(n - 1, n * (n - 2)), "giving the chance of winning by switching"),
            (F(n - 1, n), "the chance that the first pick was wrong"),
            (F(1, n + 1), "counting one door too many"),
        ]
        steps = 2
    else:
        value = F(n - 1, n * (n - 2))
        if n == 3:
            lines = [
                ("Your first pick hides the prize with probability 1/3, a goat with "
                 "probability 2/3."),
                ("The host always opens a goat door, so if your pick was a goat the one closed "
                 "door left has the prize; switching wins exactly when the first pick was "
                 "wrong."),
                "Probability = 2/3.",
            ]
        else:
            lines = [
                (f"Your first pick hides the prize with probability 1/{n}, a goat with "
                 f"probability {n - 1}/{n}."),
                (f"If it was a goat, the prize is behind one of the {n - 2} other closed doors "
                 f"(the host only opens goat doors), and you switch to each of those with "
                 f"probability 1/{n - 2}."),
                "If your first pick was the prize, switching always loses.",
                f"Probability = {n - 1}/{n} × 1/{n - 2} = {ftext(value)}.",
            ]
        wrong = [
            (F(1, n - 1), "treating the closed doors as equally likely"),
            (F(1, n), "thinking switching changes nothing"),
            (F(1, 2), "thinking any two doors are a coin toss"),
            (F(n - 1, n), "forgetting to choose among several closed doors"),
            (F(2, 3), "using the three-door answer"),
            (F(1, n - 2), "ignoring the first pick"),
        ]
        steps = 2 if n == 3 else 3
    case = Case({"type": "win"}, value, wrong, ["conditioning"], steps,
                f"you win {prize}", lines, 6 if n == 3 else n * (n - 2))
    experiment = {"kind": "monty", "doors": n, "strategy": "stay" if stay else "switch"}
    return case, {"experiment": experiment,
                  "wording": {"doors": n, "prize": prize, "stay": stay,
                              "town": draws.pick(TOWNS)}}


#: Each kind's question and solver data, given the draws and the difficulty.
MAKERS: dict[str, Callable[[Draw, str], tuple[Case, dict[str, Any]]]] = {
    "table": _table, "children": _children, "screening": _screening, "sources": _sources,
    "monty": _monty
}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, 32)
    kind = params.kind or draws.weighted(LEVELS[params.difficulty])
    case, extra = MAKERS[kind](draws, params.difficulty)
    case.wording = extra["wording"]
    more = {"question": kind}
    if "scenario" in extra:
        more["scenario"] = extra["scenario"]
    return case_draft(case, extra["experiment"], params, draws, more)


# -- wording: one function per kind, from the case, its wording facts and the experiment --


def _table_body(case: Case, w: dict[str, Any], exp: dict[str, Any]) -> str:
    scene = w["scene"]
    lines = [f"The table counts the {scene['who']} by {scene['row_name']} and {scene['col_name']}:"]
    for r, row in zip(exp["rows"], exp["counts"]):
        lines.append(f"  {r}: {row[0]} {exp['cols'][0]}, {row[1]} {exp['cols'][1]}")
    return ("\n".join(lines) + f"\nOne {scene['one']} is chosen at random. Given that "
            f"{case.given_phrase}, what is the probability that {case.phrase}?")


def _children_body(case: Case, w: dict[str, Any], exp: dict[str, Any]) -> str:
    extra = (" Each child is equally likely to be a boy or a girl, independently of the "
             "other children")
    if "day" in exp["attributes"]:
        extra += (", and equally likely to be born on any of the seven days of the week, "
                  "independently of sex and of the other children")
    return (f"A family is chosen at random among the families in {w['town']} with exactly "
            f"{number_word(exp['count'])} children, {case.given_phrase}.{extra}. What is the "
            f"probability that {case.phrase}?")


def _given_then_ask(case: Case) -> str:
    return (f"{case.given_phrase[0].upper()}{case.given_phrase[1:]}. What is the "
            f"probability that {case.phrase}?")


def _screening_body(case: Case, w: dict[str, Any], exp: dict[str, Any]) -> str:
    who = w["who"]
    flags = w["flags"]
    wrongly = "wrongly, for" if flags.endswith(" for") else "wrongly,"
    return (f"Of the {w['group']}, {_pct(w['prev'])} {w['what']}. {w['test']} {flags} "
            f"{_pct(w['sens'])} of those {who} {w['have']} and, {wrongly} "
            f"{_pct(w['fp'])} of those {who} {w['havent']}. " + _given_then_ask(case))


def _sources_body(case: Case, w: dict[str, Any], exp: dict[str, Any]) -> str:
    sc = SOURCES[w["key"]]
    parts = [f"{sc['maker']} {nm} {sc['verb']} {_pct(s)} of the {sc['items']} and {_pct(r)} of "
             f"its {sc['items']} are {sc['bad']}"
             for nm, s, r in zip(w["names"], w["shares"], w["rates"])]
    return f"{w['intro']}: " + "; ".join(parts) + ". " + _given_then_ask(case)


def _monty_body(case: Case, w: dict[str, Any], exp: dict[str, Any]) -> str:
    n, prize = w["doors"], w["prize"]
    then = ("keep the door you picked" if w["stay"] else
            "switch to one of the other closed doors"
            + (" (there is only one)" if n == 3 else ", chosen at random"))
    return (f"A game show filmed in {w['town']} has {number_word(n)} closed doors: {prize} is behind one, chosen at "
            "random, and goats are behind the others. You pick a door at random. The host, "
            "who knows where the prize is, then always opens one door that you did not pick "
            "and that hides a goat, choosing at random when he has a choice. You then "
            f"{then}. What is the probability that you win {prize}?")


BODIES = {"table": _table_body, "children": _children_body, "screening": _screening_body,
          "sources": _sources_body, "monty": _monty_body}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    case = draft.spec
    body = BODIES[draft.data["question"]](case, case.wording, draft.data["experiment"])
    return wording(draft, body, ask=False)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "table": (
        "P(A given B): the A-and-B count divided by the B total only."
    ),
    "children": (
        "List the equally likely cases (BB, BG, GB, GG), strike those the information "
        "rules out, then count."
    ),
    "monty": (
        "Staying wins only when the first pick was right; switching needs a wrong first "
        "pick, then the car among the doors left closed."
    ),
    "screening": (
        "Picture a round number, say 1,000: count the true and the false positives; the "
        "answer is true positives ÷ all positives."
    ),
    "sources": (
        "Weight each source's rate by its share; the answer is one source's part over the"
        " total."
    ),
    "*": (
        "P(A given B) = P(A and B) ÷ P(B)."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("question")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (3.5, 4.0), "medium": (4.0, 5.5), "hard": (4.0, 7.5)}
