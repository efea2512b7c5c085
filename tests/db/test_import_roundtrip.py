"""Round trips: `edcal export` writes a schedule, an import into a fresh database makes the same
items (every field the format carries), importing it again changes nothing, importing it into
the database it came from finds the rows it came from, and UIDs stay the same across hops."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.core.enums import ContentStatus
from app.core.records import Kind
from app.db.models import Channel, ContentItem, Milestone, Plan, SpecialColumn
from app.exports.registry import ExportFormat, export_schedule
from app.imports import ReadOptions, Window, apply_plan, plan_import, read_source
from app.imports.budgets import Budget, Deadline
from app.imports.tabular import read_csv, read_xlsx
from app.services.database import Database
from app.services.database_identity import database_uid
from app.services.editing import create_record, delete_records, update_record
from app.services.schedule import build_schedule

FIRST, LAST = dt.date(2026, 1, 19), dt.date(2026, 1, 25)
OPTIONS = ReadOptions(zone=ZoneInfo("Asia/Ho_Chi_Minh"), window=Window(FIRST, LAST))
FOREIGN_UID = "evt-77@calendar.example.org"
FORMATS = ("ics", "csv", "xlsx")
ITEMS: list[dict[str, Any]] = [
    {
        "title": "Đại hội Đảng: bài mở đầu",
        "format": "article",
        "status": "planned",
        "planned_start": dt.date(2026, 1, 19),
        "publish_time": dt.time(9, 30),
        # Commas, semicolons, two lines, and a first line an older reader took for a label.
        "summary": "Format: phỏng vấn, có dấu phẩy; và chấm phẩy\nhai dòng",
        "channel": "Web",
        "plan": "01-CT/TW",
        "column": "Nghị quyết vào cuộc sống",
        "deadline": dt.date(2026, 1, 16),
        "notes": "Ghi chú nội bộ\nkhông in",
    },
    {
        "title": "Triển lãm 80 năm",
        "format": "exhibition",
        "status": "idea",
        "planned_start": dt.date(2026, 1, 20),
        "planned_end": dt.date(2026, 1, 25),
        "publish_time": dt.time(8, 15),  # a piece of several days with a time
        "audience": "youth",
        "plan": "01-CT/TW",
    },
    {
        "title": "Phóng sự cả ngày",
        "format": "reportage",
        "status": "approved",  # past screening: a new item comes in as planned
        "planned_start": dt.date(2026, 1, 21),
        "channel": "Truyền hình",
        "language": "en",
    },
    {
        "title": '=HYPERLINK("http://example.org","bấm")',  # stays text in every format
        "format": "commentary",
        "status": "scheduled",
        "planned_start": dt.date(2026, 1, 23),
        "publish_time": dt.time(0, 30),  # the day before in UTC: no zone moves it
        "channel": "Web",
        "summary": "- gạch đầu dòng",
    },
    {
        "title": "Tin nhận từ lịch khác",
        "format": "interview",
        "status": "planned",
        "planned_start": dt.date(2026, 1, 24),
        "external_id": FOREIGN_UID,
    },
]
REFERENCES = {"channel": "channel_id", "plan": "plan_id", "column": "column_id"}
# What each format carries back; ICS carries every field of an item.
SHEET_FIELDS = (
    "title",
    "summary",
    "format",
    "status",
    "planned_start",
    "planned_end",
    "publish_time",
    "channel",
    "plan",
    "column",
)
CARRIED = {
    "ics": (*SHEET_FIELDS, "deadline", "audience", "language", "notes"),
    "csv": SHEET_FIELDS,
    "xlsx": SHEET_FIELDS,
}


def newsroom(db: Database) -> dict[str, dict[str, int]]:
    """The same outlets, channels, plan and column in every database, as a newsroom sets up."""
    paper = create_record(db, Kind.OUTLET, {"name": "Báo Hưng Yên", "kind": "newspaper"})
    tv = create_record(db, Kind.OUTLET, {"name": "Đài PT-TH Hưng Yên", "kind": "broadcaster"})
    web = create_record(db, Kind.CHANNEL, {"outlet_id": paper.id, "name": "Web", "kind": "web"})
    screen = create_record(
        db, Kind.CHANNEL, {"outlet_id": tv.id, "name": "Truyền hình", "kind": "tv"}
    )
    plan = create_record(
        db,
        Kind.PLAN,
        {
            "number": "01-CT/TW",
            "title": "Tuyên truyền Đại hội XIV",
            "start_date": dt.date(2026, 1, 1),
            "end_date": dt.date(2026, 12, 31),
        },
    )
    column = create_record(
        db,
        Kind.COLUMN,
        {
            "name": "Nghị quyết vào cuộc sống",
            "channel_id": web.id,
            "plan_id": plan.id,
            "cadence": "FREQ=WEEKLY;BYDAY=MO,TH",
            "start_date": dt.date(2026, 1, 5),
        },
    )
    return {
        "channel": {"Web": web.id, "Truyền hình": screen.id},
        "plan": {"01-CT/TW": plan.id},
        "column": {"Nghị quyết vào cuộc sống": column.id},
    }


def contents(db: Database, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every item's fields, references by name (ids differ between databases)."""
    with db.transaction() as session:
        names = {
            "channel": dict(session.execute(select(Channel.id, Channel.name)).all()),
            "plan": dict(session.execute(select(Plan.id, Plan.number)).all()),
            "column": dict(session.execute(select(SpecialColumn.id, SpecialColumn.name)).all()),
        }
        rows = []
        for item in session.scalars(select(ContentItem)):
            row = {}
            for name in fields:
                if name in REFERENCES:
                    ref = getattr(item, REFERENCES[name])
                    row[name] = names[name][ref] if ref else None
                else:
                    row[name] = getattr(item, name)
            rows.append(row)
    return sorted(rows, key=lambda r: str(r["title"]))


