"""The practice history database: round trip, migration, refusal of foreign files,
concurrent writers, and `logicgen history`. Every database lives in tmp_path."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from logicgen.cli import cli
from logicgen.practice.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    HistoryError,
    HistoryStore,
    default_db_path,
)


@pytest.fixture(autouse=True)
def _no_real_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGICGEN_DB", str(tmp_path / "env-history.sqlite3"))


def _session(store: HistoryStore, blueprint: str = "quick-10", n: int = 3) -> int:
    return store.start_session(blueprint=blueprint, title="Quick ten", form="A", seed=1,
                               minutes=5.0, n_items=n)


def _answer(store: HistoryStore, sid: int, pos: int, family: str = "sequence.number",
            correct: bool = True, seconds: float = 10.0) -> None:
    store.record_answer(sid, pos, code=f"{family}-e1-X{pos}", family=family, difficulty="easy",
                        response="B", correct=correct, seconds=seconds)


def _snapshot(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


def test_default_path_per_platform(tmp_path: Path) -> None:
    home = Path("/home/ann")
    assert default_db_path({}, "linux", home) == home / ".local/share/logicgen/history.sqlite3"
    assert default_db_path({"XDG_DATA_HOME": "relative"}, "linux", home) == \
        home / ".local/share/logicgen/history.sqlite3"
    assert default_db_path({"XDG_DATA_HOME": "/x"}, "linux", home) == \
        Path("/x/logicgen/history.sqlite3")
    assert default_db_path({"LOCALAPPDATA": "C:/Users/ann/AppData/Local"}, "win32", home) == \
        Path("C:/Users/ann/AppData/Local/logicgen/history.sqlite3")
    assert default_db_path({}, "darwin", home) == \
        home / "Library/Application Support/logicgen/history.sqlite3"
    assert default_db_path({"LOGICGEN_DB": str(tmp_path / "h.db")}, "linux", home) == \
        tmp_path / "h.db"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore.open(path) as store:
        sid = _session(store)
        _answer(store, sid, 1, correct=True, seconds=12)
        _answer(store, sid, 2, family="quant.rates", correct=False, seconds=30)
        _answer(store, sid, 2, family="quant.rates", correct=True, seconds=33)  # changed answer
        store.finish_session(sid, end_reason="quit")
    with HistoryStore.open(path) as store:
        (session,) = store.sessions()
        assert (session["n_items"], session["n_answered"], session["n_correct"]) == (3, 2, 2)
        assert session["end_reason"] == "quit" and session["ended_at"]
        assert session["seconds"] == 45
        answers = store.answers()
        assert [(a["position"], a["family"], a["correct"], a["seconds"]) for a in answers] == [
            (1, "sequence.number", 1, 12.0), (2, "quant.rates", 1, 33.0)]
        stats = {r["family"]: r for r in store.family_stats()}
        assert stats["quant.rates"]["accuracy"] == 1.0
        assert stats["sequence.number"]["mean_seconds"] == 12.0
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_each_answer_is_committed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore.open(path)
    sid = _session(store)
    _answer(store, sid, 1)
    # another process sees the answer although the session never finished
    other = sqlite3.connect(path)
    assert other.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1
    assert other.execute("SELECT ended_at FROM sessions").fetchone()[0] is None
    other.close()
    store.close()


def _make_v1(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript(
        f"""
        PRAGMA application_id = {APPLICATION_ID};
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT,
            blueprint TEXT NOT NULL, title TEXT NOT NULL, form TEXT, seed INTEGER,
            minutes REAL, n_items INTEGER NOT NULL, n_correct INTEGER);
        CREATE TABLE answers (session_id INTEGER NOT NULL REFERENCES sessions(id),
            position INTEGER NOT NULL, code TEXT NOT NULL, family TEXT NOT NULL,
            difficulty TEXT NOT NULL, correct INTEGER NOT NULL, seconds REAL NOT NULL,
            answered_at TEXT NOT NULL, PRIMARY KEY (session_id, position));
        CREATE INDEX answers_family ON answers(family);
        INSERT INTO sessions VALUES (1, '2025-01-01T10:00:00+00:00', '2025-01-01T10:05:00+00:00',
            'quick-10', 'Quick ten', 'A', 7, 5, 10, 1);
        INSERT INTO answers VALUES (1, 1, 'sequence.number-e1-AAAA', 'sequence.number', 'easy',
            1, 9.5, '2025-01-01T10:00:10+00:00');
        INSERT INTO answers VALUES (1, 2, 'quant.rates-h1-BBBB', 'quant.rates', 'hard',
            0, 20, '2025-01-01T10:00:30+00:00');
        PRAGMA user_version = 1;
        """
    )
    con.close()


def test_migration_from_version_1_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _make_v1(path)
    with HistoryStore.open(path) as store:
        (session,) = store.sessions()
        assert session["n_answered"] == 2 and session["end_reason"] is None
        assert [a["response"] for a in store.answers()] == [None, None]
        _answer(store, 1, 3)  # the new column is writable
        assert store.answers(1)[-1]["response"] == "B"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    _make_v1(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = _snapshot(path)
    with pytest.raises(HistoryError, match="schema version 99, newer than"):
        HistoryStore.open(path)
    assert _snapshot(path) == before


def _foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ann')")
    con.commit()
    con.close()


def _corrupt_sqlite(path: Path) -> None:
    _foreign_sqlite(path)
    data = bytearray(path.read_bytes())
    data[16:100] = b"\xff" * 84  # keep the magic string, wreck the rest of the header
    path.write_bytes(bytes(data))


def _no_tables_but_other_app(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("shopping list\n"), "not an SQLite file"),
        (lambda p: p.write_bytes(b"\x00" * 4096), "not an SQLite file"),
        (_foreign_sqlite, "another program's SQLite database"),
        (_no_tables_but_other_app, "another program's SQLite database"),
        (_corrupt_sqlite, "damaged or not a logicgen history"),
    ],
    ids=["text", "zeros", "foreign", "other-app-id", "corrupt"],
)
def test_foreign_or_corrupt_files_are_refused_and_not_modified(
    tmp_path: Path, make: object, message: str
) -> None:
    path = tmp_path / "h.sqlite3"
    make(path)  # type: ignore[operator]
    before = _snapshot(path)
    with pytest.raises(HistoryError, match=message):
        HistoryStore.open(path)
    assert _snapshot(path) == before
    result = CliRunner().invoke(cli, ["practice", "--db", str(path)], input="q\n")
    assert result.exit_code == 2 and "left untouched" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _snapshot(path) == before


def test_missing_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _make_v1(path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE answers")
    con.close()
    before = _snapshot(path)
    with pytest.raises(HistoryError, match="missing the table"):
        HistoryStore.open(path)
    assert _snapshot(path) == before


def test_empty_file_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.touch()
    with HistoryStore.open(path) as store:
        assert store.sessions() == []


def test_missing_folder_for_explicit_path(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="does not exist"):
        HistoryStore.open(tmp_path / "nope" / "h.sqlite3")


def test_default_location_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOGICGEN_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("sys.platform", "linux")
    with HistoryStore.open() as store:
        assert store.path == tmp_path / "data" / "logicgen" / "history.sqlite3"
    assert store.path.exists()


def test_two_connections_writing_at_once(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    a, b = HistoryStore.open(path), HistoryStore.open(path)
    sa, sb = _session(a, n=40), _session(b, n=40)
    for pos in range(1, 21):  # interleaved on one thread
        _answer(a, sa, pos)
        _answer(b, sb, pos, correct=False)
    errors: list[BaseException] = []

    def writer(sid: int) -> None:
        try:  # each thread opens its own connection, as another process would
            with HistoryStore.open(path) as store:
                for pos in range(21, 41):
                    _answer(store, sid, pos)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(sid,)) for sid in (sa, sb)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    a.close()
    b.close()
    assert not errors
    with HistoryStore.open(path) as store:
        sessions = {s["id"]: s for s in store.sessions()}
        assert sessions[sa]["n_answered"] == 40 and sessions[sb]["n_answered"] == 40
        assert sessions[sa]["n_correct"] == 40 and sessions[sb]["n_correct"] == 20
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()


def test_two_first_opens_at_once_create_one_schema(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def opener() -> None:
        try:
            barrier.wait()
            HistoryStore.open(path).close()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with HistoryStore.open(path) as store:
        assert store.sessions() == []


def test_history_command_and_csv_export(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore.open(path) as store:
        sid = _session(store)
        _answer(store, sid, 1, correct=True, seconds=8)
        _answer(store, sid, 2, family="quant.rates", correct=False, seconds=40)
        store.finish_session(sid, end_reason="time")
        _session(store, blueprint="logic-test", n=50)  # killed: never finished
    result = CliRunner().invoke(cli, ["history", "--db", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "quick-10" in out and "1/3 33%" in out and "time (2 answered)" in out
    assert "logic-test" in out and "unfinished" in out
    rates = next(line for line in out.splitlines() if line.strip().startswith("quant.rates"))
    assert "0%" in rates and "40.0 s" in rates
    result = CliRunner().invoke(cli, ["history", "--db", str(path), "--export", "csv"])
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["position"], r["family"], r["correct"]) for r in table] == [
        ("1", "sequence.number", "1"), ("2", "quant.rates", "0")]


def test_history_without_a_database_does_not_create_one(tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite3"
    result = CliRunner().invoke(cli, ["history", "--db", str(path)])
    # a fresh install is a normal first state, not an error
    assert result.exit_code == 0 and "No practice sessions yet" in result.output
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def _damaged_pages(path: Path) -> None:
    """A history whose header is sound but whose table pages are overwritten."""
    with HistoryStore.open(path) as store:
        for n in range(3):
            _answer(store, _session(store), n + 1)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 3 * page
    data[page:3 * page] = b"\x55" * (2 * page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["history"], ["history", "--export", "csv"], ["practice"]])
def test_damaged_pages_are_one_sentence_and_untouched(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "h.sqlite3"
    _damaged_pages(path)
    before = _snapshot(path)
    result = CliRunner().invoke(cli, [*command, "--db", str(path)], input="q\n")
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "is damaged" in result.output
    assert "Traceback" not in result.output
    assert _snapshot(path) == before


def test_read_only_database_is_refused_before_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore.open(path).close()
    before = _snapshot(path)
    if os.geteuid() == 0:  # root writes through file modes: open it as SQLite would read-only
        real_connect = sqlite3.connect

        def read_only(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
            uri = Path(target).absolute().as_uri() + "?mode=ro"
            return real_connect(uri, *args, **{**kwargs, "uri": True})

        monkeypatch.setattr("logicgen.practice.store.sqlite3.connect", read_only)
    else:
        path.chmod(0o444)
    result = CliRunner().invoke(cli, ["practice", "quick-10", "-s", "1", "--db", str(path)],
                                input="A\nq\n")
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "it is read-only" in result.output
    assert _snapshot(path) == before


def test_history_never_writes(tmp_path: Path) -> None:
    """Read-only commands leave an empty file, an old schema and a live history as they are."""
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    old = tmp_path / "old.sqlite3"
    _make_v1(old)
    full = tmp_path / "full.sqlite3"
    with HistoryStore.open(full) as store:
        _answer(store, _session(store), 1)
    files = {p: _snapshot(p) for p in (empty, old, full)}
    for path in files:
        for extra in ([], ["--export", "csv"]):
            result = CliRunner().invoke(cli, ["history", "--db", str(path), *extra])
            assert result.exit_code == 0, result.output
    assert {p: _snapshot(p) for p in files} == files
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files)
    assert empty.stat().st_size == 0


def test_history_of_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore.open(path).close()
    result = CliRunner().invoke(cli, ["history", "--db", str(path)])
    assert result.exit_code == 0 and "No practice sessions yet" in result.output


def test_answers_carry_their_sessions_time_budget(tmp_path: Path) -> None:
    # the adaptive plan reads the time per question from these two columns
    with HistoryStore.open(tmp_path / "h.sqlite3") as store:
        timed = _session(store, n=10)
        untimed = store.start_session(blueprint="mix", title="T", form=None, seed=2,
                                      minutes=None, n_items=4)
        _answer(store, timed, 1)
        _answer(store, untimed, 1)
        assert [(a["session_id"], a["minutes"], a["n_items"]) for a in store.answers()] == [
            (timed, 5.0, 10), (untimed, None, 4)]


def test_history_reads_while_a_session_is_writing(tmp_path: Path) -> None:
    """With a session open (its write-ahead log beside the file), `history` reads
    through SQLite's locks and sees the answers already committed."""
    path = tmp_path / "h.sqlite3"
    with HistoryStore.open(path) as writer:
        sid = _session(writer)
        _answer(writer, sid, 1)
        assert (tmp_path / "h.sqlite3-wal").exists()
        result = CliRunner().invoke(cli, ["history", "--db", str(path), "--export", "csv"])
        assert result.exit_code == 0, result.output
        assert result.stdout.count("\n") == 2  # the header and the one answer
        _answer(writer, sid, 2)
    result = CliRunner().invoke(cli, ["history", "--db", str(path), "--export", "csv"])
    assert result.stdout.count("\n") == 3
