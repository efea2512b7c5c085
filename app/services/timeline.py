"""What the timeline shows of a campaign: items in lanes, their density, stage coverage, drops."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import Enum
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    String,
    cast,
    distinct,
    extract,
    func,
    null,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from app.core import validation as v
from app.core.dates import format_day_first
from app.core.enums import ContentFormat, ContentStatus
from app.core.filters import ItemFilter
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import Kind
from app.core.text import fold
from app.core.timeline import Tier, next_period, period_start
from app.db.models import (
    Assignment,
    Channel,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    StageTheme,
    Theme,
    item_theme,
    theme_day_count,
)
from app.db.models.counts import NO_THEME
from app.services.calendar import (
    START_ORDER,
    StageSpan,
    narrow,
    stage_spans,
    text_matches,
)
from app.services.database import Database
from app.services.records import load
from app.services.scheduling import AFTER_COLUMN, BEFORE_COLUMN

ASSIGN_IN_EDITOR = QT_TRANSLATE_NOOP(
    "validation",
    "Assign people to “{title}” in its editor: dragging only hands work from one person to"
    " another.",
)
NOT_ASSIGNED = QT_TRANSLATE_NOOP("validation", "“{title}” has no work assigned to {person}.")
COLUMN_OF_OTHER_PLAN = QT_TRANSLATE_NOOP(
    "validation", "“{title}” cannot go into the column “{column}”: it belongs to another plan."
)
PICK_A_CHANNEL = QT_TRANSLATE_NOOP(
    "validation", "An outlet has several channels: drop “{title}” on the lane of a channel instead."
)
DESKS_FOLLOW_PEOPLE = QT_TRANSLATE_NOOP(
    "validation",
    "The desks of “{title}” follow the people assigned to it: drop it on the lane of a person"
    " instead.",
)
STATUS_BY_SCREENING = QT_TRANSLATE_NOOP(
    "validation",
    "The status of “{title}” changes through screening, not by dragging: use its editor.",
)

# SQLAlchemy's typing of selects built step by step is more trouble than help here.
_Query = Any
_Column = Any

_CHUNK = 900  # ids per IN list: under SQLite's oldest limit of 999 parameters


class LaneBy(Enum):
    THEME = "theme"
    COLUMN = "column"
    CHANNEL = "channel"
    OUTLET = "outlet"
    DESK = "desk"
    ASSIGNEE = "assignee"
    STATUS = "status"


# A record id, a status value, or None for the lane of items without a value.
LaneKey = int | str | None


class TimelineItem(NamedTuple):
    """One item as a bar: plain values, never an ORM object; `end` is inclusive.

    A named tuple rather than a frozen dataclass: as immutable, but one object built in a
    sixth of the time, and a pan reads thousands of them."""

    id: int
    title: str
    start: date
    end: date
    publish_time: time | None
    status: ContentStatus
    format: ContentFormat
    plan_id: int | None
    theme_ids: tuple[int, ...]
    theme_colors: tuple[str, ...]
    column_id: int | None
    channel_id: int | None
    outlet_id: int | None
    # None when read without people (see timeline_items).
    assignee_ids: tuple[int, ...] | None
    desk_ids: tuple[int, ...] | None  # of the assignees


@dataclass(frozen=True)
class CoverageCell:
    stage_id: int
    lane_key: LaneKey
    count: int


@dataclass(frozen=True)
class CoverageFlag:
    """A theme the stage emphasises but carries on fewer items than its target."""

    stage_id: int
    stage_name: str
    theme_id: int
    theme_name: str
    count: int
    target: int


@dataclass(frozen=True)
class Coverage:
    cells: tuple[CoverageCell, ...]
    flags: tuple[CoverageFlag, ...]


@dataclass(frozen=True)
class DayCounts:
    """Items counted per lane and start day over [first, last], as
    `density(db, first, last, lane_by, Tier.DAY, flt)` gives them."""

    first: date
    last: date
    lane_by: LaneBy
    flt: ItemFilter
    counts: Mapping[tuple[LaneKey, date], int]


@dataclass(frozen=True)
class LaneMove:
    """What dropping an item on another lane changes; `refusal` says why it cannot."""

    kind: Kind
    record_ids: tuple[int, ...]
    values: dict[str, Any] = field(default_factory=dict)
    refusal: v.Problem | None = None


# Items as bars


def timeline_items(
    db: Database, first: date, last: date, flt: ItemFilter | None = None, people: bool = True
) -> list[TimelineItem]:
    """Scheduled items touching [first, last], by start date and time (untimed first) and id.

    Two queries, each walking one index range: the items starting in the window by their
    start, those reaching into it from before by their end. Each row carries the item's
    theme and people ids joined into text, so thousands of items cost a row each, not a row
    per theme and per assignment; theme colours, desks and outlets are read for the few ids
    found. Without `people`, assignees and desks are not read (None): only lanes by them
    need them, and finding each item's assignments costs a quarter of the reading.
    """
    flt = flt or ItemFilter()
    texts = bool(flt.text.strip())
    columns = (*_BAR_COLUMNS, _PEOPLE_IDS if people else null(), *(_TEXT_COLUMNS if texts else ()))
    item = ContentItem
    starting = [item.planned_start >= first, item.planned_start <= last]
    # Bounded on both sides (always true above), the end is a range SQLite walks its index
    # for, testing the start in the index: a row is read only for the items reaching in.
    reaching_in = [
        item.planned_end >= first,
        item.planned_end <= date.max,
        item.planned_start < first,
    ]
    reaching_flt = flt
    if flt.plan_id is not None:
        # `plan_id + 0` hides the plan from SQLite's choice of index: by plan and start it
        # would read every item of the plan that started before the window.
        reaching_in.append(item.plan_id + 0 == flt.plan_id)
        reaching_flt = flt.with_(plan_id=None)
    with db.transaction() as session:
        reaching = narrow(session, select(*columns).where(*reaching_in), reaching_flt)
        starts = narrow(session, select(*columns).where(*starting), flt)
        connection = session.connection()  # rows as they are, without the ORM's handling
        # Every item reaching in starts before every item starting in the window.
        rows = [
            *connection.execute(reaching.order_by(*START_ORDER)).all(),
            *connection.execute(starts.order_by(*START_ORDER)).all(),
        ]
        if texts:
            rows = [r for r in rows if text_matches(flt, r[1], r[-2], r[-1])]
        themes = _theme_lists(connection, {r[_THEMES] for r in rows})
        people_of = _people_lists(connection, {r[_PEOPLE] for r in rows}) if people else _UNREAD
        outlets = _outlets(connection, {r[_CHANNEL] for r in rows})
    items = []
    for row in rows:
        item_id, title, start, end, moment, status, fmt, plan_id, column_id, channel_id = row[:10]
        theme_ids, theme_colors = themes[row[_THEMES]]
        assignee_ids, desk_ids = people_of[row[_PEOPLE]]
        items.append(
            TimelineItem(
                item_id, title, start, end or start, moment, status, fmt, plan_id, theme_ids,
                theme_colors, column_id, channel_id, outlets.get(channel_id), assignee_ids,
                desk_ids,
            )
        )  # fmt: skip
    return items


def _joined_ids(column: _Column, item_of: _Column) -> _Column:
    """The ids in `column` of the rows whose `item_of` is the item, joined by commas (in no
    particular order), or NULL when there is none."""
    return (
        select(func.aggregate_strings(cast(column, String), ","))
        .where(item_of == ContentItem.id)
        .scalar_subquery()
    )


_BAR_COLUMNS: tuple[_Column, ...] = (
    ContentItem.id,
    ContentItem.title,
    ContentItem.planned_start,
    ContentItem.planned_end,
    ContentItem.publish_time,
    ContentItem.status,
    ContentItem.format,
    ContentItem.plan_id,
    ContentItem.column_id,
    ContentItem.channel_id,
    _joined_ids(item_theme.c.theme_id, item_theme.c.item_id),
)
_PEOPLE_IDS = _joined_ids(Assignment.person_id, Assignment.item_id)  # after _BAR_COLUMNS
_CHANNEL, _THEMES, _PEOPLE = 9, 10, 11  # places in the row
# Only the text filter reads these; they come last.
_TEXT_COLUMNS: tuple[_Column, ...] = (ContentItem.summary, ContentItem.notes)
_NOTHING: tuple[tuple[int, ...], tuple[Any, ...]] = ((), ())
_UNREAD: dict[str | None, tuple[None, None]] = {None: (None, None)}  # people not read


def _split_ids(joined: str) -> tuple[int, ...]:
    return tuple(sorted({int(part) for part in joined.split(",")}))


def _values_of(
    connection: Connection, key: _Column, value: _Column, keys: Iterable[Any]
) -> dict[Any, Any]:
    """`value` by `key` for `keys`: the few theme colours, desks or outlets of a window's items."""
    found: dict[Any, Any] = {}
    for chunk in _chunks(sorted(keys)):
        found.update(connection.execute(select(key, value).where(key.in_(chunk))).all())
    return found


