"""The item: one practice question with its verified key, and its JSON form.

The JSON form is the stable schema ``logicgen.item/2``, described by the JSON
Schema file ``logicgen/item.schema.json`` shipped in the package. Every field of
it is text, a number, ``null`` or a list of text, the same for every family, so
any file of items is one table (pyarrow, Hugging Face ``datasets``, Parquet): the
structured instance ``data``, whose shape differs by family, is written as JSON
text (compact, sorted keys). The earlier ``logicgen.item/1`` wrote ``data`` as a
nested object; :meth:`Item.from_dict` reads both.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .answers import letter_index, normalise_text, parse_number, same_answer
from .errors import InvalidItem
from .timing import estimate

if TYPE_CHECKING:  # pragma: no cover
    from fractions import Fraction

__all__ = ["METHOD_PREFIX", "OLD_SCHEMAS", "SCHEMA", "TFU_CHOICES", "Item", "decode_data", "encode_data",
           "split_method"]

SCHEMA = "logicgen.item/2"
#: earlier schemas :meth:`Item.from_dict` still reads (``data`` as a nested object)
OLD_SCHEMAS = ("logicgen.item/1",)
TFU_CHOICES = ("True", "False", "Uncertain")
_TFU_SYNONYMS = {
    "t": "True", "true": "True", "yes": "True",
    "f": "False", "false": "False", "no": "False",
    "u": "Uncertain", "uncertain": "Uncertain", "cannot say": "Uncertain",
    "can't say": "Uncertain", "cannot tell": "Uncertain", "not certain": "Uncertain",
    "unknown": "Uncertain",
}
#: how an explanation's first line starts when it is the item's method line
METHOD_PREFIX = "Method: "
_FIELDS = (
    "code", "family", "difficulty", "score", "format", "prompt",
    "choices", "answer", "answer_index", "explanation", "data",
)


@dataclass(frozen=True)
class Item:
    """One generated question with its verified answer and worked explanation.

    Attributes:
        code: short text that regenerates exactly this item (:func:`logicgen.from_code`).
        family: registry name, e.g. ``sequence.number``.
        difficulty: ``easy``, ``medium`` or ``hard``.
        score: numeric difficulty estimate from the item's own features.
        format: ``choice``, ``tfu`` or ``numeric``.
        prompt: the question as a candidate reads it (plain Unicode text).
        choices: option texts (empty for ``numeric``).
        answer: the canonical answer text.
        answer_index: position of ``answer`` in ``choices`` (``None`` for ``numeric``).
        explanation: a worked solution, step by step.
        data: the structured instance, enough to re-solve the item without the generator.
    """

    code: str
    family: str
    difficulty: str
    score: float
    format: str
    prompt: str
    choices: tuple[str, ...]
    answer: str
    answer_index: int | None
    explanation: str
    data: dict[str, Any] = field(hash=False, compare=True)

    # -- grading -------------------------------------------------------------------

    def check(self, response: object) -> bool:
        """Grade a response; never raises.

        For items with options, a single letter (``B``, ``b)``, ``(b)``) always means
        an option position; otherwise the response may be the option text.
        True/false/uncertain items also take ``T``, ``F``, ``U`` and ``cannot say``.
        Numbers are compared by value: ``3/8``, ``0.375``, ``.375`` and ``37.5%``
        are all equal; a decimal with at least two decimal places is also accepted
        when it is the answer correctly rounded to that many places (``0.33`` for
        ``1/3``). Anything that is not an answer grades as wrong.

        >>> from logicgen import generate
        >>> item = generate("sequence.number", count=1, seed=1)[0]
        >>> item.check(item.answer), item.check("ABCDEFGH"[item.answer_index])
        (True, True)
        """
        try:
            return self._check(str(response))
        except Exception:  # noqa: BLE001 - grading must never crash a practice session
            return False

    def _check(self, response: str) -> bool:
        text = response.strip()
        if not text:
            return False
        if self.choices:
            index = letter_index(text, len(self.choices))
            if index is not None:
                return index == self.answer_index
            if self.format == "tfu":
                mapped = _TFU_SYNONYMS.get(normalise_text(text))
                if mapped is not None:
                    return mapped == self.answer
            matches = [i for i, c in enumerate(self.choices) if same_answer(text, c)]
            return matches == [self.answer_index]
        return _numeric_match(text, self.answer)

    # -- JSON ----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The item as a JSON-able dict in the ``logicgen.item/2`` schema.

        Every value is text, a number, ``None`` or a list of text; ``data`` is
        JSON text (see :func:`encode_data`). ``seconds`` is the estimated solving
        time (:attr:`seconds`), written for readers of the file; it is worked out
        from the other fields, so :meth:`from_dict` does not need it.

        >>> from logicgen import generate
        >>> row = generate("sequence.number", count=1, seed=1)[0].to_dict()
        >>> row["schema"], type(row["data"]).__name__
        ('logicgen.item/2', 'str')
        """
        return {
            "schema": SCHEMA,
            "code": self.code,
            "family": self.family,
            "difficulty": self.difficulty,
            "score": self.score,
            "format": self.format,
            "prompt": self.prompt,
            "choices": list(self.choices),
            "answer": self.answer,
            "answer_index": self.answer_index,
            "explanation": self.explanation,
            "data": encode_data(self.data),
            "seconds": self.seconds,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The item as canonical JSON text (sorted keys, UTF-8 characters kept)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=indent)

    @classmethod
    def from_dict(cls, obj: object) -> Item:
        """Rebuild an item from :meth:`to_dict` output; :class:`InvalidItem` if malformed.

        Reads both schemas; ``data`` may be JSON text (as written) or an object.
        """
        if not isinstance(obj, dict):
            raise InvalidItem(f"an item must be a JSON object (got {type(obj).__name__})")
        schema = obj.get("schema", SCHEMA)
        if schema != SCHEMA and schema not in OLD_SCHEMAS:
            raise InvalidItem(
                f"item schema must be {' or '.join(map(repr, (SCHEMA, *OLD_SCHEMAS)))} "
                f"(got {schema!r})"
            )
        missing = [k for k in _FIELDS if k not in obj]
        if missing:
            raise InvalidItem(f"item is missing the field(s) {', '.join(missing)}")
        expect: dict[str, type | tuple[type, ...]] = {
            "code": str, "family": str, "difficulty": str, "score": (int, float),
            "format": str, "prompt": str, "choices": list, "answer": str,
            "answer_index": (int, type(None)), "explanation": str,
            # JSON text as written; an object is taken as it is (e.g. a dict built in Python)
            "data": (str, dict),
        }
        for key, typ in expect.items():
            value = obj[key]
            if not isinstance(value, typ) or (isinstance(value, bool) and key != "data"):
                raise InvalidItem(
                    f"item field {key!r} has the wrong type (got {type(value).__name__})"
                )
        if not all(isinstance(c, str) for c in obj["choices"]):
            raise InvalidItem("item field 'choices' must be a list of strings")
        data = decode_data(obj["data"]) if isinstance(obj["data"], str) else obj["data"]
        return cls(
            code=obj["code"],
            family=obj["family"],
            difficulty=obj["difficulty"],
            score=float(obj["score"]),
            format=obj["format"],
            prompt=obj["prompt"],
            choices=tuple(obj["choices"]),
            answer=obj["answer"],
            answer_index=obj["answer_index"],
            explanation=obj["explanation"],
            data=data,
        )

    @classmethod
    def from_json(cls, text: str) -> Item:
        """Rebuild an item from :meth:`to_json` output."""
        import json

        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidItem(f"item is not valid JSON: {exc}") from None
        except RecursionError:
            raise InvalidItem("item nests JSON arrays or objects too deeply to read") from None
        return cls.from_dict(obj)

    @property
    def letter(self) -> str | None:
        """The option letter of the answer (``None`` for free-response items)."""
        return None if self.answer_index is None else "ABCDEFGH"[self.answer_index]

    @functools.cached_property
    def seconds(self) -> float:
        """The seconds a practised candidate needs (:func:`logicgen.timing.estimate`)."""
        return estimate(self)


