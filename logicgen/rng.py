"""Seed derivation: every seed logicgen uses comes from this module.

The contract (see ``docs/design.md``):

* **One derivation.** :func:`derive` hashes a tuple of parts (integers and
  names) with keyed BLAKE2b into a 64-bit word. Everything else is built on it,
  so neighbouring inputs give unrelated words, any slot is reached directly
  (shards, ``start=``), and every machine and process gets the same numbers.
  Python's salted ``hash()`` is never used.
* **Item seeds.** Slot ``index`` of a set drawn with set seed ``seed`` has item
  seed ``derive("item", seed, index)`` cut to 50 bits; item codes print it as ten
  Crockford base-32 characters.
* **Item streams.** An item of ``family`` at ``difficulty`` with item seed ``s``
  draws its puzzle from a PCG64 generator whose 128-bit state and increment are
  ``BLAKE2b(family, difficulty, s, 0)`` and its wording from the same with ``1``,
  so rewording a template never changes which puzzle is drawn, and the same slot
  at another difficulty draws another puzzle. The two generators are made once
  per family and thread and re-seeded for each item by setting their state (a
  few microseconds, against tens for building new ones).
* **Everything else** (a blueprint's slots and shuffles, a dataset's mixture
  draws, the adaptive plan's rounding) derives its words and generators here too,
  each under its own name, so no two uses share a stream.
* **Fresh seeds** (no seed given) have 63 bits from the operating system.

numpy is imported inside the functions so that ``import logicgen`` and the
command line's ``--help`` stay fast.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "CROCKFORD",
    "MAX_SET_SEED",
    "SEED_BITS",
    "decode_seed",
    "derive",
    "encode_seed",
    "fresh_seed",
    "generator",
    "item_seed",
    "streams",
]

SEED_BITS = 50
MAX_SET_SEED = 2**63 - 1
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
_DECODE = {c: i for i, c in enumerate(CROCKFORD)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_CODE_CHARS = SEED_BITS // 5
_SHIFTS = tuple(range(5 * (_CODE_CHARS - 1), -1, -5))  # the first character is the top 5 bits
_SEED_MASK = (1 << SEED_BITS) - 1
_KEY = b"logicgen.seed/2"

LOGIC_STREAM = 0
WORDING_STREAM = 1


def _digest(parts: tuple[int | str, ...], size: int) -> bytes:
    # Parts are written as text joined by a separator that no part contains, so
    # ("ab", 1) and ("a", "b1") differ.
    text = "\x1f".join(p if isinstance(p, str) else str(int(p)) for p in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=size, key=_KEY).digest()


def derive(*parts: int | str) -> int:
    """A 64-bit word that depends on every part (integers and names).

    >>> derive("item", 7, 0) == derive("item", 7, 0) != derive("item", 7, 1)
    True
    >>> derive("item", 7, 0) < 2**64
    True
    """
    return int.from_bytes(_digest(parts, 8), "little")


def item_seed(set_seed: int, index: int) -> int:
    """The seed of slot ``index`` of a set drawn with ``set_seed``: a 50-bit integer."""
    return derive("item", set_seed, index) & _SEED_MASK


def _state(parts: tuple[int | str, ...]) -> Any:
    return _pcg64_state(_digest(parts, 32))


def _pcg64_state(d: bytes) -> Any:
    # a PCG64 state and (odd) increment from 32 digest bytes
    return {"bit_generator": "PCG64",
            "state": {"state": int.from_bytes(d[:16], "little"),
                      "inc": int.from_bytes(d[16:], "little") | 1},
            "has_uint32": 0, "uinteger": 0}


def generator(*parts: int | str) -> np.random.Generator:
    """A new numpy generator whose stream depends on every part."""
    import numpy as np

    bits = np.random.PCG64(0)
    bits.state = _state(parts)
    return np.random.Generator(bits)


_local = threading.local()


@functools.lru_cache(maxsize=256)
def _prefix(family: str, difficulty: str) -> Any:
    # the hasher that has read "family\x1fdifficulty\x1f": copying it hashes an
    # item's parts exactly as _digest does, without re-reading the common start
    return hashlib.blake2b(f"{family}\x1f{difficulty}\x1f".encode(), digest_size=32,
                           key=_KEY)


def _item_state(family: str, difficulty: str, seed: int, stream: int) -> Any:
    # _state((family, difficulty, seed, stream)), sharing the hashing of the first two
    h = _prefix(family, difficulty).copy()
    h.update(f"{int(seed)}\x1f{int(stream)}".encode("ascii"))
    return _pcg64_state(h.digest())


def streams(seed: int, family: str,
            difficulty: str = "") -> tuple[np.random.Generator, np.random.Generator]:
    """The logic and wording generators for one item of ``family`` at ``difficulty``
    with item seed ``seed``.

    The same two generator objects are returned for every item of ``family`` in
    this thread, re-seeded each time: use them for one item, then ask again.
    """
    cache = getattr(_local, "pairs", None)
    if cache is None:
        cache = _local.pairs = {}
    pair = cache.get(family)
    if pair is None:
        pair = cache[family] = (generator(family, difficulty, seed, LOGIC_STREAM),
                                generator(family, difficulty, seed, WORDING_STREAM))
    else:
        pair[0].bit_generator.state = _item_state(family, difficulty, seed, LOGIC_STREAM)
        pair[1].bit_generator.state = _item_state(family, difficulty, seed, WORDING_STREAM)
    return pair


def fresh_seed() -> int:
    """A set seed for when none is given: 63 random bits from the operating system."""
    import secrets

    return secrets.randbits(63)


def encode_seed(seed: int) -> str:
    """Ten base-32 characters for a 50-bit item seed.

    >>> encode_seed(0)
    '0000000000'
    >>> decode_seed(encode_seed(123456789))
    123456789
    """
    if not 0 <= seed < (1 << SEED_BITS):
        raise ValueError(f"item seed must be between 0 and 2**{SEED_BITS} - 1 (got {seed})")
    return "".join([CROCKFORD[(seed >> shift) & 31] for shift in _SHIFTS])


def decode_seed(text: str) -> int:
    """The item seed written as ``text`` by :func:`encode_seed` (case-insensitive)."""
    if len(text) != _CODE_CHARS:
        raise ValueError(f"an item seed has {_CODE_CHARS} characters (got {len(text)})")
    value = 0
    for ch in text.upper():
        if ch not in _DECODE:
            raise ValueError(f"{ch!r} is not a base-32 digit")
        value = (value << 5) | _DECODE[ch]
    return value
