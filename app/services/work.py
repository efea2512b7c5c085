"""One person's open assignments, and everyone's load per week against their capacity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from app.core.dates import week_start
from app.core.enums import AssignmentRole, AssignmentStatus
from app.core.text import fold
from app.db.models import Assignment, ContentItem, Person
from app.services.database import Database


@dataclass(frozen=True)
class WorkItem:
    """One open assignment of a person, with the item it is for."""

    assignment_id: int
    item_id: int
    item_title: str
    role: AssignmentRole
    due_date: date | None
    status: AssignmentStatus
    planned_start: date | None
    overdue: bool


@dataclass(frozen=True)
class WeekLoad:
    """How many assignments a person has due in the week starting `week_start` (a Monday)."""

    week_start: date
    count: int
    capacity: int
    overloaded: bool


def my_work(db: Database, person_id: int, today: date) -> list[WorkItem]:
    """The person's assignments not done yet, soonest due first, those without a due date last."""
    query = (
        select(Assignment, ContentItem.title, ContentItem.planned_start)
        .join(ContentItem, ContentItem.id == Assignment.item_id)
        .where(Assignment.person_id == person_id)
        .where(Assignment.status != AssignmentStatus.DONE)
        .order_by(
            Assignment.due_date.is_(None),
            Assignment.due_date,
            ContentItem.title,
            Assignment.id,
        )
    )
    with db.transaction() as session:
        return [
            WorkItem(
                assignment_id=assignment.id,
                item_id=assignment.item_id,
                item_title=title,
                role=assignment.role,
                due_date=assignment.due_date,
                status=assignment.status,
                planned_start=planned_start,
                overdue=assignment.due_date is not None and assignment.due_date < today,
            )
            for assignment, title, planned_start in session.execute(query)
        ]


def workload(db: Database, first_week: date, weeks: int) -> list[tuple[int, str, list[WeekLoad]]]:
    """Per person (by name), assignments due in each of `weeks` ISO weeks from `first_week`."""
    start = week_start(first_week)
    starts = [start + timedelta(weeks=offset) for offset in range(max(weeks, 0))]
    end = start + timedelta(weeks=len(starts))
    counts: dict[tuple[int, date], int] = {}
    with db.transaction() as session:
        people = list(session.execute(select(Person.id, Person.name, Person.weekly_capacity)).all())
        due = session.execute(
            select(Assignment.person_id, Assignment.due_date, func.count())
            .where(Assignment.due_date >= start, Assignment.due_date < end)
            .group_by(Assignment.person_id, Assignment.due_date)
        )
        for person_id, day, count in due:
            assert day is not None  # the window leaves out assignments without a due date
            key = (person_id, week_start(day))
            counts[key] = counts.get(key, 0) + count
    result: list[tuple[int, str, list[WeekLoad]]] = []
    # By name without accents, so both backends agree (Đ sorts with D, not after Z).
    people.sort(key=lambda row: (fold(row.name), row.name, row.id))
    for person_id, name, capacity in people:
        loads = []
        for monday in starts:
            count = counts.get((person_id, monday), 0)
            loads.append(WeekLoad(monday, count, capacity, count > capacity))
        result.append((person_id, name, loads))
    return result
