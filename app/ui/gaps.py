"""The Gaps list: every empty column slot in the next weeks, to fill before it is too late."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import format_day_first
from app.core.records import Kind
from app.services.database import Database
from app.services.slots import Slot, SlotError, gaps
from app.ui.i18n import render
from app.ui.message_banner import MessageBanner
from app.ui.notifier import ChangeNotifier, Changes
from app.ui.slot_actions import SlotActions

DEFAULT_WEEKS = 4
MIN_WIDTH = 380
SLOT_ROLE = Qt.ItemDataRole.UserRole


class GapsPanel(QWidget):
    """Double-click a gap to write the piece that fills it (the editor opens pre-filled);
    right-click (or the menu key) to skip its date or move the occurrence."""

    fill_requested = Signal(object)  # Slot

    def __init__(
        self, notifier: ChangeNotifier, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gaps")
        self.setMinimumWidth(MIN_WIDTH)
        self.db: Database | None = None
        self.plan_id: int | None = None
        self.start = QDateEdit(QDate.currentDate())
        self.start.setObjectName("gaps_start")
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("gaps_weeks")
        self.weeks.setRange(1, 52)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" week(s)"))
        self.summary = QLabel()
        self.summary.setObjectName("gaps_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("gaps_table")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Column"), self.tr("Owner")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.hint = self.tr(
            "Double-click a slot to write its piece; right-click to skip or move it."
        )
        self.table.setToolTip(self.hint)
        self.table.customContextMenuRequested.connect(self._menu_requested)
        self.message = MessageBanner("gaps_message")
        self.slot_actions = SlotActions(notifier, undo_stack, self)
        self.slot_actions.refused.connect(self.message.show_message)
        self.slot_actions.write_requested.connect(self.fill_requested.emit)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(self.weeks)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.start.dateChanged.connect(lambda _: self.reload())
        self.weeks.valueChanged.connect(lambda _: self.reload())

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.slot_actions.db = db
        self.reload()

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.kinds & {Kind.CONTENT_ITEM, Kind.COLUMN, Kind.MILESTONE, Kind.PERSON, Kind.DESK}:
            self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        if self.db is None or not self.isVisible():
            return
        first = self.start.date().toPython()
        assert isinstance(first, date)
        try:
            found = gaps(self.db, first, self.weeks.value(), self.plan_id)
        except SlotError as error:
            self.summary.setText(render(error.problem))
            return
        self.table.setRowCount(len(found))
        for row, slot in enumerate(found):
            day = self.locale().dayName(slot.day.isoweekday(), self.locale().FormatType.ShortFormat)
            cells = (f"{day} {format_day_first(slot.day)}", slot.column_name, slot.owner_label)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{text}\n{self.hint}")
                cell.setData(SLOT_ROLE, slot)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.summary.setText(
            self.tr("%n empty slot(s) to fill; double-click one to write it.", "", len(found))
            if found
            else self.tr("Every slot in these weeks is filled.")
        )

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.reload()

    def _menu_requested(self, pos: QPoint) -> None:
        """The slot's menu: the row under the mouse, or the current one from the keyboard."""
        cell = self.table.itemAt(pos) or self.table.currentItem()
        slot = cell.data(SLOT_ROLE) if cell is not None else None
        if isinstance(slot, Slot):
            self.table.setCurrentItem(cell)
            self.slot_actions.show_menu(slot, self.table.viewport().mapToGlobal(pos))

    def _activated(self, cell: QTableWidgetItem) -> None:
        slot = cell.data(SLOT_ROLE)
        if isinstance(slot, Slot):
            self.fill_requested.emit(slot)
