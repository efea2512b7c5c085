"""A column's slots for a window of days: which are filled, which are gaps, which items lost theirs.

Slots follow from each column's cadence (app.core.recurrence) and are computed for the window
asked for, never stored; only exceptions (an occurrence skipped or moved) are rows. A slot is
filled by the column's item planned to start that day. When several items start on one slot,
the one made first (lowest id) fills it and the others are listed in `extra`, so nothing on
the slot goes unseen. Cancelled items fill nothing: a cancelled piece leaves its slot empty.

Changing a cadence changes nothing stored: an item whose day is no longer a slot of its column
is an orphan, listed by `orphans` for the editor to resolve.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from app.core.enums import ContentStatus
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.recurrence import RecurrenceError, expand
from app.core.text import fold
from app.core.validation import Problem, problem
from app.db.models import ColumnException, ContentItem, Desk, Milestone, Person, SpecialColumn
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.records import NotFoundError

TABLE = "column_exception"

BAD_CADENCE = QT_TRANSLATE_NOOP("validation", "Column “{column}”: {reason}")
NO_SLOT = QT_TRANSLATE_NOOP("validation", "Column “{column}” has no slot on {day}.")
OUTSIDE_COLUMN = QT_TRANSLATE_NOOP(
    "validation", "Column “{column}” runs from {start} to {end}: {day} is outside it."
)
SLOT_TAKEN = QT_TRANSLATE_NOOP("validation", "Column “{column}” already has a slot on {day}.")
_FILLS = ContentItem.status != ContentStatus.CANCELLED


@dataclass(frozen=True)
class Slot:
    """One slot of a column on one day; empty when `item_id` is None.

    `moved_from` is the day the cadence gave when the occurrence was moved. `extra` holds the
    (id, title) of the other items planned on the same slot.
    """

    column_id: int
    column_name: str
    day: date
    item_id: int | None
    item_title: str | None
    owner_label: str
    moved_from: date | None = None
    extra: tuple[tuple[int, str], ...] = ()

    @property
    def original(self) -> date:
        """The occurrence's own day: what skip, move and restore take."""
        return self.moved_from or self.day


@dataclass(frozen=True)
class Orphan:
    """An item of a column planned on a day that is not (or no longer) one of its slots."""

    id: int
    title: str
    planned_start: date


@dataclass(frozen=True)
class Override:
    """An exception to one occurrence: moved to `moved_to`, or skipped when that is None."""

    moved_to: date | None


@dataclass(frozen=True)
class OccurrenceChange:
    """What skip, move or restore did to one occurrence; `before`/`after` None mean the
    occurrence as the cadence gives it. `apply_override(db, c.column_id, c.original, c.before)`
    undoes it."""

    column_id: int
    original: date
    before: Override | None
    after: Override | None


class SlotError(Exception):
    """The cadence cannot be expanded, or the exception asked for is refused; nothing was
    changed. `problem` is the message, for the UI to translate."""

    def __init__(self, found: Problem) -> None:
        super().__init__(found.render())
        self.problem = found


@dataclass(frozen=True)
class _Column:
    id: int
    name: str
    cadence: str
    start: date
    end: date | None
    owner_label: str


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


# Made once: the ORM takes its time adapting columns to an alias, at every call otherwise.
_OWNER = aliased(Person, name="owner")
_OWNER_DESK = aliased(Desk, name="owner_desk")


def _columns(session: Session, *where: ColumnElement[bool]) -> list[_Column]:
    """Columns with their effective end (their end milestone's end wins) and owner's name."""
    owner, desk = _OWNER, _OWNER_DESK
    rows = session.execute(
        select(SpecialColumn, Milestone.end_date, owner.name, desk.name)
        .outerjoin(Milestone, Milestone.id == SpecialColumn.end_milestone_id)
        .outerjoin(owner, owner.id == SpecialColumn.owner_person_id)
        .outerjoin(desk, desk.id == SpecialColumn.owner_desk_id)
        .where(*where)
    )
    found = []
    for column, milestone_end, person_name, desk_name in rows:
        end = milestone_end if column.end_milestone_id is not None else column.end_date
        found.append(
            _Column(
                column.id,
                column.name,
                column.cadence,
                column.start_date,
                end,
                person_name or desk_name or "",
            )
        )
    # By name in Python: the same order on every backend, “Đ” next to “D”.
    return sorted(found, key=lambda c: (fold(c.name), c.name, c.id))


def _exceptions(
    session: Session, column_ids: Sequence[int]
) -> dict[int, tuple[set[date], dict[date, date]]]:
    """Skipped days and moved days (original → new), by column."""
    found: dict[int, tuple[set[date], dict[date, date]]] = defaultdict(lambda: (set(), {}))
    if not column_ids:
        return found
    rows = session.execute(
        select(
            ColumnException.column_id, ColumnException.original_date, ColumnException.moved_to
        ).where(ColumnException.column_id.in_(column_ids))
    )
    for column_id, original, moved_to in rows:
        skipped, moved = found[column_id]
        if moved_to is None:
            skipped.add(original)
        else:
            moved[original] = moved_to
    return found


