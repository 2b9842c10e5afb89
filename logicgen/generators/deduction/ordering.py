"""Ordering deductions: who finished where, who speaks in which slot, what stands where.

Four to seven people (or objects) take the places 1 to n of a race, a queue, a
talk schedule or a shelf. The clues are of eight kinds: *before* ("A finished
ahead of B"), *immediately before*, *position* ("A won the race"), *not
position* ("A did not finish last"), *adjacent*, *not adjacent*, *gap* ("exactly
two runners finished between A and B") and *between* ("B finished somewhere
between A and C"). The clues always allow exactly one order. Questions ask who
is in place k, which statement must be true, or which could be true (with one
order allowed, exactly one option is possible).

How a puzzle is drawn: a random order, then clues true of it, each kept only if
it rules out some of the orders still possible, until one order is left.
Possible orders are bit sets over all n! permutations, so each clue costs one
AND. Every clue is then tested and dropped if the others already fix the
order, so no clue is redundant. The worked solution is a deduction
chain: candidate places per entity narrowed clue by clue, with a case split
("if A were in place 2 ... impossible") when nothing follows directly; a
puzzle whose chain would need nested case splits is redrawn.

Difficulty: ``easy`` 4–5 entities, direct clue kinds (before, immediately
before, position, first/last) and no case split needed; ``medium`` 5 entities,
all clue kinds (gaps and "between" too), at most one case split; ``hard`` 6–7
entities, mostly indirect clues and up to three case splits: hard is harder
because the clues only constrain, so the chain needs case analysis. Items are
drawn again while their estimated solving time is over the level's cap
(:mod:`logicgen.timing`: 45 s at easy and medium, 90 s at hard).
``n_entities`` (4–7) overrides the size and lifts the cap.

``score`` is the solver's measured effort
(:func:`logicgen.solve.permutations.ordering_effort`): propagation over each
entity's open places (:mod:`logicgen.solve.propagation`), 0.5 a clue step that
crosses a place out, 0.5 a trial (assume a place, reach a contradiction), 2 a
split, plus 0.5 an entity and 0.5 a clue that names no place or neighbour
outright ("before", "between", a gap, a negation). Bands kept per level: easy
2–8, medium 4–13, hard 8–40, so a hard order always needs a long chain of
steps or a trial. Hard is harder by clues that pin nobody down alone, not only
by more entities.

Distractors: for "who is in place k", the entity in place k of a near-solution
(an order meeting every clue but one), the entities one place either side
(off by one) and the one in place k counted from the other end; for statement
questions, statements of the same kind that hold in a near-solution, place
claims off by one, and "before" claims turned round.

Position questions need at least ``n_options`` entities; with fewer, a
"must be true" question is asked instead.

>>> import logicgen
>>> item = logicgen.generate("deduction.ordering", count=1, seed=1)[0]
>>> print(item.prompt)
Five runners (Nadia, Kofi, Omar, Carlos and Chen) finished a race. There were no ties: the
places run from 1st (the winner) to 5th.
The following are true:
1. Exactly one runner finished between Kofi and Omar.
2. Exactly three runners finished between Nadia and Omar.
3. Carlos finished 2nd.
4. Chen finished ahead of Nadia.
<BLANKLINE>
Which of the following must be true?
>>> item.answer
'Nadia finished 5th.'
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES, OBJECTS
from logicgen.data.deduction_scenes import NUMBER_WORDS, ORDER_SCENES, ordinal
from logicgen.generators.deduction import _arrangements as engine
from logicgen.generators.deduction._arrangements import Clue, Space
from logicgen.generators.deduction._wording import NO_PUZZLE, cap, join, no_puzzle
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import BaseParams, check_choice, check_int, family
from logicgen.solve.permutations import ordering_effort, solve_ordering

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "explain", "generate", "render"]

QUESTIONS = ("mixed", "position", "must", "could")
SCENES = ("race", "queue", "schedule", "shelf")
INDIRECT = ("not_position", "not_adjacent", "gap", "between")

#: Per difficulty: sizes, clue-kind weights, how many position clues at most,
#: whether every redundant clue is dropped, and the most case splits allowed.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {
        "n": (4, 5),
        "weights": {"before": 3, "immediately_before": 3, "position": 2,
                    "not_position": 2, "adjacent": 1},
        "max_position": 2, "ends_only": True, "minimal": True, "max_splits": 0,
    },
    "medium": {
        "n": (5, 5),
        "weights": {"before": 3, "immediately_before": 2, "position": 1, "not_position": 1,
                    "adjacent": 1, "not_adjacent": 1, "gap": 2, "between": 2},
        "max_position": 1, "ends_only": False, "minimal": True, "max_splits": 1,
    },
    "hard": {
        "n": (6, 7),
        "weights": {"before": 2, "immediately_before": 1, "position": 1, "not_position": 2,
                    "adjacent": 1, "not_adjacent": 2, "gap": 2, "between": 3},
        "max_position": 1, "ends_only": False, "minimal": True, "max_splits": 3,
    },
}

Claim = dict[str, Any]


@family(
    "deduction.ordering", version=3,
    solver=solve_ordering,
    summary="Ordering: places in a race, queue, schedule or shelf from clues",
    formats=("choice",),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_entities``: 4–7 (default: by difficulty); ``question``: mixed, position, must, could."""

    SIZE = ("n_entities",)

    n_entities: int | None = None
    question: str = "mixed"


    def check(self) -> None:
        if self.n_entities is not None:
            check_int("n_entities", self.n_entities, 4, 7)
        check_choice("question", self.question, QUESTIONS)

