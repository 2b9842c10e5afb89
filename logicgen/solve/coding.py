"""Letter-code solver: try every rule of a fixed library against the example.

The library: shifts by 1..25; reversal, alone or followed by a shift; swapping
neighbouring pairs; swapping the end letters; the mirror alphabet (A↔Z);
vowel-to-next-vowel with consonant-to-next-consonant; alternating shifts
(+k, −k, ...) for k = ±1..±12; growing shifts (i-th letter by i·k) for
k = ±1..±3; letters to alphabet positions with offsets −1..3, positions counted
from Z, and the sum of positions.

Beyond that core library, two-step *rival* codes a candidate may equally well
read into an example: swapping the end letters or neighbouring pairs and then
shifting; shifts that change by a constant (the i-th letter by a + i·b, for
a = −12..12 and b = ±1..±3); and the sum of positions counted from Z. A rival
counts only when it is no more complex than the simplest rule that fits the
example (one-step rules are simpler than two-step ones): "reverse, then −2"
and "swap the ends, then −2" both fit MOON → LMMK, but a rival never unseats
a plain shift on an example such as RIVER whose end letters are the same.

Every rule that turns ``data["example"]["plain"]`` into ``...["coded"]`` is kept;
each kept rule is applied to the question word (``encode``) or undone on it
(``decode``, with the rule's inverse, checked by coding the result again). The solver returns every distinct result, so an
example that fits two rules giving different answers yields two answers and the
item fails verification.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["consistent", "level", "rivals", "rules", "solve"]

Code = Callable[[str], str]


def _letters(word: str) -> list[int]:
    return [ord(c) - ord("A") for c in word.upper()]


def _word(nums: list[int]) -> str:
    return "".join(chr(ord("A") + (x % 26)) for x in nums)


def _shift_by(amounts: Callable[[int], int]) -> Code:
    return lambda w: _word([x + amounts(i) for i, x in enumerate(_letters(w))])


def _pairs(w: str) -> str:
    out = ""
    i = 0
    while i < len(w):
        out += w[i + 1] + w[i] if i + 1 < len(w) else w[i]
        i += 2
    return out


def _ends(w: str) -> str:
    return w if len(w) < 2 else w[-1] + w[1:-1] + w[0]


_V = "AEIOU"
_C = [chr(c) for c in range(ord("A"), ord("Z") + 1) if chr(c) not in _V]


def _vowel_step(step: int) -> Code:
    def code(w: str) -> str:
        out = []
        for ch in w:
            group = _V if ch in _V else _C
            out.append(group[(list(group).index(ch) + step) % len(group)])
        return "".join(out)

    return code


def _constant_shift(k: int) -> Code:
    """A shift by the same k everywhere, as a translation table (fast)."""
    upper = "".join(chr(ord("A") + i) for i in range(26))
    table = str.maketrans(upper, upper[k % 26:] + upper[: k % 26])
    return lambda w: w.translate(table)


def _then_reverse(code: Code, first: bool = False) -> Code:
    """``code`` applied after (``first``) or before reversing the word."""
    if first:
        return lambda w: code(w[::-1])
    return lambda w: code(w)[::-1]


def _alternate(k: int) -> Code:
    return _shift_by(lambda i: k if i % 2 == 0 else -k)


def _growing(k: int) -> Code:
    return _shift_by(lambda i: k * (i + 1))


def _numbers(k: int) -> Code:
    return lambda w: "-".join(str(x + 1 + k) for x in _letters(w))


def rules() -> list[tuple[str, Code, Code | None]]:
    """(name, encode, decode or None) for every rule of the library."""
    lib: list[tuple[str, Code, Code | None]] = []
    for k in range(1, 26):
        lib.append((f"shift {k}", _constant_shift(k), _constant_shift(-k)))
    backwards: Code = lambda w: w[::-1]
    lib.append(("reverse", backwards, backwards))
    for k in range(1, 26):
        enc = _constant_shift(k)
        dec = _constant_shift(-k)
        lib.append((f"reverse then shift {k}", _then_reverse(enc, first=True), _then_reverse(dec)))
    lib.append(("swap pairs", _pairs, _pairs))
    lib.append(("swap ends", _ends, _ends))
    mirror: Code = lambda w: _word([25 - x for x in _letters(w)])
    lib.append(("mirror", mirror, mirror))
    lib.append(("vowel/consonant", _vowel_step(1), _vowel_step(-1)))
    for k in list(range(-12, 0)) + list(range(1, 13)):
        lib.append((f"alternate {k}", _alternate(k), _alternate(-k)))
    for k in (-3, -2, -1, 1, 2, 3):
        lib.append((f"growing {k}", _growing(k), _growing(-k)))
    for k in range(-1, 4):
        lib.append((f"numbers {k}", _numbers(k), None))
    lib.append(("numbers from Z", lambda w: "-".join(str(26 - x) for x in _letters(w)), None))
    lib.append(("letter sum", lambda w: str(sum(x + 1 for x in _letters(w))), None))
    return lib


def rivals() -> list[tuple[str, Code, Code | None]]:
    """(name, encode, decode or None) for the rival codes outside the core library."""
    lib: list[tuple[str, Code, Code | None]] = []
    for k in range(1, 26):
        enc, dec = _constant_shift(k), _constant_shift(-k)
        lib.append((f"swap ends then shift {k}", lambda w, e=enc: e(_ends(w)),
                    lambda w, d=dec: _ends(d(w))))
        lib.append((f"swap pairs then shift {k}", lambda w, e=enc: e(_pairs(w)),
                    lambda w, d=dec: _pairs(d(w))))
    for a in range(-12, 13):
        for b in (-3, -2, -1, 1, 2, 3):
            lib.append((f"steps {a} {b}", _shift_by(lambda i, a=a, b=b: a + b * i),
                        _shift_by(lambda i, a=a, b=b: -(a + b * i))))
    lib.append(("letter sum from Z", lambda w: str(sum(26 - x for x in _letters(w))), None))
    return lib


def level(name: str) -> int:
    """How complex a rule is: 2 for a reordering followed by a shift and for shifts that
    change from letter to letter, 1 for every other (one-step) rule."""
    two = " then " in name or name.startswith(("alternate", "growing", "steps"))
    return 2 if two else 1


_RULES = rules()
_RIVALS = rivals()


# Rules that code each letter where it stands (no reordering) can be ruled out on the
# first letter alone, which keeps the scan fast; the full word is still compared.
_LETTERWISE = {
    name for name, _, _ in _RULES + _RIVALS
    if name.split()[0] in ("shift", "alternate", "growing", "mirror", "steps")
}

_AZ = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _anchor(name: str) -> tuple[int, int] | None:
    """(i, k) when a rule's coded word starts with letter ``i`` of the word (0 the
    first, -1 the last, 1 the second) moved k places (0 <= k < 26); None for the
    rules not read this way (mirror, vowel/consonant, numbers).

    >>> _anchor("reverse then shift 3"), _anchor("steps -2 1"), _anchor("swap pairs")
    ((-1, 3), (0, 24), (1, 0))
    """
    words = name.split()
    if words[0] in ("shift", "alternate", "growing", "steps"):
        return 0, int(words[1]) % 26
    k = int(words[-1]) % 26 if words[-1].lstrip("-").isdigit() else 0
    if words[0] == "reverse" or name.startswith("swap ends"):
        return -1, k
    if name.startswith("swap pairs"):
        return 1, k
    return None


class _Scan:
    """A library indexed for :func:`_fitting`: the rules that must be tried in full on
    any example (by whether they code to letters or to numbers) and, for the others,
    their rule numbers under the letter and shift their coded word starts with."""

    def __init__(self, library: list[tuple[str, Code, Code | None]]) -> None:
        self.library = library
        self.numeric: list[int] = []
        self.other: list[int] = []
        self.anchored: dict[tuple[int, int], list[int]] = {}
        for n, (name, _, _) in enumerate(library):
            anchor = _anchor(name)
            if name.startswith(("numbers", "letter sum")):
                self.numeric.append(n)
            elif anchor is None:
                self.other.append(n)
            else:
                self.anchored.setdefault(anchor, []).append(n)

    def candidates(self, plain: str, coded: str) -> list[int] | None:
        """The numbers of the rules that may code ``plain`` as ``coded``, in library
        order (every other rule codes its first letter differently), or None when the
        words are not plain capitals, where the index does not apply."""
        if not plain or not coded or not _AZ.issuperset(plain):
            return None
        if not coded.isalpha():
            return self.numeric
        if coded[0] not in _AZ:
            return None
        first = ord(coded[0])
        second = plain[1] if len(plain) > 1 else plain[0]
        found = list(self.other)
        for i, letter in ((0, plain[0]), (-1, plain[-1]), (1, second)):
            found += self.anchored.get((i, (first - ord(letter)) % 26), ())
        return sorted(found)


_SCANS = {id(_RULES): _Scan(_RULES), id(_RIVALS): _Scan(_RIVALS)}


def consistent(plain: str, coded: str) -> list[tuple[str, Code, Code | None]]:
    """The rules that code ``plain`` as ``coded``: every core rule that does, and every
    rival that does and is no more complex than the simplest core rule that does."""
    core = _fitting(_RULES, plain, coded)
    if not core:
        return core
    simplest = min(level(name) for name, _, _ in core)
    return core + [r for r in _fitting(_RIVALS, plain, coded) if level(r[0]) <= simplest]


def _fitting(library: list[tuple[str, Code, Code | None]], plain: str, coded: str
             ) -> list[tuple[str, Code, Code | None]]:
    scan = _SCANS.get(id(library))
    if scan is not None and scan.library is library:
        numbers = scan.candidates(plain, coded)
        if numbers is not None:
            return [library[n] for n in numbers if library[n][1](plain) == coded]
    return _fitting_all(library, plain, coded)


def _fitting_all(library: list[tuple[str, Code, Code | None]], plain: str, coded: str
                 ) -> list[tuple[str, Code, Code | None]]:
    """:func:`_fitting` rule by rule over the whole library (any words)."""
    letters = coded.isalpha()
    out = []
    for rule in library:
        name, enc, _ = rule
        numeric = name.startswith(("numbers", "letter sum"))
        if numeric == letters:
            continue
        if name in _LETTERWISE and enc(plain[:1]) != coded[:1]:
            continue
        if enc(plain) == coded:
            out.append(rule)
    return out


@functools.lru_cache(maxsize=256)
def _consistent_seen(plain: str, coded: str) -> tuple[tuple[str, Code, Code | None], ...]:
    """:func:`consistent`, remembered: :func:`effort` reads the rules that
    :func:`solve` found for the same example without scanning the library again."""
    return tuple(consistent(plain, coded))


def _norm(text: str) -> str:
    return "".join(str(text).split()).upper().rstrip(".")


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Every distinct answer the rules consistent with the example give."""
    plain = str(data["example"]["plain"]).upper()
    coded = str(data["example"]["coded"]).upper()
    word = str(data["question"]["word"]).upper()
    decode = data["question"]["direction"] == "decode"
    answers: list[str] = []
    for _, enc, dec in _consistent_seen(plain, coded):
        if decode:
            if dec is None:
                continue
            result = dec(word)
            if enc(result) != word:
                continue
        else:
            result = enc(word)
        if result not in answers:
            answers.append(result)
    if not choices:
        return answers
    wanted = {_norm(a) for a in answers}
    return [c for c in choices if _norm(c) in wanted]


