"""Independent solver for letter series and mixed letter–number series.

The solver reads only ``data["terms"]`` (the shown terms as text, with ``"?"``
at the gap) and ``data["blank"]`` (the index of the gap). It never looks at the
rule the generator used; it searches its own bounded rule library instead.

How a series is read:

* Each term is split into *tokens*: single letters (``A`` = 1 ... ``Z`` = 26)
  and whole numbers. ``"AZ"`` is two letter tokens, ``"A12"`` a letter and a
  number.
* When every shown term has the same token shape, each token position is a
  *column* (a series of its own): ``AZ, BY, CX`` is the columns ``A, B, C`` and
  ``Z, Y, X``.
* When the shapes alternate between two kinds (``2, B, 4, D``), the series is
  read as two interleaved sub-series split by position parity; and, as a
  rival reading, as one series of values (letters by alphabet position).

The rule library, per column:

* letters, all arithmetic modulo 26 (after Z comes A again): constant step;
  steps growing by a constant; two alternating steps; a cycle of three steps;
  two interleaved constant-step series; mirror pairs (every second letter is
  the opposite letter of the one before it, A↔Z, B↔Y, ...);
* numbers, in plain integers: the same linear rules (without the modulus),
  Fibonacci-like sums ``x[n] = x[n-1] + x[n-2]``, geometric with a rational
  ratio, and affine ``x[n] = a·x[n-1] + b``;
* between letter columns of one group: one column is the mirror of another,
  or a fixed number of letters after it.

Every linear rule is written as a recurrence that its sequences satisfy
exactly (constant step ⇔ second differences vanish, and so on), so the values
a rule allows at the gap are the solutions of one window equation, checked
against every other window. A rule with ``p`` free parameters only counts as
fitting when at least ``p + 2`` terms are shown, so that the shown terms
over-determine it. For interleaved sub-series the two sub-rules' parameters
add up, and each sub-series must still show one term more than its own rule
needs.

:func:`solve` returns every option that some fitting rule predicts (choice
items), or every distinct predicted term (free-response items); an item
verifies only when that is exactly its key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import accumulate, pairwise, product
from typing import Any, NamedTuple

__all__ = ["predict_terms", "solve"]

#: Token kinds.
LETTER = "L"
NUMBER = "N"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MOD = 26

Token = tuple[str, int]
Shape = tuple[str, ...]


class Recurrence(NamedTuple):
    """A linear rule: ``sum(coeffs[t] * x[i + t]) == 0`` for every window ``i``.

    ``params`` is the number of free parameters (the order of the recurrence);
    ``window`` computes the same sum directly (a plain function is several
    times faster than a generic loop over the coefficients).
    """

    coeffs: tuple[int, ...]
    params: int
    window: Callable[[Sequence[int], int], int]


# Each was checked by hand against its closed form, e.g. alternating steps
# d1, d2 give x[i+2] - x[i] = d1 + d2 for all i, hence x[i+3]-x[i+2]-x[i+1]+x[i] = 0.
_STEP = Recurrence((1, -2, 1), 2, lambda f, i: f[i] - 2 * f[i + 1] + f[i + 2])
_GROWING = Recurrence(  # steps grow by a constant: second differences constant
    (-1, 3, -3, 1), 3, lambda f, i: -f[i] + 3 * f[i + 1] - 3 * f[i + 2] + f[i + 3]
)
_ALTERNATING = Recurrence(  # two steps take turns
    (1, -1, -1, 1), 3, lambda f, i: f[i] - f[i + 1] - f[i + 2] + f[i + 3]
)
_CYCLE3 = Recurrence(  # a cycle of three steps
    (1, -1, 0, -1, 1), 4, lambda f, i: f[i] - f[i + 1] - f[i + 3] + f[i + 4]
)
_INTERLEAVE = Recurrence(  # two constant-step series on alternate terms
    (1, 0, -2, 0, 1), 4, lambda f, i: f[i] - 2 * f[i + 2] + f[i + 4]
)
_FIBONACCI = Recurrence(  # each term is the sum of the two before it
    (-1, -1, 1), 2, lambda f, i: f[i + 2] - f[i + 1] - f[i]
)

LETTER_RECURRENCES = (_STEP, _GROWING, _ALTERNATING, _CYCLE3, _INTERLEAVE)
NUMBER_RECURRENCES = (_STEP, _GROWING, _ALTERNATING, _CYCLE3, _INTERLEAVE, _FIBONACCI)
#: The recurrences by name (names key a column's fits, see :func:`_fits`).
_LETTER_LIBRARY = tuple(zip(("step", "growing", "alternating", "cycle3", "interleave"),
                            LETTER_RECURRENCES))
_NUMBER_LIBRARY = (*_LETTER_LIBRARY, ("fibonacci", _FIBONACCI))

_TOKEN = re.compile(r"[A-Z]|[0-9]+")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...] | None:
    """Split one term into letter and number tokens; ``None`` if it is not a term."""
    s = "".join(str(text).split()).upper()
    parts = _TOKEN.findall(s)
    if not parts or "".join(parts) != s:
        return None
    return tuple((NUMBER, int(p)) if p[0].isdigit() else (LETTER, ord(p) - 64) for p in parts)


@lru_cache(maxsize=4096)
def _shape(text: str) -> Shape | None:
    """The token kinds of one term (``("L", "N")`` for ``"A12"``); ``None`` if it is not a term."""
    tok = _tokens(text)
    return None if tok is None else tuple(k for k, _ in tok)


@lru_cache(maxsize=4096)
def _canonical(text: str) -> str | None:
    """One option's term written as the solver writes its predictions (``" a12"`` → ``"A12"``)."""
    tok = _tokens(text)
    if tok is None:
        return None
    return _text(tuple(k for k, _ in tok), [v for _, v in tok])


