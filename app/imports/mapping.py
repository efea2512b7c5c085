"""Which spreadsheet column fills which field: a mapping the user checks on a preview, saves as
JSON and reuses for the next file of the same shape.

A row's key (its `external_id`) is the mapped id column when there is one; otherwise it is
derived from the row's mapped values (`source.derived_key`, prefixed "row:"), so importing the
same file again finds the records it made, and a row whose values were edited in between is
imported as a new record (the old one stays: without an id nothing says they are the same).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import Kind, spec_of
from app.core.text import fold
from app.imports.cells import DateOrder, time_in
from app.imports.problems import (
    BAD_MAPPING,
    EMPTY_ROW_KEY,
    EMPTY_SLOT_ROW,
    ImportRefusedError,
    Origin,
    Rejection,
    problem,
)
from app.imports.source import (
    FIELDS,
    HELPERS,
    REFERENCE_NAMES,
    REFERENCES,
    SourceRecord,
    Translate,
    derived_key,
    is_empty_slot,
    words,
)
from app.imports.tabular import Table, TableRow

FORMAT_VERSION = 1
ID = "external_id"  # the target that makes a column the row's id

# Header words (folded) a column is recognised by, besides the field's name and English label.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("tieu de", "ten bai", "ten tin bai", "tin bai", "bai viet", "subject"),
    "summary": ("tom tat", "mo ta", "noi dung", "description"),
    "format": ("the loai", "hinh thuc", "loai"),
    "status": ("trang thai", "tinh trang"),
    "planned_start": ("ngay", "ngay dang", "ngay phat", "ngay bat dau", "date", "start", "day"),
    "planned_end": ("ngay ket thuc", "den ngay", "end"),
    "publish_time": ("gio", "gio dang", "gio phat", "time"),
    "deadline": ("han", "han nop", "han chot", "due"),
    "audience": ("doi tuong",),
    "language": ("ngon ngu",),
    "notes": ("ghi chu", "note"),
    "channel": ("kenh", "kenh dang", "channel_id"),
    "plan": ("ke hoach", "plan_id"),
    "column": ("chuyen muc", "column_id"),
    "outlet": ("co quan", "toa soan", "bao"),
    "name": ("ten", "ten su kien", "su kien", "moc", "title", "summary"),
    "kind": ("loai", "loai su kien"),
    "start_date": ("ngay", "ngay bat dau", "tu ngay", "date", "start"),
    "end_date": ("ngay ket thuc", "den ngay", "end"),
    "description": ("mo ta", "noi dung", "ghi chu"),
    ID: ("id", "ma", "uid", "external id", "ma so", "stt"),
}


def targets(kind: Kind) -> tuple[str, ...]:
    """What a column may be mapped to: the kind's fields, references by name, and the id."""
    refs = [name for name, field_name in REFERENCE_NAMES.items() if field_name in REFERENCES[kind]]
    return (*FIELDS[kind], *refs, *HELPERS[kind], ID)


def _label(kind: Kind, target: str) -> str:
    try:
        return spec_of(kind).field(target).label
    except KeyError:
        return target


