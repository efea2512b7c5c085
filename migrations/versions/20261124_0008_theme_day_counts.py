"""theme_day_count: items per plan, start day and theme, kept by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 23:00:00

A zoomed-out timeline counts a plan's items per theme lane and period, and per stage: at
100,000 items, probing each item's themes was most of its opening time. `theme_day_count`
holds those counts per (plan, day, theme), 0 standing for no plan and no theme, and a row is
deleted when its count reaches 0 (so undoing a change restores exactly the rows there were).

Triggers keep it right on every write path (the ORM, bulk Core inserts of imports, snapshot
restores of undo, scheduling, FK actions), written once per backend:
- an item inserted, deleted, or moved to another day or plan adds or subtracts 1 on each of
  its themes' rows, or on its no-theme row; the delete is counted BEFORE the row goes, while
  its theme links are still there;
- a theme link added or removed moves 1 between the theme's row and the no-theme row; when
  the item itself is gone (the FK cascade of its delete) it does nothing, as the item's
  delete already counted it.
Each trigger reads the item's other rows (its links, or its day and plan) as they are when
its own row changes. SQLite runs row triggers right as each row changes. PostgreSQL runs
row AFTER triggers at the end of the statement, and those of the updates an FK action makes
(a plan deleted sets its items' plan to NULL while its themes' links go) only at the end of
the outer statement: there, every trigger is a BEFORE trigger, which sees the rows changed
before it and not yet its own.

The table is filled from the existing items on upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILL = """
INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
SELECT COALESCE(item.plan_id, 0), item.planned_start, COALESCE(link.theme_id, 0), COUNT(*)
FROM content_item AS item
LEFT OUTER JOIN item_theme AS link ON link.item_id = item.id
WHERE item.planned_start IS NOT NULL
GROUP BY COALESCE(item.plan_id, 0), item.planned_start, COALESCE(link.theme_id, 0)
"""

_UPSERT = (
    "ON CONFLICT (plan_id, day, theme_id)"
    " DO UPDATE SET item_count = theme_day_count.item_count + excluded.item_count"
)


def _sqlite_item_rows(row: str, delta: int) -> str:
    """Add `delta` to each theme row of the item `row` (OLD or NEW), or to its no-theme row."""
    return f"""
    INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
    SELECT COALESCE({row}.plan_id, 0), {row}.planned_start, lane.theme_id, {delta}
    FROM (
        SELECT theme_id FROM item_theme WHERE item_id = {row}.id
        UNION ALL
        SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM item_theme WHERE item_id = {row}.id)
    ) AS lane
    WHERE {row}.planned_start IS NOT NULL
    {_UPSERT};
    DELETE FROM theme_day_count
    WHERE plan_id = COALESCE({row}.plan_id, 0) AND day = {row}.planned_start
      AND item_count = 0;
    """


def _sqlite_new_item() -> str:
    """A new item has no theme links yet (they reference it, so they come after it): it
    counts on its no-theme row, and a count that only grows never needs the zero cleanup.
    Imports insert thousands of items, so this trigger is kept to one upsert."""
    return f"""
    INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
    VALUES (COALESCE(NEW.plan_id, 0), NEW.planned_start, 0, 1)
    {_UPSERT};
    """


def _sqlite_link(row: str, delta: int, others: str) -> str:
    """Add `delta` to the theme row of link `row` (OLD or NEW) and subtract it from the item's
    no-theme row when it has no link but this one (`others` finds its other links)."""
    item = (
        "SELECT COALESCE(plan_id, 0) AS plan_id, planned_start FROM content_item"
        f" WHERE id = {row}.item_id AND planned_start IS NOT NULL"
    )
    return f"""
    INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
    SELECT plan_id, planned_start, {row}.theme_id, {delta} FROM ({item}) WHERE true
    {_UPSERT};
    INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
    SELECT plan_id, planned_start, 0, {-delta} FROM ({item})
    WHERE NOT EXISTS ({others})
    {_UPSERT};
    DELETE FROM theme_day_count
    WHERE item_count = 0
      AND plan_id = (SELECT COALESCE(plan_id, 0) FROM content_item WHERE id = {row}.item_id)
      AND day = (SELECT planned_start FROM content_item WHERE id = {row}.item_id);
    """


SQLITE_TRIGGERS = {
    "theme_day_count_item_insert": f"""
        CREATE TRIGGER theme_day_count_item_insert AFTER INSERT ON content_item
        WHEN NEW.planned_start IS NOT NULL
        BEGIN {_sqlite_new_item()} END
    """,
    "theme_day_count_item_update": f"""
        CREATE TRIGGER theme_day_count_item_update
        AFTER UPDATE OF planned_start, plan_id ON content_item
        WHEN OLD.planned_start IS NOT NEW.planned_start OR OLD.plan_id IS NOT NEW.plan_id
        BEGIN {_sqlite_item_rows("OLD", -1)} {_sqlite_item_rows("NEW", 1)} END
    """,
    "theme_day_count_item_delete": f"""
        CREATE TRIGGER theme_day_count_item_delete BEFORE DELETE ON content_item
        WHEN OLD.planned_start IS NOT NULL
        BEGIN {_sqlite_item_rows("OLD", -1)} END
    """,
    # After the insert, the link itself is there: the others are those of other themes.
    "theme_day_count_link_insert": f"""
        CREATE TRIGGER theme_day_count_link_insert AFTER INSERT ON item_theme
        BEGIN {
        _sqlite_link(
            "NEW",
            1,
            "SELECT 1 FROM item_theme AS other"
            " WHERE other.item_id = NEW.item_id AND other.theme_id <> NEW.theme_id",
        )
    } END
    """,
    # After the delete, the link is gone: any link left is another.
    "theme_day_count_link_delete": f"""
        CREATE TRIGGER theme_day_count_link_delete AFTER DELETE ON item_theme
        BEGIN {
        _sqlite_link(
            "OLD", -1, "SELECT 1 FROM item_theme AS other WHERE other.item_id = OLD.item_id"
        )
    } END
    """,
}

POSTGRES_FUNCTIONS = [
    f"""
    CREATE FUNCTION theme_day_count_add(p_plan integer, p_day date, p_theme integer,
                                        p_delta integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
        VALUES (COALESCE(p_plan, 0), p_day, p_theme, p_delta)
        {_UPSERT};
        DELETE FROM theme_day_count AS counted
        WHERE counted.plan_id = COALESCE(p_plan, 0) AND counted.day = p_day
          AND counted.theme_id = p_theme AND counted.item_count = 0;
    END $$
    """,
    f"""
    CREATE FUNCTION theme_day_count_item_add(p_item integer, p_plan integer, p_day date,
                                             p_delta integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO theme_day_count (plan_id, day, theme_id, item_count)
        SELECT COALESCE(p_plan, 0), p_day, lane.theme_id, p_delta
        FROM (
            SELECT link.theme_id FROM item_theme AS link WHERE link.item_id = p_item
            UNION ALL
            SELECT 0 WHERE NOT EXISTS (
                SELECT 1 FROM item_theme AS link WHERE link.item_id = p_item)
        ) AS lane
        {_UPSERT};
        DELETE FROM theme_day_count AS counted
        WHERE counted.plan_id = COALESCE(p_plan, 0) AND counted.day = p_day
          AND counted.item_count = 0;
    END $$
    """,
    """
    CREATE FUNCTION theme_day_count_item() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND OLD.planned_start IS NOT NULL THEN
            PERFORM theme_day_count_item_add(OLD.id, OLD.plan_id, OLD.planned_start, -1);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.planned_start IS NOT NULL THEN
            PERFORM theme_day_count_item_add(NEW.id, NEW.plan_id, NEW.planned_start, 1);
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END $$
    """,
    # BEFORE the link changes: the link is not there yet on insert, still there on delete.
    """
    CREATE FUNCTION theme_day_count_link() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        link item_theme%ROWTYPE;
        delta integer;
        item_plan integer;
        item_day date;
    BEGIN
        IF TG_OP = 'INSERT' THEN
            link := NEW;
            delta := 1;
        ELSE
            link := OLD;
            delta := -1;
        END IF;
        SELECT item.plan_id, item.planned_start INTO item_plan, item_day
        FROM content_item AS item WHERE item.id = link.item_id;
        IF FOUND AND item_day IS NOT NULL THEN
            PERFORM theme_day_count_add(item_plan, item_day, link.theme_id, delta);
            IF NOT EXISTS (
                SELECT 1 FROM item_theme AS other
                WHERE other.item_id = link.item_id AND other.theme_id <> link.theme_id
            ) THEN
                PERFORM theme_day_count_add(item_plan, item_day, 0, -delta);
            END IF;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END $$
    """,
]

POSTGRES_TRIGGERS = {
    "theme_day_count_item_insert": """
        CREATE TRIGGER theme_day_count_item_insert BEFORE INSERT ON content_item
        FOR EACH ROW WHEN (NEW.planned_start IS NOT NULL)
        EXECUTE FUNCTION theme_day_count_item()
    """,
    "theme_day_count_item_update": """
        CREATE TRIGGER theme_day_count_item_update
        BEFORE UPDATE OF planned_start, plan_id ON content_item
        FOR EACH ROW WHEN (OLD.planned_start IS DISTINCT FROM NEW.planned_start
                           OR OLD.plan_id IS DISTINCT FROM NEW.plan_id)
        EXECUTE FUNCTION theme_day_count_item()
    """,
    "theme_day_count_item_delete": """
        CREATE TRIGGER theme_day_count_item_delete BEFORE DELETE ON content_item
        FOR EACH ROW WHEN (OLD.planned_start IS NOT NULL)
        EXECUTE FUNCTION theme_day_count_item()
    """,
    "theme_day_count_link_insert": """
        CREATE TRIGGER theme_day_count_link_insert BEFORE INSERT ON item_theme
        FOR EACH ROW EXECUTE FUNCTION theme_day_count_link()
    """,
    "theme_day_count_link_delete": """
        CREATE TRIGGER theme_day_count_link_delete BEFORE DELETE ON item_theme
        FOR EACH ROW EXECUTE FUNCTION theme_day_count_link()
    """,
}
POSTGRES_FUNCTION_NAMES = (
    "theme_day_count_link()",
    "theme_day_count_item()",
    "theme_day_count_item_add(integer, integer, date, integer)",
    "theme_day_count_add(integer, date, integer, integer)",
)
TRIGGER_TABLES = {
    "theme_day_count_item_insert": "content_item",
    "theme_day_count_item_update": "content_item",
    "theme_day_count_item_delete": "content_item",
    "theme_day_count_link_insert": "item_theme",
    "theme_day_count_link_delete": "item_theme",
}


def upgrade() -> None:
    op.create_table(
        "theme_day_count",
        sa.Column("plan_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("theme_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "day", "theme_id", name=op.f("pk_theme_day_count")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for function in POSTGRES_FUNCTIONS:
            op.execute(function)
        triggers = POSTGRES_TRIGGERS
    else:
        triggers = SQLITE_TRIGGERS
    for trigger in triggers.values():
        op.execute(trigger)
    op.execute(FILL)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table in TRIGGER_TABLES.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if postgres else ""))
    if postgres:
        for function in POSTGRES_FUNCTION_NAMES:
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_table("theme_day_count")