# -- clues ---------------------------------------------------------------------------

#: Per clue kind, given the clue: a test on the 0-based places of its entities (a, b, c).
TESTS: dict[str, Callable[[Clue], Callable[..., bool]]] = {
    "before": lambda c: lambda x, y: x < y,
    "immediately_before": lambda c: lambda x, y: y == x + 1,
    "position": lambda c: lambda x, k=c["pos"] - 1: x == k,
    "not_position": lambda c: lambda x, k=c["pos"] - 1: x != k,
    "adjacent": lambda c: lambda x, y: abs(x - y) == 1,
    "not_adjacent": lambda c: lambda x, y: abs(x - y) != 1,
    "gap": lambda c: lambda x, y, d=c["gap"] + 1: abs(x - y) == d,
    "between": lambda c: lambda x, y, z: min(x, z) < y < max(x, z),
}


def clue_parts(clue: Clue) -> tuple[tuple[Any, ...], tuple[int, ...], Callable[..., bool]]:
    """A clue's cache key (kind, entities, then its number: 0-based place or gap), its
    entities and the test on their places."""
    ents: tuple[int, ...] = ((clue["a"], clue["b"], clue["c"]) if "c" in clue
                             else (clue["a"], clue["b"]) if "b" in clue else (clue["a"],))
    number: tuple[int, ...] = ((clue["pos"] - 1,) if "pos" in clue
                               else (clue["gap"],) if "gap" in clue else ())
    kind = clue["type"]
    return (kind, *ents, *number), ents, _test(kind, number)


@functools.cache
def _test(kind: str, number: tuple[int, ...]) -> Callable[..., bool]:
    """The test of a clue kind with its number (made once per kind and number)."""
    clue: Clue = {"type": kind}
    if number:
        clue["gap" if kind == "gap" else "pos"] = number[0] + (kind != "gap")
    return TESTS[kind](clue)


@functools.cache
def _shapes(n: int, ends_only: bool) -> dict[str, list[tuple[int, ...]]]:
    """For each clue kind, the 0-based place tuples a true clue can be built on.

    ``not_position`` tuples are (place held, place denied); ``gap`` and
    ``not_adjacent`` are pairs at least two apart; ``between`` triples are in order.
    """
    pairs: list[tuple[int, ...]] = list(itertools.combinations(range(n), 2))
    return {
        "position": [(p,) for p in range(n)],
        "not_position": [
            (p, k) for p in range(n) for k in range(n)
            if k != p and (not ends_only or k in (0, n - 1))
        ],
        "before": pairs,
        "immediately_before": [(p, p + 1) for p in range(n - 1)],
        "adjacent": [(p, p + 1) for p in range(n - 1)],
        "not_adjacent": [(p, q) for p, q in pairs if q - p > 1],
        "gap": [(p, q) for p, q in pairs if q - p > 1],
        "between": list(itertools.combinations(range(n), 3)),
    }


