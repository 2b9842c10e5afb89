"""Attention to detail: are two records exactly alike?

"How many of these pairs are exactly alike?" over names, numbers, codes,
addresses, phone numbers, dates, e-mail addresses and money amounts copied from
one column to another; or "Which option is exactly the same as the record?"
among near copies.

Kinds (``data["kind"]``):

* ``count_alike``: 4–5 pairs of records, some copied exactly and the others
  with one slip each; the key is the number of exact pairs;
* ``find_copy`` (choice items only): a record and as many candidates as there are
  options, one an exact copy and each of the others with one slip.

The slips are the ones clerks make: a changed letter or digit, a dropped or
doubled character, two neighbouring characters swapped, and at ``hard`` the
look-alikes (O for 0, 5 for S, 8 for B, rn for m, c for e, a comma for a
point). No slip changes only the case or the spacing, so every difference can be
seen in print.

Difficulty: ``easy`` has 4 pairs of short records (names, six-digit numbers,
short codes) and slips that change a character; ``medium`` 5 pairs of
addresses, phone numbers, codes and dates, with swapped and doubled characters
too; ``hard`` 5 pairs of longer records (e-mail addresses, addresses with a flat
number, amounts, long codes) and the look-alike slips.

``score`` is the solver's measured effort (:func:`logicgen.solve.copies.effort`):
the characters it reads, 20 to a unit, walking each pair to its first
difference (an exact pair is read in full, a slipped one only up to the slip),
plus 0.5 a look-alike slip; for ``find_copy`` the record read against the copy
in full and against the other options half way, plus 0.1 a place where a
look-alike can hide. Bands kept per level: easy 0.5–4.5, medium 2.5–8.5, hard
3.5–16, so an easy item with the reading of a medium one is drawn again. Hard
is harder by exact copies of longer records to read in full and by look-alike
slips, not by more pairs.

The solver (:mod:`logicgen.solve.copies`) compares records character by
character and knows nothing of the slips.

>>> import logicgen
>>> item = logicgen.generate("attention.compare", count=1, seed=3, difficulty="easy")[0]
>>> print(item.prompt)
How many of these pairs are exactly alike?
<BLANKLINE>
1. W9-G0WT | G9-G0WT
2. EV-5JZR | EV-5JZT
3. EE-CKPT | EE-CKT
4. YR-KKMT | YR-MKMT
>>> item.answer, item.score
('0', 1.8)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from logicgen.answers import normalise_text, parse_number
from logicgen.data import FIRST_NAMES
from logicgen.data.attention_words import DOMAINS, STREET_TYPES, STREETS, SURNAMES
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import KindParams, family
from logicgen.solve.copies import effort, solve_copies

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "Params", "generate", "render"]

KINDS = ("count_alike", "find_copy")
PAIRS = {"easy": 4, "medium": 5, "hard": 5}
CODE_LETTERS = "ABCDEFGHJKMNPQRTUVWXYZ"  # no I, L, O, S: those are look-alike slips
DIGITS = "0123456789"
#: look-alike characters a careless copy swaps, each one way (hard only)
LOOKALIKE = (("0", "O"), ("O", "0"), ("5", "S"), ("S", "5"), ("8", "B"), ("B", "8"),
             ("rn", "m"), ("m", "rn"), ("e", "c"), ("c", "e"), (",", "."), (".", ","))


@family("attention.compare", version=3, solver=solve_copies,
        summary="Attention to detail: count exact pairs of records, or find the exact copy")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: ``count_alike``, ``find_copy`` (options only), or ``mixed`` (default)."""

    KINDS = KINDS
    CHOICE_ONLY = ("find_copy",)


# -- records -----------------------------------------------------------------------------


def _code(draw: Draw, groups: tuple[int, ...]) -> str:
    pool = CODE_LETTERS + DIGITS
    return "-".join("".join(draw.pick(pool) for _ in range(n)) for n in groups)


