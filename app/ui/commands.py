"""Undoable record commands: each redo/undo is one service call, one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.services import editing
from app.services.database import Database
from app.services.records import RecordData
from app.ui.notifier import ChangeNotifier, Changes


class RecordCommand(QUndoCommand):
    """Base: the first redo happened before the push (so errors reached the user's dialog)."""

    def __init__(self, db: Database, notifier: ChangeNotifier, text: str) -> None:
        super().__init__(text)
        self.db = db
        self.notifier = notifier
        self._first_redo = True

    def _run(self, step: Callable[[], Any], changes: Changes) -> None:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - shown to the user; the stack stays usable
            self.notifier.failed.emit(str(error))
        self.notifier.announce(changes)

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            self.notifier.announce(self.changes())
            return
        self._run(self.do, self.changes())

    def undo(self) -> None:
        self._run(self.revert, self.changes())

    def changes(self) -> Changes:
        return Changes.everything()

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CreateRecordCommand(RecordCommand):
    def __init__(
        self, db: Database, notifier: ChangeNotifier, created: RecordData, text: str
    ) -> None:
        super().__init__(db, notifier, text)
        self.created = created

    def do(self) -> None:
        editing.create_record(self.db, self.created.kind, self.created.values, self.created.id)

    def revert(self) -> None:
        editing.delete_records(self.db, self.created.kind, [self.created.id])


class UpdateRecordCommand(RecordCommand):
    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        before: RecordData,
        after: RecordData,
        text: str,
    ) -> None:
        super().__init__(db, notifier, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        editing.update_record(self.db, self.after.kind, self.after.id, self.after.values)

    def revert(self) -> None:
        editing.update_record(self.db, self.before.kind, self.before.id, self.before.values)


class DeleteRecordsCommand(RecordCommand):
    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        deleted: editing.DeletedRecords,
        text: str,
    ) -> None:
        super().__init__(db, notifier, text)
        self.deleted = deleted

    def do(self) -> None:
        self.deleted = editing.delete_records(self.db, self.deleted.kind, self.deleted.ids)

    def revert(self) -> None:
        editing.restore_records(self.db, self.deleted)
