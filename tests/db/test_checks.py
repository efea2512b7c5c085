"""`edcal check`: a sound database passes, each kind of damage is named, and nothing is written."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.enums import (
    Audience,
    ChannelKind,
    ContentFormat,
    ContentStatus,
    Language,
    MilestoneKind,
    OutletKind,
)
from app.db.migrate import current_revision, downgrade_to, head_revision
from app.db.models import (
    Channel,
    ContentItem,
    Milestone,
    Outlet,
    Plan,
    SpecialColumn,
    Stage,
    StageTheme,
    Theme,
)
from app.services import checks
from app.services.checks import (
    CADENCES,
    DOMAIN,
    FOREIGN_KEYS,
    INTEGRITY,
    SCHEMA,
    SPANS,
    STAGE_ENDS,
    STAGES_IN_PLANS,
    THEME_DAY_COUNTS,
    THEME_PLANS,
    CheckError,
    CheckReport,
    MissingDatabaseError,
    run_checks,
)
from app.services.database import Database

Ids = dict[str, int]


def fill_sample(db: Database) -> Ids:
    """Two plans, a stage ending on a date and one ending at a milestone, a column, an item."""
    with db.transaction() as session:
        plan_a = Plan(
            number="1/KH",
            title="Kế hoạch A",
            start_date=date(2024, 1, 1),
            end_date=date(2024, 12, 31),
        )
        plan_b = Plan(
            number="2/KH",
            title="Kế hoạch B",
            start_date=date(2024, 1, 1),
            end_date=date(2024, 12, 31),
        )
        theme_a = Theme(plan=plan_a, name="Chủ đề A", color="#c0392b")
        theme_b = Theme(plan=plan_b, name="Chủ đề B", color="#2471a3")
        congress = Milestone(
            kind=MilestoneKind.CONGRESS,
            name="Đại hội",
            start_date=date(2024, 6, 28),
            end_date=date(2024, 6, 30),
        )
        stage_1 = Stage(
            plan=plan_a,
            name="Giai đoạn 1",
            position=1,
            start_date=date(2024, 1, 1),
            end_date=date(2024, 5, 31),
        )
        stage_2 = Stage(
            plan=plan_a,
            name="Đến Đại hội",
            position=2,
            start_date=date(2024, 6, 1),
            end_milestone=congress,
        )
        outlet = Outlet(name="Báo Hànộimới", kind=OutletKind.NEWSPAPER)
        channel = Channel(outlet=outlet, name="hanoimoi.vn", kind=ChannelKind.WEB)
        session.add_all([plan_a, plan_b, theme_a, theme_b, congress, stage_1, stage_2, channel])
        session.flush()
        column = SpecialColumn(
            name="Hướng tới Đại hội",
            channel=channel,
            plan_id=plan_a.id,
            cadence="FREQ=WEEKLY;BYDAY=MO,TH",
            start_date=date(2024, 1, 1),
            themes=[theme_a],
        )
        item = ContentItem(
            title="Niềm tin mới, động lực mới",
            format=ContentFormat.ARTICLE,
            status=ContentStatus.PLANNED,
            plan_id=plan_a.id,
            channel_id=channel.id,
            audience=Audience.PUBLIC,
            language=Language.VI,
            planned_start=date(2024, 3, 4),
            themes=[theme_a],
        )
        session.add_all([column, item])
        session.add(StageTheme(stage_id=stage_1.id, theme_id=theme_a.id, target_count=3))
        session.flush()
        return {
            "plan_a": plan_a.id,
            "plan_b": plan_b.id,
            "theme_a": theme_a.id,
            "theme_b": theme_b.id,
            "milestone": congress.id,
            "stage_1": stage_1.id,
            "stage_2": stage_2.id,
            "channel": channel.id,
            "column": column.id,
            "item": item.id,
        }


def failed(report: CheckReport) -> set[str]:
    return {result.name for result in report.results if not result.ok}


def details(report: CheckReport, name: str) -> str:
    return "\n".join(report.result(name).details)


def file_state(path: Path) -> tuple[str, list[str]]:
    """The database's bytes and the files next to it: what a check must leave alone."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, sorted(p.name for p in path.parent.iterdir())


