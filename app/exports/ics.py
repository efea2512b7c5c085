"""The schedule as an iCalendar file (RFC 5545) other calendar programs import.

Pieces are events (timed at their publish time in Asia/Ho_Chi_Minh, else all-day), columns are
all-day repeating events carrying their whole cadence (RRULE, EXDATE for skipped slots, an
override with RECURRENCE-ID for a moved one), milestones are all-day events. UIDs are stable:
an item's or milestone's external id when it came from a file, else "item-<id>@<database>.edcal"
(app.core.uids), so importing the file again, here or elsewhere, updates rather than duplicates.

What other calendar programs show is written as they expect it: SUMMARY the title, DESCRIPTION
the item's summary, LOCATION "channel, outlet", CATEGORIES its format and column, STATUS, and a
COMMENT with the labelled format, status, column and assignees. What an import needs to make
the same item again is written exactly, language and time zone aside, as X-EDCAL-* properties
(enum values, ISO dates, wall-clock publish time, names of plan, channel, outlet and column):
app.imports.source reads them back.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vRecur, vText

from app.core.enums import ContentStatus
from app.core.recurrence import RecurrenceError, describe, next_dates, occurrences
from app.core.uids import column_uid, item_uid, milestone_uid
from app.exports import labels
from app.exports.atomic import ExportError, atomic_path
from app.services.schedule import ColumnSeries, MilestoneEntry, Schedule, ScheduleRow

TIMEZONE = "Asia/Ho_Chi_Minh"
PRODUCT = "-//edcal//Editorial calendar//VI"
ONE_DAY = timedelta(days=1)
_CONFIRMED = {ContentStatus.APPROVED, ContentStatus.SCHEDULED, ContentStatus.PUBLISHED}


def _event(uid: str, stamp: datetime, summary: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    return event


def _status(status: ContentStatus | None) -> str:
    if status is ContentStatus.CANCELLED:
        return "CANCELLED"
    return "CONFIRMED" if status in _CONFIRMED else "TENTATIVE"


def _machine_properties(row: ScheduleRow) -> list[tuple[str, str]]:
    """What the import reads back (app.imports.source.EVENT_FIELDS), where the item has it."""
    found = [
        ("X-EDCAL-FORMAT", row.format.value if row.format else ""),
        ("X-EDCAL-STATUS", row.status.value if row.status else ""),
        ("X-EDCAL-START", row.planned_start.isoformat()),
        ("X-EDCAL-END", row.planned_end.isoformat() if row.planned_end else ""),
        ("X-EDCAL-PUBLISH-TIME", _wall_clock(row.publish_time)),
        ("X-EDCAL-DEADLINE", row.deadline.isoformat() if row.deadline else ""),
        ("X-EDCAL-AUDIENCE", row.audience.value if row.audience else ""),
        ("X-EDCAL-LANGUAGE", row.language.value if row.language else ""),
        ("X-EDCAL-NOTES", row.notes or ""),
        ("X-EDCAL-PLAN", row.plan),
        ("X-EDCAL-CHANNEL", row.channel),
        ("X-EDCAL-OUTLET", row.outlet if row.channel else ""),
        ("X-EDCAL-COLUMN", row.column),
    ]
    return [(name, value) for name, value in found if value]


def _wall_clock(moment: time | None) -> str:
    if moment is None:
        return ""
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def _item_event(row: ScheduleRow, stamp: datetime, zone: ZoneInfo, database: str) -> Event:
    assert row.item_id is not None
    event = _event(item_uid(row.item_id, row.external_id, database), stamp, row.title)
    if row.spans_days and row.planned_end is not None:
        event.add("dtstart", row.planned_start)
        event.add("dtend", row.planned_end + ONE_DAY)
    elif row.publish_time is not None:
        event.add("dtstart", datetime.combine(row.planned_start, row.publish_time, zone))
    else:
        event.add("dtstart", row.planned_start)
        event.add("dtend", row.planned_start + ONE_DAY)
    lines = [
        f"{labels.tr(labels.FORMAT)}: {labels.enum_label(row.format)}",
        f"{labels.tr(labels.STATUS)}: {labels.enum_label(row.status)}",
    ]
    if row.column:
        lines.append(f"{labels.tr(labels.COLUMN)}: {row.column}")
    if row.assignees:
        lines.append(f"{labels.tr(labels.ASSIGNEES)}: {labels.assignees(row)}")
    if row.summary:
        event.add("description", row.summary)
    event.add("comment", "\n".join(lines))
    place = ", ".join(part for part in (row.channel, row.outlet) if part)
    if place:
        event.add("location", place)
    categories = [labels.enum_label(row.format), *([row.column] if row.column else [])]
    event.add("categories", categories)
    event.add("status", _status(row.status))
    event.add("transp", "TRANSPARENT")
    for name, value in _machine_properties(row):
        event.add(name, vText(value))  # TEXT, escaped: an X- property is not by default
    return event


def _milestone_event(milestone: MilestoneEntry, stamp: datetime, database: str) -> Event:
    uid = milestone_uid(milestone.id, milestone.external_id, database)
    event = _event(uid, stamp, milestone.name)
    event.add("dtstart", milestone.start)
    event.add("dtend", milestone.end + ONE_DAY)
    event.add("categories", [labels.enum_label(milestone.kind)])
    if milestone.description:
        event.add("description", milestone.description)
    event.add("transp", "TRANSPARENT")
    event.add("x-edcal-kind", vText(milestone.kind.value))
    return event


def _rule(column: ColumnSeries, first: date) -> dict[str, Any]:
    """The cadence as an RRULE for a DATE start, cut at the column's end."""
    text = column.cadence.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    rule: dict[str, Any] = dict(vRecur.from_ical(text.upper()))
    until = rule.pop("UNTIL", None)
    ends: list[date] = []
    if until:
        value = until[0]
        ends.append(value.date() if isinstance(value, datetime) else value)
    if column.end is not None:
        ends.append(column.end)
        if "COUNT" in rule:
            # COUNT and an end together: say where it really stops, as UNTIL.
            rule.pop("COUNT")
            days = occurrences(column.cadence, column.start, first, column.end, column.end)
            ends.append(days[-1] if days else first)
    if ends:
        rule["UNTIL"] = [min(ends)]
    return rule