def _text(shape: Shape, values: Sequence[int]) -> str | None:
    out = []
    for kind, v in zip(shape, values):
        if kind == LETTER:
            out.append(ALPHABET[(v - 1) % MOD])
        else:
            if v < 0:
                return None
            out.append(str(v))
    return "".join(out)


# -- one column -------------------------------------------------------------------


def _recurrence(
    vals: Sequence[int], blank: int | None, rule: Recurrence, mod: int | None
) -> set[int] | None:
    """Values at ``blank`` that make every window satisfy the recurrence.

    ``vals`` holds the column with any number at the gap (it is ignored).
    Returns ``None`` when the rule does not fit or cannot pin the gap down;
    with no gap, ``{0}`` means "fits".
    """
    coeffs, window_sum = rule.coeffs, rule.window
    n = len(vals)
    m = len(coeffs) - 1
    if n <= m:
        return None
    if blank is None:
        for i in range(n - m):
            total = window_sum(vals, i)
            if total % mod if mod else total:
                return None
        return {0}
    # windows without the gap do not depend on its value: check them first
    for i in range(n - m):
        if i <= blank <= i + m:
            continue
        total = window_sum(vals, i)
        if total % mod if mod else total:
            return None
    # a window holding the gap with a non-zero coefficient; prefer ±1, which
    # gives one solution even modulo 26
    window = -1
    for i in range(max(0, blank - m), min(blank, n - 1 - m) + 1):
        c = coeffs[blank - i]
        if c:
            window = i
            if c in (1, -1):
                break
    if window < 0:
        return None
    c = coeffs[blank - window]
    rest = 0
    for t in range(m + 1):
        if window + t != blank:
            rest += coeffs[t] * vals[window + t]
    candidates: list[int]
    if mod is None:
        if (-rest) % c:
            return None
        candidates = [-rest // c]
    elif c in (1, -1):
        candidates = [(-rest * c) % mod]
    else:
        candidates = [v for v in range(mod) if (c * v + rest) % mod == 0]
    found = set()
    full = list(vals)
    low, high = max(0, blank - m), min(blank, n - 1 - m)
    for v in candidates:
        full[blank] = v
        for i in range(low, high + 1):
            total = window_sum(full, i)
            if total % mod if mod else total:
                break
        else:
            found.add(v)
    return found or None


def _steady(seq: Sequence[int]) -> bool:
    """Letters: every step between neighbours is the same (modulo 26)."""
    return all((seq[i + 1] - seq[i] - seq[1] + seq[0]) % MOD == 0 for i in range(len(seq) - 1))


def _mirror_pairs(vals: Sequence[int], blank: int | None) -> set[int] | None:
    """Letters: terms pair up as (x, opposite of x), and the x's step evenly.

    The opposite of a letter at place x is the one at 27 - x (A↔Z, B↔Y).
    Pairs may start at the first or at the second term (``phase``); the
    opposite letters then step evenly the other way.
    """
    n = len(vals)
    found: set[int] = set()
    for phase in (0, 1):
        # the pairs without the gap do not depend on its value: check them first
        if any((vals[i] + vals[i + 1] - 27) % MOD for i in range(phase, n - 1, 2)
               if blank is None or not i <= blank <= i + 1):
            continue
        cands: list[int]
        if blank is None:
            cands = [0]
        else:
            partner = blank + 1 if (blank - phase) % 2 == 0 else blank - 1
            if 0 <= partner < n:
                cands = [(27 - vals[partner]) % MOD]
            else:
                got = _recurrence(vals[blank % 2 :: 2], blank // 2, _STEP, MOD)
                cands = sorted(got) if got else []
        for v in cands:
            full = list(vals)
            if blank is not None:
                full[blank] = v
            firsts, seconds = full[phase::2], full[1 - phase :: 2]
            if not (
                all((full[i] + full[i + 1] - 27) % MOD == 0 for i in range(phase, n - 1, 2))
                and _steady(firsts)
                and _steady(seconds)
            ):
                continue
            # a lone term before the first pair (phase 1) must fit the
            # opposite letters' step too
            if (
                len(firsts) >= 2
                and len(seconds) >= 2
                and (firsts[1] - firsts[0] + seconds[1] - seconds[0]) % MOD
            ):
                continue
            found.add(v)
    return found or None


def _geometric(vals: Sequence[int], blank: int | None) -> set[int] | None:
    """Numbers: a constant rational ratio between neighbours."""
    n = len(vals)
    anchor = next((i for i in range(n - 1) if blank not in (i, i + 1) and vals[i] != 0), None)
    if anchor is None:
        return None
    a = vals[anchor]
    b = vals[anchor + 1]
    # quick integer test on the known neighbours before any exact arithmetic
    for i in range(n - 1):
        if blank not in (i, i + 1) and vals[i + 1] * a != vals[i] * b:
            return None
    if b == 0:
        return None
    # term i is a·(b/a)^(i - anchor); walking out from the anchor one ratio at a
    # time in integers is exact, since every term met is shown (so an integer) or
    # the gap (which must be a whole number)
    predicted = 0
    prev = a
    for i in range(anchor + 1, n):  # forwards: term i = term (i-1) · b / a
        num = prev * b
        if i == blank:
            if num % a:
                return None
            prev = predicted = num // a
        elif num != vals[i] * a:
            return None
        else:
            prev = vals[i]
    prev = a
    for i in range(anchor - 1, -1, -1):  # backwards: term i = term (i+1) · a / b
        num = prev * a
        if i == blank:
            if num % b:
                return None
            prev = predicted = num // b
        elif num != vals[i] * b:
            return None
        else:
            prev = vals[i]
    return {predicted}


def _affine(vals: Sequence[int], blank: int | None) -> set[int] | None:
    """Numbers: x[n] = a·x[n-1] + b with rational a and b."""
    n = len(vals)
    k = next((i for i in range(n - 2) if blank not in (i, i + 1, i + 2)), None)
    if k is None or vals[k] == vals[k + 1]:
        return None
    x0, x1, x2 = vals[k], vals[k + 1], vals[k + 2]
    # quick integer test: the differences of every known triple shrink or grow
    # by the same factor (x2 - x1) / (x1 - x0)
    for i in range(n - 2):
        if blank not in (i, i + 1, i + 2) and (vals[i + 2] - vals[i + 1]) * (x1 - x0) != (
            vals[i + 1] - vals[i]
        ) * (x2 - x1):
            return None
    # a = p/q and b = c/q: q·x[i] = p·x[i-1] + c, walked out from term k in
    # integers (exact, since every term met is shown or must be a whole number)
    q = x1 - x0
    p = x2 - x1
    c = q * x1 - p * x0
    if k > 0 and p == 0:
        return None  # a = 0: the terms before k cannot be worked back
    predicted = 0
    prev = x0
    for i in range(k + 1, n):  # forwards
        num = p * prev + c
        if i == blank:
            if num % q:
                return None
            prev = predicted = num // q
        elif num != q * vals[i]:
            return None
        else:
            prev = vals[i]
    prev = x0
    for i in range(k - 1, -1, -1):  # backwards: p·x[i] = q·x[i+1] - c
        num = q * prev - c
        if i == blank:
            if num % p:
                return None
            prev = predicted = num // p
        elif num != p * vals[i]:
            return None
        else:
            prev = vals[i]
    return {predicted}


@lru_cache(maxsize=512)
def _fits(
    vals: tuple[int, ...], blank: int | None, kind: str, extra: int
) -> tuple[tuple[str, int, frozenset[int]], ...]:
    """Every library rule fitting one column: (its name, free parameters, values at the gap),
    in library order.

    A rule with ``p`` parameters is tried only when at least ``p + extra`` terms
    are shown. A pure function of its (immutable) arguments, so the solver and
    :func:`effort`, which read the same columns with the same ``extra``, share
    one computation per column (bounded cache: only the last few columns).
    """
    shown = len(vals) - (blank is not None)
    out: list[tuple[str, int, frozenset[int]]] = []
    mod = MOD if kind == LETTER else None
    for name, rule in _LETTER_LIBRARY if kind == LETTER else _NUMBER_LIBRARY:
        p = rule.params
        if shown >= p + extra:
            got = _recurrence(vals, blank, rule, mod)
            if got is not None:
                out.append((name, p, frozenset(got)))
    if kind == LETTER:
        if shown >= 2 + extra:
            got = _mirror_pairs(vals, blank)
            if got is not None:
                out.append(("mirror", 2, frozenset(got)))
    else:
        if shown >= 2 + extra:
            got = _geometric(vals, blank)
            if got is not None:
                out.append(("geometric", 2, frozenset(got)))
        if shown >= 3 + extra:
            got = _affine(vals, blank)
            if got is not None:
                out.append(("affine", 3, frozenset(got)))
    return tuple(out)


def _column_rules(
    vals: Sequence[int], blank: int | None, kind: str, extra: int
) -> Iterator[tuple[int, frozenset[int]]]:
    """Every library rule fitting one column: (free parameters, values at the gap).

    A rule with ``p`` parameters is tried only when at least ``p + extra`` terms
    are shown.
    """
    for _, p, got in _fits(tuple(vals), blank, kind, extra):
        yield p, got


def _column_predictions(vals: Sequence[int], blank: int, kind: str) -> set[int]:
    out: set[int] = set()
    for _, got in _column_rules(vals, blank, kind, 2):
        out |= got
    if kind == LETTER:
        out = {v % MOD for v in out}
    return out


# -- whole series -----------------------------------------------------------------


def _uniform(rows: Sequence[tuple[Token, ...] | None], blank: int, shape: Shape) -> set[str]:
    """Terms of one shape: every column on its own, plus relations between letter columns."""
    width = len(shape)
    columns = [[0 if r is None else r[c][1] for r in rows] for c in range(width)]
    own = [_column_predictions(columns[c], blank, shape[c]) for c in range(width)]
    preds = [set(p) for p in own]
    shown_rows = [r for r in rows if r is not None]
    # Relations between letter positions: "the mirror of position i" (no
    # parameter) and "k letters after position i" (one parameter, so three
    # shown groups). Each carries position i's own predictions across.
    for j in range(width):
        if shape[j] != LETTER:
            continue
        for i in range(width):
            if i == j or shape[i] != LETTER or not own[i]:
                continue
            pairs = [(r[i][1], r[j][1]) for r in shown_rows]
            if all((x + y - 27) % MOD == 0 for x, y in pairs):
                preds[j] |= {(27 - v) % MOD for v in own[i]}
            offsets = {(y - x) % MOD for x, y in pairs}
            if len(offsets) == 1 and len(pairs) >= 3:
                k = offsets.pop()
                preds[j] |= {(v + k) % MOD for v in own[i]}
    if not all(preds):
        return set()
    out = set()
    for combo in product(*(sorted(p) for p in preds)):
        text = _text(shape, combo)
        if text is not None:
            out.add(text)
    return out


def _sub_rules(
    rows: Sequence[tuple[Token, ...] | None], blank: int | None, shape: Shape
) -> list[list[tuple[int, set[int]]]]:
    """Per column of a sub-series: the fitting rules (each with one spare term)."""
    out = []
    for c, kind in enumerate(shape):
        vals = [0 if r is None else r[c][1] for r in rows]
        out.append(list(_column_rules(vals, blank, kind, 1)))
    return out


def _interleaved(
    rows: Sequence[tuple[Token, ...] | None], blank: int, shapes: tuple[Shape, Shape]
) -> set[str]:
    """Two sub-series of different shapes taking turns, plus the one-series reading."""
    total_shown = len(rows) - 1
    parity = blank % 2
    own = rows[parity::2]
    other = rows[1 - parity :: 2]
    own_blank = blank // 2
    shape = shapes[parity]
    other_fits = _sub_rules(other, None, shapes[1 - parity])
    if not all(other_fits):
        return set()
    budget = total_shown - 2 - sum(min(p for p, _ in col) for col in other_fits)
    own_fits = _sub_rules(own, own_blank, shape)
    if not all(own_fits):
        return set()
    mins = [min(p for p, _ in col) for col in own_fits]
    preds = []
    for c, col in enumerate(own_fits):
        allowed = budget - (sum(mins) - mins[c])
        got: set[int] = set()
        for p, values in col:
            if p <= allowed:
                got |= values
        preds.append(got)
    out: set[str] = set()
    if all(preds):
        for combo in product(*(sorted(p) for p in preds)):
            text = _text(shape, combo)
            if text is not None:
                out.add(text)
    # Rival reading: one series of values, letters read as alphabet positions.
    if all(len(s) == 1 for s in shapes):
        vals = [0 if r is None else r[0][1] for r in rows]
        kind = shape[0]
        for _, values in _column_rules(vals, blank, NUMBER, 2):
            for v in values:
                if kind == LETTER and 1 <= v <= MOD:
                    out.add(ALPHABET[v - 1])
                elif kind == NUMBER and v >= 0:
                    out.add(str(v))
    return out


Rows = tuple[tuple[Token, ...] | None, ...]


@lru_cache(maxsize=256)
def _read(terms: tuple[str, ...], blank: int) -> tuple[Rows, tuple[Shape | None, ...]] | None:
    """Each term's tokens and shape (``None`` at the gap), or ``None`` when a term
    other than the gap is not a term. Shared by :func:`predict_terms` and
    :func:`effort` (bounded cache)."""
    rows: list[tuple[Token, ...] | None] = []
    shapes: list[Shape | None] = []
    for i, t in enumerate(terms):
        if i == blank:
            rows.append(None)
            shapes.append(None)
            continue
        tok = _tokens(t)
        if tok is None:
            return None
        rows.append(tok)
        shapes.append(_shape(t))
    return tuple(rows), tuple(shapes)


def predict_terms(terms: Sequence[str], blank: int) -> set[str]:
    """Every term text that some fitting library rule puts at position ``blank``."""
    if not 0 <= blank < len(terms):
        return set()
    read = _read(tuple(terms), blank)
    if read is None:
        return set()
    rows, shapes = read
    known = {s for s in shapes if s is not None}
    if len(known) == 1:
        return _uniform(rows, blank, known.pop())
    even = {s for s in shapes[0::2] if s is not None}
    odd = {s for s in shapes[1::2] if s is not None}
    if len(even) == 1 and len(odd) == 1 and even != odd:
        return _interleaved(rows, blank, (even.pop(), odd.pop()))
    return set()


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Options (or, without options, answers) predicted by a fitting library rule.

    >>> solve({"terms": ["C", "F", "I", "L", "?"], "blank": 4}, [])
    ['O']
    >>> solve({"terms": ["AZ", "BY", "CX", "DW", "EV", "?"], "blank": 5}, ["FU", "FW", "GU"])
    ['FU']
    """
    predicted = predict_terms([str(t) for t in data["terms"]], int(data["blank"]))
    if not choices:
        return sorted(predicted)
    # a predicted term is already written canonically, so an option equal to one is in
    return [choice for choice in choices
            if choice in predicted or _canonical(choice) in predicted]


# -- effort -----------------------------------------------------------------------

#: the cost of finding a column's rule, by the library rule that fits first
_RULE_COST = {_STEP: 1.0, _GROWING: 2.0, _ALTERNATING: 2.0, _CYCLE3: 2.5, _INTERLEAVE: 3.0,
              _FIBONACCI: 2.0}
_MIRROR_COST = 1.5  # mirror pairs: every second letter the opposite of the one before
_GEOMETRIC_COST = 1.5
_AFFINE_COST = 2.5
_REJECTED = 0.25  # each library rule tried and rejected before the fitting one
_RELATION = 0.5  # a letter position read off another (its mirror, or k letters after it)


#: The order in which a candidate tries the rules of a column, with each one's cost:
#: the library order, except that a ratio is tried right after a constant difference.
_LETTER_ORDER: tuple[tuple[str, float], ...] = (
    *((name, _RULE_COST[rule]) for name, rule in _LETTER_LIBRARY), ("mirror", _MIRROR_COST))
_NUMBER_ORDER: tuple[tuple[str, float], ...] = (
    ("step", _RULE_COST[_STEP]), ("geometric", _GEOMETRIC_COST),
    *((name, _RULE_COST[rule]) for name, rule in _NUMBER_LIBRARY[1:]),
    ("affine", _AFFINE_COST))


#: a letter step (modulo 26) as the shorter way round: -12 to 13
_SHORT_STEP = tuple(step - MOD if step > 13 else step for step in range(MOD))


def _letter_steps_effort(filled: Sequence[int]) -> float:
    """0.1 × the largest step (in places), 0.5 if a step goes backwards, 1 if the
    series, read without the circle, leaves A..Z."""
    if len(filled) < 2:
        return 0.0
    steps = [_SHORT_STEP[(y - x) % MOD] for x, y in pairwise(filled)]
    low = min(steps)
    cost = 0.1 * max(-low, max(steps))
    if low < 0:
        cost += 0.5
    places = list(accumulate(steps, initial=filled[0] % MOD or MOD))
    if min(places) < 1 or max(places) > MOD:
        cost += 1.0
    return cost


def _column_effort(vals: Sequence[int], blank: int | None, kind: str,
                   extra: int) -> float | None:
    """The effort of one column: its first fitting rule (in the order a candidate
    tries them), the rules rejected before it, the size of its steps and, for
    letters, running past Z or A (the gap filled in as the rule predicts)."""
    fitting = {name: got for name, _, got in _fits(tuple(vals), blank, kind, extra)}
    cost = None
    tried = 0
    for name, value in _LETTER_ORDER if kind == LETTER else _NUMBER_ORDER:
        got = fitting.get(name)
        if got:
            cost = value
            break
        tried += 1
    if cost is None:
        return None
    cost += _REJECTED * tried
    filled = list(vals)
    if blank is not None:
        filled[blank] = min(got)
    if kind == LETTER:
        # the steps as a candidate reads them: along the column, or (for two series
        # taking turns in one column) along each series, whichever is simpler
        whole = _letter_steps_effort(filled)
        if len(filled) >= 4:
            whole = min(whole, _letter_steps_effort(filled[0::2])
                        + _letter_steps_effort(filled[1::2]))
        cost += whole
    else:
        if any(b < a for a, b in pairwise(filled)):
            cost += 0.5
        if max(filled) > 50:
            cost += 0.5
    return cost


def effort(data: Mapping[str, Any]) -> float:
    """What the solver needs to continue a letter (or letter–number) series.

    Each column (a letter or number position of the terms; for two series that
    take turns, each series' columns) costs the first library rule that fits it
    (constant step 1; growing, alternating or Fibonacci-like steps 2; a cycle of
    three steps 2.5; two interleaved steps 3; mirror pairs or a ratio 1.5; an
    affine rule 2.5) plus 0.25 for every library rule tried and rejected before
    it, plus for letters 0.1 × its largest step (counting places), 0.5 if a step
    goes backwards and 1 if the series runs past Z or A; for numbers 0.5 if they
    fall and 0.5 if one exceeds 50. A letter position that is the mirror of an
    earlier one, or a fixed number of letters after it, costs 0.5 instead. Two
    series taking turns add 0.25 (separating them), and a missing term inside the
    series adds 0.5 (the rule is checked on both sides of the gap).

    >>> effort({"terms": ["C", "F", "I", "L", "?"], "blank": 4})  # step 1 + 0.1 × 3
    1.3
    >>> effort({"terms": ["AZ", "BY", "CX", "DW", "?"], "blank": 4})  # 1.1 + mirror 0.5
    1.6
    """
    terms = [str(t) for t in data["terms"]]
    blank = int(data["blank"])
    read = _read(tuple(terms), blank)
    if read is None:
        return 0.0
    rows, term_shapes = read
    shapes = {s for s in term_shapes if s is not None}
    missing = 0.5 if blank != len(terms) - 1 else 0.0
    if len(shapes) == 1:
        parts = [(rows, term_shapes, blank)]
        extra = 0.0
    else:
        parity = blank % 2
        parts = [(rows[parity::2], term_shapes[parity::2], blank // 2),
                 (rows[1 - parity::2], term_shapes[1 - parity::2], None)]
        extra = 0.25
    total = extra + missing
    for part, part_shapes, gap in parts:
        shape = next(s for s in part_shapes if s is not None)
        columns = [[0 if r is None else r[c][1] for r in part] for c in range(len(shape))]
        for c, kind in enumerate(shape):
            own = _column_effort(columns[c], gap, kind, 2 if len(parts) == 1 else 1)
            related = None
            if kind == LETTER:
                for i in range(c):
                    if shape[i] != LETTER:
                        continue
                    pairs = [(r[i][1], r[c][1]) for r in part if r is not None]
                    if (all((x + y - 27) % MOD == 0 for x, y in pairs)
                            or len({(y - x) % MOD for x, y in pairs}) == 1):
                        related = _RELATION
            options = [v for v in (own, related) if v is not None]
            total += min(options) if options else 3.0
    return round(total, 3)
