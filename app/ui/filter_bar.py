"""The bar above the calendar and the lists that narrows which content items they show."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.text import fold
from app.services.database import Database
from app.services.records import choices, list_records
from app.ui.filter_sets import (
    MAX_NAME_LENGTH,
    clean_name,
    delete_filter,
    load_filter,
    save_filter,
    saved_filter_names,
)
from app.ui.i18n import marked
from app.ui.notifier import Changes

TEXT_DELAY_MS = 250
COMBO_CHARS = 8

# The kinds whose records appear in the combos: a change to any of them refreshes the choices.
SHOWN_KINDS = frozenset(
    {Kind.PLAN, Kind.STAGE, Kind.THEME, Kind.OUTLET, Kind.CHANNEL, Kind.COLUMN, Kind.PERSON}
)

Entry = tuple[Any, str]


class ElidedCombo(QComboBox):
    """A combo that ends a long current text with "…" instead of cutting it off mid-letter.

    Plan titles run to a hundred characters; the popup and the tooltip show them whole.
    """

    def __init__(self, name: str, hint: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self._hint = hint
        self.setMinimumContentsLength(COMBO_CHARS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(hint)
        self.currentIndexChanged.connect(self._show_whole)

    def _show_whole(self) -> None:
        self.setToolTip(self.currentText() if self.currentIndex() > 0 else self._hint)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FilterBar(QWidget):
    """Combos for every field of an ItemFilter, a debounced search box and saved filter sets.

    `filter_changed` fires once per user action, and only when the filter really changed:
    choosing a plan also drops a stage or theme of another plan without a second signal.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._quiet = 0
        self._emitted = ItemFilter()
        # The saved set shown in the saved combo and the filter it produced when applied.
        self._applied: tuple[str, ItemFilter] | None = None

        self.plan = ElidedCombo("filter_plan")
        self.stage = ElidedCombo("filter_stage")
        self.theme = ElidedCombo("filter_theme")
        self.outlet = ElidedCombo("filter_outlet")
        self.channel = ElidedCombo("filter_channel")
        self.column = ElidedCombo("filter_column")
        self.status = ElidedCombo("filter_status")
        self.assignee = ElidedCombo("filter_assignee")
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.outlet.currentIndexChanged.connect(self._outlet_changed)
        for combo in (
            self.stage,
            self.theme,
            self.channel,
            self.column,
            self.status,
            self.assignee,
        ):
            combo.currentIndexChanged.connect(self._field_changed)

        self.text = QLineEdit()
        self.text.setObjectName("filter_text")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Any words (accents optional)"))
        self.text.setToolTip(
            self.tr(
                "Items whose title, summary or notes hold every word; “dai hoi” finds “Đại hội”"
            )
        )
        hint = self.text.fontMetrics().horizontalAdvance(self.text.placeholderText())
        self.text.setMinimumWidth(hint + 40)  # room for the frame and the clear button
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._announce)
        self.text.textChanged.connect(self._text_edited)
        self.text.returnPressed.connect(self._text_now)

        self.saved = ElidedCombo("filter_saved", self.tr("Apply a saved filter"))
        self.saved.activated.connect(self._saved_picked)
        self.save_button = self._button("filter_save", self.tr("Save…"), self._save)
        self.save_button.setToolTip(self.tr("Save this filter under a name"))
        self.delete_button = self._button("filter_delete", self.tr("Delete"), self._delete)
        self.delete_button.setToolTip(self.tr("Delete the saved filter shown"))
        self.clear_button = self._button("filter_clear", self.tr("Clear"), self.clear)
        self.clear_button.setToolTip(self.tr("Show every item again"))

        self._lay_out()
        self.setEnabled(False)
        self._fill_all()
        self._load_saved_names()
        self._update_buttons(self.current())

    # -- building ---------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QToolButton:
        """A text button only as wide as its text: push buttons take 80 px for "Clear"."""
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(buddy)
        return label

    def _lay_out(self) -> None:
        rows: Sequence[Sequence[tuple[str, QWidget]]] = (
            (
                (self.tr("Plan"), self.plan),
                (self.tr("Stage"), self.stage),
                (self.tr("Theme"), self.theme),
                (self.tr("Status"), self.status),
            ),
            (
                (self.tr("Outlet"), self.outlet),
                (self.tr("Channel"), self.channel),
                (self.tr("Column"), self.column),
                (self.tr("Assignee"), self.assignee),
            ),
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        for row, pairs in enumerate(rows):
            for index, (text, widget) in enumerate(pairs):
                grid.addWidget(self._label(text, widget), row, 2 * index)
                grid.addWidget(widget, row, 2 * index + 1)
                grid.setColumnStretch(2 * index + 1, 2 if index == len(pairs) - 1 else 3)
        last = 2 * len(rows[0])
        grid.addWidget(self._label(self.tr("Search"), self.text), 0, last)
        search = QHBoxLayout()
        search.setSpacing(4)
        search.addWidget(self.text, 1)
        search.addWidget(self.clear_button)
        grid.addLayout(search, 0, last + 1)
        sets = QHBoxLayout()
        sets.setSpacing(4)
        sets.addWidget(self.saved, 1)
        sets.addWidget(self.save_button)
        sets.addWidget(self.delete_button)
        grid.addWidget(self._label(self.tr("Saved"), self.saved), 1, last)
        grid.addLayout(sets, 1, last + 1)
        grid.setColumnStretch(last + 1, 4)

    # -- public API -------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        """Show the choices of `db`; another database's ids mean nothing, so a new one clears."""
        same = db is self.db
        self.db = db
        self.setEnabled(db is not None)
        if same:
            self.refresh_choices()
            return
        self._text_timer.stop()
        with self._quietly():
            self.text.clear()
            for combo in self._combos():
                combo.setCurrentIndex(0)
            self._fill_all()
        self._announce()

    def refresh_choices(self) -> None:
        """Reload the choices after records changed, keeping what is chosen where it still is."""
        with self._quietly():
            self._fill_all()
        self._load_saved_names()
        self._announce()

    def on_changes(self, changes: Changes) -> None:
        if changes.kinds & SHOWN_KINDS:
            self.refresh_choices()

    def current(self) -> ItemFilter:
        status = self.status.currentData()
        return ItemFilter(
            plan_id=self.plan.currentData(),
            stage_id=self.stage.currentData(),
            theme_id=self.theme.currentData(),
            outlet_id=self.outlet.currentData(),
            channel_id=self.channel.currentData(),
            column_id=self.column.currentData(),
            status=ContentStatus(status) if status else None,
            assignee_id=self.assignee.currentData(),
            text=self.text.text().strip(),
        )

    def set_filter(self, flt: ItemFilter) -> None:
        """Show `flt`; ids that no longer exist fall back to "All"; one signal at most."""
        self._apply(flt)
        self._announce()

    def clear(self) -> None:
        self.set_filter(ItemFilter())

    # -- choices ----------------------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.plan,
            self.stage,
            self.theme,
            self.outlet,
            self.channel,
            self.column,
            self.status,
            self.assignee,
        )

    def _fill_all(self) -> None:
        self._fill(self.plan, self.tr("All plans"), self._choices(Kind.PLAN))
        self._fill_plan_scoped()
        self._fill(self.outlet, self.tr("All outlets"), self._choices(Kind.OUTLET))
        self._fill_channels()
        self._fill(self.column, self.tr("All columns"), self._choices(Kind.COLUMN))
        statuses = [(s.value, marked("enums", s.label)) for s in ContentStatus]
        self._fill(self.status, self.tr("All statuses"), statuses)
        self._fill(self.assignee, self.tr("All people"), self._choices(Kind.PERSON))

    def _choices(self, kind: Kind, scope: dict[str, Any] | None = None) -> list[Entry]:
        if self.db is None:
            return []
        return [(c.id, c.label) for c in choices(self.db, kind, scope)]

    def _fill_plan_scoped(self) -> None:
        """Stages in plan order and themes of the chosen plan, or of every plan, by number."""
        stages: list[Entry] = []
        themes: list[Entry] = []
        plan_id = self.plan.currentData()
        if self.db is not None:
            where = None if plan_id is None else {"plan_id": plan_id}
            numbers = {
                row.id: str(row.values["number"]) for row in list_records(self.db, Kind.PLAN)
            }

            def shown(values: dict[str, Any]) -> str:
                name = str(values["name"])
                if plan_id is not None:
                    return name
                return f"{numbers.get(values['plan_id'], '?')} · {name}"

            stage_rows = list_records(self.db, Kind.STAGE, where)
            stage_rows.sort(
                key=lambda r: (fold(numbers.get(r.values["plan_id"], "")), r.values["position"])
            )
            stages = [(r.id, shown(r.values)) for r in stage_rows]
            theme_rows = list_records(self.db, Kind.THEME, where)
            themes = sorted(((r.id, shown(r.values)) for r in theme_rows), key=lambda e: fold(e[1]))
        self._fill(self.stage, self.tr("All stages"), stages)
        self._fill(self.theme, self.tr("All themes"), themes)

    def _fill_channels(self) -> None:
        outlet_id = self.outlet.currentData()
        scope = None if outlet_id is None else {"outlet_id": outlet_id}
        self._fill(self.channel, self.tr("All channels"), self._choices(Kind.CHANNEL, scope))

    def _fill(self, combo: QComboBox, everything: str, entries: Sequence[Entry]) -> None:
        """Replace the entries of `combo`, keeping the chosen one if it is still offered."""
        keep = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for value, label in entries:
            combo.addItem(label, value)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self._select(combo, keep)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        found = -1 if value is None else combo.findData(value)
        combo.setCurrentIndex(max(found, 0))

    # -- reacting to the user ---------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _plan_changed(self) -> None:
        if self._quiet:
            return
        with self._quietly():
            self._fill_plan_scoped()
        self._field_changed()

    def _outlet_changed(self) -> None:
        if self._quiet:
            return
        with self._quietly():
            self._fill_channels()
        self._field_changed()

    def _field_changed(self) -> None:
        if not self._quiet:
            self._announce()

    def _text_edited(self) -> None:
        if not self._quiet:
            self._text_timer.start()

    def _text_now(self) -> None:
        self._text_timer.stop()
        self._announce()

    def _apply(self, flt: ItemFilter) -> None:
        self._text_timer.stop()
        with self._quietly():
            self._select(self.plan, flt.plan_id)
            self._fill_plan_scoped()
            self._select(self.stage, flt.stage_id)
            self._select(self.theme, flt.theme_id)
            self._select(self.outlet, flt.outlet_id)
            self._fill_channels()
            self._select(self.channel, flt.channel_id)
            self._select(self.column, flt.column_id)
            self._select(self.status, None if flt.status is None else flt.status.value)
            self._select(self.assignee, flt.assignee_id)
            self.text.setText(flt.text)

    def _announce(self) -> None:
        """Emit the filter if it differs from the last one emitted (pending typing included)."""
        if self._quiet:
            return
        self._text_timer.stop()
        flt = self.current()
        if self._applied is not None and self._applied[1] != flt:
            self._show_saved(None)
        self._update_buttons(flt)
        if flt != self._emitted:
            self._emitted = flt
            self.filter_changed.emit(flt)

    def _update_buttons(self, flt: ItemFilter) -> None:
        self.clear_button.setEnabled(not flt.is_empty)
        self.save_button.setEnabled(not flt.is_empty)
        self.delete_button.setEnabled(self.saved.currentIndex() > 0)

    # -- saved sets -------------------------------------------------------------------------

    def _load_saved_names(self) -> None:
        names = saved_filter_names()
        with self._quietly():
            keep = self.saved.currentData()
            self.saved.clear()
            self.saved.addItem(self.tr("Saved filters") if names else self.tr("None saved"), None)
            for name in names:
                self.saved.addItem(name, name)
            self._select(self.saved, keep)
        self.saved.setEnabled(bool(names))
        if self.saved.currentIndex() == 0:
            self._applied = None

    def _show_saved(self, name: str | None) -> None:
        """Show `name` in the saved combo as what the bar now shows, or nothing."""
        self._select(self.saved, name)
        self._applied = (name, self.current()) if name is not None else None
        self.delete_button.setEnabled(self.saved.currentIndex() > 0)

    def _saved_picked(self, index: int) -> None:
        name = self.saved.itemData(index)
        if name is None:
            return
        flt = load_filter(name)
        if flt is None:  # deleted from another window meanwhile
            self._load_saved_names()
            return
        self._apply(flt)
        self._show_saved(name)
        self._announce()

    def _save(self) -> None:
        title = self.tr("Save filter")
        shown = self.saved.currentData() or ""
        name, accepted = QInputDialog.getText(
            self, title, self.tr("Name of this filter:"), QLineEdit.EchoMode.Normal, shown
        )
        if not accepted:
            return
        name = clean_name(name)
        if not name:
            QMessageBox.warning(self, title, self.tr("A saved filter needs a name."))
            return
        if len(name) > MAX_NAME_LENGTH:
            message = self.tr("A name may have at most %n character(s).", "", MAX_NAME_LENGTH)
            QMessageBox.warning(self, title, message)
            return
        if name in saved_filter_names():
            answer = QMessageBox.question(
                self,
                title,
                self.tr("A filter named “%1” exists already. Replace it?").replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        save_filter(name, self.current())
        self._load_saved_names()
        self._show_saved(name)

    def _delete(self) -> None:
        name = self.saved.currentData()
        if name is None:
            return
        delete_filter(name)
        self._show_saved(None)
        self._load_saved_names()
        self._update_buttons(self.current())
