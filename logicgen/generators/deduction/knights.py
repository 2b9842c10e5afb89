"""Knights and knaves: who always tells the truth and who always lies.

Two to six islanders each make one statement. A statement is an *atom* (depth
1): "B is a knight", "B is a knave", "B and I are the same kind", "A and C are
different kinds", "exactly two of us are knaves", "at least one of us is a
knight"; or two atoms joined by *and*, *or* (inclusive) or *if ... then*
(depth 2), where an atom may also be about the speaker ("I am a knave or B is a
knight"). Statements are stored as trees in ``data["statements"]``.

How a puzzle is drawn: every statement's truth table over the ``2**n``
assignments is an integer bit set, so the assignments consistent with speaker
i ("i is a knight exactly when the statement is true") are one XOR away;
statements are redrawn one at a time until exactly one assignment is left.
Tautologies, contradictions and compounds that say no more than one of their
parts are never used. At ``hard`` no statement may be redundant: without any
one of them the puzzle would have several solutions.

The worked solution is a case analysis in the classic style: "Suppose A is a
knight. Then A's statement is true, so ... — a contradiction. So A is a
knave." Facts that follow directly are drawn first; a case that needs a
further case split inside it is allowed one level deep, otherwise the puzzle
is redrawn.

Difficulty: ``easy`` 2–3 people, atoms only (about another person, a pair or
"exactly k of us"); ``medium`` 3–4 people, and about a third of the statements
compound with *and* / *or*; ``hard`` 5–6 people, mostly compound statements
including *if ... then* and "at least / at most k of us", no redundant
statement. ``n_people`` (2–6) overrides the size.

The prompt defines each connective its statements use, in one line: "or" is
inclusive, and "if A, then B" is the material conditional (false only when A
is true and B false), the reading the solver uses.

``score`` is the solver's measured effort (:func:`logicgen.solve.knights.effort`):
propagation over the statements, 0.75 a step that settles someone, 0.5 a
trial (assume a kind, look for a contradiction), 2 a split when no trial
settles anyone, plus 0.25 a person and the statements' reading work (0.5 an
*and* / *or* / *not* or a count, 1 an *if … then*). Bands kept per level: easy
1–6, medium 2.5–10, hard 7–30, so a hard item always needs trials or long
chains of steps. Hard is harder by statements that settle no one alone, not by
more people saying simple things.

Formats: ``choice`` asks "Which of them are knights?" with sets of people as
options (plus, sometimes, "It cannot be determined"); ``numeric`` asks how many
of them are knights. A choice item can have at most ``2**n + 1`` distinct
options, so two people allow at most 5. Distractors: assignments that satisfy
every statement but one (the near-solution), the solution with knights and
knaves swapped, everyone a knight (believing everybody), and the solution with
one person changed.

>>> import logicgen
>>> item = logicgen.generate("deduction.knights", count=1, seed=1)[0]
>>> print(item.prompt)
On an island, every inhabitant is either a knight, who always tells the truth, or a knave, who
always lies. You meet four of them: Yara, Jonas, Yusuf and Carlos.
“Us” means all four of them.
Yara says: “Yusuf is a knave.”
Jonas says: “Yusuf and Carlos are the same kind and Yara and Carlos are the same kind.”
Yusuf says: “Exactly two of us are knaves.”
Carlos says: “Yara and I are different kinds.”
<BLANKLINE>
Which of them are knights?
>>> item.answer
'Only Yusuf and Carlos'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from logicgen.data import FIRST_NAMES
from logicgen.data.deduction_scenes import NUMBER_WORDS
from logicgen.errors import InvalidParams
from logicgen.generators.deduction._wording import NO_PUZZLE, cap, join, no_puzzle
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import BaseParams, check_int, family
from logicgen.solve.knights import effort, solve

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "explain", "generate", "render"]

Tree = dict[str, Any]
Step = tuple[Any, ...]

#: Per difficulty: sizes, the share of compound statements, the connectives and
#: counting comparisons allowed, and whether every statement must be needed.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"n": (2, 3), "compound": 0.0, "ops": ("and", "or"), "cmps": ("exactly",),
             "atoms": {"person": 6, "pair": 3, "count": 2}, "minimal": False},
    "medium": {"n": (3, 4), "compound": 0.35, "ops": ("and", "or"), "cmps": ("exactly",),
               "atoms": {"person": 5, "pair": 3, "count": 2}, "minimal": False},
    "hard": {"n": (5, 6), "compound": 0.7, "ops": ("and", "or", "if", "if"),
             "cmps": ("exactly", "at_least", "at_most"),
             "atoms": {"person": 4, "pair": 3, "count": 3}, "minimal": True},
}


@family(
    "deduction.knights", version=3,
    solver=solve,
    summary="Knights and knaves: who tells the truth, from what each person says",
    formats=("choice", "numeric"),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_people``: 2–6 (default: by difficulty)."""

    SIZE = ("n_people",)

    n_people: int | None = None

    def check(self) -> None:
        if self.n_people is not None:
            check_int("n_people", self.n_people, 2, 6)
            if self.n_people == 2 and self.n_options > 5:
                raise InvalidParams(
                    f"n_options must be between 3 and 5 when n_people is 2 (got {self.n_options})"
                )


