"""Categorical syllogisms: two premises, then a conclusion to judge or to pick.

Every item relates three terms, written here A, B (the middle term, which is in
both premises) and C. Premises use the four moods: A "All X are Y", E "No X are
Y", I "Some X are Y" and O "Some X are not Y"; either term of each premise can
come first, so all four figures occur, and the conclusion links A and C in
either order. Two formats:

* ``tfu`` (the default): "Assume the first two statements are true. Is the
  third statement true, false or uncertain?" The key is True when the
  conclusion holds in every situation the premises allow, False when it holds
  in none, Uncertain otherwise. The generator first draws the key uniformly,
  so True, False and Uncertain are equally common at every difficulty.
* ``choice``: "Which conclusion follows?" Options are A–C conclusions and
  always "None of these conclusions follows"; exactly one is correct (other
  conclusions that also follow, such as converses, are left out). About a
  quarter of the keys are "None of these conclusions follows".

The existential-import convention is stated in every prompt and recorded in
``data["nonempty"]``: either every term has members ("Assume also that every
group mentioned has at least one member", so Darapti or Barbari are valid), or
none is assumed to (``hard`` only; conclusions valid only under existential
import then become Uncertain, a deliberate trap).

The generator judges conclusions with the traditional rules of the syllogism
(distributed middle, no illicit major or minor, negatives, and the existential
rule when groups may be empty). The solver, :mod:`logicgen.solve.venn`, shares
none of that: it enumerates the 256 Venn-region models. The explanation uses a
third route, the regions each premise empties or fills.

Terms are made-up words (``nonsense``), everyday hobby groups (``groups``) or
well-known categories such as dogs, mammals and plants (``categories``). With
categories at ``hard`` the item is a belief-bias item: the conclusion's key
disagrees with what it sounds like in the real world (a valid conclusion that
sounds false, an invalid one that sounds true).

Difficulty:

* ``easy``: chain order ("All A are B. All B are C." then an A–C conclusion),
  no "Some … not" premise, at most one negative premise, groups have members.
* ``medium``: any figure or wording order except the easy chain forms, with a
  base score (below) of at most 3.0; groups have members.
* ``hard``: forms with a base score of at least 2.25; the premises are shown
  in reverse order half the time, a third of items drop the existence
  assumption, and half use belief-bias categories.

``score`` is the solver's measured effort (:func:`logicgen.solve.venn.effort`):
the work of settling the item on a Venn diagram, universal premises first: 0.5
a premise, 0.5 more for a "some … are not" premise, 1 more when an X sits on a
line (two open regions: a case split), 0.5 a statement worded against the
chain order and 0.5 when the premises come in the other order; reading off
the key costs 0.5 (1.5 for Uncertain; choice items 0.25 an option and 1 when
none follows); 1 more when the verdict rests on existential import, 0.5 when
groups may be empty, 1.5 for a belief-bias item. Forms are sorted into levels
by a base score = 1 + 0.5 × (statements worded against the chain order) + 0.75
× (negative premises) + 0.5 × (O premises). Bands kept per level: easy 1–3.5, medium 2–5.5, hard
2.5–9. Hard is harder by case splits, Uncertain keys, missing assumptions and
belief bias, not by longer wording.

>>> import logicgen
>>> item = logicgen.generate("deduction.syllogism", count=1, seed=1)[0]
>>> print(item.prompt)
Assume the first two statements are true. Assume also that every group mentioned has at least
one member.
<BLANKLINE>
1. Some chess players are sailors.
2. No sailors are runners.
3. Some runners are chess players.
<BLANKLINE>
Is the third statement true, false or uncertain?
>>> item.answer
'Uncertain'
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...data.deduction_terms import CATEGORY_PARENT, GROUP_TERMS, NONSENSE_TERMS
from ...errors import InvalidParams
from ...item import TFU_CHOICES
from ...kit import Draft, Wording
from ...registry import BaseParams, check_choice, family
from ...solve import venn
from ._wording import join, numbered, permuted

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

#: A statement over abstract terms: (quantifier, subject, predicate), terms "A", "B", "C".
Statement = tuple[str, str, str]
Form = tuple[Statement, Statement]

QUANTIFIERS = ("all", "no", "some", "some_not")
MOOD_LETTER = {"all": "A", "no": "E", "some": "I", "some_not": "O"}
NEGATIVE = frozenset({"no", "some_not"})
UNIVERSAL = frozenset({"all", "no"})
#: Which of (subject, predicate) each quantifier distributes.
DISTRIBUTES = {"all": (True, False), "no": (True, True), "some": (False, False),
               "some_not": (False, True)}
CONTRADICTORY = {"all": "some_not", "some_not": "all", "no": "some", "some": "no"}
TERM_SETS = ("auto", "nonsense", "groups", "categories")
NONE_OPTION = "None of these conclusions follows"
VERDICT_WEIGHT = {"True": 0.0, "False": 0.5, "Uncertain": 1.0}
HARD_FROM = 2.25
MEDIUM_UP_TO = 3.0
TEMPLATES = {
    "all": "All {} are {}",
    "no": "No {} are {}",
    "some": "Some {} are {}",
    "some_not": "Some {} are not {}",
}
CONVENTION_TEXT = {
    True: "Assume also that every group mentioned has at least one member.",
    False: "Do not assume that a group mentioned has any members unless a statement says so.",
}


@family(
    "deduction.syllogism", version=3,
    solver=venn.solve,
    summary="Categorical syllogisms: is the conclusion true, false or uncertain?",
    formats=("tfu", "choice"),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``terms`` picks the vocabulary: ``auto``, ``nonsense``, ``groups`` or ``categories``.

    Choice items support 3 to 6 options (a valid conclusion can have up to
    three equivalent or weaker companions that must be left out).
    """

    format: str = "tfu"
    terms: str = "auto"

    def check(self) -> None:
        check_choice("terms", self.terms, TERM_SETS)
        if self.format == "choice" and not 3 <= self.n_options <= 6:
            raise InvalidParams(
                f"n_options must be between 3 and 6 for syllogism choice items "
                f"(got {self.n_options})"
            )


