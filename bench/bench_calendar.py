"""Month switching in the real calendar widget, with 500 and with 50,000 content items.

Both databases hold the demo (plans, milestones, stages, channels, people), the same control
year of items in 2027, and generated items spread over the same range (2024-10-01 to 2026-06-30)
until they hold 500 and 50,000 items in all. The calendar view is shown offscreen at 1400x900;
each month switch is `view.go(1)` plus the grid's repaint and the event loop's pending work.
Rounds alternate between the databases so both see the same machine state; medians are printed.

Figures:
- `calendar.month_switch.items_N.ms`: a switch through the generated range, where the large
  database also puts ~100 times more items on screen;
- `calendar.month_switch.ratio`: the large database's time over the small one's there;
- `calendar.month_switch.same_items.*`: switches through the control year, where both databases
  show exactly the same items: what database size alone costs;
- `calendar.month_switch.queries.*`: the service calls a switch makes (no widget), same months;
- `*.visible_items`: the mean number of items a month view holds.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, insert, select

from app.core.calendar import Period, visible_days
from app.core.enums import (
    AssignmentRole,
    AssignmentStatus,
    Audience,
    ChannelKind,
    ContentStatus,
    Language,
)
from app.db.models import Assignment, Channel, ContentItem, Person, Plan, Theme, item_theme
from app.services import calendar as calendar_service
from app.services.database import Database
from app.services.demo import DEMO_STAMP, build_demo
from app.services.demo.titles import GROUPS, HY_PLACES, PLACES, POOLS, SECTORS
from app.services.demo.workflow import FORMATS_BY_CHANNEL, TIMES_BY_CHANNEL, UNASSIGNED
from app.ui.calendar.view import CalendarView
from app.ui.notifier import ChangeNotifier
from app.ui.record_actions import RecordActions

SMALL, LARGE = 500, 50_000
SEED = 1562024
RANGE_FIRST, RANGE_LAST = date(2024, 10, 1), date(2026, 6, 30)
# The control year: the same items in both databases, far enough from the range that no month
# view of it (nor its 62-day look-back for long items) reaches the generated items.
CONTROL_FIRST, CONTROL_LAST = date(2027, 1, 1), date(2027, 12, 31)
CONTROL_ITEMS = 120
WINDOW_SIZE = (1400, 900)
ROUNDS = 3
CHUNK = 5_000
# The offscreen platform says this on every show(); harmless, as in the tests' qt_log_ignore.
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)
DEFAULT_TIMES = (time(6, 0), time(9, 0), time(14, 0), time(19, 30))
SUMMARIES = (
    "Tuyên truyền kết quả thực hiện Nghị quyết tại cơ sở, kèm số liệu và ý kiến người dân.",
    "Phỏng vấn lãnh đạo địa phương về nhiệm vụ trọng tâm của năm.",
    "Chùm ảnh và video ngắn về các công trình chào mừng Đại hội.",
    "Bài phân tích, phản bác các luận điệu sai trái trên mạng xã hội.",
)


@dataclass(frozen=True)
class Refs:
    """The demo's records the generated items point at."""

    plan_themes: dict[int, list[int]]
    channels: list[tuple[int, ChannelKind]]
    people: list[int]


@dataclass(frozen=True)
class Built:
    db: Database
    items: int
    seconds: float


@dataclass(frozen=True)
class Pass:
    """One stretch of month switches: where it starts and how many switches it makes."""

    name: str
    start: date
    switches: int


# The generated range, month by month (2024-10 .. 2026-06), and the control year.
RANGE_PASS = Pass("", date(2024, 9, 1), 21)
CONTROL_PASS = Pass("same_items.", date(2026, 12, 1), 12)


def read_refs(db: Database) -> Refs:
    with db.transaction() as session:
        plan_themes: dict[int, list[int]] = {
            plan_id: [] for plan_id in session.scalars(select(Plan.id).order_by(Plan.id))
        }
        for theme_id, plan_id in session.execute(
            select(Theme.id, Theme.plan_id).order_by(Theme.id)
        ):
            plan_themes[plan_id].append(theme_id)
        channels = [
            (channel_id, kind)
            for channel_id, kind in session.execute(
                select(Channel.id, Channel.kind).order_by(Channel.id)
            )
        ]
        people = list(session.scalars(select(Person.id).order_by(Person.id)))
    return Refs(plan_themes, channels, people)


def _title(rng: random.Random) -> str:
    templates = rng.choice(list(POOLS.values()))[1]
    text = rng.choice(templates).format(
        place=rng.choice(PLACES),
        hy_place=rng.choice(HY_PLACES),
        sector=rng.choice(SECTORS),
        group=rng.choice(GROUPS),
        en_sector="the economy",
    )
    return text[0].upper() + text[1:]


