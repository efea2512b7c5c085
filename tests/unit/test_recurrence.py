"""A column's cadence: month ends, fifth weekdays, until and count, exceptions, refusals, words."""

from __future__ import annotations

import time
from datetime import date

import pytest

from app.core.recurrence import (
    Occurrence,
    RecurrenceError,
    describe,
    expand,
    next_dates,
    occurrences,
    validate_rule,
)

D = date
YEAR_2025 = (D(2025, 1, 1), D(2025, 12, 31))
MONDAYS = "FREQ=WEEKLY;BYDAY=MO"
SEPTEMBER = (D(2025, 9, 1), D(2025, 9, 30))  # Mondays: 1, 8, 15, 22, 29

# Month ends and the fifth weekday


def test_day_31_comes_only_in_months_that_have_it() -> None:
    found = occurrences("FREQ=MONTHLY;BYMONTHDAY=31", D(2025, 1, 1), *YEAR_2025)
    assert found == [
        D(2025, 1, 31),
        D(2025, 3, 31),
        D(2025, 5, 31),
        D(2025, 7, 31),
        D(2025, 8, 31),
        D(2025, 10, 31),
        D(2025, 12, 31),
    ]


def test_day_minus_one_is_the_last_day_of_every_month_leap_february_included() -> None:
    rule = "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert occurrences(rule, D(2024, 1, 1), D(2024, 1, 1), D(2024, 4, 30)) == [
        D(2024, 1, 31),
        D(2024, 2, 29),
        D(2024, 3, 31),
        D(2024, 4, 30),
    ]
    assert occurrences(rule, D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1)) == [D(2025, 2, 28)]


def test_the_fifth_friday_comes_only_in_months_that_have_five() -> None:
    found = occurrences("FREQ=MONTHLY;BYDAY=5FR", D(2025, 1, 1), *YEAR_2025)
    assert found == [D(2025, 1, 31), D(2025, 5, 30), D(2025, 8, 29), D(2025, 10, 31)]


def test_the_last_friday_comes_every_month() -> None:
    found = occurrences("FREQ=MONTHLY;BYDAY=-1FR", D(2025, 1, 1), D(2025, 1, 1), D(2025, 4, 30))
    assert found == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 28), D(2025, 4, 25)]


# Start, until, count and the column's end


def test_the_rule_starts_on_the_column_start_whatever_the_window() -> None:
    found = occurrences(MONDAYS, D(2025, 9, 10), *SEPTEMBER)
    assert found == [D(2025, 9, 15), D(2025, 9, 22), D(2025, 9, 29)]


def test_until_is_the_last_day_inclusive_whatever_time_or_zone_it_carries() -> None:
    start, window = D(2026, 1, 1), (D(2026, 1, 1), D(2026, 1, 31))
    every = [D(2026, 1, d) for d in (1, 5, 8, 12, 15, 19, 22)]
    for until in ("20260122", "20260122T000000Z", "20260122T235959"):
        rule = f"FREQ=WEEKLY;BYDAY=MO,TH;UNTIL={until}"
        assert occurrences(rule, start, *window) == every, until
    assert occurrences("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260121", start, *window) == every[:-1]


def test_count_counts_from_the_start_not_from_the_window() -> None:
    rule = "FREQ=WEEKLY;BYDAY=MO;COUNT=3"  # 6, 13 and 20 January 2025
    assert occurrences(rule, D(2025, 1, 1), D(2025, 1, 10), D(2025, 3, 31)) == [
        D(2025, 1, 13),
        D(2025, 1, 20),
    ]


def test_the_columns_end_cuts_the_rule_off() -> None:
    found = occurrences(MONDAYS, D(2025, 9, 1), *SEPTEMBER, end=D(2025, 9, 21))
    assert found == [D(2025, 9, 1), D(2025, 9, 8), D(2025, 9, 15)]
    assert occurrences(MONDAYS, D(2025, 9, 1), *SEPTEMBER, end=D(2025, 9, 15))[-1] == D(2025, 9, 15)


