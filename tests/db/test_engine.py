"""Engines: SQLite set up for safe desktop use, and the URL each target is opened with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from app.db.engine import BUSY_TIMEOUT_MS, MMAP_BYTES, is_sqlite, make_engine, sqlite_path, url_for


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "calendar.db")
    yield engine
    engine.dispose()


def _pragma(engine: Engine, name: str) -> object:
    with engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_connections_enforce_foreign_keys(sqlite_engine: Engine) -> None:
    assert _pragma(sqlite_engine, "foreign_keys") == 1


def test_sqlite_connections_use_a_write_ahead_log(sqlite_engine: Engine) -> None:
    assert _pragma(sqlite_engine, "journal_mode") == "wal"


def test_sqlite_statement_journals_stay_in_memory(sqlite_engine: Engine) -> None:
    """Every item insert fires the timeline's count triggers; 2 means MEMORY."""
    assert _pragma(sqlite_engine, "temp_store") == 2


def test_sqlite_reads_pages_through_a_memory_map(sqlite_engine: Engine) -> None:
    assert _pragma(sqlite_engine, "mmap_size") == MMAP_BYTES


def test_sqlite_connections_wait_for_a_busy_database(sqlite_engine: Engine) -> None:
    assert BUSY_TIMEOUT_MS > 0
    assert _pragma(sqlite_engine, "busy_timeout") == BUSY_TIMEOUT_MS


def test_every_pooled_connection_is_set_up(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as first, sqlite_engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS


def test_a_plain_sqlite_engine_would_not_enforce_foreign_keys(tmp_path: Path) -> None:
    """What the set-up above is for: SQLite's own default leaves foreign keys off."""
    engine = create_engine(url_for(tmp_path / "plain.db"))
    try:
        assert _pragma(engine, "foreign_keys") == 0
    finally:
        engine.dispose()


def test_sqlalchemy_owns_sqlite_transactions(sqlite_engine: Engine) -> None:
    """A rollback undoes DDL and rows, and a savepoint rolls back alone."""
    with sqlite_engine.begin() as connection:
        connection.execute(text("CREATE TABLE kept (n INTEGER)"))
    with sqlite_engine.connect() as connection:
        connection.execute(text("CREATE TABLE dropped (n INTEGER)"))
        connection.execute(text("INSERT INTO kept VALUES (1)"))
        connection.rollback()
    with sqlite_engine.begin() as connection:
        connection.execute(text("INSERT INTO kept VALUES (2)"))
        savepoint = connection.begin_nested()
        connection.execute(text("INSERT INTO kept VALUES (3)"))
        savepoint.rollback()
    with sqlite_engine.connect() as connection:
        tables = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        assert [name for (name,) in tables] == ["kept"]
        assert connection.execute(text("SELECT n FROM kept")).scalars().all() == [2]


def test_url_for_a_path_is_an_absolute_sqlite_url(tmp_path: Path) -> None:
    for name in ("Lịch biên tập.db", "q?x 50%41.sqlite"):
        path = tmp_path / name
        for given in (path, str(path)):
            url = make_url(url_for(given))
            assert (url.drivername, url.database) == ("sqlite", str(path))


def test_url_for_a_relative_path_resolves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert url_for("calendar.db") == f"sqlite:///{tmp_path.resolve() / 'calendar.db'}"


def test_url_for_expands_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert url_for("~/calendar.db") == f"sqlite:///{tmp_path.resolve() / 'calendar.db'}"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "postgresql://postgres@127.0.0.1:5432/test",
            "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        ),
        (
            "postgres://editor:s3cret@db.example/edcal",
            "postgresql+psycopg://editor:s3cret@db.example/edcal",
        ),
        (
            "postgresql+psycopg://editor@db.example/edcal",
            "postgresql+psycopg://editor@db.example/edcal",
        ),
        ("sqlite:////srv/edcal/calendar.db", "sqlite:////srv/edcal/calendar.db"),
    ],
)
def test_url_for_a_url_uses_psycopg_and_keeps_the_password(given: str, expected: str) -> None:
    assert url_for(given) == expected
    assert make_url(url_for(given)) == make_url(expected)


def test_sqlite_path_of_file_memory_and_server_engines(tmp_path: Path) -> None:
    file_engine = make_engine(tmp_path / "calendar.db")
    memory_engine = create_engine("sqlite://")
    server_engine = create_engine(url_for("postgresql://editor@db.example/edcal"))
    try:
        assert sqlite_path(file_engine) == (tmp_path / "calendar.db").resolve()
        assert is_sqlite(file_engine) and is_sqlite(memory_engine)
        assert sqlite_path(memory_engine) is None
        assert not is_sqlite(server_engine)
        assert sqlite_path(server_engine) is None
    finally:
        for engine in (file_engine, memory_engine, server_engine):
            engine.dispose()
