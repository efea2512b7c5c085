"""What happened to a record, read back from the audit log, and the comment thread of an item.

Values are logged as text (`audit.as_text`); `record_history` turns them back into what a
person reads: dates day first, choices by their English label (the UI translates those with
the context in `HistoryEntry.values_context`), references by the referenced record's name.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Table, select

from app.core.dates import format_day_first
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import FieldSpec, FieldType, Kind, spec_of
from app.core.validation import MAX_LONG_TEXT, TOO_LONG, ValidationError, problem
from app.db.models import AuditEntry, Comment, ContentItem
from app.db.snapshot import Snapshot, delete_with_snapshot, restore_snapshot
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.records import NotFoundError, labels_for
from app.services.registry import model_of

EMPTY_COMMENT = QT_TRANSLATE_NOOP("validation", "A comment needs some text.")
COMMENT_TABLE = Comment.__tablename__
ENUM_CONTEXT = "enums"


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a record's history: who did what, when, and the field's old → new text.

    `field` is None for a whole-record action (create, delete, restore); `field_label` is the
    field's English label (context "records") or None for a field the kind does not describe.
    """

    at: datetime
    actor: str
    action: str
    field: str | None
    field_label: str | None
    old: str
    new: str
    values_context: str | None = None


@dataclass(frozen=True)
class CommentData:
    id: int
    author: str
    body: str
    posted_at: datetime


@dataclass(frozen=True)
class DeletedComment:
    """What `delete_comment` removed, enough for `restore_comment` to put it back exactly."""

    comment_id: int
    snapshot: Snapshot


def _ids(text: str | None) -> list[int]:
    if not text:
        return []
    try:
        loaded = json.loads(text)
    except ValueError:
        return []
    return [int(i) for i in loaded] if isinstance(loaded, list) else []


def _ref_id(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def _plain(spec: FieldSpec | None, text: str | None, labels: dict[Kind, dict[int, str]]) -> str:
    """The logged text of one value as a person reads it."""
    if text is None:
        return ""
    if spec is None:
        return text
    try:
        if spec.type is FieldType.DATE:
            return format_day_first(date.fromisoformat(text))
        if spec.type is FieldType.TIME:
            return time.fromisoformat(text).strftime("%H:%M")
        if spec.type is FieldType.CHOICE and spec.choices is not None:
            return spec.choices(text).label
    except ValueError:
        return text
    if spec.type is FieldType.REF and spec.ref is not None:
        ref = _ref_id(text)
        return text if ref is None else labels[spec.ref].get(ref, f"#{ref}")
    if spec.type is FieldType.MULTI_REF and spec.ref is not None:
        found = labels[spec.ref]
        return ", ".join(sorted(found.get(i, f"#{i}") for i in _ids(text)))
    return text


def _field_spec(kind: Kind, name: str | None) -> FieldSpec | None:
    if name is None:
        return None
    try:
        return spec_of(kind).field(name)
    except KeyError:
        return None


def _record_name(kind: Kind, text: str | None) -> str:
    """The name a created, deleted or restored record had, from the values logged with it."""
    if not text:
        return ""
    try:
        values = json.loads(text)
    except ValueError:
        return ""
    spec = _field_spec(kind, spec_of(kind).title_field)
    if not isinstance(values, dict) or spec is None or spec.type is not FieldType.TEXT:
        return ""
    name = values.get(spec.name)
    return str(name) if name else ""


def record_history(db: Database, kind: Kind, record_id: int) -> list[HistoryEntry]:
    """Every logged change of one record, newest first, its values ready to show."""
    table = model_of(kind).__tablename__
    with db.transaction() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id.desc())
        ).all()
        wanted: dict[Kind, set[int]] = defaultdict(set)
        for entry in entries:
            spec = _field_spec(kind, entry.field)
            if spec is None or spec.ref is None:
                continue
            for text in (entry.old_value, entry.new_value):
                if spec.type is FieldType.MULTI_REF:
                    wanted[spec.ref].update(_ids(text))
                elif (ref := _ref_id(text)) is not None:
                    wanted[spec.ref].add(ref)
        labels: dict[Kind, dict[int, str]] = defaultdict(dict)
        for ref_kind, ids in wanted.items():
            labels[ref_kind] = labels_for(session, ref_kind, ids)
    result = []
    for entry in entries:
        spec = _field_spec(kind, entry.field)
        if entry.field is None:
            old = _record_name(kind, entry.old_value)
            new = _record_name(kind, entry.new_value)
        else:
            old = _plain(spec, entry.old_value, labels)
            new = _plain(spec, entry.new_value, labels)
        choice = spec is not None and spec.type is FieldType.CHOICE
        result.append(
            HistoryEntry(
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                field=entry.field,
                field_label=spec.label if spec is not None else None,
                old=old,
                new=new,
                values_context=ENUM_CONTEXT if choice else None,
            )
        )
    return result


def record_label(db: Database, kind: Kind, record_id: int) -> str | None:
    """The record's name as lists show it; None when it no longer exists."""
    with db.transaction() as session:
        return labels_for(session, kind, {record_id}).get(record_id)


def _data(comment: Comment) -> CommentData:
    return CommentData(comment.id, comment.author, comment.body, comment.posted_at)


def comments(db: Database, item_id: int) -> list[CommentData]:
    """An item's comment thread, oldest first."""
    with db.transaction() as session:
        found = session.scalars(
            select(Comment)
            .where(Comment.item_id == item_id)
            .order_by(Comment.posted_at, Comment.id)
        )
        return [_data(c) for c in found]


def add_comment(db: Database, item_id: int, body: str) -> CommentData:
    """Post a comment as `db.actor`, now; refuses empty text. Audited as a created record."""
    text = body.strip()
    if not text:
        raise ValidationError({"body": problem(EMPTY_COMMENT)})
    if len(text) > MAX_LONG_TEXT:
        raise ValidationError({"body": problem(TOO_LONG, maximum=MAX_LONG_TEXT)})
    with db.transaction() as session:
        if session.get(ContentItem, item_id) is None:
            raise NotFoundError(f"content_item {item_id} does not exist")
        audit = AuditLog(session, db.actor)
        comment = Comment(item_id=item_id, author=db.actor, body=text, posted_at=audit.at)
        session.add(comment)
        session.flush()
        audit.created(
            COMMENT_TABLE,
            comment.id,
            {"item_id": item_id, "author": db.actor, "body": text, "posted_at": audit.at},
        )
        return _data(comment)


def _comment_table() -> Table:
    table = Comment.__table__
    assert isinstance(table, Table)
    return table


def delete_comment(db: Database, comment_id: int) -> DeletedComment:
    """Delete one comment, keeping what `restore_comment` needs to undo it."""
    with db.transaction() as session:
        if session.get(Comment, comment_id) is None:
            raise NotFoundError(f"comment {comment_id} does not exist")
        snapshot = delete_with_snapshot(session.connection(), _comment_table(), [comment_id])
        audit = AuditLog(session, db.actor)
        for row in snapshot.rows.get(COMMENT_TABLE, []):
            audit.deleted(COMMENT_TABLE, row["id"], row)
    return DeletedComment(comment_id, snapshot)


def restore_comment(db: Database, deleted: DeletedComment) -> None:
    """Undo `delete_comment`: the same row, id, author and moment as before."""
    with db.transaction() as session:
        restore_snapshot(session.connection(), deleted.snapshot)
        audit = AuditLog(session, db.actor)
        for row in deleted.snapshot.rows.get(COMMENT_TABLE, []):
            audit.restored(COMMENT_TABLE, row["id"], row)
