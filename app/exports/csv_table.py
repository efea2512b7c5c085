"""The schedule as CSV: UTF-8 with a BOM (spreadsheets then read Vietnamese right), no formulas."""

from __future__ import annotations

import csv
from pathlib import Path

from app.exports.atomic import atomic_path
from app.exports.cells import neutralised
from app.exports.table import headers, table_rows
from app.services.schedule import Schedule


def write_csv(schedule: Schedule, target: Path) -> Path:
    with (
        atomic_path(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(headers())
        for row in table_rows(schedule):
            writer.writerow([neutralised(text) for text in row.texts()])
    return target
