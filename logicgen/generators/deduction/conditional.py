"""Conditional reasoning: if–then chains, "only if", "unless", contrapositives.

Each item states one to three rules about everyday events, usually followed by
a fact, and asks what must be true. Rules form a chain L0 → L1 → … → Lm over
atoms such as "the alarm rings" (a literal is an atom or its denial). The
generator places the fact so that a valid step applies:

* modus ponens: the fact is L0, so Lm must be true;
* modus tollens: the fact is "not Lm", so "not L0" must be true;
* rules only (``choice``, medium and hard): the chain "if L0, then Lm" or its
  contrapositive "if not Lm, then not L0" must be true;

or, for true / false / uncertain items, so that a tempting step is a fallacy:

* affirming the consequent: the fact is Lm, and the statement to judge is L0;
* denying the antecedent: the fact is "not L0", the statement is "not Lm".

Wording: "If A, then B."; "A only if B." (means: if A, then B, and the prompt
says so in one line when a rule uses it); and
"B unless C." which this family reads as "if not C, then B" — the usual
textbook reading. Because many readers also take "unless" to mean "if C, then
not B", an item with an "unless" rule is kept only when its key is the same
under both readings.

Formats: ``choice`` (default): "Which of the following must also be true?",
with distractors that name a fallacy where one applies (affirming the
consequent, denying the antecedent, the converse or inverse of a rule, a
statement that must be false); every other statement that must be true is left
out of the options. ``tfu``: "Is the last statement true, false or uncertain?"
with the three keys drawn equally often.

The generator reasons over the implication graph (each rule A → B also gives
not-B → not-A); the solver, :mod:`logicgen.solve.truth_table`, checks every
row of the truth table instead. Data stores each statement as a tree, e.g.
``{"op": "implies", "args": [{"atom": "p"}, {"op": "not", "args": [{"atom": "q"}]}]}``.

Difficulty:

* ``easy``: one rule worded "If …, then …" about plain (undenied) events, a
  fact, one step; choice items add a second rule that sets a trap.
* ``medium``: one or two rules, denied events, "only if" and "unless".
* ``hard``: chains of two or three rules, shown in shuffled order, with
  "unless" and "only if", more modus tollens, and rules-only contrapositives.

``score`` is the solver's measured effort
(:func:`logicgen.solve.truth_table.effort`): the cheapest derivation of the key
along the rules, each used forwards (1) or through its contrapositive (1.75),
plus 0.5 for a rule worded "only if" or "unless" and 0.25 a denied event in a
rule used, plus 0.5 to read off the conclusion (1 for a rules-only conclusion);
an "Uncertain" key costs 1 + 0.75 a rule (every rule tried). Bands kept per
level: easy 1–2.5, medium 1.5–5.5, hard 3–9.5, so a hard item is never one
plain step. Hard is harder by longer chains walked backwards through "only if"
and "unless" rules, not by extra rules that play no part.

>>> import logicgen
>>> item = logicgen.generate("deduction.conditional", count=1, seed=1)[0]
>>> print(item.prompt)
Assume these statements are true:
<BLANKLINE>
1. If the alarm rings, then the report is not late.
<BLANKLINE>
Which of the following must also be true?
>>> item.answer
'If the report is late, then the alarm does not ring'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...data.deduction_terms import ATOMS
from ...item import TFU_CHOICES
from ...kit import Draft, Wording
from ...registry import BaseParams, family
from ...solve import truth_table
from ._wording import cap, numbered, permuted

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

#: A literal: (atom index within the item, affirmed?).
Literal = tuple[int, bool]
#: A rule: (antecedent, consequent, wording) with wording "if", "only_if" or "unless".
Rule = tuple[Literal, Literal, str]

ATOM_IDS = "pqrstu"
VALID_MODES = ("mp", "mt")
MODE_WEIGHT = {"mp": 0.0, "mt": 0.75, "ac": 1.0, "da": 1.0, "rule": 1.0}
#: Per inference, from the chain's first and last literal: the stated facts and the
#: conclusion drawn from them (a "rule" item states no fact and asks for a rule).
INFERENCES: dict[str, Callable[[Literal, Literal], tuple[list[Literal], Any]]] = {
    "mp": lambda first, last: ([first], last),  # modus ponens
    "mt": lambda first, last: ([neg(last)], neg(first)),  # modus tollens
    "ac": lambda first, last: ([last], first),  # affirming the consequent
    "da": lambda first, last: ([neg(first)], neg(last)),  # denying the antecedent
    "rule": lambda first, last: ([], None),
}
FALLACY_TEXT = {"ac": "affirming the consequent", "da": "denying the antecedent"}


@family(
    "deduction.conditional", version=3,
    solver=truth_table.solve,
    summary="Conditionals: if-then, only if, unless; which must be true?",
    formats=("choice", "tfu"),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """No family-specific parameters; 3 to 8 options are supported."""


def neg(lit: Literal) -> Literal:
    return (lit[0], not lit[1])


# -- the generator's reasoning: the implication graph -----------------------------------


def _edges(rules: list[Rule], strong_unless: bool) -> list[tuple[Literal, Literal, int, str]]:
    """(from, to, rule number, step kind) for every rule and its contrapositive."""
    out = []
    for n, (a, b, wording) in enumerate(rules):
        out.append((a, b, n, "mp"))
        out.append((neg(b), neg(a), n, "mt"))
        if strong_unless and wording == "unless":
            # "B unless C" read also as "if C, then not B"; C is the denial of a.
            out.append((neg(a), neg(b), n, "extra"))
            out.append((b, a, n, "extra"))
    return out


def derive(rules: list[Rule], start: list[Literal], strong_unless: bool = False
           ) -> dict[Literal, tuple[Literal, int, str] | None]:
    """Everything reachable from ``start``: literal -> (previous literal, rule, step)."""
    return dict(_reached(rules, start, strong_unless))


def _reached(rules: list[Rule], start: list[Literal], strong_unless: bool
             ) -> dict[Literal, tuple[Literal, int, str] | None]:
    """:func:`derive`, remembered for the same rules and start (not to be changed)."""
    try:
        return _derive_frozen(tuple(rules), tuple(start), strong_unless)
    except TypeError:  # unhashable parts: work it out afresh
        return _derive(_edges(rules, strong_unless), start)


@functools.lru_cache(maxsize=512)
def _derive_frozen(rules: tuple[Rule, ...], start: tuple[Literal, ...], strong_unless: bool
                   ) -> dict[Literal, tuple[Literal, int, str] | None]:
    return _derive(_edges_frozen(rules, strong_unless), start)


@functools.lru_cache(maxsize=64)
def _edges_frozen(rules: tuple[Rule, ...], strong_unless: bool
                  ) -> list[tuple[Literal, Literal, int, str]]:
    return _edges(list(rules), strong_unless)


def _derive(edges: list[tuple[Literal, Literal, int, str]], start: Sequence[Literal]
            ) -> dict[Literal, tuple[Literal, int, str] | None]:
    """Breadth first from ``start`` along ``edges``, each node's edges in their order."""
    leaving: dict[Literal, list[tuple[Literal, Literal, int, str]]] = {}
    for edge in edges:
        leaving.setdefault(edge[0], []).append(edge)
    back: dict[Literal, tuple[Literal, int, str] | None] = {s: None for s in start}
    queue = list(start)
    while queue:
        node = queue.pop(0)
        for a, b, n, kind in leaving.get(node, ()):
            if b not in back:
                back[b] = (a, n, kind)
                queue.append(b)
    return back


