"""The calendar driven like a planner would: real mouse drags, keys and drops on the real grid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.core.calendar import Period
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.db.models import ContentItem
from app.services import editing
from app.ui.actions import ActionId
from app.ui.calendar.day_list import DayListDialog
from app.ui.calendar.grid_base import CHIP_GAP, CHIP_HEIGHT, DayGrid, elided
from app.ui.calendar.mime import encode_ids
from app.ui.calendar.month_grid import DAY_LINE, HEADER_HEIGHT, MIN_PER_DAY
from app.ui.calendar.palette import chip_color_name
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.notifier import Changes
from tests.ui.conftest import when_dialog_opens
from tests.ui.mouse import CTRL, LEFT, NONE, click, drag, send_mouse

MOVE = Qt.DropAction.MoveAction


@dataclass
class Plan:
    plan: int
    a: int  # 12/01/2026 09:00
    b: int  # 14/01/2026
    c: int  # unscheduled
    d: int  # 20/01/2026, in a column that ends 23/01/2026


def _item(window: MainWindow, **values: Any) -> int:
    assert window.db is not None
    return editing.create_record(window.db, Kind.CONTENT_ITEM, values).id


@pytest.fixture
def planned(window: MainWindow) -> Plan:
    db = window.db
    assert db is not None
    plan = editing.create_record(
        db,
        Kind.PLAN,
        {
            "number": "01-CT/TW",
            "title": "Nghị quyết Đại hội XIV",
            "start_date": date(2026, 1, 1),
            "end_date": date(2026, 6, 30),
        },
    ).id
    outlet = editing.create_record(db, Kind.OUTLET, {"name": "Báo Hànộimới"}).id
    channel = editing.create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Báo in"}).id
    column = editing.create_record(
        db,
        Kind.COLUMN,
        {
            "name": "Hướng tới Đại hội XIV",
            "channel_id": channel,
            "plan_id": plan,
            "cadence": "FREQ=WEEKLY;BYDAY=TU",
            "start_date": date(2026, 1, 1),
            "end_date": date(2026, 1, 23),
        },
    ).id
    ids = Plan(
        plan=plan,
        a=_item(
            window,
            title="Bài A",
            plan_id=plan,
            planned_start=date(2026, 1, 12),
            publish_time=time(9, 0),
        ),
        b=_item(window, title="Bài B", plan_id=plan, planned_start=date(2026, 1, 14)),
        c=_item(window, title="Bài C chưa lên lịch", plan_id=plan),
        d=_item(
            window,
            title="Bài D chuyên mục",
            plan_id=plan,
            column_id=column,
            planned_start=date(2026, 1, 20),
        ),
    )
    window.actions_by_id[ActionId.VIEW_CALENDAR].trigger()
    window.calendar.show_period(Period.MONTH, date(2026, 1, 1))
    return ids


def stored(window: MainWindow, item_id: int) -> tuple[date | None, date | None, time | None]:
    """The item's start, end and time as the database holds them."""
    assert window.db is not None
    with window.db.transaction() as session:
        item = session.get(ContentItem, item_id)
        assert item is not None
        return item.planned_start, item.planned_end, item.publish_time


def placed(window: MainWindow, item_id: int) -> tuple[date | None, time | None]:
    start, _end, moment = stored(window, item_id)
    return start, moment


def item_count(window: MainWindow) -> int:
    assert window.db is not None
    with window.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(ContentItem)) or 0)


def chip_center(grid: DayGrid, item_id: int) -> QPointF:
    grid.grab()  # paint, so the chips have places
    for rect, found, _day in grid.chip_rects:
        if found == item_id:
            return rect.center()
    raise AssertionError(f"item {item_id} has no chip on the grid")


def day_center(window: MainWindow, day: date) -> QPointF:
    return window.calendar.month_grid.cell_rect(day).center()


