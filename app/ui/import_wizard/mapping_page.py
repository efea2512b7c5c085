"""The spreadsheet step: which column fills which field, how the file is read, and a preview.

The mapping starts from a saved one that fits the headers, else from the headers' names. Sheet,
encoding and date order re-read the preview at once; a guessed encoding must be confirmed.
Mappings are saved under a name (offered again for the next file) or as JSON files that
`edcal import --mapping` reads too.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.imports import ColumnMapping, DateOrder, ImportRefusedError, suggest_mapping, targets
from app.ui.i18n import marked
from app.ui.import_wizard.column_table import ColumnTable
from app.ui.import_wizard.labels import REQUIRED, problem_label, target_label
from app.ui.import_wizard.preview_model import PREVIEW_ROWS, PreviewModel
from app.ui.import_wizard.saved_mappings import fitting_mapping, save_mapping, saved_mappings

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard

# The encodings a newsroom's CSV comes in, as `codecs.lookup(...).name` spells them.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "cp1252")


class MappingPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_mapping_page")
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(
            self.tr(
                "Choose what each column of the file becomes. The preview shows the first rows "
                "as they will be imported; a cell that cannot be read is red (point at it to "
                "see why)."
            )
        )
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.encoding = QComboBox()
        self.encoding.setObjectName("import_encoding")
        encoding_names = {
            "utf-8": self.tr("UTF-8"),
            "utf-8-sig": self.tr("UTF-8 with BOM"),
            "utf-16": self.tr("UTF-16"),
            "cp1258": self.tr("Windows-1258 (Vietnamese)"),
            "cp1252": self.tr("Windows-1252 (Western European)"),
        }
        for codec in ENCODINGS:
            self.encoding.addItem(encoding_names[codec], codec)
        self.encoding_note = QLabel()
        self.encoding_note.setObjectName("import_encoding_note")
        self.encoding_note.setWordWrap(True)
        self.confirm_encoding = QCheckBox(self.tr("The preview's text reads correctly"))
        self.confirm_encoding.setObjectName("import_confirm_encoding")
        self.date_order = QComboBox()
        self.date_order.setObjectName("import_date_order")
        self.date_order.addItem(self.tr("Day first (19/01/2026)"), DateOrder.DAY_FIRST.value)
        self.date_order.addItem(self.tr("Month first (01/19/2026)"), DateOrder.MONTH_FIRST.value)
        self.date_order.addItem(self.tr("Year first (2026/01/19)"), DateOrder.YEAR_FIRST.value)

        self.saved = QComboBox()
        self.saved.setObjectName("import_saved_mappings")
        self.mapping_name = QLineEdit()
        self.mapping_name.setObjectName("import_mapping_name")
        self.mapping_name.setPlaceholderText(self.tr("Name for this mapping"))
        self.save_named = QPushButton(self.tr("&Save mapping"))
        self.save_named.setObjectName("import_save_mapping")
        self.load_file = QPushButton(self.tr("&Load from file…"))
        self.load_file.setObjectName("import_load_mapping_file")
        self.save_file = QPushButton(self.tr("Save to &file…"))
        self.save_file.setObjectName("import_save_mapping_file")
        for button in (self.save_named, self.load_file, self.save_file):
            button.setAutoDefault(False)

        self.columns = ColumnTable()
        self.preview_model = PreviewModel()
        self.preview = QTableView()
        self.preview.setObjectName("import_preview")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("import_preview_note")
        self.preview_note.setWordWrap(True)
        self.problem = problem_label("import_mapping_problem")
        self.message = QLabel()
        self.message.setObjectName("import_mapping_message")
        self.message.setWordWrap(True)
        self._build_layout()

        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        self.encoding.currentIndexChanged.connect(self._encoding_chosen)
        self.confirm_encoding.toggled.connect(self._encoding_confirmed)
        self.date_order.currentIndexChanged.connect(self._date_order_chosen)
        self.columns.changed.connect(self._columns_changed)
        self.saved.activated.connect(self._saved_chosen)
        self.save_named.clicked.connect(self._save_named)
        self.mapping_name.textChanged.connect(
            lambda text: self.save_named.setEnabled(bool(text.strip()))
        )
        self.load_file.clicked.connect(self._load_file)
        self.save_file.clicked.connect(self._save_file)
        self.save_named.setEnabled(False)
        self._shown_for: object = None

    def _build_layout(self) -> None:
        reading = QFormLayout()
        self.sheet_label = QLabel(self.tr("S&heet:"))
        self.sheet_label.setBuddy(self.sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        reading.addRow(self.sheet_label, sheet_row)
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding)
        encoding_row.addWidget(self.encoding_note, 1)
        reading.addRow(self.encoding_label, encoding_row)
        reading.addRow("", self.confirm_encoding)
        order_label = QLabel(self.tr("&Dates are written:"))
        order_label.setBuddy(self.date_order)
        order_row = QHBoxLayout()
        order_row.addWidget(self.date_order)
        order_row.addStretch(1)
        reading.addRow(order_label, order_row)
        saved_label = QLabel(self.tr("Saved &mappings:"))
        saved_label.setBuddy(self.saved)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.mapping_name, 1)
        saved_row.addWidget(self.save_named)
        saved_row.addWidget(self.load_file)
        saved_row.addWidget(self.save_file)
        reading.addRow(saved_label, saved_row)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.preview_note)
        below_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.columns)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(reading)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)

    def _wizard(self) -> ImportWizard:
        return cast("ImportWizard", self.wizard())

    # --- entering and leaving --------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt's API
        """A new file or kind starts afresh; coming back to the same one keeps everything."""
        wizard = self._wizard()
        if wizard.mapping is not None and self._shown_for == (wizard.path, wizard.kind):
            return
        self._shown_for = (wizard.path, wizard.kind)
        table = wizard.table
        assert table is not None
        self._fill_saved()
        name = fitting_mapping(wizard.kind, table.headers)
        if name is not None:
            self._use_saved(name)
            return
        wizard.mapping = suggest_mapping(table.headers, wizard.kind, marked)
        self.message.setText("")
        self._show_all()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's API
        """Going back keeps the mapping (Qt's default would reset the page)."""

    # --- showing -------------------------------------------------------------------------
    def _show_all(self) -> None:
        """Every widget from the wizard's table and mapping, without signalling changes."""
        wizard = self._wizard()
        table, mapping = wizard.table, wizard.mapping
        assert mapping is not None
        widgets = (self.sheet, self.encoding, self.date_order, self.confirm_encoding)
        for widget in widgets:
            widget.blockSignals(True)
        self.sheet.clear()
        if table is not None:
            self.sheet.addItems(list(table.sheets))
            self.sheet.setCurrentIndex(max(0, self.sheet.findText(table.sheet or "")))
        is_xlsx = bool(table and table.sheets)
        self.sheet.setVisible(is_xlsx)
        self.sheet_label.setVisible(is_xlsx)
        for shown_for_csv in (self.encoding, self.encoding_label, self.encoding_note):
            shown_for_csv.setVisible(not is_xlsx)
        self._show_encoding()
        self.date_order.setCurrentIndex(self.date_order.findData(mapping.date_order.value))
        for widget in widgets:
            widget.blockSignals(False)
        if table is not None:
            self.columns.show_table(table, wizard.kind, mapping.columns)
        self._refresh()

    def _show_encoding(self) -> None:
        wizard = self._wizard()
        table, mapping = wizard.table, wizard.mapping
        assert mapping is not None
        read = mapping.encoding or (table.encoding if table else None)
        if read is not None and self.encoding.findData(read) < 0:
            self.encoding.addItem(read, read)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(read)))
        guessed = bool(table and table.guessed_encoding and not mapping.encoding)
        confirmed = bool(table and table.guessed_encoding and mapping.encoding)
        self.confirm_encoding.setVisible(
            bool(table and table.guessed_encoding and not table.sheets)
        )
        self.confirm_encoding.setChecked(confirmed)
        if table is None:
            self.encoding_note.setText("")
        elif guessed or confirmed:
            self.encoding_note.setText(
                self.tr("Guessed from the text: check the preview, then confirm or choose another.")
            )
        elif mapping.encoding:
            self.encoding_note.setText(self.tr("As you chose."))
        else:
            self.encoding_note.setText(self.tr("Recognised in the file."))

    def _refresh(self) -> None:
        """The preview and what keeps the mapping from being used, after any change."""
        wizard = self._wizard()
        mapping = wizard.mapping
        assert mapping is not None
        self.preview_model.show(wizard.table, mapping, wizard.file_name)
        self.preview.resizeColumnsToContents()
        table = wizard.table
        total = len(table.rows) if table else 0
        shown_rows = min(total, PREVIEW_ROWS)
        note = self.tr("The first %1 of %2 rows, as they will be imported.")
        note = note.replace("%1", str(shown_rows)).replace("%2", str(total))
        bad = self.preview_model.problem_count()
        if bad:
            note += " " + self.tr("%n cell(s) cannot be read: they are red.", "", bad)
        self.preview_note.setText(note)
        self.problem.setText("\n".join(self.problems()))
        self.completeChanged.emit()

    def problems(self) -> list[str]:
        """What keeps the mapping from being used, said in the user's language."""
        wizard = self._wizard()
        mapping, table = (wizard.mapping, wizard.table) if wizard else (None, None)
        if mapping is None or table is None:
            return [self.tr("The file could not be read with these settings.")]
        found = [
            self.tr("Choose the column that gives the %1.").replace(
                "%1", target_label(wizard.kind, target)
            )
            for target in REQUIRED[wizard.kind]
            if target not in mapping.columns.values() and target not in mapping.defaults
        ]
        filled: dict[str, str] = {}
        for column, target in mapping.columns.items():
            if target in filled:
                found.append(
                    self.tr("“%1” and “%2” both give the %3: choose one.")
                    .replace("%1", filled[target])
                    .replace("%2", column)
                    .replace("%3", target_label(wizard.kind, target))
                )
            filled[target] = column
        if not found and mapping.problems(table.headers):
            found = [  # what the core says; the UI's own checks should have caught it first
                self.tr("The mapping cannot be used: %1").replace(
                    "%1", "; ".join(mapping.problems(table.headers))
                )
            ]
        if table.guessed_encoding and not table.sheets and not mapping.encoding:
            found.append(self.tr("The encoding was guessed: confirm it, or choose the right one."))
        return found

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        return not self.problems()

    # --- changes -------------------------------------------------------------------------
    def _set_mapping(self, mapping: ColumnMapping) -> None:
        self._wizard().mapping = mapping
        self._refresh()

    def _columns_changed(self) -> None:
        mapping = self._wizard().mapping
        assert mapping is not None
        self._set_mapping(replace(mapping, columns=self.columns.columns()))

    def _date_order_chosen(self) -> None:
        mapping = self._wizard().mapping
        assert mapping is not None
        self._set_mapping(replace(mapping, date_order=DateOrder(self.date_order.currentData())))

    def _encoding_confirmed(self, checked: bool) -> None:
        wizard = self._wizard()
        assert wizard.mapping is not None and wizard.table is not None
        encoding = wizard.table.encoding if checked else None
        self._set_mapping(replace(wizard.mapping, encoding=encoding))
        self._show_encoding()

    def _encoding_chosen(self) -> None:
        mapping = self._wizard().mapping
        assert mapping is not None
        self._reread(replace(mapping, encoding=self.encoding.currentData()))

    def _sheet_chosen(self) -> None:
        mapping = self._wizard().mapping
        assert mapping is not None
        self._reread(replace(mapping, sheet=self.sheet.currentText()))

    def _reread(self, mapping: ColumnMapping) -> None:
        """Read the file again as `mapping` says (sheet, encoding). Its columns this file has
        are kept; when it has none of them, they are guessed from the headers. On failure the
        reason is said and no rows are shown; the mapping stays, for another choice."""
        wizard = self._wizard()
        try:
            wizard.table = wizard.read_spreadsheet(mapping)
        except ImportRefusedError as error:
            wizard.table = None
            wizard.mapping = mapping
            self._show_all()
            self.columns.setRowCount(0)
            self.problem.setText(wizard.refusal(error))
            return
        headers = wizard.table.headers
        kept = {c: t for c, t in mapping.columns.items() if c in headers}
        if not kept:
            kept = suggest_mapping(headers, wizard.kind, marked).columns
        wizard.mapping = replace(mapping, columns=kept)
        self._show_all()

    # --- saved mappings ------------------------------------------------------------------
    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(choose a saved mapping)"), "")
        for name in saved_mappings(self._wizard().kind):
            self.saved.addItem(name, name)

    def _saved_chosen(self) -> None:
        name = self.saved.currentData()
        if name:
            self._use_saved(name)

    def _use_saved(self, name: str) -> None:
        mapping = saved_mappings(self._wizard().kind).get(name)
        if mapping is not None:
            self._apply(mapping, self.tr("Using the saved mapping “%1”.").replace("%1", name))
            self.saved.setCurrentIndex(max(0, self.saved.findData(name)))

    def _apply(self, mapping: ColumnMapping, message: str) -> None:
        """Use a mapping made for another file: its columns this file lacks are said."""
        wizard = self._wizard()
        allowed = targets(wizard.kind)
        sheets = wizard.table.sheets if wizard.table else ()
        mapping = replace(
            mapping,
            kind=wizard.kind,
            columns={c: t for c, t in mapping.columns.items() if t in allowed},
            sheet=mapping.sheet if mapping.sheet in sheets else None,
        )
        self._reread(mapping)
        table = wizard.table
        missing = [c for c in mapping.columns if table is not None and c not in table.headers]
        if missing:
            message += " " + self.tr("This file has no column %1.").replace(
                "%1", ", ".join(f"“{c}”" for c in missing)
            )
        self.message.setText(message)

    def _save_named(self) -> None:
        name = self.mapping_name.text().strip()
        mapping = self._wizard().mapping
        if not name or mapping is None:
            return
        save_mapping(name, mapping)
        self._fill_saved()
        self.saved.setCurrentIndex(self.saved.findData(name))
        self.mapping_name.clear()
        self.message.setText(self.tr("Saved the mapping as “%1”.").replace("%1", name))

    def _load_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping"), "", self.tr("Column mappings (*.json);;All files (*)")
        )
        if path:
            self.load_mapping_file(Path(path))

    def load_mapping_file(self, path: Path) -> None:
        try:
            mapping = ColumnMapping.load(path)
        except ImportRefusedError as error:
            self.problem.setText(f"{path.name}: {error.render(marked)}")
            return
        self._apply(mapping, self.tr("Using the mapping from %1.").replace("%1", path.name))

    def _save_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping"), "mapping.json", self.tr("Column mappings (*.json)")
        )
        if path:
            self.save_mapping_file(Path(path))

    def save_mapping_file(self, path: Path) -> None:
        mapping = self._wizard().mapping
        if mapping is None:
            return
        try:
            mapping.save(path)
        except OSError as error:
            self.problem.setText(f"{path.name}: {error.strerror or error}")
            return
        self.message.setText(self.tr("Saved the mapping to %1.").replace("%1", str(path)))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's API
        """The dry run of the whole file; a refusal is said here and the page stays."""
        wizard = self._wizard()
        try:
            wizard.dry_run()
        except ImportRefusedError as error:
            self.problem.setText(wizard.refusal(error))
            return False
        return True
