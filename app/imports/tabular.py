"""Spreadsheets as a header row and numbered rows: CSV (any of the newsroom's encodings) and
XLSX (through openpyxl, whose XML goes through defusedxml, after the zip guard).

A row keeps the line it starts on (CSV: the file's line, even when a quoted cell spans lines;
XLSX: the sheet's row number), which is what a rejection names. Fully empty rows are dropped.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.exports.cells import FORMULA_STARTS
from app.imports.budgets import Budget, Deadline
from app.imports.encodings import decode
from app.imports.problems import (
    BAD_CSV,
    EMPTY_TABLE,
    NO_SHEET,
    TOO_MANY_COLUMNS,
    TOO_MANY_RECORDS,
    XML_REFUSED,
    XML_UNSAFE_READER,
    ZIP_BROKEN,
    ImportRefusedError,
    problem,
)
from app.imports.zipguard import check_zip

_DELIMITERS = (",", ";", "\t", "|")
_CHECK_EVERY = 512


@dataclass(frozen=True)
class TableRow:
    line: int
    cells: tuple[object, ...]
    sheet: str | None = None  # XLSX read across sheets: the sheet the row is on

    def cell(self, index: int) -> object:
        return self.cells[index] if index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str | None = None  # CSV: the encoding read
    guessed_encoding: bool = False  # CSV: only a guess, worth asking the user to confirm
    sheet: str | None = None  # XLSX: the sheet read
    sheets: tuple[str, ...] = field(default=())  # XLSX: every sheet, for the wizard to offer


def _header(cells: tuple[object, ...]) -> tuple[str, ...]:
    names: list[str] = []
    for index, cell in enumerate(cells, 1):
        name = "" if cell is None else str(cell).strip()
        name = name or f"#{index}"
        while name in names:
            name += "'"
        names.append(name)
    while names and names[-1].startswith("#"):
        names.pop()
    return tuple(names)


def _empty(cells: tuple[object, ...]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _table(
    raw: Iterator[tuple[int, tuple[object, ...]]],
    header_row: int,
    budget: Budget,
    deadline: Deadline,
) -> tuple[tuple[str, ...], tuple[TableRow, ...]]:
    headers: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for index, (line, cells) in enumerate(raw, 1):
        if index % _CHECK_EVERY == 0:
            deadline.check()
        if len(cells) > budget.max_columns and not _empty(cells[budget.max_columns :]):
            raise ImportRefusedError(
                problem(TOO_MANY_COLUMNS, line=line, count=len(cells), limit=budget.max_columns)
            )
        if index < header_row:
            continue
        if headers is None:
            headers = _header(cells)
            continue
        if _empty(cells):
            continue
        rows.append(TableRow(line, tuple(cells[: budget.max_columns])))
        if len(rows) > budget.max_records:
            raise ImportRefusedError(problem(TOO_MANY_RECORDS, limit=budget.max_records))
    if not headers:
        raise ImportRefusedError(problem(EMPTY_TABLE))
    return headers, tuple(rows)


def sniff_delimiter(first_line: str) -> str:
    """The separator the header line uses most, outside quotes (Excel writes ; in some locales)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportRefusedError(
                problem(BAD_CSV, line=reader.line_num, reason=str(error)[:200])
            ) from None
        yield start, tuple(_literal(cell) for cell in cells)
        start = reader.line_num + 1


