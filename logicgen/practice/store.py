"""The practice history: an SQLite database with one row per session and per answer.

Where it lives (:func:`default_db_path`): the path in the environment variable
``LOGICGEN_DB`` if set, else ``history.sqlite3`` in a ``logicgen`` folder of the
user's data directory: ``$XDG_DATA_HOME`` or ``~/.local/share`` on Linux and
other Unix systems, ``~/Library/Application Support`` on macOS and
``%LOCALAPPDATA%`` on Windows. The command line's ``--db PATH`` wins over both.

Safety rules:

* The database runs in WAL mode with a busy timeout, so two sessions at once
  both get their rows written; every answer is committed on its own, so a killed
  process loses nothing already answered.
* The file is identified by ``PRAGMA application_id`` (:data:`APPLICATION_ID`)
  and versioned by ``PRAGMA user_version`` (:data:`SCHEMA_VERSION`). An existing
  file is checked *before anything is written to it*: a file that is not SQLite,
  a damaged one, another program's database, or one written by a newer logicgen
  is refused with a :class:`HistoryError` and left exactly as it was. Only an
  empty file, or an SQLite database holding no tables at all, is taken over.
* Older versions of this schema are migrated forward in one transaction, step
  by step (:data:`MIGRATIONS`); a new database is made by running every step.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from ..errors import LogicgenError, shorten

if TYPE_CHECKING:  # pragma: no cover
    from .results import Attempt

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "HistoryError",
    "HistoryStore",
    "default_db_path",
    "export_csv",
    "history_lines",
    "import_attempts",
    "quiz_blueprint",
]

APPLICATION_ID = 0x4C47454E  # "LGEN"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_TABLES = {"sessions", "answers"}


class HistoryError(LogicgenError):
    """The history database cannot be used (foreign, damaged, newer, unwritable)."""


def default_db_path(
    env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """Where the history is kept when no ``--db`` is given.

    >>> default_db_path({"LOGICGEN_DB": "/tmp/h.db"}).as_posix()
    '/tmp/h.db'
    >>> default_db_path({"XDG_DATA_HOME": "/data"}, "linux").as_posix()
    '/data/logicgen/history.sqlite3'
    >>> default_db_path({}, "darwin", Path("/Users/ann")).as_posix()
    '/Users/ann/Library/Application Support/logicgen/history.sqlite3'
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get("LOGICGEN_DB"):
        return Path(env["LOGICGEN_DB"]).expanduser()
    home = Path.home() if home is None else home
    if platform == "win32":
        local = env.get("LOCALAPPDATA") or env.get("APPDATA")
        base = Path(local) if local else home / "AppData" / "Local"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "logicgen" / "history.sqlite3"


# -- schema ---------------------------------------------------------------------------

def _v1(db: sqlite3.Connection) -> None:
    """The first layout: sessions and their answers."""
    db.execute(
        """CREATE TABLE sessions (
               id INTEGER PRIMARY KEY,
               started_at TEXT NOT NULL,
               ended_at TEXT,
               blueprint TEXT NOT NULL,
               title TEXT NOT NULL,
               form TEXT,
               seed INTEGER,
               minutes REAL,
               n_items INTEGER NOT NULL,
               n_correct INTEGER
           )"""
    )
    db.execute(
        """CREATE TABLE answers (
               session_id INTEGER NOT NULL REFERENCES sessions(id),
               position INTEGER NOT NULL,
               code TEXT NOT NULL,
               family TEXT NOT NULL,
               difficulty TEXT NOT NULL,
               correct INTEGER NOT NULL,
               seconds REAL NOT NULL,
               answered_at TEXT NOT NULL,
               PRIMARY KEY (session_id, position)
           )"""
    )
    db.execute("CREATE INDEX answers_family ON answers(family)")


