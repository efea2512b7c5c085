"""Every export format read back: PDF through its text, XLSX with openpyxl, CSV bytes, ICS with
icalendar and calcurse, HTML as a standalone page; writes are whole or nothing."""

from __future__ import annotations

import csv
import io
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.exports import labels
from app.exports.atomic import ExportError
from app.exports.registry import ExportFormat, export_schedule
from app.services.database import Database
from app.services.database_identity import database_uid
from app.services.schedule import Schedule, build_schedule
from app.ui.i18n import install_translators
from tests.db.schedule_world import (
    CONGRESS,
    EXTERNAL_UID,
    FORMULA_TITLE,
    STAGE,
    WEEK,
    World,
    build_world,
)

NOW = datetime(2026, 1, 16, 15, 30)


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("vi") == "vi"
    yield
    install_translators("en")


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db)


@pytest.fixture
def schedule(sqlite_db: Database, world: World, vietnamese: None) -> Schedule:
    return build_schedule(sqlite_db, *WEEK, now=NOW)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def enum_vi(context: str, text: str) -> str:
    translated = QCoreApplication.translate(context, text)
    assert translated != text, f"{text!r} has no Vietnamese translation"
    return translated


# --- PDF ---------------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    return nfc(out)


def test_the_pdf_reads_back_in_vietnamese(schedule: Schedule, tmp_path: Path) -> None:
    target = export_schedule(schedule, ExportFormat.PDF, tmp_path / "tuần 04.pdf")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "842 x 595 pts (A4)" in info.stdout  # A4 landscape
    text = pdf_text(target)
    for expected in (
        "Thứ Hai, 19/01/2026",
        "Chủ Nhật, 25/01/2026",
        "Đại hội XIV: phiên khai mạc trọng thể",
        "Phóng sự: Thủ đô rực rỡ cờ hoa chào mừng Đại hội",
        "Nguyễn Văn Minh",
        "Phạm Lan Anh",
        "Báo Hànộimới › Nghị quyết vào cuộc sống",
        CONGRESS,
        STAGE,
        "hanoimoi.vn",
        "08:00",
        "19:00",
        enum_vi("enums", "Approved"),
        enum_vi("enums", "Reportage"),
        labels.tr(labels.EMPTY_SLOT),
        labels.tr(labels.MOVED_FROM).replace("%1", "22/01/2026"),
        labels.tr(labels.EXPORTED).replace("%1", "16/01/2026 15:30"),
        labels.tr(labels.PAGE).replace("%1", "1").replace("%2", ""),
    ):
        assert nfc(expected) in text, expected
    # The table follows the week: Monday's piece before Tuesday's, the moved slot on Friday.
    assert text.index("phiên khai mạc") < text.index("Thứ Ba, 20/01/2026") < text.index("Phóng sự")
    assert text.index("Thứ Sáu, 23/01/2026") < text.index(labels.tr(labels.EMPTY_SLOT))
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row.split("Identity-H", 1)[-1] for row in rows), fonts.stdout


# --- XLSX --------------------------------------------------------------------------------------