def _occurrences(
    column: _Column,
    first: date,
    last: date,
    exceptions: dict[int, tuple[set[date], dict[date, date]]],
) -> list[tuple[date, date | None]]:
    """(day, moved_from) of the column's slots in [first, last]; SlotError names the column."""
    skipped, moved = exceptions[column.id]
    try:
        found = expand(column.cadence, column.start, first, last, column.end, skipped, moved)
    except RecurrenceError as error:
        raise SlotError(problem(BAD_CADENCE, column=column.name, reason=error.reason)) from error
    return [(o.day, o.moved_from) for o in found]


def _items_on(
    session: Session, column_ids: Sequence[int], first: date, last: date
) -> dict[tuple[int, date], list[tuple[int, str]]]:
    """(id, title) of the items that can fill a slot, by (column, start day), lowest id first."""
    found: dict[tuple[int, date], list[tuple[int, str]]] = defaultdict(list)
    if not column_ids:
        return found
    rows = session.execute(
        select(ContentItem.column_id, ContentItem.planned_start, ContentItem.id, ContentItem.title)
        .where(
            ContentItem.column_id.in_(column_ids),
            ContentItem.planned_start >= first,
            ContentItem.planned_start <= last,
            _FILLS,
        )
        .order_by(ContentItem.id)
    )
    for row in rows:
        found[(row.column_id, row.planned_start)].append((row.id, row.title))
    return found


