"""Exact probabilities by enumerating outcomes: the independent check of the probability items.

The generators compute each answer with a closed form (binomial coefficients,
complements, Bayes' rule). This module instead lists the outcomes of the
experiment described in ``data``, weighs each one, and adds up the weights of
the outcomes in the event, as exact integers; a conditional probability is the
weight of the outcomes in both events over the weight of those in the
condition. Bayes items are worked as natural frequencies: a population large
enough that every group is a whole number of people.

``data`` holds:

* ``experiment``: one of

  - ``{"kind": "dice", "count": n, "sides": s}``: ``n`` fair dice numbered
    ``1..s``. Outcomes are grouped by the multiset of faces shown, each group
    weighted by the number of orders it can appear in (every event about dice
    is symmetric in the dice), so 4 twenty-sided dice cost 8,855 groups rather
    than 160,000 outcomes. :func:`probability` does not walk these groups per
    question: once per dice set it writes down, as bit sets over the groups,
    which groups have each total, largest, smallest and count of every face
    (see :class:`_DiceTable`); an event is then a few integer ``&``, ``|`` and
    ``^`` operations, and its probability the popcounts of the result weighed
    by the order counts, all exact integers.
  - ``{"kind": "coins", "count": n, "p_heads": "a/b"}``: ``n`` tosses, each
    heads with probability ``a/b``; every H/T sequence is listed and weighted
    ``a**h * (b - a)**t``.
  - ``{"kind": "cards", "draws": k, "replacement": bool}``: ``k`` cards from a
    standard 52-card deck (13 ranks A, 2–10, J, Q, K in each of hearts and
    diamonds, which are red, and clubs and spades, which are black; J, Q and K
    are the face cards), drawn in order.
  - ``{"kind": "urn", "contents": [{"colour": c, "count": m}, ...], "draws": k,
    "replacement": bool}``: ``k`` balls drawn in order.
  - ``{"kind": "children", "count": n, "attributes": {"sex": [...], "day": [...]}}``:
    ``n`` children, oldest first, each equally likely to have any combination of
    the attribute values, independently.
  - ``{"kind": "table", "rows": [...], "cols": [...], "counts": [[...], ...]}``:
    one person drawn at random from the people counted in a two-way table.
  - ``{"kind": "sources", "sources": [{"name": x, "share": "p", "rate": "r"}, ...]}``:
    a random member comes from source ``x`` with probability ``p`` and is
    flagged (tests positive, is defective) with probability ``r`` given its source.
  - ``{"kind": "monty", "doors": n, "strategy": "switch" | "stay"}``: a car
    behind one of ``n`` doors; the player picks a door at random; the host, who
    knows where the car is, opens a goat door other than the pick, uniformly
    among those; the player stays or switches to one of the other unopened doors
    chosen uniformly.

  For cards and urns the solver never lists the 52**k (or 52·51·...) draws one
  by one: it splits the deck into classes of cards the event cannot tell apart
  (e.g. "ace of hearts", "other heart", "other ace", "neither") and lists the
  sequences of classes, each weighted by the number of draws it stands for.
  Events that do not mention the position of a card use multisets of classes.

* ``event`` (and optionally ``given``): a tree of ``{"op": "and" | "or", "args":
  [...]}``, ``{"op": "not", "arg": ...}`` and atoms. Comparisons ``cmp`` are
  ``eq``, ``ne``, ``ge``, ``le``, ``gt``, ``lt``.

  - dice: ``{"type": "sum" | "max" | "min", "cmp", "value"}``,
    ``{"type": "count", "faces": [f, ...], "cmp", "value"}`` (dice showing one of
    the faces), ``{"type": "all_same"}``, ``{"type": "all_different"}``
  - coins: ``{"type": "count", "face": "H" | "T", "cmp", "value"}``,
    ``{"type": "first", "face", "at": k}`` (the first such face is toss ``k``),
    ``{"type": "run", "face", "length": L}`` (``L`` or more in a row somewhere),
    ``{"type": "sequence", "pattern": "HTH..."}``
  - cards: ``{"type": "count", "property": P, "cmp", "value"}``,
    ``{"type": "position", "index": i, "property": P}`` (the ``i``-th card drawn,
    from 1), ``{"type": "all_same", "attribute": "suit" | "colour" | "rank"}``;
    a property ``P`` is ``{"suit": "hearts"}``, ``{"rank": "A"}``,
    ``{"colour": "red"}``, ``{"face": true}``, ``{"any": [P, ...]}`` or
    ``{"all": [P, ...]}``
  - urn: ``{"type": "count", "colour", "cmp", "value"}``, ``{"type": "position",
    "index", "colour"}``, ``{"type": "all_same"}``, ``{"type": "all_different"}``
  - children: ``{"type": "count", "property": {"sex": "boy", ...}, "cmp", "value"}``,
    ``{"type": "position", "index": i, "property": {...}}`` (1 is the oldest)
  - table: ``{"type": "cell", "row": label, "col": label}`` (either may be left out)
  - sources: ``{"type": "source", "name": x}``, ``{"type": "flag", "value": bool}``
  - monty: ``{"type": "win"}``

For items with options the solver returns every option whose value equals the
probability; for free-response items, the probability as a lowest-terms fraction.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from functools import lru_cache, reduce
from math import comb, factorial, lcm, perm
from typing import Any

from logicgen.answers import parse_number

__all__ = ["CARD_RANKS", "CARD_SUITS", "effort", "outcomes", "probability", "solve"]

Outcome = tuple[Any, ...]
Pred = Callable[[Outcome], bool]

CARD_RANKS = ("A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K")
CARD_SUITS = ("hearts", "diamonds", "clubs", "spades")
_RED = ("hearts", "diamonds")
_FACE = ("J", "Q", "K")

_CMP: dict[str, Callable[[int, int], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "ge": lambda a, b: a >= b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "lt": lambda a, b: a < b,
}


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Every option equal to the enumerated probability (or that probability as text)."""
    value = probability(data)
    if choices:
        num, den = value.numerator, value.denominator
        return [c for c in choices if _equals(c, value, num, den)]
    if value.denominator == 1:
        return [str(value.numerator)]
    return [f"{value.numerator}/{value.denominator}"]


