"""One small editor per field type, each with value() and set_value() over plain values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.core.records import FieldSpec, FieldType, Kind
from app.services.records import Choice
from app.ui.i18n import marked

ChoiceLoader = Callable[[Kind, dict[str, Any]], list[Choice]]
DATE_FORMAT = "dd/MM/yyyy"


class FieldEditor(QObject):
    """Wraps the widget for one field; `changed` fires whenever the user edits it."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)
        self.spec = spec
        self.widget = widget
        widget.setObjectName(f"field_{spec.name}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def context_changed(self, values: Mapping[str, Any]) -> None:
        """The fields named in the spec's `depends_on` hold `values` now."""

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)


class TextEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QLineEdit()
        super().__init__(spec, self.edit)
        self.edit.setMaxLength(500)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QPlainTextEdit()
        super().__init__(spec, self.edit)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(60)
        self.edit.setMaximumHeight(110)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class IntEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        self.spin = QSpinBox()
        super().__init__(spec, self.spin)
        self.spin.setRange(spec.minimum, spec.maximum)
        self.spin.valueChanged.connect(self.changed)

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value) if value is not None else int(str(self.spec.default or 0)))


class _Optional(FieldEditor):
    """A date or time that may be left empty: a check box switches the value on."""

    def __init__(self, spec: FieldSpec, inner: QDateEdit | QTimeEdit) -> None:
        box = QWidget()
        super().__init__(spec, box)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inner = inner
        self.enabled = QCheckBox()
        self.enabled.setObjectName(f"set_{spec.name}")
        self.enabled.setToolTip(QCoreApplication.translate("FieldEditor", "Set a value"))
        if not spec.required:
            layout.addWidget(self.enabled)
        layout.addWidget(inner, 1)
        self.enabled.toggled.connect(inner.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.enabled.setChecked(spec.required)
        inner.setEnabled(spec.required)

    def is_set(self) -> bool:
        return self.spec.required or self.enabled.isChecked()

    def focus(self) -> None:
        (self.inner if self.is_set() else self.enabled).setFocus(Qt.FocusReason.OtherFocusReason)


class DateEditor(_Optional):
    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        super().__init__(spec, self.edit)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> Any:
        return self.edit.date().toPython() if self.is_set() else None

    def set_value(self, value: Any) -> None:
        self.enabled.setChecked(self.spec.required or value is not None)
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))


class TimeEditor(_Optional):
    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setTime(QTime(8, 0))
        super().__init__(spec, self.edit)
        self.edit.timeChanged.connect(self.changed)

    def value(self) -> Any:
        if not self.is_set():
            return None
        picked = self.edit.time()
        return time(picked.hour(), picked.minute())

    def set_value(self, value: Any) -> None:
        self.enabled.setChecked(self.spec.required or value is not None)
        if isinstance(value, time):
            self.edit.setTime(QTime(value.hour, value.minute))


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        self.combo = QComboBox()
        super().__init__(spec, self.combo)
        assert spec.choices is not None
        for member in spec.choices:
            self.combo.addItem(marked("enums", member.label), member.value)

    def restrict_for_creation(self) -> None:
        """Offer only the choices a new record may start with (the workflow owns the rest)."""
        allowed = self.spec.first_choices
        if allowed is None:
            return
        for index in reversed(range(self.combo.count())):
            if self.combo.itemData(index) not in allowed:
                self.combo.removeItem(index)

    def lock_for_editing(self, why: str) -> None:
        if self.spec.first_choices is not None:
            self.combo.setEnabled(False)
            self.combo.setToolTip(why)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        wanted = getattr(value, "value", value) or getattr(self.spec.default, "value", None)
        found = self.combo.findData(wanted)
        self.combo.setCurrentIndex(max(found, 0))


class RefEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, load: ChoiceLoader) -> None:
        self.combo = QComboBox()
        super().__init__(spec, self.combo)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        assert spec.ref is not None
        if not spec.required:
            self.combo.addItem(QCoreApplication.translate("FieldEditor", "— none —"), None)
        else:
            self.combo.addItem(QCoreApplication.translate("FieldEditor", "— choose —"), None)
        for choice in load(spec.ref, {}):
            self.combo.addItem(choice.label, choice.id)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))


class MultiRefEditor(FieldEditor):
    """Checkable choices; narrowed to the record's plan when the field is scoped by it."""

    def __init__(self, spec: FieldSpec, load: ChoiceLoader) -> None:
        self.list = QListWidget()
        super().__init__(spec, self.list)
        self.load = load
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(self.changed)
        self.reload({})

    def reload(self, scope: dict[str, Any]) -> None:
        checked = set(self.value())
        self.list.blockSignals(True)
        self.list.clear()
        assert self.spec.ref is not None
        if not self.spec.scoped_by or all(v is not None for v in scope.values()) and scope:
            for choice in self.load(self.spec.ref, scope):
                item = QListWidgetItem(choice.label)
                item.setData(Qt.ItemDataRole.UserRole, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if choice.id in checked else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
        self.list.blockSignals(False)

    def value(self) -> Any:
        items = (self.list.item(row) for row in range(self.list.count()))
        return sorted(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class ColorEditor(FieldEditor):
    def __init__(self, spec: FieldSpec) -> None:
        box = QWidget()
        super().__init__(spec, box)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"text_{spec.name}")
        self.edit.setMaxLength(7)
        self.edit.setPlaceholderText("#RRGGBB")
        self.swatch = QPushButton(QCoreApplication.translate("FieldEditor", "Pick…"))
        self.swatch.clicked.connect(self._pick)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.swatch)
        self.edit.textChanged.connect(self._show)
        self.edit.textChanged.connect(self.changed)

    def _show(self, text: str) -> None:
        color = QColor(text)
        style = f"background-color: {text};" if color.isValid() and len(text) == 7 else ""
        self.swatch.setStyleSheet(style)

    def _pick(self) -> None:
        picked = QColorDialog.getColor(QColor(self.edit.text()), self.widget)
        if picked.isValid():
            self.edit.setText(picked.name())

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or self.spec.default or ""))

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def editor_for(spec: FieldSpec, load: ChoiceLoader) -> FieldEditor:
    from app.ui.editor.cadence import CadenceEditor  # it builds on FieldEditor, defined here

    simple: dict[FieldType, Callable[[FieldSpec], FieldEditor]] = {
        FieldType.TEXT: TextEditor,
        FieldType.LONG_TEXT: LongTextEditor,
        FieldType.INT: IntEditor,
        FieldType.DATE: DateEditor,
        FieldType.TIME: TimeEditor,
        FieldType.CHOICE: ChoiceEditor,
        FieldType.COLOR: ColorEditor,
    }
    if spec.type is FieldType.CADENCE:
        return CadenceEditor(spec, load)
    if spec.type is FieldType.REF:
        return RefEditor(spec, load)
    if spec.type is FieldType.MULTI_REF:
        return MultiRefEditor(spec, load)
    return simple[spec.type](spec)