#: the kinds of rule in the order a solver tries them, simplest first (the first
#: word of a library name, or the whole name where two kinds share it)
TRY_ORDER = ("shift", "reverse", "swap ends", "swap pairs", "numbers", "mirror",
             "letter sum", "numbers from Z", "reverse then shift", "vowel/consonant",
             "alternate", "growing", "swap ends then shift", "swap pairs then shift",
             "steps", "letter sum from Z")


def _kind_and_step(name: str) -> tuple[str, int]:
    """(kind as in :data:`TRY_ORDER`, the rule's number or 0) of a library name."""
    words = name.split()
    if words[-1].lstrip("-").isdigit() and words[0] != "steps":
        return " ".join(words[:-1]), int(words[-1])
    if words[0] == "steps":
        return "steps", int(words[1])
    return name, 0


def effort(data: Mapping[str, Any]) -> float:
    """The solver's work on a ``deduction.coding`` item.

    Finding the rule: 1, plus 0.2 for each kind of rule in :data:`TRY_ORDER`
    tried and rejected on the example before the first kind that fits. Applying
    it: 0.1 a letter of the question word, plus 0.1 a place of alphabet counted
    for a shift (``min(k, 26 − k)``: a shift of 23 is counted 3 back; for
    alternating and growing shifts the largest step), and 0.1 a letter more
    when numbers start from an offset (A = 3: each position is added to). Undoing a rule to decode
    costs 1 more.

    "NIGHT" → "JECDP" is a shift of 22, the first kind tried (none rejected),
    counted 4 back: 1 + 0.1 × 4 letters of FARM + 0.1 × 4 = 1.8.

    >>> effort({"example": {"plain": "NIGHT", "coded": "JECDP"},
    ...         "question": {"direction": "encode", "word": "FARM"}})
    1.8
    """
    plain = str(data["example"]["plain"]).upper()
    coded = str(data["example"]["coded"]).upper()
    word = str(data["question"]["word"]).upper()
    found = [_kind_and_step(name) for name, _, _ in _consistent_seen(plain, coded)]
    if not found:
        return 1.0
    kind, step = min(found, key=lambda f: TRY_ORDER.index(f[0]))
    rejected = TRY_ORDER.index(kind)
    reach = step % 26 if kind in ("shift", "reverse then shift") else abs(step)
    if kind == "growing":
        reach = abs(step) * (len(word) - 1)
    counted = min(reach, 26 - reach) if kind != "numbers" else 0
    offset = 0.1 * len(word) if kind == "numbers" and step else 0.0
    work = 1.0 + 0.2 * rejected + 0.1 * len(word) + 0.1 * counted + offset
    return round(work + (1.0 if data["question"]["direction"] == "decode" else 0.0), 3)
