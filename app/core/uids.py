"""The UIDs edcal gives its records in exported files, and reading them back.

A record with no external id is named by its row and the database it lives in:
"item-12@3f9a0c1d2e4b5a69.edcal". The database part (a random id kept in the database, see
app.services.database_identity) tells an import whether the file came from this database (the
row is found by its id) or from another one (the UID is kept as the new row's external id, so
exporting it again gives the same UID). Files written before databases had an identity say
"item-12@edcal": which database they came from is unknown, so they are treated as foreign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ITEM = "item"
MILESTONE = "milestone"
COLUMN = "column"
_UID = re.compile(r"(item|milestone|column)-(\d{1,18})@(?:([0-9a-z]{1,64})\.)?edcal")


@dataclass(frozen=True)
class ExportedUid:
    """What a UID edcal wrote says: the kind of row, its id, and its database (None: unknown)."""

    what: str  # ITEM, MILESTONE or COLUMN
    record_id: int
    database: str | None


def record_uid(what: str, record_id: int, database: str) -> str:
    """The UID of a row that came from no file; `database` "" gives the old form."""
    suffix = f"{database}.edcal" if database else "edcal"
    return f"{what}-{record_id}@{suffix}"


def item_uid(item_id: int, external_id: str | None, database: str) -> str:
    """An item's UID: the one it was imported with, else its own."""
    return external_id or record_uid(ITEM, item_id, database)


def milestone_uid(milestone_id: int, external_id: str | None, database: str) -> str:
    return external_id or record_uid(MILESTONE, milestone_id, database)


def column_uid(column_id: int, database: str) -> str:
    return record_uid(COLUMN, column_id, database)


def exported_uid(uid: str) -> ExportedUid | None:
    """The UID read as edcal writes them; None for any other UID."""
    matched = _UID.fullmatch(uid.strip())
    if matched is None:
        return None
    return ExportedUid(matched[1], int(matched[2]), matched[3])
