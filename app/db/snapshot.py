"""Take a picture of the rows a delete removes or clears, so undo can put them back exactly."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, ForeignKey, Table, and_, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from app.db.base import Base


@dataclass(frozen=True)
class ClearedReference:
    """A foreign key the database sets to NULL when its target is deleted."""

    table: str
    key: tuple[tuple[str, Any], ...]
    column: str
    value: Any


@dataclass
class Snapshot:
    """Rows by table (parents first when restored), and references that were cleared."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    cleared: list[ClearedReference] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


class StillReferencedError(Exception):
    """A row cannot go: rows of `table` still point at it through a RESTRICT key."""

    def __init__(self, table: str, count: int) -> None:
        super().__init__(f"{count} row(s) of {table} still refer to it")
        self.table = table
        self.count = count


def _referencing_keys(target: Table) -> Iterable[ForeignKey]:
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is target:
                yield fk


def _key_of(table: Table, row: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple((col.name, row[col.name]) for col in table.primary_key.columns)


class _Collector:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.snapshot = Snapshot()
        self.seen: set[tuple[str, tuple[tuple[str, Any], ...]]] = set()
        self.restricted: list[tuple[str, set[Any]]] = []

    def collect(self, table: Table, where: ColumnElement[bool]) -> None:
        rows = [dict(r._mapping) for r in self.connection.execute(select(table).where(where))]
        fresh = []
        for row in rows:
            key = (table.name, _key_of(table, row))
            if key not in self.seen:
                self.seen.add(key)
                fresh.append(row)
        if not fresh:
            return
        self.snapshot.rows.setdefault(table.name, []).extend(fresh)
        for fk in _referencing_keys(table):
            values = [row[fk.column.name] for row in fresh]
            child, column = fk.parent.table, fk.parent
            assert isinstance(child, Table)
            condition = column.in_(values)
            if fk.ondelete == "CASCADE":
                self.collect(child, condition)
            elif fk.ondelete == "SET NULL":
                for found in self.connection.execute(select(child).where(condition)):
                    mapping = dict(found._mapping)
                    self.snapshot.cleared.append(
                        ClearedReference(
                            child.name, _key_of(child, mapping), column.name, mapping[column.name]
                        )
                    )
            else:
                self.restricted.append((child.name, {(child.name, column.name, v) for v in values}))

    def check_restricted(self) -> None:
        for table_name, refs in self.restricted:
            table = Base.metadata.tables[table_name]
            for _, column_name, value in refs:
                rows = self.connection.execute(select(table).where(table.c[column_name] == value))
                blocking = [
                    r
                    for r in rows
                    if (table_name, _key_of(table, dict(r._mapping))) not in self.seen
                ]
                if blocking:
                    raise StillReferencedError(table_name, len(blocking))


def delete_with_snapshot(connection: Connection, table: Table, ids: Sequence[int]) -> Snapshot:
    """Delete rows `ids` of `table` and everything the database cascades, keeping a snapshot."""
    collector = _Collector(connection)
    collector.collect(table, table.c.id.in_(list(ids)))
    collector.check_restricted()
    connection.execute(table.delete().where(table.c.id.in_(list(ids))))
    return collector.snapshot


def restore_snapshot(connection: Connection, snapshot: Snapshot) -> None:
    """Insert the snapshot's rows back, parents first, then restore cleared references."""
    for table in Base.metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            connection.execute(insert(table), rows)
    restored = {
        (name, _key_of(Base.metadata.tables[name], row))
        for name, rows in snapshot.rows.items()
        for row in rows
    }
    for ref in snapshot.cleared:
        if (ref.table, ref.key) in restored:
            continue
        table = Base.metadata.tables[ref.table]
        condition = and_(*(table.c[name] == value for name, value in ref.key))
        values = {ref.column: ref.value}
        if "updated_at" in table.c:  # putting a reference back is not an edit: keep the stamp
            values["updated_at"] = table.c.updated_at
        connection.execute(update(table).where(condition).values(values))
