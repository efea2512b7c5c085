"""Alembic environment: runs on the application's engine, or on `-x db=FILE_OR_URL`."""

from alembic import context
from sqlalchemy import Engine

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


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
