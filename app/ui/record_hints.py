"""The hints the record editor shows: a special page's day, an item's special-page day, an
assignment's default due date. Each asks the services; none changes anything."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.core.derived_dates import page_day
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import Kind
from app.services.database import Database
from app.services.due_dates import due_default
from app.services.records import NotFoundError, get_record
from app.services.special_pages import page_days
from app.ui.day_offsets import day_words, offset_and_day
from app.ui.editor.hints import Hint, HintSource

CONTEXT = "RecordHints"


def _tr(text: str) -> str:
    """Translate a string marked below with QT_TRANSLATE_NOOP (lupdate can't see through _tr)."""
    return QCoreApplication.translate(CONTEXT, text)


class RecordHints(QObject):
    """The messages with a count: lupdate records plural forms only for QObject.tr calls."""

    def due_by_default(self, days: int) -> str:
        return self.tr(
            "Due %n day(s) before the item's publication unless you set a date.", "", days
        )

    def default_due(self, days: int) -> str:
        return self.tr("Default: %1, %n day(s) before publication.", "", days)


_PLURALS = RecordHints()

WHERE_TO_CHANGE = QT_TRANSLATE_NOOP("RecordHints", "(Edit → Preferences…)")
NOT_SCHEDULED = QT_TRANSLATE_NOOP(
    "RecordHints", "The item is not scheduled yet, so there is no default due date."
)
PAGE_RUNS_ON = QT_TRANSLATE_NOOP("RecordHints", "The special page runs on %1.")


def _due_hint(db: Database, values: Mapping[str, Any]) -> Hint:
    found = due_default(db, values.get("item_id"))
    if values.get("item_id") is None:
        text = _PLURALS.due_by_default(found.days_before)
        return Hint(text + " " + _tr(WHERE_TO_CHANGE))
    if not found.item_scheduled or found.due is None:
        return Hint(_tr(NOT_SCHEDULED))
    text = _PLURALS.default_due(found.days_before)
    return Hint(text.replace("%1", day_words(found.due)), suggests=True, value=found.due)


def _page_day_hint(db: Database, values: Mapping[str, Any]) -> Hint | None:
    page_id = values.get("special_page_id")
    if page_id is None:
        return None
    day = page_days(db, [page_id]).get(page_id)
    if day is None:
        return None
    text = _tr(PAGE_RUNS_ON).replace("%1", day_words(day))
    return Hint(text, suggests=True, value=day)


def _offset_hint(db: Database, values: Mapping[str, Any]) -> Hint:
    offset = int(values.get("offset_days") or 0)
    milestone = values.get("milestone_id")
    try:
        start = (
            get_record(db, Kind.MILESTONE, milestone).values["start_date"] if milestone else None
        )
    except NotFoundError:
        start = None
    return Hint(offset_and_day(offset, page_day(start, offset) if start else None))


def hint_source(db: Database, kind: Kind) -> HintSource:
    """The editor's hints for records of `kind`."""

    def hint(name: str, values: Mapping[str, Any]) -> Hint | None:
        if kind is Kind.ASSIGNMENT and name == "due_date":
            return _due_hint(db, values)
        if kind is Kind.CONTENT_ITEM and name == "planned_start":
            return _page_day_hint(db, values)
        if kind is Kind.SPECIAL_PAGE and name == "offset_days":
            return _offset_hint(db, values)
        return None

    return hint
