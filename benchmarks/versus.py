"""logicgen against reasoning-gym, family by family, printed in one run. Run by hand.

reasoning-gym is only in the ``bench`` extra, never a runtime or test dependency,
so make a separate environment outside the repository first:

    python -m venv ../bench-venv && ../bench-venv/bin/pip install -e '.[bench]'
    ../bench-venv/bin/python benchmarks/versus.py                # default sizes
    ../bench-venv/bin/python benchmarks/versus.py --quick        # small sizes, a smoke run
    ../bench-venv/bin/python benchmarks/versus.py --pairs dice coins --json out.json

Pairs: each family both libraries make, with logicgen's parameters chosen as close
as its families allow to reasoning-gym's default configuration (see ``PAIRS``).

Throughput: in this one process, for each pair, three generators make the same
N items (the same seeds every repeat): ``logicgen.generate_iter`` (draw, word,
explain and verify with the independent solver: the public API), logicgen
without the verification (one draw, worded and explained, no solver), and
reasoning-gym's dataset indexed item by item (``ds[i]`` for i < N; its datasets
build an item only when indexed, so this is the generation). The three
alternate in order over --repeat runs; before each run the functools caches of
both libraries are emptied, as in a fresh process (modules are imported in a
warm-up run first). Items/s is N over the median total time; per-item times are
the median over the runs of each item, summarised as their median and maximum.
The ratio is logicgen's items/s over reasoning-gym's (above 1: logicgen is faster).

Where logicgen: per item, the time in each step of making an item (seeding the
two random streams, one draw worded and explained into an Item, verify) and
the draws per item (a draw that fails verification is redrawn); for pairs
below their target, also the functions where cProfile finds the time.

Start-up: a fresh ``python -c`` per library that imports it and makes one item
(medians of --import-repeat interleaved runs, next to ``python -c pass``), and
the largest top-level imports from ``-X importtime``.

Memory: the peak resident set of a fresh process per library that imports it
and keeps the N items of each pair in a list, next to a process that only
imports the library. On Linux the child reads its peak from ``VmHWM`` in
/proc/self/status: its ``ru_maxrss`` would start from this process's own peak,
which survives the fork and exec that start it.

Checked: every reasoning-gym item of the throughput run is turned into the
structure one of logicgen's solvers reads, and judged: does the solver find
exactly one answer, and is it the stated one? See ``METHODS`` for each family:
what is converted, from which text, and what cannot be judged.

Shared machines are noisy: compare ratios within one run, not across runs.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import itertools
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from math import prod
from typing import Any

# -- the pairs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """One family as both libraries make it."""

    key: str
    label: str
    family: str  # logicgen family
    params: dict[str, Any]
    rg_name: str  # reasoning-gym dataset
    rg_config: dict[str, Any]
    count: int  # N in the default run
    quick: int  # N with --quick
    target: float  # logicgen items/s over reasoning-gym's must reach this
    check: str  # name of the converter in CHECKS


PAIRS: tuple[Pair, ...] = (
    # reasoning-gym: 4-8 shown terms, next term only, free response.
    Pair("series", "number series", "sequence.number",
         {"difficulty": "medium", "format": "numeric", "question": "next"},
         "number_sequence", {}, 1000, 60, 10.0, "series"),
    # reasoning-gym: does the conclusion follow, yes or no.
    Pair("syllogism", "syllogisms", "deduction.syllogism", {"difficulty": "medium"},
         "syllogism", {}, 2000, 200, 1.0, "syllogism"),
    # reasoning-gym default: 2 people, statements up to depth 2.
    Pair("knights", "knights and knaves", "deduction.knights",
         {"difficulty": "medium", "n_people": 2},
         "knights_knaves", {}, 1000, 100, 1.0, "knights"),
    # reasoning-gym: one cell asked (who lives in house 1); logicgen asks one cell too.
    Pair("grid4", "logic grid 4x4", "deduction.grid",
         {"difficulty": "medium", "n_houses": 4, "n_attributes": 4},
         "zebra_puzzles", {"num_people": 4, "num_characteristics": 4}, 100, 10, 10.0, "zebra"),
    Pair("grid6", "logic grid 6x6", "deduction.grid",
         {"difficulty": "medium", "n_houses": 6, "n_attributes": 6},
         "zebra_puzzles", {"num_people": 6, "num_characteristics": 6}, 20, 3, 10.0, "zebra"),
    # reasoning-gym default: 4 dice, one d20 and three smaller ones, P(total >= t).
    Pair("dice", "dice", "probability.dice",
         {"difficulty": "hard", "n_dice": 4, "sides": 20, "format": "numeric"},
         "dice", {}, 1000, 100, 1.0, "dice"),
    # reasoning-gym: 3-15 fair flips, exactly / at least k heads.
    Pair("coins", "coin flips", "probability.coins",
         {"difficulty": "medium", "p_heads": "1/2", "format": "numeric"},
         "coin_flip", {}, 2000, 200, 1.0, "coins"),
)

METHODS = {
    "series": (
        "The shown terms are read from the question text and passed to "
        "logicgen.solve.series.fills, with a blank after them: every rule of the solver's "
        "library that fits all shown terms gives its value for the blank. Agrees: the "
        "library gives exactly the stated answer. Ambiguous: some library rule fits every "
        "shown term and gives a different next term (alone or beside the stated one), so "
        "at least two rules fit, reasoning-gym's own and the library's. Not judged: no "
        "library rule fits (reasoning-gym rules such as 'halve' with rounding down, or a "
        "'previous term' step that is skipped at the first term, are outside the library)."
    ),
    "syllogism": (
        "The three statements are parsed from the question text into [quantifier, "
        "subject, predicate] triples and judged by logicgen.solve.venn (all 256 Venn-region "
        "models), twice: with no assumption about empty groups and with every group "
        "assumed to have members (the prompt does not say which). 'Yes' is right when the "
        "conclusion holds in every model left. Agrees: right under both readings. "
        "Ambiguous: right under one reading only. Wrong: wrong under both."
    ),
    "knights": (
        "The names, the two role words and every statement are parsed from the question "
        "text (reasoning-gym's sentence templates locate each statement; a small parser "
        "reads not / and / or / if-then / if-and-only-if, with 'A iff B' written as "
        "(if A then B) and (if B then A)) into logicgen.solve.knights trees; the solver "
        "tries all 2^n assignments. The stated answer is parsed from the answer text. "
        "Agrees: exactly one assignment, the stated one."
    ),
    "zebra": (
        "Categories, values and clues are parsed from the question text, with "
        "reasoning-gym's phrase table (its literal classes) naming each value; every clue "
        "is parsed at every split point, and a clue that reads two ways is reported. Clue "
        "kinds map to logicgen.solve.grid clues (in the nth house -> position, not in -> "
        "not_position, 'is' -> same, directly left of -> just_left, next to each other -> "
        "next_to, somewhere left/right -> left_of); 'one/two houses between' has no "
        "counterpart and would leave an item not judged. Both grid solvers (permutation "
        "search and DPLL) count solutions up to two. Agrees: both find one solution and it "
        "gives the stated answer to the question."
    ),
    "dice": (
        "Dice and target are parsed from the question text. logicgen.solve.exact "
        "enumerates n identical dice only, so when the dice differ (always, in "
        "reasoning-gym's default configuration: one d20 and smaller ones) the converter "
        "lists every combination of faces itself and counts those reaching the target, "
        "in exact integers. The stated reduced fraction must equal the count over the "
        "number of combinations."
    ),
    "coins": (
        "n, k and the question kind are parsed from the question text and the "
        "probability is enumerated by logicgen.solve.exact (every H/T sequence of a fair "
        "coin). The stated answer is a decimal: agrees when it equals the exact value, or "
        "when it is that value rounded to the 10 significant digits reasoning-gym prints "
        "(counted separately as 'rounded'); wrong otherwise."
    ),
}

OK, WRONG, AMBIGUOUS, SKIPPED = "agrees", "wrong", "ambiguous", "not judged"


@dataclass
class Verdict:
    """The outcome of checking one reasoning-gym item; ``reason`` is counted per family."""

    status: str
    reason: str
    detail: str = ""


# -- converters and checks ---------------------------------------------------------------


def check_series(item: dict[str, Any]) -> Verdict:
    from logicgen.solve import series

    shown = item["question"].split(", ")
    if shown[-1] != "?":
        return Verdict(SKIPPED, "question not in the form 'a, b, c, ?'")
    try:
        terms: list[int | None] = [int(t) for t in shown[:-1]]
    except ValueError:
        return Verdict(SKIPPED, "a shown term is not a whole number")
    stated = int(item["answer"])
    fits = series.fills([*terms, None])
    values = sorted({v for vs in fits.values() for v in vs})
    rules = ", ".join(f"{name} -> {vs}" for name, vs in fits.items())
    if not values:
        return Verdict(SKIPPED, "no library rule fits the shown terms")
    if values == [stated]:
        return Verdict(OK, "one answer, the stated one", rules)
    rivals = ", ".join(name for name, vs in fits.items() if set(vs) - {stated})
    if stated in values:
        return Verdict(AMBIGUOUS, f"the stated term and another, from {rivals}", rules)
    return Verdict(AMBIGUOUS, f"only another term, from {rivals}", rules)


_QUANTIFIED = re.compile(r"^(All|No|Some) (.+?) are (not )?(.+?)\??$")


def _statement(text: str) -> list[str] | None:
    m = _QUANTIFIED.match(text.strip())
    if not m:
        return None
    quantifier, subject, negated, predicate = m.groups()
    if negated and quantifier != "Some":
        return None
    q = {"All": "all", "No": "no", "Some": "some_not" if negated else "some"}[quantifier]
    return [q, subject, predicate]


def check_syllogism(item: dict[str, Any]) -> Verdict:
    from logicgen.solve import venn

    lines = item["question"].splitlines()
    parsed = [_statement(ln[3:]) for ln in lines if re.match(r"^[12]\. ", ln)]
    premises = [p for p in parsed if p is not None]
    after = [i for i, ln in enumerate(lines) if ln.startswith("Does it logically follow")]
    claim = _statement(lines[after[0] + 1]) if after else None
    if len(parsed) != 2 or len(premises) != 2 or claim is None:
        return Verdict(SKIPPED, "statements not parsed")
    terms = sorted({t for p in premises for t in p[1:]})
    if len(terms) != 3 or not set(claim[1:]) <= set(terms):
        return Verdict(SKIPPED, "not three terms")
    says_yes = item["answer"] == "Yes"
    right = []
    for nonempty in ([], terms):
        data = {"terms": terms, "premises": premises, "nonempty": nonempty}
        try:
            verdict = venn.judge(data, claim)
        except ValueError:
            return Verdict(SKIPPED, "premises contradict each other")
        right.append((verdict == "True") == says_yes)
    detail = f"premises {premises}, claim {claim}, stated {item['answer']}"
    form = f" [{premises[0][0]}, {premises[1][0]} -> {claim[0]}: {item['answer']}]"
    if all(right):
        return Verdict(OK, "right whether or not groups may be empty", detail)
    if right[1]:
        return Verdict(AMBIGUOUS, "right only if every group has members" + form, detail)
    if right[0]:
        return Verdict(AMBIGUOUS, "right only if groups may be empty" + form, detail)
    return Verdict(WRONG, "wrong under both readings" + form, detail)


def _template_patterns() -> list[re.Pattern[str]]:
    from reasoning_gym.logic.knights_knaves import TEMPLATES

    out = []
    for tmpl in TEMPLATES:
        pattern = re.escape(tmpl).replace(r"\{name\}", r"(?P<name>[A-Z][a-z]+)")
        out.append(re.compile(pattern.replace(r"\{content\}", r"(?P<content>[^\"]+?)")))
    return out


def _split_top(text: str, sep: str) -> list[str]:
    """``text`` split at every ``sep`` outside parentheses."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _wrapped(text: str) -> bool:
    """Whether the whole of ``text`` is one parenthesised group."""
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and i < len(text) - 1:
            return False
    return True