# -- the traditional rules (the generator's own judge) ------------------------------


def _distributed(statement: Statement, term: str) -> bool:
    quantifier, subject, predicate = statement
    subj, pred = DISTRIBUTES[quantifier]
    return (subject == term and subj) or (predicate == term and pred)


def follows(p1: Statement, p2: Statement, conclusion: Statement, existential: bool) -> bool:
    """Whether ``conclusion`` (about A and C) follows by the rules of the syllogism."""
    if not (_distributed(p1, "B") or _distributed(p2, "B")):
        return False  # undistributed middle
    for term in conclusion[1:]:
        if _distributed(conclusion, term):
            premise = p1 if term in p1[1:] else p2
            if not _distributed(premise, term):
                return False  # illicit major or minor
    negatives = (p1[0] in NEGATIVE) + (p2[0] in NEGATIVE)
    if negatives == 2 or (negatives == 1) != (conclusion[0] in NEGATIVE):
        return False
    if p1[0] not in UNIVERSAL or p2[0] not in UNIVERSAL:
        return conclusion[0] not in UNIVERSAL
    # Two universal premises give a particular conclusion only if groups have members.
    return existential or conclusion[0] in UNIVERSAL


@functools.cache
def verdict(form: Form, claim: Statement, existential: bool) -> str:
    """True / False / Uncertain by the rules: False when the contradictory follows."""
    if follows(*form, claim, existential):
        return "True"
    if follows(*form, (CONTRADICTORY[claim[0]], claim[1], claim[2]), existential):
        return "False"
    return "Uncertain"


def _premises() -> list[Statement]:
    return [(q, *order) for q in QUANTIFIERS for order in (("A", "B"), ("B", "A"))]


FORMS: tuple[Form, ...] = tuple(
    (p1, (q2, *o2))
    for p1 in _premises()
    for q2 in QUANTIFIERS
    for o2 in (("B", "C"), ("C", "B"))
)
CONCLUSIONS: tuple[Statement, ...] = tuple(
    (q, *order) for q in QUANTIFIERS for order in (("A", "C"), ("C", "A"))
)


def _reversals(statements: tuple[Statement, ...]) -> int:
    """Statements worded against the chain order A–B, B–C, A–C.

    Renaming A and C gives the chain C–B, B–A, C–A, which reads the premises in
    the other order; that reading counts one extra step, so a textbook
    major-premise-first Barbara scores 1 rather than 3.
    """
    chain = {("A", "B"), ("B", "C"), ("A", "C")}
    mirrored = {("C", "B"), ("B", "A"), ("C", "A")}
    forward = sum((s[1], s[2]) not in chain for s in statements)
    backward = sum((s[1], s[2]) not in mirrored for s in statements) + 1
    return min(forward, backward)


