"""A timeline panned across its loaded window shows what a fresh load of the same days shows."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app.core.enums import Audience, ContentFormat, ContentStatus, Language
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import LaneKey, TimeScale
from app.db.models import Assignment, ContentItem, item_theme
from app.services.database import Database
from app.services.editing import create_record
from app.services.timeline import LaneBy, TimelineItem
from app.ui.notifier import ChangeNotifier, Changes
from app.ui.record_actions import RecordActions
from app.ui.timeline.canvas import TimelineData
from app.ui.timeline.view import TimelineView
from app.ui.timeline.window import moved, packed, start_order

FIRST_SHOWN = date(2026, 5, 4)
PX_PER_DAY = 32.0


def new(db: Database, kind: Kind, /, **values: Any) -> int:
    return create_record(db, kind, values).id


@pytest.fixture
def plan(request: pytest.FixtureRequest, sqlite_db: Database) -> int:
    """A year of items (250 unless the test asks for more) over four themes and three
    people: most of one day, some of a few days, a few of months (reaching into any window
    from far before it); some without a theme or a person, so the lanes of items without one
    come and go as the window moves."""
    db = sqlite_db
    count = getattr(request, "param", 250)
    rng = random.Random(20261124)
    plan = new(
        db, Kind.PLAN, number="1", title="Năm", start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
    )  # fmt: skip
    themes = [new(db, Kind.THEME, plan_id=plan, name=f"Chủ đề {n}") for n in range(4)]
    people = [new(db, Kind.PERSON, name=f"Người {n}") for n in range(3)]
    rows = []
    for n in range(count):
        start = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
        length = rng.choice([0] * 12 + [1, 2, 5] + [70, 100])
        rows.append(
            {
                "title": f"Bài {n}",
                "plan_id": plan,
                "format": ContentFormat.ARTICLE,
                "status": rng.choice(list(ContentStatus)),
                "audience": Audience.PUBLIC,
                "language": Language.VI,
                "planned_start": start,
                "planned_end": start + timedelta(days=length) if length else None,
                "publish_time": rng.choice([None, time(6, 0), time(19, 30)]),
            }
        )
    with db.transaction() as session:
        ids = list(
            session.execute(
                insert(ContentItem).returning(ContentItem.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
        links = [
            {"item_id": i, "theme_id": t}
            for i in ids
            for t in rng.sample(themes, rng.choice([0, 1, 1, 1, 2]) if i % 40 else 0)
        ]
        session.execute(insert(item_theme), links)
        work = [
            {"item_id": i, "person_id": p, "role": "write", "status": "todo"}
            for i in ids
            for p in rng.sample(people, rng.choice([0, 1, 1, 2]))
        ]
        session.execute(insert(Assignment), work)
    return plan


def _view(db: Database, plan: int, lane_by: LaneBy, host: QWidget) -> TimelineView:
    """A view built as the main window builds it, shown, on the plan."""
    notifier = ChangeNotifier(host)
    undo_stack = QUndoStack(host)
    view = TimelineView(notifier, undo_stack, RecordActions(notifier, undo_stack, host))
    view.resize(1400, 900)
    view.show()
    view.set_database(db)
    view.set_filter(ItemFilter(plan_id=plan))
    view.set_lane_by(lane_by)
    QApplication.processEvents()
    return view


@pytest.fixture
def views(qtbot: QtBot, sqlite_db: Database, plan: int) -> Iterator[Any]:
    made: list[TimelineView] = []
    host = QWidget()
    qtbot.addWidget(host)

    def make(lane_by: LaneBy) -> TimelineView:
        view = _view(sqlite_db, plan, lane_by, host)
        qtbot.addWidget(view)
        made.append(view)
        return view

    yield make
    for view in made:
        view.set_database(None)


def _shown(view: TimelineView, first: date) -> None:
    """Five weeks on screen from `first`, at 32 pixels a day: every position a pan by whole
    days reaches is exact, so tiles painted at one pan and at another hold the same pixels."""
    view.canvas.set_scale(TimeScale(first, PX_PER_DAY))
    QApplication.processEvents()


def _pan(view: TimelineView, days: int) -> None:
    """Later by `days` (earlier when negative), and what the event loop then does."""
    canvas = view.canvas
    canvas.set_scale(canvas.scale.panned(-days * PX_PER_DAY))
    QApplication.processEvents()


def _drawn(view: TimelineView) -> set[int]:
    return {item_id for _, item_id, _ in view.canvas.item_rects()}


def _assert_as_fresh(view: TimelineView, fresh: TimelineData) -> None:
    """The view holds what `fresh` (a load of the same days) holds, in the same lanes; rows
    may differ, as bars kept keep theirs, but never overlap and are never fewer."""
    held = view._full
    assert held.items == fresh.items
    assert [(lane.key, lane.label, lane.count) for lane in held.lanes] == [
        (lane.key, lane.label, lane.count) for lane in fresh.lanes
    ]
    for lane, fresh_lane in zip(held.lanes, fresh.lanes, strict=True):
        assert set(lane.placements) == set(fresh_lane.placements)
        assert lane.rows >= fresh_lane.rows
        assert max(lane.placements.values(), default=0) < lane.rows
        rows: dict[int, list[tuple[date, date]]] = {}
        for item_id, row in lane.placements.items():
            item = held.items[item_id]
            rows.setdefault(row, []).append((item.start, item.end))
        for spans in rows.values():
            for (_, end), (start, _) in pairwise(sorted(spans)):
                assert start > end


def _bar_keys(bars: list[tuple[QRectF, int, int]]) -> list[tuple[object, int, int]]:
    return [(rect.getRect(), item_id, lane) for rect, item_id, lane in bars]


def _image(view: TimelineView) -> QImage:
    return view.canvas.grab().toImage()


@pytest.mark.parametrize("lane_by", [LaneBy.THEME, LaneBy.ASSIGNEE, LaneBy.STATUS])
def test_panning_across_the_loaded_window_shows_what_a_fresh_load_shows(
    views: Any, lane_by: LaneBy
) -> None:
    view, fresh_view = views(lane_by), views(lane_by)
    _shown(view, FIRST_SHOWN)
    _image(view)
    _image(view)  # the bars now come from tiles, which a pan copies
    reloads = 0
    for days, steps in ((4, 40), (-4, 80), (5, 30)):
        for _ in range(steps):
            loaded = view.loaded
            _pan(view, days)
            assert view.loaded is not None
            if view.loaded is not loaded:
                reloads += 1
                first, last = view.loaded[:2]
                _assert_as_fresh(view, view.load(first, last, view.canvas.scale))
            panned = _image(view)
            tiled = bool(view.canvas._tiles)  # else drawn directly: a paint after a change
            # The same days loaded afresh in another view: the same bars on screen (the lanes
            # here are short enough for every row to show).
            fresh_view.canvas.set_scale(view.canvas.scale)
            fresh_view.reload()
            assert _drawn(view) == _drawn(fresh_view)
            if tiled:  # what tiles kept across pans and reloads show, tiles painted now show
                view.canvas._tiles.clear()
                assert _image(view) == panned
    assert reloads >= 8


@pytest.mark.parametrize("plan", [3000], indirect=True)
def test_tiles_kept_across_a_reload_show_what_tiles_painted_afresh_show(views: Any) -> None:
    """Lanes taller than the screen: a reload that moves the window keeps the tiles of the
    days it kept, which hold the pixels tiles painted from the new window hold."""
    view = views(LaneBy.THEME)
    _shown(view, FIRST_SHOWN)
    _image(view)
    _image(view)
    assert view.canvas.content_height() > 2 * view.canvas.height()
    reloads = carried = 0
    for days, steps in ((4, 40), (-4, 80), (5, 30)):
        for _ in range(steps):
            loaded = view.loaded
            _pan(view, days)
            assert view.loaded is not None
            reloaded = view.loaded is not loaded
            kept = set(view.canvas._tiles) if reloaded else set()
            panned = _image(view)
            if reloaded:
                reloads += 1
                first, last = view.loaded[:2]
                _assert_as_fresh(view, view.load(first, last, view.canvas.scale))
            if kept and view.canvas._tiles:
                carried += 1
                view.canvas._tiles.clear()
                assert _image(view) == panned
            # Bars found through the lanes' rows are those found by looking at every bar.
            canvas, source = view.canvas, view.canvas.bar_source
            assert source is not None and source.rows is not None
            width = canvas.width()
            for left, right in ((-width, 2 * width), (0.0, 100.0), (width / 3, width / 2)):
                found = canvas._bars_between(source, left, right, canvas.scale)
                every = canvas._bars_between(replace(source, rows=None), left, right, canvas.scale)
                assert sorted(_bar_keys(found)) == sorted(_bar_keys(every))
    assert reloads >= 8
    assert carried >= 3


def test_a_change_reloads_the_window_afresh(views: Any, sqlite_db: Database, plan: int) -> None:
    """An announced change is read whole, not moved: an item added on days the window held
    before shows."""
    view = views(LaneBy.THEME)
    _shown(view, FIRST_SHOWN)
    for _ in range(12):
        _pan(view, 4)
    assert view.loaded is not None
    day = view.canvas.scale.visible_days(view.canvas.width())[0]
    assert view.loaded[0] < day  # held before
    added = new(sqlite_db, Kind.CONTENT_ITEM, title="Mới", plan_id=plan, planned_start=day)
    view.on_changes(Changes.everything())
    QApplication.processEvents()
    assert added in _drawn(view)
    first, last = view.loaded[:2]
    _assert_as_fresh(view, view.load(first, last, view.canvas.scale))


# The window moved without a database: items made by hand, read by a fake


def _item(item_id: int, start: date, days: int = 1, themes: tuple[int, ...] = ()) -> TimelineItem:
    return TimelineItem(
        item_id, f"Bài {item_id}", start, start + timedelta(days=days - 1), None,
        ContentStatus.IDEA, ContentFormat.ARTICLE, 1, themes, tuple("#000000" for _ in themes),
        None, None, None, None, None,
    )  # fmt: skip


def _reader(items: list[TimelineItem]) -> Any:
    def read(first: date, last: date) -> list[TimelineItem]:
        touching = [i for i in items if i.start <= last and i.end >= first]
        return sorted(touching, key=start_order)

    return read


@pytest.mark.parametrize(
    ("shown", "moved_lanes"),
    [
        # Every item has a theme of the catalogue: the lanes stay, bars keep their rows.
        ([(1,), (2,), (1, 2)], False),
        # Items without a theme come into view: a lane appears, all is packed afresh.
        ([(1,), (2,), ()], True),
    ],
)
def test_a_moved_window_holds_what_a_fresh_window_holds(
    shown: list[tuple[int, ...]], moved_lanes: bool
) -> None:
    rng = random.Random(9)
    catalogue: list[tuple[LaneKey, str]] = [(1, "Một"), (2, "Hai")]
    items = []
    for n in range(400):
        start = date(2026, 1, 1) + timedelta(days=rng.randrange(200))
        themes = rng.choice(shown) if start >= date(2026, 4, 1) else rng.choice([(1,), (2,)])
        items.append(_item(n, start, rng.choice([1, 1, 3, 70]), themes))
    read = _reader(items)
    first, last = date(2026, 2, 1), date(2026, 3, 31)
    held = packed(first, last, read(first, last), LaneBy.THEME, catalogue, "-")
    later = (first + timedelta(days=40), last + timedelta(days=40))
    fresh = packed(*later, read(*later), LaneBy.THEME, catalogue, "-")
    rows_before = {
        (lane.key, item_id): row for lane in held.lanes for item_id, row in lane.placements.items()
    }
    now = moved(held, *later, read, LaneBy.THEME, catalogue, "-")
    assert now is not None
    assert now.items == fresh.items
    assert [(lane.key, lane.count, set(lane.placements)) for lane in now.lanes] == [
        (lane.key, lane.count, set(lane.placements)) for lane in fresh.lanes
    ]
    if moved_lanes:
        assert now.lanes == fresh.lanes and now.kept is None
    else:
        assert now.kept == (later[0], last)
        for lane in now.lanes:
            for item_id, row in lane.placements.items():
                assert rows_before.get((lane.key, item_id), row) == row  # kept bars stay put
    assert (
        moved(now, date(2027, 1, 1), date(2027, 2, 1), read, LaneBy.THEME, catalogue, "-") is None
    )