def test_an_empty_window_has_no_slots() -> None:
    assert occurrences(MONDAYS, D(2025, 9, 1), D(2025, 9, 30), D(2025, 9, 1)) == []
    assert occurrences(MONDAYS, D(2025, 9, 1), D(2025, 9, 2), D(2025, 9, 7)) == []


# Skipped and moved occurrences


def test_skipped_and_moved_occurrences_in_and_out_of_the_window() -> None:
    found = expand(
        MONDAYS,
        D(2025, 9, 1),
        *SEPTEMBER,
        skipped={D(2025, 9, 8)},
        moved={
            D(2025, 9, 15): D(2025, 9, 17),  # within the window
            D(2025, 9, 22): D(2025, 10, 2),  # moved out of it
            D(2025, 10, 6): D(2025, 9, 30),  # moved in from after it
        },
    )
    assert found == [
        Occurrence(D(2025, 9, 1), D(2025, 9, 1)),
        Occurrence(D(2025, 9, 17), D(2025, 9, 15)),
        Occurrence(D(2025, 9, 29), D(2025, 9, 29)),
        Occurrence(D(2025, 9, 30), D(2025, 10, 6)),
    ]
    assert [o.moved_from for o in found] == [None, D(2025, 9, 15), None, D(2025, 10, 6)]


def test_an_occurrence_moved_in_from_before_the_window_shows() -> None:
    moved = {D(2025, 8, 25): D(2025, 9, 2)}
    found = occurrences(MONDAYS, D(2025, 8, 1), *SEPTEMBER, moved=moved)
    assert found == [D(2025, 9, d) for d in (1, 2, 8, 15, 22, 29)]


def test_exceptions_for_days_the_rule_does_not_give_are_ignored() -> None:
    found = occurrences(
        MONDAYS,
        D(2025, 9, 1),
        *SEPTEMBER,
        skipped={D(2025, 9, 9)},  # a Tuesday
        moved={D(2025, 9, 2): D(2025, 9, 3), D(2025, 10, 7): D(2025, 9, 4)},
    )
    assert found == [D(2025, 9, d) for d in (1, 8, 15, 22, 29)]


def test_an_occurrence_moved_onto_another_makes_one_slot() -> None:
    found = expand(MONDAYS, D(2025, 9, 1), *SEPTEMBER, moved={D(2025, 9, 1): D(2025, 9, 8)})
    assert found[0] == Occurrence(D(2025, 9, 8), D(2025, 9, 8))
    assert [o.day for o in found] == [D(2025, 9, d) for d in (8, 15, 22, 29)]


def test_next_dates_counts_after_the_day_with_exceptions() -> None:
    found = next_dates(
        MONDAYS,
        D(2025, 9, 1),
        after=D(2025, 9, 8),
        count=3,
        skipped={D(2025, 9, 15)},
        moved={D(2025, 10, 27): D(2025, 9, 17), D(2025, 9, 1): D(2025, 9, 9)},
    )
    assert found == [D(2025, 9, 9), D(2025, 9, 17), D(2025, 9, 22)]
    assert next_dates(MONDAYS, D(2025, 9, 1), D(2025, 9, 8), 2) == [D(2025, 9, 15), D(2025, 9, 22)]


def test_next_dates_are_fewer_when_the_rule_ends_first() -> None:
    rule = "FREQ=WEEKLY;BYDAY=MO;COUNT=4"  # 1, 8, 15, 22 September
    assert next_dates(rule, D(2025, 9, 1), D(2025, 9, 10), 5) == [D(2025, 9, 15), D(2025, 9, 22)]
    assert next_dates(MONDAYS, D(2025, 9, 1), D(2025, 9, 1), 5, end=D(2025, 9, 10)) == [
        D(2025, 9, 8)
    ]
    assert next_dates(MONDAYS, D(2025, 9, 1), D(2025, 9, 1), 0) == []


# Refusals, quickly


def _refused_quickly(call: object) -> str:
    began = time.perf_counter()
    with pytest.raises(RecurrenceError) as refused:
        call()  # type: ignore[operator]
    assert time.perf_counter() - began < 1.0
    return refused.value.reason


