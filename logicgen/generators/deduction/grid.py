"""Logic-grid ("zebra") puzzles: people in a row of houses, each with one value per category.

A grid has ``n_houses`` houses in a row, numbered 1 to N from left to right, and
``n_attributes`` categories (the person's name is always one of them; the others
are drawn from house colour, pet, drink, sport, instrument, favourite fruit and
way to work). Every category's N values are spread one per house. Clues are of
seven kinds:

* ``same``: two values belong to the same person ("The cat owner drinks tea.");
* ``not_same``: they belong to different people;
* ``just_left``: x lives directly to the left of y (house numbered one lower);
* ``left_of``: x lives somewhere to the left of y;
* ``next_to``: x and y live in neighbouring houses;
* ``position`` / ``not_position``: x lives (does not live) in house k.

The generator draws a solution, adds true clues that narrow the candidates until
plain elimination fixes every cell, then removes every clue whose removal still
leaves exactly one solution, so no clue of the final puzzle is redundant. The
solver (:mod:`logicgen.solve.grid`) counts solutions with two independent
methods, a permutation search and a DPLL search over a boolean encoding
(:mod:`logicgen.solve.grid_sat`), and accepts the item only when both find
exactly one solution, the same one.

Formats: ``choice`` asks for one cell ("Who owns the cat?", "In which house ...?");
the options are the values of the asked category (all N of them, or
``n_options`` of them when that is fewer, preferring values of the neighbouring
houses). ``numeric`` asks for the whole grid as free text, written
``House 1: <name>, <colour>, ...; House 2: ...`` in the order the prompt lists the
categories; answers are compared as normalised text (case and spacing ignored).

Difficulty: ``easy`` is 3 houses × 3 categories by default with many direct
clues (same person, house number), ``medium`` 3 × 4 with more relative clues,
``hard`` 4 × 4 with few house-number clues and mostly relative ones (next to,
left of, not the same): hard is harder because the clues chain through
positions instead of naming houses. Items are drawn again while their estimated
solving time is over the level's cap (:mod:`logicgen.timing`: 45 s at easy and
medium, 90 s at hard); a relative clue kind's meaning is stated only when a
clue uses it. ``n_houses`` and ``n_attributes`` (3 to 6; 0 means the
difficulty's default) set the size and lift the cap; a 6 × 6 grid typically
takes tens of milliseconds to make and verify.

``score`` is the solver's measured effort (:func:`logicgen.solve.grid.effort`):
propagation on the notes grid (:mod:`logicgen.solve.propagation`), 0.2 a clue
step that crosses houses out (or gives a house to the only value left for
it), 0.2 a trial (assume a house, reach a contradiction), 1 a split, plus 0.15
a clue read and 0.25 a relative clue (left of, next to, not together, not in a
house). Bands kept per level: easy 1–3.5, medium 2.5–5.5, hard 5–20. Hard is
harder by relative clues that only work together (trials), not by the size of
the grid alone.

``data`` holds ``houses``, ``attributes`` (key, label and value words of each
category, the name first), ``clues`` (each ``{"type", "a": [category, value],
"b": [category, value]}`` or ``{"type", "a", "house"}``, indices into
``attributes``, houses numbered from 1), ``question`` and ``solution`` (for each
category, the value index in houses 1..N). The words are drawn by ``render``
from the wording stream and recorded in ``data["attributes"]`` there.

>>> import logicgen
>>> item = logicgen.generate("deduction.grid", count=1, difficulty="easy", seed=1)[0]
>>> print(item.prompt)
Three people live in a row of three houses, numbered 1 to 3 from left to right. Each person has
a different name, drink and way to work.
Names: Farah, Jonas, Yara.
Drinks: coffee, lemonade, water.
Ways to work: bicycle, ferry, scooter.
Clues:
1. The person who goes to work by ferry lives in house 1.
2. Yara does not go to work by ferry.
3. The water drinker lives in house 2.
4. Jonas goes to work by scooter.
5. The coffee drinker goes to work by bicycle.
Question: In which house does Jonas live?
>>> item.answer
'House 2'
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

from logicgen.data import FIRST_NAMES
from logicgen.data.deduction_grid_words import GRID_CATEGORIES, NAME_CATEGORY, GridCategory
from logicgen.errors import InvalidParams
from logicgen.generators.deduction._wording import cap, key_among
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import BaseParams, Capabilities, family
from logicgen.solve import grid as grid_solver

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

Entity = tuple[int, int]  # (category index, value index)
Question = dict[str, Any]  # data["question"]: its kind, and the cell or house it asks about
Domains = list[list[int]]  # domains[a][v]: bitmask of the houses value v of category a may be in

DEFAULT_SIZE = {"easy": (3, 3), "medium": (3, 4), "hard": (4, 4)}
MIN_SIZE, MAX_SIZE = 3, 6
CLUE_TYPES = ("same", "not_same", "just_left", "left_of", "next_to", "position", "not_position")
#: Relative weights of the clue kinds drawn while building a puzzle.
CLUE_WEIGHTS = {
    "easy": (4.0, 1.0, 1.5, 0.5, 1.0, 3.0, 1.0),
    "medium": (3.0, 1.5, 1.5, 1.0, 1.5, 1.5, 1.0),
    "hard": (2.5, 2.0, 1.5, 1.5, 2.0, 0.4, 1.0),
}
NUMBER_WORDS = {3: "Three", 4: "Four", 5: "Five", 6: "Six"}
#: what each relative clue kind means, stated once in a prompt whose clues use it
CONVENTIONS = {
    "just_left": '"directly to the left of" means in the house numbered one lower',
    "left_of": '"somewhere to the left of" means in any lower-numbered house',
    "next_to": '"next to" means in a neighbouring house',
}


@family(
    "deduction.grid", version=3,
    solver=grid_solver.solve,
    summary="Logic-grid (zebra) puzzles, 3x3 to 6x6, unique and with no redundant clue",
    formats=("choice", "numeric"),
    capabilities=Capabilities(notes_grid=True),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_houses`` and ``n_attributes``: 3 to 6, or 0 for the difficulty's default."""

    SIZE = ("n_houses", "n_attributes")

    n_houses: int = 0
    n_attributes: int = 0


    def check(self) -> None:
        for name in ("n_houses", "n_attributes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not (
                value == 0 or MIN_SIZE <= value <= MAX_SIZE
            ):
                raise InvalidParams(
                    f"{name} must be between {MIN_SIZE} and {MAX_SIZE}, or 0 for the "
                    f"difficulty's default (got {value!r})"
                )

    def size(self) -> tuple[int, int]:
        n, m = DEFAULT_SIZE[self.difficulty]
        return (self.n_houses or n, self.n_attributes or m)


