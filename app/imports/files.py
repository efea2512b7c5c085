"""Reading an import file, whatever its format, into records ready to be planned.

The wizard calls `read_table` for a spreadsheet (to show the columns and let the user map
them), then `read_source`; the command line calls `read_source` directly. Both check the file's
size before reading it and keep to the budget; a refusal names the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app.core.records import Kind
from app.imports.budgets import MB, Budget, Deadline
from app.imports.bulk import collector_paused
from app.imports.encodings import decode
from app.imports.ics_lexer import parse
from app.imports.ics_reader import read_events
from app.imports.mapping import (
    ColumnMapping,
    records_of_table,
    rejections_of,
    suggest_mapping,
    with_kind,
)
from app.imports.problems import (
    FILE_MISSING,
    FILE_TOO_BIG,
    UNKNOWN_FORMAT,
    ImportRefusedError,
    problem,
)
from app.imports.recurrence import Window
from app.imports.source import (
    FileFormat,
    ImportSource,
    SourceRecord,
    Translate,
    other_kind,
    record_of_event,
)
from app.imports.tabular import Table, read_csv, read_xlsx

_SUFFIXES = {
    ".ics": FileFormat.ICS,
    ".ical": FileFormat.ICS,
    ".ifb": FileFormat.ICS,
    ".csv": FileFormat.CSV,
    ".tsv": FileFormat.CSV,
    ".txt": FileFormat.CSV,
    ".xlsx": FileFormat.XLSX,
    ".xlsm": FileFormat.XLSX,
}


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file: the kind of records to make, and what the file cannot say itself."""

    kind: Kind = Kind.CONTENT_ITEM
    # CSV/XLSX: which column fills which field (None: guessed from the headers).
    mapping: ColumnMapping | None = None
    # ICS: the days recurring events are expanded in (None: a year back, two years ahead).
    window: Window | None = None
    # ICS: the newsroom's time zone, that timed events are converted to (None: this computer's).
    zone: dt.tzinfo | None = None
    # CSV/ICS: the text encoding, when the user chose it (None: detected).
    encoding: str | None = None
    budget: Budget = field(default_factory=Budget)
    # Qt's translate (the UI passes it): labels in the user's language are read too.
    translate: Translate | None = None


def detect_format(path: Path) -> FileFormat:
    """By suffix, then by the first bytes (a zip is a workbook, BEGIN:VCALENDAR a calendar)."""
    found = _SUFFIXES.get(path.suffix.lower())
    if found is not None:
        return found
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        raise ImportRefusedError(problem(FILE_MISSING), str(path)) from None
    if head.startswith(b"PK\x03\x04"):
        return FileFormat.XLSX
    if b"BEGIN:VCALENDAR" in head.upper():
        return FileFormat.ICS
    raise ImportRefusedError(problem(UNKNOWN_FORMAT), str(path))


def _checked_size(path: Path, budget: Budget) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        raise ImportRefusedError(problem(FILE_MISSING)) from None
    if not path.is_file():
        raise ImportRefusedError(problem(FILE_MISSING))
    if size > budget.max_file_bytes:
        raise ImportRefusedError(
            problem(FILE_TOO_BIG, size=f"{size / MB:.1f}", limit=f"{budget.max_file_bytes / MB:g}")
        )


def _bytes(path: Path, budget: Budget) -> bytes:
    _checked_size(path, budget)
    try:
        with path.open("rb") as handle:
            # Never more than the budget, even if the file grew since it was measured.
            return handle.read(budget.max_file_bytes + 1)[: budget.max_file_bytes]
    except OSError:
        raise ImportRefusedError(problem(FILE_MISSING)) from None


def read_table(path: Path, options: ReadOptions | None = None) -> Table:
    """A spreadsheet's header and rows, for the mapping step (CSV or XLSX only)."""
    options = options or ReadOptions()
    mapping = options.mapping or ColumnMapping(kind=options.kind)
    deadline = Deadline(options.budget.seconds)
    try:
        file_format = detect_format(path)
        if file_format is FileFormat.XLSX:
            _checked_size(path, options.budget)
            return read_xlsx(path, options.budget, deadline, mapping.sheet, mapping.header_row)
        if file_format is FileFormat.CSV:
            return read_csv(
                _bytes(path, options.budget),
                options.budget,
                deadline,
                options.encoding or mapping.encoding,
                mapping.delimiter,
                mapping.header_row,
            )
        raise ImportRefusedError(problem(UNKNOWN_FORMAT))
    except ImportRefusedError as error:
        raise error.located(str(path)) from None


def read_source(
    path: Path, options: ReadOptions | None = None, name: str | None = None
) -> ImportSource:
    """The file's records of `options.kind`, with what was rejected or skipped while reading.

    `name` is how rejections name the file (default: the path as given).
    """
    options = options or ReadOptions()
    shown = name or str(path)
    try:
        file_format = detect_format(path)
        with collector_paused():
            if file_format is FileFormat.ICS:
                return _read_ics(path, options, shown)
            table = read_table(path, options)
            mapping = options.mapping or suggest_mapping(
                table.headers, options.kind, options.translate
            )
            records = records_of_table(
                table, with_kind(mapping, options.kind), shown, translate=options.translate
            )
            return _source(shown, file_format, options.kind, records, table.encoding)
    except ImportRefusedError as error:
        raise error.located(shown) from None


def _read_ics(path: Path, options: ReadOptions, shown: str) -> ImportSource:
    deadline = Deadline(options.budget.seconds)
    decoded = decode(_bytes(path, options.budget), options.encoding)
    roots = parse(decoded.text, options.budget, deadline)
    window = options.window or Window.around(dt.date.today())
    kind = options.kind
    read = read_events(
        roots,
        shown,
        window,
        options.zone,
        options.budget,
        deadline,
        passed_over=lambda uid: other_kind(uid, kind),
    )
    records = [
        record_of_event(event, options.kind, shown, options.translate) for event in read.events
    ]
    source = _source(shown, FileFormat.ICS, options.kind, records, decoded.encoding)
    source.rejections[:0] = read.rejections
    source.skipped[:0] = read.skipped
    return source


def _source(
    shown: str,
    file_format: FileFormat,
    kind: Kind,
    records: list[SourceRecord],
    encoding: str | None,
) -> ImportSource:
    """Records sorted into those to plan, those rejected, and those skipped while reading."""
    return ImportSource(
        shown,
        file_format,
        kind,
        records=[r for r in records if not r.problems and r.skip is None],
        rejections=rejections_of(r for r in records if r.skip is None),
        skipped=[(r.origin, r.skip) for r in records if r.skip is not None],
        encoding=encoding,
    )
