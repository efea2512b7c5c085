"""The record editor: a form built from a kind's fields, with each problem next to its field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.records import FieldType, KindSpec
from app.core.validation import Problem
from app.ui.editor.drafts import draft_key, drop_draft, load_draft, save_draft
from app.ui.editor.fields import ChoiceEditor, ChoiceLoader, FieldEditor, MultiRefEditor, editor_for
from app.ui.editor.hints import HintSource
from app.ui.i18n import marked, render

# Saves the values; returns the problems that stopped it (empty when saved).
SaveHandler = Callable[[dict[str, Any]], Mapping[str, Problem]]
FORM_PROBLEM = ""
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #5f6368;"
DRAFT_DELAY_MS = 400


class RecordEditorDialog(QDialog):
    def __init__(
        self,
        spec: KindSpec,
        values: Mapping[str, Any],
        load_choices: ChoiceLoader,
        save: SaveHandler,
        title: str,
        parent: QWidget | None = None,
        record_id: int | None = None,
        hints: HintSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"editor_{spec.kind.value}")
        self.setWindowTitle(title)
        self.spec = spec
        self._save = save
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._hint_source = hints
        # The value last suggested for each field: replaced by the next suggestion only while
        # the user has not typed another.
        self._suggested: dict[str, Any] = {}

        self.form_error = self._error_label("error_form")
        self.draft_key = draft_key(spec, record_id)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(lambda: save_draft(self.draft_key, self.values()))
        self.draft_notice = QLabel()
        self.draft_notice.setObjectName("draft_notice")
        self.draft_notice.setWordWrap(True)
        self.discard_draft = QPushButton(self.tr("Discard them"))
        self.discard_draft.setObjectName("discard_draft")
        self.discard_draft.clicked.connect(lambda: self._discard_draft(values))
        notice = QHBoxLayout()
        notice.addWidget(self.draft_notice, 1)
        notice.addWidget(self.discard_draft)
        self.draft_notice.hide()
        self.discard_draft.hide()
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in spec.fields:
            editor = editor_for(field, load_choices)
            self.editors[field.name] = editor
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor.widget)
            self.errors[field.name] = self._error_label(f"error_{field.name}")
            cell_layout.addWidget(self.errors[field.name])
            if field.depends_on and hints is not None:
                self.hints[field.name] = self._hint_label(f"hint_{field.name}")
                cell_layout.addWidget(self.hints[field.name])
            label = marked("records", field.label) + (" *" if field.required else "")
            form.addRow(label, cell)
            form.labelForField(cell).setBuddy(editor.widget)  # type: ignore[attr-defined]

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttons")
        # PySide6 ships no Vietnamese qtbase translation, so the buttons are named here.
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(notice)
        layout.addWidget(self.form_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(700, min(140 + 58 * len(spec.fields), 760))

        for editor in self.editors.values():
            if isinstance(editor, ChoiceEditor) and record_id is None:
                editor.restrict_for_creation()
            elif isinstance(editor, ChoiceEditor):
                editor.lock_for_editing(self.tr("Change it with Edit → Set status."))
        self._connect_scopes()
        self._connect_dependencies()
        draft = load_draft(spec, self.draft_key)
        self.set_values({**values, **draft[1]} if draft else values)
        self._refresh_hints(suggest=record_id is None and not draft)
        self._connect_hints()
        if draft:
            self.draft_notice.setText(
                self.tr("Unsaved changes from %1 were restored.").replace("%1", draft[0])
            )
            self.draft_notice.show()
            self.discard_draft.show()
        for name, editor in self.editors.items():
            editor.changed.connect(lambda name=name: self._clear_problem(name))
            editor.changed.connect(self._draft_timer.start)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.set_value(values.get(name, self.spec.field(name).default))
        self._rescope()
        for name, editor in self.editors.items():
            if isinstance(editor, MultiRefEditor):
                editor.set_value(values.get(name))
        for editor in self.editors.values():
            self._tell_context(editor)

    def _hint_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(HINT_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _connect_hints(self) -> None:
        """A hint is recomputed when its field changes; a change of a field it depends on may
        also put its suggestion in the field."""
        for name in self.hints:
            self.editors[name].changed.connect(lambda name=name: self._refresh_hint(name, False))
            for other in self.spec.field(name).depends_on:
                if other in self.editors:
                    self.editors[other].changed.connect(
                        lambda name=name: self._refresh_hint(name, True)
                    )

    def _refresh_hints(self, suggest: bool) -> None:
        for name in self.hints:
            self._refresh_hint(name, suggest)

    def _refresh_hint(self, name: str, suggest: bool) -> None:
        assert self._hint_source is not None
        hint = self._hint_source(name, self.values())
        label = self.hints[name]
        label.setText(hint.text if hint else "")
        label.setVisible(hint is not None)
        if hint is None or not hint.suggests or not suggest:
            return
        editor = self.editors[name]
        current = editor.value()
        if current is None or current == self._suggested.get(name):
            self._suggested[name] = hint.value
            if current != hint.value:
                editor.set_value(hint.value)

    def _discard_draft(self, original: Mapping[str, Any]) -> None:
        self._draft_timer.stop()
        drop_draft(self.draft_key)
        self.set_values(original)
        self.draft_notice.hide()
        self.discard_draft.hide()

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _connect_scopes(self) -> None:
        for editor in self.editors.values():
            scope = editor.spec.scoped_by
            if editor.spec.type is FieldType.MULTI_REF and scope in self.editors:
                self.editors[scope].changed.connect(self._rescope)

    def _connect_dependencies(self) -> None:
        """An editor whose spec names `depends_on` hears when those fields change."""
        for editor in self.editors.values():
            for name in editor.spec.depends_on:
                if name in self.editors:
                    self.editors[name].changed.connect(
                        lambda editor=editor: self._tell_context(editor)
                    )

    def _tell_context(self, editor: FieldEditor) -> None:
        names = [n for n in editor.spec.depends_on if n in self.editors]
        if names:
            editor.context_changed({n: self.editors[n].value() for n in names})

    def _rescope(self) -> None:
        for editor in self.editors.values():
            scope = editor.spec.scoped_by
            if isinstance(editor, MultiRefEditor) and scope in self.editors:
                editor.reload({scope: self.editors[scope].value()})

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def _clear_problem(self, name: str) -> None:
        self.errors[name].hide()

    def show_problems(self, problems: Mapping[str, Problem]) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear()
            label.hide()
        first = None
        for name, found in problems.items():
            label = self.errors.get(name, self.form_error)
            label.setText(render(found))
            label.show()
            if first is None and name in self.editors:
                first = self.editors[name]
        if first is not None:
            first.focus()

    def save(self) -> None:
        """Save through the handler; stay open, with everything typed kept, if it is refused."""
        problems = self._save(self.values())
        if problems:
            self._draft_timer.stop()
            save_draft(self.draft_key, self.values())
            self.show_problems(problems)
            return
        self._forget_draft()
        self.accept()

    def _forget_draft(self) -> None:
        self._draft_timer.stop()
        drop_draft(self.draft_key)

    def reject(self) -> None:
        """Cancel means the user chose to drop what was typed."""
        self._forget_draft()
        super().reject()