def _digits(draw: Draw, n: int) -> str:
    return str(draw.between(1, 9)) + "".join(draw.pick(DIGITS) for _ in range(n - 1))


def _address(draw: Draw) -> str:
    return f"{draw.between(12, 9899)} {draw.pick(STREETS)} {draw.pick(STREET_TYPES)}"


RECORDS: dict[str, tuple[Callable[[Draw], str], ...]] = {
    "easy": (
        lambda d: f"{d.pick(FIRST_NAMES)} {d.pick(SURNAMES)}",
        lambda d: _digits(d, 6),
        lambda d: _code(d, (2, 4)),
    ),
    "medium": (
        _address,
        lambda d: f"({_digits(d, 3)}) 555-{''.join(d.pick(DIGITS) for _ in range(4))}",
        lambda d: _code(d, (3, 4, 2)),
        lambda d: f"{d.between(10, 28)}/{d.between(1, 12):02d}/{d.between(2024, 2031)}",
    ),
    "hard": (
        lambda d: (f"{d.pick(FIRST_NAMES)[0].lower()}.{d.pick(SURNAMES).lower()}"
                   f"@{d.pick(DOMAINS)}"),
        lambda d: f"{_address(d)}, Apt {d.between(1, 40)}{d.pick('ABCDEF')}",
        lambda d: f"${d.between(10, 99)},{d.between(100, 999)}.{d.between(10, 99)}",
        lambda d: _code(d, (3, 4, 4)),
    ),
}

# -- slips -------------------------------------------------------------------------------


def _change(draw: Draw, s: str) -> tuple[str, str]:
    spots = [i for i, ch in enumerate(s) if ch.isalnum()]
    i = draw.pick(spots)
    new = draw.pick(_others(s[i]))
    return s[:i] + new + s[i + 1:], f"{s[i]!r} became {new!r}"


@functools.lru_cache(maxsize=256)
def _others(ch: str) -> tuple[str, ...]:
    """The characters a slip may write for ``ch``: the others of its kind."""
    pool = DIGITS if ch.isdigit() else (CODE_LETTERS if ch.isupper() else
                                        "abcdefghknprstuvwxyz")
    return tuple(c for c in pool if c != ch)


def _drop(draw: Draw, s: str) -> tuple[str, str] | None:
    spots = [i for i, ch in enumerate(s) if ch.isalnum() and (i == 0 or s[i - 1] != ch)]
    i = draw.pick(spots)
    return s[:i] + s[i + 1:], f"{s[i]!r} was left out"


def _double(draw: Draw, s: str) -> tuple[str, str] | None:
    i = draw.pick([i for i, ch in enumerate(s) if ch.isalnum()])
    return s[:i + 1] + s[i:], f"{s[i]!r} was written twice"


def _swap(draw: Draw, s: str) -> tuple[str, str] | None:
    spots = [i for i in range(len(s) - 1)
             if s[i].isalnum() and s[i + 1].isalnum() and s[i] != s[i + 1]]
    if not spots:
        return None
    i = draw.pick(spots)
    return (s[:i] + s[i + 1] + s[i] + s[i + 2:],
            f"{s[i:i + 2]!r} became {s[i + 1] + s[i]!r} (swapped)")


def _lookalike(draw: Draw, s: str) -> tuple[str, str] | None:
    found = [(old, new) for old, new in LOOKALIKE if old in s]
    if not found:
        return None
    old, new = draw.pick(found)
    spots = [i for i in range(len(s)) if s.startswith(old, i)]
    i = draw.pick(spots)
    return s[:i] + new + s[i + len(old):], f"{old!r} became the look-alike {new!r}"


SLIPS: dict[str, tuple[Callable[[Draw, str], tuple[str, str] | None], ...]] = {
    "easy": (_change, _drop),
    "medium": (_change, _drop, _swap, _double),
    "hard": (_swap, _lookalike, _lookalike, _change, _drop),
}


