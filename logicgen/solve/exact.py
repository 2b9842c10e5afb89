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
    than 160,000 outcomes.
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
from math import factorial, lcm, perm
from typing import Any

from logicgen.answers import parse_number

__all__ = ["CARD_RANKS", "CARD_SUITS", "outcomes", "probability", "solve"]

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
        return [c for c in choices if _equals(c, value)]
    if value.denominator == 1:
        return [str(value.numerator)]
    return [f"{value.numerator}/{value.denominator}"]


def _equals(text: str, value: Fraction) -> bool:
    """Whether an option's number equals ``value``; plain fractions, decimals and
    percentages are compared in integers, anything else goes through ``parse_number``."""
    t = text.strip()
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
    deck = [(r, s) for s in CARD_SUITS for r in CARD_RANKS]
    classes: dict[str, list[Any]] = {}
    for card in deck:
        sig = json.dumps([_card_sig(card, p) for p in props])
        if sig in classes:
            classes[sig][0] += 1
        else:
            classes[sig] = [1, card]
    keys = sorted(classes)
    sizes = [classes[s][0] for s in keys]
    reps = [classes[s][1] for s in keys]
    return _draws(sizes, reps, k, replacement, ordered)


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
        return lambda o: cmp(sum(1 for c in o if _has(c, prop)), v)
    if typ == "position":
        prop, i = t["property"], int(t["index"]) - 1
        atoms.add_prop(prop)
        atoms.need_order()
        return lambda o: _has(o[i], prop)
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