# -- propagation and search (the generator's own reasoning) ---------------------------


def _holds(kind: str, hx: int, hy: int) -> bool:
    if kind == "same":
        return hx == hy
    if kind == "not_same":
        return hx != hy
    if kind == "just_left":
        return hx + 1 == hy
    if kind == "left_of":
        return hx < hy
    return abs(hx - hy) == 1  # next_to


def _all_different(dom: Domains, n: int) -> bool:
    """Naked and hidden singles in every category; False on a contradiction."""
    full = (1 << n) - 1
    for row in dom:
        once = twice = fixed = 0
        for d in row:
            if d == 0:
                return False
            twice |= once & d
            once |= d
            if d & (d - 1) == 0:
                if fixed & d:
                    return False
                fixed |= d
        if once != full:
            return False
        unique = once & ~twice
        for v, d in enumerate(row):
            if d & (d - 1) == 0:
                continue
            if fixed and d & fixed:
                d &= ~fixed
            if d & unique:
                d &= unique
                if d & (d - 1):
                    return False
            if d == 0:
                return False
            row[v] = d
    return True


Compiled = tuple[int, int, int, int, int]  # (kind code, a, v, b, w); b = -1: w is a house
_KIND_CODE = {kind: i for i, kind in enumerate(CLUE_TYPES)}
NOP = len(CLUE_TYPES)  # a removed clue: applies nothing
Touch = list[list[int]]  # per entity (a * n + v), the clues that mention it


