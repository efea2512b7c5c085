"""Month switching in the real calendar widget, with 500 and with 50,000 content items.

Both databases hold the demo (plans, milestones, stages, channels, people), the same control
year of items in 2027, and generated items spread over the same range (2024-10-01 to 2026-06-30)
until they hold 500 and 50,000 items in all. The calendar view is shown offscreen at 1400x900;
each month switch is `view.go(1)` plus the grid's repaint and the event loop's pending work.
Rounds alternate between the databases so both see the same machine state; medians are printed.

Figures:
- `calendar.month_switch.items_N.ms`: a switch through the generated range, where the large
  database holds ~100 times more items in each month (every cell full, "+N more" on each day);
- `calendar.month_switch.ratio`: the large database's time over the small one's there;
- `calendar.month_switch.same_items.*`: switches through the control year, where both databases
  show exactly the same items: what database size alone costs;
- `calendar.month_switch.queries.*`: the service calls a switch makes (no widget), same months;
- `*.visible_items`: the mean number of items a month view holds (loads: each day's first
  items, as many as a cell has room for, the rest being only counted);
- `*.chips`: the mean number of chips a month view paints (a bar across several days is one).
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from time import perf_counter

from data import Stretch, build_items
from PySide6.QtWidgets import QApplication
from views import offscreen_application, shown_view

from app.core.calendar import Period, visible_days
from app.services import calendar as calendar_service
from app.services.database import Database
from app.services.open_slots import open_slots
from app.ui.calendar.view import CalendarView

SMALL, LARGE = 500, 50_000
SEED = 1562024
RANGE_FIRST, RANGE_LAST = date(2024, 10, 1), date(2026, 6, 30)
# The control year: the same items in both databases, far enough from the range that no month
# view of it (nor its 62-day look-back for long items) reaches the generated items.
CONTROL_FIRST, CONTROL_LAST = date(2027, 1, 1), date(2027, 12, 31)
CONTROL_ITEMS = 120
ROUNDS = 3
# The offscreen platform says this on every show(); harmless, as in the tests' qt_log_ignore.


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


def build(folder: Path, total: int) -> Built:
    """The demo, the control year and generated items up to `total` items in all."""
    began = perf_counter()
    db = build_items(
        folder / f"items_{total}.sqlite",
        total,
        SEED,
        RANGE_FIRST,
        RANGE_LAST,
        Stretch(CONTROL_ITEMS, CONTROL_FIRST, CONTROL_LAST),
    )
    return Built(db, total, perf_counter() - began)


def switch_months(
    view: CalendarView, db: Database, run: Pass
) -> tuple[list[float], list[int], list[int]]:
    """Milliseconds per month switch, painting included, the items each month holds and the
    chips it paints."""
    view.set_database(db)
    view.show_period(Period.MONTH, run.start)
    view.month_grid.repaint()
    QApplication.processEvents()
    times: list[float] = []
    shown: list[int] = []
    chips: list[int] = []
    for _ in range(run.switches):
        began = perf_counter()
        view.go(1)
        view.month_grid.repaint()
        QApplication.processEvents()
        times.append((perf_counter() - began) * 1000)
        shown.append(len(view.month_grid.data.items))
        chips.append(view.month_grid.chips_drawn)
    assert view.month_grid.chip_rects or not view.month_grid.data.items, "the grid did not paint"
    return times, shown, chips


def query_months(db: Database, run: Pass, per_day: int) -> list[float]:
    """Milliseconds per month for the service calls CalendarView.reload makes, no widget
    (reading `per_day` items a day, as the view at its size does)."""
    times: list[float] = []
    for number in range(1, run.switches + 1):
        month = run.start.year * 12 + run.start.month - 1 + number
        days = visible_days(Period.MONTH, date(month // 12, month % 12 + 1, 1))
        first, last = days[0], days[-1]
        began = perf_counter()
        calendar_service.month_items(db, first, last, per_day=per_day)
        calendar_service.milestones_between(db, first, last)
        calendar_service.stages_between(db, first, last)
        calendar_service.backlog(db)
        open_slots(db, first, last)
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
    painted: dict[int, list[int]] = {}

    def widget(built: Built) -> list[float]:
        times, counts, chips = switch_months(view, built.db, run)
        shown[built.items] = counts
        painted[built.items] = chips
        return times

    samples = interleaved(builts, widget)
    per_day = view.month_grid.per_day()
    queries = interleaved(builts, lambda built: query_months(built.db, run, per_day))
    prefix = f"calendar.month_switch.{run.name}"
    figures: list[tuple[str, str]] = []
    for built in builts:
        key = f"{prefix}items_{built.items}"
        figures += [
            (f"{key}.ms", f"{statistics.median(samples[built.items]):.2f}"),
            (f"{key}.visible_items", f"{statistics.mean(shown[built.items]):.0f}"),
            (f"{key}.chips", f"{statistics.mean(painted[built.items]):.0f}"),
            (
                f"{prefix}queries.items_{built.items}.ms",
                f"{statistics.median(queries[built.items]):.2f}",
            ),
        ]
    small, large = (statistics.median(samples[b.items]) for b in builts)
    figures.append((f"{prefix}ratio", f"{large / small:.2f}"))
    return figures


def main() -> None:
    app = offscreen_application()
    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="edcal-bench-") as folder:
        builts = [build(Path(folder), total) for total in (SMALL, LARGE)]
        figures += [(f"calendar.build.items_{b.items}.s", f"{b.seconds:.2f}") for b in builts]
        with shown_view(CalendarView) as view:
            for run in (RANGE_PASS, CONTROL_PASS):
                figures += measure_pass(view, builts, run)
        for built in builts:
            built.db.close()
    for name, value in figures:
        print(f"{name}: {value}")
    del app


if __name__ == "__main__":
    main()
