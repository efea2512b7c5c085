"""The declarative base, with a constraint naming convention so Alembic can alter constraints."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, DateTime, Enum, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """An editable row: an id, a version counter for detecting concurrent edits, timestamps."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime,
        nullable=False,
        server_default=func.current_timestamp(),
        onupdate=func.current_timestamp(),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A VARCHAR with a CHECK of the enum's values, portable to SQLite and PostgreSQL."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def end_not_before(start: str, end: str) -> CheckConstraint:
    return CheckConstraint(f"{end} IS NULL OR {end} >= {start}", name=f"{end}_not_before_{start}")
