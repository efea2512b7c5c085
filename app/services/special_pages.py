"""Special pages follow their milestone: a page runs on the milestone's first day moved by its
offset, and when that day moves (the milestone is moved, or the page's offset or milestone is
changed) the page's scheduled items move by the same number of days, in the same unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.derived_dates import page_day
from app.core.validation import ValidationError
from app.db.models import ContentItem, Milestone, SpecialPage
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.scheduling import Placement, ScheduleRefusedError, place_in_session


def page_days(db: Database, page_ids: Iterable[int] | None = None) -> dict[int, date]:
    """The day each special page runs, by page id (all pages when `page_ids` is None)."""
    query = select(SpecialPage.id, SpecialPage.offset_days, Milestone.start_date).join(
        Milestone, Milestone.id == SpecialPage.milestone_id
    )
    if page_ids is not None:
        query = query.where(SpecialPage.id.in_(list(page_ids)))
    with db.transaction() as session:
        return {row.id: page_day(row.start_date, row.offset_days) for row in session.execute(query)}


def day_of(session: Session, milestone_id: Any, offset_days: Any) -> date | None:
    """The day a page with these values runs; None while its milestone is not chosen."""
    start = session.scalar(select(Milestone.start_date).where(Milestone.id == milestone_id))
    return None if start is None else page_day(start, int(offset_days or 0))


def _shift(session: Session, audit: AuditLog, page_ids: list[int], days: int) -> None:
    """Move the pages' scheduled items by `days`; ScheduleRefusedError if one may not go."""
    if not days or not page_ids:
        return
    shift = timedelta(days=days)
    items = session.scalars(
        select(ContentItem)
        .where(ContentItem.special_page_id.in_(page_ids), ContentItem.planned_start.is_not(None))
        .order_by(ContentItem.id)
    ).all()
    wanted = [
        Placement(
            item.id,
            item.planned_start + shift if item.planned_start else None,
            item.planned_end + shift if item.planned_end else None,
            item.publish_time,
        )
        for item in items
    ]
    if wanted:
        place_in_session(session, audit, wanted)


def _refused(field: str, refused: ScheduleRefusedError) -> ValidationError:
    return ValidationError({field: refused.problems[0]})


def follow_milestone(
    session: Session, audit: AuditLog, milestone_id: int, old_start: date, new_start: date
) -> None:
    """The milestone's start moved: its special pages' items move by as many days.
    ValidationError on `start_date` when one of them may not go there (nothing changes)."""
    page_ids = list(
        session.scalars(select(SpecialPage.id).where(SpecialPage.milestone_id == milestone_id))
    )
    try:
        _shift(session, audit, page_ids, (new_start - old_start).days)
    except ScheduleRefusedError as refused:
        raise _refused("start_date", refused) from refused


def follow_page(
    session: Session,
    audit: AuditLog,
    page_id: int,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
) -> None:
    """The page's offset or milestone changed: its items move to keep their distance from the
    page's day. ValidationError on the changed field when one of them may not go there."""
    old_day = day_of(session, before.get("milestone_id"), before.get("offset_days"))
    new_day = day_of(session, after.get("milestone_id"), after.get("offset_days"))
    if old_day is None or new_day is None:
        return
    same_milestone = before.get("milestone_id") == after.get("milestone_id")
    field = "offset_days" if same_milestone else "milestone_id"
    try:
        _shift(session, audit, [page_id], (new_day - old_day).days)
    except ScheduleRefusedError as refused:
        raise _refused(field, refused) from refused
