"""File → Export schedule…, Print and Print preview, driven through the real dialog."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialog, QMenu
from pytestqt.qtbot import QtBot

from app.core.weeks import next_week, week_label
from app.exports.registry import ExportFormat, export_schedule
from app.services.schedule import build_schedule
from app.ui.actions import ActionId
from app.ui.export_dialog import ExportDialog
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.schedule_print import SchedulePreview, print_to, schedule_printer
from tests.db.schedule_world import CONGRESS, WEEK, build_world
from tests.ui.conftest import when_dialog_opens


@pytest.fixture
def vietnamese() -> Iterator[None]:
    assert install_translators("vi") == "vi"
    yield
    install_translators("en")


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Walk the focused combo with the arrow keys to the entry holding `data` (the popup
    cannot grab the keyboard on the offscreen platform)."""
    combo.setFocus()
    steps = combo.findData(data) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentData() == data


def retype(qtbot: QtBot, field: object, text: str) -> None:
    field.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def the_dialog(window: MainWindow) -> ExportDialog | None:
    found = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    return found[0] if found else None


def file_menu_actions(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return [action.objectName() for action in menu.actions()]


def test_export_a_week_to_a_workbook_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.db is not None
    build_world(window.db)
    names = file_menu_actions(window)
    assert {"export_schedule", "print_schedule", "preview_schedule"} <= set(names)
    action = window.actions_by_id[ActionId.EXPORT_SCHEDULE]
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    assert window.actions_by_id[ActionId.PRINT_SCHEDULE].shortcut().toString() == "Ctrl+P"
    target = tmp_path / "week-04.xlsx"
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen["default week"] = dialog.week.text()
        retype(qtbot, dialog.week, "2026-W04")
        assert dialog.week_dates.text().startswith("19/01/2026")
        choose(qtbot, dialog.format, "xlsx")
        retype(qtbot, dialog.file, str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        seen["result"] = dialog.result()

    when_dialog_opens(lambda: the_dialog(window), act)
    action.trigger()
    assert seen["default week"] == week_label(next_week(date.today())[0])
    assert seen["result"] == QDialog.DialogCode.Accepted
    sheet = load_workbook(target)["2026-W04"]
    days = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert days[0] == datetime(2026, 1, 19) and days[-1] == datetime(2026, 1, 23)
    titles = [row[5].value for row in sheet.iter_rows(min_row=2)]
    assert "Đại hội XIV: phiên khai mạc trọng thể" in titles
    assert str(target) in window.statusBar().currentMessage()


def test_a_bad_week_is_said_and_blocks_the_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.db is not None
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        retype(qtbot, dialog.week, "2026-W60")
        seen["enabled"] = dialog.export_button.isEnabled()
        seen["problem"] = dialog.problem.text()
        retype(qtbot, dialog.week, "2026-W05")
        seen["enabled again"] = dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.following_week, Qt.MouseButton.LeftButton)
        seen["stepped"] = dialog.week.text()
        dialog.reject()

    when_dialog_opens(lambda: the_dialog(window), act)
    window.actions_by_id[ActionId.EXPORT_SCHEDULE].trigger()
    assert seen == {
        "enabled": False,
        "problem": "Write the week like 2026-W04.",
        "enabled again": True,
        "stepped": "2026-W06",
    }


def test_print_preview_draws_the_pages(qtbot: QtBot, window: MainWindow) -> None:
    assert window.db is not None
    build_world(window.db)
    seen: dict[str, int] = {}

    def look(preview: QDialog) -> None:
        assert isinstance(preview, SchedulePreview)
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() > 0)
        seen["pages"] = widget.pageCount()
        seen["drawn"] = preview.pages_drawn

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.preview_button.isDefault()
        retype(qtbot, dialog.week, "2026-W04")
        when_dialog_opens(lambda: dialog.findChild(SchedulePreview), look)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_dialog_opens(lambda: the_dialog(window), act)
    window.actions_by_id[ActionId.PREVIEW_SCHEDULE].trigger()
    assert seen["pages"] >= 1 and seen["drawn"] == seen["pages"]


def test_printing_draws_the_pdf_export_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, vietnamese: None
) -> None:
    assert window.db is not None
    build_world(window.db)
    schedule = build_schedule(window.db, *WEEK, now=datetime(2026, 1, 16, 15, 30))
    printer = schedule_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_to(schedule, printer)
    exported = export_schedule(schedule, ExportFormat.PDF, tmp_path / "exported.pdf")

    def text(path: Path) -> str:
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        return unicodedata.normalize("NFC", out)

    printed = text(tmp_path / "printed.pdf")
    assert CONGRESS in printed and "Thứ Hai, 19/01/2026" in printed
    assert printed.count("\f") == pages
    # Same words in the same order, whatever the two devices' resolutions.
    assert printed.split() == text(exported).split()
