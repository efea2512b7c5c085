"""What the chip colours mean right now: one swatch per theme, status or channel on screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.enums import ContentStatus
from app.core.records import Kind
from app.services.calendar import CalendarItem
from app.services.database import Database
from app.services.records import choices
from app.ui.calendar.palette import NO_THEME, STATUS_COLORS, ColorBy, channel_color
from app.ui.i18n import marked

SWATCH = 11


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_legend")
        self.entries: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() + 6)

    def show_for(
        self, items: Sequence[CalendarItem], color_by: ColorBy, db: Database | None
    ) -> None:
        if color_by is ColorBy.STATUS:
            present = {i.status for i in items}
            self.entries = [
                (STATUS_COLORS[s], marked("enums", s.label)) for s in ContentStatus if s in present
            ]
        elif color_by is ColorBy.CHANNEL:
            channel_ids = {i.channel_id for i in items if i.channel_id is not None}
            names = {c.id: c.label for c in choices(db, Kind.CHANNEL)} if db and channel_ids else {}
            self.entries = [(channel_color(i), names.get(i, "?")) for i in sorted(channel_ids)]
        else:
            ids = sorted({t for i in items for t in i.theme_ids})
            names = {c.id: c.label for c in choices(db, Kind.THEME)} if db and ids else {}
            colors = {
                t: c for i in items for t, c in zip(i.theme_ids, i.theme_colors, strict=False)
            }
            self.entries = [(colors[t], names.get(t, "?")) for t in ids]
            if any(not i.theme_ids for i in items):
                self.entries.append((NO_THEME, self.tr("No theme")))
        self.setToolTip("\n".join(label for _, label in self.entries))
        self.setVisible(bool(self.entries))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        x = 4.0
        height = self.height()
        metrics = self.fontMetrics()
        for color, label in self.entries:
            width = SWATCH + 4 + min(metrics.horizontalAdvance(label), 220) + 14
            if x + width > self.width():
                painter.setPen(QColor("#607d8b"))
                painter.drawText(int(x), 0, 30, height, Qt.AlignmentFlag.AlignVCenter, "…")
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(int(x), (height - SWATCH) // 2, SWATCH, SWATCH, 2, 2)
            painter.setPen(self.palette().text().color())
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 220)
            painter.drawText(
                int(x + SWATCH + 4), 0, 220, height, Qt.AlignmentFlag.AlignVCenter, text
            )
            x += width
        painter.end()