# -- truth tables as bit sets over the 2**n assignments ------------------------------------
#
# Assignment m (0 <= m < 2**n) makes person i a knight when bit i of m is set.


class Tables:
    def __init__(self, n: int) -> None:
        size = 1 << n
        self.n = n
        self.full = (1 << size) - 1
        self.knight = [sum(1 << m for m in range(size) if m >> i & 1) for i in range(n)]
        counts = [m.bit_count() for m in range(size)]
        self.has_knights = [sum(1 << m for m in range(size) if counts[m] == k) for k in range(n + 1)]
        self.counts: dict[tuple[str, str, int], int] = {}  # truth tables of counting atoms


@functools.cache
def tables(n: int) -> Tables:
    """The truth tables of ``n`` people (built once per process)."""
    return Tables(n)


def truth(tree: Tree, t: Tables) -> int:
    """The assignments in which ``tree`` is true."""
    op = tree["op"]
    if op == "count":
        key = (tree["kind"], tree["cmp"], tree["k"])
        got = t.counts.get(key)
        if got is None:
            got = t.counts[key] = _count_truth(tree, t)
        return got
    if op == "knight":
        return t.knight[tree["who"]]
    if op == "knave":
        return t.full ^ t.knight[tree["who"]]
    if op in ("same", "different"):
        i, j = tree["who"]
        diff = t.knight[i] ^ t.knight[j]
        return diff if op == "different" else t.full ^ diff
    if op == "not":
        return t.full ^ truth(tree["arg"], t)
    a, b = (truth(x, t) for x in tree["args"])
    if op == "and":
        return a & b
    if op == "or":
        return a | b
    return (t.full ^ a) | b  # if a then b


def _count_truth(tree: Tree, t: Tables) -> int:
    """Assignments in which a counting atom ("exactly k of us are knaves") is true."""
    k, cmp = tree["k"], tree["cmp"]
    out = 0
    for c in range(t.n + 1):  # c knights, so n - c knaves
        have = c if tree["kind"] == "knight" else t.n - c
        if (have == k) if cmp == "exactly" else (have >= k) if cmp == "at_least" else (have <= k):
            out |= t.has_knights[c]
    return out


def consistent(speaker: int, tree: Tree, t: Tables) -> int:
    """Assignments in which the speaker is a knight exactly when the statement is true."""
    return t.full ^ (t.knight[speaker] ^ truth(tree, t))


# -- drawing statements --------------------------------------------------------------------


def _atom(rng: Draw, n: int, speaker: int, level: dict[str, Any], self_ok: bool) -> Tree:
    kind = rng.weighted_int(level["atoms"])
    others = [i for i in range(n) if i != speaker]
    if kind == "person":
        who = speaker if self_ok and rng.random() < 0.3 else rng.pick(others)
        return {"op": rng.pick(("knight", "knave")), "who": who}
    if kind == "pair":
        if n >= 3 and rng.random() < 0.3:
            i = rng.pick(others)
            j = rng.pick([x for x in others if x != i])
        else:
            i, j = speaker, rng.pick(others)
        return {"op": rng.pick(("same", "different")), "who": sorted((i, j))}
    cmp = rng.pick(level["cmps"])
    k = rng.below(n + 1) if cmp == "exactly" else 1 + rng.below(n - 1)
    return {"op": "count", "kind": rng.pick(("knight", "knave")), "cmp": cmp, "k": k}


