"""Letter series: the next or the missing letter, or group of letters.

Letters stand for their places in the alphabet, A = 1 to Z = 26, and the
alphabet runs round in a circle: after Z it starts again at A (so W + 5 = B),
and before A comes Z. Each series follows one rule:

* *step*: the same step every time, forwards (C, F, I, L → O) or backwards;
* *growing*: the step changes by the same amount each time (A, B, D, G, K → P);
* *alternating*: two steps take turns (+1, +3, +1, +3, ...);
* *cycle*: three steps take turns (+1, +2, +3, +1, +2, +3, ...);
* *interleave*: two series with their own steps take turns (A, Z, B, Y, C → X);
* *groups*: every term is a group of two or three letters and each position
  follows its own rule: a step, a growing step, or the *mirror* letter of the
  first position (A↔Z, B↔Y, ...: places adding up to 27), e.g. AZ, BY, CX → DW.

Questions ask for the next term or for a term missing inside the series. At
least five terms are shown, and always at least two more than the rule has free
parameters (two for a step, three for growing or alternating steps, four for a
cycle of three steps or two interleaved series), so the shown terms pin the
rule down; single series and two-letter groups often show one or two terms
more. No series is constant or repeats a letter twice running.

Difficulty:

* ``easy``: mostly two- and three-letter groups whose positions step by 1–4
  (1–3 in three-letter groups), forwards or back; two interleaved forward series
  stepping by 1–4 (A, K, B, M, C, O); two small alternating steps (either may
  go back: A, C, B, D, C); now and then one plain step (forwards 1–5, back
  1–4); never past Z or A.
* ``medium``: larger steps (2–9) that may run past Z (or A), growing steps whose
  step grows by 1 or 2 or shrinks by 1 or 2, two alternating steps (the second
  may go back), cycles of three steps, two interleaved series, two-letter groups
  with wrap-around.
* ``hard``: growing steps that change by up to 3 and may run backwards,
  alternating steps in opposite directions, cycles of three steps one of which
  may go back, interleaved series with different steps, three-letter groups;
  more missing-term questions.

``score`` is the solver's effort (:func:`logicgen.solve.letters.effort`, read
from the shown terms alone): per letter position, the first rule of the
solver's library that fits it (step 1; growing or alternating steps 2; a cycle
of three steps 2.5; two interleaved series 3; mirror pairs 1.5) plus 0.25 for
each rule tried and rejected before it, 0.1 × its largest step, 0.5 if a step
goes backwards and 1 if the series runs past Z or A; a position that is the
mirror of an earlier one or a fixed number of letters after it costs 0.5
instead; a missing-term question adds 0.5. Each level keeps the items whose
score is in its band (:data:`BANDS`): ``easy`` 1–4.5, ``medium`` 2–7, ``hard``
3–10, so a "hard" draw that turns out a plain small step (I, K, M, O → Q) is
drawn again, and hard is harder by a less obvious rule (more rules rejected,
steps that change, backwards or across the wrap), not by more letters.

Distractors: the letter one place either side (counting slip), the step taken
the wrong way, one step too many, forgetting the wrap-around (stopping at Z or
A), the step before repeated (growing steps), the other step of the pair
(alternating), another step of the three (cycle), the next letter of the other series (interleave), and for
groups the same mistakes in one position at a time.

>>> import logicgen
>>> item = logicgen.generate("sequence.letter", count=1, seed=1)[0]
>>> print(item.prompt)
Which group of letters comes next in this series?
Letters count through the alphabet A–Z; after Z it starts again at A.
<BLANKLINE>
RN, PQ, NT, LW, JZ, ?
>>> item.choices, item.answer
(('HC', 'HZ', 'HD', 'IC', 'GC'), 'HC')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.generators.sequences import SeriesParams
from logicgen.generators.sequences._alphabet import (
    ALPHABET,
    MINUS,
    LetterRule,
    fill,
    gap_position,
    letter,
    letter_mistakes,
    neighbours,
    rule_lines,
    rule_ok,
    series_prompt,
    shuffle_options,
)
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import Capabilities, family
from logicgen.solve.letters import effort as letter_effort
from logicgen.solve.letters import solve as solve_letters

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterator, Sequence

    import numpy as np

__all__ = ["Params", "generate", "options", "render", "steps"]

#: Per difficulty: weights of the rule kinds and the chance of a missing-term question.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"kinds": {"step": 0.15, "group2": 3.2, "group3": 5.5, "alternating": 0.6,
                       "interleave": 1.6},
             "missing": 0.4},
    "medium": {
        "kinds": {"step": 0.8, "growing": 1.0, "alternating": 2.2, "cycle": 2.2,
                  "interleave": 6, "group2": 3},
        "missing": 0.45,
    },
    "hard": {
        "kinds": {"step": 1, "growing": 3.5, "alternating": 3.5, "cycle": 3.5, "interleave": 5,
                  "group3": 5},
        "missing": 0.45,
    },
}
#: Extra shown terms beyond the fewest a rule needs (single series and two-letter
#: groups; three-letter groups show 0 or 1 more): 0, 1 or 2.
EXTRA_TERMS = {0: 0.5, 1: 0.3, 2: 0.2}
#: The chance that a later position of a letter group mirrors the first one.
MIRROR_SHARE = {"easy": 0.04, "medium": 0.15, "hard": 0.3}
BASE_SCORE = {"step": 1.0, "alternating": 2.0, "growing": 2.5, "cycle": 2.5, "interleave": 3.0}
GROUP_COLUMN_SCORE = {"step": 0.5, "mirror": 0.5, "growing": 1.5}


@family(
    "sequence.letter", version=4,
    solver=solve_letters,
    summary="Letter series: next or missing letter, with wrap-around and letter groups",
    formats=("choice", "numeric"),
    capabilities=Capabilities(series_row=True),
)
@dataclass(frozen=True)
class Params(SeriesParams):
    """``question``: ``next``, ``missing`` or ``mixed`` (either, by difficulty)."""


# -- one draw per rule kind ----------------------------------------------------------------
# Single-series kinds get the start letter already drawn; each returns the rule (not yet
# checked by ``rule_ok``).


def _step(d: Draw, level: str, start: int) -> LetterRule:
    if level == "easy":
        a = d.between(1, 5) if d.random() < 0.6 else -d.between(1, 4)
    elif level == "medium":
        a = d.nonzero(2, 9) if d.random() < 0.4 else d.between(2, 9)
    else:
        a = d.nonzero(5, 11)
    return LetterRule("step", start, a)


def _growing(d: Draw, level: str, start: int) -> LetterRule:
    if level == "hard":
        return LetterRule("growing", start, d.nonzero(1, 6), d.nonzero(1, 3))
    if level == "medium":
        if d.random() < 0.7:  # steps that grow: +1, +2, +3, ...
            return LetterRule("growing", start, d.between(1, 6), 1 if d.random() < 0.6 else 2)
        # and steps that shrink: +7, +6, +5, ... or +11, +9, +7, ...
        return LetterRule("growing", start, d.between(6, 12), -1 if d.random() < 0.6 else -2)
    return LetterRule("growing", start, d.between(1, 3), 1)


def _alternating(d: Draw, level: str, start: int) -> LetterRule:
    if level == "hard":
        a, b = d.between(1, 7), -d.between(1, 6)
        if d.random() < 0.5:
            a, b = b, a
    elif level == "easy":  # two small steps, either possibly back: A, C, B, D, C or G, E, H, F
        a, b = d.nonzero(1, 6), d.nonzero(1, 5)
    else:
        a, b = d.nonzero(1, 7), d.between(1, 6) if d.random() < 0.6 else -d.between(1, 4)
    return LetterRule("alternating", start, a, b)


def _cycle(d: Draw, level: str, start: int) -> LetterRule:
    """Three steps in turn (+1, +2, +3, +1, +2, +3); at hard one of them may go back."""
    a, b, c = d.between(1, 5), d.between(1, 5), d.between(1, 5)
    if level == "hard" and d.random() < 0.5:
        c = -d.between(1, 4)
    return LetterRule("cycle", start, a, b, c)


def _interleave(d: Draw, level: str, start: int) -> LetterRule:
    if level == "easy":  # two forward series: A, K, B, M, C, O
        return LetterRule("interleave", start, d.between(1, 4), d.between(1, 26), d.between(1, 4))
    top = 3 if level == "medium" else 4
    return LetterRule("interleave", start, d.nonzero(1, top), d.between(1, 26), d.nonzero(1, top))


def _single(draw: Callable[[Draw, str, int], LetterRule]) -> Callable[..., tuple[LetterRule]]:
    return lambda d, level: (draw(d, level, d.between(1, 26)),)


def _group(width: int) -> Callable[[Draw, str], tuple[LetterRule, ...]]:
    """Rules for the ``width`` positions of a letter group: steps, growing steps, a mirror."""

    def draw(d: Draw, level: str) -> tuple[LetterRule, ...]:
        rules: list[LetterRule] = []
        for col in range(width):
            r = d.random()
            if col > 0 and r < MIRROR_SHARE[level] and all(x.kind != "mirror" for x in rules):
                rules.append(LetterRule("mirror"))
                continue
            start = d.between(1, 26)
            if level == "easy":
                rules.append(LetterRule("step", start, d.nonzero(1, 4 if width == 2 else 3)))
            elif level == "hard" and r > 0.75:
                a = d.nonzero(1, 2)
                rules.append(LetterRule("growing", start, a, 1 if d.random() < 0.5 else -1))
            else:
                rules.append(LetterRule("step", start, d.nonzero(1, 5)))
        return tuple(rules)

    return draw


RULES: dict[str, Callable[[Draw, str], tuple[LetterRule, ...]]] = {
    "step": _single(_step),
    "growing": _single(_growing),
    "alternating": _single(_alternating),
    "cycle": _single(_cycle),
    "interleave": _single(_interleave),
    "group2": _group(2),
    "group3": _group(3),
}


# -- generation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """What ``render`` and the explanation need: the rules and the full series."""

    kind: str  # step, growing, alternating, cycle, interleave, group2, group3
    rules: tuple[LetterRule, ...]  # one per letter position in a term
    columns: tuple[tuple[int, ...], ...]  # alphabet places, column by column, all n terms
    blank: int
    n: int

    def term(self, i: int) -> str:
        return "".join([ALPHABET[(col[i] - 1) % 26] for col in self.columns])


def generate(params: Params, rng: np.random.Generator) -> Draft:
    """Draw one letter series: a rule, enough terms, and the position asked for."""
    d = Draw(rng, batch=None)
    level = LEVELS[params.difficulty]
    allow_wrap = params.difficulty != "easy"
    for _ in range(1000):
        kind = d.weighted(level["kinds"])
        rules = RULES[kind](d, params.difficulty)
        extra = d.weighted(EXTRA_TERMS) if len(rules) < 3 else (1 if d.random() < 0.3 else 0)
        n = max(5, max(r.parameters for r in rules) + 2) + extra + 1
        missing = d.random() < level["missing"]
        if not all(rule_ok(r, n, allow_wrap) for r in rules):
            continue
        columns: list[tuple[int, ...]] = []
        for r in rules:
            columns.append(tuple(r.values(n, columns[0] if columns else ())))
        if len(set(columns)) < len(columns):
            continue
        q = params.question if params.question != "mixed" else ("missing" if missing else "next")
        blank = gap_position(d, n) if q == "missing" else n - 1
        spec = Spec(kind, rules, tuple(columns), blank, n)
        terms = ["?" if i == blank else spec.term(i) for i in range(n)]
        answer = spec.term(blank)
        return Draft(data={"terms": terms, "blank": blank, "question": q}, answer=answer,
                     score=score(spec), spec=spec, steps=steps(spec, answer))
    raise RuntimeError("no letter series could be drawn")  # pragma: no cover


def score(spec: Spec) -> float:
    """The documented difficulty estimate (see the module docstring)."""
    if spec.kind.startswith("group"):
        base = 1.0 + sum(GROUP_COLUMN_SCORE[r.kind] for r in spec.rules)
    else:
        base = BASE_SCORE[spec.kind]
    moves = [s for r in spec.rules for s in r.steps(spec.n)]
    value = base + 0.1 * max(map(abs, moves))
    if any(r.wraps(spec.n) for r in spec.rules):
        value += 1.0
    if min(moves) < 0:
        value += 0.5
    if spec.blank != spec.n - 1:
        value += 0.5
    return round(value, 2)


# -- distractors -------------------------------------------------------------------------


def _candidates(spec: Spec) -> Iterator[str]:
    """Wrong terms in order of plausibility (may repeat; ``fill`` removes repeats)."""
    j = spec.blank
    width = len(spec.columns)
    truth = [col[j] for col in spec.columns]
    per_col = []
    for rule, col in zip(spec.rules, spec.columns):
        if rule.kind == "mirror":
            # mirror slips: one place off either way, or two
            per_col.append([col[j] + 1, col[j] - 1, col[j] + 2])
        else:
            per_col.append(letter_mistakes(rule, col, j))
    if width == 1:
        for v in per_col[0]:
            yield letter(v)
    else:
        # the same mistake in one position at a time
        for k in range(max(len(p) for p in per_col)):
            for c in range(width):
                if k < len(per_col[c]):
                    vals = list(truth)
                    vals[c] = per_col[c][k]
                    yield "".join(letter(v) for v in vals)
        # the same slip in every position at once
        for d in (1, -1, 2, -2):
            yield "".join(letter(v + d) for v in truth)
    # near letters, so that any option count can be met
    for d in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        for c in range(width):
            vals = list(truth)
            vals[c] += d
            yield "".join(letter(v) for v in vals)


def distractors(spec: Spec, wanted: int) -> list[str]:
    """``wanted`` distinct wrong terms of the answer's length, most plausible first."""
    j = spec.blank
    return fill(spec.term(j), wanted, _candidates(spec), neighbours(spec.term, j, spec.n))


