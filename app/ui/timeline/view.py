"""The timeline view: choose lanes and colours, zoom and pan, drag items, ends and milestones."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import (
    LaneKey,
    LaneLayout,
    Tier,
    TimeScale,
    assign_lanes,
    density_tier,
    lane_tops,
)
from app.core.validation import Problem, ValidationError
from app.services import calendar as calendar_service
from app.services import editing
from app.services import timeline as timeline_service
from app.services.database import Database
from app.services.milestones import milestone_move_problems, moved_span
from app.services.open_slots import OpenSlot, open_slots
from app.services.records import get_record
from app.services.scheduling import Placement, ScheduleRefusedError, place_items
from app.services.slots import Slot
from app.services.timeline import Coverage, DayCounts, LaneBy, TimelineItem
from app.ui.calendar.commands import PlaceItemsCommand
from app.ui.commands import UpdateRecordCommand
from app.ui.i18n import marked, render
from app.ui.message_banner import MessageBanner
from app.ui.notifier import ChangeNotifier, Changes
from app.ui.record_actions import RecordActions
from app.ui.slot_actions import SlotActions, piece_defaults
from app.ui.timeline.canvas import (
    COLLAPSED_HEIGHT,
    CONTENT_TOP,
    POINT_PX,
    ROW_HEIGHT,
    ColorBy,
    MoveRequest,
    TimelineCanvas,
    TimelineData,
)
from app.ui.timeline.export import export_timeline
from app.ui.timeline.lane_header import LaneHeader
from app.ui.timeline.window import Bars, moved, packed

RANGE_MARGIN_DAYS = 31
MAX_FLAG_LINES = 3

# Lane groupings and filters whose counts are kept at once; more and they are all dropped.
MAX_COUNTED = 8
# Spans summed per period kept for each of those; more and they are all dropped.
MAX_SUMMED = 4
# The lanes an empty slot has a place in: its column's, its channel's, its outlet's. A slot
# has no theme, status nor assignee of its own (a column may carry several themes), so other
# groupings show no placeholders; the Gaps panel lists every empty slot whatever the lanes.
_SLOT_LANE = {
    LaneBy.COLUMN: lambda open_slot: open_slot.slot.column_id,
    LaneBy.CHANNEL: lambda open_slot: open_slot.channel_id,
    LaneBy.OUTLET: lambda open_slot: open_slot.outlet_id,
}


@dataclass
class _Counted:
    """Items counted per lane and start day (or month) over [first, last]."""

    first: date
    last: date
    counts: dict[tuple[LaneKey, date], int]
    # Those counts summed per period, by (tier, first day, last day): zooming back to a span
    # summed before (fit to plan) sums nothing again. Emptied whenever `counts` grows.
    summed: dict[tuple[Tier, date, date], dict[tuple[LaneKey, date], int]] = field(
        default_factory=dict
    )


class TimelineView(QWidget):
    def __init__(
        self,
        notifier: ChangeNotifier,
        undo_stack: QUndoStack,
        record_actions: RecordActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.db: Database | None = None
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.record_actions = record_actions
        self.filter = ItemFilter()
        self.loaded: tuple[date, date, Any, LaneBy, ItemFilter] | None = None
        self._fitted = False
        self._syncing = False
        # Everything the last reload read; the canvas is handed only the bars in view.
        self._full = TimelineData()
        # Its bars with their lanes' rows, when it drew items one by one: what a pan moves.
        self._bars: Bars | None = None
        # Per lane grouping and filter, until a change is announced or the database changes:
        # counting every item of the plan on each reload would cost more the more items it has.
        self._coverage: dict[tuple[LaneBy, ItemFilter], Coverage] = {}
        # Density as counts per day (for day and week buckets) or month (longer ones), kept
        # the same way: zooming or panning over days already counted asks the database only
        # for the days it has not counted yet.
        self._counted: dict[tuple[LaneBy, ItemFilter, Tier], _Counted] = {}
        # The dates of each plan shown (None: of every plan), kept the same way.
        self._plan_spans: dict[int | None, tuple[date, date] | None] = {}

        self.canvas = TimelineCanvas()
        self.header = LaneHeader(self.canvas)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal)
        self.hbar.setObjectName("timeline_hbar")
        self.vbar = QScrollBar(Qt.Orientation.Vertical)
        self.vbar.setObjectName("timeline_vbar")
        self.flags = MessageBanner("timeline_flags")
        self.flags.hide()
        self.message = MessageBanner("timeline_message")
        self.slot_actions = SlotActions(notifier, undo_stack, self)
        self.slot_actions.refused.connect(self.show_message)
        self.slot_actions.write_requested.connect(self._write_piece)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload_if_needed)

        body = QGridLayout()
        body.setSpacing(0)
        body.addWidget(self.header, 0, 0)
        body.addWidget(self.canvas, 0, 1)
        body.addWidget(self.vbar, 0, 2)
        body.addWidget(self.hbar, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.message)
        layout.addWidget(self.flags)
        layout.addLayout(body, 1)

        self.canvas.view_moved.connect(self._view_moved)
        self.canvas.installEventFilter(self)
        self.canvas.items_move_requested.connect(self.move_items)
        self.canvas.item_resize_requested.connect(self.resize_item)
        self.canvas.milestone_move_requested.connect(self.move_milestone)
        self.canvas.edit_requested.connect(self._edit)
        self.canvas.slot_write_requested.connect(
            lambda open_slot: self._write_piece(open_slot.slot)
        )
        self.canvas.slot_menu_requested.connect(
            lambda open_slot, at: self.slot_actions.show_menu(open_slot.slot, at)
        )
        self.header.collapse_toggled.connect(self.toggle_lane)
        self.hbar.valueChanged.connect(self._hbar_moved)
        self.vbar.valueChanged.connect(self._vbar_moved)

    # --- the bar ---------------------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.lane_by = QComboBox()
        self.lane_by.setObjectName("timeline_lane_by")
        for lane_by, label in (
            (LaneBy.THEME, self.tr("Lanes by theme")),
            (LaneBy.COLUMN, self.tr("Lanes by column")),
            (LaneBy.CHANNEL, self.tr("Lanes by channel")),
            (LaneBy.OUTLET, self.tr("Lanes by outlet")),
            (LaneBy.DESK, self.tr("Lanes by desk")),
            (LaneBy.ASSIGNEE, self.tr("Lanes by assignee")),
            (LaneBy.STATUS, self.tr("Lanes by status")),
        ):
            self.lane_by.addItem(label, lane_by)
        self.lane_by.currentIndexChanged.connect(lambda _: self.reload())
        self.color_by = QComboBox()
        self.color_by.setObjectName("timeline_color_by")
        self.color_by.addItem(self.tr("Colour by status"), ColorBy.STATUS)
        self.color_by.addItem(self.tr("Colour by theme"), ColorBy.THEME)
        self.color_by.currentIndexChanged.connect(self._color_changed)
        self.zoom_out_button = self._button(
            "−", self.tr("Zoom out (−, Ctrl+wheel)"), "timeline_zoom_out"
        )
        self.zoom_in_button = self._button(
            "+", self.tr("Zoom in (+, Ctrl+wheel)"), "timeline_zoom_in"
        )
        self.fit_button = self._button(self.tr("Fit to plan"), "", "timeline_fit")
        self.today_button = self._button(self.tr("Today"), "", "timeline_today")
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom(1 / 1.25))
        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom(1.25))
        self.fit_button.clicked.connect(self.fit_to_plan)
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setObjectName("timeline_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        for widget in (self.lane_by, self.color_by):
            bar.addWidget(widget)
        bar.addWidget(self.title, 1)
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.today_button,
        ):
            bar.addWidget(button)
        return bar

    def _button(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(name)
        return button

    @property
    def current_lane_by(self) -> LaneBy:
        value = self.lane_by.currentData()
        return value if isinstance(value, LaneBy) else LaneBy.THEME

    def set_lane_by(self, lane_by: LaneBy) -> None:
        self.lane_by.setCurrentIndex(max(self.lane_by.findData(lane_by), 0))

    def _color_changed(self) -> None:
        value = self.color_by.currentData()
        self.canvas.color_by = value if isinstance(value, ColorBy) else ColorBy.STATUS
        self.canvas.update()

    # --- data ------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """Show `db`; it is read once the event loop runs, so that a filter or a fit that
        follows straight away (as when a file is opened) does not read it a second time."""
        self.db = db
        self.slot_actions.db = db
        self._fitted = False
        self.canvas.collapsed.clear()
        self._forget_counts()
        self._show_loaded(TimelineData(), None)
        self._reload_soon()

    def set_filter(self, flt: ItemFilter) -> None:
        """Narrow to `flt`, read once the event loop runs (see set_database)."""
        plan_changed = flt.plan_id != self.filter.plan_id
        self.filter = flt
        if plan_changed:
            self._fitted = False
        self._reload_soon()

    def _reload_soon(self) -> None:
        """Reload when the event loop next runs, unless a reload comes first."""
        self.loaded = None
        self._reload_timer.start()

    def on_changes(self, changes: Changes) -> None:
        if changes.kinds & {
            Kind.CONTENT_ITEM, Kind.MILESTONE, Kind.STAGE, Kind.PLAN, Kind.THEME,
            Kind.COLUMN, Kind.CHANNEL, Kind.OUTLET, Kind.PERSON, Kind.DESK, Kind.ASSIGNMENT,
        }:  # fmt: skip
            self._forget_counts()
            self.reload()

    def _forget_counts(self) -> None:
        self._coverage.clear()
        self._counted.clear()
        self._plan_spans.clear()

    def plan_span(self) -> tuple[date, date] | None:
        """The chosen plan's dates, or those of every plan when none is chosen; kept like the
        counts, as every pan sets the scroll bar's range from them."""
        if self.db is None:
            return None
        plan_id = self.filter.plan_id
        if plan_id not in self._plan_spans:
            from app.services.records import list_records

            where = {"id": plan_id} if plan_id is not None else None
            rows = list_records(self.db, Kind.PLAN, where)
            starts = [r.values["start_date"] for r in rows]
            ends = [r.values["end_date"] for r in rows]
            self._plan_spans[plan_id] = (min(starts), max(ends)) if rows else None
        return self._plan_spans[plan_id]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._fitted:
            self.fit_to_plan()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_scroll_bars()

    def fit_to_plan(self) -> None:
        span = self.plan_span()
        width = max(self.canvas.width(), 300)
        if span is None:
            today = date.today()
            span = (today - timedelta(days=30), today + timedelta(days=60))
        self._fitted = True
        self.canvas.scale = TimeScale.fit(span[0], span[1], width)
        self.canvas.y_offset = 0.0
        self.reload()

    def go_today(self) -> None:
        scale = self.canvas.scale
        today_x = scale.x_of(date.today())
        self.canvas.set_scale(scale.panned(self.canvas.width() / 2 - today_x))

    def load_window(self) -> tuple[date, date]:
        """The days to load: what is visible plus one screen either side, for smooth panning."""
        first, last = self.canvas.scale.visible_days(self.canvas.width())
        span = (last - first).days + 1
        return first - timedelta(days=span), last + timedelta(days=span)

    def reload_if_needed(self) -> None:
        first, last = self.canvas.scale.visible_days(self.canvas.width())
        tier = density_tier(self.canvas.scale.px_per_day)
        loaded = self.loaded
        if (
            loaded is None
            or tier != loaded[2]
            or self.current_lane_by is not loaded[3]
            or self.filter != loaded[4]
        ):
            self.reload()
        elif first < loaded[0] or last > loaded[1]:
            # Moved along time only: the bars already read that are still in the window keep
            # their rows, and only the days new to it are read.
            self._reload(moving=True)

    def reload(self) -> None:
        """Read the window around what is visible, lay out lanes, and hand the canvas the part
        of it in view."""
        self._reload(moving=False)

    def _reload(self, moving: bool) -> None:
        first, last = self.load_window()
        # Moved bars are the new window's: should the reload fail, the next one reads afresh.
        held, self._bars = (self._bars if moving else None), None
        self._show_loaded(*self._load(first, last, self.canvas.scale, held))
        self.loaded = (
            first,
            last,
            self._full.density_tier,
            self.current_lane_by,
            self.filter,
        )
        self.canvas.set_y_offset(self.canvas.y_offset)
        self.canvas.update()
        self.header.title = self.lane_by.currentText()
        self.header.update()
        self._sync_scroll_bars()
        self._show_flags()

    def load(self, first: date, last: date, scale: TimeScale) -> TimelineData:
        return self._load(first, last, scale, None)[0]

    def _load(
        self, first: date, last: date, scale: TimeScale, held: Bars | None
    ) -> tuple[TimelineData, Bars | None]:
        """What `load` reads, and its bars when items are drawn one by one; `held`, bars of a
        window read before with the same lanes and filter, is moved rather than read again."""
        data = TimelineData()
        if self.db is None:
            return data, None
        db = self.db
        lane_by = self.current_lane_by
        plan_id = self.filter.plan_id
        tier = density_tier(scale.px_per_day)
        if held is not None and tier is None:
            catalogue = held.catalogue  # unchanged, or a change would have been announced
        else:
            catalogue = [
                (key, self._lane_label(lane_by, label))
                for key, label in timeline_service.lane_catalogue(db, lane_by, plan_id)
            ]
        none_label = self.tr("(none)")
        bars = None
        if tier is None:
            people = lane_by in (LaneBy.ASSIGNEE, LaneBy.DESK)  # nothing else shows them

            def read(begin: date, end: date) -> list[TimelineItem]:
                return timeline_service.timeline_items(db, begin, end, self.filter, people)

            if held is not None:
                bars = moved(held, first, last, read, lane_by, catalogue, none_label)
            if bars is None:
                bars = packed(first, last, read(first, last), lane_by, catalogue, none_label)
            data.items, data.lanes, data.rows = bars.items, bars.lanes, bars.rows
            data.open_slots = self._open_slots(db, first, last, lane_by)
        else:
            data.density = self._density(db, first, last, lane_by, tier)
            data.density_tier = tier
            totals: dict[LaneKey, int] = {}
            for (key, _start), count in data.density.items():
                totals[key] = totals.get(key, 0) + count
            data.lanes = [
                LaneLayout(lane.key, lane.label, 1, {}, totals.get(lane.key, 0))
                for lane in assign_lanes([], catalogue, none_label)
            ]
        data.stages = calendar_service.stages_between(db, first, last, plan_id)
        data.milestones = calendar_service.milestones_between(db, first, last)
        if plan_id is not None:
            coverage = self._coverage.get((lane_by, self.filter))
            if coverage is None:
                counted = self._counted.get((lane_by, self.filter, Tier.DAY))
                daily = None
                if counted is not None:
                    daily = DayCounts(
                        counted.first, counted.last, lane_by, self.filter, counted.counts
                    )
                coverage = timeline_service.coverage(db, plan_id, lane_by, self.filter, daily)
                self._coverage[(lane_by, self.filter)] = coverage
            data.coverage = {(c.stage_id, c.lane_key): c.count for c in coverage.cells}
            for stage in data.stages:
                for lane in data.lanes:
                    data.coverage.setdefault((stage.id, lane.key), 0)
            self._coverage_flags = list(coverage.flags)
        else:
            self._coverage_flags = []
        return data, bars

    def _open_slots(
        self, db: Database, first: date, last: date, lane_by: LaneBy
    ) -> list[tuple[LaneKey, OpenSlot]]:
        """The window's empty slots with their lane, when the lanes give them one."""
        lane_of = _SLOT_LANE.get(lane_by)
        if lane_of is None:
            return []
        found = open_slots(db, first, last, self.filter)
        if found.problems:
            self.show_message("\n".join(render(p) for p in found.problems))
        return [(lane_of(open_slot), open_slot) for open_slot in found.slots]

    # --- what the canvas is handed -----------------------------------------------------
    def _show_loaded(self, data: TimelineData, bars: Bars | None) -> None:
        """Keep `data` (what a reload read) and hand the canvas the part of it in view."""
        self._full = data
        self._bars = bars
        self.canvas.set_bar_source(data, bars.kept if bars is not None else None)
        self._show_visible()

    def _show_visible(self) -> None:
        """Hand the canvas the loaded data with only the bars that may touch the screen.

        The canvas walks every bar it is given to find those in view; a reload reads a screen
        either side, and with many items most rows are above or below. Lanes keep their rows
        and counts, so the layout is the same; only placements are narrowed.
        """
        full, bars = self._full, self._bars
        if full.density is not None or bars is None:
            self.canvas.data = full
            return
        canvas = self.canvas
        scale = canvas.scale
        first, last = scale.visible_days(canvas.width())
        # A short bar is drawn POINT_PX wide about its middle, so it can reach past its days.
        margin = math.ceil(POINT_PX / scale.px_per_day) + 1
        first_day, last_day = first.toordinal() - margin, last.toordinal() + margin
        top = canvas.y_offset - ROW_HEIGHT
        bottom = canvas.y_offset + max(canvas.height() - CONTENT_TOP, 0) + ROW_HEIGHT
        tops = lane_tops(full.lanes, ROW_HEIGHT, canvas.collapsed, 0.0, COLLAPSED_HEIGHT)
        lanes: list[LaneLayout] = []
        for index, lane in enumerate(full.lanes):
            placements: dict[int, int] = {}
            if lane.key not in canvas.collapsed and tops[index + 1] > top and tops[index] < bottom:
                rows = bars.rows[index]
                low = max(int((top - tops[index]) // ROW_HEIGHT), 0)
                high = min(int((bottom - tops[index]) // ROW_HEIGHT) + 1, rows.count)
                for row in range(low, high):
                    for item_id in rows.reaching(row, first_day, last_day):
                        placements[item_id] = row
            lanes.append(replace(lane, placements=placements))
        canvas.data = replace(full, lanes=lanes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self._show_visible()
        return super().eventFilter(watched, event)

    def _density(
        self, db: Database, first: date, last: date, lane_by: LaneBy, tier: Tier
    ) -> dict[tuple[LaneKey, date], int]:
        """timeline_service.density, from the counts kept where they reach, asking the database
        only for the days (months) not counted yet."""
        grain = Tier.DAY if tier in (Tier.DAY, Tier.WEEK) else Tier.MONTH
        start, end = timeline_service.density_span(first, last, tier)
        key = (lane_by, self.filter, grain)
        counted = self._counted.get(key)

        def count(begin: date, finish: date) -> dict[tuple[LaneKey, date], int]:
            return timeline_service.density(db, begin, finish, lane_by, grain, self.filter)

        if (
            counted is None
            or start.toordinal() > counted.last.toordinal() + 1
            or end.toordinal() < counted.first.toordinal() - 1
        ):
            if counted is None and len(self._counted) >= MAX_COUNTED:
                self._counted.clear()
            counted = self._counted[key] = _Counted(start, end, count(start, end))
        # The parts before and after are whole days (months), so their counts never overlap.
        if start < counted.first:
            counted.counts.update(count(start, counted.first - timedelta(days=1)))
            counted.first = start
            counted.summed.clear()
        if end > counted.last:
            counted.counts.update(count(counted.last + timedelta(days=1), end))
            counted.last = end
            counted.summed.clear()
        span = (tier, start, end)
        summed = counted.summed.get(span)
        if summed is None:
            if len(counted.summed) >= MAX_SUMMED:
                counted.summed.clear()
            summed = counted.summed[span] = timeline_service.rebucket(
                counted.counts, tier, start, end
            )
        return summed

    def _lane_label(self, lane_by: LaneBy, label: str) -> str:
        return marked("enums", label) if lane_by is LaneBy.STATUS else label

    def _show_flags(self) -> None:
        flags = getattr(self, "_coverage_flags", [])
        if not flags:
            self.flags.hide()
            return
        lines = [
            self.tr("⚠ %1: theme “%2” has %3 of %4 item(s)")
            .replace("%1", f.stage_name)
            .replace("%2", f.theme_name)
            .replace("%3", str(f.count))
            .replace("%4", str(f.target))
            for f in flags
        ]
        shown = lines[:MAX_FLAG_LINES]
        if len(lines) > MAX_FLAG_LINES:
            more = len(lines) - MAX_FLAG_LINES
            shown.append(self.tr("… and %n more (point here to see them all)", "", more))
        self.flags.setText("\n".join(shown))
        self.flags.setToolTip("\n".join(lines))
        self.flags.show()

    def toggle_lane(self, key: LaneKey) -> None:
        if key in self.canvas.collapsed:
            self.canvas.collapsed.discard(key)
        else:
            self.canvas.collapsed.add(key)
        self.canvas.set_y_offset(self.canvas.y_offset)
        self._sync_scroll_bars()
        self.header.update()

    # --- scrolling -------------------------------------------------------------------
    def _scroll_range(self) -> tuple[date, date]:
        span = self.plan_span()
        first, last = self.canvas.scale.visible_days(self.canvas.width())
        if span is not None:
            first, last = min(first, span[0]), max(last, span[1])
        margin = timedelta(days=RANGE_MARGIN_DAYS)
        return first - margin, last + margin

    def _sync_scroll_bars(self) -> None:
        self._syncing = True
        try:
            first, last = self._scroll_range()
            scale = self.canvas.scale
            total = scale.x_of_end(last) - scale.x_of(first)
            self.hbar.setRange(0, max(int(total - self.canvas.width()), 0))
            self.hbar.setPageStep(max(self.canvas.width(), 1))
            self.hbar.setValue(int(-scale.x_of(first)))
            self.vbar.setRange(0, int(self.canvas.max_y_offset()))
            self.vbar.setPageStep(max(self.canvas.height() - CONTENT_TOP, 1))
            self.vbar.setValue(int(self.canvas.y_offset))
        finally:
            self._syncing = False

    def _hbar_moved(self, value: int) -> None:
        if self._syncing:
            return
        first, _ = self._scroll_range()
        current = -self.canvas.scale.x_of(first)
        self.canvas.set_scale(self.canvas.scale.panned(current - value))

    def _vbar_moved(self, value: int) -> None:
        if not self._syncing:
            self.canvas.set_y_offset(float(value))

    def _view_moved(self) -> None:
        self._show_visible()
        self._sync_scroll_bars()
        self.header.update()
        first, last = self.canvas.scale.visible_days(self.canvas.width())
        self.title.setText(f"{first:%d/%m/%Y} – {last:%d/%m/%Y}")
        self._reload_timer.start()

    # --- gestures --------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.show_message(text)

    def _refuse(self, problems: list[Problem]) -> None:
        self.show_message("\n".join(render(p) for p in problems))

    def move_items(self, request: MoveRequest) -> None:
        """One gesture, one undo step: shift in time and, across lanes, change what the lane is."""
        db = self.db
        if db is None:
            return
        items = [self.canvas.data.items[i] for i in request.ids if i in self.canvas.data.items]
        shift = timedelta(days=request.days)
        wanted = [
            Placement(
                i.id,
                i.start + shift,
                i.end + shift if i.end != i.start else None,
                i.publish_time,
            )
            for i in items
        ]
        lane_moves = []
        if request.to_lane != request.from_lane:
            lanes = self.canvas.data.lanes
            from_key, to_key = lanes[request.from_lane].key, lanes[request.to_lane].key
            for item in items:
                move = timeline_service.lane_move(
                    db, item.id, self.current_lane_by, from_key, to_key
                )
                if move.refusal is not None:
                    self._refuse([move.refusal])
                    return
                if move.values:
                    lane_moves.append(move)
        text = self.tr("Move %n item(s)", "", len(items))
        self.undo_stack.beginMacro(text)
        try:
            if request.days:
                before = place_items(db, wanted)
                self.undo_stack.push(PlaceItemsCommand(db, self.notifier, before, wanted, text))
            for move in lane_moves:
                for record_id in move.record_ids:
                    old, new = editing.update_record(db, move.kind, record_id, move.values)
                    self.undo_stack.push(UpdateRecordCommand(db, self.notifier, old, new, text))
        except ScheduleRefusedError as refused:
            self._abandon_macro()
            self._refuse(refused.problems)
            return
        except ValidationError as error:
            self._abandon_macro()
            self._refuse(list(error.problems.values()))
            return
        self.undo_stack.endMacro()
        self.message.hide()

    def _abandon_macro(self) -> None:
        """Close the macro and take back whatever part of it had already happened."""
        self.undo_stack.endMacro()
        if (
            self.undo_stack.count()
            and self.undo_stack.command(self.undo_stack.count() - 1).childCount()
        ):
            self.undo_stack.undo()

    def resize_item(self, item_id: int, start: date, end: date) -> None:
        db = self.db
        item = self.canvas.data.items.get(item_id)
        if db is None or item is None:
            return
        wanted = [Placement(item_id, start, end if end != start else None, item.publish_time)]
        try:
            before = place_items(db, wanted)
        except ScheduleRefusedError as refused:
            self._refuse(refused.problems)
            return
        text = self.tr("Change the span of “%1”").replace("%1", item.title)
        self.undo_stack.push(PlaceItemsCommand(db, self.notifier, before, wanted, text))

    def move_milestone(self, milestone_id: int, days: int) -> None:
        """Stages that end at the milestone follow it, because their end is the milestone."""
        db = self.db
        if db is None:
            return
        problems = milestone_move_problems(db, milestone_id, days)
        if problems:
            self._refuse(problems)
            return
        start, end = moved_span(db, milestone_id, days)
        current = get_record(db, Kind.MILESTONE, milestone_id)
        try:
            old, new = editing.update_record(
                db, Kind.MILESTONE, milestone_id, {"start_date": start, "end_date": end}
            )
        except ValidationError as error:
            self._refuse(list(error.problems.values()))
            return
        text = self.tr("Move milestone “%1”").replace("%1", str(current.values["name"]))
        self.undo_stack.push(UpdateRecordCommand(db, self.notifier, old, new, text))

    def export(self, path: Path, whole_plan: bool) -> Path:
        """Write the timeline as it is on screen, or the whole plan, to a PNG, SVG or PDF file."""
        span = self.plan_span() if whole_plan else None
        if whole_plan and span is None:
            raise ValueError(self.tr("There is no plan to export."))
        title = self.lane_by.currentText()
        shown = self.canvas.data
        self.canvas.data = self._full  # a visible export is as tall as every lane
        try:
            return export_timeline(path, self.canvas, title, span, self.load if span else None)
        finally:
            self.canvas.data = shown

    def _edit(self, item_id: int) -> None:
        if self.db is not None:
            self.record_actions.edit_record(Kind.CONTENT_ITEM, item_id)

    def _write_piece(self, slot: Slot) -> None:
        """A new item already in the slot's column, on its day, through the editor."""
        if self.db is not None:
            self.record_actions.new_record(Kind.CONTENT_ITEM, piece_defaults(self.db, slot))
