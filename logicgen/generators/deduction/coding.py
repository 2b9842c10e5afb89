"""Letter and number codes: "If COLD is written FROG, how is WARM written?"

One example word and its coded form are shown; the candidate finds the rule and
applies it to a second word (``encode``) or, at ``hard``, undoes it on a coded
word (``decode``: "FROG stands for COLD; what does ZDUP stand for?").

Rule kinds (the code library):

* ``shift`` k: every letter moves k places along the alphabet, Z wrapping to A
  (COLD → FROG is a shift of +3);
* ``reverse``: the word is written backwards; ``reverse_shift`` k: backwards, then
  shifted;
* ``swap_pairs``: letters 1↔2, 3↔4, ... change places; ``swap_ends``: the first
  and last letters change places;
* ``mirror``: each letter becomes its mirror in the alphabet (A↔Z, B↔Y, ...);
* ``vowel_consonant``: each vowel becomes the next vowel (A→E→I→O→U→A), each
  consonant the next consonant (B→C, D→F, ..., Z→B);
* ``alternate`` k: letters move +k, −k, +k, ... in turn; ``growing`` k: the
  i-th letter moves i·k places;
* ``numbers`` k: each letter becomes its alphabet position plus k (A=1 when
  k = 0), written with hyphens (CAT → 3-1-20); ``numbers_back``: Z=1, ..., A=26;
  ``letter_sum``: the sum of the positions (CAT → 24).

The example must pin the rule down: the generator rejects a pair of words when
any other rule of the library maps the example the same way but the question
word differently, and the solver (:mod:`logicgen.solve.coding`) repeats that check
over its own, independently written library, for written (``numeric``) answers as
for options. The solver also tries two-step rival codes no more complex than the
simplest rule that fits (swap the ends, then shift: MOON → LMMK fits it as well
as "reverse, then −2"), so an item is kept only when the example pins the code down.

Difficulty: ``easy`` uses small forward shifts, reversal, swaps of the ends and
A=1 numbering on 3–4-letter words; ``medium`` any shift, mirror, swapped pairs,
vowel/consonant, reversed-and-shifted, Z=1 numbering and letter sums on 4–5-letter
words; ``hard`` alternating and growing shifts, offset numbering and decoding on
5–6-letter words.

``score`` is the solver's measured effort (:func:`logicgen.solve.coding.effort`):
1, plus 0.2 for each kind of rule tried and rejected on the example before the
first that fits (in :data:`logicgen.solve.coding.TRY_ORDER`, simplest first:
shift, reverse, swap ends, ... growing shifts), plus 0.1 a letter of the
question word, 0.1 a place of alphabet counted for a shift, 0.1 a letter more
for numbering from an offset, and 1 for decoding. Bands kept per level: easy
1–2.4, medium 1.5–3.5, hard 2.4–6, so a hard item is never a plain shift or
numbering of a short word. Hard is harder by rules found only after many
simpler ones are ruled out, and by decoding, not by longer words.

>>> import logicgen
>>> item = logicgen.generate("deduction.coding", count=1, seed=1)[0]
>>> print(item.prompt)
In a certain code, if ZONE is written as 1-12-13-22, how is KING written in the same code?
>>> item.answer
'16-18-13-20'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from string import ascii_uppercase as ABC
from typing import TYPE_CHECKING, Any, NamedTuple

from logicgen.data.deduction_grid_words import CODE_WORDS
from logicgen.generators.deduction._wording import key_among
from logicgen.kit import Draft, Wording
from logicgen.registry import BaseParams, family
from logicgen.solve import coding as coding_solver

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

Rule = tuple[str, int]  # (kind, parameter)

VOWELS = "AEIOU"
CONSONANTS = "".join(c for c in ABC if c not in VOWELS)
NUMERIC_KINDS = ("numbers", "numbers_back", "letter_sum")
LENGTHS = {"easy": (3, 4), "medium": (4, 5), "hard": (5, 6)}


def _pool(difficulty: str) -> list[Rule]:
    if difficulty == "easy":
        return (
            [("shift", k) for k in (1, 2, 3)] * 2
            + [("reverse", 0), ("swap_ends", 0), ("numbers", 0), ("numbers", 0)]
        )
    if difficulty == "medium":
        return (
            [("shift", k) for k in (-5, -4, -3, -2, -1, 4, 5, 6)]
            + [("mirror", 0), ("swap_pairs", 0), ("vowel_consonant", 0), ("numbers_back", 0)]
            + [("letter_sum", 0)]
            + [("reverse_shift", k) for k in (-2, -1, 1, 2)]
        )
    return (
        [("alternate", k) for k in (1, 2, 3)]
        + [("growing", k) for k in (1, -1)]
        + [("reverse_shift", k) for k in (-4, -3, 3, 4)]
        + [("numbers", k) for k in (1, 2, -1)]
        + [("vowel_consonant", 0), ("swap_pairs", 0), ("mirror", 0)]
    )


# -- the generator's library ---------------------------------------------------------


def _shift_letter(ch: str, k: int) -> str:
    return ABC[(ABC.index(ch) + k) % 26]


def _next_in(ch: str, group: str, step: int) -> str:
    return group[(group.index(ch) + step) % len(group)]


_SHIFT_TABLES = [str.maketrans(ABC, ABC[k:] + ABC[:k]) for k in range(26)]


def _swap_pairs(word: str) -> str:
    chars = list(word)
    for i in range(0, len(chars) - 1, 2):
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def _next_letters(word: str, step: int) -> str:
    """Each vowel ``step`` vowels on, each consonant ``step`` consonants on."""
    return "".join(_next_in(c, VOWELS if c in VOWELS else CONSONANTS, step) for c in word)


class Kind(NamedTuple):
    """One kind of rule: how it codes a word, how it is undone, and how it is explained."""

    weight: float  #: its part of the score
    code: Callable[[str, int], str]  #: the coded form of a word under (kind, k)
    #: the word behind a coded form: a function, "self" (coding twice gives the word back)
    #: or None (the code cannot be undone)
    decode: Callable[[str, int], str] | str | None
    near: Callable[[int], list[Rule]]  #: rules a candidate may take it for, most tempting first
    #: how the worked solution shows it: "moves" (each letter's shift), "reversed" (backwards,
    #: then moves), "numbers", "letters" (each letter's image) or "order" (same letters moved)
    working: str
    #: the rule in words; fields ``places`` ("3 places"), ``way`` ("forward", "back") and
    #: ``offset`` (" plus 2", " minus 1" or nothing)
    text: str


def _shifts(kind: str, k: int) -> list[Rule]:
    return [(kind, k + 1), (kind, k - 1), (kind, -k)]


def _reorders(k: int) -> list[Rule]:
    return [("reverse", 0), ("swap_ends", 0), ("swap_pairs", 0)]


def _shifted(word: str, k: int) -> str:
    return word.translate(_SHIFT_TABLES[k % 26])


#: The rule kinds; see the module docstring.
KINDS: dict[str, Kind] = {
    "shift": Kind(
        1.0, _shifted, lambda c, k: _shifted(c, -k),
        lambda k: [*_shifts("shift", k), ("reverse_shift", k)], "moves",
        "each letter moves {places} {way} in the alphabet (wrapping round from Z to A)"),
    "reverse": Kind(1.5, lambda w, k: w[::-1], "self", _reorders, "order",
                    "the letters are written in reverse order"),
    "reverse_shift": Kind(
        2.5, lambda w, k: _shifted(w[::-1], k), lambda c, k: _shifted(c, -k)[::-1],
        lambda k: [*_shifts("reverse_shift", k), ("shift", k), ("reverse", 0)], "reversed",
        "the word is written backwards and then each letter moves {places} {way}"),
    "swap_pairs": Kind(
        2.0, lambda w, k: _swap_pairs(w), "self", _reorders, "order",
        "the 1st and 2nd letters change places, then the 3rd and 4th, and so on"),
    "swap_ends": Kind(
        1.5, lambda w, k: w[-1] + w[1:-1] + w[0] if len(w) > 1 else w, "self", _reorders,
        "order", "the first and last letters change places"),
    "mirror": Kind(
        2.0, lambda w, k: "".join(ABC[25 - ABC.index(c)] for c in w), "self",
        lambda k: [("reverse", 0), ("shift", 13)], "letters",
        "each letter is replaced by its mirror in the alphabet (A↔Z, B↔Y, C↔X, ...)"),
    "vowel_consonant": Kind(
        2.5, lambda w, k: _next_letters(w, 1), lambda c, k: _next_letters(c, -1),
        lambda k: [("shift", 1)], "letters",
        "each vowel becomes the next vowel (A→E→I→O→U→A) and each consonant the next "
        "consonant (B→C, D→F, ..., Z→B)"),
    "alternate": Kind(
        3.0, lambda w, k: "".join(_shift_letter(c, k if i % 2 == 0 else -k)
                                  for i, c in enumerate(w)),
        lambda c, k: KINDS["alternate"].code(c, -k),
        lambda k: [*_shifts("alternate", k), ("shift", k)], "moves",
        "the letters move {places} {way}, then {places} the other way, in turn"),
    "growing": Kind(
        3.0, lambda w, k: "".join(_shift_letter(c, k * (i + 1)) for i, c in enumerate(w)),
        lambda c, k: KINDS["growing"].code(c, -k),
        lambda k: [*_shifts("growing", k), ("shift", k)], "moves",
        "the 1st letter moves {places} {way}, the 2nd twice as far, the 3rd three times as "
        "far, and so on"),
    "numbers": Kind(
        1.5, lambda w, k: "-".join(str(ABC.index(c) + 1 + k) for c in w), None, lambda k: [],
        "numbers",
        "each letter is replaced by its position in the alphabet (A=1, B=2, ...){offset}"),
    "numbers_back": Kind(
        2.0, lambda w, k: "-".join(str(26 - ABC.index(c)) for c in w), None, lambda k: [],
        "numbers", "each letter is replaced by its position counted from Z (Z=1, Y=2, ..., A=26)"),
    "letter_sum": Kind(
        2.0, lambda w, k: str(sum(ABC.index(c) + 1 for c in w)), None, lambda k: [], "numbers",
        "the word becomes the sum of its letters' alphabet positions (A=1, B=2, ...)"),
}


def apply_rule(rule: Rule, word: str) -> str:
    """The coded form of ``word`` under ``rule``."""
    return KINDS[rule[0]].code(word, rule[1])


def _invert(rule: Rule, coded: str) -> str | None:
    """The word that ``rule`` turns into ``coded`` (None when the rule cannot be undone)."""
    kind = KINDS[rule[0]]
    if kind.decode is None or isinstance(kind.decode, str):
        return None if kind.decode is None else kind.code(coded, rule[1])
    return kind.decode(coded, rule[1])


def _library() -> list[Rule]:
    rules: list[Rule] = [("shift", k) for k in range(1, 26)]
    rules += [("reverse", 0)] + [("reverse_shift", k) for k in range(1, 26)]
    rules += [("swap_pairs", 0), ("swap_ends", 0), ("mirror", 0), ("vowel_consonant", 0)]
    rules += [("alternate", k) for k in range(-12, 13) if k]
    rules += [("growing", k) for k in (-3, -2, -1, 1, 2, 3)]
    rules += [("numbers", k) for k in range(-1, 4)] + [("numbers_back", 0), ("letter_sum", 0)]
    return rules


LIBRARY = _library()


def _normal(rule: Rule) -> Rule:
    kind, k = rule
    if kind in ("shift", "reverse_shift"):
        k %= 26
        if k == 0:
            return ("identity", 0) if kind == "shift" else ("reverse", 0)
    return (kind, k)


_NORMALS = [_normal(r) for r in LIBRARY]


def _pins_down(rule: Rule, plain: str, question: str, decode: bool) -> bool:
    """No other library rule agrees on the example but answers the question differently."""
    shown = apply_rule(rule, plain)
    if decode:
        target = apply_rule(rule, question)
        want = question
    else:
        want = apply_rule(rule, question)
    mine = _normal(rule)
    letters = shown.isalpha()
    if letters:
        # How far the first letter of the code is from the first and from the last
        # letter of the word: the shifts move the first letter, a reversed shift the
        # last, by k places, so these rule out most of them without coding the word.
        first = (ABC.index(shown[0]) - ABC.index(plain[0])) % 26
        last = (ABC.index(shown[0]) - ABC.index(plain[-1])) % 26
    for other, normal in zip(LIBRARY, _NORMALS):
        if normal == mine or (other[0] in NUMERIC_KINDS) == letters:
            continue
        if other[0] in ("shift", "alternate", "growing") and other[1] % 26 != first:
            continue
        if other[0] == "reverse_shift" and other[1] % 26 != last:
            continue
        if apply_rule(other, plain) != shown:
            continue
        if decode:
            if _invert(other, target) != want:
                return False
        elif apply_rule(other, question) != want:
            return False
    return True


# -- family --------------------------------------------------------------------------


@family(
    "deduction.coding", version=3,
    solver=coding_solver.solve,
    summary="Letter and number codes: find the rule from one example and apply it",
    formats=("choice", "numeric"),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """No parameters beyond difficulty, format and n_options (3 to 8)."""


@functools.cache
def _word_pool(length_range: tuple[int, int]) -> tuple[str, ...]:
    """The code words whose length is in ``length_range`` (one of :data:`LENGTHS`)."""
    lo, hi = length_range
    return tuple(w for w in CODE_WORDS if lo <= len(w) <= hi)


def _words(length_range: tuple[int, int], rng: np.random.Generator) -> tuple[str, str]:
    pool = _word_pool(length_range)
    i, j = (int(x) for x in rng.choice(len(pool), size=2, replace=False))
    return pool[i], pool[j]


def generate(params: Params, rng: np.random.Generator) -> Draft:
    pool = _pool(params.difficulty)
    for _ in range(100):
        rule = pool[int(rng.integers(len(pool)))]
        plain, other = _words(LENGTHS[params.difficulty], rng)
        decode = (
            params.difficulty == "hard"
            and rule[0] not in NUMERIC_KINDS
            and bool(rng.random() < 0.35)
        )
        if rule[0] == "swap_ends" and (plain[0] == plain[-1] or other[0] == other[-1]):
            continue
        if apply_rule(rule, plain) == plain:
            continue  # the example would show no change
        if _pins_down(rule, plain, other, decode):
            break
    shown = apply_rule(rule, plain)
    if decode:
        asked, answer = apply_rule(rule, other), other
    else:
        asked, answer = other, apply_rule(rule, other)
    data = {
        "example": {"plain": plain, "coded": shown},
        "question": {"direction": "decode" if decode else "encode", "word": asked},
        "rule": {"kind": rule[0], "k": rule[1]},
    }
    score = KINDS[rule[0]].weight + abs(rule[1]) / 10 + len(other) / 10 + (1.0 if decode else 0.0)
    return Draft(data=data, answer=answer, score=score, spec={"rule": rule, "plain": other})


# -- distractors -----------------------------------------------------------------------


def _near_misses(rule: Rule, data: dict[str, Any], answer: str) -> list[str]:
    """Wrong answers a candidate could reach, most tempting first."""
    kind, k = rule
    q = data["question"]["word"]
    decode = data["question"]["direction"] == "decode"
    out: list[str] = []

    def add(text: str | None) -> None:
        if text and text != answer and text not in out:
            out.append(text)

    if kind in NUMERIC_KINDS:
        if kind == "letter_sum":
            total = int(answer)
            for d in (1, -1, 2, -2, 10, -10, 3):
                add(str(total + d))
            return out
        nums = [int(x) for x in answer.split("-")]
        add("-".join(str(x + 1) for x in nums))
        add("-".join(str(x - 1) for x in nums))
        add("-".join(str(x) for x in reversed(nums)))
        add(apply_rule(("numbers_back", 0), q) if kind == "numbers" else apply_rule(("numbers", 0), q))
        add("-".join(str(x + 2) for x in nums))
        for i in range(len(nums)):
            changed = list(nums)
            changed[i] += 1
            add("-".join(str(x) for x in changed))
        return out
    for alt in KINDS[kind].near(k):
        if _normal(alt)[0] == "identity" or (alt[0] in ("alternate", "growing") and alt[1] == 0):
            continue
        add(_invert(alt, q) if decode else apply_rule(alt, q))
    # One letter slipped by a place: the careless-counting error.
    for i in range(len(answer)):
        for d in (1, -1):
            add(answer[:i] + _shift_letter(answer[i], d) + answer[i + 1:])
    return out


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    ex = data["example"]
    q = data["question"]
    numeric_code = draft.spec["rule"][0] in NUMERIC_KINDS
    if q["direction"] == "decode":
        prompt = (
            f"In a certain code, {ex['coded']} stands for {ex['plain']}. "
            f"In the same code, what does {q['word']} stand for?"
        )
    else:
        verb = "written as" if numeric_code else "written"
        opener = rng.choice(["If", "In a certain code, if"])
        prompt = (
            f"{opener} {ex['plain']} is {verb} {ex['coded']}, how is {q['word']} written "
            f"in the same code?"
        )
    if params.format == "numeric":
        if numeric_code and "-" in draft.answer:
            prompt += " Write the numbers separated by hyphens, as in the example."
        return Wording(prompt, [])
    if q["direction"] == "decode":
        # The key is a real word, so every option is one: words of the same length,
        # those sharing the most letters in place with the key first.
        answer = draft.answer
        same = [
            w
            for w in CODE_WORDS
            if len(w) == len(answer) and w not in (answer, data["example"]["plain"])
        ]
        order = [int(i) for i in rng.permutation(len(same))]
        misses = sorted(
            (same[i] for i in order),
            key=lambda w: -sum(a == b for a, b in zip(w, answer)),
        )
    else:
        misses = _near_misses(draft.spec["rule"], data, draft.answer)
    return Wording(prompt, key_among(rng, draft.answer, misses, params.n_options))


def _moves(src: str, dst: str, amounts: list[int]) -> str:
    return ", ".join(f"{a}→{b} ({_signed(d)})" for a, b, d in zip(src, dst, amounts))


def _amounts(rule: Rule, length: int) -> list[int]:
    kind, k = rule
    if kind == "alternate":
        return [k if i % 2 == 0 else -k for i in range(length)]
    if kind == "growing":
        return [k * (i + 1) for i in range(length)]
    return [k] * length


def _numbers_text(rule: Rule, word: str) -> str:
    kind, k = rule
    pos = [ABC.index(c) + 1 for c in word]
    listed = ", ".join(f"{c}={n}" for c, n in zip(word, pos))
    if kind == "letter_sum":
        return f"{listed}; {' + '.join(str(n) for n in pos)} = {sum(pos)}"
    if kind == "numbers_back":
        return ", ".join(f"{c}={27 - n}" for c, n in zip(word, pos)) + " (counting from Z)"
    if k:
        sign = "+" if k > 0 else "−"
        return f"{listed}; each {sign} {abs(k)} gives " + "-".join(str(n + k) for n in pos)
    return listed


#: Per way of working (``Kind.working``): how the solution reads the example and how it
#: applies the rule to the question word. Fields: ``w`` the word, ``r`` it backwards,
#: ``x`` each letter's change, ``sw`` and ``sc`` the word and its code letter by letter.
READ = {
    "moves": "Letter by letter: {x}.",
    "reversed": "Written backwards, {w} is {r}. Then letter by letter: {x}.",
    "numbers": "In {w}: {x}.",
    "letters": "Letter by letter: {x}.",
    "order": "The same letters appear in a new order: {sw} → {sc}.",
}
APPLY = {
    "reversed": "Apply it to {w}: backwards it is {r}; then {x}.",
    "order": "Apply it to {w}: the letters {sw} become {sc}.",
}


def _working(template: str, rule: Rule, word: str, coded: str) -> str:
    """``template`` filled in for ``word`` coded as ``coded`` under ``rule``."""
    working = KINDS[rule[0]].working
    src = word[::-1] if working == "reversed" else word
    if working in ("moves", "reversed"):
        change = _moves(src, coded, _amounts(rule, len(src)))
    elif working == "numbers":
        change = _numbers_text(rule, word)
    else:
        change = ", ".join(f"{a}→{b}" for a, b in zip(word, coded))
    return template.format(w=word, r=src, x=change, sw=" ".join(word), sc=" ".join(coded))


def explain(draft: Draft) -> str:
    rule: Rule = draft.spec["rule"]
    working = KINDS[rule[0]].working
    ex, q = draft.data["example"], draft.data["question"]
    word, answer = q["word"], draft.answer
    steps = [f"Compare {ex['plain']} with {ex['coded']}.",
             _working(READ[working], rule, ex["plain"], ex["coded"]), f"The rule: {describe(rule)}."]
    if q["direction"] == "decode":
        steps.append(
            f"To decode {word}, undo the rule step by step; this gives {answer}. "
            f"Check: coding {answer} gives {apply_rule(rule, answer)}."
        )
    else:
        apply = APPLY.get(working, "Apply it to {w}: {x}.")
        steps += [_working(apply, rule, word, answer), f"So {word} is written {answer}."]
    return " ".join(steps)


def _signed(k: int) -> str:
    """``k`` places as the candidate sees it (+3 or −2)."""
    return f"+{k}" if k > 0 else f"−{-k}" if k < 0 else "0"


def describe(rule: Rule) -> str:
    """The rule in words."""
    kind, k = rule
    return KINDS[kind].text.format(
        places=f"{abs(k)} place{'s' if abs(k) != 1 else ''}", way="forward" if k > 0 else "back",
        offset=f" plus {k}" if k > 0 else f" minus {-k}" if k < 0 else "")


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "shift": (
        "Line up each letter with its code letter and count the places moved; one fixed "
        "shift is the code."
    ),
    "reverse": (
        "Read the code backwards: it is the word spelled from the last letter to the "
        "first."
    ),
    "reverse_shift": (
        "Reverse the word first, then check whether every letter moved the same number of"
        " places."
    ),
    "swap_pairs": (
        "Look at the letters two at a time: the 1st and 2nd change places, the 3rd and "
        "4th, and so on."
    ),
    "swap_ends": (
        "Only the first and last letters change places; the middle stays as it is."
    ),
    "mirror": (
        "Mirror letters pair up A–Z, B–Y, C–X: their alphabet positions add up to 27."
    ),
    "vowel_consonant": (
        "Vowels and consonants move separately: each vowel becomes the next vowel, each "
        "consonant the next consonant."
    ),
    "alternate": (
        "Check the letters in odd places and in even places separately: they move by the "
        "same amount in opposite directions."
    ),
    "growing": (
        "Count each letter's shift: it grows along the word (k, 2k, 3k, ...)."
    ),
    "numbers": (
        "Write each letter's alphabet position (A = 1 ... Z = 26) and see what is added "
        "to it."
    ),
    "numbers_back": (
        "Number the alphabet from the end: Z = 1, Y = 2, ... A = 26 (27 minus the usual "
        "position)."
    ),
    "letter_sum": (
        "Add the letters' alphabet positions (A = 1 ... Z = 26): the code is the total."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data["rule"]["kind"]


EFFORT = coding_solver.effort
BANDS = {"easy": (1.0, 2.4), "medium": (1.5, 3.5), "hard": (2.4, 6.0)}