def _statement(rng: Draw, n: int, speaker: int, level: dict[str, Any], t: Tables) -> Tree:
    return _statement_fit(rng, n, speaker, level, t)[0]


def _statement_fit(rng: Draw, n: int, speaker: int, level: dict[str, Any], t: Tables
                   ) -> tuple[Tree, int]:
    """A statement for ``speaker`` and the assignments it fits (:func:`consistent`)."""
    knight = t.knight[speaker]
    for _ in range(30):
        if rng.random() < level["compound"]:
            op = rng.pick(level["ops"])
            left = _atom(rng, n, speaker, level, self_ok=True)
            right = _atom(rng, n, speaker, level, self_ok=True)
            tree: Tree = {"op": op, "args": [left, right]}
            a, b = truth(left, t), truth(right, t)
            value = a & b if op == "and" else a | b if op == "or" else (t.full ^ a) | b
            if value in (a, b) or left == right:
                continue  # says no more than one of its parts
        else:
            tree = _atom(rng, n, speaker, level, self_ok=False)
            value = truth(tree, t)
        if value in (0, t.full):
            continue
        fit = t.full ^ (knight ^ value)
        if fit == t.full:
            continue  # "I am a knight": anyone could say it
        return tree, fit
    tree = {"op": "knave", "who": (speaker + 1) % n}
    return tree, consistent(speaker, tree, t)


def draw_puzzle(rng: Draw, n: int, level: dict[str, Any]) -> tuple[list[Tree], int] | None:
    """Statements for people 0..n-1 with exactly one consistent assignment.

    A small local search: while the statements allow no assignment or several,
    one speaker's statement is replaced by the best of three fresh ones (the one
    leaving fewest, but at least one, consistent assignments). At ``hard``, while
    some statement is implied by the others, another speaker's statement is
    replaced by a fresh one.
    """
    t = tables(n)
    fits = [_statement_fit(rng, n, s, level, t) for s in range(n)]
    says = [tree for tree, _ in fits]
    cons = [fit for _, fit in fits]

    def others(i: int) -> int:
        rest = t.full
        for j, c in enumerate(cons):
            if j != i:
                rest &= c
        return rest

    for _ in range(10 * n):
        sol = others(-1)
        if sol.bit_count() == 1:
            if not level["minimal"]:
                return says, sol
            spare = [i for i in range(n) if others(i).bit_count() == 1]
            if not spare:
                return says, sol
            # Some statement is implied by the others: weaken another one.
            s = rng.pick([i for i in range(n) if i != spare[0]])
            tries = 1
        else:
            s = rng.below(n)
            tries = 3
        rest = others(s)
        best = None
        for _ in range(tries):
            tree, c = _statement_fit(rng, n, s, level, t)
            count = (rest & c).bit_count()
            rank = count if count else 1 << n
            if best is None or rank < best[0]:
                best = (rank, tree, c)
        assert best is not None
        says[s], cons[s] = best[1], best[2]
    return None


# -- the case analysis ------------------------------------------------------------------------


def _known_mask(known: dict[int, bool], t: Tables) -> int:
    f = t.full
    for p, k in known.items():
        f &= t.knight[p] if k else t.full ^ t.knight[p]
    return f


