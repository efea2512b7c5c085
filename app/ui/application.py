"""Starts the Qt application on the right database: a given file, the last one, or a new one."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui import settings
from app.ui.i18n import choose_language, install_translators
from app.ui.main_window import MainWindow


def data_dir() -> Path:
    folder = Path(user_data_dir(settings.APPLICATION, settings.ORGANIZATION))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fresh_demo_file() -> Path:
    """Build a new demo database in the data folder, replacing the previous demo."""
    from app.services.database import Database
    from app.services.demo import build_demo

    path = data_dir() / "demo.sqlite"
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    database = Database.open(path)
    try:
        build_demo(database)
    finally:
        database.close()
    return path


def initial_target(file: str | None, demo: bool) -> str:
    if demo:
        return str(fresh_demo_file())
    if file:
        return file
    last = settings.LAST_FILE.get()
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(data_dir() / "edcal.sqlite")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    install_translators(choose_language(settings.LANGUAGE.get()))
    return app


def freeze_startup_objects() -> None:
    """Keep what startup made (modules, Qt wrappers, mappings: ~230,000 objects) out of the
    garbage collector's full passes, which otherwise walk them all (~100 ms, a visible
    stall in a drag or a pan) to find nothing: they live as long as the application."""
    gc.collect()
    gc.freeze()


def run_gui(file: str | None, demo: bool = False) -> int:
    app = create_application()
    window = MainWindow()
    if not window.open_database(initial_target(file, demo)):
        return 1
    window.show()
    freeze_startup_objects()
    return app.exec()
