"""What the calendar shows for a window of days, read as plain data in a few indexed queries."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from app.core.calendar import WEEK_DAYS, columns_mask, place, week_pieces
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
# here) find long items through ix_content_item_end_start: the items ending after the window,
# their start tested in the index.
# With one bound it walks ix_content_item_planned_span over every item that started before it.
_ENDS_AT_ALL = ContentItem.planned_end <= date.max
ONE_DAY = timedelta(days=1)


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
    if flt.desk_id is not None:
        found.append(
            exists()
            .where(
                and_(
                    Assignment.item_id == item.id,
                    Assignment.person_id.in_(
                        select(Person.id).where(Person.desk_id == flt.desk_id)
                    ),
                )
            )
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


def narrow(session: Session, query: Any, flt: ItemFilter) -> Any:
    """Apply every non-empty field of the filter but the text, in SQL."""
    return query.where(*_conditions(session, flt))


def text_matches(flt: ItemFilter, title: str, summary: str | None, notes: str | None) -> bool:
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
# What a chip shows: no summary nor notes, which only the text filter reads.
_CHIP_COLUMNS = _COLUMNS[:10]
# content_item under another name, for a query that reads it twice; made once, as the ORM
# takes its time to adapt columns to an alias.
_SHOWN = aliased(ContentItem, name="shown")
_SHOWN_COLUMNS = tuple(getattr(_SHOWN, column.key) for column in _CHIP_COLUMNS)


# The themes and the assignees of items, selected by conditions on content_item (a scope) or
# by ids (:ids). Built once: building a select costs more than running it for a month's chips.
_THEME_ROWS = (
    select(item_theme.c.item_id, Theme.id, Theme.color)
    .join(Theme, Theme.id == item_theme.c.theme_id)
    .order_by(item_theme.c.item_id, Theme.id)
)
_THEME_ROWS_IN_SCOPE = _THEME_ROWS.join(ContentItem, ContentItem.id == item_theme.c.item_id)
_THEME_ROWS_BY_IDS = _THEME_ROWS.where(item_theme.c.item_id.in_(bindparam("ids", expanding=True)))
_ASSIGNEE_ROWS = (
    select(Assignment.item_id, Person.initials, Person.name)
    .join(Person, Person.id == Assignment.person_id)
    .order_by(Assignment.item_id, Assignment.id)
)
_ASSIGNEE_ROWS_IN_SCOPE = _ASSIGNEE_ROWS.join(ContentItem, ContentItem.id == Assignment.item_id)
_ASSIGNEE_ROWS_BY_IDS = _ASSIGNEE_ROWS.where(
    Assignment.item_id.in_(bindparam("ids", expanding=True))
)


def _themes_of(
    session: Session, scope: Sequence[ColumnElement[bool]] | list[int]
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Theme ids and colours of the items `scope` (conditions on content_item, or ids)
    selects."""
    ids: dict[int, list[int]] = defaultdict(list)
    colors: dict[int, list[str]] = defaultdict(list)
    connection = session.connection()
    if _are_ids(scope):
        rows = connection.execute(_THEME_ROWS_BY_IDS, {"ids": scope})
    else:
        rows = connection.execute(_THEME_ROWS_IN_SCOPE.where(*scope))
    for item_id, theme_id, color in rows:
        ids[item_id].append(theme_id)
        colors[item_id].append(color)
    return {item_id: (tuple(found), tuple(colors[item_id])) for item_id, found in ids.items()}


def _assignees_of(
    session: Session, scope: Sequence[ColumnElement[bool]] | list[int]
) -> dict[int, tuple[str, ...]]:
    """Assignee initials of the items `scope` selects, in assignment order, each once."""
    found: dict[int, list[str]] = defaultdict(list)
    connection = session.connection()
    if _are_ids(scope):
        rows = connection.execute(_ASSIGNEE_ROWS_BY_IDS, {"ids": scope})
    else:
        rows = connection.execute(_ASSIGNEE_ROWS_IN_SCOPE.where(*scope))
    for item_id, initials, name in rows:
        label = initials or "".join(part[0] for part in name.split() if part)[:3]
        labels = found[item_id]
        if label not in labels:
            labels.append(label)
    return {item_id: tuple(labels) for item_id, labels in found.items()}


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for offset in range(0, len(ids), size):
        yield ids[offset : offset + size]


