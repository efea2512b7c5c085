"""Moving, copying, scheduling and unscheduling items: checked, all or nothing, audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import func, select

from app.core.enums import MilestoneKind
from app.core.records import Kind
from app.db.base import Base
from app.db.models import AuditEntry, ContentItem
from app.services.calendar import backlog, items_between
from app.services.database import Database
from app.services.editing import create_record
from app.services.records import NotFoundError, get_record
from app.services.scheduling import (
    AFTER_COLUMN,
    BEFORE_COLUMN,
    END_WITHOUT_START,
    ENDS_BEFORE_START,
    OUTSIDE_PLAN,
    Placement,
    ScheduleRefusedError,
    check_placements,
    copy_items,
    place_items,
    placements,
)

Rows = dict[str, list[dict[str, Any]]]
Update = tuple[int, str | None, str | None, str | None]  # item, field, old, new


@dataclass(frozen=True)
class World:
    """A plan (July 2025 to June 2026), two columns and four items."""

    plan: int
    themes: tuple[int, int]
    congress: int
    person: int
    dated_column: int  # 1 September to 31 December 2025
    congress_column: int  # 1 October 2025 until the congress ends, 25 January 2026
    free: int  # in the plan, no column
    columned: int  # in the dated column, two days with a time
    until_congress: int  # in the congress column
    loose: int  # no plan, no column, unscheduled


@pytest.fixture
def world(db: Database) -> World:
    def new(kind: Kind, /, **values: Any) -> int:
        return create_record(db, kind, values).id

    plan = new(
        Kind.PLAN,
        number="125-KH/BTGTW",
        title="Tuyên truyền Đại hội XIV",
        start_date=date(2025, 7, 1),
        end_date=date(2026, 6, 30),
    )
    themes = (
        new(Kind.THEME, plan_id=plan, name="Thành tựu", color="#c0392b"),
        new(Kind.THEME, plan_id=plan, name="Nhân sự", color="#2980b9"),
    )
    congress = new(
        Kind.MILESTONE,
        kind=MilestoneKind.CONGRESS,
        name="Đại hội XIV",
        start_date=date(2026, 1, 19),
        end_date=date(2026, 1, 25),
    )
    outlet = new(Kind.OUTLET, name="Báo Nhân Dân")
    channel = new(Kind.CHANNEL, outlet_id=outlet, name="Nhân Dân điện tử")
    person = new(Kind.PERSON, name="Nguyễn Thị Lan", initials="NTL")
    dated_column = new(
        Kind.COLUMN,
        name="Mùa thu",
        channel_id=channel,
        plan_id=plan,
        start_date=date(2025, 9, 1),
        end_date=date(2025, 12, 31),
    )
    congress_column = new(
        Kind.COLUMN,
        name="Hướng tới Đại hội",
        channel_id=channel,
        plan_id=plan,
        start_date=date(2025, 10, 1),
        end_milestone_id=congress,
    )
    free = new(
        Kind.CONTENT_ITEM,
        title="Dấu ấn 40 năm Đổi mới",
        summary="Loạt bài",
        notes="Ảnh của phóng viên",
        plan_id=plan,
        channel_id=channel,
        theme_ids=list(themes),
        planned_start=date(2025, 10, 6),
        deadline=date(2025, 10, 1),
    )
    columned = new(
        Kind.CONTENT_ITEM,
        title="Mùa thu Hà Nội",
        plan_id=plan,
        channel_id=channel,
        column_id=dated_column,
        theme_ids=[themes[0]],
        planned_start=date(2025, 10, 7),
        planned_end=date(2025, 10, 8),
        publish_time=time(8, 0),
    )
    until_congress = new(
        Kind.CONTENT_ITEM,
        title="Đại biểu trẻ",
        plan_id=plan,
        channel_id=channel,
        column_id=congress_column,
        planned_start=date(2025, 11, 3),
    )
    loose = new(Kind.CONTENT_ITEM, title="Ý tưởng chưa có kế hoạch")
    new(Kind.ASSIGNMENT, item_id=free, person_id=person)
    return World(
        plan,
        themes,
        congress,
        person,
        dated_column,
        congress_column,
        free,
        columned,
        until_congress,
        loose,
    )


def dump(db: Database) -> Rows:
    """Every row of every table, the audit log included, ordered by primary key."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                dict(row._mapping)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def items(db: Database) -> dict[int, dict[str, Any]]:
    """Each content item's row, by id, without what any update changes by itself."""
    return {
        row["id"]: {k: v for k, v in row.items() if k not in ("version", "updated_at")}
        for row in dump(db)["content_item"]
    }


def version(db: Database, item_id: int) -> int:
    return get_record(db, Kind.CONTENT_ITEM, item_id).version