def drop_on(widget: QWidget, pos: QPointF, mime: QMimeData) -> None:
    """Enter, move, drop: the events a real drag-and-drop delivers, with real mime data."""
    point = pos.toPoint()
    QApplication.sendEvent(widget, QDragEnterEvent(point, MOVE, mime, LEFT, NONE))
    QApplication.sendEvent(widget, QDragMoveEvent(point, MOVE, mime, LEFT, NONE))
    QApplication.sendEvent(widget, QDropEvent(pos, MOVE, mime, LEFT, NONE))


def test_dragging_a_chip_moves_it_keeping_its_time_and_undo_restores(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    drag(grid, chip_center(grid, planned.a), day_center(window, date(2026, 1, 15)))
    assert placed(window, planned.a) == (date(2026, 1, 15), time(9, 0))
    assert window.calendar.items_by_id[planned.a].planned_start == date(2026, 1, 15)

    window.actions_by_id[ActionId.UNDO].trigger()
    assert placed(window, planned.a) == (date(2026, 1, 12), time(9, 0))
    window.actions_by_id[ActionId.REDO].trigger()
    assert placed(window, planned.a) == (date(2026, 1, 15), time(9, 0))


def test_ctrl_drag_copies_and_undo_removes_the_copy(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    drag(grid, chip_center(grid, planned.b), day_center(window, date(2026, 1, 16)), CTRL)
    assert placed(window, planned.b) == (date(2026, 1, 14), None)
    assert item_count(window) == 5
    titles = [i.title for i in window.calendar.grid.data.items_on(date(2026, 1, 16))]
    assert titles == ["Bài B"]
    window.actions_by_id[ActionId.UNDO].trigger()
    assert item_count(window) == 4
    window.actions_by_id[ActionId.REDO].trigger()
    assert item_count(window) == 5


def test_several_selected_chips_move_by_the_same_offset(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    click(grid, chip_center(grid, planned.a))
    click(grid, chip_center(grid, planned.b), CTRL)
    assert grid.selected == {planned.a, planned.b}
    drag(grid, chip_center(grid, planned.a), day_center(window, date(2026, 1, 14)))
    assert placed(window, planned.a)[0] == date(2026, 1, 14)
    assert placed(window, planned.b)[0] == date(2026, 1, 16)
    window.actions_by_id[ActionId.UNDO].trigger()
    assert placed(window, planned.a)[0] == date(2026, 1, 12)
    assert placed(window, planned.b)[0] == date(2026, 1, 14)


def test_a_drop_after_the_column_ended_is_refused_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    drag(grid, chip_center(grid, planned.d), day_center(window, date(2026, 1, 27)))
    assert placed(window, planned.d)[0] == date(2026, 1, 20)
    assert window.undo_stack.count() == 0
    message = window.calendar.message
    assert not message.isHidden()
    assert "Hướng tới Đại hội XIV" in message.text() and "23/01/2026" in message.text()


def test_a_drop_outside_the_plan_is_refused(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    window.calendar.show_period(Period.MONTH, date(2025, 12, 1))
    window.calendar.show_period(Period.MONTH, date(2026, 1, 1))
    grid = window.calendar.month_grid
    drag(grid, chip_center(grid, planned.a), day_center(window, date(2025, 12, 31)))
    assert placed(window, planned.a)[0] == date(2026, 1, 12)
    assert "01/01/2026" in window.calendar.message.text()


def test_escape_cancels_a_drag(qtbot: QtBot, window: MainWindow, planned: Plan) -> None:
    grid = window.calendar.month_grid
    drag(
        grid,
        chip_center(grid, planned.a),
        day_center(window, date(2026, 1, 22)),
        before_release=lambda: qtbot.keyClick(grid, Qt.Key.Key_Escape),
    )
    assert placed(window, planned.a)[0] == date(2026, 1, 12)
    assert window.undo_stack.count() == 0


def test_the_drop_target_is_highlighted_while_dragging(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    start = chip_center(grid, planned.a)
    target = day_center(window, date(2026, 1, 21))
    send_mouse(grid, QEvent.Type.MouseButtonPress, start, LEFT)
    send_mouse(grid, QEvent.Type.MouseMove, target, LEFT)
    assert grid.drop_target is not None and grid.drop_target.day == date(2026, 1, 21)
    pixel = grid.grab().toImage().pixelColor(target.toPoint() + QPoint(30, 30))
    assert pixel.name() == "#bbdefb"
    send_mouse(grid, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)
    assert grid.drop_target is None


def test_keyboard_moves_selected_items_by_a_day_and_a_week(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    click(grid, chip_center(grid, planned.a))
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert placed(window, planned.a)[0] == date(2026, 1, 13)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert placed(window, planned.a)[0] == date(2026, 1, 20)
    window.actions_by_id[ActionId.UNDO].trigger()
    window.actions_by_id[ActionId.UNDO].trigger()
    assert placed(window, planned.a)[0] == date(2026, 1, 12)


def test_arrow_keys_move_the_day_cursor_and_page_down_turns_the_month(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    grid.setFocus()
    grid.set_cursor(date(2026, 1, 14))
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.cursor_day == date(2026, 1, 22)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert window.calendar.anchor == date(2026, 2, 1)
    assert "2026" in window.calendar.title.text()


def test_dropping_a_backlog_item_on_a_day_schedules_it(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    backlog = window.calendar.backlog
    assert [i.id for i in backlog.model.items] == [planned.c]
    mime = backlog.model.mimeData([backlog.model.index(0, 0)])
    grid = window.calendar.month_grid
    target = day_center(window, date(2026, 1, 21))
    drop_on(grid, target, mime)
    assert placed(window, planned.c)[0] == date(2026, 1, 21)
    assert backlog.model.rowCount() == 0
    window.actions_by_id[ActionId.UNDO].trigger()
    assert placed(window, planned.c)[0] is None
    assert backlog.model.rowCount() == 1


def test_dragging_a_chip_onto_the_backlog_unschedules_it(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    viewport = window.calendar.backlog.list.viewport()
    over_backlog = grid.mapFromGlobal(viewport.mapToGlobal(viewport.rect().center()))
    drag(grid, chip_center(grid, planned.b), QPointF(over_backlog))
    assert placed(window, planned.b)[0] is None
    assert planned.b in [i.id for i in window.calendar.backlog.model.items]
    window.actions_by_id[ActionId.UNDO].trigger()
    assert placed(window, planned.b)[0] == date(2026, 1, 14)


def test_the_backlog_accepts_dropped_chips(qtbot: QtBot, window: MainWindow, planned: Plan) -> None:
    backlog_list = window.calendar.backlog.list
    drop_on(backlog_list.viewport(), QPointF(10, 10), encode_ids([planned.a]))
    assert placed(window, planned.a)[0] is None


def listed_by_more(window: MainWindow, day: date) -> list[int]:
    """Click the day's "+N more" and read the ids the dialog lists, in its order."""
    grid = window.calendar.month_grid
    grid.grab()
    more = [rect for rect, found in grid.more_rects if found == day]
    assert more, "a full day shows “+N more”"
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, DayListDialog)
        rows = [dialog.list.item(n) for n in range(dialog.list.count())]
        seen["ids"] = [row.data(Qt.ItemDataRole.UserRole) for row in rows]
        dialog.reject()

    when_dialog_opens(lambda: window.calendar.last_dialog, read)
    click(grid, more[0].center())
    return list(seen["ids"])


def chips_on(grid: DayGrid, day: date) -> list[int]:
    grid.grab()
    return [item for _, item, found in grid.chip_rects if found == day]


def test_plus_n_more_lists_everything_on_the_day(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    day = date(2026, 1, 8)

    def add(numbers: range) -> list[int]:
        made = [
            _item(window, title=f"Tin {n:02d}", plan_id=planned.plan, planned_start=day)
            for n in numbers
        ]
        window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
        return made

    made = add(range(9))
    grid = window.calendar.month_grid
    shown = chips_on(grid, day)
    assert len(shown) < 9
    assert shown == made[: len(shown)]  # the first, in display order
    assert grid.more_counts[day] == 9 - len(shown)
    assert listed_by_more(window, day) == made

    # More than the month reads of a day (what a cell has room for): the rest are counted,
    # and listed when asked for.
    per_day = grid.per_day()
    assert grid.loaded_per_day == per_day
    made += add(range(9, max(per_day, 9) + 5))
    total = len(made)
    assert total > per_day + 4
    assert len(grid.data.items_on(day)) == per_day
    assert grid.data.count_on(day) == total
    shown = chips_on(grid, day)
    assert shown == made[: len(shown)]
    assert grid.more_counts[day] == total - len(shown)
    assert listed_by_more(window, day) == made

    # Cells grown to hold more chips than the month read: it is read again, and the cell
    # fills its room, still saying "+N more" for the rest.
    before = len(shown)
    grid.resize(grid.width(), HEADER_HEIGHT + 6 * (total - 1) * (CHIP_HEIGHT + CHIP_GAP))
    assert grid.per_day() > per_day
    assert grid.loaded_per_day == grid.per_day()
    assert len(grid.data.items_on(day)) == grid.per_day()
    shown = chips_on(grid, day)
    assert before < len(shown) < total
    assert shown == made[: len(shown)]
    assert grid.more_counts[day] == total - len(shown)
    assert listed_by_more(window, day) == made

    # A cell smaller than MIN_PER_DAY chips still reads the day's first items.
    grid.resize(grid.width(), grid.minimumHeight())
    assert grid.per_day() == MIN_PER_DAY


def span_of(window: MainWindow, item_id: int) -> tuple[date | None, date | None]:
    start, end, _moment = stored(window, item_id)
    return start, end


def moved_undone_redone(
    window: MainWindow,
    item_id: int,
    before: tuple[date | None, date | None],
    after: tuple[date | None, date | None],
) -> None:
    """The item spans `after`; Undo puts it back on `before`, Redo on `after` again."""
    assert span_of(window, item_id) == after
    window.actions_by_id[ActionId.UNDO].trigger()
    assert span_of(window, item_id) == before
    window.actions_by_id[ActionId.REDO].trigger()
    assert span_of(window, item_id) == after


def days_of(grid: DayGrid, item_id: int) -> list[tuple[date, QRectF]]:
    grid.grab()
    return [(day, rect) for rect, found, day in grid.chip_rects if found == item_id]


def test_an_item_of_several_days_is_one_bar_a_week_dragged_from_any_of_its_days(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    thursday, tuesday = date(2026, 1, 15), date(2026, 1, 20)
    series = _item(
        window, title="Loạt", plan_id=planned.plan, planned_start=thursday, planned_end=tuesday
    )
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
    grid = window.calendar.month_grid
    drawn = days_of(grid, series)
    assert [day for day, _ in drawn] == [date(2026, 1, n) for n in range(15, 21)]
    # One bar on each week row it touches, its days side by side at one height.
    pieces = [p for p in grid.layout_shown.pieces if p.item.id == series]
    assert [(p.first, p.last, p.continues_after) for p in pieces] == [(3, 6, True), (0, 1, False)]
    this_week = [rect for _, rect in drawn[:4]]
    assert len({rect.top() for rect in this_week}) == 1
    assert all(a.right() == b.left() for a, b in zip(this_week, this_week[1:], strict=False))
    # Painted across the line between Saturday and Sunday: the bar's colour, not the grid's.
    image = grid.grab().toImage()
    ratio = image.devicePixelRatio()
    saturday_sunday = grid.cell_rect(date(2026, 1, 18)).left()
    color = image.pixelColor(int(saturday_sunday * ratio), int((this_week[0].top() + 2) * ratio))
    item = window.calendar.items_by_id[series]
    assert color.name() == chip_color_name(item, grid.data.color_by)

    # Taken by its Saturday and dropped on Monday: the whole item moves two days on.
    saturday = drawn[2][1].center()
    drag(grid, saturday, day_center(window, date(2026, 1, 19)))
    moved_undone_redone(window, series, (thursday, tuesday), (date(2026, 1, 17), date(2026, 1, 22)))


def test_a_bar_hidden_on_a_crowded_day_shows_either_side_and_is_counted_there(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    room = 4
    grid.resize(grid.width(), HEADER_HEIGHT + 6 * (DAY_LINE + 4 + room * (CHIP_HEIGHT + CHIP_GAP)))
    monday, wednesday, friday = date(2026, 1, 26), date(2026, 1, 28), date(2026, 1, 30)
    bars = [
        _item(window, title=title, plan_id=planned.plan, planned_start=monday, planned_end=friday)
        for title in ("Bài 1", "Bài 2", "Bài 3", "Tuyến bài")
    ]
    news = _item(window, title="Tin", plan_id=planned.plan, planned_start=wednesday)
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))

    # Wednesday holds five: three levels and "+2 more"; the last bar, on the fourth level,
    # shows on the days that have room for it.
    assert [day.day for day, _ in days_of(grid, bars[3])] == [26, 27, 29, 30]
    assert [day.day for day, _ in days_of(grid, bars[0])] == [26, 27, 28, 29, 30]
    assert chips_on(grid, wednesday) == bars[:3]
    assert grid.more_counts == {wednesday: 2}
    # The day's list has them all, in display order (by title here).
    assert listed_by_more(window, wednesday) == [*bars[:3], news, bars[3]]


def test_week_view_drop_on_an_hour_sets_the_time(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    window.calendar.show_period(Period.WEEK, date(2026, 1, 12))
    grid = window.calendar.week_grid
    grid.resize(900, 1000)
    grid.set_offset(0)
    column = grid.column_left(2) + grid.column_width() / 2
    target = QPointF(column, grid.y_of(time(14, 0)) + 5)
    drag(grid, chip_center(grid, planned.a), target)
    assert placed(window, planned.a) == (date(2026, 1, 14), time(14, 0))


def test_the_week_views_all_day_lane_draws_an_item_of_several_days_as_one_bar(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    series = _item(
        window,
        title="Loạt",
        plan_id=planned.plan,
        planned_start=date(2026, 1, 13),
        planned_end=date(2026, 1, 16),
    )
    window.calendar.show_period(Period.WEEK, date(2026, 1, 12))
    grid = window.calendar.week_grid
    grid.resize(900, 1000)
    drawn = days_of(grid, series)
    assert [day.day for day, _ in drawn] == [13, 14, 15, 16]
    assert {rect.top() for _, rect in drawn} == {grid.all_day_top() + 2}
    assert all(a.right() == b.left() for (_, a), (_, b) in zip(drawn, drawn[1:], strict=False))
    # Bài B (untimed, on the 14th) goes under the bar; Bài A has a time: in the hours.
    assert [rect.top() for _, rect in days_of(grid, planned.b)] == [
        grid.all_day_top() + 2 + CHIP_HEIGHT + CHIP_GAP
    ]
    # Dragged by its Friday onto Saturday: the whole item moves a day on.
    drag(grid, drawn[3][1].center(), drawn[3][1].center() + QPointF(grid.column_width(), 0))
    before, after = (date(2026, 1, 13), date(2026, 1, 16)), (date(2026, 1, 14), date(2026, 1, 17))
    moved_undone_redone(window, series, before, after)


def test_double_click_on_an_empty_day_creates_an_item_there(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["start"] = dialog.editors["planned_start"].value()
        dialog.reject()

    when_dialog_opens(lambda: window.record_actions.last_dialog, read)
    pos = day_center(window, date(2026, 1, 28))
    event = QMouseEvent(
        QEvent.Type.MouseButtonDblClick,
        pos,
        QPointF(grid.mapToGlobal(pos.toPoint())),
        LEFT,
        LEFT,
        NONE,
    )
    QApplication.sendEvent(grid, event)
    assert seen["start"] == date(2026, 1, 28)


def test_delete_key_deletes_the_selected_chips_undoably(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    click(grid, chip_center(grid, planned.b))
    assert window.actions_by_id[ActionId.DELETE_RECORD].isEnabled()
    window.actions_by_id[ActionId.DELETE_RECORD].trigger()
    assert item_count(window) == 3
    window.actions_by_id[ActionId.UNDO].trigger()
    assert item_count(window) == 4


def test_filters_narrow_the_calendar_and_backlog(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    window.calendar.set_filter(ItemFilter(text="chuyen muc"))
    assert [i.id for i in window.calendar.grid.data.items] == [planned.d]
    assert window.calendar.backlog.model.rowCount() == 0
    window.calendar.set_filter(ItemFilter())
    assert len(window.calendar.grid.data.items) == 3


def test_changes_made_elsewhere_show_at_once(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    assert window.db is not None
    before, after = editing.update_record(
        window.db, Kind.CONTENT_ITEM, planned.b, {"planned_start": date(2026, 1, 9)}
    )
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
    assert window.calendar.items_by_id[planned.b].planned_start == date(2026, 1, 9)


def test_backlog_model(qtmodeltester: ModelTester, window: MainWindow, planned: Plan) -> None:
    qtmodeltester.check(window.calendar.backlog.model, force_py=True)


def test_the_filter_bar_narrows_the_calendar_the_backlog_and_the_list(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    from app.ui.models.navigator import Destination

    qtbot.keyClicks(window.filter_bar.text, "chuyen muc")
    qtbot.waitUntil(lambda: [i.id for i in window.calendar.grid.data.items] == [planned.d])
    assert window.calendar.backlog.model.rowCount() == 0
    window.actions_by_id[ActionId.VIEW_LISTS].trigger()
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    assert [row.id for row in window.list_view.model.rows] == [planned.d]
    window.filter_bar.clear()
    assert len(window.list_view.model.rows) == 4


@pytest.mark.parametrize("key", [Qt.Key.Key_N, Qt.Key.Key_Insert])
def test_n_or_insert_creates_an_item_on_the_selected_day(
    qtbot: QtBot, window: MainWindow, planned: Plan, key: Qt.Key
) -> None:
    grid = window.calendar.month_grid
    grid.setFocus()
    grid.set_cursor(date(2026, 1, 29))
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["start"] = dialog.editors["planned_start"].value()
        dialog.reject()

    when_dialog_opens(lambda: window.record_actions.last_dialog, read)
    if key == Qt.Key.Key_Insert:
        window.actions_by_id[ActionId.NEW_RECORD].trigger()  # the window's Insert shortcut
    else:
        qtbot.keyClick(grid, key)
    assert seen["start"] == date(2026, 1, 29)


def test_enter_opens_the_editor_of_the_selected_chip(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    click(grid, chip_center(grid, planned.b))
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["title"] = dialog.editors["title"].value()
        dialog.reject()

    when_dialog_opens(lambda: window.record_actions.last_dialog, read)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen["title"] == "Bài B"


def test_a_chip_tooltip_tells_when_what_and_who(
    qtbot: QtBot, window: MainWindow, planned: Plan
) -> None:
    grid = window.calendar.month_grid
    text = grid.tooltip_for(chip_center(grid, planned.a).toPoint())
    assert text.splitlines()[:2] == ["Bài A", "12/01/2026 09:00"]


@pytest.mark.parametrize(
    "text",
    [
        "▤ 09:30 Tuyên truyền kết quả thực hiện Nghị quyết Đại hội XIV tại cơ sở",
        "Tin ngắn",
        "i" * 120,  # narrow letters: the start fits, so the whole text is elided
        "W" * 120,
        "ll" * 30 + " Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "",
    ],
)
def test_a_chip_label_elides_as_qt_elides_the_whole_text(qapp: QApplication, text: str) -> None:
    metrics = QFontMetrics(QFont(qapp.font()))
    for width in (0, 20, 57, 131, 200, 640):
        assert elided(metrics, text, width) == metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, width
        ), (text, width)
