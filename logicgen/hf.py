"""Hugging Face ``datasets``: logicgen items as a :class:`datasets.Dataset`.

:func:`dataset` builds the rows with ``Dataset.from_generator``, one generator
shard per process: shard ``K`` of ``N`` makes slots
``floor((K-1)*count/N) .. floor(K*count/N) - 1`` (see :mod:`logicgen.parallel`),
so the rows are those of ``logicgen dataset SPEC -n COUNT -s SEED`` (and, for a
single family name, of ``logicgen generate FAMILY -n COUNT -s SEED -f jsonl``),
in the same order, for any ``num_proc``. Columns are those of a
``logicgen.item/2`` row; ``data`` is JSON text (``json.loads`` it, or rebuild
the item with ``logicgen.Item.from_dict(row)``).

:func:`to_dataset_dict` adds named splits that never share a prompt (see
:mod:`logicgen.dedupe`). No dataset loading script is involved.

Needs ``pip install "logicgen[hf]"``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from .errors import InvalidParams, describe_value

if TYPE_CHECKING:  # pragma: no cover
    import datasets

    from .dataset import DatasetPlan

__all__ = ["dataset", "features", "to_dataset_dict"]


def features() -> datasets.Features:
    """The ``datasets`` features of a ``logicgen.item/2`` row."""
    from .records import arrow_schema, require

    hf = require("datasets", "logicgen.hf")
    return hf.Features.from_arrow_schema(arrow_schema())


def _rows(plan: DatasetPlan, ranges: list[tuple[int, int]]) -> Iterator[dict[str, Any]]:
    for start, stop in ranges:
        for item in plan.items(start, stop):
            yield item.to_dict()


def _check_procs(num_proc: object) -> int:
    if isinstance(num_proc, bool) or not isinstance(num_proc, int) or not 1 <= num_proc <= 256:
        raise InvalidParams(f"num_proc must be a whole number from 1 to 256 "
                            f"(got {describe_value(num_proc)})")
    return num_proc


def dataset(spec: Any, count: int, seed: int, *, num_proc: int = 1,
            cache_dir: str | None = None) -> datasets.Dataset:
    """``count`` verified items of a family or mixture as a ``datasets.Dataset``.

    Args:
        spec: a family name (``"sequence.number"``, ``"deduction.knights:hard"``),
            weights or a blueprint, as for :func:`logicgen.dataset.mixture`.
        count: how many rows, 1 to 10,000,000.
        seed: the set seed (required: the rows must be reproducible).
        num_proc: processes, one generator shard each; never changes the rows.
        cache_dir: where ``datasets`` keeps its Arrow files (default: its own).

    Raises:
        MissingExtra: ``datasets`` is not installed.
        InvalidParams, UnknownFamily, BlueprintError: a bad spec, count, seed or num_proc.
    """
    from .core import check_count
    from .dataset import dataset_plan
    from .parallel import shard_range
    from .records import require

    hf = require("datasets", "logicgen.hf")
    count = check_count(count)
    num_proc = _check_procs(num_proc)
    plan = dataset_plan(spec, seed)
    shards = min(num_proc, count)
    ranges = [shard_range(count, k, shards) for k in range(1, shards + 1)]
    return hf.Dataset.from_generator(
        _rows, features=features(), gen_kwargs={"plan": plan, "ranges": ranges},
        num_proc=shards if shards > 1 else None, cache_dir=cache_dir,
    )


def _in_split(batch: dict[str, list[Any]], name: str, splits: Any,
              bounds: tuple[int, ...]) -> list[bool]:
    from .dedupe import split_name

    return [split_name(prompt, answer, splits, bounds) == name
            for prompt, answer in zip(batch["prompt"], batch["answer"])]


def to_dataset_dict(spec: Any, count: int, seed: int, splits: str | Mapping[str, object],
                    *, num_proc: int = 1, cache_dir: str | None = None) -> datasets.DatasetDict:
    """The rows of :func:`dataset`, dealt into named splits that share no prompt.

    ``splits`` is ``"train=0.9,test=0.1"`` or ``{"train": 0.9, "test": 0.1}``
    (shares add up to 1). Each row goes to the split its prompt and answer hash
    to (:func:`logicgen.dedupe.split_of`), so the split sizes are close to the
    shares, not exact, and the same question is never in two splits, in any run.
    """
    from .dedupe import parse_split, split_bounds
    from .records import require

    hf = require("datasets", "logicgen.hf")
    if isinstance(splits, Mapping):
        splits = ",".join(f"{name}={Fraction(str(share))}" for name, share in splits.items())
    parsed = parse_split(splits)
    bounds = split_bounds(parsed)
    whole = dataset(spec, count, seed, num_proc=num_proc, cache_dir=cache_dir)
    return hf.DatasetDict({
        name: whole.filter(_in_split, batched=True, num_proc=num_proc if num_proc > 1 else None,
                           fn_kwargs={"name": name, "splits": parsed, "bounds": bounds})
        for name, _ in parsed
    })
