"""`edcal import DB FILE`: read a calendar file or spreadsheet, show or write what it holds.

All or nothing: when any record is rejected nothing is written (each rejection is printed on
stderr as FILE:LINE: field: reason, or FILE: UID x: …), unless --skip-invalid, which imports
the others. Exit codes: 0 everything imported (or would be, with --dry-run); 1 some record was
rejected; 2 the command or the file itself was refused (usage, unreadable or hostile file,
bad mapping, a database that changed during the import).
"""

from __future__ import annotations

import argparse
import os
import sys
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.core.dates import format_day_first
from app.core.records import Kind
from app.imports import (
    ColumnMapping,
    ImportPlan,
    ImportRefusedError,
    ReadOptions,
    StalePlanError,
    Window,
    apply_plan,
    plan_import,
    read_source,
    read_table,
    suggest_mapping,
)
from app.imports.cells import CellError, parse_date
from app.imports.files import detect_format
from app.imports.source import FileFormat

KINDS = {"items": Kind.CONTENT_ITEM, "milestones": Kind.MILESTONE}
Translator = Callable[[str], Callable[[str, str], str]]


class UsageError(Exception):
    """A problem with the command's arguments: one line on stderr, exit code 2."""


def parser() -> argparse.ArgumentParser:
    made = argparse.ArgumentParser(
        prog="edcal import",
        description="Import content items or milestones from a calendar (.ics) or a "
        "spreadsheet (.csv, .xlsx). Importing the same file again updates what it imported "
        "before instead of duplicating it.",
        epilog="Exit codes: 0 all imported; 1 some records rejected (nothing written without "
        "--skip-invalid); 2 usage error or the file was refused.",
    )
    made.add_argument("database", help="database file (created when missing) or postgresql:// URL")
    made.add_argument("file", help="the .ics, .csv or .xlsx file to import")
    made.add_argument(
        "--dry-run", action="store_true", help="show what would change; write nothing"
    )
    made.add_argument(
        "--as",
        dest="kind",
        choices=sorted(KINDS),
        default="items",
        help="make content items (default) or milestones",
    )
    made.add_argument(
        "--mapping", metavar="JSON", help="column mapping saved from a previous import"
    )
    made.add_argument("--save-mapping", metavar="JSON", help="save the mapping used (CSV/XLSX)")
    made.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid records even if others are rejected",
    )
    made.add_argument("--encoding", help="the file's text encoding (default: detected)")
    made.add_argument(
        "--from",
        dest="first",
        metavar="DD/MM/YYYY",
        help="expand recurring events from this day (default: a year ago)",
    )
    made.add_argument(
        "--until",
        dest="last",
        metavar="DD/MM/YYYY",
        help="… until this day (default: in two years)",
    )
    made.add_argument(
        "--zone", help="the newsroom's time zone, e.g. Asia/Ho_Chi_Minh (default: this computer's)"
    )
    made.add_argument(
        "--language",
        choices=("en", "vi"),
        help="also read formats, statuses and edcal's export headers in this language "
        "(default: vi when LANG says Vietnamese; English is always read)",
    )
    return made


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except CellError:
        raise UsageError(f"{option} {text}: not a date (write it day first, 19/01/2026)") from None