def item_count(db: Database) -> int:
    with db.transaction() as session:
        return len(session.scalars(select(ContentItem.id)).all())


def export(db: Database, folder: Path, name: str) -> dict[str, Path]:
    schedule = build_schedule(db, FIRST, LAST)
    return {
        fmt: export_schedule(schedule, ExportFormat.of_name(fmt), folder / f"{name}.{fmt}")
        for fmt in FORMATS
    }


def item_uids(path: Path) -> set[str]:
    """The UIDs of the pieces a file holds: the ID column of a sheet, or the events' UIDs."""
    if path.suffix == ".ics":
        calendar = Calendar.from_ical(path.read_bytes())
        return {
            str(event["UID"])
            for event in calendar.walk("VEVENT")
            if not str(event["UID"]).startswith(("column-", "milestone-"))
        }
    if path.suffix == ".csv":
        table = read_csv(path.read_bytes(), Budget(), Deadline(60))
    else:
        table = read_xlsx(path, Budget(), Deadline(60))
    column = table.headers.index("ID")
    return {str(row.cell(column)) for row in table.rows if row.cell(column)}


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "source.sqlite", actor="tester")
    known = newsroom(db)
    for values in ITEMS:
        given = {k: v for k, v in values.items() if k not in REFERENCES and k != "external_id"}
        for name, field in REFERENCES.items():
            if name in values:
                given[field] = known[name][values[name]]
        made = create_record(db, Kind.CONTENT_ITEM, given)
        if "external_id" in values:
            with db.transaction() as session:
                stored = session.get(ContentItem, made.id)
                assert stored is not None
                stored.external_id = values["external_id"]
    create_record(
        db,
        Kind.MILESTONE,
        {
            "name": "Đại hội XIV",
            "kind": "congress",
            "start_date": FIRST,
            "end_date": dt.date(2026, 1, 23),
        },
    )
    yield db
    db.close()


@pytest.fixture
def files(source: Database, tmp_path: Path) -> dict[str, Path]:
    return export(source, tmp_path, "week")


def fresh(folder: Path, name: str) -> Database:
    db = Database.open(folder / f"{name}.sqlite", actor="tester")
    newsroom(db)
    return db


