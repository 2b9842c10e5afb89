"""Independent solver for number series (``sequence.number``).

The solver knows nothing about how an item was made. It reads the shown terms
from ``data`` and searches its own bounded library of rules:

========================  =====  ===================================================
rule                      k      what it says
========================  =====  ===================================================
``poly1``                 2      arithmetic: first differences constant
``poly2``                 3      second differences constant (covers squares and
                                 triangular numbers with any offset or scale)
``poly3``                 4      third differences constant
``geometric``             2      t(i+1) = r·t(i), r any non-zero rational
``affine``                3      t(i+1) = a·t(i) + b, a rational (the same as
                                 "the differences form a geometric series")
``fibonacci``             2      t(i) = t(i-1) + t(i-2)
``fibonacci+c``           3      t(i) = t(i-1) + t(i-2) + c
``tribonacci``            3      t(i) = t(i-1) + t(i-2) + t(i-3)
``recurrence2``           4      t(i) = p·t(i-1) + q·t(i-2), integers |p|, |q| <= 5
``recurrence2+c``         5      the same plus a constant c
``interleave2/3``         sum    every 2nd (3rd) term forms its own series, each
                                 constant (k=1), arithmetic (2), geometric (2) or
                                 quadratic (3)
``cycle2/3``              1+P    the steps cycle through P operations, each "+c" or
                                 "×r" (r rational)
``digit_sum``             1      t(i+1) = t(i) + (sum of the digits of t(i))
``digit_product``         1      t(i+1) = t(i) + (product of the digits of t(i))
``cubes``                 3      t(i) = s·(i+o)³ + c
``primes``                3      t(i) = s·p(i+o) + c, p(j) the j-th prime, starting
                                 at one of the first 16 primes
========================  =====  ===================================================

A rule with ``k`` free parameters is only tried when at least ``k + 2`` terms are
shown, so every fit is over-determined (checked on at least two more terms
than it needs). Sub-series of an interleave and phases of a cycle must each be
checked at least once on their own as well.

The question is reduced to one blank: for "next term" items a blank is appended
after the shown terms; for "missing term" items the blank is the ``None``
among the terms. Each rule returns *every* integer that makes the completed
series fit it (its fill), which is the same as trying each option in the gap
and asking whether the completed series fits. The solver answers:

* free response: every distinct value any fitting rule or counted rival
  reading (below) gives;
* with options: the options whose value some fitting rule or counted rival
  reading gives, followed by any value a fitting rule gives that is not
  offered. So an item passes only when every fitting rule agrees on one value
  and that value is offered: a series that two library rules continue
  differently is rejected even when the rival value is not among the options.

Rival readings
--------------

A person does not check a rule against every shown term: "3, -3, -6, -12, -24"
(-6 and ×2 in turn, next -30) doubles from its second term on (-48), and
"594, 612, 621, 630, 639" (add the digit sum, next 657) ends in three steps of
+9 (648). Such *rival readings* leave shown terms unexplained, so they are not
library fits, but they are as easy to see. The solver tries

* every library rule that does not fit all shown terms, on the shown terms
  without the first (a warm-up term), and for interleaves also without the last;
* a constant difference or ratio over the last four or more shown terms
  (three equal steps), the blank among them;
* a difference table over the last four (five) or more shown terms with
  constant second (third) differences, e.g. "2, 4, 7, 12, 20" (the sum of the
  two before plus 1, next 33) whose differences 2, 3, 5, 8 have differences 1,
  2, 3 (next 32).

Complexity measures how simple a reading looks: the number of separate ideas a
candidate holds to see it (``COMPLEXITY``): a constant difference or ratio is 1;
constant second differences and Fibonacci 2; constant third differences, ``× a
+ b``, Fibonacci plus a constant, the sum of three, a two-step cycle, two
alternating series, the digit sum, cubes and primes 3; general recurrences,
three-step cycles, three alternating series and the digit product 4; a general
recurrence with a constant 5. A rival reading costs its rule's complexity plus
``PARTIAL`` (1) for each shown term it leaves out, and at least ``PARTIAL``
when it leaves none out (it is then checked on fewer terms than a library fit
needs). It counts when its cost is at most the complexity of the simplest
library rule that fits the whole series plus ``MARGIN`` (1), and it gives one
value for the blank (a reading that leaves the blank open leads to no answer).
A counted rival's value makes a free-response item ambiguous whatever it is,
and a choice item ambiguous when it is offered. So a Fibonacci series (2) is
ambiguous when its last four terms have constant second differences (2 + 1),
but "1, 1, 2, 3, 5, 8" is not: 2, 3, 5, 8 leave out two terms (2 + 2 > 3).

Degenerate linear systems in ``recurrence2`` (data that is itself geometric or
affine) are skipped: every (p, q) fitting such data continues it the way the
geometric or affine rule does, so no rival value is missed.

>>> solve({"terms": [2, 3, 5, 8, 12], "question": "next", "position": 6}, [])
['17']
>>> solve({"terms": [5, 10, None, 26, 29, 58], "question": "missing", "position": 3},
...       ["12", "13", "15", "16", "18"])
['13']
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from math import comb, gcd, log10
from typing import Any

__all__ = ["COMPLEXITY", "MARGIN", "PARTIAL", "RULE_NAMES", "candidates", "fills", "rivals",
           "simplest", "solve"]

#: A series with at most one unknown term (``None``).
Series = list[int | None]
#: A rule: (series, blank index) -> every value for the blank that makes it fit.
Rule = Callable[[Series, int], Iterable[int]]

MAX_COEF = 5  # bound on |p|, |q| in the general recurrences
_SLACK = 2  # terms beyond the parameter count that every fit must explain

# Signed binomial rows: sum_j row[j] * t(i+j) is the m-th finite difference.
_DIFF_ROW = {m: [(-1) ** (m - j) * comb(m, j) for j in range(m + 1)] for m in range(1, 5)}


def _primes(count: int) -> list[int]:
    found: list[int] = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


_PRIMES = _primes(90)
_PRIME_OFFSETS = 16  # a prime series starts at one of the first 16 primes (2 to 53)
# (gap ratio reduced) -> offsets j where (p(j+2)-p(j+1)) / (p(j+1)-p(j)) has that ratio
_PRIME_GAP_RATIO: dict[tuple[int, int], list[int]] = {}


def _reduced(num: int, den: int) -> tuple[int, int]:
    g = gcd(num, den) or 1
    if den < 0:
        g = -g
    return num // g, den // g


for _j in range(len(_PRIMES) - 2):
    _key = _reduced(_PRIMES[_j + 2] - _PRIMES[_j + 1], _PRIMES[_j + 1] - _PRIMES[_j])
    _PRIME_GAP_RATIO.setdefault(_key, []).append(_j)


# -- helpers -----------------------------------------------------------------------


def _known(seq: Series) -> int:
    return len(seq) - 1  # exactly one blank


def _filled(seq: Series, b: int, v: int) -> list[int]:
    full = seq.copy()
    full[b] = v
    return full  # type: ignore[return-value]


# -- polynomials -------------------------------------------------------------------


def _poly_value(seq: Series, b: int, degree: int) -> int | None:
    """The blank's value if the completed series has vanishing (degree+1)-th differences."""
    m = degree + 1
    n = len(seq)
    if n < m + 2:
        return None
    if b == n - 1:  # the next term: the last entries of the difference rows add up to it
        row: list[int] = seq[:-1]  # type: ignore[assignment]
        total = row[-1]
        for _ in range(degree):
            row = [y - x for x, y in itertools.pairwise(row)]
            total += row[-1]
        return None if row.count(row[0]) != len(row) else total  # the row is constant
    start = min(b, n - m - 1)  # a window of m+1 terms that holds the blank
    row = _DIFF_ROW[m]
    s = 0
    for j in range(m + 1):
        if start + j != b:
            s += row[j] * seq[start + j]
    c = row[b - start]
    if s % c:
        return None
    v = -s // c
    diffs = _filled(seq, b, v)
    for _ in range(m):
        diffs = [y - x for x, y in itertools.pairwise(diffs)]
    return None if any(diffs) else v


