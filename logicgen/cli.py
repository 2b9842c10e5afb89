"""The ``logicgen`` command line: a thin layer over the library.

Every command parses its arguments, calls the public API and prints. Errors the
library raises for bad input (:class:`~logicgen.errors.LogicgenError`) are shown
as one sentence on standard error, without a traceback, with exit code 2.
Heavy modules are imported inside the commands so that ``--help`` is quick.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from .errors import LogicgenError

OUTPUT_FORMATS = ("text", "markdown", "json", "jsonl")
DIFFICULTY_CHOICE = click.Choice(["easy", "medium", "hard"])


class InputError(click.ClickException):
    """A bad argument or value: printed as ``Error: ...``, exit code 2."""

    exit_code = 2


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LogicgenError as exc:
            raise InputError(str(exc)) from None
        except BrokenPipeError:  # e.g. `logicgen generate ... | head`
            sys.stderr.close()
            sys.exit(0)


def _version() -> str:
    from . import __version__

    return __version__


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="logicgen")
def cli() -> None:
    """Seeded, verified practice items for logic tests.

    \b
    Examples:
      logicgen families
      logicgen generate sequence.number -n 5 -d hard -s 7
      logicgen generate sequence.number -n 1000 -s 1 -f jsonl -o items.jsonl
      logicgen verify items.jsonl
      logicgen show sequence.number-m1-3Q7ZK1M2AB
    """


def check_output_path(path: str | None) -> bool:
    """Fail before any work when ``path`` cannot be an output file; True for a file path."""
    if path is None or path == "-":
        return False
    from pathlib import Path

    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(f"output folder {str(target.parent)!r} does not exist (for -o {path!r})")
    if target.is_dir():
        raise InputError(f"output path {path!r} is a folder, not a file")
    return True


@contextlib.contextmanager
def atomic_file(path: str, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` and rename it into place on success.

    Nothing is left behind when writing fails or is interrupted, and the file gets
    the permissions an ordinary new file would (the temporary file's are 0600).
    """
    import tempfile
    from pathlib import Path

    check_output_path(path)
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write to {path!r}: {exc.strerror}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline=None if binary else "\n") as handle:
            yield handle
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write to {path!r}: {exc.strerror}") from None
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


@cli.command()
def families() -> None:
    """List the families: name, area, difficulties and what each makes."""
    from .registry import all_families

    rows = [(f.name, f.area, "/".join(d[0] for d in f.difficulties), ",".join(f.formats),
             f.summary) for f in all_families()]
    header = ("family", "area", "levels", "formats", "description")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[4])


@cli.command()
@click.argument("family")
@click.option("-n", "--count", type=int, default=10, show_default=True, help="How many items.")
@click.option("-d", "--difficulty", type=DIFFICULTY_CHOICE, default="medium", show_default=True)
@click.option("-s", "--seed", type=int, default=None,
              help="Set seed; the same seed gives the same items. Default: a fresh seed.")
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("--free-response", is_flag=True,
              help="Ask for the value instead of offering lettered options.")
@click.option("-o", "--output", type=str, default=None, help="Write to this file.")
def generate(family: str, count: int, difficulty: str, seed: int | None, fmt: str,
             free_response: bool, output: str | None) -> None:
    """Generate COUNT verified items of FAMILY (see `logicgen families`)."""
    from .core import check_count, check_seed, generate_iter
    from .problemset import ProblemSet
    from .registry import get
    from .render import render

    check_count(count)
    if seed is None:
        import secrets

        seed = secrets.randbits(32)
    check_seed(seed)
    params: dict[str, Any] = {}
    if free_response:
        params["format"] = "numeric"
    fam = get(family)
    check_output_path(output)
    if fmt == "jsonl":
        _stream_jsonl(generate_iter(fam.name, count, difficulty, seed, **params), output)
        return
    items = tuple(generate_iter(fam.name, count, difficulty, seed, **params))
    title = f"{fam.name} ({difficulty})"
    write_output(render(ProblemSet(title=title, items=items, seed=seed), fmt), output)


def _stream_jsonl(items: Any, output: str | None) -> None:
    """JSON Lines item by item, so memory stays flat for large counts."""
    if output is None or output == "-":
        for item in items:
            click.echo(item.to_json())
        return
    with atomic_file(output) as handle:
        for item in items:
            handle.write(item.to_json() + "\n")


@cli.command()
@click.argument("code")
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="text",
              show_default=True)
