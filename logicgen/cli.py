"""The ``logicgen`` command line: a thin layer over the library.

Every command parses its arguments, calls the public API and prints. Errors the
library raises for bad input (:class:`~logicgen.errors.LogicgenError`) are shown
as one sentence on standard error, without a traceback, with exit code 2.
Heavy modules are imported inside the commands so that ``--help`` is quick.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

import click

from .errors import MAX_ECHO, LogicgenError, count_noun, shorten

if TYPE_CHECKING:
    from .item import Item

OUTPUT_FORMATS = ("text", "markdown", "json", "jsonl")
DIFFICULTY_CHOICE = click.Choice(["easy", "medium", "hard"])


class InputError(click.ClickException):
    """A bad argument or value: printed as ``Error: ...``, exit code 2."""

    exit_code = 2


class _Group(click.Group):
    """The command group: every error for bad input is one line on stderr, exit code 2."""

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # an unknown option of `logicgen` itself
            raise _one_line(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LogicgenError as exc:
            raise InputError(" ".join(str(exc).split())) from None
        except click.UsageError as exc:  # from parsing a command's arguments
            raise _one_line(exc) from None
        except BrokenPipeError:  # e.g. `logicgen generate ... | head`
            sys.stderr.close()
            sys.exit(0)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List every command with its whole summary (click cuts long ones mid-sentence)."""
        rows = [(name, self.commands[name].get_short_help_str(limit=1000))
                for name in self.list_commands(ctx) if not self.commands[name].hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _one_line(exc: click.UsageError) -> click.UsageError:
    """Click's usage error as one sentence without the usage lines, naming the help to read.

    Values echoed in it are shortened (see :func:`logicgen.errors.shorten`).
    """
    text = " ".join(exc.format_message().split()).rstrip(".")
    text = re.sub(r"\.\s*\(?Did you mean (.*?\?)\)?$", r"; did you mean \1", text)
    text = re.sub(f"'([^']{{{MAX_ECHO + 1},}})'", lambda m: repr(shorten(m.group(1))), text)
    if exc.ctx is not None and not text.endswith("?"):
        text += f" (see `{exc.ctx.command_path} --help`)"
    return click.UsageError(text, ctx=None)


def _version() -> str:
    from . import __version__

    return __version__


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]},
             invoke_without_command=True)
@click.version_option(_version(), "--version", prog_name="logicgen")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Seeded, verified practice items for logic tests.

    \b
    Examples:
      logicgen build logic-test -s 7 -o practice.pdf     (a printable practice test)
      logicgen practice quick-10                         (timed, in the terminal)
      logicgen grade set.json answers.txt                (mark a paper set)
      logicgen generate sequence.number -n 5 -d hard -s 7
      logicgen verify items.jsonl
      logicgen show sequence.number-m4-KE5MRDDJ5G
    """
    if ctx.invoked_subcommand is None:  # plain `logicgen`: the help, which is no error
        click.echo(ctx.get_help())


def check_output_path(path: str | None) -> bool:
    """Fail before any work when ``path`` cannot be an output file; True for a file path.

    A symbolic link is written through to its target; a folder, a device, a FIFO
    or a path ending in a slash is refused.
    """
    if path is None or path == "-":
        return False
    _output_target(path)
    return True


def _output_target(path: str) -> str:
    """The regular file that writing ``path`` replaces: ``path``, or the file its
    symbolic links lead to. Raises :class:`InputError` for anything else."""
    shown = repr(shorten(path))
    if path.endswith(("/", os.sep)) or (os.altsep and path.endswith(os.altsep)):
        raise InputError(f"output path {shown} ends with a slash, so it names a folder; "
                         "give a file name")
    target = os.path.realpath(path) if os.path.islink(path) else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:  # e.g. a loop of symbolic links
        raise InputError(f"cannot write to {shown}: {exc.strerror or exc}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(f"output path {shown} is a folder, not a file")
    if mode is not None and not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) \
            else "a device"
        raise InputError(f"output path {shown} is {kind}, not a regular file; "
                         "give the name of a file to write")
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise InputError(f"output folder {shorten(folder)!r} does not exist (for -o {shown})")
    return target


@contextlib.contextmanager
def atomic_file(path: str, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` and rename it into place on success.

    Nothing is left behind when writing fails or is interrupted, and a file that
    was there stays whole. A new file gets the permissions an ordinary new file
    would (the temporary file's are 0600); a replaced one keeps its own. When
    ``path`` is a symbolic link the link stays and its target is replaced, with
    the temporary file in the target's folder so the rename stays atomic.
    """
    import tempfile
    from pathlib import Path

    target = Path(_output_target(path))
    shown = repr(shorten(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write to {shown}: {exc.strerror or exc}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        mode_text = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with os.fdopen(fd, mode_text, encoding=encoding,
                       newline=None if binary else "\n") as handle:
            yield handle
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write to {shown}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(text: str, path: str | None) -> None:
    """Print ``text``, or write it to ``path`` atomically (no partial file on failure)."""
    if path is None or path == "-":
        click.echo(text, nl=False)
        return
    with atomic_file(path) as handle:
        handle.write(text)


def _written(what: str, output: str | None) -> None:
    """Confirm on stderr that ``what`` went to the file ``output`` (nothing for stdout)."""
    if output is not None and output != "-":
        click.echo(f"{what} written to {output}", err=True)


@cli.command(short_help="List the families: name, area, levels, formats and what each makes.")
@click.option("--long", "long_", is_flag=True,
              help="Add each level's capacity: about how many distinct prompts the family "
                   "makes (docs/capacity.md).")
def families(long_: bool) -> None:
    """List the families: name, area, difficulties and what each makes.

    With --long, a capacity column gives each level's estimated number of distinct
    prompts (e = easy, m = medium, h = hard; ~ an estimate, ≥ a lower bound), from
    a table measured offline; `logicgen capacity FAMILY` measures one afresh.
    """
    from .registry import listing

    table = None
    if long_:
        from .capacity import load_table

        table = load_table()
    rows = []
    for name, area, levels, formats, summary in listing():
        row = [name, area, "/".join(d[0] for d in levels), ",".join(formats)]
        if table is not None:
            from .capacity import table_cell

            row.append(table_cell(table.get(name), levels))
        rows.append((*row, summary))
    header = ("family", "area", "levels", "formats",
              *(("capacity",) if table is not None else ()), "description")
    n = len(header) - 1
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(n)]
    for r in [header, *rows]:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(r, widths)) + "  " + r[n])


