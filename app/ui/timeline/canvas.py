"""The timeline's drawing surface: axis, stages, milestones, lanes of bars; gestures on them."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, auto

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.dates import format_day_first
from app.core.timeline import (
    LaneKey,
    LaneLayout,
    LaneRows,
    Tier,
    TimeScale,
    lane_at,
    lane_tops,
    periods,
    tiers_for,
)
from app.services.calendar import MilestoneSpan, StageSpan
from app.services.open_slots import OpenSlot
from app.services.timeline import TimelineItem
from app.ui.calendar.month_grid import MILESTONE_COLORS
from app.ui.calendar.palette import NO_THEME, STAGE_TINTS, STATUS_COLORS, text_color_on
from app.ui.i18n import marked
from app.ui.slot_tooltip import SLOT_TOOLTIP
from app.ui.timeline.axis import period_label

AXIS_TIER = 20
AXIS_HEIGHT = 2 * AXIS_TIER
MILESTONE_STRIP = 20
CONTENT_TOP = AXIS_HEIGHT + MILESTONE_STRIP
ROW_HEIGHT = 22
BAR_HEIGHT = 16
COLLAPSED_HEIGHT = 22
HANDLE_PX = 5
POINT_PX = 8
ZOOM_STEP = 1.25
MILESTONE_LABEL_PX = 220
MAX_POINT_LABEL_PX = 200.0
INSIDE_LABEL_PX = 60.0  # narrower bars carry their label beside them
# The bars are painted once into tiles this wide, which a pan then only copies to the screen.
TILE_PX = 512
MAX_TILES = 12
# A bar further than this left of a tile cannot draw in it (a point's label reaches right of
# it), nor can one further than this right of a tile's mark hold back that mark's label.
TILE_REACH_PX = INSIDE_LABEL_PX + 3 + MAX_POINT_LABEL_PX + 6 + POINT_PX
# Tiles are painted with this day's start on a whole pixel and copied to whole pixels, so the
# same tile serves every pan; a bar shows at most half a pixel from where the scale puts it.
TILE_EPOCH = date(2000, 1, 1)


class ColorBy(Enum):
    STATUS = "status"
    THEME = "theme"


class Gesture(Enum):
    NONE = auto()
    PAN = auto()
    MOVE = auto()
    RESIZE_START = auto()
    RESIZE_END = auto()
    RUBBER = auto()
    MILESTONE = auto()


@dataclass(frozen=True)
class MoveRequest:
    """Items dragged by `days` (snapped), and from one lane to another when the lane changed."""

    ids: tuple[int, ...]
    days: int
    from_lane: int
    to_lane: int


_Bar = tuple[QRectF, int, int]  # a bar's rectangle, its item's id, its lane's index


@dataclass
class TimelineData:
    items: dict[int, TimelineItem] = field(default_factory=dict)
    lanes: list[LaneLayout] = field(default_factory=list)
    stages: list[StageSpan] = field(default_factory=list)
    milestones: list[MilestoneSpan] = field(default_factory=list)
    density: dict[tuple[LaneKey, date], int] | None = None
    density_tier: Tier | None = None
    coverage: dict[tuple[int, LaneKey], int] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    # Empty column slots with the lane each shows in, drawn as hollow diamonds (see slot_rects).
    open_slots: list[tuple[LaneKey, OpenSlot]] = field(default_factory=list)
    # Each lane's rows, when at hand: bars are then found by row and day, not all looked at.
    rows: list[LaneRows] | None = None


@dataclass
class _Press:
    pos: QPointF
    gesture: Gesture
    scale: TimeScale
    y_offset: float
    item_id: int | None = None
    lane: int | None = None
    milestone_id: int | None = None


class TimelineCanvas(QWidget):
    view_moved = Signal()  # the scale or the vertical offset changed
    items_move_requested = Signal(object)  # MoveRequest
    item_resize_requested = Signal(int, object, object)  # id, new start, new end
    milestone_move_requested = Signal(int, int)  # id, days
    edit_requested = Signal(int)
    selection_changed = Signal()
    slot_write_requested = Signal(object)  # OpenSlot
    slot_menu_requested = Signal(object, object)  # OpenSlot, global QPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(300, 200)
        self.scale = TimeScale(date.today() - timedelta(days=30), 12.0)
        self.y_offset = 0.0
        self.data = TimelineData()
        self.collapsed: set[LaneKey] = set()
        self.color_by = ColorBy.STATUS
        self.selected: set[int] = set()
        self._press: _Press | None = None
        self._current: QPointF | None = None
        # What the bars in `data` are a part of (the view's whole loaded window): painted
        # into tiles, so that panning copies them rather than drawing every bar again.
        self.bar_source: TimelineData | None = None
        self._tiles: dict[int, QPixmap] = {}
        self._tiles_key: tuple[object, ...] | None = None
        self._last_paint_key: tuple[object, ...] | None = None
        self._key_sources: list[TimelineData | None] = [None, None]  # of the two keys

    # --- geometry --------------------------------------------------------------------
    def lane_tops(self) -> list[float]:
        return lane_tops(self.data.lanes, ROW_HEIGHT, self.collapsed, 0.0, COLLAPSED_HEIGHT)

    def content_height(self) -> float:
        return self.lane_tops()[-1] if self.data.lanes else 0.0

    def max_y_offset(self) -> float:
        return max(self.content_height() - (self.height() - CONTENT_TOP), 0.0)

    def set_y_offset(self, value: float) -> None:
        self.y_offset = min(max(value, 0.0), self.max_y_offset())
        self.update()
        self.view_moved.emit()

    def set_scale(self, scale: TimeScale) -> None:
        self.scale = scale
        self.update()
        self.view_moved.emit()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_scale(
            self.scale.zoomed(factor, self.width() / 2 if anchor_x is None else anchor_x)
        )

    def lane_y(self, index: int) -> float:
        """The top of lane `index` in widget coordinates."""
        return CONTENT_TOP + self.lane_tops()[index] - self.y_offset

    def lane_at_y(self, y: float) -> tuple[int, int] | None:
        return lane_at(
            self.data.lanes,
            y - CONTENT_TOP + self.y_offset,
            ROW_HEIGHT,
            self.collapsed,
            0.0,
            COLLAPSED_HEIGHT,
        )

    def bar_rect(
        self, item: TimelineItem, lane_index: int, row: int, lane_top: float | None = None
    ) -> QRectF:
        """The bar of `item` in row `row` of lane `lane_index`; `lane_top`: that lane's
        `lane_y`, when the caller knows it."""
        if lane_top is None:
            lane_top = self.lane_y(lane_index)
        top = lane_top + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        left = self.scale.x_of(item.start)
        right = self.scale.x_of_end(item.end)
        if right - left < POINT_PX:
            middle = (left + right) / 2
            return QRectF(middle - POINT_PX / 2, top, POINT_PX, BAR_HEIGHT)
        return QRectF(left, top, right - left, BAR_HEIGHT)

    def item_rects(self) -> list[tuple[QRectF, int, int]]:
        """(rectangle, item id, lane index) of every bar in view, in drawing order."""
        if self.data.density is not None:
            return []
        found = []
        visible = QRectF(0, CONTENT_TOP, self.width(), self.height() - CONTENT_TOP)
        tops = self.lane_tops()
        for index, lane in enumerate(self.data.lanes):
            if lane.key in self.collapsed:
                continue
            lane_top = CONTENT_TOP + tops[index] - self.y_offset
            for item_id, row in lane.placements.items():
                item = self.data.items.get(item_id)
                if item is None:
                    continue
                rect = self.bar_rect(item, index, row, lane_top)
                if rect.intersects(visible):
                    found.append((rect, item_id, index))
        return found

    def _bars_between(
        self, data: TimelineData, left: float, right: float, scale: TimeScale
    ) -> list[_Bar]:
        """(rectangle, item id, lane index) of every bar of `data` on the screen's rows whose
        rectangle reaches into [left, right] with `scale`, in drawing order. With the lanes'
        rows at hand, only the bars of those rows reaching those days are looked at."""
        found = []
        bottom = float(self.height())
        tops = self.lane_tops()
        items = data.items
        x_of, px_per_day = scale._x_of_ordinal, scale.px_per_day
        inset = (ROW_HEIGHT - BAR_HEIGHT) / 2
        rows = data.rows if data.rows is not None and len(data.rows) == len(data.lanes) else None
        # A short bar is drawn POINT_PX wide about its middle, so it can reach past its days.
        first_day = scale.day_at(left - POINT_PX).toordinal()
        last_day = scale.day_at(right + POINT_PX).toordinal()
        for index, lane in enumerate(data.lanes):
            lane_top = CONTENT_TOP + tops[index] - self.y_offset
            if (
                lane.key in self.collapsed
                or lane_top >= bottom
                or lane_top + lane.rows * ROW_HEIGHT <= CONTENT_TOP
            ):
                continue
            if rows is None:
                placed: Iterable[tuple[int, int]] = lane.placements.items()
            else:
                low = max(math.floor((CONTENT_TOP - BAR_HEIGHT - inset - lane_top) / ROW_HEIGHT), 0)
                high = math.ceil((bottom - inset - lane_top) / ROW_HEIGHT)
                placed = [
                    (item_id, row)
                    for row in range(low, min(high, lane.rows))
                    for item_id in rows[index].reaching(row, first_day, last_day)
                ]
            for item_id, row in placed:
                top = lane_top + row * ROW_HEIGHT + inset
                if top >= bottom or top + BAR_HEIGHT <= CONTENT_TOP:
                    continue
                item = items.get(item_id)
                if item is None:
                    continue
                start = item.start.toordinal()
                end = item.end.toordinal() + 1
                if (end - start) * px_per_day < POINT_PX:
                    middle = (x_of(start) + x_of(end)) / 2
                    rect = QRectF(middle - POINT_PX / 2, top, POINT_PX, BAR_HEIGHT)
                else:
                    x = x_of(start)
                    rect = QRectF(x, top, x_of(end) - x, BAR_HEIGHT)
                if rect.right() >= left and rect.left() <= right:
                    found.append((rect, item_id, index))
        return found

    def item_at(self, pos: QPointF) -> tuple[QRectF, int, int] | None:
        for rect, item_id, lane in reversed(self.item_rects()):
            if rect.adjusted(-1, -2, 1, 2).contains(pos):
                return rect, item_id, lane
        return None

    def slot_rects(self) -> list[tuple[QRectF, OpenSlot]]:
        """(diamond's square, slot) of every empty slot in view: in its lane's first row, on
        its day."""
        if not self.data.open_slots or self.data.density is not None:
            return []
        index_of = {lane.key: n for n, lane in enumerate(self.data.lanes)}
        tops = self.lane_tops()
        size = POINT_PX + 4
        found = []
        for key, open_slot in self.data.open_slots:
            index = index_of.get(key)
            if index is None or key in self.collapsed:
                continue
            middle_y = CONTENT_TOP + tops[index] - self.y_offset + ROW_HEIGHT / 2
            day = open_slot.slot.day
            middle_x = (self.scale.x_of(day) + self.scale.x_of_end(day)) / 2
            rect = QRectF(middle_x - size / 2, middle_y - size / 2, size, size)
            if rect.right() >= 0 and rect.left() <= self.width() and rect.bottom() >= CONTENT_TOP:
                found.append((rect, open_slot))
        return found

    def slot_at(self, pos: QPointF) -> OpenSlot | None:
        for rect, open_slot in self.slot_rects():
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return open_slot
        return None

    def milestone_rects(self) -> list[tuple[QRectF, MilestoneSpan]]:
        found = []
        metrics = self.fontMetrics()
        for milestone in self.data.milestones:
            left = self.scale.x_of(milestone.start)
            right = self.scale.x_of_end(milestone.end)
            width = max(right - left, 10.0)
            label = min(metrics.horizontalAdvance(milestone.name) + 16, 260)
            found.append(
                (
                    QRectF(left - 5, AXIS_HEIGHT + 1, max(width, label), MILESTONE_STRIP - 2),
                    milestone,
                )
            )
        return found

    # --- mouse -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        press = _Press(pos, Gesture.PAN, self.scale, self.y_offset)
        self._current = pos
        if AXIS_HEIGHT <= pos.y() < CONTENT_TOP:
            for rect, milestone in self.milestone_rects():
                if rect.contains(pos):
                    press.gesture, press.milestone_id = Gesture.MILESTONE, milestone.id
                    break
        elif pos.y() >= CONTENT_TOP:
            hit = self.item_at(pos)
            toggling = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if hit is not None:
                rect, item_id, lane = hit
                press.item_id, press.lane = item_id, lane
                press.gesture = Gesture.MOVE
                if rect.width() > 3 * HANDLE_PX and abs(pos.x() - rect.left()) <= HANDLE_PX:
                    press.gesture = Gesture.RESIZE_START
                elif rect.width() > 3 * HANDLE_PX and abs(pos.x() - rect.right()) <= HANDLE_PX:
                    press.gesture = Gesture.RESIZE_END
                if toggling:
                    self.selected ^= {item_id}
                    self.selection_changed.emit()
                elif item_id not in self.selected:
                    self.select_only({item_id})
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                press.gesture = Gesture.RUBBER
            elif not toggling:
                self.select_only(set())
        self._press = press
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        self._current = pos
        if press.gesture is Gesture.PAN:
            delta = pos - press.pos
            self.scale = press.scale.panned(delta.x())
            self.y_offset = min(max(press.y_offset - delta.y(), 0.0), self.max_y_offset())
            self.view_moved.emit()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        self.update()
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        days = self._snapped_days(press, pos)
        if press.gesture is Gesture.MOVE and press.item_id is not None:
            target = self.lane_at_y(pos.y())
            to_lane = target[0] if target is not None else press.lane
            assert press.lane is not None and to_lane is not None
            if days or to_lane != press.lane:
                ids = tuple(sorted(self.selected | {press.item_id}))
                self.items_move_requested.emit(MoveRequest(ids, days, press.lane, to_lane))
        elif press.gesture in (Gesture.RESIZE_START, Gesture.RESIZE_END):
            self._finish_resize(press, pos)
        elif press.gesture is Gesture.MILESTONE and press.milestone_id is not None and days:
            self.milestone_move_requested.emit(press.milestone_id, days)
        elif press.gesture is Gesture.RUBBER:
            band = QRectF(press.pos, pos).normalized()
            self.select_only({i for rect, i, _ in self.item_rects() if band.intersects(rect)})

    def _snapped_days(self, press: _Press, pos: QPointF) -> int:
        return round((pos.x() - press.pos.x()) / self.scale.px_per_day)

    def _finish_resize(self, press: _Press, pos: QPointF) -> None:
        item = self.data.items.get(press.item_id or -1)
        if item is None:
            return
        edge = self.scale.nearest_day_edge(pos.x())
        start, end = item.start, item.end
        if press.gesture is Gesture.RESIZE_START:
            start = min(edge, end)
        else:
            end = max(edge - timedelta(days=1), start)
        if (start, end) != (item.start, item.end):
            self.item_resize_requested.emit(item.id, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.item_at(event.position())
        if hit is not None:
            self.edit_requested.emit(hit[1])
            return
        open_slot = self.slot_at(event.position())
        if open_slot is not None:
            self.slot_write_requested.emit(open_slot)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A placeholder's menu (skip, move, restore, write)."""
        open_slot = self.slot_at(QPointF(event.pos()))
        if open_slot is None:
            event.ignore()
            return
        event.accept()
        self.slot_menu_requested.emit(open_slot, QPoint(event.globalPos()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP**steps, event.position().x())
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.set_scale(self.scale.panned(steps * 60))
        else:
            self.set_y_offset(self.y_offset - steps * ROW_HEIGHT * 3)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self.update()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Left:
            self.set_scale(self.scale.panned(self.width() / 8))
        elif key == Qt.Key.Key_Right:
            self.set_scale(self.scale.panned(-self.width() / 8))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.edit_requested.emit(min(self.selected))
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """Details of the bar or milestone under `pos`, for the tooltip."""
        if AXIS_HEIGHT <= pos.y() < CONTENT_TOP:
            for rect, milestone in self.milestone_rects():
                if rect.contains(pos):
                    when = format_day_first(milestone.start)
                    if milestone.end != milestone.start:
                        when += " – " + format_day_first(milestone.end)
                    return f"{milestone.name}\n{when}"
            return ""
        hit = self.item_at(pos)
        if hit is None:
            open_slot = self.slot_at(pos)
            return SLOT_TOOLTIP.text(open_slot) if open_slot is not None else ""
        item = self.data.items[hit[1]]
        when = format_day_first(item.start)
        if item.end != item.start:
            when += " – " + format_day_first(item.end)
        status = marked("enums", item.status.label)
        kind = marked("enums", item.format.label)
        return f"{item.title}\n{when}\n{kind} · {status}"

    def select_only(self, ids: set[int]) -> None:
        self.selected = set(ids)
        self.selection_changed.emit()
        self.update()

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, tiled=True)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw everything with `painter`: on screen, or into an exported picture."""
        self._paint(painter)

    def _paint(self, painter: QPainter, tiled: bool = False) -> None:
        painter.fillRect(self.rect(), QColor("white"))
        first, last = self.scale.visible_days(self.width())
        painter.save()
        painter.setClipRect(QRectF(0, CONTENT_TOP, self.width(), self.height()))
        self._paint_weekends(painter, first, last)
        self._paint_stages(painter)
        self._paint_lanes(painter)
        self._paint_open_slots(painter)
        if self.data.density is not None:
            self._paint_density(painter, first, last)
        elif not (tiled and self._paint_tiles(painter)):
            self._paint_items(painter)
        self._paint_coverage(painter)
        self._paint_today(painter)
        self._paint_milestone_lines(painter)
        self._paint_drag(painter)
        painter.restore()
        self._paint_axis(painter, first, last)
        self._paint_milestone_strip(painter)

    def _paint_weekends(self, painter: QPainter, first: date, last: date) -> None:
        if self.scale.px_per_day < 4:
            return
        shade = QColor("#f5f5f5")
        day = first
        while day <= last:
            if day.weekday() >= 5:
                left = self.scale.x_of(day)
                painter.fillRect(
                    QRectF(left, CONTENT_TOP, self.scale.px_per_day, self.height()), shade
                )
            day += timedelta(days=1)

    def _paint_stages(self, painter: QPainter) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for number, stage in enumerate(self.data.stages):
            left = self.scale.x_of(stage.start)
            right = self.scale.x_of_end(stage.end)
            tint = QColor(STAGE_TINTS[number % len(STAGE_TINTS)])
            painter.fillRect(QRectF(left, CONTENT_TOP, right - left, self.height()), tint)
            painter.setPen(QPen(tint.darker(130), 1))
            painter.drawLine(QPointF(left, CONTENT_TOP), QPointF(left, self.height()))
            label_left = max(left, 0.0) + 4
            width = right - label_left - 4
            if width > 30:
                painter.setPen(QColor("#78909c"))
                text = painter.fontMetrics().elidedText(
                    stage.name, Qt.TextElideMode.ElideRight, int(width)
                )
                painter.drawText(
                    QRectF(label_left, self.height() - 18, width, 16),
                    Qt.AlignmentFlag.AlignLeft,
                    text,
                )
        painter.setFont(self.font())

    def _paint_lanes(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        tops = self.lane_tops()
        for bottom in tops[1:]:
            y = CONTENT_TOP + bottom - self.y_offset
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))

    def _paint_open_slots(self, painter: QPainter) -> None:
        """Empty slots as hollow dashed diamonds under the bars: where a piece is missing. Drawn
        first, so a bar or a neighbour's label over one stays readable."""
        rects = self.slot_rects()
        if not rects:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#607d8b"), 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 200))
        for rect, _open_slot in rects:
            center = rect.center()
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(center.x(), rect.top()),
                        QPointF(rect.right(), center.y()),
                        QPointF(center.x(), rect.bottom()),
                        QPointF(rect.left(), center.y()),
                    ]
                )
            )
        painter.restore()

    def _item_color(self, item: TimelineItem) -> QColor:
        if self.color_by is ColorBy.STATUS:
            return QColor(STATUS_COLORS[item.status])
        return QColor(item.theme_colors[0] if item.theme_colors else NO_THEME)

    def _paint_items(self, painter: QPainter) -> None:
        rects = self.item_rects()
        self._draw_bars(painter, self.data, rects, _label_room(rects))

    def _tile_key(self, source: TimelineData) -> tuple[object, ...]:
        """All the tiles' pixels depend on but the pan: when it changes, they are redrawn."""
        dragging = self._press is not None and self._press.gesture is Gesture.MOVE
        return (
            id(source),
            self.scale.px_per_day,
            self.y_offset,
            self.height(),
            frozenset(self.collapsed),
            self.color_by,
            frozenset(self.selected),
            dragging,
            self.devicePixelRatioF(),
            self.font().key(),
        )

    def set_bar_source(self, source: TimelineData, kept: tuple[date, date] | None = None) -> None:
        """Paint the bars from `source` from now on. `kept`: days whose bars `source` holds as
        the current source did, each in the same row (the window moved along time); the tiles
        only they draw into stay, when the lanes down to the screen's bottom stand where they
        stood, so a pan that reloads need not paint the screen again."""
        old, self.bar_source = self.bar_source, source
        if kept is None or old is None or self._tiles_key != self._tile_key(old):
            return
        bottom = self.y_offset + self.height()
        was = lane_tops(old.lanes, ROW_HEIGHT, self.collapsed, 0.0, COLLAPSED_HEIGHT)
        now = lane_tops(source.lanes, ROW_HEIGHT, self.collapsed, 0.0, COLLAPSED_HEIGHT)
        for top_was, top_now in zip(was, now, strict=False):
            if top_was != top_now:
                self._tiles.clear()
                return
            if top_was >= bottom:
                break
        px_per_day = self.scale.px_per_day
        reach = TILE_REACH_PX + POINT_PX + 1
        first, last = (day.toordinal() - TILE_EPOCH.toordinal() for day in kept)
        for tile in list(self._tiles):
            left = math.floor((tile * TILE_PX - reach) / px_per_day)
            right = math.floor(((tile + 1) * TILE_PX + reach) / px_per_day)
            if left < first or right > last:
                del self._tiles[tile]
        key = self._tile_key(source)
        self._tiles_key = self._last_paint_key = key
        self._key_sources = [source, source]

    def _paint_tiles(self, painter: QPainter) -> bool:
        """Draw the bars from tiles painted before, painting the missing ones from the whole
        loaded window (`bar_source`), so a pan copies pixels whatever the number of bars.
        False when the bars are better drawn directly: with no window, or on the first paint
        after anything but a pan changed (a zoom, an edit, a new selection), as painting tiles
        pays only when the next paint reuses them."""
        source = self.bar_source
        if (
            source is None
            or source.items is not self.data.items
            or len(source.lanes) != len(self.data.lanes)
        ):
            self._tiles.clear()
            self._tiles_key = self._last_paint_key = None
            self._key_sources = [None, None]
            return False
        shift = self.scale.x_of(TILE_EPOCH)
        whole = math.floor(shift + 0.5)
        key = self._tile_key(source)
        # The keys hold id(source): the sources are kept with them, so no other takes the id.
        seen, self._last_paint_key = self._last_paint_key, key
        self._key_sources[1] = source
        if key != self._tiles_key:
            self._tiles.clear()
            if key != seen:
                return False
            self._tiles_key = key
            self._key_sources[0] = source
        first = (0 - whole) // TILE_PX
        last = (self.width() - 1 - whole) // TILE_PX
        wanted = range(first, last + 1)
        missing = [tile for tile in wanted if tile not in self._tiles]
        if missing:
            self._paint_missing_tiles(source, missing, whole, self.scale.panned(whole - shift))
        for tile in wanted:
            pixmap = self._tiles.pop(tile)
            self._tiles[tile] = pixmap  # the most recently used last
            painter.drawPixmap(QPointF(tile * TILE_PX + whole, CONTENT_TOP), pixmap)
        while len(self._tiles) > MAX_TILES:
            del self._tiles[next(iter(self._tiles))]
        return True

    def _paint_missing_tiles(
        self, source: TimelineData, tiles: list[int], whole: int, scale: TimeScale
    ) -> None:
        """Paint `tiles` with `scale`, which puts TILE_EPOCH at x = `whole`."""
        lefts = {tile: tile * TILE_PX + whole for tile in tiles}
        left, right = min(lefts.values()), max(lefts.values()) + TILE_PX
        bars = self._bars_between(source, left - TILE_REACH_PX, right + TILE_REACH_PX, scale)
        room = _label_room(bars)
        # How far right each bar draws: its label, when beside it, and a selected bar's pen.
        reaches = [
            rect.right() + 3 + (3 + room[item_id, lane] if rect.width() < INSIDE_LABEL_PX else 0)
            for rect, item_id, lane in bars
        ]
        height = max(self.height() - CONTENT_TOP, 1)
        ratio = self.devicePixelRatioF()
        for tile, tile_left in lefts.items():
            pixmap = QPixmap(round(TILE_PX * ratio), round(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            shown = [
                bar
                for bar, reach in zip(bars, reaches, strict=True)
                if bar[0].left() <= tile_left + TILE_PX and reach >= tile_left
            ]
            painter = QPainter(pixmap)
            try:
                painter.setFont(self.font())
                painter.translate(-tile_left, -CONTENT_TOP)
                self._draw_bars(painter, source, shown, room)
            finally:
                painter.end()
            self._tiles[tile] = pixmap

    def _draw_bars(
        self,
        painter: QPainter,
        data: TimelineData,
        rects: list[_Bar],
        room: dict[tuple[int, int], float],
    ) -> None:
        dragging = self._press is not None and self._press.gesture is Gesture.MOVE
        for rect, item_id, lane in rects:
            item = data.items[item_id]
            color = self._item_color(item)
            if dragging and item_id in self.selected:
                color.setAlpha(90)
            selected = item_id in self.selected
            painter.setPen(QPen(QColor("#0d47a1"), 2) if selected else QPen(color.darker(130), 1))
            painter.setBrush(color)
            if rect.width() <= POINT_PX:
                center = rect.center()
                diamond = QPolygonF(
                    [
                        QPointF(center.x(), rect.top()),
                        QPointF(rect.right(), center.y()),
                        QPointF(center.x(), rect.bottom()),
                        QPointF(rect.left(), center.y()),
                    ]
                )
                painter.drawPolygon(diamond)
                label_rect = QRectF(
                    rect.right() + 3, rect.top(), room[item_id, lane], rect.height()
                )
                painter.setPen(QColor("#37474f"))
            elif rect.width() < INSIDE_LABEL_PX:
                painter.drawRoundedRect(rect, 3, 3)
                label_rect = QRectF(
                    rect.right() + 3, rect.top(), room[item_id, lane], rect.height()
                )
                painter.setPen(QColor("#37474f"))
            else:
                painter.drawRoundedRect(rect, 3, 3)
                label_rect = rect.adjusted(4, 0, -3, 0)
                painter.setPen(text_color_on(color))
            if label_rect.width() >= 24:
                text = painter.fontMetrics().elidedText(
                    item.title, Qt.TextElideMode.ElideRight, int(label_rect.width())
                )
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_density(self, painter: QPainter, first: date, last: date) -> None:
        tier = self.data.density_tier
        density = self.data.density or {}
        if tier is None:
            return
        highest = max(density.values(), default=1)
        for index, lane in enumerate(self.data.lanes):
            top = self.lane_y(index) + 2
            height = (
                COLLAPSED_HEIGHT if lane.key in self.collapsed else lane.rows * ROW_HEIGHT
            ) - 4
            for start, end in periods(tier, first, last):
                count = density.get((lane.key, start), 0)
                if not count:
                    continue
                left = self.scale.x_of(start)
                right = self.scale.x_of(end)
                strength = 0.15 + 0.85 * count / highest
                color = QColor("#1565c0")
                color.setAlphaF(strength)
                cell = QRectF(left + 0.5, top, max(right - left - 1, 1), height)
                painter.fillRect(cell, color)
                if cell.width() >= 18:
                    painter.setPen(text_color_on(color) if strength > 0.5 else QColor("#0d47a1"))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))

    def _paint_coverage(self, painter: QPainter) -> None:
        """How many items each stage holds in each lane, as a small count at the stage's start."""
        if not self.data.coverage:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6))
        painter.setFont(small)
        for index, lane in enumerate(self.data.lanes):
            top = self.lane_y(index)
            for stage in self.data.stages:
                count = self.data.coverage.get((stage.id, lane.key))
                if count is None:
                    continue
                left = max(self.scale.x_of(stage.start), 0.0) + 2
                badge = QRectF(left, top + 1, 26, 12)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 200))
                painter.drawRoundedRect(badge, 3, 3)
                painter.setPen(QColor("#c62828") if count == 0 else QColor("#546e7a"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setFont(self.font())

    def _paint_today(self, painter: QPainter) -> None:
        x = self.scale.x_of(self.data.today) + self.scale.px_per_day / 2
        painter.setPen(QPen(QColor("#e53935"), 2))
        painter.drawLine(QPointF(x, CONTENT_TOP), QPointF(x, self.height()))

    def _paint_milestone_lines(self, painter: QPainter) -> None:
        for milestone in self.data.milestones:
            color = QColor(MILESTONE_COLORS.get(milestone.kind, "#37474f"))
            painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
            left = self.scale.x_of(milestone.start)
            painter.drawLine(QPointF(left, CONTENT_TOP), QPointF(left, self.height()))
            if milestone.end > milestone.start:
                right = self.scale.x_of_end(milestone.end)
                painter.drawLine(QPointF(right, CONTENT_TOP), QPointF(right, self.height()))

    def _paint_drag(self, painter: QPainter) -> None:
        press, pos = self._press, self._current
        if press is None or pos is None:
            return
        if press.gesture is Gesture.RUBBER:
            painter.setPen(QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(21, 101, 192, 40))
            painter.drawRect(QRectF(press.pos, pos).normalized())
            return
        days = self._snapped_days(press, pos)
        if press.gesture is Gesture.MOVE:
            target = self.lane_at_y(pos.y())
            lane_shift = 0.0
            if target is not None and press.lane is not None:
                painter.fillRect(
                    QRectF(
                        0,
                        self.lane_y(target[0]),
                        self.width(),
                        self.lane_tops()[target[0] + 1] - self.lane_tops()[target[0]],
                    ),
                    QColor(187, 222, 251, 110),
                )
                lane_shift = self.lane_y(target[0]) - self.lane_y(press.lane)
            shift = days * self.scale.px_per_day
            painter.setPen(QPen(QColor("#0d47a1"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(13, 71, 161, 60))
            for rect, item_id, lane in self.item_rects():
                if item_id in self.selected and (lane == press.lane or item_id == press.item_id):
                    painter.drawRoundedRect(
                        rect.translated(shift, lane_shift if lane == press.lane else 0), 3, 3
                    )
        elif press.gesture in (Gesture.RESIZE_START, Gesture.RESIZE_END, Gesture.MILESTONE):
            x = self.scale.x_of(self.scale.nearest_day_edge(pos.x()))
            painter.setPen(QPen(QColor("#0d47a1"), 2))
            painter.drawLine(QPointF(x, CONTENT_TOP), QPointF(x, self.height()))

    def _paint_axis(self, painter: QPainter, first: date, last: date) -> None:
        upper, lower = tiers_for(self.scale.px_per_day)
        painter.fillRect(QRectF(0, 0, self.width(), AXIS_HEIGHT), QColor("#eceff1"))
        for row, tier in enumerate((upper, lower)):
            top = row * AXIS_TIER
            for start, end in periods(tier, first, last):
                left, right = self.scale.x_of(start), self.scale.x_of(end)
                painter.setPen(QPen(QColor("#b0bec5"), 1))
                painter.drawLine(QPointF(left, top), QPointF(left, top + AXIS_TIER))
                width = right - left
                if tier is Tier.DAY and start.weekday() >= 5:
                    painter.fillRect(QRectF(left, top, width, AXIS_TIER), QColor("#e0e0e0"))
                if tier is Tier.DAY and start == self.data.today:
                    painter.fillRect(QRectF(left, top, width, AXIS_TIER), QColor("#ffcdd2"))
                label = period_label(tier, start, width, self.locale())
                visible_left = max(left, 0.0)
                room = right - visible_left
                if room >= self.fontMetrics().horizontalAdvance(label) + 4:
                    painter.setPen(QColor("#263238"))
                    align = Qt.AlignmentFlag.AlignCenter if row == 1 else Qt.AlignmentFlag.AlignLeft
                    painter.drawText(
                        QRectF(visible_left + 3, top, room - 6, AXIS_TIER),
                        align | Qt.AlignmentFlag.AlignVCenter,
                        label,
                    )
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(self.width(), AXIS_HEIGHT))

    def _paint_milestone_strip(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, AXIS_HEIGHT, self.width(), MILESTONE_STRIP), QColor("#fafafa"))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 6))
        painter.setFont(small)
        press = self._press
        label_end = float("-inf")  # labels never overlap: a crowded one shows as its marker only
        for milestone in self.data.milestones:
            shift = 0.0
            if (
                press is not None
                and press.gesture is Gesture.MILESTONE
                and press.milestone_id == milestone.id
                and self._current is not None
            ):
                shift = self._snapped_days(press, self._current) * self.scale.px_per_day
            color = QColor(MILESTONE_COLORS.get(milestone.kind, "#37474f"))
            left = self.scale.x_of(milestone.start) + shift
            middle = AXIS_HEIGHT + MILESTONE_STRIP / 2
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            if milestone.end > milestone.start:
                right = self.scale.x_of_end(milestone.end) + shift
                painter.drawLine(QPointF(left, middle), QPointF(right, middle))
                painter.drawLine(QPointF(left, middle - 5), QPointF(left, middle + 5))
                painter.drawLine(QPointF(right, middle - 5), QPointF(right, middle + 5))
            else:
                diamond = QPolygonF(
                    [
                        QPointF(left, middle - 5),
                        QPointF(left + 5, middle),
                        QPointF(left, middle + 5),
                        QPointF(left - 5, middle),
                    ]
                )
                painter.drawPolygon(diamond)
            if left + 8 <= label_end:
                continue
            painter.setPen(color.darker(120))
            text = painter.fontMetrics().elidedText(
                milestone.name, Qt.TextElideMode.ElideRight, MILESTONE_LABEL_PX
            )
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(
                QRectF(left + 8, AXIS_HEIGHT, width + 2, MILESTONE_STRIP),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            label_end = left + 8 + width + 6
        painter.setFont(self.font())


def _label_room(rects: list[_Bar]) -> dict[tuple[int, int], float]:
    """How wide a point's label may be, by item and lane (an item of several themes has a mark
    in each of their lanes): up to the next mark on its row, so labels never overlap."""
    rows: dict[tuple[int, float], list[tuple[QRectF, int]]] = {}
    for rect, item_id, lane in rects:
        rows.setdefault((lane, round(rect.top())), []).append((rect, item_id))
    room: dict[tuple[int, int], float] = {}
    for (lane, _top), marks in rows.items():
        marks.sort(key=lambda mark: mark[0].left())
        for (rect, item_id), following in zip(marks, [*marks[1:], None], strict=True):
            limit = following[0].left() - rect.right() - 6 if following else MAX_POINT_LABEL_PX
            room[item_id, lane] = max(min(limit, MAX_POINT_LABEL_PX), 0.0)
    return room
