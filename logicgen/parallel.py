"""Parallel and sharded generation that gives exactly the items of a serial run.

Every item of a set depends only on the set seed and its slot index (see
``docs/design.md``), so a set can be cut into pieces anywhere and the pieces made
in any order, in any process, on any machine:

* **Jobs.** :func:`generate_parallel` (``logicgen generate --jobs N``) hands
  contiguous chunks of slot indices to ``N`` worker processes and yields the
  items in slot order. ``jobs=1`` makes them in the calling process. The output
  does not depend on ``jobs`` or on the chunk size.
* **Shards.** :func:`shard_range` cuts slots ``0 .. count-1`` into ``N`` disjoint
  contiguous slices; shard ``K`` (1-based) is slots
  ``floor((K-1)*count/N) .. floor(K*count/N) - 1``. Writing the shards one after
  another gives the same bytes as writing the whole set, so any batch system (a
  job array, a Ray or Dask map over shard numbers) can split the work without
  logicgen knowing about it; :mod:`logicgen.ray` does so for Ray Data (see
  ``examples/ray_dataset.py``).

Workers are started with the ``forkserver`` method where there is one (Linux,
macOS; its server imports numpy and the families once, so workers start warm)
and with ``spawn`` elsewhere. Either way no state is inherited from the calling
process beyond what a fresh import gives, so a script that uses
``jobs > 1`` needs the usual ``if __name__ == "__main__":`` guard, and the
families it uses must be importable in a fresh interpreter (built-in families
and plug-ins registered through entry points are; a family defined inside the
calling script is not). At most ``4 * jobs`` chunks are in flight at a time, so
memory stays flat however many items are made.
"""

from __future__ import annotations

import dataclasses
import math
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from .errors import InvalidParams, LogicgenError, describe_value

if TYPE_CHECKING:  # pragma: no cover
    from .item import Item

__all__ = [
    "MAX_JOBS",
    "GeneratePlan",
    "Plan",
    "check_jobs",
    "generate_parallel",
    "iter_items",
    "iter_jsonl",
    "make_plan",
    "parse_shard",
    "shard_range",
]

MAX_JOBS = 256
#: chunks in flight per worker: enough to keep every worker busy, few enough
#: that memory does not grow with the count
_AHEAD = 4
_MAX_CHUNK = 250


class Plan(Protocol):
    """What to make at each slot index; must pickle, so workers can receive it."""

    def items(self, start: int, stop: int) -> Iterator[Item]:
        """The items of slots ``start .. stop - 1``, in order."""
        ...  # pragma: no cover


@dataclasses.dataclass(frozen=True)
class GeneratePlan:
    """The slots of one family's set, as :func:`logicgen.generate_iter` makes them."""

    family: str
    difficulty: str
    seed: int
    params: tuple[tuple[str, Any], ...] = ()

    def items(self, start: int, stop: int) -> Iterator[Item]:
        from .core import Maker
        from .registry import get

        fam = get(self.family)
        maker = Maker(fam, fam.make_params(difficulty=self.difficulty, **dict(self.params)))
        yield from maker.slots(self.seed, start, stop)


def check_jobs(jobs: object) -> int:
    """Validate a number of worker processes: an integer from 1 to ``MAX_JOBS``."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not 1 <= jobs <= MAX_JOBS:
        raise InvalidParams(
            f"jobs must be a whole number of worker processes from 1 to {MAX_JOBS} "
            f"(got {describe_value(jobs)})"
        )
    return jobs


def parse_shard(text: object) -> tuple[int, int]:
    """``"K/N"`` as ``(K, N)``: shard ``K`` (1-based) of ``N``.

    >>> parse_shard("2/4")
    (2, 4)
    """
    parts = text.split("/") if isinstance(text, str) else []
    if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
        k, n = int(parts[0]), int(parts[1])
        if 1 <= k <= n:
            return k, n
    raise InvalidParams(
        f"shard must be K/N with 1 <= K <= N, e.g. 1/4 for the first of four shards "
        f"(got {describe_value(text)})"
    )


def shard_range(count: int, shard: int, shards: int) -> tuple[int, int]:
    """Slots ``start, stop`` of shard ``shard`` (1-based) of ``shards`` over ``count`` slots.

    Shards are disjoint, contiguous, in order, cover every slot, and differ in
    size by at most one item.

    >>> [shard_range(10, k, 3) for k in (1, 2, 3)]
    [(0, 3), (3, 6), (6, 10)]
    """
    if not 1 <= shard <= shards:
        raise InvalidParams(f"shard must be between 1 and {shards} (got {shard})")
    return (shard - 1) * count // shards, shard * count // shards


def _chunk_size(n: int, jobs: int) -> int:
    return max(1, min(_MAX_CHUNK, math.ceil(n / (jobs * 8))))


def _work(plan: Plan, start: int, stop: int, as_json: bool) -> Any:
    """Worker side: one chunk, as a block of JSON lines or a list of items.

    Errors come back as values: some logicgen errors (``GenerationFailed``) take
    several constructor arguments and would not survive pickling.
    """
    try:
        made = plan.items(start, stop)
        if as_json:
            return "".join(item.to_json() + "\n" for item in made)
        return list(made)
    except LogicgenError as exc:
        return _Failure(type(exc).__name__, str(exc), dict(vars(exc)))


@dataclasses.dataclass(frozen=True)
class _Failure:
    kind: str
    message: str
    attrs: dict[str, Any]

    def error(self) -> LogicgenError:
        from . import errors

        cls = getattr(errors, self.kind, LogicgenError)
        if not (isinstance(cls, type) and issubclass(cls, LogicgenError)):
            cls = LogicgenError
        exc = cls.__new__(cls)
        Exception.__init__(exc, self.message)
        vars(exc).update(self.attrs)
        return exc


def _chunks(
    plan: Plan, start: int, stop: int, jobs: int, chunk_size: int | None, as_json: bool
) -> Iterator[Any]:
    """The chunks of slots ``start .. stop - 1`` in order, made by ``jobs`` processes."""
    if stop <= start:
        return
    if jobs == 1:  # in this process, so errors keep their tracebacks
        size = chunk_size or _MAX_CHUNK
        for lo in range(start, stop, size):
            made = plan.items(lo, min(stop, lo + size))
            yield "".join(item.to_json() + "\n" for item in made) if as_json else list(made)
        return
    from concurrent.futures import ProcessPoolExecutor

    size = chunk_size or _chunk_size(stop - start, jobs)
    bounds = ((lo, min(stop, lo + size)) for lo in range(start, stop, size))
    workers = min(jobs, math.ceil((stop - start) / size))
    context = _context()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Any] = deque()
        try:
            for lo, hi in bounds:
                pending.append(pool.submit(_work, plan, lo, hi, as_json))
                if len(pending) >= _AHEAD * workers:
                    yield _result(pending.popleft())
            while pending:
                yield _result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()


def _context() -> Any:
    """``forkserver`` where there is one (its server imports logicgen and the
    families once, so each worker starts warm), else ``spawn``."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    from .registry import all_families

    context = multiprocessing.get_context("forkserver")
    modules = ["logicgen.parallel", "logicgen.core", "numpy"]
    modules += sorted({f.module.__name__ for f in all_families()} - {"__main__"})
    context.set_forkserver_preload(modules)
    return context


