"""One row per column of the file: its header, what it is imported as, and its first value.

Each column has a combo of the targets its kind allows. Two columns may point at one field
while the user is choosing (arrowing through a combo passes over the other targets); the
mapping page says so and will not go on until one of them is changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from app.core.records import Kind
from app.imports import Table, targets
from app.ui.import_wizard.labels import shown, target_label

NOT_IMPORTED = ""


def _first_value(table: Table, index: int) -> str:
    for row in table.rows:
        value = row.cell(index)
        if value is not None and str(value).strip():
            return shown(value).strip()
    return ""


class ColumnTable(QTableWidget):
    """Edits `columns` (header → target); says `changed` when the user picks another target."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("import_columns")
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("First value")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.headers: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []

    def show_table(self, table: Table, kind: Kind, columns: dict[str, str]) -> None:
        self.headers = table.headers
        self.combos = []
        self.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            name = QTableWidgetItem(header)
            self.setItem(row, 0, name)
            combo = QComboBox()
            combo.setObjectName(f"import_target_{row}")
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for target in targets(kind):
                combo.addItem(target_label(kind, target), target)
            combo.setCurrentIndex(max(0, combo.findData(columns.get(header, NOT_IMPORTED))))
            combo.currentIndexChanged.connect(self.changed)
            self.combos.append(combo)
            self.setCellWidget(row, 1, combo)
            self.setItem(row, 2, QTableWidgetItem(_first_value(table, row)))
        self.resizeColumnsToContents()

    def columns(self) -> dict[str, str]:
        return {
            header: combo.currentData()
            for header, combo in zip(self.headers, self.combos, strict=True)
            if combo.currentData() != NOT_IMPORTED
        }

    def combo_for(self, header: str) -> QComboBox:
        return self.combos[self.headers.index(header)]
