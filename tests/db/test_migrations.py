"""Migrations: empty to head and back, models equal migrations, old files upgrade, newer refused."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, inspect, select, text

from app.core.records import Kind
from app.db.base import Base
from app.db.engine import make_engine, sqlite_path
from app.db.migrate import (
    MIGRATIONS_DIR,
    SchemaTooNewError,
    alembic_config,
    current_revision,
    downgrade_to,
    head_revision,
)
from app.services.database import Database
from app.services.records import get_record, list_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMA_0001 = FIXTURES / "schema_0001.db"

Rows = dict[str, list[dict[str, Any]]]


def _fixture_maker() -> ModuleType:
    """The script that made `schema_0001.db`, loaded from its file (tests/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "make_schema_0001", FIXTURES / "make_schema_0001.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = _fixture_maker()


@pytest.fixture
def engine(db_target: str) -> Iterator[Engine]:
    """An engine on an empty database, on each backend."""
    engine = make_engine(db_target)
    yield engine
    engine.dispose()


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _schema_diffs(engine: Engine) -> list[Any]:
    """What autogenerate would write to bring the database to the models; [] when equal."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, Base.metadata))


def _dump(engine: Engine) -> Rows:
    """Every row of every table (reflected, so any revision), ordered by primary key."""
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {
            table.name: [
                dict(row._mapping)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in metadata.sorted_tables
            if table.name != "alembic_version"
        }


def _raw_dump(path: Path) -> Rows:
    """Every row of a SQLite file as stored (text dates), read without SQLAlchemy."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: [dict(row) for row in connection.execute(f"SELECT * FROM {name} ORDER BY rowid")]
            for name in names
        }
    finally:
        connection.close()


def _sqlite_pragma(path: Path, pragma: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.execute(f"PRAGMA {pragma}"))
    finally:
        connection.close()


def _like(rows: Rows, model: Rows) -> Rows:
    """`rows` cut down to the tables and columns of `model`: what a later schema kept of it."""
    shaped: Rows = {}
    for name, found in model.items():
        columns = {column for row in found for column in row}
        shaped[name] = [{k: v for k, v in row.items() if k in columns} for row in rows[name]]
    return shaped


def _without(rows: Rows, table: str, column: str) -> Rows:
    return {
        name: [
            {k: v for k, v in row.items() if not (name == table and k == column)} for row in found
        ]
        for name, found in rows.items()
    }


def test_one_linear_history_ending_at_head() -> None:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert script.get_heads() == [head_revision()]
    assert [rev.revision for rev in script.walk_revisions("base", "0009")] == [
        "0009",
        "0008",
        "0007",
        "0006",
        "0005",
        "0004",
        "0003",
        "0002",
        "0001",
    ]


def test_empty_to_head_to_base_and_back(engine: Engine) -> None:
    config = alembic_config(engine)
    every_table = set(Base.metadata.tables) | {"alembic_version"}

    command.upgrade(config, "head")
    assert current_revision(engine) == head_revision()
    assert _tables(engine) == every_table

    command.downgrade(config, "base")
    assert current_revision(engine) is None
    assert _tables(engine) == {"alembic_version"}
    if engine.dialect.name == "postgresql":
        assert inspect(engine).get_sequence_names() == []

    command.upgrade(config, "head")
    assert current_revision(engine) == head_revision()
    assert _tables(engine) == every_table
    assert _schema_diffs(engine) == []


def _diff_names(engine: Engine) -> list[tuple[str, str]]:
    """Each difference as (operation, name); a column is named table.column."""
    names = []
    for diff in _schema_diffs(engine):
        if diff[0] == "add_column":
            names.append((diff[0], f"{diff[2]}.{diff[3].name}"))
        else:
            names.append((diff[0], diff[1].name))
    return names


def test_models_equal_migrations_at_head(db: Database) -> None:
    assert _schema_diffs(db.engine) == []


def test_the_comparison_sees_a_column_the_migrations_lack(db: Database) -> None:
    """The check above is not blind: back at 0001, the later column and indexes are missing."""
    several_days = [("add_index", "ix_content_item_several_days")]
    downgrade_to(db.engine, "0008")
    assert _diff_names(db.engine) == several_days
    theme_day_counts = [("add_table", "theme_day_count"), *several_days]
    downgrade_to(db.engine, "0007")
    assert sorted(_diff_names(db.engine)) == sorted(theme_day_counts)
    external_ids = [
        ("add_column", "content_item.external_id"),
        ("add_column", "milestone.external_id"),
        ("add_index", "ix_content_item_external_id"),
        ("add_index", "ix_milestone_external_id"),
        ("add_table", "app_setting"),
        *theme_day_counts,
    ]
    downgrade_to(db.engine, "0006")
    assert sorted(_diff_names(db.engine)) == sorted(external_ids)
    calendar_indexes = [
        *external_ids,
        ("add_index", "ix_content_item_day_order"),
        ("add_index", "ix_content_item_end_start"),
    ]
    downgrade_to(db.engine, "0005")
    assert sorted(_diff_names(db.engine)) == sorted(calendar_indexes)
    downgrade_to(db.engine, "0004")
    assert sorted(_diff_names(db.engine)) == sorted(
        [
            *calendar_indexes,
            ("add_table", "column_exception"),
        ]
    )
    downgrade_to(db.engine, "0003")
    assert sorted(_diff_names(db.engine)) == sorted(
        [
            *calendar_indexes,
            ("add_index", "ix_content_item_plan_start"),
            ("add_table", "column_exception"),
        ]
    )
    downgrade_to(db.engine, "0002")
    assert sorted(_diff_names(db.engine)) == sorted(
        [
            *calendar_indexes,
            ("add_index", "ix_content_item_plan_start"),
            ("add_index", "ix_content_item_planned_end"),
            ("add_table", "column_exception"),
        ]
    )
    downgrade_to(db.engine, "0001")
    diffs = _schema_diffs(db.engine)
    assert ("add_column", "person", "weekly_capacity") in [
        (d[0], d[2], d[3].name) for d in diffs if d[0] == "add_column"
    ]