def test_interval_zero_is_refused_quickly() -> None:
    rule = "FREQ=DAILY;INTERVAL=0"
    reason = _refused_quickly(lambda: occurrences(rule, D(2025, 1, 1), *YEAR_2025))
    assert "INTERVAL" in reason
    assert "INTERVAL" in _refused_quickly(lambda: next_dates(rule, D(2025, 1, 1), D(2025, 1, 1), 3))


def test_a_rule_without_freq_is_refused() -> None:
    reason = _refused_quickly(lambda: occurrences("BYDAY=MO", D(2025, 1, 1), *YEAR_2025))
    assert "FREQ" in reason


def test_an_unbounded_rule_past_the_limit_is_refused_quickly() -> None:
    start = D(2000, 1, 1)
    reason = _refused_quickly(
        lambda: occurrences("FREQ=DAILY", start, D(2030, 1, 1), D(2030, 1, 31), limit=100)
    )
    assert "more than 100" in reason
    reason = _refused_quickly(lambda: next_dates("FREQ=DAILY", start, D(2030, 1, 1), 3, limit=100))
    assert "more than 100" in reason


def test_the_limit_counts_the_dates_from_the_start_to_the_end_of_the_window() -> None:
    january = (D(2000, 1, 1), D(2000, 1, 31))
    assert len(occurrences("FREQ=DAILY", D(2000, 1, 1), *january, limit=31)) == 31
    with pytest.raises(RecurrenceError):
        occurrences("FREQ=DAILY", D(2000, 1, 1), *january, limit=30)
    # The column's end bounds the work too.
    found = occurrences("FREQ=DAILY", D(2000, 1, 1), *january, end=D(2000, 1, 10), limit=10)
    assert len(found) == 10


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("", "empty"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
        ("FREQ=WEEKLY;INTERVAL=-2", "INTERVAL"),
        ("BYDAY=MO", "FREQ"),
        ("FREQ=SOMETIMES", "FREQ"),
        ("FREQ=HOURLY", "days"),
        ("FREQ=WEEKLY;BYHOUR=9", "BYHOUR"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20260101", "not both"),
        ("FREQ=WEEKLY;UNTIL=2026", "UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX", "XX"),
        ("FREQ=WEEKLY;FOO=1", "FOO"),
        ("FREQ=WEEKLY;FREQ=DAILY", "twice"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY"),
        ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", "never"),
        ("FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31", "never"),
        ("FREQ=MONTHLY;BYDAY=6MO", "five"),
        ("FREQ=WEEKLY;BYDAY=1MO", "MONTHLY"),
        ("FREQ=WEEKLY;BYMONTHDAY=3", "WEEKLY"),
        ("DTSTART:20250101\nRRULE:FREQ=WEEKLY", "one RRULE"),
    ],
)
def test_validate_rule_says_why(rule: str, words: str) -> None:
    reason = validate_rule(rule)
    assert reason is not None and words in reason


@pytest.mark.parametrize(
    "rule",
    [
        MONDAYS,
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
        "freq=monthly;byday=-1fr",
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO",
        "FREQ=WEEKLY;UNTIL=20260123T000000Z",
    ],
)
def test_validate_rule_accepts_good_rules(rule: str) -> None:
    assert validate_rule(rule) is None
    assert validate_rule(rule, D(2025, 1, 1)) is None


def test_a_rule_that_never_gives_a_date_is_refused_given_the_start_and_gives_no_slots() -> None:
    rule = "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29"  # 2025, 2029 … never a leap year
    assert validate_rule(rule) is None
    assert validate_rule(rule, D(2025, 1, 1)) == "the rule never gives a date"
    assert occurrences(rule, D(2025, 1, 1), D(2025, 1, 1), D(2040, 12, 31)) == []
    assert next_dates(rule, D(2025, 1, 1), D(2025, 1, 1), 3) == []
    assert occurrences(rule, D(2024, 1, 1), D(2024, 1, 1), D(2032, 12, 31)) == [
        D(2024, 2, 29),
        D(2028, 2, 29),
        D(2032, 2, 29),
    ]


# Plain words

START = D(2025, 10, 1)  # a Wednesday


@pytest.mark.parametrize(
    ("rule", "end", "english", "vietnamese"),
    [
        (
            "FREQ=WEEKLY;BYDAY=MO,TH",
            D(2026, 1, 23),
            "Every Monday and Thursday until 23/01/2026",
            "Thứ Hai và thứ Năm hằng tuần đến 23/01/2026",
        ),
        (
            "FREQ=WEEKLY;BYDAY=TH,MO;UNTIL=20260123",
            None,
            "Every Monday and Thursday until 23/01/2026",
            "Thứ Hai và thứ Năm hằng tuần đến 23/01/2026",
        ),
        (
            "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260301",
            D(2026, 1, 25),
            "Every Monday until 25/01/2026",
            "Thứ Hai hằng tuần đến 25/01/2026",
        ),
        (
            "FREQ=WEEKLY;BYDAY=MO,WE,SU",
            None,
            "Every Monday, Wednesday and Sunday",
            "Thứ Hai, thứ Tư và Chủ nhật hằng tuần",
        ),
        ("FREQ=WEEKLY", None, "Every Wednesday", "Thứ Tư hằng tuần"),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
            None,
            "Every 2 weeks on Friday",
            "Thứ Sáu, 2 tuần một lần",
        ),
        (
            "FREQ=MONTHLY;BYDAY=1TU",
            None,
            "Monthly on the 1st Tuesday",
            "Thứ Ba đầu tiên hằng tháng",
        ),
        (
            "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1",
            None,
            "Monthly on the 1st Tuesday",
            "Thứ Ba đầu tiên hằng tháng",
        ),
        (
            "FREQ=MONTHLY;BYDAY=-1FR",
            None,
            "Monthly on the last Friday",
            "Thứ Sáu cuối cùng hằng tháng",
        ),
        (
            "FREQ=MONTHLY;BYDAY=5FR",
            None,
            "Monthly on the 5th Friday",
            "Thứ Sáu thứ năm hằng tháng",
        ),
        ("FREQ=MONTHLY;BYMONTHDAY=15", None, "Monthly on day 15", "Ngày 15 hằng tháng"),
        ("FREQ=MONTHLY", None, "Monthly on day 1", "Ngày 1 hằng tháng"),
        (
            "FREQ=MONTHLY;BYMONTHDAY=15,1",
            None,
            "Monthly on days 1 and 15",
            "Ngày 1 và 15 hằng tháng",
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            None,
            "Monthly on the last day",
            "Ngày cuối cùng hằng tháng",
        ),
        (
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
            None,
            "Every 3 months on day 15",
            "Ngày 15, 3 tháng một lần",
        ),
        ("FREQ=DAILY", None, "Every day", "Hằng ngày"),
        ("FREQ=DAILY;INTERVAL=3", None, "Every 3 days", "3 ngày một lần"),
        (
            "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2",
            None,
            "Every year on 02/09",
            "Ngày 02/09 hằng năm",
        ),
        (
            "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
            None,
            "Every Monday, 10 times",
            "Thứ Hai hằng tuần, 10 lần",
        ),
    ],
)
def test_describe_in_both_languages(
    rule: str, end: date | None, english: str, vietnamese: str
) -> None:
    assert describe(rule, START, end, "en") == english
    assert describe(rule, START, end, "vi") == vietnamese
    assert describe(rule, START, end, "vi_VN") == vietnamese


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO",
        "FREQ=MONTHLY;BYDAY=1MO,3MO",
        "FREQ=MONTHLY;BYDAY=-2FR",
        "FREQ=MONTHLY;BYMONTHDAY=1,-1",
        "FREQ=DAILY;BYMONTH=2",
        "FREQ=WEEKLY;INTERVAL=0",
        "not a rule",
    ],
)
def test_describe_falls_back_to_the_raw_rule(rule: str) -> None:
    assert describe(rule, START, None, "en") == rule
    assert describe(rule, START, None, "vi") == rule
