"""What a file says, record by record, before the database is asked anything.

A `SourceRecord` holds the values of the fields the file gives (only those: on a second import
the fields it does not give are left alone), the names of the plan, channel or column it refers
to (found in the database when the import is planned), the problems met while reading it, and
its key: the `external_id` that makes importing the same file again update instead of
duplicating.

Calendar events become records here. Besides the standard properties (SUMMARY, DESCRIPTION,
DTSTART/DTEND) an event may carry X-EDCAL-FORMAT, -STATUS, -START, -END, -PUBLISH-TIME,
-AUDIENCE, -LANGUAGE, -DEADLINE, -NOTES, -PLAN, -CHANNEL, -OUTLET, -COLUMN (items) or
X-EDCAL-KIND (milestones); they win over what the standard properties say, and with them the
DESCRIPTION is the item's summary, whole. That is how `edcal export` writes an item now. Files
from older exports are understood as they were written: the description's "Format: …",
"Status: …", "Column: …" lines, the first category (the format, or a milestone's kind), the
location ("channel, outlet"). The UIDs of milestones and column slots (app.core.uids) are
skipped by an import of items (and of milestones, the items and slots).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

from app.core.enums import (
    Audience,
    ContentFormat,
    ContentStatus,
    LabelledEnum,
    Language,
    MilestoneKind,
)
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import Kind
from app.core.text import fold
from app.core.uids import exported_uid
from app.imports.cells import CellError, DateOrder, allowed, parse_choice, parse_date, parse_time
from app.imports.ics_reader import CalendarEvent
from app.imports.problems import (
    BAD_CHOICE,
    BAD_DATE,
    BAD_SPAN,
    BAD_TIME,
    OTHER_KIND_EVENT,
    Origin,
    Problem,
    Rejection,
    problem,
    worded,
)

Translate = Callable[[str, str], str]


class FileFormat(Enum):
    ICS = "ics"
    CSV = "csv"
    XLSX = "xlsx"


# References a file gives by name; the plan finds the record (plan by number or title).
REFERENCES: dict[Kind, dict[str, Kind]] = {
    Kind.CONTENT_ITEM: {"plan_id": Kind.PLAN, "channel_id": Kind.CHANNEL, "column_id": Kind.COLUMN},
    Kind.MILESTONE: {},
}
REFERENCE_NAMES = {"plan": "plan_id", "channel": "channel_id", "column": "column_id"}
# Targets that are no field: the outlet names the channel's outlet (two outlets may both have
# a "Web" channel); a span ("19/01/2026 to 23/01/2026") gives an item's first and last day.
HELPERS: dict[Kind, tuple[str, ...]] = {Kind.CONTENT_ITEM: ("outlet", "span"), Kind.MILESTONE: ()}

_CHOICES: dict[str, type[LabelledEnum]] = {
    "format": ContentFormat,
    "status": ContentStatus,
    "audience": Audience,
    "language": Language,
    "kind": MilestoneKind,
}
_DATES = ("planned_start", "planned_end", "deadline", "start_date", "end_date")
_TIMES = ("publish_time",)
FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.CONTENT_ITEM: (
        "title",
        "summary",
        "format",
        "status",
        "planned_start",
        "planned_end",
        "publish_time",
        "deadline",
        "audience",
        "language",
        "notes",
    ),
    Kind.MILESTONE: ("name", "kind", "start_date", "end_date", "description"),
}

# The words `edcal export` writes (app.exports.labels, "schedule" context), for reading them
# back; marked here too so the translation of both stays one.
EXPORT_FORMAT = QT_TRANSLATE_NOOP("schedule", "Format")
EXPORT_STATUS = QT_TRANSLATE_NOOP("schedule", "Status")
EXPORT_COLUMN = QT_TRANSLATE_NOOP("schedule", "Column")
EXPORT_ASSIGNEES = QT_TRANSLATE_NOOP("schedule", "Assignees")
EXPORT_EMPTY_SLOT = QT_TRANSLATE_NOOP("schedule", "Empty slot")
EXPORT_DATES = QT_TRANSLATE_NOOP("schedule", "%1 to %2")
_ANY_SPAN = re.compile(
    r"(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\s+[^\d;]{1,20}?\s+(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})"
)
_UID_KIND = {"item": Kind.CONTENT_ITEM, "milestone": Kind.MILESTONE}
_KIND_WORD = {
    "item": QT_TRANSLATE_NOOP("validation", "content item"),
    "milestone": QT_TRANSLATE_NOOP("validation", "milestone"),
    "column": QT_TRANSLATE_NOOP("validation", "column slot"),
}


def words(text: str, context: str, translate: Translate | None) -> set[str]:
    """A marked string, folded, in English and in the user's language."""
    found = {fold(text)}
    if translate is not None:
        found.add(fold(translate(context, text)))
    return found


