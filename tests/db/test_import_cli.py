"""`edcal import`: summaries on stdout, each rejection on stderr, exit codes, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.models import ContentItem, Milestone
from app.services.database import Database

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Bài A\r\nDTSTART;VALUE=DATE:20260119\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Bài B\r\nDTSTART:20260120T020000Z\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def count(target: Path, model: type[object] = ContentItem) -> int:
    database = Database.open(target)
    try:
        with database.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        database.close()


def test_dry_run_shows_what_would_be_created_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "lich.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    target = tmp_path / "db.sqlite"
    code = main(["import", str(target), str(calendar), "--dry-run", "--zone", "Asia/Ho_Chi_Minh"])
    out = capsys.readouterr()
    assert code == 0 and out.err == ""
    assert out.out.splitlines() == [
        f"create  {calendar}: line 3, UID a: Bài A (19/01/2026)",
        f"create  {calendar}: line 8, UID b: Bài B (20/01/2026)",
        f"{calendar}: 2 to create, 0 to update, 0 skipped, 0 rejected (dry run: nothing written)",
    ]
    assert count(target) == 0
    assert main(["import", str(target), str(calendar)]) == 0
    assert count(target) == 2
    assert main(["import", str(target), str(calendar)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{calendar}: 0 created, 0 updated, 2 skipped, 0 rejected"
    )
    assert count(target) == 2


def test_rejections_go_to_stderr_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "bai.csv"
    sheet.write_text("Tiêu đề,Ngày\nBài một,19/01/2026\nBài hai,31/02/2026\n", encoding="utf-8")
    target = tmp_path / "db.sqlite"
    assert main(["import", str(target), str(sheet)]) == 1
    out = capsys.readouterr()
    assert out.err.splitlines() == [
        f"{sheet}:3: planned_start: “31/02/2026” is not a date (write it day first: "
        "19/01/2026, or 2026-01-19).",
        "edcal: 1 record(s) rejected: nothing imported (--skip-invalid imports the others)",
    ]
    assert out.out.splitlines()[-1] == (
        f"{sheet}: 1 created, 0 updated, 0 skipped, 1 rejected (nothing written)"
    )
    assert count(target) == 0
    assert main(["import", str(target), str(sheet), "--skip-invalid"]) == 1
    assert count(target) == 1


def test_a_saved_mapping_is_reused_and_milestones_are_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "moc.csv"
    sheet.write_text(
        "Sự kiện;Bắt đầu;Kết thúc\nĐại hội XIV;19/01/2026;23/01/2026\n", encoding="utf-8"
    )
    mapping = tmp_path / "moc.json"
    mapping.write_text(
        json.dumps(
            {
                "kind": "milestone",
                "columns": {"Sự kiện": "name", "Bắt đầu": "start_date", "Kết thúc": "end_date"},
                "defaults": {"kind": "congress"},
            }
        ),
        encoding="utf-8",
    )
    target = tmp_path / "db.sqlite"
    saved = tmp_path / "again.json"
    args = ["import", str(target), str(sheet), "--as", "milestones", "--mapping", str(mapping)]
    assert main([*args, "--save-mapping", str(saved)]) == 0
    assert count(target, Milestone) == 1
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Sự kiện"] == "name"
    assert "1 created" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "tomorrow"], "edcal import: --from tomorrow: not a date"),
        (["--zone", "Mars/Olympus"], "edcal import: --zone Mars/Olympus: no such time zone"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    calendar = tmp_path / "lich.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    assert main(["import", str(tmp_path / "db.sqlite"), str(calendar), *args]) == 2
    assert capsys.readouterr().err.startswith(message)


def test_a_hostile_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    nested = tmp_path / "nested.ics"
    nested.write_text(
        "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * 100_000 + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    target = tmp_path / "db.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "app", "import", str(target), str(nested)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"edcal: {nested}: Components are nested deeper than 8 levels at line 9.\n"
    )
    assert result.stdout == ""
    assert not target.exists()  # refused before the database was opened


def test_a_database_that_cannot_be_opened_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "lich.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    target = tmp_path / "missing-folder" / "db.sqlite"
    assert main(["import", str(target), str(calendar)]) == 2
    assert capsys.readouterr().err.startswith(f"edcal: {target}: cannot open the database: ")
