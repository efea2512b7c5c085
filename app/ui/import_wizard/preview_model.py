"""The first rows of a spreadsheet as the import will read them, a cell it cannot read in red.

Each mapped column shows its value typed as it will be stored (dates day first, choices by
their label); a cell that cannot be read keeps the file's text, red, with the reason as its
tooltip, so a wrong date order or column shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.imports import ColumnMapping, SourceRecord, Table, TableRow
from app.imports.mapping import ID, record_of_row
from app.imports.source import REFERENCE_NAMES, Translate
from app.ui.i18n import marked
from app.ui.import_wizard.labels import shown, target_label

PREVIEW_ROWS = 50
PROBLEM_BACKGROUND = QColor("#f8d7da")
PROBLEM_FOREGROUND = QColor("#7b1113")
SKIPPED_FOREGROUND = QColor("#7a7a7a")
Index = QModelIndex | QPersistentModelIndex


def _field_of(target: str) -> str:
    """Where a target's problem is filed: a span's under the last day it sets."""
    return "planned_end" if target == "span" else target


class PreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.mapping = ColumnMapping()
        self._columns: list[tuple[int, str, str]] = []  # (cell index, header, target)
        self._rows: tuple[TableRow, ...] = ()
        self._records: list[SourceRecord] = []

    def show(
        self,
        table: Table | None,
        mapping: ColumnMapping,
        file: str,
        translate: Translate | None = marked,
        limit: int = PREVIEW_ROWS,
    ) -> None:
        """Read the table's first `limit` rows through `mapping` (incomplete ones too)."""
        self.beginResetModel()
        self.mapping = mapping
        if table is None:
            self._columns, self._rows, self._records = [], (), []
        else:
            self._columns = [
                (i, h, mapping.columns[h])
                for i, h in enumerate(table.headers)
                if h in mapping.columns
            ]
            self._rows = table.rows[:limit]
            self._records = [
                record_of_row(row, table.headers, mapping, file, translate) for row in self._rows
            ]
        self.endResetModel()

    def problem_count(self) -> int:
        return sum(
            1
            for record in self._records
            for _, _, target in self._columns
            if _field_of(target) in record.problems
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Line")
            return target_label(self.mapping.kind, self._columns[section - 1][2])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.tr("From the column “%1”").replace("%1", self._columns[section - 1][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if index.column() == 0:
            return self._line_data(record, role)
        cell, _, target = self._columns[index.column() - 1]
        reason = record.problems.get(_field_of(target))
        if role == Qt.ItemDataRole.DisplayRole:
            if reason is not None:
                raw = self._rows[index.row()].cell(cell)
                return "" if raw is None else str(raw)
            return self._value(record, target)
        if reason is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return reason.render(marked)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(PROBLEM_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PROBLEM_FOREGROUND)
        elif record.skip is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SKIPPED_FOREGROUND)
        return None

    def _line_data(self, record: SourceRecord, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(record.origin.line)
        if record.skip is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Not imported: %1").replace("%1", record.skip.render(marked))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(SKIPPED_FOREGROUND)
        return None

    @staticmethod
    def _value(record: SourceRecord, target: str) -> str:
        if target == ID:
            return record.key
        if target in REFERENCE_NAMES:
            return record.refs.get(REFERENCE_NAMES[target], "")
        if target == "outlet":
            return record.outlet or ""
        if target == "span":
            first, last = record.values.get("planned_start"), record.values.get("planned_end")
            return f"{shown(first)} – {shown(last)}" if first and last else ""
        return shown(record.values.get(target))
