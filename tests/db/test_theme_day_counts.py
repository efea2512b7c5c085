"""theme_day_count, kept by triggers, equals a fresh count after every kind of write."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, text, update

from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import Tier
from app.db.models import ContentItem, Plan, item_theme, theme_day_count
from app.imports import ReadOptions, Window, apply_plan, plan_import, read_source, undo_import
from app.services import timeline
from app.services.database import Database
from app.services.demo import build_demo
from app.services.editing import create_record, delete_records, restore_records, update_record
from app.services.scheduling import Placement, copy_items, place_items
from app.services.theme_counts import DayThemeCounts, fresh_counts, stored_counts
from app.services.timeline import LaneBy

D1, D2, D3 = dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 4, 1)
BENCH = Path(__file__).resolve().parents[2] / "bench"


def stored(db: Database) -> DayThemeCounts:
    with db.transaction() as session:
        return stored_counts(session.connection())


def assert_fresh(db: Database) -> DayThemeCounts:
    """The stored counts, once they are shown to equal a fresh count of the items."""
    with db.transaction() as session:
        kept, fresh = stored_counts(session.connection()), fresh_counts(session.connection())
    assert kept == fresh
    return kept


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    """Two plans; themes A and B of the first, C of the second."""
    first = create_record(
        db,
        Kind.PLAN,
        {"number": "01", "title": "Một", "start_date": D1.replace(month=1, day=1),
         "end_date": dt.date(2026, 12, 31)},
    ).id  # fmt: skip
    second = create_record(
        db,
        Kind.PLAN,
        {"number": "02", "title": "Hai", "start_date": D1.replace(month=1, day=1),
         "end_date": dt.date(2026, 12, 31)},
    ).id  # fmt: skip
    themes = {
        name: create_record(db, Kind.THEME, {"plan_id": plan, "name": name}).id
        for name, plan in (("A", first), ("B", first), ("C", second))
    }
    return {"first": first, "second": second, **themes}


def item(db: Database, **values: object) -> int:
    return create_record(db, Kind.CONTENT_ITEM, {"title": "Bài", **values}).id


def test_creating_items_counts_them_per_theme_or_without_one(
    db: Database, world: dict[str, int]
) -> None:
    first, a, b = world["first"], world["A"], world["B"]
    item(db, plan_id=first, planned_start=D1, theme_ids=[a, b])
    item(db, plan_id=first, planned_start=D1, theme_ids=[a])
    item(db, plan_id=first, planned_start=D1)
    item(db, planned_start=D2)
    item(db, plan_id=first)  # unscheduled: in no day's count
    assert assert_fresh(db) == {
        (first, D1, a): 2,
        (first, D1, b): 1,
        (first, D1, 0): 1,
        (0, D2, 0): 1,
    }


def test_updates_of_day_plan_and_themes_move_the_counts(
    db: Database, world: dict[str, int]
) -> None:
    first, second, a, b, c = (world[k] for k in ("first", "second", "A", "B", "C"))
    moved = item(db, plan_id=first, planned_start=D1, theme_ids=[a, b])
    item(db, plan_id=first, planned_start=D1, theme_ids=[a])
    update_record(db, Kind.CONTENT_ITEM, moved, {"planned_start": D2})
    assert assert_fresh(db) == {(first, D1, a): 1, (first, D2, a): 1, (first, D2, b): 1}
    update_record(db, Kind.CONTENT_ITEM, moved, {"theme_ids": [b]})
    assert assert_fresh(db) == {(first, D1, a): 1, (first, D2, b): 1}
    update_record(db, Kind.CONTENT_ITEM, moved, {"theme_ids": []})
    assert assert_fresh(db) == {(first, D1, a): 1, (first, D2, 0): 1}
    update_record(db, Kind.CONTENT_ITEM, moved, {"plan_id": second, "theme_ids": [c]})
    assert assert_fresh(db) == {(first, D1, a): 1, (second, D2, c): 1}
    update_record(db, Kind.CONTENT_ITEM, moved, {"planned_start": None, "planned_end": None})
    assert assert_fresh(db) == {(first, D1, a): 1}
    update_record(db, Kind.CONTENT_ITEM, moved, {"planned_start": D3})
    assert assert_fresh(db) == {(first, D1, a): 1, (second, D3, c): 1}


def test_many_rows_changed_by_one_statement(db: Database, world: dict[str, int]) -> None:
    """Bulk Core writes, as imports and scheduling make them: each row counted once."""
    first, a, b = world["first"], world["A"], world["B"]
    ids = [item(db, plan_id=first, planned_start=D1) for _ in range(4)]
    with db.transaction() as session:
        session.execute(
            insert(item_theme),
            [{"item_id": i, "theme_id": t} for i in ids for t in (a, b)],
        )
    assert assert_fresh(db) == {(first, D1, a): 4, (first, D1, b): 4}
    with db.transaction() as session:
        session.execute(delete(item_theme).where(item_theme.c.item_id.in_(ids[:2])))
        session.execute(
            update(ContentItem).where(ContentItem.id.in_(ids[1:])).values(planned_start=D2)
        )
    assert assert_fresh(db) == {
        (first, D1, 0): 1,
        (first, D2, a): 2, (first, D2, b): 2, (first, D2, 0): 1,
    }  # fmt: skip
    with db.transaction() as session:
        session.execute(delete(ContentItem).where(ContentItem.id.in_(ids[::2])))
    assert assert_fresh(db) == {(first, D2, a): 1, (first, D2, b): 1, (first, D2, 0): 1}


def test_undoing_a_delete_restores_exactly_the_same_rows(
    db: Database, world: dict[str, int]
) -> None:
    first, a, b = world["first"], world["A"], world["B"]
    gone = [
        item(db, plan_id=first, planned_start=D1, theme_ids=[a, b]),
        item(db, plan_id=first, planned_start=D2),
    ]
    item(db, plan_id=first, planned_start=D1, theme_ids=[a])
    before = assert_fresh(db)
    deleted = delete_records(db, Kind.CONTENT_ITEM, gone)
    assert assert_fresh(db) == {(first, D1, a): 1}
    restore_records(db, deleted)
    assert assert_fresh(db) == before


def test_deleting_a_theme_or_a_plan_and_undoing_it(db: Database, world: dict[str, int]) -> None:
    first, a, b = world["first"], world["A"], world["B"]
    item(db, plan_id=first, planned_start=D1, theme_ids=[a, b])
    item(db, plan_id=first, planned_start=D1, theme_ids=[a])
    before = assert_fresh(db)
    theme_gone = delete_records(db, Kind.THEME, [a])
    assert assert_fresh(db) == {(first, D1, b): 1, (first, D1, 0): 1}
    restore_records(db, theme_gone)
    assert assert_fresh(db) == before
    plan_gone = delete_records(db, Kind.PLAN, [first])  # its themes go, its items stay
    assert assert_fresh(db) == {(0, D1, 0): 2}
    restore_records(db, plan_gone)
    assert assert_fresh(db) == before


def test_scheduling_and_copying(db: Database, world: dict[str, int]) -> None:
    first, a = world["first"], world["A"]
    source = item(db, plan_id=first, planned_start=D1, theme_ids=[a])
    before = place_items(db, [Placement(source, D2)])
    assert assert_fresh(db) == {(first, D2, a): 1}
    copy_items(db, [Placement(source, D3)])
    assert assert_fresh(db) == {(first, D2, a): 1, (first, D3, a): 1}
    place_items(db, before, check=False)
    assert assert_fresh(db) == {(first, D1, a): 1, (first, D3, a): 1}


def test_an_import_and_its_undo(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART;VALUE=DATE:20260119\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\nDTSTART;VALUE=DATE:20260120\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    options = ReadOptions(
        kind=Kind.CONTENT_ITEM, window=Window(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    )
    applied = apply_plan(db, plan_import(db, read_source(path, options)))
    counts = assert_fresh(db)
    assert sum(counts.values()) == 4
    undo_import(db, applied)
    assert assert_fresh(db) == {}


def _schema_objects(db: Database) -> set[str]:
    """The triggers (and on PostgreSQL their functions) of theme_day_count."""
    if db.engine.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = (
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            " UNION SELECT proname FROM pg_proc WHERE proname LIKE 'theme_day_count%'"
        )
    with db.engine.connect() as connection:
        return {name for (name,) in connection.execute(text(query))}


def test_the_migration_fills_the_table_and_its_downgrade_drops_it(db: Database) -> None:
    from app.db.migrate import downgrade_to, upgrade_to_head

    build_demo(db)
    demo = assert_fresh(db)
    assert len(demo) > 100
    kept = _schema_objects(db)
    assert {"theme_day_count_item_update", "theme_day_count_link_delete"} <= kept
    downgrade_to(db.engine, "0007")
    assert _schema_objects(db) == set()
    with db.engine.connect() as connection:
        assert not db.engine.dialect.has_table(connection, "theme_day_count")
    upgrade_to_head(db.engine)
    assert _schema_objects(db) == kept
    assert stored(db) == demo
    with db.transaction() as session:
        moved = session.scalars(
            select(ContentItem.id).where(ContentItem.planned_start < D1)
        ).first()
    assert moved is not None
    update_record(db, Kind.CONTENT_ITEM, moved, {"planned_start": D1, "planned_end": None})
    assert assert_fresh(db) != demo  # the triggers are back, and count the move


# The timeline reads the counts: the same results as counting the items themselves


def _old_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "_sums_theme_days", lambda lane_by, flt: False)


def _timeline_results(db: Database, plan_id: int) -> list[object]:
    with db.transaction() as session:
        start, end = session.execute(
            select(Plan.start_date, Plan.end_date).where(Plan.id == plan_id)
        ).one()
    found: list[object] = []
    for flt in (ItemFilter(plan_id=plan_id), ItemFilter()):
        for tier in (Tier.DAY, Tier.WEEK, Tier.MONTH, Tier.QUARTER):
            found.append(timeline.density(db, start, end, LaneBy.THEME, tier, flt))
    for lane_by in (LaneBy.THEME, LaneBy.CHANNEL):
        found.append(timeline.coverage(db, plan_id, lane_by, ItemFilter(plan_id=plan_id)))
        found.append(timeline.coverage(db, plan_id, lane_by))
    return found


def _compare_with_old_queries(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.transaction() as session:
        plans = session.scalars(select(Plan.id).order_by(Plan.id)).all()
    assert plans
    for plan_id in plans:
        new = _timeline_results(db, plan_id)
        with monkeypatch.context() as patched:
            _old_counts(patched)
            old = _timeline_results(db, plan_id)
        assert new == old
    assert any(cells for cells in new[:4])  # the comparison is of counts, not of nothing


def test_the_timeline_counts_the_demo_as_before(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_demo(db)
    _compare_with_old_queries(db, monkeypatch)


def test_the_timeline_counts_the_bench_data_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("bench_data", BENCH / "data.py")
    assert spec is not None and spec.loader is not None
    data = importlib.util.module_from_spec(spec)
    sys.modules["bench_data"] = data
    spec.loader.exec_module(data)
    db = data.build_items(
        tmp_path / "bench.sqlite", 3_000, 20261124, dt.date(2024, 10, 1), dt.date(2026, 6, 30)
    )
    try:
        assert_fresh(db)
        _compare_with_old_queries(db, monkeypatch)
        with db.transaction() as session:
            assert session.scalar(select(text("count(*)")).select_from(theme_day_count)) > 0
    finally:
        db.close()
