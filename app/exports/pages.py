"""Lay the schedule page out on paper: the same pages for the PDF, the printer and the preview.

QTextDocument lays the HTML out in the device's own resolution, page by page; each page gets a
footer with the export date and "page n of m". Fonts are embedded in a PDF by Qt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.exports import labels
from app.exports.atomic import ExportError, atomic_path
from app.exports.document import FONT_FAMILIES, schedule_html
from app.services.schedule import Schedule

MARGIN_MM = 12
PDF_RESOLUTION = 300
BODY_POINTS = 9
FOOTER_POINTS = 7.5


def a4_landscape() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(points)
    return font


def schedule_document(schedule: Schedule) -> QTextDocument:
    """The schedule's page as a text document, not yet laid out for any device."""
    document = QTextDocument()
    document.setDefaultFont(_font(BODY_POINTS))
    document.setHtml(schedule_html(schedule))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, labels.heading(schedule)
    )
    return document


def footer_text(schedule: Schedule) -> str:
    return labels.tr(labels.EXPORTED).replace("%1", labels.stamp(schedule.generated_at))


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> int:
    """Paint every page of `document` on `device` with its footer; returns the page count."""
    laid_out = document.clone()
    laid_out.documentLayout().setPaintDevice(device)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the pages could not be drawn (is the file or printer writable?)")
    try:
        font = _font(FOOTER_POINTS)
        metrics = QFontMetricsF(font, device)
        width, height = float(device.width()), float(device.height())
        footer_height = metrics.height() * 2
        body = QSizeF(width, height - footer_height)
        laid_out.setPageSize(body)
        pages = laid_out.pageCount()
        for page in range(pages):
            if page:
                device.newPage()
            top = page * body.height()
            painter.save()
            painter.translate(0, -top)
            laid_out.drawContents(painter, QRectF(QPointF(0, top), body))
            painter.restore()
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line = QRectF(0, height - metrics.height() * 1.2, width, metrics.height() * 1.2)
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer
            )
            number = labels.tr(labels.PAGE).replace("%1", str(page + 1)).replace("%2", str(pages))
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number
            )
        return pages
    finally:
        painter.end()


def require_gui() -> None:
    if QGuiApplication.instance() is None:
        raise ExportError("printing needs a Qt GUI application; none is running")


def write_pdf(schedule: Schedule, target: Path) -> Path:
    require_gui()
    document = schedule_document(schedule)
    with atomic_path(target) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(a4_landscape())
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(labels.heading(schedule))
        writer.setCreator("edcal")
        paint_pages(document, writer, footer_text(schedule))
        del writer  # the file is complete once the writer is gone
    return target
