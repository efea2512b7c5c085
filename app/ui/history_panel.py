"""The History panel: every logged change of the current record and, for items, the comments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.records import Kind, spec_of
from app.core.validation import ValidationError
from app.services import history
from app.services.database import Database
from app.services.records import NotFoundError
from app.ui.commands import RecordCommand
from app.ui.i18n import render
from app.ui.message_banner import MessageBanner
from app.ui.notifier import ChangeNotifier, Changes

MIN_WIDTH = 360
WHEN_FORMAT = "%d/%m/%Y %H:%M"
COMMENT_ROLE = Qt.ItemDataRole.UserRole
ARROW = " → "


class CommentCommand(RecordCommand):
    """Adding or deleting one comment; undo does the opposite, keeping the comment's id and time.

    As with every RecordCommand the first redo already happened: the comment was added (or
    deleted) before the push. Undoing an add deletes it with a snapshot; redo restores that.
    """

    def __init__(
        self,
        db: Database,
        notifier: ChangeNotifier,
        comment_id: int,
        text: str,
        *,
        added: bool,
        deleted: history.DeletedComment | None = None,
    ) -> None:
        super().__init__(db, notifier, text)
        self.comment_id = comment_id
        self.added = added
        self.deleted = deleted

    def changes(self) -> Changes:
        return Changes.of(Kind.CONTENT_ITEM)

    def _remove(self) -> None:
        self.deleted = history.delete_comment(self.db, self.comment_id)

    def _put_back(self) -> None:
        assert self.deleted is not None
        history.restore_comment(self.db, self.deleted)

    def do(self) -> None:
        if self.added:
            self._put_back()
        else:
            self._remove()

    def revert(self) -> None:
        if self.added:
            self._remove()
        else:
            self._put_back()


class CommentBox(QPlainTextEdit):
    """The text a comment is written in; Ctrl+Enter posts it."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class HistoryPanel(QWidget):
    """Shows one record at a time: `show_record(kind, id)`; None shows nothing."""

    def __init__(
        self, notifier: ChangeNotifier, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.setMinimumWidth(MIN_WIDTH)
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.db: Database | None = None
        self.kind: Kind | None = None
        self.record_id: int | None = None

        self.header = QLabel()
        self.header.setObjectName("history_header")
        self.header.setWordWrap(True)
        bold = QFont(self.header.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.header.setFont(bold)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Old → New")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        columns = self.table.horizontalHeader()
        for column in range(3):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Long values wrap: rows grow again whenever the change column gets its final width.
        columns.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        self.comment_list = QListWidget()
        self.comment_list.setObjectName("comment_list")
        self.comment_list.setWordWrap(True)
        self.comment_list.setAlternatingRowColors(True)
        self.comment_list.setSpacing(2)
        self.comment_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.comment_box = CommentBox()
        self.comment_box.setObjectName("comment_box")
        self.comment_box.setPlaceholderText(self.tr("Write a comment… (Ctrl+Enter posts it)"))
        self.comment_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.comment_box.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("Add comment"))
        self.add_button.setObjectName("comment_add")
        self.add_button.setToolTip(self.tr("Post the comment (Ctrl+Enter)"))
        self.delete_button = QPushButton(self.tr("Delete comment"))
        self.delete_button.setObjectName("comment_delete")
        self.delete_button.setEnabled(False)
        self.message = MessageBanner("comment_message")

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        thread = QWidget()
        thread_layout = QVBoxLayout(thread)
        thread_layout.addWidget(self.comment_list, 1)
        thread_layout.addWidget(self.message)
        thread_layout.addWidget(self.comment_box)
        thread_layout.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("history_tabs")
        self.tabs.addTab(self.table, self.tr("History"))
        self.tabs.addTab(thread, self.tr("Comments"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.add_button.clicked.connect(self.add_comment)
        self.comment_box.submitted.connect(self.add_comment)
        self.delete_button.clicked.connect(self.delete_selected_comment)
        self.comment_list.itemSelectionChanged.connect(self._update_buttons)
        self.comment_box.textChanged.connect(self._update_buttons)
        self.reload()

    # -- what the main window calls ---------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.kind = None
        self.record_id = None
        self.comment_box.clear()
        self.reload()

    def show_record(self, kind: Kind | None, record_id: int | None) -> None:
        if (kind, record_id) != (self.kind, self.record_id):
            self.comment_box.clear()
            self.message.hide()
        self.kind = kind if record_id is not None else None
        self.record_id = record_id if kind is not None else None
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self.kind is not None and self.kind in changes.kinds:
            self.reload()

    # -- showing ----------------------------------------------------------------------------

    def _has_comments(self) -> bool:
        return self.kind is Kind.CONTENT_ITEM and self.record_id is not None

    def reload(self) -> None:
        self.table.setRowCount(0)
        self.comment_list.clear()
        self.tabs.setTabVisible(1, self._has_comments())
        if self.db is None or self.kind is None or self.record_id is None:
            self.header.setText(self.tr("Select a record to see its history."))
            self.tabs.setEnabled(False)
            self._update_buttons()
            return
        self.tabs.setEnabled(True)
        kind_label = QCoreApplication.translate("records", spec_of(self.kind).label)
        name = history.record_label(self.db, self.kind, self.record_id)
        if name is None:
            title = self.tr("%1 #%2 (deleted)").replace("%1", kind_label)
            self.header.setText(title.replace("%2", str(self.record_id)))
        else:
            self.header.setText(self.tr("%1: %2").replace("%1", kind_label).replace("%2", name))
        self._fill_history(history.record_history(self.db, self.kind, self.record_id))
        if self._has_comments():
            self._fill_comments(history.comments(self.db, self.record_id))
        self._update_buttons()

    def _what(self, entry: history.HistoryEntry) -> str:
        if entry.action == "create":
            return self.tr("Created")
        if entry.action == "delete":
            return self.tr("Deleted")
        if entry.action == "restore":
            return self.tr("Restored")
        if entry.field_label is not None:
            return QCoreApplication.translate("records", entry.field_label)
        return entry.field or ""

    def _value(self, entry: history.HistoryEntry, text: str) -> str:
        if not text:
            return self.tr("(empty)")
        if entry.values_context is not None:
            return QCoreApplication.translate(entry.values_context, text)
        return text

    def _change(self, entry: history.HistoryEntry) -> str:
        if entry.action == "update":
            return self._value(entry, entry.old) + ARROW + self._value(entry, entry.new)
        return entry.new or entry.old

    def _fill_history(self, entries: list[history.HistoryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (entry.at.strftime(WHEN_FORMAT), entry.actor, self._what(entry))
            for column, text in enumerate((*cells, self._change(entry))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if column == 2 and entry.action != "update":
                    font = cell.font()
                    font.setItalic(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def _fill_comments(self, found: list[history.CommentData]) -> None:
        for comment in found:
            when = comment.posted_at.strftime(WHEN_FORMAT)
            line = QListWidgetItem(f"{comment.author} · {when}\n{comment.body}")
            line.setData(COMMENT_ROLE, comment.id)
            line.setToolTip(comment.body)
            self.comment_list.addItem(line)
        if found:
            self.comment_list.scrollToBottom()

    def _update_buttons(self) -> None:
        ready = self.db is not None and self._has_comments()
        self.add_button.setEnabled(ready)
        self.comment_box.setEnabled(ready)
        self.delete_button.setEnabled(ready and self._selected_comment() is not None)

    def _selected_comment(self) -> int | None:
        chosen = self.comment_list.selectedItems()
        if not chosen:
            return None
        value = chosen[0].data(COMMENT_ROLE)
        return int(value) if value is not None else None

    # -- commenting -------------------------------------------------------------------------

    def add_comment(self) -> None:
        """Post what is in the box, as one undoable step; an empty box is refused."""
        if self.db is None or not self._has_comments():
            return
        assert self.record_id is not None
        try:
            posted = history.add_comment(self.db, self.record_id, self.comment_box.toPlainText())
        except ValidationError as error:
            self.message.show_message("\n".join(render(found) for found in error.problems.values()))
            return
        except NotFoundError:
            self.message.show_message(self.tr("This item no longer exists."))
            return
        self.message.hide()
        self.comment_box.clear()
        command = CommentCommand(
            self.db, self.notifier, posted.id, self.tr("Add comment"), added=True
        )
        self.undo_stack.push(command)

    def delete_selected_comment(self) -> None:
        comment_id = self._selected_comment()
        if self.db is None or comment_id is None:
            return
        try:
            deleted = history.delete_comment(self.db, comment_id)
        except NotFoundError:
            self.message.show_message(self.tr("This comment was already deleted."))
            self.reload()
            return
        command = CommentCommand(
            self.db,
            self.notifier,
            comment_id,
            self.tr("Delete comment"),
            added=False,
            deleted=deleted,
        )
        self.undo_stack.push(command)
