"""Reading answers: numbers in any equal form, option texts, letters.

Used by :meth:`logicgen.Item.check` and by verification (options must be
distinct after normalisation, so ``0.50`` and ``1/2`` count as the same option).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from fractions import Fraction

__all__ = ["LETTERS", "letter_index", "normalise_text", "parse_number", "same_answer"]

LETTERS = "ABCDEFGH"

_NUMBER = re.compile(
    r"""^(?P<sign>[-+]?)
        (?:
            (?P<whole>\d+)\s+(?P<mnum>\d+)/(?P<mden>\d+)        # mixed number 1 1/2
          | (?P<num>\d+(?:\.\d*)?|\.\d+)(?:/(?P<den>\d+(?:\.\d*)?|\.\d+))?  # 3/8, 0.375, .375
        )
        (?P<pct>%?)$""",
    re.VERBOSE,
)
_CURRENCY = "$£€¥"


@lru_cache(maxsize=8192)  # verification parses every option; most texts repeat
def parse_number(text: str) -> Fraction | None:
    """The exact value of ``text``, or ``None`` when it is not a number.

    Accepts integers, decimals (``.375``), fractions (``3/8``), mixed numbers
    (``1 1/2``), percentages (``37.5%``), thousands separators, a Unicode minus
    sign and a leading currency symbol.

    >>> from fractions import Fraction
    >>> parse_number("3/8") == parse_number("0.375") == parse_number("37.5%") == Fraction(3, 8)
    True
    >>> parse_number("−1,200"), parse_number("$2.50"), parse_number("B")
    (Fraction(-1200, 1), Fraction(5, 2), None)
    """
    from fractions import Fraction

    try:  # fast path: most answers and options are plain integers
        return Fraction(int(text))
    except (TypeError, ValueError):
        pass
    s = unicodedata.normalize("NFKC", str(text)).strip()
    s = s.replace("\u2212", "-").replace("\u2044", "/").replace(",", "").replace(" %", "%")
    if s and s[0] in _CURRENCY:
        s = s[1:]
    elif len(s) > 1 and s[0] in "+-" and s[1] in _CURRENCY:
        s = s[0] + s[2:]
    s = re.sub(r"\s*/\s*", "/", s)
    m = _NUMBER.match(s)
    if not m:
        return None
    try:
        return _value(m)
    except ValueError:  # e.g. more digits than int() accepts
        return None


def _decimal(text: str) -> Fraction:
    # "12.5", "12.", ".5" or "12" exactly, without Fraction's own (slower) text parser
    from fractions import Fraction

    whole, _, part = text.partition(".")
    return Fraction(int(whole + part) if whole or part else 0, 10 ** len(part))


def _value(m: re.Match[str]) -> Fraction | None:
    from fractions import Fraction

    value: Fraction
    if m.group("whole") is not None:
        den = int(m.group("mden"))
        if den == 0:
            return None
        value = int(m.group("whole")) + Fraction(int(m.group("mnum")), den)
    else:
        value = _decimal(m.group("num"))
        if m.group("den") is not None:
            divisor = _decimal(m.group("den"))
            if divisor == 0:
                return None
            value /= divisor
    if m.group("pct"):
        value /= 100
    return -value if m.group("sign") == "-" else value


@lru_cache(maxsize=8192)
def normalise_text(text: str) -> str:
    """Case-folded text with spacing and punctuation variants removed, for comparing options."""
    s = unicodedata.normalize("NFKC", str(text)).casefold().strip()
    s = s.replace("\u2212", "-")
    s = re.sub(r"\s+", " ", s)
    return s.rstrip(".")


def same_answer(a: str, b: str) -> bool:
    """True when two answer texts mean the same: equal numbers or equal normalised text.

    >>> same_answer("0.50", "1/2"), same_answer("Uncertain", "uncertain."), same_answer("2", "3")
    (True, True, False)
    """
    x, y = parse_number(a), parse_number(b)
    if x is not None and y is not None:
        return x == y
    return normalise_text(a) == normalise_text(b)


def letter_index(text: str, n_choices: int) -> int | None:
    """The option index for a response such as ``B``, ``b)``, ``(b)`` or ``option B``."""
    s = normalise_text(text)
    s = re.sub(r"^(option|answer)\s+", "", s)
    m = re.fullmatch(r"\(?([a-h])[\).:]?", s)
    if not m:
        return None
    index = "abcdefgh".index(m.group(1))
    return index if index < n_choices else None
