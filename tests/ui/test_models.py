"""Every item model passes Qt's model tester, filled with real rows."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from app.core.records import KINDS, Kind
from app.services import editing
from app.services.database import Database
from app.services.records import choices, list_records
from app.ui.models.navigator import NavigatorModel
from app.ui.models.record_table import RecordTableModel


def _plan(db: Database) -> int:
    values = {
        "number": "01-CT/TW",
        "title": "Học tập, quán triệt Nghị quyết Đại hội XIV",
        "start_date": date(2026, 1, 23),
        "end_date": date(2026, 12, 31),
    }
    return editing.create_record(db, Kind.PLAN, values).id


def test_record_table_model(qtmodeltester: ModelTester, sqlite_db: Database) -> None:
    plan_id = _plan(sqlite_db)
    for name in ("Quý I", "Quý II"):
        editing.create_record(
            sqlite_db,
            Kind.STAGE,
            {
                "plan_id": plan_id,
                "name": name,
                "start_date": date(2026, 2, 1),
                "end_date": date(2026, 3, 1),
            },
        )
    model = RecordTableModel(KINDS[Kind.STAGE])
    model.set_rows(list_records(sqlite_db, Kind.STAGE))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    model.sort(1)
    qtmodeltester.check(model, force_py=True)


def test_navigator_model(qtmodeltester: ModelTester, sqlite_db: Database) -> None:
    _plan(sqlite_db)
    model = NavigatorModel()
    model.rebuild(choices(sqlite_db, Kind.PLAN))
    plans = model.index(0, 0)
    assert model.rowCount(plans) == 1
    assert model.rowCount(model.index(0, 0, plans)) == 3
    qtmodeltester.check(model, force_py=True)
