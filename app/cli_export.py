"""`edcal export`: write a week's (or any range's) schedule to a file, without a window.

    edcal export DB --week 2026-W04 --format pdf -o lich-tuan-04.pdf
    edcal export DB --from 2026-01-19 --to 2026-01-31 -o lich.xlsx --outlet "Báo Hànộimới"

Without --week or --from/--to it exports next week; without --format the file's suffix says.
Filters take an id or a name (a plan also its number).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.cli import CliError
from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.text import fold
from app.core.weeks import WeekError, next_week, parse_week
from app.exports.atomic import ExportError
from app.exports.registry import ExportFormat, export_schedule
from app.services.database import Database
from app.services.records import choices
from app.services.schedule import ScheduleError, build_schedule

LanguageInstaller = Callable[[str], str]


def parser() -> argparse.ArgumentParser:
    formats = [f.value for f in ExportFormat]
    parser = argparse.ArgumentParser(
        prog="edcal export",
        description="Write the schedule of a week (next week by default) or of a date range.",
    )
    parser.add_argument("file", help="database file or postgresql:// URL")
    parser.add_argument("-o", "--output", required=True, help="the file to write")
    parser.add_argument("--format", choices=formats, help="default: the output file's suffix")
    parser.add_argument("--week", help="ISO week, e.g. 2026-W04 (Monday to Sunday)")
    parser.add_argument("--from", dest="first", help="first day, 2026-01-19 or 19/01/2026")
    parser.add_argument("--to", dest="last", help="last day (with --from)")
    parser.add_argument("--plan", help="plan id or number")
    parser.add_argument("--outlet", help="outlet id or name")
    parser.add_argument("--channel", help="channel id or name")
    parser.add_argument("--column", help="column id or name")
    parser.add_argument("--desk", help="desk id or name: pieces someone of the desk works on")
    parser.add_argument("--status", choices=[s.value for s in ContentStatus])
    parser.add_argument("--language", choices=("vi", "en"), default="vi", help="default: vi")
    return parser


def parse_day(text: str, option: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise CliError(f"{option} {text}: not a date; write 2026-01-19 or 19/01/2026")


def period(args: argparse.Namespace, today: date) -> tuple[date, date]:
    if args.week and (args.first or args.last):
        raise CliError("give either --week or --from/--to, not both")
    if args.week:
        try:
            return parse_week(args.week)
        except WeekError as error:
            raise CliError(f"--week: {error}") from None
    if args.first or args.last:
        if not (args.first and args.last):
            raise CliError("--from and --to go together")
        return parse_day(args.first, "--from"), parse_day(args.last, "--to")
    return next_week(today)


def output_format(args: argparse.Namespace) -> ExportFormat:
    if args.format:
        return ExportFormat.of_name(args.format)
    found = ExportFormat.of_path(Path(args.output))
    if found is None:
        known = ", ".join(f.value for f in ExportFormat)
        raise CliError(f"{args.output}: say --format ({known}) or use one of those suffixes")
    return found


def record_id(db: Database, kind: Kind, text: str, option: str) -> int:
    """The id of the record named `text` (an id, a name, or a plan's number)."""
    found = choices(db, kind)
    if text.strip().isdigit():
        wanted = int(text)
        if any(c.id == wanted for c in found):
            return wanted
        raise CliError(f"{option} {text}: no such {kind.value.replace('_', ' ')}")
    key = fold(text.strip())
    matches = [
        c
        for c in found
        if fold(c.label) == key or kind is Kind.PLAN and fold(c.label).startswith(key + " —")
    ]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise CliError(f"{option} {text}: no {kind.value.replace('_', ' ')} of that name")
    raise CliError(f"{option} {text}: {len(matches)} records have that name; give the id")


def item_filter(db: Database, args: argparse.Namespace) -> ItemFilter:
    ids: dict[str, Any] = {}
    for option, kind, field in (
        ("--plan", Kind.PLAN, "plan_id"),
        ("--outlet", Kind.OUTLET, "outlet_id"),
        ("--channel", Kind.CHANNEL, "channel_id"),
        ("--column", Kind.COLUMN, "column_id"),
        ("--desk", Kind.DESK, "desk_id"),
    ):
        value = getattr(args, option.lstrip("-"))
        if value:
            ids[field] = record_id(db, kind, value, option)
    status = ContentStatus(args.status) if args.status else None
    return ItemFilter(status=status, **ids)


def ensure_gui_application() -> None:
    """A QGuiApplication (fonts, page layout) also without a display: the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_gui_application.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]


def run_export(
    argv: Sequence[str], install_language: LanguageInstaller, today: date | None = None
) -> int:
    args = parser().parse_args(argv)
    first, last = period(args, today or date.today())
    fmt = output_format(args)
    target = Path(args.output)
    if "://" not in args.file and not Path(args.file).exists():
        raise CliError(f"{args.file}: no such file")
    ensure_gui_application()
    install_language(args.language)
    database = Database.open(args.file)
    try:
        flt = item_filter(database, args)
        schedule = build_schedule(database, first, last, flt)
        export_schedule(schedule, fmt, target)
    except (ExportError, ScheduleError) as error:
        raise CliError(str(error)) from None
    finally:
        database.close()
    rows = schedule.rows
    empty = sum(row.is_empty_slot for row in rows)
    print(
        f"{target}: schedule {first:%d/%m/%Y}–{last:%d/%m/%Y} written "
        f"({len(rows) - empty} pieces, {empty} empty slots, {fmt.value})"
    )
    return 0