def _slip(draw: Draw, s: str, level: str) -> tuple[str, str]:
    """``s`` with one slip of the level's kinds, and what the slip was."""
    for _ in range(50):
        out = draw.pick(SLIPS[level])(draw, s)
        if out is not None and out[0] != s and normalise_text(out[0]) != normalise_text(s):
            return out
    return _change(draw, s)  # always changes a character


# -- kinds ------------------------------------------------------------------------------


def _count_alike(draw: Draw, level: str, n_options: int, choice: bool) -> Draft:
    n = max(PAIRS[level], n_options - 1) if choice else PAIRS[level]
    if choice:  # the key's place among the counts 0..n shown in order is drawn evenly
        where = draw.below(n_options)
        alike = draw.between(where, n - (n_options - 1 - where))
        first = alike - where
    else:
        alike, first = draw.between(0, n), 0
    make = draw.pick(RECORDS[level])
    same = set(draw.sample(range(n), alike))
    pairs, notes, looks = [], [], 0
    for i in range(n):
        left = make(draw)
        if i in same:
            pairs.append([left, left])
            notes.append(f"Pair {i + 1} is alike.")
        else:
            right, why = _slip(draw, left, level)
            looks += "look-alike" in why
            pairs.append([left, right])
            notes.append(f"Pair {i + 1} differs: {why}.")
    chars = sum(len(a) + len(b) for a, b in pairs)
    steps = Steps([*notes, f"{alike} of the {n} pairs are exactly alike."], numbered=False)
    data = {"kind": "count_alike", "pairs": pairs, "first": first}
    return Draft(data=data, answer=str(alike), score=round(chars / 20 + 0.5 * looks, 2),
                 steps=steps)


def _find_copy(draw: Draw, level: str, n_options: int) -> Draft:
    make = draw.pick(RECORDS[level])
    for _ in range(100):
        original = make(draw)
        variants, notes = [original], []
        keys = {_key(original)}  # the keys of the variants so far
        for _ in range(n_options * 10):
            text, why = _slip(draw, original, level)
            if _key(text) not in keys:
                variants.append(text)
                keys.add(_key(text))
                notes.append((text, why))
            if len(variants) == n_options:
                break
        if len(variants) == n_options:
            break
    looks = sum("look-alike" in why for _, why in notes)
    steps = Steps([*(f"{text}: {why}." for text, why in notes),
                   f"The exact copy is {original}."], numbered=False)
    data = {"kind": "find_copy", "original": original}
    return Draft(data=data, answer=original, score=round(len(original) * n_options / 20
                                                          + 0.5 * looks, 2),
                 spec=variants, steps=steps)


def _key(text: str) -> object:
    number = parse_number(text)
    return number if number is not None else normalise_text(text)


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    kind = params.kind
    if kind == "mixed":
        kind = "count_alike" if params.format == "numeric" or draw.chance(0.6) else "find_copy"
    if kind == "find_copy":
        return _find_copy(draw, params.difficulty, params.n_options)
    return _count_alike(draw, params.difficulty, params.n_options, params.format == "choice")


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    if data["kind"] == "find_copy":
        return Wording(f"Which option is exactly the same as this record?\n\n{data['original']}",
                       choices=Draw(rng).shuffled(draft.spec))
    lines = "\n".join(f"{i}. {a} | {b}" for i, (a, b) in enumerate(data["pairs"], 1))
    prompt = f"How many of these pairs are exactly alike?\n\n{lines}"
    if params.format == "numeric":
        return Wording(prompt, choices=[])
    first = data["first"]
    return Wording(prompt, choices=[str(first + k) for k in range(params.n_options)])


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "count_alike": (
        "Compare each pair in chunks of three or four characters, left to right; stop at "
        "the first difference and move on."
    ),
    "find_copy": (
        "Check the rows against the original one chunk at a time; drop a row at its first"
        " difference until one is left."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


EFFORT = effort
BANDS = {"easy": (0.5, 4.5), "medium": (2.5, 8.5), "hard": (3.5, 16.0)}
