"""The database itself refuses bad rows, whatever code writes them: Core inserts, no services."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Table, column, insert, table
from sqlalchemy.exc import IntegrityError

from app.db.base import Base
from app.db.models import (
    Channel,
    ContentItem,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    Stage,
)
from app.services.database import Database

JULY, JUNE = date(2025, 7, 1), date(2025, 6, 30)

PLAN = {
    "number": "125-KH/BTGTW",
    "title": "Đại hội XIV",
    "start_date": JUNE,
    "end_date": date(2026, 6, 30),
}
MILESTONE = {
    "kind": "congress",
    "name": "Đại hội XIV",
    "start_date": JULY,
    "end_date": JULY,
}
OUTLET = {"name": "Báo Nhân Dân", "kind": "newspaper"}
CHANNEL = {"outlet_id": 1, "name": "Nhân Dân điện tử", "kind": "web"}
ITEM = {
    "title": "Bài 1",
    "format": "article",
    "status": "idea",
    "audience": "public",
    "language": "vi",
}
STAGE = {"plan_id": 1, "name": "Trước Đại hội", "position": 1, "start_date": JULY, "end_date": JULY}


def _table(model: type[Base]) -> Table:
    found = model.__table__
    assert isinstance(found, Table)
    return found


# (what is refused, table, a row the database accepts, the change that makes it refuse, message)
CASES: list[tuple[str, Table, dict[str, Any], dict[str, Any], str]] = [
    (
        "plan ends before it starts",
        _table(Plan),
        {"number": "126-KH", "title": "Tết", "start_date": JULY, "end_date": JULY},
        {"end_date": JUNE},
        "ck_plan_end_date_not_before_start_date",
    ),
    (
        "milestone ends before it starts",
        _table(Milestone),
        {"kind": "holiday", "name": "Tết", "start_date": JULY, "end_date": JULY},
        {"end_date": JUNE},
        "ck_milestone_end_date_not_before_start_date",
    ),
    (
        "stage ends before it starts",
        _table(Stage),
        STAGE,
        {"end_date": JUNE},
        "ck_stage_end_date_not_before_start_date",
    ),
    (
        "item ends before it starts",
        _table(ContentItem),
        {**ITEM, "planned_start": JULY, "planned_end": JULY},
        {"planned_end": JUNE},
        "ck_content_item_planned_end_not_before_planned_start",
    ),
    (
        "column ends before it starts",
        _table(SpecialColumn),
        {"name": "Chuyên mục", "channel_id": 1, "cadence": "FREQ=WEEKLY", "start_date": JULY},
        {"end_date": JUNE},
        "ck_special_column_end_date_not_before_start_date",
    ),
    (
        "item without a title",
        _table(ContentItem),
        ITEM,
        {"title": None},
        r'NOT NULL constraint failed: content_item\.title|null value in column "title"',
    ),
    (
        "stage with neither an end date nor an end milestone",
        _table(Stage),
        STAGE,
        {"end_date": None},
        "ck_stage_has_end",
    ),
    (
        "stage of a plan that does not exist",
        _table(Stage),
        STAGE,
        {"plan_id": 999},
        "FOREIGN KEY constraint failed|fk_stage_plan_id_plan",
    ),
    (
        "stage ending at a milestone that does not exist",
        _table(Stage),
        {**STAGE, "end_date": None, "end_milestone_id": 1},
        {"end_milestone_id": 999},
        "FOREIGN KEY constraint failed|fk_stage_end_milestone_id_milestone",
    ),
    (
        "a second plan with the same number",
        _table(Plan),
        {**PLAN, "number": "126-KH"},
        {"number": PLAN["number"]},
        r"UNIQUE constraint failed: plan\.number|uq_plan_number",
    ),
    (
        "a second outlet with the same name",
        _table(Outlet),
        {"name": "Đài Tiếng nói Việt Nam", "kind": "broadcaster"},
        {"name": OUTLET["name"]},
        r"UNIQUE constraint failed: outlet\.name|uq_outlet_name",
    ),
    (
        "a person who can take fewer than no items a week",
        _table(Person),
        {"name": "Nguyễn Thị Lan", "weekly_capacity": 0},
        {"weekly_capacity": -1},
        "ck_person_weekly_capacity_not_negative",
    ),
]

# Typed columns would refuse an unknown enum value before the database sees it: untyped ones.
RAW_ITEM = table("content_item", *(column(name) for name in ("version", *ITEM)))
RAW_CASES = [
    ("format", "podcast", "ck_content_item_content_format"),
    ("status", "lost", "ck_content_item_content_status"),
    ("audience", "aliens", "ck_content_item_audience"),
    ("language", "fr", "ck_content_item_language"),
]


@pytest.fixture
def seeded(db: Database) -> Database:
    """A plan, a milestone, an outlet and its channel that the rows under test may point at."""
    with db.engine.begin() as connection:
        connection.execute(insert(_table(Plan)), [PLAN])
        connection.execute(insert(_table(Milestone)), [MILESTONE])
        connection.execute(insert(_table(Outlet)), [OUTLET])
        connection.execute(insert(_table(Channel)), [CHANNEL])
    return db


def _accepted(db: Database, target: Any, row: dict[str, Any]) -> None:
    """Insert `row` and roll it back: the database took it."""
    with db.engine.connect() as connection:
        connection.execute(insert(target), [row])
        connection.rollback()


def _refused(db: Database, target: Any, row: dict[str, Any], message: str) -> None:
    with pytest.raises(IntegrityError, match=message), db.engine.begin() as connection:
        connection.execute(insert(target), [row])


@pytest.mark.parametrize(
    ("target", "good", "change", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_the_database_refuses(
    seeded: Database, target: Table, good: dict[str, Any], change: dict[str, Any], message: str
) -> None:
    _accepted(seeded, target, good)
    _refused(seeded, target, {**good, **change}, message)


@pytest.mark.parametrize(("name", "value", "message"), RAW_CASES, ids=[c[0] for c in RAW_CASES])
def test_the_database_refuses_an_unknown_enum_value(
    seeded: Database, name: str, value: str, message: str
) -> None:
    good = {**ITEM, "version": 1}
    _accepted(seeded, RAW_ITEM, good)
    _refused(seeded, RAW_ITEM, {**good, name: value}, message)


def test_refused_rows_leave_nothing_behind(seeded: Database) -> None:
    for _, target, good, change, message in CASES:
        _refused(seeded, target, {**good, **change}, message)
    with seeded.engine.connect() as connection:
        counts = {
            name: connection.execute(Base.metadata.tables[name].select()).all()
            for name in ("plan", "milestone", "stage", "content_item", "special_column", "person")
        }
    assert {name: len(rows) for name, rows in counts.items()} == {
        "plan": 1,
        "milestone": 1,
        "stage": 0,
        "content_item": 0,
        "special_column": 0,
        "person": 0,
    }
