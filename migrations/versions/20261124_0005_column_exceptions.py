"""column exceptions: single occurrences of a column's cadence skipped or moved

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 18:00:00

Slots follow from a column's cadence and are never stored; only the exceptions are, one row
per occurrence (its original day), `moved_to` empty meaning skipped. A new table only, so
SQLite needs no batch rebuild of anything.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "column_exception",
        sa.Column("column_id", sa.Integer(), nullable=False),
        sa.Column("original_date", sa.Date(), nullable=False),
        sa.Column("moved_to", sa.Date(), nullable=True),
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
        sa.CheckConstraint(
            "moved_to IS NULL OR moved_to <> original_date",
            name=op.f("ck_column_exception_moved_to_another_day"),
        ),
        sa.ForeignKeyConstraint(
            ["column_id"],
            ["special_column.id"],
            name=op.f("fk_column_exception_column_id_special_column"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_exception")),
        sa.UniqueConstraint(
            "column_id", "original_date", name=op.f("uq_column_exception_column_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("column_exception")