def _build(kind: str, shape: tuple[int, ...], order: list[int]) -> Clue:
    """The clue of ``kind`` on the entities at the places in ``shape``."""
    ents = [order[p] for p in shape]
    if kind == "position":
        return {"type": kind, "a": ents[0], "pos": shape[0] + 1}
    if kind == "not_position":
        return {"type": kind, "a": ents[0], "pos": shape[1] + 1}
    if kind in ("before", "immediately_before"):
        return {"type": kind, "a": ents[0], "b": ents[1]}
    if kind == "between":
        a, c = sorted((ents[0], ents[2]))
        return {"type": kind, "a": a, "b": ents[1], "c": c}
    a, b = sorted(ents)
    if kind == "gap":
        return {"type": kind, "a": a, "b": b, "gap": shape[1] - shape[0] - 1}
    return {"type": kind, "a": a, "b": b}

# -- generate --------------------------------------------------------------------------


def _claims_for(kind: str, pos: list[int], n: int) -> tuple[list[Claim], list[Claim]]:
    """All claims of one kind, split into true and false in the arrangement ``pos``."""
    true: list[Claim] = []
    false: list[Claim] = []
    for a in range(n):
        for b in range(n):
            if kind == "at" and b == 0:
                for k in range(n):
                    (true if pos[a] == k else false).append({"kind": "at", "a": a, "pos": k + 1})
            if a == b:
                continue
            if kind == "before":
                (true if pos[a] < pos[b] else false).append({"kind": "before", "a": a, "b": b})
            if kind == "adjacent" and a < b:
                target = true if abs(pos[a] - pos[b]) == 1 else false
                target.append({"kind": "adjacent", "a": a, "b": b})
    return true, false


def _holds(claim: Claim, pos: Sequence[int]) -> bool:
    if claim["kind"] == "at":
        return pos[claim["a"]] == claim["pos"] - 1
    if claim["kind"] == "before":
        return pos[claim["a"]] < pos[claim["b"]]
    return abs(pos[claim["a"]] - pos[claim["b"]]) == 1


def _stated(claim: Claim, clues: list[Clue]) -> bool:
    """True when a clue says the claim outright (such a claim would be a giveaway)."""
    for c in clues:
        if claim["kind"] == "at" and c["type"] == "position" and c["a"] == claim["a"]:
            return True
        pair = {claim.get("a"), claim.get("b")}
        if claim["kind"] in ("before", "adjacent") and c["type"] in (
            "before", "immediately_before", "adjacent"
        ) and {c["a"], c["b"]} == pair:
            return True
    return False


def _random_order(rng: Draw, items: Sequence[Any]) -> Iterator[Any]:
    """Yield ``items`` in random order, drawing only as far as the caller reads."""
    pool = list(items)
    for i in range(len(pool)):
        j = rng.integers(i, len(pool))
        pool[i], pool[j] = pool[j], pool[i]
        yield pool[i]


def _statement_options(
    rng: Draw, pos: list[int], n: int, clues: list[Clue],
    near: list[tuple[int, ...]], n_options: int,
) -> tuple[Claim, list[Claim]] | None:
    kinds = ["at", "before", "adjacent"]
    for kind in [kinds[i] for i in rng.permutation(3)]:
        true, false = _claims_for(kind, pos, n)
        fresh = [c for c in true if not _stated(c, clues)]
        if not fresh or len(false) < n_options - 1:
            continue
        answer = rng.pick(fresh)
        tiers: list[list[Claim]] = [[]]
        for arr in near:  # tempting: hold in an order that breaks just one clue
            tiers[0] += [c for c in false if _holds(c, arr)]
        if kind == "at":  # off by one place
            tiers.append([c for c in false if abs(pos[c["a"]] - (c["pos"] - 1)) == 1])
        if kind == "before":  # a deduced "before" turned round
            tiers.append([c for c in false
                          if not _stated({"kind": "before", "a": c["b"], "b": c["a"]}, clues)])
        tiers.append(false)
        distractors: list[Claim] = []
        for tier in tiers:
            # Random order within a tier, so that no one entity crowds the options.
            for c in _random_order(rng, tier):
                if c not in distractors:
                    distractors.append(c)
                if len(distractors) == n_options - 1:
                    return answer, distractors
    return None


