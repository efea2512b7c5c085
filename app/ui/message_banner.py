"""A warning strip above a view: says why something did not happen, without a dialog in the way."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

WARNING_STYLE = "background: #fff3cd; color: #5d4037; border: 1px solid #ffb300; padding: 4px;"
SHOWN_SECONDS = 12


class MessageBanner(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_message(self, text: str, seconds: int = SHOWN_SECONDS) -> None:
        self.setText(text)
        self.show()
        self._timer.start(seconds * 1000)
