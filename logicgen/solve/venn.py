"""Categorical statements over three terms, judged by enumerating Venn-region models.

Three terms split the world into 8 regions (in or out of each term). A *model*
says which regions have members: an 8-bit mask, so there are 256 models. Each
statement is true in a fixed set of models, kept as a 256-bit integer (bit
``m`` set when the statement holds in model ``m``), built once at import. The
premises and the existence assumptions intersect those sets; a claim is then

* ``True`` when it holds in every model left,
* ``False`` when it holds in none of them,
* ``Uncertain`` otherwise.

Statements are triples ``[quantifier, subject, predicate]`` with the
quantifier one of ``all``, ``no``, ``some``, ``some_not``. Item data holds:

* ``terms``: the three term words; ``premises``: a list of triples;
* ``nonempty``: the terms assumed to have members (the stated convention);
* ``question``: ``tfu`` with a ``claim`` triple, or ``choice`` with
  ``options``, a list of ``{"text", "claim"}`` where ``claim`` is ``None`` for
  the "none of these follows" option.

>>> data = {"terms": ["wugs", "daxes", "feps"], "nonempty": [],
...         "premises": [["all", "wugs", "daxes"], ["all", "daxes", "feps"]],
...         "question": "tfu", "claim": ["some", "wugs", "feps"]}
>>> solve(data, ["True", "False", "Uncertain"])
['Uncertain']
>>> solve(dict(data, nonempty=["wugs", "daxes", "feps"]), ["True", "False", "Uncertain"])
['True']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["QUANTIFIERS", "judge", "solve"]

QUANTIFIERS = ("all", "no", "some", "some_not")
_N_MODELS = 256
_ALL_MODELS = (1 << _N_MODELS) - 1


def _models_where(test: Any) -> int:
    bits = 0
    for model in range(_N_MODELS):
        if test(model):
            bits |= 1 << model
    return bits


def _regions(i: int, inside_i: bool, j: int, inside_j: bool) -> list[int]:
    """Regions (0..7, bit k = inside term k) with the given membership of terms i and j."""
    return [
        r for r in range(8)
        if bool(r >> i & 1) == inside_i and bool(r >> j & 1) == inside_j
    ]


def _build() -> tuple[dict[tuple[str, int, int], int], tuple[int, ...]]:
    table: dict[tuple[str, int, int], int] = {}
    for i in range(3):
        for j in range(3):
            if i == j:
                continue
            s_not_p = _regions(i, True, j, False)
            s_and_p = _regions(i, True, j, True)
            # "All S are P": no member of S outside P.
            empty_outside = _models_where(lambda m, rs=s_not_p: not any(m >> r & 1 for r in rs))
            empty_inside = _models_where(lambda m, rs=s_and_p: not any(m >> r & 1 for r in rs))
            table["all", i, j] = empty_outside
            table["some_not", i, j] = _ALL_MODELS & ~empty_outside
            table["no", i, j] = empty_inside
            table["some", i, j] = _ALL_MODELS & ~empty_inside
    nonempty = tuple(
        _models_where(lambda m, k=k: any(m >> r & 1 for r in range(8) if r >> k & 1))
        for k in range(3)
    )
    return table, nonempty


_TRUTH, _NONEMPTY = _build()


def _models(statement: Sequence[Any], index: Mapping[str, int]) -> int:
    quantifier, subject, predicate = statement
    return _TRUTH[str(quantifier), index[subject], index[predicate]]


def judge(data: Mapping[str, Any], claim: Sequence[Any]) -> str:
    """``True``, ``False`` or ``Uncertain`` for ``claim`` given the premises in ``data``.

    Raises ``ValueError`` when the premises and assumptions have no model at all.
    """
    terms = list(data["terms"])
    if len(terms) != 3 or len(set(terms)) != 3:
        raise ValueError("a syllogism needs three distinct terms")
    index = {t: k for k, t in enumerate(terms)}
    allowed = _ALL_MODELS
    for premise in data["premises"]:
        allowed &= _models(premise, index)
    for term in data.get("nonempty", ()):
        allowed &= _NONEMPTY[index[term]]
    if not allowed:
        raise ValueError("the premises contradict each other")
    holds = _models(claim, index)
    if not allowed & ~holds:
        return "True"
    if not allowed & holds:
        return "False"
    return "Uncertain"


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Every option judged correct for a syllogism item (see the module docstring)."""
    if data["question"] == "tfu":
        verdict = judge(data, data["claim"])
        return [c for c in choices if c == verdict]
    claims = {opt["text"]: opt["claim"] for opt in data["options"]}
    shown = [(c, claims[c]) for c in choices]
    follows = {c: judge(data, claim) == "True" for c, claim in shown if claim is not None}
    none_follows = not any(follows.values())
    return [c for c, claim in shown if (follows[c] if claim is not None else none_follows)]


#: the diagram regions a statement about terms i, j shades (universal) or marks (particular)
_CELLS = {(q, i, j): _regions(i, True, j, q in ("no", "some"))
          for q in QUANTIFIERS for i in range(3) for j in range(3) if i != j}