def _position_options(
    rng: Draw, order: list[int], k: int, near: list[tuple[int, ...]],
    n_options: int,
) -> list[int]:
    n = len(order)
    ranked = []
    for arr in near:  # entity in place k of a near-solution
        ranked.append(arr.index(k))
    ranked += [order[j] for j in (k - 1, k + 1) if 0 <= j < n]  # off by one
    ranked.append(order[n - 1 - k])  # counted from the other end
    ranked += [order[i] for i in rng.permutation(n)]
    out: list[int] = []
    for e in ranked:
        if e != order[k] and e not in out:
            out.append(e)
    return out[: n_options - 1]


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, batch=64, forward=True)
    level = LEVELS[params.difficulty]
    low, high = level["n"]
    for _ in range(60):
        n = params.n_entities or draws.integers(low, high + 1)
        sp = engine.space(n)
        order = draws.permutation(n)
        pos = [0] * n
        for p, e in enumerate(order):
            pos[e] = p

        def mask(c: Clue, sp: Space = sp) -> int:
            return sp.mask(*clue_parts(c))

        def make(kind: str, shape: tuple[int, ...], order: list[int] = order) -> Clue:
            return _build(kind, shape, order)

        clues = engine.draw_clues(draws, sp, _shapes(n, level["ends_only"]), level["weights"], mask, make,
                           max_position=level["max_position"], minimal=level["minimal"])
        if clues is None:
            continue
        chain = engine.deduce([set(range(n)) for _ in range(n)], engine.constraints(sp, clues, clue_parts), pos, n)
        if chain is None or chain[1] > level["max_splits"]:
            continue
        trace, splits = chain
        near = engine.near_solutions(sp, clues, mask)
        near = [near[i] for i in draws.permutation(len(near))]
        question = params.question
        if question == "mixed":
            question = "position" if params.difficulty == "easy" else draws.pick(
                ["position", "position", "must", "could"])
        if question == "position" and n < params.n_options:
            question = "must"
        if question == "position":
            given = {c["pos"] - 1 for c in clues if c["type"] == "position"}
            k = draws.pick([p for p in range(n) if p not in given] or list(range(n)))
            wrong = _position_options(draws, order, k, near, params.n_options)
            answer_claim: Claim = {"kind": "at", "a": order[k], "pos": k + 1}
            distractors = [{"kind": "at", "a": e, "pos": k + 1} for e in wrong]
            q: dict[str, Any] = {"kind": "position", "pos": k + 1}
        else:
            got = _statement_options(draws, pos, n, clues, near, params.n_options)
            if got is None:
                continue
            answer_claim, distractors = got
            q = {"kind": question}
        indirect = sum(c["type"] in INDIRECT for c in clues)
        score = n + 0.5 * len(clues) + 0.5 * indirect + 1.5 * splits
        data = {"n": n, "clues": clues, "question": q, "solution": order}
        return Draft(
            data=data,
            answer="",  # the key names people or objects, which render draws
            score=score,
            spec={"trace": trace, "splits": splits, "answer": answer_claim,
                  "distractors": distractors},
        )
    # Nothing usable in the budget: a draft the solver will reject, so that
    # the item is redrawn (and GenerationFailed raised if that keeps happening).
    return Draft(data={"n": 0, "clues": [], "question": {"kind": "must"}, "solution": []},
                 answer="", score=0.0, spec=None)


# -- render and explain ----------------------------------------------------------------


def _refs(scene: str, names: list[str]) -> tuple[list[str], list[str]]:
    """Each entity as written mid-sentence and at the start of a sentence."""
    if ORDER_SCENES[scene]["kind"] == "objects":
        return [f"the {x}" for x in names], [f"The {x}" for x in names]
    return list(names), list(names)


def _fill(template: str, lower: list[str], upper: list[str], about: dict[str, Any]) -> str:
    """A template with the entities (a, b, c), the place (pos) and the gap of a clue or claim."""
    fields: dict[str, Any] = {}
    for key in ("a", "b", "c"):
        if key in about:
            fields[key] = lower[about[key]]
            fields[key.upper()] = upper[about[key]]
    if "pos" in about:
        fields["k"] = about["pos"]
        fields["ord"] = ordinal(about["pos"])
    if "gap" in about:
        fields["cnt"] = NUMBER_WORDS[about["gap"]]
    return template.format(**fields)


