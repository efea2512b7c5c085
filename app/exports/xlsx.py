"""The schedule as a workbook: one sheet per ISO week with real dates and times, and a sheet
saying what it holds (range, stages, milestones, filter, when it was exported)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from app.core.weeks import week_label, weeks_in
from app.exports import labels
from app.exports.atomic import atomic_path
from app.exports.cells import looks_like_formula, xml_safe
from app.exports.table import TableRow, headers, table_row
from app.services.schedule import Schedule

# Characters each column is wide, in TABLE_HEADERS order.
WIDTHS = (12, 11, 7, 24, 24, 60, 14, 22, 40, 14, 24, 14, 60, 30)
_WRAPPED = (6, 9, 13)  # title, assignees, summary
DATE_FORMAT = "DD/MM/YYYY"
TIME_FORMAT = "HH:MM"
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_EMPTY_FONT = Font(italic=True, color="808080")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(bottom=_THIN)


def _text(cell: Cell | MergedCell, text: str) -> None:
    """Text kept exactly as written, never a formula (see cells.py)."""
    cell.value = xml_safe(text)
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True


def _fill_row(sheet: Worksheet, number: int, row: TableRow, empty: bool) -> None:
    day = sheet.cell(number, 1, row.day)
    day.number_format = DATE_FORMAT
    if row.time is not None:
        moment = sheet.cell(number, 3, row.time)
        moment.number_format = TIME_FORMAT
    texts = row.texts()
    for column in (2, *range(4, len(texts) + 1)):
        _text(sheet.cell(number, column), texts[column - 1])
    if empty:
        sheet.cell(number, 6).font = _EMPTY_FONT


def _week_sheet(book: Workbook, schedule: Schedule, first: date, last: date) -> None:
    sheet = book.create_sheet(week_label(first))
    for column, header in enumerate(headers(), start=1):
        cell = sheet.cell(1, column)
        _text(cell, header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    number = 2
    for day in schedule.days_between(first, last):
        for row in day.rows:
            _fill_row(sheet, number, table_row(row, schedule.database_uid), row.is_empty_slot)
            for column in range(1, len(WIDTHS) + 1):
                cell = sheet.cell(number, column)
                cell.border = _BORDER
                cell.alignment = Alignment(vertical="top", wrap_text=column in _WRAPPED)
            number += 1
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(max(number - 1, 1), len(WIDTHS)).coordinate}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _about_sheet(book: Workbook, schedule: Schedule) -> None:
    sheet = book.create_sheet(xml_safe(labels.tr(labels.ABOUT))[:31])
    lines: list[tuple[str, str]] = [
        (labels.title(schedule), labels.span(schedule.first, schedule.last))
    ]
    for stage in schedule.stages:
        lines.append(
            (
                labels.tr(labels.STAGES),
                f"{stage.plan_number}: {stage.name} ({labels.span(stage.start, stage.end)})",
            )
        )
    for milestone in schedule.milestones:
        lines.append(
            (
                labels.tr(labels.MILESTONES),
                f"{milestone.name} ({labels.span(milestone.start, milestone.end)})",
            )
        )
    for field, value in labels.filter_parts(schedule.filters):
        lines.append((f"{labels.tr(labels.FILTERS)}: {field}", value))
    lines.append((labels.tr(labels.EXPORTED_ON), labels.stamp(schedule.generated_at)))
    for number, (field, value) in enumerate(lines, start=1):
        _text(sheet.cell(number, 1), field.strip())
        _text(sheet.cell(number, 2), value)
        sheet.cell(number, 1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 100


def write_xlsx(schedule: Schedule, target: Path) -> Path:
    book = Workbook()
    default = book.active
    if default is not None:
        book.remove(default)
    for first, last in weeks_in(schedule.first, schedule.last):
        _week_sheet(book, schedule, first, last)
    _about_sheet(book, schedule)
    book.properties.title = labels.heading(schedule)
    book.properties.creator = "edcal"
    with atomic_path(target) as temporary:
        book.save(temporary)
    return target