def _equals(text: str, value: Fraction, num: int | None = None, den: int | None = None) -> bool:
    """Whether an option's number equals ``value``; plain fractions, decimals and
    percentages are compared in integers, anything else goes through ``parse_number``.
    ``num`` and ``den``, when given, are ``value``'s numerator and denominator (read
    once for all the options)."""
    t = text.strip()
    if num is None or den is None:
        num, den = value.numerator, value.denominator
    a, slash, b = t.partition("/")
    if slash and a.isdigit() and b.isdigit():
        return int(a) * den == num * int(b)
    pct = t.endswith("%")
    body = t[:-1] if pct else t
    whole, dot, frac = body.partition(".")
    if (whole.isdigit() or (dot and not whole)) and (not frac or frac.isdigit()):
        scale = 10 ** len(frac) * (100 if pct else 1)
        return int((whole or "0") + frac) * den == num * scale
    return parse_number(t) == value


def probability(data: Mapping[str, Any]) -> Fraction:
    """P(event | given) for the experiment in ``data``, by enumeration.

    Results are memoised on the experiment and events (as canonical JSON), so
    a repeated experiment is enumerated once.
    """
    key = json.dumps([data["experiment"], data["event"], data.get("given")], sort_keys=True)
    return _probability(key)


@lru_cache(maxsize=8192)
def _probability(key: str) -> Fraction:
    experiment, event, given = json.loads(key)
    kind = experiment["kind"]
    if kind not in _KINDS:
        raise ValueError(f"unknown experiment kind {kind!r}")
    if kind == "dice":
        table = _dice_table_for(experiment)
        if table is not None:
            return table.probability(event, given)
    atoms = _Atoms(kind, experiment)
    want = _compile(event, atoms)
    cond = _compile(given, atoms) if given is not None else None
    num = den = 0
    for outcome, weight in outcomes(experiment, atoms.ordered, atoms.card_props()):
        if cond is None or cond(outcome):
            den += weight
            if want(outcome):
                num += weight
    if den == 0:
        raise ValueError("the condition is impossible")
    return Fraction(num) / Fraction(den)


# -- outcomes ------------------------------------------------------------------------------


def outcomes(
    experiment: Mapping[str, Any], ordered: bool = True, card_props: Sequence[Any] = ()
) -> Iterable[tuple[Outcome, Any]]:
    """The outcomes of ``experiment`` with integer (or exact) weights.

    ``ordered=False`` lets dice, cards and urns group outcomes that differ only
    in order (for events that do not ask about positions). ``card_props`` are
    the card properties (and attribute names) the event looks at; cards that
    agree on all of them are treated as one class.
    """
    kind = experiment["kind"]
    return _KINDS[kind](experiment, ordered, card_props)


def _dice(exp: Mapping[str, Any], ordered: bool, _: Any) -> Iterable[tuple[Outcome, int]]:
    n, s = int(exp["count"]), int(exp["sides"])
    faces = range(1, s + 1)
    if ordered:
        for roll in itertools.product(faces, repeat=n):
            yield roll, 1
        return
    nf = factorial(n)
    for roll in itertools.combinations_with_replacement(faces, n):
        w = nf
        for f in set(roll):
            w //= factorial(roll.count(f))
        yield roll, w


