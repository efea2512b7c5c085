"""The real calendar and timeline widgets, offscreen, as the benchmarks drive them."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.application import freeze_startup_objects
from app.ui.calendar.view import CalendarView
from app.ui.notifier import ChangeNotifier
from app.ui.record_actions import RecordActions
from app.ui.timeline.view import TimelineView

WINDOW_SIZE = (1400, 900)
# The offscreen platform's notes about what it cannot do; anything else Qt says is printed.
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)

View = TypeVar("View", CalendarView, TimelineView)


def _qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not message.startswith(QUIET_QT_MESSAGES):
        print(message, file=sys.stderr)


def offscreen_application() -> QApplication:
    """The application, offscreen unless a platform is chosen, with Qt's chatter filtered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


@contextmanager
def shown_view(view_class: type[View]) -> Iterator[View]:
    """A real view, built the way the main window builds it, shown offscreen."""
    host = QWidget()
    notifier = ChangeNotifier(host)
    undo_stack = QUndoStack(host)
    actions = RecordActions(notifier, undo_stack, host)
    view = view_class(notifier, undo_stack, actions)
    view.resize(*WINDOW_SIZE)
    view.show()
    QApplication.processEvents()
    freeze_startup_objects()  # as the application does once its window is up
    try:
        yield view
    finally:
        view.close()
        view.set_database(None)
        view.deleteLater()
        host.deleteLater()
        QApplication.processEvents()
