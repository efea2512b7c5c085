"""Reading one spreadsheet cell or calendar property as a date, a time or a choice.

Dates are read day first, as Vietnamese newsrooms write them (19/01/2026, 1/9/26, 19-01-2026,
19.01.2026, "ngày 19 tháng 1 năm 2026"); an ISO date (2026-01-19) is unambiguous and always
accepted; a spreadsheet's own date cell (or an Excel serial number in an .xlsx) is taken as it
is. `DateOrder` lets a mapping say the file writes month first (US) instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import Enum

from app.core.enums import LabelledEnum
from app.core.text import fold

_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_TIME = re.compile(r"(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?(?:\s*(?::|m|p|phút)\s*(\d{1,2})?)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class DateOrder(Enum):
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"
    YEAR_FIRST = "ymd"


class CellError(ValueError):
    """The text cannot be read as the field's type."""


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def parse_date(value: object, order: DateOrder = DateOrder.DAY_FIRST) -> dt.date | None:
    """A date, or None for an empty cell; raises `CellError` for anything else."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel's serial days, up to 31/12/9999
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError(str(value))
    text = str(value).strip()
    if not text:
        return None
    head = text.split()[0] if not text.lower().startswith("ng") else text
    try:
        compact = _COMPACT.fullmatch(text)
        if compact:  # 20260119, as iCalendar writes a date
            return dt.date(int(compact[1]), int(compact[2]), int(compact[3]))
        words = _WORDS.fullmatch(fold(text))
        if words:
            return dt.date(int(words[3]), int(words[2]), int(words[1]))
        matched = _NUMERIC.fullmatch(head.rstrip(","))
        if not matched:
            raise CellError(text)
        a, b, c = matched.groups()
        if len(a) == 4:  # 2026-01-19: year first whatever the order
            return dt.date(int(a), int(b), int(c))
        if order is DateOrder.YEAR_FIRST:
            return dt.date(_year(a), int(b), int(c))
        if order is DateOrder.MONTH_FIRST:
            return dt.date(_year(c), int(a), int(b))
        return dt.date(_year(c), int(b), int(a))
    except ValueError:
        raise CellError(text) from None


def time_in(value: object) -> dt.time | None:
    """The time of day a date-and-time cell carries ("19/01/2026 09:30"), if any."""
    if isinstance(value, dt.datetime):
        return value.time() if value.time() != dt.time() else None
    if isinstance(value, str) and len(value.split()) == 2 and ":" in value:
        try:
            return parse_time(value.split()[1])
        except CellError:
            return None
    return None


def parse_time(value: object) -> dt.time | None:
    """A time of day (09:30, 9h30, 9:30:00, an Excel time cell), or None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, float) and 0 <= value < 1:  # Excel's fraction of a day
        seconds = round(value * 86400)
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    text = str(value).strip().lower()
    if not text:
        return None
    matched = _TIME.fullmatch(text)
    if not matched:
        raise CellError(text)
    hour, minute, second = (int(g) if g else 0 for g in matched.groups())
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise CellError(text) from None


def parse_choice(
    enum: type[LabelledEnum],
    value: object,
    translate: Callable[[str, str], str] | None = None,
) -> LabelledEnum | None:
    """A member by its stored value or its label, in English or through `translate` in the
    user's language (Qt's translate, given by the UI), accents and case ignored."""
    if value is None:
        return None
    text = fold(str(value)).strip()
    if not text:
        return None
    for member in enum:
        if text in (fold(member.value), fold(member.label), fold(member.value.replace("_", " "))):
            return member
        if translate is not None and text == fold(
            translate(enum.translation_context(), member.label)
        ):
            return member
    raise CellError(str(value))


def allowed(enum: type[LabelledEnum]) -> str:
    return ", ".join(member.value for member in enum)
