"""De-duplication and disjoint splits, decided by a hash of the normalised prompt.

* **Prompt key.** An item's prompt and answer are normalised (Unicode NFKC,
  case-folded, runs of spaces and line breaks made one space, trimmed) and
  hashed together with BLAKE2b (8 bytes, personalised ``logicgen.prompt``) to a
  64-bit key. The answer is part of the key because some prompts are the same
  words for every item (a figure item asks "Which panel does not belong with the
  other four?" and its panels are the options); it is the identity blueprints
  use for repeats too. Two items that read the same get the same key; two that
  differ collide with odds of about ``n**2 / 2**65`` (one in three hundred
  thousand for ten million items), and a collision only ever drops an item,
  never changes one.
* **Unique.** :func:`filter_items` with ``unique=True`` keeps an item only when
  its key was not kept before, and draws further slots (in slot order after the
  set's ``count``) until ``count`` items are kept: the same arguments always give
  the same rows. When :data:`PATIENCE` candidates in a row are all dropped, the
  family has no more distinct items to give, and :class:`~logicgen.errors.InvalidParams`
  says how many were found.
* **Exclude.** Keys of the prompts in other files (a test set, a benchmark)
  are dropped the same way (:func:`exclude_keys`).
* **Splits.** :func:`split_of` sends an item to a named split by its key:
  ``u = key`` as a 64-bit number, shares brought to integers ``W_1..W_m``
  summing to ``T``, and the split is the first whose running total exceeds
  ``(u * T) >> 64``. Items with the same key always land in the same split, in
  any run, with any seed, so splits are disjoint by construction.

Keys are kept in a :class:`KeySet`: an open-addressing table of 64-bit numbers
in one NumPy array, at most half full, so each stored key costs 16 to 32 bytes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from .errors import InvalidParams, describe_value

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from .item import Item
    from .parallel import Plan

__all__ = [
    "PATIENCE",
    "Dropped",
    "KeySet",
    "candidates",
    "exclude_keys",
    "filter_items",
    "normalise_prompt",
    "parse_split",
    "prompt_key",
    "split_bounds",
    "split_name",
    "split_of",
]

#: candidates in a row that may all be dropped before ``unique``/``exclude`` gives up
PATIENCE = 5_000
_SPACE = re.compile(r"\s+")


def normalise_prompt(prompt: str) -> str:
    """The prompt as compared for duplicates.

    >>> normalise_prompt("  Next term?\\n\\n2,  4, 8 ") == normalise_prompt("next TERM? 2, 4, 8")
    True
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", prompt).casefold()).strip()


def prompt_key(prompt: str, answer: str) -> int:
    """The 64-bit key of an item's prompt and answer (see the module docstring).

    >>> prompt_key("Next?\\n 2, 4", "8") == prompt_key("next? 2, 4", "8")
    True
    >>> prompt_key("Next? 2, 4", "8") == prompt_key("Next? 2, 4", "6")
    False
    """
    text = normalise_prompt(prompt) + "\n" + normalise_prompt(answer)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8,
                             person=b"logicgen.prompt").digest()
    return int.from_bytes(digest, "little")


class KeySet:
    """A set of 64-bit keys in one NumPy array (open addressing, linear probing).

    The value 0 marks an empty slot, so key 0 is stored as 1 (a merge of two keys
    in 2**64, like any other collision).

    >>> keys = KeySet()
    >>> keys.add(5), keys.add(5), 5 in keys, 6 in keys, len(keys)
    (True, False, True, False, 1)
    """

    def __init__(self, capacity: int = 1 << 10) -> None:
        size = 1 << max(4, (2 * capacity - 1).bit_length())
        self._table = np.zeros(size, dtype=np.uint64)
        self._mask = size - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """Bytes held by the table."""
        return int(self._table.nbytes)

    def _slot(self, key: int) -> tuple[int, bool]:
        """The slot holding ``key``, or the empty slot where it would go; and whether found."""
        table, mask = self._table, self._mask
        i = (key ^ (key >> 29)) & mask
        while True:
            value = int(table[i])
            if value == key:
                return i, True
            if value == 0:
                return i, False
            i = (i + 1) & mask

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int) and self._slot(key or 1)[1]

    def add(self, key: int) -> bool:
        """Store ``key``; True when it was new."""
        key = key or 1
        i, found = self._slot(key)
        if found:
            return False
        self._table[i] = key
        self._count += 1
        if 2 * self._count > len(self._table):
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._table[self._table != 0]
        self._table = np.zeros(2 * len(self._table), dtype=np.uint64)
        self._mask = len(self._table) - 1
        for key in old.tolist():
            self._table[self._slot(key)[0]] = key


def exclude_keys(paths: Iterable[str | Path]) -> KeySet:
    """The prompt keys of every item in JSONL or Parquet files (for ``--exclude``).

    Raises:
        InvalidParams: a file does not exist or is a folder.
        InvalidItem: a file is not JSON Lines of items or Parquet.
        MissingExtra: a Parquet file without pyarrow installed.
    """
    from .records import read_questions

    keys = KeySet()
    for path in paths:
        for prompt, answer in read_questions(path, "--exclude file"):
            keys.add(prompt_key(prompt, answer))
    return keys


@dataclasses.dataclass
class Dropped:
    """How many candidates :func:`filter_items` left out, and why."""

    duplicates: int = 0
    excluded: int = 0

    @property
    def total(self) -> int:
        return self.duplicates + self.excluded

    def sentence(self) -> str:
        """E.g. ``dropped 3 candidates: 2 duplicates, 1 excluded``."""
        parts = []
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate" + ("" if self.duplicates == 1 else "s"))
        if self.excluded:
            parts.append(f"{self.excluded} excluded")
        if not parts:
            return "dropped no candidates"
        s = "" if self.total == 1 else "s"
        return f"dropped {self.total} candidate{s}: " + ", ".join(parts)


