"""The words every export format prints, translated once through Qt so they match the UI language.

Strings are marked with QT_TRANSLATE_NOOP under the "schedule" context so lupdate finds them;
dates are written day first and weekdays by the default QLocale (Vietnamese: "Thứ Hai").
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.core.enums import LabelledEnum
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.weeks import is_whole_week
from app.services.schedule import Assignee, FilterSummary, Schedule, ScheduleRow

CONTEXT = "schedule"

DATE = QT_TRANSLATE_NOOP("schedule", "Date")
WEEKDAY = QT_TRANSLATE_NOOP("schedule", "Day")
TIME = QT_TRANSLATE_NOOP("schedule", "Time")
OUTLET = QT_TRANSLATE_NOOP("schedule", "Outlet")
COLUMN = QT_TRANSLATE_NOOP("schedule", "Column")
TITLE = QT_TRANSLATE_NOOP("schedule", "Title")
FORMAT = QT_TRANSLATE_NOOP("schedule", "Format")
CHANNEL = QT_TRANSLATE_NOOP("schedule", "Channel")
ASSIGNEES = QT_TRANSLATE_NOOP("schedule", "Assignees")
STATUS = QT_TRANSLATE_NOOP("schedule", "Status")
NOTE = QT_TRANSLATE_NOOP("schedule", "Note")
SUMMARY = QT_TRANSLATE_NOOP("schedule", "Summary")
ID = QT_TRANSLATE_NOOP("schedule", "ID")
EMPTY_SLOT = QT_TRANSLATE_NOOP("schedule", "Empty slot")
MOVED_FROM = QT_TRANSLATE_NOOP("schedule", "moved from %1")
UNTIL = QT_TRANSLATE_NOOP("schedule", "until %1")
OWNER = QT_TRANSLATE_NOOP("schedule", "owner: %1")
NO_OUTLET = QT_TRANSLATE_NOOP("schedule", "No outlet")
NOT_IN_COLUMN = QT_TRANSLATE_NOOP("schedule", "Other pieces")
NOTHING = QT_TRANSLATE_NOOP("schedule", "Nothing scheduled")
WEEK_TITLE = QT_TRANSLATE_NOOP("schedule", "Schedule for week %1/%2")
RANGE_TITLE = QT_TRANSLATE_NOOP("schedule", "Schedule")
DATES = QT_TRANSLATE_NOOP("schedule", "%1 to %2")
STAGES = QT_TRANSLATE_NOOP("schedule", "Plan stages")
MILESTONES = QT_TRANSLATE_NOOP("schedule", "Milestones")
FILTERS = QT_TRANSLATE_NOOP("schedule", "Filter")
EXPORTED = QT_TRANSLATE_NOOP("schedule", "Exported %1")
EXPORTED_ON = QT_TRANSLATE_NOOP("schedule", "Exported on")
PAGE = QT_TRANSLATE_NOOP("schedule", "Page %1 of %2")
ABOUT = QT_TRANSLATE_NOOP("schedule", "About this schedule")
FILTER_PLAN = QT_TRANSLATE_NOOP("schedule", "Plan")
FILTER_STAGE = QT_TRANSLATE_NOOP("schedule", "Stage")
FILTER_THEME = QT_TRANSLATE_NOOP("schedule", "Theme")
FILTER_DESK = QT_TRANSLATE_NOOP("schedule", "Desk")
FILTER_ASSIGNEE = QT_TRANSLATE_NOOP("schedule", "Assignee")
FILTER_TEXT = QT_TRANSLATE_NOOP("schedule", "Words")
NONE = QT_TRANSLATE_NOOP("schedule", "None")

# The columns of the table rows CSV and spreadsheets hold, in order: the schedule people read,
# then what importing the file back needs (the plan, the summary, the item's UID).
TABLE_HEADERS = (
    DATE,
    WEEKDAY,
    TIME,
    OUTLET,
    COLUMN,
    TITLE,
    FORMAT,
    CHANNEL,
    ASSIGNEES,
    STATUS,
    NOTE,
    FILTER_PLAN,
    SUMMARY,
    ID,
)


def language() -> str:
    """The exports' language, "vi" or "en": QLocale's default, which the UI sets."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(value: LabelledEnum | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate(value.translation_context(), value.label)


def day_first(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def short_day(day: date) -> str:
    return day.strftime("%d/%m")


def clock(moment: time | None) -> str:
    return "" if moment is None else moment.strftime("%H:%M")


def stamp(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def weekday(day: date) -> str:
    """The weekday's full name in the UI language: Thứ Hai, Monday."""
    return QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek())


def day_heading(day: date) -> str:
    return f"{weekday(day)}, {day_first(day)}"


def span(first: date, last: date) -> str:
    if first == last:
        return day_first(first)
    return tr(DATES).replace("%1", day_first(first)).replace("%2", day_first(last))


def title(schedule: Schedule) -> str:
    """“Schedule for week 04/2026” for an ISO week, “Schedule” for any other range."""
    if is_whole_week(schedule.first, schedule.last):
        year, week, _ = schedule.first.isocalendar()
        return tr(WEEK_TITLE).replace("%1", f"{week:02d}").replace("%2", str(year))
    return tr(RANGE_TITLE)


def heading(schedule: Schedule) -> str:
    return f"{title(schedule)}: {span(schedule.first, schedule.last)}"


def assignee(person: Assignee) -> str:
    return f"{person.name} ({enum_label(person.role)})"


def assignees(row: ScheduleRow, separator: str = "; ") -> str:
    if row.is_empty_slot:
        return tr(OWNER).replace("%1", row.owner) if row.owner else ""
    return separator.join(assignee(person) for person in row.assignees)


def row_title(row: ScheduleRow) -> str:
    return tr(EMPTY_SLOT) if row.is_empty_slot else row.title


def when(row: ScheduleRow) -> str:
    """The time, and for a piece of several days the day it runs until."""
    parts = [clock(row.publish_time)] if row.publish_time else []
    if row.spans_days and row.planned_end is not None:
        parts.append(tr(UNTIL).replace("%1", short_day(row.planned_end)))
    return " ".join(parts)


def note(row: ScheduleRow) -> str:
    parts = []
    if row.moved_from is not None:
        parts.append(tr(MOVED_FROM).replace("%1", day_first(row.moved_from)))
    if row.spans_days and row.planned_end is not None:
        parts.append(span(row.planned_start, row.planned_end))
    return "; ".join(parts)


def outlet(row_outlet: str) -> str:
    return row_outlet or tr(NO_OUTLET)


def column(row_column: str) -> str:
    return row_column or tr(NOT_IN_COLUMN)


def filter_parts(filters: FilterSummary) -> list[tuple[str, str]]:
    """(field, value) for every field that narrowed the schedule."""
    named = (
        (FILTER_PLAN, filters.plan),
        (FILTER_STAGE, filters.stage),
        (FILTER_THEME, filters.theme),
        (OUTLET, filters.outlet),
        (CHANNEL, filters.channel),
        (COLUMN, filters.column),
        (FILTER_DESK, filters.desk),
        (FILTER_ASSIGNEE, filters.assignee),
        (STATUS, enum_label(filters.status) or None),
        (FILTER_TEXT, filters.text or None),
    )
    return [(tr(field), value) for field, value in named if value]


def filter_line(filters: FilterSummary) -> str:
    return "; ".join(f"{field}: {value}" for field, value in filter_parts(filters))