@cli.command(short_help="Estimate how many distinct items a family can make.")
@click.argument("family")
@click.option("-d", "--difficulty", type=DIFFICULTY_CHOICE, default="medium", show_default=True)
@click.option("-n", "--sample", type=int, default=None,
              help="Items in each of the two batches  [default: 500]")
@click.option("-s", "--seed", type=int, default=1, show_default=True,
              help="Seed of the two batches; the same seed gives the same estimate.")
def capacity(family: str, difficulty: str, sample: int | None, seed: int) -> None:
    """Estimate how many distinct items FAMILY makes at one difficulty.

    Two batches are drawn and compared (capture-recapture, Chapman's estimator),
    once over the normalised prompt and once over the structure (the item's data
    with names and wording removed); see docs/capacity.md.

    \b
      logicgen capacity quant.arithmetic -d easy
      logicgen capacity deduction.grid -n 2000 -s 7
    """
    from .capacity import DEFAULT_SAMPLE, estimate_capacity

    result = estimate_capacity(family, difficulty,
                               sample=DEFAULT_SAMPLE if sample is None else sample, seed=seed)
    click.echo(result.describe())


GENERATE_FORMATS = (*OUTPUT_FORMATS, "parquet")


def _filter_options(command: Any) -> Any:
    """The ``--unique`` and ``--exclude`` options of ``generate`` and ``dataset``."""
    command = click.option(
        "--exclude", multiple=True, metavar="FILE",
        help="Leave out every item whose prompt and answer (normalised) are those of an "
             "item in this JSONL or Parquet file, e.g. a test set; repeatable. Further "
             "slots replace what is left out.")(command)
    return click.option(
        "--unique", is_flag=True,
        help="No two items with the same prompt and answer (normalised); further slots "
             "replace repeats, so the same arguments give the same items.")(command)


@cli.command(short_help="Generate verified items of one family.")
@click.argument("family")
@click.option("-n", "--count", type=int, default=10, show_default=True, help="How many items.")
@click.option("-d", "--difficulty", type=DIFFICULTY_CHOICE, default="medium", show_default=True)
@click.option("-s", "--seed", type=int, default=None,
              help="Set seed; the same seed gives the same items. Default: a fresh seed.")
@click.option("-f", "--format", "fmt", type=click.Choice(GENERATE_FORMATS), default="text",
              show_default=True, help="Output format (parquet needs -o and logicgen[data]).")
@click.option("--free-response", is_flag=True,
              help="Ask for the value instead of offering lettered options.")
@click.option("-o", "--output", type=str, default=None, help="Write to this file.")
@click.option("-j", "--jobs", type=str, default="1", show_default=True, metavar="N",
              help="Worker processes; the items are the same for any number.")
@click.option("--shard", type=str, default=None, metavar="K/N",
              help="Make only the K-th (1-based) of N equal contiguous slices of the COUNT "
                   "items (needs -s and -f jsonl or parquet); shards 1/N .. N/N written one "
                   "after another are byte for byte the whole set.")
@_filter_options
def generate(family: str, count: int, difficulty: str, seed: int | None, fmt: str,
             free_response: bool, output: str | None, jobs: str, shard: str | None,
             unique: bool, exclude: tuple[str, ...]) -> None:
    """Generate COUNT verified items of FAMILY (see `logicgen families`).

    \b
    Large sets: JSON Lines are streamed, so memory stays flat at any COUNT.
      logicgen generate sequence.number -n 1000000 -s 1 -f jsonl --jobs 2 -o bank.jsonl
      logicgen generate sequence.number -n 1000000 -s 1 -f jsonl --shard 3/8 -o part3.jsonl
      logicgen generate sequence.number -n 1000000 -s 1 -f parquet --jobs 2 -o bank.parquet
      logicgen generate sequence.number -n 5000 -s 1 -f jsonl --unique --exclude test.jsonl -o x.jsonl
    """
    from .core import check_count, check_seed
    from .parallel import iter_items, make_plan, parse_shard, shard_range
    from .problemset import ProblemSet
    from .registry import get
    from .render import render

    check_count(count)
    n_jobs = _jobs_option(jobs)
    start, stop = 0, count
    if shard is not None:
        start, stop = shard_range(count, *parse_shard(shard))
        if seed is None:
            raise InputError("--shard needs -s SEED, or every shard would come from a different set")
        if fmt not in ("jsonl", "parquet"):
            raise InputError(f"--shard needs -f jsonl or -f parquet, whose shards join up "
                             f"exactly (got -f {fmt})")
    if seed is None:
        from .rng import fresh_seed

        seed = fresh_seed()
    check_seed(seed)
    params: dict[str, Any] = {}
    if free_response:
        params["format"] = "numeric"
    fam = get(family)
    check_output_path(output)
    plan, _ = make_plan(fam.name, difficulty, seed, **params)
    if fmt in ("jsonl", "parquet") or unique or exclude:
        if fmt not in ("jsonl", "parquet"):
            raise InputError(f"--unique and --exclude apply to -f jsonl or -f parquet "
                             f"(got -f {fmt})")
        _write_dataset(plan, start, stop, jobs=n_jobs, output=output, fmt=fmt, unique=unique,
                       exclude=exclude, split=None, sharded=shard is not None,
                       what=f"{fam.name} at difficulty {difficulty!r}")
    else:
        with _progress(stop - start, output) as update:
            items = tuple(_counted(iter_items(plan, start, stop, jobs=n_jobs), update))
        title = f"{fam.name} ({difficulty})"
        write_output(render(ProblemSet(title=title, items=items, seed=seed), fmt), output)
    _written(f"{fam.name}, seed {seed}: {count_noun(stop - start, 'item')}", output)


#: runs of at least this many items show a progress bar (when stderr is a terminal)
PROGRESS_MIN = 1000


def _stderr_stream() -> IO[str]:
    return sys.stderr


def _stream_is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


