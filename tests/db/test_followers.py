"""What follows a change on both backends: special pages' items with their milestone, default due
dates with their item, the shared due-days setting, orphans after a cadence change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.core.records import Kind
from app.core.validation import ValidationError
from app.db.models import Assignment, AuditEntry, ContentItem, Milestone
from app.services.database import Database
from app.services.due_dates import due_default
from app.services.editing import create_record, update_record
from app.services.orphans import nearest_slot, orphan_item_ids
from app.services.scheduling import Placement, place_items
from app.services.shared_settings import DUE_DAYS_BEFORE, get_int, set_int
from app.services.slots import orphans, orphans_of_columns
from app.services.special_pages import page_days

D = date


@dataclass(frozen=True)
class World:
    plan: int
    congress: int  # 19–23 January 2026
    page: int  # "3 days before" the congress: 16 January
    on_page: int  # item on the page, 16–17 January
    unscheduled: int  # item on the page, not scheduled
    elsewhere: int  # item on no page, 16 January
    person: int
    channel: int


@pytest.fixture
def world(db: Database) -> World:
    def new(kind: Kind, /, **values: Any) -> int:
        return create_record(db, kind, values).id

    plan = new(
        Kind.PLAN, number="01-CT/TW", title="Đại hội XIV",
        start_date=D(2025, 7, 1), end_date=D(2026, 6, 30),
    )  # fmt: skip
    congress = new(
        Kind.MILESTONE, kind="congress", name="Đại hội XIV",
        start_date=D(2026, 1, 19), end_date=D(2026, 1, 23),
    )  # fmt: skip
    outlet = new(Kind.OUTLET, name="Báo Nhân Dân", kind="newspaper")
    channel = new(Kind.CHANNEL, outlet_id=outlet, name="Báo in", kind="print")
    page = new(
        Kind.SPECIAL_PAGE, title="Trang chào mừng", milestone_id=congress, offset_days=-3,
        channel_id=channel, plan_id=plan, sections="Xã luận\nPhóng sự",
    )  # fmt: skip
    on_page = new(
        Kind.CONTENT_ITEM, title="Xã luận chào mừng", plan_id=plan, special_page_id=page,
        planned_start=D(2026, 1, 16), planned_end=D(2026, 1, 17),
    )  # fmt: skip
    unscheduled = new(Kind.CONTENT_ITEM, title="Phóng sự", plan_id=plan, special_page_id=page)
    elsewhere = new(Kind.CONTENT_ITEM, title="Tin khác", plan_id=plan, planned_start=D(2026, 1, 16))
    person = new(Kind.PERSON, name="Nguyễn Thị Lan")
    return World(plan, congress, page, on_page, unscheduled, elsewhere, person, channel)


def span(db: Database, item_id: int) -> tuple[date | None, date | None]:
    with db.transaction() as session:
        item = session.get(ContentItem, item_id)
        assert item is not None
        return item.planned_start, item.planned_end


def due(db: Database, assignment_id: int) -> date | None:
    with db.transaction() as session:
        return session.scalar(select(Assignment.due_date).where(Assignment.id == assignment_id))


def test_page_day_is_milestone_start_plus_offset(db: Database, world: World) -> None:
    assert page_days(db) == {world.page: D(2026, 1, 16)}


def test_moving_the_milestone_moves_its_pages_items_and_back(db: Database, world: World) -> None:
    before, after = update_record(
        db, Kind.MILESTONE, world.congress,
        {"start_date": D(2026, 1, 26), "end_date": D(2026, 1, 30)},
    )  # fmt: skip
    assert span(db, world.on_page) == (D(2026, 1, 23), D(2026, 1, 24))
    assert span(db, world.unscheduled) == (None, None)
    assert span(db, world.elsewhere) == (D(2026, 1, 16), None)
    assert page_days(db) == {world.page: D(2026, 1, 23)}
    update_record(db, Kind.MILESTONE, world.congress, before.values)  # what undo does
    assert span(db, world.on_page) == (D(2026, 1, 16), D(2026, 1, 17))


def test_a_milestone_move_that_would_push_an_item_out_of_its_plan_changes_nothing(
    db: Database, world: World
) -> None:
    with pytest.raises(ValidationError) as refused:
        update_record(
            db, Kind.MILESTONE, world.congress,
            {"start_date": D(2026, 7, 10), "end_date": D(2026, 7, 14)},
        )  # fmt: skip
    assert "start_date" in refused.value.problems
    assert "Xã luận chào mừng" in refused.value.problems["start_date"].render()
    assert span(db, world.on_page) == (D(2026, 1, 16), D(2026, 1, 17))
    with db.transaction() as session:
        milestone = session.get(Milestone, world.congress)
        assert milestone is not None and milestone.start_date == D(2026, 1, 19)


def test_changing_the_offset_moves_the_pages_items(db: Database, world: World) -> None:
    update_record(db, Kind.SPECIAL_PAGE, world.page, {"offset_days": 0})
    assert span(db, world.on_page) == (D(2026, 1, 19), D(2026, 1, 20))


def test_due_days_setting_defaults_to_two_and_is_audited(db: Database) -> None:
    assert get_int(db, DUE_DAYS_BEFORE) == 2
    assert set_int(db, DUE_DAYS_BEFORE, 5) == 2
    assert get_int(db, DUE_DAYS_BEFORE) == 5
    with pytest.raises(ValidationError):
        set_int(db, DUE_DAYS_BEFORE, -1)
    assert get_int(db, DUE_DAYS_BEFORE) == 5
    with db.transaction() as session:
        tables = session.scalars(select(AuditEntry.table_name)).all()
    assert "app_setting" in tables


def test_assignment_without_due_date_gets_the_default(db: Database, world: World) -> None:
    made = create_record(db, Kind.ASSIGNMENT, {"item_id": world.on_page, "person_id": world.person})
    assert made.values["due_date"] == D(2026, 1, 14)
    set_int(db, DUE_DAYS_BEFORE, 7)
    later = create_record(
        db, Kind.ASSIGNMENT, {"item_id": world.on_page, "person_id": world.person}
    )
    assert later.values["due_date"] == D(2026, 1, 9)
    chosen = create_record(
        db, Kind.ASSIGNMENT,
        {"item_id": world.on_page, "person_id": world.person, "due_date": D(2026, 1, 2)},
    )  # fmt: skip
    assert chosen.values["due_date"] == D(2026, 1, 2)
    unscheduled = create_record(
        db, Kind.ASSIGNMENT, {"item_id": world.unscheduled, "person_id": world.person}
    )
    assert unscheduled.values["due_date"] is None
    assert due_default(db, world.on_page).due == D(2026, 1, 9)
    assert due_default(db, world.unscheduled).due is None


def test_default_due_dates_follow_their_item_explicit_ones_stay(db: Database, world: World) -> None:
    default = create_record(
        db, Kind.ASSIGNMENT, {"item_id": world.on_page, "person_id": world.person}
    ).id
    chosen = create_record(
        db, Kind.ASSIGNMENT,
        {"item_id": world.on_page, "person_id": world.person, "due_date": D(2026, 1, 5)},
    ).id  # fmt: skip
    before = place_items(db, [Placement(world.on_page, D(2026, 1, 20), D(2026, 1, 21))])
    assert (due(db, default), due(db, chosen)) == (D(2026, 1, 18), D(2026, 1, 5))
    place_items(db, before, check=False)  # what undo does
    assert (due(db, default), due(db, chosen)) == (D(2026, 1, 14), D(2026, 1, 5))
    update_record(db, Kind.CONTENT_ITEM, world.on_page, {"planned_start": D(2026, 1, 15)})
    assert due(db, default) == D(2026, 1, 13)
    # The milestone moving its page's item moves the default due date too.
    update_record(
        db, Kind.MILESTONE, world.congress,
        {"start_date": D(2026, 1, 20), "end_date": D(2026, 1, 24)},
    )  # fmt: skip
    assert due(db, default) == D(2026, 1, 14)


def test_orphans_after_a_cadence_change_and_the_nearest_slot(db: Database, world: World) -> None:
    column = create_record(
        db, Kind.COLUMN,
        {"name": "Hướng tới Đại hội", "channel_id": world.channel, "plan_id": world.plan,
         "cadence": "FREQ=WEEKLY;BYDAY=MO", "start_date": D(2025, 9, 1)},
    ).id  # fmt: skip
    monday = create_record(
        db, Kind.CONTENT_ITEM,
        {"title": "Thứ Hai", "column_id": column, "planned_start": D(2025, 9, 8)},
    ).id  # fmt: skip
    taken = create_record(
        db, Kind.CONTENT_ITEM,
        {"title": "Thứ Tư", "column_id": column, "planned_start": D(2025, 9, 10)},
    ).id  # fmt: skip
    assert [o.id for o in orphans(db, column)] == [taken]  # a Wednesday in a Monday column
    assert orphan_item_ids(db) == {taken}
    update_record(db, Kind.COLUMN, column, {"cadence": "FREQ=WEEKLY;BYDAY=WE"})
    assert [o.id for o in orphans(db, column)] == [monday]
    found = orphans_of_columns(db)
    assert [(c.column_id, [i.id for i in c.items]) for c in found] == [(column, [monday])]
    # 8 September: Wednesday 3 is as near as Wednesday 10, which is taken; the free one wins.
    assert nearest_slot(db, monday) == Placement(monday, D(2025, 9, 3), None, None)
