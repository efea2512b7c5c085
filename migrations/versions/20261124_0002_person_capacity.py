"""person capacity: how many items a person can take on in a week

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00

The CHECK belongs to the column, so SQLite adds and drops it with plain ALTER TABLE.
`recreate="never"` keeps batch mode from rebuilding `person`: the migrations run with
SQLite's foreign keys on, and dropping the old table would fire the ON DELETE actions
of the tables that refer to it (clearing special_column.owner_person_id, refusing
because of assignment.person_id).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "weekly_capacity",
                sa.Integer(),
                # Named by the metadata's convention: ck_person_weekly_capacity_not_negative.
                sa.CheckConstraint("weekly_capacity >= 0", name="weekly_capacity_not_negative"),
                server_default="5",
                nullable=False,
            )
        )


def downgrade() -> None:
    # Both backends drop a column's own CHECK constraint along with the column.
    with op.batch_alter_table("person", recreate="never") as batch_op:
        batch_op.drop_column("weekly_capacity")