def updates(db: Database, after_id: int = 0) -> list[Update]:
    with db.transaction() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.id > after_id, AuditEntry.action == "update")
            # Assignments' default due dates follow their item (tests/db/test_followers.py).
            .where(AuditEntry.table_name == "content_item")
            .order_by(AuditEntry.id)
        )
        found = []
        for e in entries:
            assert e.actor == "tester"
            found.append((e.record_id, e.field, e.old_value, e.new_value))
        return found


def last_audit_id(db: Database) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def refused(db: Database, call: Any, wanted: list[Placement]) -> ScheduleRefusedError:
    """Run a call that must be refused and check that it changed nothing at all."""
    before = dump(db)
    with pytest.raises(ScheduleRefusedError) as error:
        call(db, wanted)
    assert dump(db) == before, "a refused placement changed something"
    return error.value


# Moving


def test_place_items_moves_and_returns_where_they_were(db: Database, world: World) -> None:
    w = world
    wanted = [
        Placement(w.free, date(2025, 10, 20)),
        Placement(w.columned, date(2025, 10, 21), date(2025, 10, 23), time(10, 30)),
    ]
    old = place_items(db, wanted)

    assert old == [
        Placement(w.free, date(2025, 10, 6)),
        Placement(w.columned, date(2025, 10, 7), date(2025, 10, 8), time(8, 0)),
    ]
    assert placements(db, [w.free, w.columned, w.until_congress]) == [
        *wanted,
        Placement(w.until_congress, date(2025, 11, 3)),
    ]
    chips = {c.id: c for c in items_between(db, date(2025, 10, 20), date(2025, 10, 26))}
    assert set(chips) == {w.free, w.columned}
    assert chips[w.columned].publish_time == time(10, 30)


def test_a_move_logs_each_changed_field_and_bumps_the_version(db: Database, world: World) -> None:
    w = world
    assert version(db, w.free) == version(db, w.columned) == 1
    place_items(
        db,
        [
            Placement(w.free, date(2025, 10, 20)),  # the start only
            Placement(w.columned, date(2025, 10, 7), date(2025, 10, 9), time(10, 30)),
        ],
    )
    assert updates(db) == [
        (w.free, "planned_start", "2025-10-06", "2025-10-20"),
        (w.columned, "planned_end", "2025-10-08", "2025-10-09"),
        (w.columned, "publish_time", "08:00:00", "10:30:00"),
    ]
    assert version(db, w.free) == version(db, w.columned) == 2
    assert version(db, w.until_congress) == 1


def test_placing_an_item_where_it_is_changes_nothing(db: Database, world: World) -> None:
    w = world
    before = dump(db)
    where = placements(db, [w.columned, w.free])
    assert place_items(db, where) == where
    assert dump(db) == before


def test_placing_the_old_placements_back_restores_exactly(db: Database, world: World) -> None:
    w = world
    before = items(db)
    old = place_items(
        db,
        [
            Placement(w.columned, date(2025, 12, 1), None, None),
            Placement(w.free, None),
            Placement(w.loose, date(2026, 3, 3), date(2026, 3, 4), time(7, 0)),
        ],
    )
    assert items(db) != before
    mark = last_audit_id(db)

    undone = place_items(db, old)

    assert items(db) == before
    assert undone == [
        Placement(w.columned, date(2025, 12, 1)),
        Placement(w.free, None),
        Placement(w.loose, date(2026, 3, 3), date(2026, 3, 4), time(7, 0)),
    ]
    assert version(db, w.columned) == 3  # undo is a change too
    assert (w.free, "planned_start", None, "2025-10-06") in updates(db, mark)


def test_undo_may_skip_the_checks(db: Database, world: World) -> None:
    """An item put where the rules have since forbidden can still be put back there."""
    w = world
    assert place_items(db, [Placement(w.columned, date(2026, 2, 2))], check=False) == [
        Placement(w.columned, date(2025, 10, 7), date(2025, 10, 8), time(8, 0))
    ]
    assert placements(db, [w.columned]) == [Placement(w.columned, date(2026, 2, 2))]


# Refusing


def test_a_date_outside_the_plan_is_refused(db: Database, world: World) -> None:
    w = world
    error = refused(db, place_items, [Placement(w.free, date(2026, 7, 1))])
    assert [p.template for p in error.problems] == [OUTSIDE_PLAN]
    message = str(error)
    assert "Dấu ấn 40 năm Đổi mới" in message
    assert "01/07/2026" in message
    assert "01/07/2025" in message and "30/06/2026" in message

    error = refused(db, place_items, [Placement(w.free, date(2025, 6, 30))])
    assert "30/06/2025" in str(error)

    # A start inside but an end past the plan: the end is named.
    error = refused(db, place_items, [Placement(w.free, date(2026, 6, 29), date(2026, 7, 2))])
    assert "02/07/2026" in str(error) and "29/06/2026" not in str(error)


