"""ISO weeks as typed in the export (2026-W04) and the cells that must not become formulas."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.weeks import WeekError, is_whole_week, next_week, parse_week, week_label, weeks_in
from app.exports.cells import looks_like_formula, neutralised, xml_safe


def test_an_iso_week_runs_monday_to_sunday() -> None:
    assert parse_week("2026-W04") == (date(2026, 1, 19), date(2026, 1, 25))
    assert parse_week(" 2026w4 ") == (date(2026, 1, 19), date(2026, 1, 25))
    # ISO week 1 of 2026 starts in 2025; 2020 had 53 weeks.
    assert parse_week("2026-W01") == (date(2025, 12, 29), date(2026, 1, 4))
    assert parse_week("2020-W53") == (date(2020, 12, 28), date(2021, 1, 3))
    assert week_label(date(2026, 1, 25)) == "2026-W04"
    assert week_label(date(2025, 12, 29)) == "2026-W01"


@pytest.mark.parametrize("text", ["2026-04", "W04", "2026-W54", "2025-W53", "2026-W00", ""])
def test_a_bad_week_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(WeekError):
        parse_week(text)


def test_next_week_is_the_one_after_todays() -> None:
    friday = date(2026, 1, 16)
    assert next_week(friday) == (date(2026, 1, 19), date(2026, 1, 25))
    assert next_week(date(2026, 1, 18)) == (date(2026, 1, 19), date(2026, 1, 25))  # a Sunday
    assert next_week(date(2026, 1, 19)) == (date(2026, 1, 26), date(2026, 2, 1))


def test_a_range_splits_into_its_weeks() -> None:
    assert weeks_in(date(2026, 1, 22), date(2026, 2, 3)) == [
        (date(2026, 1, 22), date(2026, 1, 25)),
        (date(2026, 1, 26), date(2026, 2, 1)),
        (date(2026, 2, 2), date(2026, 2, 3)),
    ]
    assert is_whole_week(date(2026, 1, 19), date(2026, 1, 25))
    assert not is_whole_week(date(2026, 1, 20), date(2026, 1, 26))


@pytest.mark.parametrize(
    "text", ["=1+1", "+84 912", "-5", "@SUM(A1)", "\tx", "\rx", "\0x", '=HYPERLINK("a")']
)
def test_what_could_be_a_formula_gets_an_apostrophe(text: str) -> None:
    assert looks_like_formula(text)
    assert neutralised(text) == "'" + text


@pytest.mark.parametrize("text", ["Đại hội XIV", "", "1+1=2", "'quoted", " =x"])
def test_other_text_is_kept(text: str) -> None:
    assert not looks_like_formula(text)
    assert neutralised(text) == text


def test_xml_forbidden_characters_are_replaced() -> None:
    assert xml_safe("a\0b\x07c\td\ne") == "a\ufffdb\ufffdc\td\ne"
