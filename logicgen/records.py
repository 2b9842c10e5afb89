"""Items as table rows: the Arrow schema, Parquet files, and reading item files back.

Every line logicgen writes to a JSON Lines file is one ``logicgen.item/2`` row
(see :mod:`logicgen.item`): the same twelve columns with the same types for any
family or mixture. A Parquet file holds exactly those rows: each block of JSON
lines is parsed by Arrow against the fixed :func:`arrow_schema`, so a Parquet
file and the JSONL file of the same arguments hold the same values in the same
order. Parquet files are written in row groups of :data:`ROW_GROUP` rows,
zstd-compressed, so memory stays flat at any count.

Parquet needs ``pyarrow``, installed with ``pip install "logicgen[data]"``;
without it the Parquet functions raise :class:`~logicgen.errors.MissingExtra`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import InvalidItem, MissingExtra

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

    from .item import Item

__all__ = [
    "ROW_GROUP",
    "JsonlSink",
    "ParquetSink",
    "arrow_schema",
    "blocks_of",
    "iter_item_rows",
    "read_items",
    "read_questions",
    "require",
    "table_from_jsonl",
    "write_parquet",
]

#: rows per Parquet row group: big enough to compress well, small enough that
#: the buffered rows of one group stay at a few megabytes
ROW_GROUP = 5_000
#: Parquet files start and end with these bytes
PARQUET_MAGIC = b"PAR1"

#: what to install for each optional piece
EXTRAS = {"pyarrow": "data", "datasets": "hf", "ray": "ray", "reasoning_gym": "rl",
          "verifiers": "rl"}


def require(module: str, what: str) -> Any:
    """Import an optional dependency, or raise :class:`MissingExtra` saying what to install.

    >>> require("json", "reading JSON").__name__
    'json'
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        extra = EXTRAS.get(module.partition(".")[0], "data")
        raise MissingExtra(
            f"{what} needs the {module.partition('.')[0]} package: "
            f'install it with pip install "logicgen[{extra}]"'
        ) from None


def arrow_schema() -> pa.Schema:
    """The Arrow schema of a ``logicgen.item/2`` row (columns in sorted order, as in JSON)."""
    pa = require("pyarrow", "Parquet output")
    return pa.schema([
        ("answer", pa.string()),
        ("answer_index", pa.int64()),
        ("choices", pa.list_(pa.string())),
        ("code", pa.string()),
        ("data", pa.string()),
        ("difficulty", pa.string()),
        ("explanation", pa.string()),
        ("family", pa.string()),
        ("format", pa.string()),
        ("prompt", pa.string()),
        ("schema", pa.string()),
        ("score", pa.float64()),
        ("seconds", pa.float64()),
    ])


def table_from_jsonl(block: str | bytes, memory_pool: Any = None) -> pa.Table:
    """Parse a block of ``logicgen.item/2`` JSON lines into a table of :func:`arrow_schema`."""
    import io

    pa_json = require("pyarrow.json", "Parquet output")
    schema = arrow_schema()
    data = block.encode("utf-8") if isinstance(block, str) else block
    return pa_json.read_json(
        io.BytesIO(data),
        read_options=pa_json.ReadOptions(block_size=max(1 << 20, len(data) + 1)),
        parse_options=pa_json.ParseOptions(explicit_schema=schema,
                                           unexpected_field_behavior="error"),
        memory_pool=memory_pool,
    ).select(schema.names)


class ParquetSink:
    """Writes blocks of item JSON lines to one zstd Parquet file, a row group at a time.

    ``handle`` is a binary file or a path. Blocks are buffered until they hold at
    least :data:`ROW_GROUP` rows, then written as one row group, so memory does
    not grow with the count.
    """

    def __init__(self, handle: IO[bytes] | str | Path) -> None:
        pq = require("pyarrow.parquet", "Parquet output")
        pa = require("pyarrow", "Parquet output")
        # the C library's allocator returns freed row groups to the system; Arrow's
        # default pool keeps them, which cost about 15 MB more at the peak
        self._pool = pa.system_memory_pool()
        self._writer = pq.ParquetWriter(handle, arrow_schema(), compression="zstd",
                                        memory_pool=self._pool)
        self._pending: list[Any] = []
        self._buffered = 0
        self.rows = 0
        self.closed = False

    def write(self, block: str) -> None:
        if not block:
            return
        table = table_from_jsonl(block, self._pool)
        self._pending.append(table)
        self._buffered += table.num_rows
        if self._buffered >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            import pyarrow as pa

            # one row group per flush: the blocks buffered since the last one
            self._writer.write_table(pa.concat_tables(self._pending, memory_pool=self._pool),
                                     row_group_size=self._buffered)
            self.rows += self._buffered
            self._pending, self._buffered = [], 0

    def close(self) -> None:
        """Write the buffered rows and the file's footer."""
        if not self.closed:
            self._flush()
            self.closed = True
            self._writer.close()

    def abort(self) -> None:
        """Finish the writer without the buffered rows (the file is thrown away after)."""
        if not self.closed:
            self.closed = True
            self._writer.close()