def _kk_tree(text: str, names: list[str], roles: tuple[str, str]) -> dict[str, Any]:
    """A knights statement tree (:mod:`logicgen.solve.knights`) from reasoning-gym's wording."""
    text = text.strip()
    lead = "it is not the case that "
    if text.startswith(lead):
        return {"op": "not", "arg": _kk_tree(text[len(lead):], names, roles)}
    sides = _split_top(text, " if and only if ")
    if len(sides) == 2:
        a, b = (_kk_tree(s, names, roles) for s in sides)
        return {"op": "and", "args": [{"op": "if", "args": [a, b]}, {"op": "if", "args": [b, a]}]}
    if text.startswith("if "):
        sides = _split_top(text[3:], " then ")
        if len(sides) == 2:
            return {"op": "if", "args": [_kk_tree(s, names, roles) for s in sides]}
    for word in ("and", "or"):
        parts = _split_top(text, f" {word} ")
        if len(parts) > 1:
            trees = [_kk_tree(p, names, roles) for p in parts]
            tree = trees[-1]
            for t in reversed(trees[:-1]):
                tree = {"op": word, "args": [t, tree]}
            return tree
    if _wrapped(text):
        return _kk_tree(text[1:-1], names, roles)
    m = re.fullmatch(r"(\w+) is an? (\w+)", text)
    if not m or m.group(1) not in names or m.group(2) not in roles:
        raise ValueError(f"cannot read {text!r}")
    op = "knight" if m.group(2) == roles[0] else "knave"
    return {"op": op, "who": names.index(m.group(1))}


