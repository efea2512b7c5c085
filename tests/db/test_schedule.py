"""The week's schedule: days, groups by outlet and column, empty and moved slots, filters."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.services.calendar import items_between
from app.services.database import Database
from app.services.schedule import Schedule, ScheduleError, build_schedule
from tests.db.schedule_world import CONGRESS, STAGE, WEEK, World, build_world


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def titles(schedule: Schedule) -> list[str]:
    return [row.title for row in schedule.rows if not row.is_empty_slot]


def test_the_week_is_grouped_by_day_then_outlet_and_column(db: Database, world: World) -> None:
    schedule = build_schedule(db, *WEEK)
    assert [day.day for day in schedule.days] == [date(2026, 1, d) for d in range(19, 26)]
    monday = schedule.days[0]
    assert [(g.outlet, g.column) for g in monday.groups] == [
        ("Báo Hànộimới", "Nghị quyết vào cuộc sống"),
        ("Báo Hànộimới", ""),
    ]
    opening = monday.groups[0].rows[0]
    assert (opening.item_id, opening.publish_time) == (world.opening, time(8, 0))
    assert [(a.name, a.role.value) for a in opening.assignees] == [
        ("Nguyễn Văn Minh", "write"),
        ("Phạm Lan Anh", "edit"),
    ]
    # The exhibition started on the 17th: listed once, on the week's first day, with its span.
    exhibition = monday.groups[1].rows[0]
    assert exhibition.item_id == world.exhibition
    assert (exhibition.planned_start, exhibition.planned_end) == (
        date(2026, 1, 17),
        date(2026, 1, 21),
    )
    assert titles(schedule).count(exhibition.title) == 1
    assert [g.outlet for g in schedule.days[1].groups] == ["Đài Phát thanh và Truyền hình Hà Nội"]
    assert schedule.days[1].rows[0].external_id == "imported-42@example.org"
    assert world.later not in {row.item_id for row in schedule.rows}
    assert world.backlog not in {row.item_id for row in schedule.rows}


def test_empty_and_moved_slots_are_rows(db: Database, world: World) -> None:
    schedule = build_schedule(db, *WEEK)
    empty = [row for row in schedule.rows if row.is_empty_slot]
    # Monday's slot is filled; Thursday's was moved to Friday and is empty there.
    assert [(row.day, row.moved_from, row.column, row.owner) for row in empty] == [
        (date(2026, 1, 23), date(2026, 1, 22), "Nghị quyết vào cuộc sống", "Ban Xây dựng Đảng")
    ]
    assert not schedule.days[3].groups or all(
        g.column != "Nghị quyết vào cuộc sống" for g in schedule.days[3].groups
    )
    [series] = schedule.columns
    assert series.skipped == (date(2026, 1, 12),)
    assert series.moved == ((date(2026, 1, 22), date(2026, 1, 23)),)


def test_stages_and_milestones_of_the_week(db: Database, world: World) -> None:
    schedule = build_schedule(db, *WEEK)
    assert [(s.plan_number, s.name, s.end) for s in schedule.stages] == [
        ("01-CT/TW", STAGE, date(2026, 1, 23))
    ]
    assert [m.name for m in schedule.milestones] == [CONGRESS]
    assert [bool(day.milestones) for day in schedule.days] == [True] * 5 + [False] * 2


def test_filters_narrow_pieces_and_slots(db: Database, world: World) -> None:
    def shown(**fields: object) -> tuple[set[int], int]:
        schedule = build_schedule(db, *WEEK, ItemFilter(**fields))  # type: ignore[arg-type]
        ids = {row.item_id for row in schedule.rows if row.item_id is not None}
        return ids, sum(row.is_empty_slot for row in schedule.rows)

    everything = {world.opening, world.report, world.exhibition, world.formula}
    assert shown() == (everything, 1)
    # A desk: the pieces someone of it works on, the slots of the columns it owns.
    assert shown(desk_id=world.party_desk) == ({world.opening}, 1)
    assert shown(desk_id=world.news_desk) == ({world.opening, world.report}, 0)
    assert shown(outlet_id=world.tv_outlet) == ({world.report}, 0)
    assert shown(outlet_id=world.paper) == (everything - {world.report}, 1)
    assert shown(column_id=world.column) == ({world.opening}, 1)
    # A status says nothing about empty slots: they are left out.
    assert shown(status=ContentStatus.APPROVED) == ({world.opening}, 0)


def test_the_desk_filter_narrows_the_calendar_too(db: Database, world: World) -> None:
    found = items_between(db, *WEEK, ItemFilter(desk_id=world.news_desk))
    assert {item.id for item in found} == {world.opening, world.report}


def test_a_bad_range_is_refused(db: Database, world: World) -> None:
    with pytest.raises(ScheduleError, match="before it starts"):
        build_schedule(db, date(2026, 1, 25), date(2026, 1, 19))
    with pytest.raises(ScheduleError, match="370 days"):
        build_schedule(db, date(2026, 1, 1), date(2027, 6, 1))
