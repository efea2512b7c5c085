"""`edcal check`: says whether a database is sound, without migrating or changing it.

A SQLite file is opened read-only (`immutable=1`, or `mode=ro` while a WAL file holds pages not
yet in the database), so even a bug here cannot write to it; PostgreSQL is read in a read-only
transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, case, or_, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import aliased

from app.core.dates import format_day_first
from app.core.recurrence import validate_rule
from app.db.base import Base
from app.db.engine import is_sqlite, make_engine
from app.db.migrate import current_revision, head_revision, is_known_revision
from app.db.models import (
    NO_PLAN,
    NO_THEME,
    ContentItem,
    Milestone,
    Plan,
    SpecialColumn,
    Stage,
    StageTheme,
    Theme,
    column_theme,
    item_theme,
)
from app.services.theme_counts import fresh_counts, stored_counts

SCHEMA = "schema at head"
INTEGRITY = "integrity"
FOREIGN_KEYS = "foreign keys"
SPANS = "spans end on or after their start"
STAGE_ENDS = "stages have an end"
STAGES_IN_PLANS = "stages lie inside their plan"
THEME_PLANS = "themes belong to the record's plan"
CADENCES = "column cadences are valid RRULEs"
THEME_DAY_COUNTS = "the timeline's theme counts equal the items"
DOMAIN = "domain rules"

MAX_DETAILS = 50
_SQLITE_MAGIC = b"SQLite format 3\x00"


class CheckError(Exception):
    """The target cannot be checked at all (missing, not a database, unreachable)."""


class MissingDatabaseError(CheckError, FileNotFoundError):
    """The file does not exist; it is not created, as opening it normally would."""


@dataclass(frozen=True)
class CheckResult:
    """One named check: whether it holds, and one line per record that breaks it."""

    name: str
    ok: bool
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckReport:
    target: str
    results: list[CheckResult]

    @property
    def ok(self) -> bool:
        return all(result.ok for result in self.results)

    def result(self, name: str) -> CheckResult:
        return next(result for result in self.results if result.name == name)


# --- Opening without writing ------------------------------------------------------------------


def _sqlite_file(target: str | Path) -> Path | None:
    """The file a target names, or None for a server URL."""
    text_target = str(target)
    if "://" not in text_target:
        return Path(text_target).expanduser()
    url = make_url(text_target)
    if url.get_backend_name() != "sqlite":
        return None
    if not url.database or url.database == ":memory:":
        raise CheckError(f"{text_target}: give a database file to check")
    return Path(url.database).expanduser()


def _read_only_url(path: Path) -> str:
    if not path.is_file():
        if path.exists():
            raise CheckError(f"{path}: not a file")
        raise MissingDatabaseError(f"{path}: no such database file")
    with path.open("rb") as file:
        header = file.read(100)
    if header and not header.startswith(_SQLITE_MAGIC):
        raise CheckError(f"{path}: not a SQLite database")
    # With no WAL sidecar every committed page is in the file itself, so it can be read as
    # immutable: no locks, no -shm/-wal files left behind. A live WAL must be read through.
    wal = path.with_name(path.name + "-wal")
    live_wal = header[18:20] == b"\x02\x02" and wal.exists()
    query = {"mode": "ro", "uri": "true"} if live_wal else {"immutable": "1", "uri": "true"}
    url = URL.create("sqlite", database=path.resolve().as_uri(), query=query)
    return url.render_as_string(hide_password=False)


def _open(target: str | Path) -> Engine:
    path = _sqlite_file(target)
    engine = make_engine(_read_only_url(path) if path is not None else target)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        engine.dispose()
        raise CheckError(f"{target}: cannot open the database: {error}") from error
    return engine


def _connect(engine: Engine) -> Connection:
    connection = engine.connect()
    if not is_sqlite(engine):
        connection = connection.execution_options(postgresql_readonly=True)
    return connection


# --- Helpers ----------------------------------------------------------------------------------


def _result(name: str, details: list[str]) -> CheckResult:
    """Failures are capped so a broken database of 100,000 rows still gives a readable report."""
    if len(details) > MAX_DETAILS:
        details = [*details[:MAX_DETAILS], f"… and {len(details) - MAX_DETAILS} more"]
    return CheckResult(name, not details, details)


def _day(value: Any) -> str:
    return format_day_first(value) if isinstance(value, date) else str(value)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


# --- Schema and storage -----------------------------------------------------------------------


def check_schema(engine: Engine) -> CheckResult:
    current, head = current_revision(engine), head_revision()
    if current == head:
        return CheckResult(SCHEMA, True)
    if current is None:
        detail = f"no schema revision: an empty or non-edcal database (head is {head})"
    elif is_known_revision(current):
        detail = (
            f"schema {current} is behind head {head}; "
            "`edcal migrate FILE` upgrades it (keeping a backup)"
        )
    else:
        detail = f"schema {current} is newer than this application knows (head {head})"
    return CheckResult(SCHEMA, False, [detail])


def check_integrity(connection: Connection) -> CheckResult:
    rows = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    return _result(INTEGRITY, [] if rows == ["ok"] else rows)


def _fk_columns(connection: Connection, table: str) -> dict[int, list[str]]:
    columns: dict[int, list[str]] = {}
    for row in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
        columns.setdefault(int(row[0]), []).append(str(row[3]))
    return columns


def _row_label(connection: Connection, table: str, rowid: Any) -> str:
    """`stage 3` for a table with an id, `item_theme (item_id=5, theme_id=9)` for a link table."""
    known = Base.metadata.tables.get(table)
    keys = [column.name for column in known.primary_key.columns] if known is not None else []
    if keys == ["id"] or not keys or rowid is None:
        return f"{table} {rowid}"
    names = ", ".join(f'"{key}"' for key in keys)
    row = connection.exec_driver_sql(
        f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)
    ).one()
    return f"{table} ({', '.join(f'{k}={v}' for k, v in zip(keys, row, strict=True))})"


def check_foreign_keys(connection: Connection) -> CheckResult:
    details = []
    lists: dict[str, dict[int, list[str]]] = {}
    for table, rowid, parent, fkid in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        columns = lists.setdefault(table, _fk_columns(connection, table)).get(int(fkid), ["?"])
        quoted = ", ".join(f'"{column}"' for column in columns)
        values = connection.exec_driver_sql(
            f'SELECT {quoted} FROM "{table}" WHERE rowid = ?', (rowid,)
        ).one()
        shown = ", ".join(f"{c} = {v}" for c, v in zip(columns, values, strict=True))
        label = _row_label(connection, table, rowid)
        details.append(f"{label}: {shown} refers to a {parent} row that does not exist")
    return _result(FOREIGN_KEYS, details)


def _not_applicable(name: str, why: str) -> CheckResult:
    return CheckResult(name, True, [f"not applicable on PostgreSQL ({why})"])


# --- Domain rules -----------------------------------------------------------------------------


def check_spans(connection: Connection) -> CheckResult:
    """Stored ends before starts, and a stage whose end milestone now falls before the stage."""
    details = []
    spans = (
        (Plan, "start_date", "end_date"),
        (Milestone, "start_date", "end_date"),
        (Stage, "start_date", "end_date"),
        (SpecialColumn, "start_date", "end_date"),
        (ContentItem, "planned_start", "planned_end"),
    )
    for model, start_name, end_name in spans:
        table = _table(model)
        start, end = table.c[start_name], table.c[end_name]
        for row_id, first, last in connection.execute(
            select(table.c.id, start, end).where(end < start).order_by(table.c.id)
        ):
            details.append(
                f"{table.name} {row_id}: {end_name} {_day(last)} is before "
                f"{start_name} {_day(first)}"
            )
    items = _table(ContentItem)
    for (row_id,) in connection.execute(
        select(items.c.id)
        .where(items.c.planned_end.is_not(None), items.c.planned_start.is_(None))
        .order_by(items.c.id)
    ):
        details.append(f"content_item {row_id}: has a planned end but no planned start")
    milestone = aliased(Milestone)
    for row_id, first, milestone_id, last in connection.execute(
        select(Stage.id, Stage.start_date, milestone.id, milestone.end_date)
        .join(milestone, Stage.end_milestone_id == milestone.id)
        .where(milestone.end_date < Stage.start_date)
        .order_by(Stage.id)
    ):
        details.append(
            f"stage {row_id}: ends with milestone {milestone_id} on {_day(last)}, "
            f"before it starts on {_day(first)}"
        )
    return _result(SPANS, details)


def check_stage_ends(connection: Connection) -> CheckResult:
    details = []
    for row_id, name in connection.execute(
        select(Stage.id, Stage.name)
        .where(Stage.end_date.is_(None), Stage.end_milestone_id.is_(None))
        .order_by(Stage.id)
    ):
        details.append(f"stage {row_id} “{name}”: has neither an end date nor an end milestone")
    milestone = aliased(Milestone)
    for row_id, milestone_id in connection.execute(
        select(Stage.id, Stage.end_milestone_id)
        .outerjoin(milestone, Stage.end_milestone_id == milestone.id)
        .where(Stage.end_milestone_id.is_not(None), milestone.id.is_(None))
        .order_by(Stage.id)
    ):
        details.append(f"stage {row_id}: ends at milestone {milestone_id}, which does not exist")
    return _result(STAGE_ENDS, details)


def check_stages_in_plans(connection: Connection) -> CheckResult:
    """Effective end: the end milestone's end when there is one, as the planner shows it."""
    milestone = aliased(Milestone)
    effective_end = case(
        (Stage.end_milestone_id.is_not(None), milestone.end_date), else_=Stage.end_date
    )
    query = (
        select(Stage.id, Stage.start_date, effective_end, Plan.id, Plan.start_date, Plan.end_date)
        .join(Plan, Stage.plan_id == Plan.id)
        .outerjoin(milestone, Stage.end_milestone_id == milestone.id)
        .where(or_(Stage.start_date < Plan.start_date, effective_end > Plan.end_date))
        .order_by(Stage.id)
    )
    details = []
    for row_id, start, end, plan_id, plan_start, plan_end in connection.execute(query):
        if start < plan_start:
            details.append(
                f"stage {row_id}: starts {_day(start)}, before its plan {plan_id} "
                f"starts {_day(plan_start)}"
            )
        if end is not None and end > plan_end:
            details.append(
                f"stage {row_id}: ends {_day(end)}, after its plan {plan_id} ends {_day(plan_end)}"
            )
    return _result(STAGES_IN_PLANS, details)


