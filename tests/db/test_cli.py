"""The `edcal` command line: tasks work headless, errors are one line on stderr, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120
    )


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"edcal {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    assert "edcal demo FILE" in helped.stdout and "--demo" in helped.stdout


def test_demo_then_check_then_migrate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "demo.sqlite")
    assert main(["demo", target]) == 0
    assert main(["check", target]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and "ok" in out
    assert main(["migrate", target]) == 0
    assert "already at schema" in capsys.readouterr().out


def test_demo_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "mine.sqlite"
    existing.write_bytes(b"")
    assert main(["demo", str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b""


def test_check_fails_on_a_broken_database(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    assert main(["demo", str(target)]) == 0
    import sqlite3

    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("UPDATE plan SET end_date = '2000-01-01'")
    connection.close()
    result = run("check", str(target))
    assert result.returncode == 1
    assert "FAIL" in result.stdout
    assert "check failed" in result.stderr


@pytest.mark.parametrize("task", ["check", "migrate"])
def test_missing_file_is_a_clear_error(tmp_path: Path, task: str) -> None:
    missing = tmp_path / "nowhere.sqlite"
    result = run(task, str(missing))
    assert result.returncode != 0
    assert "nowhere.sqlite" in result.stderr
    assert "Traceback" not in result.stderr
    assert not missing.exists(), "a check must not create the file it was asked about"


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database " * 200)
    result = run("migrate", str(junk))
    assert result.returncode == 1
    assert result.stderr.startswith("edcal: error:")
    assert "Traceback" not in result.stderr


def test_unknown_option_is_refused() -> None:
    result = run("--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr
