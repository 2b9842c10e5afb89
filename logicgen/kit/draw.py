"""One class for every family's random draws.

Families need dozens of small uniform choices per item, and one numpy call per
choice costs more than the rest of a generator, so :class:`Draw` reads them from
a buffer refilled from the numpy generator it wraps. The buffer's size and the
order in which it is read are part of what a seed produces, so they are
arguments: a family keeps the stream it has always drawn.

* ``batch``: how many numbers one refill fetches; ``None`` reads one number per
  call straight from the generator (no buffer).
* ``forward``: read each refill first to last (``True``) or last to first
  (``False``, the default).

Every method reads only :meth:`random`; none calls numpy except to refill, so
the draws of a seed are the same on every platform numpy supports.

>>> from logicgen.rng import generator
>>> d = Draw(generator("example"), batch=8)
>>> rolls = [d.between(1, 6) for _ in range(1000)]
>>> sorted(set(rolls))
[1, 2, 3, 4, 5, 6]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Draw"]

T = TypeVar("T")


class Draw:
    """Uniform draws from a numpy generator (see the module docstring)."""

    __slots__ = ("_batch", "_buf", "_forward", "rng")

    def __init__(self, rng: np.random.Generator, batch: int | None = 32, *,
                 forward: bool = False) -> None:
        self.rng = rng
        self._batch = batch
        self._forward = forward
        self._buf: list[float] = []

    def random(self) -> float:
        """A uniform float in ``[0, 1)``."""
        if self._batch is None:
            return float(self.rng.random())
        if not self._buf:
            values = self.rng.random(self._batch).tolist()
            if self._forward:
                values.reverse()
            self._buf = values
        return self._buf.pop()

    u = random

    def chance(self, p: float) -> bool:
        """``True`` with probability ``p``."""
        return self.random() < p

    def below(self, k: int) -> int:
        """A uniform integer in ``[0, k)``."""
        return min(int(self.random() * k), k - 1)

    def between(self, low: int, high: int) -> int:
        """A uniform integer in ``[low, high]`` (both ends included)."""
        return low + self.below(high - low + 1)

    integer = between

    def integers(self, low: int, high: int | None = None) -> int:
        """numpy's form: a uniform integer in ``[low, high)``, or ``[0, low)``."""
        if high is None:
            low, high = 0, low
        return low + self.below(high - low)

    def nonzero(self, low: int, high: int) -> int:
        """An integer with ``low <= |x| <= high`` and a random sign."""
        x = self.between(low, high)
        return x if self.random() < 0.5 else -x

    def pick(self, items: Sequence[T]) -> T:
        """A uniformly drawn element of ``items``."""
        return items[self.below(len(items))]

    def weighted(self, table: Mapping[Any, float] | Sequence[tuple[Any, float]]) -> Any:
        """A key of ``table`` with probability proportional to its weight (keys in the
        table's own order)."""
        pairs = list(table.items()) if isinstance(table, Mapping) else list(table)
        x = self.random() * sum(w for _, w in pairs)
        for key, w in pairs:
            x -= w
            if x < 0:
                return key
        return pairs[-1][0]

    def weighted_int(self, weights: Mapping[str, int]) -> str:
        """A key of ``weights`` (whole-number weights), drawn with one :meth:`below`
        over the total and the keys taken in sorted order."""
        keys = sorted(weights)
        r = self.below(sum(weights.values()))
        for key in keys:
            r -= weights[key]
            if r < 0:
                return key
        return keys[-1]

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        """``k`` distinct elements in random order, each popped from what is left."""
        pool = list(items)
        return [pool.pop(self.below(len(pool))) for _ in range(k)]

    def distinct(self, items: Sequence[T], k: int) -> list[T]:
        """``k`` distinct elements in random order, redrawing an index already taken."""
        chosen: list[int] = []
        while len(chosen) < k:
            i = self.below(len(items))
            if i not in chosen:
                chosen.append(i)
        return [items[i] for i in chosen]

    def shuffled(self, items: Sequence[T]) -> list[T]:
        """A shuffled copy (Fisher–Yates from the last position down)."""
        out = list(items)
        for i in range(len(out) - 1, 0, -1):
            j = self.below(i + 1)
            out[i], out[j] = out[j], out[i]
        return out

    def permutation(self, n: int) -> list[int]:
        """A random order of ``range(n)`` (Fisher–Yates from the first position up)."""
        items = list(range(n))
        for i in range(n - 1):
            j = self.integers(i, n)
            items[i], items[j] = items[j], items[i]
        return items

    def choice(self, n: int, size: int) -> list[int]:
        """``size`` distinct values of ``range(n)`` in random order (a partial
        Fisher–Yates from the first position up; unlike :meth:`permutation` it
        draws for every position taken, the last one too)."""
        items = list(range(n))
        for i in range(size):
            j = self.integers(i, n)
            items[i], items[j] = items[j], items[i]
        return items[:size]
