"""Moving content items along the screening workflow: checked, all or nothing, audited.

Every status change is an audit entry (field "status", old, new, who, when); the reason given
with a change ("Returned: the figures need a source") is kept as a comment by the same person
at the same moment, which is how `status_history` finds it again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.core.enums import ContentStatus
from app.core.validation import Problem
from app.core.workflow import ALLOWED, check_transition
from app.db.models import AuditEntry, Comment, ContentItem
from app.services.audit import AuditLog
from app.services.database import Database
from app.services.records import NotFoundError

TABLE = ContentItem.__tablename__
FIELD = "status"


@dataclass(frozen=True)
class StatusChange:
    """One item's move, enough for `restore_statuses` to undo it."""

    item_id: int
    before: ContentStatus
    after: ContentStatus


@dataclass(frozen=True)
class HistoryStep:
    """One step of an item's path; `before` is None for the status it was created with."""

    at: datetime
    actor: str
    before: ContentStatus | None
    after: ContentStatus
    reason: str | None = None


class TransitionRefusedError(Exception):
    """Nothing was changed: `problems` says, per item id, why it may not move."""

    def __init__(self, problems: Sequence[tuple[int, Problem]], titles: Mapping[int, str]) -> None:
        super().__init__("; ".join(f"“{titles[i]}”: {p.render()}" for i, p in problems))
        self.problems = list(problems)
        self.titles = dict(titles)


def reason_comment(target: ContentStatus, reason: str) -> str:
    """The comment that keeps a change's reason: "Returned: <reason>"."""
    return f"{target.label}: {reason}"


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def _load(session: Session, ids: Sequence[int]) -> dict[int, ContentItem]:
    if not ids:
        return {}
    found = session.scalars(select(ContentItem).where(ContentItem.id.in_(ids)))
    items = {item.id: item for item in found}
    missing = set(ids) - set(items)
    if missing:
        raise NotFoundError(f"content items {sorted(missing)} do not exist")
    return items


def change_status(
    db: Database, item_ids: Sequence[int], target: ContentStatus, reason: str = ""
) -> list[StatusChange]:
    """Move every item to `target` in one transaction, or none if any of them may not.

    Items already at `target` are left alone (a bulk "approve" over a selection that holds
    approved items too); the result lists only the items that moved, for undo.
    """
    ids = _unique(item_ids)
    reason = reason.strip()
    with db.transaction() as session:
        items = _load(session, ids)
        moving = [items[i] for i in ids if items[i].status is not target]
        problems = [
            (item.id, found)
            for item in moving
            if (found := check_transition(item.status, target, reason)) is not None
        ]
        if problems:
            raise TransitionRefusedError(problems, {i: items[i].title for i, _ in problems})
        audit = AuditLog(session, db.actor)
        changes = []
        for item in moving:
            changes.append(StatusChange(item.id, item.status, target))
            item.status = target
            audit.changed(TABLE, item.id, FIELD, changes[-1].before, target)
            if reason:
                session.add(
                    Comment(
                        item_id=item.id,
                        author=db.actor,
                        body=reason_comment(target, reason),
                        posted_at=audit.at,
                    )
                )
        session.flush()  # bumps each item's version; a concurrent edit fails here
        return changes


def restore_statuses(db: Database, changes: Sequence[StatusChange]) -> None:
    """Undo `change_status`: each item back to its `before`, unchecked (it was there), audited.

    The comment holding a return's reason stays: the return happened, and the history says so.
    """
    with db.transaction() as session:
        items = _load(session, _unique(c.item_id for c in changes))
        audit = AuditLog(session, db.actor)
        for change in reversed(changes):
            item = items[change.item_id]
            if item.status is not change.before:
                audit.changed(TABLE, item.id, FIELD, item.status, change.before)
                item.status = change.before
        session.flush()


def allowed_for(db: Database, item_ids: Sequence[int]) -> tuple[ContentStatus, ...]:
    """The statuses every one of the items may be moved to, in workflow order.

    An item already at a status does not keep it off the menu, since `change_status` leaves
    it alone, unless every item is there (a move that would change nothing is not offered).
    """
    ids = _unique(item_ids)
    with db.transaction() as session:
        current = {item.status for item in _load(session, ids).values()}
    if not current:
        return ()
    return tuple(
        target
        for target in ContentStatus
        if current != {target} and all(s is target or target in ALLOWED[s] for s in current)
    )


def _created_status(entry: AuditEntry) -> ContentStatus | None:
    values = json.loads(entry.new_value) if entry.new_value else {}
    status = values.get(FIELD) if isinstance(values, dict) else None
    return ContentStatus(status) if status else None


def status_history(db: Database, item_id: int) -> list[HistoryStep]:
    """Every status the item has had, oldest first: who moved it, when, and why if said."""
    with db.transaction() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.table_name == TABLE,
                AuditEntry.record_id == item_id,
                or_(
                    AuditEntry.action == "create",
                    and_(AuditEntry.action == "update", AuditEntry.field == FIELD),
                ),
            )
            .order_by(AuditEntry.id)
        ).all()
        comments = list(
            session.scalars(select(Comment).where(Comment.item_id == item_id).order_by(Comment.id))
        )
    steps = []
    for entry in entries:
        if entry.action == "create":
            created = _created_status(entry)
            if created is not None:
                steps.append(HistoryStep(entry.at, entry.actor, None, created))
            continue
        assert entry.new_value is not None
        after = ContentStatus(entry.new_value)
        before = ContentStatus(entry.old_value) if entry.old_value else None
        prefix = reason_comment(after, "")
        said = next(
            (
                c
                for c in comments
                if c.author == entry.actor and c.posted_at == entry.at and c.body.startswith(prefix)
            ),
            None,
        )
        if said is not None:
            comments.remove(said)  # two returns in one second each keep their own reason
        reason = said.body[len(prefix) :] if said is not None else None
        steps.append(HistoryStep(entry.at, entry.actor, before, after, reason))
    return steps
