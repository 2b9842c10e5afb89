"""Seed derivation: from a set seed and a slot index to one item's random streams.

The contract (see ``docs/design.md``):

* A set seed and a slot index give an *item seed* through
  :class:`numpy.random.SeedSequence` (``entropy=set_seed, spawn_key=(index,)``),
  never ``seed + index``, so neighbouring set seeds share no items.
* An item seed is a 50-bit integer; item codes print it as ten Crockford
  base-32 characters.
* A family draws its puzzle from ``default_rng([item_seed, crc32(family), 0])``
  and its wording (option order, names, templates) from the same with ``1``, so
  rewording a template never changes which puzzle is drawn.
* ``zlib.crc32`` is used instead of ``hash()``, which is salted per process.

numpy is imported inside the functions so that ``import logicgen`` and the
command line's ``--help`` stay fast.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "MAX_SET_SEED",
    "SEED_BITS",
    "decode_seed",
    "encode_seed",
    "item_seed",
    "stable_crc32",
    "streams",
]

SEED_BITS = 50
MAX_SET_SEED = 2**63 - 1
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
_DECODE = {c: i for i, c in enumerate(CROCKFORD)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_CODE_CHARS = SEED_BITS // 5

LOGIC_STREAM = 0
WORDING_STREAM = 1


def stable_crc32(text: str) -> int:
    """A process-independent 32-bit checksum of ``text`` (unlike the salted ``hash()``).

    >>> stable_crc32("sequence.number")
    3097485474
    """
    return zlib.crc32(text.encode("utf-8")) & 0xFFFFFFFF


def item_seed(set_seed: int, index: int) -> int:
    """The seed of slot ``index`` of a set drawn with ``set_seed``: a 50-bit integer."""
    import numpy as np

    ss = np.random.SeedSequence(entropy=set_seed, spawn_key=(index,))
    lo, hi = (int(x) for x in ss.generate_state(2, dtype=np.uint32))
    return ((hi << 32) | lo) & ((1 << SEED_BITS) - 1)


def streams(seed: int, family: str) -> tuple[np.random.Generator, np.random.Generator]:
    """The logic and wording generators for one item of ``family``."""
    import numpy as np

    tag = stable_crc32(family)
    logic = np.random.default_rng([seed, tag, LOGIC_STREAM])
    wording = np.random.default_rng([seed, tag, WORDING_STREAM])
    return logic, wording


def encode_seed(seed: int) -> str:
    """Ten base-32 characters for a 50-bit item seed.

    >>> encode_seed(0)
    '0000000000'
    >>> decode_seed(encode_seed(123456789))
    123456789
    """
    if not 0 <= seed < (1 << SEED_BITS):
        raise ValueError(f"item seed must be between 0 and 2**{SEED_BITS} - 1 (got {seed})")
    chars = []
    for _ in range(_CODE_CHARS):
        chars.append(CROCKFORD[seed & 31])
        seed >>= 5
    return "".join(reversed(chars))


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
