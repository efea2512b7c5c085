"""My work and the weekly workload, on both backends."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.enums import AssignmentRole, AssignmentStatus
from app.core.records import Kind
from app.services.database import Database
from app.services.editing import create_record
from app.services.work import WeekLoad, my_work, workload

TODAY = date(2026, 3, 11)  # a Wednesday
MONDAY = date(2026, 3, 9)


def add(db: Database, kind: Kind, **values: Any) -> int:
    return create_record(db, kind, values).id


def test_my_work_orders_by_due_date_and_leaves_out_done(db: Database) -> None:
    lan = add(db, Kind.PERSON, name="Trần Thị Lan")
    minh = add(db, Kind.PERSON, name="Nguyễn Văn Minh")
    first = add(db, Kind.CONTENT_ITEM, title="Khai mạc Đại hội", planned_start=date(2026, 3, 15))
    second = add(db, Kind.CONTENT_ITEM, title="Bế mạc")
    late = add(
        db,
        Kind.ASSIGNMENT,
        item_id=first,
        person_id=lan,
        due_date=date(2026, 3, 10),
        status=AssignmentStatus.IN_PROGRESS,
    )
    undated = add(db, Kind.ASSIGNMENT, item_id=second, person_id=lan)
    soon = add(
        db,
        Kind.ASSIGNMENT,
        item_id=second,
        person_id=lan,
        role=AssignmentRole.EDIT,
        due_date=date(2026, 3, 12),
    )
    on_time = add(db, Kind.ASSIGNMENT, item_id=first, person_id=lan, due_date=TODAY)
    add(
        db,
        Kind.ASSIGNMENT,
        item_id=first,
        person_id=lan,
        due_date=date(2026, 3, 1),
        status=AssignmentStatus.DONE,
    )
    add(db, Kind.ASSIGNMENT, item_id=first, person_id=minh, due_date=date(2026, 3, 1))

    work = my_work(db, lan, TODAY)

    assert [w.assignment_id for w in work] == [late, on_time, soon, undated]
    assert [w.overdue for w in work] == [True, False, False, False]
    assert work[0].item_id == first
    assert work[0].item_title == "Khai mạc Đại hội"
    assert work[0].planned_start == date(2026, 3, 15)
    assert work[0].status is AssignmentStatus.IN_PROGRESS
    assert work[2].role is AssignmentRole.EDIT
    assert work[3].due_date is None
    assert my_work(db, add(db, Kind.PERSON, name="Đỗ Thu Hoa"), TODAY) == []


def test_workload_counts_each_week_against_capacity(db: Database) -> None:
    lan = add(db, Kind.PERSON, name="Trần Thị Lan", weekly_capacity=2)
    hoa = add(db, Kind.PERSON, name="Đỗ Thu Hoa", weekly_capacity=5)
    item = add(db, Kind.CONTENT_ITEM, title="Chuỗi phóng sự")
    for day in (date(2026, 3, 9), date(2026, 3, 11), date(2026, 3, 15)):  # Monday..Sunday
        add(db, Kind.ASSIGNMENT, item_id=item, person_id=lan, due_date=day)
    add(db, Kind.ASSIGNMENT, item_id=item, person_id=lan, due_date=date(2026, 3, 16))
    add(db, Kind.ASSIGNMENT, item_id=item, person_id=lan, due_date=date(2026, 3, 8))  # before
    add(db, Kind.ASSIGNMENT, item_id=item, person_id=lan, due_date=date(2026, 3, 23))  # after
    add(db, Kind.ASSIGNMENT, item_id=item, person_id=lan)  # no due date
    add(db, Kind.ASSIGNMENT, item_id=item, person_id=hoa, due_date=date(2026, 3, 17))

    loads = workload(db, TODAY, 2)

    assert [(person, name) for person, name, _ in loads] == [
        (hoa, "Đỗ Thu Hoa"),
        (lan, "Trần Thị Lan"),
    ]
    assert loads[1][2] == [
        WeekLoad(MONDAY, 3, 2, True),
        WeekLoad(date(2026, 3, 16), 1, 2, False),
    ]
    assert loads[0][2] == [
        WeekLoad(MONDAY, 0, 5, False),
        WeekLoad(date(2026, 3, 16), 1, 5, False),
    ]


def test_workload_at_capacity_is_not_overloaded(db: Database) -> None:
    person = add(db, Kind.PERSON, name="Nguyễn Văn Minh", weekly_capacity=1)
    item = add(db, Kind.CONTENT_ITEM, title="Bản tin")
    add(db, Kind.ASSIGNMENT, item_id=item, person_id=person, due_date=MONDAY)

    [(_, _, weeks)] = workload(db, MONDAY, 1)

    assert weeks == [WeekLoad(MONDAY, 1, 1, False)]
