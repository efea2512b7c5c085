"""The schedule as flat rows, one per piece or empty slot: what CSV and spreadsheets hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.core.uids import item_uid
from app.exports import labels
from app.services.schedule import Schedule, ScheduleRow


@dataclass(frozen=True)
class TableRow:
    day: date
    weekday: str
    time: time | None
    outlet: str
    column: str
    title: str
    format: str
    channel: str
    assignees: str
    status: str
    note: str
    plan: str
    summary: str
    uid: str  # the same UID the calendar file gives the piece; "" for an empty slot

    def texts(self) -> list[str]:
        """Every cell as text, dates ISO 8601 so any program reads them the same."""
        return [
            self.day.isoformat(),
            self.weekday,
            labels.clock(self.time),
            self.outlet,
            self.column,
            self.title,
            self.format,
            self.channel,
            self.assignees,
            self.status,
            self.note,
            self.plan,
            self.summary,
            self.uid,
        ]


def headers() -> list[str]:
    return [labels.tr(text) for text in labels.TABLE_HEADERS]


def table_row(row: ScheduleRow, database: str) -> TableRow:
    """The row; `database` is the schedule's database id, which the UIDs carry."""
    uid = "" if row.item_id is None else item_uid(row.item_id, row.external_id, database)
    return TableRow(
        day=row.day,
        weekday=labels.weekday(row.day),
        time=row.publish_time,
        outlet=row.outlet,
        column=row.column,
        title=labels.row_title(row),
        format=labels.enum_label(row.format),
        channel=row.channel,
        assignees=labels.assignees(row),
        status=labels.enum_label(row.status),
        note=labels.note(row),
        plan=row.plan,
        summary=row.summary or "",
        uid=uid,
    )


def table_rows(
    schedule: Schedule, first: date | None = None, last: date | None = None
) -> list[TableRow]:
    """The rows of [first, last] (the whole schedule by default), in the printed order."""
    days = schedule.days_between(first or schedule.first, last or schedule.last)
    return [table_row(row, schedule.database_uid) for day in days for row in day.rows]