def _touch(clues: Sequence[Compiled], n: int, m: int) -> Touch:
    touch: Touch = [[] for _ in range(m * n)]
    for i, c in enumerate(clues):
        touch[c[1] * n + c[2]].append(i)
        if c[3] >= 0:
            touch[c[3] * n + c[4]].append(i)
    return touch


def _compile(clues: Sequence[dict[str, Any]]) -> list[Compiled]:
    out = []
    for c in clues:
        a, v = c["a"]
        if "b" in c:
            out.append((_KIND_CODE[c["type"]], a, v, c["b"][0], c["b"][1]))
        else:
            out.append((_KIND_CODE[c["type"]], a, v, -1, c["house"] - 1))
    return out


def _apply(c: Compiled, dom: Domains, full: int) -> int:
    """Narrow ``dom`` by one compiled clue; bit 1 set if x changed, bit 2 if y did."""
    k, a, v, b, w = c
    if k == NOP:
        return 0
    dx = dom[a][v]
    if b < 0:
        nx = dx & (1 << w) if k == 5 else dx & ~(1 << w)
        dom[a][v] = nx
        return 1 if nx != dx else 0
    dy = dom[b][w]
    nx, ny = dx, dy
    if k == 0:  # same
        nx = ny = dx & dy
    elif k == 1:  # not_same
        if dx and dx & (dx - 1) == 0:
            ny &= ~dx
        if dy and dy & (dy - 1) == 0:
            nx &= ~dy
    elif k == 2:  # just_left
        ny &= (nx << 1) & full
        nx &= ny >> 1
    elif k == 3:  # left_of
        if nx:
            ny &= full & ~(((nx & -nx) << 1) - 1)
        nx = nx & ((1 << (ny.bit_length() - 1)) - 1) if ny else 0
    else:  # next_to
        ny &= ((nx << 1) | (nx >> 1)) & full
        nx &= ((ny << 1) | (ny >> 1)) & full
    dom[a][v] = nx
    dom[b][w] = ny
    return (1 if nx != dx else 0) | (2 if ny != dy else 0)


def _propagate(
    dom: Domains,
    clues: Sequence[Compiled],
    n: int,
    touch: Touch | None = None,
    changed: Sequence[tuple[int, int]] | None = None,
) -> bool:
    """Apply clues and all-different to a fixpoint, re-running only what a change touches.

    ``changed``: when given, ``dom`` was a fixpoint of ``clues`` before these values
    narrowed, so only the clues about them need waking at first.
    Returns False when some value is left without a house (no solution below ``dom``).
    """
    full = (1 << n) - 1
    m = len(dom)
    if touch is None:
        touch = _touch(clues, n, m)
    if changed is None:
        queue = list(range(len(clues)))
        queued = [True] * len(clues)
        dirty = [True] * m
    else:
        queue = []
        queued = [False] * len(clues)
        dirty = [False] * m
        for a, v in changed:
            dirty[a] = True
            for j in touch[a * n + v]:
                if not queued[j]:
                    queued[j] = True
                    queue.append(j)

    def wake(a: int, v: int) -> None:
        for j in touch[a * n + v]:
            if not queued[j]:
                queued[j] = True
                queue.append(j)

    while True:
        while queue:
            i = queue.pop()
            queued[i] = False
            c = clues[i]
            moved = _apply(c, dom, full)
            if moved & 1:
                if dom[c[1]][c[2]] == 0:
                    return False
                dirty[c[1]] = True
                wake(c[1], c[2])
            if moved & 2:
                if dom[c[3]][c[4]] == 0:
                    return False
                dirty[c[3]] = True
                wake(c[3], c[4])
        progressed = False
        for a in range(m):
            if not dirty[a]:
                continue
            dirty[a] = False
            before = dom[a][:]
            if not _all_different([dom[a]], n):
                return False
            row = dom[a]
            for v in range(n):
                if row[v] != before[v]:
                    dirty[a] = progressed = True
                    wake(a, v)
        if not progressed:
            return True


