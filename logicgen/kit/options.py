"""Options from named mistakes.

Every wrong option of a numeric family is a :class:`Mistake`: the value a
candidate gets by a named slip ("sharing equally", "forgetting to subtract from
1"), so the explanation can say why a tempting option is wrong, or a near miss
of the key. Two rules hold for every numeric item (docs/options.md):

* **the key's value rank is uniform**: among the options sorted by value, the
  key is the smallest, the second smallest, ... equally often, so sorting the
  options and picking one rank finds it no more often than chance; and its
  position in the shown order is uniform and independent of its rank;
* **every wrong value is plausible** (:func:`plausible`): never negative for a
  quantity that cannot be, a percentage change of −100% at most, and within
  ten times or a tenth of the key.

Two ways of turning mistakes into options are in use, and each is part of what
a seed produces:

* :func:`assemble` (unit values, :mod:`logicgen.kit.forms`): the key's rank is
  drawn from the wording stream, then :func:`choose` takes the named mistakes
  on each side of the key first and near misses after, and the options are
  shown in a random order.
* :func:`pick_distractors` + :func:`shuffle_in` (probabilities): the rank is
  drawn with the puzzle (the answer form depends on the wrong values), named
  mistakes inside (0, 1) first on each side, then miscounts of the favourable
  outcomes; the options, key included, are shuffled with the wording stream.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from functools import lru_cache
from math import gcd
from typing import TYPE_CHECKING, Any, NamedTuple

from .forms import Value, fmt, terminating_places, value_text

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from .draw import Draw

__all__ = [
    "FACTOR",
    "MIN_MONEY_GAP",
    "POSITIVE_FORMS",
    "Choice",
    "Mistake",
    "assemble",
    "choose",
    "choose_form",
    "first_mistake",
    "mistake_notes",
    "near",
    "near_chance",
    "pick_distractors",
    "plausible",
    "shuffle_in",
    "signed",
]

#: A wrong option lies within this factor of the key either way: see :func:`plausible`.
FACTOR = 10
#: Wrong money options closer than this (in cents) to the key are dropped.
MIN_MONEY_GAP = 10
#: Round steps (in cents) of near misses of large money amounts.
MONEY_STEPS = (1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000)
#: Forms whose values must be positive (counts, durations, ratios, plain percentages).
POSITIVE_FORMS = ("integer", "hm", "ratio", "percent", "decimal")


class Mistake(NamedTuple):
    """A wrong value (``None`` when the slip gives no exact value) and the slip behind it."""

    value: Any
    why: str


def _step(answer: Value, form: str) -> Value:
    """The size of one near miss: a slip of one unit of the answer's own scale."""
    if form == "fraction" and Fraction(answer).denominator > 1:
        return Fraction(1, Fraction(answer).denominator)
    if form == "money":
        size = abs(int(answer))
        if size >= 100000:  # from $1,000 up: a round step near a fortieth of the amount
            return max(s for s in MONEY_STEPS if s <= size // 40)
        return 1000 if size >= 20000 else 100 if size >= 1000 else 50 if size >= 200 else 25
    if form in ("percent", "signed_percent", "decimal"):
        return 100 if abs(int(answer)) < 2000 else 500
    if form == "hm":
        return 10 if int(answer) < 180 else 30
    return max(1, abs(int(answer)) // 20)


@lru_cache(maxsize=512)
def _ratio_misses(answer: Value) -> tuple[Value, ...]:
    """Near misses of a ratio ``a:b``: a term off by one or two, or turned round,
    nearest first (cached: the same few hundred ratios come up again and again)."""
    a, b = answer.numerator, answer.denominator
    pairs = [(a + 1, b), (a, b + 1), (b, a), (a + 1, b + 1), (a + 2, b), (a, b + 2),
             (a + 2, b + 1), (a + 1, b + 2), (a - 1, b), (a, b - 1), (a - 1, b + 1),
             (a + 1, b - 1), (2 * a + 1, b), (a, 2 * b + 1), (a + 3, b), (a, b + 3)]
    out: list[Value] = []
    for na, nb in pairs:
        if na > 0 and nb > 0 and Fraction(na, nb) not in out:
            out.append(Fraction(na, nb))
    return tuple(sorted(out, key=lambda x: abs(x - answer)))


def _misses(answer: Value, form: str, side: int) -> Iterator[Value]:
    """Near misses on one side of the key (``side`` −1 below, +1 above), nearest first.

    A step of the answer's scale first; below a positive key, when those run out
    of the plausible range (positive, at least a tenth of the key), steps of a
    half, a fifth and a tenth of it.
    """
    if form == "ratio":
        yield from (x for x in _ratio_misses(answer) if (x > answer) == (side > 0))
        return
    step = _step(answer, form)
    floor = answer / FACTOR if answer > 0 else None
    steps = [step]
    if side < 0:
        steps += [step / part if isinstance(step, Fraction) else step // part
                  for part in (2, 5, 10)]
    for size in steps:
        if not size:
            continue
        for k in range(1, 60):
            x = answer + side * k * size
            if side < 0 and floor is not None and (x <= 0 or x < floor):
                break
            yield x
        if side > 0:
            return


def signed(answer: Value, wrong: Sequence[tuple[Value | None, str]], form: str) -> bool:
    """Whether the asked quantity can be negative: a percentage change, a negative
    key, or a key whose sign slip is a named mistake (a gain: a family names
    "mixing up the sign" only for a quantity that can be negative)."""
    return form == "signed_percent" or answer < 0 or any(
        v is not None and v == -answer for v, _ in wrong)


def _usable(value: Value | None, answer: Value, form: str, sign: bool = False) -> bool:
    """Whether a wrong value passes the hard plausibility rules for an item keyed
    ``answer`` (see :func:`plausible`; the distance rule is not applied here)."""
    if value is None or value == answer:
        return False
    if form in POSITIVE_FORMS and value <= 0:
        return False
    if form == "signed_percent":
        return bool(value >= -10000)  # a quantity that cannot go negative falls by 100% at most
    if not sign and value < 0:
        return False  # an amount, a count or a probability: never negative
    return not (value == 0 and form not in ("money", "integer"))


def _parts(x: Any) -> tuple[int, int]:
    """The exact numerator and (positive) denominator of an int or Fraction: compared
    by cross-multiplying, which is far cheaper than Fraction arithmetic."""
    try:
        return x.numerator, x.denominator
    except AttributeError:  # a float or the like: read exactly
        f = Fraction(x)
        return f.numerator, f.denominator


def near(value: Value, answer: Value, form: str) -> bool:
    """Whether ``value`` lies within a factor :data:`FACTOR` of the key either way.

    Ratios are compared either way round (``1:5`` against ``5:1`` is the
    named slip of turning a ratio round, not a value 25 times too small), and
    percentage changes by the level they lead to (``+1.1%`` against ``+0.1%`` is
    101.1% against 100.1% of the start).
    """
    if form == "signed_percent":  # a change is judged by the level it leads to
        value, answer = value + 10000, answer + 10000
    if answer == 0 or value == 0:
        return True
    if isinstance(value, int) and isinstance(answer, int):  # the common case, no Fractions
        v, a = abs(value), abs(answer)
        return a <= FACTOR * v and v <= FACTOR * a
    (vn, vd), (an, ad) = _parts(value), _parts(answer)
    vn, an = abs(vn), abs(an)
    if an * vd <= FACTOR * vn * ad and vn * ad <= FACTOR * an * vd:
        return True
    # a ratio turned round: 1/v against a, that is a·v within the factor of 1
    return form == "ratio" and an * vn * FACTOR >= ad * vd and an * vn <= FACTOR * ad * vd


def plausible(value: Value | None, answer: Value, form: str, *, sign: bool = False) -> bool:
    """Whether a wrong value may stand as an option of an item keyed ``answer``.

    The plausibility range (docs/options.md):

    * never negative unless the quantity can be (``sign``, see :func:`signed`),
      never zero except for money and counts, and positive in the
      :data:`POSITIVE_FORMS`;
    * a percentage change no lower than −100% (every changing quantity in the
      project, a price, a count, a salary, cannot go negative);
    * within a factor :data:`FACTOR` of the key either way (:func:`near`), even
      when a named mistake gives it: "103 h 12 min" against "2 h 24 min" is a
      slip nobody would pick, however common the slip.

    >>> plausible(120000, 10000, "integer"), plausible(-12500, 7500, "signed_percent")
    (False, False)
    >>> plausible(100000, 10000, "integer"), plausible(Fraction(1, 5), Fraction(5), "ratio")
    (True, True)
    """
    if not _usable(value, answer, form, sign):
        return False
    assert value is not None
    return near(value, answer, form)


class Choice(NamedTuple):
    """The wrong values chosen for one item, with their reasons (``None`` for near misses),
    and whether the key's rank had to move because one side had too few plausible values."""

    values: list[Value]
    reasons: list[str | None]
    moved: bool


def choose(answer: Value, wrong: Sequence[tuple[Value | None, str]], form: str,
           n_options: int, rank: int) -> Choice:
    """``n_options - 1`` wrong values that put the key at value rank ``rank`` (0 smallest).

    Named mistakes come first on each side (most tempting first), near misses
    fill what is left. A value that would make the key the midpoint of two
    options, arithmetic or geometric, is passed over when another is at hand:
    "the middle of a symmetric pair" would otherwise find the key. When one
    side cannot be filled (a key of 1 has no positive count below it), the
    other side takes the rest and ``moved`` is set.
    """
    sign = signed(answer, wrong, form)
    # A list, not a set: hashing a Fraction costs a modular inverse.
    seen: list[Value] = [answer]
    sides: dict[int, list[tuple[Value, str | None]]] = {-1: [], 1: []}
    for value, why in wrong:
        if value is None or value in seen or not plausible(value, answer, form, sign=sign):
            continue
        if form == "money" and abs(int(value) - int(answer)) < MIN_MONEY_GAP:
            continue  # a few cents off reads as a rounding slip, not a different method
        seen.append(value)
        sides[1 if value > answer else -1].append((value, why))
    want = rank
    chosen: list[tuple[Value, str | None]] = []
    # The most tempting mistake goes in first whenever its side has room, so that
    # no value is passed over in its favour only for mirroring it (below).
    top = next(((v, why) for v, why in wrong if any(v == x for x, _ in sides[1] + sides[-1])),
               None)
    if top is not None and (rank if top[0] < answer else n_options - 1 - rank) > 0:
        chosen.append(top)

    def candidates(side: int) -> Iterator[tuple[Value, str | None]]:
        yield from sides[side]
        for x in _misses(answer, form, side):
            if x not in seen and plausible(x, answer, form, sign=sign and answer < 0) and not (
                    form == "money" and abs(int(x) - int(answer)) < MIN_MONEY_GAP):
                yield x, None

    below = sum(1 for v, _ in chosen if v < answer)
    above = len(chosen) - below
    below += _take(candidates(-1), want - below, chosen, answer)
    above += _take(candidates(1), n_options - 1 - below - above, chosen, answer)
    if below + above < n_options - 1:
        below += _take(candidates(-1), n_options - 1 - below - above, chosen, answer)
    if len(chosen) < n_options - 1:  # a key of a few cents: steps of its scale, however far
        _take(((x, None) for x in _misses(answer, form, 1)
               if _usable(x, answer, form, sign)), n_options - 1 - len(chosen), chosen, answer)
    if len(chosen) < n_options - 1:  # pragma: no cover - the steps above never run out
        raise ValueError("not enough distinct options")
    return Choice([v for v, _ in chosen], [why for _, why in chosen], below != want)


def _mirrored(x: Any, chosen: Sequence[tuple[Any, Any]], answer: Any) -> bool:
    """Whether ``x`` and a chosen value have the key as their midpoint, arithmetic or
    geometric (``answer`` ``None``: never)."""
    if answer is None or not chosen:
        return False
    (an, ad), (xn, xd) = _parts(answer), _parts(x)
    geometric = an > 0 and xn > 0
    for y, _ in chosen:
        yn, yd = _parts(y)
        # x + y == 2·answer, and x·y == answer², over the common denominator
        if (xn * yd + yn * xd) * ad == 2 * an * xd * yd or (
                geometric and xn * yn * ad * ad == an * an * xd * yd):
            return True
    return False


def _take(candidates: Iterator[tuple[Any, Any]], count: int, chosen: list[tuple[Any, Any]],
          answer: Any) -> int:
    """Move up to ``count`` new candidates into ``chosen``, passing over those that
    mirror a chosen value about the key (ten times and a tenth of it) while others
    are at hand; how many were taken."""
    taken = 0
    spare: list[tuple[Any, Any]] = []
    if count <= 0:
        return 0
    for value, why in candidates:
        if any(value == v for v, _ in chosen):
            continue
        if _mirrored(value, chosen, answer):
            spare.append((value, why))
            if len(spare) > 2 * count + 8:
                break
            continue
        chosen.append((value, why))
        taken += 1
        if taken == count:
            break
    for value, why in spare:  # no other choice: a mirrored value after all
        if taken == count:
            break
        chosen.append((value, why))
        taken += 1
    return taken


def assemble(
    rng: np.random.Generator,
    answer: Value,
    wrong: Sequence[tuple[Value | None, str]],
    form: str,
    n_options: int,
) -> tuple[list[str], list[str]]:
    """Options for a choice item: the key at a uniformly drawn value rank, named
    mistakes first on each side, near misses after; shown in a random order.

    The key's value rank (0 smallest .. ``n_options - 1`` largest) is drawn
    uniformly with ``rng`` (the wording stream), then the wrong values are
    chosen on either side of it (:func:`choose`; only plausible values,
    :func:`plausible`), then the options are put in a random order, so the
    key's position is uniform too and independent of its rank.

    Returns:
        The option texts in display order, and the reasons behind the wrong options
        that came from named mistakes.
    """
    rank = int(rng.random() * n_options)
    picked = choose(answer, wrong, form, n_options, rank)
    values = [answer, *picked.values]
    order = rng.permutation(n_options).tolist()
    return [fmt(values[i], form) for i in order], [r for r in picked.reasons if r is not None]


def first_mistake(answer: Value, wrong: Sequence[tuple[Value | None, str]],
                  form: str) -> Mistake | None:
    """The first named mistake that gives a usable value (for the explanation).

    Usable: it passes the plausibility rules other than the distance rule
    (:func:`plausible`); the explanation's note names the first one that passes
    them all (:func:`mistake_notes`).
    """
    sign = signed(answer, wrong, form)
    for bad, why in wrong:
        if _usable(bad, answer, form, sign):
            return Mistake(bad, why)
    return None


Pair = tuple[int, int]


def mistake_notes(answer: Value, wrong: Sequence[tuple[Value | None, str]],
                  form: str) -> list[str]:
    """The explanation's closing note: the first named mistake that can stand as an
    option (:func:`plausible`) and what it gives; ``[]`` when there is none.

    >>> mistake_notes(4, [(None, "x"), (400, "far off"), (40, "moving the point")], "integer")
    ['Common mistake: moving the point gives 40.']
    """
    sign = signed(answer, wrong, form)
    for bad, why in wrong:
        if plausible(bad, answer, form, sign=sign):
            return [f"Common mistake: {why} gives {fmt(bad, form)}."]
    return []


def _prob_near(x: Pair, v: Pair) -> bool:
    """Within a factor :data:`FACTOR` of the key, as chances or measured from the
    nearer end of [0, 1] (0.05 against 0.95 is the slip of forgetting the
    complement; 1/2 against 1/221 is nobody's slip). Values are (numerator, denominator) pairs:
    Fraction arithmetic costs microseconds an operation, and this runs for every
    candidate."""
    (a, b), (c, d) = x, v
    if not 0 < c < d:
        return True
    if a * d * FACTOR >= c * b and a * d <= FACTOR * c * b:
        return True
    a, c = min(a, b - a), min(c, d - c)  # the distances to the nearer end
    return a * d * FACTOR >= c * b and a * d <= FACTOR * c * b


def near_chance(x: Fraction, value: Fraction) -> bool:
    """Whether a wrong probability is within the plausibility range of the key
    ``value``: a factor :data:`FACTOR` either way, as chances or measured from the
    nearer end of [0, 1].

    >>> near_chance(Fraction(1, 20), Fraction(19, 20)), near_chance(Fraction(1, 2), Fraction(1, 221))
    (True, False)
    """
    return _prob_near((x.numerator, x.denominator), (value.numerator, value.denominator))


def _pair_mirrored(x: Pair, chosen: Sequence[Pair], v: Pair) -> bool:
    """Whether ``x`` and a chosen value have the key as their midpoint, arithmetic
    or geometric."""
    (a, b), (c, d) = x, v
    for e, f in chosen:
        if (a * f + e * b) * d == 2 * c * b * f or a * e * d * d == c * c * b * f:
            return True
    return False


def pick_distractors(
    value: Fraction, named: Sequence[tuple[Fraction, str]], count: int, space: int,
    rank: int | None = None,
) -> list[tuple[Fraction, str]]:
    """``count`` wrong probabilities: the named ones first (in order), then near misses.

    A named distractor is skipped when it equals the answer or an earlier pick,
    or lies outside (0, 1) (an impossible probability would give itself away).
    Named values whose denominator is more than eight times the sample space are
    skipped too, and so are values beyond a factor :data:`FACTOR` of the key, as
    chances or measured from the nearer end of [0, 1] (:func:`near_chance`). When the named ones run out, the fill-ins are the
    answer with the favourable count off by one, two, ... over the sample-space
    size ``space`` (over the key's denominator unless ``space`` is a small
    multiple of it; a miscount), then over twice that size, and so on.

    With ``rank`` (0 .. ``count``), ``rank`` of the values are below the key and
    the rest above it, so that the key has that value rank among the options; a
    side with too few probabilities (a key of 1/2 over a space of 2) lends its
    places to the other. Fill-ins that would make the key the midpoint of two
    options (arithmetic or geometric) are passed over while others are at hand.
    Without ``rank``, the fill-ins alternate above and below the key.
    """
    # Fractions are handled as (numerator, denominator) pairs: hashing or
    # dividing a Fraction costs microseconds.
    v = (value.numerator, value.denominator)
    seen = {v}
    # A denominator far larger than the sample space would stand out as odd.
    too_big = 8 * max(space, value.denominator)
    pool: list[tuple[Pair, str]] = []
    for x, why in named:
        key = (x.numerator, x.denominator)
        if 0 < key[0] < key[1] and key not in seen and key[1] <= too_big and _prob_near(key, v):
            seen.add(key)
            pool.append((key, why))
    out: list[tuple[Pair, str]] = []

    def take(side: int, want: int, mirror: bool) -> int:
        taken = 0
        spare: list[Pair] = []
        for x in _miscounts(v, space, side):
            if taken >= want or len(spare) > 2 * want + 8:
                break
            if x in seen:
                continue
            if mirror and _pair_mirrored(x, [p for p, _ in out], v):
                spare.append(x)
                continue
            seen.add(x)
            out.append((x, "miscounting the favourable outcomes"))
            taken += 1
        for x in spare:
            if taken >= want:
                break
            seen.add(x)
            out.append((x, "miscounting the favourable outcomes"))
            taken += 1
        return taken

    if rank is None:
        out = pool[:count]
        take(0, count - len(out), False)
    else:
        for side, want in ((-1, rank), (1, count - rank)):
            out += [p for p in pool if (p[0][0] * v[1] > v[0] * p[0][1]) == (side > 0)][:want]
        below = sum(1 for (a, b), _ in out if a * v[1] < v[0] * b)
        below += take(-1, rank - below, True)
        take(1, count - len(out), True)
        if len(out) < count:  # the upper side ran out: fill from below
            take(-1, count - len(out), True)
    return [(Fraction(a, b), why) for (a, b), why in out]


def _miscounts(v: Pair, space: int, side: int) -> Iterator[Pair]:
    """The key ``v`` with the favourable count off by one, two, ... over ``space``
    outcomes (over the key's own denominator unless ``space`` is a small multiple
    of it), then over twice as many, and so on, in lowest terms; ``side`` −1
    below, 1 above, 0 both in turn."""
    p, q = v
    # Over the key's own denominator unless the sample space is a small multiple
    # of it: 949857/1430000 (95/143 off by one in 10,000) or 4539/7738 (30/53 off
    # by three in 146) is nobody's miscount.
    den = max(space if space % q == 0 and space <= 8 * q else q, 4)
    for _ in range(12):
        for step in range(1, 2 * den):
            inside = False
            for sign in ((1, -1) if side == 0 else (side,)):
                num, d = p * den + sign * step * q, q * den
                if 0 < num < d:
                    inside = True
                    g = gcd(num, d)
                    yield num // g, d // g
            if not inside:
                break
        den *= 2


def choose_form(values: Sequence[Fraction], draws: Draw, share: float = 0.25) -> str:
    """``fraction`` mostly; sometimes ``decimal`` or ``percent`` when every value
    terminates within four decimal places."""
    r = draws.random()
    if r >= share:
        return "fraction"
    for x in values:
        places = terminating_places(x)
        if places is None or places > 4:
            return "fraction"
    return "decimal" if r < share / 2 else "percent"


def shuffle_in(rng: np.random.Generator, answer: str, wrong: Sequence[Fraction],
               form: str) -> list[str]:
    """The key and the wrong probabilities written in ``form``, shuffled with ``rng``."""
    options = [answer] + [value_text(x, form) for x in wrong]
    rng.shuffle(options)
    return options
