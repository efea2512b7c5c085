"""index the items of several days alone, with what ranks them in a day

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 09:00:00

The month view ranks and counts every item of several days that touches its window: those
ending in or after it, tested on their start. Through ix_content_item_end_start it read each
of them from the table for its time and title, and walked the one-day items that have an end
equal to their start. ix_content_item_several_days holds only the items ending after they
start (one in ten of the demo's), with the start, time, title and id that rank them in a day:
on SQLite and PostgreSQL the query reads that index alone. An index only: no row changes and
SQLite needs no table rebuild.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEVERAL_DAYS = sa.text("planned_end > planned_start")


def upgrade() -> None:
    op.create_index(
        "ix_content_item_several_days",
        "content_item",
        ["planned_end", "planned_start", "publish_time", "title", "id"],
        unique=False,
        sqlite_where=SEVERAL_DAYS,
        postgresql_where=SEVERAL_DAYS,
    )


def downgrade() -> None:
    op.drop_index("ix_content_item_several_days", table_name="content_item")
