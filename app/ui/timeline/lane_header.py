"""Lane names fixed at the left while the timeline scrolls; a click collapses or opens a lane."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.ui.timeline.canvas import AXIS_HEIGHT, CONTENT_TOP, TimelineCanvas

WIDTH = 230


class LaneHeader(QWidget):
    collapse_toggled = Signal(object)  # lane key

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_lanes")
        self.canvas = canvas
        self.title = ""
        self.setFixedWidth(WIDTH)
        canvas.view_moved.connect(self.update)

    def lane_at(self, y: float) -> int | None:
        found = self.canvas.lane_at_y(y)
        return None if found is None else found[0]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.position().y() < CONTENT_TOP:
            return
        index = self.lane_at(event.position().y())
        if index is not None:
            self.collapse_toggled.emit(self.canvas.data.lanes[index].key)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the header with `painter`: on screen, or into an exported picture."""
        painter.fillRect(self.rect(), QColor("#f5f7f8"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#37474f"))
        painter.drawText(
            QRectF(8, 0, WIDTH - 12, AXIS_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.title
        )
        painter.setFont(self.font())
        painter.save()
        painter.setClipRect(QRectF(0, CONTENT_TOP, WIDTH, self.height()))
        tops = self.canvas.lane_tops()
        for index, lane in enumerate(self.canvas.data.lanes):
            top = CONTENT_TOP + tops[index] - self.canvas.y_offset
            bottom = CONTENT_TOP + tops[index + 1] - self.canvas.y_offset
            if bottom < CONTENT_TOP or top > self.height():
                continue
            collapsed = lane.key in self.canvas.collapsed
            if index % 2:
                painter.fillRect(QRectF(0, top, WIDTH, bottom - top), QColor("#eef2f4"))
            painter.setPen(QColor("#37474f"))
            marker = "▸" if collapsed else "▾"
            label = f"{marker} {lane.label}"
            text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, WIDTH - 50)
            painter.drawText(QRectF(6, top, WIDTH - 50, 22), Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(QColor("#78909c"))
            painter.drawText(
                QRectF(WIDTH - 44, top, 38, 22),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                str(lane.count),
            )
            painter.setPen(QPen(QColor("#cfd8dc"), 1))
            painter.drawLine(QPointF(0, bottom), QPointF(WIDTH, bottom))
        painter.restore()
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.drawLine(QPointF(WIDTH - 1, 0), QPointF(WIDTH - 1, self.height()))
