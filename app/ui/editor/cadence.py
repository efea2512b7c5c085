"""A column's cadence: friendly controls for the usual rules, the raw RRULE for the rest, and a
plain-language preview with the next dates underneath."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.records import FieldSpec, Kind
from app.core.recurrence import RecurrenceError, describe, next_dates, validate_rule
from app.ui.editor.fields import ChoiceLoader, FieldEditor

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = (1, 2, 3, 4, -1)
PREVIEW_COUNT = 5
ERROR_STYLE = "color: #b00020;"
FALLBACK_RULE = "FREQ=WEEKLY;BYDAY=MO"


class Mode:
    """The pages of the editor, in the order of the mode combo."""

    WEEKLY = 0
    MONTHLY_WEEKDAY = 1
    MONTHLY_DAY = 2
    RULE = 3


def _parts(rule: str) -> dict[str, str] | None:
    """NAME=value parts of a one-line rule, or None when it is not that simple."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        name, sep, value = piece.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not sep or not name or not value or name in parts:
            return None
        parts[name] = value
    return parts


def _whole(value: str, low: int, high: int) -> int | None:
    try:
        number = int(value)
    except ValueError:
        return None
    return number if low <= number <= high else None


class CadenceEditor(FieldEditor):
    """Edits an RRULE string; `value()` is always the rule the controls describe."""

    def __init__(self, spec: FieldSpec, load: ChoiceLoader | None = None) -> None:
        box = QWidget()
        super().__init__(spec, box)
        self._choices = load
        self._milestone_ends: dict[int, date | None] | None = None
        self._context: dict[str, Any] = {}
        self._mode = Mode.WEEKLY
        self._loading = False

        self.mode = QComboBox()
        self.mode.setObjectName("cadence_mode")
        for text in (
            self.tr("Weekly"),
            self.tr("Monthly on a weekday"),
            self.tr("Monthly on a day"),
            self.tr("Recurrence rule (RRULE)"),
        ):
            self.mode.addItem(text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._weekly_page())
        self.stack.addWidget(self._monthly_weekday_page())
        self.stack.addWidget(self._monthly_day_page())
        self.stack.addWidget(self._rule_page())

        self.preview = QLabel()
        self.preview.setObjectName("cadence_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The mode (and, weekly, every N weeks) on one line, its controls under it: the seven
        # days beside the mode combo would make the form wider than the dialog.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.mode)
        top.addWidget(self.interval_row)
        top.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        layout.addWidget(self.preview)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.changed.connect(self._refresh)
        self._show_page(Mode.WEEKLY)
        self._refresh()

    # The pages.

    def _weekly_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.days: dict[str, QCheckBox] = {}
        for code, name in zip(WEEKDAYS, names, strict=True):
            box = QCheckBox(name)
            box.setObjectName(f"cadence_day_{code}")
            box.toggled.connect(self._edited)
            self.days[code] = box
            row.addWidget(box)
        row.addStretch(1)
        self.interval_row = QWidget()
        line = QHBoxLayout(self.interval_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.interval = QSpinBox()
        self.interval.setObjectName("cadence_interval")
        self.interval.setRange(1, 52)
        self.interval.valueChanged.connect(self._edited)
        line.addWidget(QLabel(self.tr("every")))
        line.addWidget(self.interval)
        line.addWidget(QLabel(self.tr("week(s)")))
        line.addStretch(1)
        return page

    def _monthly_weekday_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.ordinal = QComboBox()
        self.ordinal.setObjectName("cadence_ordinal")
        for text, number in zip(
            (self.tr("1st"), self.tr("2nd"), self.tr("3rd"), self.tr("4th"), self.tr("last")),
            ORDINALS,
            strict=True,
        ):
            self.ordinal.addItem(text, number)
        self.weekday = QComboBox()
        self.weekday.setObjectName("cadence_weekday")
        for code, text in zip(
            WEEKDAYS,
            (
                self.tr("Monday"),
                self.tr("Tuesday"),
                self.tr("Wednesday"),
                self.tr("Thursday"),
                self.tr("Friday"),
                self.tr("Saturday"),
                self.tr("Sunday"),
            ),
            strict=True,
        ):
            self.weekday.addItem(text, code)
        self.ordinal.currentIndexChanged.connect(self._edited)
        self.weekday.currentIndexChanged.connect(self._edited)
        row.addWidget(QLabel(self.tr("on the")))
        row.addWidget(self.ordinal)
        row.addWidget(self.weekday)
        row.addWidget(QLabel(self.tr("of every month")))
        row.addStretch(1)
        return page

    def _monthly_day_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.monthday = QSpinBox()
        self.monthday.setObjectName("cadence_monthday")
        self.monthday.setRange(1, 31)
        self.last_day = QCheckBox(self.tr("the last day"))
        self.last_day.setObjectName("cadence_last_day")
        self.last_day.toggled.connect(lambda on: self.monthday.setEnabled(not on))
        self.monthday.valueChanged.connect(self._edited)
        self.last_day.toggled.connect(self._edited)
        row.addWidget(QLabel(self.tr("on day")))
        row.addWidget(self.monthday)
        row.addWidget(QLabel(self.tr("or")))
        row.addWidget(self.last_day)
        row.addWidget(QLabel(self.tr("of every month")))
        row.addStretch(1)
        return page

    def _rule_page(self) -> QWidget:
        self.rule = QLineEdit()
        self.rule.setObjectName("cadence_rule")
        self.rule.setMaxLength(500)
        self.rule.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,TH")
        self.rule.textChanged.connect(self._edited)
        return self.rule

    # Values.

    def value(self) -> Any:
        return self._rule_for(self.mode.currentIndex())

    def _rule_for(self, mode: int) -> str:
        if mode == Mode.WEEKLY:
            rule = "FREQ=WEEKLY"
            if self.interval.value() > 1:
                rule += f";INTERVAL={self.interval.value()}"
            days = [code for code in WEEKDAYS if self.days[code].isChecked()]
            return rule + (f";BYDAY={','.join(days)}" if days else "")
        if mode == Mode.MONTHLY_WEEKDAY:
            return f"FREQ=MONTHLY;BYDAY={self.ordinal.currentData()}{self.weekday.currentData()}"
        if mode == Mode.MONTHLY_DAY:
            day = -1 if self.last_day.isChecked() else self.monthday.value()
            return f"FREQ=MONTHLY;BYMONTHDAY={day}"
        return self.rule.text()

    def set_value(self, value: Any) -> None:
        rule = str(value) if value else str(self.spec.default or FALLBACK_RULE)
        self._loading = True
        try:
            mode = self._load(rule)
            self._show_page(mode)
        finally:
            self._loading = False
        self._refresh()

    def _load(self, rule: str) -> int:
        """Put `rule` in the friendly controls when they can show it; returns the mode."""
        self.rule.setText(rule)
        parts = _parts(rule)
        if parts is None:
            return Mode.RULE
        freq, names = parts.get("FREQ"), set(parts)
        if freq == "WEEKLY" and names <= {"FREQ", "INTERVAL", "BYDAY"}:
            interval = _whole(parts.get("INTERVAL", "1"), 1, self.interval.maximum())
            days = parts["BYDAY"].split(",") if "BYDAY" in parts else []
            if interval is None or any(d not in WEEKDAYS for d in days):
                return Mode.RULE
            self.interval.setValue(interval)
            for code, box in self.days.items():
                box.setChecked(code in days)
            return Mode.WEEKLY
        if freq == "MONTHLY" and names == {"FREQ", "BYDAY"}:
            entry = parts["BYDAY"]
            code, number = entry[-2:], _whole(entry[:-2].lstrip("+"), -1, 4)
            if code not in WEEKDAYS or number not in ORDINALS:
                return Mode.RULE
            self.ordinal.setCurrentIndex(self.ordinal.findData(number))
            self.weekday.setCurrentIndex(self.weekday.findData(code))
            return Mode.MONTHLY_WEEKDAY
        if freq == "MONTHLY" and names == {"FREQ", "BYMONTHDAY"}:
            day = _whole(parts["BYMONTHDAY"], -1, 31)
            if day is None or day == 0:
                return Mode.RULE
            self.last_day.setChecked(day == -1)
            if day > 0:
                self.monthday.setValue(day)
            return Mode.MONTHLY_DAY
        return Mode.RULE

    def context_changed(self, values: Mapping[str, Any]) -> None:
        self._context = dict(values)
        self._refresh()

    def focus(self) -> None:
        target = self.rule if self.mode.currentIndex() == Mode.RULE else self.mode
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # Behaviour.

    def _show_page(self, mode: int) -> None:
        self._mode = mode
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(mode)
        self.mode.blockSignals(False)
        self.stack.setCurrentIndex(mode)
        self.interval_row.setVisible(mode == Mode.WEEKLY)

    def _mode_changed(self, mode: int) -> None:
        """Switching to the raw rule starts from what the friendly controls said."""
        if mode == Mode.RULE and self._mode != Mode.RULE:
            self.rule.blockSignals(True)
            self.rule.setText(self._rule_for(self._mode))
            self.rule.blockSignals(False)
        self._show_page(mode)
        self._edited()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _milestone_end(self) -> date | None:
        """The end of the milestone the column ends at, when it ends at one."""
        milestone_id = self._context.get("end_milestone_id")
        if milestone_id is None or self._choices is None:
            return None
        if self._milestone_ends is None:  # read once per dialog, not on every keystroke
            self._milestone_ends = {c.id: c.end for c in self._choices(Kind.MILESTONE, {})}
        return self._milestone_ends.get(milestone_id)

    def _language(self) -> str:
        return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"

    def _refresh(self) -> None:
        rule = str(self.value()).strip()
        start = self._context.get("start_date")
        end = self._context.get("end_date")
        start = start if isinstance(start, date) else date.today()
        end = end if isinstance(end, date) else self._milestone_end()
        reason = validate_rule(rule, start) if rule else self.tr("the rule is empty")
        if reason is None:
            try:
                after = max(date.today(), start) - timedelta(days=1)
                upcoming = next_dates(rule, start, after, PREVIEW_COUNT, end)
            except RecurrenceError as error:
                reason = error.reason
        if reason is not None:
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(self.tr("Not a valid rule: %1").replace("%1", reason))
            return
        lines = [describe(rule, start, end, self._language())]
        if upcoming:
            shown = ", ".join(day.strftime("%d/%m/%Y") for day in upcoming)
            lines.append(self.tr("Next: %1").replace("%1", shown))
        else:
            lines.append(self.tr("No dates from today on."))
        self.preview.setStyleSheet("")
        self.preview.setText("\n".join(lines))
