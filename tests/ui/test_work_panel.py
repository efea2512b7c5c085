"""The Work panel on real widgets: one person's open assignments and the weekly workload."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.core.dates import format_day_first, week_start
from app.core.enums import AssignmentRole, AssignmentStatus
from app.core.records import Kind
from app.services.database import Database
from app.services.editing import create_record
from app.ui.main_window import MainWindow
from app.ui.notifier import Changes
from app.ui.work_panel import OVERDUE_COLOR, WorkPanel


@pytest.fixture
def panel(window: MainWindow, qtbot: QtBot) -> Iterator[WorkPanel]:
    shown = WorkPanel()
    qtbot.addWidget(shown)
    shown.set_database(window.db)
    shown.resize(640, 480)
    shown.show()
    yield shown


def database(window: MainWindow) -> Database:
    assert window.db is not None
    return window.db


def add(window: MainWindow, kind: Kind, **values: Any) -> int:
    return create_record(database(window), kind, values).id


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    found = table.item(row, column)
    assert found is not None
    return found


def header(table: QTableWidget, column: int) -> str:
    found = table.horizontalHeaderItem(column)
    assert found is not None
    return found.text()


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [cell(table, row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_picking_a_person_shows_their_open_work_in_due_order(
    window: MainWindow, panel: WorkPanel, qtbot: QtBot
) -> None:
    today = date.today()
    add(window, Kind.PERSON, name="Nguyễn Văn Minh")
    lan = add(window, Kind.PERSON, name="Trần Thị Lan")
    item = add(window, Kind.CONTENT_ITEM, title="Khai mạc Đại hội")
    other = add(window, Kind.CONTENT_ITEM, title="Bế mạc")
    add(window, Kind.ASSIGNMENT, item_id=other, person_id=lan, due_date=today + timedelta(days=3))
    add(
        window,
        Kind.ASSIGNMENT,
        item_id=item,
        person_id=lan,
        role=AssignmentRole.EDIT,
        due_date=today - timedelta(days=1),
    )
    add(
        window,
        Kind.ASSIGNMENT,
        item_id=item,
        person_id=lan,
        due_date=today - timedelta(days=5),
        status=AssignmentStatus.DONE,
    )
    panel.on_changes(Changes.of(Kind.ASSIGNMENT))

    panel.person.setCurrentIndex(panel.person.findText("Trần Thị Lan"))

    table = panel.table
    edit = QCoreApplication.translate("enums", AssignmentRole.EDIT.label)
    todo = QCoreApplication.translate("enums", AssignmentStatus.TODO.label)
    assert rows(table) == [
        [format_day_first(today - timedelta(days=1)), "Khai mạc Đại hội", edit, todo],
        [
            format_day_first(today + timedelta(days=3)),
            "Bế mạc",
            QCoreApplication.translate("enums", AssignmentRole.WRITE.label),
            todo,
        ],
    ]
    assert cell(table, 0, 1).foreground().color() == OVERDUE_COLOR
    assert cell(table, 1, 1).foreground().color() != OVERDUE_COLOR
    assert panel.summary.text() == "2 assignments, 1 overdue"

    with qtbot.waitSignal(panel.item_activated) as activated:
        table.itemDoubleClicked.emit(cell(table, 0, 1))
    assert activated.args == [item]


def test_workload_tab_highlights_an_overloaded_week(window: MainWindow, panel: WorkPanel) -> None:
    next_week = week_start(date.today()) + timedelta(weeks=1)
    hoa = add(window, Kind.PERSON, name="Đỗ Thu Hoa", weekly_capacity=1)
    add(window, Kind.PERSON, name="Trần Thị Lan", weekly_capacity=3)
    item = add(window, Kind.CONTENT_ITEM, title="Chuỗi phóng sự")
    for offset in (0, 2):
        add(
            window,
            Kind.ASSIGNMENT,
            item_id=item,
            person_id=hoa,
            due_date=next_week + timedelta(days=offset),
        )
    panel.on_changes(Changes.of(Kind.ASSIGNMENT))
    panel.tabs.setCurrentIndex(1)

    table = panel.workload_table
    assert table.isVisible()
    assert table.columnCount() == 6
    headers = [header(table, column) for column in range(6)]
    assert headers[1] == next_week.strftime("%d/%m")
    people = [table.verticalHeaderItem(row) for row in range(2)]
    assert [person.text() if person else "" for person in people] == [
        "Đỗ Thu Hoa",
        "Trần Thị Lan",
    ]
    assert rows(table) == [
        ["0/1", "2/1", "0/1", "0/1", "0/1", "0/1"],
        ["0/3"] * 6,
    ]
    overloaded = cell(table, 0, 1)
    assert overloaded.font().bold()
    assert overloaded.background().color() != cell(table, 0, 0).background().color()
    assert not cell(table, 0, 0).font().bold()


def test_unrelated_changes_do_not_reload(window: MainWindow, panel: WorkPanel) -> None:
    add(window, Kind.PERSON, name="Trần Thị Lan")
    panel.on_changes(Changes.of(Kind.THEME))
    assert panel.person.count() == 0
    panel.on_changes(Changes.of(Kind.PERSON))
    assert panel.person.count() == 1
    assert panel.summary.text() == "0 assignments, 0 overdue"
