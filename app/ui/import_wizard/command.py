"""A whole import as one step on the undo stack: Edit → Undo takes back every record it made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from app.core.records import Kind
from app.imports import AppliedImport, ImportPlan, apply_plan, redo_import, undo_import
from app.services.database import Database
from app.ui.notifier import ChangeNotifier, Changes


@dataclass
class ImportOutcome:
    """What the first redo did, kept outside the command: a command that failed is made
    obsolete, and the stack deletes it instead of keeping it."""

    applied: AppliedImport | None = None
    error: Exception | None = None


class ImportCommand(QUndoCommand):
    """The first redo writes the plan in one transaction; undo deletes what it created and puts
    back what it changed; a later redo restores the same rows with the same ids."""

    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        plan: ImportPlan,
        skip_invalid: bool,
        text: str,
        outcome: ImportOutcome,
    ) -> None:
        super().__init__(text)
        self.db = db
        self.notifier = notifier
        self.plan = plan
        self.skip_invalid = skip_invalid
        self.outcome = outcome
        self.applied: AppliedImport | None = None

    def changes(self) -> Changes:
        # Milestones carry stages and column spans along: every view may have moved.
        if self.plan.kind is Kind.CONTENT_ITEM:
            return Changes.of(Kind.CONTENT_ITEM)
        return Changes.everything()

    def redo(self) -> None:
        if self.applied is None:
            try:
                self.applied = apply_plan(self.db, self.plan, self.skip_invalid)
            except Exception as error:  # noqa: BLE001 - the wizard says it; nothing was written
                self.outcome.error = error
                self.setObsolete(True)  # so the stack drops the command instead of keeping it
                return
            self.outcome.applied = self.applied
            self.notifier.announce(self.changes())
            return
        self._step(redo_import)

    def undo(self) -> None:
        self._step(undo_import)

    def _step(self, step: Callable[[Database, AppliedImport], AppliedImport]) -> None:
        assert self.applied is not None
        try:
            self.applied = step(self.db, self.applied)
        except Exception as error:  # noqa: BLE001 - shown to the user; the stack stays usable
            self.notifier.failed.emit(str(error))
        self.notifier.announce(self.changes())
