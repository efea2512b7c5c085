"""An open database: engine, session factory and the person acting, migrated to head on open."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import make_engine, sqlite_path
from app.db.migrate import MigrationResult, upgrade_to_head
from app.db.uow import unit_of_work


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Database:
    """What services need to do one user action: a transaction and who is acting."""

    def __init__(self, engine: Engine, actor: str | None = None) -> None:
        self.engine = engine
        self.actor = actor or default_actor()
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self.migration: MigrationResult | None = None

    @classmethod
    def open(cls, target: str | Path, actor: str | None = None) -> Database:
        """Open a file or URL, creating or upgrading its schema (backing up a file first)."""
        engine = make_engine(target)
        database = cls(engine, actor)
        try:
            database.migration = upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            raise
        return database

    @property
    def location(self) -> str:
        path = sqlite_path(self.engine)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with unit_of_work(self._factory) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