def test_the_first_and_last_day_of_the_plan_are_allowed(db: Database, world: World) -> None:
    w = world
    wanted = [Placement(w.free, date(2025, 7, 1), date(2026, 6, 30))]
    assert check_placements(db, wanted) == []
    place_items(db, wanted)
    assert placements(db, [w.free]) == wanted
    # No plan: any date goes.
    place_items(db, [Placement(w.loose, date(1999, 1, 1), date(2099, 1, 1))])


def test_a_date_after_the_column_ended_is_refused(db: Database, world: World) -> None:
    w = world
    error = refused(db, place_items, [Placement(w.columned, date(2026, 1, 2))])
    assert [p.template for p in error.problems] == [AFTER_COLUMN]
    message = str(error)
    assert "Mùa thu Hà Nội" in message and "Mùa thu" in message
    assert "02/01/2026" in message and "31/12/2025" in message

    # Starting on the column's last day but running past it is refused too.
    error = refused(db, place_items, [Placement(w.columned, date(2025, 12, 31), date(2026, 1, 1))])
    assert "01/01/2026" in str(error)
    place_items(db, [Placement(w.columned, date(2025, 12, 30), date(2025, 12, 31))])


def test_a_date_after_the_column_end_milestone_is_refused(db: Database, world: World) -> None:
    w = world
    error = refused(db, place_items, [Placement(w.until_congress, date(2026, 1, 26))])
    assert [p.template for p in error.problems] == [AFTER_COLUMN]
    message = str(error)
    assert "Đại biểu trẻ" in message and "Hướng tới Đại hội" in message
    assert "26/01/2026" in message and "25/01/2026" in message
    place_items(db, [Placement(w.until_congress, date(2026, 1, 25))])


def test_a_date_before_the_column_started_is_refused(db: Database, world: World) -> None:
    w = world
    error = refused(db, place_items, [Placement(w.columned, date(2025, 8, 31))])
    assert [p.template for p in error.problems] == [BEFORE_COLUMN]
    message = str(error)
    assert "Mùa thu Hà Nội" in message
    assert "31/08/2025" in message and "01/09/2025" in message
    place_items(db, [Placement(w.columned, date(2025, 9, 1))])


def test_a_multi_item_move_with_one_bad_placement_moves_nothing(db: Database, world: World) -> None:
    w = world
    wanted = [
        Placement(w.free, date(2025, 10, 13)),
        Placement(w.columned, date(2025, 10, 14)),
        Placement(w.until_congress, date(2026, 2, 2)),  # after the congress
        Placement(w.loose, date(2025, 10, 15)),
    ]
    where = placements(db, [p.item_id for p in wanted])
    error = refused(db, place_items, wanted)
    assert len(error.problems) == 1 and "Đại biểu trẻ" in str(error)
    assert placements(db, [p.item_id for p in wanted]) == where
    assert check_placements(db, wanted) == error.problems


def test_every_problem_is_reported_at_once(db: Database, world: World) -> None:
    w = world
    wanted = [
        Placement(w.free, date(2026, 8, 1)),
        Placement(w.columned, date(2025, 6, 1)),  # before the plan and before the column
    ]
    error = refused(db, place_items, wanted)
    assert [p.template for p in error.problems] == [OUTSIDE_PLAN, OUTSIDE_PLAN, BEFORE_COLUMN]
    assert check_placements(db, wanted) == error.problems


def test_an_end_before_the_start_is_refused_not_left_to_the_database(
    db: Database, world: World
) -> None:
    w = world
    for call in (place_items, copy_items):
        error = refused(db, call, [Placement(w.loose, date(2025, 10, 9), date(2025, 10, 8))])
        assert [p.template for p in error.problems] == [ENDS_BEFORE_START]
        assert "Ý tưởng chưa có kế hoạch" in str(error)
        assert "08/10/2025" in str(error) and "09/10/2025" in str(error)


def test_an_end_without_a_start_is_refused(db: Database, world: World) -> None:
    """The CHECK constraint lets it through (NULL start); the editor's rules do not."""
    w = world
    for call in (place_items, copy_items):
        error = refused(db, call, [Placement(w.free, None, date(2025, 10, 8))])
        assert [p.template for p in error.problems] == [END_WITHOUT_START]
        assert "Dấu ấn 40 năm Đổi mới" in str(error) and "08/10/2025" in str(error)


# Scheduling and unscheduling


def test_unscheduling_sends_an_item_to_the_backlog(db: Database, world: World) -> None:
    w = world
    old = place_items(db, [Placement(w.columned, None)])
    assert old == [Placement(w.columned, date(2025, 10, 7), date(2025, 10, 8), time(8, 0))]
    assert placements(db, [w.columned]) == [Placement(w.columned, None, None, None)]
    assert w.columned in [c.id for c in backlog(db)]
    assert w.columned not in [c.id for c in items_between(db, date(2025, 1, 1), date(2026, 12, 31))]
    assert updates(db) == [
        (w.columned, "planned_start", "2025-10-07", None),
        (w.columned, "planned_end", "2025-10-08", None),
        (w.columned, "publish_time", "08:00:00", None),
    ]