@contextlib.contextmanager
def _progress(total: int, output: str | None) -> Iterator[Any]:
    """A ``click`` progress bar on stderr, shown only for long runs on a terminal.

    Hidden when stderr is not a terminal, and when the items themselves go to a
    terminal on stdout (the bar would be torn by them). Yields ``update(n)``.
    """
    stream = _stderr_stream()
    to_screen = (output is None or output == "-") and _stream_is_terminal(sys.stdout)
    show = total >= PROGRESS_MIN and _stream_is_terminal(stream) and not to_screen
    if not show:
        yield lambda n: None
        return
    with click.progressbar(length=total, label="items", file=stream,  # type: ignore[call-overload]
                           show_pos=True, show_eta=True) as bar:
        yield bar.update


def _jobs_option(text: str) -> int:
    """The value of ``--jobs``: a whole number of worker processes."""
    from .parallel import MAX_JOBS

    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= MAX_JOBS:
        raise InputError(f"--jobs must be a whole number from 1 to {MAX_JOBS} (got {text!r})")
    return int(value)


def _write_blocks(blocks: Any, output: str | None, total: int) -> None:
    """Write blocks of JSON lines (from :mod:`logicgen.parallel`) with a progress bar."""
    with _progress(total, output) as update:
        if output is None or output == "-":
            for block in blocks:
                click.echo(block, nl=False)
                update(block.count("\n"))
            return
        with atomic_file(output) as handle:
            for block in blocks:
                handle.write(block)
                update(block.count("\n"))


def _counted(items: Any, update: Any) -> Iterator[Any]:
    for item in items:
        yield item
        update(1)


def _write_dataset(plan: Any, start: int, stop: int, *, jobs: int, output: str | None,
                   fmt: str, unique: bool, exclude: tuple[str, ...], split: str | None,
                   sharded: bool, what: str) -> None:
    """Write slots ``start .. stop - 1`` of ``plan`` as JSONL or Parquet.

    With ``unique`` or ``exclude`` the items are filtered (further slots replace
    what is dropped) and the count dropped is printed on stderr; with ``split``
    each split goes to its own file beside ``output``. Everything is checked
    before any output is made, and nothing partial is left behind on failure.
    """
    from .dedupe import Dropped, candidates, exclude_keys, filter_items, parse_split
    from .parallel import iter_items, iter_jsonl
    from .records import blocks_of

    if fmt == "parquet":
        _check_parquet_output(output)
    if sharded and (unique or exclude):
        raise InputError("--unique and --exclude draw further slots to replace what they "
                         "drop, so they cannot be used with --shard")
    splits = parse_split(split) if split is not None else None
    if splits is not None and (output is None or output == "-"):
        raise InputError(f"--split needs -o FILE; each split is written beside it, e.g. "
                         f"{_split_path('data.' + fmt, splits[0][0])}")
    excluded = exclude_keys(exclude) if exclude else None
    count = stop - start
    dropped = Dropped()
    if unique or excluded is not None:
        items: Any = filter_items(candidates(plan, start, count, jobs=jobs), count,
                                  unique=unique, exclude=excluded, what=what, dropped=dropped)
    elif splits is not None:
        items = iter_items(plan, start, stop, jobs=jobs)
    else:
        items = None
    if items is None and fmt == "jsonl":
        _write_blocks(iter_jsonl(plan, start, stop, jobs=jobs), output, count)
        return
    with _progress(count, output) as update, contextlib.ExitStack() as stack:
        if splits is None:
            blocks = iter_jsonl(plan, start, stop, jobs=jobs) if items is None \
                else blocks_of(items)
            sink = _sink(stack, output, fmt)
            for block in blocks:
                sink.write(block)
                update(block.count("\n"))
            sink.close()
        else:
            _write_splits(stack, items, splits, output, fmt, update)  # type: ignore[arg-type]
    if unique or excluded is not None:
        click.echo(f"{count} items written; {dropped.sentence()}", err=True)


def _sink(stack: contextlib.ExitStack, output: str | None, fmt: str) -> Any:
    """Where blocks of JSON lines go: standard output, or an atomic JSONL or Parquet file."""
    from .records import JsonlSink, ParquetSink

    if output is None or output == "-":
        return JsonlSink(lambda block: click.echo(block, nl=False))
    if fmt == "parquet":
        sink = ParquetSink(stack.enter_context(atomic_file(output, binary=True)))
        stack.callback(sink.abort)  # on failure: before the unfinished file is removed
        return sink
    return JsonlSink(stack.enter_context(atomic_file(output)).write)


def _split_path(output: str, name: str) -> str:
    """``data/mix.jsonl`` and split ``train`` give ``data/mix-train.jsonl``."""
    from pathlib import PurePath

    path = PurePath(output)
    return str(path.with_name(f"{path.stem}-{name}{path.suffix}"))


def _write_splits(stack: contextlib.ExitStack, items: Any, splits: Any, output: str, fmt: str,
                  update: Any) -> None:
    """Send each item to its split's file (see :func:`logicgen.dedupe.split_of`)."""
    from .dedupe import split_bounds, split_of

    bounds = split_bounds(splits)
    sinks = {name: _sink(stack, _split_path(output, name), fmt) for name, _ in splits}
    pending: dict[str, list[str]] = {name: [] for name, _ in splits}
    counts = dict.fromkeys(pending, 0)
    for item in items:
        name = split_of(item, splits, bounds)
        pending[name].append(item.to_json() + "\n")
        counts[name] += 1
        if len(pending[name]) >= 1000:
            sinks[name].write("".join(pending[name]))
            pending[name] = []
        update(1)
    for name, sink in sinks.items():
        sink.write("".join(pending[name]))
        sink.close()
    click.echo("; ".join(f"{_split_path(output, name)}: {n} items" for name, n in counts.items()),
               err=True)


@cli.command(short_help="Draw items from several families by weight, as JSON Lines or Parquet.")
@click.argument("mixture", metavar="BLUEPRINT_OR_WEIGHTS")
@click.option("-n", "--count", type=int, required=True, help="How many items.")
@click.option("-s", "--seed", type=int, default=None,
              help="Set seed; the same seed gives the same dataset. Default: a fresh seed "
                   "(printed on stderr).")
@click.option("-o", "--output", type=str, default=None,
              help="Write to this file (.parquet: Parquet, else JSON Lines).")
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default=None,
              help="Output format. Default: parquet for a .parquet output, else jsonl.")
