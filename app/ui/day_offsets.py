"""A special page's offset from its milestone in words, in the UI's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from app.core.dates import format_day_first


class DayOffsets(QObject):
    """The translation context: lupdate records plural forms only for QObject.tr calls."""

    def offset(self, days: int) -> str:
        if days == 0:
            return self.tr("on the milestone's first day")
        if days < 0:
            return self.tr("%n day(s) before the milestone", "", -days)
        return self.tr("%n day(s) after the milestone starts", "", days)

    def offset_and_day(self, words: str, day: str) -> str:
        return self.tr("%1: %2").replace("%1", words).replace("%2", day)


_WORDS = DayOffsets()


def offset_words(days: int) -> str:
    """0 → "on the milestone's first day", -3 → "3 days before the milestone"."""
    return _WORDS.offset(days)


def day_words(day: date) -> str:
    """A day with its weekday's name: "Friday 16/01/2026"."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{weekday} {format_day_first(day)}"


def offset_and_day(days: int, day: date | None) -> str:
    """What a page's list and editor show: "3 days before the milestone: Friday 16/01/2026"."""
    words = offset_words(days)
    if day is None:
        return words
    return _WORDS.offset_and_day(words, day_words(day))