def _base_score(form: Form, claim: Statement | None) -> float:
    statements = form + ((claim,) if claim else ())
    return (
        1.0
        + 0.5 * _reversals(statements)
        + 0.75 * sum(p[0] in NEGATIVE for p in form)
        + 0.5 * sum(p[0] == "some_not" for p in form)
    )


def _levels(form: Form, claim: Statement | None) -> tuple[str, ...]:
    """The difficulties a form is drawn at (medium and hard overlap a little)."""
    statements = form + ((claim,) if claim else ())
    negatives = sum(p[0] in NEGATIVE for p in form)
    o_premises = sum(p[0] == "some_not" for p in form)
    if _reversals(statements) == 0 and o_premises == 0 and negatives <= 1:
        return ("easy",)
    base = _base_score(form, claim)
    # Conclusion-free forms (choice items) score lower, so their bands sit lower.
    low, high = (HARD_FROM, MEDIUM_UP_TO) if claim else (HARD_FROM - 0.5, MEDIUM_UP_TO - 0.5)
    levels = ("medium",) if base <= high else ()
    return levels + (("hard",) if base >= low else ())


@functools.cache
def _tfu_table(difficulty: str, existential: bool) -> dict[str, list[tuple[Form, Statement]]]:
    """Eligible (form, claim) pairs for each key; built once per (difficulty, convention)."""
    table: dict[str, list[tuple[Form, Statement]]] = {k: [] for k in TFU_CHOICES}
    for form in FORMS:
        for claim in CONCLUSIONS:
            if difficulty not in _levels(form, claim):
                continue
            table[verdict(form, claim, existential)].append((form, claim))
    return table


@functools.cache
def _choice_table(difficulty: str, existential: bool) -> tuple[list[Form], list[Form]]:
    """Forms with no valid A–C conclusion, and forms with at least one."""
    none: list[Form] = []
    some: list[Form] = []
    for form in FORMS:
        if difficulty not in _levels(form, None):
            continue
        valid = [c for c in CONCLUSIONS if verdict(form, c, existential) == "True"]
        (some if valid else none).append(form)
    return none, some


# -- terms and belief ------------------------------------------------------------------

_CATEGORIES = tuple(sorted(CATEGORY_PARENT))


def _ancestors(name: str) -> frozenset[str]:
    out = set()
    parent = CATEGORY_PARENT[name]
    while parent is not None:
        out.add(parent)
        parent = CATEGORY_PARENT[parent]
    return frozenset(out)


_ANCESTORS = {name: _ancestors(name) for name in _CATEGORIES}


def sounds_true(quantifier: str, x: str, y: str) -> bool:
    """The real-world truth of a statement about two taxonomy categories."""
    inside = y in _ANCESTORS[x]
    overlap = inside or x in _ANCESTORS[y]
    return {"all": inside, "no": not overlap, "some": overlap, "some_not": not inside}[quantifier]


def _draw_distinct(rng: np.random.Generator, pool: tuple[str, ...], k: int) -> list[str]:
    picks = rng.permutation(len(pool))[:k]
    return [pool[int(i)] for i in picks]


def sentence(statement: Sequence[str]) -> str:
    """The English text of a concrete statement, without a final full stop."""
    return TEMPLATES[statement[0]].format(statement[1], statement[2])


def _concrete(statement: Statement, words: dict[str, str]) -> list[str]:
    return [statement[0], words[statement[1]], words[statement[2]]]


# -- generate ------------------------------------------------------------------------------


