"""Reading records as plain data for lists, editors and choice boxes; views never see ORM rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.dates import format_day_first
from app.core.enums import LabelledEnum
from app.core.records import FieldType, Kind, spec_of
from app.core.text import fold
from app.services.database import Database
from app.services.registry import MULTI_REF_RELATIONSHIPS, label_of, model_of


@dataclass(frozen=True)
class RecordRow:
    """One line of a list: raw values of the listed fields, and the text shown for references."""

    id: int
    version: int
    values: dict[str, Any]
    labels: dict[str, str]
    search_key: str


@dataclass(frozen=True)
class RecordData:
    """Everything an editor shows for one record, with the version it was read at."""

    kind: Kind
    id: int
    version: int
    values: dict[str, Any]


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    end: date | None = None  # for dated records (milestones): the last day


class NotFoundError(Exception):
    """The record is gone (deleted by someone else, or by an undo)."""


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, date):
        return format_day_first(value)
    return str(value)


def labels_for(session: Session, kind: Kind, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    model = model_of(kind)
    rows = session.scalars(select(model).where(model.id.in_(ids)))
    return {row.id: label_of(kind, row) for row in rows}


def _list_query(kind: Kind, where: Mapping[str, Any] | None) -> Select[Any]:
    model = model_of(kind)
    table = model.__table__
    names = ["id", "version", *(f.name for f in spec_of(kind).list_fields)]
    if spec_of(kind).title_field not in names:
        names.append(spec_of(kind).title_field)
    query = select(*(table.c[name] for name in names))
    for name, value in (where or {}).items():
        query = query.where(table.c[name] == value)
    return query


def list_records(
    db: Database, kind: Kind, where: Mapping[str, Any] | None = None, text: str = ""
) -> list[RecordRow]:
    """The records of `kind` matching `where` (column equals value) and the folded `text`."""
    spec = spec_of(kind)
    with db.transaction() as session:
        raw = [dict(r._mapping) for r in session.execute(_list_query(kind, where))]
        ref_fields = [f for f in spec.list_fields if f.type is FieldType.REF and f.ref]
        names = {
            f.name: labels_for(session, f.ref, {r[f.name] for r in raw if r[f.name] is not None})
            for f in ref_fields
            if f.ref is not None
        }
    rows = []
    for values in raw:
        labels = {name: lookup.get(values[name], "") for name, lookup in names.items()}
        shown = [labels.get(f.name, _text_of(values[f.name])) for f in spec.list_fields]
        key = fold(" ".join(shown))
        if text and not all(word in key for word in fold(text).split()):
            continue
        record_id, version = values.pop("id"), values.pop("version")
        rows.append(RecordRow(record_id, version, values, labels, key))
    return rows


def read_values(kind: Kind, record: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for spec in spec_of(kind).fields:
        if spec.type is FieldType.MULTI_REF:
            related = getattr(record, MULTI_REF_RELATIONSHIPS[spec.name])
            values[spec.name] = sorted(r.id for r in related)
        else:
            values[spec.name] = getattr(record, spec.name)
    return values


def load(session: Session, kind: Kind, record_id: int) -> Any:
    record = session.get(model_of(kind), record_id)
    if record is None:
        raise NotFoundError(f"{kind.value} {record_id} does not exist")
    return record


def get_record(db: Database, kind: Kind, record_id: int) -> RecordData:
    with db.transaction() as session:
        record = load(session, kind, record_id)
        return RecordData(kind, record.id, record.version, read_values(kind, record))


def choices(db: Database, kind: Kind, scope: Mapping[str, Any] | None = None) -> list[Choice]:
    """Records a reference field may point at, by label; `scope` narrows them (same plan)."""
    model = model_of(kind)
    with db.transaction() as session:
        query = select(model)
        for name, value in (scope or {}).items():
            query = query.where(getattr(model, name) == value)
        found = [
            Choice(r.id, label_of(kind, r), getattr(r, "end_date", None))
            for r in session.scalars(query)
        ]
    return sorted(found, key=lambda c: fold(c.label))
