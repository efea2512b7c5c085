"""Every menu action, registered once by id, with its objectName and standard shortcut."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(Enum):
    NEW_DATABASE = "new_database"
    OPEN_DATABASE = "open_database"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NEW_RECORD = "new_record"
    EDIT_RECORD = "edit_record"
    DUPLICATE_RECORD = "duplicate_record"
    DELETE_RECORD = "delete_record"
    VIEW_LISTS = "view_lists"
    VIEW_CALENDAR = "view_calendar"
    VIEW_TIMELINE = "view_timeline"
    ABOUT = "about"
    EXPORT_TIMELINE = "export_timeline"
    EXPORT_PLAN_TIMELINE = "export_plan_timeline"
    PREFERENCES = "preferences"
    EXPORT_SCHEDULE = "export_schedule"
    PRINT_SCHEDULE = "print_schedule"
    PREVIEW_SCHEDULE = "preview_schedule"
    IMPORT_FILE = "import_file"


Shortcut = QKeySequence.StandardKey | str

SHORTCUTS: dict[ActionId, tuple[Shortcut, ...]] = {
    ActionId.NEW_DATABASE: ("Ctrl+Shift+N",),
    ActionId.OPEN_DATABASE: (QKeySequence.StandardKey.Open,),
    ActionId.QUIT: (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
    ActionId.UNDO: (QKeySequence.StandardKey.Undo,),
    ActionId.REDO: (QKeySequence.StandardKey.Redo, "Ctrl+Y"),
    ActionId.NEW_RECORD: (QKeySequence.StandardKey.New, "Ins"),
    ActionId.EDIT_RECORD: ("Ctrl+E", "F2"),
    ActionId.DUPLICATE_RECORD: ("Ctrl+D",),
    ActionId.DELETE_RECORD: (QKeySequence.StandardKey.Delete,),
    ActionId.VIEW_LISTS: ("Ctrl+1",),
    ActionId.VIEW_CALENDAR: ("Ctrl+2",),
    ActionId.VIEW_TIMELINE: ("Ctrl+3",),
    ActionId.ABOUT: (QKeySequence.StandardKey.HelpContents,),
    ActionId.PREFERENCES: (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
    # Ctrl+E is Edit's: export takes Ctrl+Shift+E.
    ActionId.EXPORT_SCHEDULE: ("Ctrl+Shift+E",),
    ActionId.PRINT_SCHEDULE: (QKeySequence.StandardKey.Print, "Ctrl+P"),
    ActionId.PREVIEW_SCHEDULE: ("Ctrl+Shift+P",),
    ActionId.IMPORT_FILE: ("Ctrl+I",),
}


def _sequences(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, str):
            found.append(QKeySequence(shortcut))
        else:
            found.extend(QKeySequence.keyBindings(shortcut))
    unique: list[QKeySequence] = []
    for sequence in found:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


def make_action(owner: QWidget, action_id: ActionId, text: str) -> QAction:
    action = QAction(text, owner)
    action.setObjectName(action_id.value)
    action.setShortcuts(_sequences(SHORTCUTS.get(action_id, ())))
    owner.addAction(action)
    return action
