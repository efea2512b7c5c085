"""The window around the views: settings kept, view switching, a known PySide6 crash."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui import settings
from app.ui.about import about_text
from app.ui.actions import ActionId
from app.ui.application import freeze_startup_objects
from app.ui.main_window import MainWindow


def test_window_remembers_size_and_last_file(qtbot: QtBot, tmp_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_database(str(tmp_path / "one.sqlite"))
    first.show()
    first.resize(760, 560)
    size = (first.width(), first.height())
    first.close()
    assert settings.LAST_FILE.get() == str((tmp_path / "one.sqlite").resolve())
    assert settings.RECENT_FILES.get()[0] == settings.LAST_FILE.get()

    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size
    second.close()


def test_opening_a_bad_file_keeps_the_current_database(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    current = window.db
    assert not window.open_database(str(junk))
    assert window.db is current
    assert shown and "junk.sqlite" in shown[0]


def test_view_shortcuts_switch_the_centre(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_id[ActionId.VIEW_CALENDAR].trigger()
    assert window.views.currentIndex() == 1
    window.actions_by_id[ActionId.VIEW_LISTS].trigger()
    assert window.views.currentIndex() == 0
    shortcuts = [s.toString() for s in window.actions_by_id[ActionId.VIEW_TIMELINE].shortcuts()]
    assert shortcuts == ["Ctrl+3"]
    assert window.actions_by_id[ActionId.UNDO].shortcuts()[0].toString() == "Ctrl+Z"


def test_about_names_the_versions() -> None:
    text = about_text()
    assert "PySide6 6." in text and "SQLAlchemy 2." in text and "Python 3." in text


def test_many_calls_of_a_method_returning_nothing(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 crashed after a few thousand such calls (none_dealloc)."""
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(20_000):
        label.setText(str(number))
        label.setEnabled(number % 2 == 0)
    assert label.text() == "19999"


def test_record_actions_follow_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    from datetime import date

    from app.core.records import Kind
    from app.services import editing
    from app.ui.models.navigator import Destination

    assert window.db is not None
    created = editing.create_record(
        window.db,
        Kind.MILESTONE,
        {
            "kind": "congress",
            "name": "Đại hội XIV",
            "start_date": date(2026, 1, 19),
            "end_date": date(2026, 1, 23),
        },
    )
    window.list_view.show_destination(Destination(Kind.MILESTONE))
    delete = window.actions_by_id[ActionId.DELETE_RECORD]
    assert window.actions_by_id[ActionId.NEW_RECORD].isEnabled()
    assert not delete.isEnabled()
    window.list_view.select_ids({created.id})
    assert delete.isEnabled()
    assert window.actions_by_id[ActionId.EDIT_RECORD].isEnabled()


def test_the_history_panel_follows_the_selected_record(qtbot: QtBot, window: MainWindow) -> None:
    from datetime import date

    from app.core.records import Kind
    from app.services import editing
    from app.ui.models.navigator import Destination

    assert window.db is not None
    created = editing.create_record(
        window.db,
        Kind.MILESTONE,
        {
            "kind": "holiday",
            "name": "Tết Bính Ngọ",
            "start_date": date(2026, 2, 17),
            "end_date": date(2026, 2, 17),
        },
    )
    editing.update_record(window.db, Kind.MILESTONE, created.id, {"end_date": date(2026, 2, 22)})
    window.history_dock.toggleViewAction().trigger()  # View → History and comments
    assert window.history_dock.isVisible()
    window.list_view.show_destination(Destination(Kind.MILESTONE))
    window.list_view.select_ids({created.id})
    table = window.history.table
    cells = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            cells.append(item.text() if item is not None else "")
    assert any("22/02/2026" in text for text in cells)


def test_my_work_opens_from_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    from datetime import date, timedelta

    from app.core.records import Kind
    from app.services import editing

    assert window.db is not None
    person = editing.create_record(window.db, Kind.PERSON, {"name": "Nguyễn Thu Hà"}).id
    item = editing.create_record(window.db, Kind.CONTENT_ITEM, {"title": "Phóng sự Tết"}).id
    due = date.today() - timedelta(days=1)
    editing.create_record(
        window.db, Kind.ASSIGNMENT, {"item_id": item, "person_id": person, "due_date": due}
    )
    window.work_dock.toggleViewAction().trigger()  # View → My work and workload
    assert window.work_dock.isVisible()
    window.work.reload()
    cell = window.work.table.item(0, 1)
    assert cell is not None and cell.text() == "Phóng sự Tết"
    assert "1 overdue" in window.work.summary.text()


def test_startup_objects_leave_the_collectors_full_passes() -> None:
    """What exists once the window is up is frozen: a full collection no longer walks it."""
    startup = [{"made": n} for n in range(1000)]
    before = gc.get_freeze_count()
    freeze_startup_objects()
    try:
        assert gc.get_freeze_count() >= before + len(startup)
    finally:
        gc.unfreeze()
