"""Filling an empty column slot with an existing item: it takes the column and the slot's day.

One checked, audited transaction. The item keeps its time and its length (its end moves with
its start); it takes the column's channel only when it has none. What it was is returned, so
that undo puts column, channel and days back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from app.core.enums import ContentStatus
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.validation import Problem, problem
from app.db.models import ContentItem, SpecialColumn
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.records import NotFoundError
from app.services.scheduling import Placement, ScheduleRefusedError, place_in_session
from app.services.slots import NO_SLOT, column_slots
from app.services.timeline import COLUMN_OF_OTHER_PLAN

SLOT_FILLED = QT_TRANSLATE_NOOP(
    "validation", "The slot of “{column}” on {day} is already filled by “{other}”."
)
CANCELLED_FILLS_NOTHING = QT_TRANSLATE_NOOP(
    "validation", "“{title}” is cancelled: a cancelled piece fills no slot."
)


@dataclass(frozen=True)
class ItemPlace:
    """An item's column, channel and days: what filling a slot changes."""

    item_id: int
    column_id: int | None
    channel_id: int | None
    planned_start: date | None
    planned_end: date | None
    publish_time: time | None

    @property
    def placement(self) -> Placement:
        return Placement(self.item_id, self.planned_start, self.planned_end, self.publish_time)


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _place_of(item: ContentItem) -> ItemPlace:
    return ItemPlace(
        item.id,
        item.column_id,
        item.channel_id,
        item.planned_start,
        item.planned_end,
        item.publish_time,
    )


def _item(session: Session, item_id: int) -> ContentItem:
    item = session.get(ContentItem, item_id)
    if item is None:
        raise NotFoundError(f"content item {item_id} does not exist")
    return item


def _put(
    session: Session, audit: AuditLog, item: ContentItem, place: ItemPlace, check: bool
) -> None:
    """Column and channel first, so that the placement is checked against the new column."""
    for name in ("column_id", "channel_id"):
        old, new = getattr(item, name), getattr(place, name)
        if old != new:
            setattr(item, name, new)
            audit.changed("content_item", item.id, name, old, new)
    place_in_session(session, audit, [place.placement], check)


def _refusals(item: ContentItem, column: SpecialColumn) -> list[Problem]:
    found = []
    if item.status is ContentStatus.CANCELLED:
        found.append(problem(CANCELLED_FILLS_NOTHING, title=item.title))
    if column.plan_id is not None and column.plan_id != item.plan_id:
        found.append(problem(COLUMN_OF_OTHER_PLAN, title=item.title, column=column.name))
    return found


def fill_slot(db: Database, item_id: int, column_id: int, day: date) -> tuple[ItemPlace, ItemPlace]:
    """Put the item on the column's slot of `day`; returns (before, after) for undo.

    Refused (ScheduleRefusedError, nothing changed) when the column has no slot that day, the
    slot holds another item, the item is cancelled or of another plan than the column, or the
    day breaks a scheduling rule (the item's plan range, the column's span).
    """
    on_day = column_slots(db, day, day, [column_id])
    with db.transaction() as session:
        item = _item(session, item_id)
        column = session.get(SpecialColumn, column_id)
        if column is None:
            raise NotFoundError(f"column {column_id} does not exist")
        if not on_day:
            raise ScheduleRefusedError([problem(NO_SLOT, column=column.name, day=_fmt(day))])
        slot = on_day[0]
        if slot.item_id is not None and slot.item_id != item_id:
            other = slot.item_title or ""
            raise ScheduleRefusedError(
                [problem(SLOT_FILLED, column=column.name, day=_fmt(day), other=other)]
            )
        refusals = _refusals(item, column)
        if refusals:
            raise ScheduleRefusedError(refusals)
        before = _place_of(item)
        end = None
        if item.planned_start is not None and item.planned_end is not None:
            end = item.planned_end + (day - item.planned_start)
        after = ItemPlace(
            item_id,
            column_id,
            item.channel_id if item.channel_id is not None else column.channel_id,
            day,
            end,
            item.publish_time,
        )
        _put(session, AuditLog(session, db.actor), item, after, check=True)
        return before, after


def put_item(db: Database, place: ItemPlace) -> None:
    """Put an item back where `place` says, unchecked: for undo and redo, which restore what
    was allowed when it was done."""
    with db.transaction() as session:
        _put(session, AuditLog(session, db.actor), _item(session, place.item_id), place, False)
