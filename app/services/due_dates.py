"""Assignments' default due dates: a newsroom-wide number of days before the item's publication
(shared setting `assignment.due_days_before`), given when an assignment is created without one,
and followed when the item moves. A date someone chose is never changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.derived_dates import default_due_date, followed_due_date
from app.db.models import Assignment, ContentItem
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.shared_settings import DUE_DAYS_BEFORE, read_int

TABLE = "assignment"


@dataclass(frozen=True)
class DueDefault:
    """What the assignment editor shows: the default due date for an item (None while it is
    unscheduled) and the number of days before publication it is computed with."""

    due: date | None
    days_before: int
    item_scheduled: bool


def due_default(db: Database, item_id: int | None) -> DueDefault:
    with db.transaction() as session:
        days = read_int(session, DUE_DAYS_BEFORE)
        start = session.scalar(select(ContentItem.planned_start).where(ContentItem.id == item_id))
    return DueDefault(default_due_date(start, days), days, start is not None)


def with_default_due(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """An assignment's values with the default due date when none was given."""
    if values.get("due_date") is not None or values.get("item_id") is None:
        return values
    start = session.scalar(
        select(ContentItem.planned_start).where(ContentItem.id == values["item_id"])
    )
    return {**values, "due_date": default_due_date(start, read_int(session, DUE_DAYS_BEFORE))}


@dataclass(frozen=True)
class ItemMove:
    item_id: int
    old_start: date | None
    new_start: date | None


def follow_moves(session: Session, audit: AuditLog, moves: Iterable[ItemMove]) -> None:
    """Move the default due dates of the moved items' assignments along with them, in the
    caller's unit of work; explicit dates stay."""
    moved = {m.item_id: m for m in moves if m.old_start != m.new_start}
    if not moved:
        return
    days = read_int(session, DUE_DAYS_BEFORE)
    rows = session.scalars(select(Assignment).where(Assignment.item_id.in_(list(moved))))
    for assignment in rows:
        move = moved[assignment.item_id]
        new_due = followed_due_date(assignment.due_date, move.old_start, move.new_start, days)
        if new_due != assignment.due_date:
            audit.changed(TABLE, assignment.id, "due_date", assignment.due_date, new_due)
            assignment.due_date = new_due
    session.flush()
