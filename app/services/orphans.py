"""Resolving orphans, the items a cadence change left without a slot: find the nearest slot to
move one to. Detaching one from its column is an ordinary edit (column_id to none)."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import Kind
from app.core.validation import problem
from app.services.database import Database
from app.services.records import get_record
from app.services.scheduling import Placement
from app.services.slots import SlotError, column_slots, orphans_of_columns

NO_SLOT_NEAR = QT_TRANSLATE_NOOP(
    "validation", "Column “{column}” has no slot within a year of {day}."
)
NOT_IN_COLUMN = QT_TRANSLATE_NOOP("validation", "“{title}” is not in a column any more.")
SEARCH_DAYS = 366


def orphan_item_ids(db: Database, plan_id: int | None = None) -> set[int]:
    """Every orphan's id, for lists that flag them."""
    return {i.id for c in orphans_of_columns(db, plan_id=plan_id) for i in c.items}


def _nearest(days: list[date], around: date) -> date | None:
    """The day closest to `around`; on a tie the later one, which leaves more time to write."""
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - around).days), d < around))


def nearest_slot(db: Database, item_id: int) -> Placement:
    """Where the item goes to sit on its column's nearest free slot (else the nearest slot),
    keeping its length and time. SlotError when the column has no slot within a year."""
    item = get_record(db, Kind.CONTENT_ITEM, item_id).values
    column_id, start = item["column_id"], item["planned_start"]
    if column_id is None or start is None:
        raise SlotError(problem(NOT_IN_COLUMN, title=item["title"]))
    window = timedelta(days=SEARCH_DAYS)
    slots = column_slots(db, start - window, start + window, [column_id])
    free = [s.day for s in slots if s.item_id is None and s.day != start]
    day = _nearest(free, start) or _nearest([s.day for s in slots if s.day != start], start)
    if day is None:
        column = get_record(db, Kind.COLUMN, column_id).values["name"]
        raise SlotError(problem(NO_SLOT_NEAR, column=column, day=start.strftime("%d/%m/%Y")))
    end = item["planned_end"]
    return Placement(
        item_id,
        day,
        end + (day - start) if end is not None else None,
        item["publish_time"],
    )