def test_scheduling_from_the_backlog(db: Database, world: World) -> None:
    w = world
    assert [c.id for c in backlog(db)] == [w.loose]
    place_items(db, [Placement(w.loose, date(2025, 11, 11), None, time(19, 0))])
    assert backlog(db) == []
    assert [c.id for c in items_between(db, date(2025, 11, 11), date(2025, 11, 11))] == [w.loose]
    assert updates(db) == [
        (w.loose, "planned_start", None, "2025-11-11"),
        (w.loose, "publish_time", None, "19:00:00"),
    ]


def test_an_item_in_the_backlog_is_checked_when_scheduled(db: Database, world: World) -> None:
    w = world
    place_items(db, [Placement(w.until_congress, None)])
    refused(db, place_items, [Placement(w.until_congress, date(2025, 9, 30))])


# Copying


def test_copies_land_at_the_new_dates_with_their_themes(db: Database, world: World) -> None:
    w = world
    before = items(db)
    wanted = [
        Placement(w.free, date(2025, 11, 10)),
        Placement(w.columned, date(2025, 11, 11), date(2025, 11, 12), time(9, 15)),
    ]
    copies = copy_items(db, wanted)

    assert len(copies) == 2 and not set(copies) & set(before)
    after = items(db)
    assert {k: v for k, v in after.items() if k in before} == before  # originals untouched
    for copy, place in zip(copies, wanted, strict=True):
        source, made = before[place.item_id], after[copy]
        dates = ("planned_start", "planned_end", "publish_time")
        assert (made["planned_start"], made["planned_end"], made["publish_time"]) == (
            place.planned_start,
            place.planned_end,
            place.publish_time,
        )
        same = {k for k in source if k not in ("id", "created_at", *dates)}
        assert {k: made[k] for k in same} == {k: source[k] for k in same}
        assert version(db, copy) == 1
    assert get_record(db, Kind.CONTENT_ITEM, copies[0]).values["theme_ids"] == sorted(w.themes)
    assert get_record(db, Kind.CONTENT_ITEM, copies[1]).values["theme_ids"] == [w.themes[0]]

    chips = {c.id: c for c in items_between(db, date(2025, 11, 10), date(2025, 11, 16))}
    assert set(chips) == set(copies)
    assert chips[copies[0]].theme_ids == tuple(sorted(w.themes))
    assert chips[copies[0]].assignees == ()  # assignments are not copied

    with db.transaction() as session:
        created = session.execute(
            select(AuditEntry.record_id, AuditEntry.new_value)
            .where(AuditEntry.action == "create", AuditEntry.record_id.in_(copies))
            .where(AuditEntry.table_name == "content_item")
            .order_by(AuditEntry.id)
        ).all()
    assert [(r, v) for r, v in created] == [
        (copies[0], f'{{"copied_from": {w.free}}}'),
        (copies[1], f'{{"copied_from": {w.columned}}}'),
    ]


def test_copies_are_refused_like_moves(db: Database, world: World) -> None:
    w = world
    error = refused(
        db,
        copy_items,
        [Placement(w.free, date(2025, 11, 10)), Placement(w.columned, date(2026, 1, 5))],
    )
    assert [p.template for p in error.problems] == [AFTER_COLUMN]
    assert "Mùa thu Hà Nội" in str(error) and "05/01/2026" in str(error)
    refused(db, copy_items, [Placement(w.free, date(2026, 7, 1))])
    refused(db, copy_items, [Placement(w.until_congress, date(2025, 9, 30))])


def test_a_copy_may_go_to_the_backlog(db: Database, world: World) -> None:
    w = world
    (copy,) = copy_items(db, [Placement(w.columned, None)])
    assert [c.id for c in backlog(db)] == [copy, w.loose]


# Unknown ids


def test_unknown_ids_are_not_found_and_change_nothing(db: Database, world: World) -> None:
    w = world
    missing = max(w.free, w.columned, w.until_congress, w.loose) + 100
    wanted = [Placement(w.free, date(2025, 10, 20)), Placement(missing, date(2025, 10, 21))]
    before = dump(db)
    for call in (place_items, copy_items, check_placements):
        with pytest.raises(NotFoundError) as error:
            call(db, wanted)
        assert str(missing) in str(error.value)
    with pytest.raises(NotFoundError):
        placements(db, [w.free, missing])
    assert dump(db) == before
    with db.transaction() as session:
        assert session.get(ContentItem, missing) is None
