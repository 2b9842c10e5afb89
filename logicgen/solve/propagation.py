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

#: Candidates are kept as bit sets (bit v set: value v still possible), so that
#: crossing out, copying a state for a trial and comparing are int operations.
Domain = int

#: a clue's allowed value rows in the shape :func:`_propagate` reads: for one
#: variable the bit set of allowed values; for two, per value of the first the
#: bit set of values of the second it goes with; for three, per value of the
#: first and then of the second, the bit set of the third's; for more, each row
#: as a tuple of single bits
Rows = int | dict[int, int] | dict[int, dict[int, int]] | list[tuple[int, ...]]

_ROWS: dict[Hashable, Rows] = {}


@dataclass
class Count:
    """What a solve needed: clue steps, trials and splits, and the deepest nesting."""

    steps: int = 0
    trials: int = 0
    splits: int = 0
    depth: int = 0


class _Contradiction(Exception):
    pass


def _bits(mask: int) -> list[int]:
    """The values in a bit set, smallest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


class _Table:
    """A clue as the value tuples (over the variables it mentions) it allows."""

    __slots__ = ("people", "rows")

    def __init__(self, clue: Clue, domains: list[Domain], n: int,
                 member: Sequence[int]) -> None:
        people, test = clue[0], clue[1]
        self.people = tuple(dict.fromkeys(people))
        key = None
        if len(clue) == 3:
            linked = tuple((i, j) for i, p in enumerate(self.people)
                           for j, q in enumerate(self.people)
                           if i < j and member[p] & member[q])
            key = (clue[2], tuple(domains[p] for p in self.people), linked)
            got = _ROWS.get(key)
            if got is not None:
                self.rows = got
                return
        pairs = [(i, j) for i, p in enumerate(self.people) for j, q in enumerate(self.people)
                 if i < j and member[p] & member[q]]
        values = [0] * n
        rows = []
        for combo in itertools.product(*(_bits(domains[p]) for p in self.people)):
            if any(combo[i] == combo[j] for i, j in pairs):
                continue
            for p, w in zip(self.people, combo):
                values[p] = w
            if test(values):
                rows.append(combo)
        shaped: Rows
        if len(self.people) == 1:
            shaped = 0
            for (x,) in rows:
                shaped |= 1 << x
        elif len(self.people) == 2:
            shaped = {}
            for x, y in rows:
                shaped[x] = shaped.get(x, 0) | 1 << y
        elif len(self.people) == 3:
            shaped = {}
            for x, y, z in rows:
                inner = shaped.setdefault(x, {})
                inner[y] = inner.get(y, 0) | 1 << z
        else:
            shaped = [tuple(1 << v for v in row) for row in rows]
        self.rows = shaped
        if key is not None and len(_ROWS) < 4096:
            _ROWS[key] = shaped


def _propagate(domains: list[Domain], tables: Sequence[_Table], n: int,
               groups: Sequence[Sequence[int]], count: Count) -> None:
    """Apply clues (and all-different) until nothing changes; raise on a contradiction.

    A clue whose variables kept their candidates since it was last applied
    cannot cross anything out, so it is skipped (only a matter of speed;
    candidates only ever shrink here, so unchanged sets are unchanged sizes)."""
    seen: list[tuple[int, ...] | None] = [None] * len(tables)
    changed = True
    while changed:
        changed = False
        for t, table in enumerate(tables):
            people = table.people
            rows = table.rows
            if len(people) == 1:
                (p,) = people
                d = domains[p]
                if seen[t] == (d,):
                    continue
                keep = d & rows  # type: ignore[operator]
                if not keep:
                    raise _Contradiction
                seen[t] = (keep,)
                if keep != d:
                    domains[p] = keep
                    count.steps += 1
                    changed = True
            elif len(people) == 2:
                p, q = people
                d0, d1 = domains[p], domains[q]
                if seen[t] == (d0, d1):
                    continue
                k0 = k1 = 0
                for x, ys in rows.items():  # type: ignore[union-attr]
                    if d0 >> x & 1:
                        both = ys & d1
                        if both:
                            k0 |= 1 << x
                            k1 |= both
                if not k0:
                    raise _Contradiction
                seen[t] = (k0, k1)
                if k0 != d0 or k1 != d1:
                    domains[p], domains[q] = k0, k1
                    count.steps += 1
                    changed = True
            elif len(people) == 3:
                p, q, r = people
                d0, d1, d2 = domains[p], domains[q], domains[r]
                if seen[t] == (d0, d1, d2):
                    continue
                k0 = k1 = k2 = 0
                for x, inner in rows.items():  # type: ignore[union-attr]
                    if d0 >> x & 1:
                        for y, zs in inner.items():
                            if d1 >> y & 1:
                                both = zs & d2
                                if both:
                                    k0 |= 1 << x
                                    k1 |= 1 << y
                                    k2 |= both
                if not k0:
                    raise _Contradiction
                seen[t] = (k0, k1, k2)
                if k0 != d0 or k1 != d1 or k2 != d2:
                    domains[p], domains[q], domains[r] = k0, k1, k2
                    count.steps += 1
                    changed = True
            else:
                doms = [domains[p] for p in people]
                now = tuple(doms)
                if seen[t] == now:
                    continue
                keep = [0] * len(people)
                for row in rows:  # type: ignore[union-attr]
                    if all(b & d for b, d in zip(row, doms)):
                        for k, b in enumerate(row):
                            keep[k] |= b
                if not keep[0]:
                    raise _Contradiction
                crossed = False
                for k, p in enumerate(people):
                    if keep[k] != domains[p]:
                        domains[p] = keep[k]
                        crossed = True
                seen[t] = tuple(keep)
                if crossed:
                    count.steps += 1
                    changed = True
        if groups:
            changed |= _all_different(domains, groups, count)


def _all_different(domains: list[Domain], groups: Sequence[Sequence[int]],
                   count: Count) -> bool:
    changed = False
    for group in groups:
        # Bookkeeping: a value held by one variable leaves the others. The result
        # (and whether some variable is left with nothing) does not depend on the
        # order in which fixed values are struck out, so all of them go at once.
        again = True
        while again:
            again = False
            fixed = 0
            for var in group:
                d = domains[var]
                if d and not d & (d - 1):
                    if fixed & d:  # two variables fixed to one value
                        raise _Contradiction
                    fixed |= d
            if not fixed:
                break
            for var in group:
                d = domains[var]
                if d & (d - 1) and d & fixed:
                    rest = d & ~fixed
                    if not rest:
                        raise _Contradiction
                    domains[var] = rest
                    changed = True
                    if not rest & (rest - 1):
                        again = True
        union = twice = 0
        for var in group:
            d = domains[var]
            twice |= union & d
            union |= d
        if not union & ~twice:
            continue  # every value has two holders or more: nothing to give
        # a value only one variable can still take is given to it (values in
        # increasing order, holders counted afresh after each such step)
        for v in _bits(union):
            bit = 1 << v
            held = -1
            for var in group:
                if domains[var] & bit:
                    if held >= 0:
                        break
                    held = var
            else:
                if held >= 0:
                    d = domains[held]
                    if d & (d - 1):
                        domains[held] = bit
                        count.steps += 1
                        changed = True
    return changed


def _solve(domains: list[Domain], clues: Sequence[_Table], n: int,
           groups: Sequence[Sequence[int]], count: Count, depth: int) -> bool:
    """Propagate, then trial or split; True when a solution was reached."""
    count.depth = max(count.depth, depth)
    _propagate(domains, clues, n, groups, count)
    while True:
        best = None
        for var, d in enumerate(domains):
            if d & (d - 1):
                size = d.bit_count()
                if best is None or size < best[0]:
                    best = (size, var)
        if best is None:
            return True
        var = best[1]
        progress = False
        for v in _bits(domains[var]):
            count.trials += 1
            trial = list(domains)
            trial[var] = 1 << v
            inside = Count()
            try:
                _propagate(trial, clues, n, groups, inside)
            except _Contradiction:
                count.steps += inside.steps  # the line of reasoning that paid off
                domains[var] &= ~(1 << v)
                progress = True
        if progress:
            if not domains[var]:
                raise _Contradiction
            _propagate(domains, clues, n, groups, count)
            continue
        # no trial on the most constrained variable settles it: split and work each branch
        count.splits += 1
        for v in _bits(domains[var]):
            branch = list(domains)
            branch[var] = 1 << v
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
        domains: each variable's starting candidates (non-negative whole numbers).
        clues: (variables mentioned, test on a list of all values).
        distinct: whether all variables take different values (places, seats),
            or the groups of variables whose values differ within each group
            (the values of one category in a logic grid; a group names each
            of its variables once).
    """
    count = Count()
    start = []
    for d in domains:
        mask = 0
        for v in d:
            mask |= 1 << v
        start.append(mask)
    if distinct is True:
        groups: Sequence[Sequence[int]] = [range(n)]
    elif distinct is False:
        groups = []
    else:
        groups = [list(g) for g in distinct]
    member = [0] * n  # bit k set: the variable is in group k
    for k, g in enumerate(groups):
        for var in g:
            member[var] |= 1 << k
    tables = [_Table(clue, start, n, member) for clue in clues]
    try:
        _solve(start, tables, n, groups, count, 0)
    except _Contradiction:
        pass  # no solution: the verifier rejects such an item anyway
    return count