def _coins(exp: Mapping[str, Any], _o: bool, _p: Any) -> Iterable[tuple[Outcome, int]]:
    n = int(exp["count"])
    p = Fraction(exp["p_heads"])
    a, b = p.numerator, p.denominator
    for seq in itertools.product("HT", repeat=n):
        h = seq.count("H")
        yield seq, a**h * (b - a) ** (n - h)


def _draws(
    sizes: Sequence[int], reps: Sequence[Any], k: int, replacement: bool, ordered: bool
) -> Iterable[tuple[Outcome, int]]:
    """Sequences of ``k`` classes with the number of draws each stands for."""
    idx = range(len(sizes))
    if ordered:
        for seq in itertools.product(idx, repeat=k):
            w = 1
            used = [0] * len(sizes)
            for c in seq:
                avail = sizes[c] if replacement else sizes[c] - used[c]
                if avail <= 0:
                    w = 0
                    break
                w *= avail
                used[c] += 1
            if w:
                yield tuple(reps[c] for c in seq), w
        return
    kf = factorial(k)
    for seq in itertools.combinations_with_replacement(idx, k):
        w = kf
        for c in set(seq):
            m = seq.count(c)
            w //= factorial(m)
            w *= sizes[c] ** m if replacement else perm(sizes[c], m)
        if w:
            yield tuple(reps[c] for c in seq), w


def _cards(
    exp: Mapping[str, Any], ordered: bool, props: Sequence[Any]
) -> Iterable[tuple[Outcome, int]]:
    k = int(exp["draws"])
    replacement = bool(exp["replacement"])
    sizes, reps = _card_classes(json.dumps(props))
    return _draws(sizes, reps, k, replacement, ordered)


_DECK = tuple((r, s) for s in CARD_SUITS for r in CARD_RANKS)


@lru_cache(maxsize=1024)
def _card_classes(props: str) -> tuple[list[int], list[tuple[str, str]]]:
    """The classes of cards that agree on every property (or attribute) in ``props``
    (JSON text): their sizes and a card of each, in the order of their signatures.
    Kept per set of properties, which items share; callers only read the lists."""
    columns = [_card_column(json.dumps(p)) for p in json.loads(props)]
    sigs = zip(*columns) if columns else [()] * len(_DECK)
    classes: dict[tuple[Any, ...], list[Any]] = {}
    for card, sig in zip(_DECK, sigs):
        if sig in classes:
            classes[sig][0] += 1
        else:
            classes[sig] = [1, card]
    # ordered by the signatures' JSON text (a class's place fixes the enumeration order)
    keys = sorted(classes, key=lambda sig: json.dumps(list(sig)))
    return [classes[s][0] for s in keys], [classes[s][1] for s in keys]


@lru_cache(maxsize=1024)
def _card_column(prop: str) -> tuple[Any, ...]:
    """What each card of the deck, in deck order, has for one property or attribute
    (JSON text): kept per property, as the same few recur in item after item."""
    looked_at = json.loads(prop)
    return tuple([_card_sig(card, looked_at) for card in _DECK])


@lru_cache(maxsize=1024)
def _card_hits(prop: str) -> frozenset[tuple[str, str]]:
    """The cards of the deck that have the property ``prop`` (JSON text)."""
    looked_at = json.loads(prop)
    return frozenset(card for card in _DECK if _has(card, looked_at))


def _card_sig(card: tuple[str, str], prop: Any) -> Any:
    if isinstance(prop, str):  # an attribute compared across cards
        return _attribute(card, prop)
    return _has(card, prop)


def _urn(exp: Mapping[str, Any], ordered: bool, _: Any) -> Iterable[tuple[Outcome, int]]:
    contents = exp["contents"]
    sizes = [int(c["count"]) for c in contents]
    reps = [str(c["colour"]) for c in contents]
    return _draws(sizes, reps, int(exp["draws"]), bool(exp["replacement"]), ordered)


def _children(exp: Mapping[str, Any], _o: bool, _p: Any) -> Iterable[tuple[Outcome, int]]:
    attrs = exp["attributes"]
    names = sorted(attrs)
    kinds = [dict(zip(names, combo)) for combo in itertools.product(*(attrs[a] for a in names))]
    for family in itertools.product(kinds, repeat=int(exp["count"])):
        yield family, 1


def _table(exp: Mapping[str, Any], _o: bool, _p: Any) -> Iterable[tuple[Outcome, int]]:
    for i, row in enumerate(exp["rows"]):
        for j, col in enumerate(exp["cols"]):
            yield (row, col), int(exp["counts"][i][j])


