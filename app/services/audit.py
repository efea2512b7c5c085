"""Writes the audit log: one entry per created, deleted or restored record, per changed field."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from app.db.models import AuditEntry


def as_text(value: Any) -> str | None:
    """A stable text form of a field value, for the log and for showing old → new."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, default=as_text, ensure_ascii=False, sort_keys=True)
    return str(value)


class AuditLog:
    """Entries for one unit of work, all stamped with the same actor and moment."""

    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor
        self.at = datetime.now().replace(microsecond=0)

    def _add(
        self,
        action: str,
        table: str,
        record_id: int,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.session.add(
            AuditEntry(
                at=self.at,
                actor=self.actor,
                action=action,
                table_name=table,
                record_id=record_id,
                field=field,
                old_value=as_text(old),
                new_value=as_text(new),
            )
        )

    def created(self, table: str, record_id: int, values: dict[str, Any]) -> None:
        self._add("create", table, record_id, new=values)

    def changed(self, table: str, record_id: int, field: str, old: Any, new: Any) -> None:
        self._add("update", table, record_id, field, old, new)

    def deleted(self, table: str, record_id: int, values: dict[str, Any]) -> None:
        self._add("delete", table, record_id, old=values)

    def restored(self, table: str, record_id: int, values: dict[str, Any]) -> None:
        self._add("restore", table, record_id, new=values)