_KK_TEMPLATES: list[re.Pattern[str]] = []


def check_knights(item: dict[str, Any]) -> Verdict:
    from logicgen.solve import knights

    if not _KK_TEMPLATES:
        _KK_TEMPLATES.extend(_template_patterns())
    q = item["question"]
    m_roles = re.search(r"inhabited only by (\w+)s and (\w+)s\.", q)
    m_names = re.search(r"You meet \d+ inhabitants: (.*?)\. ", q)
    end = q.find(" So who is ")
    if not m_roles or not m_names or end < 0:
        return Verdict(SKIPPED, "puzzle text not parsed")
    roles = (m_roles.group(1), m_roles.group(2))
    names = [n for n in re.split(r",? and |, ", m_names.group(1)) if n]
    pos = m_names.end()
    statements = []
    try:
        for speaker in range(len(names)):
            found = None
            for pattern in _KK_TEMPLATES:
                m = pattern.match(q, pos)
                if m and m.group("name") == names[speaker]:
                    found = m
                    break
            if found is None:
                raise ValueError(f"statement of {names[speaker]} not found")
            tree = _kk_tree(found.group("content"), names, roles)
            statements.append({"speaker": speaker, "says": tree})
            pos = found.end() + 1
    except ValueError as exc:
        return Verdict(SKIPPED, "statement not parsed", str(exc))
    stated = dict(re.findall(r"(\w+) is an? (\w+)", item["answer"]))
    if sorted(stated) != sorted(names) or not set(stated.values()) <= set(roles):
        return Verdict(SKIPPED, "answer not parsed")
    want = tuple(stated[n] == roles[0] for n in names)
    found_all = knights.assignments({"n": len(names), "names": names, "statements": statements})
    detail = f"solutions {found_all}, stated {want}"
    if len(found_all) > 1:
        return Verdict(AMBIGUOUS, "several assignments fit", detail)
    if not found_all:
        return Verdict(WRONG, "no assignment fits", detail)
    if found_all[0] != want:
        return Verdict(WRONG, "the one assignment differs from the stated one", detail)
    return Verdict(OK, "one assignment, the stated one", detail)


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_ZEBRA_CLASSES: dict[str, list[Any]] = {}


def _zebra_classes() -> dict[str, list[Any]]:
    """reasoning-gym's literal classes by the description shown before their values."""
    if not _ZEBRA_CLASSES:
        from reasoning_gym.logic.contrib.logic_puzzle import literals

        for obj in vars(literals).values():
            if isinstance(obj, type) and issubclass(obj, literals.Literal) and obj is not literals.Literal:
                desc = obj.description()  # type: ignore[attr-defined]
                _ZEBRA_CLASSES.setdefault(desc.split(":")[0], []).append(obj)
    return _ZEBRA_CLASSES


def _splits(text: str, mid: str) -> Iterator[tuple[str, str]]:
    start = text.find(mid)
    while start >= 0:
        yield text[:start], text[start + len(mid):]
        start = text.find(mid, start + 1)


