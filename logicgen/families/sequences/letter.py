"""Letter series: the next or the missing letter, or group of letters.

Letters stand for their places in the alphabet, A = 1 to Z = 26, and the
alphabet runs round in a circle: after Z it starts again at A (so W + 5 = B),
and before A comes Z. Each series follows one rule:

* *step*: the same step every time, forwards (C, F, I, L → O) or backwards;
* *growing*: the step changes by the same amount each time (A, B, D, G, K → P);
* *alternating*: two steps take turns (+1, +3, +1, +3, ...);
* *interleave*: two series with their own steps take turns (A, Z, B, Y, C → X);
* *groups*: every term is a group of two or three letters and each position
  follows its own rule: a step, a growing step, or the *mirror* letter of the
  first position (A↔Z, B↔Y, ...: places adding up to 27), e.g. AZ, BY, CX → DW.

Questions ask for the next term or for a term missing inside the series. At
least five terms are shown, and always at least two more than the rule has free
parameters (two for a step, three for growing or alternating steps, four for
two interleaved series), so the shown terms pin the rule down. No series is
constant or repeats a letter twice running.

Difficulty:

* ``easy``: forward steps of 1–5 or backward steps of 1–3, or two-letter
  groups stepping by 1–2; never past Z or A; mostly next-term questions.
* ``medium``: larger steps that may run past Z (or A), growing steps, two
  alternating steps, two interleaved series, two-letter groups with wrap-around.
* ``hard``: growing steps that change by up to 2 and may run backwards,
  alternating steps in opposite directions, interleaved series with different
  steps, three-letter groups; more missing-term questions.

``score`` = the rule's base (step 1, alternating 2, growing 2.5, interleave 3;
groups 1 plus per position: step or mirror 0.5, growing 1.5)
+ 0.1 × the largest step size + 1 if the series runs past Z or A
+ 0.5 if some step goes backwards + 0.5 for a missing-term question.

Distractors: the letter one place either side (counting slip), the step taken
the wrong way, one step too many, forgetting the wrap-around (stopping at Z or
A), the step before repeated (growing steps), the other step of the pair
(alternating), the next letter of the other series (interleave), and for
groups the same mistakes in one position at a time.

>>> import logicgen
>>> item = logicgen.generate("sequence.letter", count=1, seed=1)[0]
>>> print(item.prompt)
Which group of letters should replace the question mark in this series?
Letters count through the alphabet A–Z; after Z it starts again at A.
<BLANKLINE>
XV, YY, ZB, ?, BH, CK
>>> item.choices, item.answer
(('AF', 'AE', 'AD', 'ZE', 'BE'), 'AE')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.families.sequences import SeriesParams
from logicgen.registry import Capabilities, Instance, family
from logicgen.solve.letters import solve as solve_letters

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable, Iterator, Sequence

    import numpy as np

__all__ = ["Params", "explain", "generate", "render"]

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MINUS = "\u2212"
WRAP_NOTE = "Letters count through the alphabet A–Z; after Z it starts again at A."

#: Per difficulty: weights of the rule kinds and the chance of a missing-term question.
LEVELS: dict[str, dict[str, Any]] = {
    "easy": {"kinds": {"step": 6, "group2": 4}, "missing": 0.2},
    "medium": {
        "kinds": {"step": 5, "growing": 4, "alternating": 4, "interleave": 3, "group2": 4},
        "missing": 0.35,
    },
    "hard": {
        "kinds": {"step": 2, "growing": 4, "alternating": 4, "interleave": 5, "group3": 5},
        "missing": 0.45,
    },
}
BASE_SCORE = {"step": 1.0, "alternating": 2.0, "growing": 2.5, "interleave": 3.0}
GROUP_COLUMN_SCORE = {"step": 0.5, "mirror": 0.5, "growing": 1.5}
PARAMETERS = {"step": 2, "growing": 3, "alternating": 3, "interleave": 4, "mirror": 2}


@family(
    "sequence.letter",
    solver=solve_letters,
    summary="Letter series: next or missing letter, with wrap-around and letter groups",
    formats=("choice", "numeric"),
    capabilities=Capabilities(series_row=True),
)
@dataclass(frozen=True)
class Params(SeriesParams):
    """``question``: ``next``, ``missing`` or ``mixed`` (either, by difficulty)."""


# -- letters and rules ---------------------------------------------------------------


def letter(pos: int) -> str:
    """The letter at alphabet place ``pos``, counting round the circle (27 → A)."""
    return ALPHABET[(pos - 1) % 26]


def wrap(pos: int) -> int:
    """``pos`` brought back into 1..26."""
    return (pos - 1) % 26 + 1


def signed(step: int) -> str:
    """``+3`` or ``−2`` (with a true minus sign)."""
    return f"+{step}" if step >= 0 else f"{MINUS}{-step}"


def num(value: int) -> str:
    return f"{MINUS}{-value}" if value < 0 else str(value)


@dataclass(frozen=True)
class LetterRule:
    """The rule of one letter column.

    ``kind`` is ``step`` (step ``a``), ``growing`` (steps ``a``, ``a + b``,
    ``a + 2b``, ...), ``alternating`` (steps ``a``, ``b``, ``a``, ...),
    ``interleave`` (odd terms from ``start`` by ``a``, even terms from ``b`` by
    ``c``) or ``mirror`` (the opposite letter of column 0).
    """

    kind: str
    start: int = 1
    a: int = 0
    b: int = 0
    c: int = 0

    def step(self, i: int) -> int:
        """The step from term ``i`` to term ``i + 1`` (single-series kinds)."""
        if self.kind == "step":
            return self.a
        if self.kind == "growing":
            return self.a + i * self.b
        if self.kind == "alternating":
            return self.a if i % 2 == 0 else self.b
        raise ValueError(self.kind)

    def values(self, n: int, base: Sequence[int] = ()) -> list[int]:
        """Alphabet places of the first ``n`` terms."""
        if self.kind == "mirror":
            return [27 - v for v in base[:n]]
        if self.kind == "interleave":
            return [
                wrap(self.start + (i // 2) * self.a)
                if i % 2 == 0
                else wrap(self.b + (i // 2) * self.c)
                for i in range(n)
            ]
        out = [self.start]
        for i in range(n - 1):
            out.append(wrap(out[-1] + self.step(i)))
        return out

    def steps(self, n: int) -> list[int]:
        """Every step the rule takes among ``n`` terms (both series for interleave)."""
        if self.kind == "mirror":
            return []
        if self.kind == "interleave":
            return [self.a, self.c]
        return [self.step(i) for i in range(n - 1)]

    def wraps(self, n: int) -> bool:
        """True when the ``n`` terms run past Z or A somewhere."""
        if self.kind == "mirror":
            return False
        if self.kind == "interleave":
            evens = [self.start + k * self.a for k in range((n + 1) // 2)]
            odds = [self.b + k * self.c for k in range(n // 2)]
            return any(not 1 <= v <= 26 for v in evens + odds)
        v = self.start
        for i in range(n - 1):
            v += self.step(i)
            if not 1 <= v <= 26:
                return True
        return False

    @property
    def parameters(self) -> int:
        return PARAMETERS[self.kind]


def _randint(rng: np.random.Generator, low: int, high: int) -> int:
    """A uniform integer in ``[low, high]`` (one cheap float draw)."""
    return low + int(rng.random() * (high - low + 1))


def _choose(rng: np.random.Generator, weights: dict[str, int]) -> str:
    total = sum(weights.values())
    r = rng.random() * total
    for key, w in weights.items():
        r -= w
        if r < 0:
            return key
    return key


def _nonzero(rng: np.random.Generator, low: int, high: int) -> int:
    """A non-zero integer in ``[-high, -low] ∪ [low, high]``."""
    v = _randint(rng, low, high)
    return v if rng.random() < 0.5 else -v


def draw_letter_rule(rng: np.random.Generator, kind: str, level: str) -> LetterRule:
    """One single-series rule of ``kind`` at difficulty ``level`` (not yet checked)."""
    start = _randint(rng, 1, 26)
    if kind == "step":
        if level == "easy":
            a = _randint(rng, 1, 5) if rng.random() < 0.75 else -_randint(rng, 1, 3)
        elif level == "medium":
            a = _nonzero(rng, 2, 7) if rng.random() < 0.4 else _randint(rng, 2, 7)
        else:
            a = _nonzero(rng, 5, 9)
        return LetterRule("step", start, a)
    if kind == "growing":
        if level == "hard":
            a, b = _nonzero(rng, 1, 4), _nonzero(rng, 1, 2)
        else:
            a, b = _randint(rng, 1, 3), 1
        return LetterRule("growing", start, a, b)
    if kind == "alternating":
        if level == "hard":
            a, b = _randint(rng, 1, 6), -_randint(rng, 1, 5)
            if rng.random() < 0.5:
                a, b = b, a
        else:
            a, b = _randint(rng, 1, 4), _randint(rng, 1, 5)
        return LetterRule("alternating", start, a, b)
    if kind == "interleave":
        top = 3 if level == "medium" else 4
        return LetterRule(
            "interleave", start, _nonzero(rng, 1, top), _randint(rng, 1, 26), _nonzero(rng, 1, top)
        )
    raise ValueError(kind)


def rule_ok(rule: LetterRule, n: int, allow_wrap: bool) -> bool:
    """Reject rules a candidate should never see: repeats, cycles, ambiguous steps."""
    if rule.kind == "mirror":
        return True
    if not allow_wrap and rule.wraps(n):
        return False
    steps = rule.steps(n)
    if any(s % 26 == 0 for s in steps):
        return False
    if rule.kind == "growing" and rule.b % 13 == 0:
        return False
    if rule.kind == "alternating" and ((rule.a - rule.b) % 13 == 0 or (rule.a + rule.b) % 26 == 0):
        return False
    vals = rule.values(n)
    return all(vals[i] != vals[i + 1] for i in range(n - 1)) and len(set(vals)) > 2


# -- generation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """What ``render`` and ``explain`` need: the rules and the full series."""

    kind: str  # step, growing, alternating, interleave, group2, group3
    rules: tuple[LetterRule, ...]  # one per letter position in a term
    columns: tuple[tuple[int, ...], ...]  # alphabet places, column by column, all n terms
    blank: int
    n: int

    def term(self, i: int) -> str:
        return "".join(letter(col[i]) for col in self.columns)


def _draw_group(rng: np.random.Generator, width: int, level: str) -> tuple[LetterRule, ...]:
    rules: list[LetterRule] = []
    for col in range(width):
        r = rng.random()
        if col > 0 and r < 0.35 and all(x.kind != "mirror" for x in rules):
            rules.append(LetterRule("mirror"))
            continue
        start = _randint(rng, 1, 26)
        if level == "easy":
            rules.append(LetterRule("step", start, _nonzero(rng, 1, 2)))
        elif level == "hard" and r > 0.75:
            rules.append(
                LetterRule("growing", start, _nonzero(rng, 1, 2), 1 if rng.random() < 0.5 else -1)
            )
        else:
            rules.append(LetterRule("step", start, _nonzero(rng, 1, 4 if level == "medium" else 5)))
    return tuple(rules)


def _shown_count(parameters: int, rng: np.random.Generator) -> int:
    return max(5, parameters + 2) + (1 if rng.random() < 0.3 else 0)


def gap_position(rng: np.random.Generator, n: int) -> int:
    """An inner position for a missing term.

    With seven terms, the 4th is the middle of the three terms 2, 4, 6; read as
    two interleaved series, a gap there only fixes twice the step, which modulo
    26 has two answers (B, ?, F could be B, D, F or B, Q, F), so it is avoided.
    """
    while True:
        blank = _randint(rng, 1, n - 2)
        if not (n == 7 and blank == 3):
            return blank


def generate(params: Params, rng: np.random.Generator) -> Instance:
    """Draw one letter series: a rule, enough terms, and the position asked for."""
    level = LEVELS[params.difficulty]
    allow_wrap = params.difficulty != "easy"
    for _ in range(1000):
        kind = _choose(rng, level["kinds"])
        if kind.startswith("group"):
            rules = _draw_group(rng, int(kind[-1]), params.difficulty)
            p = max(r.parameters for r in rules)
        else:
            rules = (draw_letter_rule(rng, kind, params.difficulty),)
            p = rules[0].parameters
        shown = _shown_count(p, rng)
        missing = rng.random() < level["missing"]
        n = shown + 1
        if not all(rule_ok(r, n, allow_wrap) for r in rules):
            continue
        columns: list[tuple[int, ...]] = []
        for r in rules:
            columns.append(tuple(r.values(n, columns[0] if columns else ())))
        if len(set(columns)) < len(columns):
            continue
        q = params.question if params.question != "mixed" else ("missing" if missing else "next")
        blank = gap_position(rng, n) if q == "missing" else n - 1
        spec = Spec(kind, rules, tuple(columns), blank, n)
        terms = ["?" if i == blank else spec.term(i) for i in range(n)]
        return Instance(
            data={"terms": terms, "blank": blank, "question": q},
            answer=spec.term(blank),
            score=score(spec),
            spec=spec,
        )
    raise RuntimeError("no letter series could be drawn")  # pragma: no cover


def score(spec: Spec) -> float:
    """The documented difficulty estimate (see the module docstring)."""
    if spec.kind.startswith("group"):
        base = 1.0 + sum(GROUP_COLUMN_SCORE[r.kind] for r in spec.rules)
    else:
        base = BASE_SCORE[spec.kind]
    steps = [s for r in spec.rules for s in r.steps(spec.n)]
    value = base + 0.1 * max(abs(s) for s in steps)
    if any(r.wraps(spec.n) for r in spec.rules):
        value += 1.0
    if any(s < 0 for s in steps):
        value += 0.5
    if spec.blank != spec.n - 1:
        value += 0.5
    return round(value, 2)


# -- distractors -------------------------------------------------------------------------


def letter_mistakes(rule: LetterRule, vals: Sequence[int], j: int) -> list[int]:
    """Plausible wrong alphabet places for term ``j`` of a column, best first.

    ``vals`` holds the column's true places (all terms); the results may lie
    outside 1..26 only for the "forgot the wrap-around" case, which is clamped.
    """
    x = vals[j]
    out: list[int] = []
    if rule.kind == "interleave":
        own = rule.a if j % 2 == 0 else rule.c
        other_start, other_step = (rule.b, rule.c) if j % 2 == 0 else (rule.start, rule.a)
        k = j // 2 if j % 2 == 0 else (j + 1) // 2
        other_next = other_start + k * other_step
        prev = vals[j - 1]
        one_series = prev + (prev - vals[j - 2]) if j >= 2 else prev + own
        out = [other_next, x + 1, x - 1, vals[j - 2] - own if j >= 2 else x - 2 * own, one_series]
        return out
    s = rule.step(j - 1)
    prev = vals[j - 1]
    raw = prev + s
    if not 1 <= raw <= 26:
        out.append(26 if raw > 26 else 1)  # forgot the wrap-around: stopped at Z (or A)
    if rule.kind == "growing":
        out += [prev + rule.step(j - 2) if j >= 2 else x - rule.b, x + rule.b]
    elif rule.kind == "alternating":
        other = rule.b if (j - 1) % 2 == 0 else rule.a
        out.append(prev + other)
    out += [x + 1, x - 1, prev - s, x + s]
    return out


def _fill(
    answer: str, wanted: int, candidates: Iterable[str], shown: Sequence[str] = ()
) -> list[str]:
    """The first ``wanted`` distinct candidates other than the answer.

    Candidates that merely repeat a term shown next to the gap are weak (a
    candidate rules them out at a glance), so they are used last.
    """
    seen = {answer}
    fresh: list[str] = []
    repeats: list[str] = []
    for c in candidates:
        if c not in seen:
            seen.add(c)
            (repeats if c in shown else fresh).append(c)
            if len(fresh) == wanted:
                break
    return (fresh + repeats)[:wanted]


def _candidates(spec: Spec) -> Iterator[str]:
    """Wrong terms in order of plausibility (may repeat; ``_fill`` removes repeats)."""
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


def neighbours(term: Callable[[int], str], j: int, n: int) -> list[str]:
    """The shown terms on either side of position ``j``."""
    return [term(i) for i in (j - 1, j + 1) if 0 <= i < n]


def distractors(spec: Spec, wanted: int) -> list[str]:
    """``wanted`` distinct wrong terms of the answer's length, most plausible first."""
    j = spec.blank
    return _fill(spec.term(j), wanted, _candidates(spec), neighbours(spec.term, j, spec.n))


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


