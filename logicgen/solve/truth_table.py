"""Propositional statements judged by truth tables over their atoms.

Statements are trees: a leaf is ``{"atom": "p"}``; a node is
``{"op": name, "args": [...]}`` with ``name`` one of ``not`` (one argument),
``and``, ``or`` (two or more), ``implies`` and ``iff`` (two). Item data holds
``premises`` (a list of ``{"text", "tree"}``) and either

* ``question: "tfu"`` and ``claim`` (a tree): the verdict is ``True`` when the
  claim holds in every row of the truth table where all premises hold,
  ``False`` when it holds in none of them, ``Uncertain`` otherwise; or
* ``question: "choice"`` and ``options`` (a list of ``{"text", "tree"}``): the
  options that hold in every such row ("must be true").

>>> p, q = {"atom": "p"}, {"atom": "q"}
>>> data = {"question": "tfu", "claim": p, "premises": [
...     {"text": "If p, then q.", "tree": {"op": "implies", "args": [p, q]}},
...     {"text": "q.", "tree": q}]}
>>> solve(data, ["True", "False", "Uncertain"])
['Uncertain']
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["atoms_of", "evaluate", "models", "solve", "table"]

Tree = Mapping[str, Any]
MAX_ATOMS = 12


def atoms_of(tree: Tree, found: set[str] | None = None) -> set[str]:
    """The atom names in ``tree``."""
    found = set() if found is None else found
    if "atom" in tree:
        found.add(str(tree["atom"]))
    else:
        for arg in tree["args"]:
            atoms_of(arg, found)
    return found


def evaluate(tree: Tree, row: Mapping[str, bool]) -> bool:
    """The truth value of ``tree`` when the atoms take the values in ``row``."""
    if "atom" in tree:
        return row[tree["atom"]]
    op, args = tree["op"], tree["args"]
    if op == "not":
        (only,) = args
        return not evaluate(only, row)
    if op == "and":
        return all(evaluate(a, row) for a in args)
    if op == "or":
        return any(evaluate(a, row) for a in args)
    if op == "implies":
        first, second = args
        return (not evaluate(first, row)) or evaluate(second, row)
    if op == "iff":
        first, second = args
        return evaluate(first, row) == evaluate(second, row)
    raise ValueError(f"unknown operator {op!r}")


def models(premises: Sequence[Tree], extra: Sequence[Tree] = ()) -> list[dict[str, bool]]:
    """Every row of the truth table (over all atoms mentioned) where the premises hold."""
    names: set[str] = set()
    for tree in [*premises, *extra]:
        atoms_of(tree, names)
    if len(names) > MAX_ATOMS:
        raise ValueError(f"too many atoms for a truth table ({len(names)})")
    ordered = sorted(names)
    rows = []
    for values in itertools.product((False, True), repeat=len(ordered)):
        row = dict(zip(ordered, values))
        if all(evaluate(t, row) for t in premises):
            rows.append(row)
    return rows


# The whole truth table at once: row r of ``itertools.product((False, True), repeat=k)``
# over the sorted atoms is bit r of an integer, so a statement's value in every row
# is one integer (its rows where it holds) and each connective one bitwise operation
# (:func:`evaluate` reads one row; the tests compare the two).


def _holds(tree: Tree, atoms: Mapping[str, int], full: int) -> int:
    """The rows in which ``tree`` holds, as a bit set."""
    if "atom" in tree:
        return atoms[tree["atom"]]
    op, args = tree["op"], tree["args"]
    if op == "not":
        (only,) = args
        return full ^ _holds(only, atoms, full)
    if op == "and":
        out = full
        for a in args:
            out &= _holds(a, atoms, full)
        return out
    if op == "or":
        out = 0
        for a in args:
            out |= _holds(a, atoms, full)
        return out
    if op == "implies":
        first, second = args
        return (full ^ _holds(first, atoms, full)) | _holds(second, atoms, full)
    if op == "iff":
        first, second = args
        return full ^ (_holds(first, atoms, full) ^ _holds(second, atoms, full))
    raise ValueError(f"unknown operator {op!r}")


@functools.cache  # k is 0..MAX_ATOMS
def _atom_rows(k: int) -> tuple[int, list[int]]:
    """All rows of ``k`` atoms, and for each atom the rows where it is true."""
    size = 1 << k
    full = (1 << size) - 1
    # In product order the atom at position i is true in rows whose bit k-1-i is set.
    return full, [sum(1 << r for r in range(size) if r >> (k - 1 - i) & 1) for i in range(k)]


def table(premises: Sequence[Tree], extra: Sequence[Tree] = ()) -> tuple[int, list[int]]:
    """The truth table over every atom mentioned, as bit sets: the rows where all the
    premises hold (the rows :func:`models` lists), and the rows where each tree of
    ``extra`` holds.

    >>> p, q = {"atom": "p"}, {"atom": "q"}
    >>> table([{"op": "or", "args": [p, q]}], [p])  # rows FF FT TF TT: 0b1110, 0b1100
    (14, [12])
    """
    names: set[str] = set()
    for tree in [*premises, *extra]:
        atoms_of(tree, names)
    if len(names) > MAX_ATOMS:
        raise ValueError(f"too many atoms for a truth table ({len(names)})")
    full, rows = _atom_rows(len(names))
    atoms = dict(zip(sorted(names), rows))
    allowed = full
    for tree in premises:
        allowed &= _holds(tree, atoms, full)
    return allowed, [_holds(tree, atoms, full) for tree in extra]


def _verdict_of(allowed: int, holds: int) -> str:
    """True / False / Uncertain of a claim holding in rows ``holds`` of rows ``allowed``."""
    if not allowed & ~holds:
        return "True"
    return "False" if not allowed & holds else "Uncertain"


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The option(s) the truth table supports (see the module docstring)."""
    premises = [p["tree"] for p in data["premises"]]
    if data["question"] == "tfu":
        allowed, (claim,) = table(premises, [data["claim"]])
        if not allowed:
            raise ValueError("the premises contradict each other")
        verdict = _verdict_of(allowed, claim)
        return [c for c in choices if c == verdict]
    trees = {opt["text"]: opt["tree"] for opt in data["options"]}
    shown = [(c, trees[c]) for c in choices]
    allowed, holds = table(premises, [t for _, t in shown])
    if not allowed:
        raise ValueError("the premises contradict each other")
    return [c for (c, _), rows in zip(shown, holds) if not allowed & ~rows]


