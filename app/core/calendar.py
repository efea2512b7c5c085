"""Calendar arithmetic: which days a month or week view shows, and how chips fit in a day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import Enum

from app.core.dates import week_start

MONTH_WEEKS = 6


class Period(Enum):
    MONTH = "month"
    WEEK = "week"


def month_grid(anchor: date) -> list[date]:
    """The 42 days (six Monday-first weeks) a month view of `anchor`'s month shows."""
    first = week_start(anchor.replace(day=1))
    return [first + timedelta(days=n) for n in range(MONTH_WEEKS * 7)]


def week_days(anchor: date) -> list[date]:
    first = week_start(anchor)
    return [first + timedelta(days=n) for n in range(7)]


def visible_days(period: Period, anchor: date) -> list[date]:
    return month_grid(anchor) if period is Period.MONTH else week_days(anchor)


def step(period: Period, anchor: date, steps: int) -> date:
    """The anchor `steps` periods later (earlier when negative), keeping a valid day."""
    if period is Period.WEEK:
        return anchor + timedelta(weeks=steps)
    month_index = anchor.year * 12 + anchor.month - 1 + steps
    year, month = divmod(month_index, 12)
    return date(year, month + 1, 1)


def days_covered(start: date, end: date | None, first: date, last: date) -> list[date]:
    """The days of [start, end] that fall in [first, last]."""
    begin = max(start, first)
    finish = min(end or start, last)
    return [begin + timedelta(days=n) for n in range((finish - begin).days + 1)]


@dataclass(frozen=True)
class Segment:
    """A span drawn on one week row: from column `first` to column `last` (0 = Monday)."""

    row: int
    first: int
    last: int
    continues_before: bool
    continues_after: bool


def week_segments(start: date, end: date, grid_first: date, rows: int) -> list[Segment]:
    """Cut the span [start, end] into one segment per visible week row of a grid."""
    segments = []
    for row in range(rows):
        row_first = grid_first + timedelta(weeks=row)
        row_last = row_first + timedelta(days=6)
        if end < row_first or start > row_last:
            continue
        first = max(start, row_first)
        last = min(end, row_last)
        segments.append(
            Segment(
                row,
                (first - row_first).days,
                (last - row_first).days,
                continues_before=start < row_first,
                continues_after=end > row_last,
            )
        )
    return segments


WEEK_DAYS = 7


def columns_mask(first: int, last: int) -> int:
    """The columns first..last of a week row (0 = Monday) as bits: bit n for column n."""
    return (1 << (last + 1)) - (1 << first)


# A span's piece on a week row: (first column, minus the days from there to the span's end,
# the span's rank, last column); sorted, they come in the order a row stacks them.
RowPiece = tuple[int, int, int, int]


def week_pieces(spans: Iterable[tuple[int, int]], first: int, size: int) -> list[list[RowPiece]]:
    """Per week row of the `size` days from ordinal `first` (a Monday), the pieces of `spans`
    (first and last days as ordinals, in display order: a span's rank is its place there)
    touching it, in the order a row stacks them: from the earliest first column, then the span
    running the longest from there (to its end, past the row too), then by rank. So bars keep
    above the one-day items of their days, the longest on top."""
    weeks: list[list[RowPiece]] = [[] for _ in range(-(-size // WEEK_DAYS))]
    for rank, (start, end) in enumerate(spans):
        starts, ends = start - first, end - first
        for week in range(max(starts, 0) // WEEK_DAYS, min(ends, size - 1) // WEEK_DAYS + 1):
            monday = week * WEEK_DAYS
            column = max(starts - monday, 0)
            last = min(ends - monday, WEEK_DAYS - 1, size - 1 - monday)
            weeks[week].append((column, column - (ends - monday), rank, last))
    for pieces in weeks:
        pieces.sort()
    return weeks


def place(levels: list[int], columns: int, limit: int | None = None) -> int | None:
    """The lowest level of a week row free on all `columns` (a columns_mask), now taken.

    `levels` holds, for each level, the columns already taken on it. A span goes to the
    lowest level free across its days, as calendars stack a week's bars: a level is one
    chip's height of every day, so an item of several days is one bar at one height. None
    when no level below `limit` is free (then nothing is taken)."""
    for level, taken in enumerate(levels):
        if not taken & columns:
            levels[level] = taken | columns
            return level
    if limit is not None and len(levels) >= limit:
        return None
    levels.append(columns)
    return len(levels) - 1


def shift(day: date | None, days: int) -> date | None:
    return None if day is None else day + timedelta(days=days)


def hour_of(moment: time | None) -> float | None:
    return None if moment is None else moment.hour + moment.minute / 60
