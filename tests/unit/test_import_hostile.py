"""Hostile and broken files: each refused (or its record rejected) with a clear message, and
each returns: no loop, no hang, no traceback. Speed is not asserted (that is the benchmark's
job); a test that hung would fail the run."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from app.core.records import Kind
from app.imports import Budget, ImportRefusedError, ReadOptions, Window, read_source, read_table
from app.imports.budgets import Deadline
from app.imports.tabular import ensure_defused_xml

WINDOW = Window(dt.date(2026, 1, 1), dt.date(2027, 12, 31))


def refused(path: Path, options: ReadOptions | None = None) -> str:
    with pytest.raises(ImportRefusedError) as caught:
        read_source(path, options or ReadOptions(window=WINDOW))
    return caught.value.render()


def ics(tmp_path: Path, body: str, name: str = "x.ics") -> Path:
    path = tmp_path / name
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n", encoding="utf-8")
    return path


def test_interval_zero_rejects_the_event_and_the_rest_is_read(tmp_path: Path) -> None:
    path = ics(
        tmp_path,
        "BEGIN:VEVENT\r\nUID:loop\r\nDTSTART;VALUE=DATE:20260105\r\nRRULE:FREQ=DAILY;INTERVAL=0\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:ok\r\nDTSTART;VALUE=DATE:20260105\r\nEND:VEVENT\r\n",
    )
    source = read_source(path, ReadOptions(window=WINDOW))
    assert [r.key for r in source.records] == ["ok"]
    [rejection] = source.rejections
    assert rejection.render() == (
        f"{path}: line 3, UID loop: rrule: The recurrence rule cannot be used: INTERVAL=0 would "
        "never move on: it must be 1 or more"
    )


def test_rules_that_never_match_or_never_end_return(tmp_path: Path) -> None:
    # dateutil alone searches to year 9999 for these (seconds each); 200 of them must return.
    never = "".join(
        f"BEGIN:VEVENT\r\nUID:n{i}\r\nDTSTART:20200106T090000\r\nRRULE:FREQ=DAILY;BYSETPOS=2\r\n"
        "END:VEVENT\r\n"
        for i in range(200)
    )
    endless = (
        "BEGIN:VEVENT\r\nUID:e\r\nDTSTART;VALUE=DATE:10000101\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
    )
    source = read_source(ics(tmp_path, never + endless), ReadOptions(window=WINDOW))
    assert len(source.skipped) == 200
    assert "no occurrence between 01/01/2026 and 31/12/2027" in source.skipped[0][1].render()
    # From the year 1000 the daily rule walks 374,000 days before the window: past the budget.
    [rejection] = source.rejections
    assert rejection.render() == (
        f"{tmp_path / 'x.ics'}: line 1003, UID e: rrule: The recurring event starts on "
        "01/01/1000, so long before 01/01/2026 that reaching it takes more than 200000 "
        "occurrences."
    )
    small = read_source(
        ics(tmp_path, endless, "e.ics"),
        ReadOptions(window=Window(dt.date(1000, 1, 1), dt.date(1000, 1, 31))),
    )
    assert len(small.records) == 31


def test_too_many_occurrences_in_the_window_reject_the_event(tmp_path: Path) -> None:
    path = ics(
        tmp_path,
        "BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n",
    )
    source = read_source(
        path, ReadOptions(window=WINDOW, budget=Budget(max_occurrences_per_event=100))
    )
    assert source.records == []
    assert (
        "more than 100 occurrences between 01/01/2026 and 31/12/2027"
        in source.rejections[0].render()
    )


def test_100000_nested_components_are_refused(tmp_path: Path) -> None:
    path = ics(tmp_path, "BEGIN:VEVENT\r\n" * 100_000 + "END:VEVENT\r\n" * 100_000)
    assert refused(path) == f"{path}: Components are nested deeper than 8 levels at line 10."


def test_too_many_components_are_refused(tmp_path: Path) -> None:
    path = ics(tmp_path, "BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n" * 5000)
    message = refused(path, ReadOptions(window=WINDOW, budget=Budget(max_components=1000)))
    assert message == f"{path}: The file holds more than 1000 components (line 3000)."


def test_a_50_mb_property_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.ics"
    with path.open("wb") as handle:
        handle.write(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:")
        chunk = b"x" * (1024 * 1024)
        for _ in range(50):
            handle.write(chunk)
        handle.write(b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert refused(path) == f"{path}: The file is 50.0 MB; an import reads at most 20 MB."


def test_a_long_folded_property_is_refused_with_its_line(tmp_path: Path) -> None:
    folded = "\r\n ".join(["y" * 74] * 30_000)  # 2.2 MB once unfolded
    path = ics(tmp_path, f"BEGIN:VEVENT\r\nUID:x\r\nDESCRIPTION:{folded}\r\nEND:VEVENT\r\n")
    message = refused(path, ReadOptions(window=WINDOW, budget=Budget(max_file_bytes=50 * 2**20)))
    assert message == (
        f"{path}: Line 5 is longer than 1048576 characters: refused as hostile or damaged."
    )


def test_unbalanced_and_unclosed_components_are_refused(tmp_path: Path) -> None:
    wrong = ics(tmp_path, "BEGIN:VEVENT\r\nUID:x\r\nEND:VTODO\r\n", "wrong.ics")
    assert "Line 5: END:VTODO does not close the open VEVENT component." in refused(wrong)
    cut = tmp_path / "cut.ics"
    cut.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", encoding="utf-8")
    assert "The file ends before END:VEVENT (opened at line 2)." in refused(cut)
    other = tmp_path / "other.ics"
    other.write_text("Hello\r\n", encoding="utf-8")
    assert "does not begin with BEGIN:VCALENDAR" in refused(other)


def test_broken_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(
        "Tiêu đề,Ngày\nĐại hội,19/01/2026\n".encode()
        + b"B\xe0i \xff vi\xc3\xaa\xcc\x81t,20/01/2026\n"
    )
    message = refused(path)
    assert message == (
        f"{path}: The file is UTF-8 with an invalid byte (0xE0) at line 3: it is damaged or "
        "mixes encodings. Save it again as UTF-8, or choose its encoding."
    )


def test_truncated_utf16_and_binary_data_and_wrong_encodings_are_refused(tmp_path: Path) -> None:
    utf16 = tmp_path / "cut16.csv"
    utf16.write_bytes("Tiêu đề\r\nBài\r\n".encode("utf-16") + b"\x41")
    assert "The file is not valid utf-16" in refused(utf16)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"title\nabc\x00\x01\x02\n")
    assert (
        refused(binary) == f"{binary}: The file holds binary data (a NUL byte at line 2), not text."
    )
    chosen = tmp_path / "chosen.csv"
    chosen.write_bytes("Tiêu đề\nBài\n".encode("utf-16-le"))
    assert "is not valid ascii" in refused(chosen, ReadOptions(encoding="ascii"))
    assert "“klingon” is not known" in refused(chosen, ReadOptions(encoding="klingon"))


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_before_openpyxl_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(a))
    bomb = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        zeros = bytes(16 * 2**20)
        for _ in range(16):  # 256 MB of zeros, about 250 KB packed
            member.write(zeros)
    assert refused(bomb) == (
        f"{bomb}: The workbook would unpack to 256 MB (at most 200 MB): refused as a zip bomb."
    )
    dense = _zip(tmp_path / "dense.xlsx", {"xl/sharedStrings.xml": bytes(20 * 2**20)})
    assert "“xl/sharedStrings.xml” is compressed" in refused(dense)
    assert "refused as a zip bomb" in refused(dense)
    many = _zip(tmp_path / "many.xlsx", {f"part{i}.xml": b"<a/>" for i in range(30)})
    message = refused(many, ReadOptions(budget=Budget(max_zip_members=20)))
    assert message == f"{many}: The workbook holds 30 parts (at most 20): refused as a zip bomb."
    assert opened == []


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tiêu đề", "Ngày"])
    sheet.append(["Đại hội", dt.datetime(2026, 1, 19)])
    book.save(path)
    return path


def _replaced(path: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = data
    return _zip(path, members)


def test_xml_entities_in_a_workbook_are_refused_by_defusedxml(tmp_path: Path) -> None:
    ensure_defused_xml()
    path = _workbook(tmp_path / "laughs.xlsx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    _replaced(path, "xl/worksheets/sheet1.xml", laughs)
    message = refused(path)
    assert message.startswith(f"{path}: The workbook's XML declares entities")
    assert "refused as unsafe" in message


def test_a_part_that_lies_about_its_size_is_refused_as_damaged(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liar.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    _replaced(path, "xl/worksheets/sheet1.xml", sheet + b" " * (8 * 2**20))
    data = bytearray(path.read_bytes())
    # Say the sheet unpacks to its first 4 KB, in both headers.
    name = b"xl/worksheets/sheet1.xml"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, start + offset, 4096)
            start += 4
    path.write_bytes(bytes(data))
    message = refused(path)
    assert message.startswith(f"{path}: The workbook is damaged:")


def test_the_xlsx_reader_refuses_to_run_without_defusedxml(monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.worksheet import _reader

    monkeypatch.setattr(_reader, "iterparse", ElementTree.iterparse)
    with pytest.raises(ImportRefusedError) as caught:
        ensure_defused_xml()
    assert "only through defusedxml" in caught.value.render()


def test_the_time_budget_stops_a_long_read(tmp_path: Path) -> None:
    path = ics(
        tmp_path, "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260105\r\nEND:VEVENT\r\n" * 3000
    )
    ticks = iter(range(1_000_000))
    deadline = Deadline(5.0, clock=lambda: float(next(ticks)))  # each look costs a second
    from app.imports.ics_lexer import parse

    with pytest.raises(ImportRefusedError) as caught:
        parse(path.read_text(encoding="utf-8"), Budget(), deadline)
    assert caught.value.render() == (
        "Reading the file took longer than 5 seconds; nothing was imported."
    )


def test_a_csv_cell_too_large_and_too_many_columns_are_refused(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text("title\n" + ",".join(["x"] * 300) + "\n", encoding="utf-8")
    assert refused(wide) == f"{wide}: Line 2 has 300 columns (at most 200)."
    huge = tmp_path / "huge.csv"
    huge.write_text('title\n"' + "z" * 200_000 + '"\n', encoding="utf-8")
    assert "Line 2 cannot be read as CSV: field larger than field limit" in refused(huge)


def test_a_file_that_is_no_import_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    assert refused(path) == (
        f"{path}: This is not a calendar (.ics) or spreadsheet (.csv, .xlsx) file."
    )
    missing = tmp_path / "missing.csv"
    assert refused(missing) == f"{missing}: The file does not exist or cannot be read."
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        read_table(fake, ReadOptions(kind=Kind.CONTENT_ITEM))
    assert "not an .xlsx workbook" in caught.value.render()