def _propagate(known: dict[int, bool], values: list[int], t: Tables) -> tuple[list[Step], bool]:
    """Draw every fact that one statement forces; False when a statement cannot fit.

    ``values[s]`` is the truth table of speaker s's statement.
    """
    steps: list[Step] = []
    n = t.n
    fits = [t.full ^ (t.knight[s] ^ values[s]) for s in range(n)]
    while True:
        progress = False
        f = _known_mask(known, t)  # updated below whenever ``known`` grows
        for s in range(n):
            value = values[s]
            allowed = f & fits[s]
            if not allowed:
                steps.append(("clash", s, dict(known)))
                return steps, False
            facts = {}
            for p in range(n):
                if p in known:
                    continue
                if allowed & t.knight[p] == allowed:
                    facts[p] = True
                elif not allowed & t.knight[p]:
                    facts[p] = False
            if facts:
                if s in known:
                    mode = "speaker"
                elif f & value in (f, 0):
                    mode = "truth"
                else:
                    mode = "fit"
                    if s in facts:
                        # Show why the speaker cannot be the other kind, when the
                        # statement's truth is then settled; the rest follows later.
                        other = f & (t.knight[s] if not facts[s] else t.full ^ t.knight[s])
                        if other & value in (other, 0):
                            mode = "self"
                            facts = {s: facts[s]}
                steps.append(("fact", s, mode, dict(known), facts))
                known.update(facts)
                f = _known_mask(known, t)
                progress = True
        if not progress:
            return steps, True


def _refute(
    known: dict[int, bool], values: list[int], t: Tables, depth: int
) -> list[Step] | None:
    """Steps showing that ``known`` leads to a contradiction, splitting at most ``depth`` deep."""
    known = dict(known)
    steps, ok = _propagate(known, values, t)
    if not ok:
        return steps
    if depth == 0:
        return None
    for p in range(t.n):
        if p in known:
            continue
        cases = []
        for value in (True, False):
            sub = _refute({**known, p: value}, values, t, depth - 1)
            if sub is None:
                break
            cases.append(("case", p, value, sub))
        else:
            return steps + [("both", p, cases)]
    return None


def analyse(says: list[Tree], answer: list[bool], t: Tables) -> tuple[list[Step], int, int] | None:
    """The case analysis reaching ``answer``: steps, case splits, nested splits."""
    known: dict[int, bool] = {}
    values = [truth(x, t) for x in says]
    steps, ok = _propagate(known, values, t)
    if not ok:
        return None
    splits = nested = 0
    while len(known) < t.n:
        for depth in (0, 1):
            chosen = None
            for p in range(t.n):
                if p in known:
                    continue
                sub = _refute({**known, p: not answer[p]}, values, t, depth)
                if sub is not None:
                    chosen = (p, sub)
                    break
            if chosen is not None:
                break
        else:
            return None
        p, sub = chosen
        splits += 1
        nested += depth
        steps.append(("suppose", p, not answer[p], sub))
        known[p] = answer[p]
        more, ok = _propagate(known, values, t)
        if not ok:
            return None
        steps += more
    if any(known[p] != answer[p] for p in range(t.n)):
        return None
    return steps, splits, nested


# -- generate -------------------------------------------------------------------------------


def _set_of(m: int, n: int) -> list[int]:
    return [i for i in range(n) if m >> i & 1]


def _features(tree: Tree) -> tuple[int, int, int]:
    """(connectives, if-thens, counting atoms) in a statement."""
    if "args" in tree:
        parts = [_features(x) for x in tree["args"]]
        return (1 + sum(p[0] for p in parts), (tree["op"] == "if") + sum(p[1] for p in parts),
                sum(p[2] for p in parts))
    return (0, 0, int(tree["op"] == "count"))


