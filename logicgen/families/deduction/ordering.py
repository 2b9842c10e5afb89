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
AND. At ``hard`` every clue is then tested and dropped if the others already
fix the order, so no clue is redundant. The worked solution is a deduction
chain: candidate places per entity narrowed clue by clue, with a case split
("if A were in place 2 ... impossible") when nothing follows directly; a
puzzle whose chain would need nested case splits is redrawn.

Difficulty: ``easy`` 4–5 entities, direct clue kinds (before, immediately
before, position, first/last) and no case split needed; ``medium`` 5–6
entities, all clue kinds, at most one case split; ``hard`` 6–7 entities, mostly
indirect clues, no redundant clue. ``n_entities`` (4–7) overrides the size.

``score`` = n + 0.5 × clues + 0.5 × indirect clues (not position, not adjacent,
gap, between) + 1.5 × case splits in the worked solution.

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
Five objects (the vase, the globe, the compass, the clock and the radio) stand in a row on a shelf. As you face the shelf, the places are numbered 1 to 5 from left to right.
The following are true:
1. The compass is immediately to the left of the vase.
2. The compass is somewhere to the left of the radio.
3. The vase is in place 2.
4. The radio is somewhere to the right of the clock.
5. Exactly one object stands between the globe and the compass.
<BLANKLINE>
Which of the following must be true?
>>> item.answer
'The vase is somewhere to the left of the radio.'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES, OBJECTS
from logicgen.data.deduction_scenes import NUMBER_WORDS, ORDER_SCENES, ordinal
from logicgen.registry import BaseParams, Instance, check_choice, check_int, family
from logicgen.solve.permutations import solve_ordering

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
        "max_position": 2, "ends_only": True, "minimal": False, "max_splits": 0,
    },
    "medium": {
        "n": (5, 6),
        "weights": {"before": 3, "immediately_before": 2, "position": 1, "not_position": 1,
                    "adjacent": 1, "not_adjacent": 1, "gap": 2, "between": 2},
        "max_position": 1, "ends_only": False, "minimal": False, "max_splits": 1,
    },
    "hard": {
        "n": (6, 7),
        "weights": {"before": 2, "immediately_before": 1, "position": 1, "not_position": 2,
                    "adjacent": 1, "not_adjacent": 2, "gap": 2, "between": 3},
        "max_position": 1, "ends_only": False, "minimal": True, "max_splits": 3,
    },
}

Clue = dict[str, Any]
Claim = dict[str, Any]
Trace = list[tuple[Any, ...]]
Allowed = list[tuple[int, ...]]
Constraint = tuple[int, tuple[int, ...], Allowed]