def _result(future: Any) -> Any:
    result = future.result()
    if isinstance(result, _Failure):
        raise result.error()
    return result


def iter_items(
    plan: Plan, start: int, stop: int, *, jobs: int = 1, chunk_size: int | None = None
) -> Iterator[Item]:
    """The items of ``plan`` at slots ``start .. stop - 1``, in order, made by ``jobs`` processes."""
    check_jobs(jobs)
    if jobs == 1:  # one item at a time: nothing is made before it is asked for
        yield from plan.items(start, stop)
        return
    for chunk in _chunks(plan, start, stop, jobs, chunk_size, as_json=False):
        yield from chunk


def iter_jsonl(
    plan: Plan, start: int, stop: int, *, jobs: int = 1, chunk_size: int | None = None
) -> Iterator[str]:
    """Like :func:`iter_items`, as blocks of JSON lines (each ends with a newline).

    The workers serialise, so the calling process only writes.
    """
    check_jobs(jobs)
    yield from _chunks(plan, start, stop, jobs, chunk_size, as_json=True)


def make_plan(
    family: str, difficulty: str = "medium", seed: int | None = None, **params: Any
) -> tuple[GeneratePlan, int]:
    """A validated :class:`GeneratePlan` and its set seed (drawn fresh when ``seed`` is None)."""
    from .core import check_seed
    from .registry import get

    fam = get(family)
    if seed is None:
        from .rng import fresh_seed

        seed = fresh_seed()
    seed = check_seed(seed)
    fam.make_params(difficulty=difficulty, **params)  # validate here, not in a worker
    return GeneratePlan(fam.name, difficulty, seed, tuple(params.items())), seed


def generate_parallel(
    family: str,
    count: int = 10,
    difficulty: str = "medium",
    seed: int | None = None,
    *,
    start: int = 0,
    jobs: int = 1,
    shard: tuple[int, int] | None = None,
    chunk_size: int | None = None,
    **params: Any,
) -> Iterator[Item]:
    """Lazily yield the items of :func:`logicgen.generate_iter`, made by ``jobs`` processes.

    Args:
        family, count, difficulty, seed, start, **params: as for
            :func:`logicgen.generate_iter`; the items are the same, in the same order.
        jobs: worker processes (1 makes the items in this process).
        shard: ``(K, N)`` yields only the K-th (1-based) of N disjoint contiguous
            slices of the ``count`` slots (see :func:`shard_range`); give a
            ``seed``, or the shards come from different sets.
        chunk_size: slots per task handed to a worker (default: up to 250);
            it changes speed only, never the items.

    Raises:
        InvalidParams: a bad count, seed, start, jobs or shard (before any work).
        UnknownFamily, GenerationFailed: as for :func:`logicgen.generate_iter`.

    >>> from logicgen import generate
    >>> second = list(generate_parallel("sequence.number", 4, seed=1, shard=(2, 2)))
    >>> second == generate("sequence.number", 4, seed=1)[2:]
    True
    """
    from .core import check_count

    count = check_count(count)
    check_jobs(jobs)
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise InvalidParams(f"start must be a non-negative integer (got {describe_value(start)})")
    if shard is not None and seed is None:
        raise InvalidParams("shard needs a seed, or every shard would come from a different set")
    plan, _ = make_plan(family, difficulty, seed, **params)
    lo, hi = (0, count) if shard is None else shard_range(count, *shard)
    return iter_items(plan, start + lo, start + hi, jobs=jobs, chunk_size=chunk_size)

