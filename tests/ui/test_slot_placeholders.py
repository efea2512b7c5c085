"""Empty column slots as placeholders, driven as a planner would: drops from a day and from the
backlog, the placeholder's context menu (its real QActions), double-click, the keyboard; in the
calendar, the timeline and the Gaps panel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.core.calendar import Period
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import TimeScale
from app.db.models import ColumnException, ContentItem
from app.services import editing
from app.services.timeline import LaneBy
from app.ui.actions import ActionId
from app.ui.calendar.day_list import SLOT_ROLE, DayListDialog
from app.ui.calendar.grid_base import DayGrid
from app.ui.calendar.month_grid import MonthGrid
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.notifier import Changes
from app.ui.slot_actions import MoveOccurrenceDialog, SlotActions
from tests.ui.conftest import when_dialog_opens
from tests.ui.mouse import click, double_click, drag
from tests.ui.test_calendar import chip_center, drop_on

COLUMN = "Hướng tới Đại hội XIV"
D = date
# A popup menu on the offscreen platform says so; the menu still pops up and works.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@dataclass
class World:
    plan: int
    channel: int
    column: int  # Tuesdays 1 January – 31 March 2026, owned by Lan
    timed: int  # 12/01/2026 09:00, no column
    backlog: int  # unscheduled, the plan's
    filled: int  # in the column on Tuesday 20/01/2026
    foreign: int  # another plan's, 15/01/2026


@pytest.fixture
def world(window: MainWindow) -> World:
    db = window.db
    assert db is not None

    def make(kind: Kind, **values: object) -> int:
        return editing.create_record(db, kind, values).id

    plan = make(
        Kind.PLAN, number="01-CT/TW", title="Nghị quyết Đại hội XIV",
        start_date=D(2026, 1, 1), end_date=D(2026, 6, 30),
    )  # fmt: skip
    other_plan = make(
        Kind.PLAN, number="147/KH-UBND", title="Thông tin đối ngoại",
        start_date=D(2026, 1, 1), end_date=D(2026, 12, 31),
    )  # fmt: skip
    outlet = make(Kind.OUTLET, name="Báo Hànộimới")
    channel = make(Kind.CHANNEL, outlet_id=outlet, name="Báo in")
    person = make(Kind.PERSON, name="Nguyễn Thị Lan")
    column = make(
        Kind.COLUMN, name=COLUMN, channel_id=channel, plan_id=plan, owner_person_id=person,
        cadence="FREQ=WEEKLY;BYDAY=TU", start_date=D(2026, 1, 1), end_date=D(2026, 3, 31),
    )  # fmt: skip
    world = World(
        plan, channel, column,
        timed=make(
            Kind.CONTENT_ITEM, title="Bài A", plan_id=plan, planned_start=D(2026, 1, 12),
            publish_time=time(9, 0),
        ),
        backlog=make(Kind.CONTENT_ITEM, title="Bài chưa lên lịch", plan_id=plan),
        filled=make(
            Kind.CONTENT_ITEM, title="Bài tuần 3", plan_id=plan, column_id=column,
            planned_start=D(2026, 1, 20),
        ),
        foreign=make(
            Kind.CONTENT_ITEM, title="Bài kế hoạch khác", plan_id=other_plan,
            planned_start=D(2026, 1, 15),
        ),
    )  # fmt: skip
    window.actions_by_id[ActionId.VIEW_CALENDAR].trigger()
    window.calendar.show_period(Period.MONTH, D(2026, 1, 1))
    return world


def placeholders(grid: DayGrid) -> list[date]:
    grid.grab()  # paint, so the placeholders have places
    return [open_slot.slot.day for _, open_slot in grid.slot_rects]


def placeholder_center(grid: DayGrid, day: date) -> QPointF:
    grid.grab()
    for rect, open_slot in grid.slot_rects:
        if open_slot.slot.day == day:
            return rect.center()
    raise AssertionError(f"no placeholder on {day}")


def item_state(window: MainWindow, item_id: int) -> tuple[Any, ...]:
    assert window.db is not None
    with window.db.transaction() as session:
        item = session.get(ContentItem, item_id)
        assert item is not None
        return item.column_id, item.planned_start, item.publish_time


def exceptions(window: MainWindow) -> list[tuple[date, date | None]]:
    assert window.db is not None
    with window.db.transaction() as session:
        rows = session.execute(select(ColumnException.original_date, ColumnException.moved_to))
        return sorted((r[0], r[1]) for r in rows)


def undo(window: MainWindow) -> None:
    window.actions_by_id[ActionId.UNDO].trigger()


def redo(window: MainWindow) -> None:
    window.actions_by_id[ActionId.REDO].trigger()


def open_menu(widget: QWidget, pos: QPointF, actions: SlotActions) -> dict[str, Any]:
    """Right-click at `pos` (a real context-menu event) and return the popped-up menu's
    actions by object name."""
    point = pos.toPoint()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, event)
    menu = actions.last_menu
    assert menu is not None and menu.isVisible(), "the placeholder's menu pops up"
    found = {a.objectName(): a for a in menu.actions()}
    menu.close()
    return found


# --- the calendar --------------------------------------------------------------------------


def test_empty_slots_show_as_placeholders_and_vanish_when_filled(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    # The month view runs 29/12/2025 – 08/02/2026; Tuesday 20/01 is filled.
    assert placeholders(grid) == [D(2026, 1, 6), D(2026, 1, 13), D(2026, 1, 27), D(2026, 2, 3)]
    tip = grid.tooltip_for(placeholder_center(grid, D(2026, 1, 13)).toPoint())
    assert COLUMN in tip and "Báo Hànộimới · Báo in" in tip and "Nguyễn Thị Lan" in tip
    # After the day's items: Monday 12/01's chip is in another cell, 13/01 holds only it.
    chips = [r for r, _, day in grid.chip_rects if day == D(2026, 1, 12)]
    rect = next(r for r, s in grid.slot_rects if s.slot.day == D(2026, 1, 13))
    assert chips and rect.top() == chips[0].top()
    assert window.db is not None
    editing.create_record(
        window.db,
        Kind.CONTENT_ITEM,
        {"title": "Bài tuần 2", "plan_id": world.plan, "column_id": world.column,
         "planned_start": D(2026, 1, 13)},
    )  # fmt: skip
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
    assert placeholders(grid) == [D(2026, 1, 6), D(2026, 1, 27), D(2026, 2, 3)]

    window.calendar.show_period(Period.WEEK, D(2026, 1, 5))
    assert placeholders(window.calendar.week_grid) == [D(2026, 1, 6)]


def test_dragging_a_chip_onto_a_placeholder_fills_the_slot_undo_and_redo(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    target = placeholder_center(grid, D(2026, 1, 13))

    def highlighted() -> None:
        assert grid.drop_slot is not None and grid.drop_slot.slot.day == D(2026, 1, 13)

    drag(grid, chip_center(grid, world.timed), target, before_release=highlighted)
    assert grid.drop_slot is None
    assert item_state(window, world.timed) == (world.column, D(2026, 1, 13), time(9, 0))
    assert D(2026, 1, 13) not in placeholders(grid)
    assert window.undo_stack.count() == 1
    undo(window)
    assert item_state(window, world.timed) == (None, D(2026, 1, 12), time(9, 0))
    assert D(2026, 1, 13) in placeholders(grid)
    redo(window)
    assert item_state(window, world.timed) == (world.column, D(2026, 1, 13), time(9, 0))


def test_dropping_a_backlog_item_on_a_placeholder_fills_the_slot(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    backlog = window.calendar.backlog
    assert [i.id for i in backlog.model.items] == [world.backlog]
    mime = backlog.model.mimeData([backlog.model.index(0, 0)])
    grid = window.calendar.month_grid
    drop_on(grid, placeholder_center(grid, D(2026, 1, 27)), mime)
    assert item_state(window, world.backlog) == (world.column, D(2026, 1, 27), None)
    assert backlog.model.rowCount() == 0
    undo(window)
    assert item_state(window, world.backlog) == (None, None, None)
    assert backlog.model.rowCount() == 1


def test_a_refused_drop_on_a_placeholder_changes_nothing(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    drag(grid, chip_center(grid, world.foreign), placeholder_center(grid, D(2026, 1, 13)))
    assert item_state(window, world.foreign) == (None, D(2026, 1, 15), None)
    assert window.undo_stack.count() == 0
    message = window.calendar.message
    assert not message.isHidden()
    assert COLUMN in message.text() and "another plan" in message.text()
    assert D(2026, 1, 13) in placeholders(grid)


def test_skip_this_date_from_the_context_menu_and_undo(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    actions = open_menu(
        grid, placeholder_center(grid, D(2026, 1, 13)), window.calendar.slot_actions
    )
    assert "slot_restore" not in actions  # only a moved occurrence is restored
    actions["slot_skip"].trigger()
    assert exceptions(window) == [(D(2026, 1, 13), None)]
    assert D(2026, 1, 13) not in placeholders(grid)
    undo(window)
    assert exceptions(window) == []
    assert D(2026, 1, 13) in placeholders(grid)
    redo(window)
    assert D(2026, 1, 13) not in placeholders(grid)


def test_move_this_occurrence_then_restore_it_each_one_undo_step(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    slot_actions = window.calendar.slot_actions

    def pick_thursday(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveOccurrenceDialog)
        dialog.day.setDate(QDate(2026, 1, 15))
        dialog.accept()

    when_dialog_opens(lambda: slot_actions.last_dialog, pick_thursday)
    open_menu(grid, placeholder_center(grid, D(2026, 1, 13)), slot_actions)["slot_move"].trigger()
    assert exceptions(window) == [(D(2026, 1, 13), D(2026, 1, 15))]
    assert D(2026, 1, 13) not in placeholders(grid)
    moved = next(s for _, s in grid.slot_rects if s.slot.day == D(2026, 1, 15))
    assert moved.slot.moved_from == D(2026, 1, 13)

    actions = open_menu(grid, placeholder_center(grid, D(2026, 1, 15)), slot_actions)
    actions["slot_restore"].trigger()
    assert exceptions(window) == []
    assert D(2026, 1, 13) in placeholders(grid) and D(2026, 1, 15) not in placeholders(grid)
    undo(window)
    assert exceptions(window) == [(D(2026, 1, 13), D(2026, 1, 15))]
    undo(window)
    assert exceptions(window) == []
    assert window.undo_stack.count() == 2


def test_a_refused_move_says_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    slot_actions = window.calendar.slot_actions

    def pick_after_the_column(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveOccurrenceDialog)
        dialog.day.setDate(QDate(2026, 4, 2))
        dialog.accept()

    when_dialog_opens(lambda: slot_actions.last_dialog, pick_after_the_column)
    open_menu(grid, placeholder_center(grid, D(2026, 1, 13)), slot_actions)["slot_move"].trigger()
    assert exceptions(window) == []
    assert window.undo_stack.count() == 0
    assert "31/03/2026" in window.calendar.message.text()


def test_double_click_on_a_placeholder_writes_the_piece_in_that_column_and_day(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["start"] = dialog.editors["planned_start"].value()
        seen["column"] = dialog.editors["column_id"].value()
        seen["channel"] = dialog.editors["channel_id"].value()
        dialog.reject()

    when_dialog_opens(lambda: window.record_actions.last_dialog, read)
    double_click(grid, placeholder_center(grid, D(2026, 1, 27)))
    assert seen == {"start": D(2026, 1, 27), "column": world.column, "channel": world.channel}


def test_the_menu_key_opens_the_menu_of_the_cursor_days_placeholder(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    grid.setFocus()
    grid.grab()
    grid.set_cursor(D(2026, 1, 6))
    qtbot.keyClick(grid, Qt.Key.Key_Menu)
    menu = window.calendar.slot_actions.last_menu
    assert menu is not None and menu.isVisible()
    skip = next(a for a in menu.actions() if a.objectName() == "slot_skip")
    menu.close()
    skip.trigger()
    assert exceptions(window) == [(D(2026, 1, 6), None)]


def crowd(window: MainWindow, day: date) -> MonthGrid:
    """Nine more items on `day`, a slot day: the placeholder goes into its "+N more"."""
    assert window.db is not None
    for n in range(9):
        editing.create_record(
            window.db, Kind.CONTENT_ITEM, {"title": f"Tin {n}", "planned_start": day}
        )
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
    grid = window.calendar.month_grid
    grid.grab()
    return grid


def test_placeholders_count_in_plus_n_more_and_the_day_list_shows_them(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    day = D(2026, 1, 27)
    grid = crowd(window, day)
    shown = len([1 for _, _, found in grid.chip_rects if found == day])
    assert day not in placeholders(grid)
    assert grid.more_counts[day] == 9 + 1 - shown
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, DayListDialog)
        rows = [dialog.list.item(n) for n in range(dialog.list.count())]
        seen["slots"] = [r.data(SLOT_ROLE).slot.column_name for r in rows if r.data(SLOT_ROLE)]
        seen["rows"] = len(rows)
        dialog.reject()

    when_dialog_opens(lambda: window.calendar.last_dialog, read)
    more = next(rect for rect, found in grid.more_rects if found == day)
    click(grid, more.center())
    assert seen == {"slots": [COLUMN], "rows": 10}


def test_a_slot_in_the_day_list_has_the_placeholders_menu(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    """Right-click on the day list's slot row: the placeholder's menu, over the list; skipping
    closes the list (its rows are stale) and is one undo step."""
    day = D(2026, 1, 27)
    grid = crowd(window, day)
    assert day not in placeholders(grid)
    seen: dict[str, Any] = {}

    def skip_from_the_list(dialog: QDialog) -> None:
        assert isinstance(dialog, DayListDialog)
        rows = [dialog.list.item(n) for n in range(dialog.list.count())]
        slot_row = next(r for r in rows if r.data(SLOT_ROLE))
        center = dialog.list.visualItemRect(slot_row).center()
        actions = open_menu(dialog.list.viewport(), QPointF(center), window.calendar.slot_actions)
        menu = window.calendar.slot_actions.last_menu
        assert menu is not None
        seen["parent"] = menu.parent()
        seen["actions"] = sorted(actions)
        actions["slot_skip"].trigger()
        seen["closed"] = not dialog.isVisible()

    when_dialog_opens(lambda: window.calendar.last_dialog, skip_from_the_list)
    more = next(rect for rect, found in grid.more_rects if found == day)
    click(grid, more.center())
    assert seen["actions"] == ["slot_move", "slot_skip", "slot_write"]
    assert isinstance(seen["parent"], DayListDialog)
    assert seen["closed"]
    assert exceptions(window) == [(day, None)]
    undo(window)
    assert exceptions(window) == []
    redo(window)
    assert exceptions(window) == [(day, None)]


def test_placeholders_follow_the_filter(qtbot: QtBot, window: MainWindow, world: World) -> None:
    grid = window.calendar.month_grid
    window.calendar.set_filter(ItemFilter(channel_id=world.channel))
    assert len(placeholders(grid)) == 4
    window.calendar.set_filter(ItemFilter(text="khong co cot nay"))
    assert placeholders(grid) == []
    window.calendar.set_filter(ItemFilter(plan_id=world.plan, text="dai hoi"))
    assert len(placeholders(grid)) == 4


# --- the timeline --------------------------------------------------------------------------


def show_timeline(window: MainWindow, lane_by: LaneBy) -> None:
    window.actions_by_id[ActionId.VIEW_TIMELINE].trigger()
    timeline = window.timeline
    timeline.set_lane_by(lane_by)
    canvas = timeline.canvas
    canvas.scale = TimeScale.fit(D(2026, 1, 5), D(2026, 2, 1), canvas.width())
    timeline.reload()


def test_the_timeline_shows_placeholders_in_the_column_lane(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    show_timeline(window, LaneBy.COLUMN)
    canvas = window.timeline.canvas
    found = canvas.slot_rects()
    days = sorted(s.slot.day for _, s in found)
    assert D(2026, 1, 13) in days and D(2026, 1, 20) not in days
    column_lane = next(i for i, lane in enumerate(canvas.data.lanes) if lane.key == world.column)
    for rect, _ in found:
        top = canvas.lane_y(column_lane)
        assert top <= rect.center().y() <= top + 22
    rect = next(r for r, s in found if s.slot.day == D(2026, 1, 13))
    assert COLUMN in canvas.tooltip_at(rect.center())

    # Skip from the diamond's menu: gone at once, back with undo.
    actions = open_menu(canvas, rect.center(), window.timeline.slot_actions)
    actions["slot_skip"].trigger()
    assert D(2026, 1, 13) not in [s.slot.day for _, s in canvas.slot_rects()]
    undo(window)
    assert D(2026, 1, 13) in [s.slot.day for _, s in canvas.slot_rects()]

    # Double-click writes the slot's piece, as in the calendar.
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["start"] = dialog.editors["planned_start"].value()
        seen["column"] = dialog.editors["column_id"].value()
        dialog.reject()

    when_dialog_opens(lambda: window.record_actions.last_dialog, read)
    double_click(canvas, rect.center())
    assert seen == {"start": D(2026, 1, 13), "column": world.column}

    # Lanes by theme give an empty slot no lane: no placeholders there.
    show_timeline(window, LaneBy.THEME)
    assert canvas.slot_rects() == []


# --- the Gaps panel ------------------------------------------------------------------------


def test_the_gaps_panel_skips_and_moves_through_the_same_commands(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    window.gaps_dock.toggleViewAction().trigger()
    gaps = window.gaps
    gaps.start.setDate(QDate(2026, 1, 5))
    gaps.weeks.setValue(2)
    table = gaps.table

    def days() -> list[str]:
        return [table.item(r, 0).text()[-10:] for r in range(table.rowCount())]  # type: ignore[union-attr]

    assert days() == ["06/01/2026", "13/01/2026"]
    first = table.item(0, 1)
    assert first is not None
    actions = open_menu(
        table.viewport(), QPointF(table.visualItemRect(first).center()), gaps.slot_actions
    )
    actions["slot_skip"].trigger()
    assert days() == ["13/01/2026"]
    assert exceptions(window) == [(D(2026, 1, 6), None)]
    undo(window)
    assert days() == ["06/01/2026", "13/01/2026"]

    def pick_wednesday(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveOccurrenceDialog)
        dialog.day.setDate(QDate(2026, 1, 14))
        dialog.accept()

    when_dialog_opens(lambda: gaps.slot_actions.last_dialog, pick_wednesday)
    second = table.item(1, 1)
    assert second is not None
    actions = open_menu(
        table.viewport(), QPointF(table.visualItemRect(second).center()), gaps.slot_actions
    )
    actions["slot_move"].trigger()
    assert days() == ["06/01/2026", "14/01/2026"]
    undo(window)
    assert days() == ["06/01/2026", "13/01/2026"]


def test_nothing_is_written_for_a_menu_left_unused(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    grid = window.calendar.month_grid
    open_menu(grid, placeholder_center(grid, D(2026, 1, 13)), window.calendar.slot_actions)
    assert window.db is not None
    with window.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ColumnException)) == 0
    assert window.undo_stack.count() == 0
