"""Creating, changing, deleting and restoring records: one transaction each, all audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import FieldType, Kind, spec_of
from app.core.validation import ValidationError, problem
from app.db.models import Theme
from app.db.snapshot import Snapshot, StillReferencedError, delete_with_snapshot, restore_snapshot
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.due_dates import ItemMove, follow_moves, with_default_due
from app.services.records import RecordData, load, read_values
from app.services.registry import KIND_OF_TABLE, MULTI_REF_RELATIONSHIPS, model_of
from app.services.rules import problems_in
from app.services.special_pages import follow_milestone, follow_page

WORKFLOW_OWNED = QT_TRANSLATE_NOOP(
    "validation", "The status changes only through the screening workflow (Edit → Set status)."
)


class ConflictError(Exception):
    """Someone saved the record after it was read; `current` is what the database holds now."""

    def __init__(self, current: RecordData) -> None:
        super().__init__(f"{current.kind.value} {current.id} was changed by someone else")
        self.current = current


class InUseError(Exception):
    """The record cannot be deleted while other records depend on it."""

    def __init__(self, kind: Kind | None, table: str, count: int) -> None:
        super().__init__(f"still used by {count} record(s) of {table}")
        self.kind = kind
        self.count = count


@dataclass(frozen=True)
class DeletedRecords:
    """What a delete removed, enough for `restore_records` to put it back exactly."""

    kind: Kind
    ids: tuple[int, ...]
    snapshot: Snapshot


def normalise(kind: Kind, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as stored: stripped text, empty as None, enum members, sorted id lists."""
    result: dict[str, Any] = {}
    for spec in spec_of(kind).fields:
        value = values.get(spec.name, spec.default)
        if isinstance(value, str):
            value = value.strip() or None
        if spec.type is FieldType.CHOICE and value is not None and spec.choices is not None:
            value = spec.choices(value)
        if spec.type is FieldType.MULTI_REF:
            value = sorted(set(value or []))
        result[spec.name] = value
    return result


def _apply(session: Session, kind: Kind, record: Any, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if spec_of(kind).field(name).type is FieldType.MULTI_REF:
            related = [session.get(Theme, i) for i in value]
            setattr(record, MULTI_REF_RELATIONSHIPS[name], related)
        else:
            setattr(record, name, value)


def _checked(
    session: Session, kind: Kind, values: Mapping[str, Any], record_id: int | None
) -> None:
    problems = problems_in(session, kind, values, record_id)
    if problems:
        raise ValidationError(problems)


def validate_record(
    db: Database, kind: Kind, values: Mapping[str, Any], record_id: int | None = None
) -> dict[str, Any]:
    """The problems `values` would be refused for; an empty dict when they would be saved."""
    with db.transaction() as session:
        return dict(problems_in(session, kind, normalise(kind, values), record_id))


def create_record(
    db: Database, kind: Kind, values: Mapping[str, Any], record_id: int | None = None
) -> RecordData:
    """Insert a record (with `record_id` when redoing a create, so later steps still match)."""
    clean = normalise(kind, values)
    with db.transaction() as session:
        if kind is Kind.ASSIGNMENT:
            clean = with_default_due(session, clean)
        _checked(session, kind, clean, None)
        record = model_of(kind)()
        if record_id is not None:
            record.id = record_id
        _apply(session, kind, record, clean)
        session.add(record)
        session.flush()
        AuditLog(session, db.actor).created(model_of(kind).__tablename__, record.id, clean)
        return RecordData(kind, record.id, record.version, read_values(kind, record))


def update_record(
    db: Database,
    kind: Kind,
    record_id: int,
    values: Mapping[str, Any],
    expected_version: int | None = None,
) -> tuple[RecordData, RecordData]:
    """Change the given fields; returns the record before and after. Checks the version read."""
    with db.transaction() as session:
        record = load(session, kind, record_id)
        before = RecordData(kind, record.id, record.version, read_values(kind, record))
        if expected_version is not None and record.version != expected_version:
            raise ConflictError(before)
        clean = {**before.values, **normalise(kind, {**before.values, **values})}
        changed = {k: val for k, val in clean.items() if before.values.get(k) != val}
        if not changed:
            return before, before
        owned = [k for k in changed if spec_of(kind).field(k).first_choices is not None]
        if owned:
            raise ValidationError({k: problem(WORKFLOW_OWNED) for k in owned})
        _checked(session, kind, clean, record_id)
        _apply(session, kind, record, changed)
        if any(spec_of(kind).field(k).type is FieldType.MULTI_REF for k in changed):
            record.version += 1  # relationship changes alone do not bump the counter
        try:
            session.flush()
        except StaleDataError as error:
            session.rollback()
            raise ConflictError(before) from error
        audit = AuditLog(session, db.actor)
        for name, new in changed.items():
            audit.changed(model_of(kind).__tablename__, record_id, name, before.values[name], new)
        _follow(session, audit, kind, record_id, before.values, clean, changed)
        after = RecordData(kind, record.id, record.version, read_values(kind, record))
        return before, after


def _follow(
    session: Session,
    audit: AuditLog,
    kind: Kind,
    record_id: int,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    changed: Mapping[str, Any],
) -> None:
    """What moves with a changed record, in its unit of work (so one undo takes it all back):
    a special page's items with its milestone or offset, default due dates with their item."""
    if kind is Kind.MILESTONE and "start_date" in changed:
        follow_milestone(session, audit, record_id, before["start_date"], after["start_date"])
    elif kind is Kind.SPECIAL_PAGE and changed.keys() & {"milestone_id", "offset_days"}:
        follow_page(session, audit, record_id, before, after)
    elif kind is Kind.CONTENT_ITEM and "planned_start" in changed:
        move = ItemMove(record_id, before["planned_start"], after["planned_start"])
        follow_moves(session, audit, [move])


def delete_records(db: Database, kind: Kind, ids: Sequence[int]) -> DeletedRecords:
    """Delete records and what depends on them; refuse when another record still needs them."""
    table = model_of(kind).__table__
    assert isinstance(table, Table)
    with db.transaction() as session:
        try:
            snapshot = delete_with_snapshot(session.connection(), table, ids)
        except StillReferencedError as error:
            raise InUseError(KIND_OF_TABLE.get(error.table), error.table, error.count) from error
        audit = AuditLog(session, db.actor)
        for name, rows in snapshot.rows.items():
            for row in rows:
                if "id" in row:
                    audit.deleted(name, row["id"], row)
    return DeletedRecords(kind, tuple(ids), snapshot)


def restore_records(db: Database, deleted: DeletedRecords) -> None:
    """Undo a delete: the same rows, ids and references as before it."""
    with db.transaction() as session:
        restore_snapshot(session.connection(), deleted.snapshot)
        audit = AuditLog(session, db.actor)
        for name in deleted.snapshot.rows:
            for row in deleted.snapshot.rows[name]:
                if "id" in row:
                    audit.restored(name, row["id"], row)