class JsonlSink:
    """Passes blocks of item JSON lines as they are to ``write`` (a text file's, say)."""

    def __init__(self, write: Callable[[str], object]) -> None:
        self._write = write

    def write(self, block: str) -> None:
        self._write(block)

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def write_parquet(blocks: Iterable[str], handle: IO[bytes] | str | Path) -> int:
    """Write blocks of item JSON lines as one zstd Parquet file; return the number of rows."""
    sink = ParquetSink(handle)
    try:
        for block in blocks:
            sink.write(block)
    finally:
        sink.close() if sys.exc_info()[0] is None else sink.abort()
    return sink.rows


def blocks_of(items: Iterable[Item], size: int = 1000) -> Iterator[str]:
    """Items as blocks of up to ``size`` JSON lines."""
    lines: list[str] = []
    for item in items:
        lines.append(item.to_json() + "\n")
        if len(lines) >= size:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def _is_parquet(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == PARQUET_MAGIC


def _open_checked(path: str | Path, what: str) -> Path:
    from .errors import InvalidParams

    target = Path(path)
    if not target.exists():
        raise InvalidParams(f"{what} {str(path)!r} does not exist")
    if target.is_dir():
        raise InvalidParams(f"{what} {str(path)!r} is a folder, not a file")
    return target


def iter_item_rows(path: str | Path, what: str = "file", *,
                   columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL or Parquet item file, as dicts (``data`` as stored).

    ``columns`` reads only those columns of a Parquet file (JSON lines are read whole).

    Raises:
        InvalidParams: the file does not exist or is a folder.
        InvalidItem: the file is neither Parquet nor JSON Lines of objects with a
            text ``prompt`` and ``answer``, naming the file and the line.
    """
    target = _open_checked(path, what)
    if _is_parquet(target):
        pq = require("pyarrow.parquet", f"reading the Parquet {what} {str(path)!r}")
        try:
            parquet = pq.ParquetFile(target)
            names = parquet.schema_arrow.names
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds
            raise InvalidItem(f"{what} {str(path)!r} is not a readable Parquet file ({exc})") from None
        if "prompt" not in names or "answer" not in names:
            raise InvalidItem(f"{what} {str(path)!r} has no 'prompt' and 'answer' columns, "
                              "so it holds no items")
        for batch in parquet.iter_batches(columns=columns):
            yield from batch.to_pylist()
        return
    with target.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                raise InvalidItem(f"{what} {str(path)!r} is neither JSON Lines nor Parquet "
                                  f"(line {number} is not JSON)") from None
            if not isinstance(row, dict) or not all(isinstance(row.get(k), str)
                                                    for k in ("prompt", "answer")):
                raise InvalidItem(f"{what} {str(path)!r} line {number} is not an item "
                                  "(a JSON object with a text 'prompt' and 'answer')")
            yield row


def read_questions(path: str | Path, what: str = "file") -> Iterator[tuple[str, str]]:
    """``(prompt, answer)`` of each item of a JSONL or Parquet file (see :func:`iter_item_rows`)."""
    for row in iter_item_rows(path, what, columns=["prompt", "answer"]):
        yield row["prompt"], row["answer"]


def read_items(path: str | Path) -> list[Item]:
    """The items of a JSONL or Parquet file (either item schema), in order.

    Raises:
        InvalidParams: the file does not exist or is a folder.
        InvalidItem: a row is not an item, naming the file and the row.
    """
    from .item import Item

    items = []
    for number, row in enumerate(iter_item_rows(path), 1):
        try:
            items.append(Item.from_dict(row))
        except InvalidItem as exc:
            raise InvalidItem(f"{str(path)!r} row {number}: {exc}") from None
    return items