def _inconsistent(found: dict[Literal, Any]) -> bool:
    return any(neg(lit) in found for lit in found)


def entails(rules: list[Rule], facts: list[Literal], claim: Any, strong: bool = False) -> bool:
    """Whether rules + facts force ``claim`` (a literal or ("if", a, b))."""
    try:
        return _entails_frozen(tuple(rules), tuple(facts), claim, strong)
    except TypeError:  # unhashable parts: work it out afresh
        if claim[0] == "if":
            found = _reached(rules, [*facts, claim[1]], strong)
            return claim[2] in found or _inconsistent(found)
        return claim in _reached(rules, facts, strong)


@functools.lru_cache(maxsize=1024)
def _entails_frozen(rules: tuple[Rule, ...], facts: tuple[Literal, ...], claim: Any,
                    strong: bool) -> bool:
    if claim[0] == "if":
        start = (*facts, claim[1])
        return claim[2] in _derive_frozen(rules, start, strong) or _clashes(rules, start, strong)
    return claim in _derive_frozen(rules, facts, strong)


@functools.lru_cache(maxsize=512)
def _clashes(rules: tuple[Rule, ...], start: tuple[Literal, ...], strong: bool) -> bool:
    """Whether a literal and its denial are both reached from ``start``."""
    return _inconsistent(_derive_frozen(rules, start, strong))


