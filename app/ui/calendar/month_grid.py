"""Six Monday-first weeks: day cells with chips, "+N more", milestone banners and stage tints."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.core.calendar import MONTH_WEEKS, week_segments
from app.core.enums import MilestoneKind
from app.ui.calendar.grid_base import (
    CHIP_GAP,
    CHIP_HEIGHT,
    Columns,
    DayGrid,
    Target,
)
from app.ui.calendar.palette import STAGE_TINTS
from app.ui.calendar.row_layout import RowLayout, lay_out_rows

HEADER_HEIGHT = 22
DAY_LINE = 18
BANNER_HEIGHT = 15
STAGE_BAND = 13
MAX_STAGE_LANES = 2
# A month view loads, of each day, as many items as a cell has room for (per_day): the rest
# are counted, and listed when "+N more" is clicked. Never fewer than this, so that a small
# window still loads a day's first items (and "+N more" counts from the loaded ones).
MIN_PER_DAY = 3
MILESTONE_COLORS = {
    MilestoneKind.CONGRESS: "#b71c1c",
    MilestoneKind.ELECTION: "#4a148c",
    MilestoneKind.HOLIDAY: "#e65100",
    MilestoneKind.ANNIVERSARY: "#0d47a1",
    MilestoneKind.CONFERENCE: "#004d40",
    MilestoneKind.OTHER: "#37474f",
}


class MonthGrid(DayGrid):
    # The cells grew past the items loaded per day (loaded_per_day): the month is to be read
    # again, per_day() a day.
    room_grew = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_grid")
        self.setMinimumSize(350, 300)
        # How many items of each day the data holds at least (when the day has that many).
        self.loaded_per_day = MIN_PER_DAY
        # Where the last paint put every chip, slot and "+N more".
        self.layout_shown = RowLayout([], [], [])

    @property
    def more_counts(self) -> dict[date, int]:
        """The N of each "+N more" last painted."""
        return {more.day: more.hidden for more in self.layout_shown.more}

    # --- geometry --------------------------------------------------------------------
    def _cell_size(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - HEADER_HEIGHT) / MONTH_WEEKS

    def per_day(self) -> int:
        """How many levels of chips a day to load: as many as a cell with no banner nor stage
        band has room for, and at least MIN_PER_DAY."""
        return max(self._capacity(0, 0), MIN_PER_DAY)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.per_day() > self.loaded_per_day:
            self.room_grew.emit()

    def cell_rect(self, day: date) -> QRectF:
        if not self.data.days:
            return QRectF()
        index = (day - self.data.days[0]).days
        width, height = self._cell_size()
        row, column = divmod(index, 7)
        return QRectF(column * width, HEADER_HEIGHT + row * height, width, height)

    def target_at(self, pos: QPointF) -> Target | None:
        if not self.data.days or pos.y() < HEADER_HEIGHT:
            return None
        width, height = self._cell_size()
        column = min(max(int(pos.x() // width), 0), 6)
        row = int((pos.y() - HEADER_HEIGHT) // height)
        if not 0 <= row < MONTH_WEEKS:
            return None
        return Target(self.data.days[0] + timedelta(days=row * 7 + column))

    def _banner_lanes(self) -> dict[int, list[tuple[int, int, str, QColor, bool]]]:
        """Per week row, the milestone segments to draw: (first, last, label, colour, lane)."""
        rows: dict[int, list[tuple[int, int, str, QColor, bool]]] = {}
        if not self.data.days:
            return rows
        first = self.data.days[0]
        for milestone in self.data.milestones:
            color = QColor(MILESTONE_COLORS.get(milestone.kind, "#37474f"))
            for seg in week_segments(milestone.start, milestone.end, first, MONTH_WEEKS):
                label = milestone.name if not seg.continues_before or seg.first == 0 else ""
                rows.setdefault(seg.row, []).append(
                    (seg.first, seg.last, label or milestone.name, color, seg.continues_after)
                )
        return rows

    def _stage_bands(self) -> dict[int, list[tuple[int, int, int, str]]]:
        """Per week row, the stages running through it: (first, last, tint number, name)."""
        rows: dict[int, list[tuple[int, int, int, str]]] = {}
        if not self.data.days:
            return rows
        for number, stage in enumerate(self.data.stages):
            for seg in week_segments(stage.start, stage.end, self.data.days[0], MONTH_WEEKS):
                lanes = rows.setdefault(seg.row, [])
                if len(lanes) < MAX_STAGE_LANES:
                    lanes.append((seg.first, seg.last, number, stage.name))
        return rows

    def _paint_stage_bands(
        self, painter: QPainter, bands: dict[int, list[tuple[int, int, int, str]]]
    ) -> None:
        width, height = self._cell_size()
        small = QFont(self.font())
        small.setItalic(True)
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6))
        painter.save()
        painter.setFont(small)
        for row, lanes in bands.items():
            bottom = HEADER_HEIGHT + (row + 1) * height - 1
            for lane, (first, last, number, name) in enumerate(lanes):
                top = bottom - (len(lanes) - lane) * STAGE_BAND
                rect = QRectF(
                    first * width + 1, top, (last - first + 1) * width - 2, STAGE_BAND - 1
                )
                tint = QColor(STAGE_TINTS[number % len(STAGE_TINTS)]).darker(115)
                painter.fillRect(rect, tint)
                painter.setPen(QColor("#455a64"))
                text = painter.fontMetrics().elidedText(
                    self.tr("Stage: %1").replace("%1", name),
                    Qt.TextElideMode.ElideRight,
                    int(rect.width() - 8),
                )
                painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _stage_of(self, day: date) -> tuple[int, str] | None:
        for number, stage in enumerate(self.data.stages):
            if stage.start <= day <= stage.end:
                return number, stage.name
        return None

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.chip_rects.clear()
        self.more_rects.clear()
        self.slot_rects.clear()
        self.chips_drawn = 0
        if not self.data.days:
            return
        self._paint_header(painter)
        banners = self._banner_lanes()
        bands = self._stage_bands()
        rows = range(len(self.data.days) // 7)
        self.layout_shown = lay_out_rows(
            self.data,
            [self._capacity(len(banners.get(row, [])), len(bands.get(row, []))) for row in rows],
        )
        for day in self.data.days:
            self._paint_cell(painter, day)
        tops = [self._chips_top(row, len(banners.get(row, []))) for row in rows]
        columns = Columns(0, self._cell_size()[0], 3)
        self.paint_stacked(painter, self.layout_shown, columns, tops, self._more_label)
        self._paint_banners(painter, banners)
        self._paint_stage_bands(painter, bands)
        painter.end()
        self._kit = None

    def _capacity(self, banner_count: int, stage_lanes: int) -> int:
        """How many chips fit a day of a week row with these banners and stage bands."""
        _, height = self._cell_size()
        area = height - DAY_LINE - banner_count * BANNER_HEIGHT - 4 - stage_lanes * STAGE_BAND
        return max(int(area // (CHIP_HEIGHT + CHIP_GAP)), 0)

    def _chips_top(self, row: int, banner_count: int) -> float:
        _, height = self._cell_size()
        return HEADER_HEIGHT + row * height + DAY_LINE + banner_count * BANNER_HEIGHT + 2

    def _more_label(self, hidden: int) -> str:
        return self.tr("+%n more", "", hidden)

    def _paint_header(self, painter: QPainter) -> None:
        width, _ = self._cell_size()
        painter.setPen(self.palette().text().color())
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        for column, day in enumerate(self.data.days[:7]):
            name = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
            rect = QRectF(column * width, 0, width, HEADER_HEIGHT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(QFont(self.font()))

    def _paint_cell(self, painter: QPainter, day: date) -> None:
        rect = self.cell_rect(day)
        stage = self._stage_of(day)
        background = QColor(STAGE_TINTS[stage[0] % len(STAGE_TINTS)]) if stage else QColor("white")
        if self.data.month is not None and day.month != self.data.month:
            background = background.darker(108)
        target = self.drop_target
        if target is not None and target.day == day:
            background = QColor("#bbdefb")
        painter.fillRect(rect, background)
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if day == self.cursor_day and self.hasFocus():
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        self._paint_day_line(painter, rect, day)

    def _paint_day_line(self, painter: QPainter, rect: QRectF, day: date) -> None:
        number_rect = QRectF(rect.left() + 3, rect.top() + 1, 22, DAY_LINE - 2)
        if day == self.data.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1565c0"))
            painter.drawEllipse(number_rect.center(), 9, 8)
            painter.setPen(QColor("white"))
        elif day.weekday() >= 5:
            painter.setPen(QColor("#c62828"))
        else:
            painter.setPen(self.palette().text().color())
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def _paint_banners(
        self, painter: QPainter, banners: dict[int, list[tuple[int, int, str, QColor, bool]]]
    ) -> None:
        width, height = self._cell_size()
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 6))
        painter.setFont(small)
        for row, segments in banners.items():
            for lane, (first, last, label, color, _continues) in enumerate(segments):
                top = HEADER_HEIGHT + row * height + DAY_LINE + lane * BANNER_HEIGHT
                rect = QRectF(
                    first * width + 2, top, (last - first + 1) * width - 4, BANNER_HEIGHT - 2
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(QColor("white"))
                text = painter.fontMetrics().elidedText(
                    "◆ " + label, Qt.TextElideMode.ElideRight, int(rect.width() - 6)
                )
                painter.drawText(
                    rect.adjusted(4, 0, -2, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    text,
                )
