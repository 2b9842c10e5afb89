"""Logic-grid solver B: DPLL over a boolean encoding of the grid.

Variable x(c, v, h) says "value v of category c is in house h". The encoding:

* every value is in exactly one house, every house holds exactly one value of
  each category (at-least-one clauses plus pairwise at-most-one clauses);
* ``same``: x(a,h) ↔ y(b,h) for each h; ``not_same``: ¬x(a,h) ∨ ¬y(b,h);
* ``just_left``: x(h) → y(h+1) and y(h) → x(h-1); ``left_of``: x(h) → ∨_{k>h} y(k)
  and y(h) → ∨_{k<h} x(k); ``next_to``: x(h) → y(h-1) ∨ y(h+1) and back;
* ``position`` / ``not_position``: a unit clause.

The search is plain DPLL: unit propagation with two watched literals and
chronological backtracking, branching on a literal of the shortest open
at-least-one clause; it enumerates models up to a limit. It shares nothing with
solver A (:mod:`logicgen.solve.grid`) but the data format.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

__all__ = ["count_solutions", "dpll_models", "encode"]


def encode(data: Mapping[str, Any]) -> tuple[int, list[list[int]], list[list[int]]]:
    """(number of variables, clauses, at-least-one groups) for a grid puzzle."""
    nvars, clauses, groups = _encode(data)
    return nvars, [list(c) for c in clauses], [list(g) for g in groups]


@functools.lru_cache(maxsize=64)
def _frame(n: int, m: int) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]:
    """The clauses and at-least-one groups saying that every value is in exactly one
    house and every house holds exactly one value of each category (the same for
    every puzzle of a size, so made once per size)."""
    def var(c: int, v: int, h: int) -> int:
        return 1 + (c * n + v) * n + h

    clauses: list[tuple[int, ...]] = []
    groups: list[tuple[int, ...]] = []
    for c in range(m):
        for v in range(n):
            group = tuple(var(c, v, h) for h in range(n))
            groups.append(group)
            clauses.append(group)
            clauses.extend((-p, -q) for p, q in combinations(group, 2))
        for h in range(n):
            group = tuple(var(c, v, h) for v in range(n))
            groups.append(group)
            clauses.append(group)
            clauses.extend((-p, -q) for p, q in combinations(group, 2))
    return tuple(clauses), tuple(groups)


def _encode(data: Mapping[str, Any]
            ) -> tuple[int, list[Sequence[int]], Sequence[Sequence[int]]]:
    """:func:`encode` with the size's clauses shared (tuples: the search copies
    every clause it keeps)."""
    n = int(data["houses"])
    m = len(data["attributes"])

    def var(c: int, v: int, h: int) -> int:
        return 1 + (c * n + v) * n + h

    frame, groups = _frame(n, m)
    clauses: list[Sequence[int]] = list(frame)
    for clue in data["clues"]:
        kind = clue["type"]
        a, v = (int(t) for t in clue["a"])
        x = [var(a, v, h) for h in range(n)]
        if kind == "position":
            clauses.append([x[int(clue["house"]) - 1]])
            continue
        if kind == "not_position":
            clauses.append([-x[int(clue["house"]) - 1]])
            continue
        b, w = (int(t) for t in clue["b"])
        y = [var(b, w, h) for h in range(n)]
        for h in range(n):
            if kind == "same":
                clauses.append([-x[h], y[h]])
                clauses.append([-y[h], x[h]])
            elif kind == "not_same":
                clauses.append([-x[h], -y[h]])
            elif kind == "just_left":
                clauses.append([-x[h]] + ([y[h + 1]] if h + 1 < n else []))
                clauses.append([-y[h]] + ([x[h - 1]] if h > 0 else []))
            elif kind == "left_of":
                clauses.append([-x[h]] + y[h + 1:])
                clauses.append([-y[h]] + x[:h])
            elif kind == "next_to":
                near = [k for k in (h - 1, h + 1) if 0 <= k < n]
                clauses.append([-x[h]] + [y[k] for k in near])
                clauses.append([-y[h]] + [x[k] for k in near])
            else:
                raise ValueError(f"unknown clue type {kind!r}")
    return m * n * n, clauses, groups


def dpll_models(nvars: int, clauses: Sequence[Sequence[int]], groups: Sequence[Sequence[int]],
                limit: int) -> list[list[int]]:
    """Up to ``limit`` models (lists of true variables) of a CNF formula."""
    value = [0] * (nvars + 1)  # 1 true, -1 false, 0 open
    watches: dict[int, list[list[int]]] = {}
    units: list[int] = []
    for clause in clauses:
        clause = list(clause)
        if not clause:
            return []
        if len(clause) == 1:
            units.append(clause[0])
            continue
        watches.setdefault(clause[0], []).append(clause)
        watches.setdefault(clause[1], []).append(clause)
    trail: list[int] = []

    def lit_value(lit: int) -> int:
        val = value[abs(lit)]
        return val if lit > 0 else -val

    def assign(lit: int) -> bool:
        cur = lit_value(lit)
        if cur == 1:
            return True
        if cur == -1:
            return False
        value[abs(lit)] = 1 if lit > 0 else -1
        trail.append(lit)
        return True

    def propagate(start: int) -> bool:
        """Unit propagation over the trail from ``start``; False on a conflict."""
        i = start
        while i < len(trail):
            false_lit = -trail[i]
            i += 1
            watching = watches.get(false_lit)
            if not watching:
                continue
            keep: list[list[int]] = []
            conflict = False
            for clause in watching:
                if conflict:
                    keep.append(clause)
                    continue
                if clause[0] == false_lit:
                    clause[0], clause[1] = clause[1], clause[0]
                other = clause[0]
                val = value[other] if other > 0 else -value[-other]
                if val == 1:
                    keep.append(clause)
                    continue
                moved = False
                for j in range(2, len(clause)):
                    lit = clause[j]
                    if (value[lit] if lit > 0 else -value[-lit]) != -1:
                        clause[1], clause[j] = lit, clause[1]
                        watches.setdefault(lit, []).append(clause)
                        moved = True
                        break
                if moved:
                    continue
                keep.append(clause)
                if val == -1:
                    conflict = True
                else:
                    value[abs(other)] = 1 if other > 0 else -1
                    trail.append(other)
            watches[false_lit] = keep
            if conflict:
                return False
        return True

    def undo(mark: int) -> None:
        while len(trail) > mark:
            value[abs(trail.pop())] = 0

    models: list[list[int]] = []

    def pick() -> int:
        best = 0
        best_open = 0
        for group in groups:
            open_lits = []
            done = False
            for lit in group:
                val = value[lit]
                if val == 1:
                    done = True
                    break
                if val == 0:
                    open_lits.append(lit)
            if done or not open_lits:
                continue
            if best == 0 or len(open_lits) < best_open:
                best, best_open = open_lits[0], len(open_lits)
                if best_open == 2:
                    break
        if best:
            return best
        for v in range(1, nvars + 1):
            if value[v] == 0:
                return v
        return 0

    def search(start: int) -> None:
        if not propagate(start):
            return
        lit = pick()
        if lit == 0:
            models.append([v for v in range(1, nvars + 1) if value[v] == 1])
            return
        for choice in (lit, -lit):
            mark = len(trail)
            assign(choice)
            search(mark)
            undo(mark)
            if len(models) >= limit:
                return

    for lit in units:
        if not assign(lit):
            return []
    search(0)
    return models


def count_solutions(data: Mapping[str, Any], limit: int = 2) -> list[list[list[int]]]:
    """Up to ``limit`` solutions, each as the value index in houses 1..N per category."""
    n = int(data["houses"])
    m = len(data["attributes"])
    nvars, clauses, groups = _encode(data)
    out = []
    for model in dpll_models(nvars, clauses, groups, limit):
        table = [[-1] * n for _ in range(m)]
        for var in model:
            k = var - 1
            h = k % n
            v = (k // n) % n
            c = k // (n * n)
            table[c][h] = v
        out.append(table)
    return out