def _v2(db: sqlite3.Connection) -> None:
    """Version 2 keeps the response given and how a session ended."""
    db.execute("ALTER TABLE answers ADD COLUMN response TEXT")
    db.execute("ALTER TABLE sessions ADD COLUMN n_answered INTEGER")
    db.execute("ALTER TABLE sessions ADD COLUMN end_reason TEXT")
    db.execute(
        "UPDATE sessions SET n_answered = "
        "(SELECT COUNT(*) FROM answers WHERE answers.session_id = sessions.id)"
    )


#: ``MIGRATIONS[k]`` turns a version-``k`` database into version ``k + 1``.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class HistoryStore:
    """An open history database. Use :meth:`open`; close with :meth:`close` or ``with``."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> HistoryStore:
        """Open (and if needed create or migrate) the history at ``path``.

        With ``create=False`` (for commands that only read) nothing is ever
        written: a missing or empty file reads as a history with no sessions, and
        an older schema is migrated in a copy held in memory.

        Raises:
            HistoryError: the file is not a logicgen history, is damaged or
                read-only (when writing), comes from a newer logicgen, or cannot
                be created; nothing is written to it.
        """
        explicit = path is not None
        target = Path(path) if path is not None else default_db_path()
        label = shorten(str(target))
        try:
            mode: int | None = target.stat().st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:  # e.g. a name too long for the file system
            raise HistoryError(f"cannot use history database {label!r}: {exc.strerror}") from None
        if mode is not None and stat.S_ISDIR(mode):
            raise HistoryError(f"history database {label!r} is a folder, not a file")
        if mode is not None and not stat.S_ISREG(mode):
            raise HistoryError(f"history database {label!r} is not a regular file")
        exists = mode is not None
        if not create:
            return cls._open_read_only(target, label)
        if exists:
            _check_header(target, label)
        elif not target.parent.is_dir():
            if explicit:
                raise HistoryError(
                    f"folder {shorten(str(target.parent))!r} for the history database "
                    "does not exist"
                )
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise HistoryError(
                    f"cannot create {shorten(str(target.parent))!r}: {exc.strerror}"
                ) from None
        new_sides = _new_sides(target)
        try:
            db = sqlite3.connect(target, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot open history database {label!r}: {exc}") from None
        try:
            _identify(db, label)  # read-only checks before any write
            db.execute("PRAGMA busy_timeout = 30000")
            _check_writable(db, label)
            _wal(db)
            db.execute("PRAGMA foreign_keys = ON")
            _migrate(db, label)
        except (HistoryError, sqlite3.Error) as exc:
            db.close()
            _remove_sides(new_sides)
            if isinstance(exc, HistoryError):
                raise
            raise HistoryError(f"cannot use history database {label!r}: {exc}") from None
        return cls(db, target)

    @classmethod
    def _open_read_only(cls, target: Path, label: str) -> HistoryStore:
        """A store that reads ``target`` and never writes to it (see :meth:`open`)."""
        if not target.exists() or target.stat().st_size == 0:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            _migrate(memory, label)
            return cls(memory, target)
        _check_header(target, label)
        # Without a write-ahead log beside it the file has no writer right now and
        # can be read as immutable, which makes SQLite create no side files either.
        # A session that starts meanwhile could make that read fail, so a failed
        # immutable read is tried again the ordinary, locked way before the file
        # is called damaged.
        uri = target.absolute().as_uri() + "?mode=ro"
        sides = _new_sides(target)
        tries = [uri] if len(sides) < 2 else [uri + "&immutable=1", uri]
        for n, attempt in enumerate(tries, 1):
            try:
                return cls(_read_only(attempt, label), target)
            except HistoryError:
                _remove_sides(sides)
                if n == len(tries):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction (taken with a write lock, waiting for other writers)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise HistoryError(
                f"cannot write to history database {shorten(str(self.path))!r}: {exc}"
            ) from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise HistoryError(
                f"cannot write to history database {shorten(str(self.path))!r}: {exc}"
            ) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    # -- writing ----------------------------------------------------------------------

    def start_session(self, *, blueprint: str, title: str, form: str | None, seed: int | None,
                      minutes: float | None, n_items: int) -> int:
        """Record the start of a session; its id."""
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO sessions (started_at, blueprint, title, form, seed, minutes, n_items,"
                " n_answered, n_correct) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)",
                (_now(), blueprint, title, form, seed, minutes, n_items),
            )
            return int(cur.lastrowid or 0)

    def record_answer(self, session_id: int, position: int, *, code: str, family: str,
                      difficulty: str, response: str, correct: bool, seconds: float) -> None:
        """Save one answer at once (a changed answer replaces the earlier one)."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO answers (session_id, position, code, family, difficulty,"
                " correct, seconds, answered_at, response) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, position, code, family, difficulty, int(correct),
                 round(seconds, 3), _now(), response),
            )
            db.execute(
                "UPDATE sessions SET n_answered = (SELECT COUNT(*) FROM answers WHERE"
                " session_id = ?), n_correct = (SELECT COALESCE(SUM(correct), 0) FROM answers"
                " WHERE session_id = ?) WHERE id = ?",
                (session_id, session_id, session_id),
            )

    def finish_session(self, session_id: int, *, end_reason: str) -> None:
        """Mark a session as ended (its counts are kept up to date by each answer)."""
        with self._write() as db:
            db.execute("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ?",
                       (_now(), end_reason, session_id))

    # -- reading ----------------------------------------------------------------------

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        try:
            cur = self.db.execute(sql, args)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"cannot read history database {shorten(str(self.path))!r}: {exc}"
            ) from None

    def sessions(self) -> list[dict[str, Any]]:
        """Every session, oldest first, with the total seconds spent on answered items."""
        return self._rows(
            "SELECT s.*, (SELECT COALESCE(SUM(seconds), 0) FROM answers a"
            " WHERE a.session_id = s.id) AS seconds FROM sessions s ORDER BY s.id"
        )

    def answers(self, session_id: int | None = None) -> list[dict[str, Any]]:
        """Answer rows, oldest session first and by question number, joined with their
        session's start time, blueprint, minutes and number of questions."""
        where, args = ("WHERE a.session_id = ?", (session_id,)) if session_id else ("", ())
        return self._rows(
            "SELECT a.session_id, s.started_at, s.blueprint, s.minutes, s.n_items, a.position,"
            " a.code, a.family, a.difficulty, a.response, a.correct, a.seconds, a.answered_at"
            f" FROM answers a JOIN sessions s ON s.id = a.session_id {where}"
            " ORDER BY a.session_id, a.position",
            args,
        )

    def family_stats(self, last_sessions: int | None = None) -> list[dict[str, Any]]:
        """Per family: answers, correct, accuracy and mean seconds (optionally recent only)."""
        where, args = "", ()  # type: tuple[str, tuple[Any, ...]]
        if last_sessions:
            where = "WHERE session_id IN (SELECT id FROM sessions ORDER BY id DESC LIMIT ?)"
            args = (last_sessions,)
        return self._rows(
            "SELECT family, COUNT(*) AS answered, SUM(correct) AS correct,"
            " 1.0 * SUM(correct) / COUNT(*) AS accuracy, AVG(seconds) AS mean_seconds"
            f" FROM answers {where} GROUP BY family ORDER BY family",
            args,
        )