# -- wording -------------------------------------------------------------------------------

PROMPTS = {
    ("single", "next"): (
        "What letter comes next in this series?",
        "Which letter continues this series?",
    ),
    ("single", "missing"): (
        "Which letter should replace the question mark in this series?",
        "What is the missing letter in this series?",
    ),
    ("group", "next"): (
        "Which group of letters comes next in this series?",
        "Which letter group continues this series?",
    ),
    ("group", "missing"): (
        "Which group of letters should replace the question mark in this series?",
        "What is the missing letter group in this series?",
    ),
}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The question and the series; a written answer is told how many letters to give."""
    width = len(draft.spec.columns)
    templates = PROMPTS[("single" if width == 1 else "group", draft.data["question"])]
    tail = None
    if params.format == "numeric":
        tail = "Write the letter." if width == 1 else f"Write the group of {width} letters."
    return Wording(series_prompt(Draw(rng, batch=None), templates, draft.data["terms"], tail))


def options(draft: Draft, params: Params, rng: np.random.Generator) -> list[str]:
    """The key and the most plausible wrong terms, shuffled."""
    return shuffle_options(rng, draft.answer, distractors(draft.spec, params.n_options - 1))


# -- explanation --------------------------------------------------------------------------


def mirror_lines(base: Sequence[int], vals: Sequence[int], j: int, n: int, label: str) -> list[str]:
    seq = ", ".join("?" if i == j else letter(vals[i]) for i in range(n))
    rule = (
        f"{label}: {seq}. Each is the mirror letter of the first letter of its group "
        f"(A↔Z, B↔Y, C↔X, ...: the two places add up to 27)."
    )
    work = (
        f"Term {j + 1}: 27 {MINUS} {base[j]} = {vals[j]} = {letter(vals[j])} "
        f"(the mirror of {letter(base[j])})."
    )
    return [rule, work]


ORDINAL = ("First", "Second", "Third")


def steps(spec: Spec, answer: str) -> Steps:
    """Each letter position worked on its own: its rule, its places, the asked term."""
    j, n = spec.blank, spec.n
    width = len(spec.columns)
    if width == 1:
        lines = rule_lines(spec.rules[0], spec.columns[0], j, n)
    else:
        lines = [f"Each term is a group of {width} letters; follow each position on its own."]
        for c, (rule, col) in enumerate(zip(spec.rules, spec.columns)):
            label = f"{ORDINAL[c]} letters"
            if rule.kind == "mirror":
                lines += mirror_lines(spec.columns[0], col, j, n, label)
            else:
                lines += rule_lines(rule, col, j, n, label)
    return Steps(lines, numbered=False, answer=answer)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Turn letters into alphabet positions (A = 1 ... Z = 26), then find the number "
        "rule in the steps between them."
    ),
    "step": (
        "Turn letters into positions (A = 1 ... Z = 26): every step is the same; after Z "
        "count on from A."
    ),
    "growing": (
        "Turn letters into positions (A = 1): the steps themselves grow or shrink by a "
        "fixed amount, such as +1, +2, +3."
    ),
    "alternating": (
        "Turn letters into positions (A = 1): two different steps take turns, such as +3 "
        "then −5."
    ),
    "cycle": (
        "Turn letters into positions (A = 1): the steps repeat in a cycle of three, such "
        "as +2, +1, +3."
    ),
    "interleave": (
        "Read every other letter: two series take turns, each with its own step."
    ),
    "group": (
        "Follow each position of the groups on its own (all first letters, then all "
        "second letters); each has its own step."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    kind = getattr(draft.spec, "kind", "*")
    return "group" if kind.startswith("group") else kind


#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = letter_effort
BANDS = {"easy": (1.0, 4.5), "medium": (2.0, 7.0), "hard": (3.0, 10.0)}