def _column_events(column: ColumnSeries, stamp: datetime, database: str) -> list[Event]:
    try:
        firsts = next_dates(column.cadence, column.start, column.start - ONE_DAY, 1, column.end)
        cadence = describe(column.cadence, column.start, column.end, labels.language())
        rule = _rule(column, firsts[0]) if firsts else None
    except (RecurrenceError, ValueError) as error:
        raise ExportError(f"column “{column.name}”: {error}") from error
    if rule is None:
        return []
    summary = column.name
    uid = column_uid(column.id, database)
    master = _event(uid, stamp, summary)
    master.add("dtstart", firsts[0])
    master.add("dtend", firsts[0] + ONE_DAY)
    master.add("rrule", rule)
    skipped = sorted(set(column.skipped))
    if skipped:
        master.add("exdate", skipped)
    lines = [cadence, f"{labels.tr(labels.CHANNEL)}: {column.channel} ({column.outlet})"]
    if column.owner:
        lines.append(labels.tr(labels.OWNER).replace("%1", column.owner))
    master.add("description", "\n".join(lines))
    master.add("location", f"{column.channel}, {column.outlet}")
    master.add("categories", [column.name])
    master.add("transp", "TRANSPARENT")
    found = [master]
    for original, new in column.moved:
        moved = _event(uid, stamp, summary)
        moved.add("recurrence-id", original)
        moved.add("dtstart", new)
        moved.add("dtend", new + ONE_DAY)
        moved.add(
            "description", labels.tr(labels.MOVED_FROM).replace("%1", labels.day_first(original))
        )
        moved.add("transp", "TRANSPARENT")
        found.append(moved)
    return found


def schedule_calendar(schedule: Schedule) -> Calendar:
    zone = ZoneInfo(TIMEZONE)
    stamp = schedule.generated_at.astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", labels.heading(schedule))
    calendar.add("x-wr-timezone", TIMEZONE)
    calendar.add_component(Timezone.from_tzid(TIMEZONE))
    for row in schedule.rows:
        if not row.is_empty_slot:
            calendar.add_component(_item_event(row, stamp, zone, schedule.database_uid))
    for column in schedule.columns:
        for event in _column_events(column, stamp, schedule.database_uid):
            calendar.add_component(event)
    for milestone in schedule.milestones:
        calendar.add_component(_milestone_event(milestone, stamp, schedule.database_uid))
    return calendar


def write_ics(schedule: Schedule, target: Path) -> Path:
    data = schedule_calendar(schedule).to_ical()
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)
    return target