def generate(params: Params, rng: np.random.Generator) -> Draft:
    level = LEVELS[params.difficulty]
    low, high = level["n"]
    draws = Draw(rng, batch=64, forward=True)
    for _ in range(50):
        n = params.n_people or low + draws.below(high - low + 1)
        if params.n_people is None and params.n_options > 5:
            n = max(n, 3)
        t = tables(n)
        drawn = draw_puzzle(draws, n, level)
        if drawn is None:
            continue
        says, sol = drawn
        m = (sol & -sol).bit_length() - 1
        answer = [bool(m >> i & 1) for i in range(n)]
        chain = analyse(says, answer, t)
        if chain is None:
            continue
        steps, splits, nested = chain
        # Distractors, most tempting first.
        cons = [consistent(s, says[s], t) for s in range(n)]
        ranked: list[Any] = []
        for i in range(n):  # everything but one statement fits
            rest = t.full
            for j, c in enumerate(cons):
                if j != i:
                    rest &= c
            rest &= t.full ^ cons[i]
            if rest:
                ranked.append((rest & -rest).bit_length() - 1)
        ranked.append((1 << n) - 1 - m)  # knights and knaves swapped
        ranked.append((1 << n) - 1)  # believing everybody
        if params.format == "choice" and params.n_options >= 4 and draws.random() < 0.4:
            ranked.insert(min(2, len(ranked)), "undetermined")
        ranked += [m ^ (1 << i) for i in range(n)]  # one person changed
        wrong: list[Any] = []
        for x in ranked:
            if x != m and x not in wrong:
                wrong.append(x)
        if len(wrong) < params.n_options - 1:
            wrong += [x for x in (int(y) for y in rng.permutation(1 << n))
                      if x != m and x not in wrong]
        wrong = wrong[: params.n_options - 1]
        conn = ifs = counts = 0
        for tree in says:
            a, b, c = _features(tree)
            conn, ifs, counts = conn + a, ifs + b, counts + c
        score = n + 0.5 * conn + ifs + 0.5 * counts + 1.5 * splits + nested
        data = {
            "n": n,
            "statements": [{"speaker": s, "says": says[s]} for s in range(n)],
            "question": {"kind": "knights" if params.format == "choice" else "count_knights"},
            "solution": {"knights": _set_of(m, n), "knaves": _set_of((1 << n) - 1 - m, n)},
        }
        spec = {"steps": steps, "splits": splits, "nested": nested, "answer": m, "wrong": wrong}
        return Draft(data=data, answer=str(sum(answer)), score=score, spec=spec)
    return Draft(data={"n": 0, "statements": [], "question": {"kind": "knights"},
                          "solution": {}}, answer="", score=0.0, spec=None)


# -- wording ------------------------------------------------------------------------------------


def clause(tree: Tree, speaker: int, names: list[str]) -> str:
    """A statement as words, from the speaker's point of view ("I", "us")."""
    op = tree["op"]
    if op in ("knight", "knave"):
        i = tree["who"]
        return f"I am a {op}" if i == speaker else f"{names[i]} is a {op}"
    if op in ("same", "different"):
        i, j = tree["who"]
        if speaker in (i, j):
            pair = f"{names[j if i == speaker else i]} and I"
        else:
            pair = f"{names[i]} and {names[j]}"
        return f"{pair} are {'the same kind' if op == 'same' else 'different kinds'}"
    if op == "count":
        k, kind, cmp = tree["k"], tree["kind"], tree["cmp"]
        if cmp == "exactly" and k == 0:
            return f"none of us is a {kind}"
        if cmp == "exactly" and k == len(names):
            return f"all of us are {kind}s"
        noun = f"a {kind}" if k == 1 else kind + "s"
        bound = {"exactly": "exactly", "at_least": "at least", "at_most": "at most"}[cmp]
        return f"{bound} {NUMBER_WORDS[k]} of us {'is' if k == 1 else 'are'} {noun}"
    if op == "not":
        return "it is not true that " + clause(tree["arg"], speaker, names)
    left, right = tree["args"]
    same_kind = (
        left["op"] == right["op"] and left["op"] in ("knight", "knave")
        and speaker not in (left["who"], right["who"])
    )
    if op == "and" and same_kind:
        return f"{names[left['who']]} and {names[right['who']]} are both {left['op']}s"
    if op == "or" and same_kind:
        return f"at least one of {names[left['who']]} and {names[right['who']]} is a {left['op']}"
    x, y = clause(left, speaker, names), clause(right, speaker, names)
    if op == "if":
        return f"if {x}, then {y}"
    return f"{x} {op} {y}"


def sentence(tree: Tree, speaker: int, names: list[str]) -> str:
    return cap(clause(tree, speaker, names)) + "."


def _ops(tree: Tree) -> set[str]:
    """Every operator used in a statement tree."""
    found = {str(tree["op"])}
    for sub in tree.get("args", []):
        found |= _ops(sub)
    if "arg" in tree:
        found |= _ops(tree["arg"])
    return found


