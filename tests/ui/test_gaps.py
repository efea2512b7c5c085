"""View → Gaps in columns lists the empty slots; double-clicking one writes the piece for it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPointF
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.core.records import Kind
from app.services import editing
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.notifier import Changes
from tests.ui.conftest import when_dialog_opens
from tests.ui.mouse import click, double_click


def test_gaps_list_and_fill(qtbot: QtBot, window: MainWindow) -> None:
    db = window.db
    assert db is not None
    outlet = editing.create_record(db, Kind.OUTLET, {"name": "Báo Hưng Yên"}).id
    channel = editing.create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Báo in"}).id
    column = editing.create_record(
        db,
        Kind.COLUMN,
        {"name": "Hưng Yên – Đất và người", "channel_id": channel,
         "cadence": "FREQ=WEEKLY;BYDAY=MO,TH", "start_date": date(2026, 3, 2)},
    ).id  # fmt: skip
    editing.create_record(
        db,
        Kind.CONTENT_ITEM,
        {"title": "Phố Hiến xưa", "column_id": column, "planned_start": date(2026, 3, 5)},
    )
    window.gaps_dock.toggleViewAction().trigger()  # View → Gaps in columns
    assert window.gaps_dock.isVisible()
    gaps = window.gaps
    gaps.start.setDate(QDate(2026, 3, 2))
    gaps.weeks.setValue(1)
    window.notifier.announce(Changes.everything())
    days = [gaps.table.item(row, 0).text()[-10:] for row in range(gaps.table.rowCount())]  # type: ignore[union-attr]
    assert days == ["02/03/2026"], "Thursday 05/03 is filled, Monday 02/03 is a gap"
    assert gaps.table.item(0, 1).text() == "Hưng Yên – Đất và người"  # type: ignore[union-attr]
    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["day"] = dialog.editors["planned_start"].value()
        seen["column"] = dialog.editors["column_id"].value()
        seen["channel"] = dialog.editors["channel_id"].value()
        dialog.reject()

    when_dialog_opens(lambda: window.record_actions.last_dialog, read)
    first_row = gaps.table.item(0, 1)
    assert first_row is not None
    cell = QPointF(gaps.table.visualItemRect(first_row).center())
    click(gaps.table.viewport(), cell)  # the press a double-click starts with
    double_click(gaps.table.viewport(), cell)
    assert seen == {"day": date(2026, 3, 2), "column": column, "channel": channel}
