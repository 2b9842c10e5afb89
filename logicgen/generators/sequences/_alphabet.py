"""Letter arithmetic shared by the letter and mixed series families.

Letters stand for their places in the alphabet, A = 1 to Z = 26, and the
alphabet runs round in a circle: after Z it starts again at A (so W + 5 = B),
and before A comes Z. This module holds what both families do with such a
series of letters:

* :class:`LetterRule`: one column's rule (a step, a growing step, two
  alternating steps, a cycle of three steps, two interleaved series, or the
  mirror of another column),
  its places, its steps, and whether it runs past Z or A; :func:`rule_ok`
  refuses rules a candidate should never see;
* the named mistakes for a letter (:func:`letter_mistakes`) and the choice of
  the wrong options among candidates (:func:`fill`);
* the worked lines of an explanation (:func:`rule_lines`, :func:`add_text`,
  :func:`wrap_example`);
* the wording both share (:func:`series_prompt`, :func:`shuffle_options`).

>>> rule = LetterRule("step", 23, 5)
>>> [letter(v) for v in rule.values(4)], rule.wraps(4)
(['W', 'B', 'G', 'L'], True)
>>> add_text(12, 3)
'L + 3 = 12 + 3 = 15 = O'
>>> add_text(23, 5).split("; ")[1]
'after Z the alphabet starts again at A, so 28 − 26 = 2 = B, that is W + 5 = B'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from logicgen.kit import Draw

__all__ = [
    "MINUS",
    "WRAP_NOTE",
    "LetterRule",
    "add_text",
    "fill",
    "gap_position",
    "letter",
    "letter_mistakes",
    "neighbours",
    "rule_lines",
    "rule_ok",
    "rule_step",
    "series_prompt",
    "shuffle_options",
    "signed",
    "wrap",
    "wrap_example",
]

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MINUS = "\u2212"
WRAP_NOTE = "Letters count through the alphabet A–Z; after Z it starts again at A."
#: Free parameters of each column rule.
PARAMETERS = {"step": 2, "growing": 3, "alternating": 3, "cycle": 4, "interleave": 4,
              "mirror": 2}


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


#: The step from term ``i`` to term ``i + 1`` of the single-series kinds: ``step``
#: (``a`` every time), ``growing`` (``a``, ``a + b``, ``a + 2b``, ...) and
#: ``alternating`` (``a``, ``b``, ``a``, ...); numbers and letters alike.
STEPS: dict[str, Callable[[int, int, int], int]] = {
    "step": lambda a, b, i: a,
    "growing": lambda a, b, i: a + i * b,
    "alternating": lambda a, b, i: a if i % 2 == 0 else b,
}


def rule_step(kind: str, a: int, b: int, i: int) -> int:
    """The step from term ``i`` to term ``i + 1`` of a rule of ``kind`` (see :data:`STEPS`)."""
    if kind not in STEPS:
        raise ValueError(kind)
    return STEPS[kind](a, b, i)


@dataclass(frozen=True)
class LetterRule:
    """The rule of one letter column.

    ``kind`` is ``step`` (step ``a``), ``growing`` (steps ``a``, ``a + b``,
    ``a + 2b``, ...), ``alternating`` (steps ``a``, ``b``, ``a``, ...),
    ``cycle`` (steps ``a``, ``b``, ``c``, ``a``, ``b``, ``c``, ...),
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
        kind = self.kind
        if kind == "step":
            return self.a
        if kind == "cycle":
            return (self.a, self.b, self.c)[i % 3]
        if kind == "growing":  # the same as rule_step, without the table look-up
            return self.a + i * self.b
        if kind == "alternating":
            return self.a if i % 2 == 0 else self.b
        return rule_step(kind, self.a, self.b, i)

    def step_list(self, count: int) -> list[int]:
        """``[step(0), ..., step(count - 1)]``, built in one go (single-series kinds)."""
        kind, a, b = self.kind, self.a, self.b
        if count <= 0:
            return []
        if kind == "step":
            return [a] * count
        if kind == "growing":
            return [a + i * b for i in range(count)]
        if kind == "alternating":
            return [b if i % 2 else a for i in range(count)]
        if kind == "cycle":
            cycle = (a, b, self.c)
            return [cycle[i % 3] for i in range(count)]
        return [self.step(i) for i in range(count)]

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
        v = self.start
        for s in self.step_list(n - 1):
            v = (v + s - 1) % 26 + 1
            out.append(v)
        return out

    def steps(self, n: int) -> list[int]:
        """Every step the rule takes among ``n`` terms (both series for interleave)."""
        if self.kind == "mirror":
            return []
        if self.kind == "interleave":
            return [self.a, self.c]
        return self.step_list(n - 1)

    def wraps(self, n: int) -> bool:
        """True when the ``n`` terms run past Z or A somewhere."""
        if self.kind == "mirror":
            return False
        if self.kind == "interleave":
            evens = [self.start + k * self.a for k in range((n + 1) // 2)]
            odds = [self.b + k * self.c for k in range(n // 2)]
            return any(not 1 <= v <= 26 for v in evens + odds)
        v = self.start
        for s in self.step_list(n - 1):
            v += s
            if not 1 <= v <= 26:
                return True
        return False

    @property
    def parameters(self) -> int:
        return PARAMETERS[self.kind]


def rule_ok(rule: LetterRule, n: int, allow_wrap: bool) -> bool:
    """Reject rules a candidate should never see: repeats, cycles, ambiguous steps."""
    if rule.kind == "mirror":
        return True
    if not allow_wrap and rule.wraps(n):
        return False
    steps = rule.steps(n)
    for s in steps:
        if s % 26 == 0:
            return False
    if rule.kind == "growing" and rule.b % 13 == 0:
        return False
    if rule.kind == "alternating" and ((rule.a - rule.b) % 13 == 0 or (rule.a + rule.b) % 26 == 0):
        return False
    if rule.kind == "cycle" and (rule.a == rule.b == rule.c or (rule.a + rule.b + rule.c) % 26 == 0):
        return False
    vals = rule.values(n)
    for i in range(n - 1):
        if vals[i] == vals[i + 1]:
            return False
    return len(set(vals)) > 2


def gap_position(d: Draw, n: int) -> int:
    """An inner position for a missing term.

    With seven terms, the 4th is the middle of the three terms 2, 4, 6; read as
    two interleaved series, a gap there only fixes twice the step, which modulo
    26 has two answers (B, ?, F could be B, D, F or B, Q, F), so it is avoided.
    """
    while True:
        blank = d.between(1, n - 2)
        if not (n == 7 and blank == 3):
            return blank


# -- distractors ----------------------------------------------------------------------


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
    elif rule.kind == "cycle":  # the wrong step of the three
        out += [prev + rule.step(j), prev + rule.step(j + 1)]
    out += [x + 1, x - 1, prev - s, x + s]
    return out


def fill(answer: str, wanted: int, candidates: Iterable[str],
         shown: Sequence[str] = ()) -> list[str]:
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


def neighbours(term: Callable[[int], str], j: int, n: int) -> list[str]:
    """The shown terms on either side of position ``j``."""
    return [term(i) for i in (j - 1, j + 1) if 0 <= i < n]


# -- wording ----------------------------------------------------------------------------


def series_prompt(d: Draw, templates: Sequence[str], terms: Sequence[str],
                  tail: str | None = None) -> str:
    """A drawn question, the wrap-around note, the terms and, for a written answer, ``tail``."""
    lines = [d.pick(templates), WRAP_NOTE, "", ", ".join(terms)]
    if tail is not None:
        lines += ["", tail]
    return "\n".join(lines)


def shuffle_options(rng: np.random.Generator, answer: str, wrong: Sequence[str]) -> list[str]:
    """The key and the wrong options in an order shuffled by numpy with ``rng``."""
    options = [answer, *wrong]
    rng.shuffle(options)
    return options


# -- explanation --------------------------------------------------------------------------


def places(letters: Sequence[int]) -> str:
    """``C=3, F=6, I=9``."""
    return ", ".join([f"{ALPHABET[(v - 1) % 26]}={v}" for v in letters])


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


def _interleave_lines(rule: LetterRule, vals: Sequence[int], j: int, n: int,
                      label: str) -> list[str]:
    """Worked lines for a column of two interleaved series."""

    def sub(ix: list[int], step: int, name: str) -> str:
        terms = ", ".join(["?" if i == j else ALPHABET[(vals[i] - 1) % 26] for i in ix])
        nums = ", ".join([str(i + 1) for i in ix])
        text = f"{name} (terms {nums}): {terms}, each {_steps_words(step)}."
        return text + wrap_example([(i, step) for i in ix[:-1]], vals, j, 2)

    lines = [f"{label}: two series take turns." if label else "Two series take turns.",
             sub(list(range(0, n, 2)), rule.a, "First series"),
             sub(list(range(1, n, 2)), rule.c, "Second series")]
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
    if rule.kind == "interleave":
        return _interleave_lines(rule, vals, j, n, label)
    no = list(numbers) if numbers is not None else list(range(1, n + 1))
    shown = [vals[i] for i in range(n) if i != j]
    seq = ", ".join(["?" if i == j else ALPHABET[(vals[i] - 1) % 26] for i in range(n)])
    lines = [f"{label + ': ' if label else ''}{seq}. Alphabet places: {places(shown)}."]
    moves = rule.step_list(n - 1)
    kind = rule.kind
    if kind == "step":
        lines.append(f"Each letter is {_steps_words(rule.a)} from the one before.")
    elif kind == "growing":
        change = "more" if rule.b > 0 else "less"
        lines.append(
            f"The steps are {', '.join(map(signed, moves))}: each step is {abs(rule.b)} "
            f"{change} than the one before."
        )
    elif kind == "alternating":
        lines.append(f"The steps take turns: {', '.join(map(signed, moves))}.")
    elif kind == "cycle":
        cycle = ", ".join(signed(s) for s in (rule.a, rule.b, rule.c))
        lines.append(
            f"The steps repeat in a cycle of three ({cycle}): {', '.join(map(signed, moves))}.")
    lines[-1] += wrap_example(list(enumerate(moves)), vals, j, 1)
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
                f"{vals[i]} {step_op(step)} = {raw}, and {raw} {MINUS} 26 = {raw - 26} "
                f"= {letter(raw)}."
            )
        if raw < 1:
            return (
                f" Before A the count goes back to Z: {letter(vals[i])} {step_op(step)} = "
                f"{vals[i]} {step_op(step)} = {num(raw)}, and {num(raw)} + 26 = {raw + 26} "
                f"= {letter(raw)}."
            )
    return ""