def _sources(exp: Mapping[str, Any], _o: bool, _p: Any) -> Iterable[tuple[Outcome, int]]:
    # Natural frequencies: a population in which every group is a whole number.
    srcs = [(s["name"], Fraction(s["share"]), Fraction(s["rate"])) for s in exp["sources"]]
    if sum(share for _, share, _ in srcs) != 1:
        raise ValueError("the source shares do not add up to 1")
    population = reduce(lcm, (sh.denominator * r.denominator for _, sh, r in srcs), 1)
    for name, share, rate in srcs:
        members = population * share
        flagged = members * rate
        yield (name, True), int(flagged)
        yield (name, False), int(members - flagged)


def _monty(exp: Mapping[str, Any], _o: bool, _p: Any) -> Iterable[tuple[Outcome, Fraction]]:
    n = int(exp["doors"])
    switch = exp["strategy"] == "switch"
    for car in range(n):
        for pick in range(n):
            goats = [d for d in range(n) if d != pick and d != car]
            for opened in goats:
                w = Fraction(1, n * n * len(goats))
                if not switch:
                    yield (car, pick, opened, pick), w
                    continue
                others = [d for d in range(n) if d != pick and d != opened]
                for final in others:
                    yield (car, pick, opened, final), w / len(others)


_KINDS: dict[str, Callable[..., Iterable[tuple[Outcome, Any]]]] = {
    "dice": _dice,
    "coins": _coins,
    "cards": _cards,
    "urn": _urn,
    "children": _children,
    "table": _table,
    "sources": _sources,
    "monty": _monty,
}


# -- events --------------------------------------------------------------------------------


def _has(card: tuple[str, str], prop: Mapping[str, Any]) -> bool:
    rank, suit = card
    if "any" in prop:
        return any(_has(card, p) for p in prop["any"])
    if "all" in prop:
        return all(_has(card, p) for p in prop["all"])
    ok = True
    if "suit" in prop:
        ok = ok and suit == prop["suit"]
    if "rank" in prop:
        ok = ok and rank == str(prop["rank"])
    if "colour" in prop:
        ok = ok and ("red" if suit in _RED else "black") == prop["colour"]
    if "face" in prop:
        ok = ok and (rank in _FACE) == bool(prop["face"])
    return ok


def _attribute(card: tuple[str, str], name: str) -> str:
    rank, suit = card
    if name == "suit":
        return suit
    if name == "rank":
        return rank
    if name == "colour":
        return "red" if suit in _RED else "black"
    raise ValueError(f"unknown card attribute {name!r}")


class _Atoms:
    """What the compiled events need to know about the experiment."""

    def __init__(self, kind: str, experiment: Mapping[str, Any]) -> None:
        self.kind = kind
        self.experiment = experiment
        self.ordered = kind not in ("dice", "cards", "urn")
        self.props: list[Any] = []

    def need_order(self) -> None:
        if self.kind == "dice":
            raise ValueError("dice events are about the whole roll, not single dice")
        self.ordered = True

    def card_props(self) -> list[Any]:
        return self.props

    def add_prop(self, prop: Any) -> None:
        if prop not in self.props:
            self.props.append(prop)


def _compile(tree: Mapping[str, Any], atoms: _Atoms) -> Pred:
    op = tree.get("op")
    if op == "not":
        inner = _compile(tree["arg"], atoms)
        return lambda o: not inner(o)
    if op in ("and", "or"):
        parts = [_compile(t, atoms) for t in tree["args"]]
        if op == "and":
            return lambda o: all(p(o) for p in parts)
        return lambda o: any(p(o) for p in parts)
    if op is not None:
        raise ValueError(f"unknown operator {op!r}")
    return _ATOMS[atoms.kind](tree, atoms)


_REDUCE: dict[str, Callable[[Outcome], int]] = {"sum": sum, "max": max, "min": min}


def _dice_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    typ = t["type"]
    if typ in ("sum", "max", "min"):
        fn: Callable[[Outcome], int] = _REDUCE[typ]
        cmp, v = _CMP[t["cmp"]], int(t["value"])
        return lambda o: cmp(fn(o), v)
    if typ == "count":
        faces = frozenset(int(f) for f in t["faces"])
        cmp, v = _CMP[t["cmp"]], int(t["value"])
        return lambda o: cmp(sum(1 for f in o if f in faces), v)
    if typ == "all_same":
        return lambda o: len(set(o)) == 1
    if typ == "all_different":
        return lambda o: len(set(o)) == len(o)
    raise ValueError(f"unknown dice event {typ!r}")


def _coin_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    typ = t["type"]
    if typ == "count":
        face = t["face"]
        cmp, v = _CMP[t["cmp"]], int(t["value"])
        return lambda o: cmp(o.count(face), v)
    if typ == "first":
        face, at = t["face"], int(t["at"])
        return lambda o: face in o and o.index(face) == at - 1
    if typ == "run":
        target = t["face"] * int(t["length"])
        return lambda o: target in "".join(o)
    if typ == "sequence":
        pattern = tuple(t["pattern"])
        return lambda o: o == pattern
    raise ValueError(f"unknown coin event {typ!r}")


