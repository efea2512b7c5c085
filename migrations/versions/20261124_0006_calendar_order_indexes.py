"""index content items in a day's display order, and by end then start

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 20:00:00

The month view reads each day's first one-day items in display order (untimed first, then by
time, title and id) with a LIMIT of its own. With only (planned_start, planned_end) to go by,
SQLite read every item of the day from the table and sorted them: the more items a database
holds, the more it read for the same few chips. ix_content_item_day_order holds the day and
the display order, then planned_end (the one-day test): on SQLite it covers that query and
each day stops after its first items.

Long items are found through their end date, then kept when they started before the window's
look-back; ix_content_item_planned_end lacks the start date, so every multi-day item ending
after the window was read from the table just to test it. ix_content_item_end_start tests it
in the index. Indexes only, so no row changes and SQLite needs no table rebuild.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_content_item_day_order",
        "content_item",
        ["planned_start", "publish_time", "title", "id", "planned_end"],
        unique=False,
    )
    op.create_index(
        "ix_content_item_end_start", "content_item", ["planned_end", "planned_start"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_content_item_end_start", table_name="content_item")
    op.drop_index("ix_content_item_day_order", table_name="content_item")