def _poly(degree: int, slack: int = _SLACK) -> Rule:
    def rule(seq: Series, b: int) -> tuple[int, ...]:
        if _known(seq) < degree + 1 + slack:
            return ()
        v = _poly_value(seq, b, degree)
        return () if v is None else (v,)

    return rule


# -- geometric and affine ----------------------------------------------------------


def _geometric(slack: int = _SLACK) -> Rule:
    def rule(seq: Series, b: int) -> tuple[int, ...]:
        n = len(seq)
        if n - 1 < 2 + slack:
            return ()
        for j in range(n - 1):
            x, y = seq[j], seq[j + 1]
            if x is not None and y is not None and x != 0:
                break
        else:
            return ()
        if y == 0:
            return ()
        # ratio y/x: t(i+1)·x == t(i)·y for every i
        if b > 0:
            num = seq[b - 1] * y  # type: ignore[operator]
            if num % x:
                return ()
            v = num // x
        else:
            num = seq[1] * x  # type: ignore[operator]
            if num % y:
                return ()
            v = num // y
        full = _filled(seq, b, v)
        for i in range(n - 1):
            if full[i + 1] * x != full[i] * y:
                return ()
        return (v,)

    return rule


def _first_rising_window(seq: Series) -> tuple[int, int, int, int] | None:
    """``(j, x, y, z)``: the first three shown terms in a row whose first two
    differ, starting at place ``j``; None when there are none. Rules that are
    fixed by two consecutive differences (affine, primes) start from it."""
    for j in range(len(seq) - 2):
        x, y, z = seq[j], seq[j + 1], seq[j + 2]
        if x is not None and y is not None and z is not None and y != x:
            return j, x, y, z
    return None


