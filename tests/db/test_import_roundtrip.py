"""Round trips: `edcal export` writes a schedule, an import into a fresh database reads back
the same items (what each format carries), and importing it again changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.core.enums import ContentStatus
from app.core.records import Kind
from app.db.models import Channel, ContentItem, Milestone
from app.exports.registry import ExportFormat, export_schedule
from app.imports import ReadOptions, Window, apply_plan, plan_import, read_source
from app.services.database import Database
from app.services.editing import create_record
from app.services.schedule import build_schedule

FIRST, LAST = dt.date(2026, 1, 19), dt.date(2026, 1, 25)
OPTIONS = ReadOptions(zone=ZoneInfo("Asia/Ho_Chi_Minh"), window=Window(FIRST, LAST))
ITEMS: list[dict[str, Any]] = [
    {
        "title": "Đại hội Đảng: bài mở đầu",
        "format": "article",
        "status": "planned",
        "planned_start": dt.date(2026, 1, 19),
        "publish_time": dt.time(9, 30),
        "summary": "Tóm tắt, có dấu phẩy; và chấm phẩy\nhai dòng",
        "channel": "Web",
    },
    {
        "title": "Triển lãm 80 năm",
        "format": "exhibition",
        "status": "idea",
        "planned_start": dt.date(2026, 1, 20),
        "planned_end": dt.date(2026, 1, 25),
    },
    {
        "title": "Phóng sự cả ngày",
        "format": "reportage",
        "status": "planned",
        "planned_start": dt.date(2026, 1, 21),
        "channel": "Truyền hình",
    },
    {
        "title": "Bình luận buổi tối",
        "format": "commentary",
        "status": "planned",
        "planned_start": dt.date(2026, 1, 23),
        "publish_time": dt.time(21, 0),
        "channel": "Web",
    },
]


def newsroom(db: Database) -> dict[str, int]:
    """The same outlets and channels in every database, as a newsroom would set them up."""
    paper = create_record(db, Kind.OUTLET, {"name": "Báo Hưng Yên", "kind": "newspaper"})
    tv = create_record(db, Kind.OUTLET, {"name": "Đài PT-TH Hưng Yên", "kind": "broadcaster"})
    web = create_record(db, Kind.CHANNEL, {"outlet_id": paper.id, "name": "Web", "kind": "web"})
    screen = create_record(
        db, Kind.CHANNEL, {"outlet_id": tv.id, "name": "Truyền hình", "kind": "tv"}
    )
    return {"Web": web.id, "Truyền hình": screen.id}


def contents(db: Database, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    with db.transaction() as session:
        names = dict(session.execute(select(Channel.id, Channel.name)).all())
        rows = []
        for item in session.scalars(select(ContentItem)):
            row = {name: getattr(item, name) for name in fields}
            row["channel"] = names[item.channel_id] if item.channel_id else None
            rows.append(row)
    return sorted(rows, key=lambda r: str(r["title"]))


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    source = Database.open(tmp_path / "source.sqlite", actor="tester")
    channels = newsroom(source)
    for values in ITEMS:
        given = {k: v for k, v in values.items() if k != "channel"}
        if "channel" in values:
            given["channel_id"] = channels[values["channel"]]
        create_record(source, Kind.CONTENT_ITEM, given)
    create_record(
        source,
        Kind.MILESTONE,
        {
            "name": "Đại hội XIV",
            "kind": "congress",
            "start_date": FIRST,
            "end_date": dt.date(2026, 1, 23),
        },
    )
    schedule = build_schedule(source, FIRST, LAST)
    for fmt in ("ics", "csv", "xlsx"):
        export_schedule(schedule, ExportFormat.of_name(fmt), tmp_path / f"week.{fmt}")
    source.close()
    return tmp_path


def _round_trip(folder: Path, fmt: str, fields: tuple[str, ...]) -> None:
    source = Database.open(folder / "source.sqlite", actor="tester")
    expected = contents(source, fields)
    source.close()
    fresh = Database.open(folder / f"fresh-{fmt}.sqlite", actor="tester")
    newsroom(fresh)
    path = folder / f"week.{fmt}"
    plan = plan_import(fresh, read_source(path, OPTIONS))
    assert plan.rejections == ()
    assert plan.counts()["created"] == len(ITEMS)
    apply_plan(fresh, plan)
    assert contents(fresh, fields) == expected
    again = plan_import(fresh, read_source(path, OPTIONS))
    assert (again.counts()["created"], again.counts()["updated"]) == (0, 0)
    fresh.close()


ALL = ("title", "format", "status", "planned_start", "planned_end", "publish_time")


def test_ics_round_trip_keeps_items_and_milestones(exported: Path) -> None:
    _round_trip(exported, "ics", (*ALL, "summary"))
    fresh = Database.open(exported / "fresh-ics.sqlite", actor="tester")
    milestones = read_source(
        exported / "week.ics", ReadOptions(kind=Kind.MILESTONE, window=Window(FIRST, LAST))
    )
    apply_plan(fresh, plan_import(fresh, milestones))
    with fresh.transaction() as session:
        [row] = session.scalars(select(Milestone))
        assert (row.name, row.kind.value, row.start_date, row.end_date) == (
            "Đại hội XIV",
            "congress",
            FIRST,
            dt.date(2026, 1, 23),
        )
    fresh.close()


def test_csv_round_trip_keeps_what_the_sheet_holds(exported: Path) -> None:
    # The schedule sheet has no summary column: everything else comes back.
    _round_trip(exported, "csv", ALL)


def test_xlsx_round_trip_keeps_what_the_sheet_holds(exported: Path) -> None:
    _round_trip(exported, "xlsx", ALL)


def test_statuses_past_planned_come_back_as_planned(exported: Path) -> None:
    fresh = Database.open(exported / "fresh-status.sqlite", actor="tester")
    newsroom(fresh)
    text = (exported / "week.csv").read_text(encoding="utf-8-sig").replace(",Idea,", ",Approved,")
    (exported / "approved.csv").write_text(text, encoding="utf-8")
    plan = plan_import(fresh, read_source(exported / "approved.csv", OPTIONS))
    [noted] = [r for r in plan.created if r.notes]
    assert noted.values["status"] is ContentStatus.PLANNED
    assert "only through screening" in noted.notes[0].render()
    fresh.close()
