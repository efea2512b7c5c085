"""What the calendar shows for a window of days, read as plain data in a few indexed queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app.core.enums import ContentFormat, ContentStatus, MilestoneKind
from app.core.filters import ItemFilter
from app.core.text import fold
from app.db.models import (
    Assignment,
    Channel,
    ContentItem,
    Milestone,
    Person,
    Stage,
    Theme,
    item_theme,
)
from app.services.database import Database

# Items longer than this are found through their end date instead of their start date.
SHORT_SPAN_DAYS = 62


@dataclass(frozen=True)
class CalendarItem:
    """One content item as a chip or a backlog row: plain values, never an ORM object."""

    id: int
    title: str
    planned_start: date | None
    planned_end: date | None
    publish_time: time | None
    format: ContentFormat
    status: ContentStatus
    plan_id: int | None
    channel_id: int | None
    column_id: int | None
    theme_colors: tuple[str, ...]
    theme_ids: tuple[int, ...]
    assignees: tuple[str, ...]

    @property
    def last_day(self) -> date | None:
        return self.planned_end or self.planned_start


@dataclass(frozen=True)
class MilestoneSpan:
    id: int
    name: str
    kind: MilestoneKind
    start: date
    end: date


@dataclass(frozen=True)
class StageSpan:
    id: int
    plan_id: int
    name: str
    position: int
    start: date
    end: date


def _stage_end(stage: Stage, milestone_end: date | None) -> date:
    end = milestone_end if stage.end_milestone_id is not None else stage.end_date
    return end or stage.start_date


def stage_spans(session: Session, plan_id: int | None = None) -> list[StageSpan]:
    query = select(Stage, Milestone.end_date).outerjoin(
        Milestone, Milestone.id == Stage.end_milestone_id
    )
    if plan_id is not None:
        query = query.where(Stage.plan_id == plan_id)
    return [
        StageSpan(s.id, s.plan_id, s.name, s.position, s.start_date, _stage_end(s, m_end))
        for s, m_end in session.execute(query)
    ]


def _narrow(session: Session, query: Any, flt: ItemFilter) -> Any:
    """Apply every non-empty field of the filter but the text, in SQL."""
    item = ContentItem
    for name in ("plan_id", "channel_id", "column_id", "status"):
        value = getattr(flt, name)
        if value is not None:
            query = query.where(getattr(item, name) == value)
    if flt.outlet_id is not None:
        query = query.where(
            item.channel_id.in_(select(Channel.id).where(Channel.outlet_id == flt.outlet_id))
        )
    if flt.theme_id is not None:
        query = query.where(
            exists().where(
                and_(item_theme.c.item_id == item.id, item_theme.c.theme_id == flt.theme_id)
            )
        )
    if flt.assignee_id is not None:
        query = query.where(
            exists().where(
                and_(Assignment.item_id == item.id, Assignment.person_id == flt.assignee_id)
            )
        )
    if flt.stage_id is not None:
        spans = [s for s in stage_spans(session) if s.id == flt.stage_id]
        if not spans:
            return query.where(item.id.is_(None))
        span = spans[0]
        query = query.where(
            item.plan_id == span.plan_id,
            item.planned_start >= span.start,
            item.planned_start <= span.end,
        )
    return query


def _text_matches(flt: ItemFilter, title: str, summary: str | None, notes: str | None) -> bool:
    if not flt.text.strip():
        return True
    haystack = fold(" ".join(t for t in (title, summary, notes) if t))
    return all(word in haystack for word in fold(flt.text).split())


_COLUMNS = (
    ContentItem.id,
    ContentItem.title,
    ContentItem.planned_start,
    ContentItem.planned_end,
    ContentItem.publish_time,
    ContentItem.format,
    ContentItem.status,
    ContentItem.plan_id,
    ContentItem.channel_id,
    ContentItem.column_id,
    ContentItem.summary,
    ContentItem.notes,
)


def _themes_of(session: Session, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(item_theme.c.item_id, Theme.id, Theme.color)
            .join(Theme, Theme.id == item_theme.c.theme_id)
            .where(item_theme.c.item_id.in_(chunk))
            .order_by(item_theme.c.item_id, Theme.id)
        )
        for item_id, theme_id, color in rows:
            found[item_id].append((theme_id, color))
    return found


def _assignees_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Assignment.item_id, Person.initials, Person.name)
            .join(Person, Person.id == Assignment.person_id)
            .where(Assignment.item_id.in_(chunk))
            .order_by(Assignment.item_id, Assignment.id)
        )
        for item_id, initials, name in rows:
            label = initials or "".join(part[0] for part in name.split() if part)[:3]
            if label not in found[item_id]:
                found[item_id].append(label)
    return found


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for offset in range(0, len(ids), size):
        yield ids[offset : offset + size]


def _to_items(session: Session, rows: Sequence[Any], flt: ItemFilter) -> list[CalendarItem]:
    kept = [r for r in rows if _text_matches(flt, r.title, r.summary, r.notes)]
    ids = [r.id for r in kept]
    themes = _themes_of(session, ids)
    people = _assignees_of(session, ids)
    return [
        CalendarItem(
            id=r.id,
            title=r.title,
            planned_start=r.planned_start,
            planned_end=r.planned_end,
            publish_time=r.publish_time,
            format=r.format,
            status=r.status,
            plan_id=r.plan_id,
            channel_id=r.channel_id,
            column_id=r.column_id,
            theme_colors=tuple(color for _, color in themes.get(r.id, [])),
            theme_ids=tuple(theme_id for theme_id, _ in themes.get(r.id, [])),
            assignees=tuple(people.get(r.id, [])),
        )
        for r in kept
    ]


def items_between(
    db: Database, first: date, last: date, flt: ItemFilter | None = None
) -> list[CalendarItem]:
    """Scheduled items touching [first, last], by start date and time: only that window is read.

    Short items are found through the start-date index; the rare long ones through the end.
    """
    flt = flt or ItemFilter()
    item = ContentItem
    window = or_(
        and_(
            item.planned_start >= first - timedelta(days=SHORT_SPAN_DAYS),
            item.planned_start <= last,
            func.coalesce(item.planned_end, item.planned_start) >= first,
        ),
        and_(
            item.planned_end >= first,
            item.planned_start < first - timedelta(days=SHORT_SPAN_DAYS),
        ),
    )
    with db.transaction() as session:
        query = select(*_COLUMNS).where(window)
        # Untimed items first on both backends (PostgreSQL sorts NULLs last by default).
        query = _narrow(session, query, flt).order_by(
            item.planned_start, item.publish_time.asc().nulls_first(), item.id
        )
        return _to_items(session, session.execute(query).all(), flt)


def backlog(db: Database, flt: ItemFilter | None = None) -> list[CalendarItem]:
    """Unscheduled items (no planned start), newest first."""
    flt = flt or ItemFilter()
    with db.transaction() as session:
        query = select(*_COLUMNS).where(ContentItem.planned_start.is_(None))
        query = _narrow(session, query, flt).order_by(ContentItem.id.desc())
        return _to_items(session, session.execute(query).all(), flt)


def milestones_between(db: Database, first: date, last: date) -> list[MilestoneSpan]:
    with db.transaction() as session:
        rows = session.scalars(
            select(Milestone)
            .where(Milestone.start_date <= last, Milestone.end_date >= first)
            .order_by(Milestone.start_date, Milestone.id)
        )
        return [MilestoneSpan(m.id, m.name, m.kind, m.start_date, m.end_date) for m in rows]


def stages_between(
    db: Database, first: date, last: date, plan_id: int | None = None
) -> list[StageSpan]:
    with db.transaction() as session:
        spans = stage_spans(session, plan_id)
    touching = [s for s in spans if s.start <= last and s.end >= first]
    return sorted(touching, key=lambda s: (s.start, s.plan_id, s.position))


def matching_item_ids(db: Database, flt: ItemFilter) -> set[int] | None:
    """Ids of every item the filter lets through, or None when it lets everything through."""
    if flt.is_empty:
        return None
    with db.transaction() as session:
        query = _narrow(
            session,
            select(ContentItem.id, ContentItem.title, ContentItem.summary, ContentItem.notes),
            flt,
        )
        return {
            r.id for r in session.execute(query) if _text_matches(flt, r.title, r.summary, r.notes)
        }