def test_an_empty_database_passes(db: Database, db_target: str) -> None:
    report = run_checks(db_target)
    assert report.ok
    assert [r.name for r in report.results] == [
        SCHEMA,
        INTEGRITY,
        FOREIGN_KEYS,
        SPANS,
        STAGE_ENDS,
        STAGES_IN_PLANS,
        THEME_PLANS,
        CADENCES,
        THEME_DAY_COUNTS,
    ]


def test_a_sound_database_with_records_passes(db: Database, db_target: str) -> None:
    fill_sample(db)
    report = run_checks(db_target)
    assert report.ok, [r for r in report.results if not r.ok]
    assert all(r.ok for r in report.results)


def test_postgresql_reports_file_checks_as_not_applicable(db: Database, db_target: str) -> None:
    report = run_checks(db_target)
    integrity = report.result(INTEGRITY)
    if db.engine.dialect.name == "sqlite":
        assert integrity.details == []
    else:
        assert integrity.ok and "not applicable" in integrity.details[0]
        assert "not applicable" in report.result(FOREIGN_KEYS).details[0]


Corruption = Callable[[Database, Ids], None]


def _sql(statement: str) -> Corruption:
    """A change the application would refuse, written past it with plain SQL."""

    def corrupt(db: Database, ids: Ids) -> None:
        with db.engine.begin() as connection:
            connection.execute(text(statement.format(**ids)))

    return corrupt


# Each case: what is broken, the one check that must fail, and what its detail must name.
ON_EVERY_BACKEND: dict[str, tuple[Corruption, str, str]] = {
    "stage ends after its plan": (
        _sql("UPDATE stage SET end_date = '2025-03-31' WHERE id = {stage_1}"),
        STAGES_IN_PLANS,
        "stage {stage_1}: ends 31/03/2025, after its plan {plan_a} ends 31/12/2024",
    ),
    "stage starts before its plan": (
        _sql("UPDATE stage SET start_date = '2023-12-01' WHERE id = {stage_1}"),
        STAGES_IN_PLANS,
        "stage {stage_1}: starts 01/12/2023, before its plan {plan_a} starts 01/01/2024",
    ),
    "end milestone moved past the plan": (
        _sql(
            "UPDATE milestone SET start_date = '2025-01-10', end_date = '2025-01-15' "
            "WHERE id = {milestone}"
        ),
        STAGES_IN_PLANS,
        "stage {stage_2}: ends 15/01/2025, after its plan {plan_a}",
    ),
    "end milestone moved before the stage": (
        _sql(
            "UPDATE milestone SET start_date = '2024-05-01', end_date = '2024-05-02' "
            "WHERE id = {milestone}"
        ),
        SPANS,
        "stage {stage_2}: ends with milestone {milestone} on 02/05/2024, before it starts",
    ),
    "theme of another plan on an item": (
        _sql("INSERT INTO item_theme (item_id, theme_id) VALUES ({item}, {theme_b})"),
        THEME_PLANS,
        "content_item {item}: theme {theme_b} “Chủ đề B” belongs to plan {plan_b}, "
        "but its plan {plan_a}",
    ),
    "theme of another plan on a column": (
        _sql("INSERT INTO special_column_theme (column_id, theme_id) VALUES ({column}, {theme_b})"),
        THEME_PLANS,
        "special_column {column}: theme {theme_b}",
    ),
    "theme of another plan emphasised by a stage": (
        _sql(
            "INSERT INTO stage_theme (stage_id, theme_id, target_count) "
            "VALUES ({stage_2}, {theme_b}, 1)"
        ),
        THEME_PLANS,
        "stage {stage_2}: theme {theme_b}",
    ),
    "theme on an item without a plan": (
        _sql("UPDATE content_item SET plan_id = NULL WHERE id = {item}"),
        THEME_PLANS,
        "content_item {item}: theme {theme_a} “Chủ đề A” belongs to plan {plan_a}, "
        "but it has no plan",
    ),
    "bad cadence": (
        _sql("UPDATE special_column SET cadence = 'FREQ=SOMETIMES' WHERE id = {column}"),
        CADENCES,
        "special_column {column}: cadence “FREQ=SOMETIMES” cannot be used",
    ),
    "a theme day count off by one": (
        _sql("UPDATE theme_day_count SET item_count = item_count + 1"),
        THEME_DAY_COUNTS,
        "theme_day_count (plan {plan_a}, 04/03/2024, theme {theme_a}): holds 2, the items give 1",
    ),
    "a theme day count missing": (
        _sql("DELETE FROM theme_day_count"),
        THEME_DAY_COUNTS,
        "theme_day_count (plan {plan_a}, 04/03/2024, theme {theme_a}): holds 0, the items give 1",
    ),
    "a theme day count of no item": (
        _sql(
            "INSERT INTO theme_day_count (plan_id, day, theme_id, item_count) "
            "VALUES (0, '2024-03-05', 0, 1)"
        ),
        THEME_DAY_COUNTS,
        "theme_day_count (no plan, 05/03/2024, no theme): holds 1, the items give 0",
    ),
    "planned end without a start": (
        _sql("UPDATE content_item SET planned_start = NULL, planned_end = '2024-03-05'"),
        SPANS,
        "content_item {item}: has a planned end but no planned start",
    ),
}


