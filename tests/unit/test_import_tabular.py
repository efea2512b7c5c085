"""Spreadsheets: encodings, separators, day-first dates, the mapping and its JSON."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from app.core.enums import ContentFormat, ContentStatus
from app.core.records import Kind
from app.imports import (
    ColumnMapping,
    DateOrder,
    ImportRefusedError,
    ReadOptions,
    read_source,
    read_table,
    records_of_table,
    suggest_mapping,
)
from app.imports.cells import CellError, parse_choice, parse_date, parse_time
from app.imports.encodings import decode

ROWS = "Tiêu đề,Ngày đăng,Giờ,Thể loại\nĐại hội Đảng toàn quốc lần thứ XIV,19/01/2026,9h30,Video\n"


def to_cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: precomposed where the code page has it, else a base letter
    and combining tone marks (as Windows writes it)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        # ậ is a + dot below + circumflex: the code page has â and a combining dot below.
        options = [
            (unicodedata.normalize("NFC", base + mark), marks.replace(mark, "", 1))
            for mark in marks
        ]
        for letter, rest in [*options, (base, marks)]:
            try:
                out += letter.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return bytes(out)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ROWS.encode("utf-8"), "utf-8"),
        (ROWS.encode("utf-8-sig"), "utf-8-sig"),
        (ROWS.encode("utf-16"), "utf-16"),
        (ROWS.encode("utf-16-le"), "utf-16-le"),
        (to_cp1258(ROWS), "cp1258"),
    ],
)
def test_vietnamese_text_is_read_in_each_encoding(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text.lstrip("\ufeff") == ROWS
    assert decoded.encoding == encoding
    assert decoded.guessed is (encoding == "cp1258")


def test_western_text_in_windows_1252_is_recognised() -> None:
    text = "Titre,Date\nRéunion à la préfecture,19/01/2026\nCafé-débat,20/01/2026\n" * 3
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text and decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19/01/2026", dt.date(2026, 1, 19)),
        ("1/9/2026", dt.date(2026, 9, 1)),
        ("1/9/26", dt.date(2026, 9, 1)),
        ("19-01-2026", dt.date(2026, 1, 19)),
        ("19.01.2026", dt.date(2026, 1, 19)),
        ("2026-01-19", dt.date(2026, 1, 19)),
        ("20260119", dt.date(2026, 1, 19)),
        ("19/01/2026 09:30", dt.date(2026, 1, 19)),
        ("ngày 2 tháng 9 năm 2025", dt.date(2025, 9, 2)),
        (dt.datetime(2026, 1, 19, 8, 0), dt.date(2026, 1, 19)),
        (46041, dt.date(2026, 1, 19)),  # an Excel serial number
        ("", None),
        (None, None),
    ],
)
def test_dates_are_read_day_first(text: object, day: dt.date | None) -> None:
    assert parse_date(text) == day


def test_the_date_order_can_be_month_first_and_bad_dates_are_refused() -> None:
    assert parse_date("01/19/2026", DateOrder.MONTH_FIRST) == dt.date(2026, 1, 19)
    for bad in ("19/13/2026", "31/02/2026", "next monday", "19/01"):
        with pytest.raises(CellError):
            parse_date(bad)


def test_times_and_choices() -> None:
    assert [parse_time(t) for t in ("09:30", "9h30", "9h", "21:05:10", 0.5)] == [
        dt.time(9, 30),
        dt.time(9, 30),
        dt.time(9, 0),
        dt.time(21, 5, 10),
        dt.time(12, 0),
    ]
    assert parse_choice(ContentFormat, "TV programme") is ContentFormat.TV_PROGRAMME
    assert parse_choice(ContentFormat, "tv_programme") is ContentFormat.TV_PROGRAMME
    vietnamese = {("enums", "Video"): "Video", ("enums", "Interview"): "Phỏng vấn"}

    def translate(context: str, text: str) -> str:
        return vietnamese.get((context, text), text)

    assert parse_choice(ContentFormat, "phong van", translate) is ContentFormat.INTERVIEW
    with pytest.raises(CellError):
        parse_choice(ContentFormat, "podcast")


def test_csv_with_semicolons_and_a_guessed_mapping(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.csv"
    path.write_bytes(
        to_cp1258(
            "Mã;Tiêu đề;Ngày đăng;Giờ;Thể loại;Ghi chú\n"
            'B1;"Bài một; có chấm phẩy";19/01/2026;9h30;Video;"hai\ndòng"\n'
            "B2;Bài hai;2/2/26;;Article;\n"
        )
    )
    table = read_table(path)
    assert table.headers == ("Mã", "Tiêu đề", "Ngày đăng", "Giờ", "Thể loại", "Ghi chú")
    assert [row.line for row in table.rows] == [2, 4]
    mapping = suggest_mapping(table.headers)
    assert mapping.columns == {
        "Mã": "external_id",
        "Tiêu đề": "title",
        "Ngày đăng": "planned_start",
        "Giờ": "publish_time",
        "Thể loại": "format",
        "Ghi chú": "notes",
    }
    first, second = records_of_table(table, mapping, "ke-hoach.csv")
    assert first.key == "B1"
    assert first.values == {
        "title": "Bài một; có chấm phẩy",
        "planned_start": dt.date(2026, 1, 19),
        "publish_time": dt.time(9, 30),
        "format": ContentFormat.VIDEO,
        "notes": "hai\ndòng",
    }
    assert second.values["planned_start"] == dt.date(2026, 2, 2)


def test_bad_cells_are_rejected_with_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "title,date,format\nGood,19/01/2026,video\n"
        "Bad date,32/01/2026,video\nBad,1/2/2026,podcast\n",
        encoding="utf-8",
    )
    source = read_source(path)
    assert [r.values["title"] for r in source.records] == ["Good"]
    assert [r.render() for r in source.rejections] == [
        f"{path}:3: planned_start: “32/01/2026” is not a date (write it day first: "
        "19/01/2026, or 2026-01-19).",
        f"{path}:4: format: “podcast” is not one of: article, commentary, interview, reportage, "
        "video, tv_programme, radio_programme, documentary, infographic, photo_story, "
        "social_post, forum, exhibition.",
    ]


def test_rows_without_an_id_get_a_key_from_their_values(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("title,date\nA,19/01/2026\nB,19/01/2026\nA,19/01/2026\n", encoding="utf-8")
    first, second, third = read_source(path).records
    assert first.key.startswith("row:") and first.key == third.key != second.key
    edited = tmp_path / "y.csv"
    edited.write_text("date,title\n19/01/2026,A\n", encoding="utf-8")
    assert read_source(edited).records[0].key == first.key  # column order does not matter


def test_a_mapping_is_saved_and_loaded_as_json(tmp_path: Path) -> None:
    mapping = ColumnMapping(
        kind=Kind.MILESTONE,
        columns={"Sự kiện": "name", "Từ ngày": "start_date", "Đến ngày": "end_date"},
        date_order=DateOrder.MONTH_FIRST,
        defaults={"kind": "anniversary"},
        encoding="cp1258",
        delimiter=";",
    )
    path = tmp_path / "moc.json"
    mapping.save(path)
    assert "Sự kiện" in path.read_text(encoding="utf-8")
    assert ColumnMapping.load(path) == mapping
    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "content_item", "columns": {"A": 1}}', encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        ColumnMapping.load(broken)
    assert caught.value.render() == (
        "The column mapping cannot be used: columns must map text to text"
    )


def test_a_mapping_that_does_not_fit_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Title,When\nA,19/01/2026\n", encoding="utf-8")
    mapping = ColumnMapping(columns={"Title": "title", "Date": "planned_start", "When": "colour"})
    with pytest.raises(ImportRefusedError) as caught:
        read_source(path, ReadOptions(mapping=mapping))
    assert caught.value.render() == (
        f"{path}: The column mapping cannot be used: the file has no column “Date”; “colour” "
        "is not a field of content_item"
    )


def test_xlsx_cells_keep_their_types_and_rows_their_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tháng 1"
    sheet.append(["Tiêu đề", "Ngày", "Giờ", "Trạng thái"])
    sheet.append(["Bài một", dt.datetime(2026, 1, 19), dt.time(9, 30), "Planned"])
    sheet.append([None, None, None, None])
    sheet.append(["Bài hai", "20/01/2026", None, "Published"])
    path = tmp_path / "lich.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.sheet, table.sheets) == ("Tháng 1", ("Tháng 1",))
    assert [row.line for row in table.rows] == [2, 4]
    first, second = read_source(path).records
    assert first.values == {
        "title": "Bài một",
        "planned_start": dt.date(2026, 1, 19),
        "publish_time": dt.time(9, 30),
        "status": ContentStatus.PLANNED,
    }
    assert second.values["planned_start"] == dt.date(2026, 1, 20)
    with pytest.raises(ImportRefusedError) as caught:
        read_table(path, ReadOptions(mapping=ColumnMapping(sheet="Tháng 2")))
    assert caught.value.render() == f"{path}: The workbook has no sheet named “Tháng 2”."


def test_a_schedule_exported_by_edcal_is_recognised_whole() -> None:
    headers = ("Date", "Day", "Time", "Outlet", "Column", "Title", "Format", "Channel")
    assert suggest_mapping([*headers, "Assignees", "Status", "Note"]).columns == {
        "Date": "planned_start",
        "Time": "publish_time",
        "Outlet": "outlet",
        "Column": "column",
        "Title": "title",
        "Format": "format",
        "Channel": "channel",
        "Status": "status",
        "Note": "span",
    }
    # Another sheet with a Note column: notes, not spans.
    assert suggest_mapping(["Title", "Note"]).columns == {"Title": "title", "Note": "notes"}


def test_an_export_in_vietnamese_is_read_through_the_translator() -> None:
    words = {
        "Date": "Ngày",
        "Day": "Thứ",
        "Time": "Giờ",
        "Outlet": "Cơ quan",
        "Column": "Chuyên mục",
        "Title": "Tiêu đề",
        "Format": "Thể loại",
        "Channel": "Kênh",
        "Assignees": "Người thực hiện",
        "Status": "Trạng thái",
        "Note": "Ghi chú",
    }

    def translate(context: str, text: str) -> str:
        return words.get(text, text) if context == "schedule" else text

    headers = list(words.values())
    mapping = suggest_mapping(headers, translate=translate)
    assert mapping.columns["Ghi chú"] == "span" and mapping.columns["Thể loại"] == "format"
    # Without the translator the Vietnamese words are known too: all the export's columns
    # together are an export; a sheet of the user's own with a "Ghi chú" keeps it as notes.
    assert suggest_mapping(headers).columns == mapping.columns
    assert suggest_mapping(["Tiêu đề", "Ghi chú"]).columns == {
        "Tiêu đề": "title",
        "Ghi chú": "notes",
    }
