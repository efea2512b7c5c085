"""Planning and applying imports: no duplicates, all or nothing, the workflow kept, undo/redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.core.enums import ContentStatus, MilestoneKind
from app.core.records import Kind
from app.db.models import AuditEntry, ContentItem, Milestone
from app.imports import (
    AppliedImport,
    ImportPlan,
    PlanHasRejectionsError,
    ReadOptions,
    StalePlanError,
    Window,
    apply_plan,
    plan_import,
    read_source,
    redo_import,
    undo_import,
)
from app.services.database import Database
from app.services.editing import create_record, update_record
from app.services.records import get_record

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
WINDOW = Window(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def event(uid: str, summary: str, start: str, *extra: str) -> str:
    lines = [f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART;VALUE=DATE:{start}", *extra]
    return "BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"


def write_ics(path: Path, *events: str) -> Path:
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n")
    return path


def plan_of(db: Database, path: Path, kind: Kind = Kind.CONTENT_ITEM) -> ImportPlan:
    return plan_import(db, read_source(path, ReadOptions(kind=kind, zone=HANOI, window=WINDOW)))


def imported(db: Database, path: Path, kind: Kind = Kind.CONTENT_ITEM) -> AppliedImport:
    return apply_plan(db, plan_of(db, path, kind))


def items(db: Database) -> list[tuple[str, str | None, dt.date | None, ContentStatus]]:
    with db.transaction() as session:
        rows = session.execute(
            select(
                ContentItem.title,
                ContentItem.external_id,
                ContentItem.planned_start,
                ContentItem.status,
            ).order_by(ContentItem.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def count(db: Database, model: type[object]) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_importing_the_same_file_twice_creates_no_duplicates(db: Database, tmp_path: Path) -> None:
    path = write_ics(
        tmp_path / "a.ics",
        event("a", "Bài A", "20260119"),
        event("b", "Bài B", "20260120", "RRULE:FREQ=WEEKLY;COUNT=3"),
    )
    first = plan_of(db, path)
    assert first.counts() == {"created": 4, "updated": 0, "skipped": 0, "rejected": 0}
    assert count(db, ContentItem) == 0  # the dry run wrote nothing
    apply_plan(db, first)
    again = plan_of(db, path)
    assert again.counts() == {"created": 0, "updated": 0, "skipped": 4, "rejected": 0}
    assert [s.reason.render() for s in again.skipped] == ["Already imported, unchanged."] * 4
    apply_plan(db, again)
    assert items(db) == [
        ("Bài A", "a", dt.date(2026, 1, 19), ContentStatus.PLANNED),
        ("Bài B", "b#20260120", dt.date(2026, 1, 20), ContentStatus.PLANNED),
        ("Bài B", "b#20260127", dt.date(2026, 1, 27), ContentStatus.PLANNED),
        ("Bài B", "b#20260203", dt.date(2026, 2, 3), ContentStatus.PLANNED),
    ]


def test_a_changed_file_updates_only_what_it_gives(db: Database, tmp_path: Path) -> None:
    imported(db, write_ics(tmp_path / "v1.ics", event("a", "Bài A", "20260119")))
    [item_id] = [r for r in _ids(db)]
    # The editor adds a deadline and moves the piece along the workflow meanwhile.
    update_record(db, Kind.CONTENT_ITEM, item_id, {"deadline": dt.date(2026, 1, 18)})
    with db.transaction() as session:
        row = session.get(ContentItem, item_id)
        assert row is not None
        row.status = ContentStatus.ASSIGNED
    changed = write_ics(
        tmp_path / "v2.ics", event("a", "Bài A (sửa)", "20260121", "X-EDCAL-STATUS:idea")
    )
    plan = plan_of(db, changed)
    [update] = plan.updated
    assert update.values == {"title": "Bài A (sửa)", "planned_start": dt.date(2026, 1, 21)}
    assert update.before == {"title": "Bài A", "planned_start": dt.date(2026, 1, 19)}
    assert [n.render() for n in update.notes] == [
        "Status is changed only through the screening workflow; it stays “Assigned”."
    ]
    apply_plan(db, plan)
    values = get_record(db, Kind.CONTENT_ITEM, item_id).values
    assert values["title"] == "Bài A (sửa)"
    assert values["deadline"] == dt.date(2026, 1, 18)
    assert values["status"] is ContentStatus.ASSIGNED


def _ids(db: Database) -> list[int]:
    with db.transaction() as session:
        return list(session.scalars(select(ContentItem.id).order_by(ContentItem.id)))


def test_imports_never_skip_the_screening_workflow(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "title,date,status\nPublished one,19/01/2026,published\nUndated idea,,\n"
        "Kept planned,20/01/2026,planned\n",
        encoding="utf-8",
    )
    plan = plan_import(db, read_source(path))
    statuses = [r.values["status"] for r in plan.created]
    assert statuses == [ContentStatus.PLANNED, ContentStatus.IDEA, ContentStatus.PLANNED]
    assert [n.render() for n in plan.created[0].notes] == [
        "Status “Published” is not imported: a piece reaches it only through screening; it is "
        "imported as “Planned”."
    ]


def test_an_import_with_rejections_writes_nothing_unless_told(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("title,date\nGood,19/01/2026\n,20/01/2026\nBad,31/02/2026\n", encoding="utf-8")
    plan = plan_import(db, read_source(path))
    assert [r.render() for r in plan.rejections] == [
        f"{path}:4: planned_start: “31/02/2026” is not a date (write it day first: "
        "19/01/2026, or 2026-01-19).",
        f"{path}:3: title: This field is required.",
    ]
    with pytest.raises(PlanHasRejectionsError):
        apply_plan(db, plan)
    assert count(db, ContentItem) == 0
    applied = apply_plan(db, plan, skip_invalid=True)
    assert len(applied.created_ids) == 1 and [i[0] for i in items(db)] == ["Good"]


def test_channels_plans_and_columns_are_found_by_name(db: Database, tmp_path: Path) -> None:
    paper = create_record(db, Kind.OUTLET, {"name": "Báo Hưng Yên", "kind": "newspaper"})
    tv = create_record(db, Kind.OUTLET, {"name": "Đài PT-TH Hưng Yên", "kind": "broadcaster"})
    web = create_record(db, Kind.CHANNEL, {"outlet_id": paper.id, "name": "Web", "kind": "web"})
    create_record(db, Kind.CHANNEL, {"outlet_id": tv.id, "name": "Web", "kind": "web"})
    plan = create_record(
        db,
        Kind.PLAN,
        {
            "number": "147/KH-UBND",
            "title": "Thông tin đối ngoại 2026",
            "start_date": dt.date(2026, 1, 1),
            "end_date": dt.date(2026, 12, 31),
        },
    )
    path = tmp_path / "x.csv"
    path.write_text(
        "title,date,channel,outlet,plan\n"
        "A,19/01/2026,web,bao hung yen,147/KH-UBND\n"
        "B,19/01/2026,Web,,\n"
        "C,19/01/2026,Zalo,,thông tin đối ngoại 2026\n",
        encoding="utf-8",
    )
    planned = plan_import(db, read_source(path))
    [created] = planned.created
    assert (created.values["channel_id"], created.values["plan_id"]) == (web.id, plan.id)
    assert [r.render() for r in planned.rejections] == [
        f"{path}:3: channel: 2 records of channel are named “Web”: rename one, or use its number.",
        f"{path}:4: channel: There is no channel named “Zalo”.",
    ]


def test_duplicate_keys_in_one_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "id,title,date\n7,Same,19/01/2026\n7,Same,19/01/2026\n8,One,19/01/2026\n"
        "8,Other,19/01/2026\n",
        encoding="utf-8",
    )
    plan = plan_import(db, read_source(path))
    assert [str(s.origin) for s in plan.created] == [f"{path}:2", f"{path}:4"]
    assert [(str(s.origin), s.reason.render()) for s in plan.skipped] == [
        (f"{path}:3", f"The same as {path}:2.")
    ]
    assert [r.render() for r in plan.rejections] == [
        f"{path}:5: The id “8” is also used at {path}:4 with other values."
    ]


def test_undo_and_redo_an_import_as_one_step(db: Database, tmp_path: Path) -> None:
    imported(db, write_ics(tmp_path / "v1.ics", event("a", "Bài A", "20260119")))
    before = items(db)
    applied = imported(
        db,
        write_ics(
            tmp_path / "v2.ics",
            event("a", "Bài A (sửa)", "20260119"),
            event("b", "Bài B", "20260120"),
            event("c", "Bài C", "20260121"),
        ),
    )
    after = items(db)
    ids_after = _ids(db)
    assert len(after) == 3 and len(applied.updated) == 1
    undone = undo_import(db, applied)
    assert items(db) == before
    redone = redo_import(db, undone)
    assert items(db) == after and _ids(db) == ids_after
    undo_import(db, redone)
    assert items(db) == before
    with db.transaction() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action).where(AuditEntry.table_name == "content_item")
            )
        )
    assert actions.count("create") == 3  # one first import, two in the second
    assert actions.count("delete") == 4 and actions.count("restore") == 2


def test_a_plan_made_stale_by_another_edit_writes_nothing(db: Database, tmp_path: Path) -> None:
    imported(db, write_ics(tmp_path / "v1.ics", event("a", "Bài A", "20260119")))
    plan = plan_of(
        db,
        write_ics(
            tmp_path / "v2.ics", event("a", "Bài A (sửa)", "20260119"), event("b", "B", "20260120")
        ),
    )
    update_record(db, Kind.CONTENT_ITEM, _ids(db)[0], {"summary": "Someone else"})
    with pytest.raises(StalePlanError):
        apply_plan(db, plan)
    assert [i[0] for i in items(db)] == ["Bài A"]


def test_milestones_are_imported_and_updated_by_uid(db: Database, tmp_path: Path) -> None:
    path = write_ics(
        tmp_path / "m.ics",
        event(
            "congress",
            "Đại hội XIV",
            "20260119",
            "DTEND;VALUE=DATE:20260124",
            "CATEGORIES:Congress",
        ),
    )
    imported(db, path, Kind.MILESTONE)
    moved = write_ics(
        tmp_path / "m2.ics",
        event(
            "congress",
            "Đại hội XIV",
            "20260120",
            "DTEND;VALUE=DATE:20260125",
            "CATEGORIES:Congress",
        ),
    )
    plan = plan_of(db, moved, Kind.MILESTONE)
    assert plan.counts()["updated"] == 1
    apply_plan(db, plan)
    with db.transaction() as session:
        [row] = session.scalars(select(Milestone))
        assert (row.name, row.kind, row.start_date, row.end_date, row.external_id) == (
            "Đại hội XIV",
            MilestoneKind.CONGRESS,
            dt.date(2026, 1, 20),
            dt.date(2026, 1, 24),
            "congress",
        )
