"""The History panel on real widgets: changes from the audit log, and an item's comment thread."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.enums import ContentStatus, MilestoneKind
from app.core.records import Kind
from app.services import history
from app.services.database import Database
from app.services.editing import create_record, update_record
from app.services.workflow import change_status
from app.ui.history_panel import HistoryPanel
from app.ui.main_window import MainWindow
from app.ui.notifier import Changes
from tests.ui.conftest import type_text

COMMENT = "Cần bổ sung nguồn số liệu, nhờ chị Hương kiểm tra lại đoạn mở đầu."


@pytest.fixture
def panel(window: MainWindow, qtbot: QtBot) -> Iterator[HistoryPanel]:
    shown = HistoryPanel(window.notifier, window.undo_stack)
    qtbot.addWidget(shown)
    window.notifier.records_changed.connect(shown.on_changes)
    shown.set_database(window.db)
    shown.resize(640, 480)
    shown.show()
    yield shown
    window.notifier.records_changed.disconnect(shown.on_changes)


def database(window: MainWindow) -> Database:
    assert window.db is not None
    return window.db


def new_item(window: MainWindow, title: str = "Bài viết về Đại hội") -> int:
    return create_record(database(window), Kind.CONTENT_ITEM, {"title": title}).id


def rows(panel: HistoryPanel) -> list[list[str]]:
    table = panel.table
    found = []
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        found.append([cell.text() if cell is not None else "" for cell in cells])
    return found


def thread(panel: HistoryPanel) -> list[str]:
    found = panel.comment_list
    return [found.item(row).text() for row in range(found.count())]


def test_nothing_shown_until_a_record_is_chosen(panel: HistoryPanel) -> None:
    assert panel.table.rowCount() == 0
    assert not panel.tabs.isEnabled()
    assert panel.header.text() == "Select a record to see its history."


def test_an_edit_shows_old_and_new(window: MainWindow, panel: HistoryPanel) -> None:
    item_id = new_item(window)
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    assert panel.header.text() == "Content item: Bài viết về Đại hội"
    assert [r[2:] for r in rows(panel)] == [["Created", "Bài viết về Đại hội"]]
    update_record(
        database(window),
        Kind.CONTENT_ITEM,
        item_id,
        {"title": "Đại hội lần thứ XIV", "deadline": date(2026, 1, 19)},
    )
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
    shown = rows(panel)
    assert [r[2:] for r in shown] == [
        ["Deadline", "(empty) → 19/01/2026"],
        ["Title", "Bài viết về Đại hội → Đại hội lần thứ XIV"],
        ["Created", "Bài viết về Đại hội"],
    ]
    assert panel.header.text() == "Content item: Đại hội lần thứ XIV"


def test_a_status_change_shows_who_and_when(window: MainWindow, panel: HistoryPanel) -> None:
    item_id = new_item(window)
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    before = datetime.now().replace(second=0, microsecond=0)
    change_status(database(window), [item_id], ContentStatus.PLANNED)
    window.notifier.announce(Changes.of(Kind.CONTENT_ITEM))
    when, who, what, change = rows(panel)[0]
    assert (who, what, change) == (database(window).actor, "Status", "Idea → Planned")
    moment = datetime.strptime(when, "%d/%m/%Y %H:%M")
    assert before <= moment <= datetime.now()


def test_other_kinds_changes_do_not_reload(window: MainWindow, panel: HistoryPanel) -> None:
    item_id = new_item(window)
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    update_record(database(window), Kind.CONTENT_ITEM, item_id, {"title": "Mới"})
    window.notifier.announce(Changes.of(Kind.MILESTONE))
    assert panel.table.rowCount() == 1


def test_adding_a_vietnamese_comment_is_one_undoable_step(
    window: MainWindow, panel: HistoryPanel, qtbot: QtBot
) -> None:
    item_id = new_item(window)
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    assert panel.tabs.isTabVisible(1)
    panel.tabs.setCurrentIndex(1)
    panel.comment_box.setFocus()
    type_text(panel.comment_box, COMMENT)
    assert panel.comment_box.toPlainText() == COMMENT
    steps = window.undo_stack.count()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    [stored] = history.comments(database(window), item_id)
    assert (stored.body, stored.author) == (COMMENT, database(window).actor)
    assert window.undo_stack.count() == steps + 1
    assert panel.comment_box.toPlainText() == ""
    assert thread(panel)[-1].endswith(COMMENT)
    assert thread(panel)[-1].startswith(database(window).actor + " · ")

    window.undo_stack.undo()
    assert history.comments(database(window), item_id) == []
    assert thread(panel) == []
    window.undo_stack.redo()
    assert history.comments(database(window), item_id) == [stored]
    assert thread(panel)[-1].endswith(COMMENT)


def test_ctrl_enter_posts_and_comments_are_newest_last(
    window: MainWindow, panel: HistoryPanel, qtbot: QtBot
) -> None:
    item_id = new_item(window)
    history.add_comment(database(window), item_id, "Bình luận đầu tiên")
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    type_text(panel.comment_box, "Đã sửa xong")
    qtbot.keyClick(panel.comment_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [c.body for c in history.comments(database(window), item_id)] == [
        "Bình luận đầu tiên",
        "Đã sửa xong",
    ]
    assert [line.split("\n")[1] for line in thread(panel)] == ["Bình luận đầu tiên", "Đã sửa xong"]


def test_an_empty_comment_is_refused_with_a_message(
    window: MainWindow, panel: HistoryPanel, qtbot: QtBot
) -> None:
    item_id = new_item(window)
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    panel.tabs.setCurrentIndex(1)
    type_text(panel.comment_box, "   ")
    steps = window.undo_stack.count()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.message.isVisible()
    assert panel.message.text() == "A comment needs some text."
    assert history.comments(database(window), item_id) == []
    assert window.undo_stack.count() == steps


def test_deleting_a_comment_is_undoable(
    window: MainWindow, panel: HistoryPanel, qtbot: QtBot
) -> None:
    item_id = new_item(window)
    kept = history.add_comment(database(window), item_id, "Giữ lại")
    gone = history.add_comment(database(window), item_id, "Xóa đi")
    panel.show_record(Kind.CONTENT_ITEM, item_id)
    panel.tabs.setCurrentIndex(1)
    assert not panel.delete_button.isEnabled()
    panel.comment_list.setCurrentRow(1)
    assert panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert history.comments(database(window), item_id) == [kept]
    assert len(thread(panel)) == 1
    window.undo_stack.undo()
    assert history.comments(database(window), item_id) == [kept, gone]
    window.undo_stack.redo()
    assert history.comments(database(window), item_id) == [kept]


def test_column_history(window: MainWindow, panel: HistoryPanel) -> None:
    db = database(window)
    outlet = create_record(db, Kind.OUTLET, {"name": "Báo Nhân Dân"}).id
    web = create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Web"}).id
    radio = create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Phát thanh"}).id
    values = {"name": "Chuyện tử tế", "channel_id": web, "start_date": date(2026, 1, 5)}
    column = create_record(db, Kind.COLUMN, values).id
    panel.show_record(Kind.COLUMN, column)
    assert not panel.tabs.isTabVisible(1)
    update_record(db, Kind.COLUMN, column, {"channel_id": radio})
    window.notifier.announce(Changes.of(Kind.COLUMN))
    assert panel.header.text() == "Column: Chuyện tử tế"
    assert [r[2:] for r in rows(panel)] == [
        ["Channel", "Web → Phát thanh"],
        ["Created", "Chuyện tử tế"],
    ]


def test_milestone_history(window: MainWindow, panel: HistoryPanel) -> None:
    db = database(window)
    values = {
        "kind": MilestoneKind.HOLIDAY,
        "name": "Quốc khánh",
        "start_date": date(2026, 9, 2),
        "end_date": date(2026, 9, 2),
    }
    milestone = create_record(db, Kind.MILESTONE, values).id
    update_record(db, Kind.MILESTONE, milestone, {"end_date": date(2026, 9, 3)})
    panel.show_record(Kind.MILESTONE, milestone)
    assert not panel.tabs.isTabVisible(1)
    assert [r[2:] for r in rows(panel)] == [
        ["End", "02/09/2026 → 03/09/2026"],
        ["Created", "Quốc khánh"],
    ]
    panel.show_record(None, None)
    assert panel.table.rowCount() == 0
