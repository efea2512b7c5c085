"""Settings the whole newsroom shares, declared once with key, default and bounds, kept in the
database (table app_setting) so every desk computes the same defaults."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.validation import OUT_OF_RANGE, Problem, ValidationError, problem
from app.db.models import AppSetting
from app.services.audit import AuditLog
from app.services.database import Database

TABLE = "app_setting"


@dataclass(frozen=True)
class IntSetting:
    """A whole number shared by the newsroom; a stored value that is not one reads as default."""

    key: str
    default: int
    minimum: int
    maximum: int

    def problem_with(self, value: int) -> Problem | None:
        if not self.minimum <= value <= self.maximum:
            return problem(OUT_OF_RANGE, minimum=self.minimum, maximum=self.maximum)
        return None


# How many days before an item's publication its assignments are due, unless a date is given.
DUE_DAYS_BEFORE = IntSetting("assignment.due_days_before", 2, 0, 90)


def _row(session: Session, setting: IntSetting) -> AppSetting | None:
    return session.scalars(select(AppSetting).where(AppSetting.key == setting.key)).one_or_none()


def read_int(session: Session, setting: IntSetting) -> int:
    """The setting's value inside an open unit of work (services computing defaults)."""
    row = _row(session, setting)
    if row is None:
        return setting.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return setting.default
    if not isinstance(value, int) or isinstance(value, bool) or setting.problem_with(value):
        return setting.default
    return value


def get_int(db: Database, setting: IntSetting) -> int:
    with db.transaction() as session:
        return read_int(session, setting)


def set_int(db: Database, setting: IntSetting, value: int) -> int:
    """Store `value` in one audited transaction; returns the value it replaces, for undo.
    Refuses (ValidationError keyed by the setting's key) a value out of bounds."""
    found = setting.problem_with(value)
    if found is not None:
        raise ValidationError({setting.key: found})
    with db.transaction() as session:
        before = read_int(session, setting)
        if before == value:
            return before
        row = _row(session, setting)
        audit = AuditLog(session, db.actor)
        if row is None:
            row = AppSetting(key=setting.key, value=json.dumps(value))
            session.add(row)
            session.flush()
            audit.created(TABLE, row.id, {"key": setting.key, "value": value})
        else:
            row.value = json.dumps(value)
            session.flush()
            audit.changed(TABLE, row.id, setting.key, before, value)
        return before
