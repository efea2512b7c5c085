"""What month and week grids share: selection, the keyboard, and dragging chips between days."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.core.dates import format_day_first
from app.services.calendar import CalendarItem, MilestoneSpan, StageSpan, display_key
from app.services.open_slots import OpenSlot
from app.ui.calendar.mime import decode_ids
from app.ui.calendar.palette import (
    FORMAT_MARKS,
    STATUS_COLORS,
    ColorBy,
    chip_color_name,
    text_color_on,
)
from app.ui.i18n import marked
from app.ui.slot_tooltip import SLOT_TOOLTIP

if TYPE_CHECKING:
    from app.ui.calendar.row_layout import RowLayout

CHIP_HEIGHT = 18
CHIP_GAP = 2
MEDIUM_CHIP = 150
WIDE_CHIP = 220
ONE_DAY = timedelta(days=1)
# Made once: combining alignment flags costs more than it looks, once per chip.
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


SELECTED_PEN = QPen(QColor("#0d47a1"), 2)
DOT_RADIUS = 3.5
# An empty slot: a dashed outline and muted text, so it reads as "to be written".
PLACEHOLDER_PEN = QPen(QColor("#78909c"), 1, Qt.PenStyle.DashLine)
PLACEHOLDER_TARGET_PEN = QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine)
PLACEHOLDER_FILL = QColor(255, 255, 255, 170)
PLACEHOLDER_TARGET_FILL = QColor("#bbdefb")
PLACEHOLDER_INK = QColor("#546e7a")
PLACEHOLDER_MARK = "◌"


def chip_label(item: CalendarItem) -> str:
    """What a chip writes: the format's mark, the time if any and the title (crossed out by
    a sign when the item was returned or cancelled)."""
    when = item.publish_time.strftime("%H:%M ") if item.publish_time else ""
    mark = FORMAT_MARKS.get(item.format, "")
    if item.status.value in ("returned", "cancelled"):
        return f"{mark} {when}⊘ {item.title}"
    return f"{mark} {when}{item.title}"


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """metrics.elidedText(text, ElideRight, width), shaping only the start of a long text: as
    many characters as fill `width` at three quarters of the font's average width, and two
    more. When that start alone needs eliding, the text is cut within it, so the whole text
    elides the same; when it fits (narrow letters), the whole is elided. Shaping is most of a
    chip's cost, and a title rarely fits a chip."""
    cut = int(width / (0.75 * max(metrics.averageCharWidth(), 1))) + 2
    if len(text) > cut:
        start = text[:cut]
        shown = metrics.elidedText(start, Qt.TextElideMode.ElideRight, width)
        if shown != start:
            return shown
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class ChipKit:
    """What one paint's chips share, made once rather than once a chip: the painter's font
    and a smaller one for initials, their metrics, colours by name, and each chip's elided
    label (the week view's hours draw a timed item of several days once a day)."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        self.font = QFont(painter.font())
        self.metrics = painter.fontMetrics()
        self.ascent = self.metrics.ascent()
        self.small_font = QFont(self.font)
        self.small_font.setPointSizeF(max(self.font.pointSizeF() - 1.5, 6))
        self.small_metrics = QFontMetrics(self.small_font, painter.device())
        self.elided: dict[tuple[int, int], str] = {}
        self.ratio = painter.device().devicePixelRatioF()
        self._colors: dict[str, tuple[QColor, QColor]] = {}
        self._dot_pens: dict[int, QPen] = {}

    def colors(self, name: str) -> tuple[QColor, QColor]:
        """The colour `name` and the ink (black or white) that reads on it."""
        found = self._colors.get(name)
        if found is None:
            color = QColor(name)
            found = self._colors[name] = (color, text_color_on(color))
        return found

    def dot_pen(self, ink: QColor) -> QPen:
        rgb = ink.rgb()
        pen = self._dot_pens.get(rgb)
        if pen is None:
            pen = self._dot_pens[rgb] = QPen(ink, 1)
        return pen

    def background(self, fill: str, dot: str | None, width: int, height: int) -> QPixmap:
        """A chip's rounded body and status dot, drawn once per look and size: an
        antialiased rounded rectangle costs several times the copy of its pixels."""
        key = (fill, dot, width, height, self.ratio)
        found = _BACKGROUNDS.get(key)
        if found is not None:
            return found
        if len(_BACKGROUNDS) >= MAX_BACKGROUNDS:
            _BACKGROUNDS.clear()
        found = QPixmap(round(width * self.ratio), round(height * self.ratio))
        found.setDevicePixelRatio(self.ratio)
        found.fill(Qt.GlobalColor.transparent)
        sprite = QPainter(found)
        sprite.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_background(sprite, QRectF(0, 0, width, height), fill, dot, False)
        sprite.end()
        _BACKGROUNDS[key] = found
        return found

    def paint_background(
        self, painter: QPainter, rect: QRectF, fill: str, dot: str | None, selected: bool
    ) -> None:
        color, ink = self.colors(fill)
        painter.setPen(SELECTED_PEN if selected else Qt.PenStyle.NoPen)
        painter.setBrush(color)
        left, top, width, height = rect.x(), rect.y(), rect.width(), rect.height()
        painter.drawRoundedRect(QRectF(left + 0.5, top + 0.5, width - 1, height - 1), 3, 3)
        if dot is not None:
            # The status as a dot, outlined so it shows on any chip colour.
            painter.setPen(self.dot_pen(ink))
            painter.setBrush(self.colors(dot)[0])
            painter.drawEllipse(
                QPointF(left + 4 + DOT_RADIUS, top + height / 2), DOT_RADIUS, DOT_RADIUS
            )


# Chip bodies by look, size and pixel ratio, kept across paints: a few dozen looks (colours
# times statuses) at one or two sizes.
_BACKGROUNDS: dict[tuple[str, str | None, int, int, float], QPixmap] = {}
MAX_BACKGROUNDS = 512


@dataclass(frozen=True)
class Columns:
    """A grid's seven day columns: the first's left edge, their width, and the gap a chip
    keeps from a column's sides."""

    left: float
    width: float
    inset: float

    def left_of(self, column: int) -> float:
        return self.left + column * self.width


