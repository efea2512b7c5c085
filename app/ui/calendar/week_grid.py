"""Seven day columns: an all-day lane above, hour rows below for items with a publication time."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from app.core.calendar import hour_of, week_segments
from app.ui.calendar.grid_base import (
    CHIP_GAP,
    CHIP_HEIGHT,
    Columns,
    DayGrid,
    GridData,
    Target,
)
from app.ui.calendar.month_grid import BANNER_HEIGHT, MILESTONE_COLORS
from app.ui.calendar.palette import STAGE_TINTS
from app.ui.calendar.row_layout import lay_out_rows

GUTTER = 48
HEADER_HEIGHT = 36
ALL_DAY_ROWS = 4
HOUR_HEIGHT = 30
SNAP_MINUTES = 30


class WeekGrid(DayGrid):
    """The day headers and all-day lane stay put; only the hours scroll (wheel or scroll bar)."""

    offset_changed = Signal(int)
    range_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_grid")
        self.setMinimumSize(350, 300)
        self.offset = 0.0

    def max_offset(self) -> int:
        return max(int(self.hours_top() + 24 * HOUR_HEIGHT - self.height()), 0)

    def set_offset(self, value: float) -> None:
        self.offset = min(max(float(value), 0.0), float(self.max_offset()))
        self.offset_changed.emit(int(self.offset))
        self.update()

    def scroll_to_hour(self, hour: int) -> None:
        self.set_offset(hour * HOUR_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.range_changed.emit(self.max_offset())
        self.set_offset(self.offset)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.set_offset(self.offset - event.angleDelta().y() / 120 * HOUR_HEIGHT)
        event.accept()

    # --- geometry --------------------------------------------------------------------
    def _lanes(self) -> int:
        if not self.data.days:
            return 0
        return len(
            [
                m
                for m in self.data.milestones
                if m.start <= self.data.days[-1] and m.end >= self.data.days[0]
            ]
        )

    def all_day_top(self) -> float:
        return HEADER_HEIGHT + self._lanes() * BANNER_HEIGHT

    def hours_top(self) -> float:
        return self.all_day_top() + ALL_DAY_ROWS * (CHIP_HEIGHT + CHIP_GAP) + 6

    def column_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def column_left(self, index: int) -> float:
        return GUTTER + index * self.column_width()

    def y_of(self, moment: time) -> float:
        hours = hour_of(moment) or 0.0
        return self.hours_top() + hours * HOUR_HEIGHT - self.offset

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    def refresh_height(self) -> None:
        self.range_changed.emit(self.max_offset())
        self.set_offset(self.offset)

    def target_at(self, pos: QPointF) -> Target | None:
        if not self.data.days or pos.x() < GUTTER:
            return None
        column = min(int((pos.x() - GUTTER) // self.column_width()), 6)
        day = self.data.days[0] + timedelta(days=column)
        if pos.y() < self.all_day_top():
            return Target(day)
        if pos.y() < self.hours_top():
            return Target(day, all_day=True)
        minutes = int((pos.y() - self.hours_top() + self.offset) / HOUR_HEIGHT * 60)
        minutes = min(max(minutes // SNAP_MINUTES * SNAP_MINUTES, 0), 24 * 60 - SNAP_MINUTES)
        return Target(day, time(minutes // 60, minutes % 60))

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self.chip_rects.clear()
        self.chips_drawn = 0
        self.more_rects.clear()
        self.slot_rects.clear()
        if not self.data.days:
            return
        for index, day in enumerate(self.data.days):
            self._paint_column(painter, index, day)
        hours_area = QRectF(0, self.hours_top(), self.width(), self.height() - self.hours_top())
        painter.save()
        painter.setClipRect(hours_area)
        self._paint_hours(painter)
        for index, day in enumerate(self.data.days):
            self._paint_timed(painter, index, day)
        painter.restore()
        self._paint_banners(painter)
        self._paint_all_day(painter)
        painter.setPen(QPen(QColor("#b0bec5"), 1))
        painter.drawLine(QPointF(0, self.hours_top()), QPointF(self.width(), self.hours_top()))
        painter.end()
        self._kit = None

    def _paint_column(self, painter: QPainter, index: int, day: date) -> None:
        left, width = self.column_left(index), self.column_width()
        rect = QRectF(left, 0, width, self.height())
        stage = next((n for n, s in enumerate(self.data.stages) if s.start <= day <= s.end), None)
        background = (
            QColor(STAGE_TINTS[stage % len(STAGE_TINTS)]) if stage is not None else QColor("white")
        )
        target = self.drop_target
        painter.fillRect(rect, background)
        if target is not None and target.day == day:
            if target.time is not None:
                y = self.y_of(target.time)
                painter.fillRect(QRectF(left, y, width, HOUR_HEIGHT / 2), QColor("#90caf9"))
            else:
                painter.fillRect(rect, QColor("#bbdefb"))
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
        header = QRectF(left, 0, width, HEADER_HEIGHT)
        if day == self.data.today:
            painter.fillRect(header, QColor("#1565c0"))
            painter.setPen(QColor("white"))
        else:
            painter.setPen(
                QColor("#c62828") if day.weekday() >= 5 else self.palette().text().color()
            )
        name = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
        painter.drawText(header, Qt.AlignmentFlag.AlignCenter, f"{name}\n{day:%d/%m}")
        if day == self.cursor_day and self.hasFocus():
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_hours(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#eceff1"), 1))
        top = self.hours_top() - self.offset
        for hour in range(24):
            y = top + hour * HOUR_HEIGHT
            painter.setPen(QPen(QColor("#eceff1"), 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(QColor("#78909c"))
            painter.drawText(
                QRectF(0, y - 1, GUTTER - 6, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}:00",
            )
        painter.setPen(QPen(QColor("#b0bec5"), 1))
        painter.drawLine(QPointF(0, self.all_day_top()), QPointF(self.width(), self.all_day_top()))

    def _paint_banners(self, painter: QPainter) -> None:
        first = self.data.days[0]
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 6))
        painter.save()
        painter.setFont(small)
        lane = 0
        for milestone in self.data.milestones:
            for seg in week_segments(milestone.start, milestone.end, first, 1):
                top = HEADER_HEIGHT + lane * BANNER_HEIGHT
                rect = QRectF(
                    self.column_left(seg.first) + 2,
                    top,
                    (seg.last - seg.first + 1) * self.column_width() - 4,
                    BANNER_HEIGHT - 2,
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(MILESTONE_COLORS.get(milestone.kind, "#37474f")))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(QColor("white"))
                text = painter.fontMetrics().elidedText(
                    "◆ " + milestone.name, Qt.TextElideMode.ElideRight, int(rect.width() - 6)
                )
                painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
                lane += 1
        painter.restore()

    def _paint_all_day(self, painter: QPainter) -> None:
        """The untimed items, items of several days as bars across their days, then the
        days' empty slots (which have no time either)."""
        lane = GridData(
            days=self.data.days,
            items=[i for i in self.data.items if i.publish_time is None],
            slots=self.data.slots,
        )
        layout = lay_out_rows(lane, [ALL_DAY_ROWS])
        top = self.all_day_top() + 2
        columns = Columns(GUTTER, self.column_width(), 2)
        self.paint_stacked(painter, layout, columns, [top], self._more_label)

    def _more_label(self, hidden: int) -> str:
        return self.tr("+%n more", "", hidden)

    def _paint_timed(self, painter: QPainter, index: int, day: date) -> None:
        timed = [i for i in self.data.items_on(day) if i.publish_time is not None]
        left, width = self.column_left(index), self.column_width()
        by_slot: dict[int, list[int]] = {}
        for number, item in enumerate(timed):
            assert item.publish_time is not None
            by_slot.setdefault(item.publish_time.hour, []).append(number)
        for item_numbers in by_slot.values():
            share = (width - 4) / len(item_numbers)
            for position, number in enumerate(item_numbers):
                item = timed[number]
                assert item.publish_time is not None
                y = self.y_of(item.publish_time)
                rect = QRectF(left + 2 + position * share, y + 1, share - 2, HOUR_HEIGHT - 2)
                self.paint_chip(painter, rect, item, day)