def key_for(rules: list[Rule], facts: list[Literal], claim: Any, strong: bool = False) -> str:
    if entails(rules, facts, claim, strong):
        return "True"
    if claim[0] != "if" and entails(rules, facts, neg(claim), strong):
        return "False"
    return "Uncertain"


# -- generate --------------------------------------------------------------------------------


def generate(params: Params, rng: np.random.Generator) -> Draft:
    # A draw is rejected only when the two readings of "unless" disagree or too
    # few distractors exist; a few tries always suffice (the loop is a safety net).
    for _ in range(50):
        instance = _attempt(params, rng)
        if instance is not None:
            return instance
    raise RuntimeError("no conditional item could be drawn")  # pragma: no cover


def _attempt(params: Params, rng: np.random.Generator) -> Draft | None:
    difficulty = params.difficulty
    draw = int(rng.integers(1 << 60))

    def take(k: int) -> int:
        nonlocal draw
        draw, value = divmod(draw, k)
        return value

    m = {"easy": 1, "medium": 1 + take(2), "hard": 2 + take(2)}[difficulty]
    tfu = params.format == "tfu"
    if tfu:
        key = TFU_CHOICES[take(3)]
        if key == "Uncertain":
            mode = ("ac", "da")[take(2)]
        else:
            mode = VALID_MODES[take(2) if difficulty != "hard" else min(1, take(3))]
    else:
        key = ""
        if difficulty == "easy":
            mode = VALID_MODES[take(2)]
        else:
            mode = ("mp", "mt", "mt", "rule", "rule")[take(5)] if difficulty == "hard" else (
                ("mp", "mt", "rule")[take(3)])
    side = not tfu and mode in VALID_MODES
    n_atoms = m + 1 + side
    atom_picks = [int(i) for i in rng.permutation(len(ATOMS))[:n_atoms]]

    polarity_free = difficulty != "easy"
    chain: list[Literal] = [(i, (take(3) != 0) if polarity_free else True) for i in range(m + 1)]
    rules: list[Rule] = []
    for i in range(m):
        a, b = chain[i], chain[i + 1]
        rules.append((a, b, _wording(a, difficulty, take)))
    side_kind = ""
    if side:
        s: Literal = (m + 1, (take(3) != 0) if polarity_free else True)
        j = 1 + take(m)  # the chain literal the side rule touches (never L0)
        if mode == "mp":
            rules.append((s, chain[j], _wording(s, difficulty, take)))  # AC trap: s
            side_kind = "ac"
        else:
            ante = chain[j]
            rules.append((ante, s, _wording(ante, difficulty, take)))  # DA trap: not s
            side_kind = "da"
    shuffled = difficulty == "hard" and len(rules) > 1 and take(2) == 1
    order = list(range(len(rules)))
    if shuffled:
        order = [int(i) for i in rng.permutation(len(rules))]
        if order == sorted(order):
            order = order[::-1]
    rules = [rules[i] for i in order]

    facts, intended = INFERENCES[mode](chain[0], chain[m])
    # With a single rule the chain "if L0, then L1" is the rule itself, so ask for
    # its contrapositive instead.
    contra = mode == "rule" and (m == 1 or take(2) == 1)
    if mode == "rule":
        intended = ("if", neg(chain[m]), neg(chain[0])) if contra else ("if", chain[0], chain[m])

    atoms = [ATOMS[i] for i in atom_picks]
    data: dict[str, Any] = {
        "question": params.format,
        "atoms": [{"id": ATOM_IDS[k], "text": atoms[k][0], "denied": atoms[k][1]}
                  for k in range(n_atoms)],
        "premises": [
            {"text": _rule_text(r, atoms), "tree": _rule_tree(r), "wording": r[2]} for r in rules
        ] + [{"text": cap(_lit_text(f, atoms)) + ".", "tree": _lit_tree(f), "wording": "fact"}
             for f in facts],
        "unless_reading": "B unless C = if not C, then B",
        "inference": mode,
    }
    has_unless = any(r[2] == "unless" for r in rules)
    spec: dict[str, Any] = {"rules": rules, "facts": facts, "atoms": atoms, "mode": mode,
                            "intended": intended, "side": side_kind, "contra": contra,
                            "chain": (chain[0], chain[m])}
    if tfu:
        claim = intended if key != "False" else neg(intended)
        if key_for(rules, facts, claim) != key:
            return None
        if has_unless and key_for(rules, facts, claim, strong=True) != key:
            return None  # the two readings of "unless" disagree
        data["claim"] = _claim_tree(claim)
        data["claim_text"] = _claim_text(claim, atoms)
        spec["claim"] = claim
        answer = key
    else:
        options = _choose_options(rules, facts, intended, params.n_options, rng)
        if options is None or (has_unless and any(
                entails(rules, facts, c, True) != (c == intended) for c, _, _ in options)):
            return None
        data["options"] = [{"text": _claim_text(c, atoms), "tree": _claim_tree(c)}
                           for c, _, _ in options]
        spec["options"] = options
        answer = _claim_text(intended, atoms)
    negatives = sum((not r[0][1]) + (not r[1][1]) for r in rules)
    score = (
        1.0 + 0.75 * (m - 1) + 0.25 * negatives
        + 0.5 * sum(r[2] != "if" for r in rules) + 0.5 * shuffled
        + MODE_WEIGHT[mode] + 0.5 * bool(side_kind)
    )
    return Draft(data=data, answer=answer, score=score, spec=spec)