def _zebra_clue_readings(text: str, phrase: Callable[[str], Any]) -> list[tuple[Any, ...]]:
    """Every way to read one clue: (kind, entity, entity or house)."""
    found: set[tuple[Any, ...]] = set()
    if text.endswith(" house"):
        for neg, mid in ((False, " is in the "), (True, " is not in the ")):
            for x, h in _splits(text[: -len(" house")], mid):
                if phrase(x) is not None and h in _ORDINALS:
                    kind = "not_position" if neg else "position"
                    found.add((kind, phrase(x), _ORDINALS.index(h) + 1))
    if text.endswith(" are next to each other"):
        for x, y in _splits(text[: -len(" are next to each other")], " and "):
            if phrase(x) is not None and phrase(y) is not None:
                found.add(("next_to", phrase(x), phrase(y)))
    for kind, lead in (("one_between", "There is one house between "),
                       ("two_between", "There are two houses between ")):
        if text.startswith(lead):
            for x, y in _splits(text[len(lead):], " and "):
                if phrase(x) is not None and phrase(y) is not None:
                    found.add((kind, phrase(x), phrase(y)))
    for kind, mid in (("just_left", " is directly left of "),
                      ("left_of", " is somewhere to the left of "),
                      ("right_of", " is somewhere to the right of "),
                      ("same", " is ")):
        for x, y in _splits(text, mid):
            if phrase(x) is not None and phrase(y) is not None:
                found.add((kind, phrase(x), phrase(y)))
    return sorted(found)


def check_zebra(item: dict[str, Any]) -> Verdict:
    from logicgen.solve import grid, grid_sat

    q = item["question"]
    m = re.search(r"There are (\d+) houses", q)
    ask = re.search(r"What is (\w+) of the person who lives in House (\d+)\?", q)
    if not m or not ask:
        return Verdict(SKIPPED, "puzzle text not parsed")
    n = int(m.group(1))
    classes = _zebra_classes()
    categories: list[Any] = []  # one literal class per category, in the listed order
    values: list[list[Any]] = []  # the members shown, per category
    for desc, listed in re.findall(r"^ - (.+?): (.+)$", q, flags=re.MULTILINE):
        shown = [v.strip() for v in listed.split(",")]
        for cls in classes.get(desc, []):
            by_name = {mem.name.replace("_", " "): mem for mem in cls}
            if all(v in by_name for v in shown):
                categories.append(cls)
                values.append([by_name[v] for v in shown])
                break
        else:
            return Verdict(SKIPPED, f"category {desc!r} not known")
    if any(len(v) != n for v in values):
        return Verdict(SKIPPED, "a category does not have one value per house")
    phrases: dict[str, tuple[int, int]] = {}
    for c, members in enumerate(values):
        for v, mem in enumerate(members):
            phrases[mem.value[:1].lower() + mem.value[1:]] = (c, v)

    def phrase(text: str) -> tuple[int, int] | None:
        return phrases.get(text[:1].lower() + text[1:])

    clues: list[dict[str, Any]] = []
    for line in re.findall(r"^\d+\. (.+?)\.?$", q, flags=re.MULTILINE):
        readings = _zebra_clue_readings(line, phrase)
        if len(readings) != 1:
            reason = "a clue reads no way" if not readings else "a clue reads two ways"
            return Verdict(SKIPPED if not readings else AMBIGUOUS, reason, f"{line!r}: {readings}")
        kind, x, y = readings[0]
        if kind in ("one_between", "two_between"):
            return Verdict(SKIPPED, "a clue has no counterpart in logicgen's clue kinds", line)
        if kind in ("position", "not_position"):
            clues.append({"type": kind, "a": list(x), "house": y})
        elif kind == "right_of":
            clues.append({"type": "left_of", "a": list(y), "b": list(x)})
        else:
            clues.append({"type": kind, "a": list(x), "b": list(y)})
    asked = [c for c, cls in enumerate(categories) if cls.__name__ == ask.group(1)]
    if len(asked) != 1:
        return Verdict(SKIPPED, "asked category not found")
    data = {
        "houses": n,
        "attributes": [{"values": [mem.name.replace("_", " ") for mem in vs]} for vs in values],
        "clues": clues,
        "question": {"kind": "at_house", "house": int(ask.group(2)), "ask": asked[0]},
    }
    first = grid.count_solutions(data, 2)
    second = grid_sat.count_solutions(data, 2)
    detail = f"{len(clues)} clues; solutions found: {len(first)} and {len(second)}"
    if len(first) != len(second):
        return Verdict(SKIPPED, "the two solvers disagree", detail)
    if len(second) > 1:
        return Verdict(AMBIGUOUS, "more than one grid fits", detail)
    if not second:
        return Verdict(WRONG, "no grid fits", detail)
    ours = grid.answer_texts(data, second[0])
    if ours.casefold() != item["answer"].strip().casefold():
        return Verdict(WRONG, "the one grid gives another answer", f"{detail}; ours {ours!r}")
    return Verdict(OK, "one grid, the stated answer", detail)


