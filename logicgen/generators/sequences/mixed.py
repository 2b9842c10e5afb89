"""Mixed series: letters and numbers together, next or missing term.

Two shapes:

* *pairs*: every term is a letter followed by a number (A2, C4, E6, G8 → I10);
  the letters follow one rule and the numbers another;
* *interleave*: numbers and letters take turns (2, B, 4, D, 6, F → 8); the
  numbers form one series and the letters another.

Letters stand for their places in the alphabet, A = 1 to Z = 26, and the
alphabet runs round: after Z it starts again at A. Letter rules: a constant
step (forwards or backwards), steps growing by a constant, or two alternating
steps. Number rules: adding a constant, differences growing by a constant,
two alternating differences, or multiplying by 2 or 3. Numbers stay between 1
and 99 (200 at ``hard``).

At least five terms are shown, and at least two more than the rule has free
parameters: for pairs, per part (two for a step, three for growing or
alternating steps); for an interleave, the two series' parameters added up,
with every series showing at least one term more than its own rule needs.

Difficulty:

* ``easy``: letters step by 1–3 (forwards, or now and then backwards) without
  passing Z or A; numbers add 2–9, or now and then count down by 2–9; mostly
  next-term questions.
* ``medium``: letter steps of up to 5 either way, wrap-around allowed; numbers
  add or subtract up to 9, grow their differences, or double.
* ``hard``: growing or alternating letter steps, numbers with growing or
  alternating differences or multiplying by 2 or 3; more missing terms.

``score`` is the solver's effort (:func:`logicgen.solve.letters.effort`, read
from the shown terms alone): for the letter series and the number series each,
the first rule of the solver's library that fits (a constant step 1, a ratio
1.5, growing or alternating steps 2) plus 0.25 for each rule tried and rejected
before it; for letters 0.1 × the largest step, 0.5 if a step goes backwards
and 1 if they run past Z or A; for numbers 0.5 if they fall and 0.5 if one
exceeds 50; 0.25 for separating two series that take turns and 0.5 for a
missing-term question. Bands (:data:`BANDS`): ``easy`` 2–3.5, ``medium``
2.5–6, ``hard`` 4–9: a hard draw whose two parts both step by a constant is
drawn again, so hard means changing steps, ratios and wrap-around.

Distractors: for pairs, the right letter with a wrong number and a wrong
letter with the right number (off by one, the step taken the wrong way, one
step too many, forgetting the wrap-around, the growth of the differences
forgotten, adding where the rule multiplies); for an interleave, the same
mistakes plus continuing the wrong series (the other series' next value as a
number or letter).

>>> import logicgen
>>> item = logicgen.generate("sequence.mixed", count=1, seed=1)[0]
>>> print(item.prompt)
This series mixes numbers and letters. Which term continues it?
Letters count through the alphabet A–Z; after Z it starts again at A.
<BLANKLINE>
69, Q, 63, T, 57, W, ?
>>> item.choices, item.answer
(('52', '26', '63', '50', '51'), '51')
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any, NamedTuple

from logicgen.generators.sequences import SeriesParams
from logicgen.generators.sequences._alphabet import (
    MINUS,
    LetterRule,
    fill,
    gap_position,
    letter,
    letter_mistakes,
    neighbours,
    rule_lines,
    rule_ok,
    rule_step,
    series_prompt,
    shuffle_options,
    signed,
    wrap,
    wrap_example,
)
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import Capabilities, family
from logicgen.solve.letters import effort as letter_effort
from logicgen.solve.letters import solve as solve_letters

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable, Iterator, Sequence

    import numpy as np

__all__ = ["Params", "generate", "options", "render", "steps"]

LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"kinds": {"pairs": 6, "interleave": 4}, "missing": 0.15, "max": 99},
    "medium": {"kinds": {"pairs": 5, "interleave": 5}, "missing": 0.3, "max": 99},
    "hard": {"kinds": {"pairs": 5, "interleave": 5}, "missing": 0.4, "max": 200},
}
LETTER_SCORE = {"step": 0.5, "alternating": 1.0, "growing": 1.5}
NUMBER_SCORE = {"step": 0.5, "times": 1.0, "alternating": 1.0, "growing": 1.5}
NUMBER_PARAMETERS = {"step": 2, "times": 2, "growing": 3, "alternating": 3}


@family(
    "sequence.mixed", version=4,
    solver=solve_letters,
    summary="Mixed series: letter–number pairs and number–letter interleaves",
    formats=("choice", "numeric"),
    capabilities=Capabilities(series_row=True),
)
@dataclass(frozen=True)
class Params(SeriesParams):
    """``question``: ``next``, ``missing`` or ``mixed`` (either, by difficulty)."""


@dataclass(frozen=True)
class NumberRule:
    """The rule of the numbers: ``step`` (add ``a``), ``growing`` (add ``a``,
    ``a + b``, ``a + 2b``, ...), ``alternating`` (add ``a``, ``b``, ``a``, ...)
    or ``times`` (multiply by ``a``)."""

    kind: str
    start: int
    a: int
    b: int = 0

    def step(self, i: int) -> int:
        """The difference from term ``i`` to term ``i + 1`` (additive kinds)."""
        return rule_step(self.kind, self.a, self.b, i)

    def next(self, value: int, i: int) -> int:
        return value * self.a if self.kind == "times" else value + self.step(i)

    def values(self, n: int) -> list[int]:
        out = [self.start]
        for i in range(n - 1):
            out.append(self.next(out[-1], i))
        return out

    @property
    def parameters(self) -> int:
        return NUMBER_PARAMETERS[self.kind]


def draw_number_rule(d: Draw, level: str) -> NumberRule:
    if level == "easy":  # add 2-9, now and then count down by 2-9
        if d.random() < 0.25:
            return NumberRule("step", d.between(30, 99), -d.between(2, 9))
        return NumberRule("step", d.between(1, 30), d.between(2, 9))
    r = d.random()
    if level == "medium":
        if r < 0.45:
            a = d.between(2, 9)
            if d.random() < 0.3:
                return NumberRule("step", d.between(40, 90), -a)
            return NumberRule("step", d.between(1, 20), a)
        if r < 0.75:
            return NumberRule("growing", d.between(1, 15), d.between(1, 3), d.between(1, 2))
        return NumberRule("times", d.between(1, 5), 2)
    if r < 0.35:
        return NumberRule("growing", d.between(1, 30), d.nonzero(1, 5), d.between(1, 3))
    if r < 0.65:
        a, b = d.between(3, 9), -d.between(1, 6)
        if d.random() < 0.5:
            a, b = b, a
        return NumberRule("alternating", d.between(10, 50), a, b)
    if r < 0.85:
        return NumberRule("times", d.between(1, 6), 2)
    return NumberRule("times", d.between(1, 3), 3)


def number_ok(rule: NumberRule, n: int, top: int) -> bool:
    """Numbers in range, never repeating, and not also a sum series.

    Three terms such as 3, 6, 9 also read as "each term is the sum of the two
    before" (3 + 6 = 9, next 15), so a step series whose start equals its step
    is refused.
    """
    vals = rule.values(n)
    if any(not 1 <= v <= top for v in vals):
        return False
    if rule.kind != "times" and vals[2] == vals[0] + vals[1]:
        return False
    if any(vals[i] == vals[i + 1] for i in range(n - 1)):
        return False
    if rule.kind == "alternating" and (rule.a == rule.b or rule.a + rule.b == 0):
        return False
    return len(set(vals)) > 2


def draw_letter_part(d: Draw, level: str) -> LetterRule:
    start = d.between(1, 26)
    if level == "easy":
        return LetterRule("step", start, d.between(1, 3) if d.random() < 0.7 else -d.between(1, 3))
    r = d.random()
    if level == "medium" or r < 0.4:
        return LetterRule("step", start, d.nonzero(1, 5) if level == "medium" else d.nonzero(2, 7))
    if r < 0.7:
        a = d.nonzero(1, 3)
        return LetterRule("growing", start, a, 1 if d.random() < 0.6 else -1)
    return LetterRule("alternating", start, d.between(1, 5), d.nonzero(1, 4))


# -- generation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    kind: str  # pairs or interleave
    letters: LetterRule
    numbers: NumberRule
    letter_vals: tuple[int, ...]  # places of the letter series (all its terms)
    number_vals: tuple[int, ...]  # values of the number series (all its terms)
    number_first: bool  # interleave: is term 1 a number?
    blank: int
    n: int

    def positions(self, is_letter: bool) -> list[int]:
        """Term indices of the letter (or number) series of an interleave."""
        first = 1 if self.number_first else 0
        start = first if is_letter else 1 - first
        return list(range(start, self.n, 2))

    def term(self, i: int) -> str:
        if self.kind == "pairs":
            return letter(self.letter_vals[i]) + str(self.number_vals[i])
        if i in self.positions(True):
            return letter(self.letter_vals[i // 2])
        return str(self.number_vals[i // 2])

    @property
    def blank_is_letter(self) -> bool:
        return self.kind == "interleave" and self.blank in self.positions(True)


#: How a shape lays out its terms: the term count, the asked position, whether term
#: 1 is a number, and the lengths of the letter and number series.
Layout = tuple[int, int, bool, int, int]


def _pairs_layout(d: Draw, q: str, pl: int, pn: int) -> Layout:
    n = max(5, pl + 2, pn + 2) + 1
    n += 1 if d.random() < 0.3 else 0
    blank = gap_position(d, n) if q == "missing" else n - 1
    return n, blank, True, n, n


def _interleave_ok(n: int, blank: int, number_first: bool, pl: int, pn: int) -> bool:
    """Enough shown terms: p_letters + p_numbers + 2 in all, each series one spare."""
    letter_pos = list(range(1 if number_first else 0, n, 2))
    number_pos = list(range(0 if number_first else 1, n, 2))
    shown_l = len(letter_pos) - (blank in letter_pos)
    shown_n = len(number_pos) - (blank in number_pos)
    if n - 1 < max(5, pl + pn + 2) or shown_l < pl + 1 or shown_n < pn + 1:
        return False
    if blank in (letter_pos[0], number_pos[0]):
        return False  # the gap is worked out from the term before it in its own series
    # a gap in the middle of three letters only fixes twice the step (two answers mod 26)
    return not (blank in letter_pos and len(letter_pos) == 3 and letter_pos.index(blank) == 1)


def _interleave_layout(d: Draw, q: str, pl: int, pn: int) -> Layout:
    number_first = d.random() < 0.7
    n = 6 + (1 if d.random() < 0.3 else 0)
    while True:
        spots = range(1, n - 1) if q == "missing" else (n - 1,)
        ok = [b for b in spots if _interleave_ok(n, b, number_first, pl, pn)]
        if ok:
            blank = d.pick(ok)
            break
        n += 1
    n_letters = len(range(1 if number_first else 0, n, 2))
    return n, blank, number_first, n_letters, n - n_letters


def generate(params: Params, rng: np.random.Generator) -> Draft:
    """Draw one mixed series: the two rules, the layout and the position asked for."""
    d = Draw(rng, batch=None)
    level = LEVELS[params.difficulty]
    diff = params.difficulty
    for _ in range(1000):
        kind = d.weighted(level["kinds"])
        lrule = draw_letter_part(d, diff)
        nrule = draw_number_rule(d, diff)
        q = params.question
        if q == "mixed":
            q = "missing" if d.random() < level["missing"] else "next"
        layout = SHAPES[kind].layout(d, q, lrule.parameters, nrule.parameters)
        n, blank, number_first, n_letters, n_numbers = layout
        if not rule_ok(lrule, n_letters, diff != "easy"):
            continue
        if not number_ok(nrule, n_numbers, level["max"]):
            continue
        spec = Spec(kind, lrule, nrule, tuple(lrule.values(n_letters)),
                    tuple(nrule.values(n_numbers)), number_first, blank, n)
        terms = ["?" if i == blank else spec.term(i) for i in range(n)]
        answer = spec.term(blank)
        return Draft(data={"terms": terms, "blank": blank, "question": q}, answer=answer,
                     score=score(spec), spec=spec, steps=steps(spec, answer))
    raise RuntimeError("no mixed series could be drawn")  # pragma: no cover


def score(spec: Spec) -> float:
    """The documented difficulty estimate (see the module docstring)."""
    value = SHAPES[spec.kind].base + LETTER_SCORE[spec.letters.kind]
    value += NUMBER_SCORE[spec.numbers.kind]
    lsteps = spec.letters.steps(len(spec.letter_vals))
    value += 0.1 * max(abs(s) for s in lsteps)
    if spec.letters.wraps(len(spec.letter_vals)):
        value += 1.0
    nvals = spec.number_vals
    if any(s < 0 for s in lsteps) or any(b < a for a, b in pairwise(nvals)):
        value += 0.5
    if max(nvals) > 50:
        value += 0.5
    if spec.blank != spec.n - 1:
        value += 0.5
    return round(value, 2)


# -- distractors --------------------------------------------------------------------------


def number_mistakes(rule: NumberRule, vals: Sequence[int], j: int) -> list[int]:
    """Plausible wrong values for term ``j`` of the number series, best first."""
    x, prev = vals[j], vals[j - 1]
    if rule.kind == "times":
        diff = prev - vals[j - 2] if j >= 2 else prev
        return [prev + diff, prev + rule.a, prev * (rule.a + 1), x + 1, x - 1, x + prev]
    s = rule.step(j - 1)
    out = []
    if rule.kind == "growing":
        out.append(prev + rule.step(j - 2) if j >= 2 else x - rule.b)
        out.append(x + rule.b)
    elif rule.kind == "alternating":
        out.append(prev + (rule.b if (j - 1) % 2 == 0 else rule.a))
    out += [x + 1, x - 1, prev - s, x + s]
    return out


def _numbers(x: int, cands: Sequence[int]) -> Iterator[int]:
    """``cands`` (whole numbers other than ``x``), then ``x ± 1``, ``x ± 2``, ... up to 39,
    made as they are read (the options stop reading after a few)."""
    for v in cands:
        if v >= 1 and v != x:
            yield v
    for d in range(1, 40):
        if x + d >= 1:
            yield x + d
        if x - d >= 1:
            yield x - d


#: Letter offsets for more wrong letters, in the order they are tried.
_AROUND = tuple(d for d in range(-12, 13) if d)


def _pairs_wrong(spec: Spec) -> list[str]:
    """The right letter with a wrong number, a wrong letter with the right number, both."""
    j = spec.blank
    lx, nx = spec.letter_vals[j], spec.number_vals[j]
    right = letter(lx)
    lm = [w for w in map(letter, letter_mistakes(spec.letters, spec.letter_vals, j))
          if w != right]
    if len(lm) < 8:  # then letters up to 12 places away, all other than the right one
        lm += [letter(lx + d) for d in _AROUND[: 8 - len(lm)]]
    nm = list(islice(_numbers(nx, number_mistakes(spec.numbers, spec.number_vals, j)), 8))
    L, N = letter(lx), str(nx)
    cands = []
    for k in range(8):
        cands += [L + str(nm[k]), lm[k] + N]
        if k < 3:
            cands.append(lm[k] + str(nm[k]))
    return cands


def _interleave_wrong(spec: Spec) -> Iterable[str]:
    """The gap's own series' mistakes, and the next term of the other series."""
    j = spec.blank
    k = j // 2  # index of the gap within its own series
    if spec.blank_is_letter:
        lx = spec.letter_vals[k]
        own = letter_mistakes(spec.letters, spec.letter_vals, k)
        # continuing the wrong series: the next number read as a letter
        m = max(i for i, pos in enumerate(spec.positions(False)) if pos < j)
        other_next = spec.numbers.next(spec.number_vals[m], m)
        cands = [letter(own[0])]
        if 1 <= other_next <= 26:
            cands.append(letter(other_next))
        cands += [letter(v) for v in own[1:]]
        cands += [letter(lx + d) for d in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7)]
        return cands
    nx = spec.number_vals[k]
    own_n = number_mistakes(spec.numbers, spec.number_vals, k)
    # continuing the wrong series: the next letter's alphabet place
    m = max(i for i, pos in enumerate(spec.positions(True)) if pos < j)
    wrong_series = wrap(spec.letter_vals[m] + spec.letters.step(m))
    ordered = [*own_n[:1], wrong_series, *own_n[1:]]
    return map(str, _numbers(nx, ordered))


def distractors(spec: Spec, wanted: int) -> list[str]:
    """``wanted`` distinct wrong terms of the answer's kind, most plausible first."""
    j = spec.blank
    cands = SHAPES[spec.kind].wrong(spec)
    return fill(spec.term(j), wanted, cands, neighbours(spec.term, j, spec.n))


