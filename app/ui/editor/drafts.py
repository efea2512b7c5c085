"""Keeps what is typed in an editor on disk until it is saved, so a crash loses nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QSettings

from app.core.records import FieldType, KindSpec

GROUP = "drafts"


def draft_key(spec: KindSpec, record_id: int | None) -> str:
    return f"{GROUP}/{spec.kind.value}/{record_id if record_id is not None else 'new'}"


def _encode(value: Any) -> Any:
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def _decode(spec: KindSpec, name: str, value: Any) -> Any:
    if value is None:
        return None
    field_type = spec.field(name).type
    if field_type is FieldType.DATE:
        return date.fromisoformat(value)
    if field_type is FieldType.TIME:
        return time.fromisoformat(value)
    return value


def save_draft(key: str, values: dict[str, Any]) -> None:
    payload = {"saved_at": datetime.now().isoformat(timespec="seconds"), "values": values}
    QSettings().setValue(key, json.dumps(payload, default=_encode, ensure_ascii=False))
    QSettings().sync()


def load_draft(spec: KindSpec, key: str) -> tuple[str, dict[str, Any]] | None:
    """The saved moment and values of a draft, or None when there is none (or it is unreadable)."""
    raw = QSettings().value(key)
    if not raw:
        return None
    try:
        payload = json.loads(str(raw))
        names = {f.name for f in spec.fields}
        values = {k: _decode(spec, k, v) for k, v in payload["values"].items() if k in names}
        saved_at = datetime.fromisoformat(str(payload["saved_at"]))
        return saved_at.strftime("%d/%m/%Y %H:%M"), values
    except (ValueError, KeyError, TypeError):
        drop_draft(key)
        return None


def drop_draft(key: str) -> None:
    QSettings().remove(key)
    QSettings().sync()