@dataclass(frozen=True)
class DropRequest:
    """Selected items dragged from `origin` to `target`; `target_time` None keeps their times."""

    ids: tuple[int, ...]
    origin: date
    target: date
    target_time: time | None
    clear_time: bool
    copy: bool


@dataclass(frozen=True)
class Target:
    day: date
    time: time | None = None
    all_day: bool = False


@dataclass(frozen=True)
class GridData:
    """What a grid shows, built whole: `items` are the items loaded, `day_counts` (when not
    None) how many items each day holds in all, of which `items` may be only the first."""

    days: list[date] = field(default_factory=list)
    items: list[CalendarItem] = field(default_factory=list)
    milestones: list[MilestoneSpan] = field(default_factory=list)
    stages: list[StageSpan] = field(default_factory=list)
    today: date = date.today()
    month: int | None = None
    color_by: ColorBy = ColorBy.THEME
    day_counts: dict[date, int] | None = None
    # The empty column slots of the window, by day: drawn as placeholders after the items.
    slots: list[OpenSlot] = field(default_factory=list)

    @cached_property
    def _slots_by_day(self) -> dict[date, list[OpenSlot]]:
        found: dict[date, list[OpenSlot]] = {}
        for open_slot in self.slots:
            found.setdefault(open_slot.slot.day, []).append(open_slot)
        return found

    def slots_on(self, day: date) -> list[OpenSlot]:
        """The empty slots of `day`, by column name."""
        return list(self._slots_by_day.get(day, ()))

    @cached_property
    def _by_day(self) -> dict[date, list[CalendarItem]]:
        """The items on each shown day, in display order: grouped once, not once a day."""
        found: dict[date, list[CalendarItem]] = {day: [] for day in self.days}
        if not self.days:
            return found
        first, last = self.days[0], self.days[-1]
        for item in self.items:
            if item.planned_start is None:
                continue
            day = max(item.planned_start, first)
            end = min(item.last_day or item.planned_start, last)
            while day <= end:
                found[day].append(item)
                day += ONE_DAY
        for items in found.values():
            items.sort(key=display_key)
        return found

    def items_on(self, day: date) -> list[CalendarItem]:
        """The loaded items touching `day`, untimed first, then by time, title and id."""
        return list(self._by_day.get(day, ()))

    def count_on(self, day: date) -> int:
        """How many items touch `day` in all, loaded or not."""
        loaded = len(self._by_day.get(day, ()))
        if self.day_counts is None:
            return loaded
        return max(self.day_counts.get(day, 0), loaded)

    def complete_on(self, day: date) -> bool:
        """Whether every item of `day` is loaded."""
        return self.count_on(day) == len(self._by_day.get(day, ()))


