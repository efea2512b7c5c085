"""The UIDs edcal writes for its own rows, and reading them back."""

from __future__ import annotations

from app.core.uids import ExportedUid, column_uid, exported_uid, item_uid, milestone_uid


def test_a_row_without_an_external_id_is_named_by_its_id_and_database() -> None:
    assert item_uid(12, None, "3f9a0c1d2e4b5a69") == "item-12@3f9a0c1d2e4b5a69.edcal"
    assert milestone_uid(3, None, "ab12") == "milestone-3@ab12.edcal"
    assert column_uid(7, "ab12") == "column-7@ab12.edcal"
    # A row imported from a file keeps the UID it came with.
    assert item_uid(12, "evt-1@example.org", "ab12") == "evt-1@example.org"


def test_uids_are_read_back_with_their_database() -> None:
    assert exported_uid("item-12@3f9a0c1d2e4b5a69.edcal") == ExportedUid(
        "item", 12, "3f9a0c1d2e4b5a69"
    )
    # Written before databases had an id: which database is unknown.
    assert exported_uid("milestone-3@edcal") == ExportedUid("milestone", 3, None)
    for other in ("evt-1@example.org", "item-x@ab12.edcal", "item-1@ab12.edcal.org", ""):
        assert exported_uid(other) is None
