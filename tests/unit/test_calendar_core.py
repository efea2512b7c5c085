"""Calendar arithmetic, no Qt and no database: grids, steps, spans cut into rows, saved filters."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

import pytest

from app.core.calendar import (
    MONTH_WEEKS,
    Period,
    Segment,
    days_covered,
    hour_of,
    month_grid,
    shift,
    step,
    visible_days,
    week_days,
    week_segments,
)
from app.core.enums import ContentStatus
from app.core.filters import ItemFilter


def _assert_monday_first_weeks(days: list[date], weeks: int) -> None:
    assert len(days) == weeks * 7
    assert all(b - a == timedelta(days=1) for a, b in zip(days, days[1:], strict=False))
    assert [d.weekday() for d in days[::7]] == [0] * weeks


# month_grid


def test_a_month_starting_on_monday_opens_on_its_first_day() -> None:
    # February 2021: a Monday the 1st and 28 days, exactly four weeks; still six rows.
    grid = month_grid(date(2021, 2, 17))
    _assert_monday_first_weeks(grid, MONTH_WEEKS)
    assert MONTH_WEEKS == 6
    assert grid[0] == date(2021, 2, 1)
    assert grid[27] == date(2021, 2, 28)
    assert grid[-1] == date(2021, 3, 14)


def test_a_month_starting_on_sunday_opens_six_days_before_it() -> None:
    # June 2025 starts on a Sunday: the whole first row but its last day is May.
    grid = month_grid(date(2025, 6, 30))
    _assert_monday_first_weeks(grid, 6)
    assert grid[0] == date(2025, 5, 26)
    assert grid[6] == date(2025, 6, 1)
    assert grid[-1] == date(2025, 7, 6)
    assert [d for d in grid if d.month == 6] == [date(2025, 6, n) for n in range(1, 31)]


def test_leap_february_shows_the_29th() -> None:
    grid = month_grid(date(2024, 2, 29))
    _assert_monday_first_weeks(grid, 6)
    assert grid[0] == date(2024, 1, 29)
    assert grid[-1] == date(2024, 3, 10)
    assert [d for d in grid if d.month == 2][-1] == date(2024, 2, 29)
    assert date(2024, 3, 1) in grid


def test_grids_cross_the_year_end_both_ways() -> None:
    december = month_grid(date(2025, 12, 31))
    _assert_monday_first_weeks(december, 6)
    assert december[0] == date(2025, 12, 1)
    assert december[-1] == date(2026, 1, 11)

    january = month_grid(date(2026, 1, 1))
    _assert_monday_first_weeks(january, 6)
    assert january[0] == date(2025, 12, 29)
    assert january[3] == date(2026, 1, 1)
    assert january[-1] == date(2026, 2, 8)


def test_any_day_of_a_month_gives_the_same_grid() -> None:
    first = month_grid(date(2025, 6, 1))
    assert all(month_grid(date(2025, 6, n)) == first for n in range(1, 31))


# week_days, visible_days


def test_week_days_run_monday_to_sunday_around_the_anchor() -> None:
    assert week_days(date(2025, 12, 31)) == [date(2025, 12, 29) + timedelta(n) for n in range(7)]
    assert week_days(date(2026, 1, 4))[0] == date(2025, 12, 29)  # a Sunday ends its week
    assert week_days(date(2026, 1, 5))[0] == date(2026, 1, 5)  # a Monday starts one
    _assert_monday_first_weeks(week_days(date(2024, 2, 29)), 1)


def test_visible_days_follow_the_period() -> None:
    anchor = date(2025, 6, 18)
    assert visible_days(Period.MONTH, anchor) == month_grid(anchor)
    assert visible_days(Period.WEEK, anchor) == week_days(anchor)


# step


@pytest.mark.parametrize(
    ("anchor", "steps", "year", "month"),
    [
        (date(2025, 12, 15), 1, 2026, 1),
        (date(2026, 1, 15), -1, 2025, 12),
        (date(2025, 11, 30), 14, 2027, 1),
        (date(2025, 2, 10), -14, 2023, 12),
        (date(2025, 6, 10), 0, 2025, 6),
        (date(2025, 1, 31), 1, 2025, 2),  # no 31 February
        (date(2024, 1, 31), 1, 2024, 2),  # nor 31 February in a leap year
        (date(2025, 3, 31), 1, 2025, 4),  # no 31 April
        (date(2025, 3, 31), -1, 2025, 2),
        (date(2025, 12, 31), 2, 2026, 2),
    ],
)
def test_month_steps_land_on_a_valid_day_of_the_right_month(
    anchor: date, steps: int, year: int, month: int
) -> None:
    moved = step(Period.MONTH, anchor, steps)
    assert (moved.year, moved.month) == (year, month)


def test_month_steps_from_the_31st_never_skip_a_month() -> None:
    anchor = date(2025, 1, 31)
    for _ in range(24):
        following = step(Period.MONTH, anchor, 1)
        assert (following.year * 12 + following.month) - (anchor.year * 12 + anchor.month) == 1
        anchor = following


def test_week_steps_move_by_seven_days_across_the_year_end() -> None:
    assert step(Period.WEEK, date(2025, 12, 29), 1) == date(2026, 1, 5)
    assert step(Period.WEEK, date(2026, 1, 1), -1) == date(2025, 12, 25)
    assert step(Period.WEEK, date(2024, 2, 26), 1) == date(2024, 3, 4)
    assert step(Period.WEEK, date(2025, 6, 18), 0) == date(2025, 6, 18)


# days_covered


def test_days_covered_is_the_span_cut_to_the_window() -> None:
    first, last = date(2025, 6, 1), date(2025, 6, 30)
    assert days_covered(date(2025, 6, 10), date(2025, 6, 12), first, last) == [
        date(2025, 6, 10),
        date(2025, 6, 11),
        date(2025, 6, 12),
    ]
    assert days_covered(date(2025, 5, 30), date(2025, 6, 2), first, last) == [
        date(2025, 6, 1),
        date(2025, 6, 2),
    ]
    assert days_covered(date(2025, 6, 29), date(2025, 7, 3), first, last) == [
        date(2025, 6, 29),
        date(2025, 6, 30),
    ]
    assert len(days_covered(date(2025, 1, 1), date(2025, 12, 31), first, last)) == 30


def test_days_covered_of_a_one_day_item_and_of_spans_outside() -> None:
    first, last = date(2025, 6, 1), date(2025, 6, 30)
    assert days_covered(date(2025, 6, 5), None, first, last) == [date(2025, 6, 5)]
    assert days_covered(date(2025, 6, 30), None, first, last) == [date(2025, 6, 30)]
    assert days_covered(date(2025, 5, 31), None, first, last) == []
    assert days_covered(date(2025, 7, 1), date(2025, 7, 9), first, last) == []
    assert days_covered(date(2025, 5, 1), date(2025, 5, 31), first, last) == []


# week_segments


def test_a_span_across_two_week_rows_is_cut_in_two() -> None:
    grid_first = date(2025, 5, 26)  # the June 2025 grid
    # Thursday 5 June to Tuesday 10 June: rows 1 and 2.
    assert week_segments(date(2025, 6, 5), date(2025, 6, 10), grid_first, 6) == [
        Segment(1, 3, 6, continues_before=False, continues_after=True),
        Segment(2, 0, 1, continues_before=True, continues_after=False),
    ]


def test_a_span_inside_one_row_continues_nowhere() -> None:
    grid_first = date(2025, 5, 26)
    assert week_segments(date(2025, 6, 3), date(2025, 6, 3), grid_first, 6) == [
        Segment(1, 1, 1, continues_before=False, continues_after=False)
    ]
    # A whole week, Monday to Sunday, exactly fills its row.
    assert week_segments(date(2025, 6, 2), date(2025, 6, 8), grid_first, 6) == [
        Segment(1, 0, 6, continues_before=False, continues_after=False)
    ]


def test_a_span_beyond_the_grid_is_cut_at_its_edges_and_says_so() -> None:
    grid_first = date(2025, 5, 26)
    segments = week_segments(date(2025, 5, 1), date(2025, 9, 1), grid_first, 6)
    assert [s.row for s in segments] == [0, 1, 2, 3, 4, 5]
    assert all((s.first, s.last) == (0, 6) for s in segments)
    assert all(s.continues_before and s.continues_after for s in segments)

    # A span that starts before the grid and ends in its first row.
    assert week_segments(date(2025, 5, 20), date(2025, 5, 27), grid_first, 6) == [
        Segment(0, 0, 1, continues_before=True, continues_after=False)
    ]
    # One that starts in the last row (6 July is the grid's last day) and runs on.
    assert week_segments(date(2025, 7, 5), date(2025, 7, 20), grid_first, 6) == [
        Segment(5, 5, 6, continues_before=False, continues_after=True)
    ]


def test_a_span_outside_the_grid_has_no_segment() -> None:
    grid_first = date(2025, 5, 26)
    assert week_segments(date(2025, 5, 1), date(2025, 5, 25), grid_first, 6) == []
    assert week_segments(date(2025, 7, 7), date(2025, 7, 9), grid_first, 6) == []
    # A week view is a grid of one row.
    assert week_segments(date(2025, 6, 2), date(2025, 6, 3), grid_first, 1) == []


# shift, hour_of


def test_shift_and_hour_of_keep_none() -> None:
    assert shift(None, 3) is None
    assert shift(date(2025, 12, 30), 3) == date(2026, 1, 2)
    assert shift(date(2024, 3, 1), -1) == date(2024, 2, 29)
    assert hour_of(None) is None
    assert hour_of(time(0, 0)) == 0
    assert hour_of(time(9, 45)) == 9.75


# ItemFilter


def test_an_item_filter_round_trips_through_json() -> None:
    full = ItemFilter(
        plan_id=1,
        stage_id=2,
        theme_id=3,
        outlet_id=4,
        channel_id=5,
        column_id=6,
        status=ContentStatus.IN_SCREENING,
        assignee_id=7,
        text="Đại hội XIV",
    )
    saved = full.to_json()
    assert json.loads(saved)["status"] == "in_screening"
    assert "Đại hội XIV" in saved  # stored readable, not \u-escaped
    assert ItemFilter.from_json(saved) == full

    partial = ItemFilter(theme_id=9)
    assert json.loads(partial.to_json()) == {"theme_id": 9}
    assert ItemFilter.from_json(partial.to_json()) == partial
    assert ItemFilter().to_json() == "{}"
    assert ItemFilter.from_json("{}") == ItemFilter()


def test_emptiness_and_with_() -> None:
    assert ItemFilter().is_empty
    narrowed = ItemFilter().with_(plan_id=3, text="x")
    assert narrowed == ItemFilter(plan_id=3, text="x")
    assert not narrowed.is_empty
    assert narrowed.with_(plan_id=None, text="").is_empty


@pytest.mark.parametrize("saved", ["", "not json", "{", "null", "[1, 2]", '"text"', "42", "true"])
def test_unreadable_saved_filters_give_the_empty_filter(saved: str) -> None:
    assert ItemFilter.from_json(saved) == ItemFilter()


def test_bad_values_in_a_saved_filter_are_dropped_and_the_rest_kept() -> None:
    saved = json.dumps(
        {
            "plan_id": 4,
            "stage_id": "2",
            "theme_id": True,
            "outlet_id": None,
            "channel_id": 1.5,
            "column_id": [1],
            "status": "no-such-status",
            "assignee_id": 8,
            "colour": "#ffffff",
        }
    )
    assert ItemFilter.from_json(saved) == ItemFilter(plan_id=4, assignee_id=8)
    bad_statuses: list[object] = [None, 3, [], {}]
    for status in bad_statuses:
        assert ItemFilter.from_json(json.dumps({"status": status, "plan_id": 1})) == ItemFilter(
            plan_id=1
        )


def test_a_text_that_is_not_a_string_is_dropped() -> None:
    for text in (5, None, ["dai hoi"], {"a": 1}):
        restored = ItemFilter.from_json(json.dumps({"text": text, "plan_id": 1}))
        assert restored == ItemFilter(plan_id=1)
        assert isinstance(restored.text, str)
