"""A column's cadence: which days an RFC 5545 RRULE gives in a window, with its exceptions.

A column's slots are days, computed for the window being looked at rather than stored. The
rule is expanded by python-dateutil from the column's start; the column's effective end (its
end date, or the end of the milestone it ends at) cuts it off; single occurrences can be
skipped or moved to another day.

Expanding must never hang the calendar, so a rule is checked before dateutil sees it: no
FREQ, INTERVAL=0, times of day (a slot is a day), and what RFC 5545 forbids are refused with
a reason; expanding stops with `RecurrenceError` once more than `limit` dates lie between the
column's start and the end of what was asked (dateutil walks from the start, so that count is
the work done). A rule that never gives a date at all would make dateutil search up to year
9999 (seconds for a daily rule): whether a rule gives any date is found once per rule and
start, then remembered.

UNTIL is read as the last day the rule may give, whatever time or zone it carries: a column's
slots are calendar days, not moments.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

DEFAULT_LIMIT = 5000

_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_FINER = ("HOURLY", "MINUTELY", "SECONDLY")
_TIMES = ("BYHOUR", "BYMINUTE", "BYSECOND")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
# The number lists a rule may hold, with the largest size allowed (negative counts back).
_NUMBER_RANGES = {
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366),
    "BYWEEKNO": (-53, 53),
    "BYSETPOS": (-366, 366),
}
# RFC 5545, 3.3.10: which parts each frequency may carry.
_ONLY_YEARLY = ("BYYEARDAY", "BYWEEKNO")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class RecurrenceError(ValueError):
    """The rule cannot be expanded; `reason` says why in words an editor can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Occurrence:
    """One slot day; `original` is the day the rule gives, which differs when it was moved."""

    day: date
    original: date

    @property
    def moved_from(self) -> date | None:
        return self.original if self.original != self.day else None


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def rule_parts(rule: str, column_rule: bool = True) -> dict[str, str]:
    """The rule's NAME=value parts, names upper-cased; RecurrenceError when one is not.

    A column's rule must be one whole RRULE; a calendar file's RRULE value (`column_rule`
    False) may be empty or end with a stray ";", which readers of such files tolerate.
    """
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    if column_rule and not text:
        raise RecurrenceError("the rule is empty")
    if column_rule and ("\n" in text or ":" in text):
        raise RecurrenceError("give one RRULE only; the start comes from the column")
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        if not column_rule and not piece.strip():
            continue
        name, sep, value = piece.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not sep or not name or not value:
            raise RecurrenceError(f"“{piece}” is not NAME=value")
        if name in parts:
            raise RecurrenceError(f"{name} is given twice")
        parts[name] = value
    return parts


def _integer(name: str, value: str) -> int:
    if not _INTEGER.match(value):
        raise RecurrenceError(f"{name} must be a whole number, not “{value}”")
    return int(value)


def _numbers(name: str, value: str) -> list[int]:
    low, high = _NUMBER_RANGES[name]
    numbers = [_integer(name, v) for v in value.split(",")]
    for n in numbers:
        if n == 0 or not low <= n <= high:
            raise RecurrenceError(f"{name}={n} is outside {low}…{high} (0 excluded)")
    return numbers


def _weekdays(value: str) -> list[tuple[int | None, str]]:
    found: list[tuple[int | None, str]] = []
    for entry in value.split(","):
        match = _BYDAY.match(entry)
        if not match:
            raise RecurrenceError(f"“{entry}” is not a weekday (MO, TU … SU, or 1MO, -1FR …)")
        ordinal = int(match.group(1)) if match.group(1) else None
        if ordinal == 0 or ordinal is not None and not -53 <= ordinal <= 53:
            raise RecurrenceError(f"“{entry}”: the week number must be 1…53 or -1…-53")
        found.append((ordinal, match.group(2)))
    return found


def _until(value: str) -> date:
    match = _UNTIL.match(value)
    if not match:
        raise RecurrenceError(f"UNTIL must be a date such as 20260123, not “{value}”")
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as error:
        raise RecurrenceError(f"UNTIL={value}: {error}") from None