def show(code: str, fmt: str) -> None:
    """Regenerate the one item that CODE names."""
    from .core import item_from_code
    from .problemset import ProblemSet
    from .render import render

    item = item_from_code(code)
    click.echo(render(ProblemSet(title=item.code, items=(item,)), fmt), nl=False)


@cli.command()
@click.argument("path")
def verify(path: str) -> None:
    """Re-verify every item of a JSON or JSONL file from its data alone.

    PATH may be `-` to read standard input. Exit code 0 when every item passes,
    1 with a report of each failure otherwise.
    """
    from pathlib import Path

    from .problemset import load_items
    from .verify import verify as verify_item

    if path == "-":
        text = sys.stdin.read()
        source = "standard input"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(f"file {path!r} does not exist") from None
        except IsADirectoryError:
            raise InputError(f"{path!r} is a folder, not a file") from None
        except UnicodeDecodeError:
            raise InputError(f"file {path!r} is not UTF-8 text") from None
        except OSError as exc:
            raise InputError(f"cannot read {path!r}: {exc.strerror}") from None
        source = path
    items = load_items(text, source)
    failed = 0
    for number, item in enumerate(items, 1):
        report = verify_item(item)
        if not report.ok:
            failed += 1
            click.echo(f"item {number} ({item.code}): FAILED", err=True)
            for problem in report.problems:
                click.echo(f"  - {problem}", err=True)
    click.echo(f"{len(items) - failed} of {len(items)} items verified"
               + (f", {failed} failed" if failed else ""))
    sys.exit(1 if failed else 0)


BUILD_FORMATS = ("pdf", "html", "markdown", "text", "json", "jsonl", "moodle", "gift")


@cli.command()
@click.argument("blueprint")
@click.option("-s", "--seed", type=int, default=None,
              help="Set seed. Default: the blueprint's seed, else a fresh one (printed).")
@click.option("--form", default="A", show_default=True,
              help="Form letter; forms of one seed hold different items.")
@click.option("-o", "--output", type=str, default=None,
              help="Write to this file; its suffix picks the format (.pdf .html .md .txt "
                   ".json .jsonl .xml .gift).")
@click.option("-f", "--format", "fmt", type=click.Choice(BUILD_FORMATS), default=None,
              help="Output format. Default: from the output suffix, else text.")
@click.option("--no-key", is_flag=True, help="Questions only, without the answer key.")
@click.option("--key-only", is_flag=True, help="The answer key only.")
def build(blueprint: str, seed: int | None, form: str, output: str | None, fmt: str | None,
          no_key: bool, key_only: bool) -> None:
    """Build a practice set from BLUEPRINT (a name from `logicgen blueprints` or a .toml path).

    \b
    Examples:
      logicgen build logic-test -s 7 -o practice.pdf
      logicgen build logic-test -s 7 --form B --no-key -o form-b.pdf
      logicgen build quick-10 -s 3
      logicgen build sequences -s 1 -o drill.xml      (Moodle XML)
    """
    from .blueprint import build_set
    from .render import PRINTABLE, format_for_path, render_bytes

    if no_key and key_only:
        raise InputError("--no-key and --key-only cannot be used together")
    to_file = check_output_path(output)
    if fmt is None:
        if to_file:
            fmt = format_for_path(output)  # type: ignore[arg-type]
            if fmt is None:
                raise InputError(
                    f"cannot tell the format from the suffix of {output!r}; use .pdf, .html, "
                    ".md, .txt, .json, .jsonl, .xml or .gift, or give -f"
                )
        else:
            fmt = "text"
    if fmt == "pdf" and not to_file:
        raise InputError("PDF output needs a file: add -o NAME.pdf")
    if (no_key or key_only) and fmt not in PRINTABLE:
        flag = "--no-key" if no_key else "--key-only"
        raise InputError(f"{flag} applies to {', '.join(PRINTABLE)} output (got -f {fmt})")
    problem_set = build_set(blueprint, seed=seed, form=form)
    data = render_bytes(problem_set, fmt, key=not no_key, questions=not key_only)
    if fmt == "pdf":
        _write_bytes(data, output)  # type: ignore[arg-type]
    else:
        write_output(data.decode("utf-8"), output)
    if to_file:
        click.echo(f"{problem_set.title}, form {problem_set.form}, seed {problem_set.seed}: "
                   f"{len(problem_set.items)} questions written to {output}", err=True)


def _write_bytes(data: bytes, path: str) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_file(path, binary=True) as handle:
        handle.write(data)


@cli.command()
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


def main() -> None:
    """Entry point of the ``logicgen`` console script."""
    cli(prog_name="logicgen")
