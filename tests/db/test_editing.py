"""Creating, changing, deleting and restoring records through the services, on each backend."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update

from app.core import validation as v
from app.core.enums import MilestoneKind
from app.core.records import Kind
from app.core.validation import ValidationError
from app.db.base import Base
from app.db.models import AuditEntry
from app.services.database import Database
from app.services.editing import (
    ConflictError,
    InUseError,
    create_record,
    delete_records,
    restore_records,
    update_record,
)
from app.services.records import get_record, list_records

Rows = dict[str, list[dict[str, Any]]]
LONG_AGO = datetime(2000, 1, 1, 8, 0, 0)


def plan_values(**changes: Any) -> dict[str, Any]:
    return {
        "number": "125-KH/BTGTW",
        "title": "Tuyên truyền Đại hội XIV",
        "issuer": "Ban Tuyên giáo Trung ương",
        "start_date": date(2025, 7, 1),
        "end_date": date(2026, 6, 30),
        **changes,
    }


def dump(db: Database) -> Rows:
    """Every row of every table but the audit log, ordered by primary key."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                dict(row._mapping)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
            if table.name != "audit_entry"
        }


def audit(db: Database) -> list[AuditEntry]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def count(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        found = connection.scalar(select(func.count()).select_from(Base.metadata.tables[table]))
    assert found is not None
    return found


def refused(db: Database, call: Any, *args: Any) -> dict[str, str]:
    """Run a service call that must be refused; return each field's message template."""
    rows, entries = dump(db), count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        call(db, *args)
    assert dump(db) == rows, "a refused change saved something"
    assert count(db, "audit_entry") == entries, "a refused change was logged"
    return {name: problem.template for name, problem in error.value.problems.items()}


@dataclass(frozen=True)
class World:
    """Two plans, with what hangs off the first: enough for a delete to reach every table."""

    plan: int
    other_plan: int
    congress: int
    themes: tuple[int, int]
    other_theme: int
    stages: tuple[int, int]
    other_stage: int
    channel: int
    column: int
    page: int
    items: tuple[int, int]
    person: int


@pytest.fixture
def world(db: Database) -> World:
    def new(kind: Kind, /, **values: Any) -> int:
        return create_record(db, kind, values).id

    congress = new(
        Kind.MILESTONE,
        kind=MilestoneKind.CONGRESS,
        name="Đại hội đại biểu toàn quốc lần thứ XIV",
        start_date=date(2026, 1, 19),
        end_date=date(2026, 1, 25),
    )
    plan = new(Kind.PLAN, **plan_values())
    other_plan = new(Kind.PLAN, **plan_values(number="10-KH/TU", title="Tết Bính Ngọ"))
    themes = (
        new(Kind.THEME, plan_id=plan, name="Thành tựu 40 năm Đổi mới", color="#c0392b"),
        new(Kind.THEME, plan_id=plan, name="Nhân sự Đại hội", color="#2980b9"),
    )
    other_theme = new(Kind.THEME, plan_id=other_plan, name="Mừng Xuân", color="#27ae60")
    stages = (
        new(
            Kind.STAGE,
            plan_id=plan,
            name="Trước Đại hội",
            start_date=date(2025, 7, 1),
            end_milestone_id=congress,
            theme_ids=list(themes),
        ),
        new(
            Kind.STAGE,
            plan_id=plan,
            name="Sau Đại hội",
            position=2,
            start_date=date(2026, 1, 26),
            end_date=date(2026, 6, 30),
            theme_ids=[themes[1]],
        ),
    )
    other_stage = new(
        Kind.STAGE,
        plan_id=other_plan,
        name="Trước Tết",
        start_date=date(2025, 12, 1),
        end_date=date(2026, 2, 16),
        theme_ids=[other_theme],
    )
    outlet = new(Kind.OUTLET, name="Báo Nhân Dân")
    channel = new(Kind.CHANNEL, outlet_id=outlet, name="Nhân Dân điện tử")
    person = new(Kind.PERSON, name="Nguyễn Thị Lan", initials="NTL")
    column = new(
        Kind.COLUMN,
        name="Đảng trong cuộc sống hôm nay",
        channel_id=channel,
        plan_id=plan,
        owner_person_id=person,
        theme_ids=[themes[0]],
        start_date=date(2025, 7, 7),
        end_milestone_id=congress,
    )
    page = new(Kind.SPECIAL_PAGE, title="Chào mừng Đại hội", milestone_id=congress, plan_id=plan)
    items = (
        new(
            Kind.CONTENT_ITEM,
            title="Bài 1: Dấu ấn 40 năm Đổi mới",
            plan_id=plan,
            channel_id=channel,
            column_id=column,
            theme_ids=list(themes),
            planned_start=date(2025, 7, 7),
        ),
        new(Kind.CONTENT_ITEM, title="Phỏng vấn đại biểu trẻ", plan_id=plan, special_page_id=page),
    )
    new(Kind.ASSIGNMENT, item_id=items[0], person_id=person)
    # Stamp every row with one old time, so a restore that touched a row would show.
    with db.engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if "updated_at" in table.c:
                connection.execute(update(table).values(updated_at=LONG_AGO))
    return World(
        plan,
        other_plan,
        congress,
        themes,
        other_theme,
        stages,
        other_stage,
        channel,
        column,
        page,
        items,
        person,
    )


# Creating


def test_create_stores_normalised_values_and_logs_them(db: Database) -> None:
    created = create_record(db, Kind.PLAN, plan_values(title="  Tuyên truyền  ", goals=""))
    stored = get_record(db, Kind.PLAN, created.id)
    assert stored.version == created.version == 1
    assert stored.values == created.values
    assert stored.values["title"] == "Tuyên truyền"
    assert stored.values["goals"] is None
    [entry] = audit(db)
    assert (entry.action, entry.table_name, entry.record_id, entry.actor) == (
        "create",
        "plan",
        created.id,
        "tester",
    )
    assert entry.field is None and entry.old_value is None
    assert entry.new_value is not None
    logged = json.loads(entry.new_value)
    assert logged["number"] == "125-KH/BTGTW"
    assert logged["start_date"] == "2025-07-01"


def test_create_fills_defaults(db: Database) -> None:
    person = create_record(db, Kind.PERSON, {"name": "Trần Văn Minh"})
    assert person.values["weekly_capacity"] == 5
    assert get_record(db, Kind.PERSON, person.id).values["weekly_capacity"] == 5


# Refusing


def test_an_empty_title_is_refused(db: Database) -> None:
    assert refused(db, create_record, Kind.PLAN, plan_values(title="   ")) == {"title": v.REQUIRED}


def test_an_end_before_the_start_is_refused(db: Database) -> None:
    values = plan_values(end_date=date(2025, 6, 30))
    assert refused(db, create_record, Kind.PLAN, values) == {"end_date": v.END_BEFORE_START}


def test_a_stage_ending_after_its_plan_is_refused(db: Database, world: World) -> None:
    stage = {"plan_id": world.plan, "name": "Tổng kết", "start_date": date(2026, 6, 1)}
    late = {**stage, "end_date": date(2026, 7, 1)}
    assert refused(db, create_record, Kind.STAGE, late) == {"end_date": v.STAGE_AFTER_PLAN}
    moved = {"end_date": date(2026, 7, 1)}
    assert refused(db, update_record, Kind.STAGE, world.stages[1], moved) == {
        "end_date": v.STAGE_AFTER_PLAN
    }


def test_a_stage_ending_at_a_milestone_after_its_plan_is_refused(
    db: Database, world: World
) -> None:
    short = create_record(db, Kind.PLAN, plan_values(number="9-KH", end_date=date(2025, 12, 31)))
    stage = {
        "plan_id": short.id,
        "name": "Đến Đại hội",
        "start_date": date(2025, 12, 1),
        "end_milestone_id": world.congress,  # ends 25/01/2026
    }
    assert refused(db, create_record, Kind.STAGE, stage) == {"end_milestone_id": v.STAGE_AFTER_PLAN}


def test_a_duplicate_plan_number_is_refused(db: Database, world: World) -> None:
    again = plan_values(title="Bản sao")
    assert refused(db, create_record, Kind.PLAN, again) == {"number": v.DUPLICATE}
    taken = {"number": "125-KH/BTGTW"}
    assert refused(db, update_record, Kind.PLAN, world.other_plan, taken) == {"number": v.DUPLICATE}
    # A plan keeps its own number when something else changes.
    update_record(db, Kind.PLAN, world.plan, {"title": "Tuyên truyền Đại hội XIV (sửa)"})


def test_a_theme_of_another_plan_is_refused(db: Database, world: World) -> None:
    stage = {
        "plan_id": world.plan,
        "name": "Giữa kỳ",
        "start_date": date(2025, 9, 1),
        "end_date": date(2025, 9, 30),
        "theme_ids": [world.themes[0], world.other_theme],
    }
    assert refused(db, create_record, Kind.STAGE, stage) == {"theme_ids": v.WRONG_PLAN_THEME}
    foreign = {"theme_ids": [world.other_theme]}
    assert refused(db, update_record, Kind.CONTENT_ITEM, world.items[0], foreign) == {
        "theme_ids": v.WRONG_PLAN_THEME
    }


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        (Kind.STAGE, "position"),
        (Kind.SPECIAL_PAGE, "offset_days"),
        (Kind.PERSON, "weekly_capacity"),
    ],
)
def test_clearing_a_field_the_database_needs_is_refused_or_kept(
    db: Database, world: World, kind: Kind, field: str
) -> None:
    record_id = {Kind.STAGE: world.stages[0], Kind.SPECIAL_PAGE: world.page}.get(kind, world.person)
    rows = dump(db)
    try:
        update_record(db, kind, record_id, {field: None})
    except ValidationError as error:
        assert field in error.problems
        assert dump(db) == rows
    else:
        assert get_record(db, kind, record_id).values[field] is not None


