"""A column's cadence through the real editor: tick days, read the preview, save, edit again."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.records import Kind
from app.services import editing
from app.services.registry import model_of
from app.ui.actions import ActionId
from app.ui.editor.cadence import CadenceEditor, Mode
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.models.navigator import Destination
from tests.ui.conftest import type_text, when_dialog_opens
from tests.ui.test_records_ui import click_save, editor

# Far enough ahead that "the next dates" start at the column's start, whatever today is.
START = date(2031, 1, 6)  # a Monday
END = date(2031, 1, 23)


def make_channel(window: MainWindow) -> int:
    assert window.db is not None
    outlet = editing.create_record(
        window.db, Kind.OUTLET, {"name": "Báo Hànộimới", "kind": "newspaper"}
    )
    channel = editing.create_record(
        window.db, Kind.CHANNEL, {"outlet_id": outlet.id, "name": "hanoimoi.vn", "kind": "web"}
    )
    return channel.id


def cadences(window: MainWindow) -> list[str]:
    assert window.db is not None
    column = model_of(Kind.COLUMN)
    with window.db.transaction() as session:
        return list(session.scalars(select(column.cadence).order_by(column.id)))


def child(dialog: QDialog, kind: type[Any], name: str) -> Any:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def tick(dialog: QDialog, code: str) -> None:
    box = child(dialog, QCheckBox, f"cadence_day_{code}")
    QtBot.mouseClick(box, Qt.MouseButton.LeftButton)


def fill_column(dialog: RecordEditorDialog, channel_id: int, name: str) -> None:
    type_text(dialog.editors["name"].widget, name)
    channel = dialog.editors["channel_id"].widget
    assert isinstance(channel, QComboBox)
    channel.setCurrentIndex(channel.findData(channel_id))
    dialog.editors["start_date"].set_value(START)


def create_column(qtbot: QtBot, window: MainWindow, act: Any) -> None:
    window.list_view.show_destination(Destination(Kind.COLUMN))
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()


def edit_first_column(window: MainWindow, act: Any) -> None:
    window.list_view.show_destination(Destination(Kind.COLUMN))
    window.list_view.select_ids({window.list_view.model.rows[0].id})
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.EDIT_RECORD].trigger()


def test_weekly_days_preview_save_and_edit_again(qtbot: QtBot, window: MainWindow) -> None:
    channel_id = make_channel(window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        fill_column(dialog, channel_id, "Người tốt việc tốt")
        tick(dialog, "MO")  # the default cadence ticks Monday already: untick it first
        tick(dialog, "MO")
        tick(dialog, "TH")
        dialog.editors["end_date"].set_value(END)
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()
        seen["value"] = dialog.editors["cadence"].value()
        if os.environ.get("EDCAL_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["EDCAL_SHOTS"], "cadence_weekly.png"))
        click_save(dialog)

    create_column(qtbot, window, fill)

    assert seen["value"] == "FREQ=WEEKLY;BYDAY=MO,TH"
    assert seen["preview"].startswith("Every Monday and Thursday until 23/01/2031")
    assert "06/01/2031, 09/01/2031, 13/01/2031, 16/01/2031, 20/01/2031" in seen["preview"]
    assert cadences(window) == ["FREQ=WEEKLY;BYDAY=MO,TH"]

    def look(dialog: QDialog) -> None:
        seen["mode"] = child(dialog, QComboBox, "cadence_mode").currentIndex()
        seen["ticked"] = [
            code
            for code in ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
            if child(dialog, QCheckBox, f"cadence_day_{code}").isChecked()
        ]
        seen["interval"] = child(dialog, QSpinBox, "cadence_interval").value()

    edit_first_column(window, look)
    assert seen["mode"] == Mode.WEEKLY
    assert seen["ticked"] == ["MO", "TH"]
    assert seen["interval"] == 1


def test_every_two_weeks_is_written_with_an_interval(qtbot: QtBot, window: MainWindow) -> None:
    channel_id = make_channel(window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        fill_column(dialog, channel_id, "Chuyện cuối tuần")
        tick(dialog, "MO")
        tick(dialog, "FR")
        child(dialog, QSpinBox, "cadence_interval").setValue(2)
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()
        click_save(dialog)

    create_column(qtbot, window, fill)
    assert seen["preview"].startswith("Every 2 weeks on Friday")
    assert cadences(window) == ["FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"]


def test_monthly_last_friday_round_trip(qtbot: QtBot, window: MainWindow) -> None:
    channel_id = make_channel(window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        fill_column(dialog, channel_id, "Kinh tế tháng")
        child(dialog, QComboBox, "cadence_mode").setCurrentIndex(Mode.MONTHLY_WEEKDAY)
        ordinal = child(dialog, QComboBox, "cadence_ordinal")
        ordinal.setCurrentIndex(ordinal.findData(-1))
        weekday = child(dialog, QComboBox, "cadence_weekday")
        weekday.setCurrentIndex(weekday.findData("FR"))
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()
        if os.environ.get("EDCAL_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["EDCAL_SHOTS"], "cadence_monthly.png"))
        click_save(dialog)

    create_column(qtbot, window, fill)
    assert seen["preview"].startswith("Monthly on the last Friday")
    assert "31/01/2031, 28/02/2031, 28/03/2031" in seen["preview"]
    assert cadences(window) == ["FREQ=MONTHLY;BYDAY=-1FR"]

    def look(dialog: QDialog) -> None:
        seen["mode"] = child(dialog, QComboBox, "cadence_mode").currentIndex()
        seen["ordinal"] = child(dialog, QComboBox, "cadence_ordinal").currentData()
        seen["weekday"] = child(dialog, QComboBox, "cadence_weekday").currentData()

    edit_first_column(window, look)
    assert (seen["mode"], seen["ordinal"], seen["weekday"]) == (Mode.MONTHLY_WEEKDAY, -1, "FR")


def test_last_day_of_the_month_round_trip(qtbot: QtBot, window: MainWindow) -> None:
    channel_id = make_channel(window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        fill_column(dialog, channel_id, "Tổng kết tháng")
        child(dialog, QComboBox, "cadence_mode").setCurrentIndex(Mode.MONTHLY_DAY)
        child(dialog, QCheckBox, "cadence_last_day").setChecked(True)
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()
        click_save(dialog)

    create_column(qtbot, window, fill)
    assert seen["preview"].startswith("Monthly on the last day")
    assert cadences(window) == ["FREQ=MONTHLY;BYMONTHDAY=-1"]

    def look(dialog: QDialog) -> None:
        seen["mode"] = child(dialog, QComboBox, "cadence_mode").currentIndex()
        seen["last"] = child(dialog, QCheckBox, "cadence_last_day").isChecked()

    edit_first_column(window, look)
    assert (seen["mode"], seen["last"]) == (Mode.MONTHLY_DAY, True)


def test_unusual_rule_opens_as_the_raw_rule(qtbot: QtBot, window: MainWindow) -> None:
    assert window.db is not None
    editing.create_record(
        window.db,
        Kind.COLUMN,
        {
            "name": "Bốn số",
            "channel_id": make_channel(window),
            "cadence": "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
            "start_date": START,
        },
    )
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        seen["mode"] = child(dialog, QComboBox, "cadence_mode").currentIndex()
        seen["rule"] = child(dialog, QLineEdit, "cadence_rule").text()
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()

    edit_first_column(window, look)
    assert seen["mode"] == Mode.RULE
    assert seen["rule"] == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    assert seen["preview"].startswith("Every Tuesday, 4 times")


def test_switching_to_the_raw_rule_starts_from_the_friendly_one(qtbot: QtBot) -> None:
    from app.core.records import spec_of

    cadence = CadenceEditor(spec_of(Kind.COLUMN).field("cadence"))
    qtbot.addWidget(cadence.widget)
    cadence.set_value("FREQ=WEEKLY;BYDAY=WE")
    cadence.mode.setCurrentIndex(Mode.RULE)
    assert cadence.rule.text() == "FREQ=WEEKLY;BYDAY=WE"
    assert cadence.value() == "FREQ=WEEKLY;BYDAY=WE"


def test_invalid_raw_rule_is_explained_and_refused(qtbot: QtBot, window: MainWindow) -> None:
    channel_id = make_channel(window)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        fill_column(dialog, channel_id, "Sai quy tắc")
        child(dialog, QComboBox, "cadence_mode").setCurrentIndex(Mode.RULE)
        rule = child(dialog, QLineEdit, "cadence_rule")
        rule.clear()
        type_text(rule, "FREQ=WEEKLY;INTERVAL=0")
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()
        click_save(dialog)
        error = dialog.errors["cadence"]
        seen["error"] = error.text()
        seen["error_shown"] = not error.isHidden()
        seen["open"] = dialog.isVisible()

    create_column(qtbot, window, fill)
    assert "INTERVAL must be 1 or more" in seen["preview"]
    assert seen["open"]
    assert seen["error_shown"]
    assert "INTERVAL must be 1 or more" in seen["error"]
    assert cadences(window) == []


def test_an_end_milestone_bounds_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    """A column that ends at a milestone stops there, in the preview as in the slots."""
    channel_id = make_channel(window)
    assert window.db is not None
    milestone = editing.create_record(
        window.db,
        Kind.MILESTONE,
        {"kind": "congress", "name": "Đại hội", "start_date": date(2031, 1, 12),
         "end_date": date(2031, 1, 15)},
    ).id  # fmt: skip
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        fill_column(dialog, channel_id, "Hướng tới Đại hội")
        ends_at = dialog.editors["end_milestone_id"].widget
        assert isinstance(ends_at, QComboBox)
        ends_at.setCurrentIndex(ends_at.findData(milestone))
        seen["preview"] = child(dialog, QLabel, "cadence_preview").text()
        dialog.reject()

    create_column(qtbot, window, fill)
    assert seen["preview"].startswith("Every Monday until 15/01/2031")
    assert "06/01/2031, 13/01/2031" in seen["preview"]
    assert "20/01/2031" not in seen["preview"]