@dataclass
class SourceRecord:
    origin: Origin
    key: str
    values: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # "channel_id" → "Báo Hưng Yên"
    # References that may be missing (a calendar's LOCATION): left empty, with a note.
    soft_refs: dict[str, str] = field(default_factory=dict)
    outlet: str | None = None
    problems: dict[str, Problem] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)
    skip: Problem | None = None  # not imported, and not wrong: an empty slot, another kind
    rule: str | None = None  # the RRULE an ICS occurrence comes from, for the wizard to show

    def set_text(
        self,
        kind: Kind,
        name: str,
        raw: object,
        order: DateOrder,
        translate: Translate | None = None,
    ) -> None:
        """Read `raw` as the field `name` (or a reference by name); a problem when it cannot."""
        text = "" if raw is None else str(raw).strip()
        if name in REFERENCE_NAMES and REFERENCE_NAMES[name] in REFERENCES[kind]:
            if text:
                self.refs[REFERENCE_NAMES[name]] = text
            else:
                self.values[REFERENCE_NAMES[name]] = None
            return
        if name == "outlet":
            self.outlet = text or None
            return
        if name == "span":
            self._set_span(text, order, translate)
            return
        try:
            self.values[name] = read_field(name, raw, order, translate)
        except CellError:
            self.problems[name] = _problem_for(name, raw)

    def _set_span(self, text: str, order: DateOrder, translate: Translate | None) -> None:
        """A span "19/01/2026 to 23/01/2026" (any other text in that cell is not a span)."""
        for template in (
            EXPORT_DATES,
            *([translate("schedule", EXPORT_DATES)] if translate else []),
        ):
            pattern = re.escape(template).replace("%1", "(.+?)").replace("%2", "(.+?)")
            for part in text.split(";"):
                matched = re.fullmatch(pattern, part.strip())
                if matched:
                    try:
                        self.values["planned_start"] = parse_date(matched[1], order)
                        self.values["planned_end"] = parse_date(matched[2], order)
                    except CellError:
                        self.problems["planned_end"] = problem(BAD_SPAN, value=part[:80])
                    return
        for part in text.split(";"):
            # In a language no translation was given for: two dates and a word between.
            matched = _ANY_SPAN.fullmatch(part.strip())
            if matched:
                with contextlib.suppress(CellError):
                    start, end = parse_date(matched[1], order), parse_date(matched[2], order)
                    self.values.update(planned_start=start, planned_end=end)
                return


def read_field(
    name: str,
    raw: object,
    order: DateOrder = DateOrder.DAY_FIRST,
    translate: Translate | None = None,
) -> Any:
    """The field's value from a cell or property; raises `CellError`."""
    if name in _CHOICES:
        return parse_choice(_CHOICES[name], raw, translate)
    if name in _DATES:
        return parse_date(raw, order)
    if name in _TIMES:
        return parse_time(raw)
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    return text or None


def _problem_for(name: str, raw: object) -> Problem:
    shown = str(raw)[:80]
    if name in _CHOICES:
        return problem(BAD_CHOICE, value=shown, allowed=allowed(_CHOICES[name]))
    if name in _TIMES:
        return problem(BAD_TIME, value=shown)
    return problem(BAD_DATE, value=shown)


def derived_key(prefix: str, values: dict[str, Any], refs: dict[str, str]) -> str:
    """A stable key from a record's own values, for files that carry no id: the same row
    imported again finds the record it made; a row whose values changed makes a new one."""
    payload = {name: _plain(value) for name, value in sorted({**values, **refs}.items())}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return f"{prefix}:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def is_empty_slot(title: object, translate: Translate | None) -> bool:
    return isinstance(title, str) and fold(title) in words(EXPORT_EMPTY_SLOT, "schedule", translate)


@dataclass
class ImportSource:
    """A file read and turned into records of one kind, ready to be planned."""

    file: str
    format: FileFormat
    kind: Kind
    records: list[SourceRecord] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    skipped: list[tuple[Origin, Problem]] = field(default_factory=list)
    encoding: str | None = None


EVENT_FIELDS: dict[Kind, dict[str, str]] = {
    Kind.CONTENT_ITEM: {
        "X-EDCAL-FORMAT": "format",
        "X-EDCAL-STATUS": "status",
        "X-EDCAL-START": "planned_start",
        "X-EDCAL-END": "planned_end",
        "X-EDCAL-PUBLISH-TIME": "publish_time",
        "X-EDCAL-AUDIENCE": "audience",
        "X-EDCAL-LANGUAGE": "language",
        "X-EDCAL-DEADLINE": "deadline",
        "X-EDCAL-NOTES": "notes",
        "X-EDCAL-PLAN": "plan",
        "X-EDCAL-CHANNEL": "channel",
        "X-EDCAL-OUTLET": "outlet",
        "X-EDCAL-COLUMN": "column",
    },
    Kind.MILESTONE: {"X-EDCAL-KIND": "kind"},
}


@lru_cache(maxsize=8)
def _export_labels(translate: Translate | None) -> dict[str, set[str]]:
    return {
        "format": words(EXPORT_FORMAT, "schedule", translate),
        "status": words(EXPORT_STATUS, "schedule", translate),
        "column": words(EXPORT_COLUMN, "schedule", translate),
        "assignees": words(EXPORT_ASSIGNEES, "schedule", translate),
    }