def generate(params: Params, rng: np.random.Generator) -> Draft:
    difficulty = params.difficulty
    hard = difficulty == "hard"
    # One draw packs the independent coin flips of the presentation.
    flips = int(rng.integers(1 << 30))
    existential = not (hard and flips % 3 == 0)
    swapped = hard and (flips >> 2) % 2 == 1
    terms = params.terms
    if terms == "auto":
        roll = (flips >> 3) % 4
        if hard:
            terms = ("categories", "categories", "nonsense", "groups")[roll]
        else:
            terms = ("nonsense", "nonsense", "groups", "groups")[roll]

    if params.format == "tfu":
        key = TFU_CHOICES[(flips >> 5) % 3]
        pool = _tfu_table(difficulty, existential)[key]
        form, claim = pool[int(rng.integers(len(pool)))]
        choice_claims: list[Statement | None] = []
        answer_claim: Statement | None = claim
    else:
        none_forms, some_forms = _choice_table(difficulty, existential)
        want_none = (flips >> 5) % 4 == 0
        pool_forms = none_forms if want_none else some_forms
        form = pool_forms[int(rng.integers(len(pool_forms)))]
        claim = None
        valid = [c for c in CONCLUSIONS if verdict(form, c, existential) == "True"]
        invalid = [c for c in CONCLUSIONS if c not in valid]
        order = [int(i) for i in rng.permutation(len(invalid))]
        # Conclusions that might be true (Uncertain) are the tempting ones; put them first.
        invalid = sorted((invalid[i] for i in order),
                         key=lambda c: verdict(form, c, existential) != "Uncertain")
        if valid:
            answer_claim = valid[int(rng.integers(len(valid)))]
            choice_claims = [answer_claim, *invalid[: params.n_options - 2], None]
        else:
            answer_claim = None
            choice_claims = [*invalid[: params.n_options - 1], None]
        key = NONE_OPTION if answer_claim is None else ""

    words, belief = _pick_terms(terms, form, answer_claim, key, existential, hard, rng)
    if words is None:  # no belief-bias assignment found: fall back to made-up words
        terms = "nonsense"
        words, belief = _pick_terms(terms, form, answer_claim, key, existential, hard, rng)
        assert words is not None

    shown = (form[1], form[0]) if swapped else form
    data: dict[str, Any] = {
        "question": params.format,
        "terms": [words["A"], words["B"], words["C"]],
        "middle": words["B"],
        "premises": [_concrete(p, words) for p in shown],
        "nonempty": [words["A"], words["B"], words["C"]] if existential else [],
        "convention": "existential_import" if existential else "no_existential_import",
        "vocabulary": terms,
    }
    import_dependent = False
    if params.format == "tfu":
        assert claim is not None
        data["claim"] = _concrete(claim, words)
        data["form"] = _standard_form(form, claim)
        answer = key
        import_dependent = verdict(form, claim, True) != verdict(form, claim, False)
        verdict_weight = VERDICT_WEIGHT[key]
    else:
        options: list[dict[str, Any]] = []
        for c in choice_claims:
            if c is None:
                options.append({"text": NONE_OPTION, "claim": None})
            else:
                concrete = _concrete(c, words)
                options.append({"text": sentence(concrete), "claim": concrete})
        data["options"] = options
        answer = NONE_OPTION if answer_claim is None else sentence(_concrete(answer_claim, words))
        if answer_claim is not None:
            import_dependent = verdict(form, answer_claim, not existential) != "True"
        verdict_weight = 1.0 if answer_claim is None else 0.0
    data["belief_bias"] = belief
    score = (
        _base_score(form, claim)
        + verdict_weight
        + 1.0 * import_dependent
        + 0.5 * swapped
        + 0.5 * (not existential)
        + 1.5 * (belief is not None)
    )
    spec = {"form": shown, "claim": claim, "answer_claim": answer_claim,
            "choices": choice_claims, "existential": existential, "words": words}
    return Draft(data=data, answer=answer, score=score, spec=spec)


def _pick_terms(
    terms: str,
    form: Form,
    claim: Statement | None,
    key: str,
    existential: bool,
    hard: bool,
    rng: np.random.Generator,
) -> tuple[dict[str, str] | None, dict[str, Any] | None]:
    """Words for A, B, C, and the belief-bias record (``None`` when not a bias item)."""
    if terms != "categories":
        pool = NONSENSE_TERMS if terms == "nonsense" else GROUP_TERMS
        a, b, c = _draw_distinct(rng, pool, 3)
        return {"A": a, "B": b, "C": c}, None
    # Categories: at hard, keep drawing until the conclusion's real-world truth
    # disagrees with its key (the belief-bias lure); elsewhere any draw will do.
    target = claim
    for _ in range(40):
        a, b, c = _draw_distinct(rng, _CATEGORIES, 3)
        words = {"A": a, "B": b, "C": c}
        if target is None:
            return (words, None) if not hard else (None, None)
        real = sounds_true(target[0], words[target[1]], words[target[2]])
        logical = key if key in TFU_CHOICES else "True"
        conflict = logical == "Uncertain" or (logical == "True") != real
        if conflict or not hard:
            record = None
            if conflict and hard:
                record = {"conclusion": _concrete(target, words),
                          "sounds": "true" if real else "false"}
            return words, record
    return None, None


