"""The schedule handed out for a week (or any range): read once, then written in every format.

Days hold groups by outlet and column; a group holds the pieces planned that day and the
column's empty slots, so a gap is as visible on paper as in the calendar. The plan stages and
milestones that touch the range head it; the columns with slots in it carry what a calendar
file needs to repeat them (cadence, end, skipped and moved occurrences).

A piece running several days is listed once, on its first day in the range, with its span.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from app.core.enums import (
    AssignmentRole,
    Audience,
    ContentFormat,
    ContentStatus,
    Language,
    MilestoneKind,
)
from app.core.filters import ItemFilter
from app.core.text import fold
from app.db.models import (
    Assignment,
    Channel,
    ColumnException,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    Stage,
    Theme,
)
from app.services.calendar import items_between, stage_spans, stages_between
from app.services.database import Database
from app.services.database_identity import database_uid
from app.services.slots import column_slots

# A range longer than this is refused: a schedule is read by people, a year at most.
MAX_DAYS = 370


class ScheduleError(ValueError):
    """The range asked for cannot be scheduled; the message says why."""


@dataclass(frozen=True)
class Assignee:
    name: str
    role: AssignmentRole


@dataclass(frozen=True)
class ScheduleRow:
    """A piece, or an empty slot of a column when `item_id` is None."""

    day: date
    item_id: int | None
    title: str
    publish_time: time | None
    planned_start: date
    planned_end: date | None
    format: ContentFormat | None
    status: ContentStatus | None
    outlet: str
    channel: str
    column: str
    column_id: int | None
    assignees: tuple[Assignee, ...]
    external_id: str | None = None
    summary: str | None = None
    # What only a file meant to be imported back needs (app.exports.ics, the table's columns).
    plan: str = ""  # the plan's number
    notes: str | None = None
    deadline: date | None = None
    audience: Audience | None = None
    language: Language | None = None
    # The day the column's cadence gave, when this slot was moved.
    moved_from: date | None = None
    # For an empty slot: who owns the column.
    owner: str = ""

    @property
    def is_empty_slot(self) -> bool:
        return self.item_id is None

    @property
    def spans_days(self) -> bool:
        return self.planned_end is not None and self.planned_end > self.planned_start


@dataclass(frozen=True)
class ScheduleGroup:
    """The rows of one day in one outlet and column ("" when the pieces are in no column)."""

    outlet: str
    column: str
    rows: tuple[ScheduleRow, ...]


@dataclass(frozen=True)
class MilestoneEntry:
    id: int
    name: str
    kind: MilestoneKind
    start: date
    end: date
    external_id: str | None
    description: str | None


@dataclass(frozen=True)
class StageEntry:
    plan_number: str
    plan_title: str
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class ScheduleDay:
    day: date
    groups: tuple[ScheduleGroup, ...]
    milestones: tuple[MilestoneEntry, ...]

    @property
    def rows(self) -> list[ScheduleRow]:
        return [row for group in self.groups for row in group.rows]


@dataclass(frozen=True)
class ColumnSeries:
    """A column as a repeating event: its whole cadence, not only the range's slots."""

    id: int
    name: str
    outlet: str
    channel: str
    owner: str
    cadence: str
    start: date
    end: date | None
    skipped: tuple[date, ...]
    # (the day the cadence gives, the day it was moved to)
    moved: tuple[tuple[date, date], ...]


@dataclass(frozen=True)
class FilterSummary:
    """The names of what narrowed the schedule, for its heading; None where nothing did."""

    plan: str | None = None
    stage: str | None = None
    theme: str | None = None
    outlet: str | None = None
    channel: str | None = None
    column: str | None = None
    desk: str | None = None
    assignee: str | None = None
    status: ContentStatus | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == FilterSummary()


