"""Ray Data: logicgen items made in parallel across a cluster.

:func:`read_items` returns a ``ray.data.Dataset`` read from a
:class:`ItemDatasource` with one read task per shard. Shard ``K`` of ``N`` makes
slots ``floor((K-1)*count/N) .. floor(K*count/N) - 1`` (see
:mod:`logicgen.parallel`); every item depends only on the set seed and its slot,
so the dataset holds exactly the rows a single ``logicgen dataset SPEC -n COUNT
-s SEED`` makes, whichever machine runs which task. Ray Data may hand blocks on
in the order they finish; set ``DataContext.get_current().execution_options.
preserve_order = True`` to keep slot order (as :func:`read_items` does when
``preserve_order=True``).

Each task yields Arrow blocks of the fixed ``logicgen.item/2`` schema
(:func:`logicgen.records.arrow_schema`), so ``write_parquet`` writes the same
columns the command line does. Needs ``pip install "logicgen[ray]"``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .errors import InvalidParams, describe_value

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    import ray.data

    from .dataset import DatasetPlan

__all__ = ["BLOCK_ROWS", "read_items"]  # and ItemDatasource, made on first use

#: rows per Arrow block a read task yields
BLOCK_ROWS = 2_000


def _datasource_base() -> type:
    from .records import require

    return require("ray.data", "logicgen.ray").Datasource


def _read_shard(plan: DatasetPlan, start: int, stop: int) -> Iterator[pa.Table]:
    from .records import blocks_of, table_from_jsonl

    for block in blocks_of(plan.items(start, stop), BLOCK_ROWS):
        yield table_from_jsonl(block)


def _make_datasource_class() -> type:
    base = _datasource_base()

    class ItemDatasource(base):  # type: ignore[valid-type, misc]
        """Slots ``0 .. count - 1`` of a logicgen plan, read as ``shards`` tasks."""

        def __init__(self, plan: DatasetPlan, count: int, shards: int | None) -> None:
            super().__init__()
            self.plan, self.count, self.shards = plan, count, shards

        def estimate_inmemory_data_size(self) -> int:
            return self.count * 1_000  # about a kilobyte per row

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context: Any = None) -> list[Any]:
            from ray.data import ReadTask
            from ray.data.block import BlockMetadata

            from .parallel import shard_range
            from .records import arrow_schema

            shards = min(self.shards or max(1, parallelism), self.count)
            tasks = []
            for k in range(1, shards + 1):
                start, stop = shard_range(self.count, k, shards)
                meta = BlockMetadata(num_rows=stop - start, size_bytes=(stop - start) * 1_000,
                                     exec_stats=None, input_files=None)
                tasks.append(ReadTask(
                    functools.partial(_read_shard, self.plan, start, stop),
                    meta, schema=arrow_schema(), per_task_row_limit=per_task_row_limit))
            return tasks

    return ItemDatasource


_CLASS: type | None = None


def __getattr__(name: str) -> Any:
    # the class derives from Ray's, so it is made on first use (Ray is optional)
    global _CLASS
    if name == "ItemDatasource":
        if _CLASS is None:
            _CLASS = _make_datasource_class()
        return _CLASS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_items(spec: Any, count: int, seed: int, *, shards: int | None = None,
               preserve_order: bool = False) -> ray.data.Dataset:
    """``count`` verified items of a family or mixture as a ``ray.data.Dataset``.

    Args:
        spec: a family name, weights or a blueprint, as for :func:`logicgen.dataset.mixture`.
        count: how many rows, 1 to 10,000,000.
        seed: the set seed (required: every task must make slots of the same set).
        shards: read tasks (default: what Ray asks for); never changes the rows.
        preserve_order: keep slot order (sets Ray's ``preserve_order`` in the
            current ``DataContext``).

    Raises:
        MissingExtra: Ray is not installed.
        InvalidParams, UnknownFamily, BlueprintError: a bad spec, count, seed or shards.
    """
    from .core import check_count
    from .dataset import dataset_plan
    from .records import require

    ray_data = require("ray.data", "logicgen.ray")
    count = check_count(count)
    if shards is not None and (isinstance(shards, bool) or not isinstance(shards, int)
                               or not 1 <= shards <= count):
        raise InvalidParams(f"shards must be a whole number from 1 to the count {count} "
                            f"(got {describe_value(shards)})")
    plan = dataset_plan(spec, seed)
    if preserve_order:
        ray_data.DataContext.get_current().execution_options.preserve_order = True
    source = __getattr__("ItemDatasource")(plan, count, shards)
    return ray_data.read_datasource(source)