def check_dice(item: dict[str, Any]) -> Verdict:
    from logicgen.solve import exact

    m = re.search(r"I have these dice: (.+?)\. What are the odds of rolling (\d+) or higher\?",
                  item["question"])
    if not m:
        return Verdict(SKIPPED, "question not parsed")
    sides = [int(s) for s in re.findall(r"1d(\d+)", m.group(1))]
    target = int(m.group(2))
    if len(set(sides)) == 1:
        how = "logicgen.solve.exact"
        value = exact.probability({
            "experiment": {"kind": "dice", "count": len(sides), "sides": sides[0]},
            "event": {"type": "sum", "cmp": "ge", "value": target},
        })
    else:
        how = "enumerated faces"
        hits = sum(1 for roll in itertools.product(*(range(1, s + 1) for s in sides))
                   if sum(roll) >= target)
        value = Fraction(hits, prod(sides))
    stated = Fraction(item["answer"])
    detail = f"{sides} >= {target}: exact {value}, stated {item['answer']}"
    if stated != value:
        return Verdict(WRONG, f"differs from the exact value ({how})", detail)
    a, _, b = item["answer"].partition("/")
    if (int(a), int(b or 1)) != (value.numerator, value.denominator):
        return Verdict(WRONG, "equal but not in lowest terms", detail)
    return Verdict(OK, f"equal, in lowest terms ({how})", detail)


def check_coins(item: dict[str, Any]) -> Verdict:
    from logicgen.solve import exact

    m = re.search(r"getting (exactly|at least) (\d+) heads in (\d+) fair coin flips",
                  item["question"])
    if not m:
        return Verdict(SKIPPED, "question not parsed")
    kind, k, n = m.group(1), int(m.group(2)), int(m.group(3))
    value = exact.probability({
        "experiment": {"kind": "coins", "count": n, "p_heads": "1/2"},
        "event": {"type": "count", "face": "H", "cmp": "eq" if kind == "exactly" else "ge",
                  "value": k},
    })
    stated = Fraction(item["answer"])
    detail = f"{kind} {k} of {n}: exact {value} = {float(value)!r}, stated {item['answer']}"
    if stated == value:
        return Verdict(OK, "exact decimal", detail)
    if f"{float(value):.10g}" == item["answer"]:
        return Verdict(OK, "rounded decimal (10 significant digits)", detail)
    return Verdict(WRONG, "differs from the exact value", detail)


CHECKS: dict[str, Callable[[dict[str, Any]], Verdict]] = {
    "series": check_series,
    "syllogism": check_syllogism,
    "knights": check_knights,
    "zebra": check_zebra,
    "dice": check_dice,
    "coins": check_coins,
}


# -- generating and timing -----------------------------------------------------------------


def clear_caches() -> None:
    """Empty every functools cache of both libraries, as in a fresh process."""
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("logicgen", "reasoning_gym")):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                value.cache_clear()


Maker = Callable[[int], Any]


def logicgen_full(pair: Pair, seed: int, n: int) -> Maker:
    import logicgen

    stream = logicgen.generate_iter(pair.family, n, seed=seed, **pair.params)
    return lambda _i: next(stream)


def logicgen_unverified(pair: Pair, seed: int, n: int) -> Maker:
    """One draw per item, worded and explained, without the solver's check."""
    import logicgen
    from logicgen.core import _code_parts, draw_item
    from logicgen.rng import encode_seed, item_seed, streams

    fam = logicgen.get_family(pair.family)
    params = fam.make_params(**pair.params)
    prefix, suffix = _code_parts(fam, params)  # once per set, as generate_iter does

    def make(i: int) -> Any:
        s = item_seed(seed, i)
        logic, wording = streams(s, fam.name, params.difficulty)
        for _ in range(200):  # redrawn only when the options miss the key, as make_item does
            item = draw_item(fam, params, logic, wording, prefix + encode_seed(s) + suffix)
            if item is not None:
                return item
        raise RuntimeError("no draw had the key among its options")

    return make


def reasoning_gym_items(pair: Pair, seed: int, n: int) -> Maker:
    import reasoning_gym

    ds = reasoning_gym.create_dataset(pair.rg_name, size=max(n, 1), seed=seed, **pair.rg_config)
    return ds.__getitem__


RUNNERS: dict[str, Callable[[Pair, int, int], Maker]] = {
    "logicgen": logicgen_full,
    "logicgen, no verify": logicgen_unverified,
    "reasoning-gym": reasoning_gym_items,
}


@dataclass
class Timing:
    totals: list[float] = field(default_factory=list)
    per_item: list[list[float]] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)

    def rate(self, n: int) -> float:
        return n / statistics.median(self.totals)

    def item_times(self) -> list[float]:
        return [statistics.median(ts) for ts in zip(*self.per_item)]


def run_once(runner: str, pair: Pair, seed: int, n: int, timing: Timing) -> None:
    clear_caches()
    gc.collect()
    make = RUNNERS[runner](pair, seed, n)
    clock = time.perf_counter
    items, times = [], []
    start = clock()
    for i in range(n):
        t = clock()
        items.append(make(i))
        times.append(clock() - t)
    timing.totals.append(clock() - start)
    timing.per_item.append(times)
    if not timing.items:
        timing.items = items


def throughput(pairs: Sequence[Pair], counts: dict[str, int], seed: int, repeat: int
               ) -> dict[str, dict[str, Timing]]:
    results: dict[str, dict[str, Timing]] = {}
    names = list(RUNNERS)
    for pair in pairs:
        n = counts[pair.key]
        for runner in names:  # warm-up: imports and module-level tables, other seeds
            run_once(runner, pair, seed + 1000, min(n, 3), Timing())
        timings = {runner: Timing() for runner in names}
        for r in range(repeat):
            for runner in names if r % 2 == 0 else names[::-1]:
                run_once(runner, pair, seed, n, timings[runner])
        results[pair.key] = timings
        rg, lg = timings["reasoning-gym"], timings["logicgen"]
        print(f"  {pair.label}: {n} items x {repeat} runs done "
              f"(logicgen {lg.rate(n):.0f}/s, reasoning-gym {rg.rate(n):.1f}/s)", flush=True)
    return results


