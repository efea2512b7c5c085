"""Alembic environment: runs on the application's engine, or on `-x db=FILE_OR_URL`."""

from alembic import context
from sqlalchemy import Connection, Engine

import app.db.models  # noqa: F401 - registers every table on the metadata
from app.db.base import Base
from app.db.engine import make_engine

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine  # type: ignore[no-any-return]
    target = context.get_x_argument(as_dictionary=True).get("db")
    if not target:
        raise SystemExit("give the database: alembic -x db=FILE_OR_URL upgrade head")
    return make_engine(target)


def _set_sqlite_foreign_keys(connection: Connection, enabled: bool) -> None:
    """Outside any transaction (SQLite ignores the pragma inside one), on the raw connection."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys = {'ON' if enabled else 'OFF'}")


def _check_sqlite_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the migration left {len(broken)} broken reference(s): {broken[:5]}")


def run_migrations_online() -> None:
    """Migrate in one transaction; on SQLite with foreign keys off while tables are rebuilt.

    A batch migration rebuilds a table by dropping the old one; with foreign keys on, that
    drop would fire ON DELETE actions in the tables pointing at it and lose their data.
    """
    with _engine().connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _set_sqlite_foreign_keys(connection, False)
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
            )
            with context.begin_transaction():
                context.run_migrations()
                if sqlite:
                    _check_sqlite_foreign_keys(connection)
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()
                _set_sqlite_foreign_keys(connection, True)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