def encode_data(data: dict[str, Any]) -> str:
    """An item's ``data`` as the JSON text of schema ``logicgen.item/2``.

    Compact and with sorted keys, so equal data gives equal text.

    >>> encode_data({"terms": [2, 4], "kind": "x"})
    '{"kind":"x","terms":[2,4]}'
    """
    import json

    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode_data(text: str) -> dict[str, Any]:
    """The ``data`` dict from its JSON text; :class:`InvalidItem` unless it is a JSON object."""
    import json

    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidItem(f"item field 'data' is not valid JSON text: {exc}") from None
    if not isinstance(value, dict):
        raise InvalidItem(
            f"item field 'data' must be the JSON text of an object (got {type(value).__name__})"
        )
    return value


def _numeric_match(response: str, answer: str) -> bool:
    got = parse_number(response)
    want = parse_number(answer)
    if want is None:
        return same_answer(response, answer)
    if got is None:
        return False
    text = response.strip()
    if answer.strip().endswith("%") and not text.endswith("%"):
        # "37.5" answering "37.5%": the number is read in the answer's unit.
        got_pct = got / 100
        if got_pct == want or _rounds_to(text, got_pct, want, extra=2):
            return True
    if got == want:
        return True
    return _rounds_to(text, got, want, extra=2 if text.endswith("%") else 0)


def _rounds_to(text: str, got: Fraction, want: Fraction, *, extra: int) -> bool:
    """True when ``text`` is ``want`` correctly rounded to its own decimal places (>= 2).

    At an exact tie (0.375 to two places) both half-up (0.38) and half-even
    rounding are accepted; 0.37 is not.
    """
    import math
    from fractions import Fraction

    digits = text.rstrip("%").strip()
    if "." not in digits:
        return False
    places = len(digits.split(".", 1)[1]) + extra
    if places < 2:
        return False
    scale = 10**places
    scaled = abs(want) * scale
    low = math.floor(scaled)
    rest = scaled - low
    if rest > Fraction(1, 2):
        allowed = {low + 1}
    elif rest < Fraction(1, 2):
        allowed = {low}
    else:
        allowed = {low + 1, low if low % 2 == 0 else low + 1}
    sign = -1 if want < 0 else 1
    return any(got * scale == sign * a for a in allowed)


def split_method(explanation: str) -> tuple[str | None, list[str]]:
    """The method line (without its label) and the other lines of an explanation.

    >>> split_method("Method: Halve it.\\n10 / 2 = 5.")
    ('Halve it.', ['10 / 2 = 5.'])
    >>> split_method("10 / 2 = 5.")
    (None, ['10 / 2 = 5.'])
    """
    lines = explanation.split("\n")
    if lines and lines[0].startswith(METHOD_PREFIX):
        return lines[0][len(METHOD_PREFIX):], lines[1:]
    return None, lines