def check_theme_plans(connection: Connection) -> CheckResult:
    links: tuple[tuple[Table, str, Table], ...] = (
        (_table(StageTheme), "stage_id", _table(Stage)),
        (column_theme, "column_id", _table(SpecialColumn)),
        (item_theme, "item_id", _table(ContentItem)),
    )
    themes = _table(Theme)
    details = []
    for link, owner_key, owner in links:
        query = (
            select(owner.c.id, owner.c.plan_id, themes.c.id, themes.c.name, themes.c.plan_id)
            .select_from(link)
            .join(owner, link.c[owner_key] == owner.c.id)
            .join(themes, link.c.theme_id == themes.c.id)
            .where(themes.c.plan_id.is_distinct_from(owner.c.plan_id))
            .order_by(owner.c.id, themes.c.id)
        )
        for row_id, plan_id, theme_id, name, theme_plan in connection.execute(query):
            own = f"its plan {plan_id}" if plan_id is not None else "it has no plan"
            details.append(
                f"{owner.name} {row_id}: theme {theme_id} “{name}” belongs to plan "
                f"{theme_plan}, but {own}"
            )
    return _result(THEME_PLANS, details)


def check_cadences(connection: Connection) -> CheckResult:
    details = []
    query = select(SpecialColumn.id, SpecialColumn.cadence, SpecialColumn.start_date).order_by(
        SpecialColumn.id
    )
    for row_id, cadence, start in connection.execute(query):
        reason = validate_rule(str(cadence), start if isinstance(start, date) else None)
        if reason is not None:
            details.append(f"special_column {row_id}: cadence “{cadence}” cannot be used: {reason}")
    return _result(CADENCES, details)


