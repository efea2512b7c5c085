"""Importing one iCalendar file of 10,000 events: edcal beside `calcurse -i` and `khal import`.

The file is generated in a temporary folder (deterministic): 10,000 VEVENTs over two years, in
the shape real newsroom calendars have: most at a time in Asia/Ho_Chi_Minh (with its
VTIMEZONE), some all-day, some over several days, each with a UID, a Vietnamese SUMMARY and a
DESCRIPTION. All three programs import that same file in this one run, each into a fresh
store of its own: edcal into a new SQLite database, calcurse into a new data folder (-D), khal
into a new vdir and cache (its own config). calcurse comes from Debian; khal runs from
bench/.khal-venv, which `make bench` installs so its pins stay out of our environment.

Figures:
- `import_ics.events`: events in the file;
- `import_ics.edcal.seconds`: `edcal import DB FILE` as a process (interpreter start-up,
  creating the database, reading, planning, writing in one transaction), the median of ROUNDS;
- `import_ics.edcal.in_process.seconds`: the same import called in this process on a freshly
  created database (read → plan → apply), the median of ROUNDS;
- `import_ics.calcurse.seconds`: `calcurse -D DIR -i FILE`, the median of ROUNDS;
- `import_ics.khal.seconds`: `khal import --batch FILE`, once (it takes half a minute or more);
- `import_ics.vs_calcurse.ratio` and `import_ics.vs_khal.ratio`: edcal's process time divided
  by theirs (below 1: edcal is faster). Processes are compared with processes, so each side
  pays its own start-up;
- `import_ics.in_process.vs_calcurse.ratio`: the in-process figure over calcurse's.
A program that is missing prints `unavailable` instead of a number, and so do its ratios.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter
from zoneinfo import ZoneInfo

from app.imports import ReadOptions, Window, apply_plan, plan_import, read_source
from app.services.database import Database

EVENTS = 10_000
ROUNDS = 3
SEED = 20260119
FIRST_DAY = date(2025, 7, 1)
SPREAD_DAYS = 730
ZONE = "Asia/Ho_Chi_Minh"
ROOT = Path(__file__).resolve().parents[1]
KHAL = ROOT / "bench" / ".khal-venv" / "bin" / "khal"
TIMEOUT = 1800

VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{ZONE}",
    "BEGIN:STANDARD",
    "DTSTART:19750613T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)
TOPICS = (
    "Đại hội Đảng toàn quốc lần thứ XIV",
    "Bầu cử đại biểu Quốc hội khóa XVI",
    "80 năm Quốc khánh 2/9",
    "Chuyển đổi số ở cơ sở",
    "Gương người tốt việc tốt",
    "Phòng chống tham nhũng, tiêu cực",
)
FORMATS = ("Bài viết", "Phỏng vấn", "Phóng sự", "Video", "Infographic")


def escaped(text: str) -> str:
    """TEXT as RFC 5545 writes it (calcurse refuses an unescaped comma)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def write_calendar(path: Path) -> None:
    rng = random.Random(SEED)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//edcal bench//VI", *VTIMEZONE]
    for number in range(EVENTS):
        day = FIRST_DAY + timedelta(days=rng.randrange(SPREAD_DAYS))
        topic = rng.choice(TOPICS)
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{number:05d}@toasoan.example.vn",
            "DTSTAMP:20250701T000000Z",
        ]
        shape = rng.random()
        if shape < 0.7:
            hour = rng.choice((6, 9, 14, 19))
            lines += [
                f"DTSTART;TZID={ZONE}:{day:%Y%m%d}T{hour:02d}0000",
                f"DTEND;TZID={ZONE}:{day:%Y%m%d}T{hour + 1:02d}0000",
            ]
        else:
            days = 1 if shape < 0.9 else rng.randint(2, 10)
            lines += [
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + timedelta(days=days):%Y%m%d}",
            ]
        lines += [
            f"SUMMARY:{escaped(f'{rng.choice(FORMATS)}: {topic} (số {number})')}",
            f"DESCRIPTION:{escaped(f'Tuyên truyền về {topic.lower()}, kèm ý kiến người dân.')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False
    )
    seconds = perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr[-500:]}")
    return seconds


