"""Dates derived from other dates: a special page's day, assignments' default due dates."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.derived_dates import default_due_date, followed_due_date, page_day

D = date


def test_page_day_counts_from_the_milestones_first_day() -> None:
    assert page_day(D(2026, 1, 19), 0) == D(2026, 1, 19)
    assert page_day(D(2026, 1, 19), -3) == D(2026, 1, 16)
    assert page_day(D(2026, 2, 27), 2) == D(2026, 3, 1)


def test_default_due_date_is_days_before_publication_and_none_when_unscheduled() -> None:
    assert default_due_date(D(2026, 1, 2), 2) == D(2025, 12, 31)
    assert default_due_date(D(2026, 1, 2), 0) == D(2026, 1, 2)
    assert default_due_date(None, 2) is None


@pytest.mark.parametrize(
    ("due", "old", "new", "expected"),
    [
        (D(2026, 1, 14), D(2026, 1, 16), D(2026, 1, 23), D(2026, 1, 21)),  # default follows
        (D(2026, 1, 5), D(2026, 1, 16), D(2026, 1, 23), D(2026, 1, 5)),  # chosen date stays
        (None, None, D(2026, 1, 23), D(2026, 1, 21)),  # scheduled: gets its default
        (D(2026, 1, 14), D(2026, 1, 16), None, None),  # unscheduled: the default goes too
        (None, D(2026, 1, 16), D(2026, 1, 23), None),  # "no due date" chosen on a dated item
    ],
)
def test_followed_due_date(
    due: date | None, old: date | None, new: date | None, expected: date | None
) -> None:
    assert followed_due_date(due, old, new, 2) == expected


def test_following_back_restores_the_first_date() -> None:
    for due in (D(2026, 1, 14), D(2026, 1, 5), None):
        there = followed_due_date(due, D(2026, 1, 16), D(2026, 1, 30), 2)
        assert followed_due_date(there, D(2026, 1, 30), D(2026, 1, 16), 2) == due
