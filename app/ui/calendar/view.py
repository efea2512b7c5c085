"""The calendar view: navigation bar, month or week grid, legend, backlog; gestures to commands."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.calendar import Period, step, visible_days
from app.core.dates import format_day_first
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.services import calendar as calendar_service
from app.services.calendar import CalendarItem, MilestoneSpan, StageSpan, display_key
from app.services.database import Database
from app.services.open_slots import OpenSlot, open_slots
from app.services.scheduling import Placement, ScheduleRefusedError, copy_items, place_items
from app.services.slots import Slot
from app.ui.calendar.backlog import BacklogPanel
from app.ui.calendar.commands import CopyItemsCommand, PlaceItemsCommand
from app.ui.calendar.day_list import DayListDialog
from app.ui.calendar.grid_base import DayGrid, DropRequest, GridData
from app.ui.calendar.legend import Legend
from app.ui.calendar.month_grid import MonthGrid
from app.ui.calendar.palette import ColorBy
from app.ui.calendar.week_grid import HOUR_HEIGHT, WeekGrid
from app.ui.i18n import month_and_year, render
from app.ui.message_banner import MessageBanner
from app.ui.notifier import ChangeNotifier, Changes
from app.ui.record_actions import RecordActions
from app.ui.slot_actions import SlotActions, piece_defaults

FIRST_WORKING_HOUR = 7


class CalendarView(QWidget):
    def __init__(
        self,
        notifier: ChangeNotifier,
        undo_stack: QUndoStack,
        record_actions: RecordActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_view")
        self.db: Database | None = None
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.record_actions = record_actions
        self.filter = ItemFilter()
        self.period = Period.MONTH
        self.anchor = date.today()
        self.items_by_id: dict[int, CalendarItem] = {}
        self.last_dialog: DayListDialog | None = None

        self.month_grid = MonthGrid()
        self.week_grid = WeekGrid()
        self.week_scroll_bar = QScrollBar(Qt.Orientation.Vertical)
        self.week_scroll_bar.setSingleStep(HOUR_HEIGHT // 2)
        self.week_scroll_bar.setPageStep(HOUR_HEIGHT * 6)
        self.week_scroll_bar.valueChanged.connect(self.week_grid.set_offset)
        self.week_grid.offset_changed.connect(self.week_scroll_bar.setValue)
        self.week_grid.range_changed.connect(lambda top: self.week_scroll_bar.setRange(0, top))
        self.week_scroll = QWidget()
        week_layout = QHBoxLayout(self.week_scroll)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        week_layout.addWidget(self.week_grid, 1)
        week_layout.addWidget(self.week_scroll_bar)
        self.grids = QStackedWidget()
        self.grids.addWidget(self.month_grid)
        self.grids.addWidget(self.week_scroll)
        self.backlog = BacklogPanel()
        self.legend = Legend()
        self.message = MessageBanner("calendar_message")
        self.slot_actions = SlotActions(notifier, undo_stack, self)
        self.slot_actions.refused.connect(self.show_message)
        self.slot_actions.write_requested.connect(self._write_piece)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("calendar_splitter")
        splitter.addWidget(self.grids)
        splitter.addWidget(self.backlog)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.legend)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        for grid in (self.month_grid, self.week_grid):
            self._connect_grid(grid)
        self.month_grid.room_grew.connect(self._month_grew)
        self.backlog.list.unschedule_requested.connect(self.unschedule)
        self.backlog.edit_requested.connect(self._edit)

    # --- the bar ---------------------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = self._tool_button(
            "◀", self.tr("Previous (Page Up)"), "calendar_previous"
        )
        self.today_button = self._tool_button(
            self.tr("Today"), self.tr("Go to today (Home)"), "calendar_today"
        )
        self.next_button = self._tool_button("▶", self.tr("Next (Page Down)"), "calendar_next")
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setObjectName("calendar_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.picker = QDateEdit()
        self.picker.setObjectName("calendar_picker")
        self.picker.setDisplayFormat("dd/MM/yyyy")
        self.picker.setCalendarPopup(True)
        self.picker.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.picker.setToolTip(self.tr("Go to a date"))
        self.picker.dateChanged.connect(self._picked)
        self.month_button = self._tool_button(self.tr("Month"), "", "calendar_month")
        self.week_button = self._tool_button(self.tr("Week"), "", "calendar_week")
        modes = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.show_period(Period.MONTH, self.anchor))
        self.week_button.clicked.connect(
            lambda: self.show_period(Period.WEEK, self.grid.cursor_day)
        )
        self.color_by = QComboBox()
        self.color_by.setObjectName("calendar_color_by")
        for mode, label in (
            (ColorBy.THEME, self.tr("Colour by theme")),
            (ColorBy.STATUS, self.tr("Colour by status")),
            (ColorBy.CHANNEL, self.tr("Colour by channel")),
        ):
            self.color_by.addItem(label, mode)
        self.color_by.currentIndexChanged.connect(lambda _: self.reload())
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addWidget(self.title, 1)
        for widget in (self.picker, self.month_button, self.week_button, self.color_by):
            bar.addWidget(widget)
        return bar

    def _tool_button(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(name)
        return button

    def _connect_grid(self, grid: DayGrid) -> None:
        grid.move_requested.connect(self._dropped)
        grid.schedule_requested.connect(self.schedule)
        grid.released_outside.connect(self._released_outside)
        grid.edit_requested.connect(self._edit)
        grid.create_requested.connect(self._create)
        grid.delete_requested.connect(self._delete)
        grid.nudge_requested.connect(self.nudge)
        grid.more_requested.connect(self.show_day)
        grid.cursor_moved.connect(self._cursor_moved)
        grid.period_step_requested.connect(self.go)
        grid.today_requested.connect(self.go_today)
        grid.fill_requested.connect(self._fill)
        grid.slot_write_requested.connect(lambda open_slot: self._write_piece(open_slot.slot))
        grid.slot_menu_requested.connect(
            lambda open_slot, at: self.slot_actions.show_menu(open_slot.slot, at)
        )

    # --- what is shown ---------------------------------------------------------------
    @property
    def grid(self) -> DayGrid:
        return self.month_grid if self.period is Period.MONTH else self.week_grid

    @property
    def days(self) -> list[date]:
        return visible_days(self.period, self.anchor)

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.slot_actions.db = db
        self.reload()

    def set_filter(self, flt: ItemFilter) -> None:
        self.filter = flt
        self.reload()

    def show_period(self, period: Period, anchor: date) -> None:
        self.period = period
        self.anchor = anchor
        self.grids.setCurrentIndex(0 if period is Period.MONTH else 1)
        self.month_button.setChecked(period is Period.MONTH)
        self.week_button.setChecked(period is Period.WEEK)
        self.reload()
        cursor = self.grid.cursor_day
        if anchor in self.days and (period is Period.WEEK or cursor.month != anchor.month):
            self.grid.set_cursor(anchor)
        self._sync_picker()
        if period is Period.WEEK:
            self.week_grid.scroll_to_hour(FIRST_WORKING_HOUR)

    def go(self, steps: int) -> None:
        self.show_period(self.period, step(self.period, self.anchor, steps))

    def go_today(self) -> None:
        self.show_period(self.period, date.today())

    def _picked(self, picked: QDate) -> None:
        day = picked.toPython()
        if isinstance(day, date) and day not in self.days:
            self.show_period(self.period, day)
        elif isinstance(day, date):
            self.grid.set_cursor(day)

    def _cursor_moved(self, day: date) -> None:
        if day not in self.days:
            self.show_period(self.period, day)
        self.grid.set_cursor(day)
        self._sync_picker()

    def on_changes(self, changes: Changes) -> None:
        if changes.kinds & {
            Kind.CONTENT_ITEM,
            Kind.MILESTONE,
            Kind.STAGE,
            Kind.PLAN,
            Kind.THEME,
            Kind.PERSON,
            Kind.ASSIGNMENT,
            Kind.COLUMN,
            Kind.CHANNEL,
            Kind.OUTLET,
            Kind.DESK,
        }:
            self.reload()

    def _month_grew(self) -> None:
        """Cells with room for more items than were read of each day: read the month again."""
        if self.period is Period.MONTH:
            self.reload()

    def reload(self) -> None:
        """Read only the visible window (and the backlog) and hand it to the grid as plain data.

        A month reads each day's first items, as many as a cell has room for, and counts the
        rest; a week, whose hours show every timed item, reads them all."""
        days = self.days
        first, last = days[0], days[-1]
        color_by = self.color_by.currentData() or ColorBy.THEME
        month = self.anchor.month if self.period is Period.MONTH else None
        items: list[CalendarItem] = []
        counts: dict[date, int] | None = None
        milestones: list[MilestoneSpan] = []
        stages: list[StageSpan] = []
        backlog: list[CalendarItem] = []
        slots: list[OpenSlot] = []
        if self.db is not None:
            if self.period is Period.MONTH:
                per_day = self.month_grid.per_day()
                window = calendar_service.month_items(
                    self.db, first, last, self.filter, per_day=per_day
                )
                self.month_grid.loaded_per_day = per_day
                items, counts = window.items, window.day_counts
            else:
                items = calendar_service.items_between(self.db, first, last, self.filter)
            milestones = calendar_service.milestones_between(self.db, first, last)
            stages = calendar_service.stages_between(self.db, first, last, self.filter.plan_id)
            backlog = calendar_service.backlog(self.db, self.filter)
            # The window's empty slots, in one read for every day of it.
            found = open_slots(self.db, first, last, self.filter)
            slots = found.slots
            if found.problems:
                self.show_message("\n".join(render(p) for p in found.problems))
        data = GridData(
            days=days,
            items=items,
            milestones=milestones,
            stages=stages,
            today=date.today(),
            month=month,
            color_by=color_by,
            day_counts=counts,
            slots=slots,
        )
        self.items_by_id = {i.id: i for i in (*items, *backlog)}
        self.grid.set_data(data)
        if isinstance(self.grid, WeekGrid):
            self.week_grid.refresh_height()
        self.backlog.set_items(backlog)
        self.legend.show_for(items, color_by, self.db)
        self.title.setText(self._title())
        self._sync_picker()

    def _sync_picker(self) -> None:
        day = self.grid.cursor_day
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(day.year, day.month, day.day))
        self.picker.blockSignals(False)

    def _title(self) -> str:
        if self.period is Period.MONTH:
            return month_and_year(
                self.locale().standaloneMonthName(self.anchor.month), self.anchor.year
            )
        days = self.days
        week = days[0].isocalendar().week
        return (
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(week))
            .replace("%2", format_day_first(days[0]))
            .replace("%3", format_day_first(days[-1]))
        )

    # --- gestures --------------------------------------------------------------------
    def _placement_after(
        self, item: CalendarItem, offset: int, new_time: time | None, clear: bool
    ) -> Placement:
        assert item.planned_start is not None
        start = item.planned_start + timedelta(days=offset)
        end = item.planned_end + timedelta(days=offset) if item.planned_end else None
        moment = None if clear else (new_time or item.publish_time)
        return Placement(item.id, start, end, moment)

    def _dropped(self, request: DropRequest) -> None:
        items = [self.items_by_id[i] for i in request.ids if i in self.items_by_id]
        offset = (request.target - request.origin).days
        wanted = [
            self._placement_after(i, offset, request.target_time, request.clear_time) for i in items
        ]
        if request.copy:
            self._copy(wanted)
        else:
            self._place(wanted, self.tr("Move %n item(s)", "", len(wanted)))

    def nudge(self, days: int) -> None:
        items = [self.items_by_id[i] for i in sorted(self.grid.selected) if i in self.items_by_id]
        wanted = [self._placement_after(i, days, None, False) for i in items if i.planned_start]
        if wanted:
            self._place(wanted, self.tr("Move %n item(s)", "", len(wanted)))

    def schedule(self, ids: Sequence[int], day: date, moment: time | None) -> None:
        items = [self.items_by_id[i] for i in ids if i in self.items_by_id]
        wanted = []
        for item in items:
            if item.planned_start is not None:
                offset = (day - item.planned_start).days
                wanted.append(self._placement_after(item, offset, moment, False))
            else:
                wanted.append(Placement(item.id, day, None, moment or item.publish_time))
        if wanted:
            self._place(wanted, self.tr("Schedule %n item(s)", "", len(wanted)))

    def unschedule(self, ids: Sequence[int]) -> None:
        items = [self.items_by_id[i] for i in ids if i in self.items_by_id]
        wanted = [Placement(i.id, None, None, i.publish_time) for i in items if i.planned_start]
        if wanted:
            self._place(wanted, self.tr("Unschedule %n item(s)", "", len(wanted)))

    def _released_outside(self, ids: Sequence[int], global_pos: object) -> None:
        viewport = self.backlog.list.viewport()
        local = viewport.mapFromGlobal(global_pos)  # type: ignore[call-overload]
        if viewport.rect().contains(local):
            self.unschedule(ids)

    def _fill(self, ids: Sequence[int], open_slot: OpenSlot) -> None:
        """Items dropped on a placeholder: one item takes the slot's column and day."""
        if len(ids) != 1:
            self.show_message(self.tr("A slot takes one item: drag a single item onto it."))
            return
        item = self.items_by_id.get(ids[0])
        title = item.title if item is not None else ""
        if self.slot_actions.fill(ids[0], title, open_slot.slot):
            self.message.hide()

    def _write_piece(self, slot: Slot) -> None:
        """A new item already in the slot's column, on its day, through the editor."""
        if self.db is not None:
            self.record_actions.new_record(Kind.CONTENT_ITEM, piece_defaults(self.db, slot))

    def _place(self, wanted: list[Placement], text: str) -> None:
        if self.db is None:
            return
        try:
            before = place_items(self.db, wanted)
        except ScheduleRefusedError as refused:
            self.show_message("\n".join(render(p) for p in refused.problems))
            return
        self.message.hide()
        self.undo_stack.push(PlaceItemsCommand(self.db, self.notifier, before, wanted, text))

    def _copy(self, wanted: list[Placement]) -> None:
        if self.db is None or not wanted:
            return
        try:
            created = copy_items(self.db, wanted)
        except ScheduleRefusedError as refused:
            self.show_message("\n".join(render(p) for p in refused.problems))
            return
        self.message.hide()
        text = self.tr("Copy %n item(s)", "", len(created))
        self.undo_stack.push(CopyItemsCommand(self.db, self.notifier, created, text))
        self.grid.select_only(set(created))

    def show_message(self, text: str) -> None:
        """Say why something did not happen, without a dialog in the way."""
        self.message.show_message(text)

    def _edit(self, item_id: int) -> None:
        if self.db is not None:
            self.record_actions.edit_record(Kind.CONTENT_ITEM, item_id)

    def _create(self, day: date, moment: time | None) -> None:
        if self.db is None:
            return
        defaults: dict[str, object] = {"planned_start": day, "publish_time": moment}
        if self.filter.plan_id is not None:
            defaults["plan_id"] = self.filter.plan_id
        self.record_actions.new_record(Kind.CONTENT_ITEM, defaults)

    def create_on_cursor(self) -> None:
        self._create(self.grid.cursor_day, None)

    def _delete(self, ids: Sequence[int]) -> None:
        if self.db is not None:
            self.record_actions.delete(Kind.CONTENT_ITEM, list(ids))

    def _day_list_slot_menu(self, dialog: DayListDialog, slot: Slot, at: QPoint) -> None:
        """A slot's menu over the day list; an action closes the list, whose rows it changes."""
        menu = self.slot_actions.show_menu(slot, at, dialog)
        menu.triggered.connect(dialog.accept)

    def show_day(self, day: date) -> None:
        """Every item of `day`: read now when the month loaded only its first ones."""
        data = self.grid.data
        items = data.items_on(day)
        if not data.complete_on(day) and self.db is not None:
            items = sorted(
                calendar_service.items_between(self.db, day, day, self.filter), key=display_key
            )
        dialog = DayListDialog(day, items, self, data.slots_on(day))
        dialog.edit_requested.connect(self._edit)
        dialog.slot_write_requested.connect(lambda open_slot: self._write_piece(open_slot.slot))
        dialog.slot_menu_requested.connect(
            lambda open_slot, at: self._day_list_slot_menu(dialog, open_slot.slot, at)
        )
        self.last_dialog = dialog
        dialog.exec()
        self.last_dialog = None
        dialog.deleteLater()