def _card_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    typ = t["type"]
    if typ == "count":
        prop = t["property"]
        atoms.add_prop(prop)
        cmp, v = _CMP[t["cmp"]], int(t["value"])
        hits = _card_hits(json.dumps(prop))  # the outcomes hold cards of the deck
        return lambda o: cmp(sum(1 for c in o if c in hits), v)
    if typ == "position":
        prop, i = t["property"], int(t["index"]) - 1
        atoms.add_prop(prop)
        atoms.need_order()
        hits = _card_hits(json.dumps(prop))
        return lambda o: o[i] in hits
    if typ == "all_same":
        attr = t["attribute"]
        atoms.add_prop(attr)
        return lambda o: len({_attribute(c, attr) for c in o}) == 1
    raise ValueError(f"unknown card event {typ!r}")


def _urn_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    typ = t["type"]
    if typ == "count":
        colour = t["colour"]
        cmp, v = _CMP[t["cmp"]], int(t["value"])
        return lambda o: cmp(o.count(colour), v)
    if typ == "position":
        colour, i = t["colour"], int(t["index"]) - 1
        atoms.need_order()
        return lambda o: o[i] == colour
    if typ == "all_same":
        return lambda o: len(set(o)) == 1
    if typ == "all_different":
        return lambda o: len(set(o)) == len(o)
    raise ValueError(f"unknown urn event {typ!r}")


def _child_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    prop = dict(t["property"])

    def fits(child: Mapping[str, Any]) -> bool:
        return all(child[k] == v for k, v in prop.items())

    if t["type"] == "count":
        cmp, v = _CMP[t["cmp"]], int(t["value"])
        return lambda o: cmp(sum(1 for c in o if fits(c)), v)
    if t["type"] == "position":
        i = int(t["index"]) - 1
        return lambda o: fits(o[i])
    raise ValueError(f"unknown children event {t['type']!r}")


def _table_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    if t["type"] != "cell":
        raise ValueError(f"unknown table event {t['type']!r}")
    row, col = t.get("row"), t.get("col")
    return lambda o: (row is None or o[0] == row) and (col is None or o[1] == col)


def _source_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    if t["type"] == "source":
        name = t["name"]
        return lambda o: o[0] == name
    if t["type"] == "flag":
        value = bool(t["value"])
        return lambda o: o[1] == value
    raise ValueError(f"unknown sources event {t['type']!r}")


def _monty_atom(t: Mapping[str, Any], atoms: _Atoms) -> Pred:
    if t["type"] != "win":
        raise ValueError(f"unknown monty event {t['type']!r}")
    return lambda o: o[3] == o[0]


_ATOMS: dict[str, Callable[[Mapping[str, Any], _Atoms], Pred]] = {
    "dice": _dice_atom,
    "coins": _coin_atom,
    "cards": _card_atom,
    "urn": _urn_atom,
    "children": _child_atom,
    "table": _table_atom,
    "sources": _source_atom,
    "monty": _monty_atom,
}


# -- dice as bit sets ----------------------------------------------------------------------

#: Dice sets whose table would hold more bits than this (about ``s * (2n + 3)`` bit
#: sets, one bit per multiset of faces) are enumerated group by group as above
#: instead: 4 twenty-sided dice take 2 million bits, this allows 32 million (4 MiB).
_DICE_TABLE_BITS = 1 << 25


class _Feature:
    """A whole-number feature of the multisets (total, largest, ...), as cumulative bit sets.

    ``cum[i]`` has the bits of the multisets whose value is at most ``lo + i``;
    the last entry is every multiset.
    """

    __slots__ = ("cum", "full", "lo")

    def __init__(self, lo: int, exact: Sequence[int], full: int) -> None:
        self.lo = lo
        self.full = full
        self.cum: list[int] = []
        acc = 0
        for mask in exact:
            acc |= mask
            self.cum.append(acc)

    def at_most(self, v: int) -> int:
        i = v - self.lo
        if i < 0:
            return 0
        if i >= len(self.cum):
            return self.full
        return self.cum[i]


# ``at_most(v - 1)`` is a subset of ``at_most(v)``, so ``^`` removes it.
_CMP_MASKS: dict[str, Callable[[_Feature, int], int]] = {
    "eq": lambda f, v: f.at_most(v) ^ f.at_most(v - 1),
    "ne": lambda f, v: f.full ^ f.at_most(v) ^ f.at_most(v - 1),
    "le": lambda f, v: f.at_most(v),
    "lt": lambda f, v: f.at_most(v - 1),
    "ge": lambda f, v: f.full ^ f.at_most(v - 1),
    "gt": lambda f, v: f.full ^ f.at_most(v),
}