def _affine(seq: Series, b: int) -> tuple[int, ...]:
    n = len(seq)
    if n - 1 < 3 + _SLACK:
        return ()
    window = _first_rising_window(seq)
    if window is None:
        return ()
    _, x, y, z = window
    q = y - x
    p = z - y  # a = p/q, the ratio of consecutive differences
    if p == 0:
        return ()
    c = q * y - p * x  # q·t(i+1) = p·t(i) + c for every i
    if b > 0:
        num = p * seq[b - 1] + c  # type: ignore[operator]
        if num % q:
            return ()
        v = num // q
    else:
        num = q * seq[1] - c  # type: ignore[operator]
        if num % p:
            return ()
        v = num // p
    full = _filled(seq, b, v)
    for i in range(n - 1):
        if q * full[i + 1] != p * full[i] + c:
            return ()
    return (v,)


# -- linear recurrences ------------------------------------------------------------


def _linear_fill(seq: Series, b: int, coefs: tuple[int, ...], c: int) -> tuple[int, ...]:
    """Fill for t(i) = c + sum_j coefs[j]·t(i-1-j), checked on every window."""
    r = len(coefs)
    n = len(seq)
    if b >= r:
        v = c
        for j in range(r):
            v += coefs[j] * seq[b - 1 - j]  # type: ignore[operator]
    else:
        jb = r - 1 - b  # the blank's place in the first window (ending at t(r))
        co = coefs[jb]
        if co == 0 or n <= r:
            return ()
        s = seq[r] - c  # type: ignore[operator]
        for j in range(r):
            if j != jb:
                s -= coefs[j] * seq[r - 1 - j]  # type: ignore[operator]
        if s % co:
            return ()
        v = s // co
    full = _filled(seq, b, v)
    for i in range(r, n):
        w = c
        for j in range(r):
            w += coefs[j] * full[i - 1 - j]
        if w != full[i]:
            return ()
    return (v,)


def _fixed_recurrence(coefs: tuple[int, ...], with_constant: bool) -> Rule:
    r = len(coefs)
    k = r + int(with_constant)

    def rule(seq: Series, b: int) -> tuple[int, ...]:
        n = len(seq)
        if n - 1 < k + _SLACK:
            return ()
        c = 0
        if with_constant:
            for i in range(r, n):
                if not i - r <= b <= i:
                    c = seq[i]  # type: ignore[assignment]
                    for j in range(r):
                        c -= coefs[j] * seq[i - 1 - j]  # type: ignore[operator]
                    break
            else:
                return ()
        return _linear_fill(seq, b, coefs, c)

    return rule


def _det3(m: list[tuple[int, int, int]]) -> int:
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


