"""What a user does with one column slot, wherever it shows (calendar, timeline, Gaps panel):
write its piece, skip its date, move or restore the occurrence, fill it with an item.

Each change is one undoable command (app.ui.slot_commands); a refusal changes nothing and is
told through `refused`, for the view to show in its banner.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import format_day_first
from app.core.records import Kind
from app.services.database import Database
from app.services.records import NotFoundError, get_record
from app.services.scheduling import ScheduleRefusedError
from app.services.slot_filling import fill_slot
from app.services.slots import (
    Slot,
    SlotError,
    move_occurrence,
    restore_occurrence,
    skip_occurrence,
)
from app.ui.i18n import render
from app.ui.notifier import ChangeNotifier
from app.ui.slot_commands import FillSlotCommand, OccurrenceCommand


def piece_defaults(db: Database, slot: Slot) -> dict[str, Any]:
    """A new item's values for writing the piece of `slot`: its day, column, channel, plan
    and themes."""
    column = get_record(db, Kind.COLUMN, slot.column_id).values
    return {
        "planned_start": slot.day,
        "column_id": slot.column_id,
        "channel_id": column.get("channel_id"),
        "plan_id": column.get("plan_id"),
        "theme_ids": column.get("theme_ids") or [],
        "status": "planned",
    }


class MoveOccurrenceDialog(QDialog):
    """Pick the day one occurrence of a column moves to."""

    def __init__(self, slot: Slot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_occurrence")
        self.setWindowTitle(self.tr("Move this occurrence"))
        self.setMinimumWidth(360)
        label = QLabel(
            self.tr("Move the slot of “%1” of %2 to:")
            .replace("%1", slot.column_name)
            .replace("%2", format_day_first(slot.day))
        )
        label.setWordWrap(True)
        self.day = QDateEdit(QDate(slot.day.year, slot.day.month, slot.day.day))
        self.day.setObjectName("move_occurrence_day")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.day.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.day)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return day


class SlotActions(QObject):
    refused = Signal(str)
    write_requested = Signal(object)  # Slot: write its piece in the editor

    def __init__(
        self, notifier: ChangeNotifier, undo_stack: QUndoStack, parent_widget: QWidget
    ) -> None:
        super().__init__(parent_widget)
        self.db: Database | None = None
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.parent_widget = parent_widget
        self.last_menu: QMenu | None = None
        self.last_dialog: MoveOccurrenceDialog | None = None

    # --- the context menu ---------------------------------------------------------------
    def menu_for(self, slot: Slot, parent: QWidget | None = None) -> QMenu:
        """The slot's actions, each a QAction named for tests and scripts; `parent` is the
        window it pops up over (a dialog's menu must belong to the dialog)."""
        menu = QMenu(parent or self.parent_widget)
        menu.setObjectName("slot_menu")
        entries = [
            ("slot_write", self.tr("Write the piece for this slot…"), self.write_requested.emit),
            ("slot_skip", self.tr("Skip this date"), self.skip),
            ("slot_move", self.tr("Move this occurrence…"), self.move),
        ]
        if slot.moved_from is not None:
            restore = self.tr("Restore occurrence (back to %1)").replace(
                "%1", format_day_first(slot.moved_from)
            )
            entries.append(("slot_restore", restore, self.restore))
        for name, text, handler in entries:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, run=handler: run(slot))
        return menu

    def show_menu(self, slot: Slot, global_pos: QPoint, parent: QWidget | None = None) -> QMenu:
        """Pop the slot's menu up at `global_pos` (it does not block; `last_menu` is it)."""
        if self.last_menu is not None:
            self.last_menu.deleteLater()
        menu = self.last_menu = self.menu_for(slot, parent)
        menu.popup(global_pos)
        return menu

    # --- the changes --------------------------------------------------------------------
    def skip(self, slot: Slot) -> None:
        if self.db is None:
            return
        try:
            change = skip_occurrence(self.db, slot.column_id, slot.original)
        except SlotError as error:
            self.refused.emit(render(error.problem))
            return
        text = (
            self.tr("Skip “%1” on %2")
            .replace("%1", slot.column_name)
            .replace("%2", format_day_first(slot.day))
        )
        self.undo_stack.push(OccurrenceCommand(self.db, self.notifier, change, text))

    def move(self, slot: Slot, new: date | None = None) -> None:
        """Move the occurrence to `new`, or to the day picked in a dialog when None."""
        if self.db is None:
            return
        if new is None:
            dialog = MoveOccurrenceDialog(slot, self.parent_widget)
            self.last_dialog = dialog
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            self.last_dialog = None
            new = dialog.chosen()
            dialog.deleteLater()
            if not accepted or new == slot.day:
                return
        try:
            change = move_occurrence(self.db, slot.column_id, slot.original, new)
        except SlotError as error:
            self.refused.emit(render(error.problem))
            return
        text = (
            self.tr("Move “%1” from %2 to %3")
            .replace("%1", slot.column_name)
            .replace("%2", format_day_first(slot.day))
            .replace("%3", format_day_first(new))
        )
        self.undo_stack.push(OccurrenceCommand(self.db, self.notifier, change, text))

    def restore(self, slot: Slot) -> None:
        if self.db is None or slot.moved_from is None:
            return
        try:
            change = restore_occurrence(self.db, slot.column_id, slot.original)
        except SlotError as error:
            self.refused.emit(render(error.problem))
            return
        text = (
            self.tr("Restore “%1” to %2")
            .replace("%1", slot.column_name)
            .replace("%2", format_day_first(slot.original))
        )
        self.undo_stack.push(OccurrenceCommand(self.db, self.notifier, change, text))

    def fill(self, item_id: int, title: str, slot: Slot) -> bool:
        """Put the item on the slot (its column, the slot's day); False when refused."""
        if self.db is None:
            return False
        try:
            before, after = fill_slot(self.db, item_id, slot.column_id, slot.day)
        except ScheduleRefusedError as refused:
            self.refused.emit("\n".join(render(p) for p in refused.problems))
            return False
        except NotFoundError as missing:
            self.refused.emit(str(missing))
            return False
        text = (
            self.tr("Put “%1” in “%2” on %3")
            .replace("%1", title)
            .replace("%2", slot.column_name)
            .replace("%3", format_day_first(slot.day))
        )
        self.undo_stack.push(FillSlotCommand(self.db, self.notifier, before, after, text))
        return True