def check_theme_day_counts(connection: Connection) -> CheckResult:
    """theme_day_count is kept by triggers: a trigger dropped (a table rebuilt by hand) or
    writes made with them off would leave the timeline's counts wrong without a word."""
    kept, fresh = stored_counts(connection), fresh_counts(connection)
    details = []
    for key in sorted(kept.keys() | fresh.keys()):
        if kept.get(key, 0) != fresh.get(key, 0):
            plan_id, day, theme_id = key
            plan = f"plan {plan_id}" if plan_id != NO_PLAN else "no plan"
            theme = f"theme {theme_id}" if theme_id != NO_THEME else "no theme"
            details.append(
                f"theme_day_count ({plan}, {_day(day)}, {theme}): holds "
                f"{kept.get(key, 0)}, the items give {fresh.get(key, 0)}"
            )
    return _result(THEME_DAY_COUNTS, details)


DOMAIN_CHECKS: tuple[tuple[str, Callable[[Connection], CheckResult]], ...] = (
    (SPANS, check_spans),
    (STAGE_ENDS, check_stage_ends),
    (STAGES_IN_PLANS, check_stages_in_plans),
    (THEME_PLANS, check_theme_plans),
    (CADENCES, check_cadences),
    (THEME_DAY_COUNTS, check_theme_day_counts),
)


def _guarded(
    connection: Connection, checks: Iterable[tuple[str, Callable[[Connection], CheckResult]]]
) -> list[CheckResult]:
    """A check that cannot even run (a table gone, a column of the wrong type) fails by name
    instead of hiding the other checks' results behind a traceback."""
    results = []
    for name, check in checks:
        try:
            results.append(check(connection))
        except SQLAlchemyError as error:
            connection.rollback()
            results.append(CheckResult(name, False, [f"could not run: {error}"]))
    return results


def _checks_on(engine: Engine) -> list[CheckResult]:
    schema = check_schema(engine)
    results = [schema]
    with _connect(engine) as connection:
        if is_sqlite(engine):
            storage = ((INTEGRITY, check_integrity), (FOREIGN_KEYS, check_foreign_keys))
            results += _guarded(connection, storage)
        else:
            results += [
                _not_applicable(INTEGRITY, "a check of SQLite's file format"),
                _not_applicable(FOREIGN_KEYS, "the server enforces them on every write"),
            ]
        if schema.ok:
            results += _guarded(connection, DOMAIN_CHECKS)
        else:
            not_run = "not checked: the schema is not at head (see above)"
            results.append(CheckResult(DOMAIN, False, [not_run]))
        connection.rollback()
    return results


def run_checks(target: str | Path) -> CheckReport:
    """Check a database file or URL; raises `CheckError` when there is nothing to check."""
    engine = _open(target)
    try:
        return CheckReport(str(target), _checks_on(engine))
    finally:
        engine.dispose()