def _by_ids(rows: Sequence[Any]) -> list[list[int]]:
    """Scopes naming the rows' items one by one (in chunks of ids): for the few items no
    index range reaches, and the few chips a month keeps."""
    return list(_chunks([row[_ID] for row in rows]))


def _are_ids(scope: Sequence[ColumnElement[bool]] | list[int]) -> bool:
    return bool(scope) and isinstance(scope[0], int)


_NO_THEMES: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())


def _to_items(
    session: Session,
    rows: Sequence[Any],
    flt: ItemFilter,
    scopes: Sequence[Sequence[ColumnElement[bool]] | list[int]],
) -> list[CalendarItem]:
    """Chips for the rows the text lets through; `scopes` (conditions, or chunks of ids)
    together select (at least) the rows' items: a window's are joined in SQL rather than
    sent as lists of ids."""
    themes: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = {}
    people: dict[int, tuple[str, ...]] = {}
    for scope in scopes:
        themes.update(_themes_of(session, scope))
        people.update(_assignees_of(session, scope))
    if flt.text.strip():
        rows = [r for r in rows if text_matches(flt, r.title, r.summary, r.notes)]
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


# How items_between (and the timeline's items) order: by start, untimed first on both backends
# (PostgreSQL sorts NULLs last by default), then by id.
START_ORDER = (
    ContentItem.planned_start,
    ContentItem.publish_time.asc().nulls_first(),
    ContentItem.id,
)


