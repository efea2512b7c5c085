"""Unscheduled items: drag one onto a day to schedule it, drop a chip here to unschedule it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.core.text import fold
from app.services.calendar import CalendarItem
from app.ui.calendar.mime import ITEM_MIME, decode_ids, encode_ids
from app.ui.calendar.palette import FORMAT_MARKS

_Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole


class BacklogModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[CalendarItem] = []

    def set_items(self, items: Sequence[CalendarItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == DISPLAY:
            return f"{FORMAT_MARKS.get(item.format, '')} {item.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.items[row].id for row in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class BacklogList(QListView):
    """Accepts chips dropped from the calendar; the model itself never changes on a drop."""

    unschedule_requested = Signal(object)  # ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is not self and decode_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is not self and decode_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = decode_ids(event.mimeData())
        if event.source() is self or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.unschedule_requested.emit(ids)


class BacklogPanel(QWidget):
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlog")
        self.title = QLabel(self.tr("Backlog"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.filter = QLineEdit()
        self.filter.setObjectName("backlog_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter unscheduled items"))
        self.model = BacklogModel(self)
        self.list = BacklogList()
        self.list.setObjectName("backlog_list")
        self.list.setModel(self.model)
        self.list.activated.connect(
            lambda index: self.edit_requested.emit(self.model.items[index.row()].id)
        )
        self.hint = QLabel(
            self.tr("Drag an item onto a day to schedule it; drop one here to unschedule it.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #607d8b;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._all: list[CalendarItem] = []
        self.filter.textChanged.connect(self._apply_filter)

    def set_items(self, items: Sequence[CalendarItem]) -> None:
        self._all = list(items)
        self._apply_filter()

    def _apply_filter(self) -> None:
        words = fold(self.filter.text()).split()
        shown = [i for i in self._all if all(w in fold(i.title) for w in words)]
        self.model.set_items(shown)
        self.title.setText(self.tr("Backlog (%n)", "", len(shown)))