def test_weekly_capacity_is_checked_under_its_conventional_name(db: Database) -> None:
    inspector = inspect(db.engine)
    checks = {c["name"]: c["sqltext"] for c in inspector.get_check_constraints("person")}
    assert "ck_person_weekly_capacity_not_negative" in checks
    assert "weekly_capacity >= 0" in checks["ck_person_weekly_capacity_not_negative"]
    column = next(c for c in inspector.get_columns("person") if c["name"] == "weekly_capacity")
    assert column["nullable"] is False
    assert "5" in str(column["default"])


def test_0002_keeps_every_row_up_and_down(engine: Engine) -> None:
    """Rows of schema 0001 survive 0001 → 0002 → 0001 unchanged, on each backend."""
    config = alembic_config(engine)
    command.upgrade(config, "0001")
    with engine.begin() as connection:
        MAKER.insert_rows(connection)
    before = _dump(engine)
    assert {name: len(rows) for name, rows in before.items() if rows} == {
        name: len(rows) for name, rows in MAKER.ROWS
    }

    command.upgrade(config, "0002")
    upgraded = _dump(engine)
    assert [row["weekly_capacity"] for row in upgraded["person"]] == [5, 5]
    assert _without(upgraded, "person", "weekly_capacity") == before

    command.downgrade(config, "0001")
    assert _dump(engine) == before
    assert "weekly_capacity" not in {c["name"] for c in inspect(engine).get_columns("person")}


def test_schema_0001_fixture_is_what_its_script_makes(tmp_path: Path) -> None:
    """The committed file is the released schema 0001 with the script's rows, nothing else."""
    fresh = MAKER.make(tmp_path / "fresh.db")

    def schema(path: Path) -> list[tuple[Any, ...]]:
        connection = sqlite3.connect(path)
        try:
            return list(
                connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
            )
        finally:
            connection.close()

    assert schema(SCHEMA_0001) == schema(fresh)
    assert _raw_dump(SCHEMA_0001) == _raw_dump(fresh)
    assert _raw_dump(SCHEMA_0001)["alembic_version"] == [{"version_num": "0001"}]


def test_opening_a_0001_file_backs_it_up_then_upgrades_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "calendar.db"
    shutil.copyfile(SCHEMA_0001, path)
    original = _raw_dump(path)

    database = Database.open(path, actor="tester")
    try:
        assert database.migration is not None
        assert database.migration.from_revision == "0001"
        assert database.migration.to_revision == head_revision()
        backup = database.migration.backup
        person = get_record(database, Kind.PERSON, 1)
        items = list_records(database, Kind.CONTENT_ITEM)
    finally:
        database.close()
    assert person.values["name"] == "Nguyễn Thị Lan"
    assert person.values["weekly_capacity"] == 5
    assert sorted(row.values["title"] for row in items) == [
        "Bài 1: Dấu ấn 40 năm Đổi mới",
        "Phỏng vấn đại biểu trẻ",
    ]

    # The backup: next to the file, a sound SQLite database still at 0001 with the same rows.
    assert backup is not None and backup.exists()
    assert backup.parent == path.parent and backup != path
    assert _sqlite_pragma(backup, "integrity_check") == [("ok",)]
    assert _raw_dump(backup) == original

    # The file itself: at head, every row kept as it was, references intact.
    upgraded = _raw_dump(path)
    assert upgraded["alembic_version"] == [{"version_num": head_revision()}]
    assert [row["weekly_capacity"] for row in upgraded["person"]] == [5, 5]
    kept = _like(upgraded, original)
    assert kept.pop("alembic_version") == [{"version_num": head_revision()}]
    assert kept == {name: rows for name, rows in original.items() if name != "alembic_version"}
    assert _sqlite_pragma(path, "foreign_key_check") == []
    assert _sqlite_pragma(path, "integrity_check") == [("ok",)]

    # Opening it again finds it at head: nothing to do, no second backup.
    again = Database.open(path, actor="tester")
    again.close()
    assert again.migration is not None and again.migration.backup is None
    assert sorted(p.name for p in tmp_path.iterdir() if ".backup-" in p.name) == [backup.name]


def test_a_newer_schema_is_refused_and_left_alone(db_target: str) -> None:
    Database.open(db_target, actor="tester").close()
    engine = make_engine(db_target)
    path = sqlite_path(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d9999'"))
    tables_before = _tables(engine)
    engine.dispose()
    files_before = sorted(p.name for p in path.parent.iterdir()) if path else []
    bytes_before = path.read_bytes() if path else b""

    with pytest.raises(SchemaTooNewError) as refused:
        Database.open(db_target, actor="tester")

    message = str(refused.value)
    assert "f00d9999" in message
    assert "newer" in message
    assert head_revision() in message
    if path is not None:  # not a byte changed, no backup or journal left beside it
        assert path.read_bytes() == bytes_before
        assert sorted(p.name for p in path.parent.iterdir()) == files_before
    engine = make_engine(db_target)
    try:
        assert current_revision(engine) == "f00d9999"
        assert _tables(engine) == tables_before
    finally:
        engine.dispose()
