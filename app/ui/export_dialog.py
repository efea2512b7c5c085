"""File → Export schedule…: choose a week or dates, the filters, a format and a file; or print.

The week is typed as an ISO week (2026-W04) or stepped with the arrows, next week by default.
Nothing here changes data, so nothing goes on the undo stack.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.weeks import WeekError, next_week, parse_week, week_label
from app.exports import labels
from app.exports.atomic import ExportError
from app.exports.registry import ExportFormat, export_schedule
from app.services.database import Database
from app.services.records import choices
from app.services.schedule import Schedule, ScheduleError, build_schedule
from app.services.slots import SlotError
from app.ui.i18n import marked, render
from app.ui.schedule_print import SchedulePreview, print_schedule
from app.ui.settings import Setting

EXPORT_FOLDER: Setting[str] = Setting("export/folder", "")


class Mode(Enum):
    """What the dialog was opened for: its default button."""

    EXPORT = "export"
    PRINT = "print"
    PREVIEW = "preview"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    def __init__(
        self,
        db: Database,
        current: ItemFilter,
        today: date,
        mode: Mode = Mode.EXPORT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export schedule"))
        self.db = db
        self.written: Path | None = None
        self._suggested_name = ""
        first, last = next_week(today)

        # Period: an ISO week, or any dates.
        self.week_mode = QRadioButton(self.tr("&Week"))
        self.week_mode.setObjectName("export_week_mode")
        self.range_mode = QRadioButton(self.tr("&Dates"))
        self.range_mode.setObjectName("export_range_mode")
        modes = QButtonGroup(self)
        modes.addButton(self.week_mode)
        modes.addButton(self.range_mode)
        self.week_mode.setChecked(True)
        self.week = QLineEdit(week_label(first))
        self.week.setObjectName("export_week")
        self.week.setPlaceholderText("2026-W04")
        self.week.setToolTip(self.tr("An ISO week, Monday to Sunday, written like 2026-W04"))
        self.previous_week = QToolButton()
        self.previous_week.setObjectName("export_previous_week")
        self.previous_week.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_week.setToolTip(self.tr("Previous week"))
        self.following_week = QToolButton()
        self.following_week.setObjectName("export_next_week")
        self.following_week.setArrowType(Qt.ArrowType.RightArrow)
        self.following_week.setToolTip(self.tr("Next week"))
        self.week_dates = QLabel()
        self.week_dates.setObjectName("export_week_dates")
        self.first_day = QDateEdit(_qdate(first))
        self.first_day.setObjectName("export_from")
        self.last_day = QDateEdit(_qdate(last))
        self.last_day.setObjectName("export_to")
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        period = QGroupBox(self.tr("Period"))
        grid = QGridLayout(period)
        grid.addWidget(self.week_mode, 0, 0)
        week_row = QHBoxLayout()
        week_row.addWidget(self.previous_week)
        week_row.addWidget(self.week)
        week_row.addWidget(self.following_week)
        week_row.addWidget(self.week_dates, 1)
        grid.addLayout(week_row, 0, 1)
        grid.addWidget(self.range_mode, 1, 0)
        range_row = QHBoxLayout()
        range_row.addWidget(self.first_day)
        range_row.addWidget(QLabel("–"))
        range_row.addWidget(self.last_day)
        range_row.addStretch(1)
        grid.addLayout(range_row, 1, 1)

        # Filters.
        self.plan = self._combo("export_plan", Kind.PLAN, current.plan_id)
        self.outlet = self._combo("export_outlet", Kind.OUTLET, current.outlet_id)
        self.column = self._combo("export_column", Kind.COLUMN, current.column_id)
        self.desk = self._combo("export_desk", Kind.DESK, current.desk_id)
        self.status = QComboBox()
        self.status.setObjectName("export_status")
        self.status.addItem(self.tr("All"), None)
        for status in ContentStatus:
            self.status.addItem(marked("enums", status.label), status.value)
        if current.status is not None:
            self.status.setCurrentIndex(self.status.findData(current.status.value))
        filters = QGroupBox(self.tr("Filter"))
        filter_form = QFormLayout(filters)
        filter_form.addRow(self.tr("&Plan:"), self.plan)
        filter_form.addRow(self.tr("&Outlet:"), self.outlet)
        filter_form.addRow(self.tr("&Column:"), self.column)
        filter_form.addRow(self.tr("Des&k:"), self.desk)
        filter_form.addRow(self.tr("&Status:"), self.status)

        # Format and file.
        self.format = QComboBox()
        self.format.setObjectName("export_format")
        for fmt in ExportFormat:
            self.format.addItem(marked("schedule", fmt.label), fmt.value)
        self.file = QLineEdit()
        self.file.setObjectName("export_file")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("export_browse")
        self.browse.setAutoDefault(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        output = QGroupBox(self.tr("File"))
        output_form = QFormLayout(output)
        output_form.addRow(self.tr("&Format:"), self.format)
        file_label = QLabel(self.tr("&Save as:"))
        file_label.setBuddy(self.file)
        output_form.addRow(file_label, file_row)

        self.problem = QLabel()
        self.problem.setObjectName("export_problem")
        self.problem.setStyleSheet("color: #a61c00")
        self.problem.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.print_button = buttons.addButton(
            self.tr("P&rint…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("export_print")
        self.preview_button = buttons.addButton(
            self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("export_preview")
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_)
        self.preview_button.clicked.connect(self.preview)

        layout = QVBoxLayout(self)
        layout.addWidget(period)
        layout.addWidget(filters)
        layout.addWidget(output)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Set once the buttons are in the dialog, which only then knows its default button.
        self._default = {
            Mode.EXPORT: self.export_button,
            Mode.PRINT: self.print_button,
            Mode.PREVIEW: self.preview_button,
        }[mode]
        for button in (self.export_button, self.print_button, self.preview_button):
            button.setAutoDefault(button is self._default)
        self._default.setDefault(True)

        self.week.textChanged.connect(self._period_changed)
        self.previous_week.clicked.connect(lambda: self._step_week(-1))
        self.following_week.clicked.connect(lambda: self._step_week(1))
        self.week_mode.toggled.connect(self._period_changed)
        self.first_day.dateChanged.connect(self._range_edited)
        self.last_day.dateChanged.connect(self._range_edited)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.browse.clicked.connect(self._browse)
        self.file.textEdited.connect(self._file_edited)
        self._file_touched = False
        self._period_changed()
        self.setMinimumWidth(620)

    # --- fields ------------------------------------------------------------------------------
    def _combo(self, name: str, kind: Kind, selected: int | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("All"), None)
        for choice in choices(self.db, kind):
            combo.addItem(choice.label, choice.id)
        if selected is not None and combo.findData(selected) >= 0:
            combo.setCurrentIndex(combo.findData(selected))
        combo.setMaximumWidth(520)
        return combo

    def item_filter(self) -> ItemFilter:
        status = self.status.currentData()
        return ItemFilter(
            plan_id=self.plan.currentData(),
            outlet_id=self.outlet.currentData(),
            column_id=self.column.currentData(),
            desk_id=self.desk.currentData(),
            status=ContentStatus(status) if status else None,
        )

    def selected_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def period(self) -> tuple[date, date]:
        """The chosen days; raises WeekError or ScheduleError naming what is wrong."""
        if self.week_mode.isChecked():
            return parse_week(self.week.text())
        first, last = _day(self.first_day.date()), _day(self.last_day.date())
        if last < first:
            raise ScheduleError(self.tr("The last day is before the first."))
        return first, last

    def _step_week(self, weeks: int) -> None:
        try:
            monday, _ = parse_week(self.week.text())
        except WeekError:
            monday, _ = next_week(date.today())
            weeks = 0
        self.week_mode.setChecked(True)
        self.week.setText(week_label(monday + timedelta(weeks=weeks)))

    def _range_edited(self) -> None:
        self.range_mode.setChecked(True)
        self._period_changed()

    def _period_changed(self) -> None:
        try:
            first, last = self.period()
        except (WeekError, ScheduleError) as error:
            self.week_dates.setText("")
            self.problem.setText(
                self.tr("Write the week like 2026-W04.")
                if isinstance(error, WeekError)
                else str(error)
            )
            self.export_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.preview_button.setEnabled(False)
            return
        self.problem.setText("")
        for button in (self.export_button, self.print_button, self.preview_button):
            button.setEnabled(True)
        if self.week_mode.isChecked():
            self.week_dates.setText(labels.span(first, last))
        self._suggest_file(first, last)

    def _suggested(self, first: date, last: date) -> str:
        # A file name: the translation keeps to plain letters ("lich").
        word = self.tr("schedule")
        if self.week_mode.isChecked():
            stem = f"{word}-{week_label(first)}"
        else:
            stem = f"{word}-{first:%Y%m%d}-{last:%Y%m%d}"
        return stem + self.selected_format().suffix

    def _suggest_file(self, first: date, last: date) -> None:
        """Follow the period and format in the file name until the user writes their own."""
        if self._file_touched and self.file.text().strip():
            return
        folder = Path(EXPORT_FOLDER.get() or Path.home())
        self.file.setText(str(folder / self._suggested(first, last)))

    def _file_edited(self) -> None:
        self._file_touched = True

    def _format_changed(self) -> None:
        text = self.file.text().strip()
        if self._file_touched and text:
            path = Path(text)
            if ExportFormat.of_path(path) is not None:
                self.file.setText(str(path.with_suffix(self.selected_format().suffix)))
            return
        self._period_changed()

    def _browse(self) -> None:
        fmt = self.selected_format()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export schedule"), self.file.text(), marked("schedule", fmt.label)
        )
        if path:
            if Path(path).suffix == "":
                path += fmt.suffix
            self.file.setText(path)
            self._file_touched = True

    # --- actions -----------------------------------------------------------------------------
    def build(self) -> Schedule | None:
        """The schedule of the chosen period and filters, or None after saying what failed."""
        try:
            first, last = self.period()
            return build_schedule(self.db, first, last, self.item_filter())
        except WeekError:
            self._fail(self.tr("Write the week like 2026-W04."))
        except ScheduleError as error:
            self._fail(str(error))
        except SlotError as error:
            self._fail(render(error.problem))
        return None

    def _fail(self, message: str) -> None:
        self.problem.setText(message)
        QMessageBox.warning(self, self.tr("Not exported"), message)

    def export(self) -> None:
        text = self.file.text().strip()
        if not text:
            self._fail(self.tr("Choose the file to write."))
            return
        target = Path(text).expanduser()
        fmt = self.selected_format()
        if target.suffix == "":
            target = target.with_suffix(fmt.suffix)
        if target.exists() and not target.is_dir():
            answer = QMessageBox.question(
                self,
                self.tr("Replace file?"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(target)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        schedule = self.build()
        if schedule is None:
            return
        try:
            self.written = export_schedule(schedule, fmt, target)
        except ExportError as error:
            self._fail(str(error))
            return
        EXPORT_FOLDER.set(str(target.parent.resolve()))
        self.accept()

    def print_(self) -> None:
        schedule = self.build()
        if schedule is not None and print_schedule(schedule, self):
            self.accept()

    def preview(self) -> None:
        schedule = self.build()
        if schedule is None:
            return
        dialog = SchedulePreview(schedule, self)
        dialog.exec()
