"""`edcal export`: the same schedule from the command line, headless; errors are one line."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.cli import main
from app.cli_export import run_export
from app.services.database import Database
from app.ui.i18n import install_translators
from tests.db.schedule_world import World, build_world


@pytest.fixture
def world_file(tmp_path: Path) -> Iterator[tuple[str, World]]:
    path = tmp_path / "world.sqlite"
    database = Database.open(path, actor="tester")
    world = build_world(database)
    database.close()
    yield str(path), world


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators("en")


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_export_a_week_as_csv_with_filters(
    world_file: tuple[str, World],
    tmp_path: Path,
    restore_language: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, _ = world_file
    out = tmp_path / "tuần.csv"
    tv = "Đài Phát thanh và Truyền hình Hà Nội"
    assert main(["export", db, "--week", "2026-W04", "-o", str(out), "--outlet", tv]) == 0
    assert "tuần.csv: schedule 19/01/2026–25/01/2026 written (1 pieces, 0 empty slots" in (
        capsys.readouterr().out
    )
    titles = [row[5] for row in csv_rows(out)[1:]]
    assert titles == ["Phóng sự: Thủ đô rực rỡ cờ hoa chào mừng Đại hội"]
    # A desk by name, a plan by number, dates day first.
    desk = tmp_path / "desk.csv"
    assert main([
        "export", db, "--from", "19/01/2026", "--to", "2026-01-25",
        "--desk", "ban xay dung dang", "--plan", "01-CT/TW", "-o", str(desk),
    ]) == 0  # fmt: skip
    rows = csv_rows(desk)[1:]
    assert [row[0] for row in rows] == ["2026-01-19", "2026-01-23"]


def test_next_week_is_the_default(
    world_file: tuple[str, World], tmp_path: Path, restore_language: None
) -> None:
    db, _ = world_file
    out = tmp_path / "next.ics"
    assert run_export([db, "-o", str(out)], install_translators, today=date(2026, 1, 16)) == 0
    text = out.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20260119T080000" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-W60"], "--week: 2026 has no week 60"),
        (["--week", "2026-W04", "--from", "2026-01-01", "--to", "2026-01-02"], "not both"),
        (["--from", "2026-01-32", "--to", "2026-02-01"], "--from 2026-01-32: not a date"),
        (["--from", "2026-02-01", "--to", "2026-01-01"], "before it starts"),
        (["--outlet", "Báo Nhân Dân"], "--outlet Báo Nhân Dân: no outlet of that name"),
        (["--column", "999"], "--column 999: no such column"),
    ],
)
def test_bad_options_are_one_line_errors(
    world_file: tuple[str, World],
    tmp_path: Path,
    restore_language: None,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    db, _ = world_file
    out = tmp_path / "x.pdf"
    assert main(["export", db, "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert not out.exists()


def test_headless_pdf_and_a_clear_error_from_a_fresh_process(
    world_file: tuple[str, World], tmp_path: Path
) -> None:
    db, _ = world_file
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "w04.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "export", db, "--week", "2026-W04", "-o", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Thứ Hai, 19/01/2026" in text  # Vietnamese by default
    failed = subprocess.run(
        [sys.executable, "-m", "app", "export", db, "-o", str(tmp_path / "no" / "w.pdf")],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "does not exist" in failed.stderr
    assert "Traceback" not in failed.stderr
