"""How much reasoning a constraint puzzle needs: propagation with trials, counted.

The brute-force checkers (:mod:`logicgen.solve.permutations`,
:mod:`logicgen.solve.knights`) settle *whether* a puzzle has one solution; this
module measures *how* a careful solver gets there, the way a candidate works a
notes grid. Each variable (a person's place, a person's kind) keeps a set of
candidate values. One **step** applies one clue: every candidate of a variable
the clue mentions that no combination of the other variables' candidates can
support is crossed out; a step counts when it crosses something out. When the
values must all differ, a value that only one variable can still take is given
to it (a step), and a value fixed for one variable is crossed out of the rest
(bookkeeping, free). When no clue crosses anything out and some variable still
has several candidates, the solver makes **trials** on the variable with the
fewest: it assumes each candidate in turn and propagates, and a contradiction
crosses the candidate out (the steps of a trial that ends in a contradiction
count; a trial that ends nowhere counts only as a trial). When no trial
crosses anything out, the solver **splits** on that variable and works each
branch to its end (nested reasoning).

The counts are deterministic (clues are tried in the order given, variables
and values in index order) and depend only on the clues, never on how the
puzzle was made.

>>> # three people in places 0..2: "0 is before 1" and "1 is before 2". The first
>>> # clue crosses out place 2 for person 0 and place 0 for person 1 (a step); the
>>> # second leaves person 1 only place 1 and person 2 only place 2 (a step); person
>>> # 0 then keeps place 0 by bookkeeping.
>>> count = measure(3, [range(3)] * 3,
...                 [((0, 1), lambda v: v[0] < v[1]), ((1, 2), lambda v: v[1] < v[2])],
...                 distinct=True)
>>> count.steps, count.trials, count.splits
(2, 0, 0)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Count", "measure"]

#: a clue: the variables it mentions, its test on a full list of values, and
#: optionally a key naming the test up to which variables it mentions (clues
#: with equal keys over equal starting candidates allow the same value rows,
#: which are then worked out once)
Clue = tuple[tuple[int, ...], Callable[[list[int]], bool]] | tuple[
    tuple[int, ...], Callable[[list[int]], bool], Hashable]

_ROWS: dict[Hashable, list[tuple[int, ...]]] = {}


@dataclass
class Count:
    """What a solve needed: clue steps, trials and splits, and the deepest nesting."""

    steps: int = 0
    trials: int = 0
    splits: int = 0
    depth: int = 0


class _Contradiction(Exception):
    pass


class _Table:
    """A clue as the list of value tuples (over the variables it mentions) it allows."""

    __slots__ = ("people", "rows")

    def __init__(self, clue: Clue, domains: list[set[int]], n: int,
                 groups: Sequence[set[int]]) -> None:
        people, test = clue[0], clue[1]
        self.people = tuple(dict.fromkeys(people))
        key = None
        if len(clue) == 3:
            linked = tuple((i, j) for i, p in enumerate(self.people)
                           for j, q in enumerate(self.people)
                           if i < j and any(p in g and q in g for g in groups))
            key = (clue[2], tuple(tuple(sorted(domains[p])) for p in self.people), linked)
            if key in _ROWS:
                self.rows = _ROWS[key]
                return
        pairs = [(i, j) for i, p in enumerate(self.people) for j, q in enumerate(self.people)
                 if i < j and any(p in g and q in g for g in groups)]
        values = [0] * n
        rows = []
        for combo in itertools.product(*(sorted(domains[p]) for p in self.people)):
            if any(combo[i] == combo[j] for i, j in pairs):
                continue
            for p, w in zip(self.people, combo):
                values[p] = w
            if test(values):
                rows.append(combo)
        self.rows = rows
        if key is not None and len(_ROWS) < 4096:
            _ROWS[key] = rows


def _propagate(domains: list[set[int]], tables: Sequence[_Table], n: int,
               groups: Sequence[Sequence[int]], count: Count) -> None:
    """Apply clues (and all-different) until nothing changes; raise on a contradiction.

    A clue whose variables kept their candidates since it was last applied
    cannot cross anything out, so it is skipped (only a matter of speed;
    candidates only ever shrink here, so unchanged sizes mean unchanged sets)."""
    seen: list[tuple[int, ...] | None] = [None] * len(tables)
    changed = True
    while changed:
        changed = False
        for t, table in enumerate(tables):
            people = table.people
            doms = [domains[p] for p in people]
            now = tuple(len(d) for d in doms)
            if seen[t] == now:
                continue
            if len(people) == 1:
                live = [r for r in table.rows if r[0] in doms[0]]
            elif len(people) == 2:
                d0, d1 = doms
                live = [r for r in table.rows if r[0] in d0 and r[1] in d1]
            else:
                live = [r for r in table.rows if all(v in d for v, d in zip(r, doms))]
            if not live:
                raise _Contradiction
            crossed = False
            for k, p in enumerate(people):
                keep = {r[k] for r in live}
                if keep != domains[p]:
                    domains[p] = keep
                    crossed = True
            seen[t] = tuple(len(domains[p]) for p in people)
            if crossed:
                count.steps += 1
                changed = True
        if groups:
            changed |= _all_different(domains, groups, count)


def _holders(domains: list[set[int]], group: Sequence[int]) -> dict[int, list[int]]:
    """For each value, the variables of ``group`` that can still take it."""
    where: dict[int, list[int]] = {}
    for var in group:
        for v in domains[var]:
            where.setdefault(v, []).append(var)
    return where


def _all_different(domains: list[set[int]], groups: Sequence[Sequence[int]],
                   count: Count) -> bool:
    changed = False
    for group in groups:
        fixed_more = True
        while fixed_more:  # bookkeeping: a value held by one variable leaves the others
            fixed_more = False
            for var in group:
                if len(domains[var]) == 1:
                    (v,) = domains[var]
                    for other in group:
                        rest = domains[other]
                        if other != var and v in rest:
                            rest.discard(v)
                            if not rest:
                                raise _Contradiction
                            changed = fixed_more = True
        holders = _holders(domains, group)
        for v in sorted(holders):
            held = holders.get(v, [])
            if len(held) == 1 and len(domains[held[0]]) > 1:
                domains[held[0]] = {v}
                count.steps += 1
                changed = True
                holders = _holders(domains, group)
    return changed


def _solve(domains: list[set[int]], clues: Sequence[_Table], n: int,
           groups: Sequence[Sequence[int]], count: Count, depth: int) -> bool:
    """Propagate, then trial or split; True when a solution was reached."""
    count.depth = max(count.depth, depth)
    _propagate(domains, clues, n, groups, count)
    while True:
        open_vars = sorted((len(d), var) for var, d in enumerate(domains) if len(d) > 1)
        if not open_vars:
            return True
        var = open_vars[0][1]
        progress = False
        for v in sorted(domains[var]):
            count.trials += 1
            trial = [set(d) for d in domains]
            trial[var] = {v}
            inside = Count()
            try:
                _propagate(trial, clues, n, groups, inside)
            except _Contradiction:
                count.steps += inside.steps  # the line of reasoning that paid off
                domains[var].discard(v)
                progress = True
        if progress:
            if not domains[var]:
                raise _Contradiction
            _propagate(domains, clues, n, groups, count)
            continue
        # no trial on the most constrained variable settles it: split and work each branch
        count.splits += 1
        for v in sorted(domains[var]):
            branch = [set(d) for d in domains]
            branch[var] = {v}
            try:
                if _solve(branch, clues, n, groups, count, depth + 1):
                    domains[:] = branch
                    return True
            except _Contradiction:
                continue
        raise _Contradiction


def measure(n: int, domains: Iterable[Iterable[int]], clues: Sequence[Clue], *,
            distinct: bool | Sequence[Sequence[int]]) -> Count:
    """The steps, trials and splits that solving needs (see the module docstring).

    Args:
        n: the number of variables.
        domains: each variable's starting candidates.
        clues: (variables mentioned, test on a list of all values).
        distinct: whether all variables take different values (places, seats),
            or the groups of variables whose values differ within each group
            (the values of one category in a logic grid).
    """
    count = Count()
    start = [set(d) for d in domains]
    if distinct is True:
        groups: Sequence[Sequence[int]] = [range(n)]
    elif distinct is False:
        groups = []
    else:
        groups = [list(g) for g in distinct]
    together = [set(g) for g in groups]
    tables = [_Table(clue, start, n, together) for clue in clues]
    try:
        _solve(start, tables, n, groups, count, 0)
    except _Contradiction:
        pass  # no solution: the verifier rejects such an item anyway
    return count