def _cells(quantifier: str, i: int, j: int) -> list[int]:
    """The diagram regions a statement about terms i, j shades (universal) or marks (particular)."""
    return _CELLS[quantifier, i, j]


def _turned(statements: Sequence[tuple[str, int, int]], middle: int) -> int:
    """Statements worded against the chain X–M, M–Y, X–Y (the fewer of the two ways
    to read it, X and Y being the end terms): each must be turned round first."""
    x, y = (k for k in range(3) if k != middle)
    best = len(statements)
    for a, c in ((x, y), (y, x)):
        chain = {(a, middle), (middle, c), (a, c)}
        best = min(best, sum((i, j) not in chain for _, i, j in statements))
    return best


def effort(data: Mapping[str, Any]) -> float:
    """The work of settling a ``deduction.syllogism`` item on a Venn diagram.

    Drawn the textbook way, universal premises first: 0.5 a premise ("all"
    and "no" shade two regions, a particular premise marks an X), 0.5 more for
    a "some … are not" premise (read through the regions outside a term), and
    1 more when a particular premise's X still has two open regions (it sits
    on a line: a case split the reasoner must carry); 0.5 for each statement
    worded against the chain order (A–B, B–C, A–C), which must be turned round,
    and 0.5 when the first premise shown is not about the claim's subject (the
    premises are read in the other order).
    Then the claim is read off: 0.5 when it holds or fails everywhere, 1.5 when
    it is "Uncertain" (a model for it and one against it are both needed); for
    choice items 0.25 an option with a claim, plus 1 when none follows. One
    more when the verdict rests on the stated assumption that groups have
    members (it changes without it), 0.5 when groups may be empty (no
    assumption to lean on), and 1.5 for a belief-bias item (the key goes
    against what the words suggest in the real world).

    "All wugs are daxes. All daxes are feps." ⇒ "All wugs are feps": two
    shadings in chain order, True: 1 + 0.5; groups may be empty: + 0.5 → 2.0.

    >>> effort({"terms": ["wugs", "daxes", "feps"], "nonempty": [], "middle": "daxes",
    ...         "premises": [["all", "wugs", "daxes"], ["all", "daxes", "feps"]],
    ...         "question": "tfu", "claim": ["all", "wugs", "feps"]})
    2.0
    """
    terms = list(data["terms"])
    index = {t: k for k, t in enumerate(terms)}
    premises = tuple((str(q), index[s], index[p]) for q, s, p in data["premises"])
    nonempty = tuple(index[term] for term in data.get("nonempty", ()))
    tfu = data["question"] == "tfu"
    if tfu:
        q, s_, p_ = data["claim"]
        claims: tuple[tuple[str, int, int], ...] = ((str(q), index[s_], index[p_]),)
    else:
        claims = tuple((str(q), index[s_], index[p_])
                       for q, s_, p_ in (o["claim"] for o in data["options"]
                                         if o["claim"] is not None))
    middle = index[data["middle"]] if "middle" in data else None
    return _effort(premises, nonempty, tfu, claims, middle, bool(data.get("belief_bias")))


@functools.lru_cache(maxsize=4096)
def _effort(premises: tuple[tuple[str, int, int], ...], nonempty: tuple[int, ...], tfu: bool,
            claims: tuple[tuple[str, int, int], ...], middle: int | None, belief: bool) -> float:
    """:func:`effort` over term numbers (0, 1, 2 in ``data["terms"]`` order), remembered:
    the same forms recur under other words."""
    shaded: set[int] = set()
    work = 0.0
    for q, i, j in premises:
        if q in ("all", "no"):
            shaded.update(_cells(q, i, j))
            work += 0.5
    for q, i, j in premises:
        if q in ("some", "some_not"):
            open_cells = [r for r in _cells(q, i, j) if r not in shaded]
            work += 0.5 + (0.5 if q == "some_not" else 0.0) + (1.0 if len(open_cells) > 1 else 0.0)
    bare = _ALL_MODELS
    for q, i, j in premises:
        bare &= _TRUTH[q, i, j]
    assumed = bare
    for k in nonempty:
        assumed &= _NONEMPTY[k]

    def verdict_in(allowed: int, claim: tuple[str, int, int]) -> str:
        holds = _TRUTH[claim]
        if not allowed & ~holds:
            return "True"
        return "False" if not allowed & holds else "Uncertain"

    statements = list(premises)
    if tfu:
        (claim,) = claims
        statements.append(claim)
        verdict = verdict_in(assumed, claim)
        work += 1.5 if verdict == "Uncertain" else 0.5
        leans = bool(nonempty) and verdict_in(bare, claim) != verdict
        work += 0.5 if premises and claim[1] not in premises[0][1:] else 0.0
    else:
        verdicts = [verdict_in(assumed, c) for c in claims]
        work += 0.25 * len(claims) + (1.0 if "True" not in verdicts else 0.0)
        leans = bool(nonempty) and [verdict_in(bare, c) for c in claims] != verdicts
    if middle is not None:
        work += 0.5 * _turned(statements, middle)
    work += 1.0 if leans else 0.0
    work += 0.5 if not nonempty else 0.0
    return work + (1.5 if belief else 0.0)
