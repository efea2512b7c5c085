"""Undoable calendar gestures: a move, schedule or unschedule; a copy."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.records import Kind
from app.services import editing
from app.services.database import Database
from app.services.scheduling import Placement, place_items
from app.ui.commands import RecordCommand
from app.ui.notifier import ChangeNotifier, Changes


class PlaceItemsCommand(RecordCommand):
    """Items from `before` to `after` placements; undo puts every one back exactly."""

    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        before: Sequence[Placement],
        after: Sequence[Placement],
        text: str,
    ) -> None:
        super().__init__(db, notifier, text)
        self.before = list(before)
        self.after = list(after)

    def changes(self) -> Changes:
        return Changes.of(Kind.CONTENT_ITEM)

    def do(self) -> None:
        place_items(self.db, self.after, check=False)

    def revert(self) -> None:
        place_items(self.db, self.before, check=False)


class CopyItemsCommand(RecordCommand):
    """Copies made by a Ctrl+drag; undo deletes them, redo restores the very same rows."""

    def __init__(
        self, db: Database, notifier: ChangeNotifier, created: Sequence[int], text: str
    ) -> None:
        super().__init__(db, notifier, text)
        self.created = tuple(created)
        self.deleted: editing.DeletedRecords | None = None

    def changes(self) -> Changes:
        return Changes.of(Kind.CONTENT_ITEM)

    def do(self) -> None:
        if self.deleted is not None:
            editing.restore_records(self.db, self.deleted)

    def revert(self) -> None:
        self.deleted = editing.delete_records(self.db, Kind.CONTENT_ITEM, self.created)
