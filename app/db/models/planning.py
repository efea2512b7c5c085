"""Plans, their stages and themes, and the milestones content is planned around."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.enums import MilestoneKind
from app.db.base import Base, Versioned, end_not_before, enum_column


class Plan(Versioned, Base):
    __tablename__ = "plan"
    __table_args__ = (end_not_before("start_date", "end_date"),)

    number: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    issuer: Mapped[str | None] = mapped_column(String(500))
    issued_on: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    goals: Mapped[str | None] = mapped_column(Text)

    stages: Mapped[list[Stage]] = relationship(
        back_populates="plan", passive_deletes=True, order_by="Stage.position"
    )
    themes: Mapped[list[Theme]] = relationship(back_populates="plan", passive_deletes=True)


class Milestone(Versioned, Base):
    __tablename__ = "milestone"
    __table_args__ = (end_not_before("start_date", "end_date"),)

    kind: Mapped[MilestoneKind] = mapped_column(enum_column(MilestoneKind, "milestone_kind"))
    name: Mapped[str] = mapped_column(String(500))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str | None] = mapped_column(Text)
    # The UID it had in the calendar file it was imported from: importing again updates it.
    external_id: Mapped[str | None] = mapped_column(String(1000), index=True, unique=True)


class StageTheme(Base):
    """A theme a stage emphasises, with how many items the stage should carry on it."""

    __tablename__ = "stage_theme"

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stage.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    target_count: Mapped[int] = mapped_column(Integer, default=1)


class Stage(Versioned, Base):
    __tablename__ = "stage"
    __table_args__ = (
        end_not_before("start_date", "end_date"),
        CheckConstraint("end_date IS NOT NULL OR end_milestone_id IS NOT NULL", name="has_end"),
    )

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="stages")
    end_milestone: Mapped[Milestone | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary="stage_theme", passive_deletes=True)


class Theme(Versioned, Base):
    __tablename__ = "theme"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    color: Mapped[str] = mapped_column(String(7), default="#1f77b4")
    description: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="themes")