def _wording(antecedent: Literal, difficulty: str, take: Any) -> str:
    if difficulty == "easy":
        return "if"
    roll = take(4)
    if roll == 0:
        return "only_if"
    # "B unless C" reads naturally only when C is affirmed, i.e. the antecedent is denied.
    if roll >= 2 and not antecedent[1]:
        return "unless"
    return "if"


def _candidates(n_atoms: int, fact_atoms: set[int]) -> list[Any]:
    lits = [(a, p) for a in range(n_atoms) for p in (True, False) if a not in fact_atoms]
    conds = [("if", x, y) for x in lits for y in lits if x[0] != y[0]]
    return lits + conds


def _tag(rules: list[Rule], facts: list[Literal], claim: Any) -> tuple[str, int]:
    """Why a statement that is not forced is tempting: (reason, statement index or -1)."""
    if claim[0] == "if":
        a, b = claim[1], claim[2]
        for n, (x, y, _) in enumerate(rules):
            if (x, y) == (b, a):
                return "converse", n
            if (x, y) == (neg(a), neg(b)):
                return "inverse", n
        if entails(rules, [], ("if", b, a)):
            return "converse", -1
        if entails(rules, [], ("if", neg(a), neg(b))):
            return "inverse", -1
        return "open", -1
    known = _reached(rules, facts, False)
    if neg(claim) in known:
        return "false", -1
    for n, (a, b, _) in enumerate(rules):
        if a == claim and b in known:
            return "ac", n
        if b == neg(claim) and neg(a) in known:
            return "da", n
    return "open", -1


_PRIORITY = {"ac": 0, "da": 0, "converse": 0, "inverse": 0, "false": 1, "open": 2}


def _choose_options(rules: list[Rule], facts: list[Literal], intended: Any, n_options: int,
                    rng: np.random.Generator) -> list[tuple[Any, str, int]] | None:
    n_atoms = 1 + max(max(r[0][0], r[1][0]) for r in rules)
    fact_atoms = {f[0] for f in facts}
    stated = {("if", r[0], r[1]) for r in rules}
    tagged = []
    for c in _candidates(n_atoms, fact_atoms):
        if c == intended or c in stated or entails(rules, facts, c):
            continue
        tagged.append((c, *_tag(rules, facts, c)))
    if len(tagged) < n_options - 1:
        return None
    order = [int(i) for i in rng.permutation(len(tagged))]
    shuffled = [tagged[i] for i in order]
    # Literal answers get literal distractors first; conditional answers conditional ones.
    want_if = intended[0] == "if"
    shuffled.sort(key=lambda ct: (_PRIORITY[ct[1]], (ct[0][0] == "if") != want_if))
    return [(intended, "answer", -1), *shuffled[: n_options - 1]]


# -- wording ---------------------------------------------------------------------------------


def _lit_text(lit: Literal, atoms: list[tuple[str, str]]) -> str:
    return atoms[lit[0]][0 if lit[1] else 1]


