"""Shared fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.db.engine import url_for
from app.services.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_ENV = "EDCAL_TEST_POSTGRES_URL"


def reset_postgres(url: str) -> None:
    """Empty the test database's public schema so every test starts from nothing."""
    engine = create_engine(url_for(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A place for a fresh database: a SQLite file, or the emptied PostgreSQL test database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite")
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV} (for example postgresql://postgres@127.0.0.1/test)"
        )
    reset_postgres(url)
    return url


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    """A database migrated to head, on each backend."""
    database = Database.open(db_target, actor="tester")
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite database only, for tests of what SQLite alone does (files, backups, UI)."""
    database = Database.open(tmp_path / "test.sqlite", actor="tester")
    yield database
    database.close()