def _solved(dom: Domains) -> bool:
    return all(d & (d - 1) == 0 for row in dom for d in row)


def _fresh(n: int, m: int) -> Domains:
    return [[(1 << n) - 1] * n for _ in range(m)]


def _pick(dom: Domains) -> tuple[int, int] | None:
    """The open value with the fewest candidate houses (None when all are fixed)."""
    best: tuple[int, int, int] | None = None
    for a, row in enumerate(dom):
        for v, d in enumerate(row):
            if d & (d - 1):
                k = d.bit_count()
                if best is None or k < best[0]:
                    best = (k, a, v)
                    if k == 2:
                        return a, v
    return None if best is None else (best[1], best[2])


def _count(
    dom: Domains, clues: Sequence[Compiled], n: int, limit: int = 2, touch: Touch | None = None
) -> int:
    """Number of solutions below ``dom`` (stops at ``limit``)."""
    dom = [row[:] for row in dom]
    if touch is None:
        touch = _touch(clues, n, len(dom))
    if not _propagate(dom, clues, n, touch):
        return 0
    pick = _pick(dom)
    if pick is None:
        return 1
    a, v = pick
    total = 0
    d = dom[a][v]
    for h in range(n):
        if d >> h & 1:
            trial = [row[:] for row in dom]
            trial[a][v] = 1 << h
            total += _count(trial, clues, n, limit - total, touch)
            if total >= limit:
                break
    return total


def _has_other(
    dom: Domains, clues: Sequence[Compiled], n: int, pos: list[list[int]], touch: Touch
) -> bool:
    """Whether a solution other than ``pos`` lies below ``dom`` (already propagated)."""
    pick = _pick(dom)
    if pick is None:
        return False  # everything fixed, and ``pos`` satisfies every clue: it is ``pos``
    a, v = pick
    d = dom[a][v]
    for h in range(n):
        if d >> h & 1 and h != pos[a][v]:
            trial = [row[:] for row in dom]
            trial[a][v] = 1 << h
            if _count(trial, clues, n, 1, touch):
                return True
    trial = [row[:] for row in dom]
    trial[a][v] = 1 << pos[a][v]
    return _propagate(trial, clues, n, touch) and _has_other(trial, clues, n, pos, touch)


# -- generation ---------------------------------------------------------------------


def _random_clue(kind: str, pos: list[list[int]], n: int, m: int, draw: Draw) -> dict[str, Any] | None:
    """A clue of ``kind`` that is true of the solution ``pos`` (None if none was found)."""
    a = draw.below(m)
    v = draw.below(n)
    hx = pos[a][v]
    if kind == "position":
        return {"type": kind, "a": [a, v], "house": hx + 1}
    if kind == "not_position":
        h = draw.below(n - 1)
        return {"type": kind, "a": [a, v], "house": (h if h < hx else h + 1) + 1}
    if kind in ("same", "not_same"):
        b = draw.below(m - 1)
        b = b if b < a else b + 1
    else:
        b = draw.below(m)
    targets = [w for w in range(n) if (b, w) != (a, v) and _holds(kind, hx, pos[b][w])]
    if not targets:
        return None
    w = targets[draw.below(len(targets))]
    return {"type": kind, "a": [a, v], "b": [b, w]}


def _clue_key(clue: dict[str, Any]) -> tuple[Any, ...]:
    if "b" in clue:
        x, y = tuple(clue["a"]), tuple(clue["b"])
        if clue["type"] in ("same", "not_same", "next_to"):
            x, y = min(x, y), max(x, y)
        return (clue["type"], x, y)
    return (clue["type"], tuple(clue["a"]), clue["house"])


