"""Labels for the two tiers of the time axis, in the user's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.timeline import Tier
from app.ui.i18n import month_and_year


def period_label(tier: Tier, start: date, width: float, locale: QLocale) -> str:
    """The label of a period, shorter when its cell is narrow."""
    if tier is Tier.DAY:
        return str(start.day)
    if tier is Tier.WEEK:
        week = start.isocalendar().week
        return f"{start:%d/%m}" if width >= 46 else str(week)
    if tier is Tier.MONTH:
        form = QLocale.FormatType.LongFormat if width >= 110 else QLocale.FormatType.ShortFormat
        name = locale.standaloneMonthName(start.month, form)
        return month_and_year(name, start.year) if width >= 70 else name
    if tier is Tier.QUARTER:
        quarter = (start.month - 1) // 3 + 1
        if width >= 60:
            text = QCoreApplication.translate("TimelineAxis", "Q%1 %2", "quarter, then year")
            return text.replace("%1", str(quarter)).replace("%2", str(start.year))
        return QCoreApplication.translate("TimelineAxis", "Q%1").replace("%1", str(quarter))
    return str(start.year)
