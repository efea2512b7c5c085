"""The export formats by name: each with its file suffix, a label for file dialogs and a writer."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP
from app.exports.atomic import ExportError
from app.services.schedule import Schedule

Writer = Callable[[Schedule, Path], Path]


class ExportFormat(Enum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"
    ICS = "ics"
    HTML = "html"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @property
    def label(self) -> str:
        """English, marked for translation in the "schedule" context."""
        return _LABELS[self]

    @classmethod
    def of_name(cls, name: str) -> ExportFormat:
        try:
            return cls(name.strip().lower())
        except ValueError:
            known = ", ".join(member.value for member in cls)
            raise ExportError(f"unknown format “{name}”; choose one of {known}") from None

    @classmethod
    def of_path(cls, path: Path) -> ExportFormat | None:
        suffix = path.suffix.lower()
        if suffix == ".htm":
            return cls.HTML
        return next((member for member in cls if member.suffix == suffix), None)


_LABELS = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("schedule", "PDF document, A4 landscape (*.pdf)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("schedule", "Excel workbook (*.xlsx)"),
    ExportFormat.CSV: QT_TRANSLATE_NOOP("schedule", "CSV table, UTF-8 (*.csv)"),
    ExportFormat.ICS: QT_TRANSLATE_NOOP("schedule", "iCalendar file (*.ics)"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("schedule", "Web page (*.html)"),
}


def writer_of(fmt: ExportFormat) -> Writer:
    """The writer of a format, imported when asked (the PDF one needs Qt's GUI module)."""
    if fmt is ExportFormat.PDF:
        from app.exports.pages import write_pdf

        return write_pdf
    if fmt is ExportFormat.XLSX:
        from app.exports.xlsx import write_xlsx

        return write_xlsx
    if fmt is ExportFormat.CSV:
        from app.exports.csv_table import write_csv

        return write_csv
    if fmt is ExportFormat.ICS:
        from app.exports.ics import write_ics

        return write_ics
    from app.exports.html_page import write_html

    return write_html


def export_schedule(schedule: Schedule, fmt: ExportFormat, target: Path) -> Path:
    """Write `schedule` as `fmt` to `target`, whole or not at all."""
    return writer_of(fmt)(schedule, target)
