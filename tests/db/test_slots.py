"""Column slots on both backends: filled and empty, gaps, milestone ends, orphans, exceptions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.core.enums import ContentStatus, MilestoneKind
from app.core.records import Kind
from app.db.models import AuditEntry, ColumnException, ContentItem
from app.services.database import Database
from app.services.editing import create_record, delete_records, restore_records, update_record
from app.services.slots import (
    BAD_CADENCE,
    NO_SLOT,
    OUTSIDE_COLUMN,
    SLOT_TAKEN,
    OccurrenceChange,
    Orphan,
    Override,
    Slot,
    SlotError,
    column_slots,
    gaps,
    move_occurrence,
    orphans,
    restore_occurrence,
    skip_occurrence,
    undo_change,
)

D = date
LAN = "Nguyễn Thị Lan"
DESK = "Ban Thời sự"


@dataclass(frozen=True)
class World:
    """Three columns from 1 September 2025 (Mondays 1, 8, 15, 22, 29; Thursdays 4 … 25)."""

    plan: int
    congress: int  # 19–25 January 2026
    congress_column: int  # "Hướng tới Đại hội": MO,TH until the congress ends; Lan owns it
    monthly_column: int  # "Kinh tế": the 15th, until June 2026; the desk owns it
    other_column: int  # "Đời sống", another plan: Wednesdays, no owner
    first: int  # congress column, Monday 1 September
    second: int  # congress column, Thursday 4 September
    third: int  # congress column, also Thursday 4 September: made later, so extra
    friday: int  # congress column, Friday 5 September: no slot that day
    cancelled: int  # congress column, Monday 8 September, cancelled: fills nothing
    january: int  # congress column, Thursday 22 January 2026
    monthly: int  # monthly column, 15 September
    wednesday: int  # other column, 3 September


@pytest.fixture
def world(db: Database) -> World:
    def new(kind: Kind, /, **values: Any) -> int:
        return create_record(db, kind, values).id

    plan = new(
        Kind.PLAN,
        number="125-KH/BTGTW",
        title="Tuyên truyền Đại hội XIV",
        start_date=D(2025, 7, 1),
        end_date=D(2026, 6, 30),
    )
    other_plan = new(
        Kind.PLAN,
        number="10-KH/TU",
        title="Tết Bính Ngọ",
        start_date=D(2025, 7, 1),
        end_date=D(2026, 6, 30),
    )
    congress = new(
        Kind.MILESTONE,
        kind=MilestoneKind.CONGRESS,
        name="Đại hội XIV",
        start_date=D(2026, 1, 19),
        end_date=D(2026, 1, 25),
    )
    outlet = new(Kind.OUTLET, name="Báo Nhân Dân")
    channel = new(Kind.CHANNEL, outlet_id=outlet, name="Nhân Dân điện tử")
    desk = new(Kind.DESK, name=DESK, outlet_id=outlet)
    person = new(Kind.PERSON, name=LAN, initials="NTL")
    congress_column = new(
        Kind.COLUMN,
        name="Hướng tới Đại hội",
        channel_id=channel,
        plan_id=plan,
        owner_person_id=person,
        owner_desk_id=desk,  # the person wins
        cadence="FREQ=WEEKLY;BYDAY=MO,TH",
        start_date=D(2025, 9, 1),
        end_milestone_id=congress,
    )
    monthly_column = new(
        Kind.COLUMN,
        name="Kinh tế",
        channel_id=channel,
        plan_id=plan,
        owner_desk_id=desk,
        cadence="FREQ=MONTHLY;BYMONTHDAY=15",
        start_date=D(2025, 9, 1),
        end_date=D(2026, 6, 30),
    )
    other_column = new(
        Kind.COLUMN,
        name="Đời sống",
        channel_id=channel,
        plan_id=other_plan,
        cadence="FREQ=WEEKLY;BYDAY=WE",
        start_date=D(2025, 9, 1),
    )

    def item(title: str, column: int, day: date, **values: Any) -> int:
        column_plan = other_plan if column == other_column else plan
        return new(
            Kind.CONTENT_ITEM,
            title=title,
            plan_id=column_plan,
            channel_id=channel,
            column_id=column,
            planned_start=day,
            **values,
        )

    return World(
        plan=plan,
        congress=congress,
        congress_column=congress_column,
        monthly_column=monthly_column,
        other_column=other_column,
        first=item("Bài 1", congress_column, D(2025, 9, 1)),
        second=item("Bài 2", congress_column, D(2025, 9, 4)),
        third=item("Bài 2 bis", congress_column, D(2025, 9, 4)),
        friday=item("Bài thứ Sáu", congress_column, D(2025, 9, 5)),
        cancelled=item(
            "Bài đã hủy", congress_column, D(2025, 9, 8), status=ContentStatus.CANCELLED
        ),
        january=item("Đại biểu trẻ", congress_column, D(2026, 1, 22)),
        monthly=item("Kinh tế tháng Chín", monthly_column, D(2025, 9, 15)),
        wednesday=item("Đời sống thứ Tư", other_column, D(2025, 9, 3)),
    )


def days_of(slots: list[Slot], column_id: int) -> list[date]:
    return [s.day for s in slots if s.column_id == column_id]


def exception_rows(db: Database) -> list[tuple[int, date, date | None]]:
    with db.transaction() as session:
        rows = session.execute(
            select(
                ColumnException.column_id, ColumnException.original_date, ColumnException.moved_to
            ).order_by(ColumnException.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def audit_after(db: Database, after_id: int) -> list[tuple[str, str, int, str | None, Any, Any]]:
    """(action, table, record, field, old, new) of the entries after `after_id`, values read
    back from JSON where they are records."""

    def read(value: str | None) -> Any:
        return json.loads(value) if value and value.startswith("{") else value

    with db.transaction() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
        )
        found = []
        for e in entries:
            assert e.actor == "tester"
            found.append(
                (
                    e.action,
                    e.table_name,
                    e.record_id,
                    e.field,
                    read(e.old_value),
                    read(e.new_value),
                )
            )
        return found


def last_audit_id(db: Database) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


# Filling and gaps


def test_slots_are_filled_by_the_columns_item_of_that_day(db: Database, world: World) -> None:
    w = world
    found = column_slots(db, D(2025, 9, 1), D(2025, 9, 14), plan_id=w.plan)
    col = w.congress_column
    name = "Hướng tới Đại hội"
    assert found == [
        Slot(col, name, D(2025, 9, 1), w.first, "Bài 1", LAN),
        Slot(col, name, D(2025, 9, 4), w.second, "Bài 2", LAN, None, ((w.third, "Bài 2 bis"),)),
        Slot(col, name, D(2025, 9, 8), None, None, LAN),  # its item was cancelled
        Slot(col, name, D(2025, 9, 11), None, None, LAN),
    ]


def test_slots_of_chosen_columns_by_day_then_column_name(db: Database, world: World) -> None:
    w = world
    found = column_slots(
        db, D(2025, 9, 1), D(2025, 9, 17), column_ids=[w.monthly_column, w.other_column]
    )
    assert [(s.day, s.column_name, s.item_id, s.owner_label) for s in found] == [
        (D(2025, 9, 3), "Đời sống", w.wednesday, ""),
        (D(2025, 9, 10), "Đời sống", None, ""),
        (D(2025, 9, 15), "Kinh tế", w.monthly, DESK),
        (D(2025, 9, 17), "Đời sống", None, ""),
    ]
    every = column_slots(db, D(2025, 9, 15), D(2025, 9, 18))
    assert [(s.day, s.column_id) for s in every] == [
        (D(2025, 9, 15), w.congress_column),
        (D(2025, 9, 15), w.monthly_column),
        (D(2025, 9, 17), w.other_column),
        (D(2025, 9, 18), w.congress_column),
    ]


def test_gaps_are_the_empty_slots_of_the_next_weeks(db: Database, world: World) -> None:
    w = world
    assert [(s.day, s.column_id) for s in gaps(db, D(2025, 9, 1), 2, plan_id=w.plan)] == [
        (D(2025, 9, 8), w.congress_column),
        (D(2025, 9, 11), w.congress_column),
    ]
    found = gaps(db, D(2025, 9, 1), 3)
    assert [(s.day, s.column_id, s.owner_label) for s in found] == [
        (D(2025, 9, 8), w.congress_column, LAN),
        (D(2025, 9, 10), w.other_column, ""),
        (D(2025, 9, 11), w.congress_column, LAN),
        (D(2025, 9, 15), w.congress_column, LAN),
        (D(2025, 9, 17), w.other_column, ""),
        (D(2025, 9, 18), w.congress_column, LAN),
    ]
    assert gaps(db, D(2025, 9, 1), 0) == []


def test_an_end_tied_to_a_milestone_moves_with_it(db: Database, world: World) -> None:
    w = world
    window = (D(2026, 1, 12), D(2026, 2, 1))

    def days() -> list[date]:
        return days_of(column_slots(db, *window, column_ids=[w.congress_column]), w.congress_column)

    january = [D(2026, 1, d) for d in (12, 15, 19, 22)]
    assert days() == january
    assert [o.id for o in orphans(db, w.congress_column)] == [w.friday]

    update_record(
        db, Kind.MILESTONE, w.congress, {"start_date": D(2026, 1, 12), "end_date": D(2026, 1, 18)}
    )
    assert days() == january[:2]
    assert orphans(db, w.congress_column) == [
        Orphan(w.friday, "Bài thứ Sáu", D(2025, 9, 5)),
        Orphan(w.january, "Đại biểu trẻ", D(2026, 1, 22)),
    ]

    update_record(
        db, Kind.MILESTONE, w.congress, {"start_date": D(2026, 1, 26), "end_date": D(2026, 2, 1)}
    )
    assert days() == [*january, D(2026, 1, 26), D(2026, 1, 29)]
    assert [o.id for o in orphans(db, w.congress_column)] == [w.friday]


def test_a_cadence_change_orphans_items_and_moves_nothing(db: Database, world: World) -> None:
    w = world

    def items() -> dict[int, tuple[date | None, int | None]]:
        with db.transaction() as session:
            rows = session.execute(
                select(ContentItem.id, ContentItem.planned_start, ContentItem.column_id)
            )
            return {row.id: (row.planned_start, row.column_id) for row in rows}

    before = items()
    assert orphans(db, w.congress_column) == [Orphan(w.friday, "Bài thứ Sáu", D(2025, 9, 5))]

    update_record(db, Kind.COLUMN, w.congress_column, {"cadence": "FREQ=WEEKLY;BYDAY=MO,FR"})

    assert orphans(db, w.congress_column) == [
        Orphan(w.second, "Bài 2", D(2025, 9, 4)),
        Orphan(w.third, "Bài 2 bis", D(2025, 9, 4)),
        Orphan(w.january, "Đại biểu trẻ", D(2026, 1, 22)),
    ]
    assert items() == before
    slots = column_slots(db, D(2025, 9, 1), D(2025, 9, 7), column_ids=[w.congress_column])
    assert [(s.day, s.item_id) for s in slots] == [
        (D(2025, 9, 1), w.first),
        (D(2025, 9, 5), w.friday),
    ]
    assert orphans(db, w.monthly_column) == []


# Skipping, moving and restoring single occurrences


def test_skip_move_restore_and_undo_are_audited(db: Database, world: World) -> None:
    w = world
    col = w.congress_column
    september = (D(2025, 9, 1), D(2025, 9, 14))
    mark = last_audit_id(db)

    skipped = skip_occurrence(db, col, D(2025, 9, 8))
    assert skipped == OccurrenceChange(col, D(2025, 9, 8), None, Override(None))
    assert days_of(column_slots(db, *september), col) == [D(2025, 9, d) for d in (1, 4, 11)]
    [(action, table, skip_id, field, old, new)] = audit_after(db, mark)
    assert (action, table, field, old) == ("create", "column_exception", None, None)
    assert new == {"column_id": col, "original_date": "2025-09-08", "moved_to": None}

    mark = last_audit_id(db)
    moved = move_occurrence(db, col, D(2025, 9, 11), D(2025, 9, 12))
    assert moved == OccurrenceChange(col, D(2025, 9, 11), None, Override(D(2025, 9, 12)))
    [(action, table, move_id, field, old, new)] = audit_after(db, mark)
    assert (action, table, field) == ("create", "column_exception", None)
    assert new == {"column_id": col, "original_date": "2025-09-11", "moved_to": "2025-09-12"}
    on_friday = create_record(
        db,
        Kind.CONTENT_ITEM,
        {"title": "Bài dời", "plan_id": w.plan, "column_id": col, "planned_start": D(2025, 9, 12)},
    ).id
    slots = column_slots(db, *september, column_ids=[col])
    assert [(s.day, s.moved_from, s.item_id) for s in slots] == [
        (D(2025, 9, 1), None, w.first),
        (D(2025, 9, 4), None, w.second),
        (D(2025, 9, 12), D(2025, 9, 11), on_friday),
    ]
    assert slots[-1].original == D(2025, 9, 11)

    mark = last_audit_id(db)
    again = move_occurrence(db, col, D(2025, 9, 11), D(2025, 9, 13))
    assert again.before == Override(D(2025, 9, 12)) and again.after == Override(D(2025, 9, 13))
    assert audit_after(db, mark) == [
        ("update", "column_exception", move_id, "moved_to", "2025-09-12", "2025-09-13")
    ]
    assert [o.id for o in orphans(db, col)] == [w.friday, on_friday]

    mark = last_audit_id(db)
    restored = restore_occurrence(db, col, D(2025, 9, 8))
    assert restored == OccurrenceChange(col, D(2025, 9, 8), Override(None), None)
    assert D(2025, 9, 8) in days_of(column_slots(db, *september), col)
    [(action, table, record, field, old, new)] = audit_after(db, mark)
    assert (action, table, record, field, new) == (
        "delete",
        "column_exception",
        skip_id,
        None,
        None,
    )
    assert old["original_date"] == "2025-09-08"

    undo_change(db, restored)
    undo_change(db, again)
    assert exception_rows(db) == [(col, D(2025, 9, 11), D(2025, 9, 12)), (col, D(2025, 9, 8), None)]
    assert days_of(column_slots(db, *september), col) == [D(2025, 9, d) for d in (1, 4, 12)]


def test_no_change_writes_nothing(db: Database, world: World) -> None:
    w = world
    mark = last_audit_id(db)
    nothing = restore_occurrence(db, w.congress_column, D(2025, 9, 8))
    assert nothing == OccurrenceChange(w.congress_column, D(2025, 9, 8), None, None)
    home = move_occurrence(db, w.congress_column, D(2025, 9, 8), D(2025, 9, 8))
    assert home.after is None
    skip_occurrence(db, w.congress_column, D(2025, 9, 8))
    twice = skip_occurrence(db, w.congress_column, D(2025, 9, 8))
    assert twice.before == twice.after == Override(None)
    assert len(audit_after(db, mark)) == 1
    assert exception_rows(db) == [(w.congress_column, D(2025, 9, 8), None)]


def test_a_move_onto_a_freed_day_is_allowed(db: Database, world: World) -> None:
    w = world
    col = w.congress_column
    skip_occurrence(db, col, D(2025, 9, 8))
    move_occurrence(db, col, D(2025, 9, 11), D(2025, 9, 8))
    slots = column_slots(db, D(2025, 9, 1), D(2025, 9, 14), column_ids=[col])
    assert [(s.day, s.moved_from) for s in slots] == [
        (D(2025, 9, 1), None),
        (D(2025, 9, 4), None),
        (D(2025, 9, 8), D(2025, 9, 11)),
    ]


@pytest.mark.parametrize(
    ("original", "new", "template", "words"),
    [
        (D(2025, 9, 9), None, NO_SLOT, "no slot on 09/09/2025"),  # a Tuesday
        (D(2025, 8, 28), None, NO_SLOT, "no slot on 28/08/2025"),  # before the column starts
        (D(2026, 1, 26), None, NO_SLOT, "no slot on 26/01/2026"),  # after its milestone ends
        (D(2025, 9, 15), D(2025, 9, 18), SLOT_TAKEN, "already has a slot on 18/09/2025"),
        (D(2025, 9, 15), D(2025, 9, 12), SLOT_TAKEN, "already has a slot on 12/09/2025"),
        (D(2025, 9, 1), D(2025, 8, 31), OUTSIDE_COLUMN, "01/09/2025 to 25/01/2026: 31/08/2025"),
        (D(2026, 1, 22), D(2026, 1, 26), OUTSIDE_COLUMN, "to 25/01/2026: 26/01/2026"),
    ],
)
def test_refused_exceptions_change_nothing(
    db: Database, world: World, original: date, new: date | None, template: str, words: str
) -> None:
    col = world.congress_column
    move_occurrence(db, col, D(2025, 9, 11), D(2025, 9, 12))  # onto the 12th
    rows, mark = exception_rows(db), last_audit_id(db)
    with pytest.raises(SlotError) as refused:
        if new is None:
            skip_occurrence(db, col, original)
        else:
            move_occurrence(db, col, original, new)
    assert refused.value.problem.template == template
    assert words in str(refused.value)
    assert exception_rows(db) == rows
    assert audit_after(db, mark) == []


def test_a_stale_exception_can_still_be_cleared_and_put_back(db: Database, world: World) -> None:
    w = world
    col = w.congress_column
    skip_occurrence(db, col, D(2025, 9, 8))
    update_record(db, Kind.COLUMN, col, {"cadence": "FREQ=WEEKLY;BYDAY=TU"})
    cleared = restore_occurrence(db, col, D(2025, 9, 8))
    assert exception_rows(db) == []
    undo_change(db, cleared)
    assert exception_rows(db) == [(col, D(2025, 9, 8), None)]


def test_exceptions_go_and_come_back_with_their_column(db: Database, world: World) -> None:
    w = world
    skip_occurrence(db, w.congress_column, D(2025, 9, 8))
    move_occurrence(db, w.monthly_column, D(2025, 10, 15), D(2025, 10, 16))
    deleted = delete_records(db, Kind.COLUMN, [w.congress_column])
    assert exception_rows(db) == [(w.monthly_column, D(2025, 10, 15), D(2025, 10, 16))]
    restore_records(db, deleted)
    assert sorted(exception_rows(db)) == sorted(
        [
            (w.congress_column, D(2025, 9, 8), None),
            (w.monthly_column, D(2025, 10, 15), D(2025, 10, 16)),
        ]
    )
    assert days_of(column_slots(db, D(2025, 9, 1), D(2025, 9, 14)), w.congress_column) == [
        D(2025, 9, d) for d in (1, 4, 11)
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"original_date": D(2025, 9, 8)}, {"original_date": D(2025, 9, 8)}),
        ({"original_date": D(2025, 9, 8), "moved_to": D(2025, 9, 8)}, None),
    ],
    ids=["one exception per occurrence", "a move goes to another day"],
)
def test_the_database_keeps_exceptions_sound(
    db: Database, world: World, first: dict[str, Any], second: dict[str, Any] | None
) -> None:
    rows = [r for r in (first, second) if r is not None]
    with pytest.raises(IntegrityError), db.transaction() as session:
        for values in rows:
            session.add(ColumnException(column_id=world.congress_column, **values))
            session.flush()
    assert exception_rows(db) == []


def test_a_cadence_that_cannot_be_expanded_names_its_column(db: Database, world: World) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE special_column SET cadence = 'FREQ=WEEKLY;INTERVAL=0' WHERE id = :id"),
            {"id": world.monthly_column},
        )
    for call in (
        lambda: column_slots(db, D(2025, 9, 1), D(2025, 9, 30)),
        lambda: gaps(db, D(2025, 9, 1), 4),
        lambda: orphans(db, world.monthly_column),
    ):
        with pytest.raises(SlotError) as refused:
            call()
        assert refused.value.problem.template == BAD_CADENCE
        assert "Kinh tế" in str(refused.value) and "INTERVAL" in str(refused.value)
    assert days_of(
        column_slots(db, D(2025, 9, 1), D(2025, 9, 7), [world.other_column]), world.other_column
    ) == [D(2025, 9, 3)]