# Conflicts


def test_a_stale_version_is_a_conflict_and_changes_nothing(db: Database, world: World) -> None:
    first = get_record(db, Kind.PLAN, world.plan)
    _, saved = update_record(
        db, Kind.PLAN, world.plan, {"title": "Bản của người khác"}, expected_version=first.version
    )
    assert saved.version == first.version + 1
    rows, entries = dump(db), count(db, "audit_entry")

    with pytest.raises(ConflictError) as conflict:
        update_record(
            db, Kind.PLAN, world.plan, {"title": "Bản của tôi"}, expected_version=first.version
        )

    assert conflict.value.current == saved
    assert dump(db) == rows
    assert count(db, "audit_entry") == entries
    assert get_record(db, Kind.PLAN, world.plan).values["title"] == "Bản của người khác"


# The audit log


def test_an_update_logs_each_changed_field_with_old_and_new(db: Database, world: World) -> None:
    before = len(audit(db))
    old, new = update_record(
        db,
        Kind.PLAN,
        world.plan,
        {"title": "Kế hoạch mới", "end_date": date(2026, 7, 31), "issuer": "Ban Tuyên giáo"},
    )
    assert new.version == old.version + 1
    entries = audit(db)[before:]
    assert {(e.action, e.table_name, e.record_id, e.actor) for e in entries} == {
        ("update", "plan", world.plan, "tester")
    }
    assert sorted((e.field, e.old_value, e.new_value) for e in entries) == [
        ("end_date", "2026-06-30", "2026-07-31"),
        ("issuer", "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo"),
        ("title", "Tuyên truyền Đại hội XIV", "Kế hoạch mới"),
    ]