def _build(n: int, m: int, difficulty: str, rng: np.random.Generator) -> tuple[list[list[int]], list[dict[str, Any]]]:
    """A random solution and a minimal clue set that determines it."""
    pos = [[int(h) for h in rng.permutation(n)] for _ in range(m)]
    draw = Draw(rng, batch=256)  # read from the end of each batch
    weights = CLUE_WEIGHTS[difficulty]
    cumulative = list(accumulate(weights))
    clues: list[dict[str, Any]] = []
    compiled: list[Compiled] = []
    seen: set[tuple[Any, ...]] = set()
    dom = _fresh(n, m)
    full = (1 << n) - 1
    touch: Touch = [[] for _ in range(m * n)]
    while not _solved(dom):
        kind = CLUE_TYPES[bisect_right(cumulative, draw.below(1 << 30) / (1 << 30) * cumulative[-1])]
        clue = _random_clue(kind, pos, n, m, draw)
        if clue is None:
            continue
        key = _clue_key(clue)
        if key in seen:
            continue
        seen.add(key)
        trial = [row[:] for row in dom]
        fast = _compile([clue])[0]
        moved = _apply(fast, trial, full)
        if not moved:
            continue  # the current fixpoint already satisfies the clue: no news
        clues.append(clue)
        compiled.append(fast)
        touch[fast[1] * n + fast[2]].append(len(compiled) - 1)
        if fast[3] >= 0:
            touch[fast[3] * n + fast[4]].append(len(compiled) - 1)
        news = [(fast[1], fast[2])] if moved & 1 else []
        if moved & 2:
            news.append((fast[3], fast[4]))
        _propagate(trial, compiled, n, touch, news)
        dom = trial
    # Drop every clue whose removal still leaves exactly one solution. A clue kept
    # once stays needed: removing more clues only adds solutions.
    keep = [True] * len(clues)
    for i in [int(k) for k in rng.permutation(len(clues))]:
        saved = compiled[i]
        compiled[i] = (NOP, 0, 0, -1, 0)
        trial = _fresh(n, m)
        _propagate(trial, compiled, n, touch)
        if not _solved(trial) and _has_other(trial, compiled, n, pos, touch):
            compiled[i] = saved
        else:
            keep[i] = False
    return pos, [c for j, c in enumerate(clues) if keep[j]]


def _choose_question(
    pos: list[list[int]], clues: list[dict[str, Any]], n: int, m: int, rng: np.random.Generator
) -> dict[str, Any]:
    """A cell that no single clue states outright."""
    direct: set[tuple[Any, ...]] = set()
    for c in clues:
        if c["type"] == "same":
            direct.add((tuple(c["a"]), c["b"][0]))
            direct.add((tuple(c["b"]), c["a"][0]))
        elif c["type"] == "position":
            direct.add((tuple(c["a"]), "house"))
            direct.add(("at", c["house"], c["a"][0]))
    options: list[dict[str, Any]] = []
    for a in range(m):
        for v in range(n):
            for b in range(m):
                if b != a and ((a, v), b) not in direct:
                    options.append({"kind": "value", "given": [a, v], "ask": b})
            if ((a, v), "house") not in direct:
                options.append({"kind": "house", "given": [a, v]})
    for h in range(1, n + 1):
        for b in range(m):
            if ("at", h, b) not in direct:
                options.append({"kind": "at_house", "house": h, "ask": b})
    return options[int(rng.integers(len(options)))]


def generate(params: Params, rng: np.random.Generator) -> Draft:
    n, m = params.size()
    pos, clues = _build(n, m, params.difficulty, rng)
    solution = [[0] * n for _ in range(m)]  # solution[a][h] = value index in house h
    for a in range(m):
        for v in range(n):
            solution[a][pos[a][v]] = v
    if params.format == "numeric":
        question: dict[str, Any] = {"kind": "grid"}
    else:
        question = _choose_question(pos, clues, n, m, rng)
    steps, guesses = _trace(clues, n, m)
    space = m * math.log10(math.factorial(n))
    score = space + 0.1 * len(clues) + guesses
    data = {
        "houses": n,
        "attributes": [],
        "clues": clues,
        "question": question,
        "solution": solution,
    }
    spec = {"pos": pos, "steps": steps}
    return Draft(data=data, answer="", score=score, spec=spec)