def _options(args: argparse.Namespace) -> ReadOptions:
    kind = KINDS[args.kind]
    mapping = ColumnMapping.load(Path(args.mapping)) if args.mapping else None
    first, last = _day(args.first, "--from"), _day(args.last, "--until")
    window = None
    if first or last:
        default = Window.around(date.today())
        window = Window(first or default.first, last or default.last)
        if window.last < window.first:
            raise UsageError("--until is before --from")
    zone = None
    if args.zone:
        try:
            zone = zoneinfo.ZoneInfo(args.zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise UsageError(f"--zone {args.zone}: no such time zone") from None
    return ReadOptions(kind=kind, mapping=mapping, window=window, zone=zone, encoding=args.encoding)


def _with_mapping(path: Path, options: ReadOptions, save: str | None) -> ReadOptions:
    """Spreadsheets: the mapping given, or one guessed from the headers (and saved if asked)."""
    if detect_format(path) is FileFormat.ICS:
        return options
    mapping = options.mapping
    if mapping is None:
        table = read_table(path, options)
        mapping = suggest_mapping(table.headers, options.kind, options.translate)
        print(
            f"{path}: columns read as "
            + ", ".join(f"{c} → {t}" for c, t in mapping.columns.items())
        )
    if save:
        mapping.save(Path(save))
    return replace(options, mapping=mapping)


def _describe(plan: ImportPlan) -> None:
    title = "title" if plan.kind is Kind.CONTENT_ITEM else "name"
    start = "planned_start" if plan.kind is Kind.CONTENT_ITEM else "start_date"
    for record in plan.records:
        if record.action.value == "create":
            day = format_day_first(record.values.get(start))
            print(
                f"create  {record.origin}: {record.values.get(title)}"
                + (f" ({day})" if day else "")
            )
        else:
            changes = "; ".join(
                f"{name}: {_shown(record.before.get(name))} → {_shown(value)}"
                for name, value in record.values.items()
            )
            print(f"update  {record.origin}: {changes}")
        for note in record.notes:
            print(f"note    {record.origin}: {note.render()}")
    for skipped in plan.skipped:
        print(f"skip    {skipped.origin}: {skipped.reason.render()}")


def _shown(value: object) -> str:
    if isinstance(value, date):
        return format_day_first(value)
    if value is None:
        return "—"
    return str(getattr(value, "value", value))


def _summary(plan: ImportPlan, dry_run: bool, written: bool) -> str:
    counts = plan.counts()
    text = (
        f"{plan.file}: {counts['created']} created, {counts['updated']} updated, "
        f"{counts['skipped']} skipped, {counts['rejected']} rejected"
    )
    if dry_run:
        return text.replace(" created", " to create").replace(" updated", " to update") + (
            " (dry run: nothing written)"
        )
    return text if written else text + " (nothing written)"


def _language(args: argparse.Namespace) -> str:
    if args.language:
        return str(args.language)
    return "vi" if os.environ.get("LANG", "").lower().startswith("vi") else "en"


def run_import(argv: Sequence[str], translator: Translator | None = None) -> int:
    """`translator(language)` gives Qt's translate for a language (the entry point has it)."""
    args = parser().parse_args(argv)
    from app.services.database import Database

    path = Path(args.file)
    language = _language(args)
    translate = translator(language) if translator and language != "en" else None
    try:
        options = replace(_options(args), translate=translate)
        options = _with_mapping(path, options, args.save_mapping)
        source = read_source(path, options, name=args.file)
    except ImportRefusedError as error:
        print(f"edcal: {error.located(args.file).render()}", file=sys.stderr)
        return 2
    except UsageError as error:
        print(f"edcal import: {error}", file=sys.stderr)
        return 2
    try:
        database = Database.open(args.database)
    except Exception as error:  # noqa: BLE001 - any failure to open is one line, exit 2
        reason = str(error).split("\n", 1)[0]
        print(f"edcal: {args.database}: cannot open the database: {reason}", file=sys.stderr)
        return 2
    try:
        plan = plan_import(database, source, options.budget)
        if args.dry_run:
            _describe(plan)
        written = False
        if not args.dry_run and (not plan.rejections or args.skip_invalid):
            apply_plan(database, plan, skip_invalid=args.skip_invalid)
            written = True
    except ImportRefusedError as error:
        print(f"edcal: {error.located(args.file).render()}", file=sys.stderr)
        return 2
    except StalePlanError as error:
        print(
            f"edcal: {args.database}: changed during the import, nothing written: {error}",
            file=sys.stderr,
        )
        return 2
    finally:
        database.close()
    for rejection in plan.rejections:
        print(rejection.render(), file=sys.stderr)
    print(_summary(plan, args.dry_run, written))
    if plan.rejections and not args.dry_run and not args.skip_invalid:
        print(
            f"edcal: {len(plan.rejections)} record(s) rejected: nothing imported "
            "(--skip-invalid imports the others)",
            file=sys.stderr,
        )
    return 1 if plan.rejections else 0
