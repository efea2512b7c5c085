"""Where content appears: outlets, their channels, recurring columns and special pages."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column as SqlColumn
from sqlalchemy import Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.enums import ChannelKind, OutletKind
from app.db.base import Base, Versioned, end_not_before, enum_column
from app.db.models.planning import Milestone, Theme

column_theme = Table(
    "special_column_theme",
    Base.metadata,
    SqlColumn("column_id", ForeignKey("special_column.id", ondelete="CASCADE"), primary_key=True),
    SqlColumn("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Outlet(Versioned, Base):
    __tablename__ = "outlet"

    name: Mapped[str] = mapped_column(String(500), unique=True)
    kind: Mapped[OutletKind] = mapped_column(enum_column(OutletKind, "outlet_kind"))
    description: Mapped[str | None] = mapped_column(Text)

    channels: Mapped[list[Channel]] = relationship(back_populates="outlet", passive_deletes=True)


class Channel(Versioned, Base):
    __tablename__ = "channel"

    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlet.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ChannelKind] = mapped_column(enum_column(ChannelKind, "channel_kind"))

    outlet: Mapped[Outlet] = relationship(back_populates="channels")


class SpecialColumn(Versioned, Base):
    """A recurring slot in a channel; its cadence is an RFC 5545 RRULE."""

    __tablename__ = "special_column"
    __table_args__ = (end_not_before("start_date", "end_date"),)

    name: Mapped[str] = mapped_column(String(500))
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channel.id", ondelete="RESTRICT"), index=True
    )
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), index=True
    )
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    owner_desk_id: Mapped[int | None] = mapped_column(
        ForeignKey("desk.id", ondelete="SET NULL"), index=True
    )
    cadence: Mapped[str] = mapped_column(String(500))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)

    channel: Mapped[Channel] = relationship()
    end_milestone: Mapped[Milestone | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=column_theme, passive_deletes=True)


class SpecialPage(Versioned, Base):
    """A one-off page or programme, dated by its offset from a milestone."""

    __tablename__ = "special_page"

    title: Mapped[str] = mapped_column(String(500))
    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("milestone.id", ondelete="RESTRICT"), index=True
    )
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel.id", ondelete="SET NULL"), index=True
    )
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), index=True
    )
    sections: Mapped[str | None] = mapped_column(Text)

    milestone: Mapped[Milestone] = relationship()
