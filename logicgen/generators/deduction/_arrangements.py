"""The arrangement engine shared by the ordering and seating families.

A puzzle of either family gives ``n`` entities ``n`` distinct positions (places
in a row, seats at a table) and states clues true of one hidden arrangement.

* :class:`Space`: every arrangement as one bit of an int, so the arrangements a
  clue allows are one bit set and narrowing by a clue costs one AND.
* :func:`draw_clues`, :func:`minimise`, :func:`near_solutions`: drawing true
  clues until one arrangement is left, dropping redundant ones (at ``hard``), and
  finding the orders that meet every clue but one (the tempting distractors).
* :func:`deduce` and :func:`narrate`: the worked solution, candidate positions
  per entity narrowed clue by clue with single-level case splits, and its
  sentences.

Each family supplies its clue kinds as :data:`Parts`: a clue's cache key, the
entities it is about and a test on their positions. Three runners where A (0)
finished ahead of B (1) and B ahead of C (2) allow one order, found without a
case split:

>>> def parts(c):
...     return ("before", c["a"], c["b"]), (c["a"], c["b"]), lambda x, y: x < y
>>> sp, clues = space(3), [{"a": 0, "b": 1}, {"a": 1, "b": 2}]
>>> left = sp.full & sp.mask(*parts(clues[0])) & sp.mask(*parts(clues[1]))
>>> left.bit_count(), sp.arrangement(left)
(1, (0, 1, 2))
>>> doms = [{0, 1, 2} for _ in range(3)]  # the places each runner may still hold
>>> trace, splits = deduce(doms, constraints(sp, clues, parts), (0, 1, 2), 3)
>>> splits, narrate(trace, "ABC".__getitem__, lambda ps: f"place {ps[0] + 1}",
...                 lambda i: f"clue {i + 1}", "place")[0]
(0, 'Clue 1: A cannot be in place 3; B cannot be in place 1.')
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from logicgen.generators.deduction._wording import cap, numbered
from logicgen.kit import Draw, Wording

__all__ = [
    "Allowed",
    "Clue",
    "Constraint",
    "Parts",
    "Space",
    "Trace",
    "constraints",
    "deduce",
    "draw_clues",
    "minimise",
    "narrate",
    "near_solutions",
   
    "space",
    "worded",
]

Clue = dict[str, Any]
Trace = list[tuple[Any, ...]]
Allowed = list[tuple[int, ...]]
#: A clue's allowed position tuples as :func:`_support` reads them, positions as
#: bits: for one entity the bit set of its positions; for two, per position of
#: the first the bit set of the second's; for three, per position of the first
#: and then of the second, the bit set of the third's; for more, each tuple as
#: single bits.
Rows = int | dict[int, int] | dict[int, dict[int, int]] | list[tuple[int, ...]]
Constraint = tuple[int, tuple[int, ...], Rows]
#: A family's reading of a clue: its cache key (the kind's name, the entities, then
#: any numbers of the clue), the entities it is about, and the test on their positions.
Parts = Callable[[Clue], tuple[tuple[Any, ...], tuple[int, ...], Callable[..., bool]]]

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
        self._rows: dict[tuple[Any, ...], Rows] = {}

    def allowed(self, key: tuple[Any, ...], arity: int, test: Callable[..., bool]) -> Allowed:
        """Position tuples (distinct positions) for which ``test`` holds; cached by ``key``."""
        got = self._allowed.get(key)
        if got is None:
            got = [t for t in itertools.permutations(range(self.n), arity) if test(*t)]
            self._allowed[key] = got
        return got

    def rows(self, key: tuple[Any, ...], arity: int, test: Callable[..., bool]) -> Rows:
        """:meth:`allowed` in the shape :func:`_support` reads (see :data:`Rows`)."""
        got = self._rows.get(key)
        if got is None:
            allowed = self.allowed(key, arity, test)
            if arity == 1:
                got = 0
                for (x,) in allowed:
                    got |= 1 << x
            elif arity == 2:
                got = {}
                for x, y in allowed:
                    got[x] = got.get(x, 0) | 1 << y
            elif arity == 3:
                got = {}
                for x, y, z in allowed:
                    inner = got.setdefault(x, {})
                    inner[y] = inner.get(y, 0) | 1 << z
            else:
                got = [tuple(1 << v for v in t) for t in allowed]
            self._rows[key] = got
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


@functools.cache
def space(n: int, fixed: tuple[int, int] | None = None) -> Space:
    """The arrangement space of ``n`` entities (built once per process)."""
    return Space(n, fixed)


# -- the deduction chain: candidate positions narrowed step by step ----------------------


def _bits(mask: int) -> list[int]:
    """The positions in a bit set, smallest first."""
    if mask < len(_BITS):
        return list(_BITS[mask])
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


#: the positions of every bit set of up to 8 positions
_BITS = [tuple(p for p in range(8) if m >> p & 1) for m in range(256)]


def _support(ents: tuple[int, ...], rows: Rows, doms: list[int]) -> list[int]:
    """For each entity of a clue, the positions (a bit set) that some allowed tuple still uses."""
    if len(ents) == 1:
        return [doms[ents[0]] & rows]  # type: ignore[operator]
    if len(ents) == 2:
        d0, d1 = doms[ents[0]], doms[ents[1]]
        s0 = s1 = 0
        for x, ys in rows.items():  # type: ignore[union-attr]
            if d0 >> x & 1:
                both = ys & d1
                if both:
                    s0 |= 1 << x
                    s1 |= both
        return [s0, s1]
    if len(ents) == 3:
        d0, d1, d2 = doms[ents[0]], doms[ents[1]], doms[ents[2]]
        s0 = s1 = s2 = 0
        for x, inner in rows.items():  # type: ignore[union-attr]
            if d0 >> x & 1:
                for y, zs in inner.items():
                    if d1 >> y & 1:
                        both = zs & d2
                        if both:
                            s0 |= 1 << x
                            s1 |= 1 << y
                            s2 |= both
        return [s0, s1, s2]
    ds = [doms[e] for e in ents]
    out = [0] * len(ents)
    for t in rows:  # type: ignore[union-attr]
        if all(b & d for b, d in zip(t, ds)):
            for i, b in enumerate(t):
                out[i] |= b
    return out


def _propagate(doms: list[int], cons: list[Constraint], n_pos: int,
               getters: Sequence[Callable[[list[int]], Any]]) -> tuple[Trace, str]:
    """Narrow the candidate sets (bit sets of positions) until nothing changes; report
    each narrowing.

    After every clue, a position that has become someone's only possibility is
    struck from everyone else's list at once, so a clash is reported where it
    arises. Returns the steps and ``solved``, ``open`` or ``contradiction``.
    ``getters[i]`` reads the candidates of clue i's entities from ``doms``.
    """
    steps: Trace = []
    n_ent = len(doms)
    # the candidates of a clue's entities when it was last applied (they only
    # shrink here, so equal sets mean nothing the clue is about has changed)
    seen: list[Any] = [None] * len(cons)

    def settle(fresh: list[int]) -> bool:
        """Strike newly fixed positions from the others; False on a contradiction."""
        while fresh:
            e = fresh.pop()
            bit = doms[e]
            v = bit.bit_length() - 1
            for f in range(n_ent):
                if f != e and doms[f] & bit:
                    if doms[f] == bit:
                        steps.append(("fail", "clash", e, f, v))
                        return False
                    rest = doms[f] ^ bit
                    doms[f] = rest
                    if not rest & (rest - 1):
                        w = rest.bit_length() - 1
                        taken = [g for g in range(n_ent) if g != f and doms[g] == rest]
                        if taken:
                            steps.append(("fail", "clash", taken[0], f, w))
                            return False
                        steps.append(("last", f, w))
                        fresh.append(f)
        return True

    if not settle([e for e in range(n_ent) if doms[e] and not doms[e] & (doms[e] - 1)]):
        return steps, "contradiction"
    while True:
        changed = False
        for idx, (ci, ents, rows) in enumerate(cons):
            if getters[idx](doms) == seen[idx]:
                continue  # nothing this clue is about has changed since it was applied
            supp = _support(ents, rows, doms)
            changes = []
            fixed = []
            for i, e in enumerate(ents):
                kept = supp[i]
                if kept.bit_count() < doms[e].bit_count():
                    changes.append((e, _bits(doms[e] & ~kept), _bits(kept)))
                    doms[e] = kept
                    if kept and not kept & (kept - 1):
                        fixed.append(e)
            seen[idx] = getters[idx](doms)
            if changes:
                steps.append(("clue", ci, changes))
                changed = True
                if any(not doms[e] for e in ents):
                    steps.append(("fail", "clue", ci))
                    return steps, "contradiction"
                if not settle(fixed):
                    return steps, "contradiction"
        if n_ent == n_pos:
            # positions held by nobody, or by one entity only (kept up to date)
            union = twice = 0
            for d in doms:
                twice |= union & d
                union |= d
            for p in range(n_pos):
                bit = 1 << p
                if twice & bit:
                    continue  # two holders or more
                if not union & bit:
                    steps.append(("fail", "position", p))
                    return steps, "contradiction"
                holder = next(e for e in range(n_ent) if doms[e] & bit)
                if doms[holder] != bit:
                    doms[holder] = bit
                    steps.append(("only", holder, p))
                    changed = True
                    if not settle([holder]):
                        return steps, "contradiction"
                    union = twice = 0
                    for d in doms:
                        twice |= union & d
                        union |= d
        if not changed:
            break
    return steps, "solved" if all(d and not d & (d - 1) for d in doms) else "open"


def deduce(
    doms: list[set[int]], cons: list[Constraint], truth: Sequence[int], n_pos: int
) -> tuple[Trace, int] | None:
    """A deduction chain reaching ``truth``, with single-level case splits where needed.

    Returns the steps and the number of case splits, or ``None`` when some case
    could only be closed by a nested split (such puzzles are redrawn). ``doms``
    (each entity's candidate positions) is left as the chain leaves it.
    """
    masks = [0] * len(doms)
    for e, d in enumerate(doms):
        for v in d:
            masks[e] |= 1 << v
    try:
        return _deduce(masks, cons, truth, n_pos)
    finally:
        doms[:] = [set(_bits(m)) for m in masks]


def _deduce(
    doms: list[int], cons: list[Constraint], truth: Sequence[int], n_pos: int
) -> tuple[Trace, int] | None:
    getters = [itemgetter(*ents) for _, ents, _ in cons]
    steps, state = _propagate(doms, cons, n_pos, getters)
    splits = 0
    while state == "open":
        chosen = None
        for e in sorted(range(len(doms)), key=lambda x: (doms[x].bit_count(), x)):
            if doms[e].bit_count() < 2:
                continue
            branches = []
            for v in _bits(doms[e]):
                if v == truth[e]:
                    continue
                trial = list(doms)
                trial[e] = 1 << v
                sub, sub_state = _propagate(trial, cons, n_pos, getters)
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
        doms[e] = 1 << truth[e]
        more, state = _propagate(doms, cons, n_pos, getters)
        steps.extend(more)
    if state != "solved" or any(doms[e] != 1 << truth[e] for e in range(len(doms))):
        return None
    return steps, splits


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
            lines.append(f"{cap(label(step[1]))}: {'; '.join(parts)}.")
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


def constraints(sp: Space, clues: Sequence[Clue], parts: Parts) -> list[Constraint]:
    """Each clue as (index, entities, the position tuples it allows), for :func:`deduce`."""
    out = []
    for i, clue in enumerate(clues):
        key, ents, test = parts(clue)
        out.append((i, ents, sp.rows(key[:1] + key[len(ents) + 1:], len(ents), test)))
    return out


def draw_clues(
    draws: Draw,
    sp: Space,
    pool: dict[str, list[Any]],
    weights: dict[str, int],
    mask: Callable[[Clue], int],
    make: Callable[[str, Any], Clue] | None = None,
    *,
    max_position: int = 0,
    minimal: bool = False,
    max_clues: int = 14,
) -> list[Clue] | None:
    """Random true clues, each ruling something out, until one arrangement is left.

    ``pool`` lists, per kind, the true clues (or shapes that ``make`` turns
    into clues); at most ``max_position`` clues are of kind ``position``. With
    ``minimal``, every clue the others make redundant is then dropped. The clues
    come back in random order; ``None`` when ``max_clues`` clues do not pin the
    arrangement down.
    """
    pool = {k: list(v) for k, v in pool.items()}
    current = sp.full
    clues: list[Clue] = []
    used_position = 0
    seen: set[tuple[int, ...]] = set()
    ranked = sorted(weights.items())
    while current.bit_count() > 1:
        live = {k: w for k, w in ranked if pool.get(k)
                and not (k == "position" and used_position >= max_position)}
        if not live or len(clues) >= max_clues:
            return None
        kind = draws.weighted_int(live)
        item = pool[kind].pop(draws.below(len(pool[kind])))
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
    if minimal:
        clues = minimise(draws, sp, clues, mask)
    return [clues[i] for i in draws.permutation(len(clues))]


def minimise(draws: Draw, sp: Space, clues: list[Clue], mask: Callable[[Clue], int]) -> list[Clue]:
    """Drop clues (in random order) while the rest still leave one arrangement."""
    clues = list(clues)
    order = draws.permutation(len(clues))
    masks = [mask(clue) for clue in clues]
    keep = [True] * len(clues)
    for i in order:
        rest = sp.full
        for j, m in enumerate(masks):
            if keep[j] and j != i:
                rest &= m
        if rest.bit_count() == 1:
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


def worded(
    draws: Draw, intro: str, clues: Sequence[Clue], texts: Sequence[str], question: str,
    picks: Sequence[Any], word: Callable[[Any], str], claim: Callable[[Any], Clue],
    facts: dict[str, Any],
) -> Wording:
    """The prompt (intro, numbered clues, question) and the options.

    ``picks[0]`` is the key; the options are ``picks`` in random order, each
    written by ``word`` and recorded with the ``claim`` it makes. ``facts`` (names,
    scene) and the clues with their texts complete the draft's data.
    """
    options: list[dict[str, Any]] = [
        {"text": word(picks[i]), "claim": claim(picks[i])} for i in draws.permutation(len(picks))
    ]
    data = {**facts, "clues": [{**c, "text": t} for c, t in zip(clues, texts)], "options": options}
    prompt = f"{intro}\nThe following are true:\n{numbered(texts)}\n\n{question}"
    return Wording(prompt, [o["text"] for o in options], data=data, answer=word(picks[0]))