def test_an_update_that_changes_nothing_logs_nothing(db: Database, world: World) -> None:
    before = get_record(db, Kind.PLAN, world.plan)
    entries = len(audit(db))
    old, new = update_record(db, Kind.PLAN, world.plan, {"title": " Tuyên truyền Đại hội XIV "})
    assert old == new == before
    assert len(audit(db)) == entries


# Deleting and restoring


def test_deleting_a_plan_cascades_and_clears_references(db: Database, world: World) -> None:
    before = dump(db)
    delete_records(db, Kind.PLAN, [world.plan])
    after = dump(db)

    assert [row["id"] for row in after["plan"]] == [world.other_plan]
    assert [row["id"] for row in after["stage"]] == [world.other_stage]
    assert [row["id"] for row in after["theme"]] == [world.other_theme]
    assert [(r["stage_id"], r["theme_id"]) for r in after["stage_theme"]] == [
        (world.other_stage, world.other_theme)
    ]
    assert after["item_theme"] == after["special_column_theme"] == []
    assert [row["plan_id"] for row in after["content_item"]] == [None, None]
    assert after["special_column"][0]["plan_id"] is None
    assert after["special_page"][0]["plan_id"] is None
    # Only the plan's own rows went; references were cleared, nothing else touched.
    for name in ("milestone", "outlet", "channel", "person", "assignment"):
        assert after[name] == before[name]
    cleared = {**before["content_item"][0], "plan_id": None}
    assert after["content_item"][0] == cleared


def test_delete_and_restore_log_every_record(db: Database, world: World) -> None:
    before = len(audit(db))
    deleted = delete_records(db, Kind.PLAN, [world.plan])
    restore_records(db, deleted)
    entries = audit(db)[before:]
    gone = {
        ("plan", world.plan),
        *(("stage", i) for i in world.stages),
        *(("theme", i) for i in world.themes),
    }
    assert {(e.table_name, e.record_id) for e in entries if e.action == "delete"} == gone
    assert {(e.table_name, e.record_id) for e in entries if e.action == "restore"} == gone
    assert len(entries) == 2 * len(gone)
    plan_entry = next(e for e in entries if e.action == "delete" and e.table_name == "plan")
    assert plan_entry.old_value is not None
    assert json.loads(plan_entry.old_value)["number"] == "125-KH/BTGTW"


def test_restore_puts_back_exactly_the_rows_deleted(db: Database, world: World) -> None:
    before = dump(db)
    deleted = delete_records(db, Kind.PLAN, [world.plan])
    assert dump(db) != before
    restore_records(db, deleted)
    assert dump(db) == before


