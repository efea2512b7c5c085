"""Expanding a recurring event's RRULE within a window, with hard bounds on the work done.

A rule is checked before dateutil sees it: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY (a
content item or milestone is a day, so finer rules are refused), INTERVAL and COUNT at least 1.
Then dateutil expands it from DTSTART in the event's wall-clock time, and the walk stops at the
window's end (or the rule's UNTIL or COUNT, if earlier), after `max_occurrences` dates inside
the window, or after `max_steps` dates in all.

One case escapes those counts: a rule whose filters never match (FREQ=DAILY;BYSETPOS=2) makes
dateutil search day after day up to year 9999 without yielding, about six seconds per rule. So
the search is run by a copy of dateutil's generator whose idea of the last year is the window's
last year plus one; it then ends like any rule that has run out of dates.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from dateutil import rrule as dateutil_rrule

from app.core.recurrence import RecurrenceError, rule_parts

_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_FINER = ("HOURLY", "MINUTELY", "SECONDLY")


class RuleError(ValueError):
    """The rule cannot be expanded; `reason` says why in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TooManyOccurrencesError(RuleError):
    """More dates in the window than the budget allows."""


class TooFarBeforeError(RuleError):
    """The rule starts so long before the window that walking to it is over the budget."""


@dataclass(frozen=True)
class Window:
    """The days recurring events are expanded in, both included."""

    first: dt.date
    last: dt.date

    @classmethod
    def around(cls, today: dt.date, days_before: int = 366, days_after: int = 2 * 366) -> Window:
        return cls(today - dt.timedelta(days=days_before), today + dt.timedelta(days=days_after))


def _parts(rule: str) -> dict[str, str]:
    try:
        return rule_parts(rule, column_rule=False)
    except RecurrenceError as error:
        raise RuleError(error.reason) from None


def _whole(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise RuleError(f"{name} must be a whole number, not “{value}”") from None


def _until(value: str, zone: dt.tzinfo | None) -> dt.datetime:
    """UNTIL as wall-clock time in the event's zone (a date: the end of that day)."""
    try:
        if len(value) == 8:
            return dt.datetime.combine(dt.datetime.strptime(value, "%Y%m%d").date(), dt.time.max)
        if value.endswith("Z"):
            moment = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            return (
                moment.astimezone(zone).replace(tzinfo=None)
                if zone
                else moment.replace(tzinfo=None)
            )
        return dt.datetime.strptime(value, "%Y%m%dT%H%M%S")
    except ValueError:
        raise RuleError(f"UNTIL “{value}” is not a date or date-time") from None


def checked_rule(rule: str) -> dict[str, str]:
    """The rule's parts, or `RuleError` for what would loop or what a day cannot mean."""
    parts = _parts(rule)
    freq = parts.get("FREQ")
    if freq is None:
        raise RuleError("FREQ is missing")
    if freq in _FINER:
        raise RuleError(f"FREQ={freq}: items and milestones are days; it must be DAILY or longer")
    if freq not in _FREQUENCIES:
        raise RuleError(f"FREQ={freq} is not DAILY, WEEKLY, MONTHLY or YEARLY")
    if "INTERVAL" in parts and _whole("INTERVAL", parts["INTERVAL"]) < 1:
        raise RuleError("INTERVAL=0 would never move on: it must be 1 or more")
    if "COUNT" in parts and _whole("COUNT", parts["COUNT"]) < 1:
        raise RuleError("COUNT must be 1 or more")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError("COUNT and UNTIL cannot both be given")
    return parts


@lru_cache(maxsize=16)
def _capped_generator(last_year: int) -> Callable[[Any], Iterator[dt.datetime]]:
    """dateutil's rrule generator, reading `last_year` where it reads datetime.MAXYEAR."""
    capped = types.ModuleType("datetime")
    capped.__dict__.update(dt.__dict__)
    capped.MAXYEAR = last_year  # type: ignore[attr-defined]
    namespace = dict(vars(dateutil_rrule))
    namespace["datetime"] = capped
    original = vars(dateutil_rrule.rrule)["_iter"]
    return cast(
        Callable[[Any], Iterator[dt.datetime]],
        types.FunctionType(
            original.__code__,
            namespace,
            original.__name__,
            original.__defaults__,
            original.__closure__,
        ),
    )


def _build(parts: dict[str, str], start: dt.datetime) -> dateutil_rrule.rrule:
    text = ";".join(f"{k}={v}" for k, v in parts.items() if k != "UNTIL")
    try:
        built = dateutil_rrule.rrulestr(text, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as error:
        raise RuleError(str(error) or type(error).__name__) from None
    if not isinstance(built, dateutil_rrule.rrule):
        raise RuleError("give one RRULE")
    return built


def expand(
    rule: str,
    start: dt.datetime,
    window: Window,
    zone: dt.tzinfo | None,
    max_occurrences: int,
    max_steps: int,
) -> list[dt.datetime]:
    """The rule's starts (naive, in the event's wall-clock time) whose day is in `window`.

    `start` is DTSTART as naive wall-clock time (an all-day event: midnight); `zone` is the
    event's zone, for reading a UTC UNTIL.
    """
    parts = checked_rule(rule)
    until = _until(parts["UNTIL"], zone) if "UNTIL" in parts else None
    last = dt.datetime.combine(window.last, dt.time.max)
    if until is not None:
        last = min(last, until)
    first = dt.datetime.combine(window.first, dt.time.min)
    generator = _capped_generator(min(window.last.year + 1, dt.MAXYEAR))
    # RFC 5545: DTSTART is the first occurrence and counts towards COUNT even when the rule
    # would not give it (the caller adds it); dateutil does not count it then.
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    found: list[dt.datetime] = []
    for steps, moment in enumerate(generator(_build(parts, start)), 1):
        if steps == 1 and count is not None and moment != start:
            count -= 1
        if moment > last or count is not None and steps > count:
            break
        if steps > max_steps:
            raise TooFarBeforeError(
                f"it gives more than {max_steps} dates from its start before reaching the window"
            )
        if moment >= first:
            found.append(moment)
            if len(found) > max_occurrences:
                raise TooManyOccurrencesError(
                    f"it gives more than {max_occurrences} dates in the window"
                )
    return found