def _bit_set(positions: Iterable[int], size: int) -> int:
    """The integer whose bits ``positions`` (of ``0..size-1``) are set.

    Written as a string of binary digits (bit ``i`` is the ``i``-th digit from
    the right) and read with ``int(..., 2)``, which takes linear time, rather
    than or-ed together one bit at a time.
    """
    digits = bytearray(b"0") * size
    for i in positions:
        digits[size - 1 - i] = 49  # ord("1")
    return int(digits, 2)


def _bit_sets(keys: Sequence[int], count: int) -> list[int]:
    """For each ``k`` in ``0..count-1``, the bit set of the positions ``i`` with ``keys[i] == k``."""
    positions: list[list[int]] = [[] for _ in range(count)]
    for i, k in enumerate(keys):
        positions[k].append(i)
    return [_bit_set(p, len(keys)) for p in positions]


class _DiceTable:
    """Every multiset of faces of ``n`` dice numbered ``1..s``, as bits of integers.

    Bit ``i`` stands for the ``i``-th multiset in the order of
    ``itertools.combinations_with_replacement`` (the groups :func:`_dice` lists).
    An event about the dice is a bit set: the atoms are read off the table, and
    ``and``/``or``/``not`` are ``&``/``|``/``^ full``. Its weight, the number of
    ordered rolls it holds, is the popcount of its part in each order-count class
    times that count. Checked against every ordered roll in tests/test_solve_exact.py.
    """

    __slots__ = (
        "_count_features",
        "different",
        "face_counts",
        "features",
        "full",
        "n",
        "s",
        "same",
        "weights",
    )

    def __init__(self, n: int, s: int) -> None:
        self.n, self.s = n, s
        rolls = list(itertools.combinations_with_replacement(range(1, s + 1), n))
        m = len(rolls)
        self.full = (1 << m) - 1
        nf = factorial(n)
        weight_of: list[int] = []
        distinct: list[int] = []
        # shown[f][c]: the rolls in which exactly c >= 1 dice show f.
        shown: list[list[list[int]]] = [[[] for _ in range(n + 1)] for _ in range(s + 1)]
        for i, roll in enumerate(rolls):
            w = nf
            faces = set(roll)
            for f in faces:
                c = roll.count(f)
                shown[f][c].append(i)
                w //= factorial(c)
            weight_of.append(w)
            distinct.append(len(faces))
        classes = sorted(set(weight_of))
        index = {w: k for k, w in enumerate(classes)}
        self.weights = list(zip(classes, _bit_sets([index[w] for w in weight_of], len(classes))))
        by_distinct = _bit_sets(distinct, n + 1)
        self.same = by_distinct[1]
        self.different = by_distinct[n]
        self.features = {
            "sum": _Feature(n, _bit_sets([sum(r) - n for r in rolls], n * (s - 1) + 1), self.full),
            "max": _Feature(1, _bit_sets([r[-1] - 1 for r in rolls], s), self.full),
            "min": _Feature(1, _bit_sets([r[0] - 1 for r in rolls], s), self.full),
        }
        # face_counts[f][c]: the rolls in which exactly c dice show f (index 0 unused);
        # c = 0 is whatever is left.
        self.face_counts = [[0]]
        for f in range(1, s + 1):
            sets = [_bit_set(at, m) for at in shown[f]]
            sets[0] = self.full ^ reduce(int.__or__, sets[1:], 0)
            self.face_counts.append(sets)
        self._count_features: dict[tuple[int, ...], _Feature] = {}

    def count_feature(self, faces: frozenset[int]) -> _Feature:
        """How many dice show one of ``faces``, built face by face.

        The rolls with ``c`` dice in ``faces`` are the union, over ``a + b = c``, of
        those with ``a`` dice in the faces seen so far and ``b`` showing the next one.
        """
        key = tuple(sorted(f for f in faces if 1 <= f <= self.s))
        feature = self._count_features.get(key)
        if feature is None:
            if len(self._count_features) >= 256:  # bound the memory odd input can take
                self._count_features.clear()
            n = self.n
            exact = [self.full] + [0] * n
            for f in key:
                counts = self.face_counts[f]
                exact = [
                    reduce(int.__or__, (exact[a] & counts[c - a] for a in range(c + 1)), 0)
                    for c in range(n + 1)
                ]
            feature = self._count_features[key] = _Feature(0, exact, self.full)
        return feature

    def weigh(self, mask: int) -> int:
        """The number of ordered rolls in the multisets of ``mask``."""
        return sum(w * (mask & part).bit_count() for w, part in self.weights)

    def mask(self, tree: Mapping[str, Any]) -> int:
        """The multisets in the event ``tree``; errors match :func:`_compile`, which also
        looks at every argument of ``and``/``or`` in order."""
        op = tree.get("op")
        if op == "not":
            return self.full ^ self.mask(tree["arg"])
        if op in ("and", "or"):
            parts = [self.mask(t) for t in tree["args"]]
            if op == "and":
                return reduce(int.__and__, parts, self.full)
            return reduce(int.__or__, parts, 0)
        if op is not None:
            raise ValueError(f"unknown operator {op!r}")
        return self.atom(tree)

    def atom(self, t: Mapping[str, Any]) -> int:
        # Keys are read in the order _dice_atom reads them, so bad input raises the same error.
        typ = t["type"]
        if typ in ("sum", "max", "min"):
            cmp, v = _CMP_MASKS[t["cmp"]], int(t["value"])
            return cmp(self.features[typ], v)
        if typ == "count":
            faces = frozenset(int(f) for f in t["faces"])
            cmp, v = _CMP_MASKS[t["cmp"]], int(t["value"])
            return cmp(self.count_feature(faces), v)
        if typ == "all_same":
            return self.same
        if typ == "all_different":
            return self.different
        raise ValueError(f"unknown dice event {typ!r}")

    def probability(self, event: Mapping[str, Any], given: Mapping[str, Any] | None) -> Fraction:
        want = self.mask(event)
        cond = self.mask(given) if given is not None else self.full
        den = self.weigh(cond)
        if den == 0:
            raise ValueError("the condition is impossible")
        return Fraction(self.weigh(want & cond)) / Fraction(den)


