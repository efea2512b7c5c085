"""The newsroom's people and the desks they sit on."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned


class Desk(Versioned, Base):
    __tablename__ = "desk"

    name: Mapped[str] = mapped_column(String(500))
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlet.id", ondelete="SET NULL"), index=True
    )


class Person(Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (CheckConstraint("weekly_capacity >= 0", name="weekly_capacity_not_negative"),)

    name: Mapped[str] = mapped_column(String(500))
    initials: Mapped[str | None] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(320))
    desk_id: Mapped[int | None] = mapped_column(
        ForeignKey("desk.id", ondelete="SET NULL"), index=True
    )
    weekly_capacity: Mapped[int] = mapped_column(Integer, server_default="5")
