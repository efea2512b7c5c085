"""Edit → Set status: only the moves the screening workflow allows, for every selected item."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from app.core import workflow as rules
from app.core.enums import ContentStatus
from app.core.records import Kind
from app.services import workflow
from app.services.database import Database
from app.ui.commands import RecordCommand
from app.ui.notifier import ChangeNotifier, Changes


class StatusChangeCommand(RecordCommand):
    """Undo puts every item back to its own earlier status; redo moves them again."""

    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        changes: Sequence[workflow.StatusChange],
        text: str,
    ) -> None:
        super().__init__(db, notifier, text)
        self.changes_made = list(changes)

    def changes(self) -> Changes:
        return Changes.of(Kind.CONTENT_ITEM)

    def do(self) -> None:
        again = [workflow.StatusChange(c.item_id, c.after, c.before) for c in self.changes_made]
        workflow.restore_statuses(self.db, again)

    def revert(self) -> None:
        workflow.restore_statuses(self.db, self.changes_made)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class StatusActions(QObject):
    """Fills the status menu for the current selection and carries out the chosen move."""

    def __init__(
        self,
        notifier: ChangeNotifier,
        undo_stack: QUndoStack,
        selection: Callable[[], tuple[Kind, list[int]]],
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self.db: Database | None = None
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.selection = selection
        self.parent_widget = parent_widget

    def selected_items(self) -> list[int]:
        kind, ids = self.selection()
        return ids if kind is Kind.CONTENT_ITEM else []

    def fill(self, menu: QMenu) -> None:
        menu.clear()
        ids = self.selected_items()
        targets = workflow.allowed_for(self.db, ids) if self.db is not None and ids else ()
        for target in targets:
            label = QCoreApplication.translate("enums", target.label)
            if rules.needs_reason(target):
                label += "…"
            action = menu.addAction(label)
            action.setObjectName(f"status_{target.value}")
            action.triggered.connect(lambda _=False, target=target: self.change(target))
        if not targets:
            empty = menu.addAction(self.tr("(select content items)"))
            empty.setEnabled(False)

    def change(self, target: ContentStatus, reason: str | None = None) -> bool:
        """Move every selected item to `target` in one step; a return asks for its reason."""
        ids = self.selected_items()
        if self.db is None or not ids:
            return False
        if rules.needs_reason(target) and reason is None:
            reason, accepted = QInputDialog.getText(
                self.parent_widget,
                self.tr("Return"),
                self.tr("Why is it returned? The reason is kept with the item."),
            )
            if not accepted:
                return False
        try:
            changes = workflow.change_status(self.db, ids, target, reason or "")
        except workflow.TransitionRefusedError as refused:
            lines = [
                f"“{refused.titles[item_id]}”: {rules.render(found, _translate)}"
                for item_id, found in refused.problems
            ]
            QMessageBox.warning(self.parent_widget, self.tr("Status not changed"), "\n".join(lines))
            return False
        if changes:
            label = QCoreApplication.translate("enums", target.label)
            text = self.tr("Set %n item(s) to “%1”", "", len(changes)).replace("%1", label)
            self.undo_stack.push(StatusChangeCommand(self.db, self.notifier, changes, text))
        return True
