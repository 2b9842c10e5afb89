"""Family-relation solver: build the family graph the chain describes, then read it.

Starting from the ego, each link of ``data["path"]`` is followed in an explicit
graph of people (gender, two parents, one spouse, children). A link may refer to
someone already in the graph or to a new person, and a gender-neutral word leaves
the gender open, so the solver keeps every reading:

* ``parent``: the ego's parents are created as a married father and mother the
  first time they are needed; the link is the one of the stated gender;
* ``spouse``: the existing spouse, or a new one of the other sex;
* ``child``: any existing child of the stated gender, or a new child of the
  couple (a spouse is created if needed);
* ``sibling``: any other existing child of the same parents, or a new one.

These are the conventions the prompt states (a child's parents are married to
each other, siblings share both parents, nobody marries twice).

The relation of one person to another is then read from the graph: the nearest
common ancestor gives generations up and down (parent, sibling, uncle, cousin,
...); otherwise a marriage at either end gives the in-law words. The word for
the asked person uses that person's stated gender, or the neutral word when the
data leaves it unstated. The solver returns every distinct word over all
readings, so a chain that could mean two relatives yields two answers.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Person", "relation_words", "solve"]


@dataclass
class Person:
    gender: str
    parents: list[int] | None = None
    spouse: int | None = None
    children: list[int] = field(default_factory=list)


Family = list[Person]

_BLOOD = {
    (1, 0): ("father", "mother", "parent"),
    (2, 0): ("grandfather", "grandmother", "grandparent"),
    (3, 0): ("great-grandfather", "great-grandmother", "great-grandparent"),
    (0, 1): ("son", "daughter", "child"),
    (0, 2): ("grandson", "granddaughter", "grandchild"),
    (0, 3): ("great-grandson", "great-granddaughter", "great-grandchild"),
    (1, 1): ("brother", "sister", "sibling"),
    (2, 1): ("uncle", "aunt", None),
    (1, 2): ("nephew", "niece", None),
    (2, 2): ("cousin", "cousin", "cousin"),
}
# A is the spouse of B's blood relative R; key: (generations from B up, down to R).
_SPOUSE_OF_RELATIVE = {
    (1, 1): ("brother-in-law", "sister-in-law", "sibling-in-law"),
    (0, 1): ("son-in-law", "daughter-in-law", "child-in-law"),
    (2, 1): ("uncle", "aunt", None),
}
# A is a blood relative of B's spouse S; key: (generations from S up, down to A).
_RELATIVE_OF_SPOUSE = {
    (1, 0): ("father-in-law", "mother-in-law", "parent-in-law"),
    (1, 1): ("brother-in-law", "sister-in-law", "sibling-in-law"),
    (1, 2): ("nephew", "niece", None),
}


def _copy(fam: Family) -> Family:
    return [
        Person(p.gender, None if p.parents is None else list(p.parents), p.spouse, list(p.children))
        for p in fam
    ]


def _genders(g: str | None) -> list[str]:
    return ["M", "F"] if g is None else [g]


def _ensure_parents(fam: Family, who: int) -> None:
    if fam[who].parents is None:
        father, mother = len(fam), len(fam) + 1
        fam.append(Person("M", None, mother, [who]))
        fam.append(Person("F", None, father, [who]))
        fam[who].parents = [father, mother]


def _ensure_spouse(fam: Family, who: int) -> int:
    if fam[who].spouse is None:
        other = "F" if fam[who].gender == "M" else "M"
        fam.append(Person(other, None, who, list(fam[who].children)))
        fam[who].spouse = len(fam) - 1
        for child in fam[who].children:
            parents = fam[child].parents
            if parents is not None and len(parents) < 2:
                parents.append(len(fam) - 1)
    return fam[who].spouse  # type: ignore[return-value]


def _new_child(fam: Family, a: int, b: int, gender: str) -> int:
    fam.append(Person(gender, [a, b], None, []))
    k = len(fam) - 1
    fam[a].children.append(k)
    fam[b].children.append(k)
    return k


def _follow(fam: Family, who: int, relation: str, gender: str | None) -> list[tuple[Family, int]]:
    """Every (family, person) the link can lead to."""
    out: list[tuple[Family, int]] = []
    if relation == "parent":
        f = _copy(fam)
        _ensure_parents(f, who)
        for p in f[who].parents or []:
            if gender is None or f[p].gender == gender:
                out.append((f, p))
    elif relation == "spouse":
        f = _copy(fam)
        s = _ensure_spouse(f, who)
        if gender is None or f[s].gender == gender:
            out.append((f, s))
    elif relation == "child":
        for c in fam[who].children:
            if gender is None or fam[c].gender == gender:
                out.append((fam, c))
        for g in _genders(gender):
            f = _copy(fam)
            s = _ensure_spouse(f, who)
            out.append((f, _new_child(f, who, s, g)))
    elif relation == "sibling":
        f0 = _copy(fam)
        _ensure_parents(f0, who)
        father, mother = f0[who].parents or []
        for c in f0[father].children:
            if c != who and (gender is None or f0[c].gender == gender):
                out.append((f0, c))
        for g in _genders(gender):
            f = _copy(f0)
            out.append((f, _new_child(f, father, mother, g)))
    else:
        raise ValueError(f"unknown relation {relation!r}")
    return out


def _ancestors(fam: Family, who: int) -> dict[int, int]:
    """Each ancestor (and the person) with the number of generations up."""
    depth = {who: 0}
    frontier = [who]
    while frontier:
        nxt = []
        for p in frontier:
            for q in fam[p].parents or []:
                if q not in depth:
                    depth[q] = depth[p] + 1
                    nxt.append(q)
        frontier = nxt
    return depth


def _blood(fam: Family, a: int, b: int) -> tuple[int, int] | None:
    """(generations from b up to the nearest common ancestor, generations down to a)."""
    up = _ancestors(fam, b)
    down = _ancestors(fam, a)
    common = [(up[x] + down[x], up[x], down[x]) for x in up if x in down]
    if not common:
        return None
    _, u, d = min(common)
    return u, d


def relation_words(fam: Family, a: int, b: int, column: int) -> str | None:
    """The word for "a is b's ___" (column 0 male, 1 female, 2 unstated); None if unnamed."""
    if a == b:
        return "self"
    if fam[b].spouse == a:
        return ("husband", "wife", "spouse")[column]
    kin = _blood(fam, a, b)
    if kin is not None:
        entry = _BLOOD.get(kin)
        return None if entry is None else entry[column]
    sa = fam[a].spouse
    if sa is not None:
        kin = _blood(fam, sa, b)
        if kin is not None and kin in _SPOUSE_OF_RELATIVE:
            return _SPOUSE_OF_RELATIVE[kin][column]
    sb = fam[b].spouse
    if sb is not None:
        kin = _blood(fam, a, sb)
        if kin is not None and kin in _RELATIVE_OF_SPOUSE:
            return _RELATIVE_OF_SPOUSE[kin][column]
    return None


def readings(data: Mapping[str, Any]) -> list[str | None]:
    """The relation word of every reading of the chain (None for unnamed relations)."""
    ego_gender = data["ego"]["gender"]
    reverse = data["question"] == "reverse"
    asked_gender = ego_gender if reverse else data["target"]["gender"]
    column = {"M": 0, "F": 1, None: 2}[asked_gender]
    words: list[str | None] = []
    for g in _genders(ego_gender):
        states: list[tuple[Family, int]] = [([Person(g)], 0)]
        for link in data["path"]:
            nxt: list[tuple[Family, int]] = []
            for fam, who in states:
                nxt.extend(_follow(fam, who, str(link["relation"]), link.get("gender")))
            states = nxt
        for fam, who in states:
            if reverse:
                words.append(relation_words(fam, 0, who, column))
            else:
                words.append(relation_words(fam, who, 0, column))
    return words


@functools.lru_cache(maxsize=256)
def _readings_seen(ego: str | None, target: str | None,
                   path: tuple[tuple[str, str | None], ...], question: str
                   ) -> tuple[str | None, ...]:
    """:func:`readings`, remembered: :func:`effort` reads the readings that
    :func:`solve` found for the same chain without building the graphs again."""
    data = {"ego": {"gender": ego}, "path": [{"relation": r, "gender": g} for r, g in path],
            "question": question, "target": {"gender": target}}
    return tuple(readings(data))


def _seen(data: Mapping[str, Any]) -> tuple[str | None, ...]:
    path = tuple((str(link["relation"]), link.get("gender")) for link in data["path"])
    return _readings_seen(data["ego"]["gender"], data["target"]["gender"], path,
                          str(data["question"]))


@functools.lru_cache(maxsize=1024)
def _norm(text: str) -> str:
    """An option or word as compared (case, dashes and spacing ignored; the texts are
    a few hundred relation words, so each is normalised once)."""
    return " ".join(str(text).casefold().replace("–", "-").split()).rstrip(".")


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Every option naming a relation some reading of the chain gives."""
    found: list[str] = []
    for word in _seen(data):
        text = "(no single word)" if word is None else word
        if text not in found:
            found.append(text)
    if not choices:
        return found
    if len(found) != 1:
        return found  # ambiguous chain: report every reading, never one option
    key = _norm(found[0])
    return [c for c in choices if _norm(c) == key]


def effort(data: Mapping[str, Any]) -> float:
    """The solver's work on a ``deduction.relations`` item.

    One step a link followed; one more when the question is reversed (the
    relation must be named from the other end, the step where keys most often
    go wrong); 0.5 a marriage link (the relative is reached through an in-law,
    so the solver names the relation through a spouse); and 0.5 for every
    two-way split of the readings the solver carries to the end (0.5 × log2 of
    their number: a neutral word leaves a gender open, a link may mean a
    relative already in the graph or a new one) and checks give the same word.

    "My father's sister": one reading, 2 links.

    >>> effort({"ego": {"name": "", "gender": "M"}, "target": {"name": "", "gender": "F"},
    ...         "path": [{"relation": "parent", "gender": "M"},
    ...                  {"relation": "sibling", "gender": "F"}], "question": "forward"})
    2.0
    """
    path = list(data["path"])
    marriages = sum(1 for link in path if link["relation"] == "spouse")
    splits = math.log2(max(1, len(_seen(data))))
    return (len(path) + (1.0 if data["question"] == "reverse" else 0.0)
            + 0.5 * marriages + 0.5 * splits)