def _quote(tree: Tree, speaker: int, names: list[str]) -> str:
    """A statement quoted inside a sentence of the worked solution."""
    return "\u201c" + cap(clause(tree, speaker, names)) + "\u201d"


def _kind(k: bool) -> str:
    return "a knight" if k else "a knave"


def _facts(facts: dict[int, bool], names: list[str]) -> str:
    return join([f"{names[p]} is {_kind(k)}" for p, k in sorted(facts.items())])


def option_text(m: int | str, n: int, names: list[str]) -> str:
    if m == "undetermined":
        return "It cannot be determined"
    chosen = [names[i] for i in range(n) if int(m) >> i & 1]
    if not chosen:
        return "None of them"
    if len(chosen) == n:
        return "Both of them" if n == 2 else f"All {NUMBER_WORDS[n]} of them"
    if len(chosen) == 1:
        return f"Only {chosen[0]}"
    return "Only " + join(chosen)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The prompt and options; the names (drawn here) and the key's wording go into the wording."""
    data = draft.data
    n = data["n"]
    draws = Draw(rng, batch=64, forward=True)
    names = [FIRST_NAMES[i] for i in draws.choice(len(FIRST_NAMES), n)]
    if draft.spec is None:
        return no_puzzle({"names": names}, params.format == "numeric")
    lines = [
        ("On an island, every inhabitant is either a knight, who always tells the truth, or "
         f"a knave, who always lies. You meet {NUMBER_WORDS[n]} of them: {join(names)}.")
    ]
    trees = [s["says"] for s in data["statements"]]
    used = set().union(*(_ops(x) for x in trees))
    notes = []
    if "count" in used:
        everyone = "both of them" if n == 2 else f"all {NUMBER_WORDS[n]} of them"
        notes.append(f"\u201cUs\u201d means {everyone}.")
    said = [sentence(s["says"], s["speaker"], names) for s in data["statements"]]
    # A connective is defined only when a statement's words use it ("or" between two
    # people of one kind is written "at least one of ... is", which needs no note).
    if "or" in used and any(" or " in text for text in said):
        notes.append("\u201cOr\u201d means at least one, possibly both.")
    if "if" in used:
        notes.append("\u201cIf A, then B\u201d is false only when A is true and B is false.")
    if notes:
        lines.append(" ".join(notes))
    for s, text in zip(data["statements"], said, strict=True):
        lines.append(f"{names[s['speaker']]} says: \u201c{text}\u201d")
    spec = draft.spec
    if params.format == "numeric":
        lines += ["", "How many of them are knights?"]
        return Wording("\n".join(lines), [], data={"names": names, "options": []})
    lines += ["", "Which of them are knights?"]
    picks = [spec["answer"]] + list(spec["wrong"])
    options: list[dict[str, Any]] = []
    for i in draws.choice(len(picks), len(picks)):
        x = picks[i]
        claim = {"kind": "undetermined"} if x == "undetermined" else {
            "kind": "knights", "set": _set_of(int(x), n)}
        options.append({"text": option_text(x, n, names), "claim": claim})
    return Wording("\n".join(lines), [o["text"] for o in options],
                   data={"names": names, "options": options},
                   answer=option_text(spec["answer"], n, names))


class _Story(NamedTuple):
    """What the worked solution is told about: the statements, the names, the tables."""

    says: list[Tree]
    names: list[str]
    t: Tables

    def quote(self, s: int) -> str:
        return _quote(self.says[s], s, self.names)


