"""Print the schedule, or preview it, with the pages the PDF export draws (app.exports.pages)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.exports.pages import (
    PDF_RESOLUTION,
    a4_landscape,
    footer_text,
    paint_pages,
    schedule_document,
)
from app.services.schedule import Schedule


def schedule_printer() -> QPrinter:
    """A printer set up as the PDF is: A4 landscape, the same margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_landscape())
    # The PDF's resolution: text breaks into the same lines on paper as in the file.
    printer.setResolution(PDF_RESOLUTION)
    return printer


def print_to(schedule: Schedule, printer: QPrinter) -> int:
    """Draw the schedule's pages on `printer`; returns how many there were."""
    return paint_pages(schedule_document(schedule), printer, footer_text(schedule))


def print_schedule(schedule: Schedule, parent: QWidget | None) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = schedule_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(schedule, printer)
    return True


class SchedulePreview(QPrintPreviewDialog):
    """A preview drawing the printed pages; printing from it prints them."""

    def __init__(self, schedule: Schedule, parent: QWidget | None) -> None:
        printer = schedule_printer()
        super().__init__(printer, parent)
        self.schedule_printer = printer  # kept: the dialog only borrows it
        self.setObjectName("print_preview")
        self.pages_drawn = 0
        self._document = schedule_document(schedule)
        self._footer = footer_text(schedule)
        self.paintRequested.connect(self._paint)
        self.resize(1100, 800)

    def _paint(self, printer: QPrinter) -> None:
        self.pages_drawn = paint_pages(self._document, printer, self._footer)