def test_restore_puts_back_every_row_and_reference(db: Database, world: World) -> None:
    """The part of the exact restore that holds today: all but `updated_at`."""

    def without_updated_at(rows: Rows) -> Rows:
        return {
            name: [{k: v for k, v in row.items() if k != "updated_at"} for row in found]
            for name, found in rows.items()
        }

    before = dump(db)
    restore_records(db, delete_records(db, Kind.PLAN, [world.plan]))
    assert without_updated_at(dump(db)) == without_updated_at(before)
    restored = get_record(db, Kind.STAGE, world.stages[0])
    assert restored.values["theme_ids"] == sorted(world.themes)


def test_a_milestone_a_stage_ends_at_cannot_be_deleted(db: Database, world: World) -> None:
    rows, entries = dump(db), count(db, "audit_entry")
    with pytest.raises(InUseError) as in_use:
        delete_records(db, Kind.MILESTONE, [world.congress])
    assert in_use.value.kind in (Kind.STAGE, Kind.SPECIAL_PAGE)
    assert in_use.value.count == 1
    assert dump(db) == rows
    assert count(db, "audit_entry") == entries


def test_a_milestone_only_a_stage_ends_at_cannot_be_deleted(db: Database, world: World) -> None:
    lone = create_record(
        db,
        Kind.MILESTONE,
        {"name": "Bầu cử Quốc hội", "start_date": date(2026, 3, 15), "end_date": date(2026, 3, 15)},
    ).id
    update_record(db, Kind.STAGE, world.other_stage, {"end_milestone_id": lone})
    rows = dump(db)
    with pytest.raises(InUseError) as in_use:
        delete_records(db, Kind.MILESTONE, [lone])
    assert (in_use.value.kind, in_use.value.count) == (Kind.STAGE, 1)
    assert dump(db) == rows


# Multi-references


def test_theme_ids_round_trip(db: Database, world: World) -> None:
    first, second = world.themes
    stage = create_record(
        db,
        Kind.STAGE,
        {
            "plan_id": world.plan,
            "name": "Cao điểm",
            "start_date": date(2025, 12, 1),
            "end_date": date(2026, 1, 18),
            "theme_ids": [second, first, second],
        },
    )
    assert stage.values["theme_ids"] == sorted({first, second})
    assert get_record(db, Kind.STAGE, stage.id).values["theme_ids"] == sorted({first, second})
    entries = len(audit(db))

    old, new = update_record(
        db, Kind.STAGE, stage.id, {"theme_ids": [second]}, expected_version=stage.version
    )
    assert new.version == old.version + 1
    assert get_record(db, Kind.STAGE, stage.id).values["theme_ids"] == [second]
    [entry] = audit(db)[entries:]
    assert (entry.field, entry.old_value, entry.new_value) == (
        "theme_ids",
        json.dumps(sorted([first, second])),
        json.dumps([second]),
    )
    update_record(db, Kind.STAGE, stage.id, {"theme_ids": []}, expected_version=new.version)
    assert get_record(db, Kind.STAGE, stage.id).values["theme_ids"] == []
    stage_themes = [r for r in dump(db)["stage_theme"] if r["stage_id"] == stage.id]
    assert stage_themes == []


# Listing


def test_list_records_filters_by_column(db: Database, world: World) -> None:
    stages = list_records(db, Kind.STAGE, where={"plan_id": world.plan})
    assert sorted(row.id for row in stages) == sorted(world.stages)
    assert {row.labels["plan_id"] for row in stages} == {"125-KH/BTGTW — Tuyên truyền Đại hội XIV"}
    congresses = list_records(db, Kind.MILESTONE, where={"kind": MilestoneKind.CONGRESS})
    assert [row.id for row in congresses] == [world.congress]
    assert list_records(db, Kind.MILESTONE, where={"kind": MilestoneKind.HOLIDAY}) == []


def test_list_records_finds_text_without_accents(db: Database, world: World) -> None:
    for query in ("dai hoi", "ĐẠI HỘI", "hoi   dai", "Đại hội"):
        found = list_records(db, Kind.STAGE, text=query)
        assert sorted(row.id for row in found) == sorted(world.stages), query
    assert [row.id for row in list_records(db, Kind.STAGE, text="tet")] == [world.other_stage]
    assert list_records(db, Kind.STAGE, text="dai hoi tet") == []


def test_list_records_combines_column_and_text(db: Database, world: World) -> None:
    found = list_records(db, Kind.STAGE, where={"plan_id": world.plan}, text="sau")
    assert [row.id for row in found] == [world.stages[1]]
    assert list_records(db, Kind.STAGE, where={"plan_id": world.other_plan}, text="dai hoi") == []
