"""Orphaned items: a column's pieces whose day is no longer one of its slots (after a change of
cadence, span or exceptions), listed until the editor resolves each one: open it, move it to the
nearest slot, or detach it from its column. Nothing is moved or deleted without being asked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import format_day_first
from app.core.records import Kind
from app.core.validation import ValidationError
from app.services import editing
from app.services.database import Database
from app.services.orphans import nearest_slot
from app.services.records import NotFoundError
from app.services.scheduling import ScheduleRefusedError, place_items
from app.services.slots import ColumnOrphans, SlotError, orphans_of_columns
from app.ui.calendar.commands import PlaceItemsCommand
from app.ui.commands import UpdateRecordCommand
from app.ui.day_offsets import day_words
from app.ui.i18n import render
from app.ui.message_banner import MessageBanner
from app.ui.notifier import ChangeNotifier, Changes

ORPHAN_ROLE = Qt.ItemDataRole.UserRole
WATCHED = frozenset({Kind.CONTENT_ITEM, Kind.COLUMN, Kind.MILESTONE})
MIN_WIDTH = 380
LISTED_IN_NOTICE = 5


class OrphansPanel(QWidget):
    """The orphans of every column; each resolution is one undoable step."""

    open_requested = Signal(int)  # item id

    def __init__(
        self, notifier: ChangeNotifier, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orphans")
        self.setMinimumWidth(MIN_WIDTH)
        self.db: Database | None = None
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.notice = MessageBanner("orphans_notice")
        self.summary = QLabel()
        self.summary.setObjectName("orphans_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("orphans_table")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Item"), self.tr("Column")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _cell: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = self._button("orphan_open", self.tr("&Open"), self.open_selected)
        self.move_button = self._button(
            "orphan_move", self.tr("&Move to nearest slot"), self.move_selected
        )
        self.detach_button = self._button(
            "orphan_detach", self.tr("&Detach from column"), self.detach_selected
        )
        self.move_button.setToolTip(
            self.tr("Move the item to its column's nearest free slot (else the nearest slot).")
        )
        self.detach_button.setToolTip(
            self.tr("Keep the item on its day, outside the column: it no longer needs a slot.")
        )
        buttons = QHBoxLayout()
        for button in (self.open_button, self.move_button, self.detach_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.notice.hide()
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.kinds & WATCHED:
            self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        self.table.setRowCount(0)
        if self.db is None or not self.isVisible():
            return
        found = orphans_of_columns(self.db)
        rows = sorted(
            ((c, i) for c in found for i in c.items), key=lambda r: (r[1].planned_start, r[1].id)
        )
        self.table.setRowCount(len(rows))
        for row, (column, orphan) in enumerate(rows):
            cells = (day_words(orphan.planned_start), orphan.title, column.column_name)
            for number, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(ORPHAN_ROLE, orphan.id)
                self.table.setItem(row, number, cell)
            if orphan.id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.summary.setText(
            self.tr(
                "%n item(s) have no slot in their column. Resolve each one below.", "", len(rows)
            )
            if rows
            else self.tr("No orphaned items: every column item sits on one of its slots.")
        )
        self._update_buttons()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.reload()

    def announce(self, found: list[ColumnOrphans]) -> None:
        """Say at once which items a change just left without a slot."""
        items = [(c, i) for c in found for i in c.items]
        listed = [
            self.tr("“%1” (%2, column “%3”)")
            .replace("%1", i.title)
            .replace("%2", format_day_first(i.planned_start))
            .replace("%3", c.column_name)
            for c, i in items[:LISTED_IN_NOTICE]
        ]
        if len(items) > LISTED_IN_NOTICE:
            listed.append(self.tr("and %n more", "", len(items) - LISTED_IN_NOTICE))
        text = self.tr(
            "This change left %n item(s) without a slot; nothing was moved or deleted: %1.",
            "",
            len(items),
        ).replace("%1", "; ".join(listed))
        self.notice.show_message(text, seconds=60)
        self.reload()

    # --- resolving -----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        cells = self.table.selectedItems()
        value = cells[0].data(ORPHAN_ROLE) if cells else None
        return int(value) if value is not None else None

    def _selected_title(self) -> str:
        row = self.table.currentRow()
        cell = self.table.item(row, 1) if row >= 0 else None
        return cell.text() if cell is not None else ""

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.move_button, self.detach_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.open_requested.emit(item_id)

    def move_selected(self) -> None:
        item_id, db = self.selected_id(), self.db
        if item_id is None or db is None:
            return
        try:
            wanted = nearest_slot(db, item_id)
            before = place_items(db, [wanted])
        except SlotError as error:
            self.notice.show_message(render(error.problem))
            return
        except ScheduleRefusedError as refused:
            self.notice.show_message("\n".join(render(p) for p in refused.problems))
            return
        except NotFoundError:
            self.reload()
            return
        assert wanted.planned_start is not None
        text = (
            self.tr("Move “%1” to its slot on %2")
            .replace("%1", self._selected_title())
            .replace("%2", format_day_first(wanted.planned_start))
        )
        self.undo_stack.push(PlaceItemsCommand(db, self.notifier, before, [wanted], text))

    def detach_selected(self) -> None:
        item_id, db = self.selected_id(), self.db
        if item_id is None or db is None:
            return
        try:
            old, new = editing.update_record(db, Kind.CONTENT_ITEM, item_id, {"column_id": None})
        except ValidationError as error:
            self.notice.show_message("\n".join(render(p) for p in error.problems.values()))
            return
        except NotFoundError:
            self.reload()
            return
        text = self.tr("Detach “%1” from its column").replace("%1", self._selected_title())
        self.undo_stack.push(UpdateRecordCommand(db, self.notifier, old, new, text))
