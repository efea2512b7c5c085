"""Everything on one day, for when a cell holds more than it can show ("+N more")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import format_day_first
from app.services.calendar import CalendarItem
from app.services.open_slots import OpenSlot
from app.ui.calendar.palette import FORMAT_MARKS

# A row's empty slot, for rows that are not items (whose id is under UserRole).
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1


class DayListDialog(QDialog):
    """The day's items, then its empty slots; activating a slot writes its piece, its context
    menu (right-click or the Menu key) offers what a placeholder's does."""

    edit_requested = Signal(int)
    slot_write_requested = Signal(object)  # OpenSlot
    slot_menu_requested = Signal(object, object)  # OpenSlot, global QPoint

    def __init__(
        self,
        day: date,
        items: Sequence[CalendarItem],
        parent: QWidget | None = None,
        slots: Sequence[OpenSlot] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("day_list")
        self.setWindowTitle(
            self.tr("%1: %n item(s)", "", len(items)).replace("%1", format_day_first(day))
        )
        self.list = QListWidget()
        self.list.setObjectName("day_list_items")
        for item in items:
            when = item.publish_time.strftime("%H:%M  ") if item.publish_time else ""
            people = f"  ({', '.join(item.assignees)})" if item.assignees else ""
            row = QListWidgetItem(f"{FORMAT_MARKS.get(item.format, '')} {when}{item.title}{people}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.title)
            self.list.addItem(row)
        for open_slot in slots:
            slot = open_slot.slot
            owner = f"  ({slot.owner_label})" if slot.owner_label else ""
            text = self.tr("◌ %1: open slot").replace("%1", slot.column_name)
            row = QListWidgetItem(text + owner)
            row.setData(SLOT_ROLE, open_slot)
            row.setForeground(Qt.GlobalColor.darkGray)
            row.setToolTip(open_slot.channel_label)
            self.list.addItem(row)
        self.list.itemActivated.connect(self._open)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._slot_menu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _slot_menu(self, pos: QPoint) -> None:
        """The menu of the slot row under `pos` (the current row, from the keyboard)."""
        under = self.list.itemAt(pos)
        row = under or self.list.currentItem()
        open_slot = row.data(SLOT_ROLE) if row is not None else None
        if isinstance(open_slot, OpenSlot):
            self.list.setCurrentItem(row)
            at = pos if under is not None else self.list.visualItemRect(row).center()
            self.slot_menu_requested.emit(open_slot, self.list.viewport().mapToGlobal(at))

    def _open(self, row: QListWidgetItem) -> None:
        open_slot = row.data(SLOT_ROLE)
        if isinstance(open_slot, OpenSlot):
            self.slot_write_requested.emit(open_slot)
        else:
            self.edit_requested.emit(int(row.data(Qt.ItemDataRole.UserRole)))
        self.accept()