def _general_recurrence(with_constant: bool) -> Rule:
    k = 4 + int(with_constant)

    def rule(seq: Series, b: int) -> tuple[int, ...]:
        n = len(seq)
        if n - 1 < k + _SLACK:
            return ()
        # equations t(i) = p·t(i-1) + q·t(i-2) (+ c) from windows without the blank
        eqs = [(seq[i - 1], seq[i - 2], seq[i]) for i in range(2, n) if not i - 2 <= b <= i]
        solution: tuple[int, int, int] | None = None
        if not with_constant:
            for e1 in range(len(eqs)):
                a1, b1, r1 = eqs[e1]
                for e2 in range(e1 + 1, len(eqs)):
                    a2, b2, r2 = eqs[e2]
                    det = a1 * b2 - a2 * b1  # type: ignore[operator]
                    if det:
                        pn = r1 * b2 - r2 * b1  # type: ignore[operator]
                        qn = a1 * r2 - a2 * r1  # type: ignore[operator]
                        if pn % det or qn % det:
                            return ()
                        solution = (pn // det, qn // det, 0)
                        break
                if solution:
                    break
        else:
            for e1 in range(len(eqs)):
                for e2 in range(e1 + 1, len(eqs)):
                    for e3 in range(e2 + 1, len(eqs)):
                        rows = [eqs[e1], eqs[e2], eqs[e3]]
                        mat = [(x, y, 1) for x, y, _ in rows]
                        det = _det3(mat)  # type: ignore[arg-type]
                        if not det:
                            continue
                        rhs = [r for _, _, r in rows]
                        nums = []
                        for col in range(3):
                            m = [
                                tuple(rhs[row] if cc == col else mat[row][cc] for cc in range(3))
                                for row in range(3)
                            ]
                            nums.append(_det3(m))  # type: ignore[arg-type]
                        if any(x % det for x in nums):
                            return ()
                        p, q, c = (x // det for x in nums)
                        solution = (p, q, c)
                        break
                    if solution:
                        break
                if solution:
                    break
        if solution is None:
            return ()  # degenerate: geometric or affine data (see the module notes)
        p, q, c = solution
        if q == 0 or abs(p) > MAX_COEF or abs(q) > MAX_COEF:
            return ()
        return _linear_fill(seq, b, (p, q), c)

    return rule


# -- interleaved series ------------------------------------------------------------


def _constant(seq: Series, b: int) -> tuple[int, ...]:
    values = [t for t in seq if t is not None]
    if len(values) < 2:
        return ()
    v = values[0]
    return (v,) if all(t == v for t in values) else ()


# Sub-rules of an interleave, by parameter count; each needs one check of its own.
_SUB_RULES: tuple[tuple[int, Rule], ...] = (
    (1, _constant),
    (2, _poly(1, slack=1)),
    (2, _geometric(slack=1)),
    (3, _poly(2, slack=1)),
)


def _interleave(period: int, cut_last: bool = False) -> Rule:
    """Every ``period``-th term forms its own series. With ``cut_last`` the last
    shown term is left out of its own sub-series (a rival reading, see below); it
    must not belong to the blank's sub-series."""

    def rule(seq: Series, b: int) -> set[int]:
        n = len(seq)
        if n < 2 * period + 1:
            return set()
        known = n - 1
        jb = b % period
        cut = -1
        if cut_last:
            cut = n - 1 if b != n - 1 else n - 2
            if cut % period == jb:
                return set()
            known -= 1
        k_others = 0
        for j in range(period):
            if j == jb:
                continue
            sub = seq[j::period] if cut < 0 else [seq[i] for i in range(j, n, period) if i != cut]
            ahead = [*sub, None]  # the sub-series with a blank after it (rules only read it)
            for k, sub_rule in _SUB_RULES:
                if sub_rule(ahead, len(sub)):
                    k_others += k
                    break
            else:
                return set()
        sub = seq[jb::period]
        out: set[int] = set()
        for k, sub_rule in _SUB_RULES:
            if known >= k_others + k + _SLACK:
                out.update(sub_rule(sub, b // period))
        return out

    return rule


# -- operation cycles --------------------------------------------------------------

Op = tuple[str, int, int]  # ("+", d, 1) or ("*", num, den)


def _apply(op: Op, x: int) -> int | None:
    if op[0] == "+":
        return x + op[1]
    t = x * op[1]
    return None if t % op[2] else t // op[2]


def _invert(op: Op, y: int) -> int | None:
    if op[0] == "+":
        return y - op[1]
    t = y * op[2]
    return None if t % op[1] else t // op[1]


def _cycle(period: int) -> Rule:
    def rule(seq: Series, b: int) -> set[int]:
        n = len(seq)
        if n - 1 < period + 1 + _SLACK or n - 1 < 2 * period:
            return set()
        phase_ops: list[list[Op]] = []
        for ph in range(period):
            add: int | None = None
            mul: tuple[int, int] | None = None
            add_ok = mul_ok = True
            seen = False
            for i in range(ph, n - 1, period):
                if i == b or i + 1 == b:
                    continue
                x, y = seq[i], seq[i + 1]
                seen = True
                d = y - x  # type: ignore[operator]
                if add_ok:
                    if add is None:
                        add = d
                    elif d != add:
                        add_ok = False
                if mul_ok:
                    if x == 0 or y == 0:
                        mul_ok = False
                    elif mul is None:
                        mul = (y, x)  # type: ignore[assignment]
                    elif y * mul[1] != x * mul[0]:  # type: ignore[operator]
                        mul_ok = False
            if not seen:
                return set()
            ops: list[Op] = []
            if add_ok and add is not None:
                ops.append(("+", add, 1))
            if mul_ok and mul is not None:
                ops.append(("*", mul[0], mul[1]))
            if not ops:
                return set()
            phase_ops.append(ops)
        out: set[int] = set()
        before = phase_ops[(b - 1) % period] if b > 0 else [None]
        after = phase_ops[b % period] if b < n - 1 else [None]
        for op_in in before:
            for op_out in after:
                if op_in is not None:
                    v = _apply(op_in, seq[b - 1])  # type: ignore[arg-type]
                    if v is None:
                        continue
                    if op_out is not None and _apply(op_out, v) != seq[b + 1]:
                        continue
                else:
                    v = _invert(op_out, seq[b + 1])  # type: ignore[arg-type]
                    if v is None:
                        continue
                out.add(v)
        return out

    return rule


# -- digits ------------------------------------------------------------------------


def _digit_sum(x: int) -> int:
    return sum(map(int, str(x)))


def _digit_product(x: int) -> int:
    p = 1
    for ch in str(x):
        p *= int(ch)
    return p


def _digit_rule(f: Callable[[int], int]) -> Rule:
    def rule(seq: Series, b: int) -> tuple[int, ...]:
        n = len(seq)
        if n - 1 < 1 + _SLACK:
            return ()
        for t in seq:
            if t is not None and t < 0:
                return ()
        if b > 0:
            x: int = seq[b - 1]  # type: ignore[assignment]
            options = [x + f(x)]
        else:
            y: int = seq[1]  # type: ignore[assignment]
            options = [v for v in range(max(0, y - 200), y) if v + f(v) == y]
        out = []
        for v in options:
            full = _filled(seq, b, v)
            if all(full[i + 1] == full[i] + f(full[i]) for i in range(n - 1)):
                out.append(v)
        return tuple(out)

    return rule


# -- tables: cubes and primes --------------------------------------------------------


def _cubes(seq: Series, b: int) -> tuple[int, ...]:
    if _known(seq) < 3 + _SLACK:
        return ()
    v = _poly_value(seq, b, 3)  # s·(i+o)³ + c is a cubic, so this is the only candidate
    if v is None:
        return ()
    full = _filled(seq, b, v)
    d1 = [y - x for x, y in itertools.pairwise(full)]
    d2 = [y - x for x, y in itertools.pairwise(d1)]
    d3 = d2[1] - d2[0]
    if d3 == 0 or d3 % 6:
        return ()
    s = d3 // 6
    # second difference at i=0 is 6·s·(o+1)
    if d2[0] % (6 * s):
        return ()
    o = d2[0] // (6 * s) - 1
    c = full[0] - s * o**3
    if all(full[i] == s * (i + o) ** 3 + c for i in range(len(full))):
        return (v,)
    return ()


def _primes_rule(seq: Series, b: int) -> tuple[int, ...]:
    n = len(seq)
    if n - 1 < 3 + _SLACK:
        return ()
    window = _first_rising_window(seq)
    if window is None:
        return ()
    j, x, y, z = window
    out = []
    for start in _PRIME_GAP_RATIO.get(_reduced(z - y, y - x), ()):
        o = start - j  # the series starts at the o-th prime
        if o < 0 or o >= _PRIME_OFFSETS or o + n > len(_PRIMES):
            continue
        gap = _PRIMES[start + 1] - _PRIMES[start]
        if (y - x) % gap:
            continue
        s = (y - x) // gap
        c = x - s * _PRIMES[start]
        v = s * _PRIMES[b + o] + c
        if all(t is None or t == s * _PRIMES[i + o] + c for i, t in enumerate(seq)):
            out.append(v)
    return tuple(out)


# -- the library -------------------------------------------------------------------

_RULES: tuple[tuple[str, Rule], ...] = (
    ("poly1", _poly(1)),
    ("poly2", _poly(2)),
    ("poly3", _poly(3)),
    ("geometric", _geometric()),
    ("affine", _affine),
    ("fibonacci", _fixed_recurrence((1, 1), False)),
    ("fibonacci+c", _fixed_recurrence((1, 1), True)),
    ("tribonacci", _fixed_recurrence((1, 1, 1), False)),
    ("recurrence2", _general_recurrence(False)),
    ("recurrence2+c", _general_recurrence(True)),
    ("interleave2", _interleave(2)),
    ("interleave3", _interleave(3)),
    ("cycle2", _cycle(2)),
    ("cycle3", _cycle(3)),
    ("digit_sum", _digit_rule(_digit_sum)),
    ("digit_product", _digit_rule(_digit_product)),
    ("cubes", _cubes),
    ("primes", _primes_rule),
)

RULE_NAMES: tuple[str, ...] = tuple(name for name, _ in _RULES)
_RULE_INDEX = {name: i for i, name in enumerate(RULE_NAMES)}

#: How simple each library rule looks to a person: the number of separate ideas a
#: candidate must hold to see it (documented in the module notes).
COMPLEXITY: dict[str, int] = {
    "poly1": 1, "geometric": 1,
    "poly2": 2, "fibonacci": 2,
    "poly3": 3, "affine": 3, "fibonacci+c": 3, "tribonacci": 3, "interleave2": 3,
    "cycle2": 3, "digit_sum": 3, "cubes": 3, "primes": 3,
    "recurrence2": 4, "interleave3": 4, "cycle3": 4, "digit_product": 4,
    "recurrence2+c": 5,
}
PARTIAL = 1  # added to a rival reading that leaves shown terms unexplained
MARGIN = 1  # a rival at most this much more complex than the simplest full fit counts
_RUN = 4  # the least number of shown terms a last-steps or difference-table rival covers

_STEP_RIVALS: tuple[tuple[str, int, int, Rule], ...] = (
    # (name, complexity before PARTIAL, shown terms it covers at least, rule)
    ("last steps: constant difference", 1, _RUN, _poly(1)),
    ("last steps: constant ratio", 1, _RUN, _geometric()),
    ("difference table: constant second differences", 2, _RUN, _poly(2, slack=1)),
    ("difference table: constant third differences", 3, _RUN + 1, _poly(3, slack=1)),
)
_CUT_INTERLEAVES: tuple[tuple[int, str, Rule, Rule], ...] = (
    # (cost, name, the rule without the last shown term of a next-term question, the rule)
    (COMPLEXITY["interleave2"] + PARTIAL, "interleave2", _interleave(2, cut_last=True),
     _interleave(2)),
    (COMPLEXITY["interleave3"] + PARTIAL, "interleave3", _interleave(3, cut_last=True),
     _interleave(3)),
)
# Library rules tried without the first shown term, cheapest first. Polynomials and
# the geometric rule are left to the last-steps and difference-table readings, which
# try the same terms at the same cost (and fewer terms too).
_WARM_UP_RULES: tuple[tuple[int, str, Rule], ...] = tuple(sorted(
    ((COMPLEXITY[name] + PARTIAL, name, rule) for name, rule in _RULES
     if name not in ("poly1", "poly2", "poly3", "geometric")),
    key=lambda entry: entry[0],
))
_WARM_UP = {name: f"first term left out: {name}" for name in RULE_NAMES}
_LAST_OUT = {name: f"last term left out: {name}" for name in RULE_NAMES}


@lru_cache(maxsize=256)
def _library_fits(key: tuple[int | None, ...], b: int) -> tuple[tuple[str, frozenset[int]], ...]:
    """Each fitting library rule (in library order) with its values for the blank.

    A pure function of the (immutable) series, so :func:`solve` and :func:`effort`
    of one item share one pass over the library (bounded cache: the last few series).
    """
    s: Series = list(key)
    out = []
    for name, rule in _RULES:
        values = rule(s, b)
        if values:
            out.append((name, frozenset(values)))
    return tuple(out)


def _full_fits(s: Series, b: int) -> dict[str, frozenset[int]]:
    return dict(_library_fits(tuple(s), b))


def fills(seq: Sequence[int | None]) -> dict[str, list[int]]:
    """For a series with exactly one ``None``: each fitting rule's values for the blank.

    >>> fills([3, 6, 12, 24, None])["geometric"]
    [48]
    """
    s: Series = list(seq)
    blanks = [i for i, t in enumerate(s) if t is None]
    if len(blanks) != 1:
        raise ValueError(f"a series needs exactly one blank (got {len(blanks)})")
    return {name: sorted(values) for name, values in _full_fits(s, blanks[0]).items()}


def candidates(seq: Sequence[int | None]) -> list[int]:
    """Every value for the single blank that makes the series fit some library rule."""
    s: Series = list(seq)
    return sorted(set().union(*_full_fits(s, s.index(None)).values()))


def simplest(seq: Sequence[int | None]) -> int | None:
    """The complexity of the simplest library rule that fits the whole series.

    >>> simplest([3, -3, -6, -12, -24, None])  # -6 and x2 in turn: a two-step cycle
    3
    """
    s: Series = list(seq)
    fits = _full_fits(s, s.index(None))
    return min((COMPLEXITY[name] for name in fits), default=None)


def _single(values: Iterable[int]) -> int | None:
    """The one value in ``values`` (which may repeat it), or None if none or several."""
    it = iter(values)
    first = next(it, None)
    if first is None or any(v != first for v in it):
        return None
    return first


def _rivals(
    s: Series, b: int, limit: int, skip: Iterable[str] = ()
) -> Iterator[tuple[str, int]]:
    """(name, value) of each rival reading of cost at most ``limit`` that gives
    one value for the blank (a reading that leaves the blank open leads nowhere).
    Rules named in ``skip`` fit the whole series, so they are no rivals of their
    own: they are not tried again without the first term."""
    n = len(s)
    if b > 0:
        rest = s[1:]
        for cost, name, rule in _WARM_UP_RULES:
            if cost > limit:
                break
            if name not in skip:
                one = _single(rule(rest, b - 1))
                if one is not None:
                    yield _WARM_UP[name], one
    for cost, name, cut_rule, rule in _CUT_INTERLEAVES:
        if cost <= limit:
            # for a next term the last shown term is off its own sub-series
            one = _single(cut_rule(s, b) if b == n - 1 else rule(s[:-1], b))
            if one is not None:
                yield _LAST_OUT[name], one
    if b == n - 1:
        yield from _next_step_rivals(s[:-1], limit)
        return
    for name, base, run, rule in _STEP_RIVALS:
        # The run s[i:] leaves i shown terms out and costs base + PARTIAL x max(1, i).
        # A polynomial that fits a run fits every shorter run with the same value, so
        # the shortest run is tried first, and only if it fits the longer ones, to
        # find the cheapest.
        last = min(b, n - 1 - run)
        if last < 0 or base + PARTIAL > limit:
            continue
        value = _single(rule(s[last:], b - last))
        if value is None:
            continue
        for i in range(last):
            if _single(rule(s[i:], b - i)) is not None:
                break
        else:
            i = last
        if base + PARTIAL * max(1, i) <= limit:
            yield name, value


def _constant_tail(row: list[int]) -> int:
    """How many entries at the end of ``row`` equal its last one."""
    k = 1
    while k < len(row) and row[-1 - k] == row[-1]:
        k += 1
    return k


def _next_step_rivals(t: list[int], limit: int) -> Iterator[tuple[str, int]]:
    """The last-steps and difference-table readings of a next-term question over the
    shown terms ``t``, straight from the difference rows (the same readings as
    ``_STEP_RIVALS``, whose rules handle a blank inside the run)."""
    n = len(t)
    rows = [t]
    for name, base, run, _ in _STEP_RIVALS:
        if name == "last steps: constant ratio":
            if base + PARTIAL > limit or n < run or t[-2] == 0 or t[-1] == 0:
                continue
            p, q = t[-1], t[-2]  # ratio p/q over the longest run of terms
            k = 2
            while k < n and t[-k - 1] != 0 and t[-k] * q == t[-k - 1] * p:
                k += 1
            if k >= run and base + PARTIAL * max(1, n - k) <= limit and (t[-1] * p) % q == 0:
                yield name, t[-1] * p // q
            continue
        m = base  # a polynomial reading's complexity is its degree: the row held constant
        if base + PARTIAL > limit or n < run:
            continue
        while len(rows) <= m:
            rows.append([y - x for x, y in itertools.pairwise(rows[-1])])
        covered = _constant_tail(rows[m]) + m  # terms the constant row spans
        if covered >= run and base + PARTIAL * max(1, n - covered) <= limit:
            yield name, sum(row[-1] for row in rows[: m + 1])


def rivals(seq: Sequence[int | None], limit: int) -> dict[str, list[int]]:
    """Rival readings of complexity at most ``limit``: each one's values for the blank.

    A rival reading leaves some shown terms unexplained (see the module notes):
    a library rule that does not fit the whole series, tried without the first
    shown term; an interleave without the last shown term; and a constant step or
    a difference table over the last four or more shown terms, the blank among them.

    >>> rivals([3, -3, -6, -12, -24, None], 4)["last steps: constant ratio"]
    [-48]
    >>> rivals([2, 6, -6, -18, -30, None], 4)["last steps: constant difference"]
    [-42]
    >>> rivals([594, 612, 621, 630, 639, None], 4)["last steps: constant difference"]
    [648]
    """
    s: Series = list(seq)
    b = s.index(None)
    found: dict[str, set[int]] = {}
    for name, value in _rivals(s, b, limit, _full_fits(s, b)):
        found.setdefault(name, set()).add(value)
    return {name: sorted(values) for name, values in found.items()}


def _as_int(text: str) -> int | None:
    try:
        return int(str(text).strip().replace("\u2212", "-"))
    except ValueError:
        return None


def _series(data: Mapping[str, Any]) -> Series | None:
    terms = data.get("terms")
    question = data.get("question")
    position = data.get("position")
    if not isinstance(terms, list) or isinstance(position, bool) or not isinstance(position, int):
        return None
    seq: Series = []
    for t in terms:
        if t is None:
            seq.append(None)
        elif isinstance(t, int) and not isinstance(t, bool):
            seq.append(t)
        else:
            return None
    blanks = [i for i, t in enumerate(seq) if t is None]
    if question == "next":
        if blanks or position != len(seq) + 1:
            return None
        seq.append(None)
    elif question == "missing":
        if blanks != [position - 1]:
            return None
    else:
        return None
    return seq


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Re-derive the answer of a number-series item from ``data`` alone.

    Args:
        data: ``terms`` (shown terms, ``None`` for a missing one), ``question``
            (``"next"`` or ``"missing"``) and ``position`` (1-based place asked).
        choices: the option texts, or nothing for a free-response item.

    Returns:
        Option texts whose value a fitting library rule or an offered rival
        reading gives, then any value of a fitting rule not among the options
        (see the module notes); for free response, every value a fitting rule or
        a rival reading gives. Malformed data gives ``[]``.
    """
    seq = _series(data)
    if seq is None:
        return []
    b = seq.index(None)
    fits = _full_fits(seq, b)
    if not fits:
        return []
    values: set[int] = set().union(*fits.values())
    limit = min(COMPLEXITY[name] for name in fits) + MARGIN
    rival = {value for _, value in _rivals(seq, b, limit, fits)}
    if not choices:
        return [str(v) for v in sorted(values | rival)]
    wanted = values | rival
    out: list[str] = []
    offered: set[int] = set()
    for choice in choices:
        v = _as_int(choice)
        if v is not None and v in wanted and v not in offered:
            out.append(choice)
            offered.add(v)
    out.extend(str(v) for v in sorted(values) if v not in offered)
    return out


# -- effort ------------------------------------------------------------------------

#: the cost of finding each library rule once it is the one that fits
RULE_COST: dict[str, float] = {
    "poly1": 1.0, "geometric": 1.5, "poly2": 2.0, "interleave2": 2.0, "fibonacci": 2.0,
    "affine": 2.5, "fibonacci+c": 2.5, "tribonacci": 2.5, "cycle2": 2.5, "cubes": 2.5,
    "primes": 2.5, "poly3": 3.0, "interleave3": 3.0, "recurrence2": 3.0, "digit_sum": 3.0,
    "recurrence2+c": 3.5, "cycle3": 3.5, "digit_product": 4.0,
}


def effort(data: Mapping[str, Any]) -> float:
    """What the solver needs to fill the gap of a number series.

    The solver tries its library in order (:data:`RULE_NAMES`); the effort is
    the cost of the first rule that fits (:data:`RULE_COST`: a constant
    difference 1, a ratio 1.5, second differences, two interleaved series or
    Fibonacci sums 2, up to 4 for digit products), plus 0.1 for every library
    rule tried and rejected before it, plus the size of the arithmetic,
    ``max(0, 0.5 × log10(largest |term|) − 0.5)`` (no cost up to 10, 0.5 at
    100, 1 at 1,000), plus 0.3 if a negative number appears and 0.3 for a
    missing term inside the series. Malformed data scores 0.

    >>> effort({"terms": [1, 3, 5, 7], "question": "next", "position": 5})
    1.0
    >>> effort({"terms": [1, 2, 4, 8], "question": "next", "position": 5})  # 1.5 + 3 × 0.1
    1.8
    """
    seq = _series(data)
    if seq is None:
        return 0.0
    b = seq.index(None)
    fits = _library_fits(tuple(seq), b)
    if not fits:
        return 0.0
    name = fits[0][0]  # the first library rule that fits
    cost = RULE_COST.get(name, 3.0) + 0.1 * _RULE_INDEX[name]
    shown = [abs(t) for t in seq if t is not None]
    biggest = max(shown, default=0)
    if biggest > 0:
        cost += max(0.0, 0.5 * log10(biggest) - 0.5)
    if any(t is not None and t < 0 for t in seq):
        cost += 0.3
    if b != len(seq) - 1:
        cost += 0.3
    return round(cost, 3)
