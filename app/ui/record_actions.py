"""New, edit, duplicate and delete for any kind: dialogs in, undoable commands out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.records import KINDS, Kind, KindSpec
from app.core.validation import Problem, ValidationError, problem
from app.services import editing
from app.services.database import Database
from app.services.orphans import orphan_item_ids
from app.services.records import NotFoundError, RecordData, choices, get_record
from app.services.slots import ColumnOrphans, orphans_of_columns
from app.ui.commands import CreateRecordCommand, DeleteRecordsCommand, UpdateRecordCommand
from app.ui.editor.dialog import FORM_PROBLEM, RecordEditorDialog
from app.ui.i18n import marked
from app.ui.notifier import ChangeNotifier
from app.ui.record_hints import hint_source

# Saving these may leave a column's items without a slot (cadence, span, end milestone).
SLOT_SHAPING = frozenset({Kind.COLUMN, Kind.MILESTONE})


def _copy_suffix(spec: KindSpec, values: dict[str, Any]) -> dict[str, Any]:
    copied = dict(values)
    title = spec.title_field
    if isinstance(copied.get(title), str):
        copied[title] = QCoreApplication.translate("RecordActions", "%1 (copy)").replace(
            "%1", copied[title]
        )
    if spec.kind is Kind.PLAN and copied.get("number"):
        copied["number"] = QCoreApplication.translate("RecordActions", "%1 (copy)").replace(
            "%1", copied["number"]
        )
    return copied


def _new_orphans(found: list[ColumnOrphans], known: set[int]) -> list[ColumnOrphans]:
    fresh = [
        ColumnOrphans(c.column_id, c.column_name, tuple(i for i in c.items if i.id not in known))
        for c in found
    ]
    return [c for c in fresh if c.items]


class RecordActions(QObject):
    # A saved edit left these items without a slot (list of ColumnOrphans): tell the user now.
    orphans_appeared = Signal(object)

    def __init__(
        self, notifier: ChangeNotifier, undo_stack: QUndoStack, parent_widget: QWidget
    ) -> None:
        super().__init__(parent_widget)
        self.db: Database | None = None
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.parent_widget = parent_widget
        self.last_dialog: RecordEditorDialog | None = None

    def _load_choices(self, kind: Kind, scope: dict[str, Any]) -> list[Any]:
        assert self.db is not None
        return choices(self.db, kind, scope)

    def _label(self, kind: Kind) -> str:
        return marked("records", KINDS[kind].label)

    def _open(
        self,
        kind: Kind,
        values: Mapping[str, Any],
        title: str,
        save: Any,
        record_id: int | None = None,
    ) -> bool:
        assert self.db is not None
        dialog = RecordEditorDialog(
            KINDS[kind],
            values,
            self._load_choices,
            save,
            title,
            self.parent_widget,
            record_id,
            hint_source(self.db, kind),
        )
        self.last_dialog = dialog
        accepted = dialog.exec() == RecordEditorDialog.DialogCode.Accepted
        self.last_dialog = None
        dialog.deleteLater()
        return accepted

    def new_record(self, kind: Kind, defaults: Mapping[str, Any] | None = None) -> bool:
        return self._create(kind, dict(defaults or {}), self.tr("New %1"))

    def duplicate(self, kind: Kind, record_id: int) -> bool:
        assert self.db is not None
        source = get_record(self.db, kind, record_id)
        return self._create(kind, _copy_suffix(KINDS[kind], source.values), self.tr("Duplicate %1"))

    def _create(self, kind: Kind, values: dict[str, Any], title: str) -> bool:
        db = self.db
        assert db is not None

        def save(typed: dict[str, Any]) -> Mapping[str, Problem]:
            try:
                created = editing.create_record(db, kind, typed)
            except ValidationError as error:
                return error.problems
            text = self.tr("Create %1 “%2”").replace("%1", self._label(kind))
            text = text.replace("%2", str(typed.get(KINDS[kind].title_field) or created.id))
            self.undo_stack.push(CreateRecordCommand(db, self.notifier, created, text))
            return {}

        return self._open(kind, values, title.replace("%1", self._label(kind)), save)

    def edit_record(self, kind: Kind, record_id: int) -> bool:
        db = self.db
        assert db is not None
        try:
            current = get_record(db, kind, record_id)
        except NotFoundError:
            self.notifier.failed.emit(self.tr("That record no longer exists."))
            return False
        read = {"version": current.version}
        orphaned: list[ColumnOrphans] = []

        def save(typed: dict[str, Any]) -> Mapping[str, Problem]:
            known = orphan_item_ids(db) if kind in SLOT_SHAPING else set()
            try:
                before, after = editing.update_record(db, kind, record_id, typed, read["version"])
            except ValidationError as error:
                return error.problems
            except editing.ConflictError as error:
                read["version"] = error.current.version
                message = self.tr(
                    "Someone else saved this record after you opened it. Your changes are "
                    "still here: save again to overwrite theirs, or cancel to keep them."
                )
                return {FORM_PROBLEM: problem(message)}
            except NotFoundError:
                return {FORM_PROBLEM: problem(self.tr("This record was deleted meanwhile."))}
            if before.version != after.version:
                text = self.tr("Edit %1 “%2”").replace("%1", self._label(kind))
                text = text.replace("%2", str(typed.get(KINDS[kind].title_field) or record_id))
                self.undo_stack.push(UpdateRecordCommand(db, self.notifier, before, after, text))
                if kind in SLOT_SHAPING:
                    orphaned[:] = _new_orphans(orphans_of_columns(db), known)
            return {}

        title = self.tr("Edit %1").replace("%1", self._label(kind))
        saved = self._open(kind, current.values, title, save, record_id)
        if saved and orphaned:
            self.orphans_appeared.emit(orphaned)
        return saved

    def delete(self, kind: Kind, ids: list[int]) -> bool:
        db = self.db
        assert db is not None
        if not ids:
            return False
        try:
            deleted = editing.delete_records(db, kind, ids)
        except editing.InUseError as error:
            used_by = marked("records", KINDS[error.kind].plural) if error.kind else "?"
            message = self.tr("It cannot be deleted: %1 record(s) of “%2” still refer to it.")
            message = message.replace("%1", str(error.count)).replace("%2", used_by)
            QMessageBox.warning(self.parent_widget, self.tr("Not deleted"), message)
            return False
        text = self.tr("Delete %n record(s)", "", len(ids))
        self.undo_stack.push(DeleteRecordsCommand(db, self.notifier, deleted, text))
        return True

    def current(self, kind: Kind, record_id: int) -> RecordData:
        assert self.db is not None
        return get_record(self.db, kind, record_id)
