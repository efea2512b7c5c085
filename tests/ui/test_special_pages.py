"""Special pages through the real window: the page's day in words in its list and editor, an
item's editor suggesting the page's day, and dragging the milestone on the timeline moving the
page's items in the same undo step."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import TimeScale
from app.services import editing
from app.services.records import get_record
from app.ui.actions import ActionId
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.models.navigator import Destination
from app.ui.notifier import Changes
from app.ui.timeline.canvas import AXIS_HEIGHT, MILESTONE_STRIP
from tests.ui.conftest import when_dialog_opens
from tests.ui.mouse import drag
from tests.ui.test_records_ui import click_save, editor

D = date


def _new(window: MainWindow, record_kind: Kind, /, **values: Any) -> int:
    assert window.db is not None
    return editing.create_record(window.db, record_kind, values).id


@pytest.fixture
def world(window: MainWindow) -> dict[str, int]:
    plan = _new(
        window, Kind.PLAN, number="01-CT/TW", title="Đại hội XIV",
        start_date=D(2026, 1, 1), end_date=D(2026, 6, 30),
    )  # fmt: skip
    congress = _new(
        window, Kind.MILESTONE, kind="congress", name="Đại hội XIV",
        start_date=D(2026, 1, 19), end_date=D(2026, 1, 23),
    )  # fmt: skip
    page = _new(
        window, Kind.SPECIAL_PAGE, title="Trang chào mừng Đại hội", milestone_id=congress,
        offset_days=-3, plan_id=plan, sections="Xã luận\nẢnh",
    )  # fmt: skip
    on_page = _new(
        window, Kind.CONTENT_ITEM, title="Xã luận chào mừng", plan_id=plan,
        special_page_id=page, planned_start=D(2026, 1, 16),
    )  # fmt: skip
    other = _new(
        window, Kind.CONTENT_ITEM, title="Tin ngoài trang", plan_id=plan,
        planned_start=D(2026, 1, 16),
    )  # fmt: skip
    window.notifier.announce(Changes.everything())
    return {"plan": plan, "congress": congress, "page": page, "on_page": on_page, "other": other}


def start_of(window: MainWindow, item_id: int) -> date:
    assert window.db is not None
    value = get_record(window.db, Kind.CONTENT_ITEM, item_id).values["planned_start"]
    assert isinstance(value, date)
    return value


def test_the_list_shows_the_offset_in_words_and_the_pages_day(
    qtbot: QtBot, window: MainWindow, world: dict[str, int]
) -> None:
    window.list_view.show_destination(Destination(Kind.SPECIAL_PAGE))
    model = window.list_view.model
    column = [f.name for f in model.columns].index("offset_days")
    assert model.index(0, column).data() == "3 days before the milestone: Friday 16/01/2026"


def test_the_page_editor_says_when_the_page_runs_as_the_offset_changes(
    qtbot: QtBot, window: MainWindow, world: dict[str, int]
) -> None:
    seen: dict[str, str] = {}

    def act(dialog: QDialog) -> None:
        hint = dialog.findChild(QLabel, "hint_offset_days")
        assert hint is not None
        seen["before"] = hint.text()
        spin = dialog.findChild(QSpinBox, "field_offset_days")
        assert spin is not None
        spin.setValue(0)
        seen["after"] = hint.text()
        dialog.reject()

    window.list_view.show_destination(Destination(Kind.SPECIAL_PAGE))
    window.list_view.select_ids({world["page"]})
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.EDIT_RECORD].trigger()
    assert seen["before"] == "3 days before the milestone: Friday 16/01/2026"
    assert seen["after"] == "on the milestone's first day: Monday 19/01/2026"


def test_choosing_a_special_page_suggests_its_day(
    qtbot: QtBot, window: MainWindow, world: dict[str, int]
) -> None:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        dialog.editors["title"].set_value("Phỏng vấn đại biểu")
        combo = dialog.findChild(QComboBox, "field_special_page_id")
        assert combo is not None
        combo.setCurrentIndex(combo.findData(world["page"]))
        assert dialog.editors["planned_start"].value() == D(2026, 1, 16)
        hint = dialog.findChild(QLabel, "hint_planned_start")
        assert hint is not None and "16/01/2026" in hint.text()
        click_save(dialog)

    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()
    assert window.db is not None
    created = [r for r in window.list_view.model.rows if r.values["title"] == "Phỏng vấn đại biểu"]
    assert created and created[0].values["planned_start"] == D(2026, 1, 16)


def test_dragging_the_milestone_moves_the_pages_items_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, world: dict[str, int]
) -> None:
    window.actions_by_id[ActionId.VIEW_TIMELINE].trigger()
    window.filter_bar.set_filter(ItemFilter(plan_id=world["plan"]))
    canvas = window.timeline.canvas
    canvas.scale = TimeScale.fit(D(2026, 1, 1), D(2026, 2, 28), canvas.width())
    window.timeline.reload()
    x = canvas.scale.x_of(D(2026, 1, 19))
    y = AXIS_HEIGHT + MILESTONE_STRIP / 2
    steps = window.undo_stack.count()
    drag(canvas, QPointF(x + 1, y), QPointF(x + 1 + 7 * canvas.scale.px_per_day, y))

    assert window.db is not None
    congress = get_record(window.db, Kind.MILESTONE, world["congress"]).values
    assert congress["start_date"] == D(2026, 1, 26)
    assert start_of(window, world["on_page"]) == D(2026, 1, 23)
    assert start_of(window, world["other"]) == D(2026, 1, 16)
    assert window.undo_stack.count() == steps + 1

    window.actions_by_id[ActionId.UNDO].trigger()
    assert get_record(window.db, Kind.MILESTONE, world["congress"]).values["start_date"] == D(
        2026, 1, 19
    )
    assert start_of(window, world["on_page"]) == D(2026, 1, 16)
    window.actions_by_id[ActionId.REDO].trigger()
    assert start_of(window, world["on_page"]) == D(2026, 1, 23)


def test_a_milestone_edit_moving_a_page_item_out_of_its_plan_is_refused_at_the_field(
    qtbot: QtBot, window: MainWindow, world: dict[str, int]
) -> None:
    seen: dict[str, str] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        dialog.editors["start_date"].set_value(D(2026, 7, 10))
        dialog.editors["end_date"].set_value(D(2026, 7, 14))
        click_save(dialog)
        error = dialog.findChild(QLabel, "error_start_date")
        assert error is not None
        seen["error"] = error.text()

    window.list_view.show_destination(Destination(Kind.MILESTONE))
    window.list_view.select_ids({world["congress"]})
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.EDIT_RECORD].trigger()
    assert "Xã luận chào mừng" in seen["error"]
    assert start_of(window, world["on_page"]) == D(2026, 1, 16)
    assert window.undo_stack.count() == 0
