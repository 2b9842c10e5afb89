"""Logic-grid solver A: search over whole permutations, one category at a time.

Every category is a permutation of its values over the houses. For each category
the solver lists the permutations that satisfy the clues about that category
alone (house numbers, relations between two of its own values). Categories are
then fixed one after another; a clue linking a new category to one already fixed
becomes a bitset over the new category's permutation list (precomputed per house
of the fixed value), so the candidates at each level are an AND of bitsets.
Solutions are counted up to two.

The item is accepted only when this search and the DPLL search of
:mod:`logicgen.solve.grid_sat` both find exactly one solution and agree on it
(and on ``data["solution"]`` when the data carries one).

``data`` layout: ``houses`` (N), ``attributes`` (list of ``{"values": [...]}``,
the person's name first), ``clues`` (``{"type", "a": [cat, val], "b": [cat, val]}``
or ``{"type", "a", "house"}`` with houses numbered from 1), ``question``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import permutations
from typing import Any

from . import grid_sat

__all__ = ["answer_texts", "count_solutions", "solve"]

Grid = list[tuple[int, ...]]  # per category: value index -> house index (0-based)


def _relation(kind: str, hx: int, hy: int) -> bool:
    """Whether x in house hx and y in house hy satisfy the binary clue ``kind``."""
    table = {
        "same": hx == hy,
        "not_same": hx != hy,
        "just_left": hy - hx == 1,
        "left_of": hy > hx,
        "next_to": hx - hy in (1, -1),
    }
    if kind not in table:
        raise ValueError(f"unknown clue type {kind!r}")
    return table[kind]


def count_solutions(data: Mapping[str, Any], limit: int = 2) -> list[Grid]:
    """Up to ``limit`` solutions, each as one house-per-value tuple per category."""
    n = int(data["houses"])
    m = len(data["attributes"])
    clues = list(data["clues"])
    unary: list[list[Any]] = [[] for _ in range(m)]
    binary: list[tuple[str, int, int, int, int]] = []
    for c in clues:
        a, v = (int(x) for x in c["a"])
        if c["type"] in ("position", "not_position"):
            h = int(c["house"]) - 1
            want = c["type"] == "position"
            unary[a].append(lambda p, v=v, h=h, want=want: (p[v] == h) == want)
        else:
            b, w = (int(x) for x in c["b"])
            if a == b:
                kind = c["type"]
                unary[a].append(lambda p, v=v, w=w, kind=kind: _relation(kind, p[v], p[w]))
            else:
                binary.append((c["type"], a, v, b, w))

    perms: list[list[tuple[int, ...]]] = []
    for a in range(m):
        perms.append([p for p in permutations(range(n)) if all(f(p) for f in unary[a])])

    # Order categories: fewest permutations first, then the one most linked to those chosen.
    order: list[int] = []
    left = set(range(m))
    while left:
        def weight(k: int) -> tuple[int, int, int]:
            links = sum(1 for _, a, _, b, _ in binary if (a == k and b in order) or (b == k and a in order))
            return (-links, len(perms[k]), k)
        nxt = min(sorted(left), key=weight)
        order.append(nxt)
        left.discard(nxt)
    rank = {a: i for i, a in enumerate(order)}

    # by_house[a][w][h]: bitset of permutations of category a placing value w in house h.
    by_house: list[list[list[int]]] = []
    for a in range(m):
        table = [[0] * n for _ in range(n)]
        for i, p in enumerate(perms[a]):
            bit = 1 << i
            for w in range(n):
                table[w][p[w]] |= bit
        by_house.append(table)

    # For each category, the checks against earlier categories: (earlier cat, its value,
    # mask per house of that value over this category's permutations).
    checks: list[list[tuple[int, int, list[int]]]] = [[] for _ in range(m)]
    for kind, a, v, b, w in binary:
        if rank[a] < rank[b]:
            early, ev, late, lw, forward = a, v, b, w, True
        else:
            early, ev, late, lw, forward = b, w, a, v, False
        masks = []
        for he in range(n):
            mask = 0
            for hl in range(n):
                ok = _relation(kind, he, hl) if forward else _relation(kind, hl, he)
                if ok:
                    mask |= by_house[late][lw][hl]
            masks.append(mask)
        checks[late].append((early, ev, masks))

    found: list[Grid] = []
    chosen: dict[int, tuple[int, ...]] = {}

    def search(level: int) -> None:
        if len(found) >= limit:
            return
        if level == m:
            found.append([chosen[a] for a in range(m)])
            return
        cat = order[level]
        cand = (1 << len(perms[cat])) - 1
        for early, ev, masks in checks[cat]:
            cand &= masks[chosen[early][ev]]
            if not cand:
                return
        while cand and len(found) < limit:
            low = cand & -cand
            chosen[cat] = perms[cat][low.bit_length() - 1]
            search(level + 1)
            cand ^= low
        chosen.pop(cat, None)

    search(0)
    return found


def _as_house_values(grid: Grid, n: int) -> list[list[int]]:
    """Per category, the value index in houses 1..N."""
    out = []
    for p in grid:
        row = [0] * n
        for v, h in enumerate(p):
            row[h] = v
        out.append(row)
    return out


def answer_texts(data: Mapping[str, Any], table: list[list[int]]) -> str:
    """The answer text of the item's question for the solved grid ``table``."""
    n = int(data["houses"])
    attrs = data["attributes"]
    q = data["question"]
    if q["kind"] == "grid":
        return "; ".join(
            f"House {h + 1}: " + ", ".join(str(attrs[a]["values"][table[a][h]]) for a in range(len(attrs)))
            for h in range(n)
        )
    if q["kind"] == "at_house":
        house = int(q["house"]) - 1
    else:
        a, v = (int(x) for x in q["given"])
        house = table[a].index(v)
    if q["kind"] == "house":
        return f"House {house + 1}"
    b = int(q["ask"])
    return str(attrs[b]["values"][table[b][house]])


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().split()).rstrip(".")


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Every option (or, without options, the grid text) that the unique solution gives.

    Returns an empty list when the two searches do not both find exactly one and the
    same solution, or when it differs from the solution recorded in ``data``.
    """
    n = int(data["houses"])
    first = count_solutions(data, 2)
    second = grid_sat.count_solutions(data, 2)
    if len(first) != 1 or len(second) != 1:
        return []
    table = _as_house_values(first[0], n)
    if table != second[0]:
        return []
    if "solution" in data and [list(r) for r in data["solution"]] != table:
        return []
    answer = answer_texts(data, table)
    if not choices:
        return [answer]
    return [c for c in choices if _norm(c) == _norm(answer)]


def _grid_test(clue: Mapping[str, Any], n: int) -> tuple[tuple[int, ...], Any, tuple[Any, ...]]:
    """(variables, test on house indices, key) of one clue; a variable is category × N + value."""
    a = int(clue["a"][0]) * n + int(clue["a"][1])
    kind = str(clue["type"])
    if kind in ("position", "not_position"):
        h = int(clue["house"]) - 1
        want = kind == "position"
        return (a,), (lambda v: (v[a] == h) == want), (kind, h)
    b = int(clue["b"][0]) * n + int(clue["b"][1])
    return (a, b), (lambda v: _relation(kind, v[a], v[b])), (kind,)


def effort(data: Mapping[str, Any]) -> float:
    """The reasoning a ``deduction.grid`` item needs, counted on the notes grid.

    Each (category, value) keeps the houses still open to it; a step applies
    one clue and crosses out the houses it rules out, or gives a house to the
    only value of a category that can still take it; a trial assumes a house
    and propagates to a contradiction; a split works both branches
    (:func:`logicgen.solve.propagation.measure`, values of one category in
    different houses). The effort is 0.2 a step, 0.2 a trial, 1 a split, plus
    0.15 a clue read and 0.25 a relative clue (left of, next to, not in the same
    house: it names no house).

    Three houses, two categories (names 0–2, drinks 0–2): "name 0 lives in
    house 1", "drink 1 is with name 0", "name 1 lives in house 3", "drink 0 is
    in house 2". Name 0 gets house 1 (a step), drink 1 follows it (a step),
    name 1 gets house 3 (a step), drink 0 house 2 (a step); name 2 and drink 2
    take the last houses by bookkeeping. 0.2 × 4 + 0.15 × 4 = 1.4.

    >>> effort({"houses": 3, "attributes": [{}, {}], "clues": [
    ...     {"type": "position", "a": [0, 0], "house": 1},
    ...     {"type": "same", "a": [1, 1], "b": [0, 0]},
    ...     {"type": "position", "a": [0, 1], "house": 3},
    ...     {"type": "position", "a": [1, 0], "house": 2}]})
    1.4
    """
    from logicgen.solve.propagation import measure

    n = int(data["houses"])
    m = len(data["attributes"])
    clues = [_grid_test(c, n) for c in data["clues"]]
    groups = [range(k * n, (k + 1) * n) for k in range(m)]
    count = measure(n * m, [range(n)] * (n * m), clues, distinct=groups)
    relative = sum(c["type"] in ("left_of", "just_left", "next_to", "not_same", "not_position")
                   for c in data["clues"])
    return round(0.2 * count.steps + 0.2 * count.trials + 1.0 * count.splits
                 + 0.15 * len(data["clues"]) + 0.25 * relative, 3)