def clue_text(clue: Clue, scene: str, n: int, lower: list[str], upper: list[str], form: int) -> str:
    """A clue in words; ``form`` chooses between the two ways of saying a "before" clue."""
    key = clue["type"]
    if "pos" in clue:
        key += "_first" if clue["pos"] == 1 else "_last" if clue["pos"] == n else ""
    if "gap" in clue:
        key = "gap_one" if clue["gap"] == 1 else "gap_many"
    template = ORDER_SCENES[scene][key]
    return _fill(template if isinstance(template, str) else template[form],  # type: ignore[index]
                 lower, upper, clue)


def claim_text(claim: Claim, scene: str, lower: list[str], upper: list[str]) -> str:
    return _fill(str(ORDER_SCENES[scene]["claim_" + claim["kind"]]), lower, upper, claim)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The prompt and options; the scene, the names and the key's wording are drawn here."""
    draws = Draw(rng, batch=64, forward=True)
    data = draft.data
    n = data["n"]
    scene = draws.pick(SCENES)
    t = ORDER_SCENES[scene]
    vocab = OBJECTS if t["kind"] == "objects" else FIRST_NAMES
    names = [vocab[i] for i in draws.choice(len(vocab), n)]
    lower, upper = _refs(scene, names)
    facts = {"scene": scene, "names": names}
    if draft.spec is None:
        return no_puzzle(facts)
    intro = str(t["intro"]).format(N=cap(NUMBER_WORDS[n]), n=n, names=join(lower), last=ordinal(n))
    texts = [clue_text(c, scene, n, lower, upper, draws.below(2)) for c in data["clues"]]
    q = data["question"]
    if q["kind"] == "position":
        question = _fill(str(t["question"]), lower, upper, q)
        def word(c: Claim) -> str:
            return upper[c["a"]]
    else:
        question = f"Which of the following {'must' if q['kind'] == 'must' else 'could'} be true?"
        def word(c: Claim) -> str:
            return claim_text(c, scene, lower, upper)
    spec = draft.spec
    return engine.worded(draws, intro, data["clues"], texts, question,
                  [spec["answer"], *spec["distractors"]], word, lambda c: c, facts)


def explain(instance: Draft) -> str:
    data = instance.data
    if instance.spec is None:
        return NO_PUZZLE
    scene, n, names = data["scene"], data["n"], data["names"]
    t = ORDER_SCENES[scene]
    unit = str(t["unit"])
    lower = _refs(scene, names)[0]

    def label(i: int) -> str:
        return f"clue {i + 1}"

    def places(ps: Sequence[int]) -> str:
        nums = [str(p + 1) for p in ps]
        return f"{unit} {nums[0]}" if len(nums) == 1 else f"{unit}s {join(nums, 'or')}"

    lines = [
        (f"Number the {unit}s 1 to {n} ({t['origin']}) and keep, for each one, the {unit}s "
         "still possible; apply the clues in turn.")
    ]
    lines += [cap(s) for s in engine.narrate(instance.spec["trace"], lambda e: lower[e], places, label, unit)]
    order = data["solution"]
    lines.append(
        "So the only order is: " + ", ".join(f"{p + 1} {lower[e]}" for p, e in enumerate(order))
        + ". It meets every clue."
    )
    q = data["question"]
    if q["kind"] == "position":
        lines.append(
            f"{cap(unit)} {q['pos']} is taken by {lower[order[q['pos'] - 1]]}, so the answer is "
            f"\u201c{instance.answer}\u201d."
        )
    else:
        false = [o["text"] for o in data["options"] if o["text"] != instance.answer]
        lines.append(
            f"Checking the options against this order, only \u201c{instance.answer}\u201d holds; "
            + "; ".join(f"\u201c{x}\u201d is false" for x in false) + "."
        )
        if q["kind"] == "could":
            lines.append("Since no other order is possible, nothing else could be true.")
            lines.append(f"Answer: \u201c{instance.answer}\u201d")
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "position": (
        "Glue 'immediately' clues into blocks, place the fixed positions, then fit the "
        "blocks around them."
    ),
    "must": (
        "Work out the one order the clues allow, then test each option against it."
    ),
    "could": (
        "Work out the order(s) the clues allow; an option that fits any of them could be "
        "true."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data["question"]["kind"]


EFFORT = ordering_effort
BANDS = {"easy": (2.0, 8.0), "medium": (4.0, 13.0), "hard": (8.0, 40.0)}
