"""Where a grid puts what a day holds on its week rows (the month's six, the week view's all-day
lane): items stacked as bars across their days, then the empty slots, then "+N more" where a
day holds more than it has room for.

Plain data, no painting: the grids draw what this says, and tests can read it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.calendar import WEEK_DAYS, columns_mask, place, week_pieces
from app.services.calendar import CalendarItem, display_key
from app.services.open_slots import OpenSlot
from app.ui.calendar.grid_base import GridData


@dataclass(frozen=True)
class Piece:
    """A stretch of an item drawn as one bar: columns `first` to `last` of week `row`, at
    `level` (0 = just under the day numbers). An item of several days is one piece on each
    row it touches, or more where a day in between hides it behind "+N more"."""

    item: CalendarItem
    row: int
    first: int
    last: int
    level: int
    continues_before: bool
    continues_after: bool


@dataclass(frozen=True)
class SlotSpot:
    """An empty slot drawn as a placeholder on `day`, at `level`."""

    day: date
    level: int
    slot: OpenSlot


@dataclass(frozen=True)
class More:
    """The "+N more" line of `day`, at `level`: `hidden` items and slots are not drawn."""

    day: date
    level: int
    hidden: int


@dataclass(frozen=True)
class RowLayout:
    pieces: list[Piece]
    slots: list[SlotSpot]
    more: list[More]


@dataclass(frozen=True)
class _Placed:
    item: CalendarItem
    first: int
    last: int
    level: int


def _lowest_free(levels: list[int], first: int, last: int) -> int:
    level = place(levels, columns_mask(first, last))
    assert level is not None, "place has no limit here"
    return level


def lay_out_rows(data: GridData, capacities: Sequence[int]) -> RowLayout:
    """Where each loaded item, slot and "+N more" of `data` goes, week row `n` (seven days of
    `data.days` from the n*7th) having room for `capacities[n]` chips a day.

    Each item takes the lowest level free on all its days of the row (core.calendar.place),
    in the order core.calendar.week_pieces gives; a day's empty slots then take its lowest
    free levels, once every item of the day is loaded. A day holding more than its room shows
    one level fewer and "+N more" there; an item hidden on some day of its bar is drawn as
    the pieces either side."""
    layout = RowLayout([], [], [])
    if not data.days:
        return layout
    items: list[CalendarItem] = []
    spans: list[tuple[int, int]] = []
    for item in sorted(data.items, key=display_key):
        if item.planned_start is not None and item.last_day is not None:
            items.append(item)
            spans.append((item.planned_start.toordinal(), item.last_day.toordinal()))
    rows = week_pieces(spans, data.days[0].toordinal(), len(data.days))
    for row, (capacity, pieces) in enumerate(zip(capacities, rows, strict=False)):
        levels: list[int] = []
        placed = [
            _Placed(items[rank], column, last, _lowest_free(levels, column, last))
            for column, _minus_reach, rank, last in pieces
        ]
        days = data.days[row * WEEK_DAYS : (row + 1) * WEEK_DAYS]
        _lay_out_row(data, row, days, capacity, placed, levels, layout)
    return layout


def _lay_out_row(
    data: GridData,
    row: int,
    days: Sequence[date],
    capacity: int,
    placed: list[_Placed],
    levels: list[int],
    layout: RowLayout,
) -> None:
    """The slots and "+N more" of a row whose items are `placed` on `levels`, and the
    pieces of the items' bars that show."""
    # The levels taken on each day, by items and then by slots.
    taken_on: list[list[int]] = [[] for _ in days]
    for found in placed:
        for column in range(found.first, found.last + 1):
            taken_on[column].append(found.level)
    limits = []
    for column, day in enumerate(days):
        slots = data.slots_on(day)
        spots = []
        if data.complete_on(day):
            for open_slot in slots:
                level = _lowest_free(levels, column, column)
                taken_on[column].append(level)
                spots.append(SlotSpot(day, level, open_slot))
        total = data.count_on(day) + len(slots)
        limit = capacity
        if sum(level < limit for level in taken_on[column]) < total:
            limit = max(capacity - 1, 0)
            hidden = total - sum(level < limit for level in taken_on[column])
            layout.more.append(More(day, limit, hidden))
        layout.slots.extend(spot for spot in spots if spot.level < limit)
        limits.append(limit)
    for found in placed:
        layout.pieces.extend(_visible_pieces(found, row, days, limits))


def _visible_pieces(
    found: _Placed, row: int, days: Sequence[date], limits: Sequence[int]
) -> list[Piece]:
    """The runs of the item's columns on which its level is below the day's limit."""
    runs: list[tuple[int, int]] = []
    for column in range(found.first, found.last + 1):
        if found.level >= limits[column]:
            continue
        if runs and runs[-1][1] == column - 1:
            runs[-1] = (runs[-1][0], column)
        else:
            runs.append((column, column))
    item = found.item
    start, end = item.planned_start, item.last_day
    assert start is not None and end is not None
    return [
        Piece(item, row, first, last, found.level, start < days[first], end > days[last])
        for first, last in runs
    ]
