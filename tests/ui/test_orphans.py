"""Orphans through the real window: change a column's cadence in its editor, see the items it
left without a slot listed at once, resolve one each way, and undo."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.core.records import Kind
from app.services import editing
from app.services.records import get_record
from app.ui.actions import ActionId
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.models.navigator import Destination
from app.ui.models.record_table import DECORATION, TOOLTIP
from tests.ui.conftest import when_dialog_opens
from tests.ui.test_cadence_editor import edit_first_column, make_channel, tick
from tests.ui.test_records_ui import click_save, editor

D = date


def _new(window: MainWindow, record_kind: Kind, /, **values: Any) -> int:
    assert window.db is not None
    return editing.create_record(window.db, record_kind, values).id


@pytest.fixture
def column_items(window: MainWindow) -> dict[str, int]:
    """A Monday column from 5 January 2032 with items on Mondays 12 and 19 January."""
    channel = make_channel(window)
    column = _new(
        window, Kind.COLUMN, name="Hướng tới Đại hội", channel_id=channel,
        cadence="FREQ=WEEKLY;BYDAY=MO", start_date=D(2032, 1, 5),
    )  # fmt: skip
    first = _new(
        window, Kind.CONTENT_ITEM, title="Kỳ 1: Đổi mới", column_id=column,
        planned_start=D(2032, 1, 12),
    )  # fmt: skip
    second = _new(
        window, Kind.CONTENT_ITEM, title="Kỳ 2: Hội nhập", column_id=column,
        planned_start=D(2032, 1, 19),
    )  # fmt: skip
    return {"column": column, "first": first, "second": second}


def item(window: MainWindow, item_id: int) -> dict[str, Any]:
    assert window.db is not None
    return get_record(window.db, Kind.CONTENT_ITEM, item_id).values


def change_cadence_to_wednesday(window: MainWindow) -> None:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        tick(dialog, "MO")
        tick(dialog, "WE")
        click_save(dialog)

    edit_first_column(window, act)


def orphan_rows(window: MainWindow) -> list[str]:
    table = window.orphans.table
    cells = [table.item(row, 1) for row in range(table.rowCount())]
    return [cell.text() for cell in cells if cell is not None]


def select_orphan(window: MainWindow, title: str) -> None:
    rows = orphan_rows(window)
    window.orphans.table.selectRow(rows.index(title))


def press(window: MainWindow, name: str) -> None:
    button = window.orphans.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    QtBot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_saving_a_cadence_lists_the_orphans_at_once(
    qtbot: QtBot, window: MainWindow, column_items: dict[str, int]
) -> None:
    assert not window.orphans_dock.isVisible()
    change_cadence_to_wednesday(window)

    assert window.orphans_dock.isVisible()
    notice = window.orphans.notice
    assert notice.isVisible()
    assert "2 items without a slot" in notice.text()
    assert "“Kỳ 1: Đổi mới” (12/01/2032, column “Hướng tới Đại hội”)" in notice.text()
    assert orphan_rows(window) == ["Kỳ 1: Đổi mới", "Kỳ 2: Hội nhập"]
    assert "2 items have no slot" in window.orphans.summary.text()
    # Nothing moved or was deleted.
    assert item(window, column_items["first"])["planned_start"] == D(2032, 1, 12)
    assert item(window, column_items["first"])["column_id"] == column_items["column"]

    # The content list flags them too.
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    model = window.list_view.model
    title_column = [f.name for f in model.columns].index("title")
    row = model.row_of(column_items["first"])
    assert model.data(model.index(row, title_column), DECORATION) is not None
    assert "Orphaned items" in model.data(model.index(row, title_column), TOOLTIP)

    # Undoing the cadence change gives the items their slots back.
    window.actions_by_id[ActionId.UNDO].trigger()
    assert orphan_rows(window) == []
    assert "No orphaned items" in window.orphans.summary.text()
    row = model.row_of(column_items["first"])
    assert model.data(model.index(row, title_column), DECORATION) is None


def test_move_to_nearest_slot_and_detach_each_undo_in_one_step(
    qtbot: QtBot, window: MainWindow, column_items: dict[str, int]
) -> None:
    change_cadence_to_wednesday(window)
    steps = window.undo_stack.count()

    select_orphan(window, "Kỳ 1: Đổi mới")
    press(window, "orphan_move")
    # Monday 12: Wednesday 7 and 14 are as near; the later one wins (more time to write).
    assert item(window, column_items["first"])["planned_start"] == D(2032, 1, 14)
    assert orphan_rows(window) == ["Kỳ 2: Hội nhập"]
    assert window.undo_stack.count() == steps + 1

    select_orphan(window, "Kỳ 2: Hội nhập")
    press(window, "orphan_detach")
    values = item(window, column_items["second"])
    assert (values["column_id"], values["planned_start"]) == (None, D(2032, 1, 19))
    assert orphan_rows(window) == []
    assert window.undo_stack.count() == steps + 2

    window.actions_by_id[ActionId.UNDO].trigger()
    assert item(window, column_items["second"])["column_id"] == column_items["column"]
    assert orphan_rows(window) == ["Kỳ 2: Hội nhập"]
    window.actions_by_id[ActionId.UNDO].trigger()
    assert item(window, column_items["first"])["planned_start"] == D(2032, 1, 12)
    assert orphan_rows(window) == ["Kỳ 1: Đổi mới", "Kỳ 2: Hội nhập"]
    window.actions_by_id[ActionId.REDO].trigger()
    assert item(window, column_items["first"])["planned_start"] == D(2032, 1, 14)


def test_open_shows_the_items_editor(
    qtbot: QtBot, window: MainWindow, column_items: dict[str, int]
) -> None:
    change_cadence_to_wednesday(window)
    select_orphan(window, "Kỳ 2: Hội nhập")
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["title"] = dialog.editors["title"].value()

    when_dialog_opens(lambda: editor(window), look)
    press(window, "orphan_open")
    assert seen["title"] == "Kỳ 2: Hội nhập"
