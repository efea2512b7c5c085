"""Export the timeline for a presentation: PNG, SVG or PDF, the visible part or the whole plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from app.core.timeline import TimeScale
from app.ui.timeline.canvas import CONTENT_TOP, TimelineCanvas, TimelineData
from app.ui.timeline.lane_header import WIDTH as HEADER_WIDTH
from app.ui.timeline.lane_header import LaneHeader

WHOLE_PLAN_WIDTH = 2400
MIN_HEIGHT = 400


class ExportFormat(Enum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"

    @classmethod
    def of(cls, path: Path) -> ExportFormat:
        suffix = path.suffix.lower().lstrip(".")
        for member in cls:
            if member.value == suffix:
                return member
        raise ValueError(f"{path.name}: choose a .png, .svg or .pdf file")


def _offscreen_copy(
    source: TimelineCanvas, data: TimelineData, scale: TimeScale, size: QSize
) -> tuple[TimelineCanvas, LaneHeader]:
    """A canvas and lane header, never shown, laid out at `size` for rendering."""
    canvas = TimelineCanvas()
    canvas.data = data
    canvas.collapsed = set(source.collapsed)
    canvas.color_by = source.color_by
    canvas.scale = scale
    canvas.resize(size.width() - HEADER_WIDTH, size.height())
    header = LaneHeader(canvas)
    header.resize(HEADER_WIDTH, size.height())
    return canvas, header


def _paint(painter: QPainter, header: LaneHeader, canvas: TimelineCanvas) -> None:
    header.paint(painter)
    painter.save()
    painter.translate(HEADER_WIDTH, 0)
    painter.setClipRect(QRect(0, 0, canvas.width(), canvas.height()))
    canvas.paint(painter)
    painter.restore()


def export_timeline(
    path: Path,
    source: TimelineCanvas,
    header_title: str,
    whole: tuple[date, date] | None = None,
    load: Callable[[date, date, TimeScale], TimelineData] | None = None,
) -> Path:
    """Write the visible timeline, or with `whole` and `load` the whole plan, to `path`."""
    fmt = ExportFormat.of(path)
    if whole is not None and load is not None:
        scale = TimeScale.fit(whole[0], whole[1], WHOLE_PLAN_WIDTH - HEADER_WIDTH)
        data = load(whole[0], whole[1], scale)
        width = WHOLE_PLAN_WIDTH
        probe = TimelineCanvas()
        probe.data = data
        probe.collapsed = set(source.collapsed)
        height = max(int(CONTENT_TOP + probe.content_height() + 24), MIN_HEIGHT)
    else:
        scale, data = source.scale, source.data
        width = HEADER_WIDTH + source.width()
        height = max(int(CONTENT_TOP + source.content_height() + 24), MIN_HEIGHT)
    size = QSize(width, height)
    canvas, header = _offscreen_copy(source, data, scale, size)
    header.title = header_title
    if fmt is ExportFormat.PNG:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        _paint(painter, header, canvas)
        painter.end()
        if not image.save(str(path)):
            raise OSError(f"{path}: could not be written")
    elif fmt is ExportFormat.SVG:
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(header_title)
        painter = QPainter(generator)
        _paint(painter, header, canvas)
        painter.end()
    else:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        writer.setResolution(72)
        writer.setTitle(header_title)
        painter = QPainter(writer)
        _paint(painter, header, canvas)
        painter.end()
    canvas.deleteLater()
    header.deleteLater()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"{path}: nothing was written")
    return path