def _window(first: date, last: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The long items touching [first, last] and the short ones, as two conditions (see
    items_between)."""
    item = ContentItem
    short_from = first - timedelta(days=SHORT_SPAN_DAYS)
    long_ones = and_(item.planned_end >= first, _ENDS_AT_ALL, item.planned_start < short_from)
    short_ones = and_(
        item.planned_start >= short_from,
        item.planned_start <= last,
        func.coalesce(item.planned_end, item.planned_start) >= first,
    )
    return long_ones, short_ones


def items_between(
    db: Database, first: date, last: date, flt: ItemFilter | None = None
) -> list[CalendarItem]:
    """Scheduled items touching [first, last], by start date and time: only that window is read.

    Short items are found through the start-date index; the rare long ones through the end.
    They are two queries: an OR of the two would make SQLite scan the whole start-date index.
    Every long item starts before every short one, so reading the long ones first keeps the order.
    """
    flt = flt or ItemFilter()
    long_ones, short_ones = _window(first, last)
    with db.transaction() as session:
        conditions = _conditions(session, flt)
        longs = session.execute(
            select(*_COLUMNS).where(long_ones, *conditions).order_by(*START_ORDER)
        ).all()
        shorts = session.execute(
            select(*_COLUMNS).where(short_ones, *conditions).order_by(*START_ORDER)
        ).all()
        scopes: list[Sequence[ColumnElement[bool]] | list[int]] = [
            [short_ones, *conditions],
            *_by_ids(longs),
        ]
        return _to_items(session, [*longs, *shorts], flt, scopes)


def display_key(item: CalendarItem) -> tuple[bool, time, str, int]:
    """The order of the chips in a day: untimed first, then by time, title and id."""
    moment = item.publish_time
    return (moment is not None, moment or time.min, item.title, item.id)


# Rows of _CHIP_COLUMNS are read by position: a Row's attributes cost ten times more.
_ID, _TITLE, _START, _END, _TIME = range(5)
# What ranks an item in a day and tells the days it touches: the first of _CHIP_COLUMNS.
_SPAN_COLUMNS = _CHIP_COLUMNS[:5]


def _row_display_key(row: Any) -> tuple[bool, time, str, int]:
    moment = row[_TIME]
    return (moment is not None, moment or time.min, row[_TITLE], row[_ID])


def _row_start_key(row: Any) -> tuple[date, bool, time, int]:
    """items_between's order (by start, untimed first, then time and id), for rows gathered
    from several queries."""
    moment = row[_TIME]
    return (row[_START], moment is not None, moment or time.min, row[_ID])


def _day_order(dialect: str) -> tuple[Any, ...]:
    """display_key in SQL. Python compares titles by code point, as SQLite does by default;
    PostgreSQL's default collation follows the locale, its "C" collation is by code point."""
    title: Any = ContentItem.title
    if dialect == "postgresql":
        title = title.collate("C")
    return (ContentItem.publish_time.asc().nulls_first(), title, ContentItem.id)


@dataclass(frozen=True)
class MonthWindow:
    """What a month grid shows of a window: the items it has room for, and how many each
    day holds.

    `items` (in items_between's order) hold what a grid with `per_day` levels a day shows
    (see _shown_rows): on each week row, the bars of the items of several days stacked below
    that level, and each day's first one-day items in display order (display_key) in the
    levels left; `day_counts` tells, for every day of the window, how many items touch it."""

    items: list[CalendarItem]
    day_counts: dict[date, int]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _day_counts(spans: Iterable[tuple[date, date]], first: date, last: date) -> dict[date, int]:
    """How many of the `spans` (first and last days) touch each day of [first, last]: +1 where
    each starts, -1 after it ends, summed along the window (days as ordinals: a month of
    several-day items is hundreds of spans)."""
    base, size = first.toordinal(), (last - first).days + 1
    changes = [0] * (size + 1)
    for start, end in spans:
        starts, ends = start.toordinal() - base, end.toordinal() - base
        changes[starts if starts > 0 else 0] += 1
        changes[(ends if ends < size else size - 1) + 1] -= 1
    return dict(zip(_days(first, last), accumulate(changes[:size]), strict=True))


def _shown_rows(
    singles: Sequence[Any], several: Sequence[Any], first: date, last: date, per_day: int
) -> list[Any]:
    """The rows a month grid with room for `per_day` chips a day can show, in items_between's
    order. Week rows run seven days from `first`; on each, the items of several days
    (`several`, in display order) are stacked as bars (core.calendar.week_pieces and place)
    and those below level `per_day` kept; then each day's one-day items (`singles`, at least
    each day's first `per_day`) in display order, as many as the levels the bars leave free
    that day."""
    base, size = first.toordinal(), (last - first).days + 1
    free = [per_day] * size
    kept: list[Any] = []
    spans = ((row[_START].toordinal(), row[_END].toordinal()) for row in several)
    for week, pieces in enumerate(week_pieces(spans, base, size)):
        monday = week * WEEK_DAYS
        whole_row = columns_mask(0, min(WEEK_DAYS, size - monday) - 1)
        levels: list[int] = []
        full = 0
        for column, _minus_reach, rank, last_column in pieces:
            level = place(levels, columns_mask(column, last_column), per_day)
            if level is None:
                continue
            kept.append(several[rank])
            for day in range(monday + column, monday + last_column + 1):
                free[day] -= 1
            full += levels[level] == whole_row
            if full == per_day:
                break
    by_day: list[list[Any]] = [[] for _ in range(size)]
    for row in singles:
        by_day[row[_START].toordinal() - base].append(row)
    for day, rows in enumerate(by_day):
        if len(rows) > free[day]:
            rows = sorted(rows, key=_row_display_key)[: free[day]]
        kept.extend(rows)
    # A bar shown on several week rows was kept on each.
    return sorted({row[_ID]: row for row in kept}.values(), key=_row_start_key)


def _one_day_firsts(dialect: str, conditions: Sequence[ColumnElement[bool]], per_day: int) -> Any:
    """The query of the first `per_day` one-day items (no end, or ending the day they start)
    of every day of [:first, :last] in display order, each row ending with how many its day
    holds.

    The days are counted through the start-date index (GROUP BY), then each day with items
    reads its first ones with a LIMIT of its own, an index range of that day (LATERAL on
    PostgreSQL; SQLite, which has no LATERAL, probes the rows a correlated IN names). One
    window function over the whole window would sort all of its items at once: slower on
    SQLite, and no index could spare that sort."""
    item = ContentItem
    one_day = or_(item.planned_end.is_(None), item.planned_end == item.planned_start)
    per_day_count = (
        select(item.planned_start.label("day"), func.count().label("held"))
        .where(item.planned_start >= _FIRST, item.planned_start <= _LAST, one_day, *conditions)
        .group_by(item.planned_start)
        .cte("day_count")
    )
    on_day = (item.planned_start == per_day_count.c.day, one_day, *conditions)
    order = _day_order(dialect)
    if dialect == "postgresql":
        top = select(*_CHIP_COLUMNS).where(*on_day).order_by(*order).limit(per_day).lateral()
        return select(*(top.c[c.key] for c in _CHIP_COLUMNS), per_day_count.c.held).join_from(
            per_day_count, top, true()
        )
    top_ids = select(item.id).where(*on_day).order_by(*order).limit(per_day)
    return select(*_SHOWN_COLUMNS, per_day_count.c.held).join_from(
        per_day_count, _SHOWN, _SHOWN.id.in_(top_ids)
    )


_FIRST = bindparam("first", type_=Date)
_LAST = bindparam("last", type_=Date)


def _month_queries(
    dialect: str, conditions: Sequence[ColumnElement[bool]], per_day: int
) -> tuple[Any, Any]:
    """month_items' two window queries, bound to :first and :last: the one-day
    items' firsts and counts, and what ranks and counts the items of several days."""
    item = ContentItem
    # Found through their end, in ix_content_item_several_days, which holds only items of
    # several days, with what ranks them: the index alone is read, those ending in or after
    # the window. Through the start (as items_between's short ones), it would walk every item
    # of the window and the SHORT_SPAN_DAYS before it, one-day ones included: ten times more
    # entries at 50,000. They come in display order, as _shown_rows takes them.
    several_days = and_(
        item.planned_end >= _FIRST,
        _ENDS_AT_ALL,
        item.planned_start <= _LAST,
        item.planned_end > item.planned_start,
    )
    # Only what ranks and counts them: most are only counted, and the few kept are read
    # whole afterwards.
    several = select(*_SPAN_COLUMNS).where(several_days, *conditions).order_by(*_day_order(dialect))
    return _one_day_firsts(dialect, conditions, per_day), several


_unfiltered_month_queries = functools.lru_cache(maxsize=32)(
    lambda dialect, per_day: _month_queries(dialect, (), per_day)
)


def month_items(
    db: Database, first: date, last: date, flt: ItemFilter | None = None, per_day: int = 12
) -> MonthWindow:
    """What a month grid with room for `per_day` chips a day can show of [first, last] (week
    rows from `first`, a Monday), and how many items touch each day, so that a month costs
    what it shows rather than what the database holds.

    One-day items are read `per_day` a day at most (see _one_day_firsts). Items of several
    days are read by what ranks them and counted on every day they touch; only those stacked
    low enough to show are kept (see _shown_rows). Themes and assignees are read for the
    items kept alone. A text filter is matched in Python: then the window is read whole, as
    items_between does.
    """
    if per_day < 1:
        raise ValueError(f"per_day must be at least 1, not {per_day}")
    flt = flt or ItemFilter()
    if flt.text.strip():
        found = items_between(db, first, last, flt)
        spans = [(i.planned_start, i.last_day) for i in found if i.planned_start and i.last_day]
        return MonthWindow(found, _day_counts(spans, first, last))
    bounds = {"first": first, "last": last}
    with db.transaction() as session:
        connection = session.connection()
        dialect = connection.dialect.name
        conditions = _conditions(session, flt)
        if conditions:
            one_day_query, several_query = _month_queries(dialect, conditions, per_day)
        else:
            one_day_query, several_query = _unfiltered_month_queries(dialect, per_day)
        singles = connection.execute(one_day_query, bounds).all()
        one_day_counts = {row[_START]: row[-1] for row in singles}
        several = connection.execute(several_query, bounds).all()
        rows = _shown_rows(singles, several, first, last, per_day)
        partial = [row[_ID] for row in rows if len(row) < len(_CHIP_COLUMNS)]
        if partial:
            whole = {
                row[_ID]: row
                for chunk in _chunks(partial)
                for row in connection.execute(_WHOLE_ROWS, {"ids": chunk})
            }
            rows = [whole.get(row[_ID], row) for row in rows]
        items = _to_items(session, rows, flt, _by_ids(rows))
    counts = _day_counts(((row[_START], row[_END]) for row in several), first, last)
    for day, count in one_day_counts.items():
        counts[day] += count
    return MonthWindow(items, counts)


_WHOLE_ROWS = select(*_CHIP_COLUMNS).where(ContentItem.id.in_(bindparam("ids", expanding=True)))


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
        query = narrow(
            session,
            select(ContentItem.id, ContentItem.title, ContentItem.summary, ContentItem.notes),
            flt,
        )
        return {
            r.id for r in session.execute(query) if text_matches(flt, r.title, r.summary, r.notes)
        }