def print_throughput(pairs: Sequence[Pair], counts: dict[str, int],
                     results: dict[str, dict[str, Timing]]) -> dict[str, Any]:
    print(f"\n  {'pair':<20}{'N':>6}{'logicgen':>11}{'no verify':>11}{'r-gym':>11}"
          f"{'ratio':>9}{'ratio nv':>10}{'target':>8}  met")
    print(f"  {'':<20}{'':>6}{'items/s':>11}{'items/s':>11}{'items/s':>11}")
    out: dict[str, Any] = {}
    for pair in pairs:
        n, t = counts[pair.key], results[pair.key]
        lg, nv, rg = (t[k].rate(n) for k in RUNNERS)
        ratio, ratio_nv = lg / rg, nv / rg
        met = "yes" if ratio >= pair.target else "NO"
        print(f"  {pair.label:<20}{n:>6}{lg:>11.1f}{nv:>11.1f}{rg:>11.1f}{ratio:>8.2f}x"
              f"{ratio_nv:>9.2f}x{pair.target:>7.0f}x  {met}")
        out[pair.key] = {"n": n, "items_per_s": {k: t[k].rate(n) for k in RUNNERS},
                         "ratio": ratio, "ratio_no_verify": ratio_nv, "target": pair.target,
                         "met": ratio >= pair.target}
    print("\n  per item (median over runs of each item): median, slowest, and the share of "
          "the time spent on the slowest 1% of items")
    print(f"  {'pair':<20}{'logicgen':>10}{'no verify':>11}{'r-gym':>10}{'ratio':>9}"
          f"{'max lg':>10}{'max r-gym':>11}{'1% lg':>8}{'1% r-gym':>10}")
    print(f"  {'':<20}{'us':>10}{'us':>11}{'us':>10}{'(median)':>9}{'ms':>10}{'ms':>11}")
    for pair in pairs:
        t = results[pair.key]
        times = {k: sorted(t[k].item_times(), reverse=True) for k in RUNNERS}
        med = {k: statistics.median(v) for k, v in times.items()}
        top = {k: v[0] for k, v in times.items()}
        tail = {k: sum(v[: max(1, len(v) // 100)]) / sum(v) for k, v in times.items()}
        print(f"  {pair.label:<20}{med['logicgen'] * 1e6:>10.1f}"
              f"{med['logicgen, no verify'] * 1e6:>11.1f}{med['reasoning-gym'] * 1e6:>10.1f}"
              f"{med['reasoning-gym'] / med['logicgen']:>8.2f}x"
              f"{top['logicgen'] * 1e3:>10.2f}{top['reasoning-gym'] * 1e3:>11.2f}"
              f"{tail['logicgen']:>8.0%}{tail['reasoning-gym']:>10.0%}")
        out[pair.key].update(median_item_s=med, max_item_s=top, slowest_1pct_share=tail)
    return out


# -- where logicgen's time goes ------------------------------------------------------------

STEPS = ("seed", "draw", "verify")


def breakdown(pair: Pair, seed: int, n: int) -> tuple[dict[str, float], float]:
    """Microseconds per item in each step of making a verified item, and draws per item:
    deriving the item's streams, one draw worded and explained into an Item, and the
    solver's verification."""
    import logicgen
    from logicgen.core import _code_parts, draw_item
    from logicgen.rng import encode_seed, item_seed, streams
    from logicgen.verification import problems

    fam = logicgen.get_family(pair.family)
    params = fam.make_params(**pair.params)
    prefix, suffix = _code_parts(fam, params)
    clock = time.perf_counter
    spent: dict[str, float] = dict.fromkeys(STEPS, 0.0)
    draws = 0
    clear_caches()
    for i in range(n):
        t = clock()
        s = item_seed(seed, i)
        logic, wording = streams(s, fam.name, params.difficulty)
        spent["seed"] += clock() - t
        for _ in range(200):
            draws += 1
            t = clock()
            item = draw_item(fam, params, logic, wording, prefix + encode_seed(s) + suffix)
            t2 = clock()
            spent["draw"] += t2 - t
            if item is None:
                continue
            bad = problems(item)
            spent["verify"] += clock() - t2
            if not bad:
                break
    return {k: spent[k] / n * 1e6 for k in STEPS}, draws / n


def print_breakdown(pairs: Sequence[Pair], counts: dict[str, int], seed: int, repeat: int
                    ) -> dict[str, Any]:
    print(f"\nwhere logicgen's time goes (us per item, median of {repeat} runs; a redrawn item "
          "pays every step again)")
    print(f"  {'pair':<20}" + "".join(f"{s:>10}" for s in STEPS) + f"{'total':>10}{'draws':>7}")
    out = {}
    for pair in pairs:
        runs = [breakdown(pair, seed, min(counts[pair.key], 500)) for _ in range(repeat)]
        steps = {s: statistics.median(r[0][s] for r in runs) for s in STEPS}
        draws = runs[0][1]
        total = sum(steps.values())
        print(f"  {pair.label:<20}" + "".join(f"{steps[s]:>10.1f}" for s in STEPS)
              + f"{total:>10.1f}{draws:>7.2f}")
        out[pair.key] = {"us_per_item": steps, "draws_per_item": draws}
    return out


def profile(pair: Pair, seed: int, n: int, top: int = 12) -> str:
    import logicgen

    clear_caches()
    prof = cProfile.Profile()
    prof.enable()
    logicgen.generate(pair.family, n, seed=seed, **pair.params)
    prof.disable()
    sink = io.StringIO()
    stats = pstats.Stats(prof, stream=sink)
    stats.sort_stats("tottime").print_stats(top)
    lines = [ln for ln in sink.getvalue().splitlines() if re.match(r"\s+\d", ln)]
    trim = r"\S*/lib/python3\.\d+/(?:site-packages/)?|\S*/(?=logicgen/)"
    return "\n".join("    " + re.sub(trim, "", ln.strip()) for ln in lines)


# -- start-up and memory --------------------------------------------------------------------

_IMPORT_SNIPPETS = {
    "python -c pass": "pass",
    "logicgen": "import logicgen; logicgen.generate('sequence.number', 1, seed=1)",
    "reasoning-gym": ("import reasoning_gym; "
                      "reasoning_gym.create_dataset('number_sequence', size=1, seed=1)[0]"),
}


def _importtime_top(snippet: str, root: str, top: int) -> tuple[list[Any], list[Any]]:
    """The largest top-level imports of ``snippet`` and the largest direct imports of ``root``
    (milliseconds, cumulative)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", snippet],
                          capture_output=True, text=True, check=True)
    outer: list[tuple[str, float]] = []
    inner: list[tuple[str, float]] = []
    pending: list[tuple[str, float]] = []  # a module's imports are printed before it
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| ( *)(\S+)$", line)
        if not m:
            continue
        entry, level = (m.group(3), int(m.group(1)) / 1000), len(m.group(2)) // 2
        if level == 1:
            pending.append(entry)
        elif level == 0:
            outer.append(entry)
            if entry[0] == root:
                inner.extend(pending)
            pending = []
    return (sorted(outer, key=lambda x: -x[1])[:top], sorted(inner, key=lambda x: -x[1])[:top])


def startup(repeat: int) -> dict[str, Any]:
    times: dict[str, list[float]] = {k: [] for k in _IMPORT_SNIPPETS}
    for label, snippet in _IMPORT_SNIPPETS.items():  # write bytecode caches first
        subprocess.run([sys.executable, "-c", snippet], check=True, capture_output=True)
    for r in range(repeat):
        order = list(_IMPORT_SNIPPETS) if r % 2 == 0 else list(_IMPORT_SNIPPETS)[::-1]
        for label in order:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", _IMPORT_SNIPPETS[label]], check=True,
                           capture_output=True)
            times[label].append(time.perf_counter() - start)
    med = {k: statistics.median(v) for k, v in times.items()}
    base = med["python -c pass"]
    print(f"\nstart-up: fresh process, import and make one item (median of {repeat} runs)")
    for label in _IMPORT_SNIPPETS:
        extra = "" if label == "python -c pass" else \
            f"  ({(med[label] - base) * 1000:.0f} ms more than bare python)"
        print(f"  {label:<16}{med[label] * 1000:8.0f} ms{extra}")
    ratio = (med["reasoning-gym"] - base) / (med["logicgen"] - base)
    print(f"  reasoning-gym / logicgen, beyond bare python: {ratio:.1f}x")
    out: dict[str, Any] = {"median_s": med, "importtime_ms": {}}
    print("  -X importtime (cumulative ms): largest top-level imports; largest imports of the "
          "package itself")
    for label, root in (("logicgen", "logicgen"), ("reasoning-gym", "reasoning_gym")):
        outer, inner = _importtime_top(_IMPORT_SNIPPETS[label], root, 6)
        out["importtime_ms"][label] = {"top_level": outer, "package": inner}
        print(f"  {label}: " + ", ".join(f"{name} {ms:.0f}" for name, ms in outer))
        print(f"  {'':<{len(label)}}  {root} imports: "
              + ", ".join(f"{name} {ms:.0f}" for name, ms in inner))
    return out


_MEMORY_SCRIPT = """
import json, resource, sys
lib, name, count, seed, kwargs = sys.argv[1:6]
count, seed, kwargs = int(count), int(seed), json.loads(kwargs)
if lib == "logicgen":
    import logicgen
    items = logicgen.generate(name, count, seed=seed, **kwargs) if count else []
else:
    import reasoning_gym
    ds = reasoning_gym.create_dataset(name, size=max(count, 1), seed=seed, **kwargs)
    items = [ds[i] for i in range(count)]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:  # Linux: ru_maxrss keeps the spawning process's peak across fork and exec; VmHWM does not
    with open("/proc/self/status") as fh:
        peak = next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(peak)
"""


def _peak_kib(lib: str, name: str, count: int, seed: int, kwargs: dict[str, Any]) -> int:
    done = subprocess.run([sys.executable, "-c", _MEMORY_SCRIPT, lib, name, str(count), str(seed),
                           json.dumps(kwargs)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


def memory(pairs: Sequence[Pair], counts: dict[str, int], seed: int) -> dict[str, Any]:
    print("\npeak memory (peak resident set of a fresh process that keeps the N items)")
    base_lg = _peak_kib("logicgen", "sequence.number", 0, seed, {})
    base_rg = _peak_kib("reasoning-gym", "number_sequence", 0, seed, {})
    print(f"  {'import only':<20}{'':>6}{base_lg / 1024:>11.1f} MiB{base_rg / 1024:>11.1f} MiB")
    print(f"  {'pair':<20}{'N':>6}{'logicgen':>15}{'reasoning-gym':>15}")
    out: dict[str, Any] = {"import_only_kib": {"logicgen": base_lg, "reasoning-gym": base_rg}}
    for pair in pairs:
        n = counts[pair.key]
        lg = _peak_kib("logicgen", pair.family, n, seed, pair.params)
        rg = _peak_kib("reasoning-gym", pair.rg_name, n, seed, pair.rg_config)
        print(f"  {pair.label:<20}{n:>6}{lg / 1024:>11.1f} MiB{rg / 1024:>11.1f} MiB")
        out[pair.key] = {"logicgen_kib": lg, "reasoning_gym_kib": rg}
    return out


# -- checking reasoning-gym's items -----------------------------------------------------


def checked(pairs: Sequence[Pair], items: dict[str, list[dict[str, Any]]], examples: int
            ) -> dict[str, Any]:
    print("\nreasoning-gym items judged by logicgen's solvers (method below)")
    print(f"  {'pair':<20}{'items':>7}{OK:>8}{WRONG:>7}{AMBIGUOUS:>11}{SKIPPED:>12}"
          f"{'flagged/judged':>16}{'flagged/all':>13}")
    out: dict[str, Any] = {}
    shown: list[tuple[Pair, dict[str, Any], Verdict]] = []
    reasons: dict[str, Counter[str]] = {}
    for pair in pairs:
        verdicts = [CHECKS[pair.check](item) for item in items[pair.key]]
        count = Counter(v.status for v in verdicts)
        reasons[pair.key] = Counter(f"{v.status}: {v.reason}" for v in verdicts)
        flagged = count[WRONG] + count[AMBIGUOUS]
        judged = len(verdicts) - count[SKIPPED]
        share = f"{flagged / judged:.1%}" if judged else "-"
        print(f"  {pair.label:<20}{len(verdicts):>7}{count[OK]:>8}{count[WRONG]:>7}"
              f"{count[AMBIGUOUS]:>11}{count[SKIPPED]:>12}{share:>16}"
              f"{flagged / max(len(verdicts), 1):>13.1%}")
        out[pair.key] = {"items": len(verdicts), "counts": dict(count),
                         "reasons": dict(reasons[pair.key]), "flagged": flagged,
                         "judged": judged, "examples": []}
        flagged_items = [(item, v) for item, v in zip(items[pair.key], verdicts)
                         if v.status in (WRONG, AMBIGUOUS)]
        firsts = list({v.reason: (item, v) for item, v in reversed(flagged_items)}.values())
        # one item per reason first (WRONG before AMBIGUOUS), most common reasons first
        firsts.sort(key=lambda iv: (iv[1].status != WRONG, -reasons[pair.key][
            f"{iv[1].status}: {iv[1].reason}"]))
        picked = (firsts + [iv for iv in flagged_items if iv not in firsts])[:examples]
        for item, v in picked:
            shown.append((pair, item, v))
            out[pair.key]["examples"].append({"question": item["question"],
                                              "answer": item["answer"], "status": v.status,
                                              "reason": v.reason, "detail": v.detail})
    print("\n  reasons, per pair")
    for pair in pairs:
        text = "; ".join(f"{k} {c}" for k, c in sorted(reasons[pair.key].items()))
        print(f"  {pair.label}: {text}")
    print("\n  method")
    done = set()
    for pair in pairs:
        if pair.check not in done:
            done.add(pair.check)
            print(f"  * {pair.label}: {METHODS[pair.check]}")
    if shown:
        print("\n  flagged items, in full")
    for pair, item, v in shown:
        print(f"\n  [{pair.label}] {v.status}: {v.reason}")
        print("    " + item["question"].replace("\n", "\n    "))
        print(f"    stated answer: {item['answer']}")
        print(f"    found: {v.detail}")
    return out


# -- main -------------------------------------------------------------------------------


def _versions() -> str:
    from importlib.metadata import version

    return (f"logicgen {version('logicgen')}, reasoning-gym {version('reasoning-gym')}, "
            f"Python {platform.python_version()}, {os.cpu_count()} CPUs")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small N, fewer runs")
    parser.add_argument("--pairs", nargs="*", choices=[p.key for p in PAIRS], default=None)
    parser.add_argument("--count", type=int, default=None, help="N for every pair")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=None, help="timed runs per generator")
    parser.add_argument("--import-repeat", type=int, default=None)
    parser.add_argument("--examples", type=int, default=2, help="flagged items shown per pair")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile every pair, not only those below their target")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    try:
        import reasoning_gym  # noqa: F401
    except ImportError:
        raise SystemExit("reasoning-gym is not installed: pip install -e '.[bench]' "
                         "in a separate environment") from None

    pairs = [p for p in PAIRS if args.pairs is None or p.key in args.pairs]
    counts = {p.key: args.count or (p.quick if args.quick else p.count) for p in pairs}
    repeat = args.repeat or (1 if args.quick else 3)
    import_repeat = args.import_repeat or (3 if args.quick else 9)
    report: dict[str, Any] = {"versions": _versions(), "load_before": os.getloadavg()}
    print(f"versus: {_versions()}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\nthroughput: same seeds in every run, {repeat} alternating runs per generator")
    results = throughput(pairs, counts, args.seed, repeat)
    report["throughput"] = print_throughput(pairs, counts, results)
    report["breakdown"] = print_breakdown(pairs, counts, args.seed, repeat)
    slow = [p for p in pairs if args.profile or not report["throughput"][p.key]["met"]]
    for pair in slow:
        print(f"\n  cProfile, logicgen {pair.label} ({min(counts[pair.key], 300)} items), "
              "top functions by own time:")
        print(profile(pair, args.seed, min(counts[pair.key], 300)))
    if not args.skip_startup:
        report["startup"] = startup(import_repeat)
    if not args.skip_memory:
        report["memory"] = memory(pairs, counts, args.seed)
    rg_items = {p.key: results[p.key]["reasoning-gym"].items for p in pairs}
    report["checked"] = checked(pairs, rg_items, args.examples)
    report["load_after"] = os.getloadavg()
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1, default=str)


if __name__ == "__main__":
    main()
