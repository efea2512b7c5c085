"""Content items, who works on them, and what is said about them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column as SqlColumn
from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    Time,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.enums import (
    AssignmentRole,
    AssignmentStatus,
    Audience,
    ContentFormat,
    ContentStatus,
    Language,
)
from app.db.base import Base, Versioned, end_not_before, enum_column
from app.db.models.planning import Theme

item_theme = Table(
    "item_theme",
    Base.metadata,
    SqlColumn("item_id", ForeignKey("content_item.id", ondelete="CASCADE"), primary_key=True),
    SqlColumn("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class ContentItem(Versioned, Base):
    """One piece; unscheduled while `planned_start` is empty."""

    __tablename__ = "content_item"
    __table_args__ = (
        end_not_before("planned_start", "planned_end"),
        Index("ix_content_item_planned_span", "planned_start", "planned_end"),
        # A plan's items in a window of days: the timeline's counts (density, coverage).
        Index("ix_content_item_plan_start", "plan_id", "planned_start"),
        # A day's items in display order (calendar._day_order), then the one-day test: the
        # month view reads each day's first items from this index alone on SQLite.
        Index(
            "ix_content_item_day_order",
            "planned_start",
            "publish_time",
            "title",
            "id",
            "planned_end",
        ),
        # Long items: those ending after a window, tested on their start in the index.
        Index("ix_content_item_end_start", "planned_end", "planned_start"),
        # Items of several days alone, with what ranks them in a day: the month view reads
        # those touching its window from this index alone.
        Index(
            "ix_content_item_several_days",
            "planned_end",
            "planned_start",
            "publish_time",
            "title",
            "id",
            sqlite_where=text("planned_end > planned_start"),
            postgresql_where=text("planned_end > planned_start"),
        ),
    )

    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    format: Mapped[ContentFormat] = mapped_column(enum_column(ContentFormat, "content_format"))
    status: Mapped[ContentStatus] = mapped_column(
        enum_column(ContentStatus, "content_status"), index=True
    )
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), index=True
    )
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel.id", ondelete="SET NULL"), index=True
    )
    column_id: Mapped[int | None] = mapped_column(
        ForeignKey("special_column.id", ondelete="SET NULL"), index=True
    )
    special_page_id: Mapped[int | None] = mapped_column(
        ForeignKey("special_page.id", ondelete="SET NULL"), index=True
    )
    audience: Mapped[Audience] = mapped_column(enum_column(Audience, "audience"))
    language: Mapped[Language] = mapped_column(enum_column(Language, "language"))
    planned_start: Mapped[date | None] = mapped_column(Date)
    # Its own index finds the long items that started before a window (items_between).
    planned_end: Mapped[date | None] = mapped_column(Date, index=True)
    publish_time: Mapped[time | None] = mapped_column(Time)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The UID or id the item had in the file it was imported from: importing again updates it.
    external_id: Mapped[str | None] = mapped_column(String(1000), index=True, unique=True)

    themes: Mapped[list[Theme]] = relationship(secondary=item_theme, passive_deletes=True)


class Assignment(Versioned, Base):
    __tablename__ = "assignment"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[AssignmentRole] = mapped_column(enum_column(AssignmentRole, "assignment_role"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[AssignmentStatus] = mapped_column(
        enum_column(AssignmentStatus, "assignment_status")
    )
    notes: Mapped[str | None] = mapped_column(Text)


class Comment(Versioned, Base):
    __tablename__ = "comment"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