# -- worked solution ------------------------------------------------------------------


def _trace(clues: list[dict[str, Any]], n: int, m: int) -> tuple[list[tuple[Any, ...]], int]:
    """Deduction steps in the order a solver on paper could take them.

    Each step is ``("clue", index, changes)``, ``("only", changes)`` or
    ``("case", entity, house)``; ``changes`` lists (entity, new domain) pairs.
    """
    full = (1 << n) - 1
    fast = _compile(clues)
    dom = _fresh(n, m)
    steps: list[tuple[Any, ...]] = []
    guesses = 0

    def changes(before: Domains) -> list[tuple[Entity, int]]:
        return [
            ((a, v), dom[a][v])
            for a in range(m)
            for v in range(n)
            if dom[a][v] != before[a][v]
        ]

    while not _solved(dom):
        progress = True
        while progress and not _solved(dom):
            progress = False
            for i, clue in enumerate(fast):
                before = [row[:] for row in dom]
                _apply(clue, dom, full)
                found = changes(before)
                if found:
                    steps.append(("clue", i, found))
                    progress = True
            before = [row[:] for row in dom]
            _all_different(dom, n)
            found = [(e, d) for e, d in changes(before) if d & (d - 1) == 0]
            if found:
                steps.append(("only", found))
            if dom != before:
                progress = True
        if _solved(dom):
            break
        # Case analysis: rule out a house for the least-known value by showing
        # that no solution places it there.
        guesses += 1
        a, v = min(
            ((a, v) for a in range(m) for v in range(n) if dom[a][v] & (dom[a][v] - 1)),
            key=lambda e: (dom[e[0]][e[1]].bit_count(), e),
        )
        for h in range(n):
            if dom[a][v] >> h & 1:
                trial = [row[:] for row in dom]
                trial[a][v] = 1 << h
                if _count(trial, fast, n, 1) == 0:
                    dom[a][v] &= ~(1 << h)
                    steps.append(("case", (a, v), h))
    return steps, guesses


# -- wording -------------------------------------------------------------------------


def _houses_text(mask: int, n: int) -> str:
    hs = [str(h + 1) for h in range(n) if mask >> h & 1]
    if len(hs) == 1:
        return f"house {hs[0]}"
    return "house " + ", ".join(hs[:-1]) + " or " + hs[-1]


class _Words:
    """The categories and values an item was worded with."""

    def __init__(self, attrs: list[dict[str, Any]]):
        self.attrs = attrs
        self.cats: list[GridCategory] = [NAME_CATEGORY] + [
            next(c for c in GRID_CATEGORIES if c.key == attr["key"]) for attr in self.attrs[1:]
        ]

    def value(self, e: Sequence[int]) -> str:
        return str(self.attrs[e[0]]["values"][e[1]])

    def np(self, e: Sequence[int]) -> str:
        return self.cats[e[0]].np.format(v=self.value(e))

    def pred(self, e: Sequence[int]) -> str:
        return self.cats[e[0]].pred.format(v=self.value(e))

    def neg(self, e: Sequence[int]) -> str:
        return self.cats[e[0]].neg.format(v=self.value(e))

    def is_colour(self, e: Sequence[int]) -> bool:
        return self.cats[e[0]].key == "colour"

    def clue(self, clue: dict[str, Any], flip: bool = False) -> str:
        kind = clue["type"]
        x = clue["a"]
        if kind in ("position", "not_position"):
            h = clue["house"]
            if self.is_colour(x):
                verb = "is" if kind == "position" else "is not"
                return f"The {self.value(x)} house {verb} house {h}."
            verb = "lives" if kind == "position" else "does not live"
            return f"{cap(self.np(x))} {verb} in house {h}."
        y = clue["b"]
        if kind in ("same", "not_same"):
            if y[0] == 0 or (flip and x[0] != 0):
                x, y = y, x
            return f"{cap(self.np(x))} {self.pred(y) if kind == 'same' else self.neg(y)}."
        if kind == "next_to":
            if flip:
                x, y = y, x
            return f"{cap(self.np(x))} lives next to {self.np(y)}."
        how = "directly" if kind == "just_left" else "somewhere"
        if flip:
            return f"{cap(self.np(y))} lives {how} to the right of {self.np(x)}."
        return f"{cap(self.np(x))} lives {how} to the left of {self.np(y)}."

    def grid_line(self, solution: list[list[int]], n: int) -> str:
        parts = []
        for h in range(n):
            vals = ", ".join(
                str(attr["values"][solution[a][h]]) for a, attr in enumerate(self.attrs)
            )
            parts.append(f"House {h + 1}: {vals}")
        return "; ".join(parts)


