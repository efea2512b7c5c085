"""Undoable slot changes, shared by the calendar, the timeline and the Gaps panel: an occurrence
skipped, moved or restored; a slot filled with an item."""

from __future__ import annotations

from app.core.records import Kind
from app.services.database import Database
from app.services.slot_filling import ItemPlace, put_item
from app.services.slots import OccurrenceChange, apply_override, undo_change
from app.ui.commands import RecordCommand
from app.ui.notifier import ChangeNotifier, Changes


class OccurrenceCommand(RecordCommand):
    """One occurrence's exception changed (skip, move or restore); undo puts back what it was."""

    def __init__(
        self, db: Database, notifier: ChangeNotifier, change: OccurrenceChange, text: str
    ) -> None:
        super().__init__(db, notifier, text)
        self.change = change

    def changes(self) -> Changes:
        return Changes.of(Kind.COLUMN)

    def do(self) -> None:
        c = self.change
        apply_override(self.db, c.column_id, c.original, c.after, check=False)

    def revert(self) -> None:
        undo_change(self.db, self.change)


class FillSlotCommand(RecordCommand):
    """An item put on a slot (its column and day); undo puts its column, channel and days back."""

    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        before: ItemPlace,
        after: ItemPlace,
        text: str,
    ) -> None:
        super().__init__(db, notifier, text)
        self.before = before
        self.after = after

    def changes(self) -> Changes:
        return Changes.of(Kind.CONTENT_ITEM)

    def do(self) -> None:
        put_item(self.db, self.after)

    def revert(self) -> None:
        put_item(self.db, self.before)