def _theme_lists(
    connection: Connection, lists: set[str | None]
) -> dict[str | None, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Each joined list of theme ids as the ids in order and their colours; most items of a
    window share a few lists, so each is worked out once."""
    ids = {joined: _split_ids(joined) for joined in lists if joined}
    wanted = {theme_id for found in ids.values() for theme_id in found}
    colors: dict[int, str] = _values_of(connection, Theme.id, Theme.color, wanted)
    found: dict[str | None, tuple[tuple[int, ...], tuple[str, ...]]] = {None: _NOTHING}
    for joined, theme_ids in ids.items():
        found[joined] = (theme_ids, tuple(colors[t] for t in theme_ids))
    return found


def _people_lists(
    connection: Connection, lists: set[str | None]
) -> dict[str | None, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Each joined list of assignees (a person once however many roles) as the people in order
    and their desks in order, each worked out once."""
    ids = {joined: _split_ids(joined) for joined in lists if joined}
    wanted = {person_id for found in ids.values() for person_id in found}
    desks: dict[int, int | None] = _values_of(connection, Person.id, Person.desk_id, wanted)
    found: dict[str | None, tuple[tuple[int, ...], tuple[int, ...]]] = {None: _NOTHING}
    for joined, person_ids in ids.items():
        of_desks = {desk for p in person_ids if (desk := desks.get(p)) is not None}
        found[joined] = (person_ids, tuple(sorted(of_desks)))
    return found


def _outlets(connection: Connection, channels: set[int | None]) -> dict[int | None, int]:
    """The outlet of each channel (a few for thousands of items)."""
    wanted = {c for c in channels if c is not None}
    return _values_of(connection, Channel.id, Channel.outlet_id, wanted)


def lane_keys(item: TimelineItem, lane_by: LaneBy) -> tuple[LaneKey, ...]:
    """The lanes an item is drawn in; () puts it in the lane of items without a value."""
    if lane_by is LaneBy.THEME:
        return item.theme_ids
    if lane_by in (LaneBy.ASSIGNEE, LaneBy.DESK):
        keys = item.assignee_ids if lane_by is LaneBy.ASSIGNEE else item.desk_ids
        if keys is None:
            raise ValueError(f"item {item.id} was read without its people")
        return keys
    if lane_by is LaneBy.STATUS:
        return (item.status.value,)
    single = {
        LaneBy.COLUMN: item.column_id,
        LaneBy.CHANNEL: item.channel_id,
        LaneBy.OUTLET: item.outlet_id,
    }[lane_by]
    return () if single is None else (single,)


# The lanes


def lane_catalogue(db: Database, lane_by: LaneBy, plan_id: int | None) -> list[tuple[LaneKey, str]]:
    """Every lane to show, with its label, in reading order; the no-value lane is the UI's.

    Statuses come in workflow order keyed by value, labelled in English for the UI to translate.
    """
    if lane_by is LaneBy.STATUS:
        return [(status.value, status.label) for status in ContentStatus]
    with db.transaction() as session:
        rows: list[tuple[int, str, tuple[Any, ...]]] = []
        if lane_by is LaneBy.THEME:
            query = select(Theme.id, Theme.name, Plan.number, Plan.start_date).join(Plan)
            if plan_id is not None:
                query = query.where(Theme.plan_id == plan_id)
            for theme_id, name, number, start in session.execute(query):
                label = name if plan_id is not None else f"{number} · {name}"
                rows.append((theme_id, label, (start, fold(number), fold(name))))
        elif lane_by is LaneBy.COLUMN:
            columns = select(SpecialColumn.id, SpecialColumn.name)
            if plan_id is not None:
                columns = columns.where(
                    or_(SpecialColumn.plan_id == plan_id, SpecialColumn.plan_id.is_(None))
                )
            rows = [(i, name, (fold(name),)) for i, name in session.execute(columns)]
        elif lane_by is LaneBy.CHANNEL:
            channels = select(Channel.id, Channel.name, Outlet.name).join(Outlet)
            rows = [
                (i, f"{outlet} · {name}", (fold(outlet), fold(name)))
                for i, name, outlet in session.execute(channels)
            ]
        else:
            named = {
                LaneBy.OUTLET: select(Outlet.id, Outlet.name),
                LaneBy.DESK: select(Desk.id, Desk.name),
                LaneBy.ASSIGNEE: select(Person.id, Person.name),
            }[lane_by]
            rows = [(i, name, (fold(name),)) for i, name in session.execute(named)]
    rows.sort(key=lambda row: (row[2], row[0]))
    return [(key, label) for key, label, _ in rows]


# Density: how many items start in each period, per lane, counted by the database


def _bucket_start(day: date, bucket: Tier) -> date:
    return period_start(bucket, day)


def _bucket_end(day: date, bucket: Tier) -> date:
    """The last day of the period holding `day`."""
    return next_period(bucket, period_start(bucket, day)) - timedelta(days=1)


def density(
    db: Database,
    first: date,
    last: date,
    lane_by: LaneBy,
    bucket: Tier,
    flt: ItemFilter | None = None,
) -> dict[tuple[LaneKey, date], int]:
    """How many items start in each period and lane, keyed by the period's first day.

    The window is widened to whole periods, so the edge periods count all their items. An
    item counts once in each of its lanes; items without a value count under the key None.
    The database groups by day (DAY, WEEK) or by month (longer periods): a window holding
    100,000 items returns at most a row per day or month and lane. Theme lanes of a plan (or
    of all) are summed from theme_day_count, a row per day and theme, not counted item by item.
    """
    flt = flt or ItemFilter()
    start, end = _bucket_start(first, bucket), _bucket_end(last, bucket)
    from_sums = _sums_theme_days(lane_by, flt)
    start_day = theme_day_count.c.day if from_sums else ContentItem.planned_start
    by: list[_Column] = [start_day]
    if bucket not in (Tier.DAY, Tier.WEEK):
        by = [extract("year", start_day), extract("month", start_day)]
    found: dict[tuple[LaneKey, date], int] = defaultdict(int)
    if from_sums and len(by) == 1:  # by day: keyed by the day itself, not by groups of values
        with db.transaction() as session:
            per_day = _theme_days(session, flt.plan_id, start, end)
        return per_day if bucket is Tier.DAY else rebucket(per_day, bucket, start, end)
    with db.transaction() as session:
        if from_sums:
            counted = _theme_day_sums(session, flt.plan_id, start, end, by)
        else:
            where = [start_day >= start, start_day <= end]
            counted = _lane_counts(session, lane_by, where, by, flt)
    starts: dict[tuple[Any, ...], date] = {}  # each group's period, worked out once
    for (key, group), count in counted.items():
        start_of = starts.get(group)
        if start_of is None:
            day = group[0] if len(group) == 1 else date(int(group[0]), int(group[1]), 1)
            start_of = starts[group] = _bucket_start(day, bucket)
        found[(key, start_of)] += count
    return dict(found)


def density_span(first: date, last: date, bucket: Tier) -> tuple[date, date]:
    """The days `density` counts for [first, last]: widened to whole periods of `bucket`."""
    return _bucket_start(first, bucket), _bucket_end(last, bucket)


def rebucket(
    counts: Mapping[tuple[LaneKey, date], int], bucket: Tier, first: date, last: date
) -> dict[tuple[LaneKey, date], int]:
    """Counts per lane and day (density by DAY) or month (by MONTH) from first to last, summed
    per period of `bucket`: what `density` gives for the span `density_span` returns, so a
    caller holding a wider range of counts need not ask the database again. `bucket` is DAY
    or WEEK for counts per day, MONTH or longer for counts per month."""
    found: dict[tuple[LaneKey, date], int] = defaultdict(int)
    starts: dict[date, date] = {}  # each day's period, worked out once for all its lanes
    for (key, day), count in counts.items():
        if first <= day <= last:
            start = starts.get(day)
            if start is None:
                start = starts[day] = _bucket_start(day, bucket)
            found[(key, start)] += count
    return dict(found)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for offset in range(0, len(ids), _CHUNK):
        yield ids[offset : offset + _CHUNK]


def _lane_selects(lane_by: LaneBy, by: Sequence[_Column]) -> tuple[_Query, _Query | None]:
    """A count of items per lane key and `by` (the key NULL for items in no lane), and, for
    desks, a count per `by` of the items in none: an item whose people have no desk is
    outer joined to NULL desks, and may have a desk through someone else. The lane tables are
    aliased so the filter's own lookups of item_theme, assignment and channel stay correlated
    on content_item alone.

    Where joining the lane's table gives an item one row per key at most (an item's themes,
    its channel's outlet, its own columns), rows are counted as they are; where it may give
    several (a person with two roles on an item), distinct items are."""
    item = ContentItem
    rows = func.count()
    count = rows  # of the keyed select
    key: _Column
    keyed: _Query
    none: ColumnElement[bool] | None = None
    if lane_by is LaneBy.THEME:
        # Outer joined, an item without a theme comes with a NULL key: the no-value lane is
        # counted by the same walk over the items, not by a second one probing each again.
        lane_theme = item_theme.alias("lane_theme")
        key = lane_theme.c.theme_id
        keyed = select(key, *by, count).outerjoin_from(
            item, lane_theme, lane_theme.c.item_id == item.id
        )
    elif lane_by is LaneBy.ASSIGNEE:
        work = aliased(Assignment, name="lane_work")
        key = work.person_id
        count = func.count(distinct(item.id))
        keyed = select(key, *by, count).outerjoin_from(item, work, work.item_id == item.id)
    elif lane_by is LaneBy.DESK:
        work, person = aliased(Assignment, name="lane_work"), aliased(Person, name="lane_person")
        other_work = aliased(Assignment, name="no_work")
        other_person = aliased(Person, name="no_person")
        key = person.desk_id
        count = func.count(distinct(item.id))
        keyed = (
            select(key, *by, count)
            .join_from(item, work, work.item_id == item.id)
            .join(person, person.id == work.person_id)
            .where(person.desk_id.is_not(None))
        )
        none = ~(
            select(other_work.id)
            .join(other_person, other_person.id == other_work.person_id)
            .where(other_work.item_id == item.id, other_person.desk_id.is_not(None))
            .exists()
        )
    elif lane_by is LaneBy.OUTLET:
        channel = aliased(Channel, name="lane_channel")
        key = channel.outlet_id
        keyed = select(key, *by, count).outerjoin_from(item, channel, channel.id == item.channel_id)
    else:
        key = {
            LaneBy.COLUMN: item.column_id,
            LaneBy.CHANNEL: item.channel_id,
            LaneBy.STATUS: item.status,
        }[lane_by]
        keyed = select(key, *by, count).select_from(item)
    keyed = keyed.group_by(key, *by)
    if none is None:
        return keyed, None
    return keyed, select(*by, rows).select_from(item).where(none).group_by(*by)


def _sums_theme_days(lane_by: LaneBy, flt: ItemFilter) -> bool:
    """Whether items counted per theme lane under `flt` are theme_day_count's sums: the
    filter narrows to a plan at most."""
    return lane_by is LaneBy.THEME and flt.with_(plan_id=None, text=flt.text.strip()).is_empty


def _theme_day_sums(
    session: Session, plan_id: int | None, first: date, last: date, by: Sequence[_Column]
) -> Counter[tuple[LaneKey, tuple[Any, ...]]]:
    """Items of the plan (of every plan when None) starting in [first, last], per theme and
    value of `by` (of theme_day_count's columns), the key None for items without a theme:
    summed from the rows the triggers keep, a row per day and theme, instead of probing each
    item's themes."""
    # A row per day and theme (3,000 for a plan of a year and a half and 6 themes), read in
    # one fetch; every (theme, group) comes once.
    rows = session.connection().execute(_theme_day_query(plan_id, first, last, by)).all()
    return Counter(
        {
            (None if row[0] == NO_THEME else row[0], row[1:-1]): int(row[-1])
            for row in rows
            if row[-1]
        }
    )


def _theme_days(
    session: Session, plan_id: int | None, first: date, last: date
) -> dict[tuple[LaneKey, date], int]:
    """_theme_day_sums per day, keyed by the day itself rather than by a group of values:
    thousands of rows, each read once."""
    query = _theme_day_query(plan_id, first, last, [theme_day_count.c.day])
    return {
        (None if theme_id == NO_THEME else theme_id, day): int(count)
        for theme_id, day, count in session.connection().execute(query).all()
        if count
    }


def _theme_day_query(plan_id: int | None, first: date, last: date, by: Sequence[_Column]) -> _Query:
    counted = theme_day_count.c
    window = [counted.day >= first, counted.day <= last]
    if plan_id is not None:
        window.append(counted.plan_id == plan_id)
    if plan_id is not None and len(by) == 1 and by[0] is counted.day:
        # A plan's own rows are one per day and theme already: nothing to add up.
        return select(counted.theme_id, counted.day, counted.item_count).where(*window)
    return (
        select(counted.theme_id, *by, func.sum(counted.item_count))
        .where(*window)
        .group_by(*by, counted.theme_id)
    )


def _lane_counts(
    session: Session,
    lane_by: LaneBy,
    where: Sequence[ColumnElement[bool]],
    by: Sequence[_Column],
    flt: ItemFilter,
) -> Counter[tuple[LaneKey, tuple[Any, ...]]]:
    """Items matching `where` and the filter, counted in SQL per lane key and value of `by`.

    A text filter cannot be folded in SQL: the matching ids are found first, and counted in
    chunks of ids.
    """
    if not flt.text.strip():
        return _grouped(session, lane_by, where, by, flt)
    item = ContentItem
    rows = session.execute(
        narrow(session, select(item.id, item.title, item.summary, item.notes).where(*where), flt)
    )
    ids = [r.id for r in rows if text_matches(flt, r.title, r.summary, r.notes)]
    counts: Counter[tuple[LaneKey, tuple[Any, ...]]] = Counter()
    for chunk in _chunks(ids):
        counts.update(_grouped(session, lane_by, [*where, item.id.in_(chunk)], by, None))
    return counts


def _grouped(
    session: Session,
    lane_by: LaneBy,
    where: Sequence[ColumnElement[bool]],
    by: Sequence[_Column],
    flt: ItemFilter | None,
) -> Counter[tuple[LaneKey, tuple[Any, ...]]]:
    counts: Counter[tuple[LaneKey, tuple[Any, ...]]] = Counter()
    keyed, none = _lane_selects(lane_by, by)
    for query, has_key in ((keyed, True), (none, False)):
        if query is None:
            continue
        query = query.where(*where)
        if flt is not None:
            query = narrow(session, query, flt)
        for row in session.execute(query):
            key = row[0] if has_key else None
            group = tuple(row[1:-1] if has_key else row[:-1])
            if row[-1]:  # a count without GROUP BY gives a row even when it is 0
                counts[(key.value if isinstance(key, Enum) else key, group)] += row[-1]
    return counts


# Coverage: what each stage of a plan carries


def coverage(
    db: Database,
    plan_id: int,
    lane_by: LaneBy,
    flt: ItemFilter | None = None,
    daily: DayCounts | None = None,
) -> Coverage:
    """The plan's items per stage and lane, and the emphasised themes a stage carries too little.

    An item is in a stage when it starts within the stage's days (to the end of the milestone
    the stage ends at). The filter narrows the flags' counts as well as the cells.

    `daily`, counts the caller already holds, is summed for the stages whose days it spans
    when it is of the same lanes and filter and the filter is of this plan; an item starts on
    one day only, so the sums are the stage's counts. Other stages are counted by the database.
    """
    flt = flt or ItemFilter()
    if daily is not None and (daily.lane_by, daily.flt, flt.plan_id) != (lane_by, flt, plan_id):
        daily = None
    per_day: dict[date, list[tuple[LaneKey, int]]] = defaultdict(list)
    for (key, day), count in daily.counts.items() if daily is not None else ():
        per_day[day].append((key, count))
    item = ContentItem
    # A filter of another plan leaves no item of this one: counted as before, to nothing.
    themes_summed = _sums_theme_days(LaneBy.THEME, flt) and flt.plan_id in (None, plan_id)
    lanes_summed = themes_summed and lane_by is LaneBy.THEME
    cells: list[CoverageCell] = []
    flags: list[CoverageFlag] = []
    with db.transaction() as session:
        stages = sorted(stage_spans(session, plan_id), key=lambda s: (s.start, s.position, s.id))
        targets: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
        emphasis = (
            select(StageTheme.stage_id, StageTheme.theme_id, Theme.name, StageTheme.target_count)
            .join(Theme, Theme.id == StageTheme.theme_id)
            .where(StageTheme.stage_id.in_([s.id for s in stages]))
        )
        for stage_id, theme_id, name, target in session.execute(emphasis):
            targets[stage_id].append((theme_id, name, target))
        for stage in stages:
            where = [
                item.plan_id == plan_id,
                item.planned_start >= stage.start,
                item.planned_start <= stage.end,
            ]
            if daily is not None and daily.first <= stage.start and stage.end <= daily.last:
                counts = _summed(per_day, stage.start, stage.end)
            elif lanes_summed:
                counts = _stage_theme_counts(session, plan_id, stage)
            else:
                counts = {
                    k: n for (k, _), n in _lane_counts(session, lane_by, where, [], flt).items()
                }
            keys = sorted(counts, key=_key_order)
            cells += [CoverageCell(stage.id, key, counts[key]) for key in keys]
            if not targets[stage.id]:
                continue
            per_theme = counts
            if lane_by is not LaneBy.THEME and themes_summed:
                per_theme = _stage_theme_counts(session, plan_id, stage)
            elif lane_by is not LaneBy.THEME:
                per_theme = {
                    k: n
                    for (k, _), n in _lane_counts(session, LaneBy.THEME, where, [], flt).items()
                }
            for theme_id, name, target in sorted(targets[stage.id], key=lambda t: fold(t[1])):
                count = per_theme.get(theme_id, 0)
                if count < target:
                    flags.append(CoverageFlag(stage.id, stage.name, theme_id, name, count, target))
    return Coverage(tuple(cells), tuple(flags))


def _stage_theme_counts(session: Session, plan_id: int, stage: StageSpan) -> dict[LaneKey, int]:
    sums = _theme_day_sums(session, plan_id, stage.start, stage.end, [])
    return {key: count for (key, _), count in sums.items()}


def _summed(
    per_day: Mapping[date, Sequence[tuple[LaneKey, int]]], first: date, last: date
) -> dict[LaneKey, int]:
    counts: dict[LaneKey, int] = defaultdict(int)
    day = first
    while day <= last:
        for key, count in per_day.get(day, ()):
            counts[key] += count
        if day == date.max:
            break
        day += timedelta(days=1)
    return dict(counts)


_STATUS_ORDER = {status.value: n for n, status in enumerate(ContentStatus)}


def _key_order(key: LaneKey) -> tuple[int, int, str]:
    """Ids in order, statuses in workflow order, the no-value lane last."""
    if key is None:
        return (1, 0, "")
    if isinstance(key, int):
        return (0, key, "")
    return (0, _STATUS_ORDER.get(key, len(_STATUS_ORDER)), key)


# Dropping an item on another lane


def lane_move(
    db: Database, item_id: int, lane_by: LaneBy, from_key: LaneKey, to_key: LaneKey
) -> LaneMove:
    """What to update when the item is dragged from one lane to another; nothing is changed.

    The UI applies `values` to each of `record_ids` with editing.update_record, which checks
    and audits them, and keeps the before and after for undo.
    """
    with db.transaction() as session:
        item = load(session, Kind.CONTENT_ITEM, item_id)
        if from_key == to_key:
            return LaneMove(Kind.CONTENT_ITEM, (item.id,))
        refusal = {
            LaneBy.OUTLET: PICK_A_CHANNEL,
            LaneBy.DESK: DESKS_FOLLOW_PEOPLE,
            LaneBy.STATUS: STATUS_BY_SCREENING,
        }.get(lane_by)
        if refusal is not None:
            return _refused(item, refusal, title=item.title)
        if lane_by is LaneBy.ASSIGNEE:
            return _move_assignee(session, item, _id(from_key), _id(to_key))
        if lane_by is LaneBy.THEME:
            return _move_theme(session, item, _id(from_key), _id(to_key))
        if lane_by is LaneBy.COLUMN:
            return _move_column(session, item, _id(to_key))
        return _move_channel(session, item, _id(to_key))


def _id(key: LaneKey) -> int | None:
    if key is not None and not isinstance(key, int):
        raise TypeError(f"a lane of records is keyed by an id, not {key!r}")
    return key


def _refused(
    item: ContentItem, template: str, kind: Kind = Kind.CONTENT_ITEM, **args: object
) -> LaneMove:
    ids = (item.id,) if kind is Kind.CONTENT_ITEM else ()
    return LaneMove(kind, ids, {}, v.problem(template, **args))


def _move_theme(
    session: Session, item: ContentItem, from_id: int | None, to_id: int | None
) -> LaneMove:
    current = sorted(t.id for t in item.themes)
    wanted = [t for t in current if t != from_id]
    if to_id is not None:
        theme = session.get(Theme, to_id)
        if theme is None:
            return _refused(item, v.MISSING_REF)
        if theme.plan_id != item.plan_id:
            return _refused(item, v.WRONG_PLAN_THEME, theme=theme.name)
        if to_id not in wanted:
            wanted.append(to_id)
    values = {} if sorted(wanted) == current else {"theme_ids": sorted(wanted)}
    return LaneMove(Kind.CONTENT_ITEM, (item.id,), values)


def _move_column(session: Session, item: ContentItem, to_id: int | None) -> LaneMove:
    if to_id is None:
        return LaneMove(Kind.CONTENT_ITEM, (item.id,), {"column_id": None})
    row = session.execute(
        select(SpecialColumn, Milestone.end_date)
        .outerjoin(Milestone, Milestone.id == SpecialColumn.end_milestone_id)
        .where(SpecialColumn.id == to_id)
    ).first()
    if row is None:
        return _refused(item, v.MISSING_REF)
    column, milestone_end = row
    if column.plan_id is not None and column.plan_id != item.plan_id:
        return _refused(item, COLUMN_OF_OTHER_PLAN, title=item.title, column=column.name)
    if item.planned_start is not None:
        # The same rule as scheduling: a column's items run within its days.
        last = item.planned_end or item.planned_start
        end = milestone_end if column.end_milestone_id is not None else column.end_date
        if end is not None and last > end:
            return _refused(
                item,
                AFTER_COLUMN,
                title=item.title,
                day=format_day_first(last),
                column=column.name,
                end=format_day_first(end),
            )
        if item.planned_start < column.start_date:
            return _refused(
                item,
                BEFORE_COLUMN,
                title=item.title,
                day=format_day_first(item.planned_start),
                column=column.name,
                start=format_day_first(column.start_date),
            )
    return LaneMove(Kind.CONTENT_ITEM, (item.id,), {"column_id": to_id})


def _move_channel(session: Session, item: ContentItem, to_id: int | None) -> LaneMove:
    if to_id is not None and session.get(Channel, to_id) is None:
        return _refused(item, v.MISSING_REF)
    return LaneMove(Kind.CONTENT_ITEM, (item.id,), {"channel_id": to_id})


def _move_assignee(
    session: Session, item: ContentItem, from_id: int | None, to_id: int | None
) -> LaneMove:
    if from_id is None or to_id is None:
        return _refused(item, ASSIGN_IN_EDITOR, Kind.ASSIGNMENT, title=item.title)
    if session.get(Person, to_id) is None:
        return _refused(item, v.MISSING_REF, Kind.ASSIGNMENT)
    work = session.scalars(
        select(Assignment.id)
        .where(Assignment.item_id == item.id, Assignment.person_id == from_id)
        .order_by(Assignment.id)
    ).all()
    if not work:
        person = session.get(Person, from_id)
        name = person.name if person is not None else f"#{from_id}"
        return _refused(item, NOT_ASSIGNED, Kind.ASSIGNMENT, title=item.title, person=name)
    return LaneMove(Kind.ASSIGNMENT, tuple(work), {"person_id": to_id})