def _ask_house(words: _Words, q: Question) -> str:
    x = q["given"]
    if words.is_colour(x):
        return f"Which house number is the {words.value(x)} house?"
    return f"In which house does {words.np(x)} live?"


def _ask_value(words: _Words, q: Question) -> str:
    x, b = q["given"], q["ask"]
    return f"Who {words.pred(x)}?" if b == 0 else words.cats[b].ask.format(np=words.np(x))


def _ask_at_house(words: _Words, q: Question) -> str:
    h, b = q["house"], q["ask"]
    if b == 0:
        return f"Who lives in house {h}?"
    if words.cats[b].key == "colour":
        return f"What colour is house {h}?"
    return words.cats[b].ask.format(np=f"the person in house {h}")


def _values(words: _Words, q: Question, solution: list[list[int]], n: int) -> list[str]:
    """The asked category's value in each house."""
    b = q["ask"]
    return [str(words.attrs[b]["values"][solution[b][h]]) for h in range(n)]


class QuestionKind(NamedTuple):
    """A kind of choice question: its wording, the house that holds the key (0-based, from
    the solution's positions), and each house's option text."""

    ask: Callable[[_Words, Question], str]
    house: Callable[[Question, list[list[int]]], int]
    labels: Callable[[_Words, Question, list[list[int]], int], list[str]]


QUESTION_KINDS: dict[str, QuestionKind] = {
    "house": QuestionKind(_ask_house, lambda q, pos: pos[q["given"][0]][q["given"][1]],
                          lambda words, q, solution, n: [f"House {h + 1}" for h in range(n)]),
    "value": QuestionKind(_ask_value, lambda q, pos: pos[q["given"][0]][q["given"][1]], _values),
    "at_house": QuestionKind(_ask_at_house, lambda q, pos: q["house"] - 1, _values),
}


