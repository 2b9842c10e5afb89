"""Three-statement comparisons: two premises on one scale, a third to judge.

"Assume the first two statements are true. Among Ana, Ben and Cy, no two are
the same age. 1. Ana is older than Ben. 2. Cy is younger than Ana. 3. Ben is
older than Cy. Is the third statement true, false or uncertain?"

Three or four people are compared on one scale (age, height, speed, weight,
arrival time). A premise is a single comparison ("Ana is older than Ben"), a
"both" comparison ("Ana is older than both Ben and Cy") or a "between"
comparison ("Ana is older than Ben but younger than Cy"). Each comparison may be
worded in either direction ("older" or the converse "younger"). The third
statement compares two people who are not compared directly in a premise, or
says that someone is the highest or lowest ("Cy is the oldest"). Ties are
impossible and the prompt says so.

The key is True when the statement holds in every ordering the premises allow,
False when in none, and Uncertain otherwise. The generator decides this from the
transitive closure of the premises and draws the key uniformly first, so the
three answers are equally common. The solver,
:mod:`logicgen.solve.orderings`, enumerates the orderings instead.

The people's names are wording: ``render`` draws them with the wording stream
and records them in ``data["names"]`` (index ``i`` of a relation is
``names[i]``).

Difficulty:

* ``easy``: three people, two single comparisons, every statement worded in
  the same direction, the third statement a comparison.
* ``medium``: three people with mixed directions, compound premises or
  highest/lowest claims, or four people with one compound premise.
* ``hard``: four people, at least one compound premise, and a base score of at
  least 3.5 (mixed directions, superlatives, several possible orderings).

Templates are sorted into levels by a base score = 1 + (people − 3) + 0.5 ×
(direction switches reading the statements in order) + 0.5 × (compound
premises) + 0.5 for a highest/lowest claim + 0.25 × log2(orderings consistent
with the premises) + 0.5 if the key is False or 1.0 if Uncertain.

``score`` is the solver's measured effort (:func:`logicgen.solve.orderings.effort`):
0.25 a comparison read, 1 a switch of direction, 0.5 a person beyond three,
0.25 a link of the shortest chain that settles the claim (to everyone else for
a highest/lowest claim), 0.5 × log2 of the orderings left open, and 0.5 for a
False key, 1 for Uncertain. Bands kept per level: easy 0.5–2.5, medium
1.5–6.5, hard 3–8. Hard is harder by switched directions, longer chains and
more orderings left open, not by longer sentences.

>>> import logicgen
>>> item = logicgen.generate("deduction.statements", count=1, seed=1)[0]
>>> print(item.prompt)
Assume the first two statements are true. Among Kofi, Goran, Ines and Emeka, no two run at the
same speed.
<BLANKLINE>
1. Kofi runs faster than Goran.
2. Ines runs faster than both Goran and Emeka.
3. Goran runs faster than Emeka.
<BLANKLINE>
Is the third statement true, false or uncertain?
>>> item.answer
'Uncertain'
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...data import FIRST_NAMES
from ...data.deduction_terms import SCALES
from ...item import TFU_CHOICES
from ...kit import Draft, Wording
from ...registry import BaseParams, family
from ...solve import orderings
from ._wording import join, numbered

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

#: A comparison (op, a, b): op "more" means a is higher on the scale than b.
Relation = tuple[str, int, int]
#: A premise as worded: ("pair", op, a, b), ("both", op, x, y, z) or ("between", op, x, y, z).
Premise = tuple[Any, ...]
#: A claim: ("more"|"less", a, b) or ("most"|"least", a).
Claim = tuple[Any, ...]
Template = tuple[int, tuple[Premise, Premise], Claim]

OPPOSITE = {"more": "less", "less": "more"}
VERDICT_WEIGHT = {"True": 0.0, "False": 0.5, "Uncertain": 1.0}
HIGH_FIRST = {"age": "oldest", "height": "tallest", "speed": "fastest",
              "weight": "heaviest", "arrival": "earliest"}
HARD_FROM = 3.5
MEDIUM_UP_TO = 4.5


@family(
    "deduction.statements", version=3,
    solver=orderings.solve,
    summary="Three-statement comparisons (older, taller, ...): true, false or uncertain?",
    formats=("tfu",),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """No family-specific parameters; items are always true / false / uncertain."""

    format: str = "tfu"


# -- the generator's own reasoning: transitive closure ------------------------------------


def relations(premise: Premise) -> list[Relation]:
    """The comparisons a worded premise states."""
    kind, op = premise[0], premise[1]
    if kind == "pair":
        return [(op, premise[2], premise[3])]
    x, y, z = premise[2:]
    if kind == "both":
        return [(op, x, y), (op, x, z)]
    return [(op, x, y), (OPPOSITE[op], x, z)]  # between


def _above(rels: list[Relation], n: int) -> list[set[int]] | None:
    """above[a] = everyone a is known to be higher than; ``None`` for a cycle."""
    above: list[set[int]] = [set() for _ in range(n)]
    for op, a, b in rels:
        hi, lo = (a, b) if op == "more" else (b, a)
        above[hi].add(lo)
    changed = True
    while changed:
        changed = False
        for a in range(n):
            extra = set().union(*(above[b] for b in above[a])) - above[a]
            if extra:
                above[a] |= extra
                changed = True
    if any(a in above[a] for a in range(n)):
        return None
    return above


def closure_verdict(above: list[set[int]], claim: Claim) -> str:
    op = claim[0]
    n = len(above)
    if op in ("more", "less"):
        a, b = claim[1], claim[2]
        hi, lo = (a, b) if op == "more" else (b, a)
        if lo in above[hi]:
            return "True"
        return "False" if hi in above[lo] else "Uncertain"
    a = claim[1]
    others = [x for x in range(n) if x != a]
    if op == "most":
        if all(x in above[a] for x in others):
            return "True"
        return "False" if any(a in above[x] for x in others) else "Uncertain"
    if all(a in above[x] for x in others):
        return "True"
    return "False" if any(x in above[a] for x in others) else "Uncertain"


def _linear_orders(above: list[set[int]]) -> list[tuple[int, ...]]:
    """Orders (highest first) that respect the known relations."""
    n = len(above)
    pairs = [(hi, lo) for hi in range(n) for lo in above[hi]]
    out = []
    for order in itertools.permutations(range(n)):
        rank = [0] * n
        for place, person in enumerate(order):
            rank[person] = place
        if all(rank[hi] < rank[lo] for hi, lo in pairs):
            out.append(order)
    return out


# -- the template table ------------------------------------------------------------------


def _premises(n: int) -> list[Premise]:
    out: list[Premise] = []
    for op in ("more", "less"):
        for a, b in itertools.permutations(range(n), 2):
            out.append(("pair", op, a, b))
        for kind in ("both", "between"):
            for x, y, z in itertools.permutations(range(n), 3):
                if kind == "both" and y > z:
                    continue  # "both Y and Z" equals "both Z and Y"; keep one order
                out.append((kind, op, x, y, z))
    return out


def _mentions(premise: Premise) -> tuple[int, ...]:
    return tuple(premise[2:])


def _canonical(p1: Premise, p2: Premise, n: int) -> bool:
    """People first appear in the order 0, 1, 2, ... and everyone is mentioned."""
    seen: list[int] = []
    for person in _mentions(p1) + _mentions(p2):
        if person not in seen:
            seen.append(person)
    return seen == list(range(n))


def _switches(rels: list[str]) -> int:
    return sum(a != b for a, b in itertools.pairwise(rels))


def _features(n: int, premises: tuple[Premise, Premise], claim: Claim,
              n_orders: int, key: str) -> tuple[float, dict[str, Any]]:
    ops = [r[0] for p in premises for r in relations(p)]
    if claim[0] in ("more", "less"):
        ops.append(claim[0])
    compound = sum(p[0] != "pair" for p in premises)
    superlative = claim[0] in ("most", "least")
    score = (
        1.0 + (n - 3) + 0.5 * _switches(ops) + 0.5 * compound + 0.5 * superlative
        + 0.25 * math.log2(n_orders) + VERDICT_WEIGHT[key]
    )
    return score, {"compound": compound, "switches": _switches(ops),
                   "superlative": superlative, "orders": n_orders}


@functools.cache
def _table() -> dict[tuple[str, str], list[tuple[Template, float]]]:
    """Every template, filed under each (difficulty, key) it may be drawn at."""
    table: dict[tuple[str, str], list[tuple[Template, float]]] = {
        (d, k): [] for d in ("easy", "medium", "hard") for k in TFU_CHOICES
    }
    for n in (3, 4):
        singles = _premises(n)
        for p1, p2 in itertools.product(singles, repeat=2):
            if not _canonical(p1, p2, n):
                continue
            rels = relations(p1) + relations(p2)
            direct = {frozenset((a, b)) for _, a, b in rels}
            if len(direct) < len(rels):
                continue  # a pair compared twice
            above = _above(rels, n)
            if above is None:
                continue
            claims: list[Claim] = [
                (op, a, b) for op in ("more", "less")
                for a, b in itertools.permutations(range(n), 2)
                if frozenset((a, b)) not in direct
            ]
            claims += [(op, a) for op in ("most", "least") for a in range(n)]
            n_orders = len(_linear_orders(above))
            for claim in claims:
                key = closure_verdict(above, claim)
                score, f = _features(n, (p1, p2), claim, n_orders, key)
                template: Template = (n, (p1, p2), claim)
                for level in _levels(n, f, rels, claim, score):
                    table[level, key].append((template, score))
    return table


def _levels(n: int, f: dict[str, Any], rels: list[Relation], claim: Claim,
            score: float) -> tuple[str, ...]:
    if n == 3 and f["compound"] == 0 and not f["superlative"] and f["switches"] == 0:
        return ("easy",)
    levels: tuple[str, ...] = ()
    if n == 3 or (f["compound"] <= 1 and score <= MEDIUM_UP_TO):
        levels += ("medium",)
    if n == 4 and f["compound"] >= 1 and score >= HARD_FROM:
        levels += ("hard",)
    return levels


# -- generate / render / explain ------------------------------------------------------------


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = int(rng.integers(1 << 40))
    key = TFU_CHOICES[draw % 3]
    scale = SCALES[(draw // 3) % len(SCALES)]
    pool = _table()[params.difficulty, key]
    (n, premises, claim), score = pool[int(rng.integers(len(pool)))]
    data: dict[str, Any] = {
        "question": "tfu",
        "people": n,
        "ties": False,
        "scale": scale[0],
        "premises": [[list(r) for r in relations(p)] for p in premises],
        "premise_forms": [p[0] for p in premises],
        "claim": list(claim),
    }
    spec = {"premises": premises, "claim": claim, "scale": scale}
    return Draft(data=data, answer=key, score=score, spec=spec)


def _premise_text(premise: Premise, scale: tuple[str, ...], names: list[str]) -> str:
    verb, more, less = scale[1], scale[2], scale[3]
    comp = {"more": more, "less": less}
    kind, op = premise[0], premise[1]
    if kind == "pair":
        return f"{names[premise[2]]} {verb} {comp[op]} {names[premise[3]]}"
    x, y, z = (names[i] for i in premise[2:])
    if kind == "both":
        return f"{x} {verb} {comp[op]} both {y} and {z}"
    return f"{x} {verb} {comp[op]} {y} but {comp[OPPOSITE[op]]} {z}"


def _claim_text(claim: Claim, scale: tuple[str, ...], names: list[str]) -> str:
    if claim[0] in ("more", "less"):
        return _premise_text(("pair", *claim), scale, names)
    return f"{names[claim[1]]} {scale[4] if claim[0] == 'most' else scale[5]}"


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The prompt; the names are drawn here and go into the wording."""
    spec = draft.spec
    n = draft.data["people"]
    picks = rng.permutation(len(FIRST_NAMES))[:n]
    names = [FIRST_NAMES[int(i)] for i in picks]
    scale = spec["scale"]
    lines = [_premise_text(p, scale, names) for p in spec["premises"]]
    lines.append(_claim_text(spec["claim"], scale, names))
    body = numbered([f"{line}." for line in lines])
    prompt = (
        f"Assume the first two statements are true. Among {join(names)}, no two "
        f"{scale[6]}.\n\n{body}\n\nIs the third statement true, false or uncertain?"
    )
    return Wording(prompt, list(TFU_CHOICES), data={"names": names})