def _read_only(uri: str, label: str) -> sqlite3.Connection:
    """A checked read-only connection to ``uri``; an older schema comes back migrated
    in memory."""
    try:
        db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise HistoryError(f"cannot open history database {label!r}: {exc}") from None
    try:
        _identify(db, label)
        if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            db.backup(memory)
            db.close()
            db = memory
            _migrate(db, label)
    except HistoryError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        raise HistoryError(f"cannot read history database {label!r}: {exc}") from None
    return db


def _new_sides(target: Path) -> list[Path]:
    """The write-ahead log and shared-memory files of ``target`` that do not exist yet."""
    return [side for side in (Path(f"{target}-wal"), Path(f"{target}-shm")) if not side.exists()]


def _remove_sides(new_sides: list[Path]) -> None:
    """Remove the side files SQLite made for a file that was then refused, so that
    it is left as it was; only when the log holds nothing."""
    log = next((side for side in new_sides if side.name.endswith("-wal")), None)
    if log is not None and log.exists() and log.stat().st_size == 0:
        for side in new_sides:
            side.unlink(missing_ok=True)


def _check_header(path: Path, label: str) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise HistoryError(f"cannot read history database {label!r}: {exc.strerror}") from None
    if head and head != _SQLITE_MAGIC:
        raise HistoryError(
            f"{label!r} is not a logicgen history database (it is not an SQLite file); "
            "it was left untouched: give another --db path or move it away"
        )


