"""Writing a planned import in one transaction, and undoing or redoing it as one step.

`apply_plan` inserts the new records in bulk (SQLAlchemy Core, one statement for all rows) and
updates the changed ones only if nobody changed them since the dry run (else `StalePlanError`,
and nothing is written). It returns an `AppliedImport`: the ids it created and each updated
record's values before and after, which is what `undo_import` and `redo_import` need. Undo
deletes the created records with a snapshot (app.db.snapshot), so redo puts back the same
rows with the same ids, and anything that came to depend on them. Everything is audited.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.core.records import Kind
from app.db.models import AuditEntry
from app.db.snapshot import Snapshot, delete_with_snapshot, restore_snapshot
from app.imports.bulk import collector_paused
from app.imports.plan import ImportPlan
from app.services.audit import as_text
from app.services.database import Database
from app.services.registry import model_of

# Ids per DELETE … WHERE id IN (…): below SQLite's limit on bound variables.
_CHUNK = 5_000


class PlanHasRejectionsError(Exception):
    """The plan rejects some records and the import is all or nothing."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} record(s) rejected: nothing was imported")
        self.count = count


class StalePlanError(Exception):
    """The database changed since the dry run (a record was edited, or a key imported by
    someone else); nothing was written: plan again."""


@dataclass(frozen=True)
class UpdatedRecord:
    id: int
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True)
class AppliedImport:
    """What one import wrote; hold it in the undo command and replace it after each step."""

    kind: Kind
    file: str
    created_ids: tuple[int, ...]
    updated: tuple[UpdatedRecord, ...]
    # Filled by undo: the created rows (and what came to depend on them), for redo.
    removed: Snapshot | None = None


def _table(kind: Kind) -> Table:
    table = model_of(kind).__table__
    assert isinstance(table, Table)
    return table


class _Audit:
    """Audit rows for one step, written in one statement (the ORM log adds them one by one)."""

    def __init__(self, actor: str, table: str) -> None:
        self.actor = actor
        self.table = table
        self.at = datetime.now().replace(microsecond=0)
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        action: str,
        record_id: int,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        table: str | None = None,
    ) -> None:
        self.rows.append(
            {
                "at": self.at,
                "actor": self.actor,
                "action": action,
                "table_name": table or self.table,
                "record_id": record_id,
                "field": field,
                "old_value": as_text(old),
                "new_value": as_text(new),
            }
        )

    def changes(self, action_id: int, values: dict[str, Any], old: dict[str, Any]) -> None:
        for name, new in values.items():
            self.add("update", action_id, name, old.get(name), new)

    def write(self, connection: Connection) -> None:
        if self.rows:
            table = AuditEntry.__table__
            assert isinstance(table, Table)
            connection.execute(insert(table), self.rows)


def _set_values(
    connection: Connection,
    table: Table,
    record_id: int,
    values: dict[str, Any],
    version: int | None,
) -> bool:
    statement = update(table).where(table.c.id == record_id)
    if version is not None:
        statement = statement.where(table.c.version == version)
    result = connection.execute(statement.values(**values, version=table.c.version + 1))
    return result.rowcount == 1


def apply_plan(db: Database, plan: ImportPlan, skip_invalid: bool = False) -> AppliedImport:
    """Write the plan in one transaction. With rejections, nothing is written unless
    `skip_invalid` (then the valid records are imported and the rejected ones left out)."""
    if plan.rejections and not skip_invalid:
        raise PlanHasRejectionsError(len(plan.rejections))
    table = _table(plan.kind)
    audit = _Audit(db.actor, table.name)
    created = plan.created
    updated: list[UpdatedRecord] = []
    with collector_paused(), db.transaction() as session:
        connection = session.connection()
        ids: list[int] = []
        if created:
            try:
                connection.execute(insert(table), [{**r.values, "version": 1} for r in created])
            except IntegrityError as error:
                raise StalePlanError(str(error.orig)[:200]) from None
            # One executemany, no RETURNING (which SQLite runs row by row when the order of
            # the ids must be kept); the keys are unique, so they find the new ids.
            ids = _ids_of(connection, table, [r.key for r in created])
            for record_id, record in zip(ids, created, strict=True):
                audit.add("create", record_id, new=record.values)
        for record in plan.updated:
            assert record.record_id is not None
            if not _set_values(connection, table, record.record_id, record.values, record.version):
                raise StalePlanError(
                    f"{plan.kind.value} {record.record_id} changed since the dry run"
                )
            audit.changes(record.record_id, record.values, record.before)
            updated.append(UpdatedRecord(record.record_id, record.before, record.values))
        audit.write(connection)
    return AppliedImport(plan.kind, plan.file, tuple(ids), tuple(updated))


def _ids_of(connection: Connection, table: Table, keys: list[str]) -> list[int]:
    found: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        query = select(table.c.external_id, table.c.id).where(table.c.external_id.in_(chunk))
        found.update((row.external_id, row.id) for row in connection.execute(query))
    return [found[key] for key in keys]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _merge(parts: Iterable[Snapshot]) -> Snapshot:
    merged = Snapshot()
    for part in parts:
        for name, rows in part.rows.items():
            merged.rows.setdefault(name, []).extend(rows)
        merged.cleared.extend(part.cleared)
    return merged


def undo_import(db: Database, applied: AppliedImport) -> AppliedImport:
    """Take the import back: delete what it created, put back what it changed."""
    table = _table(applied.kind)
    audit = _Audit(db.actor, table.name)
    with db.transaction() as session:
        connection = session.connection()
        removed = _merge(
            delete_with_snapshot(connection, table, chunk) for chunk in _chunks(applied.created_ids)
        )
        for name, rows in removed.rows.items():
            for row in rows:
                if "id" in row:
                    audit.add("delete", row["id"], old=row, table=name)
        for record in applied.updated:
            _set_values(connection, table, record.id, record.before, None)
            audit.changes(record.id, record.before, record.after)
        audit.write(connection)
    return dataclasses.replace(applied, removed=removed)


def redo_import(db: Database, applied: AppliedImport) -> AppliedImport:
    """Do an undone import again: the same rows, with the same ids, and the same changes."""
    if applied.removed is None:
        raise ValueError("redo_import needs an import that undo_import took back")
    table = _table(applied.kind)
    audit = _Audit(db.actor, table.name)
    with db.transaction() as session:
        connection = session.connection()
        restore_snapshot(connection, applied.removed)
        for name, rows in applied.removed.rows.items():
            for row in rows:
                if "id" in row:
                    audit.add("restore", row["id"], new=row, table=name)
        for record in applied.updated:
            _set_values(connection, table, record.id, record.after, None)
            audit.changes(record.id, record.after, record.before)
        audit.write(connection)
    return dataclasses.replace(applied, removed=None)