@dataclass(frozen=True)
class Schedule:
    first: date
    last: date
    days: tuple[ScheduleDay, ...]
    stages: tuple[StageEntry, ...]
    milestones: tuple[MilestoneEntry, ...]
    columns: tuple[ColumnSeries, ...]
    filters: FilterSummary
    generated_at: datetime
    # The database's id (app.services.database_identity), which its records' UIDs carry.
    database_uid: str = ""

    @property
    def rows(self) -> list[ScheduleRow]:
        return [row for day in self.days for row in day.rows]

    def days_between(self, first: date, last: date) -> list[ScheduleDay]:
        return [day for day in self.days if first <= day.day <= last]


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Detail:
    external_id: str | None
    summary: str | None
    outlet: str
    channel: str
    column: str
    plan: str
    notes: str | None
    deadline: date | None
    audience: Audience | None
    language: Language | None


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[Sequence[int]]:
    for offset in range(0, len(ids), size):
        yield ids[offset : offset + size]


def _details(session: Session, ids: Sequence[int]) -> dict[int, _Detail]:
    found: dict[int, _Detail] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(
                ContentItem.id,
                ContentItem.external_id,
                ContentItem.summary,
                Outlet.name,
                Channel.name,
                SpecialColumn.name,
                Plan.number,
                ContentItem.notes,
                ContentItem.deadline,
                ContentItem.audience,
                ContentItem.language,
            )
            .outerjoin(Channel, Channel.id == ContentItem.channel_id)
            .outerjoin(Outlet, Outlet.id == Channel.outlet_id)
            .outerjoin(SpecialColumn, SpecialColumn.id == ContentItem.column_id)
            .outerjoin(Plan, Plan.id == ContentItem.plan_id)
            .where(ContentItem.id.in_(chunk))
        )
        for item_id, external_id, summary, outlet, channel, column, plan, *more in rows:
            found[item_id] = _Detail(
                external_id, summary, outlet or "", channel or "", column or "", plan or "", *more
            )
    return found


def _assignees(session: Session, ids: Sequence[int]) -> dict[int, tuple[Assignee, ...]]:
    """Who works on each item, in assignment order; a person in two roles is listed twice."""
    found: dict[int, list[Assignee]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Assignment.item_id, Person.name, Assignment.role)
            .join(Person, Person.id == Assignment.person_id)
            .where(Assignment.item_id.in_(chunk))
            .order_by(Assignment.item_id, Assignment.id)
        )
        for item_id, name, role in rows:
            found[item_id].append(Assignee(name, role))
    return {item_id: tuple(people) for item_id, people in found.items()}


# Filters that only pieces answer: with any of them, empty slots are left out.
def _narrows_pieces_only(flt: ItemFilter) -> bool:
    return any(value is not None for value in (flt.status, flt.assignee_id, flt.theme_id)) or bool(
        flt.text.strip()
    )


def _column_conditions(session: Session, flt: ItemFilter) -> list[ColumnElement[bool]]:
    """The columns whose empty slots the filter lets through."""
    column = SpecialColumn
    found: list[ColumnElement[bool]] = []
    if flt.plan_id is not None:
        found.append(column.plan_id == flt.plan_id)
    if flt.column_id is not None:
        found.append(column.id == flt.column_id)
    if flt.channel_id is not None:
        found.append(column.channel_id == flt.channel_id)
    if flt.outlet_id is not None:
        found.append(
            column.channel_id.in_(select(Channel.id).where(Channel.outlet_id == flt.outlet_id))
        )
    if flt.desk_id is not None:
        found.append(
            or_(
                column.owner_desk_id == flt.desk_id,
                column.owner_person_id.in_(select(Person.id).where(Person.desk_id == flt.desk_id)),
            )
        )
    if flt.stage_id is not None:
        spans = [s for s in stage_spans(session) if s.id == flt.stage_id]
        found.append(column.plan_id == (spans[0].plan_id if spans else -1))
    return found