@lru_cache(maxsize=32)
def _dice_table(n: int, s: int) -> _DiceTable:
    return _DiceTable(n, s)


def _dice_table_for(exp: Mapping[str, Any]) -> _DiceTable | None:
    """The table for the dice of ``exp``, or ``None`` to enumerate instead: when the
    dice set is malformed (so that the enumeration raises its own error, at the same
    point), empty, or too large to table."""
    try:
        n, s = int(exp["count"]), int(exp["sides"])
    except (KeyError, TypeError, ValueError):
        return None
    if n < 1 or s < 1 or comb(n + s - 1, n) * s * (2 * n + 3) > _DICE_TABLE_BITS:
        return None
    return _dice_table(n, s)


# -- effort: the working an item needs ------------------------------------------------------


def _effort_trials(exp: Mapping[str, Any]) -> int:
    kind = exp["kind"]
    if kind in ("dice", "coins", "children"):
        return int(exp.get("count", 1))
    if kind in ("cards", "urn"):
        return int(exp.get("draws", 1))
    return 1


def _effort_space(exp: Mapping[str, Any]) -> int:
    """The number the working divides by: equally likely outcomes (dice, coins, cards,
    urns, families, doors), people counted (tables), or the smallest whole-number
    population (Bayes)."""
    kind = exp["kind"]
    if kind == "dice":
        return int(exp["sides"]) ** int(exp["count"])
    if kind == "coins":
        return _fraction(str(exp["p_heads"])).denominator ** int(exp["count"])
    if kind in ("cards", "urn"):
        total = 52 if kind == "cards" else sum(int(c["count"]) for c in exp["contents"])
        k = int(exp["draws"])
        return total ** k if exp.get("replacement", True) else perm(total, k)
    if kind == "table":
        return sum(sum(int(v) for v in row) for row in exp["counts"])
    if kind == "sources":
        return lcm(*(_fraction(str(s[key])).denominator
                     for s in exp["sources"] for key in ("share", "rate")))
    if kind == "children":
        size = 1
        for values in exp["attributes"].values():
            size *= len(values)
        return size ** int(exp["count"])
    if kind == "monty":
        return int(exp["doors"]) ** 2
    return 1


_HALF = Fraction(1, 2)


@lru_cache(maxsize=1024)
def _fraction(text: str) -> Fraction:
    """``Fraction(text)``, kept: the same few chances are read for every item."""
    return Fraction(text)


@lru_cache(maxsize=4096)
def _effort_count(n: int, cmp: str, value: int) -> float:
    # one term per number of successes counted, 1 step for "none"/"all" (one product),
    # 2 for an inner one (choose the trials, then the product); the complement when it
    # has fewer terms, at 1 step for the subtraction
    hits = [k for k in range(n + 1) if _CMP[cmp](k, value)]
    complement = 0 < n + 1 - len(hits) < len(hits)
    kept = [k for k in range(n + 1) if (k in hits) != complement]
    return sum(1.0 if k in (0, n) else 2.0 for k in kept) + (1.0 if complement else 0.0)


