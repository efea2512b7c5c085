"""The central list: records of one kind, filtered as you type, sorted by any column."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.filters import ItemFilter
from app.core.records import KINDS, Kind
from app.services.calendar import matching_item_ids
from app.services.database import Database
from app.services.records import list_records
from app.services.slots import orphans_of_columns
from app.services.special_pages import page_days
from app.ui.elided_label import ElidedLabel
from app.ui.i18n import marked
from app.ui.models.navigator import Destination
from app.ui.models.record_table import RecordTableModel
from app.ui.notifier import Changes

FILTER_DELAY_MS = 200
MAX_COLUMN_WIDTH = 170
MAX_TITLE_WIDTH = 460
FOLLOWS = {
    Kind.CONTENT_ITEM: frozenset({Kind.COLUMN, Kind.MILESTONE}),
    Kind.SPECIAL_PAGE: frozenset({Kind.MILESTONE}),
}


class RecordListView(QWidget):
    edit_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.item_filter = ItemFilter()
        self._laid_out = False
        self.destination = Destination(Kind.CONTENT_ITEM)
        self.model = RecordTableModel(KINDS[Kind.CONTENT_ITEM], self)

        self.caption = ElidedLabel()
        self.caption.setObjectName("list_caption")
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.caption.setFont(font)
        self.filter = QLineEdit()
        self.filter.setObjectName("list_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Filter (accents optional: “dai hoi” finds “Đại hội”)")
        )
        self.filter.setMinimumWidth(320)
        self.count = QLabel()
        self.count.setObjectName("list_count")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._filter_timer.start)

        self.table = QTableView()
        self.table.setObjectName("record_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)
        self._watch_selection()

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    @property
    def kind(self) -> Kind:
        return self.destination.kind

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._laid_out = False
        self.show_destination(self.destination)

    def show_destination(self, destination: Destination) -> None:
        fresh = destination.kind is not self.destination.kind or not self._laid_out
        self.destination = destination
        if fresh:
            self.model = RecordTableModel(KINDS[destination.kind], self)
            self.table.setModel(self.model)
            self._watch_selection()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.reload()
        if fresh:
            self._lay_out_columns()

    def _lay_out_columns(self) -> None:
        """Sort by the kind's natural order; size columns to their contents, titles widest."""
        spec = KINDS[self.kind]
        names = [f.name for f in self.model.columns]
        sort_column = names.index(spec.sort_field) if spec.sort_field in names else 0
        self.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, name in enumerate(names):
            widest = MAX_TITLE_WIDTH if name == spec.title_field else MAX_COLUMN_WIDTH
            header.resizeSection(column, min(max(header.sectionSize(column), 80), widest))
        self._laid_out = self.db is not None

    def set_item_filter(self, flt: ItemFilter) -> None:
        """The shared content filter; it narrows this list when it lists content items."""
        self.item_filter = flt
        if self.kind is Kind.CONTENT_ITEM:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        # Items' orphan flags and special pages' days follow columns and milestones.
        follows = FOLLOWS.get(self.kind, frozenset())
        if changes.kinds & {self.kind, Kind.PLAN, *follows}:
            self.reload()

    def reload(self) -> None:
        selected = set(self.selected_ids())
        spec = KINDS[self.kind]
        caption = self.destination.caption or marked("records", spec.plural)
        self.caption.setText(caption)
        if self.db is None:
            self.model.set_rows([])
        else:
            where = self.destination.filters
            rows = list_records(self.db, self.kind, where, self.filter.text())
            if self.kind is Kind.CONTENT_ITEM:
                allowed = matching_item_ids(self.db, self.item_filter)
                rows = rows if allowed is None else [r for r in rows if r.id in allowed]
            self.model.set_rows(rows, self._orphan_flags(), self._page_days())
        if self.model.rowCount() == 0 and not self.filter.text():
            self.count.setText(self.tr("Nothing here yet: Edit → New record (Ctrl+N) adds one."))
        else:
            self.count.setText(self.tr("%n record(s)", "", self.model.rowCount()))
        self.select_ids(selected)

    def _orphan_flags(self) -> dict[int, str]:
        """Content items without a slot in their column, flagged until someone resolves them."""
        if self.db is None or self.kind is not Kind.CONTENT_ITEM:
            return {}
        why = self.tr("No slot in column “%1” on this day: see View → Orphaned items.")
        return {
            item.id: why.replace("%1", column.column_name)
            for column in orphans_of_columns(self.db)
            for item in column.items
        }

    def _page_days(self) -> dict[int, date]:
        if self.db is None or self.kind is not Kind.SPECIAL_PAGE:
            return {}
        return page_days(self.db)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row].id for row in rows if row < len(self.model.rows)]

    def select_ids(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))

    def _watch_selection(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self.selection_changed.emit()

    def _activated(self, index: object) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])
