"""The wizard's pages in order, and the wait cursor its longer steps show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

FILE_PAGE, MAPPING_PAGE, PLAN_PAGE = range(3)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the file is read or written (10,000 events take about a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
