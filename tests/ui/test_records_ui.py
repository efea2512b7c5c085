"""The lists and the editor, driven through the real widgets: type, click, undo, redo."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.core.records import Kind
from app.db.models import ContentItem, Plan, Stage
from app.services import editing
from app.ui.actions import ActionId
from app.ui.editor.dialog import RecordEditorDialog
from app.ui.main_window import MainWindow
from app.ui.models.navigator import Destination
from tests.ui.conftest import type_text, when_dialog_opens


def count(window: MainWindow, model: Any) -> int:
    assert window.db is not None
    with window.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def click_save(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    QtBot.mouseClick(save, Qt.MouseButton.LeftButton)


def editor(window: MainWindow) -> RecordEditorDialog | None:
    return window.record_actions.last_dialog


def make_plan(window: MainWindow, number: str = "147/KH-UBND") -> int:
    assert window.db is not None
    values = {
        "number": number,
        "title": "Thông tin đối ngoại tỉnh Hưng Yên năm 2024",
        "start_date": date(2024, 1, 1),
        "end_date": date(2024, 12, 31),
    }
    created = editing.create_record(window.db, Kind.PLAN, values)
    window._rebuild_navigator()
    return created.id


def test_create_item_through_editor_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        title = dialog.editors["title"].widget
        title.setFocus()
        type_text(title, "Đại hội XIV: niềm tin mới")
        seen["title"] = dialog.editors["title"].value()
        click_save(dialog)

    when_dialog_opens(lambda: editor(window), fill)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    assert seen["title"] == "Đại hội XIV: niềm tin mới"
    assert count(window, ContentItem) == 1
    assert window.list_view.model.rowCount() == 1
    item_id = window.list_view.model.rows[0].id

    window.actions_by_id[ActionId.UNDO].trigger()
    assert count(window, ContentItem) == 0
    assert window.list_view.model.rowCount() == 0

    window.actions_by_id[ActionId.REDO].trigger()
    assert count(window, ContentItem) == 1
    assert window.list_view.model.rows[0].id == item_id
    assert window.list_view.model.rows[0].values["title"] == "Đại hội XIV: niềm tin mới"


def test_editor_refuses_end_before_start_and_saves_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.list_view.show_destination(Destination(Kind.PLAN))
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        type_text(dialog.editors["number"].widget, "156-HD/BTGTU")
        type_text(dialog.editors["title"].widget, "Kế hoạch tuyên truyền")
        dialog.editors["start_date"].set_value(date(2025, 3, 1))
        dialog.editors["end_date"].set_value(date(2025, 1, 1))
        click_save(dialog)
        error = dialog.findChild(QLabel, "error_end_date")
        seen["visible"] = dialog.isVisible()
        seen["error"] = error.text() if error is not None else ""
        seen["error_shown"] = error is not None and not error.isHidden()
        seen["kept"] = dialog.editors["title"].value()

    when_dialog_opens(lambda: editor(window), fill)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    assert seen["visible"], "the dialog must stay open on bad input"
    assert seen["error_shown"]
    assert "01/01/2025" in seen["error"] and "01/03/2025" in seen["error"]
    assert seen["kept"] == "Kế hoạch tuyên truyền"
    assert count(window, Plan) == 0
    assert window.undo_stack.count() == 0


def test_editor_refuses_empty_title_and_duplicate_number(qtbot: QtBot, window: MainWindow) -> None:
    make_plan(window, "147/KH-UBND")
    window.list_view.show_destination(Destination(Kind.PLAN))
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        type_text(dialog.editors["number"].widget, "147/KH-UBND")
        dialog.editors["start_date"].set_value(date(2024, 1, 1))
        dialog.editors["end_date"].set_value(date(2024, 2, 1))
        click_save(dialog)
        seen["number"] = dialog.errors["number"].text()
        seen["title"] = dialog.errors["title"].text()

    when_dialog_opens(lambda: editor(window), fill)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    assert "147/KH-UBND" in seen["number"]
    assert seen["title"] == "This field is required."
    assert count(window, Plan) == 1


def test_stage_ending_after_its_plan_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    plan_id = make_plan(window)
    window.list_view.show_destination(Destination(Kind.STAGE, (("plan_id", plan_id),)))
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["plan"] = dialog.editors["plan_id"].value()
        type_text(dialog.editors["name"].widget, "Giai đoạn 2")
        dialog.editors["start_date"].set_value(date(2024, 7, 1))
        dialog.editors["end_date"].set_value(date(2025, 1, 31))
        click_save(dialog)
        seen["error"] = dialog.errors["end_date"].text()

    when_dialog_opens(lambda: editor(window), fill)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    assert seen["plan"] == plan_id, "a stage created under a plan starts in that plan"
    assert "31/01/2025" in seen["error"] and "31/12/2024" in seen["error"]
    assert count(window, Stage) == 0


def test_edit_then_undo_restores_old_value(qtbot: QtBot, window: MainWindow) -> None:
    plan_id = make_plan(window)
    window.list_view.show_destination(Destination(Kind.PLAN))
    window.list_view.select_ids({plan_id})

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        title = dialog.editors["title"].widget
        title.clear()  # type: ignore[attr-defined]
        type_text(title, "Kế hoạch mới")
        click_save(dialog)

    when_dialog_opens(lambda: editor(window), change)
    window.actions_by_id[ActionId.EDIT_RECORD].trigger()
    assert window.list_view.model.rows[0].values["title"] == "Kế hoạch mới"

    window.actions_by_id[ActionId.UNDO].trigger()
    assert window.db is not None
    with window.db.transaction() as session:
        plan = session.get(Plan, plan_id)
        assert plan is not None
        assert plan.title == "Thông tin đối ngoại tỉnh Hưng Yên năm 2024"


def test_conflicting_edit_keeps_what_the_user_typed(qtbot: QtBot, window: MainWindow) -> None:
    plan_id = make_plan(window)
    window.list_view.show_destination(Destination(Kind.PLAN))
    window.list_view.select_ids({plan_id})
    seen: dict[str, Any] = {}

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog) and window.db is not None
        editing.update_record(window.db, Kind.PLAN, plan_id, {"issuer": "Someone else"})
        type_text(dialog.editors["goals"].widget, "Mục tiêu của tôi")
        click_save(dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.form_error.text()
        seen["goals"] = dialog.editors["goals"].value()

    when_dialog_opens(lambda: editor(window), change)
    window.actions_by_id[ActionId.EDIT_RECORD].trigger()

    assert seen["open"]
    assert "Someone else saved this record" in seen["message"]
    assert seen["goals"] == "Mục tiêu của tôi"
    with window.db.transaction() as session:  # type: ignore[union-attr]
        plan = session.get(Plan, plan_id)
        assert plan is not None and plan.goals is None and plan.issuer == "Someone else"


def test_delete_and_undo_delete(qtbot: QtBot, window: MainWindow) -> None:
    plan_id = make_plan(window)
    window.list_view.show_destination(Destination(Kind.PLAN))
    window.list_view.select_ids({plan_id})
    window.actions_by_id[ActionId.DELETE_RECORD].trigger()
    assert count(window, Plan) == 0
    assert window.list_view.model.rowCount() == 0
    window.actions_by_id[ActionId.UNDO].trigger()
    assert count(window, Plan) == 1
    assert window.list_view.model.rows[0].id == plan_id


def test_duplicate_creates_a_copy(qtbot: QtBot, window: MainWindow) -> None:
    plan_id = make_plan(window)
    window.list_view.show_destination(Destination(Kind.PLAN))
    window.list_view.select_ids({plan_id})
    when_dialog_opens(lambda: editor(window), click_save)
    window.actions_by_id[ActionId.DUPLICATE_RECORD].trigger()
    numbers = sorted(row.values["number"] for row in window.list_view.model.rows)
    assert numbers == ["147/KH-UBND", "147/KH-UBND (copy)"]


def test_navigator_click_shows_the_plans_stages(qtbot: QtBot, window: MainWindow) -> None:
    plan_id = make_plan(window)
    assert window.db is not None
    editing.create_record(
        window.db,
        Kind.STAGE,
        {
            "plan_id": plan_id,
            "name": "Quý I",
            "start_date": date(2024, 1, 1),
            "end_date": date(2024, 3, 31),
        },
    )
    model = window.navigator_model
    plans = model.index(0, 0)
    window.navigator.expandAll()
    stages = model.index(0, 0, model.index(0, 0, plans))
    rect = window.navigator.visualRect(stages)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.list_view.kind is Kind.STAGE
    assert [row.values["name"] for row in window.list_view.model.rows] == ["Quý I"]


def test_filter_finds_text_without_accents(qtbot: QtBot, window: MainWindow) -> None:
    assert window.db is not None
    for title in ("Đại hội Đảng bộ thành phố", "Tết Bính Ngọ"):
        editing.create_record(window.db, Kind.CONTENT_ITEM, {"title": title})
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    assert window.list_view.model.rowCount() == 2
    qtbot.keyClicks(window.list_view.filter, "dai hoi")
    qtbot.waitUntil(lambda: window.list_view.model.rowCount() == 1)
    assert window.list_view.model.rows[0].values["title"] == "Đại hội Đảng bộ thành phố"


def test_header_click_sorts(qtbot: QtBot, window: MainWindow) -> None:
    assert window.db is not None
    for title in ("Bình luận", "An ninh", "Chào mừng"):
        editing.create_record(window.db, Kind.CONTENT_ITEM, {"title": title})
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    header = window.list_view.table.horizontalHeader()
    header_pos = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header_pos, 5))
    titles = [r.values["title"] for r in window.list_view.model.rows]
    assert titles in (["An ninh", "Bình luận", "Chào mừng"], ["Chào mừng", "Bình luận", "An ninh"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header_pos, 5))
    assert [r.values["title"] for r in window.list_view.model.rows] == list(reversed(titles))


def test_typing_survives_a_crash_as_a_draft(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QSettings

    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    seen: dict[str, Any] = {}

    def type_then_vanish(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        type_text(dialog.editors["title"].widget, "Bài chưa lưu")
        qtbot.waitUntil(lambda: QSettings().value(dialog.draft_key) is not None)
        dialog.done(0)  # gone without Save or Cancel, as in a crash

    when_dialog_opens(lambda: editor(window), type_then_vanish)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordEditorDialog)
        seen["title"] = dialog.editors["title"].value()
        seen["notice"] = not dialog.draft_notice.isHidden()
        click_save(dialog)

    when_dialog_opens(lambda: editor(window), look)
    window.actions_by_id[ActionId.NEW_RECORD].trigger()

    assert seen == {"title": "Bài chưa lưu", "notice": True}
    assert count(window, ContentItem) == 1
    assert QSettings().value("drafts/content_item/new") is None, "a saved draft is forgotten"
