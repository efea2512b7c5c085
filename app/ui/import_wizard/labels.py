"""How the wizard names fields and shows values: in the user's language, dates day first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.dates import format_day_first
from app.core.enums import LabelledEnum
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import Kind, spec_of
from app.imports import Origin
from app.imports.mapping import ID
from app.imports.source import REFERENCE_NAMES
from app.ui.i18n import marked

CONTEXT = "ImportWizard"
PROBLEM_STYLE = "color: #a61c00"

# Targets that are no field of the record, and so have no label in the record specs.
_HELPER_LABELS = {
    "outlet": QT_TRANSLATE_NOOP("ImportWizard", "Outlet (of the channel)"),
    "span": QT_TRANSLATE_NOOP("ImportWizard", "Days (19/01/2026 to 23/01/2026)"),
    ID: QT_TRANSLATE_NOOP("ImportWizard", "Id (finds the record on the next import)"),
}
REQUIRED: dict[Kind, tuple[str, ...]] = {
    Kind.CONTENT_ITEM: ("title",),
    Kind.MILESTONE: ("name", "start_date"),
}


def target_label(kind: Kind, target: str) -> str:
    """A column's target as the record editor names it (Title, Planned start, Channel …)."""
    if target in _HELPER_LABELS:
        return marked(CONTEXT, _HELPER_LABELS[target])
    try:
        return marked("records", spec_of(kind).field(REFERENCE_NAMES.get(target, target)).label)
    except KeyError:
        return target


def shown(value: object) -> str:
    """A value read from the file as the user writes it: 19/01/2026, 09:30, Video."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        day = format_day_first(value.date())
        return day if value.time() == dt.time() else f"{day} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_day_first(value)
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    if isinstance(value, LabelledEnum):
        return marked(value.translation_context(), value.label)
    return str(value)


def where(origin: Origin) -> str:
    """The line, or the event's UID (and line), a record came from."""
    if origin.uid is not None:
        uid = marked(CONTEXT, QT_TRANSLATE_NOOP("ImportWizard", "UID %1")).replace("%1", origin.uid)
        return f"{origin.line}, {uid}" if origin.line is not None else uid
    return "" if origin.line is None else str(origin.line)


def problem_label(name: str) -> QLabel:
    """A red line under a page's fields saying what keeps it from going on."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
