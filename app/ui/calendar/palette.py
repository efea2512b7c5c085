"""What a chip's colour means (theme, status or channel), and the colours themselves."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor

from app.core.enums import ContentFormat, ContentStatus
from app.services.calendar import CalendarItem


class ColorBy(Enum):
    THEME = "theme"
    STATUS = "status"
    CHANNEL = "channel"


STATUS_COLORS: dict[ContentStatus, str] = {
    ContentStatus.IDEA: "#9e9e9e",
    ContentStatus.PLANNED: "#78909c",
    ContentStatus.ASSIGNED: "#5c6bc0",
    ContentStatus.IN_PROGRESS: "#1e88e5",
    ContentStatus.SUBMITTED: "#00897b",
    ContentStatus.IN_SCREENING: "#f9a825",
    ContentStatus.APPROVED: "#7cb342",
    ContentStatus.SCHEDULED: "#43a047",
    ContentStatus.PUBLISHED: "#2e7d32",
    ContentStatus.RETURNED: "#e53935",
    ContentStatus.CANCELLED: "#6d4c41",
}

# Distinct, print-safe colours for channels, picked by channel id.
CHANNEL_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
)  # fmt: skip
NO_THEME = "#90a4ae"

FORMAT_MARKS: dict[ContentFormat, str] = {
    ContentFormat.ARTICLE: "▤",
    ContentFormat.COMMENTARY: "✎",
    ContentFormat.INTERVIEW: "❝",
    ContentFormat.REPORTAGE: "◧",
    ContentFormat.VIDEO: "▶",
    ContentFormat.TV_PROGRAMME: "▣",
    ContentFormat.RADIO_PROGRAMME: "♪",
    ContentFormat.DOCUMENTARY: "◉",
    ContentFormat.INFOGRAPHIC: "◔",
    ContentFormat.PHOTO_STORY: "◈",
    ContentFormat.SOCIAL_POST: "#",
    ContentFormat.FORUM: "☷",
    ContentFormat.EXHIBITION: "▦",
}


def channel_color(channel_id: int | None) -> str:
    if channel_id is None:
        return NO_THEME
    return CHANNEL_COLORS[channel_id % len(CHANNEL_COLORS)]


def chip_color_name(item: CalendarItem, color_by: ColorBy) -> str:
    if color_by is ColorBy.STATUS:
        return STATUS_COLORS[item.status]
    if color_by is ColorBy.CHANNEL:
        return channel_color(item.channel_id)
    return item.theme_colors[0] if item.theme_colors else NO_THEME


def chip_color(item: CalendarItem, color_by: ColorBy) -> QColor:
    return QColor(chip_color_name(item, color_by))


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


STAGE_TINTS = ("#e3f2fd", "#fff3e0", "#e8f5e9", "#f3e5f5", "#fffde7", "#e0f7fa")