# -- wording ------------------------------------------------------------------------------


PROMPTS = {
    ("pairs", "next"): (
        "Each term is a letter followed by a number. Which term comes next?",
        "Each term below pairs a letter with a number. Which term continues the series?",
    ),
    ("pairs", "missing"): (
        "Each term is a letter followed by a number. Which term should replace the question mark?",
        "Each term below pairs a letter with a number. Which term is missing?",
    ),
    ("interleave", "next"): (
        "Numbers and letters take turns in this series. What comes next?",
        "This series mixes numbers and letters. Which term continues it?",
    ),
    ("interleave", "missing"): (
        "Numbers and letters take turns in this series. What should replace the question mark?",
        "This series mixes numbers and letters. Which term is missing?",
    ),
}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The question and the series; a written answer is told what kind of term to give."""
    shape = SHAPES[draft.spec.kind]
    tail = shape.tail if params.format == "numeric" else None
    templates = PROMPTS[(draft.spec.kind, draft.data["question"])]
    return Wording(series_prompt(Draw(rng, batch=None), templates, draft.data["terms"], tail))


def options(draft: Draft, params: Params, rng: np.random.Generator) -> list[str]:
    """The key and the most plausible wrong terms, shuffled."""
    return shuffle_options(rng, draft.answer, distractors(draft.spec, params.n_options - 1))


# -- explanation -------------------------------------------------------------------------


def _plus_text(x: int, s: int) -> str:
    return f"{x} {'+' if s >= 0 else MINUS} {abs(s)} = {x + s}"


def number_lines(
    rule: NumberRule, vals: Sequence[int], j: int, label: str, numbers: Sequence[int]
) -> list[str]:
    n = len(vals)
    seq = ", ".join("?" if i == j else str(vals[i]) for i in range(n))
    lines = [f"{label}: {seq}."]
    if rule.kind == "times":
        lines[-1] += f" Each number is {rule.a} times the one before (×{rule.a})."
        comp = f"{vals[j - 1]} × {rule.a} = {vals[j]}"
        check = f"{vals[j]} × {rule.a} = {vals[j + 1]}" if j + 1 < n else ""
    else:
        diffs = ", ".join(signed(rule.step(i)) for i in range(n - 1))
        if rule.kind == "step":
            more = f"{rule.a} more" if rule.a > 0 else f"{-rule.a} less"
            lines[-1] += f" Each number is {more} than the one before ({signed(rule.a)})."
        elif rule.kind == "growing":
            lines[-1] += f" The differences are {diffs}: each is {rule.b} more than the one before."
        else:
            lines[-1] += f" The differences take turns: {diffs}."
        comp = _plus_text(vals[j - 1], rule.step(j - 1))
        check = _plus_text(vals[j], rule.step(j)) if j + 1 < n else ""
    lines.append(f"Term {numbers[j]}: {comp}.")
    if check:
        lines.append(f"Check: {check}, which is term {numbers[j + 1]}.")
    return lines


def _pairs_lines(spec: Spec, answer: str) -> list[str]:
    j = spec.blank
    nums = list(range(1, spec.n + 1))
    lines = ["Read the letters and the numbers separately."]
    lines += rule_lines(spec.letters, spec.letter_vals, j, spec.n, "Letters", nums)
    lines += number_lines(spec.numbers, spec.number_vals, j, "Numbers", nums)
    lines.append(
        f"Term {j + 1} is the letter {letter(spec.letter_vals[j])} with the number "
        f"{spec.number_vals[j]}: {answer}."
    )
    return lines


def _interleave_lines(spec: Spec, answer: str) -> list[str]:
    j = spec.blank
    lpos, npos = spec.positions(True), spec.positions(False)
    lines = ["Numbers and letters take turns; follow each series on its own."]
    nlabel = "Numbers (terms " + ", ".join(str(i + 1) for i in npos) + ")"
    llabel = "Letters (terms " + ", ".join(str(i + 1) for i in lpos) + ")"
    if spec.blank_is_letter:
        lines += number_lines_shown(spec.numbers, spec.number_vals, nlabel)
        lines += rule_lines(
            spec.letters, spec.letter_vals, lpos.index(j), len(lpos), llabel, [i + 1 for i in lpos]
        )
    else:
        nj = npos.index(j)
        lines += number_lines(spec.numbers, spec.number_vals, nj, nlabel, [i + 1 for i in npos])
        lines += letters_shown(spec.letters, spec.letter_vals, llabel)
    which = "letter" if spec.blank_is_letter else "number"
    lines.append(f"The question mark is term {j + 1}, a {which}: {answer}.")
    return lines


def steps(spec: Spec, answer: str) -> Steps:
    """Each of the two series worked on its own, then the asked term."""
    return Steps(SHAPES[spec.kind].lines(spec, answer), numbered=False, answer=answer)


def number_lines_shown(rule: NumberRule, vals: Sequence[int], label: str) -> list[str]:
    """The number series when the gap is among the letters: just its rule."""
    text = f"{label}: {', '.join(str(v) for v in vals)}."
    if rule.kind == "times":
        return [text + f" Each is {rule.a} times the one before (×{rule.a})."]
    diffs = ", ".join(signed(rule.step(i)) for i in range(len(vals) - 1))
    return [text + f" Differences: {diffs}."]


def letters_shown(rule: LetterRule, vals: Sequence[int], label: str) -> list[str]:
    """The letter series when the gap is among the numbers: just its rule."""
    seq = ", ".join(f"{letter(v)}={v}" for v in vals)
    moves = ", ".join(signed(rule.step(i)) for i in range(len(vals) - 1))
    note = wrap_example([(i, rule.step(i)) for i in range(len(vals) - 1)], vals, -1, 1)
    return [f"{label}: {seq}. Steps: {moves}.{note}"]


# -- the two shapes -------------------------------------------------------------------------


class Shape(NamedTuple):
    """One shape of mixed series: how it is laid out, scored, worded and explained."""

    base: float  # the score's base
    layout: Callable[[Draw, str, int, int], Layout]
    wrong: Callable[[Spec], Iterable[str]]  # wrong terms, most plausible first (may repeat)
    lines: Callable[[Spec, str], list[str]]  # the explanation's lines before the answer
    tail: str  # what a written answer gives


SHAPES = {
    "pairs": Shape(1.0, _pairs_layout, _pairs_wrong, _pairs_lines,
                   "Write the letter and then the number, as the terms are written."),
    "interleave": Shape(1.5, _interleave_layout, _interleave_wrong, _interleave_lines,
                        "Write the missing term (a number or a letter)."),
}


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Split the series into its letters and its numbers; each part follows its own "
        "rule, letters by position (A = 1)."
    ),
}


#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = letter_effort
BANDS = {"easy": (2.0, 3.5), "medium": (2.5, 6.0), "hard": (4.0, 9.0)}
