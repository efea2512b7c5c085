"""The `edcal` command: opens the application, or runs a task for scripts and headless use."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__

TASKS = ("demo", "migrate", "check", "export", "import")


class CliError(Exception):
    """A problem to report on stderr as one line, with a non-zero exit code."""


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edcal",
        description="Editorial calendar and content planner. "
        "Tasks: edcal demo FILE | edcal migrate FILE | edcal check FILE | "
        "edcal export FILE --week 2026-W04 -o OUT.pdf (see edcal export --help) | "
        "edcal import FILE CALENDAR.ics|SHEET.csv|SHEET.xlsx (see edcal import --help).",
        epilog="Without FILE the last file used is opened, or a new database in your data folder.",
    )
    parser.add_argument("file", nargs="?", help="database file (or a postgresql:// URL) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo database")
    parser.add_argument("--version", action="version", version=f"edcal {__version__}")
    return parser


def _task_parser(task: str) -> argparse.ArgumentParser:
    helps = {
        "demo": "build the demo database in FILE (which must not exist yet)",
        "migrate": "upgrade FILE to the current schema (a backup is kept next to it)",
        "check": "check schema, integrity, foreign keys and domain rules; exit 0 when all hold",
    }
    parser = argparse.ArgumentParser(prog=f"edcal {task}", description=helps[task])
    parser.add_argument("file", help="database file or postgresql:// URL")
    return parser


def _existing(target: str) -> str:
    if "://" not in target and not Path(target).exists():
        raise CliError(f"{target}: no such file")
    return target


def run_demo(target: str) -> int:
    from app.services.database import Database
    from app.services.demo import build_demo

    if "://" not in target and Path(target).exists():
        raise CliError(f"{target}: already exists; choose a new file for the demo")
    database = Database.open(target)
    try:
        summary = build_demo(database)
    finally:
        database.close()
    print(f"{target}: demo database built ({summary})")
    return 0


def run_migrate(target: str) -> int:
    from app.services.database import Database

    database = Database.open(_existing(target))
    database.close()
    result = database.migration
    if result is None or result.from_revision == result.to_revision:
        print(f"{target}: already at schema {result.to_revision if result else '?'}")
    else:
        print(f"{target}: upgraded {result.from_revision or 'empty'} → {result.to_revision}")
        if result.backup:
            print(f"backup: {result.backup}")
    return 0


def run_check(target: str) -> int:
    from app.services.checks import run_checks

    report = run_checks(_existing(target))
    for check in report.results:
        print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}")
        for detail in check.details:
            print(f"     {detail}")
    if not report.ok:
        print(f"{target}: check failed", file=sys.stderr)
        return 1
    return 0


def run_export(argv: Sequence[str]) -> int:
    from app.cli_export import run_export as export
    from app.ui.i18n import install_translators

    return export(argv, install_translators)


def import_translator(language: str) -> Callable[[str, str], str]:
    """Qt's translate with `language` installed: an import then reads labels in it too."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import install_translators, marked

    if QCoreApplication.instance() is None:
        import_translator.app = QCoreApplication(sys.argv[:1])  # type: ignore[attr-defined]
    install_translators(language)
    return marked


def run_task(task: str, argv: Sequence[str]) -> int:
    if task == "export":
        return run_export(argv)
    if task == "import":
        from app.cli_import import run_import

        return run_import(argv, import_translator)
    args = _task_parser(task).parse_args(argv)
    runners = {"demo": run_demo, "migrate": run_migrate, "check": run_check}
    return runners[task](args.file)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; every failure is one line on stderr and a non-zero exit, never a traceback."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in TASKS:
            return run_task(args[0], args[1:])
        options = _gui_parser().parse_args(args)
        from app.ui.application import run_gui

        return run_gui(options.file, demo=options.demo)
    except CliError as error:
        print(f"edcal: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the promise is: no traceback, a clear line
        print(f"edcal: error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
