"""The real timeline widget on a plan, with 1,000 and with 100,000 content items.

Both databases hold the demo (plans, stages, milestones, themes, channels, people) and generated
items spread over the same range (2024-10-01 to 2026-06-30), which the demo's main plan
(2024-10-02 to 2026-03-31) spans, until they hold 1,000 and 100,000 items in all: the large one
is 100 times denser. Each database is measured in a subprocess of its own, so that its peak
memory is its own; the parent builds both, runs both and prints every figure.

In each subprocess a TimelineView is built as the main window builds it and shown offscreen at
1400x900, lanes by theme. Before each opening it holds no database, no filter and the scale
`fit_to_plan` gives without a database, around the demo's "today" (2026-03-09) rather than the
clock's, so every run starts alike. Every figure includes the repaint and the event loop's
pending work (the reload a move schedules runs there).

Figures (`N` is 1000 or 100000; each `.ratio` is the 100,000 figure over the 1,000 one):
- `timeline.open.items_N.ms`: `set_database`, `set_filter(plan)`, `fit_to_plan`; the median of
  OPEN_ROUNDS openings after one not counted. The whole plan is zoomed out to density, so this
  is where the plan's items are counted;
- `timeline.pan.items_N.ms`: one pan of 1/8 of the width at ~6 weeks on screen (where items are
  drawn one by one), the median of PAN_SWEEPS sweeps of PAN_SWEEP steps, alternately towards
  later and earlier days. Some steps leave the loaded window and reload it:
  `timeline.pan.reloads.items_N` says how many, `timeline.pan.reloading.items_N.ms` is their
  median and `timeline.pan.max.items_N.ms` the slowest step;
- `timeline.zoom_out.items_N.ms`: from that zoom back to the whole plan (`fit_to_plan`), the
  median of ZOOM_ROUNDS. The view keeps the counts it has made until a change is announced,
  so here it reuses those of the opening; `timeline.zoom_out.after_change.items_N.ms` is the
  same zoom right after a change was announced (`on_changes`), which counts afresh;
- `timeline.peak_memory.items_N.mb`: the subprocess's peak resident memory (VmHWM on Linux,
  else ru_maxrss);
- `timeline.pan.shown_items.items_N` / `.loaded_items.items_N`: items drawn on screen / held by
  the view at ~6 weeks; `timeline.zoom_out.density_cells.items_N`: the counts the zoomed-out
  view holds.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

from data import build_items
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from views import offscreen_application, shown_view

from app.core.filters import ItemFilter
from app.core.timeline import TimeScale
from app.db.models import Plan
from app.services.database import Database
from app.services.demo import DEMO_TODAY
from app.ui.notifier import Changes
from app.ui.timeline.view import TimelineView

SMALL, LARGE = 1_000, 100_000
SEED = 20261124
RANGE_FIRST, RANGE_LAST = date(2024, 10, 1), date(2026, 6, 30)
OPEN_ROUNDS = 5
# ~6 weeks on screen, in the middle of the plan: items are drawn one by one there.
ZOOMED_FIRST, ZOOMED_DAYS = date(2025, 6, 2), 42
PAN_SWEEP = 12  # steps each way; the view loads a screen (8 steps) either side of the visible
PAN_SWEEPS = 4
ZOOM_ROUNDS = 5
# The offscreen platform says this on every show(); harmless, as in the tests' qt_log_ignore.

Figures = dict[str, float]


def _ms(since: float) -> float:
    return (perf_counter() - since) * 1000


def _settle(view: TimelineView) -> None:
    """What the user waits for: the event loop's pending work, twice, as the reload a move
    schedules may run after the paint the move asked for and ask for another."""
    QApplication.processEvents()
    QApplication.processEvents()


def peak_memory_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM belongs to this process's own memory
    map; ru_maxrss would start from the parent's peak, which a spawned child inherits."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main_plan(db: Database) -> int:
    """The plan the generated range falls in: the one overlapping it the most."""
    with db.transaction() as session:
        plans = [
            (plan_id, (min(end, RANGE_LAST) - max(start, RANGE_FIRST)).days)
            for plan_id, start, end in session.execute(
                select(Plan.id, Plan.start_date, Plan.end_date).order_by(Plan.id)
            )
        ]
    return max(plans, key=lambda plan: plan[1])[0]


def _closed(view: TimelineView) -> None:
    """The view before a database is opened: what fit_to_plan shows without one, pinned to
    the demo's today."""
    view.set_database(None)
    view.set_filter(ItemFilter())
    width = view.canvas.width()
    view.canvas.scale = TimeScale.fit(
        DEMO_TODAY - timedelta(days=30), DEMO_TODAY + timedelta(days=60), width
    )
    view.reload()
    _settle(view)


def measure_open(view: TimelineView, db: Database, plan: int) -> list[float]:
    times = []
    for _ in range(OPEN_ROUNDS + 1):
        _closed(view)
        began = perf_counter()
        view.set_database(db)
        view.set_filter(ItemFilter(plan_id=plan))
        view.fit_to_plan()
        _settle(view)
        times.append(_ms(began))
    return times[1:]