def render(instance: Instance, params: Params, rng: np.random.Generator) -> tuple[str, list[str]]:
    spec: Spec = instance.spec
    width = len(spec.columns)
    shape = "single" if width == 1 else "group"
    templates = PROMPTS[(shape, instance.data["question"])]
    lines = [
        templates[int(rng.random() * len(templates))],
        WRAP_NOTE,
        "",
        ", ".join(instance.data["terms"]),
    ]
    if params.format == "numeric":
        lines += ["", "Write the letter." if width == 1 else f"Write the group of {width} letters."]
        return "\n".join(lines), []
    wrong = distractors(spec, params.n_options - 1)
    options = [instance.answer, *wrong]
    order = [int(i) for i in rng.permutation(len(options))]
    return "\n".join(lines), [options[i] for i in order]


# -- explanation --------------------------------------------------------------------------


def places(letters: Sequence[int]) -> str:
    """``C=3, F=6, I=9``."""
    return ", ".join(f"{letter(v)}={v}" for v in letters)


def add_text(prev: int, step: int) -> str:
    """``L + 3 = 12 + 3 = 15 = O``, with the wrap-around spelt out when it happens."""
    raw = prev + step
    op = "+" if step >= 0 else MINUS
    head = f"{letter(prev)} {op} {abs(step)} = {prev} {op} {abs(step)} = {num(raw)}"
    if raw > 26:
        return (
            f"{head}; after Z the alphabet starts again at A, so {raw} {MINUS} 26 = {raw - 26} "
            f"= {letter(raw)}, that is {letter(prev)} {op} {abs(step)} = {letter(raw)}"
        )
    if raw < 1:
        return (
            f"{head}; before A the alphabet goes back to Z, so {num(raw)} + 26 = {raw + 26} "
            f"= {letter(raw)}, that is {letter(prev)} {op} {abs(step)} = {letter(raw)}"
        )
    return f"{head} = {letter(raw)}"