class DayGrid(QWidget):
    move_requested = Signal(object)  # DropRequest
    fill_requested = Signal(object, object)  # ids, OpenSlot: items dropped on a placeholder
    slot_write_requested = Signal(object)  # OpenSlot: a new item for it
    slot_menu_requested = Signal(object, object)  # OpenSlot, global QPoint
    schedule_requested = Signal(object, object, object)  # ids, day, time | None
    released_outside = Signal(object, object)  # ids, global QPoint
    edit_requested = Signal(int)
    create_requested = Signal(object, object)  # day, time | None
    delete_requested = Signal(object)  # ids
    nudge_requested = Signal(int)  # days
    more_requested = Signal(object)  # day
    cursor_moved = Signal(object)  # day
    period_step_requested = Signal(int)
    today_requested = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.data = GridData()
        self.selected: set[int] = set()
        self.cursor_day: date = date.today()
        self.chip_rects: list[tuple[QRectF, int, date]] = []
        self.more_rects: list[tuple[QRectF, date]] = []
        self.slot_rects: list[tuple[QRectF, OpenSlot]] = []
        # How many chips the last paint drew (a bar across several days is one).
        self.chips_drawn = 0
        self._press: tuple[QPointF, int, date] | None = None
        self._dragging = False
        self._target: Target | None = None
        self._external_target: Target | None = None
        # The placeholder under a drag, if any: a drop there fills the slot.
        self._target_slot: OpenSlot | None = None
        self._kit: ChipKit | None = None

    # --- data ------------------------------------------------------------------------
    def set_data(self, data: GridData) -> None:
        self.data = data
        visible = {i.id for i in data.items}
        if self.selected - visible:
            self.selected &= visible
            self.selection_changed.emit()
        if data.days and not data.days[0] <= self.cursor_day <= data.days[-1]:
            self.cursor_day = data.days[0] if data.month is None else data.days[7]
        self.update()

    def set_cursor(self, day: date) -> None:
        self.cursor_day = day
        self.update()

    def select_only(self, ids: set[int]) -> None:
        self.selected = set(ids)
        self.selection_changed.emit()
        self.update()

    # --- geometry, provided by the concrete grids ------------------------------------
    def target_at(self, pos: QPointF) -> Target | None:
        raise NotImplementedError

    def chip_at(self, pos: QPointF) -> tuple[int, date] | None:
        for rect, item_id, day in reversed(self.chip_rects):
            if rect.contains(pos):
                return item_id, day
        return None

    def slot_at(self, pos: QPointF) -> OpenSlot | None:
        for rect, open_slot in self.slot_rects:
            if rect.contains(pos):
                return open_slot
        return None

    def more_at(self, pos: QPointF) -> date | None:
        for rect, day in self.more_rects:
            if rect.contains(pos):
                return day
        return None

    # --- mouse -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        more = self.more_at(pos)
        if more is not None:
            self.more_requested.emit(more)
            return
        hit = self.chip_at(pos)
        target = self.target_at(pos)
        if target is not None:
            self.cursor_day = target.day
            self.cursor_moved.emit(target.day)
        toggling = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        if hit is None:
            if not toggling:
                self.select_only(set())
            self.update()
            return
        item_id, day = hit
        if toggling:
            self.selected ^= {item_id}
            self.selection_changed.emit()
        elif item_id not in self.selected:
            self.select_only({item_id})
        self._press = (pos, item_id, day)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        moved = (pos - self._press[0]).manhattanLength()
        if not self._dragging and moved >= QApplication.startDragDistance():
            self._dragging = True
            if self._press[1] not in self.selected:
                self.select_only({self._press[1]})
        if self._dragging:
            inside = self.rect().contains(pos.toPoint())
            self._target = self.target_at(pos) if inside else None
            self._target_slot = self.slot_at(pos) if inside else None
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, dragging, target = self._press, self._dragging, self._target
        self._press, self._dragging, self._target = None, False, None
        self._target_slot = None
        self.update()
        if press is None or not dragging or event.button() != Qt.MouseButton.LeftButton:
            return
        ids = tuple(sorted(self.selected))
        if not ids:
            return
        inside = self.rect().contains(event.position().toPoint())
        if not inside:
            self.released_outside.emit(list(ids), event.globalPosition().toPoint())
            return
        if target is None:
            return
        copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        open_slot = self.slot_at(event.position())
        if open_slot is not None and not copy:
            self.fill_requested.emit(ids, open_slot)
            return
        if target.day == press[2] and target.time is None and not target.all_day and not copy:
            return
        self.move_requested.emit(
            DropRequest(ids, press[2], target.day, target.time, target.all_day, copy)
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self.chip_at(pos)
        if hit is not None:
            self.edit_requested.emit(hit[0])
            return
        open_slot = self.slot_at(pos)
        if open_slot is not None:
            self.slot_write_requested.emit(open_slot)
            return
        target = self.target_at(pos)
        if target is not None and self.more_at(pos) is None:
            self.create_requested.emit(target.day, target.time)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A placeholder's menu (skip, move, restore, write); from the keyboard (the menu
        key), the first placeholder of the cursor's day."""
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            event.setAccepted(self._slot_menu_at_cursor())
            return
        open_slot = self.slot_at(QPointF(event.pos()))
        if open_slot is None:
            event.ignore()
            return
        event.accept()
        self.slot_menu_requested.emit(open_slot, event.globalPos())

    def _slot_menu_at_cursor(self) -> bool:
        """The menu of the cursor day's first placeholder, under it; False when it has none."""
        found = [(rect, s) for rect, s in self.slot_rects if s.slot.day == self.cursor_day]
        if not found:
            return False
        rect, open_slot = found[0]
        self.slot_menu_requested.emit(open_slot, self.mapToGlobal(rect.bottomLeft().toPoint()))
        return True

    # --- drops from the backlog ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self.target_at(event.position())
        self._external_target = target
        self._target_slot = self.slot_at(event.position())
        self.update()
        if target is not None and decode_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._external_target = None
        self._target_slot = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._external_target = None
        self._target_slot = None
        self.update()
        ids = decode_ids(event.mimeData())
        target = self.target_at(event.position())
        if not ids or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        open_slot = self.slot_at(event.position())
        if open_slot is not None:
            self.fill_requested.emit(tuple(ids), open_slot)
            return
        self.schedule_requested.emit(ids, target.day, target.time)

    # --- keyboard --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key == Qt.Key.Key_Escape and self._dragging:
            self._press, self._dragging, self._target = None, False, None
            self._target_slot = None
            self.update()
        elif key in steps and alt:
            if self.selected:
                self.nudge_requested.emit(steps[Qt.Key(key)])
        elif key in steps:
            self.cursor_day = self.cursor_day + timedelta(days=steps[Qt.Key(key)])
            self.cursor_moved.emit(self.cursor_day)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._edit_at_cursor()
        elif key == Qt.Key.Key_Delete and self.selected:
            self.delete_requested.emit(sorted(self.selected))
        elif (
            key in (Qt.Key.Key_Insert, Qt.Key.Key_N)
            and not mods & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.create_requested.emit(self.cursor_day, None)
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self._slot_menu_at_cursor()
        elif key == Qt.Key.Key_PageUp:
            self.period_step_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.period_step_requested.emit(1)
        elif key == Qt.Key.Key_Home:
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)

    def _edit_at_cursor(self) -> None:
        if self.selected:
            self.edit_requested.emit(min(self.selected))
            return
        on_day = self.data.items_on(self.cursor_day)
        if on_day:
            self.edit_requested.emit(on_day[0].id)

    # --- painting helpers ------------------------------------------------------------
    @property
    def drop_target(self) -> Target | None:
        return self._target if self._dragging else self._external_target

    @property
    def drop_slot(self) -> OpenSlot | None:
        """The placeholder a drop would fill, while something is dragged over one."""
        if self._dragging or self._external_target is not None:
            return self._target_slot
        return None

    def _chip_kit(self, painter: QPainter) -> ChipKit:
        """The fonts, metrics and caches of this paint's chips: made by the first chip a
        painter paints, then shared by the others."""
        kit = self._kit
        if kit is None or kit.painter is not painter:
            kit = self._kit = ChipKit(painter)
        return kit

    def paint_chip(self, painter: QPainter, rect: QRectF, item: CalendarItem, day: date) -> None:
        """A chip of `item` on `day`, which a click or a drag there takes."""
        self.draw_chip(painter, rect, item)
        self.chip_rects.append((rect, item.id, day))

    def draw_chip(self, painter: QPainter, rect: QRectF, item: CalendarItem) -> None:
        """A chip's body, status dot, initials and elided label in `rect`."""
        self.chips_drawn += 1
        kit = self._chip_kit(painter)
        color_by = self.data.color_by
        fill = chip_color_name(item, color_by)
        ink = kit.colors(fill)[1]
        left, top = round(rect.x()), round(rect.y())
        width, height = rect.width(), rect.height()
        dot = STATUS_COLORS[item.status] if color_by is not ColorBy.STATUS else None
        if item.id in self.selected:
            # Its outline reaches past the chip: drawn as it is, not from a kept body.
            kit.paint_background(painter, rect, fill, dot, True)
        else:
            painter.drawPixmap(left, top, kit.background(fill, dot, round(width), round(height)))
        text_left = left + 4.0
        text_right = left + width - 4
        if dot is not None:
            text_left += 2 * DOT_RADIUS + 3
        painter.setPen(ink)
        room_for = 2 if width >= WIDE_CHIP else 1 if width >= MEDIUM_CHIP else 0
        initials = " ".join(item.assignees[:room_for]) if room_for else ""
        if initials:
            text_rect = QRectF(text_left, top, text_right - text_left, height)
            painter.setFont(kit.small_font)
            advance = kit.small_metrics.horizontalAdvance(initials) + 2
            painter.drawText(text_rect, RIGHT_MIDDLE, initials)
            painter.setFont(kit.font)
            text_right -= advance + 2
        text_rect = QRectF(text_left, top, text_right - text_left, height)
        room = int(text_rect.width())
        key = (item.id, room)
        shown = kit.elided.get(key)
        if shown is None:
            shown = kit.elided[key] = elided(kit.metrics, chip_label(item), room)
        baseline = top + (height - kit.metrics.height()) / 2 + kit.ascent
        painter.drawText(QPointF(text_left, baseline), shown)

    def paint_stacked(
        self,
        painter: QPainter,
        layout: RowLayout,
        columns: Columns,
        tops: Sequence[float],
        more_label: Callable[[int], str],
    ) -> None:
        """The bars, placeholders and "+N more" lines (`more_label` of N) of `layout`: week
        row `n`'s level 0 at `tops[n]`."""
        step = CHIP_HEIGHT + CHIP_GAP
        first_day = self.data.days[0]
        inset = columns.inset
        for piece in layout.pieces:
            # A bar running on from the day before or into the next reaches the column's edge.
            left = columns.left_of(piece.first) + (0 if piece.continues_before else inset)
            right = columns.left_of(piece.last + 1) - (0 if piece.continues_after else inset)
            top = tops[piece.row] + piece.level * step
            self.draw_chip(painter, QRectF(left, top, right - left, CHIP_HEIGHT), piece.item)
            for column in range(piece.first, piece.last + 1):
                # Each day of a bar is where a click or a drag there takes it from.
                day_left = max(left, columns.left_of(column))
                day_right = min(right, columns.left_of(column + 1))
                self.chip_rects.append(
                    (
                        QRectF(day_left, top, day_right - day_left, CHIP_HEIGHT),
                        piece.item.id,
                        first_day + timedelta(days=piece.row * 7 + column),
                    )
                )
        for spot in layout.slots:
            index = (spot.day - first_day).days
            left = columns.left_of(index % 7) + inset
            top = tops[index // 7] + spot.level * step
            chip = QRectF(left, top, columns.width - 2 * inset, CHIP_HEIGHT)
            self.paint_placeholder(painter, chip, spot.slot)
        painter.setPen(QColor("#1565c0"))
        for more in layout.more:
            index = (more.day - first_day).days
            left = columns.left_of(index % 7) + inset
            top = tops[index // 7] + more.level * step
            line = QRectF(left, top, columns.width - 2 * inset, CHIP_HEIGHT)
            painter.drawText(line, LEFT_MIDDLE, more_label(more.hidden))
            self.more_rects.append((line, more.day))

    def paint_placeholder(self, painter: QPainter, rect: QRectF, open_slot: OpenSlot) -> None:
        """An empty slot: "◌ column" in a dashed outline; solid blue while a drop would fill it."""
        kit = self._chip_kit(painter)
        slot = open_slot.slot
        targeted = self.drop_slot == open_slot
        painter.setPen(PLACEHOLDER_TARGET_PEN if targeted else PLACEHOLDER_PEN)
        painter.setBrush(PLACEHOLDER_TARGET_FILL if targeted else PLACEHOLDER_FILL)
        inner = QRectF(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, rect.height() - 1)
        painter.drawRoundedRect(inner, 3, 3)
        label = f"{PLACEHOLDER_MARK} {slot.column_name}"
        if slot.moved_from is not None:
            label = f"{PLACEHOLDER_MARK} ↷ {slot.column_name}"
        text_rect = QRectF(rect.x() + 4, rect.y(), rect.width() - 8, rect.height())
        painter.setPen(PLACEHOLDER_INK)
        painter.drawText(text_rect, LEFT_MIDDLE, elided(kit.metrics, label, int(text_rect.width())))
        self.slot_rects.append((rect, open_slot))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_for(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_for(self, pos: QPoint) -> str:
        hit = self.chip_at(QPointF(pos))
        if hit is None:
            open_slot = self.slot_at(QPointF(pos))
            return SLOT_TOOLTIP.text(open_slot, droppable=True) if open_slot is not None else ""
        item = next((i for i in self.data.items if i.id == hit[0]), None)
        if item is None or item.planned_start is None:
            return ""
        when = format_day_first(item.planned_start)
        if item.planned_end and item.planned_end != item.planned_start:
            when += " – " + format_day_first(item.planned_end)
        if item.publish_time:
            when += item.publish_time.strftime(" %H:%M")
        lines = [
            item.title,
            when,
            f"{marked('enums', item.format.label)} · {marked('enums', item.status.label)}",
        ]
        if item.assignees:
            lines.append(", ".join(item.assignees))
        return "\n".join(lines)
