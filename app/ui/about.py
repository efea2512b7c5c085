"""Help → About: what this is and the versions it runs on, for bug reports."""

from __future__ import annotations

import platform

import alembic
import PySide6
import sqlalchemy
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__


def about_text() -> str:
    lines = [
        f"<h3>edcal {__version__}</h3>",
        "<p>"
        + QCoreApplication.translate(
            "About", "Editorial calendar and content planner for newsrooms."
        )
        + "</p>",
        "<p>"
        + "<br>".join(
            [
                f"Python {platform.python_version()}",
                f"Qt {qVersion()} · PySide6 {PySide6.__version__}",
                f"SQLAlchemy {sqlalchemy.__version__} · Alembic {alembic.__version__}",
            ]
        )
        + "</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About edcal"), about_text())
