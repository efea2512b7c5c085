"""UI fixtures: settings kept in a temporary folder, a main window on a fresh database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.ui.application import create_application
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp(tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """The application in English, with its settings in a temporary folder, not the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("edcal-tests")
    app = create_application([])
    install_translators("en")  # as the application does: English plurals ("1 item", "2 items")
    return app


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.open_database(str(tmp_path / "ui.sqlite"))
    main.show()
    yield main
    if main.db is not None:
        main.db.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` one key event per character (qtbot.keyClicks aborts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def when_dialog_opens(find: Callable[[], QDialog | None], act: Callable[[QDialog], None]) -> None:
    """Run `act` on a modal dialog once it shows (its exec() blocks the test otherwise).

    If `act` fails or leaves the dialog open, the dialog is cancelled so the test cannot hang;
    the failure itself is reported by pytest-qt's capture of exceptions in Qt callbacks.
    """

    def attempt() -> None:
        dialog = find()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, attempt)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)
