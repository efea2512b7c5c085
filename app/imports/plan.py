"""The dry run: what importing a file would create, update and skip, and what it rejects.

Nothing is written. Each record is matched to the database by its key (`external_id`, or for
a UID this database gave one of its own rows in an export, that row's id: app.core.uids): a new
key is created, a known key is updated with the fields the file gives that differ, or skipped
when none differ. References by name (plan, channel, column) are looked up; the record is
checked by the same rules as the editor (app.core.validation).

Workflow: an import never moves a piece along the screening path. A new content item is
created as "idea", or "planned" when it has a date; a status the file gives is kept only when
it is one of those two, otherwise the item is created as above and a note says so. An update
never changes the status. So nothing is scheduled or published without approval.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.core import uids
from app.core.enums import ContentStatus
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import FieldType, Kind, spec_of
from app.core.text import fold
from app.core.uids import exported_uid
from app.core.validation import validate
from app.db.models import Channel, Outlet
from app.imports.budgets import Budget, Deadline
from app.imports.bulk import collector_paused
from app.imports.problems import (
    AMBIGUOUS_REF,
    DUPLICATE_KEY,
    SAME_AS,
    SOFT_REF_MISSING,
    STATUS_KEPT,
    STATUS_NOT_IMPORTED,
    UNCHANGED,
    UNKNOWN_REF,
    Origin,
    Problem,
    Rejection,
    problem,
    worded,
)
from app.imports.source import FIELDS, ImportSource, SourceRecord
from app.services.database import Database
from app.services.database_identity import read_database_uid
from app.services.registry import model_of

MAX_KEY = 1000  # external_id's length in the schema
_CHUNK = 500
_FIRST_STATUSES = (ContentStatus.IDEA, ContentStatus.PLANNED)
_REF_WHAT = {
    "plan_id": QT_TRANSLATE_NOOP("validation", "plan"),
    "channel_id": QT_TRANSLATE_NOOP("validation", "channel"),
    "column_id": QT_TRANSLATE_NOOP("validation", "column"),
}
_UID_WHAT = {Kind.CONTENT_ITEM: uids.ITEM, Kind.MILESTONE: uids.MILESTONE}


class Action(Enum):
    CREATE = "create"
    UPDATE = "update"


@dataclass(frozen=True)
class PlannedRecord:
    """A record the import would write: all its values (create) or the changed ones (update)."""

    action: Action
    origin: Origin
    key: str
    values: dict[str, Any]
    record_id: int | None = None  # update: the record, read at `version`
    version: int | None = None
    before: dict[str, Any] = field(default_factory=dict)  # update: the changed fields' old values
    notes: tuple[Problem, ...] = ()
    rule: str | None = None


@dataclass(frozen=True)
class Skipped:
    origin: Origin
    reason: Problem
    record_id: int | None = None


@dataclass(frozen=True)
class ImportPlan:
    """A dry run's answer, and what `apply_plan` writes."""

    file: str
    kind: Kind
    records: tuple[PlannedRecord, ...]
    skipped: tuple[Skipped, ...]
    rejections: tuple[Rejection, ...]

    @property
    def created(self) -> tuple[PlannedRecord, ...]:
        return tuple(r for r in self.records if r.action is Action.CREATE)

    @property
    def updated(self) -> tuple[PlannedRecord, ...]:
        return tuple(r for r in self.records if r.action is Action.UPDATE)

    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "skipped": len(self.skipped),
            "rejected": len(self.rejections),
        }


def stored_key(key: str) -> str:
    """The key as `external_id` holds it: long keys (some UIDs are) are hashed to fit."""
    if len(key) <= MAX_KEY:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