def _check(parts: Mapping[str, str]) -> None:
    """Refuse what dateutil would loop on, what a day slot cannot mean, and what RFC 5545
    forbids; dateutil itself then judges the rest (unknown names and values)."""
    freq = parts.get("FREQ")
    if freq is None:
        raise RecurrenceError("FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)")
    if freq in _FINER:
        raise RecurrenceError("a column's slots are days: use DAILY, WEEKLY, MONTHLY or YEARLY")
    if freq not in _FREQUENCIES:
        raise RecurrenceError(f"FREQ={freq} is not DAILY, WEEKLY, MONTHLY or YEARLY")
    for name in _TIMES:
        if name in parts:
            raise RecurrenceError(f"{name}: a column's slots are days, without a time")
    if "INTERVAL" in parts and _integer("INTERVAL", parts["INTERVAL"]) < 1:
        raise RecurrenceError("INTERVAL must be 1 or more: INTERVAL=0 would never move on")
    if "COUNT" in parts and _integer("COUNT", parts["COUNT"]) < 1:
        raise RecurrenceError("COUNT must be 1 or more")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError("give COUNT or UNTIL, not both")
    if "UNTIL" in parts:
        _until(parts["UNTIL"])
    for name in _NUMBER_RANGES:
        if name in parts:
            _numbers(name, parts[name])
    for name in _ONLY_YEARLY:
        if name in parts and freq != "YEARLY":
            raise RecurrenceError(f"{name} goes with FREQ=YEARLY only")
    if "BYMONTHDAY" in parts and freq == "WEEKLY":
        raise RecurrenceError("BYMONTHDAY cannot go with FREQ=WEEKLY")
    if "BYDAY" in parts:
        ordinals = [n for n, _ in _weekdays(parts["BYDAY"]) if n is not None]
        if ordinals and freq not in ("MONTHLY", "YEARLY"):
            raise RecurrenceError("a numbered weekday (1MO, -1FR) needs FREQ=MONTHLY or YEARLY")
        if ordinals and freq == "MONTHLY" and any(abs(n) > 5 for n in ordinals):
            raise RecurrenceError("a month has at most five of each weekday")
    _check_month_days(parts)


def _check_month_days(parts: Mapping[str, str]) -> None:
    """Refuse a day of the month no chosen month has (30 February, 31 April)."""
    if "BYMONTHDAY" not in parts:
        return
    months = _numbers("BYMONTH", parts["BYMONTH"]) if "BYMONTH" in parts else range(1, 13)
    days = _numbers("BYMONTHDAY", parts["BYMONTHDAY"])
    if not any(abs(d) <= _DAYS_IN_MONTH[m - 1] for m in months for d in days):
        raise RecurrenceError("no chosen month has that day, so the rule never gives a date")


def _normalised(rule: str) -> str:
    """The rule as dateutil is given it: checked, upper-cased, UNTIL cut down to its day."""
    parts = rule_parts(rule)
    _check(parts)
    if "UNTIL" in parts:
        parts["UNTIL"] = _until(parts["UNTIL"]).strftime("%Y%m%d")
    return ";".join(f"{name}={value}" for name, value in parts.items())


