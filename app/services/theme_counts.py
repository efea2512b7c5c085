"""The counts of theme_day_count, as stored and as a fresh count of the items would give them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, func, select

from app.db.models import NO_PLAN, NO_THEME, ContentItem, item_theme, theme_day_count

# (plan_id, day, theme_id), with NO_PLAN and NO_THEME for none, to a count of items.
DayThemeCounts = dict[tuple[int, date, int], int]


def stored_counts(connection: Connection) -> DayThemeCounts:
    counted = theme_day_count.c
    query = select(counted.plan_id, counted.day, counted.theme_id, counted.item_count)
    rows = connection.execute(query)
    return {(plan, day, theme): count for plan, day, theme, count in rows}


def fresh_counts(connection: Connection) -> DayThemeCounts:
    """What the triggers should have kept: every scheduled item once per theme, or once under
    NO_THEME, under its plan or NO_PLAN."""
    item = ContentItem.__table__.c
    plan = func.coalesce(item.plan_id, NO_PLAN)
    theme = func.coalesce(item_theme.c.theme_id, NO_THEME)
    query = (
        select(plan, item.planned_start, theme, func.count())
        .select_from(ContentItem.__table__)
        .outerjoin(item_theme, item_theme.c.item_id == item.id)
        .where(item.planned_start.is_not(None))
        .group_by(plan, item.planned_start, theme)
    )
    return {(p, day, t): count for p, day, t, count in connection.execute(query)}