def _standard_form(form: Form, claim: Statement) -> dict[str, Any]:
    """Textbook mood (major, minor, conclusion) and figure of a tfu item."""
    predicate = claim[2]
    major = form[0] if predicate in form[0][1:] else form[1]
    minor = form[1] if major is form[0] else form[0]
    figure = {(True, False): 1, (False, False): 2, (True, True): 3, (False, True): 4}[
        (major[1] == "B", minor[1] == "B")]
    mood = MOOD_LETTER[major[0]] + MOOD_LETTER[minor[0]] + MOOD_LETTER[claim[0]]
    return {"mood": mood, "figure": figure}


# -- render ----------------------------------------------------------------------------------


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    convention = CONVENTION_TEXT[bool(data["nonempty"])]
    premises = [sentence(p) + "." for p in data["premises"]]
    if data["question"] == "tfu":
        lines = [*premises, sentence(data["claim"]) + "."]
        body = numbered(lines)
        prompt = (
            f"Assume the first two statements are true. {convention}\n\n{body}\n\n"
            "Is the third statement true, false or uncertain?"
        )
        return Wording(prompt, list(TFU_CHOICES))
    body = numbered(premises)
    prompt = (
        f"Assume the two statements below are true. {convention}\n\n{body}\n\n"
        "Which conclusion follows from them?"
    )
    return Wording(prompt, permuted(rng, [opt["text"] for opt in data["options"]]))


# -- explain --------------------------------------------------------------------------------

_TERM_SLOTS = {"A": "{0}", "B": "{1}", "C": "{2}"}
_BIT = {"A": 0, "B": 1, "C": 2}


def _region_name(region: int) -> str:
    inside = [t for t in "ABC" if region >> _BIT[t] & 1]
    outside = [t for t in "ABC" if not region >> _BIT[t] & 1]
    base, rest = inside[0], inside[1:]
    slot = _TERM_SLOTS
    if len(rest) == 2:
        return f"{slot[base]} that are {slot[rest[0]]} and {slot[rest[1]]}"
    if len(rest) == 1:
        if "ABC".index(rest[0]) < "ABC".index(outside[0]):
            return f"{slot[base]} that are {slot[rest[0]]} but not {slot[outside[0]]}"
        return f"{slot[base]} that are not {slot[outside[0]]} but are {slot[rest[0]]}"
    return f"{slot[base]} that are neither {slot[outside[0]]} nor {slot[outside[1]]}"


def _cells(x: str, x_in: bool, y: str, y_in: bool) -> frozenset[int]:
    return frozenset(
        r for r in range(1, 8)
        if bool(r >> _BIT[x] & 1) == x_in and bool(r >> _BIT[y] & 1) == y_in
    )


def _claim_cells(statement: Statement) -> frozenset[int]:
    """For all/some_not: the cells 'X not Y'; for no/some: the cells 'X and Y'."""
    q, x, y = statement
    return _cells(x, True, y, q in ("no", "some"))


def _list_regions(regions: list[int] | frozenset[int], joiner: str = "and") -> str:
    return join([f"[{_region_name(r)}]" for r in sorted(regions)], joiner)


def _quoted(statement: Statement) -> str:
    q, x, y = statement
    return "“" + TEMPLATES[q].format(_TERM_SLOTS[x], _TERM_SLOTS[y]) + "”"


@functools.lru_cache(maxsize=8192)
def _explain_template(
    form: Form,
    answer: Statement | None,
    claims: tuple[Statement | None, ...],
    existential: bool,
    tfu: bool,
) -> str:
    lines = [
        ("Draw three overlapping circles for {0}, {1} and {2}. Each region is a "
         "kind of thing, written in brackets below; a statement either empties regions or "
         "says that a region has members.")
    ]
    emptied: set[int] = set()
    for n, premise in enumerate(form, 1):
        if premise[0] in UNIVERSAL:
            cells = _claim_cells(premise)
            emptied |= cells
            lines.append(f"Statement {n}, {_quoted(premise)}, empties {_list_regions(cells)}.")
    witnesses: list[frozenset[int]] = []
    for n, premise in enumerate(form, 1):
        if premise[0] not in UNIVERSAL:
            cells = _claim_cells(premise)
            left = cells - emptied
            witnesses.append(left)
            text = (f"Statement {n}, {_quoted(premise)}, says that {_list_regions(cells, 'or')} "
                    "has members")
            if left != cells:
                text += (f"; {_list_regions(cells - left)} is empty, so "
                         f"{_list_regions(left, 'or')} has members")
            lines.append(text + ".")
    if existential:
        for t in "ABC":
            cells = frozenset(r for r in range(1, 8) if r >> _BIT[t] & 1)
            left = cells - emptied
            if left and not any(w <= left for w in witnesses):
                witnesses.append(left)
                lines.append(
                    f"Every group has members, so some {_TERM_SLOTS[t]} exist; they can only "
                    f"be in {_list_regions(left, 'or')}."
                )
    else:
        lines.append("No group is assumed to have members, so a region has members only "
                     "when a statement says so.")
    for claim in claims:
        if claim is not None:
            lines.append(_judge_line(claim, emptied, witnesses, tfu))
    if not tfu:
        if answer is None:
            lines.append(f"None of the conclusions offered is forced, so the answer is "
                         f"“{NONE_OPTION}”.")
        else:
            lines.append(f"So the conclusion that follows is {_quoted(answer)}.")
    return "\n".join(lines)


