"""The demo database: built from the seed documents, the same every time, sound by every rule."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import Table, func, select

from app.core.enums import (
    ChannelKind,
    ContentFormat,
    ContentStatus,
    Language,
    MilestoneKind,
    OutletKind,
)
from app.core.records import Kind
from app.db.models import (
    Assignment,
    Channel,
    Comment,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    SpecialPage,
    Stage,
    StageTheme,
    Theme,
    column_theme,
    item_theme,
)
from app.services.checks import run_checks
from app.services.database import Database
from app.services.demo import DemoError, DemoSummary, build_demo
from app.services.editing import create_record
from app.services.records import read_values
from app.services.registry import model_of
from app.services.rules import problems_in


@pytest.fixture
def demo(db: Database) -> DemoSummary:
    return build_demo(db)


def test_the_demo_holds_what_the_spec_asks_for(db: Database, demo: DemoSummary) -> None:
    with db.transaction() as session:
        numbers = set(session.scalars(select(Plan.number)))
        cadences = list(session.scalars(select(SpecialColumn.cadence)))
        items = list(session.scalars(select(ContentItem)))
        milestone_kinds = set(session.scalars(select(Milestone.kind)))
        channel_kinds = set(session.scalars(select(Channel.kind)))
        outlet_kinds = set(session.scalars(select(Outlet.kind)))
    assert numbers == {"156-HD/BTGTU", "147/KH-UBND", "01-CT/TW"}
    assert demo.plans == 3
    assert sum("FREQ=WEEKLY" in cadence for cadence in cadences) >= 2
    assert any("FREQ=MONTHLY" in cadence for cadence in cadences)
    assert 180 <= len(items) <= 240 and demo.items == len(items)
    days = [item.planned_start for item in items if item.planned_start]
    assert (min(days).year, min(days).month) == (2024, 10)
    assert (max(days).year, max(days).month) == (2026, 6)
    assert {item.status for item in items} == set(ContentStatus)
    assert {item.format for item in items} == set(ContentFormat)
    assert {item.language for item in items} == set(Language)
    assert milestone_kinds == set(MilestoneKind)
    assert channel_kinds == set(ChannelKind)
    assert outlet_kinds == set(OutletKind)
    assert any(item.planned_start is None for item in items)
    assert any(i.planned_end and i.planned_start and i.planned_end > i.planned_start for i in items)
    assert any(item.publish_time is not None for item in items)
    assert 10 <= demo.people <= 14 and demo.desks >= 3


def test_the_summary_counts_the_rows(db: Database, demo: DemoSummary) -> None:
    models = {
        "plans": Plan,
        "stages": Stage,
        "themes": Theme,
        "stage_themes": StageTheme,
        "milestones": Milestone,
        "outlets": Outlet,
        "channels": Channel,
        "desks": Desk,
        "people": Person,
        "columns": SpecialColumn,
        "special_pages": SpecialPage,
        "items": ContentItem,
        "assignments": Assignment,
        "comments": Comment,
    }
    with db.transaction() as session:
        for name, model in models.items():
            assert getattr(demo, name) == session.scalar(select(func.count()).select_from(model))
    assert str(demo).startswith("3 plans, ")
    assert f"{demo.items} items" in str(demo)


def test_the_hanoi_plan_runs_to_the_congress(db: Database, demo: DemoSummary) -> None:
    with db.transaction() as session:
        plan = session.scalars(select(Plan).where(Plan.number == "156-HD/BTGTU")).one()
        stages = {stage.name: stage for stage in plan.stages}
        colours = [theme.color for theme in plan.themes]
        to_congress = stages["Từ năm 2025 đến Đại hội XIV"]
        milestone = to_congress.end_milestone
        emphasis = session.scalars(
            select(StageTheme.target_count).where(StageTheme.stage_id == to_congress.id)
        ).all()
    assert (plan.issuer, plan.issued_on) == ("Ban Tuyên giáo Thành ủy Hà Nội", date(2024, 10, 2))
    assert stages["Từ nay đến hết năm 2024"].end_date == date(2024, 12, 31)
    assert to_congress.end_date is None
    assert milestone is not None and milestone.kind is MilestoneKind.CONGRESS
    assert (milestone.start_date, milestone.end_date) == (date(2026, 1, 19), date(2026, 1, 23))
    assert len(stages) == 3
    assert len(colours) == 4 == len(set(colours))
    assert len(emphasis) == 4 and all(count > 0 for count in emphasis)


def test_special_pages_sit_on_their_milestones(db: Database, demo: DemoSummary) -> None:
    with db.transaction() as session:
        pages = list(session.scalars(select(SpecialPage)))
        offsets = {(page.milestone.kind, page.offset_days) for page in pages}
        items = list(
            session.scalars(select(ContentItem).where(ContentItem.special_page_id.is_not(None)))
        )
        day_of = {
            page.id: page.milestone.start_date.toordinal() + page.offset_days for page in pages
        }
    assert {(MilestoneKind.CONGRESS, 0), (MilestoneKind.CONGRESS, -3)} <= offsets
    assert (MilestoneKind.ELECTION, 0) in offsets
    assert any(page.milestone.start_date == date(2025, 9, 2) for page in pages)
    assert items
    for item in items:
        assert item.planned_start is not None
        assert item.planned_start.toordinal() == day_of[item.special_page_id or 0]


def test_every_record_obeys_the_domain_rules(db: Database, demo: DemoSummary) -> None:
    """The same rules the editor enforces when a user saves a record."""
    checked = 0
    with db.transaction() as session:
        for kind in Kind:
            for record in session.scalars(select(model_of(kind))):
                values = read_values(kind, record)
                assert problems_in(session, kind, values, record.id) == {}, (kind, record.id)
                checked += 1
    assert checked > 900


def test_column_items_fall_on_the_column_days(db: Database, demo: DemoSummary) -> None:
    with db.transaction() as session:
        columns = list(session.scalars(select(SpecialColumn)))
        filled = 0
        for column in columns:
            end = column.end_milestone.end_date if column.end_milestone else column.end_date
            assert end is not None
            rule = rrulestr(column.cadence, dtstart=datetime.combine(column.start_date, time()))
            days = {
                moment.date()
                for moment in rule.between(
                    datetime.combine(column.start_date, time()),
                    datetime.combine(end, time()),
                    inc=True,
                )
            }
            items = session.scalars(select(ContentItem).where(ContentItem.column_id == column.id))
            column_themes = {theme.id for theme in column.themes}
            for item in items:
                assert item.planned_start in days, (column.name, item.planned_start)
                assert item.plan_id == column.plan_id
                assert {theme.id for theme in item.themes} <= column_themes
                assert item.channel_id == column.channel_id
                filled += 1
    assert filled >= 50


def test_work_is_due_before_publication(db: Database, demo: DemoSummary) -> None:
    with db.transaction() as session:
        items = {item.id: item for item in session.scalars(select(ContentItem))}
        assignments = list(session.scalars(select(Assignment)))
    assigned = {a.item_id for a in assignments}
    for item in items.values():
        if item.deadline is not None:
            assert item.planned_start is not None and item.deadline < item.planned_start
    for assignment in assignments:
        item = items[assignment.item_id]
        assert item.status is not ContentStatus.IDEA
        if assignment.due_date is not None:
            assert item.planned_start is not None and assignment.due_date < item.planned_start
    not_ideas = [i for i in items.values() if i.status is not ContentStatus.IDEA]
    assert sum(i.id in assigned for i in not_ideas) > 0.8 * len(not_ideas)
    assert demo.comments > 0


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables: list[Table] = [
        ContentItem.__table__,  # type: ignore[list-item]
        item_theme,
        column_theme,
        Assignment.__table__,  # type: ignore[list-item]
        Comment.__table__,  # type: ignore[list-item]
        StageTheme.__table__,  # type: ignore[list-item]
        Stage.__table__,  # type: ignore[list-item]
    ]
    with db.engine.connect() as connection:
        return {
            table.name: [
                tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))
            ]
            for table in tables
        }


def test_the_demo_is_the_same_every_time(db: Database, tmp_path: Path) -> None:
    """Built twice (and, with PostgreSQL, on both backends), the rows are identical."""
    build_demo(db)
    other = Database.open(tmp_path / "again.sqlite", actor="tester")
    try:
        build_demo(other)
        first, second = _rows(db), _rows(other)
    finally:
        other.close()
    assert len(first["content_item"]) > 150
    assert first == second


def test_the_demo_passes_edcal_check(db: Database, db_target: str, demo: DemoSummary) -> None:
    db.close()
    report = run_checks(db_target)
    assert report.ok, [r for r in report.results if not r.ok]


def test_records_can_be_added_after_the_demo(db: Database, demo: DemoSummary) -> None:
    """The demo must leave id sequences where PostgreSQL can continue them."""
    created = create_record(
        db,
        Kind.CONTENT_ITEM,
        {"title": "Bài mới sau bản demo", "format": "article", "status": "idea"},
    )
    assert created.id > demo.items


def test_a_database_with_plans_is_refused(db: Database, demo: DemoSummary) -> None:
    with pytest.raises(DemoError, match="empty database"):
        build_demo(db)
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ContentItem)) == demo.items


def test_a_single_plan_is_enough_to_refuse(db: Database) -> None:
    create_record(
        db,
        Kind.PLAN,
        {
            "number": "9/KH",
            "title": "Kế hoạch của người dùng",
            "start_date": date(2025, 1, 1),
            "end_date": date(2025, 12, 31),
        },
    )
    with pytest.raises(DemoError, match="1 plan"):
        build_demo(db)
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Milestone)) == 0
        assert session.scalar(select(func.count()).select_from(Plan)) == 1
