"""Date rules the way Vietnamese newsrooms write them: day first, weeks from Monday."""

from datetime import date, timedelta

DAY_FIRST_FORMAT = "%d/%m/%Y"


def format_day_first(day: date | None) -> str:
    return "" if day is None else day.strftime(DAY_FIRST_FORMAT)


def week_start(day: date) -> date:
    """The Monday of the ISO week that holds `day`."""
    return day - timedelta(days=day.weekday())


def span_overlaps(start: date, end: date | None, window_start: date, window_end: date) -> bool:
    """Whether [start, end] (end None: one day) touches [window_start, window_end]."""
    last = end or start
    return start <= window_end and last >= window_start