def test_the_workbook_has_real_dates_a_frozen_header_and_no_formulas(
    sqlite_db: Database, world: World, vietnamese: None, tmp_path: Path
) -> None:
    # Thursday to the next Tuesday: three ISO weeks, one sheet each, and the about sheet.
    schedule = build_schedule(sqlite_db, date(2026, 1, 22), date(2026, 1, 27), now=NOW)
    target = export_schedule(schedule, ExportFormat.XLSX, tmp_path / "lịch.xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["2026-W04", "2026-W05", labels.tr(labels.ABOUT)]
    sheet = book["2026-W04"]
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == [labels.tr(name) for name in labels.TABLE_HEADERS]
    assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert sheet.column_dimensions["F"].width >= 40
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    # The exhibition (17–21/01) is not in 22–25/01; the formula piece (21/01) neither.
    formula_rows = [row for row in rows if row[5] == FORMULA_TITLE]
    assert formula_rows == []
    empty = next(row for row in rows if row[5] == labels.tr(labels.EMPTY_SLOT))
    assert empty[0] == datetime(2026, 1, 23)  # a real date cell
    assert sheet.cell(2, 1).number_format == "DD/MM/YYYY"
    assert empty[1] == "Thứ Sáu"
    assert empty[10] == labels.tr(labels.MOVED_FROM).replace("%1", "22/01/2026")
    next_week = book["2026-W05"]
    later = [[cell.value for cell in row] for row in next_week.iter_rows(min_row=2)]
    assert [row[5] for row in later if row[5] == "Bài tuần sau"] == ["Bài tuần sau"]
    about = [[c.value for c in row] for row in book[labels.tr(labels.ABOUT)].iter_rows()]
    assert any(isinstance(row[1], str) and CONGRESS in row[1] for row in about)


def test_workbook_times_are_time_cells_and_formulas_stay_text(
    schedule: Schedule, tmp_path: Path
) -> None:
    target = export_schedule(schedule, ExportFormat.XLSX, tmp_path / "w.xlsx")
    sheet = load_workbook(target)["2026-W04"]
    by_title = {row[5].value: row for row in sheet.iter_rows(min_row=2)}
    opening = by_title["Đại hội XIV: phiên khai mạc trọng thể"]
    assert opening[2].value == time(8, 0) and opening[2].number_format == "HH:MM"
    assert opening[0].value == datetime(2026, 1, 19)
    formula = by_title[FORMULA_TITLE]
    assert formula[5].data_type == "s" and formula[5].quotePrefix
    raw = load_workbook(target, data_only=False)["2026-W04"]
    assert all(cell.data_type != "f" for row in raw.iter_rows() for cell in row)


# --- CSV ---------------------------------------------------------------------------------------


def test_the_csv_has_a_bom_vietnamese_and_no_formulas(schedule: Schedule, tmp_path: Path) -> None:
    target = export_schedule(schedule, ExportFormat.CSV, tmp_path / "w.csv")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [labels.tr(name) for name in labels.TABLE_HEADERS]
    by_title = {row[5]: row for row in rows[1:]}
    assert "'" + FORMULA_TITLE in by_title and FORMULA_TITLE not in by_title
    opening = by_title["Đại hội XIV: phiên khai mạc trọng thể"]
    assert opening[:3] == ["2026-01-19", "Thứ Hai", "08:00"]
    assert "Nguyễn Văn Minh" in opening[8]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\0")), cell


# --- ICS ---------------------------------------------------------------------------------------


def events_by_uid(calendar: Calendar) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for event in calendar.walk("VEVENT"):
        found.setdefault(str(event["UID"]), []).append(event)
    return found


def test_the_calendar_file_parses_back(
    sqlite_db: Database, schedule: Schedule, world: World, tmp_path: Path
) -> None:
    target = export_schedule(schedule, ExportFormat.ICS, tmp_path / "w.ics")
    calendar = Calendar.from_ical(target.read_bytes())
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Asia/Ho_Chi_Minh"
    events = events_by_uid(calendar)
    # UIDs name the row and the database it lives in, which keeps its id once made.
    database = schedule.database_uid
    assert len(database) == 16 and database == database_uid(sqlite_db)
    [opening] = events[f"item-{world.opening}@{database}.edcal"]
    start = opening.decoded("DTSTART")  # type: ignore[attr-defined]
    assert start.isoformat() == "2026-01-19T08:00:00+07:00"
    assert opening["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"  # type: ignore[index]
    assert str(opening["SUMMARY"]) == "Đại hội XIV: phiên khai mạc trọng thể"  # type: ignore[index]
    assert str(opening["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    # What an import needs, exactly: enum values, ISO dates, wall-clock time, names.
    machine = {
        name: str(opening[name])  # type: ignore[index]
        for name in opening  # type: ignore[attr-defined]
        if name.startswith("X-EDCAL-")
    }
    assert machine == {
        "X-EDCAL-FORMAT": "article",
        "X-EDCAL-STATUS": "approved",
        "X-EDCAL-START": "2026-01-19",
        "X-EDCAL-PUBLISH-TIME": "08:00",
        "X-EDCAL-AUDIENCE": "public",
        "X-EDCAL-LANGUAGE": "vi",
        "X-EDCAL-PLAN": "01-CT/TW",
        "X-EDCAL-CHANNEL": "hanoimoi.vn",
        "X-EDCAL-OUTLET": "Báo Hànộimới",
        "X-EDCAL-COLUMN": "Nghị quyết vào cuộc sống",
    }
    assert "Nguyễn Văn Minh" in str(opening["COMMENT"])  # type: ignore[index]
    assert EXTERNAL_UID in events  # an imported piece keeps its UID
    [exhibition] = events[f"item-{world.exhibition}@{database}.edcal"]
    assert exhibition.decoded("DTSTART") == date(2026, 1, 17)  # type: ignore[attr-defined]
    assert exhibition.decoded("DTEND") == date(2026, 1, 22)  # type: ignore[attr-defined]
    assert str(exhibition["X-EDCAL-END"]) == "2026-01-21"  # type: ignore[index]
    [congress] = events[f"milestone-{world.milestone}@{database}.edcal"]
    assert congress.decoded("DTSTART") == date(2026, 1, 19)  # type: ignore[attr-defined]
    assert congress.decoded("DTEND") == date(2026, 1, 24)  # type: ignore[attr-defined]
    assert str(congress["X-EDCAL-KIND"]) == "congress"  # type: ignore[index]
    master, moved = events[f"column-{world.column}@{database}.edcal"]
    assert master.decoded("DTSTART") == date(2026, 1, 5)  # type: ignore[attr-defined]
    rule = master["RRULE"]  # type: ignore[index]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "TH"]
    assert rule["UNTIL"] == [date(2026, 6, 29)]
    assert [d.dt for d in master["EXDATE"].dts] == [date(2026, 1, 12)]  # type: ignore[index]
    assert moved.decoded("RECURRENCE-ID") == date(2026, 1, 22)  # type: ignore[attr-defined]
    assert moved.decoded("DTSTART") == date(2026, 1, 23)  # type: ignore[attr-defined]
    # The same data gives the same UIDs: importing it again updates, never duplicates.
    again = Calendar.from_ical(
        export_schedule(schedule, ExportFormat.ICS, tmp_path / "again.ics").read_bytes()
    )
    assert set(events_by_uid(again)) == set(events)


def test_calcurse_imports_the_calendar_file(
    schedule: Schedule, world: World, tmp_path: Path
) -> None:
    target = export_schedule(schedule, ExportFormat.ICS, tmp_path / "w.ics")
    data = tmp_path / "calcurse"
    data.mkdir()
    (data / "apts").touch()
    result = subprocess.run(
        ["calcurse", "-D", str(data), "-c", str(data / "apts"), "-i", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"HOME": str(tmp_path), "TZ": "Asia/Ho_Chi_Minh", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "0 skipped" in result.stdout, result.stdout
    stored = nfc((data / "apts").read_text(encoding="utf-8"))
    assert "01/19/2026 @ 08:00 -> 01/19/2026 @ 08:00" in stored
    assert "Đại hội XIV: phiên khai mạc trọng thể" in stored
    lines = stored.splitlines()
    # The milestone spans the Congress's five days.
    assert any(line.startswith("01/19/2026 [1] {1D -> 01/23/2026}") and CONGRESS in line
               for line in lines)  # fmt: skip
    # The column repeats on Mondays and Thursdays until its end, without the skipped Monday;
    # the moved Thursday comes in as an event of its own on the Friday.
    column = [line for line in lines if line.endswith("Nghị quyết vào cuộc sống")]
    assert column[0].startswith("01/05/2026 [1] {1W -> 06/29/2026 w1 w4 !01/12/2026}")
    assert column[1].startswith("01/23/2026 [1] ")


# --- HTML --------------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.outside: list[str] = []
        self.scripts = 0
        self.rows = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        self.rows += tag == "tr"
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.outside.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_web_page_stands_alone(schedule: Schedule, tmp_path: Path) -> None:
    target = export_schedule(schedule, ExportFormat.HTML, tmp_path / "w.html")
    page = _Page()
    page.feed(target.read_text(encoding="utf-8"))
    assert page.outside == [] and page.scripts == 0
    text = "".join(page.text)
    assert "Đại hội XIV: phiên khai mạc trọng thể" in text and CONGRESS in text
    assert "@page" in text and "landscape" in text  # printable as A4 landscape
    # Header, 7 days, groups and the pieces and slots under them.
    assert page.rows == 1 + 7 + 6 + 5 + 2


# --- writing whole or not at all --------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_an_unwritable_target_is_a_clear_error(
    schedule: Schedule, tmp_path: Path, fmt: ExportFormat
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_schedule(schedule, fmt, out)
    with pytest.raises(ExportError, match="does not exist"):
        export_schedule(schedule, fmt, out / "missing" / f"w{fmt.suffix}")
    assert list(out.iterdir()) == []


def test_a_failed_export_leaves_the_old_file_and_no_part(
    schedule: Schedule, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "w.xlsx"
    target.write_bytes(b"the previous export")

    def broken(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export_schedule(schedule, ExportFormat.XLSX, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["w.xlsx"]