def _scope(column_ids: Iterable[int] | None, plan_id: int | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if column_ids is not None:
        where.append(SpecialColumn.id.in_(list(column_ids)))
    if plan_id is not None:
        where.append(SpecialColumn.plan_id == plan_id)
    return where


def column_slots(
    db: Database,
    first: date,
    last: date,
    column_ids: Iterable[int] | None = None,
    plan_id: int | None = None,
) -> list[Slot]:
    """Every slot of the chosen columns (all, or those of a plan) in [first, last], filled or
    not, by day, then column name. Raises SlotError naming a column whose cadence cannot be
    expanded."""
    with db.transaction() as session:
        columns = _columns(session, *_scope(column_ids, plan_id))
        ids = [c.id for c in columns]
        exceptions = _exceptions(session, ids)
        items = _items_on(session, ids, first, last)
    slots = []
    for column in columns:
        for day, moved_from in _occurrences(column, first, last, exceptions):
            on_slot = items.get((column.id, day), [])
            item_id, title = on_slot[0] if on_slot else (None, None)
            slots.append(
                Slot(
                    column.id,
                    column.name,
                    day,
                    item_id,
                    title,
                    column.owner_label,
                    moved_from,
                    tuple(on_slot[1:]),
                )
            )
    order = {column.id: n for n, column in enumerate(columns)}
    slots.sort(key=lambda s: (s.day, order[s.column_id]))
    return slots


def gaps(db: Database, start: date, weeks: int, plan_id: int | None = None) -> list[Slot]:
    """The empty slots of the `weeks` weeks from `start` (that day included), by day, then
    column name."""
    last = start + timedelta(weeks=weeks, days=-1)
    return [s for s in column_slots(db, start, last, plan_id=plan_id) if s.item_id is None]


def _column(session: Session, column_id: int) -> _Column:
    found = _columns(session, SpecialColumn.id == column_id)
    if not found:
        raise NotFoundError(f"column {column_id} does not exist")
    return found[0]


def orphans(db: Database, column_id: int) -> list[Orphan]:
    """The column's items (cancelled ones aside) planned on a day that is not one of its
    slots, by day: what a change of cadence, end or exceptions left without a slot."""
    with db.transaction() as session:
        column = _column(session, column_id)
        rows = session.execute(
            select(ContentItem.id, ContentItem.title, ContentItem.planned_start)
            .where(
                ContentItem.column_id == column_id,
                ContentItem.planned_start.is_not(None),
                _FILLS,
            )
            .order_by(ContentItem.planned_start, ContentItem.id)
        ).all()
        exceptions = _exceptions(session, [column_id])
    if not rows:
        return []
    first, last = rows[0].planned_start, rows[-1].planned_start
    slot_days = {day for day, _ in _occurrences(column, first, last, exceptions)}
    return [
        Orphan(r.id, r.title, r.planned_start) for r in rows if r.planned_start not in slot_days
    ]


@dataclass(frozen=True)
class ColumnOrphans:
    """A column and its orphans, by day."""

    column_id: int
    column_name: str
    items: tuple[Orphan, ...]


def orphans_of_columns(
    db: Database, column_ids: Iterable[int] | None = None, plan_id: int | None = None
) -> list[ColumnOrphans]:
    """`orphans` for many columns (all, or a plan's) in one read, columns by name; a column
    whose cadence cannot be expanded is left out (the editor refuses such a cadence)."""
    with db.transaction() as session:
        columns = _columns(session, *_scope(column_ids, plan_id))
        ids = [c.id for c in columns]
        exceptions = _exceptions(session, ids)
        rows = session.execute(
            select(
                ContentItem.column_id, ContentItem.id, ContentItem.title, ContentItem.planned_start
            )
            .where(ContentItem.column_id.in_(ids), ContentItem.planned_start.is_not(None), _FILLS)
            .order_by(ContentItem.planned_start, ContentItem.id)
        ).all()
    by_column: dict[int, list[Orphan]] = defaultdict(list)
    for row in rows:
        by_column[row.column_id].append(Orphan(row.id, row.title, row.planned_start))
    found = []
    for column in columns:
        items = by_column.get(column.id)
        if not items:
            continue
        try:
            occurrences = _occurrences(
                column, items[0].planned_start, items[-1].planned_start, exceptions
            )
        except SlotError:
            continue
        days = {day for day, _ in occurrences}
        lost = tuple(i for i in items if i.planned_start not in days)
        if lost:
            found.append(ColumnOrphans(column.id, column.name, lost))
    return found


# Exceptions


def _override_of(row: ColumnException | None) -> Override | None:
    return Override(row.moved_to) if row is not None else None


def _row_values(row: ColumnException) -> dict[str, Any]:
    return {
        "column_id": row.column_id,
        "original_date": row.original_date,
        "moved_to": row.moved_to,
    }


def _check_override(
    session: Session, column: _Column, original: date, override: Override | None
) -> None:
    """Refuse an exception for a day the cadence does not give, or a move outside the column
    or onto a day that already has one of its slots. Removing an exception is always allowed:
    one left from an earlier cadence can be cleared."""
    if override is None:
        return
    exceptions = _exceptions(session, [column.id])
    skipped, moved = exceptions[column.id]
    regular = _occurrences(column, original, original, {column.id: (set(), {})})
    if not regular:
        raise SlotError(problem(NO_SLOT, column=column.name, day=_fmt(original)))
    if override.moved_to is None:
        return
    new = override.moved_to
    if new < column.start or column.end is not None and new > column.end:
        raise SlotError(
            problem(
                OUTSIDE_COLUMN,
                column=column.name,
                start=_fmt(column.start),
                end=_fmt(column.end) if column.end is not None else "…",
                day=_fmt(new),
            )
        )
    others = {column.id: (skipped - {original}, {o: n for o, n in moved.items() if o != original})}
    taken = _occurrences(column, new, new, others)
    if taken:
        raise SlotError(problem(SLOT_TAKEN, column=column.name, day=_fmt(new)))


def apply_override(
    db: Database,
    column_id: int,
    original: date,
    override: Override | None,
    check: bool = True,
) -> OccurrenceChange:
    """Make the occurrence the cadence gives on `original` skipped, moved, or (None) as the
    cadence gives it, in one audited transaction; returns what changed, for undo.

    `check=False` is for undo, which puts back an exception that was allowed when made.
    """
    if override is not None and override.moved_to == original:
        override = None  # moved back onto its own day: no exception left
    with db.transaction() as session:
        column = _column(session, column_id)
        row = session.scalars(
            select(ColumnException).where(
                ColumnException.column_id == column_id,
                ColumnException.original_date == original,
            )
        ).one_or_none()
        before = _override_of(row)
        if before == override:
            return OccurrenceChange(column_id, original, before, override)
        if check:
            _check_override(session, column, original, override)
        audit = AuditLog(session, db.actor)
        if override is None:
            assert row is not None
            values = _row_values(row)
            session.delete(row)
            session.flush()
            audit.deleted(TABLE, row.id, values)
        elif row is None:
            row = ColumnException(
                column_id=column_id, original_date=original, moved_to=override.moved_to
            )
            session.add(row)
            session.flush()
            audit.created(TABLE, row.id, _row_values(row))
        else:
            old = row.moved_to
            row.moved_to = override.moved_to
            session.flush()
            audit.changed(TABLE, row.id, "moved_to", old, override.moved_to)
        return OccurrenceChange(column_id, original, before, override)


def skip_occurrence(db: Database, column_id: int, day: date) -> OccurrenceChange:
    """Skip the occurrence the cadence gives on `day` (its original day, even if moved)."""
    return apply_override(db, column_id, day, Override(None))


def move_occurrence(db: Database, column_id: int, original: date, new: date) -> OccurrenceChange:
    """Move the occurrence the cadence gives on `original` to `new`, within the column's span
    and not onto another of its slots. Items on the old day stay there (see `orphans`)."""
    return apply_override(db, column_id, original, Override(new))


def restore_occurrence(db: Database, column_id: int, original: date) -> OccurrenceChange:
    """Put the occurrence back on the day the cadence gives, removing its exception."""
    return apply_override(db, column_id, original, None)


def undo_change(db: Database, change: OccurrenceChange) -> OccurrenceChange:
    """Put the occurrence back as it was before `change`."""
    return apply_override(db, change.column_id, change.original, change.before, check=False)