@click.option("-j", "--jobs", type=str, default="1", show_default=True, metavar="N",
              help="Worker processes; the items are the same for any number.")
@click.option("--shard", type=str, default=None, metavar="K/N",
              help="Make only the K-th (1-based) of N contiguous slices of the COUNT items "
                   "(needs -s); the shards written in order are the whole dataset.")
@_filter_options
@click.option("--split", type=str, default=None, metavar="NAME=SHARE,...",
              help="Write named splits, e.g. train=0.9,test=0.1, each to -o's name plus "
                   "-NAME (bank.jsonl: bank-train.jsonl, bank-test.jsonl); an item's split "
                   "is decided by a hash of its prompt and answer, so splits never share a "
                   "question, in any run.")
def dataset(mixture: str, count: int, seed: int | None, output: str | None, fmt: str | None,
            jobs: str, shard: str | None, unique: bool, exclude: tuple[str, ...],
            split: str | None) -> None:
    """Draw COUNT verified items from several families by weight, as JSON Lines or Parquet.

    BLUEPRINT_OR_WEIGHTS is either weights, FAMILY[:DIFFICULTY]=WEIGHT entries
    separated by commas (difficulty medium unless given; family names without
    weights weigh the same), or a blueprint (a name
    from `logicgen blueprints` or a .toml path), whose sections' families,
    difficulty mixes and counts become the weights. Every item names its family
    and difficulty; grade answers with `logicgen.score(item, response)`.

    \b
    Examples:
      logicgen dataset "sequence.number=2,deduction.syllogism=1" -n 1000 -s 1 -o mix.jsonl
      logicgen dataset logic-test -n 100000 -s 7 --jobs 2 -o bank.jsonl
      logicgen dataset logic-test -n 100000 -s 7 --jobs 2 -o bank.parquet
      logicgen dataset logic-test -n 10000 -s 7 --unique --split train=0.9,test=0.1 -o bank.jsonl
    """
    from .core import check_count, check_seed
    from .dataset import dataset_plan
    from .parallel import parse_shard, shard_range

    check_count(count)
    n_jobs = _jobs_option(jobs)
    start, stop = 0, count
    if shard is not None:
        start, stop = shard_range(count, *parse_shard(shard))
        if seed is None:
            raise InputError("--shard needs -s SEED, or every shard would come from a different set")
    fresh = seed is None
    if seed is None:
        from .rng import fresh_seed

        seed = fresh_seed()
    check_seed(seed)
    plan = dataset_plan(mixture, seed)
    check_output_path(output)
    if fmt is None:
        fmt = (output is not None and _parquet_suffix(output)) or "jsonl"
    if fresh:
        click.echo(f"seed {seed}", err=True)
    _write_dataset(plan, start, stop, jobs=n_jobs, output=output, fmt=fmt, unique=unique,
                   exclude=exclude, split=split, sharded=shard is not None,
                   what=f"the mixture {mixture!r}")
    if split is None:
        _written(count_noun(stop - start, "item"), output)


@cli.command(short_help="Regenerate one item from its code.")
@click.argument("code")
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="text",
              show_default=True)
@click.option("-v", "--verbose", is_flag=True,
              help="After the item, what its solver works from and finds: the answers it "
                   "derives, its effort score, the estimated time and the item's data.")
def show(code: str, fmt: str, verbose: bool) -> None:
    """Regenerate the one item that CODE names.

    \b
      logicgen show sequence.number-m4-KE5MRDDJ5G
      logicgen show sequence.number-m4-KE5MRDDJ5G --verbose
    """
    from .core import item_from_code
    from .problemset import ProblemSet
    from .render import render

    if verbose and fmt != "text":
        raise InputError(f"--verbose goes with -f text; -f {fmt} already carries the item's "
                         "data (got -f {fmt} --verbose)".replace("{fmt}", fmt))
    item = item_from_code(code)
    click.echo(render(ProblemSet(title=item.code, items=(item,)), fmt), nl=False)
    if verbose:
        click.echo(_solver_view(item))


def _solver_view(item: Item) -> str:
    """What ``show --verbose`` adds: the solver's own answers, its effort score and the
    band it must fall in, the time estimate and cap, and the item's data as JSON."""
    import json

    from .registry import get
    from .timing import CAPS

    fam = get(item.family)
    found = fam.solver(item.data, item.choices)
    shown = "; ".join(str(a) for a in found) or "none"
    noun = "answer" if len(found) == 1 else "answers"
    lines = [f"Solver: from the data and options alone it finds {len(found)} {noun}: {shown}"]
    measured = fam.measure(item.data)
    band = fam.band(item.difficulty)
    if measured is not None:
        keeps = "" if band is None else f" ({item.difficulty} keeps {band[0]:g} to {band[1]:g})"
        lines.append(f"Effort score: {measured:g}{keeps}")
    lines.append(f"Estimated time: {item.seconds:g} s ({item.difficulty} cap "
                 f"{CAPS[item.difficulty]:g} s)")
    lines.append("Data:")
    lines += [f"  {key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}"
              for key, value in sorted(item.data.items())]
    return "\n" + "\n".join(lines)


@cli.command(short_help="Re-verify every item of a JSON or JSONL file.")
@click.argument("path")
def verify(path: str) -> None:
    """Re-verify every item of a JSON, JSONL or Parquet file from its data alone.

    PATH may be `-` to read standard input. Exit code 0 when every item passes,
    1 with a report of each failure otherwise.
    """
    from .problemset import load_items
    from .verification import verify as verify_item

    if path == "-":
        items = load_items(sys.stdin.read(), "standard input")
    elif path.lower().endswith(".parquet"):
        from .records import read_items

        items = read_items(path)
    else:
        items = load_items(_read_text(path), path)
    failed = 0
    for number, item in enumerate(items, 1):
        report = verify_item(item)
        if not report.ok:
            failed += 1
            click.echo(f"item {number} ({item.code}): FAILED", err=True)
            for problem in report.problems:
                click.echo(f"  - {problem}", err=True)
    click.echo(f"{len(items) - failed} of {count_noun(len(items), 'item')} verified"
               + (f", {failed} failed" if failed else ""))
    sys.exit(1 if failed else 0)


