"""The database's own random id, kept in app_setting: what the UIDs of its exported records
carry (app.core.uids), so an import knows a file came from this very database.

It is made the first time something is exported and never changes. It is not a user setting
(nobody edits it, undo has nothing to take back), so it is not audited. A copy of the database
file shares the id with its original, as it shares its rows' ids.
"""

from __future__ import annotations

import json
import re
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import AppSetting
from app.services.database import Database

KEY = "database.uid"
_ID_BYTES = 8  # 16 hex digits: two newsrooms' databases never share one
_ID = re.compile(r"[0-9a-z]{1,64}")  # what app.core.uids reads back


def _stored(session: Session) -> str | None:
    text = session.scalars(select(AppSetting.value).where(AppSetting.key == KEY)).one_or_none()
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, str) and _ID.fullmatch(value) else None


def read_database_uid(session: Session) -> str | None:
    """The id, inside an open unit of work; None when nothing was ever exported."""
    return _stored(session)


def ensure_database_uid(session: Session) -> str:
    """The id, made and stored now (inside the caller's transaction) if there is none yet."""
    found = _stored(session)
    if found is not None:
        return found
    made = secrets.token_hex(_ID_BYTES)
    row = session.scalars(select(AppSetting).where(AppSetting.key == KEY)).one_or_none()
    try:
        with session.begin_nested():
            if row is None:
                session.add(AppSetting(key=KEY, value=json.dumps(made)))
            else:  # a value that is no id (edited by hand): replaced
                row.value = json.dumps(made)
    except IntegrityError:
        # Another program made it between the read and the write: theirs is the one.
        again = _stored(session)
        if again is None:
            raise
        return again
    return made


def database_uid(db: Database) -> str:
    with db.transaction() as session:
        return ensure_database_uid(session)
