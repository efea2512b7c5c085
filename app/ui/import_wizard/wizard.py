"""File → Import…: pick a file, map its columns, look at the dry run, import as one undo step.

The wizard holds what the pages set up (file, kind, window, table, mapping, plan) and does the
work they ask for; a page that fails says why and stays, with everything the user chose.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget, QWizard

from app.core.records import Kind
from app.imports import (
    ColumnMapping,
    FileFormat,
    ImportPlan,
    ImportRefusedError,
    PlanHasRejectionsError,
    ReadOptions,
    StalePlanError,
    Table,
    Window,
    detect_format,
    plan_import,
    read_source,
    read_table,
)
from app.services.database import Database
from app.ui.i18n import marked
from app.ui.import_wizard.command import ImportCommand, ImportOutcome
from app.ui.import_wizard.file_page import FilePage
from app.ui.import_wizard.mapping_page import MappingPage
from app.ui.import_wizard.plan_page import PlanPage
from app.ui.import_wizard.steps import FILE_PAGE, MAPPING_PAGE, PLAN_PAGE, busy
from app.ui.notifier import ChangeNotifier


class ImportWizard(QWizard):
    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import"))
        self.db = db
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.path: Path | None = None
        self.format: FileFormat | None = None
        self.kind = Kind.CONTENT_ITEM
        self.window_days = Window.around(today or dt.date.today())
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.summary = ""  # what the main window's status bar says once the wizard is done
        self._table_of: tuple[Path, Kind] | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self.window_days)
        self.mapping_page = MappingPage()
        self.plan_page = PlanPage()
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PLAN_PAGE, self.plan_page)
        self.setMinimumSize(960, 700)

    @property
    def file_name(self) -> str:
        return self.path.name if self.path else ""

    # --- reading -------------------------------------------------------------------------
    def read_spreadsheet(self, mapping: ColumnMapping | None = None) -> Table:
        """The spreadsheet's header and rows as `mapping` reads them (sheet, encoding);
        raises `ImportRefusedError` naming the file."""
        assert self.path is not None
        options = ReadOptions(kind=self.kind, mapping=mapping, translate=marked)
        with busy():
            return read_table(self.path, options)

    def choose_file(self, path: Path, kind: Kind, window: Window) -> None:
        """Remember the file page's choices; a new file or kind starts the mapping afresh."""
        self.path, self.kind, self.window_days = path, kind, window
        self.format = detect_format(path)
        if self._table_of != (path, kind):
            self.table, self.mapping = None, None
            self._table_of = (path, kind)

    def dry_run(self) -> None:
        """Read the whole file and plan it; raises `ImportRefusedError` naming the file."""
        assert self.path is not None
        spreadsheet = self.format is not FileFormat.ICS
        options = ReadOptions(
            kind=self.kind,
            mapping=self.mapping if spreadsheet else None,
            window=None if spreadsheet else self.window_days,
            translate=marked,
        )
        with busy():
            source = read_source(self.path, options, name=self.file_name)
            self.plan = plan_import(self.db, source)

    def refusal(self, error: ImportRefusedError) -> str:
        return error.located(self.file_name).render(marked)

    # --- importing -----------------------------------------------------------------------
    def run_import(self, skip_invalid: bool) -> str | None:
        """Write the plan as one undoable step; None, or what went wrong (nothing written)."""
        plan = self.plan
        assert plan is not None
        if not plan.records:
            self.summary = self.tr("Nothing to import from %1.").replace("%1", self.file_name)
            return None
        outcome = ImportOutcome()
        text = self.tr("Import %1").replace("%1", self.file_name)
        with busy():
            self.undo_stack.push(
                ImportCommand(self.db, self.notifier, plan, skip_invalid, text, outcome)
            )
        if outcome.error is not None:
            return self._failure(outcome.error)
        counts = plan.counts()
        self.summary = (
            self.tr("Imported %1: %2 created, %3 updated, %4 skipped, %5 rejected.")
            .replace("%1", self.file_name)
            .replace("%2", str(counts["created"]))
            .replace("%3", str(counts["updated"]))
            .replace("%4", str(counts["skipped"]))
            .replace("%5", str(counts["rejected"]))
        )
        return None

    def _failure(self, error: Exception) -> str:
        if isinstance(error, StalePlanError):
            return self.tr(
                "The database changed since the dry run, so nothing was imported. The dry run "
                "has been made again: check it and import again."
            )
        if isinstance(error, PlanHasRejectionsError):
            return self.tr(
                "Some records are rejected, so nothing was imported: tick “Skip the rejected "
                "records” or go back and fix the mapping."
            )
        return self.tr("Nothing was imported: %1").replace("%1", str(error))