class _References:
    """Plans, channels and columns by folded name (a plan by its number too); a channel also
    by its outlet's name, which tells apart two outlets' channels of the same name."""

    def __init__(self, session: Session, kinds: Iterable[Kind]) -> None:
        self.names: dict[Kind, dict[str, list[tuple[int, str]]]] = {}
        for kind in kinds:
            model = model_of(kind)
            lookup: dict[str, list[tuple[int, str]]] = {}
            rows: list[tuple[int, tuple[str, ...], str]]
            if kind is Kind.CHANNEL:
                query = select(Channel.id, Channel.name, Outlet.name).join(Outlet)
                rows = [(r[0], (r[1],), r[2]) for r in session.execute(query)]
            else:
                columns = ("number", "title") if kind is Kind.PLAN else ("name",)
                query = select(model.id, *(getattr(model, c) for c in columns))
                rows = [(r[0], tuple(r[1:]), "") for r in session.execute(query)]
            for record_id, names, outlet in rows:
                for name in names:
                    entries = lookup.setdefault(fold(str(name)).strip(), [])
                    if all(record_id != e[0] for e in entries):
                        entries.append((record_id, fold(outlet).strip()))
            self.names[kind] = lookup

    def find(self, kind: Kind, name: str, outlet: str | None = None) -> int | Problem:
        entries = self.names[kind].get(fold(name).strip(), [])
        if outlet and len(entries) > 1:
            entries = [e for e in entries if e[1] == fold(outlet).strip()] or entries
        what = _REF_WHAT[_field_of(kind)]
        if not entries:
            return worded(UNKNOWN_REF, ("what",), what=what, value=name)
        if len(entries) > 1:
            return worded(AMBIGUOUS_REF, ("what",), what=what, value=name, count=len(entries))
        return entries[0][0]


def _field_of(kind: Kind) -> str:
    return {Kind.PLAN: "plan_id", Kind.CHANNEL: "channel_id", Kind.COLUMN: "column_id"}[kind]


def _own_ids(kind: Kind, keys: Iterable[str], database: str | None) -> dict[int, str]:
    """Record id → key, for the keys that are this database's own UIDs of rows of `kind`."""
    what = _UID_WHAT.get(kind)
    if database is None or what is None:
        return {}
    found: dict[int, str] = {}
    for key in keys:
        exported = exported_uid(key)
        if exported is not None and exported.what == what and exported.database == database:
            found[exported.record_id] = key
    return found


def _existing(
    session: Session, kind: Kind, keys: list[str], database: str | None
) -> dict[str, dict[str, Any]]:
    """The rows the keys name: by external id, or (a UID this database gave a row of its own,
    app.core.uids) by id, when that row still has no external id and so still has that UID."""
    table = model_of(kind).__table__
    assert isinstance(table, Table)
    names = ["id", "version", "external_id", *_stored_fields(kind)]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        query = select(*(table.c[n] for n in names)).where(table.c.external_id.in_(chunk))
        for row in session.execute(query):
            found[row.external_id] = dict(row._mapping)
    own = _own_ids(kind, (key for key in keys if key not in found), database)
    ids = sorted(own)
    for start in range(0, len(ids), _CHUNK):
        query = select(*(table.c[n] for n in names)).where(
            table.c.id.in_(ids[start : start + _CHUNK]), table.c.external_id.is_(None)
        )
        for row in session.execute(query):
            found[own[row.id]] = dict(row._mapping)
    return found


def _stored_fields(kind: Kind) -> list[str]:
    refs = ["plan_id", "channel_id", "column_id"] if kind is Kind.CONTENT_ITEM else []
    return [*FIELDS[kind], *refs]


