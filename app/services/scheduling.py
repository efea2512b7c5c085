"""Moving, copying, scheduling and unscheduling content items: checked, audited, one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.enums import ContentStatus
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.validation import Problem, problem
from app.db.models import ContentItem, Milestone, Plan, SpecialColumn
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.due_dates import ItemMove, follow_moves
from app.services.records import NotFoundError

OUTSIDE_PLAN = QT_TRANSLATE_NOOP(
    "validation", "“{title}” cannot go on {day}: its plan runs from {start} to {end}."
)
AFTER_COLUMN = QT_TRANSLATE_NOOP(
    "validation", "“{title}” cannot go on {day}: its column “{column}” ended on {end}."
)
BEFORE_COLUMN = QT_TRANSLATE_NOOP(
    "validation", "“{title}” cannot go on {day}: its column “{column}” starts on {start}."
)
ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "validation", "“{title}” cannot end on {end}, before it starts on {start}."
)
END_WITHOUT_START = QT_TRANSLATE_NOOP(
    "validation", "“{title}” cannot end on {end} without a start date."
)

_FIELDS = ("planned_start", "planned_end", "publish_time")
# A copy is a new piece: it starts at the beginning of the screening workflow again.
FIRST_STATUSES = (ContentStatus.IDEA, ContentStatus.PLANNED)


@dataclass(frozen=True)
class Placement:
    """Where an item sits in time; `planned_start` None means unscheduled (in the backlog)."""

    item_id: int
    planned_start: date | None
    planned_end: date | None = None
    publish_time: time | None = None


class ScheduleRefusedError(Exception):
    """Nothing was changed: each problem says which item could not go where, and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.render() for p in problems))
        self.problems = list(problems)


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _column_end(session: Session, column: SpecialColumn) -> date | None:
    if column.end_milestone_id is not None:
        milestone = session.get(Milestone, column.end_milestone_id)
        if milestone is not None:
            return milestone.end_date
    return column.end_date


def _problems_for(session: Session, item: ContentItem, new: Placement) -> list[Problem]:
    if new.planned_start is None:
        # The database's CHECK lets an end without a start through; the editor does not.
        if new.planned_end is not None:
            return [problem(END_WITHOUT_START, title=item.title, end=_fmt(new.planned_end))]
        return []
    found: list[Problem] = []
    if new.planned_end is not None and new.planned_end < new.planned_start:
        found.append(
            problem(
                ENDS_BEFORE_START,
                title=item.title,
                end=_fmt(new.planned_end),
                start=_fmt(new.planned_start),
            )
        )
    days = [new.planned_start, new.planned_end or new.planned_start]
    plan = session.get(Plan, item.plan_id) if item.plan_id is not None else None
    if plan is not None and any(d < plan.start_date or d > plan.end_date for d in days):
        bad = next(d for d in days if d < plan.start_date or d > plan.end_date)
        found.append(
            problem(
                OUTSIDE_PLAN,
                title=item.title,
                day=_fmt(bad),
                start=_fmt(plan.start_date),
                end=_fmt(plan.end_date),
            )
        )
    column = session.get(SpecialColumn, item.column_id) if item.column_id is not None else None
    if column is not None:
        end = _column_end(session, column)
        if end is not None and days[-1] > end:
            found.append(
                problem(
                    AFTER_COLUMN,
                    title=item.title,
                    day=_fmt(days[-1]),
                    column=column.name,
                    end=_fmt(end),
                )
            )
        if days[0] < column.start_date:
            found.append(
                problem(
                    BEFORE_COLUMN,
                    title=item.title,
                    day=_fmt(days[0]),
                    column=column.name,
                    start=_fmt(column.start_date),
                )
            )
    return found


def _load(session: Session, ids: Sequence[int]) -> dict[int, ContentItem]:
    items = {i.id: i for i in session.scalars(select(ContentItem).where(ContentItem.id.in_(ids)))}
    missing = set(ids) - set(items)
    if missing:
        raise NotFoundError(f"content items {sorted(missing)} do not exist")
    return items


def placement_of(item: ContentItem) -> Placement:
    return Placement(item.id, item.planned_start, item.planned_end, item.publish_time)


def placements(db: Database, ids: Sequence[int]) -> list[Placement]:
    with db.transaction() as session:
        items = _load(session, ids)
        return [placement_of(items[i]) for i in ids]


def check_placements(db: Database, wanted: Sequence[Placement]) -> list[Problem]:
    """Why these placements would be refused; empty when they are all allowed."""
    with db.transaction() as session:
        items = _load(session, [p.item_id for p in wanted])
        return [found for p in wanted for found in _problems_for(session, items[p.item_id], p)]


def place_items(db: Database, wanted: Sequence[Placement], check: bool = True) -> list[Placement]:
    """Put items where `wanted` says, all or none; returns where they were, for undo.

    `check=False` is for undo, which puts items back where they were allowed before.
    """
    with db.transaction() as session:
        return place_in_session(session, AuditLog(session, db.actor), wanted, check)


def place_in_session(
    session: Session, audit: AuditLog, wanted: Sequence[Placement], check: bool = True
) -> list[Placement]:
    """`place_items` inside a unit of work the caller holds (a milestone moving its special
    pages' items). Default due dates of the items' assignments follow them (due_dates)."""
    items = _load(session, [p.item_id for p in wanted])
    if check:
        problems = [f for p in wanted for f in _problems_for(session, items[p.item_id], p)]
        if problems:
            raise ScheduleRefusedError(problems)
    before = [placement_of(items[p.item_id]) for p in wanted]
    for new, old in zip(wanted, before, strict=True):
        item = items[new.item_id]
        for name in _FIELDS:
            old_value, new_value = getattr(old, name), getattr(new, name)
            if old_value != new_value:
                setattr(item, name, new_value)
                audit.changed("content_item", item.id, name, old_value, new_value)
    session.flush()
    follow_moves(
        session,
        audit,
        (
            ItemMove(n.item_id, o.planned_start, n.planned_start)
            for n, o in zip(wanted, before, strict=True)
        ),
    )
    return before


def copy_items(db: Database, wanted: Sequence[Placement]) -> list[int]:
    """Copies of the items at the wanted placements (themes kept, assignments not)."""
    with db.transaction() as session:
        items = _load(session, [p.item_id for p in wanted])
        problems = [f for p in wanted for f in _problems_for(session, items[p.item_id], p)]
        if problems:
            raise ScheduleRefusedError(problems)
        audit = AuditLog(session, db.actor)
        created = []
        for place in wanted:
            source = items[place.item_id]
            copy = ContentItem(
                title=source.title,
                summary=source.summary,
                format=source.format,
                status=source.status if source.status in FIRST_STATUSES else ContentStatus.PLANNED,
                plan_id=source.plan_id,
                channel_id=source.channel_id,
                column_id=source.column_id,
                special_page_id=source.special_page_id,
                audience=source.audience,
                language=source.language,
                planned_start=place.planned_start,
                planned_end=place.planned_end,
                publish_time=place.publish_time,
                deadline=source.deadline,
                notes=source.notes,
                themes=list(source.themes),
            )
            session.add(copy)
            session.flush()
            audit.created("content_item", copy.id, {"copied_from": source.id})
            created.append(copy.id)
        return created