def edcal_process(folder: Path, calendar: Path, round_number: int) -> float:
    database = folder / f"edcal-cli-{round_number}.sqlite"
    return timed(
        [
            sys.executable,
            "-m",
            "app",
            "import",
            str(database),
            str(calendar),
            "--zone",
            ZONE,
            "--from",
            "01/01/2025",
            "--until",
            "31/12/2027",
        ]
    )


def edcal_in_process(folder: Path, calendar: Path, round_number: int) -> float:
    database = Database.open(folder / f"edcal-{round_number}.sqlite", actor="bench")
    try:
        options = ReadOptions(
            zone=ZoneInfo(ZONE), window=Window(date(2025, 1, 1), date(2027, 12, 31))
        )
        start = perf_counter()
        plan = plan_import(database, read_source(calendar, options))
        applied = apply_plan(database, plan)
        seconds = perf_counter() - start
    finally:
        database.close()
    if len(applied.created_ids) != EVENTS:
        raise RuntimeError(f"edcal imported {len(applied.created_ids)} events of {EVENTS}")
    return seconds


def calcurse(folder: Path, calendar: Path, round_number: int) -> float | None:
    program = shutil.which("calcurse")
    if program is None:
        return None
    data = folder / f"calcurse-{round_number}"
    data.mkdir()
    seconds = timed([program, "-D", str(data), "-i", str(calendar)])
    imported = (data / "apts").read_text(encoding="utf-8", errors="replace").count("\n")
    if imported < EVENTS:
        raise RuntimeError(f"calcurse imported {imported} events of {EVENTS}")
    return seconds


def khal(folder: Path, calendar: Path) -> float | None:
    if not KHAL.exists():
        return None
    store = folder / "khal"
    (store / "vdir" / "bench").mkdir(parents=True)
    config = store / "config"
    config.write_text(
        "\n".join(
            (
                "[calendars]",
                "[[bench]]",
                f"path = {store / 'vdir' / 'bench'}",
                "type = calendar",
                "[locale]",
                "timeformat = %H:%M",
                "dateformat = %d/%m/%Y",
                "longdateformat = %d/%m/%Y",
                "datetimeformat = %d/%m/%Y %H:%M",
                "longdatetimeformat = %d/%m/%Y %H:%M",
                f"default_timezone = {ZONE}",
                f"local_timezone = {ZONE}",
                "[sqlite]",
                f"path = {store / 'khal.db'}",
            )
        )
        + "\n",
        encoding="utf-8",
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(store), "XDG_DATA_HOME": str(store)}
    seconds = timed([str(KHAL), "-c", str(config), "import", "--batch", str(calendar)], env)
    imported = len(list((store / "vdir" / "bench").glob("*.ics")))
    if imported != EVENTS:
        raise RuntimeError(f"khal imported {imported} events of {EVENTS}")
    return seconds


def shown(value: float | None, digits: int = 3) -> str:
    return "unavailable" if value is None else f"{value:.{digits}f}"


def ratio(ours: float, theirs: float | None) -> float | None:
    return None if theirs is None or theirs <= 0 else ours / theirs


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="edcal-bench-import-") as name:
        folder = Path(name)
        calendar = folder / "newsroom.ics"
        write_calendar(calendar)
        process, in_process, theirs = [], [], []
        # Interleaved rounds, so each program sees the same machine load.
        for round_number in range(ROUNDS):
            process.append(edcal_process(folder, calendar, round_number))
            in_process.append(edcal_in_process(folder, calendar, round_number))
            found = calcurse(folder, calendar, round_number)
            if found is not None:
                theirs.append(found)
        khal_seconds = khal(folder, calendar)
    ours = statistics.median(process)
    ours_inside = statistics.median(in_process)
    calcurse_seconds = statistics.median(theirs) if theirs else None
    print(f"import_ics.events: {EVENTS}")
    print(f"import_ics.edcal.seconds: {ours:.3f}")
    print(f"import_ics.edcal.in_process.seconds: {ours_inside:.3f}")
    print(f"import_ics.calcurse.seconds: {shown(calcurse_seconds)}")
    print(f"import_ics.khal.seconds: {shown(khal_seconds)}")
    print(f"import_ics.vs_calcurse.ratio: {shown(ratio(ours, calcurse_seconds))}")
    print(f"import_ics.vs_khal.ratio: {shown(ratio(ours, khal_seconds))}")
    print(f"import_ics.in_process.vs_calcurse.ratio: {shown(ratio(ours_inside, calcurse_seconds))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