def _rule_text(rule: Rule, atoms: list[tuple[str, str]]) -> str:
    a, b, wording = rule
    if wording == "only_if":
        return f"{cap(_lit_text(a, atoms))} only if {_lit_text(b, atoms)}."
    if wording == "unless":
        return f"{cap(_lit_text(b, atoms))} unless {_lit_text(neg(a), atoms)}."
    return f"If {_lit_text(a, atoms)}, then {_lit_text(b, atoms)}."


def _claim_text(claim: Any, atoms: list[tuple[str, str]]) -> str:
    if claim[0] == "if":
        return f"If {_lit_text(claim[1], atoms)}, then {_lit_text(claim[2], atoms)}"
    return cap(_lit_text(claim, atoms))


def _lit_tree(lit: Literal) -> dict[str, Any]:
    leaf = {"atom": ATOM_IDS[lit[0]]}
    return leaf if lit[1] else {"op": "not", "args": [leaf]}


def _rule_tree(rule: Rule) -> dict[str, Any]:
    return {"op": "implies", "args": [_lit_tree(rule[0]), _lit_tree(rule[1])]}


def _claim_tree(claim: Any) -> dict[str, Any]:
    if claim[0] == "if":
        return {"op": "implies", "args": [_lit_tree(claim[1]), _lit_tree(claim[2])]}
    return _lit_tree(claim)


#: One-line definitions of the connectives other than "if ... then", stated in the
#: prompt when a statement uses them.
CONNECTIVE_NOTES = {
    "only_if": "“A only if B” means: if A, then B.",
    "unless": "“B unless C” means: if not C, then B.",
}


def _connective_note(rules: list[Rule]) -> str:
    """The definitions of the connectives the rules use, on one line after the first."""
    used = [text for key, text in CONNECTIVE_NOTES.items() if any(r[2] == key for r in rules)]
    return "\n" + " ".join(used) if used else ""


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    lines = [p["text"] for p in data["premises"]]
    note = _connective_note(draft.spec["rules"])
    if data["question"] == "tfu":
        lines.append(data["claim_text"] + ".")
        body = numbered(lines)
        n = len(lines)
        first = "statements 1 and 2 are" if n == 3 else f"statements 1 to {n - 1} are"
        if n == 2:
            first = "statement 1 is"
        prompt = (f"Assume {first} true.{note}\n\n{body}\n\n"
                  f"Is statement {n} true, false or uncertain?")
        return Wording(prompt, list(TFU_CHOICES))
    prompt = (f"Assume these statements are true:{note}\n\n{numbered(lines)}\n\n"
              "Which of the following must also be true?")
    return Wording(prompt, permuted(rng, [o["text"] for o in data["options"]]))


# -- explain ----------------------------------------------------------------------------------


def _reading(number: int, rule: Rule, atoms: list[tuple[str, str]]) -> str:
    a, b, wording = rule
    plain = f"if {_lit_text(a, atoms)}, then {_lit_text(b, atoms)}"
    quoted = "“" + _rule_text(rule, atoms)[:-1] + "”"
    if wording == "only_if":
        return (f"Statement {number}, {quoted}, means: {plain}. It does not say the reverse.")
    if wording == "unless":
        return (f"Statement {number}, {quoted}, means: {plain} "
                "(“B unless C” = “if not C, then B”).")
    return f"Statement {number}: {plain}."


def _steps(rules: list[Rule], start: list[Literal], target: Literal,
           atoms: list[tuple[str, str]], fact_number: dict[Literal, int]) -> list[str]:
    found = derive(rules, start)
    path: list[tuple[Literal, int, str]] = []
    node = target
    while found[node] is not None:
        prev, n, kind = found[node]  # type: ignore[misc]
        path.append((node, n, kind))
        node = prev
    lines = []
    origin = node
    where = (f"(statement {fact_number[origin]})" if origin in fact_number
             else "(supposed)")
    lines.append(f"Start from “{cap(_lit_text(origin, atoms))}” {where}.")
    for lit, n, kind in reversed(path):
        a, b, _ = rules[n]
        if kind == "mp":
            lines.append(f"Statement {n + 1} gives: if {_lit_text(a, atoms)}, then "
                         f"{_lit_text(b, atoms)}; so {_lit_text(lit, atoms)} (modus ponens).")
        else:
            lines.append(f"Statement {n + 1} says that if {_lit_text(a, atoms)}, then "
                         f"{_lit_text(b, atoms)}; but {_lit_text(neg(b), atoms)}, so "
                         f"{_lit_text(lit, atoms)} (modus tollens).")
    return lines


