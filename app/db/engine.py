"""Engines for a database file or URL, with SQLite set up for safe desktop use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 5000
# How much of a database file SQLite may map into memory (address space, not RAM).
MMAP_BYTES = 256 * 1024 * 1024


def url_for(target: str | Path) -> str:
    """A SQLAlchemy URL for a file path, or `target` itself when it already is a URL."""
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_path(engine: Engine) -> Path | None:
    database = engine.url.database
    if not is_sqlite(engine) or not database or database == ":memory:":
        return None
    return Path(database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on, WAL so readers never block the writer, and a busy timeout."""
    # Let SQLAlchemy own transactions: pysqlite's implicit BEGIN breaks SAVEPOINT and DDL.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # A statement that fires triggers (the timeline's counts) keeps a statement journal;
    # in memory rather than a temporary file it costs a quarter as much per row.
    cursor.execute("PRAGMA temp_store = MEMORY")
    # Pages read through a memory map rather than copied in by a read call each: a month of
    # a large database (50,000 items) touches hundreds of pages its 2 MiB page cache no
    # longer holds, and mapped they cost ~20% less to read (bench/bench_calendar.py).
    cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(target: str | Path) -> Engine:
    engine = create_engine(url_for(target))
    if is_sqlite(engine):
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine
