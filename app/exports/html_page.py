"""The schedule as one self-contained HTML page: styles inline, no scripts, no outside files."""

from __future__ import annotations

from pathlib import Path

from app.exports.atomic import atomic_path
from app.exports.document import schedule_html
from app.services.schedule import Schedule


def write_html(schedule: Schedule, target: Path) -> Path:
    with atomic_path(target) as temporary:
        temporary.write_text(schedule_html(schedule, browser=True), encoding="utf-8")
    return target