BUILD_FORMATS = ("pdf", "html", "quiz", "markdown", "text", "json", "jsonl", "moodle", "gift",
                 "qti", "canvas", "anki", "parquet")


@cli.command(short_help="Build a practice set from a blueprint: PDF, HTML, quiz, text and more.")
@click.argument("blueprint")
@click.option("-s", "--seed", type=int, default=None,
              help="Set seed. Default: the blueprint's seed, else a fresh one (printed).")
@click.option("--form", default="A", show_default=True,
              help="Form letter; forms of one seed hold different items.")
@click.option("-o", "--output", type=str, default=None,
              help="Write to this file; its suffix picks the format (.pdf .html .md .txt "
                   ".json .jsonl .parquet .xml .gift .apkg); the quiz, QTI and Canvas need -f.")
@click.option("-f", "--format", "fmt", type=click.Choice(BUILD_FORMATS), default=None,
              help="Output format. Default: from the output suffix, else text.")
@click.option("--no-key", is_flag=True, help="Questions only, without the answer key.")
@click.option("--key-only", is_flag=True, help="The answer key only.")
@click.option("--quiz-mode", type=click.Choice(["single", "list"]), default=None,
              help="Quiz, learning: one question at a time (single, the default) or all on "
                   "one page. An exam is always one at a time.")
@click.option("--scoring", type=click.Choice(["immediate", "end"]), default=None,
              help="Quiz, learning: mark and explain each answer as it is given (the "
                   "default) or all at the end.")
@click.option("--minutes", type=float, default=None,
              help="Quiz: the exam's time limit in minutes, 0 for none. Default: the "
                   "blueprint's.")
@click.option("--answer-sheet", is_flag=True,
              help="Write the set's one-page answer sheet (PDF: name, sheet id, a row of "
                   "bubbles per question) instead of the set.")
def build(blueprint: str, seed: int | None, form: str, output: str | None, fmt: str | None,
          no_key: bool, key_only: bool, quiz_mode: str | None, scoring: str | None,
          minutes: float | None, answer_sheet: bool) -> None:
    """Build a practice set from BLUEPRINT (a name from `logicgen blueprints` or a .toml path).

    `-f quiz` writes an interactive page to take in a browser, as an exam (timed,
    forward only, marked at the end) or to learn (each answer explained at once);
    it keeps the attempts in the browser (see docs/quiz.md).
    `-f qti` (QTI 2.1), `-f canvas` (Canvas Classic Quizzes, QTI 1.2) and `-f anki`
    (needs logicgen[anki]) write packages to import into a learning platform.

    Handouts (--no-key) carry the sheet id but no seed and no item codes; the key
    carries all three. Without -s (and no seed in the blueprint) the seed is drawn
    from the operating system's randomness (63 bits) and printed on stderr.

    \b
    Examples:
      logicgen build logic-test -s 7 -o practice.pdf
      logicgen build logic-test -s 7 --form B --no-key -o form-b.pdf
      logicgen build quick-10 -s 3
      logicgen build sequences -s 1 -o drill.xml      (Moodle XML)
      logicgen build quick-10 -s 3 -f quiz -o quiz.html --scoring end
      logicgen build logic-test -s 7 -f canvas -o quiz.zip
      logicgen build logic-test --no-key -o handout.pdf
      logicgen build logic-test -s SEED --answer-sheet -o sheet.pdf
    """
    from .blueprint import build_set
    from .render import BINARY, PRINTABLE, format_for_path, render_bytes

    if no_key and key_only:
        raise InputError("--no-key and --key-only cannot be used together")
    to_file = check_output_path(output)
    if answer_sheet:
        fmt = _answer_sheet_format(fmt, output, no_key or key_only)
    if fmt is None:
        if to_file:
            fmt = format_for_path(output) or _parquet_suffix(output)  # type: ignore[arg-type]
            if fmt is None:
                raise InputError(
                    f"cannot tell the format from the suffix of {output!r}; use .pdf, .html, "
                    ".md, .txt, .json, .jsonl, .parquet, .xml, .gift or .apkg, or give -f"
                )
        else:
            fmt = "text"
    if fmt == "pdf" and not to_file:
        raise InputError("PDF output needs a file: add -o NAME.pdf")
    if fmt in BINARY and not to_file:
        suffix = ".apkg" if fmt == "anki" else ".zip"
        raise InputError(f"-f {fmt} writes a package, which needs a file: add -o NAME{suffix}")
    if fmt == "parquet":
        _check_parquet_output(output)
    if (no_key or key_only) and fmt not in PRINTABLE:
        flag = "--no-key" if no_key else "--key-only"
        raise InputError(f"{flag} applies to {', '.join(PRINTABLE)} output (got -f {fmt})")
    quiz_flags = [name for name, value in (("--quiz-mode", quiz_mode), ("--scoring", scoring),
                                           ("--minutes", minutes)) if value is not None]
    if quiz_flags and fmt != "quiz":
        raise InputError(f"{quiz_flags[0]} applies to -f quiz output (got -f {fmt})")
    seed, fresh = _set_seed(blueprint, seed)
    problem_set = build_set(blueprint, seed=seed, form=form)
    if (no_key or fmt == "quiz") and problem_set.seed is not None and problem_set.seed < 2**32:
        click.echo(f"warning: seed {problem_set.seed} is below 2**32, so this set can be rebuilt "
                   "by trying seeds until the questions match; leave out -s for a 63-bit seed",
                   err=True)
    if answer_sheet:
        from .render.sheet import render_sheet

        _write_bytes(render_sheet(problem_set), output)  # type: ignore[arg-type]
        click.echo(f"{problem_set.title}, form {problem_set.form}, sheet {problem_set.sheet_id}"
                   + (f", seed {problem_set.seed}" if fresh else "")
                   + f": answer sheet for {len(problem_set.items)} questions written to {output}",
                   err=True)
        return
    if fmt == "parquet":
        from .records import blocks_of, write_parquet

        with atomic_file(output, binary=True) as handle:  # type: ignore[arg-type]
            write_parquet(blocks_of(problem_set.items), handle)
        data = b""
    elif fmt == "quiz":
        from .render.quiz import render as render_quiz

        data = render_quiz(problem_set, mode=quiz_mode or "single", scoring=scoring or "immediate",
                           minutes=minutes).encode("utf-8")
    else:
        data = render_bytes(problem_set, fmt, key=not no_key, questions=not key_only)
    if fmt in BINARY:
        _write_bytes(data, output)  # type: ignore[arg-type]
    elif fmt != "parquet":
        write_output(data.decode("utf-8"), output)
    if to_file:
        click.echo(f"{problem_set.title}, form {problem_set.form}, sheet {problem_set.sheet_id}, "
                   f"seed {problem_set.seed}: {count_noun(len(problem_set.items), 'question')} "
                   f"written to {output}", err=True)
    elif fresh:
        click.echo(f"seed {problem_set.seed} (sheet {problem_set.sheet_id})", err=True)
    note = problem_set.time_note()
    if note and to_file:
        click.echo(f"Note: {note}.", err=True)