@dataclass(frozen=True)
class ColumnMapping:
    """Column header → target, and how the file is read. Saved as JSON (`to_json`)."""

    kind: Kind = Kind.CONTENT_ITEM
    columns: dict[str, str] = field(default_factory=dict)
    date_order: DateOrder = DateOrder.DAY_FIRST
    # Values for fields no column gives, written as a cell would be ("video", "Báo Hưng Yên").
    defaults: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int = 1

    @property
    def id_column(self) -> str | None:
        return next((c for c, t in self.columns.items() if t == ID), None)

    def problems(self, headers: Iterable[str]) -> list[str]:
        """What keeps the mapping from being used on a table with these headers."""
        found: list[str] = []
        present = set(headers)
        allowed = targets(self.kind)
        seen: dict[str, str] = {}
        for column, target in self.columns.items():
            if column not in present:
                found.append(f"the file has no column “{column}”")
            if target not in allowed:
                found.append(f"“{target}” is not a field of {self.kind.value}")
            elif target in seen:
                found.append(f"“{seen[target]}” and “{column}” both fill {target}")
            seen[target] = column
        for target in self.defaults:
            if target not in allowed or target == ID:
                found.append(f"“{target}” cannot have a default")
        required = "title" if self.kind is Kind.CONTENT_ITEM else "name"
        if required not in seen and required not in self.defaults:
            found.append(f"no column gives the {required}")
        if self.kind is Kind.MILESTONE and "start_date" not in seen:
            found.append("no column gives the start date")
        return found

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": FORMAT_VERSION,
                "kind": self.kind.value,
                "columns": self.columns,
                "date_order": self.date_order.value,
                "defaults": self.defaults,
                "encoding": self.encoding,
                "delimiter": self.delimiter,
                "sheet": self.sheet,
                "header_row": self.header_row,
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """The mapping saved by `to_json`; raises `ImportRefusedError` saying what is wrong."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            kind = Kind(data.get("kind", Kind.CONTENT_ITEM.value))
            if kind not in FIELDS:
                raise ValueError(f"cannot import {kind.value}")
            columns = _strings(data.get("columns", {}), "columns")
            defaults = _strings(data.get("defaults", {}), "defaults")
            header_row = int(data.get("header_row", 1))
            if header_row < 1:
                raise ValueError("header_row must be 1 or more")
            return cls(
                kind=kind,
                columns=columns,
                date_order=DateOrder(data.get("date_order", DateOrder.DAY_FIRST.value)),
                defaults=defaults,
                encoding=_optional(data.get("encoding"), "encoding"),
                delimiter=_optional(data.get("delimiter"), "delimiter"),
                sheet=_optional(data.get("sheet"), "sheet"),
                header_row=header_row,
            )
        except (ValueError, TypeError) as error:
            raise ImportRefusedError(problem(BAD_MAPPING, reason=str(error)[:200])) from None

    def save(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ColumnMapping:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ImportRefusedError(problem(BAD_MAPPING, reason=str(error)[:200])) from None
        return cls.from_json(text)


def _strings(value: Any, name: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(f"{name} must map text to text")
    return dict(value)


def _optional(value: Any, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value or None


# The columns of `edcal export`'s CSV and XLSX (app.exports.labels.TABLE_HEADERS), what each
# fills, and the Vietnamese words it is known by even when no translation is given (the CLI in
# English reading a sheet exported in Vietnamese). Day and Assignees are not read back; Note
# holds a piece's span of days; ID is the piece's UID (app.core.uids).
EXPORT_HEADERS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("schedule", "Date"), "planned_start", ("ngay",)),
    (QT_TRANSLATE_NOOP("schedule", "Day"), None, ("thu", "thu trong tuan")),
    (QT_TRANSLATE_NOOP("schedule", "Time"), "publish_time", ("gio", "gio dang")),
    (QT_TRANSLATE_NOOP("schedule", "Outlet"), "outlet", ("co quan", "co quan bao chi")),
    (QT_TRANSLATE_NOOP("schedule", "Column"), "column", ("chuyen muc",)),
    (QT_TRANSLATE_NOOP("schedule", "Title"), "title", ("tieu de", "ten bai")),
    (QT_TRANSLATE_NOOP("schedule", "Format"), "format", ("the loai", "hinh thuc")),
    (QT_TRANSLATE_NOOP("schedule", "Channel"), "channel", ("kenh", "kenh dang")),
    (
        QT_TRANSLATE_NOOP("schedule", "Assignees"),
        None,
        ("phan cong", "nguoi thuc hien", "nguoi phu trach"),
    ),
    (QT_TRANSLATE_NOOP("schedule", "Status"), "status", ("trang thai", "tinh trang")),
    (QT_TRANSLATE_NOOP("schedule", "Note"), "span", ("ghi chu",)),
    (QT_TRANSLATE_NOOP("schedule", "Plan"), "plan", ("ke hoach",)),
    (QT_TRANSLATE_NOOP("schedule", "Summary"), "summary", ("tom tat",)),
    (QT_TRANSLATE_NOOP("schedule", "ID"), ID, ("ma", "ma so", "uid")),
)
# A table is a schedule edcal wrote when it has all the columns every export had (older ones
# have no Plan, Summary, ID): a sheet of the user's own with "Note" keeps it as notes.
_EXPORT_REQUIRED = frozenset(range(11))


def export_mapping(
    headers: Sequence[str], translate: Translate | None = None
) -> ColumnMapping | None:
    """The mapping for a schedule written by `edcal export` (this version's columns or an older
    one's, in English, Vietnamese or the user's language), when these are its headers."""
    known = [
        (words(label, "schedule", translate) | set(vietnamese), target)
        for label, target, vietnamese in EXPORT_HEADERS
    ]
    columns: dict[str, str] = {}
    seen: set[int] = set()
    for header in headers:
        key = fold(header).strip()
        index = next((i for i, (names, _) in enumerate(known) if key in names), None)
        if index is None or index in seen:
            return None
        seen.add(index)
        target = known[index][1]
        if target is not None:
            columns[header] = target
    if not seen >= _EXPORT_REQUIRED:
        return None
    return ColumnMapping(kind=Kind.CONTENT_ITEM, columns=columns, date_order=DateOrder.DAY_FIRST)


def suggest_mapping(
    headers: Sequence[str],
    kind: Kind = Kind.CONTENT_ITEM,
    translate: Translate | None = None,
) -> ColumnMapping:
    """A first mapping from the headers' names (English or Vietnamese, accents ignored); a
    schedule exported by edcal is recognised whole."""
    exported = export_mapping(headers, translate) if kind is Kind.CONTENT_ITEM else None
    if exported is not None:
        return exported
    columns: dict[str, str] = {}
    taken: set[str] = set()
    keys = {header: fold(header).strip().replace("_", " ") for header in headers}
    own = {t: {fold(t).replace("_", " "), fold(_label(kind, t))} for t in targets(kind)}
    synonyms = {t: set(_SYNONYMS.get(t, ())) for t in targets(kind)}
    # Exact names and labels first, so "summary" is the summary even where a synonym says title.
    for known in (own, synonyms):
        for header, key in keys.items():
            if header in columns:
                continue
            target = next((t for t in targets(kind) if t not in taken and key in known[t]), None)
            if target is not None:
                columns[header] = target
                taken.add(target)
    return ColumnMapping(kind=kind, columns=columns)


def record_of_row(
    row: TableRow,
    headers: tuple[str, ...],
    mapping: ColumnMapping,
    file: str,
    translate: Translate | None = None,
) -> SourceRecord:
    """One row as a record; its problems say which field could not be read."""
    index = {h: i for i, h in enumerate(headers)}
    where = file if row.sheet is None else f"{file} [{row.sheet}]"
    record = SourceRecord(Origin(where, row.line), key="")
    raw_start: object = None
    for target, value in mapping.defaults.items():
        record.set_text(mapping.kind, target, value, mapping.date_order, translate)
    key: str | None = None
    for column, target in mapping.columns.items():
        raw = row.cell(index[column])
        if target == ID:
            key = "" if raw is None else str(raw).strip()
            if isinstance(raw, float) and raw.is_integer():
                key = str(int(raw))
            continue
        if target == "planned_start":
            raw_start = raw
        record.set_text(mapping.kind, target, raw, mapping.date_order, translate)
    if mapping.kind is Kind.CONTENT_ITEM and is_empty_slot(record.values.get("title"), translate):
        record.skip = problem(EMPTY_SLOT_ROW)
    if (
        mapping.kind is Kind.CONTENT_ITEM
        and "publish_time" not in mapping.columns.values()
        and record.values.get("planned_start") is not None
    ):
        when = time_in(raw_start)  # "19/01/2026 09:30" in one cell
        if when is not None:
            record.values["publish_time"] = when
    if key is not None and not key:
        record.problems[ID] = problem(EMPTY_ROW_KEY)
    record.key = key or derived_key("row", record.values, record.refs)
    return record


def records_of_table(
    table: Table,
    mapping: ColumnMapping,
    file: str,
    limit: int | None = None,
    translate: Translate | None = None,
) -> list[SourceRecord]:
    """The table's rows (the first `limit`, for a preview) read through `mapping`."""
    problems = mapping.problems(table.headers)
    if problems:
        raise ImportRefusedError(problem(BAD_MAPPING, reason="; ".join(problems)))
    rows = table.rows if limit is None else table.rows[:limit]
    return [record_of_row(row, table.headers, mapping, file, translate) for row in rows]


def rejections_of(records: Iterable[SourceRecord]) -> list[Rejection]:
    return [
        Rejection(record.origin, name, reason)
        for record in records
        for name, reason in record.problems.items()
    ]


def with_kind(mapping: ColumnMapping, kind: Kind) -> ColumnMapping:
    return replace(mapping, kind=kind)