Literal = tuple[str, bool]

#: work a rule costs to apply forwards (modus ponens) or through its
#: contrapositive (modus tollens: from not-B to not-A)
FORWARD, CONTRAPOSITIVE = 1.0, 1.75
#: work to read a rule worded "only if" or "unless" as an if-then first
TRANSLATE = 0.5
#: work for each denied event a rule mentions
DENIAL = 0.25


def _literal(tree: Tree) -> Literal | None:
    if "atom" in tree:
        return str(tree["atom"]), True
    if tree.get("op") == "not" and "atom" in tree["args"][0]:
        return str(tree["args"][0]["atom"]), False
    return None


def _cheapest(edges: dict[Literal, list[tuple[Literal, float]]], sources: Sequence[Literal],
              goal: Literal) -> float | None:
    """The least work along the rules from any source literal to ``goal``."""
    best = {s: 0.0 for s in sources}
    frontier = list(sources)
    while frontier:  # a handful of literals: relax until nothing improves
        nxt = []
        for lit in frontier:
            for to, cost in edges.get(lit, []):
                if best[lit] + cost < best.get(to, float("inf")):
                    best[to] = best[lit] + cost
                    nxt.append(to)
        frontier = nxt
    return best.get(goal)


def effort(data: Mapping[str, Any]) -> float:
    """The work of deriving a ``deduction.conditional`` item's key along its rules.

    The truth table settles the key; this measures the shortest derivation a
    reasoner needs. Each rule "if A, then B" (between single events or their
    denials) can be used forwards from A to B (work 1) or through its
    contrapositive from not-B to not-A (work 1.75, modus tollens), plus 0.5 when
    it is worded "only if" or "unless" (it must be turned into an if-then
    first) and 0.25 for each denied event in it. The effort is 0.5 (reading
    off the conclusion) plus the cheapest chain from the stated facts to the
    key (the key's conclusion, or its denial for a "False" verdict); for a key
    that is itself a rule "if A, then B" the chain runs from A to B and costs
    0.5 more (no fact is given: a conditional proof). An "Uncertain" verdict, or
    a key the chains do not reach, costs 1 plus every rule's forward work (each
    rule is tried, with its wording and denials, and none settles the claim).

    "If p, then q. Not q." ⇒ "not p": one contrapositive step over a rule about
    plain events, worded if-then: 0.5 + 1.75 = 2.25.

    >>> p, q = {"atom": "p"}, {"atom": "q"}
    >>> notq, notp = {"op": "not", "args": [q]}, {"op": "not", "args": [p]}
    >>> effort({"question": "choice", "premises": [
    ...     {"tree": {"op": "implies", "args": [p, q]}, "wording": "if"},
    ...     {"tree": notq, "wording": "fact"}],
    ...     "options": [{"text": "Not p", "tree": notp}, {"text": "q", "tree": q}]})
    2.25
    """
    premises = list(data["premises"])
    trees = [p["tree"] for p in premises]
    edges: dict[Literal, list[tuple[Literal, float]]] = {}
    facts: list[Literal] = []
    tried = 1.0
    for premise in premises:
        tree = premise["tree"]
        fact = _literal(tree)
        if fact is not None:
            facts.append(fact)
            continue
        if tree.get("op") != "implies":
            continue
        a, b = (_literal(t) for t in tree["args"])
        if a is None or b is None:
            continue
        extra = (TRANSLATE if premise.get("wording") in ("only_if", "unless") else 0.0)
        extra += DENIAL * ((not a[1]) + (not b[1]))
        tried += FORWARD + extra
        edges.setdefault(a, []).append((b, FORWARD + extra))
        edges.setdefault((b[0], not b[1]), []).append(((a[0], not a[1]), CONTRAPOSITIVE + extra))
    if data["question"] == "tfu":
        claim = data["claim"]
        allowed, (holds,) = table(trees, [claim])
        verdict = _verdict_of(allowed, holds) if allowed else "Uncertain"
    else:
        options = [o["tree"] for o in data["options"]]
        allowed, sets = table(trees, options)
        claim = next((t for t, rows in zip(options, sets) if not allowed & ~rows), options[0])
        verdict = "True"
    exhausted = tried
    if verdict == "Uncertain":
        return exhausted
    target = _literal(claim)
    if target is not None:
        if verdict == "False":
            target = (target[0], not target[1])
        cost = _cheapest(edges, facts, target)
        return exhausted if cost is None else 0.5 + cost
    if claim.get("op") == "implies" and verdict == "True":
        a, b = (_literal(t) for t in claim["args"])
        if a is not None and b is not None:
            cost = _cheapest(edges, [a], b)
            return exhausted if cost is None else 1.0 + cost
    return exhausted
