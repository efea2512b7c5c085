"""One application-wide signal that says what changed, so every view refreshes what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.core.records import Kind


@dataclass(frozen=True)
class Changes:
    """Which kinds of records changed; views that show none of them ignore the signal."""

    kinds: frozenset[Kind]

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Kind))


class ChangeNotifier(QObject):
    records_changed = Signal(object)
    failed = Signal(str)

    def announce(self, changes: Changes) -> None:
        self.records_changed.emit(changes)