def _series(session: Session, column_ids: Sequence[int]) -> list[ColumnSeries]:
    if not column_ids:
        return []
    owner = aliased(Person)
    desk = aliased(Desk)
    rows = session.execute(
        select(SpecialColumn, Milestone.end_date, owner.name, desk.name, Channel.name, Outlet.name)
        .join(Channel, Channel.id == SpecialColumn.channel_id)
        .join(Outlet, Outlet.id == Channel.outlet_id)
        .outerjoin(Milestone, Milestone.id == SpecialColumn.end_milestone_id)
        .outerjoin(owner, owner.id == SpecialColumn.owner_person_id)
        .outerjoin(desk, desk.id == SpecialColumn.owner_desk_id)
        .where(SpecialColumn.id.in_(column_ids))
    )
    exceptions: dict[int, tuple[list[date], list[tuple[date, date]]]] = defaultdict(
        lambda: ([], [])
    )
    for column_id, original, moved_to in session.execute(
        select(ColumnException.column_id, ColumnException.original_date, ColumnException.moved_to)
        .where(ColumnException.column_id.in_(column_ids))
        .order_by(ColumnException.original_date)
    ):
        skipped, moved = exceptions[column_id]
        if moved_to is None:
            skipped.append(original)
        else:
            moved.append((original, moved_to))
    found = []
    for column, milestone_end, person, desk_name, channel, outlet in rows:
        end = milestone_end if column.end_milestone_id is not None else column.end_date
        skipped, moved = exceptions[column.id]
        found.append(
            ColumnSeries(
                column.id,
                column.name,
                outlet,
                channel,
                person or desk_name or "",
                column.cadence,
                column.start_date,
                end,
                tuple(skipped),
                tuple(moved),
            )
        )
    return sorted(found, key=lambda c: (fold(c.name), c.name, c.id))


def _milestones(session: Session, first: date, last: date) -> list[MilestoneEntry]:
    rows = session.scalars(
        select(Milestone)
        .where(Milestone.start_date <= last, Milestone.end_date >= first)
        .order_by(Milestone.start_date, Milestone.id)
    )
    return [
        MilestoneEntry(m.id, m.name, m.kind, m.start_date, m.end_date, m.external_id, m.description)
        for m in rows
    ]


def _stages(db: Database, first: date, last: date, plan_id: int | None) -> list[StageEntry]:
    spans = stages_between(db, first, last, plan_id)
    with db.transaction() as session:
        plans = {
            p.id: (p.number, p.title)
            for p in session.execute(select(Plan.id, Plan.number, Plan.title))
        }
    return [StageEntry(*plans[s.plan_id], s.name, s.start, s.end) for s in spans]


def _name(session: Session, model: type, value: int | None, attribute: str = "name") -> str | None:
    if value is None:
        return None
    record = session.get(model, value)
    return None if record is None else str(getattr(record, attribute))


def describe_filter(db: Database, flt: ItemFilter) -> FilterSummary:
    """The names of what the filter narrows by, read now (ids mean nothing on paper)."""
    with db.transaction() as session:
        return FilterSummary(
            plan=_name(session, Plan, flt.plan_id, "number"),
            stage=_name(session, Stage, flt.stage_id),
            theme=_name(session, Theme, flt.theme_id),
            outlet=_name(session, Outlet, flt.outlet_id),
            channel=_name(session, Channel, flt.channel_id),
            column=_name(session, SpecialColumn, flt.column_id),
            desk=_name(session, Desk, flt.desk_id),
            assignee=_name(session, Person, flt.assignee_id),
            status=flt.status,
            text=flt.text.strip(),
        )


def _group_key(row: ScheduleRow) -> tuple[bool, str, str, bool, str, str]:
    """Outlets by name (pieces with none last); in each, columns by name, then the rest."""
    return (
        not row.outlet,
        fold(row.outlet),
        row.outlet,
        not row.column,
        fold(row.column),
        row.column,
    )


