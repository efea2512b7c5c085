"""Reading calendar files: days that do not shift, zones, recurrence, keys, broken events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.core.enums import ContentFormat, ContentStatus, MilestoneKind
from app.core.records import Kind
from app.imports import ReadOptions, Window, read_source
from app.imports.budgets import Budget, Deadline
from app.imports.ics_lexer import parse
from app.imports.ics_reader import CalendarEvent, read_events, unescape

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
WINDOW = Window(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def calendar(*events: str, extra: str = "") -> str:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{extra}{body}END:VCALENDAR\r\n"


def events_of(text: str, zone: dt.tzinfo = HANOI, window: Window = WINDOW) -> list[CalendarEvent]:
    read = read_events(
        parse(text, Budget(), Deadline(60)), "f.ics", window, zone, Budget(), Deadline(60)
    )
    assert not read.rejections, [r.render() for r in read.rejections]
    return read.events


def one(text: str, zone: dt.tzinfo = HANOI) -> CalendarEvent:
    [event] = events_of(text, zone)
    return event


def test_all_day_events_keep_their_days_whatever_the_zone() -> None:
    text = calendar(
        "UID:a\r\nSUMMARY:Đại hội\r\nDTSTART;VALUE=DATE:20260119\r\nDTEND;VALUE=DATE:20260124"
    )
    for zone in (HANOI, ZoneInfo("America/Los_Angeles"), ZoneInfo("Pacific/Kiritimati")):
        event = one(text, zone)
        assert (event.start, event.end, event.time) == (
            dt.date(2026, 1, 19),
            dt.date(2026, 1, 23),
            None,
        )


def test_a_one_day_all_day_event_and_one_without_dtend() -> None:
    single = one(calendar("UID:a\r\nDTSTART;VALUE=DATE:20260119\r\nDTEND;VALUE=DATE:20260120"))
    bare = one(calendar("UID:b\r\nDTSTART;VALUE=DATE:20260119"))
    assert single.start == single.end == bare.start == bare.end == dt.date(2026, 1, 19)


def test_utc_and_zoned_times_are_converted_to_the_newsroom_day() -> None:
    # 20:00 UTC on the 18th is 03:00 on the 19th in Hanoi: the day is the 19th there.
    utc = one(calendar("UID:a\r\nDTSTART:20260118T200000Z"))
    assert (utc.start, utc.time) == (dt.date(2026, 1, 19), dt.time(3, 0))
    paris = one(calendar("UID:b\r\nDTSTART;TZID=Europe/Paris:20260119T090000"))
    assert (paris.start, paris.time) == (dt.date(2026, 1, 19), dt.time(15, 0))
    same = one(calendar("UID:c\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20260119T233000"))
    assert (same.start, same.time) == (dt.date(2026, 1, 19), dt.time(23, 30))


def test_floating_times_are_taken_as_written() -> None:
    event = one(calendar("UID:a\r\nDTSTART:20260119T233000"), ZoneInfo("America/New_York"))
    assert (event.start, event.time) == (dt.date(2026, 1, 19), dt.time(23, 30))


def test_a_timed_event_ending_at_midnight_does_not_take_the_next_day() -> None:
    event = one(calendar("UID:a\r\nDTSTART:20260119T220000\r\nDTEND:20260120T000000"))
    assert (event.start, event.end) == (dt.date(2026, 1, 19), dt.date(2026, 1, 19))
    longer = one(calendar("UID:b\r\nDTSTART:20260119T220000\r\nDURATION:P2DT3H"))
    assert longer.end == dt.date(2026, 1, 22)


def test_a_zone_defined_only_in_the_file_is_used() -> None:
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Giờ Đông Dương\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    text = calendar('UID:a\r\nDTSTART;TZID="Giờ Đông Dương":20260119T080000', extra=zone)
    event = one(text, ZoneInfo("UTC"))
    assert (event.start, event.time) == (dt.date(2026, 1, 19), dt.time(1, 0))


def test_a_windows_zone_name_is_understood() -> None:
    text = calendar("UID:a\r\nDTSTART;TZID=SE Asia Standard Time:20260119T080000")
    assert one(text, ZoneInfo("UTC")).time == dt.time(1, 0)


def test_an_unknown_zone_rejects_the_event_with_its_uid() -> None:
    text = calendar(
        "UID:lost\r\nDTSTART;TZID=Mars/Olympus:20260119T080000",
        "UID:fine\r\nDTSTART:20260120T080000",
    )
    read = read_events(
        parse(text, Budget(), Deadline(60)), "f.ics", WINDOW, HANOI, Budget(), Deadline(60)
    )
    assert [e.uid for e in read.events] == ["fine"]
    [rejection] = read.rejections
    assert rejection.render() == (
        "f.ics: line 4, UID lost: dtstart: The time zone “Mars/Olympus” is neither known nor "
        "defined in the file."
    )


def test_text_is_unescaped_and_folded_lines_are_joined() -> None:
    text = calendar(
        "UID:a\r\nSUMMARY:Phỏng vấn\\, bình luận\\; tin\r\nDESCRIPTION:Dòng một\\nDòng h\r\n ai\\\\"
        "\r\nDTSTART;VALUE=DATE:20260119"
    )
    event = one(text)
    assert event.summary == "Phỏng vấn, bình luận; tin"
    assert event.description == "Dòng một\nDòng hai\\"
    assert unescape("a\\Nb") == "a\nb"


def test_line_numbers_are_those_of_the_file_despite_folding() -> None:
    text = calendar(
        "UID:a\r\nDESCRIPTION:one\r\n two\r\n three\r\nDTSTART;VALUE=DATE:20260119",
        "UID:b\r\nDTSTART;VALUE=DATE:20260120",
    )
    first, second = events_of(text)
    assert (first.line, second.line) == (4, 11)


def test_a_weekly_rule_is_expanded_in_the_window_with_exdate_rdate_and_an_override() -> None:
    master = (
        "UID:column\r\nSUMMARY:Chuyên mục\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20260105T090000\r\n"
        "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260202T020000Z\r\n"
        "EXDATE;TZID=Asia/Ho_Chi_Minh:20260112T090000\r\n"
        "RDATE;TZID=Asia/Ho_Chi_Minh:20260110T090000"
    )
    moved = (
        "UID:column\r\nSUMMARY:Chuyên mục (dời)\r\nRECURRENCE-ID:20260119T020000Z\r\n"
        "DTSTART;TZID=Asia/Ho_Chi_Minh:20260120T100000"
    )
    found = events_of(calendar(master, moved))
    assert [(e.key, e.start, e.summary) for e in found] == [
        ("column#20260105T090000", dt.date(2026, 1, 5), "Chuyên mục"),
        ("column#20260110T090000", dt.date(2026, 1, 10), "Chuyên mục"),
        ("column#20260119T090000", dt.date(2026, 1, 20), "Chuyên mục (dời)"),
        ("column#20260126T090000", dt.date(2026, 1, 26), "Chuyên mục"),
        ("column#20260202T090000", dt.date(2026, 2, 2), "Chuyên mục"),
    ]
    assert found[0].rule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260202T020000Z"


def test_dtstart_is_the_first_occurrence_and_counts_towards_count() -> None:
    # A Wednesday start for a Monday rule: Wednesday, then two Mondays make COUNT=3.
    text = calendar("UID:c\r\nDTSTART;VALUE=DATE:20260107\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    assert [e.start for e in events_of(text)] == [
        dt.date(2026, 1, 7),
        dt.date(2026, 1, 12),
        dt.date(2026, 1, 19),
    ]


def test_an_endless_rule_stops_at_the_window() -> None:
    text = calendar("UID:daily\r\nDTSTART;VALUE=DATE:20250101\r\nRRULE:FREQ=DAILY")
    found = events_of(text, window=Window(dt.date(2026, 3, 1), dt.date(2026, 3, 10)))
    assert [e.start.day for e in found] == list(range(1, 11))
    assert found[0].key == "daily#20260301"


def test_a_cancelled_event_is_skipped_and_no_uid_gets_a_stable_key() -> None:
    text = calendar(
        "UID:x\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20260119",
        "SUMMARY:Không UID\r\nDTSTART;VALUE=DATE:20260120",
    )
    read = read_events(
        parse(text, Budget(), Deadline(60)), "f.ics", WINDOW, HANOI, Budget(), Deadline(60)
    )
    assert [str(o) for o, _ in read.skipped] == ["f.ics: line 4, UID x"]
    [event] = read.events
    again = read_events(
        parse(text, Budget(), Deadline(60)), "f.ics", WINDOW, HANOI, Budget(), Deadline(60)
    )
    assert event.key.startswith("no-uid-") and event.key == again.events[0].key


def test_a_broken_line_rejects_its_event_only() -> None:
    text = calendar(
        "UID:bad\r\nDTSTART;VALUE=DATE:20260119\r\nthis is no content line",
        "UID:good\r\nDTSTART;VALUE=DATE:20260120",
    )
    read = read_events(
        parse(text, Budget(), Deadline(60)), "f.ics", WINDOW, HANOI, Budget(), Deadline(60)
    )
    assert [e.uid for e in read.events] == ["good"]
    assert "Line 7 is not an iCalendar content line" in read.rejections[0].render()


def test_the_lexer_agrees_with_icalendar_on_a_real_file(tmp_path: Path) -> None:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//x//")
    cal.add("version", "2.0")
    for number in range(20):
        event = icalendar.Event()
        event.add("uid", f"e{number}@x")
        event.add("summary", f"Tin số {number}: Hà Nội, “ngoặc” ; và \\ gạch " * 3)
        event.add("dtstart", dt.datetime(2026, 1, 1 + number, 7, 15, tzinfo=HANOI))
        event.add("location", 'Phòng "A", tầng 2')
        cal.add_component(event)
    path = tmp_path / "real.ics"
    path.write_bytes(cal.to_ical())
    source = read_source(path, ReadOptions(zone=HANOI, window=WINDOW))
    theirs = [e for e in cal.walk("VEVENT")]
    assert [r.values["title"] for r in source.records] == [str(e["summary"]) for e in theirs]
    assert [r.values["planned_start"] for r in source.records] == [
        e.decoded("dtstart").date() for e in theirs
    ]
    assert [r.values["publish_time"] for r in source.records] == [dt.time(7, 15)] * 20


def test_events_become_items_or_milestones_with_edcal_properties(tmp_path: Path) -> None:
    path = tmp_path / "x.ics"
    path.write_text(
        calendar(
            "UID:i1\r\nSUMMARY:Bài\r\nDTSTART;VALUE=DATE:20260119\r\nX-EDCAL-FORMAT:video\r\n"
            "X-EDCAL-STATUS:planned\r\nCATEGORIES:Interview,Other",
            "UID:milestone-3@edcal\r\nSUMMARY:Đại hội\r\nCATEGORIES:Congress\r\n"
            "DTSTART;VALUE=DATE:20260119\r\nDTEND;VALUE=DATE:20260124",
        ),
        encoding="utf-8",
    )
    column = (
        "UID:column-2@edcal\r\nSUMMARY:Chuyên mục\r\nDTSTART;VALUE=DATE:20260105\r\n"
        "RRULE:FREQ=WEEKLY"
    )
    with path.open("a", encoding="utf-8") as handle:
        handle.write(calendar(column))
    items = read_source(path, ReadOptions(window=WINDOW))
    [item] = items.records
    assert item.values["format"] is ContentFormat.VIDEO
    assert item.values["status"] is ContentStatus.PLANNED
    assert [(str(o), p.render()) for o, p in items.skipped] == [
        (
            f"{path}: line 12, UID milestone-3@edcal",
            "Exported by edcal as a milestone, not imported as content items.",
        ),
        (
            f"{path}: line 23, UID column-2@edcal",
            "Exported by edcal as a column slot, not imported as content items.",
        ),
    ]
    milestones = read_source(path, ReadOptions(kind=Kind.MILESTONE, window=WINDOW))
    # Any event can be a milestone; edcal's own item and column events are not.
    assert [r.values for r in milestones.records] == [
        {
            "name": "Bài",
            "description": None,
            "start_date": dt.date(2026, 1, 19),
            "end_date": dt.date(2026, 1, 19),
        },
        {
            "name": "Đại hội",
            "description": None,
            "start_date": dt.date(2026, 1, 19),
            "end_date": dt.date(2026, 1, 23),
            "kind": MilestoneKind.CONGRESS,
        },
    ]


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0"),
        ("FREQ=HOURLY", "items and milestones are days"),
        ("INTERVAL=2", "FREQ is missing"),
        ("FREQ=DAILY;COUNT=0", "COUNT must be 1 or more"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20260101", "COUNT and UNTIL"),
    ],
)
def test_bad_rules_reject_their_event_with_the_reason(rule: str, reason: str) -> None:
    text = calendar(f"UID:r\r\nDTSTART;VALUE=DATE:20260105\r\nRRULE:{rule}")
    read = read_events(
        parse(text, Budget(), Deadline(60)), "f.ics", WINDOW, HANOI, Budget(), Deadline(60)
    )
    assert read.events == []
    [rejection] = read.rejections
    assert rejection.field == "rrule" and reason in rejection.render()
