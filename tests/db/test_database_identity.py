"""The database's own id: made once, on first use, kept, and different in every database."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.db.models import AppSetting
from app.services.database import Database
from app.services.database_identity import (
    KEY,
    database_uid,
    ensure_database_uid,
    read_database_uid,
)


def test_the_id_is_made_once_and_kept(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "a.sqlite", actor="tester")
    with db.transaction() as session:
        assert read_database_uid(session) is None  # reading never makes it
    made = database_uid(db)
    assert len(made) == 16 and made.isalnum()
    assert database_uid(db) == made
    db.close()
    reopened = Database.open(tmp_path / "a.sqlite", actor="tester")
    with reopened.transaction() as session:
        assert read_database_uid(session) == made
        stored = session.scalars(select(AppSetting.value).where(AppSetting.key == KEY)).one()
        assert json.loads(stored) == made
    other = Database.open(tmp_path / "b.sqlite", actor="tester")
    assert database_uid(other) != made
    reopened.close()
    other.close()


def test_a_value_that_is_no_id_is_replaced(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "a.sqlite", actor="tester")
    with db.transaction() as session:
        session.add(AppSetting(key=KEY, value='"Not An Id!"'))
    with db.transaction() as session:
        assert read_database_uid(session) is None
        made = ensure_database_uid(session)
    assert database_uid(db) == made != "Not An Id!"
    db.close()