def _identify(db: sqlite3.Connection, label: str, *, in_transaction: bool = False) -> None:
    try:
        if not in_transaction:  # one consistent snapshot while another process sets it up
            db.execute("BEGIN")
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
            # every page is read once, so damage deep in the file is found here,
            # before anything is written, rather than in the middle of a session
            check = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            if not in_transaction:
                db.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        raise HistoryError(
            f"{label!r} is damaged or not a logicgen history database ({exc}); "
            "it was left untouched: give another --db path or move it away"
        ) from None
    if check != "ok":
        raise HistoryError(
            f"{label!r} is damaged (SQLite's integrity check fails on it); it was left "
            "untouched: "
            "give another --db path or move it away"
        )
    if app_id == 0 and version == 0 and not tables:
        return  # a new or empty database: ours to set up
    if app_id != APPLICATION_ID:
        raise HistoryError(
            f"{label!r} is another program's SQLite database, not a logicgen history; "
            "it was left untouched: give another --db path"
        )
    if version > SCHEMA_VERSION:
        raise HistoryError(
            f"history database {label!r} has schema version {version}, newer than this "
            f"logicgen understands ({SCHEMA_VERSION}); upgrade logicgen"
        )
    if version >= 1 and not _TABLES <= tables:
        raise HistoryError(
            f"history database {label!r} is missing the table(s) "
            f"{', '.join(sorted(_TABLES - tables))}; it was left untouched"
        )