def zoom_in(view: TimelineView) -> None:
    width = view.canvas.width()
    last = ZOOMED_FIRST + timedelta(days=ZOOMED_DAYS - 1)
    view.canvas.set_scale(TimeScale.fit(ZOOMED_FIRST, last, width, margin_px=0))
    _settle(view)
    assert view.canvas.data.density is None, "items are not drawn one by one at this zoom"


def measure_pan(view: TimelineView) -> tuple[list[float], list[float]]:
    """Milliseconds of each pan step, and of those among them that reloaded."""
    zoom_in(view)
    steps: list[float] = []
    reloading: list[float] = []
    step = view.canvas.width() / 8
    for sweep in range(PAN_SWEEPS):
        direction = -1 if sweep % 2 == 0 else 1  # later days first
        for _ in range(PAN_SWEEP):
            loaded = view.loaded
            began = perf_counter()
            view.canvas.set_scale(view.canvas.scale.panned(direction * step))
            _settle(view)
            elapsed = _ms(began)
            steps.append(elapsed)
            if view.loaded is not loaded:
                reloading.append(elapsed)
    return steps, reloading


def measure_zoom_out(view: TimelineView, after_change: bool) -> list[float]:
    """Zooming out to the whole plan; `after_change`: right after a change was announced (as
    after any edit), so that nothing counted before it is reused."""
    times = []
    for _ in range(ZOOM_ROUNDS):
        zoom_in(view)
        if after_change:
            view.on_changes(Changes.everything())
            _settle(view)
        began = perf_counter()
        view.fit_to_plan()
        _settle(view)
        times.append(_ms(began))
        assert view.canvas.data.density is not None, "the whole plan is drawn item by item"
    return times


def measure(path: Path) -> Figures:
    """Every figure of one database, in this process."""
    app = offscreen_application()
    db = Database.open(path, actor="bench")
    plan = main_plan(db)
    figures: Figures = {}
    with shown_view(TimelineView) as view:
        opens = measure_open(view, db, plan)
        steps, reloading = measure_pan(view)
        zoom_in(view)
        figures["pan.shown_items"] = len(view.canvas.item_rects())
        figures["pan.loaded_items"] = len(view.canvas.data.items)
        zooms = measure_zoom_out(view, after_change=False)
        changed_zooms = measure_zoom_out(view, after_change=True)
        figures["zoom_out.density_cells"] = len(view.canvas.data.density or {})
    db.close()
    figures["open.ms"] = statistics.median(opens)
    figures["pan.ms"] = statistics.median(steps)
    figures["pan.reloads"] = len(reloading)
    figures["pan.reloading.ms"] = statistics.median(reloading) if reloading else 0.0
    figures["pan.max.ms"] = max(steps)
    figures["zoom_out.ms"] = statistics.median(zooms)
    figures["zoom_out.after_change.ms"] = statistics.median(changed_zooms)
    figures["peak_memory.mb"] = peak_memory_mb()
    del app
    return figures


def run_child(path: Path) -> Figures:
    """`measure` in a subprocess of its own."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(path)],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    figures: Figures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _name(key: str, items: int) -> str:
    """`pan.reloading.ms` of 1000 items -> `timeline.pan.reloading.items_1000.ms`."""
    *head, unit = key.split(".")
    if unit in ("ms", "mb"):
        return f"timeline.{'.'.join(head)}.items_{items}.{unit}"
    return f"timeline.{key}.items_{items}"


def main() -> None:
    lines: list[tuple[str, str]] = []
    results: dict[int, Figures] = {}
    with tempfile.TemporaryDirectory(prefix="edcal-bench-") as folder:
        paths: dict[int, Path] = {}
        for total in (SMALL, LARGE):
            began = perf_counter()
            paths[total] = Path(folder) / f"items_{total}.sqlite"
            build_items(paths[total], total, SEED, RANGE_FIRST, RANGE_LAST).close()
            lines.append((f"timeline.build.items_{total}.s", f"{perf_counter() - began:.2f}"))
        for total in (SMALL, LARGE):
            results[total] = run_child(paths[total])
    for key in results[SMALL]:
        for total in (SMALL, LARGE):
            figure = results[total][key]
            text = f"{figure:.2f}" if key.split(".")[-1] in ("ms", "mb") else f"{figure:g}"
            lines.append((_name(key, total), text))
    ratios = ("open.ms", "pan.ms", "pan.reloading.ms", "zoom_out.ms", "zoom_out.after_change.ms")
    for key in (*ratios, "peak_memory.mb"):
        if results[SMALL][key]:  # no reloading step leaves nothing to compare
            ratio = results[LARGE][key] / results[SMALL][key]
            lines.append((f"timeline.{key.rsplit('.', 1)[0]}.ratio", f"{ratio:.2f}"))
    for name, value in lines:
        print(f"{name}: {value}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(Path(sys.argv[2]))))
    else:
        main()
