"""A table of records of one kind, holding plain rows; sorting happens here, not in a proxy."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from app.core.dates import format_day_first
from app.core.enums import LabelledEnum
from app.core.records import FieldSpec, FieldType, KindSpec
from app.core.text import fold
from app.services.records import RecordRow
from app.ui.day_offsets import offset_and_day
from app.ui.i18n import marked

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
DECORATION = Qt.ItemDataRole.DecorationRole
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def display_text(spec: FieldSpec, row: RecordRow) -> str:
    if spec.name in row.labels:
        return row.labels[spec.name]
    value = row.values.get(spec.name)
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return marked("enums", value.label)
    if isinstance(value, date):
        return format_day_first(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def sort_key(spec: FieldSpec, row: RecordRow) -> tuple[int, Any]:
    """Empty values last; dates and numbers by value; text accent-folded."""
    value = row.values.get(spec.name)
    if value is None:
        return (1, "")
    if spec.type in (FieldType.DATE, FieldType.TIME, FieldType.INT):
        return (0, value)
    return (0, fold(display_text(spec, row)))


class RecordTableModel(QAbstractTableModel):
    def __init__(self, spec: KindSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.columns = spec.list_fields
        self.rows: list[RecordRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Rows flagged for attention (orphans): id → why, shown as a warning on the title.
        self.marks: Mapping[int, str] = {}
        # For a kind with a day-offset field (special pages): the day each record falls on.
        self.days: Mapping[int, date] = {}

    def set_rows(
        self,
        rows: list[RecordRow],
        marks: Mapping[int, str] | None = None,
        days: Mapping[int, date] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows = rows
        self.marks = marks or {}
        self.days = days or {}
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY and 0 <= section < len(self.columns):
            return marked("records", self.columns[section].label)
        return None

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        spec = self.columns[index.column()]
        flag = self.marks.get(row.id) if spec.name == self.spec.title_field else None
        if flag is not None and role == TOOLTIP:
            return f"{display_text(spec, row)}\n⚠ {flag}"
        if flag is not None and role == DECORATION:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if spec.offset_of is not None and role in (DISPLAY, TOOLTIP):
            return offset_and_day(int(row.values.get(spec.name) or 0), self.days.get(row.id))
        if role in (DISPLAY, TOOLTIP):
            return display_text(spec, row)
        if role == ID_ROLE:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.rows[i.row()].id, i.column()) for i in persistent]
        self._sort_rows(column, order)
        position = {row.id: number for number, row in enumerate(self.rows)}
        moved = [self.index(position[record_id], col) for record_id, col in kept]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        self.rows.sort(
            key=lambda r: sort_key(spec, r), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def row_of(self, record_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == record_id:
                return number
        return -1
