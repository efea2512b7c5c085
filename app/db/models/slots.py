"""Exceptions to a column's cadence: an occurrence skipped, or moved to another day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned


class ColumnException(Versioned, Base):
    """One occurrence the cadence gives on `original_date`: skipped when `moved_to` is empty.

    Slots themselves are never stored (they follow from the cadence); only the exceptions
    are. The unique key on (column_id, original_date) also serves lookups by column.
    """

    __tablename__ = "column_exception"
    __table_args__ = (
        UniqueConstraint("column_id", "original_date"),
        CheckConstraint(
            "moved_to IS NULL OR moved_to <> original_date", name="moved_to_another_day"
        ),
    )

    column_id: Mapped[int] = mapped_column(ForeignKey("special_column.id", ondelete="CASCADE"))
    original_date: Mapped[date] = mapped_column(Date)
    moved_to: Mapped[date | None] = mapped_column(Date)
