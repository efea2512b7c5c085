"""The empty column slots a calendar or timeline window shows as placeholders, under its filter.

A window asks once: one read of the columns the filter lets through (with their channel and
outlet, for tooltips and lanes), then one `column_slots` for all of them. An empty slot has no
status, people nor text of its own, so the filter narrows it through its column: plan (a
column of no plan takes any plan's items), outlet, channel, column, theme (the column's), owner
(person or desk, for the assignee and desk fields) and the column's name and description for
the text. A status filter asks for items, which a placeholder is not: it shows none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from app.core.filters import ItemFilter
from app.core.text import fold
from app.core.validation import Problem
from app.db.models import Channel, Milestone, Outlet, Person, SpecialColumn, column_theme
from app.services.calendar import stage_spans, text_matches
from app.services.database import Database
from app.services.slots import Slot, SlotError, column_slots


@dataclass(frozen=True)
class OpenSlot:
    """An empty slot and where its column runs: what a placeholder draws and says."""

    slot: Slot
    channel_id: int
    outlet_id: int
    channel_label: str  # "Outlet · Channel"
    plan_id: int | None


@dataclass(frozen=True)
class OpenSlots:
    """The window's empty slots by day, then column name; `problems` name the columns whose
    cadence could not be expanded (their slots are left out, the others still show)."""

    slots: list[OpenSlot]
    problems: list[Problem]


@dataclass(frozen=True)
class _ColumnInfo:
    channel_id: int
    outlet_id: int
    channel_label: str
    plan_id: int | None


def _scope(
    session: Session, flt: ItemFilter
) -> tuple[list[ColumnElement[bool]], date | None, date | None]:
    """The filter as conditions on special_column, and the stage's days when it names one."""
    column = SpecialColumn
    where: list[ColumnElement[bool]] = []
    first = last = None
    plan_id = flt.plan_id
    if flt.stage_id is not None:
        spans = [s for s in stage_spans(session) if s.id == flt.stage_id]
        if not spans:
            return [column.id.is_(None)], None, None
        plan_id, first, last = spans[0].plan_id, spans[0].start, spans[0].end
    if plan_id is not None:
        where.append(or_(column.plan_id == plan_id, column.plan_id.is_(None)))
    if flt.column_id is not None:
        where.append(column.id == flt.column_id)
    if flt.channel_id is not None:
        where.append(column.channel_id == flt.channel_id)
    if flt.outlet_id is not None:
        where.append(Channel.outlet_id == flt.outlet_id)
    if flt.theme_id is not None:
        where.append(
            exists().where(
                column_theme.c.column_id == column.id, column_theme.c.theme_id == flt.theme_id
            )
        )
    if flt.assignee_id is not None:
        where.append(column.owner_person_id == flt.assignee_id)
    if flt.desk_id is not None:
        where.append(
            or_(
                column.owner_desk_id == flt.desk_id,
                column.owner_person_id.in_(select(Person.id).where(Person.desk_id == flt.desk_id)),
            )
        )
    return where, first, last


def _columns(
    session: Session, flt: ItemFilter, first: date, last: date
) -> tuple[dict[int, _ColumnInfo], date, date]:
    """The columns the filter lets through that run on some day of [first, last] (narrowed
    to the stage's days when it names one), and that window: a window no column reaches
    costs this one read."""
    where, stage_first, stage_last = _scope(session, flt)
    if stage_first is not None and stage_last is not None:
        first, last = max(first, stage_first), min(last, stage_last)
    rows = session.execute(
        select(
            SpecialColumn.id,
            SpecialColumn.name,
            SpecialColumn.description,
            SpecialColumn.plan_id,
            Channel.id,
            Channel.name,
            Outlet.id,
            Outlet.name,
            SpecialColumn.end_date,
            SpecialColumn.end_milestone_id,
            Milestone.end_date,
        )
        .join(Channel, Channel.id == SpecialColumn.channel_id)
        .join(Outlet, Outlet.id == Channel.outlet_id)
        .outerjoin(Milestone, Milestone.id == SpecialColumn.end_milestone_id)
        .where(SpecialColumn.start_date <= last, *where)
    )
    found = {}
    for row in rows:
        column_id, name, description, plan_id, channel_id, channel, outlet_id, outlet = row[:8]
        end = row[10] if row[9] is not None else row[8]
        if end is not None and end < first:
            continue
        if text_matches(flt, name, description, None):
            found[column_id] = _ColumnInfo(channel_id, outlet_id, f"{outlet} · {channel}", plan_id)
    return found, first, last


def _empty_slots(
    db: Database, first: date, last: date, column_ids: Sequence[int]
) -> tuple[list[Slot], list[Problem]]:
    """column_slots' empty ones; when a cadence fails, the columns one by one, so that one bad
    column leaves out only its own slots."""
    try:
        return [s for s in column_slots(db, first, last, column_ids) if s.item_id is None], []
    except SlotError:
        pass
    slots: list[Slot] = []
    problems: list[Problem] = []
    for column_id in column_ids:
        try:
            slots += [s for s in column_slots(db, first, last, [column_id]) if s.item_id is None]
        except SlotError as error:
            problems.append(error.problem)
    return slots, problems


def open_slots(db: Database, first: date, last: date, flt: ItemFilter | None = None) -> OpenSlots:
    """The empty slots of [first, last] whose column the filter lets through (see the module)."""
    flt = flt or ItemFilter()
    if flt.status is not None:
        return OpenSlots([], [])
    with db.transaction() as session:
        columns, first, last = _columns(session, flt, first, last)
    if not columns or first > last:
        return OpenSlots([], [])
    slots, problems = _empty_slots(db, first, last, sorted(columns))
    if len(slots) > 1 and problems:
        # The one-by-one reads come column by column: back to by day, then column name.
        slots.sort(key=lambda s: (s.day, fold(s.column_name), s.column_name))
    found = []
    for slot in slots:
        info = columns[slot.column_id]
        found.append(
            OpenSlot(slot, info.channel_id, info.outlet_id, info.channel_label, info.plan_id)
        )
    return OpenSlots(found, problems)
