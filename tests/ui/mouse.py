"""Mouse gestures as a hand makes them: press, move in steps, release, on the real widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def send_mouse(
    widget: QWidget,
    kind: QEvent.Type,
    pos: QPointF,
    buttons: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier = NONE,
) -> None:
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    QApplication.sendEvent(widget, QMouseEvent(kind, pos, global_pos, button, buttons, modifiers))


def drag(
    widget: QWidget,
    start: QPointF,
    end: QPointF,
    modifiers: Qt.KeyboardModifier = NONE,
    before_release: Callable[[], object] | None = None,
) -> None:
    """Press, move in steps, release: what a hand on a mouse does."""
    send_mouse(widget, QEvent.Type.MouseButtonPress, start, LEFT, modifiers)
    for fraction in (0.25, 0.5, 1.0):
        point = start + (end - start) * fraction
        send_mouse(widget, QEvent.Type.MouseMove, point, LEFT, modifiers)
    if before_release is not None:
        before_release()
    send_mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton, modifiers)


def click(widget: QWidget, pos: QPointF, modifiers: Qt.KeyboardModifier = NONE) -> None:
    send_mouse(widget, QEvent.Type.MouseButtonPress, pos, LEFT, modifiers)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton, modifiers)


def double_click(widget: QWidget, pos: QPointF) -> None:
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QMouseEvent(QEvent.Type.MouseButtonDblClick, pos, global_pos, LEFT, LEFT, NONE)
    QApplication.sendEvent(widget, event)


def wheel(
    widget: QWidget, pos: QPointF, steps: float, modifiers: Qt.KeyboardModifier = NONE
) -> None:
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QWheelEvent(
        pos,
        global_pos,
        QPoint(0, 0),
        QPoint(0, int(steps * 120)),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
