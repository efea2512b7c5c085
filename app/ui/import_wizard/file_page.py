"""The first page: the file, what its records become, and (for a calendar) the days to read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from app.core.records import Kind
from app.imports import FileFormat, ImportRefusedError, Window, detect_format
from app.ui.import_wizard.labels import problem_label
from app.ui.import_wizard.steps import MAPPING_PAGE, PLAN_PAGE
from app.ui.settings import Setting

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard

IMPORT_FOLDER: Setting[str] = Setting("import/folder", "")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FilePage(QWizardPage):
    def __init__(self, window: Window) -> None:
        super().__init__()
        self.setObjectName("import_file_page")
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(
            self.tr(
                "A calendar (.ics) or a spreadsheet (.csv, .xlsx). Nothing is written until "
                "you have seen what the import would do."
            )
        )
        self.file = QLineEdit()
        self.file.setObjectName("import_file")
        self.file.setPlaceholderText(self.tr("The file's path, or Browse…"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("import_browse")
        self.browse.setAutoDefault(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.format_note = QLabel()
        self.format_note.setObjectName("import_format_note")

        self.as_items = QRadioButton(self.tr("&Content items (pieces to publish)"))
        self.as_items.setObjectName("import_as_items")
        self.as_milestones = QRadioButton(self.tr("&Milestones (dated events to plan around)"))
        self.as_milestones.setObjectName("import_as_milestones")
        kinds = QButtonGroup(self)
        kinds.addButton(self.as_items)
        kinds.addButton(self.as_milestones)
        self.as_items.setChecked(True)
        kind_box = QGroupBox(self.tr("Import the rows or events as"))
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.addWidget(self.as_items)
        kind_layout.addWidget(self.as_milestones)

        self.first_day = QDateEdit(_qdate(window.first))
        self.first_day.setObjectName("import_window_from")
        self.last_day = QDateEdit(_qdate(window.last))
        self.last_day.setObjectName("import_window_until")
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.window_box = QGroupBox(self.tr("Recurring events"))
        self.window_box.setObjectName("import_window")
        window_form = QFormLayout(self.window_box)
        window_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        window_form.addRow(
            QLabel(self.tr("A repeating event becomes one record per day it falls on between:"))
        )
        window_form.addRow(self.tr("&From:"), self.first_day)
        window_form.addRow(self.tr("&Until:"), self.last_day)

        self.problem = problem_label("import_file_problem")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.file)
        form.addRow(label, file_row)
        form.addRow("", self.format_note)
        layout.addLayout(form)
        layout.addWidget(kind_box)
        layout.addWidget(self.window_box)
        layout.addWidget(self.problem)
        layout.addStretch(1)

        self.file.textChanged.connect(self._file_changed)
        self.browse.clicked.connect(self._browse)
        self.first_day.dateChanged.connect(self._window_changed)
        self.last_day.dateChanged.connect(self._window_changed)
        self._file_changed()

    def _wizard(self) -> ImportWizard:
        return cast("ImportWizard", self.wizard())

    def path(self) -> Path | None:
        text = self.file.text().strip()
        return Path(text).expanduser() if text else None

    def file_format(self) -> FileFormat | None:
        path = self.path()
        if path is None or not path.is_file():
            return None
        try:
            return detect_format(path)
        except ImportRefusedError:
            return None

    def kind(self) -> Kind:
        return Kind.MILESTONE if self.as_milestones.isChecked() else Kind.CONTENT_ITEM

    def recurrence_window(self) -> Window:
        return Window(_day(self.first_day.date()), _day(self.last_day.date()))

    def _file_changed(self) -> None:
        path, found = self.path(), self.file_format()
        notes = {
            FileFormat.ICS: self.tr("A calendar file (iCalendar)"),
            FileFormat.CSV: self.tr("A spreadsheet saved as text (CSV)"),
            FileFormat.XLSX: self.tr("An Excel workbook (XLSX)"),
        }
        if found is not None:
            self.format_note.setText(notes[found])
        elif path is not None and path.is_file():
            self.format_note.setText(
                self.tr("Not a calendar (.ics) or spreadsheet (.csv, .xlsx) file.")
            )
        elif path is not None:
            self.format_note.setText(self.tr("There is no such file."))
        else:
            self.format_note.setText("")
        self.window_box.setVisible(found is FileFormat.ICS)
        self.problem.setText("")
        self.completeChanged.emit()

    def _window_changed(self) -> None:
        self.problem.setText(
            self.tr("“Until” is before “From”.")
            if self.recurrence_window().last < self.recurrence_window().first
            else ""
        )
        self.completeChanged.emit()

    def _browse(self) -> None:
        start = self.file.text() or IMPORT_FOLDER.get() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            start,
            self.tr(
                "Calendars and spreadsheets (*.ics *.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"
            ),
        )
        if path:
            self.file.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        return (
            self.file_format() is not None
            and self.recurrence_window().first <= self.recurrence_window().last
        )

    def nextId(self) -> int:  # noqa: N802 - Qt's API
        return PLAN_PAGE if self.file_format() is FileFormat.ICS else MAPPING_PAGE

    def validatePage(self) -> bool:  # noqa: N802 - Qt's API
        """Read the file now, so a refused one is said here, next to the file's name."""
        path = self.path()
        wizard = self._wizard()
        if path is None:
            return False
        try:
            wizard.choose_file(path, self.kind(), self.recurrence_window())
            if wizard.format is FileFormat.ICS:
                wizard.dry_run()
            elif wizard.table is None:
                wizard.table = wizard.read_spreadsheet()
        except ImportRefusedError as error:
            self.problem.setText(wizard.refusal(error))
            return False
        IMPORT_FOLDER.set(str(path.resolve().parent))
        self.problem.setText("")
        return True
