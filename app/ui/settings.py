"""Every setting the application keeps, declared once with its type and default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "edcal"
APPLICATION = "edcal"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, store: QSettings | None = None) -> T:
        store = store or QSettings()
        value = store.value(self.key, self.default)
        if value is None:
            return self.default
        result: Any = value
        if isinstance(self.default, list):
            result = [value] if isinstance(value, str) else list(cast(list[str], value))
        elif isinstance(self.default, bool) and isinstance(value, str):
            result = value.lower() == "true"
        return cast(T, result)

    def set(self, value: T, store: QSettings | None = None) -> None:
        (store or QSettings()).setValue(self.key, value)


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray())
SPLITTER_STATE: Setting[QByteArray] = Setting("window/splitter", QByteArray())
LAST_FILE: Setting[str] = Setting("files/last", "")
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [])
LANGUAGE: Setting[str] = Setting("ui/language", "")


def remember_file(path: str) -> list[str]:
    """Put `path` first in the recent files and make it the last file; returns the new list."""
    recent = [p for p in RECENT_FILES.get() if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    RECENT_FILES.set(recent)
    LAST_FILE.set(path)
    return recent
