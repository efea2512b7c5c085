"""Counting what a database holds: the demo's summary, and the refusal to fill a non-empty one."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import Base
from app.db.models import (
    Assignment,
    Channel,
    Comment,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    SpecialPage,
    Stage,
    StageTheme,
    Theme,
)


class DemoError(Exception):
    """The demo can only be built into an empty database; this one already holds data."""


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo holds."""

    plans: int
    stages: int
    themes: int
    stage_themes: int
    milestones: int
    outlets: int
    channels: int
    desks: int
    people: int
    columns: int
    special_pages: int
    items: int
    assignments: int
    comments: int

    def __str__(self) -> str:
        return ", ".join(
            f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self)
        )


def count_rows(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def refuse_unless_empty(session: Session) -> None:
    """Refuse a database that already holds records: the demo's outlets and plan numbers are
    unique, and mixing demo rows into real work would be worse than failing."""
    held = {
        "plan(s)": count_rows(session, Plan),
        "milestone(s)": count_rows(session, Milestone),
        "outlet(s)": count_rows(session, Outlet),
        "content item(s)": count_rows(session, ContentItem),
    }
    found = [f"{count} {name}" for name, count in held.items() if count]
    if found:
        raise DemoError(
            "the demo is built only into an empty database; this one holds " + ", ".join(found)
        )


def summarize(session: Session) -> DemoSummary:
    return DemoSummary(
        plans=count_rows(session, Plan),
        stages=count_rows(session, Stage),
        themes=count_rows(session, Theme),
        stage_themes=count_rows(session, StageTheme),
        milestones=count_rows(session, Milestone),
        outlets=count_rows(session, Outlet),
        channels=count_rows(session, Channel),
        desks=count_rows(session, Desk),
        people=count_rows(session, Person),
        columns=count_rows(session, SpecialColumn),
        special_pages=count_rows(session, SpecialPage),
        items=count_rows(session, ContentItem),
        assignments=count_rows(session, Assignment),
        comments=count_rows(session, Comment),
    )