def _set_seed(blueprint: str, seed: int | None) -> tuple[int | None, bool]:
    """The seed to build with, and whether it was drawn here.

    Without -s and without a seed in the blueprint, a fresh seed comes from the
    operating system's randomness with 63 bits, far too many to find by trying
    seeds until a handout's questions match.
    """
    if seed is not None:
        return seed, False
    from .blueprint import load_blueprint

    if load_blueprint(blueprint, check_families=False).seed is not None:
        return None, False
    from .rng import fresh_seed

    return fresh_seed(), True


def _answer_sheet_format(fmt: str | None, output: str | None, key_flag: bool) -> str:
    """The format of ``--answer-sheet`` output: PDF only, to a file."""
    if key_flag:
        raise InputError("--answer-sheet writes the answer sheet alone; leave out --no-key "
                         "and --key-only")
    if fmt not in (None, "pdf"):
        raise InputError(f"--answer-sheet writes a PDF (got -f {fmt})")
    if output is None or output == "-":
        raise InputError("--answer-sheet writes a PDF, which needs a file: add -o NAME.pdf")
    return "pdf"


def _parquet_suffix(path: str) -> str | None:
    return "parquet" if path.lower().endswith(".parquet") else None


def _check_parquet_output(output: str | None) -> None:
    """Parquet needs pyarrow and a file to write to; fail before any work otherwise."""
    from .records import require

    require("pyarrow", "-f parquet")
    if output is None or output == "-":
        raise InputError("-f parquet needs a file: add -o NAME.parquet")


def _write_bytes(data: bytes, path: str) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_file(path, binary=True) as handle:
        handle.write(data)


@cli.command(short_help="List the shipped blueprints.")
def blueprints() -> None:
    """List the shipped blueprints: name, items, minutes and title."""
    from .blueprint import load_blueprint, shipped_blueprints

    rows = []
    for name in shipped_blueprints():
        bp = load_blueprint(name, check_families=False)
        minutes = f"{bp.minutes:g}" if bp.minutes else "-"
        rows.append((name, str(bp.count), minutes, str(bp.forms), bp.title))
    header = ("blueprint", "items", "minutes", "forms", "title")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:4], widths[1:])]
        click.echo("  ".join(cells) + "  " + row[4])


DB_HELP = ("History database file. Default: $LOGICGEN_DB, else history.sqlite3 in the "
           "user's data folder (e.g. ~/.local/share/logicgen).")


@cli.command(short_help="Take a timed practice session in the terminal.")
@click.argument("blueprint", default="quick-10")
@click.option("-s", "--seed", type=int, default=None,
              help="Set seed. Default: the blueprint's seed, else a fresh one (printed).")
@click.option("--minutes", type=float, default=None,
              help="Time limit in minutes. Default: the blueprint's (untimed if it has none).")
@click.option("--form", default="A", show_default=True, help="Form letter.")
@click.option("--db", "db_path", default=None, help=DB_HELP)
@click.option("--adaptive", is_flag=True,
              help="Weight the set toward the families and levels the history shows you miss "
                   "or answer slowly (same families and size as BLUEPRINT; a fresh seed unless "
                   "-s). Prints the seed and the count list that rebuild the set.")
@click.option("--mode", type=click.Choice(["exam", "learn"]), default="exam", show_default=True,
              help="exam: in order, no going back, timed, marked at the end; learn: each "
                   "answer marked at once with the method and explanation, untimed unless "
                   "--minutes.")
@click.option("--figures/--no-figures", "figures", default=None,
              help="Keep figure items (shown as text descriptions) or leave them out. "
                   "Default: left out in exam mode, kept in learn mode.")
