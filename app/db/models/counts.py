"""Items counted per plan, start day and theme, kept by database triggers for the timeline.

Counting a plan's items per theme lane means probing every item's themes: at 100,000 items
that is most of the time a zoomed-out timeline takes to open. This table holds the same
counts per (plan, day, theme), so the timeline sums a row per day and theme instead. It is
derived data: triggers of migration 0008 keep it equal to a fresh count on every write (so
undo, imports and bulk inserts need no code), and `edcal check` compares the two.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, Integer, Table

from app.db.base import Base

# 0 stands for "no plan" (plan_id) and "no theme" (theme_id), so that every key is NOT NULL
# and a trigger can upsert it; a row whose count falls to 0 is deleted, so the table holds
# exactly the same rows after an undo as before the change.
NO_PLAN = 0
NO_THEME = 0

theme_day_count = Table(
    "theme_day_count",
    Base.metadata,
    Column("plan_id", Integer, primary_key=True, autoincrement=False),
    Column("day", Date, primary_key=True),
    Column("theme_id", Integer, primary_key=True, autoincrement=False),
    Column("item_count", Integer, nullable=False),
)
