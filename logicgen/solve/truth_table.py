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

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["atoms_of", "evaluate", "models", "solve"]

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


def _verdict(rows: list[dict[str, bool]], claim: Tree) -> str:
    hits = sum(evaluate(claim, row) for row in rows)
    if hits == len(rows):
        return "True"
    return "False" if hits == 0 else "Uncertain"


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """The option(s) the truth table supports (see the module docstring)."""
    premises = [p["tree"] for p in data["premises"]]
    if data["question"] == "tfu":
        rows = models(premises, [data["claim"]])
        if not rows:
            raise ValueError("the premises contradict each other")
        verdict = _verdict(rows, data["claim"])
        return [c for c in choices if c == verdict]
    trees = {opt["text"]: opt["tree"] for opt in data["options"]}
    shown = [(c, trees[c]) for c in choices]
    rows = models(premises, [t for _, t in shown])
    if not rows:
        raise ValueError("the premises contradict each other")
    return [c for c, tree in shown if all(evaluate(tree, row) for row in rows)]
