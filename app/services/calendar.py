"""What the calendar shows for a window of days, read as plain data in a few indexed queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, select
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
# Always true, but a range bounded on both sides is what makes SQLite (which has no statistics
# here) find long items through ix_content_item_planned_end: the items ending after the window.
# With one bound it walks ix_content_item_planned_span over every item that started before it.
_ENDS_AT_ALL = ContentItem.planned_end <= date.max


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


def _conditions(session: Session, flt: ItemFilter) -> list[ColumnElement[bool]]:
    """Every non-empty field of the filter but the text, as SQL conditions on content_item
    (correlated on it alone: the theme and assignee lookups also read item_theme and assignment).
    """
    item = ContentItem
    found: list[ColumnElement[bool]] = []
    for name in ("plan_id", "channel_id", "column_id", "status"):
        value = getattr(flt, name)
        if value is not None:
            found.append(getattr(item, name) == value)
    if flt.outlet_id is not None:
        found.append(
            item.channel_id.in_(select(Channel.id).where(Channel.outlet_id == flt.outlet_id))
        )
    if flt.theme_id is not None:
        found.append(
            exists()
            .where(and_(item_theme.c.item_id == item.id, item_theme.c.theme_id == flt.theme_id))
            .correlate(item)
        )
    if flt.assignee_id is not None:
        found.append(
            exists()
            .where(and_(Assignment.item_id == item.id, Assignment.person_id == flt.assignee_id))
            .correlate(item)
        )
    if flt.stage_id is not None:
        spans = [s for s in stage_spans(session) if s.id == flt.stage_id]
        if not spans:
            return [item.id.is_(None)]
        span = spans[0]
        found += [
            item.plan_id == span.plan_id,
            item.planned_start >= span.start,
            item.planned_start <= span.end,
        ]
    return found


def _narrow(session: Session, query: Any, flt: ItemFilter) -> Any:
    """Apply every non-empty field of the filter but the text, in SQL."""
    return query.where(*_conditions(session, flt))


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


def _themes_of(
    session: Session, scope: Sequence[ColumnElement[bool]]
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Theme ids and colours of the items `scope` (conditions on content_item) selects."""
    ids: dict[int, list[int]] = defaultdict(list)
    colors: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(item_theme.c.item_id, Theme.id, Theme.color)
        .join(ContentItem, ContentItem.id == item_theme.c.item_id)
        .join(Theme, Theme.id == item_theme.c.theme_id)
        .where(*scope)
        .order_by(item_theme.c.item_id, Theme.id)
    )
    for item_id, theme_id, color in rows:
        ids[item_id].append(theme_id)
        colors[item_id].append(color)
    return {item_id: (tuple(found), tuple(colors[item_id])) for item_id, found in ids.items()}


def _assignees_of(
    session: Session, scope: Sequence[ColumnElement[bool]]
) -> dict[int, tuple[str, ...]]:
    """Assignee initials of the items `scope` selects, in assignment order, each once."""
    found: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Assignment.item_id, Person.initials, Person.name)
        .join(ContentItem, ContentItem.id == Assignment.item_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(*scope)
        .order_by(Assignment.item_id, Assignment.id)
    )
    for item_id, initials, name in rows:
        label = initials or "".join(part[0] for part in name.split() if part)[:3]
        labels = found[item_id]
        if label not in labels:
            labels.append(label)
    return {item_id: tuple(labels) for item_id, labels in found.items()}


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for offset in range(0, len(ids), size):
        yield ids[offset : offset + size]


def _by_ids(rows: Sequence[Any]) -> list[list[ColumnElement[bool]]]:
    """Scopes naming the rows' items one by one: for the few items no index range reaches."""
    return [[ContentItem.id.in_(chunk)] for chunk in _chunks([r.id for r in rows])]


_NO_THEMES: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())


def _to_items(
    session: Session,
    rows: Sequence[Any],
    flt: ItemFilter,
    scopes: Sequence[Sequence[ColumnElement[bool]]],
) -> list[CalendarItem]:
    """Chips for the rows the text lets through; `scopes` together select (at least) the rows'
    items, so themes and assignees are joined in SQL rather than sent as lists of ids."""
    themes: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = {}
    people: dict[int, tuple[str, ...]] = {}
    for scope in scopes:
        themes.update(_themes_of(session, scope))
        people.update(_assignees_of(session, scope))
    if flt.text.strip():
        rows = [r for r in rows if _text_matches(flt, r.title, r.summary, r.notes)]
    items = []
    for row in rows:
        (item_id, title, start, end, moment, fmt, status, plan_id, channel_id, column_id) = row[:10]
        theme_ids, theme_colors = themes.get(item_id, _NO_THEMES)
        items.append(
            CalendarItem(
                id=item_id,
                title=title,
                planned_start=start,
                planned_end=end,
                publish_time=moment,
                format=fmt,
                status=status,
                plan_id=plan_id,
                channel_id=channel_id,
                column_id=column_id,
                theme_colors=theme_colors,
                theme_ids=theme_ids,
                assignees=people.get(item_id, ()),
            )
        )
    return items


def items_between(
    db: Database, first: date, last: date, flt: ItemFilter | None = None
) -> list[CalendarItem]:
    """Scheduled items touching [first, last], by start date and time: only that window is read.

    Short items are found through the start-date index; the rare long ones through the end.
    They are two queries: an OR of the two would make SQLite scan the whole start-date index.
    Every long item starts before every short one, so reading the long ones first keeps the order.
    """
    flt = flt or ItemFilter()
    item = ContentItem
    short_from = first - timedelta(days=SHORT_SPAN_DAYS)
    long_ones = and_(item.planned_end >= first, _ENDS_AT_ALL, item.planned_start < short_from)
    short_ones = and_(
        item.planned_start >= short_from,
        item.planned_start <= last,
        func.coalesce(item.planned_end, item.planned_start) >= first,
    )
    # Untimed items first on both backends (PostgreSQL sorts NULLs last by default).
    order = (item.planned_start, item.publish_time.asc().nulls_first(), item.id)
    with db.transaction() as session:
        conditions = _conditions(session, flt)
        longs = session.execute(
            select(*_COLUMNS).where(long_ones, *conditions).order_by(*order)
        ).all()
        shorts = session.execute(
            select(*_COLUMNS).where(short_ones, *conditions).order_by(*order)
        ).all()
        scopes = [[short_ones, *conditions], *_by_ids(longs)]
        return _to_items(session, [*longs, *shorts], flt, scopes)


def backlog(db: Database, flt: ItemFilter | None = None) -> list[CalendarItem]:
    """Unscheduled items (no planned start), newest first."""
    flt = flt or ItemFilter()
    with db.transaction() as session:
        scope = [ContentItem.planned_start.is_(None), *_conditions(session, flt)]
        rows = session.execute(
            select(*_COLUMNS).where(*scope).order_by(ContentItem.id.desc())
        ).all()
        return _to_items(session, rows, flt, [scope])


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