def filter_items(
    candidates: Iterable[Item],
    count: int,
    *,
    unique: bool = False,
    exclude: KeySet | None = None,
    what: str = "the set",
    dropped: Dropped | None = None,
) -> Iterator[Item]:
    """The first ``count`` candidates that are neither repeats (``unique``) nor excluded.

    An item repeats another when their prompt keys (prompt and answer) are equal.

    Args:
        candidates: items in slot order, at least as many as will be needed.
        count: how many to keep.
        unique: drop an item whose prompt key was kept before.
        exclude: drop an item whose prompt key is in this set.
        what: names the family and level (or mixture) in the error message.
        dropped: counts what was left out, updated as items are yielded.

    Raises:
        InvalidParams: :data:`PATIENCE` candidates in a row were dropped, or the
            candidates ran out, before ``count`` items were kept.

    >>> from logicgen import generate
    >>> twice = generate("sequence.number", 3, seed=1) * 2
    >>> len(list(filter_items(twice, 3, unique=True)))
    3
    """
    dropped = dropped if dropped is not None else Dropped()
    seen = KeySet(min(count, 1 << 20)) if unique else None
    kept = misses = 0
    if count <= 0:
        return
    for item in candidates:
        key = prompt_key(item.prompt, item.answer)
        if exclude is not None and key in exclude:
            dropped.excluded += 1
            misses += 1
        elif seen is not None and not seen.add(key):
            dropped.duplicates += 1
            misses += 1
        else:
            misses = 0
            kept += 1
            yield item
            if kept == count:
                return
        if misses >= PATIENCE:
            break
    reason = (f"the last {misses} candidates in a row were all dropped" if misses >= PATIENCE
              else "the candidates ran out")
    kind = ("distinct items" if unique else "items") + (" not excluded" if exclude is not None else "")
    raise InvalidParams(
        f"only {kept} {kind} could be found for {what} "
        f"({reason}; {dropped.duplicates} duplicates, {dropped.excluded} excluded), "
        f"fewer than the {count} asked for"
    )


def parse_split(text: object) -> list[tuple[str, Fraction]]:
    """``"train=0.9,test=0.1"`` as ``[(name, share), ...]``; shares must add up to 1.

    >>> [(name, str(share)) for name, share in parse_split("train=0.8,dev=0.1,test=1/10")]
    [('train', '4/5'), ('dev', '1/10'), ('test', '1/10')]
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidParams(f"split must be NAME=SHARE entries such as train=0.9,test=0.1 "
                            f"(got {describe_value(text)})")
    out: list[tuple[str, Fraction]] = []
    for raw in text.split(","):
        name, sep, value = raw.partition("=")
        name = name.strip()
        share = Fraction(-1)
        try:
            share = Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            pass
        if not sep or not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", name) or share <= 0:
            raise InvalidParams(
                f"split must be NAME=SHARE entries such as train=0.9,test=0.1, each share "
                f"above 0 (got {describe_value(text)})"
            )
        if any(name == seen for seen, _ in out):
            raise InvalidParams(f"split names {describe_value(name)} twice (got {describe_value(text)})")
        out.append((name, share))
    total = sum(share for _, share in out)
    if total != 1:
        raise InvalidParams(f"split shares must add up to 1 (got {describe_value(text)}, "
                            f"which adds up to {float(total):g})")
    return out


def split_bounds(splits: list[tuple[str, Fraction]]) -> tuple[int, ...]:
    """Running totals of the shares as integers (the last is the total)."""
    import math

    scale = math.lcm(*(share.denominator for _, share in splits))
    bounds, total = [], 0
    for _, share in splits:
        total += int(share * scale)
        bounds.append(total)
    return tuple(bounds)


def split_of(item: Item, splits: list[tuple[str, Fraction]],
             bounds: tuple[int, ...] | None = None) -> str:
    """The name of the split ``item`` belongs to (see the module docstring).

    >>> from logicgen import generate
    >>> item = generate("sequence.number", 1, seed=1)[0]
    >>> splits = parse_split("train=0.5,test=0.5")
    >>> split_of(item, splits) == split_of(generate("sequence.number", 1, seed=1)[0], splits)
    True
    """
    return split_name(item.prompt, item.answer, splits, bounds)


def split_name(prompt: str, answer: str, splits: list[tuple[str, Fraction]],
               bounds: tuple[int, ...] | None = None) -> str:
    """The split of the item with ``prompt`` and ``answer`` (see :func:`split_of`)."""
    bounds = bounds or split_bounds(splits)
    target = (prompt_key(prompt, answer) * bounds[-1]) >> 64
    for (name, _), bound in zip(splits, bounds):
        if target < bound:
            return name
    raise AssertionError("unreachable: target is below the total")  # pragma: no cover


def candidates(plan: Plan, start: int, count: int, *, jobs: int = 1) -> Iterator[Item]:
    """The items of slots ``start, start + 1, ...`` without end, made by ``jobs`` processes.

    Made in windows (the first of ``count + PATIENCE`` slots, then each twice the
    last), so a filter that keeps nearly every item makes few beyond ``count``.
    """
    from .parallel import iter_items

    size = count + PATIENCE
    while True:
        yield from iter_items(plan, start, start + size, jobs=jobs)
        start += size
        size *= 2
