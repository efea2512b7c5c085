"""What went wrong with an import, and where: a whole file refused, or one record rejected.

Messages are `Problem`s (app.core.validation): English templates marked for translation in the
"validation" context, filled with their arguments when shown, so the command line prints
English and the import wizard shows the user's language. Each says where: the file, and the
line (CSV, ICS) or the event's UID, and the field when one is at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.validation import Problem, problem, worded

__all__ = ["ImportRefusedError", "Origin", "Problem", "Rejection", "problem", "worded"]

# Whole-file refusals.
FILE_MISSING = QT_TRANSLATE_NOOP("validation", "The file does not exist or cannot be read.")
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "validation", "The file is {size} MB; an import reads at most {limit} MB."
)
TOOK_TOO_LONG = QT_TRANSLATE_NOOP(
    "validation", "Reading the file took longer than {seconds} seconds; nothing was imported."
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "validation", "This is not a calendar (.ics) or spreadsheet (.csv, .xlsx) file."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "validation", "The file holds binary data (a NUL byte at line {line}), not text."
)
BROKEN_UTF8 = QT_TRANSLATE_NOOP(
    "validation",
    "The file is UTF-8 with an invalid byte (0x{byte}) at line {line}: it is damaged or mixes "
    "encodings. Save it again as UTF-8, or choose its encoding.",
)
BROKEN_ENCODING = QT_TRANSLATE_NOOP(
    "validation", "The file is not valid {encoding}: byte 0x{byte} at line {line} cannot be read."
)
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "validation", "The text encoding “{encoding}” is not known (try utf-8, utf-16, cp1258)."
)
UNDETECTED_ENCODING = QT_TRANSLATE_NOOP(
    "validation",
    "The file's text encoding cannot be recognised; choose it (UTF-8, UTF-16, "
    "Windows-1258 or Windows-1252).",
)
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "validation", "Line {line} is longer than {limit} characters: refused as hostile or damaged."
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "validation", "Components are nested deeper than {limit} levels at line {line}."
)
TOO_MANY_COMPONENTS = QT_TRANSLATE_NOOP(
    "validation", "The file holds more than {limit} components (line {line})."
)
TOO_MANY_RECORDS = QT_TRANSLATE_NOOP(
    "validation", "The file would make more than {limit} records; split it into smaller files."
)
NOT_A_CALENDAR = QT_TRANSLATE_NOOP(
    "validation", "This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR."
)
BAD_LINE = QT_TRANSLATE_NOOP(
    "validation", "Line {line} is not an iCalendar content line (NAME;PARAM=…:value)."
)
UNBALANCED = QT_TRANSLATE_NOOP(
    "validation", "Line {line}: END:{name} does not close the open {open} component."
)
UNCLOSED = QT_TRANSLATE_NOOP(
    "validation", "The file ends before END:{name} (opened at line {line})."
)
NOT_A_ZIP = QT_TRANSLATE_NOOP(
    "validation", "The file is not an .xlsx workbook (not a zip archive)."
)
ZIP_TOO_MANY = QT_TRANSLATE_NOOP(
    "validation", "The workbook holds {count} parts (at most {limit}): refused as a zip bomb."
)
ZIP_TOO_BIG = QT_TRANSLATE_NOOP(
    "validation",
    "The workbook would unpack to {size} MB (at most {limit} MB): refused as a zip bomb.",
)
ZIP_RATIO = QT_TRANSLATE_NOOP(
    "validation",
    "The workbook part “{member}” is compressed {ratio} to 1 (at most {limit} to 1): refused as "
    "a zip bomb.",
)
ZIP_BROKEN = QT_TRANSLATE_NOOP("validation", "The workbook is damaged: {reason}")
XML_REFUSED = QT_TRANSLATE_NOOP(
    "validation",
    "The workbook's XML declares entities or external references (“{reason}”): refused as unsafe.",
)
XML_UNSAFE_READER = QT_TRANSLATE_NOOP(
    "validation", "Spreadsheets are read only through defusedxml, which openpyxl is not using here."
)
NO_SHEET = QT_TRANSLATE_NOOP("validation", "The workbook has no sheet named “{sheet}”.")
EMPTY_TABLE = QT_TRANSLATE_NOOP("validation", "The file holds no header row and no rows.")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "validation", "Line {line} has {count} columns (at most {limit})."
)
BAD_CSV = QT_TRANSLATE_NOOP("validation", "Line {line} cannot be read as CSV: {reason}")
BAD_MAPPING = QT_TRANSLATE_NOOP("validation", "The column mapping cannot be used: {reason}")

# Record rejections.
NO_START = QT_TRANSLATE_NOOP("validation", "The event has no DTSTART.")
BAD_DATE = QT_TRANSLATE_NOOP(
    "validation", "“{value}” is not a date (write it day first: 19/01/2026, or 2026-01-19)."
)
BAD_ICS_DATE = QT_TRANSLATE_NOOP(
    "validation", "{name} “{value}” is not an iCalendar date or date-time."
)
BAD_TIME = QT_TRANSLATE_NOOP("validation", "“{value}” is not a time of day (09:30, 9h30).")
BAD_CHOICE = QT_TRANSLATE_NOOP("validation", "“{value}” is not one of: {allowed}.")
BAD_DURATION = QT_TRANSLATE_NOOP("validation", "DURATION “{value}” is not a duration.")
UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "validation", "The time zone “{zone}” is neither known nor defined in the file."
)
BAD_RRULE = QT_TRANSLATE_NOOP("validation", "The recurrence rule cannot be used: {reason}")
TOO_MANY_OCCURRENCES = QT_TRANSLATE_NOOP(
    "validation",
    "The recurring event gives more than {limit} occurrences between {first} and {last}.",
)
TOO_MANY_STEPS = QT_TRANSLATE_NOOP(
    "validation",
    "The recurring event starts on {start}, so long before {first} that reaching it takes more "
    "than {limit} occurrences.",
)
NO_OCCURRENCE = QT_TRANSLATE_NOOP(
    "validation", "The recurring event has no occurrence between {first} and {last}."
)
UNKNOWN_REF = QT_TRANSLATE_NOOP("validation", "There is no {what} named “{value}”.")
AMBIGUOUS_REF = QT_TRANSLATE_NOOP(
    "validation", "{count} records of {what} are named “{value}”: rename one, or use its number."
)
DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "validation", "The id “{key}” is also used at {other} with other values."
)
EMPTY_ROW_KEY = QT_TRANSLATE_NOOP("validation", "The id column is empty.")

# Notes: the record is imported (or skipped), and the user is told something about it.
STATUS_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "validation",
    "Status “{value}” is not imported: a piece reaches it only through screening; it is "
    "imported as “{used}”.",
)
STATUS_KEPT = QT_TRANSLATE_NOOP(
    "validation", "Status is changed only through the screening workflow; it stays “{current}”."
)
CANCELLED_EVENT = QT_TRANSLATE_NOOP("validation", "The event is cancelled in the calendar.")
SOFT_REF_MISSING = QT_TRANSLATE_NOOP(
    "validation", "There is no {what} named “{value}”: it is left empty."
)
EMPTY_SLOT_ROW = QT_TRANSLATE_NOOP("validation", "An empty slot of a column, not a piece.")
OTHER_KIND_EVENT = QT_TRANSLATE_NOOP(
    "validation", "Exported by edcal as a {what}, not imported as {kind}."
)
BAD_SPAN = QT_TRANSLATE_NOOP(
    "validation", "“{value}” is not a span of days (19/01/2026 to 23/01/2026)."
)
SAME_AS = QT_TRANSLATE_NOOP("validation", "The same as {other}.")
UNCHANGED = QT_TRANSLATE_NOOP("validation", "Already imported, unchanged.")
LINE = QT_TRANSLATE_NOOP("validation", "line {line}")


@dataclass(frozen=True)
class Origin:
    """Where a record came from: the file, and its line (CSV, XLSX, ICS) or event UID."""

    file: str
    line: int | None = None
    uid: str | None = None

    def __str__(self) -> str:
        return self.render()

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        if self.uid is not None:
            where = ""
            if self.line is not None:
                line = translate("validation", LINE) if translate else LINE
                where = line.format(line=self.line) + ", "
            return f"{self.file}: {where}UID {self.uid}"
        if self.line is not None:
            return f"{self.file}:{self.line}"
        return self.file


@dataclass(frozen=True)
class Rejection:
    """One record that is not imported, with the field at fault (None: the whole record)."""

    origin: Origin
    field: str | None
    reason: Problem

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """`FILE:LINE: field: reason` (or `FILE: UID x: …`), as the command line prints it."""
        where = f"{self.field}: " if self.field else ""
        return f"{self.origin.render(translate)}: {where}{self.reason.render(translate)}"


class ImportRefusedError(Exception):
    """The whole file is refused: hostile, damaged, or not what it claims; nothing was read."""

    def __init__(self, reason: Problem, file: str | None = None) -> None:
        super().__init__(reason.render())
        self.reason = reason
        self.file = file

    def located(self, file: str) -> ImportRefusedError:
        """The same refusal, naming the file (readers raise it before they know the name)."""
        return self if self.file else ImportRefusedError(self.reason, file)

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = self.reason.render(translate)
        return f"{self.file}: {text}" if self.file else text