@functools.lru_cache(maxsize=4096)
def _explain_template(premises: tuple[Premise, Premise], claim: Claim, n: int,
                      scale: tuple[str, ...]) -> str:
    slots = [f"{{{i}}}" for i in range(n)]
    verb, more = scale[1], scale[2]
    lines = [(f"Write X > Y for “X {verb} {more} Y”. A statement worded the other way round "
              f"(“{scale[3]}”) gives the same arrow read backwards.")]
    rels: list[Relation] = []
    for number, premise in enumerate(premises, 1):
        found = relations(premise)
        rels += found
        arrows = " and ".join(
            f"{slots[a]} > {slots[b]}" if op == "more" else f"{slots[b]} > {slots[a]}"
            for op, a, b in found
        )
        lines.append(f"Statement {number}: {_premise_text(premise, scale, slots)}, "
                     f"so {arrows}.")
    above = _above(rels, n)
    assert above is not None
    orders = _linear_orders(above)
    listed = "; ".join(", ".join(slots[i] for i in order) for order in orders)
    first = "{first}"
    if len(orders) == 1:
        lines.append(f"Together they fix the order ({first} first): {listed}.")
    else:
        lines.append(f"Together they allow {len(orders)} orders ({first} first): {listed}.")
    key = closure_verdict(above, claim)
    said = _claim_text(claim, scale, slots)
    if claim[0] in ("more", "less") and key != "Uncertain":
        a, b = claim[1], claim[2]
        hi, lo = (a, b) if (claim[0] == "more") == (key == "True") else (b, a)
        path = _path(above, rels, hi, lo, n)
        chain = " > ".join(slots[i] for i in path)
        lines.append(f"Following the arrows: {chain}, so {slots[hi]} > {slots[lo]}.")
    holding = [o for o in orders if _holds_in(claim, o)]
    if key == "True":
        lines.append(f"Statement 3, “{said}”, holds in every possible order: True.")
    elif key == "False":
        lines.append(f"Statement 3, “{said}”, holds in none of the possible orders: False.")
    else:
        yes = ", ".join(slots[i] for i in holding[0])
        no = ", ".join(slots[i] for i in next(o for o in orders if o not in holding))
        lines.append(f"Statement 3, “{said}”, holds in the order {yes} but not in the order "
                     f"{no}; the premises do not decide it: Uncertain.")
    return "\n".join(lines)


