"""index content items by planned end

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 12:00:00

`items_between` finds items longer than SHORT_SPAN_DAYS through their end date: without an
index of its own that half of the query reads every scheduled item. An index only, so no row
changes and SQLite needs no table rebuild.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_content_item_planned_end"), "content_item", ["planned_end"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_content_item_planned_end"), table_name="content_item")