def _steps_words(step: int) -> str:
    if step > 0:
        return f"{step} place{'s' if step != 1 else ''} forward ({signed(step)})"
    return f"{-step} place{'s' if step != -1 else ''} back ({signed(step)})"


def step_op(step: int) -> str:
    """``+ 3`` or ``− 2``, for writing ``term 5 + 3``."""
    return f"+ {step}" if step >= 0 else f"{MINUS} {-step}"


def rule_lines(
    rule: LetterRule,
    vals: Sequence[int],
    j: int,
    n: int,
    label: str = "",
    numbers: Sequence[int] | None = None,
) -> list[str]:
    """Worked lines for one column: the rule, its places, and term ``j`` computed.

    ``numbers`` gives the term numbers to print for each position (default
    1, 2, 3, ...), for columns that are every second term of a longer series.
    """
    no = list(numbers) if numbers is not None else list(range(1, n + 1))
    shown = [vals[i] for i in range(n) if i != j]
    lines: list[str] = []
    seq = ", ".join("?" if i == j else letter(vals[i]) for i in range(n))
    if rule.kind == "interleave":
        firsts = list(range(0, n, 2))
        seconds = list(range(1, n, 2))

        def sub(ix: list[int], step: int, name: str) -> str:
            terms = ", ".join("?" if i == j else letter(vals[i]) for i in ix)
            nums = ", ".join(str(i + 1) for i in ix)
            text = f"{name} (terms {nums}): {terms}, each {_steps_words(step)}."
            return text + wrap_example([(i, step) for i in ix[:-1]], vals, j, 2)

        lines.append(f"{label}: two series take turns." if label else "Two series take turns.")
        lines.append(sub(firsts, rule.a, "First series"))
        lines.append(sub(seconds, rule.c, "Second series"))
        own = rule.a if j % 2 == 0 else rule.c
        which = "first" if j % 2 == 0 else "second"
        if j >= 2:
            lines.append(
                f"The question mark is term {j + 1}, in the {which} series: "
                f"{add_text(vals[j - 2], own)}."
            )
        else:
            lines.append(
                f"The question mark is term {j + 1}, in the {which} series; counting back from "
                f"term {j + 3}: {add_text(vals[j + 2], -own)}."
            )
        if j >= 2 and j + 2 < n:
            lines.append(f"Check: {add_text(vals[j], own)}, which is term {j + 3}.")
        return lines
    lines.append(f"{label + ': ' if label else ''}{seq}. Alphabet places: {places(shown)}.")
    if rule.kind == "step":
        lines.append(f"Each letter is {_steps_words(rule.a)} from the one before.")
    elif rule.kind == "growing":
        steps = ", ".join(signed(rule.step(i)) for i in range(n - 1))
        change = "more" if rule.b > 0 else "less"
        lines.append(
            f"The steps are {steps}: each step is {abs(rule.b)} {change} than the one before."
        )
    elif rule.kind == "alternating":
        steps = ", ".join(signed(rule.step(i)) for i in range(n - 1))
        lines.append(f"The steps take turns: {steps}.")
    note = wrap_example([(i, rule.step(i)) for i in range(n - 1)], vals, j, 1)
    if note:
        lines[-1] += note
    lines.append(
        f"Term {no[j]} = term {no[j - 1]} {step_op(rule.step(j - 1))}: "
        f"{add_text(vals[j - 1], rule.step(j - 1))}."
    )
    if j + 1 < n:
        lines.append(f"Check: {add_text(vals[j], rule.step(j))}, which is term {no[j + 1]}.")
    return lines


def wrap_example(steps: Sequence[tuple[int, int]], vals: Sequence[int], j: int, gap: int) -> str:
    """`` Past Z the count starts again at A: ...`` for the first wrap among shown terms.

    ``steps`` pairs a term index with the step to the next term of its series,
    ``gap`` places further on. Steps into or out of the gap are skipped (the
    worked answer spells those out).
    """
    for i, step in steps:
        if i == j or i + gap == j or i + gap >= len(vals):
            continue
        raw = vals[i] + step
        if raw > 26:
            return (
                f" Past Z the count starts again at A: {letter(vals[i])} {step_op(step)} = "
                f"{vals[i]} {step_op(step)} = {raw}, and {raw} {MINUS} 26 = {raw - 26} = {letter(raw)}."
            )
        if raw < 1:
            return (
                f" Before A the count goes back to Z: {letter(vals[i])} {step_op(step)} = "
                f"{vals[i]} {step_op(step)} = {num(raw)}, and {num(raw)} + 26 = {raw + 26} "
                f"= {letter(raw)}."
            )
    return ""


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


def explain(instance: Instance) -> str:
    spec: Spec = instance.spec
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
    lines.append(f"Answer: {instance.answer}.")
    return "\n".join(lines)