def _defaults(kind: Kind, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of a new record: the file's values, the spec's defaults for the rest."""
    full: dict[str, Any] = {}
    for spec in spec_of(kind).fields:
        if spec.type is FieldType.MULTI_REF:
            continue
        value = values.get(spec.name)
        if value is None and spec.name not in values:
            value = spec.default
        if value is None and spec.required and spec.default is not None:
            value = spec.default
        full[spec.name] = value
    if kind is Kind.MILESTONE and full.get("end_date") is None:
        full["end_date"] = full.get("start_date")
    return full


def _status_for_new(
    values: dict[str, Any], given: ContentStatus | None, notes: list[Problem]
) -> None:
    default = ContentStatus.PLANNED if values.get("planned_start") else ContentStatus.IDEA
    if given in _FIRST_STATUSES:
        values["status"] = given
        return
    if given is not None:
        notes.append(problem(STATUS_NOT_IMPORTED, value=given.label, used=default.label))
    values["status"] = default


@dataclass
class _Planner:
    session: Session
    source: ImportSource
    refs: _References
    existing: dict[str, dict[str, Any]]
    records: list[PlannedRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    seen: dict[str, tuple[SourceRecord, dict[str, Any]]] = field(default_factory=dict)

    def resolve(self, record: SourceRecord, notes: list[Problem]) -> dict[str, Any] | None:
        values = {
            # Plain text only: enum members are strings too, and must stay members.
            name: (value.strip() or None) if type(value) is str else value
            for name, value in record.values.items()
        }
        for name, text in record.refs.items():
            found = self.refs.find(_REF_KINDS[name], text, record.outlet)
            if isinstance(found, Problem):
                self.rejections.append(Rejection(record.origin, _REF_WHAT[name], found))
                return None
            values[name] = found
        for name, text in record.soft_refs.items():
            if name in values:
                continue
            found = self.refs.find(_REF_KINDS[name], text, record.outlet)
            if isinstance(found, Problem):
                notes.append(worded(SOFT_REF_MISSING, ("what",), what=_REF_WHAT[name], value=text))
            else:
                values[name] = found
        return values

    def reject_all(self, origin: Origin, problems: Mapping[str, Problem]) -> None:
        for name, reason in problems.items():
            self.rejections.append(Rejection(origin, name, reason))

    def plan(self, record: SourceRecord) -> None:
        if record.skip is not None:
            self.skipped.append(Skipped(record.origin, record.skip))
            return
        notes = list(record.notes)
        values = self.resolve(record, notes)
        if values is None:
            return
        key = stored_key(record.key)
        if key in self.seen:
            first, first_values = self.seen[key]
            if first_values == values:
                self.skipped.append(Skipped(record.origin, problem(SAME_AS, other=first.origin)))
            else:
                reason = problem(DUPLICATE_KEY, key=record.key[:200], other=first.origin)
                self.rejections.append(Rejection(record.origin, None, reason))
            return
        self.seen[key] = (record, values)
        row = self.existing.get(key)
        if row is None:
            self.create(record, key, values, notes)
        else:
            self.update(record, key, values, row, notes)

    def create(
        self, record: SourceRecord, key: str, values: dict[str, Any], notes: list[Problem]
    ) -> None:
        kind = self.source.kind
        full = _defaults(kind, values)
        if kind is Kind.CONTENT_ITEM:
            _status_for_new(full, values.get("status"), notes)
        problems = validate(kind, full)
        if problems:
            self.reject_all(record.origin, problems)
            return
        full["external_id"] = key
        self.records.append(
            PlannedRecord(
                Action.CREATE, record.origin, key, full, notes=tuple(notes), rule=record.rule
            )
        )

    def update(
        self,
        record: SourceRecord,
        key: str,
        values: dict[str, Any],
        row: dict[str, Any],
        notes: list[Problem],
    ) -> None:
        kind = self.source.kind
        given_status = values.pop("status", None)
        if given_status is not None and given_status != row["status"]:
            notes.append(problem(STATUS_KEPT, current=row["status"].label))
        changed = {name: value for name, value in values.items() if row.get(name) != value}
        if not changed:
            self.skipped.append(Skipped(record.origin, problem(UNCHANGED), row["id"]))
            return
        merged = {name: row.get(name) for name in _stored_fields(kind)} | changed
        problems = validate(kind, merged)
        if problems:
            self.reject_all(record.origin, problems)
            return
        self.records.append(
            PlannedRecord(
                Action.UPDATE,
                record.origin,
                key,
                changed,
                record_id=row["id"],
                version=row["version"],
                before={name: row.get(name) for name in changed},
                notes=tuple(notes),
                rule=record.rule,
            )
        )


_REF_KINDS = {"plan_id": Kind.PLAN, "channel_id": Kind.CHANNEL, "column_id": Kind.COLUMN}


def plan_import(db: Database, source: ImportSource, budget: Budget | None = None) -> ImportPlan:
    """What importing `source` would do now; writes nothing."""
    deadline = Deadline((budget or Budget()).seconds)
    with collector_paused(), db.transaction() as session:
        used = {
            _REF_KINDS[name]
            for record in source.records
            for name in (*record.refs, *record.soft_refs)
        }
        refs = _References(session, used)
        keys = sorted({stored_key(record.key) for record in source.records})
        existing = _existing(session, source.kind, keys, read_database_uid(session))
        planner = _Planner(session, source, refs, existing)
        for index, record in enumerate(source.records):
            if index % 512 == 0:
                deadline.check()
            planner.plan(record)
    skipped = [Skipped(origin, reason) for origin, reason in source.skipped]
    return ImportPlan(
        source.file,
        source.kind,
        tuple(planner.records),
        tuple(skipped + planner.skipped),
        tuple(source.rejections + planner.rejections),
    )
