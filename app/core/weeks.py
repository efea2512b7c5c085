"""ISO weeks as newsrooms hand them out: Monday to Sunday, written 2026-W04; next week first."""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


class WeekError(ValueError):
    """The text is not an ISO week; the message says what was expected."""


def parse_week(text: str) -> tuple[date, date]:
    """The Monday and Sunday of an ISO week written 2026-W04 (or 2026W04)."""
    found = _WEEK.match(text)
    if found is None:
        raise WeekError(f"“{text}” is not an ISO week: write it like 2026-W04")
    year, week = int(found.group(1)), int(found.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as error:
        raise WeekError(f"{year} has no week {week}") from error
    return monday, monday + timedelta(days=6)


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the ISO week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def next_week(today: date) -> tuple[date, date]:
    """The week handed out on a Friday: the one after `today`'s."""
    return week_of(today + timedelta(days=7))


def week_label(day: date) -> str:
    """The ISO week holding `day`, written 2026-W04."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def is_whole_week(first: date, last: date) -> bool:
    return first.weekday() == 0 and last == first + timedelta(days=6)


def weeks_in(first: date, last: date) -> list[tuple[date, date]]:
    """The parts of [first, last] in each ISO week it touches, in order."""
    parts: list[tuple[date, date]] = []
    start = first
    while start <= last:
        _, sunday = week_of(start)
        end = min(sunday, last)
        parts.append((start, end))
        start = end + timedelta(days=1)
    return parts