def _literal(cell: str) -> str:
    """The text behind a cell written "'=…": the apostrophe a spreadsheet (and edcal's export,
    app.exports.cells) puts first so it is not run as a formula is no part of the text."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def read_csv(
    data: bytes,
    budget: Budget,
    deadline: Deadline,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int = 1,
) -> Table:
    decoded = decode(data, encoding)
    text = decoded.text
    if text.startswith("\ufeff"):
        text = text[1:]
    first = text.split("\n", 1)[0]
    headers, rows = _table(
        _csv_rows(text, delimiter or sniff_delimiter(first)), header_row, budget, deadline
    )
    return Table(headers, rows, encoding=decoded.encoding, guessed_encoding=decoded.guessed)


def ensure_defused_xml() -> None:
    """Refuse to read XLSX unless every openpyxl reader parses through defusedxml."""
    import openpyxl
    from defusedxml import ElementTree as DefusedTree
    from openpyxl.reader import excel, strings, workbook
    from openpyxl.worksheet import _reader

    parsers = (
        vars(excel).get("fromstring"),
        vars(workbook).get("fromstring"),
        vars(strings).get("iterparse"),
        vars(_reader).get("iterparse"),
    )
    expected = {vars(DefusedTree)["fromstring"], vars(DefusedTree)["iterparse"]}
    if not openpyxl.DEFUSEDXML or any(p not in expected for p in parsers):
        raise ImportRefusedError(problem(XML_UNSAFE_READER))


def _xlsx_rows(sheet: object, budget: Budget) -> Iterator[tuple[int, tuple[object, ...]]]:
    rows = sheet.iter_rows(  # type: ignore[attr-defined]
        max_col=budget.max_columns + 1, max_row=budget.max_records + 100, values_only=True
    )
    for number, cells in enumerate(rows, 1):
        yield number, tuple(cells)


def _defused_cause(error: BaseException) -> BaseException | None:
    """The defusedxml refusal behind `error`, however openpyxl wrapped it."""
    from defusedxml import DefusedXmlException

    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, DefusedXmlException):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _alike_sheets(
    workbook: Any,
    names: tuple[str, ...],
    headers: tuple[str, ...],
    first_rows: tuple[TableRow, ...],
    header_row: int,
    budget: Budget,
    deadline: Deadline,
) -> tuple[TableRow, ...]:
    """The rows of every sheet with the first sheet's header, each row naming its sheet.

    A schedule exported over several weeks has one sheet per week, all alike; reading only
    the first would drop the other weeks. Sheets with another header (notes, a summary) are
    not part of the table and are left out.
    """
    tagged = [replace(row, sheet=names[0]) for row in first_rows]
    for name in names[1:]:
        sheet_headers, sheet_rows = _table(
            _xlsx_rows(workbook[name], budget), header_row, budget, deadline
        )
        if sheet_headers != headers:
            continue
        tagged.extend(replace(row, sheet=name) for row in sheet_rows)
        if len(tagged) > budget.max_records:
            raise ImportRefusedError(problem(TOO_MANY_RECORDS, limit=budget.max_records))
    if len(tagged) == len(first_rows):
        return first_rows  # one sheet only: its line numbers say enough
    return tuple(tagged)


def read_xlsx(
    path: Path,
    budget: Budget,
    deadline: Deadline,
    sheet: str | None = None,
    header_row: int = 1,
) -> Table:
    check_zip(path, budget)
    ensure_defused_xml()
    import openpyxl

    try:
        with path.open("rb") as handle, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not read
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                names = tuple(workbook.sheetnames)
                if sheet is not None and sheet not in names:
                    raise ImportRefusedError(problem(NO_SHEET, sheet=sheet))
                chosen = sheet or names[0]
                headers, rows = _table(
                    _xlsx_rows(workbook[chosen], budget), header_row, budget, deadline
                )
                if sheet is None:
                    rows = _alike_sheets(
                        workbook, names, headers, rows, header_row, budget, deadline
                    )
            finally:
                workbook.close()
    except ImportRefusedError:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl wraps what its parsers raise
        unsafe = _defused_cause(error)
        if unsafe is not None:
            raise ImportRefusedError(problem(XML_REFUSED, reason=str(unsafe)[:200])) from None
        reason = str(error).split("\n", 1)[0][:200] or type(error).__name__
        raise ImportRefusedError(problem(ZIP_BROKEN, reason=reason)) from None
    return Table(headers, rows, sheet=chosen, sheets=names)