def practice(blueprint: str, seed: int | None, minutes: float | None, form: str,
             db_path: str | None, adaptive: bool, mode: str, figures: bool | None) -> None:
    """A practice session of BLUEPRINT (default quick-10), one question at a time.

    --mode exam (the default) is like the real test: timed, the questions in
    order with no going back, the results at the end. --mode learn marks each
    answer at once with the method and the explanation, untimed unless --minutes.

    BLUEPRINT is a name from `logicgen blueprints`, a .toml path, or a count list
    FAMILY[:LEVEL]=COUNT,... such as "sequence.number:easy=3,quant.rates=2" (the
    form --adaptive prints; untimed unless --minutes is given).

    Answer with the option letter (or the option's text, or T/F/U), or type the
    value for questions without options; anything else is asked again. The time
    left is shown with every question (in a terminal, as a live clock); when it
    runs out the session ends and unanswered questions count as missed.

    \b
    Commands:
      s   skip this question (learn: come back to it later)
      !   flag or unflag this question for the review
      <   back to the previous question (learn mode)
      q   finish now (asks first if over a third is unanswered)
      ?   help
    Ctrl-C or end of input also finishes; every answer is saved as it is given.

    At the end: the score, time per question, accuracy per family and difficulty,
    and every missed or flagged question with its explanation.

    \b
    Examples:
      logicgen practice logic-test
      logicgen practice logic-test --mode learn
      logicgen practice logic-test --adaptive
      logicgen practice "sequence.number:easy=3,quant.rates=2" -s 7 --minutes 2
    """
    import math

    from .practice.session import COMMANDS_HELP, Session, report, run
    from .practice.store import HistoryStore

    if minutes is not None and (not math.isfinite(minutes) or not 0 < minutes <= 1440):
        raise InputError(f"--minutes must be between 0 and 1440 (got {minutes:g})")
    store = None
    if adaptive:
        from .practice.mix import base_mix

        base_mix(blueprint)  # a typo creates no history file
        store = HistoryStore.open(db_path)
    no_figures = not figures if figures is not None else mode == "exam"
    try:
        problem_set, notes = _practice_set(blueprint, seed, form, minutes, store, no_figures)
        if store is None:
            store = HistoryStore.open(db_path)
        if figures is None and no_figures:
            notes = [_exam_figures_note(note, blueprint) for note in notes]
        limit = minutes if minutes is not None else problem_set.minutes
        if mode == "learn" and minutes is None:
            limit = None  # learning is untimed unless asked
        facts = [f"seed {problem_set.seed}", count_noun(len(problem_set.items), "question"),
                 f"{limit:g} minute{'' if limit == 1 else 's'}" if limit else "no time limit"]
        if "=" not in str(problem_set.meta.get("blueprint", "")):
            facts.insert(0, f"form {problem_set.form}")
        click.echo(click.style(problem_set.title, bold=True) + " (" + ", ".join(facts) + ")")
        for note in notes:
            click.echo(note)
        click.echo(COMMANDS_HELP)
        session_id = store.start_session(
            blueprint=str(problem_set.meta.get("blueprint", blueprint)), title=problem_set.title,
            form=problem_set.form, seed=problem_set.seed, minutes=limit,
            n_items=len(problem_set.items))
        session = Session(problem_set.items, seconds=limit * 60 if limit else None, mode=mode)
        saving = store

        def save(position: int, answer: Any, seconds: float) -> None:
            item = problem_set.items[position]
            saving.record_answer(session_id, position + 1, code=item.code, family=item.family,
                                 difficulty=item.difficulty, response=answer.response,
                                 correct=answer.correct, seconds=seconds)

        run(session, on_answer=save)
        store.finish_session(session_id, end_reason=session.end_reason or "quit")
        click.echo("\n".join(report(session)).rstrip())
        click.echo(f"\nSaved to {store.path} (session {session_id}).")
    finally:
        if store is not None:
            store.close()


def _exam_figures_note(note: str, blueprint: str) -> str:
    """Exam mode's own note on the figure items it left out (they are pictures)."""
    if not note.endswith("(--no-figures)."):
        return note
    return (note.replace("(--no-figures).", "of this exam: they are pictures, which the quiz "
                         f"(logicgen build {blueprint} -f quiz) and the PDF show; --figures "
                         "brings them back as text."))


def _practice_set(blueprint: str, seed: int | None, form: str, minutes: float | None,
                  store: Any, no_figures: bool) -> tuple[Any, list[str]]:
    """The set `practice` runs, and the lines to print about it: adaptive (when
    ``store`` is given), from a count list, or from a blueprint."""
    from .blueprint import build_set
    from .practice.mix import adaptive_lines, adaptive_set, counts_set, is_counts, without_figures

    counts = is_counts(blueprint)
    if (store is not None or counts) and form.upper() != "A":
        what = "an adaptive set" if store is not None else "a count list"
        raise InputError(f"--form applies to blueprints; {what} has one form (got --form {form})")
    if store is not None:
        made = adaptive_set(blueprint, store.answers(), seed, minutes=minutes,
                            figures=not no_figures)
        limit = minutes if minutes is not None else made.problem_set.minutes
        return made.problem_set, adaptive_lines(made, limit)
    if counts:
        problem_set = counts_set(blueprint, seed, minutes=minutes)
    else:
        problem_set = build_set(blueprint, seed=seed, form=form)
    notes = []
    if no_figures:
        problem_set, dropped = without_figures(problem_set)
        if not problem_set.items:
            raise InputError(f"every question of {blueprint} is a figure item, so none is "
                             "left with --no-figures")
        if dropped:
            notes.append(f"Left out {dropped} figure item{'s' if dropped != 1 else ''} "
                         "(--no-figures).")
    return problem_set, notes


@cli.command(short_help="Grade the answers to a set taken on paper.")
@click.argument("set_path", metavar="SET.json")
@click.argument("answers_path", metavar="ANSWERS")
@click.option("-f", "--format", "report_format", type=click.Choice(["markdown", "csv"]),
              default=None, help="CSV responses: the report as Markdown (the default) or CSV.")
@click.option("--by-question", is_flag=True,
              help="CSV responses with -f csv: write the per-question table instead of the "
                   "scores.")
@click.option("-o", "--output", type=str, default=None,
              help="CSV responses: write the report to this file.")
def grade(set_path: str, answers_path: str, report_format: str | None, by_question: bool,
          output: str | None) -> None:
    """Grade a paper set: the answers in ANSWERS against the set in SET.json.

    SET.json is a set written by `logicgen build -f json` (or any items file that
    `logicgen verify` reads). ANSWERS is a text file either numbered, one answer per
    line (`1 B`, `2 C`, `3 3/8`), or just the answers in order separated by spaces or
    line breaks (`B C 3/8 T`, `-` for a blank). Letters, option text, T/F/U and
    numbers in any equal form (3/8, 0.375, 37.5%) are accepted.

    ANSWERS may also be a CSV of a class's responses (a .csv file, or a header
    with question columns): one row per student, a name column and columns headed
    1, 2, ... (or Q1, Question 1), optionally a sheet column. The report gives each
    student's score and, per question, the share right and the most chosen wrong
    answer. Rows with a problem are listed and not graded; the exit code is then 1.
    """
    import json

    from .practice.grade_csv import decode, looks_like_csv

    csv_options = report_format is not None or by_question or output is not None
    if csv_options or looks_like_csv(
            answers_path, decode(_read_bytes(answers_path, "answers"), answers_path)[0]):
        return _grade_csv(set_path, answers_path, report_format or "markdown", by_question,
                          output)

    from .practice.grade import grade as grade_items
    from .practice.grade import parse_answers
    from .practice.grade import report as grade_report
    from .problemset import SET_SCHEMA, ProblemSet, load_items

    set_text = _read_text(set_path, "set")
    answers_text = _read_text(answers_path, "answers")
    title = set_path
    try:
        obj = json.loads(set_text)
    except (ValueError, RecursionError):
        obj = None  # JSON Lines, or not JSON: load_items says which
    if isinstance(obj, dict) and obj.get("schema") == SET_SCHEMA:
        problem_set = ProblemSet.from_dict(obj, set_path)
        items: Any = problem_set.items
        title = problem_set.title + (f", form {problem_set.form}" if problem_set.form else "") \
            + (f", seed {problem_set.seed}" if problem_set.seed is not None else "")
    else:
        items = load_items(set_text, set_path)
    responses = parse_answers(answers_text, len(items), answers_path, items=items)
    click.echo("\n".join(grade_report(grade_items(items, responses), title)).rstrip())


