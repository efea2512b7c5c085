"""Default due dates through the real window: the newsroom's days-before setting in Edit →
Preferences (one undo step), and the assignment editor prefilling the due date from it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.records import Kind
from app.services import editing
from app.services.shared_settings import DUE_DAYS_BEFORE, get_int
from app.ui.actions import ActionId
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.models.navigator import Destination
from tests.ui.conftest import type_text, when_dialog_opens
from tests.ui.test_records_ui import click_save, editor

D = date


def preferences(window: MainWindow) -> QDialog | None:
    return window.findChild(QDialog, "preferences")


def set_due_days(qtbot: QtBot, window: MainWindow, days: str) -> None:
    def act(dialog: QDialog) -> None:
        spin = dialog.findChild(QSpinBox, "due_days_before")
        assert spin is not None
        spin.selectAll()
        type_text(spin, days)
        buttons = dialog.findChild(QDialogButtonBox, "buttons")
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        QtBot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_opens(lambda: preferences(window), act)
    window.actions_by_id[ActionId.PREFERENCES].trigger()
    qtbot.waitUntil(lambda: preferences(window) is None)


def test_due_days_preference_is_one_undoable_step(qtbot: QtBot, window: MainWindow) -> None:
    assert window.db is not None
    assert get_int(window.db, DUE_DAYS_BEFORE) == 2
    set_due_days(qtbot, window, "4")
    assert get_int(window.db, DUE_DAYS_BEFORE) == 4
    assert window.undo_stack.count() == 1
    assert "4" in window.undo_stack.undoText()
    window.actions_by_id[ActionId.UNDO].trigger()
    assert get_int(window.db, DUE_DAYS_BEFORE) == 2
    window.actions_by_id[ActionId.REDO].trigger()
    assert get_int(window.db, DUE_DAYS_BEFORE) == 4


def test_assignment_editor_prefills_the_due_date_from_the_item(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.db is not None
    item = editing.create_record(
        window.db, Kind.CONTENT_ITEM,
        {"title": "Phóng sự Đại hội", "planned_start": D(2026, 1, 19)},
    ).id  # fmt: skip
    unscheduled = editing.create_record(
        window.db, Kind.CONTENT_ITEM, {"title": "Ý tưởng chưa lên lịch"}
    ).id
    person = editing.create_record(window.db, Kind.PERSON, {"name": "Trần Văn Minh"}).id
    set_due_days(qtbot, window, "3")
    seen: dict[str, Any] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        hint = dialog.findChild(QLabel, "hint_due_date")
        assert hint is not None
        seen["no item"] = (dialog.editors["due_date"].value(), hint.text())
        combo = dialog.findChild(QComboBox, "field_item_id")
        assert combo is not None
        combo.setCurrentIndex(combo.findData(unscheduled))
        seen["unscheduled"] = (dialog.editors["due_date"].value(), hint.text())
        combo.setCurrentIndex(combo.findData(item))
        seen["scheduled"] = (dialog.editors["due_date"].value(), hint.text())
        people = dialog.findChild(QComboBox, "field_person_id")
        assert people is not None
        people.setCurrentIndex(people.findData(person))
        click_save(dialog)

    window.list_view.show_destination(Destination(Kind.ASSIGNMENT))
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    assert seen["no item"][0] is None
    assert "3 days before the item's publication" in seen["no item"][1]
    assert seen["unscheduled"][0] is None
    assert "not scheduled" in seen["unscheduled"][1]
    assert seen["scheduled"][0] == D(2026, 1, 16)
    assert seen["scheduled"][1] == "Default: Friday 16/01/2026, 3 days before publication."
    rows = window.list_view.model.rows
    assert [r.values["due_date"] for r in rows] == [D(2026, 1, 16)]


def test_a_due_date_the_user_chose_is_not_overwritten_by_a_new_item_choice(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.db is not None
    first = editing.create_record(
        window.db, Kind.CONTENT_ITEM, {"title": "Bài một", "planned_start": D(2026, 3, 10)}
    ).id
    second = editing.create_record(
        window.db, Kind.CONTENT_ITEM, {"title": "Bài hai", "planned_start": D(2026, 3, 20)}
    ).id
    seen: dict[str, Any] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        combo = dialog.findChild(QComboBox, "field_item_id")
        assert combo is not None
        combo.setCurrentIndex(combo.findData(first))
        seen["default"] = dialog.editors["due_date"].value()
        combo.setCurrentIndex(combo.findData(second))
        seen["followed"] = dialog.editors["due_date"].value()
        dialog.editors["due_date"].set_value(D(2026, 3, 1))
        combo.setCurrentIndex(combo.findData(first))
        seen["kept"] = dialog.editors["due_date"].value()
        dialog.reject()

    window.list_view.show_destination(Destination(Kind.ASSIGNMENT))
    when_dialog_opens(lambda: editor(window), act)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()
    assert seen == {
        "default": D(2026, 3, 8),
        "followed": D(2026, 3, 18),
        "kept": D(2026, 3, 1),
    }