def explain(draft: Draft) -> str:
    spec = draft.spec
    rules, facts, atoms = spec["rules"], spec["facts"], spec["atoms"]
    lines = ["Read every statement as an if–then rule:"]
    lines += [_reading(n, r, atoms) for n, r in enumerate(rules, 1)]
    fact_number = {f: len(rules) + 1 + k for k, f in enumerate(facts)}
    intended = spec["intended"]
    mode = spec["mode"]
    if draft.data["question"] == "tfu":
        claim = spec["claim"]
        said = "“" + _claim_text(claim, atoms) + "”"
        if mode in VALID_MODES:
            lines += _steps(rules, facts, intended, atoms, fact_number)
            if claim == intended:
                lines.append(f"So {said} must be true: True.")
            else:
                lines.append(f"So {said} contradicts what must be true: False.")
        else:
            fact = facts[0]
            first, last = spec["chain"]
            if mode == "ac":
                why = (f"The rules lead from “{_lit_text(first, atoms)}” to "
                       f"“{_lit_text(last, atoms)}”, not back")
            else:
                why = (f"The rules say what follows when {_lit_text(first, atoms)}, "
                       "not what follows when it does not")
            lines.append(
                f"We know “{cap(_lit_text(fact, atoms))}”. {why}; concluding {said} from it "
                f"would be {FALLACY_TEXT[mode]}.")
            lines.append(f"Both possibilities fit every statement, so {said} is Uncertain.")
        return "\n".join(lines)
    if mode == "rule":
        a, b = intended[1], intended[2]
        lines.append(f"Suppose {_lit_text(a, atoms)}.")
        lines += _steps(rules, [a], b, atoms, {})[1:]
        if spec["contra"]:
            first, last = spec["chain"]
            lines.append(f"(This is the contrapositive of the chain: if {_lit_text(first, atoms)}"
                         f", then {_lit_text(last, atoms)}.)")
    else:
        lines += _steps(rules, facts, intended, atoms, fact_number)
    lines.append(f"So “{_claim_text(intended, atoms)}” must be true.")
    for claim, tag, n in spec["options"][1:]:
        lines.append(_why_not(claim, tag, n, rules, atoms))
    # The last line names the key, after the options ruled out.
    lines.append(f"Answer: “{_claim_text(intended, atoms)}”.")
    return "\n".join(lines)


def _why_not(claim: Any, tag: str, n: int, rules: list[Rule], atoms: list[tuple[str, str]]
             ) -> str:
    said = "“" + _claim_text(claim, atoms) + "”"
    if tag == "false":
        return f"{said} must be false: its opposite follows from the statements."
    if tag == "open":
        return f"{said} is not settled by the statements: it may be true or false."
    if tag in ("ac", "da"):
        a, b, _ = rules[n]
        known = _lit_text(b, atoms) if tag == "ac" else _lit_text(neg(a), atoms)
        return (f"{said} does not follow: statement {n + 1} says if {_lit_text(a, atoms)}, "
                f"then {_lit_text(b, atoms)}, and we know {known}; concluding {said} from "
                f"that is {FALLACY_TEXT[tag]}.")
    kind = "converse (the two parts swapped)" if tag == "converse" else (
        "inverse (both parts denied)")
    if n >= 0:
        return f"{said} is the {kind} of statement {n + 1}; it does not follow."
    a, b = claim[1], claim[2]
    base = (b, a) if tag == "converse" else (neg(a), neg(b))
    rule = f"if {_lit_text(base[0], atoms)}, then {_lit_text(base[1], atoms)}"
    return f"{said} is the {kind} of “{rule}”, which does follow; it does not follow itself."


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "mp": (
        "If A then B, and A holds: B must hold (modus ponens). Follow the chain forwards."
    ),
    "mt": (
        "If A then B, and B fails: A must fail (modus tollens). Follow the chain "
        "backwards, negating."
    ),
    "rule": (
        "Chain the rules: if A then B and if B then C give if A then C, and equally if "
        "not C then not A."
    ),
    "*": (
        "Only two steps are valid: from A to B, and from not B to not A. Affirming B or "
        "denying A proves nothing."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("inference")


EFFORT = truth_table.effort
BANDS = {"easy": (1.0, 2.5), "medium": (1.5, 5.5), "hard": (3.0, 9.5)}