def _span_end(rng: random.Random, start: date, last: date) -> date | None:
    """Most items are one-day pieces; some run a few days or weeks; a rare few for months."""
    roll = rng.random()
    if roll < 0.005:
        end = start + timedelta(days=rng.randint(63, 120))
    elif roll < 0.10:
        end = start + timedelta(days=rng.randint(1, 20))
    else:
        return None
    end = min(end, last)
    return end if end > start else None


class Generator:
    """Rows for items, their themes and assignments, with ids given here so links are cheap."""

    def __init__(self, refs: Refs, seed: int, next_id: int) -> None:
        self.refs = refs
        self.rng = random.Random(seed)
        self.next_id = next_id
        self.items: list[dict[str, Any]] = []
        self.themes: list[dict[str, Any]] = []
        self.assignments: list[dict[str, Any]] = []

    def add(self, count: int, first: date, last: date) -> None:
        rng = self.rng
        days = (last - first).days
        plans = list(self.refs.plan_themes)
        for _ in range(count):
            item_id = self.next_id
            self.next_id += 1
            start = first + timedelta(days=rng.randint(0, days))
            channel_id, kind = rng.choice(self.refs.channels)
            status = rng.choice(list(ContentStatus))
            plan_id = rng.choice(plans)
            timed = rng.random() < 1 / 3
            self.items.append(
                {
                    "id": item_id,
                    "version": 1,
                    "created_at": DEMO_STAMP,
                    "updated_at": DEMO_STAMP,
                    "title": _title(rng),
                    "summary": rng.choice(SUMMARIES) if rng.random() < 0.5 else None,
                    "format": rng.choice(FORMATS_BY_CHANNEL[kind]),
                    "status": status,
                    "plan_id": plan_id,
                    "channel_id": channel_id,
                    "column_id": None,
                    "special_page_id": None,
                    "audience": rng.choice(list(Audience)),
                    "language": Language.EN if rng.random() < 0.1 else Language.VI,
                    "planned_start": start,
                    "planned_end": _span_end(rng, start, last),
                    "publish_time": (
                        rng.choice(TIMES_BY_CHANNEL.get(kind) or DEFAULT_TIMES) if timed else None
                    ),
                    "deadline": (
                        start - timedelta(days=rng.randint(1, 3))
                        if status not in (ContentStatus.IDEA, ContentStatus.CANCELLED)
                        else None
                    ),
                    "notes": "Phối hợp với phóng viên thường trú." if rng.random() < 0.1 else None,
                }
            )
            plan_themes = self.refs.plan_themes[plan_id]
            picked = rng.sample(plan_themes, min(rng.choice((0, 1, 1, 2)), len(plan_themes)))
            self.themes.extend({"item_id": item_id, "theme_id": t} for t in sorted(picked))
            if status not in UNASSIGNED and rng.random() < 0.6:
                for _ in range(rng.randint(1, 3)):
                    self.assignments.append(
                        {
                            "version": 1,
                            "created_at": DEMO_STAMP,
                            "updated_at": DEMO_STAMP,
                            "item_id": item_id,
                            "person_id": rng.choice(self.refs.people),
                            "role": rng.choice(list(AssignmentRole)),
                            "due_date": start - timedelta(days=rng.randint(0, 3)),
                            "status": rng.choice(list(AssignmentStatus)),
                            "notes": None,
                        }
                    )


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for offset in range(0, len(rows), CHUNK):
        yield rows[offset : offset + CHUNK]


def build(folder: Path, total: int) -> Built:
    """The demo, the control year and generated items up to `total` items in all."""
    began = perf_counter()
    db = Database.open(folder / f"items_{total}.sqlite", actor="bench")
    build_demo(db)
    refs = read_refs(db)
    with db.transaction() as session:
        demo_items = session.scalar(select(func.count()).select_from(ContentItem)) or 0
        last_id = session.scalar(select(func.max(ContentItem.id))) or 0
    generator = Generator(refs, SEED, last_id + 1)
    generator.add(CONTROL_ITEMS, CONTROL_FIRST, CONTROL_LAST)
    generated = total - demo_items - CONTROL_ITEMS
    assert generated > 0, f"{total} items leave no room beside the demo and the control year"
    generator.rng = random.Random(SEED + 1)
    generator.add(generated, RANGE_FIRST, RANGE_LAST)
    with db.transaction() as session:
        for rows in _chunks(generator.items):
            session.execute(insert(ContentItem), rows)
        for rows in _chunks(generator.themes):
            session.execute(insert(item_theme), rows)
        for rows in _chunks(generator.assignments):
            session.execute(insert(Assignment), rows)
    with db.transaction() as session:
        count = session.scalar(select(func.count()).select_from(ContentItem))
    assert count == total, (count, total)
    return Built(db, total, perf_counter() - began)


