"""Edit → Set status offers only the workflow's moves, changes many items in one undo step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.core.enums import ContentStatus
from app.core.records import Kind
from app.core.validation import ValidationError
from app.db.models import Comment, ContentItem
from app.services import editing
from app.ui.main_window import MainWindow
from app.ui.models.navigator import Destination


def statuses(window: MainWindow, ids: list[int]) -> list[ContentStatus]:
    assert window.db is not None
    with window.db.transaction() as session:
        found = [session.get(ContentItem, i) for i in ids]
        return [item.status for item in found if item is not None]


def items(window: MainWindow, *status: str) -> list[int]:
    assert window.db is not None
    return [
        editing.create_record(
            window.db,
            Kind.CONTENT_ITEM,
            {"title": f"Bài {n}", "status": s, "planned_start": date(2026, 3, 2)},
        ).id
        for n, s in enumerate(status)
    ]


def offered(window: MainWindow) -> list[str]:
    window.status_actions.fill(window.status_menu)
    return [a.objectName() for a in window.status_menu.actions() if a.isEnabled()]


def test_only_allowed_moves_are_offered_and_apply_to_all_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    ids = items(window, "idea", "idea")
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    window.list_view.select_ids(set(ids))
    assert offered(window) == ["status_planned", "status_cancelled"]
    planned = next(a for a in window.status_menu.actions() if a.objectName() == "status_planned")
    planned.trigger()
    assert statuses(window, ids) == [ContentStatus.PLANNED, ContentStatus.PLANNED]
    window.undo_stack.undo()
    assert statuses(window, ids) == [ContentStatus.IDEA, ContentStatus.IDEA]
    window.undo_stack.redo()
    assert statuses(window, ids) == [ContentStatus.PLANNED, ContentStatus.PLANNED]


def test_a_return_asks_for_its_reason_and_keeps_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = items(window, "submitted")
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    window.list_view.select_ids(set(ids))
    assert "status_returned" in offered(window)
    assert "status_published" not in offered(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("Thiếu nguồn trích dẫn", True))
    assert window.status_actions.change(ContentStatus.RETURNED)
    assert statuses(window, ids) == [ContentStatus.RETURNED]
    assert window.db is not None
    with window.db.transaction() as session:
        comments = [c.body for c in session.query(Comment).filter_by(item_id=ids[0])]
    assert any("Thiếu nguồn trích dẫn" in body for body in comments)


def test_cancelling_the_reason_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = items(window, "submitted")
    window.list_view.show_destination(Destination(Kind.CONTENT_ITEM))
    window.list_view.select_ids(set(ids))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("", False))
    assert not window.status_actions.change(ContentStatus.RETURNED)
    assert statuses(window, ids) == [ContentStatus.SUBMITTED]
    assert window.undo_stack.count() == 0


def test_the_editor_does_not_change_status(qtbot: QtBot, window: MainWindow) -> None:
    ids = items(window, "idea")
    assert window.db is not None
    with pytest.raises(ValidationError):
        editing.update_record(window.db, Kind.CONTENT_ITEM, ids[0], {"status": "published"})
    assert statuses(window, ids) == [ContentStatus.IDEA]