@pytest.mark.parametrize("case", list(ON_EVERY_BACKEND))
def test_each_broken_rule_is_caught_and_named(db: Database, db_target: str, case: str) -> None:
    corrupt, check, detail = ON_EVERY_BACKEND[case]
    ids = fill_sample(db)
    corrupt(db, ids)
    report = run_checks(db_target)
    assert not report.ok
    assert failed(report) == {check}
    assert detail.format(**ids) in details(report, check)


def _raw_sqlite(*statements: str) -> Corruption:
    """SQLite alone lets a connection switch off its constraints: damage only a file can have."""

    def corrupt(db: Database, ids: Ids) -> None:
        connection = sqlite3.connect(db.location, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute("PRAGMA ignore_check_constraints = ON")
            for statement in statements:
                connection.execute(statement.format(**ids))
        finally:
            connection.close()

    return corrupt


ON_SQLITE: dict[str, tuple[Corruption, set[str], str]] = {
    "plan ends before it starts": (
        _raw_sqlite("UPDATE plan SET end_date = '2023-06-30' WHERE id = {plan_b}"),
        {SPANS},
        "plan {plan_b}: end_date 30/06/2023 is before start_date 01/01/2024",
    ),
    "item ends before it starts": (
        _raw_sqlite("UPDATE content_item SET planned_end = '2024-03-01' WHERE id = {item}"),
        {SPANS},
        "content_item {item}: planned_end 01/03/2024 is before planned_start 04/03/2024",
    ),
    "stage without an end": (
        _raw_sqlite("UPDATE stage SET end_date = NULL WHERE id = {stage_1}"),
        {STAGE_ENDS},
        "stage {stage_1} “Giai đoạn 1”: has neither an end date nor an end milestone",
    ),
    "dangling foreign key": (
        _raw_sqlite("UPDATE content_item SET channel_id = 999 WHERE id = {item}"),
        {FOREIGN_KEYS},
        "content_item {item}: channel_id = 999 refers to a channel row that does not exist",
    ),
    "dangling link row": (
        _raw_sqlite("INSERT INTO item_theme (item_id, theme_id) VALUES ({item}, 999)"),
        {FOREIGN_KEYS},
        "item_theme (item_id={item}, theme_id=999): theme_id = 999 refers to a theme row",
    ),
    "end milestone deleted": (
        _raw_sqlite("DELETE FROM milestone WHERE id = {milestone}"),
        {FOREIGN_KEYS, STAGE_ENDS},
        "stage {stage_2}: ends at milestone {milestone}, which does not exist",
    ),
    "index out of step with its table": (
        _raw_sqlite(
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_content_item_status "
            "ON content_item (title)' WHERE name = 'ix_content_item_status'",
            "PRAGMA writable_schema = OFF",
        ),
        {INTEGRITY},
        "missing from index ix_content_item_status",
    ),
}


@pytest.mark.parametrize("case", list(ON_SQLITE))
def test_damage_only_sqlite_allows_is_caught(sqlite_db: Database, case: str) -> None:
    corrupt, checks_failing, detail = ON_SQLITE[case]
    ids = fill_sample(sqlite_db)
    sqlite_db.close()
    corrupt(sqlite_db, ids)
    report = run_checks(sqlite_db.location)
    assert failed(report) == checks_failing
    assert any(detail.format(**ids) in details(report, name) for name in checks_failing)


def test_details_are_capped(sqlite_db: Database) -> None:
    ids = fill_sample(sqlite_db)
    values = ", ".join(f"({ids['item']}, {1000 + n})" for n in range(checks.MAX_DETAILS + 5))
    sqlite_db.close()
    _raw_sqlite(f"INSERT INTO item_theme (item_id, theme_id) VALUES {values}")(sqlite_db, ids)
    result = run_checks(sqlite_db.location).result(FOREIGN_KEYS)
    assert len(result.details) == checks.MAX_DETAILS + 1
    assert result.details[-1] == "… and 5 more"


def test_a_check_writes_nothing(sqlite_db: Database) -> None:
    fill_sample(sqlite_db)
    sqlite_db.close()
    path = Path(sqlite_db.location)
    before = file_state(path)
    assert run_checks(path).ok
    assert file_state(path) == before


def test_a_check_reads_through_a_live_wal(sqlite_db: Database) -> None:
    """While the application has the file open, recent changes sit in the WAL, not the file."""
    ids = fill_sample(sqlite_db)
    _sql("UPDATE special_column SET cadence = 'FREQ=NEVER' WHERE id = {column}")(sqlite_db, ids)
    assert Path(sqlite_db.location + "-wal").stat().st_size > 0
    report = run_checks(sqlite_db.location)
    assert failed(report) == {CADENCES}


def test_an_emptied_schema_fails_and_is_not_upgraded(db: Database, db_target: str) -> None:
    downgrade_to(db.engine, "base")
    report = run_checks(db_target)
    assert failed(report) == {SCHEMA, DOMAIN}
    assert "no schema revision" in details(report, SCHEMA)
    assert "not checked" in details(report, DOMAIN)
    assert current_revision(db.engine) is None


def test_a_schema_behind_head_fails_and_is_not_upgraded(
    db: Database, db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend this application knows a newer revision than the database's."""
    at = head_revision()
    monkeypatch.setattr(checks, "head_revision", lambda: "9999_future")
    report = run_checks(db_target)
    assert failed(report) == {SCHEMA, DOMAIN}
    assert f"schema {at} is behind head 9999_future" in details(report, SCHEMA)
    assert current_revision(db.engine) == at


def test_a_schema_newer_than_the_application_fails(db: Database, db_target: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    report = run_checks(db_target)
    assert "schema f00d is newer than this application knows" in details(report, SCHEMA)
    assert not report.ok


def test_a_missing_file_is_an_error_and_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    with pytest.raises(MissingDatabaseError, match="no such database file"):
        run_checks(missing)
    with pytest.raises(FileNotFoundError):
        run_checks(f"sqlite:///{missing}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [b"not a database at all\n" * 10, None])
def test_what_is_not_a_database_is_an_error(tmp_path: Path, content: bytes | None) -> None:
    target = tmp_path / "notes.sqlite"
    if content is None:
        target.mkdir()
    else:
        target.write_bytes(content)
    with pytest.raises(CheckError):
        run_checks(target)


def test_an_empty_file_is_not_an_edcal_database(tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite"
    target.touch()
    report = run_checks(target)
    assert failed(report) == {SCHEMA, DOMAIN}
    assert target.stat().st_size == 0


def test_a_cadence_with_interval_zero_is_caught(sqlite_db: Database) -> None:
    """dateutil parses INTERVAL=0 happily; expanding it would never end."""
    from app.services.demo import build_demo

    build_demo(sqlite_db)
    with sqlite_db.transaction() as session:
        session.execute(text("UPDATE special_column SET cadence = 'FREQ=WEEKLY;INTERVAL=0'"))
    report = run_checks(str(sqlite_db.location))
    details = report.result(CADENCES).details
    assert not report.ok
    assert details and all("INTERVAL" in line for line in details)
