"""A problem set: an ordered list of items with the metadata printed around them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import InvalidItem
from .item import Item
from .rng import CROCKFORD

__all__ = ["SET_SCHEMA", "ProblemSet", "load_items"]

SET_SCHEMA = "logicgen.set/1"


@dataclass(frozen=True)
class ProblemSet:
    """Items in order, with a title and how they were made.

    Attributes:
        title: printed at the top.
        items: the questions, numbered from 1 in this order.
        seed: the set seed the items were drawn with (``None`` if unknown).
        instructions: printed under the title.
        minutes: suggested time limit, or ``None``.
        form: form letter (``A``, ``B``, ...) or ``None``.
        meta: anything else worth keeping; sets built from a blueprint record
            ``{"blueprint": short name, "forms": number of forms}``.
    """

    title: str
    items: tuple[Item, ...]
    seed: int | None = None
    instructions: str = ""
    minutes: float | None = None
    form: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sheet_id(self) -> str:
        """A short id printed on handouts and keys, to match a returned sheet to its key.

        Eight Crockford base-32 characters of a keyed BLAKE2b digest of the
        title, form and item codes. It names the sheet without revealing it:
        the seed and the items cannot be read back from it.

        >>> ProblemSet(title="t", items=()).sheet_id
        '0KWVX8K7'
        """
        text = "\n".join([self.title, self.form or "", *(item.code for item in self.items)])
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=5,
                                 key=b"logicgen.sheet/1").digest()
        value = int.from_bytes(digest, "big")
        return "".join(CROCKFORD[(value >> shift) & 31] for shift in range(35, -1, -5))

    @property
    def seconds(self) -> float:
        """The estimated seconds a practised candidate needs for every item
        (:func:`logicgen.timing.estimate`)."""
        return round(sum(item.seconds for item in self.items), 1)

    def time_note(self, slack: float = 0.2) -> str | None:
        """A sentence when the estimated time exceeds the time limit by more than ``slack``.

        >>> ProblemSet(title="t", items=(), minutes=15).time_note() is None
        True
        """
        if not self.minutes or not self.items:
            return None
        limit = self.minutes * 60
        total = self.seconds
        if total <= limit * (1 + slack):
            return None
        return (f"the {len(self.items)} questions are estimated at {total / 60:.1f} minutes for "
                f"a practised candidate, {total / limit - 1:.0%} over the {self.minutes:g}-minute "
                "limit")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SET_SCHEMA,
            "title": self.title,
            "seed": self.seed,
            "form": self.form,
            "minutes": self.minutes,
            "instructions": self.instructions,
            "meta": self.meta,
            "items": [item.to_dict() for item in self.items],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=indent)

    @classmethod
    def from_dict(cls, obj: object, source: str = "input") -> ProblemSet:
        """Rebuild a set from :meth:`to_dict` output; :class:`InvalidItem` if malformed."""
        if not isinstance(obj, dict) or obj.get("schema") != SET_SCHEMA:
            raise InvalidItem(f"{source} is not a {SET_SCHEMA!r} object")
        items = obj.get("items")
        if not isinstance(items, list):
            raise InvalidItem(f"{source} field 'items' must be a list")
        title, seed, minutes = obj.get("title"), obj.get("seed"), obj.get("minutes")
        form, instructions, meta = obj.get("form"), obj.get("instructions", ""), obj.get("meta", {})
        if not isinstance(title, str):
            raise InvalidItem(f"{source} field 'title' must be text")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise InvalidItem(f"{source} field 'seed' must be an integer or null")
        if minutes is not None and (isinstance(minutes, bool)
                                    or not isinstance(minutes, (int, float))):
            raise InvalidItem(f"{source} field 'minutes' must be a number or null")
        if form is not None and not isinstance(form, str):
            raise InvalidItem(f"{source} field 'form' must be text or null")
        if not isinstance(instructions, str) or not isinstance(meta, dict):
            raise InvalidItem(f"{source} fields 'instructions' and 'meta' must be text and an object")
        return cls(
            title=title,
            items=tuple(_item(v, f"{source} item {i}") for i, v in enumerate(items, 1)),
            seed=seed,
            instructions=instructions,
            minutes=minutes,
            form=form,
            meta=meta,
        )

    @classmethod
    def from_json(cls, text: str, source: str = "input") -> ProblemSet:
        """Rebuild a set from :meth:`to_json` output."""
        try:
            obj = _loads(text, source)
        except json.JSONDecodeError as exc:
            raise InvalidItem(f"{source} is not valid JSON: {exc}") from None
        return cls.from_dict(obj, source)


def load_items(text: str, source: str = "input") -> list[Item]:
    """Items from JSON text: a set, a list of items, one item, or JSON Lines.

    Raises:
        InvalidItem: naming ``source`` and, for JSON Lines, the line number.
    """
    stripped = text.strip()
    if not stripped:
        raise InvalidItem(f"{source} holds no items (it is empty)")
    try:
        obj = _loads(stripped, source)
    except json.JSONDecodeError:
        obj = None
        items = []
        for number, line in enumerate(stripped.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = _loads(line, f"{source} line {number}")
            except json.JSONDecodeError as exc:
                raise InvalidItem(
                    f"{source} line {number} is not valid JSON ({exc.msg} at column {exc.colno})"
                ) from None
            items.append(_item(value, f"{source} line {number}"))
        return items
    if isinstance(obj, dict) and "items" in obj:
        obj = obj["items"]
    if isinstance(obj, dict):
        return [_item(obj, source)]
    if isinstance(obj, list):
        return [_item(value, f"{source} item {i}") for i, value in enumerate(obj, 1)]
    raise InvalidItem(f"{source} must hold items as JSON objects (got {type(obj).__name__})")


def _loads(text: str, source: str) -> Any:
    """``json.loads``, with JSON nested too deeply for Python's parser as an
    :class:`InvalidItem` (it raises RecursionError)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InvalidItem(f"{source} nests JSON arrays or objects too deeply to read") from None


def _item(value: object, where: str) -> Item:
    try:
        return Item.from_dict(value)
    except InvalidItem as exc:
        raise InvalidItem(f"{where}: {exc}") from None


def as_set(items: Sequence[Item], title: str, seed: int | None = None) -> ProblemSet:
    return ProblemSet(title=title, items=tuple(items), seed=seed)