def _effort_atom(t: Mapping[str, Any], exp: Mapping[str, Any], n: int) -> float:
    typ = t["type"]
    if typ == "count":
        cost = _effort_count(n, t.get("cmp", "eq"), int(t["value"]))
        prop = t.get("property")
        if isinstance(prop, Mapping) and "any" in prop:
            cost += 1.0  # the overlap counted once (inclusion–exclusion)
        return cost
    if typ in ("sum", "max", "min"):
        if n == 1:
            return 1.0
        if typ == "sum":
            return float(n)  # tally the rolls with each total
        return 2.0 if t.get("cmp") in ("eq", "ne") else 1.0  # a difference of two powers
    if typ == "all_same":
        if exp["kind"] == "urn":
            return 1.0 + 0.5 * (len(exp["contents"]) - 1)  # one case per colour
        if exp["kind"] == "cards":
            return 1.0 + 0.5 * (3 if t.get("attribute") == "suit" else 1)
        return 1.0
    if typ == "all_different":
        return 1.0 + 0.5 * (n - 1)
    if typ == "cell":
        if "row" in t and "col" in t:
            return 0.5
        cells = len(exp["cols"]) if "row" in t else len(exp["rows"])
        return 1.0 + 0.5 * (cells - 1)  # read the cells and add them up
    if typ == "run":
        return 3.0 + 0.25 * max(0, n - 4)  # a recurrence along the tosses
    if typ == "win":
        return 3.0 + 0.5 * (int(exp["doors"]) - 3)  # cases of the first pick, then the host
    return 1.0  # position, sequence, first, source, flag: one factor or one group


def _effort_tree(t: Mapping[str, Any], exp: Mapping[str, Any], n: int) -> float:
    op = t.get("op")
    if op is None:
        return _effort_atom(t, exp, n)
    if op == "not":
        return _effort_tree(t["arg"], exp, n) + 1.0
    costs = sorted((_effort_tree(a, exp, n) for a in t["args"]), reverse=True)
    if op == "or":  # disjoint cases: the dearest one, then half a step per case added
        return costs[0] + 0.5 * min(len(costs) - 1, 4)
    if all(a.get("type") == "position" for a in t["args"]):
        return sum(costs)  # one factor per draw
    return costs[0] + 1.0 * (len(costs) - 1)


def effort(data: Mapping[str, Any]) -> float:
    """The working a probability item needs by hand, in steps (its difficulty ``score``).

    Read from ``data`` alone, following the shortest written route rather than
    this module's enumeration:

    * each atom of the event: a count of successes over ``n`` trials costs one
      term per number of successes, 1 step for "none" or "all" and 2 for an inner
      one (choose the trials, then multiply), through the complement (plus 1)
      when that has fewer terms; a total of ``n > 1`` dice ``n`` steps (a tally);
      a largest or smallest value 1 step (one power) or 2 (a difference of two
      powers); "all the same" 1 plus half a step per further colour or suit;
      "all different" 1 plus half a step per further draw; a run of heads 3
      plus a quarter per toss beyond four (a recurrence); Monty Hall 3 plus half
      per door beyond three; a table row or column 1 plus half a step per cell
      added; any other atom (a position, a pattern, a source) 1;
    * ``or`` of disjoint cases: the dearest case plus half a step per other case
      (at most 2); ``and`` of draws in order: the sum (one factor each); another
      ``and``: the dearest plus 1 per further condition; ``not``: plus 1;
    * a condition ``given``: its own cost plus 1.5 (restrict the sample space
      and divide); in a table the event is then half a step (one cell);
    * Bayes sources: plus 1 per source (share × rate);
    * plus 1 for draws without replacement, half a step per die, card or ball
      beyond the first (one more factor), half a step for dice that are not
      six-sided or a biased coin;
    * plus half a step per digit beyond two of the number divided by (the
      outcomes, people or population; at most 1.5): arithmetic magnitude.

    >>> effort({"experiment": {"kind": "dice", "count": 2, "sides": 6},
    ...         "event": {"type": "count", "faces": [6], "cmp": "ge", "value": 1}})
    2.5

    (at least one six with two dice: 1 − (5/6)²: one product and the complement's
    subtraction, 2, plus half a step for the second die; 36 outcomes, two digits.)
    """
    exp = data["experiment"]
    kind = exp["kind"]
    n = _effort_trials(exp)
    cost = 0.5 if kind == "table" else _effort_tree(data["event"], exp, n)
    given = data.get("given")
    if given is not None:
        cost += _effort_tree(given, exp, n) + 1.5
    if kind == "sources":
        cost += 1.0 * len(exp["sources"])
    if kind in ("cards", "urn") and n > 1 and not exp.get("replacement", True):
        cost += 1.0
    if kind in ("dice", "cards", "urn"):
        cost += 0.5 * max(0, n - 1)
    if kind == "dice" and int(exp["sides"]) != 6:
        cost += 0.5
    if kind == "coins" and _fraction(str(exp["p_heads"])) != _HALF:
        cost += 0.5
    cost += min(1.5, 0.5 * max(0, len(str(_effort_space(exp))) - 2))
    return cost
