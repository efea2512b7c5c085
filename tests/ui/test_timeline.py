"""The timeline driven by real mouse events: drag items, ends and milestones; zoom; lanes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import TimeScale
from app.db.models import ContentItem, Milestone, StageTheme
from app.services import editing
from app.services.calendar import stages_between
from app.services.timeline import LaneBy
from app.services.workflow import change_status
from app.ui.actions import ActionId
from app.ui.calendar.palette import STATUS_COLORS
from app.ui.main_window import MainWindow
from app.ui.notifier import Changes
from app.ui.timeline.canvas import (
    AXIS_HEIGHT,
    CONTENT_TOP,
    MAX_POINT_LABEL_PX,
    MILESTONE_STRIP,
    TimelineCanvas,
    _label_room,
)
from app.ui.timeline.view import TimelineView
from tests.ui.mouse import CTRL, SHIFT, click, drag, wheel


@dataclass
class World:
    plan: int
    theme_one: int
    theme_two: int
    stage_one: int
    stage_two: int
    milestone: int
    a: int  # 10–12/02/2026, theme one
    b: int  # 20/02/2026, theme two
    c: int  # 10/04/2026, theme one


def _create(window: MainWindow, record_kind: Kind, **values: object) -> int:
    assert window.db is not None
    return editing.create_record(window.db, record_kind, values).id


@pytest.fixture
def world(window: MainWindow) -> World:
    plan = _create(
        window, Kind.PLAN, number="01-CT/TW", title="Nghị quyết Đại hội XIV",
        start_date=date(2026, 1, 1), end_date=date(2026, 6, 30),
    )  # fmt: skip
    one = _create(window, Kind.THEME, plan_id=plan, name="Thành công Đại hội", color="#c0392b")
    two = _create(window, Kind.THEME, plan_id=plan, name="Bầu cử", color="#2980b9")
    milestone = _create(
        window, Kind.MILESTONE, kind="election", name="Bầu cử Quốc hội khóa XVI",
        start_date=date(2026, 5, 20), end_date=date(2026, 5, 20),
    )  # fmt: skip
    stage_one = _create(
        window, Kind.STAGE, plan_id=plan, name="Quý I", start_date=date(2026, 1, 1),
        end_date=date(2026, 3, 31), theme_ids=[one],
    )  # fmt: skip
    stage_two = _create(
        window, Kind.STAGE, plan_id=plan, name="Đến bầu cử", position=2,
        start_date=date(2026, 4, 1), end_milestone_id=milestone,
    )  # fmt: skip
    assert window.db is not None
    with window.db.transaction() as session:
        session.execute(update(StageTheme).values(target_count=2))
    world = World(
        plan, one, two, stage_one, stage_two, milestone,
        a=_create(window, Kind.CONTENT_ITEM, title="Bài A", plan_id=plan, theme_ids=[one],
                  planned_start=date(2026, 2, 10), planned_end=date(2026, 2, 12)),
        b=_create(window, Kind.CONTENT_ITEM, title="Bài B", plan_id=plan, theme_ids=[two],
                  planned_start=date(2026, 2, 20)),
        c=_create(window, Kind.CONTENT_ITEM, title="Bài C", plan_id=plan, theme_ids=[one],
                  planned_start=date(2026, 4, 10)),
    )  # fmt: skip
    window.notifier.announce(Changes.everything())  # as the editor would after each save
    window.actions_by_id[ActionId.VIEW_TIMELINE].trigger()
    window.filter_bar.set_filter(ItemFilter(plan_id=plan))
    assert window.timeline.filter.plan_id == plan
    show(window, date(2026, 2, 1), date(2026, 3, 1))
    return world


def timeline(window: MainWindow) -> TimelineView:
    return window.timeline


def show(window: MainWindow, first: date, last: date) -> None:
    canvas = window.timeline.canvas
    canvas.scale = TimeScale.fit(first, last, canvas.width())
    window.timeline.reload()


def bar_center(canvas: TimelineCanvas, item_id: int) -> QPointF:
    for rect, found, _lane in canvas.item_rects():
        if found == item_id:
            return rect.center()
    raise AssertionError(f"item {item_id} has no bar in view")


def bar_rect_of(canvas: TimelineCanvas, item_id: int) -> tuple[float, float, float]:
    for rect, found, _lane in canvas.item_rects():
        if found == item_id:
            return rect.left(), rect.right(), rect.center().y()
    raise AssertionError(f"item {item_id} has no bar in view")


def lane_center(canvas: TimelineCanvas, key: object) -> float:
    index = next(i for i, lane in enumerate(canvas.data.lanes) if lane.key == key)
    return canvas.lane_y(index) + 11


def stored(window: MainWindow, item_id: int) -> tuple[date | None, date | None, list[int]]:
    assert window.db is not None
    with window.db.transaction() as session:
        item = session.get(ContentItem, item_id)
        assert item is not None
        return item.planned_start, item.planned_end, sorted(t.id for t in item.themes)


def test_dragging_an_item_along_time_snaps_to_days_and_undoes(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    canvas = timeline(window).canvas
    start = bar_center(canvas, world.a)
    end = QPointF(start.x() + 3 * canvas.scale.px_per_day + 2, start.y())
    drag(canvas, start, end)
    assert stored(window, world.a)[:2] == (date(2026, 2, 13), date(2026, 2, 15))
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(window, world.a)[:2] == (date(2026, 2, 10), date(2026, 2, 12))
    window.actions_by_id[ActionId.REDO].trigger()
    assert stored(window, world.a)[:2] == (date(2026, 2, 13), date(2026, 2, 15))


def test_dragging_across_theme_lanes_changes_the_theme(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    view = timeline(window)
    assert view.current_lane_by is LaneBy.THEME
    canvas = view.canvas
    start = bar_center(canvas, world.b)
    drag(canvas, start, QPointF(start.x(), lane_center(canvas, world.theme_one)))
    assert stored(window, world.b) == (date(2026, 2, 20), None, [world.theme_one])
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(window, world.b)[2] == [world.theme_two]


def test_a_lane_change_that_means_nothing_is_refused_with_a_reason(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    view = timeline(window)
    view.set_lane_by(LaneBy.STATUS)
    assert window.db is not None
    change_status(window.db, [world.c], ContentStatus.PLANNED)
    view.reload()
    canvas = view.canvas
    keys = [lane.key for lane in canvas.data.lanes]
    assert "idea" in keys and "planned" in keys
    start = bar_center(canvas, world.a)
    drag(canvas, start, QPointF(start.x(), lane_center(canvas, "planned")))
    assert window.undo_stack.count() == 0
    assert stored(window, world.a)[:2] == (date(2026, 2, 10), date(2026, 2, 12))
    assert not view.message.isHidden()
    assert view.message.text()


def test_dragging_an_end_changes_the_span(qtbot: QtBot, window: MainWindow, world: World) -> None:
    canvas = timeline(window).canvas
    left, right, y = bar_rect_of(canvas, world.a)
    drag(canvas, QPointF(right - 2, y), QPointF(right + 2 * canvas.scale.px_per_day, y))
    assert stored(window, world.a)[:2] == (date(2026, 2, 10), date(2026, 2, 14))
    left, right, y = bar_rect_of(canvas, world.a)
    drag(canvas, QPointF(left + 2, y), QPointF(left - 1 * canvas.scale.px_per_day, y))
    assert stored(window, world.a)[:2] == (date(2026, 2, 9), date(2026, 2, 14))
    window.actions_by_id[ActionId.UNDO].trigger()
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(window, world.a)[:2] == (date(2026, 2, 10), date(2026, 2, 12))


def test_dragging_a_milestone_moves_the_stage_that_ends_at_it(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    show(window, date(2026, 5, 1), date(2026, 6, 10))
    canvas = timeline(window).canvas
    x = canvas.scale.x_of(date(2026, 5, 20))
    y = AXIS_HEIGHT + MILESTONE_STRIP / 2
    drag(canvas, QPointF(x + 1, y), QPointF(x + 1 + 5 * canvas.scale.px_per_day, y))
    assert window.db is not None
    with window.db.transaction() as session:
        milestone = session.get(Milestone, world.milestone)
        assert milestone is not None
        assert (milestone.start_date, milestone.end_date) == (date(2026, 5, 25), date(2026, 5, 25))
    stage = next(
        s
        for s in stages_between(window.db, date(2026, 4, 1), date(2026, 6, 30))
        if s.id == world.stage_two
    )
    assert stage.end == date(2026, 5, 25)
    window.actions_by_id[ActionId.UNDO].trigger()
    with window.db.transaction() as session:
        milestone = session.get(Milestone, world.milestone)
        assert milestone is not None and milestone.start_date == date(2026, 5, 20)


def test_a_milestone_cannot_move_its_stage_past_the_plan(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    show(window, date(2026, 5, 1), date(2026, 8, 10))
    view = timeline(window)
    canvas = view.canvas
    x = canvas.scale.x_of(date(2026, 5, 20))
    y = AXIS_HEIGHT + MILESTONE_STRIP / 2
    drag(canvas, QPointF(x + 1, y), QPointF(x + 1 + 60 * canvas.scale.px_per_day, y))
    assert window.undo_stack.count() == 0
    assert "Đến bầu cử" in view.message.text()


def test_ctrl_wheel_zooms_around_the_mouse(qtbot: QtBot, window: MainWindow, world: World) -> None:
    canvas = timeline(window).canvas
    day = date(2026, 2, 17)
    x = canvas.scale.x_of(day)
    before = canvas.scale.px_per_day
    wheel(canvas, QPointF(x, CONTENT_TOP + 30), 2, CTRL)
    assert canvas.scale.px_per_day > before
    assert abs(canvas.scale.x_of(day) - x) < 0.5
    wheel(canvas, QPointF(x, CONTENT_TOP + 30), -3, CTRL)
    assert canvas.scale.px_per_day < before
    assert abs(canvas.scale.x_of(day) - x) < 0.5


def test_dragging_the_background_pans(qtbot: QtBot, window: MainWindow, world: World) -> None:
    canvas = timeline(window).canvas
    y = CONTENT_TOP + canvas.content_height() + 40
    day = date(2026, 2, 15)
    x = canvas.scale.x_of(day)
    drag(canvas, QPointF(x, y), QPointF(x - 100, y))
    assert abs(canvas.scale.x_of(day) - (x - 100)) < 0.5
    assert stored(window, world.a)[:2] == (date(2026, 2, 10), date(2026, 2, 12))


def test_rubber_band_selects_several_which_move_together(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    canvas = timeline(window).canvas
    a, b = bar_center(canvas, world.a), bar_center(canvas, world.b)
    top = CONTENT_TOP + 1
    bottom = CONTENT_TOP + canvas.content_height() - 1
    drag(canvas, QPointF(a.x() - 20, top), QPointF(b.x() + 10, bottom), SHIFT)
    assert canvas.selected == {world.a, world.b}
    start = bar_center(canvas, world.a)
    drag(canvas, start, QPointF(start.x() + 2 * canvas.scale.px_per_day, start.y()))
    assert stored(window, world.a)[0] == date(2026, 2, 12)
    assert stored(window, world.b)[0] == date(2026, 2, 22)
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(window, world.b)[0] == date(2026, 2, 20)


def test_changing_the_lanes_regroups_the_items(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    view = timeline(window)
    theme_lanes = {lane.key: set(lane.placements) for lane in view.canvas.data.lanes}
    assert theme_lanes[world.theme_one] == {world.a}
    assert theme_lanes[world.theme_two] == {world.b}
    view.set_lane_by(LaneBy.STATUS)
    status_lanes = {lane.key: set(lane.placements) for lane in view.canvas.data.lanes}
    assert status_lanes["idea"] == {world.a, world.b}


def test_coverage_flags_a_theme_below_its_target(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    view = timeline(window)
    assert not view.flags.isHidden()
    assert "Thành công Đại hội" in view.flags.text() and "1" in view.flags.text()
    assert view.canvas.data.coverage[(world.stage_one, world.theme_one)] == 1
    _create(
        window, Kind.CONTENT_ITEM, title="Bài D", plan_id=world.plan, theme_ids=[world.theme_one],
        planned_start=date(2026, 3, 5),
    )  # fmt: skip
    window.notifier.announce(
        __import__("app.ui.notifier", fromlist=["Changes"]).Changes.everything()
    )
    assert view.flags.isHidden()
    assert view.canvas.data.coverage[(world.stage_one, world.theme_one)] == 2


def test_collapsing_a_lane_from_its_header(qtbot: QtBot, window: MainWindow, world: World) -> None:
    view = timeline(window)
    y = lane_center(view.canvas, world.theme_one)
    click(view.header, QPointF(40, y))
    assert world.theme_one in view.canvas.collapsed
    assert world.a not in {i for _, i, _ in view.canvas.item_rects()}
    click(view.header, QPointF(40, lane_center(view.canvas, world.theme_one)))
    assert world.a in {i for _, i, _ in view.canvas.item_rects()}


def test_zoomed_far_out_lanes_show_density(qtbot: QtBot, window: MainWindow, world: World) -> None:
    show(window, date(2010, 1, 1), date(2040, 12, 31))
    data = timeline(window).canvas.data
    assert data.density is not None and data.density_tier is not None
    assert sum(data.density.values()) == 3


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
@pytest.mark.parametrize("whole", [False, True])
def test_export(qtbot: QtBot, window: MainWindow, world: World, tmp_path: Path, suffix: str,
                whole: bool) -> None:  # fmt: skip
    path = timeline(window).export(tmp_path / f"timeline.{suffix}", whole)
    content = path.read_bytes()
    if suffix == "png":
        image = QImage(str(path))
        assert image.width() > 500 and image.height() >= 400
    elif suffix == "svg":
        assert b"<svg" in content and "Thành công Đại hội".encode() in content
    else:
        assert content.startswith(b"%PDF")


def test_export_refuses_an_unknown_format(qtbot: QtBot, window: MainWindow, world: World,
                                          tmp_path: Path) -> None:  # fmt: skip
    with pytest.raises(ValueError, match="png"):
        timeline(window).export(tmp_path / "timeline.doc", False)


def _share_of(image: QImage, rect: QRectF, color: QColor) -> float:
    """The share of the pixels inside `rect` (less 3 px each side) that are `color`."""
    inner = rect.adjusted(3, 3, -3, -3).toAlignedRect()
    pixels = [
        image.pixelColor(x, y).rgb() == color.rgb()
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
    ]
    return sum(pixels) / len(pixels)


def test_a_pan_after_a_drop_shows_the_bar_where_it_was_dropped(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    canvas = timeline(window).canvas
    color = QColor(STATUS_COLORS[canvas.data.items[world.a].status])
    start = bar_center(canvas, world.a)
    click(canvas, start)  # selected before as after the drop: only the data changes
    canvas.grab()
    canvas.grab()  # the bars are now in tiles, which a pan only copies
    assert canvas._tiles
    drag(canvas, start, QPointF(start.x() + 3 * canvas.scale.px_per_day + 2, start.y()))
    assert stored(window, world.a)[:2] == (date(2026, 2, 13), date(2026, 2, 15))
    for _ in range(2):
        canvas.set_scale(canvas.scale.panned(-40))
        QApplication.processEvents()
        image = canvas.grab().toImage()
    assert canvas._tiles
    moved = next(rect for rect, found, _ in canvas.item_rects() if found == world.a)
    was = moved.translated(-3 * canvas.scale.px_per_day, 0)
    was.setRight(min(was.right(), moved.left() - 4))
    assert _share_of(image, moved, color) > 0.5
    assert _share_of(image, was, color) == 0


def test_a_label_stops_at_the_next_mark_of_its_own_lane() -> None:
    """An item of two themes has a mark in each lane: each label has the room of its row,
    not the other lane's (there, nothing follows it)."""
    twice, neighbour = 1, 2
    marks = [
        (QRectF(0, 40, 19, 16), twice, 0),
        (QRectF(50, 40, 8, 16), neighbour, 0),
        (QRectF(0, 80, 19, 16), twice, 1),
    ]
    room = _label_room(marks)
    assert room[twice, 0] == 50 - 19 - 6
    assert room[twice, 1] == MAX_POINT_LABEL_PX
    assert room[neighbour, 0] == MAX_POINT_LABEL_PX