def _fact(step: Step, st: _Story) -> list[str]:
    """Facts that one statement forces, told by how they follow (``mode``)."""
    _, s, mode, known, facts = step
    name, quote, names = st.names[s], st.quote(s), st.names
    if mode == "speaker":
        return [(f"{name} is {_kind(known[s])}, so {name}'s statement {quote} is "
                f"{'true' if known[s] else 'false'}. Hence {_facts(facts, names)}.")]
    if mode == "truth":
        value = _known_mask(known, st.t) & truth(st.says[s], st.t) != 0
        extra = {p: k for p, k in facts.items() if p != s}
        line = (f"{name}'s statement {quote} is then {'true' if value else 'false'}, "
                f"so {name} is {_kind(value)}.")
        return [line + (f" Also {_facts(extra, names)}." if extra else "")]
    if mode == "self":
        right = facts[s]
        return [(f"If {name} were {_kind(not right)}, {quote} would have to be "
                f"{'false' if right else 'true'}, but then it would be "
                f"{'true' if right else 'false'}. So {name} is {_kind(right)}.")]
    if s not in facts:
        return [(f"Whether {name} is a knight (so {quote} is true) or a knave (so it is "
                f"false), it follows that {_facts(facts, names)}.")]
    return [(f"{name}'s statement {quote} can only fit (true from a knight, false "
            f"from a knave) if {_facts(facts, names)}.")]


def _clash(step: Step, st: _Story) -> list[str]:
    """A statement that cannot fit what is known."""
    _, s, known = step
    name, quote = st.names[s], st.quote(s)
    f = _known_mask(known, st.t)
    holds = truth(st.says[s], st.t) & f
    if s in known and holds in (f, 0):
        return [(f"But {name} is {_kind(known[s])}, so {quote} would have to be "
                f"{'true' if known[s] else 'false'}, and it is "
                f"{'true' if holds == f else 'false'}: a contradiction.")]
    return [(f"But then {name}'s statement {quote} cannot fit, whichever kind "
            f"{name} is: a contradiction.")]


def _both(step: Step, st: _Story) -> list[str]:
    """A case split inside a case: both kinds for one person fail."""
    _, p, cases = step
    lines = [f"Nothing more follows, so consider both kinds for {st.names[p]}."]
    for _, q, value, sub in cases:
        lines.append(f"If {st.names[q]} is {_kind(value)}:")
        lines += _narrate(sub, st, "  ")
    return lines + ["Either way there is a contradiction."]


def _suppose(step: Step, st: _Story) -> list[str]:
    """A supposition that leads to a contradiction, so the opposite holds."""
    _, p, value, sub = step
    return [f"Suppose {st.names[p]} is {_kind(value)}.", *_narrate(sub, st, "  "),
            f"So {st.names[p]} is {_kind(not value)}."]


#: How each kind of step of the case analysis is told.
NARRATORS: dict[str, Callable[[Step, _Story], list[str]]] = {
    "fact": _fact, "clash": _clash, "both": _both, "suppose": _suppose,
}


def _narrate(steps: list[Step], st: _Story, indent: str = "") -> list[str]:
    return [indent + line for step in steps for line in NARRATORS[step[0]](step, st)]


def explain(draft: Draft) -> str:
    data = draft.data
    if draft.spec is None:
        return NO_PUZZLE
    n, names = data["n"], data["names"]
    t = tables(n)
    says = [s["says"] for s in data["statements"]]
    lines = [
        ("A knight's statement is true and a knave's is false, so each statement is true "
         "exactly when its speaker is a knight. Test the cases:")
    ]
    lines += _narrate(draft.spec["steps"], _Story(says, names, t))
    groups = []
    for key, one, many in (("knights", "a knight", "knights"), ("knaves", "a knave", "knaves")):
        people = [names[i] for i in data["solution"][key]]
        if people:
            groups.append(f"{join(people)} {one if len(people) == 1 else many}")
    lines.append(
        "Check: with " + " and ".join(groups) + ", every knight's statement is true and every "
        "knave's statement is false; the cases above rule out every other assignment."
    )
    if data["question"]["kind"] == "count_knights":
        count = int(draft.answer)
        lines.append(
            "So none of them is a knight: the answer is 0." if count == 0 else
            f"So exactly {count} of them {'is a knight' if count == 1 else 'are knights'}: "
            f"the answer is {count}."
        )
    else:
        lines.append(f"The answer is: {draft.answer}.")
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Start with a statement that settles its own speaker (\u201cat least one of us is a "
        "knave\u201d); then try cases: a contradiction rules one out."
    ),
}


EFFORT = effort
BANDS = {"easy": (1.0, 6.0), "medium": (2.5, 10.0), "hard": (7.0, 30.0)}