def _export_description(
    text: str | None, translate: Translate | None
) -> tuple[dict[str, str], str | None]:
    """The "Format: …" header lines `edcal export` puts before an item's summary, and the rest;
    a description that does not begin with the format line is all summary."""
    if not text:
        return {}, text
    head = text[: text.find(":")] if ":" in text[:60] else ""
    labels = _export_labels(translate)
    if not head or fold(head).strip() not in labels["format"]:
        return {}, text
    lines = text.split("\n")
    found: dict[str, str] = {}
    rest_start = len(lines)
    for number, line in enumerate(lines):
        if not line.strip():
            rest_start = number + 1
            break
        label, _, value = line.partition(":")
        for name, known in labels.items():
            if fold(label).strip() in known:
                found[name] = value.strip()
    rest = "\n".join(lines[rest_start:]).strip()
    return found, rest or None


def _first_category(event: CalendarEvent) -> str | None:
    categories = event.properties.get("CATEGORIES")
    if not categories:
        return None
    return re.split(r"(?<!\\),", categories)[0].strip() or None


def other_kind(uid: str, kind: Kind) -> Problem | None:
    """Why an event `edcal export` wrote for another kind of record is not imported as `kind`."""
    exported = exported_uid(uid)
    if exported is None or _UID_KIND.get(exported.what) is kind:
        return None
    return worded(
        OTHER_KIND_EVENT, ("what", "kind"), what=_KIND_WORD[exported.what], kind=_KIND_WORD_OF[kind]
    )


def _other_kind_written(event: CalendarEvent, kind: Kind) -> Problem | None:
    """Why an event `edcal export` wrote for another kind of record (its UID may be one it was
    imported with) is not imported as `kind`: an item has an X-EDCAL-START, a milestone an
    X-EDCAL-KIND."""
    if kind is Kind.MILESTONE and _MACHINE_READABLE in event.properties:
        what = "item"
    elif kind is Kind.CONTENT_ITEM and _MILESTONE_MARK in event.properties:
        what = "milestone"
    else:
        return None
    return worded(
        OTHER_KIND_EVENT, ("what", "kind"), what=_KIND_WORD[what], kind=_KIND_WORD_OF[kind]
    )


def record_of_event(
    event: CalendarEvent, kind: Kind, file: str, translate: Translate | None = None
) -> SourceRecord:
    """An event as a content item (title, summary, days, time) or a milestone (name, days)."""
    record = SourceRecord(Origin(file, event.line, event.key), event.key, rule=event.rule)
    record.skip = other_kind(event.uid, kind) or _other_kind_written(event, kind)
    if record.skip is not None:
        return record
    if kind is Kind.CONTENT_ITEM:
        header: dict[str, str] = {}
        if _MACHINE_READABLE in event.properties:
            summary = event.description
        else:
            header, summary = _export_description(event.description, translate)
        record.values.update(
            title=event.summary,
            summary=summary,
            planned_start=event.start,
            planned_end=event.end if event.end != event.start else None,
            publish_time=event.time,
        )
        category = _first_category(event)
        if "format" not in header and category is not None:
            # A category that is no format is just a category.
            with contextlib.suppress(CellError):
                record.values["format"] = parse_choice(ContentFormat, category, translate)
        for name in ("format", "status"):
            if name in header:
                record.set_text(kind, name, header[name], DateOrder.YEAR_FIRST, translate)
        if header.get("column"):
            record.soft_refs["column_id"] = header["column"]
        location = event.properties.get("LOCATION", "")
        if location.strip() and _MACHINE_READABLE not in event.properties:
            channel, _, outlet = location.partition(",")
            record.soft_refs["channel_id"] = channel.strip()
            record.outlet = outlet.strip() or None
    else:
        record.values.update(
            name=event.summary,
            description=event.description,
            start_date=event.start,
            end_date=event.end,
        )
        category = _first_category(event)
        if category is not None:
            with contextlib.suppress(CellError):
                record.values["kind"] = parse_choice(MilestoneKind, category, translate)
    for prop, name in EVENT_FIELDS[kind].items():
        if prop in event.properties:
            record.set_text(kind, name, event.properties[prop], DateOrder.YEAR_FIRST, translate)
    if _MACHINE_READABLE in event.properties:
        # A calendar travels between newsrooms: a plan, channel or column the database does
        # not have is left empty with a note, as the LOCATION of any calendar is.
        record.soft_refs.update(record.refs)
        record.refs.clear()
    return record


_KIND_WORD_OF = {
    Kind.CONTENT_ITEM: QT_TRANSLATE_NOOP("validation", "content items"),
    Kind.MILESTONE: QT_TRANSLATE_NOOP("validation", "milestones"),
}
# Every item `edcal export` writes has a start day: its presence says the event is machine-read.
_MACHINE_READABLE = "X-EDCAL-START"
_MILESTONE_MARK = "X-EDCAL-KIND"
