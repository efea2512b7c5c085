"""The main window: navigator on the left, the current view in the centre, menus around."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.filters import ItemFilter
from app.core.records import Kind
from app.services.database import Database
from app.services.records import choices, get_record
from app.services.slots import ColumnOrphans, Slot
from app.ui import settings
from app.ui.about import show_about
from app.ui.actions import ActionId, make_action
from app.ui.calendar.view import CalendarView
from app.ui.filter_bar import FilterBar
from app.ui.gaps import GapsPanel
from app.ui.history_panel import HistoryPanel
from app.ui.models.navigator import DESTINATION_ROLE, Destination, NavigatorModel
from app.ui.notifier import ChangeNotifier, Changes
from app.ui.orphans_panel import OrphansPanel
from app.ui.preferences import PreferencesDialog
from app.ui.record_actions import RecordActions
from app.ui.record_list import RecordListView
from app.ui.status_actions import StatusActions
from app.ui.timeline.view import TimelineView
from app.ui.work_panel import WorkPanel


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.db: Database | None = None
        self.notifier = ChangeNotifier(self)
        self.undo_stack = QUndoStack(self)
        self.record_actions = RecordActions(self.notifier, self.undo_stack, self)
        self.status_actions = StatusActions(self.notifier, self.undo_stack, self._selection, self)

        self.list_view = RecordListView()
        self.views = QStackedWidget()
        self.views.setObjectName("views")
        self.views.addWidget(self.list_view)
        self.calendar = CalendarView(self.notifier, self.undo_stack, self.record_actions)
        self.views.addWidget(self.calendar)
        self.timeline = TimelineView(self.notifier, self.undo_stack, self.record_actions)
        self.views.addWidget(self.timeline)
        self.filter_bar = FilterBar()
        self.filter_bar.setObjectName("filter_bar")
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 0)
        # In a narrow window the filter bar scrolls sideways instead of widening the window.
        self.filter_area = QScrollArea()
        self.filter_area.setObjectName("filter_area")
        self.filter_area.setWidget(self.filter_bar)
        self.filter_area.setWidgetResizable(True)
        self.filter_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.filter_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar_height = self.filter_bar.sizeHint().height()
        scroll_height = self.filter_area.horizontalScrollBar().sizeHint().height()
        self.filter_area.setFixedHeight(bar_height + scroll_height)
        centre_layout.addWidget(self.filter_area)
        centre_layout.addWidget(self.views, 1)
        self.setCentralWidget(centre)

        self.navigator_model = NavigatorModel(self)
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setHeaderHidden(True)
        self.navigator.setModel(self.navigator_model)
        self.navigator.clicked.connect(self._navigate)
        self.navigator.activated.connect(self._navigate)
        dock = QDockWidget(self.tr("Navigator"), self)
        dock.setObjectName("navigator_dock")
        dock.setWidget(self.navigator)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.gaps = GapsPanel(self.notifier, self.undo_stack)
        self.gaps_dock = QDockWidget(self.tr("Gaps in columns"), self)
        self.gaps_dock.setObjectName("gaps_dock")
        self.gaps_dock.setWidget(self.gaps)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.gaps_dock)
        self.gaps_dock.hide()
        self.gaps.fill_requested.connect(self._fill_slot)
        self.history = HistoryPanel(self.notifier, self.undo_stack)
        self.history_dock = QDockWidget(self.tr("History and comments"), self)
        self.history_dock.setObjectName("history_dock")
        self.history_dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.work = WorkPanel()
        self.work_dock = QDockWidget(self.tr("My work and workload"), self)
        self.work_dock.setObjectName("work_dock")
        self.work_dock.setWidget(self.work)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.work_dock)
        self.work_dock.hide()
        self.orphans = OrphansPanel(self.notifier, self.undo_stack)
        self.orphans_dock = QDockWidget(self.tr("Orphaned items"), self)
        self.orphans_dock.setObjectName("orphans_dock")
        self.orphans_dock.setWidget(self.orphans)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.orphans_dock)
        self.orphans_dock.hide()
        self.orphans.open_requested.connect(
            lambda item_id: self.record_actions.edit_record(Kind.CONTENT_ITEM, item_id)
        )
        self.record_actions.orphans_appeared.connect(self._show_new_orphans)
        self.work.item_activated.connect(
            lambda item_id: self.record_actions.edit_record(Kind.CONTENT_ITEM, item_id)
        )
        self.resizeDocks([dock], [300], Qt.Orientation.Horizontal)

        self.location = QLabel()
        self.statusBar().addPermanentWidget(self.location)
        self._build_actions()
        self._build_menus()

        self.notifier.records_changed.connect(self._on_changes)
        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.notifier.failed.connect(self._show_failure)
        self.list_view.edit_requested.connect(self._edit)
        self.list_view.selection_changed.connect(self._update_actions)
        self._update_actions()
        self._default_size()
        self._restore_layout()

    # --- actions and menus -------------------------------------------------------------
    def _build_actions(self) -> None:
        a = self.actions_by_id = {
            ActionId.NEW_DATABASE: make_action(self, ActionId.NEW_DATABASE, self.tr("&New…")),
            ActionId.OPEN_DATABASE: make_action(self, ActionId.OPEN_DATABASE, self.tr("&Open…")),
            ActionId.QUIT: make_action(self, ActionId.QUIT, self.tr("&Quit")),
            ActionId.NEW_RECORD: make_action(self, ActionId.NEW_RECORD, self.tr("New &record…")),
            ActionId.EDIT_RECORD: make_action(self, ActionId.EDIT_RECORD, self.tr("&Edit…")),
            ActionId.DUPLICATE_RECORD: make_action(
                self, ActionId.DUPLICATE_RECORD, self.tr("D&uplicate…")
            ),
            ActionId.DELETE_RECORD: make_action(self, ActionId.DELETE_RECORD, self.tr("&Delete")),
            ActionId.VIEW_LISTS: make_action(self, ActionId.VIEW_LISTS, self.tr("&Lists")),
            ActionId.VIEW_CALENDAR: make_action(self, ActionId.VIEW_CALENDAR, self.tr("&Calendar")),
            ActionId.VIEW_TIMELINE: make_action(self, ActionId.VIEW_TIMELINE, self.tr("&Timeline")),
            ActionId.ABOUT: make_action(self, ActionId.ABOUT, self.tr("&About edcal")),
            ActionId.EXPORT_TIMELINE: make_action(
                self, ActionId.EXPORT_TIMELINE, self.tr("Export visible &timeline…")
            ),
            ActionId.EXPORT_PLAN_TIMELINE: make_action(
                self, ActionId.EXPORT_PLAN_TIMELINE, self.tr("Export the whole &plan's timeline…")
            ),
            ActionId.EXPORT_SCHEDULE: make_action(
                self, ActionId.EXPORT_SCHEDULE, self.tr("Export &schedule…")
            ),
            ActionId.PRINT_SCHEDULE: make_action(
                self, ActionId.PRINT_SCHEDULE, self.tr("&Print schedule…")
            ),
            ActionId.PREVIEW_SCHEDULE: make_action(
                self, ActionId.PREVIEW_SCHEDULE, self.tr("Print pre&view…")
            ),
            ActionId.IMPORT_FILE: make_action(self, ActionId.IMPORT_FILE, self.tr("&Import…")),
        }
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        for action, action_id in ((undo, ActionId.UNDO), (redo, ActionId.REDO)):
            template = make_action(self, action_id, "")
            action.setObjectName(action_id.value)
            action.setShortcuts(template.shortcuts())
            self.removeAction(template)
            self.addAction(action)
            a[action_id] = action
        a[ActionId.NEW_DATABASE].triggered.connect(self._new_database)
        a[ActionId.OPEN_DATABASE].triggered.connect(self._open_database_dialog)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.NEW_RECORD].triggered.connect(self._new_record)
        a[ActionId.EDIT_RECORD].triggered.connect(lambda: self._edit(None))
        a[ActionId.DUPLICATE_RECORD].triggered.connect(self._duplicate)
        a[ActionId.DELETE_RECORD].triggered.connect(self._delete)
        a[ActionId.ABOUT].triggered.connect(lambda: show_about(self))
        a[ActionId.PREFERENCES] = make_action(self, ActionId.PREFERENCES, self.tr("Pre&ferences…"))
        a[ActionId.PREFERENCES].triggered.connect(self._preferences)
        a[ActionId.IMPORT_FILE].triggered.connect(self._import_file)
        a[ActionId.EXPORT_TIMELINE].triggered.connect(lambda: self._export_timeline(False))
        a[ActionId.EXPORT_PLAN_TIMELINE].triggered.connect(lambda: self._export_timeline(True))
        for action_id, mode in (
            (ActionId.EXPORT_SCHEDULE, "export"),
            (ActionId.PRINT_SCHEDULE, "print"),
            (ActionId.PREVIEW_SCHEDULE, "preview"),
        ):
            a[action_id].triggered.connect(lambda _=False, mode=mode: self._export_schedule(mode))
        a[ActionId.VIEW_LISTS].triggered.connect(lambda: self.views.setCurrentIndex(0))
        for action_id, page in ((ActionId.VIEW_CALENDAR, 1), (ActionId.VIEW_TIMELINE, 2)):
            a[action_id].triggered.connect(
                lambda _=False, page=page: self.views.setCurrentIndex(page)
            )
        for action_id in (ActionId.VIEW_LISTS, ActionId.VIEW_CALENDAR, ActionId.VIEW_TIMELINE):
            a[action_id].setCheckable(True)
        a[ActionId.VIEW_LISTS].setChecked(True)
        self.views.currentChanged.connect(self._view_changed)
        self.calendar.month_grid.selection_changed.connect(self._update_actions)
        self.calendar.week_grid.selection_changed.connect(self._update_actions)
        self.timeline.canvas.selection_changed.connect(self._update_actions)

    def _view_changed(self, page: int) -> None:
        ids = (ActionId.VIEW_LISTS, ActionId.VIEW_CALENDAR, ActionId.VIEW_TIMELINE)
        for number, action_id in enumerate(ids):
            self.actions_by_id[action_id].setChecked(number == page)
        if self._in_calendar():
            self.calendar.reload()
            self.calendar.grid.setFocus()
        self._update_actions()
        self._show_filter_where_it_applies()

    def _build_menus(self) -> None:
        a = self.actions_by_id
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a[ActionId.NEW_DATABASE])
        file_menu.addAction(a[ActionId.OPEN_DATABASE])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.IMPORT_FILE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.EXPORT_TIMELINE])
        file_menu.addAction(a[ActionId.EXPORT_PLAN_TIMELINE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.EXPORT_SCHEDULE])
        file_menu.addAction(a[ActionId.PRINT_SCHEDULE])
        file_menu.addAction(a[ActionId.PREVIEW_SCHEDULE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(a[ActionId.UNDO])
        edit_menu.addAction(a[ActionId.REDO])
        edit_menu.addSeparator()
        for action_id in (
            ActionId.NEW_RECORD,
            ActionId.EDIT_RECORD,
            ActionId.DUPLICATE_RECORD,
            ActionId.DELETE_RECORD,
        ):
            edit_menu.addAction(a[action_id])
        self.status_menu = edit_menu.addMenu(self.tr("Set &status"))
        self.status_menu.setObjectName("status_menu")
        self.status_menu.aboutToShow.connect(lambda: self.status_actions.fill(self.status_menu))
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.PREFERENCES])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action_id in (ActionId.VIEW_LISTS, ActionId.VIEW_CALENDAR, ActionId.VIEW_TIMELINE):
            view_menu.addAction(a[action_id])
        gaps_action = self.gaps_dock.toggleViewAction()
        gaps_action.setObjectName("view_gaps")
        gaps_action.setShortcut("Ctrl+G")
        view_menu.addAction(gaps_action)
        history_action = self.history_dock.toggleViewAction()
        history_action.setObjectName("view_history")
        history_action.setShortcut("Ctrl+H")
        view_menu.addAction(history_action)
        work_action = self.work_dock.toggleViewAction()
        work_action.setObjectName("view_work")
        work_action.setShortcut("Ctrl+J")
        view_menu.addAction(work_action)
        orphans_action = self.orphans_dock.toggleViewAction()
        orphans_action.setObjectName("view_orphans")
        orphans_action.setShortcut("Ctrl+Shift+O")
        view_menu.addAction(orphans_action)
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_languages()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.ABOUT])
        toolbar = self.addToolBar(self.tr("Records"))
        toolbar.setObjectName("records_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for group in (
            (ActionId.NEW_RECORD, ActionId.EDIT_RECORD, ActionId.DUPLICATE_RECORD),
            (ActionId.DELETE_RECORD,),
            (ActionId.UNDO, ActionId.REDO),
        ):
            for action_id in group:
                toolbar.addAction(a[action_id])
            toolbar.addSeparator()

    def _fill_languages(self) -> None:
        from app.ui.i18n import LANGUAGES, choose_language

        current = choose_language(settings.LANGUAGE.get())
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, code=code: self._set_language(code))

    def _set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        for action in self.language_menu.actions():
            action.setChecked(action.objectName() == f"language_{code}")
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used from the next start of edcal."),
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_FILES.get()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, path=path: self.open_database(path))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- databases ---------------------------------------------------------------------
    def open_database(self, target: str) -> bool:
        """Open (creating or upgrading) a database; on failure the current one stays open."""
        try:
            database = Database.open(target)
        except Exception as error:  # noqa: BLE001 - any failure is reported, none is fatal
            QMessageBox.critical(
                self,
                self.tr("Cannot open database"),
                self.tr("%1 could not be opened:\n%2")
                .replace("%1", target)
                .replace("%2", str(error)),
            )
            return False
        self.set_database(database)
        if "://" not in target:
            settings.remember_file(str(Path(target).resolve()))
        migration = database.migration
        if migration and migration.backup:
            self.statusBar().showMessage(
                self.tr("Upgraded the database; the old one is kept as %1").replace(
                    "%1", str(migration.backup)
                )
            )
        return True

    def set_database(self, database: Database) -> None:
        if self.db is not None:
            self.db.close()
        self.db = database
        self.undo_stack.clear()
        self.record_actions.db = database
        self.status_actions.db = database
        self.filter_bar.set_database(database)
        self.list_view.item_filter = self.filter_bar.current()
        self.calendar.filter = self.filter_bar.current()
        self.list_view.set_database(database)
        self.calendar.set_database(database)
        self.gaps.set_database(database)
        self.history.set_database(database)
        self.work.set_database(database)
        self.orphans.set_database(database)
        self.timeline.filter = self.filter_bar.current()
        self.timeline.set_database(database)
        self._rebuild_navigator()
        self._update_actions()
        self.location.setText(database.location)
        self.setWindowTitle(f"{Path(database.location).name} — edcal")

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "plan.sqlite"), self._file_filter()
        )
        if path:
            if Path(path).exists():
                Path(path).unlink()
            self.open_database(path)

    def _export_timeline(self, whole_plan: bool) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export timeline"),
            str(Path.home() / "timeline.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        )
        if not path:
            return
        try:
            written = self.timeline.export(Path(path), whole_plan)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Not exported"), str(error))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)), 8000)

    def _export_schedule(self, mode: str) -> None:
        """Export, print or preview a week's schedule, narrowed at first as the filter bar is."""
        from datetime import date

        from app.ui.export_dialog import ExportDialog, Mode

        if self.db is None:
            return
        dialog = ExportDialog(self.db, self.filter_bar.current(), date.today(), Mode(mode), self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(dialog.written)), 8000
            )

    def _import_file(self) -> None:
        """File → Import…: the wizard imports as one step on the undo stack."""
        from app.ui.import_wizard import ImportWizard

        if self.db is None:
            return
        wizard = ImportWizard(self.db, self.notifier, self.undo_stack, self)
        if wizard.exec() and wizard.summary:
            self.statusBar().showMessage(wizard.summary, 8000)
        wizard.deleteLater()

    def _file_filter(self) -> str:
        return self.tr("edcal databases (*.sqlite *.db);;All files (*)")

    def _open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self._file_filter()
        )
        if path:
            self.open_database(path)

    # --- records -----------------------------------------------------------------------
    def _rebuild_navigator(self) -> None:
        plans = choices(self.db, Kind.PLAN) if self.db else []
        current = self.list_view.destination
        self.navigator_model.rebuild(plans)
        self.navigator.expandToDepth(0)
        self._select_destination(current)

    def _select_destination(self, wanted: Destination) -> None:
        model = self.navigator_model
        pending = [model.index(row, 0) for row in range(model.rowCount())]
        while pending:
            index = pending.pop(0)
            if index.data(DESTINATION_ROLE) == wanted:
                self.navigator.setCurrentIndex(index)
                return
            pending.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))

    def _navigate(self, index: QModelIndex) -> None:
        destination = index.data(DESTINATION_ROLE)
        if isinstance(destination, Destination):
            self.views.setCurrentIndex(0)
            self.list_view.show_destination(destination)
            self._show_filter_where_it_applies()

    def _filter_changed(self, flt: ItemFilter) -> None:
        self.list_view.set_item_filter(flt)
        self.calendar.set_filter(flt)
        self.timeline.set_filter(flt)
        self.gaps.set_plan(flt.plan_id)

    def _show_filter_where_it_applies(self) -> None:
        """The filter narrows content items: shown over the calendar and the content list."""
        self.filter_area.setVisible(
            self._in_calendar()
            or self.views.currentIndex() == 2
            or self.list_view.kind is Kind.CONTENT_ITEM
        )

    def _on_changes(self, changes: Changes) -> None:
        self.filter_bar.on_changes(changes)
        self.list_view.on_changes(changes)
        self.calendar.on_changes(changes)
        self.timeline.on_changes(changes)
        self.gaps.on_changes(changes)
        self.history.on_changes(changes)
        self.work.on_changes(changes)
        self.orphans.on_changes(changes)
        self._update_actions()
        if Kind.PLAN in changes.kinds:
            self._rebuild_navigator()

    def _in_calendar(self) -> bool:
        return self.views.currentWidget() is self.calendar

    def _selection(self) -> tuple[Kind, list[int]]:
        """The kind and ids the Edit menu acts on: the calendar's chips or the list's rows."""
        if self._in_calendar():
            return Kind.CONTENT_ITEM, sorted(self.calendar.grid.selected)
        return self.list_view.kind, self.list_view.selected_ids()

    def _show_history(self) -> None:
        """The history panel follows the selection, in whichever view has it."""
        kind, ids = self._selection()
        if self.views.currentWidget() is self.timeline:
            kind, ids = Kind.CONTENT_ITEM, sorted(self.timeline.canvas.selected)
        self.history.show_record(kind if ids else None, ids[0] if ids else None)

    def _update_actions(self) -> None:
        self._show_history()
        has_db = self.db is not None
        selected = has_db and bool(self._selection()[1])
        self.actions_by_id[ActionId.NEW_RECORD].setEnabled(has_db)
        self.actions_by_id[ActionId.PREFERENCES].setEnabled(has_db)
        for action_id in (ActionId.EDIT_RECORD, ActionId.DUPLICATE_RECORD, ActionId.DELETE_RECORD):
            self.actions_by_id[action_id].setEnabled(selected)

    def _fill_slot(self, slot: Slot) -> None:
        """Write the piece for an empty slot: the editor opens on its day, column and channel."""
        if self.db is None:
            return
        column = get_record(self.db, Kind.COLUMN, slot.column_id).values
        self.record_actions.new_record(
            Kind.CONTENT_ITEM,
            {
                "planned_start": slot.day,
                "column_id": slot.column_id,
                "channel_id": column.get("channel_id"),
                "plan_id": column.get("plan_id"),
                "theme_ids": column.get("theme_ids") or [],
                "status": "planned",
            },
        )

    def _show_new_orphans(self, found: list[ColumnOrphans]) -> None:
        """A saved change left items without a slot: list them at once, in the orphans dock."""
        self.orphans_dock.show()
        self.orphans_dock.raise_()
        self.orphans.announce(found)

    def _preferences(self) -> None:
        if self.db is not None:
            dialog = PreferencesDialog(self.db, self.notifier, self.undo_stack, self)
            dialog.exec()
            dialog.deleteLater()

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), message)

    def _new_record(self) -> None:
        if self.db is None:
            return
        if self._in_calendar():
            self.calendar.create_on_cursor()
            return
        destination = self.list_view.destination
        defaults = {k: v for k, v in destination.filters.items() if k != "id"}
        self.record_actions.new_record(destination.kind, defaults)

    def _edit(self, record_id: int | None) -> None:
        kind, ids = self._selection()
        if record_id is not None:
            kind, ids = self.list_view.kind, [record_id]
        if self.db is not None and ids:
            self.record_actions.edit_record(kind, ids[0])

    def _duplicate(self) -> None:
        kind, ids = self._selection()
        if self.db is not None and ids:
            self.record_actions.duplicate(kind, ids[0])

    def _delete(self) -> None:
        kind, ids = self._selection()
        if self.db is not None and ids:
            self.record_actions.delete(kind, ids)

    # --- window state ------------------------------------------------------------------
    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))

    def _restore_layout(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)