@lru_cache(maxsize=512)
def _built(text: str, start: date) -> rrule:
    try:
        built = rrulestr(text, dtstart=datetime.combine(start, time()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as error:
        raise RecurrenceError(str(error) or type(error).__name__) from None
    if not isinstance(built, rrule):  # pragma: no cover - _parts lets one RRULE line through
        raise RecurrenceError("give one RRULE only")
    return built


@lru_cache(maxsize=512)
def _gives_any(text: str, start: date) -> bool:
    """Whether the rule gives a date at all; dateutil may search to year 9999 to say no."""
    return _built(text, start).after(datetime.combine(start, time()), inc=True) is not None


def _prepared(rule: str, start: date) -> str | None:
    """The normalised rule, or None when it never gives a date."""
    text = _normalised(rule)
    return text if _gives_any(text, start) else None


def _originals(
    text: str, start: date, end: date | None, horizon: date, limit: int
) -> Iterator[date]:
    """The days the rule gives from `start` to `horizon` (and `end`), in order."""
    last = min(horizon, end) if end is not None else horizon
    seen = 0
    previous: date | None = None
    for moment in _built(text, start):
        day = moment.date()
        if day > last:
            return
        if day == previous:
            continue
        seen += 1
        if seen > limit:
            raise RecurrenceError(
                f"the rule gives more than {limit} dates between {_fmt(start)} and {_fmt(last)}"
            )
        previous = day
        yield day


def validate_rule(rule: str, start: date | None = None) -> str | None:
    """Why the rule cannot be a column's cadence, or None when it can. With the column's
    start, a rule that never gives a date is refused too."""
    try:
        text = _normalised(rule)
        _built(text, start or date(2000, 1, 1))
        if start is not None and not _gives_any(text, start):
            return "the rule never gives a date"
    except RecurrenceError as error:
        return error.reason
    return None


def expand(
    rule: str,
    start: date,
    first: date,
    last: date,
    end: date | None = None,
    skipped: Collection[date] = (),
    moved: Mapping[date, date] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Occurrence]:
    """The column's slots in [first, last], by day, each with the day the rule gave.

    Skipped days are dropped; a moved occurrence shows on its new day when that day is in
    the window, wherever the rule put it. An exception for a day the rule does not give (left
    from an earlier cadence) is ignored. Two occurrences landing on one day make one slot:
    the one that was not moved.
    """
    moved = moved or {}
    text = _prepared(rule, start)
    if text is None or last < first:
        return []
    skip = set(skipped)
    arriving = [o for o, new in moved.items() if first <= new <= last and o not in skip]
    horizon = max([last, *arriving])
    found: list[Occurrence] = []
    for original in _originals(text, start, end, horizon, limit):
        if original in skip:
            continue
        day = moved.get(original, original)
        if first <= day <= last:
            found.append(Occurrence(day, original))
    found.sort(key=lambda o: (o.day, o.day != o.original, o.original))
    unique: list[Occurrence] = []
    for occurrence in found:
        if not unique or unique[-1].day != occurrence.day:
            unique.append(occurrence)
    return unique


def occurrences(
    rule: str,
    start: date,
    first: date,
    last: date,
    end: date | None = None,
    skipped: Collection[date] = (),
    moved: Mapping[date, date] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[date]:
    """The column's slot days within [first, last] (see `expand`)."""
    return [o.day for o in expand(rule, start, first, last, end, skipped, moved, limit)]


def next_dates(
    rule: str,
    start: date,
    after: date,
    count: int,
    end: date | None = None,
    skipped: Collection[date] = (),
    moved: Mapping[date, date] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[date]:
    """The first `count` slot days after `after`, fewer when the rule ends first."""
    moved = moved or {}
    text = _prepared(rule, start)
    if text is None or count <= 0:
        return []
    skip = set(skipped)
    last_moved = max(moved, default=date.min)
    ahead: list[date] = []
    for original in _originals(text, start, end, date.max, limit):
        day = moved.get(original, original)
        if original not in skip and day > after and day not in ahead:
            insort(ahead, day)
        # Later originals give later days, unless one is still to be moved here.
        if original >= last_moved and len(ahead) >= count and ahead[count - 1] <= original:
            break
    return ahead[:count]


# Describing. The texts are put together from parts (weekday names, ordinals, a tail for the
# end), which Qt's translation of whole strings cannot do; both languages are written here.

_DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "vi": ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"),
}
_ORDINALS = {
    "en": {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", -1: "last"},
    "vi": {1: "đầu tiên", 2: "thứ hai", 3: "thứ ba", 4: "thứ tư", 5: "thứ năm", -1: "cuối cùng"},
}
_AND = {"en": "and", "vi": "và"}


class _UnusualError(Exception):
    """The rule is valid but has no plain description: the raw rule is shown instead."""


def _listed(words: list[str], language: str) -> str:
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {_AND[language]} {words[-1]}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _weekly(parts: Mapping[str, str], start: date, interval: int, language: str) -> str:
    if "BYDAY" in parts:
        codes = [code for _, code in _weekdays(parts["BYDAY"])]
        indexes = sorted({_WEEKDAYS.index(code) for code in codes})
    else:
        indexes = [start.weekday()]
    days = _listed([_DAY_NAMES[language][i] for i in indexes], language)
    if language == "vi":
        return f"{days} hằng tuần" if interval == 1 else f"{days}, {interval} tuần một lần"
    return f"Every {days}" if interval == 1 else f"Every {interval} weeks on {days}"


def _monthly_weekday(parts: Mapping[str, str], interval: int, language: str) -> str:
    entries = _weekdays(parts["BYDAY"])
    if len(entries) != 1:
        raise _UnusualError
    ordinal, code = entries[0]
    if "BYSETPOS" in parts:
        positions = _numbers("BYSETPOS", parts["BYSETPOS"])
        if ordinal is not None or len(positions) != 1:
            raise _UnusualError
        ordinal = positions[0]
    if ordinal not in _ORDINALS[language]:
        raise _UnusualError
    name = _DAY_NAMES[language][_WEEKDAYS.index(code)]
    which = _ORDINALS[language][ordinal]
    if language == "vi":
        return (
            f"{name} {which} hằng tháng"
            if interval == 1
            else f"{name} {which}, {interval} tháng một lần"
        )
    every = "Monthly" if interval == 1 else f"Every {interval} months"
    return f"{every} on the {which} {name}"


def _monthly_day(parts: Mapping[str, str], start: date, interval: int, language: str) -> str:
    days = _numbers("BYMONTHDAY", parts["BYMONTHDAY"]) if "BYMONTHDAY" in parts else [start.day]
    if days == [-1]:
        which = "ngày cuối cùng" if language == "vi" else "the last day"
    elif all(d > 0 for d in days):
        numbers = _listed([str(d) for d in sorted(set(days))], language)
        if language == "vi":
            which = f"ngày {numbers}"
        else:
            which = f"day{'s' if len(set(days)) > 1 else ''} {numbers}"
    else:
        raise _UnusualError
    if language == "vi":
        return f"{which} hằng tháng" if interval == 1 else f"{which}, {interval} tháng một lần"
    every = "Monthly" if interval == 1 else f"Every {interval} months"
    return f"{every} on {which}"


def _yearly(parts: Mapping[str, str], start: date, interval: int, language: str) -> str:
    if set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY"}:
        raise _UnusualError
    months = _numbers("BYMONTH", parts["BYMONTH"]) if "BYMONTH" in parts else [start.month]
    days = _numbers("BYMONTHDAY", parts["BYMONTHDAY"]) if "BYMONTHDAY" in parts else [start.day]
    if len(months) != 1 or len(days) != 1 or days[0] < 0:
        raise _UnusualError
    day = f"{days[0]:02d}/{months[0]:02d}"
    if language == "vi":
        return f"ngày {day} hằng năm" if interval == 1 else f"ngày {day}, {interval} năm một lần"
    return f"Every year on {day}" if interval == 1 else f"Every {interval} years on {day}"


def _daily(parts: Mapping[str, str], start: date, interval: int, language: str) -> str:
    if "BYDAY" in parts and interval == 1:
        return _weekly(parts, start, 1, language)
    if "BYDAY" in parts:
        raise _UnusualError
    if language == "vi":
        return "hằng ngày" if interval == 1 else f"{interval} ngày một lần"
    return "Every day" if interval == 1 else f"Every {interval} days"


def _summary(parts: Mapping[str, str], start: date, language: str) -> str:
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    shown = set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
    if freq == "DAILY" and shown <= {"BYDAY"}:
        return _daily(parts, start, interval, language)
    if freq == "WEEKLY" and shown <= {"BYDAY"}:
        return _weekly(parts, start, interval, language)
    if freq == "MONTHLY" and shown and shown <= {"BYDAY", "BYSETPOS"} and "BYDAY" in shown:
        return _monthly_weekday(parts, interval, language)
    if freq == "MONTHLY" and shown <= {"BYMONTHDAY"}:
        return _monthly_day(parts, start, interval, language)
    if freq == "YEARLY":
        return _yearly(parts, start, interval, language)
    raise _UnusualError


def describe(rule: str, start: date, end: date | None = None, language: str = "en") -> str:
    """The cadence in plain words ("Every Monday and Thursday until 23/01/2026"), in English
    or Vietnamese ("vi…"); the raw rule when it is invalid or has no plain description.

    These texts are assembled from parts here, not through Qt's translation (which
    translates whole strings), so this pure module can build them and tests can read them.
    `end` is the column's effective end; the earlier of it and the rule's UNTIL is shown.
    """
    lang = "vi" if language.lower().startswith("vi") else "en"
    try:
        parts = rule_parts(rule)
        _check(parts)
        text = _summary(parts, start, lang)
    except (RecurrenceError, _UnusualError):
        return rule
    if "COUNT" in parts:
        text += f", {int(parts['COUNT'])} " + ("lần" if lang == "vi" else "times")
    ends = [d for d in (end, _until(parts["UNTIL"]) if "UNTIL" in parts else None) if d]
    if ends:
        text += (" đến " if lang == "vi" else " until ") + _fmt(min(ends))
    return _capitalised(text)