def _holds_in(claim: Claim, order: tuple[int, ...]) -> bool:
    op = claim[0]
    if op == "more":
        return order.index(claim[1]) < order.index(claim[2])
    if op == "less":
        return order.index(claim[1]) > order.index(claim[2])
    return order[0] == claim[1] if op == "most" else order[-1] == claim[1]


def _path(above: list[set[int]], rels: list[Relation], hi: int, lo: int, n: int) -> list[int]:
    """A chain of stated comparisons from ``hi`` down to ``lo`` (breadth-first)."""
    step: dict[int, list[int]] = {i: [] for i in range(n)}
    for op, a, b in rels:
        x, y = (a, b) if op == "more" else (b, a)
        step[x].append(y)
    queue, back = [hi], {hi: hi}
    while queue:
        node = queue.pop(0)
        for nxt in sorted(step[node]):
            if nxt not in back:
                back[nxt] = node
                queue.append(nxt)
    path = [lo]
    while path[-1] != hi:
        path.append(back[path[-1]])
    return path[::-1]


#: Placeholders standing for the scale's words in a cached explanation.
_SCALE_SLOTS = ("{key}", "{verb}", "{more}", "{less}", "{most}", "{least}", "{same}")
_SCALE_FIELDS = ("key", "verb", "more", "less", "most", "least", "same")


def explain(draft: Draft) -> str:
    spec = draft.spec
    n = draft.data["people"]
    names = draft.data.get("names") or [chr(ord("A") + i) for i in range(n)]
    text = _explain_template(spec["premises"], spec["claim"], n, _SCALE_SLOTS)
    scale = spec["scale"]
    words = dict(zip(_SCALE_FIELDS, scale))
    return text.format(*names, first=HIGH_FIRST[scale[0]], **words)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Chain through the shared person: A above B above C puts A above C; A and C both "
        "above B leaves them uncertain."
    ),
}


EFFORT = orderings.effort
BANDS = {"easy": (0.5, 2.5), "medium": (1.5, 6.5), "hard": (3.0, 8.0)}
