"""The timeline's loaded window of bars, moved along time by reading only the days new to it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from app.core.timeline import LaneKey, LaneLayout, LaneRows, RowSpan, Span, assign_lanes
from app.services.timeline import LaneBy, TimelineItem, lane_keys

# Reads the items touching [first, last], as timeline_service.timeline_items does.
ItemReader = Callable[[date, date], list[TimelineItem]]


@dataclass
class Bars:
    """The items touching [first, last] in their lanes, with each lane's rows (to find the
    bars of a row reaching a day, and to pack more)."""

    first: date
    last: date
    items: dict[int, TimelineItem]
    lanes: list[LaneLayout]
    rows: list[LaneRows]
    # The lanes to show whatever the items, as lane_catalogue gave them, with their labels.
    catalogue: list[tuple[LaneKey, str]]
    # Days whose bars are as those of the window these were moved from, each in its row.
    kept: tuple[date, date] | None = None


def packed(
    first: date,
    last: date,
    items: Sequence[TimelineItem],
    lane_by: LaneBy,
    catalogue: Sequence[tuple[LaneKey, str]],
    none_label: str,
) -> Bars:
    """The window's items (in timeline_items' order) in lanes packed afresh."""
    memberships = [(Span(i.id, i.start, i.end), lane_keys(i, lane_by)) for i in items]
    lanes = assign_lanes(memberships, catalogue, none_label)
    by_id = {i.id: i for i in items}
    rows = []
    for lane in lanes:
        placed = []
        for item_id, row in lane.placements.items():
            item = by_id[item_id]
            placed.append(((item.start.toordinal(), item.end.toordinal(), item_id), row))
        rows.append(LaneRows(placed))
    return Bars(first, last, by_id, lanes, rows, list(catalogue))


def moved(
    held: Bars,
    first: date,
    last: date,
    read: ItemReader,
    lane_by: LaneBy,
    catalogue: Sequence[tuple[LaneKey, str]],
    none_label: str,
) -> Bars | None:
    """`held` moved to [first, last]: the items of the days it did not hold read with `read`,
    those no longer touching the window dropped; None when the windows do not overlap. The
    rows of `held` become those of the window returned: `held` is not to be used after.

    `held` must hold every item touching its days under the same lanes and filter, with
    nothing changed since. Items new to it then lie wholly outside its days, so they are
    packed before or after its rows as they stand, and the bars it keeps stay in their rows.
    The lanes have as many rows as packing the window afresh would give, or more when a row
    of a kept bar was taken for days now dropped. When the lanes themselves change (an item
    of a lane not shown, a lane of items left empty), all are packed afresh.
    """
    if first > held.last or last < held.first:
        return None
    read_now: list[TimelineItem] = []
    if first < held.first:
        read_now += read(first, held.first - timedelta(days=1))
    if last > held.last:
        read_now += read(held.last + timedelta(days=1), last)
    # Those reaching into the held days are held already.
    new = [item for item in read_now if item.id not in held.items]
    shifted = _shifted(held, first, last, new, lane_by, catalogue)
    if shifted is not None:
        return shifted
    kept = [i for i in held.items.values() if i.start <= last and i.end >= first]
    every = sorted([*kept, *new], key=start_order)
    return packed(first, last, every, lane_by, catalogue, none_label)


_NO_KEYS: tuple[LaneKey, ...] = (None,)  # the lane of items without a value


def start_order(item: TimelineItem) -> tuple[date, bool, time, int]:
    """timeline_items' order: by start, untimed first, then by time and id."""
    moment = item.publish_time
    return (item.start, moment is not None, moment or time.min, item.id)


def _shifted(
    held: Bars,
    first: date,
    last: date,
    new: Sequence[TimelineItem],
    lane_by: LaneBy,
    catalogue: Sequence[tuple[LaneKey, str]],
) -> Bars | None:
    """`held` moved to [first, last] with `new` items added in its lanes as they stand; None
    when the lanes would not be those of a fresh packing."""
    catalogue = list(catalogue)
    if [(lane.key, lane.label) for lane in held.lanes[: len(catalogue)]] != catalogue or any(
        lane.key is not None for lane in held.lanes[len(catalogue) :]
    ):
        return None  # other lanes, or lanes in the order items first came
    index_of = {lane.key: n for n, lane in enumerate(held.lanes)}
    # The new spans of each lane, before the held days and after them.
    earlier: list[list[RowSpan]] = [[] for _ in held.lanes]
    later: list[list[RowSpan]] = [[] for _ in held.lanes]
    held_first = held.first.toordinal()
    for item in new:
        span = (item.start.toordinal(), item.end.toordinal(), item.id)
        side = earlier if span[1] < held_first else later
        keys = lane_keys(item, lane_by) or _NO_KEYS
        for key in dict.fromkeys(keys) if len(keys) > 1 else keys:
            index = index_of.get(key)
            if index is None:
                return None
            side[index].append(span)
    rows = held.rows  # moved, not copied: thousands of spans
    placements = [dict(lane.placements) for lane in held.lanes]
    items = dict(held.items)
    first_day, last_day = first.toordinal(), last.toordinal()
    for lane_rows, placed in zip(rows, placements, strict=True):
        for item_id in lane_rows.drop_outside(first_day, last_day):
            del placed[item_id]
            items.pop(item_id, None)
    items.update((item.id, item) for item in new)
    lanes = []
    for n, lane in enumerate(held.lanes):
        lane_rows, placed = rows[n], placements[n]
        placed.update(lane_rows.add_before(earlier[n]))
        placed.update(lane_rows.add_after(later[n]))
        if not placed and n >= len(catalogue):
            return None  # a fresh packing has no lane for no item
        lanes.append(LaneLayout(lane.key, lane.label, lane_rows.count, placed, len(placed)))
    kept = (max(first, held.first), min(last, held.last))
    return Bars(first, last, items, lanes, rows, catalogue, kept)