@contextmanager
def calendar_window() -> Iterator[CalendarView]:
    """A real CalendarView, built the way the main window builds it, shown offscreen."""
    host = QWidget()
    notifier = ChangeNotifier(host)
    undo_stack = QUndoStack(host)
    actions = RecordActions(notifier, undo_stack, host)
    view = CalendarView(notifier, undo_stack, actions)
    view.resize(*WINDOW_SIZE)
    view.show()
    QApplication.processEvents()
    try:
        yield view
    finally:
        view.close()
        view.set_database(None)
        view.deleteLater()
        host.deleteLater()
        QApplication.processEvents()


def switch_months(view: CalendarView, db: Database, run: Pass) -> tuple[list[float], list[int]]:
    """Milliseconds per month switch, painting included, and the items each month shows."""
    view.set_database(db)
    view.show_period(Period.MONTH, run.start)
    view.month_grid.repaint()
    QApplication.processEvents()
    times: list[float] = []
    shown: list[int] = []
    for _ in range(run.switches):
        began = perf_counter()
        view.go(1)
        view.month_grid.repaint()
        QApplication.processEvents()
        times.append((perf_counter() - began) * 1000)
        shown.append(len(view.month_grid.data.items))
    assert view.month_grid.chip_rects or not view.month_grid.data.items, "the grid did not paint"
    return times, shown


def query_months(db: Database, run: Pass) -> list[float]:
    """Milliseconds per month for the service calls CalendarView.reload makes, no widget."""
    times: list[float] = []
    for number in range(1, run.switches + 1):
        month = run.start.year * 12 + run.start.month - 1 + number
        days = visible_days(Period.MONTH, date(month // 12, month % 12 + 1, 1))
        first, last = days[0], days[-1]
        began = perf_counter()
        calendar_service.items_between(db, first, last)
        calendar_service.milestones_between(db, first, last)
        calendar_service.stages_between(db, first, last)
        calendar_service.backlog(db)
        times.append((perf_counter() - began) * 1000)
    return times


def interleaved(
    builts: Sequence[Built], measure: Callable[[Built], list[float]]
) -> dict[int, list[float]]:
    """One warm-up round, then ROUNDS rounds alternating the databases (order flipped each
    round), so neither one is always measured first."""
    for built in builts:
        measure(built)
    samples: dict[int, list[float]] = {b.items: [] for b in builts}
    for number in range(ROUNDS):
        order = builts if number % 2 == 0 else list(reversed(builts))
        for built in order:
            samples[built.items].extend(measure(built))
    return samples


def measure_pass(view: CalendarView, builts: Sequence[Built], run: Pass) -> list[tuple[str, str]]:
    """The figures of one stretch of months, for every database."""
    shown: dict[int, list[int]] = {}

    def widget(built: Built) -> list[float]:
        times, counts = switch_months(view, built.db, run)
        shown[built.items] = counts
        return times

    samples = interleaved(builts, widget)
    queries = interleaved(builts, lambda built: query_months(built.db, run))
    prefix = f"calendar.month_switch.{run.name}"
    figures: list[tuple[str, str]] = []
    for built in builts:
        key = f"{prefix}items_{built.items}"
        figures += [
            (f"{key}.ms", f"{statistics.median(samples[built.items]):.2f}"),
            (f"{key}.visible_items", f"{statistics.mean(shown[built.items]):.0f}"),
            (
                f"{prefix}queries.items_{built.items}.ms",
                f"{statistics.median(queries[built.items]):.2f}",
            ),
        ]
    small, large = (statistics.median(samples[b.items]) for b in builts)
    figures.append((f"{prefix}ratio", f"{large / small:.2f}"))
    return figures


def _qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not message.startswith(QUIET_QT_MESSAGES):
        print(message, file=sys.stderr)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="edcal-bench-") as folder:
        builts = [build(Path(folder), total) for total in (SMALL, LARGE)]
        figures += [(f"calendar.build.items_{b.items}.s", f"{b.seconds:.2f}") for b in builts]
        with calendar_window() as view:
            for run in (RANGE_PASS, CONTROL_PASS):
                figures += measure_pass(view, builts, run)
        for built in builts:
            built.db.close()
    for name, value in figures:
        print(f"{name}: {value}")
    del app


if __name__ == "__main__":
    main()