def _row_key(row: ScheduleRow) -> tuple[bool, time, bool, str, int]:
    """In a group: untimed first (as in the calendar), then by time; an empty slot last."""
    moment = row.publish_time
    return (moment is not None, moment or time.min, row.is_empty_slot, row.title, row.item_id or 0)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def build_schedule(
    db: Database,
    first: date,
    last: date,
    flt: ItemFilter | None = None,
    now: datetime | None = None,
) -> Schedule:
    """Everything the range's schedule shows, in one read. Nothing is changed, except that a
    database exported for the first time is given its id (app.services.database_identity)."""
    if last < first:
        raise ScheduleError(f"the range ends ({last:%d/%m/%Y}) before it starts ({first:%d/%m/%Y})")
    if (last - first).days + 1 > MAX_DAYS:
        raise ScheduleError(f"the range is longer than {MAX_DAYS} days; export fewer weeks")
    flt = flt or ItemFilter()
    items = items_between(db, first, last, flt)
    ids = [item.id for item in items]
    with db.transaction() as session:
        details = _details(session, ids)
        people = _assignees(session, ids)
        column_ids: list[int] = []
        if not _narrows_pieces_only(flt):
            column_ids = list(
                session.scalars(select(SpecialColumn.id).where(*_column_conditions(session, flt)))
            )
        milestones = _milestones(session, first, last)
    slots = column_slots(db, first, last, column_ids=column_ids) if column_ids else []
    if flt.stage_id is not None:
        stage = [s for s in stages_between(db, first, last) if s.id == flt.stage_id]
        slots = [s for s in slots if stage and stage[0].start <= s.day <= stage[0].end]
    with db.transaction() as session:
        series = {c.id: c for c in _series(session, sorted({s.column_id for s in slots}))}
    moved_from = {(s.column_id, s.day): s.moved_from for s in slots if s.moved_from}

    rows: list[ScheduleRow] = []
    for item in items:
        assert item.planned_start is not None
        detail = details[item.id]
        rows.append(
            ScheduleRow(
                day=max(item.planned_start, first),
                item_id=item.id,
                title=item.title,
                publish_time=item.publish_time,
                planned_start=item.planned_start,
                planned_end=item.planned_end,
                format=item.format,
                status=item.status,
                outlet=detail.outlet,
                channel=detail.channel,
                column=detail.column,
                column_id=item.column_id,
                assignees=people.get(item.id, ()),
                external_id=detail.external_id,
                summary=detail.summary,
                plan=detail.plan,
                notes=detail.notes,
                deadline=detail.deadline,
                audience=detail.audience,
                language=detail.language,
                moved_from=moved_from.get((item.column_id or 0, item.planned_start)),
            )
        )
    for slot in slots:
        if slot.item_id is not None:
            continue
        column = series[slot.column_id]
        rows.append(
            ScheduleRow(
                day=slot.day,
                item_id=None,
                title="",
                publish_time=None,
                planned_start=slot.day,
                planned_end=None,
                format=None,
                status=None,
                outlet=column.outlet,
                channel=column.channel,
                column=column.name,
                column_id=column.id,
                assignees=(),
                moved_from=slot.moved_from,
                owner=column.owner,
            )
        )
    by_day: dict[date, list[ScheduleRow]] = defaultdict(list)
    for row in rows:
        by_day[row.day].append(row)
    days = []
    for day in _days(first, last):
        grouped: dict[tuple[bool, str, str, bool, str, str], list[ScheduleRow]] = defaultdict(list)
        for row in by_day.get(day, []):
            grouped[_group_key(row)].append(row)
        groups = tuple(
            ScheduleGroup(key[2], key[5], tuple(sorted(grouped[key], key=_row_key)))
            for key in sorted(grouped)
        )
        on_day = tuple(m for m in milestones if m.start <= day <= m.end)
        days.append(ScheduleDay(day, groups, on_day))
    return Schedule(
        first=first,
        last=last,
        days=tuple(days),
        stages=tuple(_stages(db, first, last, flt.plan_id)),
        milestones=tuple(milestones),
        columns=tuple(sorted(series.values(), key=lambda c: (fold(c.name), c.name, c.id))),
        filters=describe_filter(db, flt),
        generated_at=now or datetime.now().replace(microsecond=0),
        database_uid=database_uid(db),
    )