def expected_in_fresh(source: Database, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """The source's items as a fresh database makes them: the import workflow rule (plan.py)
    keeps a status only when it is idea or planned; the others come in as planned (all the
    items have a date)."""
    rows = contents(source, fields)
    for row in rows:
        if row["status"] not in (ContentStatus.IDEA, ContentStatus.PLANNED):
            row["status"] = ContentStatus.PLANNED
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fresh_database_gets_the_same_items(
    source: Database, files: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    fields = CARRIED[fmt]
    expected = expected_in_fresh(source, fields)
    # The statuses past planned really are in the source, so the rule is what is tested.
    assert {r["status"] for r in contents(source, ("title", "status"))} >= {
        ContentStatus.APPROVED,
        ContentStatus.SCHEDULED,
    }
    target = fresh(tmp_path, f"fresh-{fmt}")
    plan = plan_import(target, read_source(files[fmt], OPTIONS))
    assert plan.rejections == ()
    assert plan.counts()["created"] == len(ITEMS)
    noted = sorted(r.values["title"] for r in plan.created if r.notes)
    assert noted == sorted(i["title"] for i in ITEMS if i["status"] in ("approved", "scheduled"))
    apply_plan(target, plan)
    assert contents(target, fields) == expected
    again = plan_import(target, read_source(files[fmt], OPTIONS))
    assert again.rejections == ()
    assert (again.counts()["created"], again.counts()["updated"]) == (0, 0)
    target.close()


def test_a_calendar_read_in_another_zone_keeps_the_newsroom_days_and_times(
    source: Database, files: dict[str, Path], tmp_path: Path
) -> None:
    target = fresh(tmp_path, "fresh-utc")
    elsewhere = ReadOptions(zone=ZoneInfo("America/New_York"), window=Window(FIRST, LAST))
    apply_plan(target, plan_import(target, read_source(files["ics"], elsewhere)))
    fields = ("title", "planned_start", "planned_end", "publish_time")
    assert contents(target, fields) == contents(source, fields)
    target.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_importing_its_own_export_twice_creates_nothing(
    source: Database, files: dict[str, Path], fmt: str
) -> None:
    before = contents(source, CARRIED[fmt])
    for _ in range(2):
        plan = plan_import(source, read_source(files[fmt], OPTIONS))
        assert plan.rejections == ()
        assert plan.counts()["created"] == 0 and plan.counts()["updated"] == 0
        # Every piece is found: skipped as unchanged (empty slots are skipped too).
        found = {s.record_id for s in plan.skipped if s.record_id is not None}
        assert len(found) == len(ITEMS)
        apply_plan(source, plan)
    assert item_count(source) == len(ITEMS)
    assert contents(source, CARRIED[fmt]) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_its_own_export_puts_back_an_edited_item_by_id(
    source: Database, files: dict[str, Path], fmt: str
) -> None:
    with source.transaction() as session:
        item_id = session.scalars(
            select(ContentItem.id).where(ContentItem.title == "Phóng sự cả ngày")
        ).one()
    update_record(source, Kind.CONTENT_ITEM, item_id, {"title": "Đổi tên", "format": "video"})
    plan = plan_import(source, read_source(files[fmt], OPTIONS))
    assert plan.counts()["created"] == 0
    [updated] = plan.updated
    assert updated.record_id == item_id
    assert updated.values == {"title": "Phóng sự cả ngày", "format": updated.values["format"]}
    assert updated.values["format"].value == "reportage"
    apply_plan(source, plan)
    assert item_count(source) == len(ITEMS)
    # The status approved was not changed by the import (an update never changes it).
    with source.transaction() as session:
        stored = session.get(ContentItem, item_id)
        assert stored is not None
        assert (stored.title, stored.status) == ("Phóng sự cả ngày", ContentStatus.APPROVED)
        assert stored.external_id is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_deleted_item_comes_back_once(source: Database, files: dict[str, Path], fmt: str) -> None:
    with source.transaction() as session:
        item_id = session.scalars(
            select(ContentItem.id).where(ContentItem.title == "Triển lãm 80 năm")
        ).one()
    delete_records(source, Kind.CONTENT_ITEM, [item_id])
    plan = plan_import(source, read_source(files[fmt], OPTIONS))
    assert plan.counts()["created"] == 1
    apply_plan(source, plan)
    again = plan_import(source, read_source(files[fmt], OPTIONS))
    assert (again.counts()["created"], again.counts()["updated"]) == (0, 0)
    assert item_count(source) == len(ITEMS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_uids_stay_the_same_across_databases(
    source: Database, files: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    uid = database_uid(source)
    original = item_uids(files[fmt])
    assert len(original) == len(ITEMS)
    assert FOREIGN_UID in original
    assert sum(u.endswith(f"@{uid}.edcal") for u in original) == len(ITEMS) - 1
    hop = fresh(tmp_path, f"hop-{fmt}")
    apply_plan(hop, plan_import(hop, read_source(files[fmt], OPTIONS)))
    assert database_uid(hop) != uid
    again = export(hop, tmp_path, f"hop-{fmt}")
    assert item_uids(again[fmt]) == original
    # Back home, the second hop's file names the source's own rows: nothing new.
    home = plan_import(source, read_source(again[fmt], OPTIONS))
    assert home.rejections == ()
    assert home.counts()["created"] == 0
    hop.close()


def test_milestones_come_back_and_are_found_at_home(
    source: Database, files: dict[str, Path], tmp_path: Path
) -> None:
    options = ReadOptions(kind=Kind.MILESTONE, window=Window(FIRST, LAST))
    target = fresh(tmp_path, "fresh-milestones")
    plan = plan_import(target, read_source(files["ics"], options))
    assert plan.counts()["created"] == 1
    apply_plan(target, plan)
    with target.transaction() as session:
        [row] = session.scalars(select(Milestone))
        assert (row.name, row.kind.value, row.start_date, row.end_date) == (
            "Đại hội XIV",
            "congress",
            FIRST,
            dt.date(2026, 1, 23),
        )
    target.close()
    home = plan_import(source, read_source(files["ics"], options))
    assert (home.counts()["created"], home.counts()["updated"]) == (0, 0)


def test_an_old_export_without_a_database_id_is_kept_as_an_external_id(
    source: Database, files: dict[str, Path], tmp_path: Path
) -> None:
    uid = database_uid(source)
    old = files["ics"].read_text(encoding="utf-8").replace(f"@{uid}.edcal", "@edcal")
    (tmp_path / "old.ics").write_text(old, encoding="utf-8")
    plan = plan_import(source, read_source(tmp_path / "old.ics", OPTIONS))
    # Which database "item-1@edcal" came from is unknown: it is not taken for row 1.
    assert plan.counts()["created"] == len(ITEMS) - 1
    assert all(r.values["external_id"].endswith("@edcal") for r in plan.created)


def test_a_missing_channel_in_a_calendar_is_left_empty_with_a_note(
    files: dict[str, Path], tmp_path: Path
) -> None:
    target = Database.open(tmp_path / "bare.sqlite", actor="tester")
    plan = plan_import(target, read_source(files["ics"], OPTIONS))
    assert plan.rejections == ()
    assert plan.counts()["created"] == len(ITEMS)
    opening = next(r for r in plan.created if r.values["title"] == "Đại hội Đảng: bài mở đầu")
    assert opening.values["channel_id"] is None and opening.values["plan_id"] is None
    rendered = " ".join(n.render() for n in opening.notes)
    assert "“Web”" in rendered and "“01-CT/TW”" in rendered
    target.close()


def test_statuses_past_planned_come_back_as_planned(files: dict[str, Path], tmp_path: Path) -> None:
    target = fresh(tmp_path, "fresh-status")
    text = (files["csv"]).read_text(encoding="utf-8-sig").replace(",Idea,", ",Published,")
    (tmp_path / "published.csv").write_text(text, encoding="utf-8")
    plan = plan_import(target, read_source(tmp_path / "published.csv", OPTIONS))
    [exhibition] = [r for r in plan.created if r.values["title"] == "Triển lãm 80 năm"]
    assert exhibition.values["status"] is ContentStatus.PLANNED
    assert "only through screening" in exhibition.notes[0].render()
    target.close()


def test_a_workbook_of_several_weeks_comes_back_whole(source: Database, tmp_path: Path) -> None:
    """One sheet per week: every week's sheet is read, not only the first."""
    create_record(
        source,
        Kind.CONTENT_ITEM,
        {
            "title": "Tuần sau: tổng kết Đại hội",
            "format": "article",
            "status": "planned",
            "planned_start": LAST + dt.timedelta(days=3),
        },
    )
    schedule = build_schedule(source, FIRST, LAST + dt.timedelta(days=7))
    path = export_schedule(schedule, ExportFormat.of_name("xlsx"), tmp_path / "two.xlsx")
    table = read_xlsx(path, Budget(), Deadline(60))
    assert len(table.sheets) >= 3  # two weeks and the sheet about the schedule
    assert {row.sheet for row in table.rows} == set(table.sheets[:2])
    target = fresh(tmp_path, "fresh-two-weeks")
    plan = plan_import(target, read_source(path, OPTIONS))
    assert plan.rejections == ()
    titles = sorted(str(r.values["title"]) for r in plan.created)
    assert titles == sorted([*(i["title"] for i in ITEMS), "Tuần sau: tổng kết Đại hội"])
    target.close()
