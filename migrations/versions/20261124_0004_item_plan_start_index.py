"""index content items by plan and planned start

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 15:00:00

The timeline counts a plan's items per lane and day (`density`, `coverage`): with only
ix_content_item_plan_id, each count reads every item of the plan from the table to test its
start date. An index on (plan_id, planned_start) reads just the window's entries, and on SQLite
covers the query (the item id is in every index). An index only, so no row changes and SQLite
needs no table rebuild.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_content_item_plan_start", "content_item", ["plan_id", "planned_start"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_content_item_plan_start", table_name="content_item")
