"""external ids for imported items and milestones; shared settings

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 22:00:00

Importing the same calendar file or spreadsheet twice must not duplicate anything: the UID
(or the id column) a record had in its file is kept in `external_id`, unique, so a second
import finds and updates it. `app_setting` holds values the whole newsroom shares, such as
how many days before publication an assignment is due by default. New nullable columns and
a new table only, so SQLite needs no table rebuild.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("content_item", "milestone"):
        op.add_column(table, sa.Column("external_id", sa.String(length=1000), nullable=True))
        op.create_index(f"ix_{table}_external_id", table, ["external_id"], unique=True)
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_app_setting_key")),
    )


def downgrade() -> None:
    op.drop_table("app_setting")
    for table in ("milestone", "content_item"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_external_id")
            batch.drop_column("external_id")
