"""Importing calendar files and spreadsheets: read → plan (the dry run) → apply, undoably.

    table = read_table(path, ReadOptions(kind=Kind.CONTENT_ITEM))       # CSV/XLSX: columns
    mapping = suggest_mapping(table.headers)                             # the user adjusts it
    source = read_source(path, ReadOptions(mapping=mapping))             # records + rejections
    plan = plan_import(db, source)                                       # created/updated/…
    applied = apply_plan(db, plan)                                       # one transaction
    applied = undo_import(db, applied); applied = redo_import(db, applied)

Every refusal of a whole file is an `ImportRefusedError`; every record left out is a
`Rejection` naming file, line or UID, field and reason. Budgets (`Budget`) bound every step.
"""

from app.imports.apply import (
    AppliedImport,
    PlanHasRejectionsError,
    StalePlanError,
    UpdatedRecord,
    apply_plan,
    redo_import,
    undo_import,
)
from app.imports.budgets import Budget
from app.imports.cells import DateOrder
from app.imports.files import ReadOptions, detect_format, read_source, read_table
from app.imports.mapping import ColumnMapping, records_of_table, suggest_mapping, targets
from app.imports.plan import Action, ImportPlan, PlannedRecord, Skipped, plan_import
from app.imports.problems import ImportRefusedError, Origin, Rejection
from app.imports.recurrence import Window
from app.imports.source import FileFormat, ImportSource, SourceRecord
from app.imports.tabular import Table, TableRow

__all__ = [
    "Action",
    "AppliedImport",
    "Budget",
    "ColumnMapping",
    "DateOrder",
    "FileFormat",
    "ImportPlan",
    "ImportRefusedError",
    "ImportSource",
    "Origin",
    "PlanHasRejectionsError",
    "PlannedRecord",
    "ReadOptions",
    "Rejection",
    "Skipped",
    "SourceRecord",
    "StalePlanError",
    "Table",
    "TableRow",
    "UpdatedRecord",
    "Window",
    "apply_plan",
    "detect_format",
    "plan_import",
    "read_source",
    "read_table",
    "records_of_table",
    "redo_import",
    "suggest_mapping",
    "targets",
    "undo_import",
]