@family(
    "deduction.ordering",
    solver=solve_ordering,
    summary="Ordering: places in a race, queue, schedule or shelf from clues",
    formats=("choice",),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_entities``: 4–7 (default: by difficulty); ``question``: mixed, position, must, could."""

    n_entities: int | None = None
    question: str = "mixed"

    def check(self) -> None:
        if self.n_entities is not None:
            check_int("n_entities", self.n_entities, 4, 7)
        check_choice("question", self.question, QUESTIONS)


class Draws:
    """numpy-style draws (``integers``, ``random``, ``permutation``, ``choice``) read
    from a buffer filled from one generator 64 numbers at a time.

    A puzzle needs dozens of small random choices; one numpy call each would cost
    more than the rest of the generator. The buffer is refilled from the same
    stream, so results stay reproducible from the item seed.
    """

    def __init__(self, rng: Any) -> None:
        self._rng = rng
        self._buffer: list[float] = []

    def random(self) -> float:
        if not self._buffer:
            self._buffer = [float(x) for x in self._rng.random(64)][::-1]
        return self._buffer.pop()

    def integers(self, low: int, high: int | None = None) -> int:
        if high is None:
            low, high = 0, low
        return low + min(int(self.random() * (high - low)), high - low - 1)

    def permutation(self, n: int) -> list[int]:
        items = list(range(n))
        for i in range(n - 1):
            j = self.integers(i, n)
            items[i], items[j] = items[j], items[i]
        return items

    def choice(self, n: int, size: int, replace: bool = False) -> list[int]:
        """``size`` distinct values from ``range(n)`` in random order."""
        if replace:
            raise ValueError("only draws without replacement are supported")
        items = list(range(n))
        for i in range(size):
            j = self.integers(i, n)
            items[i], items[j] = items[j], items[i]
        return items[:size]


# -- arrangement spaces: every permutation as one bit ----------------------------------


class Space:
    """All ways to give ``n`` entities ``n`` distinct positions, as bits of an int.

    ``masks[e][p]`` has bit i set when arrangement i puts entity e at position p;
    a clue's set of arrangements is an OR of ANDs of these, cached by clue key.
    ``fixed`` pins one entity to one position (a round table's first sitter).
    """

    def __init__(self, n: int, fixed: tuple[int, int] | None = None) -> None:
        self.n = n
        arrs = [
            p for p in itertools.permutations(range(n))
            if fixed is None or p[fixed[0]] == fixed[1]
        ]
        self.arrs = arrs
        size = len(arrs)
        self.full = (1 << size) - 1
        cols = [[bytearray(b"0" * size) for _ in range(n)] for _ in range(n)]
        for idx, arr in enumerate(arrs):
            bit = size - 1 - idx
            for e, p in enumerate(arr):
                cols[e][p][bit] = 49  # "1"
        self.masks = [[int(cols[e][p], 2) for p in range(n)] for e in range(n)]
        self._cache: dict[tuple[Any, ...], int] = {}
        self._allowed: dict[tuple[Any, ...], Allowed] = {}

    def allowed(self, key: tuple[Any, ...], arity: int, test: Callable[..., bool]) -> Allowed:
        """Position tuples (distinct positions) for which ``test`` holds; cached by ``key``."""
        got = self._allowed.get(key)
        if got is None:
            got = [t for t in itertools.permutations(range(self.n), arity) if test(*t)]
            self._allowed[key] = got
        return got

    def mask(self, key: tuple[Any, ...], ents: tuple[int, ...], test: Callable[..., bool]) -> int:
        got = self._cache.get(key)
        if got is None:
            got = 0
            for t in self.allowed(key[:1] + key[len(ents) + 1:], len(ents), test):
                part = self.full
                for e, p in zip(ents, t):
                    part &= self.masks[e][p]
                    if not part:
                        break
                got |= part
            self._cache[key] = got
        return got

    def arrangement(self, mask: int) -> tuple[int, ...]:
        """The arrangement of the lowest set bit of ``mask``."""
        return self.arrs[(mask & -mask).bit_length() - 1]


_SPACES: dict[tuple[int, Any], Space] = {}


def space(n: int, fixed: tuple[int, int] | None = None) -> Space:
    key = (n, fixed)
    if key not in _SPACES:
        _SPACES[key] = Space(n, fixed)
    return _SPACES[key]


def popcount(m: int) -> int:
    return m.bit_count()


# -- the deduction chain: candidate positions narrowed step by step ----------------------


def _support(ents: tuple[int, ...], allowed: Allowed, doms: list[set[int]]) -> list[set[int]]:
    """For each entity of a clue, the positions that some allowed tuple still uses."""
    if len(ents) == 1:
        d0 = doms[ents[0]]
        return [{t[0] for t in allowed if t[0] in d0}]
    if len(ents) == 2:
        d0, d1 = doms[ents[0]], doms[ents[1]]
        s0: set[int] = set()
        s1: set[int] = set()
        for x, y in allowed:
            if x in d0 and y in d1:
                s0.add(x)
                s1.add(y)
        return [s0, s1]
    d0, d1, d2 = doms[ents[0]], doms[ents[1]], doms[ents[2]]
    s0, s1, s2 = set(), set(), set()
    for x, y, z in allowed:
        if x in d0 and y in d1 and z in d2:
            s0.add(x)
            s1.add(y)
            s2.add(z)
    return [s0, s1, s2]


def _propagate(doms: list[set[int]], cons: list[Constraint], n_pos: int) -> tuple[Trace, str]:
    """Narrow the candidate sets until nothing changes; report each narrowing.

    After every clue, a position that has become someone's only possibility is
    struck from everyone else's list at once, so a clash is reported where it
    arises. Returns the steps and ``solved``, ``open`` or ``contradiction``.
    """
    steps: Trace = []
    n_ent = len(doms)
    ver = [0] * n_ent  # bumped whenever an entity's candidates shrink
    seen = [-1] * len(cons)  # the version sum each clue was last applied at

    def settle(fresh: list[int]) -> bool:
        """Strike newly fixed positions from the others; False on a contradiction."""
        while fresh:
            e = fresh.pop()
            (v,) = doms[e]
            for f in range(n_ent):
                if f != e and v in doms[f]:
                    if len(doms[f]) == 1:
                        steps.append(("fail", "clash", e, f, v))
                        return False
                    doms[f].discard(v)
                    ver[f] += 1
                    if len(doms[f]) == 1:
                        (w,) = doms[f]
                        taken = [g for g in range(n_ent) if g != f and doms[g] == {w}]
                        if taken:
                            steps.append(("fail", "clash", taken[0], f, w))
                            return False
                        steps.append(("last", f, w))
                        fresh.append(f)
        return True

    if not settle([e for e in range(n_ent) if len(doms[e]) == 1]):
        return steps, "contradiction"
    while True:
        changed = False
        for idx, (ci, ents, allowed) in enumerate(cons):
            if sum(ver[e] for e in ents) == seen[idx]:
                continue  # nothing this clue is about has changed since it was applied
            supp = _support(ents, allowed, doms)
            changes = []
            fixed = []
            for i, e in enumerate(ents):
                if len(supp[i]) < len(doms[e]):
                    changes.append((e, sorted(doms[e] - supp[i]), sorted(supp[i])))
                    doms[e] = supp[i]
                    ver[e] += 1
                    if len(supp[i]) == 1:
                        fixed.append(e)
            seen[idx] = sum(ver[e] for e in ents)
            if changes:
                steps.append(("clue", ci, changes))
                changed = True
                if any(not doms[e] for e in ents):
                    steps.append(("fail", "clue", ci))
                    return steps, "contradiction"
                if not settle(fixed):
                    return steps, "contradiction"
        if n_ent == n_pos:
            for p in range(n_pos):
                holders = [e for e in range(n_ent) if p in doms[e]]
                if not holders:
                    steps.append(("fail", "position", p))
                    return steps, "contradiction"
                if len(holders) == 1 and len(doms[holders[0]]) > 1:
                    doms[holders[0]] = {p}
                    ver[holders[0]] += 1
                    steps.append(("only", holders[0], p))
                    changed = True
                    if not settle([holders[0]]):
                        return steps, "contradiction"
        if not changed:
            break
    return steps, "solved" if all(len(d) == 1 for d in doms) else "open"


def deduce(
    doms: list[set[int]], cons: list[Constraint], truth: Sequence[int], n_pos: int
) -> tuple[Trace, int] | None:
    """A deduction chain reaching ``truth``, with single-level case splits where needed.

    Returns the steps and the number of case splits, or ``None`` when some case
    could only be closed by a nested split (such puzzles are redrawn).
    """
    steps, state = _propagate(doms, cons, n_pos)
    splits = 0
    while state == "open":
        chosen = None
        for e in sorted(range(len(doms)), key=lambda x: (len(doms[x]), x)):
            if len(doms[e]) < 2:
                continue
            branches = []
            for v in sorted(doms[e]):
                if v == truth[e]:
                    continue
                trial = [set(d) for d in doms]
                trial[e] = {v}
                sub, sub_state = _propagate(trial, cons, n_pos)
                if sub_state != "contradiction":
                    break
                branches.append((v, sub))
            else:
                chosen = (e, branches)
                break
        if chosen is None:
            return None
        e, branches = chosen
        steps.append(("split", e, truth[e], branches))
        splits += 1
        doms[e] = {truth[e]}
        more, state = _propagate(doms, cons, n_pos)
        steps.extend(more)
    if state != "solved" or any(doms[e] != {truth[e]} for e in range(len(doms))):
        return None
    return steps, splits


def _join(words: Sequence[str], last: str = "and") -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def narrate(
    steps: Trace,
    name: Callable[[int], str],
    places: Callable[[Sequence[int]], str],
    label: Callable[[int], str],
    unit: str,
) -> list[str]:
    """Sentences for a deduction chain.

    ``places`` words a list of 0-based positions ("places 1 or 2"), ``label`` a
    clue index ("clue 3"), and ``unit`` is the word for one position ("place").
    """

    def facts(sub: Trace) -> list[str]:
        out = []
        for step in sub:
            if step[0] == "clue":
                for e, _, rest in step[2]:
                    if len(rest) == 1:
                        out.append(f"{name(e)} would be in {places(rest)} ({label(step[1])})")
            elif step[0] == "last":
                out.append(f"{name(step[1])} would be in {places([step[2]])} (the only {unit} left)")
            elif step[0] == "only":
                out.append(f"{name(step[1])} would be in {places([step[2]])} (no one else fits there)")
        return out

    def failure(step: tuple[Any, ...]) -> str:
        if step[1] == "clue":
            return f"{label(step[2])} could not be met"
        if step[1] == "clash":
            return f"{name(step[2])} and {name(step[3])} would both need {places([step[4]])}"
        return f"nothing could go in {places([step[2]])}"

    lines = []
    for step in steps:
        kind = step[0]
        if kind == "clue":
            parts = []
            for e, removed, rest in step[2]:
                if len(rest) == 1:
                    parts.append(f"{name(e)} must be in {places(rest)}")
                else:
                    parts.append(f"{name(e)} cannot be in {places(removed)}")
            lines.append(f"{_cap(label(step[1]))}: {'; '.join(parts)}.")
        elif kind == "last":
            lines.append(f"The only {unit} left for {name(step[1])} is {places([step[2]])}.")
        elif kind == "only":
            lines.append(
                f"Only {name(step[1])} can still go in {places([step[2]])}, so that is where "
                f"{name(step[1])} goes."
            )
        elif kind == "split":
            e, true, branches = step[1], step[2], step[3]
            lines.append(
                f"Nothing more follows directly, so test the other {unit}s still open "
                f"for {name(e)}."
            )
            for v, sub in branches:
                found = facts(sub)
                chain = ", then ".join(found + [failure(sub[-1])])
                lines.append(f"If {name(e)} were in {places([v])}, {chain}: impossible.")
            lines.append(f"So {name(e)} is in {places([true])}.")
    return lines


# -- clues ---------------------------------------------------------------------------


def clue_key(clue: Clue) -> tuple[Any, ...]:
    """A hashable key: kind, entities, then the kind's number (0-based place, gap)."""
    kind = clue["type"]
    if kind in ("position", "not_position"):
        return (kind, clue["a"], clue["pos"] - 1)
    if kind == "gap":
        return (kind, clue["a"], clue["b"], clue["gap"])
    if kind == "between":
        return (kind, clue["a"], clue["b"], clue["c"])
    return (kind, clue["a"], clue["b"])


def clue_test(clue: Clue) -> tuple[tuple[int, ...], Callable[..., bool]]:
    """The entities a clue is about and a test on their 0-based positions."""
    kind = clue["type"]
    if kind == "before":
        return (clue["a"], clue["b"]), lambda x, y: x < y
    if kind == "immediately_before":
        return (clue["a"], clue["b"]), lambda x, y: y == x + 1
    if kind == "position":
        k = clue["pos"] - 1
        return (clue["a"],), lambda x: x == k
    if kind == "not_position":
        k = clue["pos"] - 1
        return (clue["a"],), lambda x: x != k
    if kind == "adjacent":
        return (clue["a"], clue["b"]), lambda x, y: abs(x - y) == 1
    if kind == "not_adjacent":
        return (clue["a"], clue["b"]), lambda x, y: abs(x - y) != 1
    if kind == "gap":
        d = clue["gap"] + 1
        return (clue["a"], clue["b"]), lambda x, y: abs(x - y) == d
    if kind == "between":
        return (clue["a"], clue["b"], clue["c"]), lambda x, y, z: min(x, z) < y < max(x, z)
    raise ValueError(f"unknown clue type {kind!r}")


def _clue_mask(sp: Space, clue: Clue) -> int:
    ents, test = clue_test(clue)
    return sp.mask(clue_key(clue), ents, test)


def _constraints(sp: Space, clues: list[Clue]) -> list[Constraint]:
    out = []
    for i, clue in enumerate(clues):
        ents, test = clue_test(clue)
        key = clue_key(clue)
        out.append((i, ents, sp.allowed(key[:1] + key[len(ents) + 1:], len(ents), test)))
    return out


def _pick(rng: np.random.Generator, items: Sequence[Any]) -> Any:
    return items[int(rng.integers(len(items)))]


_SHAPES: dict[tuple[int, bool], dict[str, list[tuple[int, ...]]]] = {}


def _shapes(n: int, ends_only: bool) -> dict[str, list[tuple[int, ...]]]:
    """For each clue kind, the 0-based place tuples a true clue can be built on.

    ``not_position`` tuples are (place held, place denied); ``gap`` and
    ``not_adjacent`` are pairs at least two apart; ``between`` triples are in order.
    """
    key = (n, ends_only)
    if key not in _SHAPES:
        pairs: list[tuple[int, ...]] = list(itertools.combinations(range(n), 2))
        _SHAPES[key] = {
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
    return _SHAPES[key]


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


def draw_clues(
    rng: np.random.Generator,
    sp: Space,
    pool: dict[str, list[Any]],
    weights: dict[str, int],
    max_position: int,
    mask: Callable[[Clue], int],
    make: Callable[[str, Any], Clue] | None = None,
    max_clues: int = 14,
) -> list[Clue] | None:
    """Add random true clues, each ruling something out, until one arrangement is left.

    ``pool`` lists, per kind, the true clues (or shapes that ``make`` turns
    into clues).
    """
    pool = {k: list(v) for k, v in pool.items()}
    kinds = sorted(weights)
    current = sp.full
    clues: list[Clue] = []
    used_position = 0
    seen: set[tuple[int, ...]] = set()

    def below(k: int) -> int:
        return int(rng.integers(k))

    while popcount(current) > 1:
        live = [k for k in kinds if pool.get(k) and not (k == "position" and used_position >= max_position)]
        if not live or len(clues) >= max_clues:
            return None
        r = below(sum(weights[k] for k in live))
        for kind in live:
            r -= weights[kind]
            if r < 0:
                break
        item = pool[kind].pop(below(len(pool[kind])))
        clue = make(kind, item) if make else item
        about = tuple(sorted(clue[k] for k in ("a", "b", "c") if k in clue))
        if len(about) > 1 and about in seen:
            continue  # a second clue about the same pair reads as a repetition
        narrowed = current & mask(clue)
        if narrowed != current:
            clues.append(clue)
            seen.add(about)
            current = narrowed
            used_position += kind == "position"
    return clues


def minimise(rng: np.random.Generator, sp: Space, clues: list[Clue], mask: Callable[[Clue], int]) -> list[Clue]:
    """Drop clues (in random order) while the rest still leave one arrangement."""
    clues = list(clues)
    order = [int(i) for i in rng.permutation(len(clues))]
    keep = [True] * len(clues)
    for i in order:
        rest = sp.full
        for j, clue in enumerate(clues):
            if keep[j] and j != i:
                rest &= mask(clue)
        if popcount(rest) == 1:
            keep[i] = False
    return [c for c, k in zip(clues, keep) if k]


def near_solutions(sp: Space, clues: list[Clue], mask: Callable[[Clue], int]) -> list[tuple[int, ...]]:
    """One arrangement per clue that meets every other clue but not that one."""
    masks = [mask(c) for c in clues]
    out = []
    for i in range(len(clues)):
        rest = sp.full
        for j, m in enumerate(masks):
            if j != i:
                rest &= m
        rest &= ~masks[i]
        if rest:
            out.append(sp.arrangement(rest))
    return out


def redundant(sp: Space, clues: list[Clue], mask: Callable[[Clue], int]) -> list[int]:
    """Indices of clues whose removal still leaves exactly one arrangement."""
    out = []
    for i in range(len(clues)):
        rest = sp.full
        for j, clue in enumerate(clues):
            if j != i:
                rest &= mask(clue)
        if popcount(rest) == 1:
            out.append(i)
    return out


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


def _random_order(rng: Any, items: Sequence[Any]) -> Iterator[Any]:
    """Yield ``items`` in random order, drawing only as far as the caller reads."""
    pool = list(items)
    for i in range(len(pool)):
        j = int(rng.integers(i, len(pool)))
        pool[i], pool[j] = pool[j], pool[i]
        yield pool[i]


def _statement_options(
    rng: np.random.Generator, pos: list[int], n: int, clues: list[Clue],
    near: list[tuple[int, ...]], n_options: int,
) -> tuple[Claim, list[Claim]] | None:
    kinds = ["at", "before", "adjacent"]
    for kind in [kinds[int(i)] for i in rng.permutation(3)]:
        true, false = _claims_for(kind, pos, n)
        fresh = [c for c in true if not _stated(c, clues)]
        if not fresh or len(false) < n_options - 1:
            continue
        answer = _pick(rng, fresh)
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
    rng: np.random.Generator, order: list[int], k: int, near: list[tuple[int, ...]],
    n_options: int,
) -> list[int]:
    n = len(order)
    ranked = []
    for arr in near:  # entity in place k of a near-solution
        ranked.append(arr.index(k))
    ranked += [order[j] for j in (k - 1, k + 1) if 0 <= j < n]  # off by one
    ranked.append(order[n - 1 - k])  # counted from the other end
    ranked += [order[int(i)] for i in rng.permutation(n)]
    out: list[int] = []
    for e in ranked:
        if e != order[k] and e not in out:
            out.append(e)
    return out[: n_options - 1]


def generate(params: Params, rng: np.random.Generator) -> Instance:
    rng = Draws(rng)  # type: ignore[assignment]  # buffered draws from the same stream
    level = LEVELS[params.difficulty]
    low, high = level["n"]
    for _ in range(60):
        n = params.n_entities or int(rng.integers(low, high + 1))
        sp = space(n)
        order = [int(x) for x in rng.permutation(n)]
        pos = [0] * n
        for p, e in enumerate(order):
            pos[e] = p
        pool = _shapes(n, level["ends_only"])

        def mask(c: Clue, sp: Space = sp) -> int:
            return _clue_mask(sp, c)

        def make(kind: str, shape: tuple[int, ...], order: list[int] = order) -> Clue:
            return _build(kind, shape, order)

        clues = draw_clues(rng, sp, pool, level["weights"], level["max_position"], mask, make)
        if clues is None:
            continue
        if level["minimal"]:
            clues = minimise(rng, sp, clues, mask)
        clues = [clues[int(i)] for i in rng.permutation(len(clues))]
        chain = deduce([set(range(n)) for _ in range(n)], _constraints(sp, clues), pos, n)
        if chain is None or chain[1] > level["max_splits"]:
            continue
        trace, splits = chain
        near = near_solutions(sp, clues, mask)
        near = [near[int(i)] for i in rng.permutation(len(near))]
        question = params.question
        if question == "mixed":
            question = "position" if params.difficulty == "easy" else _pick(
                rng, ["position", "position", "must", "could"])
        if question == "position" and n < params.n_options:
            question = "must"
        if question == "position":
            given = {c["pos"] - 1 for c in clues if c["type"] == "position"}
            open_places = [p for p in range(n) if p not in given] or list(range(n))
            k = _pick(rng, open_places)
            wrong = _position_options(rng, order, k, near, params.n_options)
            answer_claim: Claim = {"kind": "at", "a": order[k], "pos": k + 1}
            distractors = [{"kind": "at", "a": e, "pos": k + 1} for e in wrong]
            q: dict[str, Any] = {"kind": "position", "pos": k + 1}
        else:
            got = _statement_options(rng, pos, n, clues, near, params.n_options)
            if got is None:
                continue
            answer_claim, distractors = got
            q = {"kind": question}
        indirect = sum(c["type"] in INDIRECT for c in clues)
        score = n + 0.5 * len(clues) + 0.5 * indirect + 1.5 * splits
        data = {"n": n, "clues": clues, "question": q, "solution": order}
        return Instance(
            data=data,
            answer="",  # set by render, which words the options
            score=score,
            spec={"trace": trace, "splits": splits, "answer": answer_claim,
                  "distractors": distractors},
        )
    # Nothing usable in the budget: an instance the solver will reject, so that
    # the item is redrawn (and GenerationFailed raised if that keeps happening).
    return Instance(data={"n": 0, "clues": [], "question": {"kind": "must"}, "solution": []},
                    answer="", score=0.0, spec=None)


# -- render and explain ----------------------------------------------------------------


def set_answer(instance: Instance, text: str) -> None:
    """Record the key's wording once ``render`` has drawn the names.

    The key of these items is a name or a sentence about names, and names are
    wording (drawn from the wording stream in ``render``), so ``generate`` can only
    leave the answer blank; ``make_item`` reads it after ``render``.
    """
    object.__setattr__(instance, "answer", text)


def _refs(scene: str, names: list[str]) -> tuple[list[str], list[str]]:
    """Each entity as written mid-sentence and at the start of a sentence."""
    if ORDER_SCENES[scene]["kind"] == "objects":
        return [f"the {x}" for x in names], [f"The {x}" for x in names]
    return list(names), list(names)


def _fill(template: str, scene: str, lower: list[str], upper: list[str], **slots: Any) -> str:
    fields: dict[str, Any] = {}
    for key in ("a", "b", "c"):
        if key in slots:
            fields[key] = lower[slots[key]]
            fields[key.upper()] = upper[slots[key]]
    if "pos" in slots:
        fields["k"] = slots["pos"]
        fields["ord"] = ordinal(slots["pos"])
    if "cnt" in slots:
        fields["cnt"] = NUMBER_WORDS[slots["cnt"]]
    return template.format(**fields)


def clue_text(clue: Clue, scene: str, n: int, lower: list[str], upper: list[str], form: int) -> str:
    t = ORDER_SCENES[scene]
    kind = clue["type"]
    if kind in ("before", "immediately_before"):
        return _fill(t[kind][form], scene, lower, upper, a=clue["a"], b=clue["b"])  # type: ignore[index]
    if kind in ("position", "not_position"):
        k = clue["pos"]
        key = kind + ("_first" if k == 1 else "_last" if k == n else "")
        return _fill(str(t[key]), scene, lower, upper, a=clue["a"], pos=k)
    if kind == "gap":
        key = "gap_one" if clue["gap"] == 1 else "gap_many"
        return _fill(str(t[key]), scene, lower, upper, a=clue["a"], b=clue["b"], cnt=clue["gap"])
    if kind == "between":
        return _fill(str(t[kind]), scene, lower, upper, a=clue["a"], b=clue["b"], c=clue["c"])
    return _fill(str(t[kind]), scene, lower, upper, a=clue["a"], b=clue["b"])


def claim_text(claim: Claim, scene: str, lower: list[str], upper: list[str]) -> str:
    t = ORDER_SCENES[scene]
    if claim["kind"] == "at":
        return _fill(str(t["claim_at"]), scene, lower, upper, a=claim["a"], pos=claim["pos"])
    return _fill(str(t["claim_" + claim["kind"]]), scene, lower, upper, a=claim["a"], b=claim["b"])


def render(instance: Instance, params: Params, rng: np.random.Generator) -> tuple[str, list[str]]:
    rng = Draws(rng)  # type: ignore[assignment]  # buffered draws from the same stream
    data = instance.data
    n = data["n"]
    scene = SCENES[int(rng.integers(len(SCENES)))]
    t = ORDER_SCENES[scene]
    vocab = OBJECTS if t["kind"] == "objects" else FIRST_NAMES
    names = [vocab[int(i)] for i in rng.choice(len(vocab), size=n, replace=False)] if n else []
    lower, upper = _refs(scene, names)
    data["scene"] = scene
    data["names"] = names
    if instance.spec is None:
        data["options"] = []
        return "No puzzle could be drawn.", ["?", "??"]
    lines = [
        str(t["intro"]).format(
            N=_cap(NUMBER_WORDS[n]), n=n, names=_join(lower), last=ordinal(n)
        )
    ]
    for i, clue in enumerate(data["clues"]):
        form = int(rng.integers(2))
        clue["text"] = clue_text(clue, scene, n, lower, upper, form)
        lines.append(f"{i + 1}. {clue['text']}")
    q = data["question"]
    spec = instance.spec
    if q["kind"] == "position":
        question = _fill(str(t["question"]), scene, lower, upper, pos=q["pos"])
        def word(c: Claim) -> str:
            return upper[c["a"]]
    else:
        question = f"Which of the following {'must' if q['kind'] == 'must' else 'could'} be true?"
        def word(c: Claim) -> str:
            return claim_text(c, scene, lower, upper)
    claims = [spec["answer"]] + list(spec["distractors"])
    order = [int(i) for i in rng.permutation(len(claims))]
    options = [{"text": word(claims[i]), "claim": claims[i]} for i in order]
    data["options"] = options
    set_answer(instance, word(spec["answer"]))
    prompt = "\n".join(lines[:1] + ["The following are true:"] + lines[1:] + ["", question])
    return prompt, [o["text"] for o in options]


def explain(instance: Instance) -> str:
    data = instance.data
    if instance.spec is None:
        return "No puzzle could be drawn."
    scene, n, names = data["scene"], data["n"], data["names"]
    t = ORDER_SCENES[scene]
    unit = str(t["unit"])
    lower = _refs(scene, names)[0]

    def label(i: int) -> str:
        return f"clue {i + 1}"

    def places(ps: Sequence[int]) -> str:
        nums = [str(p + 1) for p in ps]
        return f"{unit} {nums[0]}" if len(nums) == 1 else f"{unit}s {_join(nums, 'or')}"

    lines = [
        (f"Number the {unit}s 1 to {n} ({t['origin']}) and keep, for each one, the {unit}s "
         "still possible; apply the clues in turn.")
    ]
    lines += [_cap(s) for s in narrate(instance.spec["trace"], lambda e: lower[e], places, label, unit)]
    order = data["solution"]
    lines.append(
        "So the only order is: " + ", ".join(f"{p + 1} {lower[e]}" for p, e in enumerate(order))
        + ". It meets every clue."
    )
    q = data["question"]
    if q["kind"] == "position":
        lines.append(
            f"{_cap(unit)} {q['pos']} is taken by {lower[order[q['pos'] - 1]]}, so the answer is "
            f"\u201c{instance.answer}\u201d."
        )
    else:
        pos = [0] * n
        for p, e in enumerate(order):
            pos[e] = p
        false = [o["text"] for o in data["options"] if o["text"] != instance.answer]
        lines.append(
            f"Checking the options against this order, only \u201c{instance.answer}\u201d holds; "
            + "; ".join(f"\u201c{x}\u201d is false" for x in false) + "."
        )
        if q["kind"] == "could":
            lines.append("Since no other order is possible, nothing else could be true.")
    return "\n".join(lines)