def _grade_csv(set_path: str, answers_path: str, report_format: str, by_question: bool,
               output: str | None) -> None:
    """`grade` for a CSV of a class's responses (see logicgen.practice.grade_csv)."""
    import json

    from .practice.grade_csv import decode, grade_csv, report_csv, report_markdown
    from .problemset import SET_SCHEMA, ProblemSet, load_items

    if by_question and report_format != "csv":
        raise InputError("--by-question applies to -f csv (the Markdown report has both tables)")
    check_output_path(output)
    set_text = _read_text(set_path, "set")
    text, note = decode(_read_bytes(answers_path, "responses"), answers_path)
    try:
        obj = json.loads(set_text)
    except (ValueError, RecursionError):
        obj = None
    if isinstance(obj, dict) and obj.get("schema") == SET_SCHEMA:
        problem_set = ProblemSet.from_dict(obj, set_path)
        items: Any = problem_set.items
        title = f"{problem_set.title}" + (f", form {problem_set.form}" if problem_set.form else "") \
            + f", sheet {problem_set.sheet_id}"
        sheet_id: str | None = problem_set.sheet_id
    else:
        items, title, sheet_id = load_items(set_text, set_path), set_path, None
    report = grade_csv(items, text, answers_path, title=title, sheet_id=sheet_id)
    if note:
        report.notes.insert(0, note)
    if report_format == "csv":
        body = report_csv(report, by_question=by_question)
        for line in [*report.problems, *(p for _, _, ps in report.failed for p in ps)]:
            click.echo(line, err=True)
        for line in report.notes:
            click.echo(f"note: {line}", err=True)
    else:
        body = report_markdown(report)
    write_output(body, output)
    if not report.ok:
        click.echo(f"{len(report.failed)} row{'s' if len(report.failed) != 1 else ''} not graded"
                   + (f", {len(report.problems)} other problem"
                      f"{'s' if len(report.problems) != 1 else ''}" if report.problems else ""),
                   err=True)
        sys.exit(1)


def _named(path: str, what: str) -> tuple[str, str]:
    """How a message names a file: "set file 'x'" when it has a role, else "file 'x'",
    and the bare name where the sentence already says what it is."""
    file = f"{what} file {shorten(path)!r}" if what else f"file {shorten(path)!r}"
    return file, file if what else repr(shorten(path))


def _read_bytes(path: str, what: str = "") -> bytes:
    """The bytes of ``path``, or an :class:`InputError` naming it (``what``: e.g. "responses")."""
    from pathlib import Path

    file, named = _named(path, what)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{file} does not exist") from None
    except IsADirectoryError:
        raise InputError(f"{named} is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read {named}: {exc.strerror}") from None


def _read_text(path: str, what: str = "") -> str:
    """The UTF-8 text of ``path`` with its line ends made ``\\n``, or an :class:`InputError`."""
    data = _read_bytes(path, what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{_named(path, what)[0]} is not UTF-8 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


@cli.group(invoke_without_command=True,
           short_help="Show past practice sessions, accuracy per family and the trend per area.")
@click.option("--db", "db_path", default=None, help=DB_HELP)
@click.option("--export", type=click.Choice(["csv"]), default=None,
              help="Print every saved answer as CSV instead of the summary.")
@click.option("--html", "html_path", default=None, metavar="FILE",
              help="Write the progress report (one page with charts) to FILE.")
@click.option("--plan", "plan_blueprint", default="logic-test", show_default=True,
              help="The blueprint whose adaptive weights the --html report shows.")
@click.pass_context
def history(ctx: click.Context, db_path: str | None, export: str | None,
            html_path: str | None, plan_blueprint: str) -> None:
    """Past practice sessions, accuracy and speed per family, and the trend per area.

    \b
    Examples:
      logicgen history
      logicgen history --html report.html
      logicgen history import logicgen-results-93VSEZRX.json
    """
    from .practice.store import HistoryStore, export_csv, history_lines

    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is not None:
        return
    if export and html_path:
        raise InputError("--export and --html cannot be used together")
    to_file = check_output_path(html_path)
    if html_path is not None and not to_file:
        raise InputError(f"--html needs a file name (got {html_path!r})")
    from .practice.progress import report_html, trend_lines

    with HistoryStore.open(db_path, create=False) as store:
        if export == "csv":
            click.echo(export_csv(store), nl=False)
        elif html_path is not None:
            from .practice.mix import base_mix

            base_mix(plan_blueprint)  # a bad --plan fails before anything is written
            page = report_html(store.sessions(), store.answers(), plan_blueprint=plan_blueprint,
                               source=str(store.path))
            write_output(page, html_path)
            click.echo(f"Progress report written to {html_path}", err=True)
        else:
            lines = history_lines(store)
            lines += trend_lines(store.sessions(), store.answers())
            click.echo("\n".join(lines))


@history.command("import")
@click.argument("path", metavar="FILE")
@click.option("--db", "db_path", default=None, help=DB_HELP)
@click.pass_context
def history_import(ctx: click.Context, path: str, db_path: str | None) -> None:
    """Add the attempts in FILE (a quiz's "Export results" file) to the history.

    Attempts already in the history are skipped, so importing a file again adds
    nothing. The quiz knows no item codes, so imported answers have none.
    """
    from .practice.results import read_results
    from .practice.store import HistoryStore, import_attempts

    attempts = read_results(_read_text(path, "results"), f"results file {path!r}")
    with HistoryStore.open(db_path or ctx.obj.get("db_path")) as store:
        added, skipped = import_attempts(store, attempts)
        click.echo(f"Imported {added} attempt{'s' if added != 1 else ''} into {store.path}"
                   + (f"; {skipped} already there" if skipped else "") + ".")


def main() -> None:
    """Entry point of the ``logicgen`` console script."""
    cli(prog_name="logicgen")
