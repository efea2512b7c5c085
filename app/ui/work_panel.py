"""The Work panel: one person's open assignments, and everyone's load over the next weeks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import format_day_first
from app.core.records import Kind
from app.services.database import Database
from app.services.work import WeekLoad, WorkItem, my_work, workload
from app.ui.notifier import Changes

WORKLOAD_WEEKS = 6
MIN_WIDTH = 380
ITEM_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = QColor(192, 0, 0)
OVERLOADED_BACKGROUND = QColor(255, 205, 205)
OVERLOADED_TEXT = QColor(128, 0, 0)
WATCHED = frozenset({Kind.ASSIGNMENT, Kind.PERSON, Kind.CONTENT_ITEM})


class WorkPanel(QWidget):
    """Pick a person to see what they still have to do; double-click a row to open its item."""

    item_activated = Signal(int)  # content item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("work_panel")
        self.setMinimumWidth(MIN_WIDTH)
        self.db: Database | None = None

        self.person = QComboBox()
        self.person.setObjectName("work_person")
        self.person.setToolTip(self.tr("Whose assignments to show"))
        self.summary = QLabel()
        self.summary.setObjectName("work_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("work_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Item"), self.tr("Role"), self.tr("Status")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(self._activated)

        mine = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person")))
        top.addWidget(self.person, 1)
        mine_layout = QVBoxLayout(mine)
        mine_layout.addLayout(top)
        mine_layout.addWidget(self.summary)
        mine_layout.addWidget(self.table, 1)

        self.workload_table = QTableWidget(0, WORKLOAD_WEEKS)
        self.workload_table.setObjectName("workload_table")
        self.workload_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workload_table.setToolTip(
            self.tr("Assignments due each week against the person's weekly capacity")
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("work_tabs")
        self.tabs.addTab(mine, self.tr("My work"))
        self.tabs.addTab(self.workload_table, self.tr("Workload"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.person.currentIndexChanged.connect(lambda _: self._show_work())

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.kinds & WATCHED:
            self.reload()

    def reload(self) -> None:
        """Read the people and their load again, keeping the chosen person when still there."""
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.workload_table.setRowCount(0)
        if self.db is None:
            self.person.blockSignals(False)
            self._show_work()
            return
        today = date.today()
        loads = workload(self.db, today, WORKLOAD_WEEKS)
        for person_id, name, _weeks in loads:
            self.person.addItem(name, person_id)
        found = self.person.findData(chosen) if chosen is not None else -1
        self.person.setCurrentIndex(found if found >= 0 else (0 if loads else -1))
        self.person.blockSignals(False)
        self._fill_workload(loads)
        self._show_work()

    def _fill_workload(self, loads: list[tuple[int, str, list[WeekLoad]]]) -> None:
        table = self.workload_table
        mondays = [week.week_start for week in loads[0][2]] if loads else []
        table.setColumnCount(WORKLOAD_WEEKS)
        table.setHorizontalHeaderLabels(
            [monday.strftime("%d/%m") for monday in mondays] if mondays else []
        )
        table.setRowCount(len(loads))
        table.setVerticalHeaderLabels([name for _id, name, _weeks in loads])
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (_person_id, name, weeks) in enumerate(loads):
            for column, week in enumerate(weeks):
                cell = QTableWidgetItem(f"{week.count}/{week.capacity}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                tip = self.tr("%1: %n assignment(s) due in the week of %2", "", week.count)
                tip = tip.replace("%1", name).replace("%2", format_day_first(week.week_start))
                if week.overloaded:
                    cell.setBackground(QBrush(OVERLOADED_BACKGROUND))
                    cell.setForeground(QBrush(OVERLOADED_TEXT))
                    cell.setFont(bold)
                    tip += " " + self.tr("(over capacity: %1)").replace("%1", str(week.capacity))
                cell.setToolTip(tip)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()

    def _show_work(self) -> None:
        self.table.setRowCount(0)
        person_id = self.person.currentData()
        if self.db is None or person_id is None:
            self.summary.setText(self.tr("No one to show.") if self.db is not None else "")
            return
        work = my_work(self.db, person_id, date.today())
        self.table.setRowCount(len(work))
        for row, entry in enumerate(work):
            self._fill_row(row, entry)
        self.table.resizeColumnToContents(0)
        overdue = sum(1 for entry in work if entry.overdue)
        self.summary.setText(
            self.tr("%n assignment(s), %1 overdue", "", len(work)).replace("%1", str(overdue))
        )

    def _fill_row(self, row: int, entry: WorkItem) -> None:
        cells = (
            format_day_first(entry.due_date),
            entry.item_title,
            QCoreApplication.translate("enums", entry.role.label),
            QCoreApplication.translate("enums", entry.status.label),
        )
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            cell.setData(ITEM_ROLE, entry.item_id)
            if entry.overdue:
                cell.setForeground(QBrush(OVERDUE_COLOR))
                if column == 0:
                    cell.setToolTip(self.tr("Overdue since %1").replace("%1", text))
            self.table.setItem(row, column, cell)

    def _activated(self, cell: QTableWidgetItem) -> None:
        item_id = cell.data(ITEM_ROLE)
        if isinstance(item_id, int):
            self.item_activated.emit(item_id)
