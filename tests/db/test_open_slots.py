"""Placeholders' data on both backends: a window's empty slots under the filter, and filling one
with an existing item (checked, audited, undone exactly)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.db.models import ContentItem
from app.services.database import Database
from app.services.editing import create_record
from app.services.open_slots import open_slots
from app.services.scheduling import ScheduleRefusedError
from app.services.slot_filling import fill_slot, put_item
from app.services.slots import skip_occurrence

D = date


@dataclass(frozen=True)
class World:
    plan: int
    other_plan: int
    outlet: int
    other_outlet: int
    channel: int
    other_channel: int
    person: int
    desk: int
    theme: int
    weekly: int  # Tuesdays from 1 January 2026, plan's, Lan owns it, theme
    other: int  # Fridays, other outlet, no plan, the desk owns it
    filled: int  # weekly column, Tuesday 13 January
    loose: int  # plan's, no column, 12/01 09:00
    foreign: int  # other plan's, unscheduled


@pytest.fixture
def world(db: Database) -> World:
    def make(kind: Kind, **values: object) -> int:
        return create_record(db, kind, values).id

    plan = make(
        Kind.PLAN, number="01-CT/TW", title="Nghị quyết", start_date=D(2026, 1, 1),
        end_date=D(2026, 6, 30),
    )  # fmt: skip
    other_plan = make(
        Kind.PLAN, number="147/KH-UBND", title="Thông tin đối ngoại", start_date=D(2026, 1, 1),
        end_date=D(2026, 12, 31),
    )  # fmt: skip
    outlet = make(Kind.OUTLET, name="Báo Hànộimới")
    other_outlet = make(Kind.OUTLET, name="Đài PT-TH Hưng Yên")
    channel = make(Kind.CHANNEL, outlet_id=outlet, name="Báo in")
    other_channel = make(Kind.CHANNEL, outlet_id=other_outlet, name="Truyền hình")
    desk = make(Kind.DESK, name="Ban Thời sự")
    person = make(Kind.PERSON, name="Nguyễn Thị Lan")
    theme = make(Kind.THEME, plan_id=plan, name="Niềm tin mới", color="#c0392b")
    weekly = make(
        Kind.COLUMN, name="Hướng tới Đại hội XIV", channel_id=channel, plan_id=plan,
        owner_person_id=person, cadence="FREQ=WEEKLY;BYDAY=TU", start_date=D(2026, 1, 1),
        end_date=D(2026, 3, 31), theme_ids=[theme],
    )  # fmt: skip
    other = make(
        Kind.COLUMN, name="Đời sống", channel_id=other_channel, owner_desk_id=desk,
        cadence="FREQ=WEEKLY;BYDAY=FR", start_date=D(2026, 1, 1),
    )  # fmt: skip
    return World(
        plan, other_plan, outlet, other_outlet, channel, other_channel, person, desk, theme,
        weekly, other,
        filled=make(
            Kind.CONTENT_ITEM, title="Bài tuần 2", plan_id=plan, column_id=weekly,
            planned_start=D(2026, 1, 13),
        ),
        loose=make(
            Kind.CONTENT_ITEM, title="Bài rời", plan_id=plan, planned_start=D(2026, 1, 12),
            publish_time=time(9, 0),
        ),
        foreign=make(Kind.CONTENT_ITEM, title="Bài kế hoạch khác", plan_id=other_plan),
    )  # fmt: skip


JAN = (D(2026, 1, 5), D(2026, 1, 18))


def shown(db: Database, flt: ItemFilter | None = None) -> list[tuple[date, str]]:
    found = open_slots(db, *JAN, flt)
    assert found.problems == []
    return [(s.slot.day, s.slot.column_name) for s in found.slots]


def test_empty_slots_of_the_window_with_where_their_column_runs(db: Database, world: World) -> None:
    found = open_slots(db, *JAN).slots
    assert [(s.slot.day, s.slot.column_name) for s in found] == [
        (D(2026, 1, 6), "Hướng tới Đại hội XIV"),
        (D(2026, 1, 9), "Đời sống"),
        (D(2026, 1, 16), "Đời sống"),
    ]  # Tuesday 13 is filled
    first = found[0]
    assert (first.channel_id, first.outlet_id, first.plan_id) == (
        world.channel,
        world.outlet,
        world.plan,
    )
    assert first.channel_label == "Báo Hànộimới · Báo in"
    assert first.slot.owner_label == "Nguyễn Thị Lan"


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("plan", {"Hướng tới Đại hội XIV", "Đời sống"}),  # a column of no plan takes any plan's
        ("other_plan", {"Đời sống"}),
        ("column", {"Hướng tới Đại hội XIV"}),
        ("channel", {"Hướng tới Đại hội XIV"}),
        ("other_outlet", {"Đời sống"}),
        ("theme", {"Hướng tới Đại hội XIV"}),
        ("person", {"Hướng tới Đại hội XIV"}),
        ("desk", {"Đời sống"}),
        ("text", {"Đời sống"}),
        ("status", set()),  # a placeholder is no item of any status
    ],
)
def test_the_filter_narrows_placeholders_through_their_column(
    db: Database, world: World, field: str, expected: set[str]
) -> None:
    flt = {
        "plan": ItemFilter(plan_id=world.plan),
        "other_plan": ItemFilter(plan_id=world.other_plan),
        "column": ItemFilter(column_id=world.weekly),
        "channel": ItemFilter(channel_id=world.channel),
        "other_outlet": ItemFilter(outlet_id=world.other_outlet),
        "theme": ItemFilter(theme_id=world.theme),
        "person": ItemFilter(assignee_id=world.person),
        "desk": ItemFilter(desk_id=world.desk),
        "text": ItemFilter(text="doi song"),
        "status": ItemFilter(status=ContentStatus.PLANNED),
    }[field]
    assert {name for _, name in shown(db, flt)} == expected


def test_a_skipped_date_is_no_placeholder(db: Database, world: World) -> None:
    skip_occurrence(db, world.weekly, D(2026, 1, 6))
    assert (D(2026, 1, 6), "Hướng tới Đại hội XIV") not in shown(db)


def item_state(db: Database, item_id: int) -> tuple[object, ...]:
    with db.transaction() as session:
        item = session.get(ContentItem, item_id)
        assert item is not None
        return (item.column_id, item.channel_id, item.planned_start, item.publish_time)


def test_filling_a_slot_sets_column_and_day_keeping_the_time_and_undo_restores(
    db: Database, world: World
) -> None:
    before, after = fill_slot(db, world.loose, world.weekly, D(2026, 1, 6))
    assert item_state(db, world.loose) == (world.weekly, world.channel, D(2026, 1, 6), time(9, 0))
    assert (D(2026, 1, 6), "Hướng tới Đại hội XIV") not in shown(db)
    put_item(db, before)
    assert item_state(db, world.loose) == (None, None, D(2026, 1, 12), time(9, 0))
    put_item(db, after)
    assert item_state(db, world.loose)[2] == D(2026, 1, 6)


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("other plan", "another plan"),
        ("taken", "already filled"),
        ("no slot", "no slot"),
        ("outside plan", "plan runs"),
    ],
)
def test_refused_fills_change_nothing(db: Database, world: World, case: str, words: str) -> None:
    item, column, day = {
        "other plan": (world.foreign, world.weekly, D(2026, 1, 6)),
        "taken": (world.loose, world.weekly, D(2026, 1, 13)),
        "no slot": (world.loose, world.weekly, D(2026, 1, 7)),
        # "Đời sống" runs on, but the item's plan ends on 30 June.
        "outside plan": (world.loose, world.other, D(2026, 7, 3)),
    }[case]
    state = item_state(db, item)
    with pytest.raises(ScheduleRefusedError) as refused:
        fill_slot(db, item, column, day)
    assert words in str(refused.value)
    assert item_state(db, item) == state