def _check_writable(db: sqlite3.Connection, label: str) -> None:
    """Fail now, with the file unchanged, when SQLite cannot write to it (a read-only
    file or folder), rather than at the first answer of a session."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            db.execute(f"PRAGMA user_version = {int(version)}")  # a write, rolled back
        finally:
            db.execute("ROLLBACK")
    except sqlite3.Error as exc:
        reason = "it is read-only" if "readonly" in str(exc) else str(exc)
        raise HistoryError(
            f"cannot write to history database {label!r} ({reason}); it was left untouched: "
            "give another --db path or make it writable"
        ) from None


def _wal(db: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch to WAL mode. The switch needs the file to itself and SQLite does not
    wait for that on its own, so retry while another connection is setting up."""
    import time

    deadline = time.monotonic() + patience
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _migrate(db: sqlite3.Connection, label: str) -> None:
    if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        _identify(db, label, in_transaction=True)  # another process may have set it up
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for step in MIGRATIONS[version:]:
            step(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


# -- reports ------------------------------------------------------------------------------

def history_lines(store: HistoryStore, recent: int = 5) -> list[str]:
    """What ``logicgen history`` prints: the sessions, then accuracy and speed per family
    over all sessions and over the most recent ``recent`` ones."""
    sessions = store.sessions()
    lines = [f"History in {store.path}", ""]
    if not sessions:
        return [*lines, "No practice sessions yet: start one with `logicgen practice`."]
    lines.append("  id  started (UTC)        blueprint        form  seed        score     time  end")
    for s in sessions:
        answered = s["n_answered"] or 0
        correct = s["n_correct"] or 0
        pct = f"{100 * correct / s['n_items']:.0f}%" if s["n_items"] else "-"
        score = f"{correct}/{s['n_items']} {pct}"
        secs = int(s["seconds"] or 0)
        started = (s["started_at"] or "")[:19].replace("T", " ")
        end = s["end_reason"] or ("unfinished" if s["ended_at"] is None else "ended")
        # a set built from a count list records the list itself, which is too long here
        blueprint = "(count list)" if "=" in s["blueprint"] else s["blueprint"][:15]
        lines.append(
            f"{s['id']:>4}  {started:<19}  {blueprint:<15}  {s['form'] or '-':<4}  "
            f"{s['seed'] if s['seed'] is not None else '-':<10}  {score:<8}  "
            f"{secs // 60:>3}:{secs % 60:02d}  {end} ({answered} answered)"
        )
    overall = store.family_stats()
    latest = {r["family"]: r for r in store.family_stats(last_sessions=recent)}
    if overall:
        width = max(len("family"), *(len(r["family"]) for r in overall))
        lines.extend([
            "",
            f"  {'family':<{width}}  answered  accuracy  mean time   last {recent} sessions",
        ])
        for r in overall:
            last = latest.get(r["family"])
            recent_text = (f"{100 * last['accuracy']:.0f}%, {last['mean_seconds']:.1f} s"
                           if last else "-")
            lines.append(
                f"  {r['family']:<{width}}  {r['answered']:>8}  {100 * r['accuracy']:>7.0f}%"
                f"  {r['mean_seconds']:>7.1f} s   {recent_text}"
            )
    return lines


def export_csv(store: HistoryStore) -> str:
    """Every answer as CSV, one row per answer with its session's start and blueprint."""
    import csv
    import io

    buffer = io.StringIO()
    columns = ["session_id", "started_at", "blueprint", "position", "code", "family",
               "difficulty", "response", "correct", "seconds", "answered_at"]
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in store.answers():
        writer.writerow([row[c] for c in columns])
    return buffer.getvalue()


# -- quiz attempts ------------------------------------------------------------------------

def quiz_blueprint(sheet: str) -> str:
    """What an imported quiz attempt records as its blueprint: ``quiz:`` and its sheet id.

    >>> quiz_blueprint("93VSEZRX")
    'quiz:93VSEZRX'
    """
    return f"quiz:{sheet}"


def import_attempts(store: HistoryStore, attempts: list[Attempt]) -> tuple[int, int]:
    """Add quiz attempts (from :func:`logicgen.practice.results.read_results`) to the history.

    Each attempt becomes one session: blueprint ``quiz:SHEET``, its title, no form
    or seed (the quiz page has neither), its start time (to the millisecond), end
    time, time limit and end reason ``quiz exam`` or ``quiz learn``; each answered
    question one answer row with its family, level, response, right or wrong and
    seconds, and an empty ``code``, since the page never knows item codes. An
    attempt whose blueprint and start time are already in the history is skipped,
    so importing a file twice adds nothing. All in one transaction.

    Returns:
        (sessions added, attempts skipped as already present)
    """
    from datetime import timedelta

    added = skipped = 0
    with store._write() as db:
        for attempt in attempts:
            started = attempt.started.isoformat(timespec="milliseconds")
            blueprint = quiz_blueprint(attempt.sheet)
            if db.execute("SELECT 1 FROM sessions WHERE blueprint = ? AND started_at = ?",
                          (blueprint, started)).fetchone():
                skipped += 1
                continue
            ended = (attempt.started + timedelta(seconds=attempt.seconds)).isoformat(
                timespec="milliseconds")
            answered = [q for q in attempt.questions if q.answer is not None]
            cur = db.execute(
                "INSERT INTO sessions (started_at, ended_at, blueprint, title, form, seed, minutes,"
                " n_items, n_answered, n_correct, end_reason)"
                " VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?)",
                (started, ended, blueprint, attempt.title,
                 None if attempt.limit is None else attempt.limit / 60, len(attempt.questions),
                 len(answered), sum(q.correct for q in answered), f"quiz {attempt.mode}"),
            )
            session_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO answers (session_id, position, code, family, difficulty, correct,"
                " seconds, answered_at, response) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?)",
                [(session_id, q.n, q.family, q.difficulty, int(q.correct), round(q.seconds, 3),
                  ended, q.answer) for q in answered],
            )
            added += 1
    return added, skipped
