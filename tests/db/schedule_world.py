"""A small newsroom for the week 2026-W04 (19–25/01/2026, the 14th Congress): what the schedule
and every export format are checked against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from app.core.records import Kind
from app.services import editing
from app.services.database import Database
from app.services.slots import move_occurrence, skip_occurrence

WEEK = (date(2026, 1, 19), date(2026, 1, 25))
FORMULA_TITLE = '=HYPERLINK("http://example.org","Bấm vào đây")'
CONGRESS = "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
STAGE = "Tuyên truyền trước và trong Đại hội XIV"
EXTERNAL_UID = "imported-42@example.org"


@dataclass(frozen=True)
class World:
    paper: int
    tv_outlet: int
    web: int
    tv: int
    party_desk: int
    news_desk: int
    minh: int
    lan: int
    plan: int
    column: int
    milestone: int
    opening: int  # 19/01 08:00, in the column, Minh writes, Lan edits, approved
    report: int  # 20/01 19:00 on TV, Lan writes, external UID, in progress
    exhibition: int  # 17/01–21/01, starts before the week
    formula: int  # 21/01, a title that looks like a formula
    later: int  # 27/01, outside the week
    backlog: int  # not scheduled


def build_world(db: Database) -> World:
    def create(record_kind: Kind, **values: Any) -> int:
        return editing.create_record(db, record_kind, values).id

    paper = create(Kind.OUTLET, name="Báo Hànộimới", kind="newspaper")
    tv_outlet = create(Kind.OUTLET, name="Đài Phát thanh và Truyền hình Hà Nội", kind="broadcaster")
    web = create(Kind.CHANNEL, outlet_id=paper, name="hanoimoi.vn", kind="web")
    tv = create(Kind.CHANNEL, outlet_id=tv_outlet, name="Kênh truyền hình H1", kind="tv")
    party_desk = create(Kind.DESK, name="Ban Xây dựng Đảng", outlet_id=paper)
    news_desk = create(Kind.DESK, name="Ban Thời sự", outlet_id=tv_outlet)
    minh = create(Kind.PERSON, name="Nguyễn Văn Minh", initials="NVM", desk_id=party_desk)
    lan = create(Kind.PERSON, name="Phạm Lan Anh", initials="PLA", desk_id=news_desk)
    plan = create(
        Kind.PLAN, number="01-CT/TW", title="Chỉ thị về tuyên truyền Đại hội XIV",
        start_date=date(2026, 1, 1), end_date=date(2026, 12, 31),
    )  # fmt: skip
    milestone = create(
        Kind.MILESTONE, kind="congress", name=CONGRESS,
        start_date=date(2026, 1, 19), end_date=date(2026, 1, 23),
    )  # fmt: skip
    create(
        Kind.STAGE, plan_id=plan, name=STAGE, start_date=date(2026, 1, 1),
        end_milestone_id=milestone,
    )  # fmt: skip
    column = create(
        Kind.COLUMN, name="Nghị quyết vào cuộc sống", channel_id=web, plan_id=plan,
        cadence="FREQ=WEEKLY;BYDAY=MO,TH", start_date=date(2026, 1, 5),
        end_date=date(2026, 6, 29), owner_desk_id=party_desk,
    )  # fmt: skip
    skip_occurrence(db, column, date(2026, 1, 12))
    move_occurrence(db, column, date(2026, 1, 22), date(2026, 1, 23))

    def item(title: str, day: date, **values: Any) -> int:
        return create(Kind.CONTENT_ITEM, title=title, planned_start=day, plan_id=plan, **values)

    opening = item(
        "Đại hội XIV: phiên khai mạc trọng thể", date(2026, 1, 19), publish_time=time(8, 0),
        channel_id=web, column_id=column, status="approved", format="article",
    )  # fmt: skip
    report = item(
        "Phóng sự: Thủ đô rực rỡ cờ hoa chào mừng Đại hội", date(2026, 1, 20),
        publish_time=time(19, 0), channel_id=tv, status="in_progress", format="reportage",
    )  # fmt: skip
    exhibition = item(
        "Triển lãm ảnh “Đảng Cộng sản Việt Nam – Những chặng đường lịch sử”",
        date(2026, 1, 17), planned_end=date(2026, 1, 21), channel_id=web,
        status="scheduled", format="exhibition",
    )  # fmt: skip
    formula = item(FORMULA_TITLE, date(2026, 1, 21), channel_id=web, status="idea")
    later = item("Bài tuần sau", date(2026, 1, 27), channel_id=web)
    backlog = create(Kind.CONTENT_ITEM, title="Bài chưa xếp lịch", plan_id=plan)
    with db.transaction() as session:
        from app.db.models import ContentItem

        stored = session.get(ContentItem, report)
        assert stored is not None
        stored.external_id = EXTERNAL_UID
    create(Kind.ASSIGNMENT, item_id=opening, person_id=minh, role="write")
    create(Kind.ASSIGNMENT, item_id=opening, person_id=lan, role="edit")
    create(Kind.ASSIGNMENT, item_id=report, person_id=lan, role="write")
    return World(
        paper, tv_outlet, web, tv, party_desk, news_desk, minh, lan, plan, column, milestone,
        opening, report, exhibition, formula, later, backlog,
    )  # fmt: skip
