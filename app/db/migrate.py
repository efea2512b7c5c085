"""Bring a database to the schema head on open: back it up first, refuse a newer schema."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the application."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None, "migrations/ has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return any(rev.revision == revision for rev in script.walk_revisions())


def backup_sqlite(source: Path, revision: str) -> Path:
    """Copy the database with SQLite's online backup API, next to the file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.backup-{revision}-{stamp}{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def upgrade_to_head(engine: Engine) -> MigrationResult:
    """Upgrade `engine`'s database to head; a non-empty SQLite file is backed up first."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNewError(
            f"the database's schema ({current}) is newer than this application knows "
            f"(head {head}); open it with a newer version of edcal"
        )
    backup = None
    path = sqlite_path(engine)
    if current is not None and path is not None:
        backup = backup_sqlite(path, current)
    command.upgrade(alembic_config(engine), "head")
    return MigrationResult(current, head, backup)


def downgrade_to(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
