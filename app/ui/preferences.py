"""Edit → Preferences…: the settings the whole newsroom shares (kept in the database). Changing
one is a single undoable step."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.validation import ValidationError
from app.services.database import Database
from app.services.shared_settings import DUE_DAYS_BEFORE, IntSetting, get_int, set_int
from app.ui.commands import RecordCommand
from app.ui.i18n import render
from app.ui.notifier import ChangeNotifier, Changes


class SetSharedSettingCommand(RecordCommand):
    """A shared setting from `before` to `after`; undo puts `before` back."""

    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        setting: IntSetting,
        before: int,
        after: int,
        text: str,
    ) -> None:
        super().__init__(db, notifier, text)
        self.setting = setting
        self.before = before
        self.after = after

    def changes(self) -> Changes:
        return Changes(frozenset())  # no record changes; editors read the setting when opened

    def do(self) -> None:
        set_int(self.db, self.setting, self.after)

    def revert(self) -> None:
        set_int(self.db, self.setting, self.before)


class PreferencesDialog(QDialog):
    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.db = db
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.due_days = QSpinBox()
        self.due_days.setObjectName("due_days_before")
        self.due_days.setRange(DUE_DAYS_BEFORE.minimum, DUE_DAYS_BEFORE.maximum)
        self.due_days.setValue(get_int(db, DUE_DAYS_BEFORE))
        self.due_days.setSuffix(self.tr(" day(s) before publication"))
        explanation = QLabel(
            self.tr(
                "An assignment created without a due date is due this many days before its "
                "item's planned start. Due dates that follow this default move with the item; "
                "dates someone chose stay. Shared by everyone using this database."
            )
        )
        explanation.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("preferences_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Assignments are &due"), self.due_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        """Store what changed as one undo step; stay open with a message if it is refused."""
        wanted = self.due_days.value()
        try:
            before = set_int(self.db, DUE_DAYS_BEFORE, wanted)
        except ValidationError as error:
            self.error.setText("\n".join(render(p) for p in error.problems.values()))
            self.error.show()
            return
        if before != wanted:
            text = self.tr("Assignments due %n day(s) before publication", "", wanted)
            self.undo_stack.push(
                SetSharedSettingCommand(
                    self.db, self.notifier, DUE_DAYS_BEFORE, before, wanted, text
                )
            )
        self.accept()