def _answer_and_options(
    data: dict[str, Any], pos: list[list[int]], words: _Words, n_options: int, rng: np.random.Generator
) -> tuple[str, list[str]]:
    q = data["question"]
    n = data["houses"]
    kind = QUESTION_KINDS[q["kind"]]
    house = kind.house(q, pos)
    labels = kind.labels(words, q, data["solution"], n)
    answer = labels[house]
    # Prefer the neighbouring houses' values: the off-by-one slip of a left/right clue.
    others = sorted(
        (h for h in range(n) if h != house),
        key=lambda h: (abs(h - house), float(rng.random())),
    )
    keep = others[: max(0, min(n_options, n) - 1)]
    return answer, key_among(rng, answer, [labels[h] for h in keep], len(keep) + 1)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The prompt and options; the words of every category, and so the key, are drawn here."""
    data = draft.data
    n = data["houses"]
    m = len(data["solution"])
    # Drawing indices draws as drawing from the tuple itself (numpy picks positions
    # either way) without making an array of the words each time.
    names = [FIRST_NAMES[i] for i in rng.choice(len(FIRST_NAMES), size=n, replace=False)]
    cat_idx = sorted(int(i) for i in rng.choice(len(GRID_CATEGORIES), size=m - 1, replace=False))
    attrs: list[dict[str, Any]] = [
        {"key": "name", "label": "name", "plural": "names", "values": names}
    ]
    for i in cat_idx:
        cat = GRID_CATEGORIES[i]
        vals = [cat.values[i] for i in rng.choice(len(cat.values), size=n, replace=False)]
        attrs.append(
            {"key": cat.key, "label": cat.label, "plural": cat.label_plural, "values": vals}
        )
    # The words are part of the item: the solver and the explanation read them.
    words = _Words(attrs)
    flips = [bool(rng.integers(2)) for _ in data["clues"]]
    facts: dict[str, Any] = {"attributes": attrs}
    spec = {**draft.spec, "flips": flips}

    labels = [a["label"] for a in attrs]
    lines = [
        f"{NUMBER_WORDS[n]} people live in a row of {NUMBER_WORDS[n].lower()} houses, "
        f"numbered 1 to {n} from left "
        f"to right. Each person has a different "
        + ", ".join(labels[:-1])
        + f" and {labels[-1]}."
    ]
    for attr in attrs:
        lines.append(f"{cap(attr['plural'])}: {', '.join(sorted(attr['values']))}.")
    used = [text for kind, text in CONVENTIONS.items()
            if any(clue["type"] == kind for clue in data["clues"])]
    if used:
        text = "; ".join(used)
        lines.append('"' + cap(text[1:]) + ".")  # every convention starts with a quote
    lines.append("Clues:")
    for i, (clue, flip) in enumerate(zip(data["clues"], flips), 1):
        lines.append(f"{i}. {words.clue(clue, flip)}")
    if data["question"]["kind"] == "grid":
        order = ", ".join(f"<{a['label']}>" for a in attrs)
        lines.append(
            "Question: Work out the whole grid. Write one entry per house, in order, as "
            f'"House 1: {order}; House 2: ..." (the categories in the order listed above).'
        )
        return Wording("\n".join(lines), [], facts, words.grid_line(data["solution"], n), spec)
    lines.append(f"Question: {QUESTION_KINDS[data['question']['kind']].ask(words, data['question'])}")
    answer, options = _answer_and_options(data, draft.spec["pos"], words, params.n_options, rng)
    return Wording("\n".join(lines), options, facts, answer, spec)


def explain(draft: Draft) -> str:
    data = draft.data
    n = data["houses"]
    words = _Words(data["attributes"])
    clues = data["clues"]
    flips = draft.spec.get("flips") or [False] * len(clues)
    out = ["Work through the clues, keeping for each value the houses it can still be in."]
    for k, step in enumerate(draft.spec["steps"], 1):
        if step[0] == "clue":
            i, found = step[1], step[2]
            facts = _facts(found, words, n)
            out.append(f"{k}. Clue {i + 1} ({words.clue(clues[i], flips[i])[:-1]}): {facts}.")
        elif step[0] == "only":
            facts = _facts(step[1], words, n)
            out.append(
                f"{k}. Each house holds one value of each category, so by elimination "
                f"{facts}."
            )
        else:
            e, h = step[1], step[2]
            out.append(
                f"{k}. Suppose {words.np(e)} lived in house {h + 1}: following the clues from "
                f"there leads to a contradiction, so {words.np(e)} is not in house {h + 1}."
            )
    out.append("The grid is now complete: " + words.grid_line(data["solution"], n) + ".")
    q = data["question"]
    if q["kind"] != "grid":
        out.append(f"Answer: {draft.answer}.")
    return "\n".join(out)


def _facts(found: list[tuple[Entity, int]], words: _Words, n: int) -> str:
    parts = []
    for e, d in found:
        if d == 0:
            continue
        single = d & (d - 1) == 0
        if words.is_colour(e):
            verb = "is" if single else "can only be"
            parts.append(f"the {words.value(e)} house {verb} {_houses_text(d, n)}")
        else:
            verb = "is in" if single else "can only be in"
            parts.append(f"{words.np(e)} {verb} {_houses_text(d, n)}")
    return "; ".join(parts) if parts else "nothing new"


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Place the house-number clues first, then join 'same person' clues; a value with "
        "one house left is fixed."
    ),
}


EFFORT = grid_solver.effort
BANDS = {"easy": (1.0, 3.5), "medium": (2.5, 5.5), "hard": (5.0, 20.0)}