def _judge_line(claim: Statement, emptied: set[int], witnesses: list[frozenset[int]],
                tfu: bool) -> str:
    cells = _claim_cells(claim)
    universal = claim[0] in UNIVERSAL
    head = (f"The third statement, {_quoted(claim)}," if tfu
            else f"Conclusion {_quoted(claim)}")
    if universal:
        need = f"needs {_list_regions(cells)} to be empty"
    else:
        need = f"needs {_list_regions(cells, 'or')} to have members"
    forced_full = any(w <= cells for w in witnesses)
    all_empty = cells <= emptied
    if (universal and all_empty) or (not universal and forced_full):
        why = ("that is exactly what the premises emptied" if universal
               else "the premises put members there")
        tail = "so it must be true (True)." if tfu else "so it follows."
        return f"{head} {need}: {why}, {tail}"
    if (universal and forced_full) or (not universal and all_empty):
        why = ("but the premises put members there" if universal
               else "but the premises emptied all of it")
        tail = "so it must be false (False)." if tfu else "so it cannot follow."
        return f"{head} {need}, {why}, {tail}"
    # Uncertain: one situation where it holds and one where it fails.
    base: list[int] = []
    for w in witnesses:
        outside = sorted(w - cells)
        if not any(r in base for r in outside):
            base.append(outside[0])
    free = min(cells - emptied)
    with_free = sorted({*base, free})
    holds, fails = (sorted(base), with_free) if universal else (with_free, sorted(base))
    if not tfu:
        return (f"{head} {need}, but the premises leave this open: "
                f"{_situation(fails, 'if')} every premise holds and the conclusion is false, "
                "so it does not follow.")
    return (
        f"{head} {need}, and the premises leave this open. "
        f"{_situation(holds)} every premise holds and the statement is true; "
        f"{_situation(fails, 'if')} every premise still holds but the statement is false. "
        "So it is Uncertain."
    )


def _situation(regions: list[int], word: str = "If") -> str:
    if not regions:
        return f"{word} nothing exists at all,"
    return f"{word} the only things are {_list_regions(regions)},"


def explain(draft: Draft) -> str:
    spec = draft.spec
    tfu = draft.data["question"] == "tfu"
    claims = (spec["claim"],) if tfu else tuple(spec["choices"])
    words = spec["words"]
    text = _explain_template(tuple(spec["form"]), spec["answer_claim"], claims,
                             spec["existential"], tfu)
    return text.format(words["A"], words["B"], words["C"])


# Quick self-check used by the tests: every form and conclusion, both conventions.
ALL_CASES = tuple(itertools.product(FORMS, CONCLUSIONS, (False, True)))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "some_some": (
        "Two 'some' premises never give a certain conclusion."
    ),
    "negative_negative": (
        "Two negative premises never give a certain conclusion."
    ),
    "venn": (
        "Draw the three sets as circles and shade what the premises rule out; then test "
        "the claim against every drawing."
    ),
}


def _syllogism_key(draft: Draft) -> str:
    """Two particular or two negative premises, when they leave the claim uncertain."""
    mood = str(draft.data.get("form", {}).get("mood", ""))
    if draft.answer == "Uncertain" and len(mood) == 3:
        if mood[0] in "IO" and mood[1] in "IO":
            return "some_some"
        if mood[0] in "EO" and mood[1] in "EO":
            return "negative_negative"
    return "venn"


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return _syllogism_key(draft)


EFFORT = venn.effort
BANDS = {"easy": (1.0, 3.5), "medium": (2.0, 5.5), "hard": (2.5, 9.0)}
