"""Timeline geometry: the date <-> x mapping, label tiers, density buckets and lane packing."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from heapq import heapify, heappop, heappush

from app.core.dates import week_start

MIN_PX_PER_DAY = 0.05  # about 20 years on a wide screen
MAX_PX_PER_DAY = 400.0
MIN_ITEM_PX = 3.0  # below this an item is drawn as density instead
MIN_LABEL_PX = 28.0  # the narrowest lower-tier label cell tiers_for allows (but see YEAR)
MIN_BUCKET_PX = 6.0  # the narrowest density bucket density_tier allows (but see YEAR)

_FIRST_ORDINAL = date.min.toordinal()
_LAST_ORDINAL = date.max.toordinal()


class Tier(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# The shortest length of each period, so a threshold computed from it holds for every cell
# (February is 28 days, a non-leap Q1 is 90).
SHORTEST_DAYS: dict[Tier, int] = {
    Tier.DAY: 1,
    Tier.WEEK: 7,
    Tier.MONTH: 28,
    Tier.QUARTER: 90,
    Tier.YEAR: 365,
}

# (px_per_day at or above which, upper, lower), finest first. Each threshold is
# MIN_LABEL_PX / SHORTEST_DAYS[lower]: 28, 4, 1, 0.311. Below the last, no coarser tier exists,
# so years label both rows and may be narrower than MIN_LABEL_PX (18 px at MIN_PX_PER_DAY);
# the view should skip labels that do not fit.
TIER_STEPS: tuple[tuple[float, Tier, Tier], ...] = tuple(
    (MIN_LABEL_PX / SHORTEST_DAYS[lower], upper, lower)
    for upper, lower in (
        (Tier.MONTH, Tier.DAY),
        (Tier.MONTH, Tier.WEEK),
        (Tier.QUARTER, Tier.MONTH),
        (Tier.YEAR, Tier.QUARTER),
    )
)

# Density buckets, finest first; YEAR is the fallback when even a quarter is under MIN_BUCKET_PX.
_BUCKETS = (Tier.WEEK, Tier.MONTH, Tier.QUARTER)


def _clamp_ordinal(ordinal: int) -> int:
    return min(max(ordinal, _FIRST_ORDINAL), _LAST_ORDINAL)


def _clamp_scale(px_per_day: float) -> float:
    return min(max(px_per_day, MIN_PX_PER_DAY), MAX_PX_PER_DAY)


@dataclass(frozen=True)
class TimeScale:
    """Where each day sits on a horizontal axis.

    Positions are kept as a whole `origin` date plus a fractional `offset`, not one float
    day number: ordinals near 740,000 would spend most of a float's precision on the whole
    part, and zooming about the mouse many times in a row would make the view drift.
    `zoomed`, `panned` and `fit` return scales with `offset` in [0, 1); any finite offset
    is accepted and works the same.
    """

    origin: date
    px_per_day: float
    offset: float = 0.0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.px_per_day) and self.px_per_day > 0):
            raise ValueError(f"px_per_day must be positive and finite, not {self.px_per_day}")
        if not math.isfinite(self.offset):
            raise ValueError(f"offset must be finite, not {self.offset}")

    def _x_of_ordinal(self, ordinal: int) -> float:
        # The integer difference first: exact, so x_of(origin + n) is n * px_per_day at offset 0.
        return ((ordinal - self.origin.toordinal()) - self.offset) * self.px_per_day

    def _days_at(self, x: float) -> float:
        """Fractional days from the start of `origin` to x."""
        return self.offset + x / self.px_per_day

    def x_of(self, day: date) -> float:
        """x of the start of `day`."""
        return self._x_of_ordinal(day.toordinal())

    def x_of_end(self, day: date) -> float:
        """x of the end of `day`, so a one-day bar is x_of(d) to x_of_end(d)."""
        return self._x_of_ordinal(day.toordinal() + 1)

    def _ordinal_at(self, x: float) -> int:
        ordinal = _clamp_ordinal(self.origin.toordinal() + math.floor(self._days_at(x)))
        # x / px_per_day can round across a day edge; settle it against x_of itself so
        # day_at(x_of(d)) == d for every d, whatever the scale.
        while ordinal > _FIRST_ORDINAL and self._x_of_ordinal(ordinal) > x:
            ordinal -= 1
        while ordinal < _LAST_ORDINAL and self._x_of_ordinal(ordinal + 1) <= x:
            ordinal += 1
        return ordinal

    def day_at(self, x: float) -> date:
        """The day whose [start, end) holds x: what a click or hover is on.

        Clamped to the dates Python can represent, so a view panned past them does not raise.
        """
        return date.fromordinal(self._ordinal_at(x))

    def nearest_day_edge(self, x: float) -> date:
        """The day whose start is nearest x, so a dragged edge snaps to day boundaries.

        A tie (x exactly mid-day) goes to the later day, like rounding half up.
        """
        ordinal = self._ordinal_at(x)
        if ordinal < _LAST_ORDINAL and (
            self._x_of_ordinal(ordinal + 1) - x <= x - self._x_of_ordinal(ordinal)
        ):
            ordinal += 1
        return date.fromordinal(ordinal)

    def _moved(self, days_from_origin: float, px_per_day: float) -> TimeScale:
        """A scale whose x = 0 is `days_from_origin` days after the start of `origin`."""
        whole = math.floor(days_from_origin)
        ordinal = self.origin.toordinal() + whole
        if ordinal < _FIRST_ORDINAL:
            return TimeScale(date.min, px_per_day)
        if ordinal > _LAST_ORDINAL:
            return TimeScale(date.max, px_per_day)
        return TimeScale(date.fromordinal(ordinal), px_per_day, days_from_origin - whole)

    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """Scale by `factor` about `anchor_x`, so the moment under the mouse stays under it.

        The scale is clamped to [MIN_PX_PER_DAY, MAX_PX_PER_DAY]; at a clamp the scale is
        returned unchanged rather than nudged, so wheeling on at a limit does not drift.
        """
        if not (math.isfinite(factor) and factor > 0):
            raise ValueError(f"factor must be positive and finite, not {factor}")
        px_per_day = _clamp_scale(self.px_per_day * factor)
        if px_per_day == self.px_per_day:
            return self
        anchor = self._days_at(anchor_x)
        return self._moved(anchor - anchor_x / px_per_day, px_per_day)

    def panned(self, dx: float) -> TimeScale:
        """The content moved right by dx pixels: dragging right shows earlier days."""
        return self._moved(self._days_at(-dx), self.px_per_day)

    def visible_days(self, width: float) -> tuple[date, date]:
        """The first and last day touching [0, width): the window of data to load and draw.

        Never empty: a width of zero or less gives the day at x = 0 twice.
        """
        first = self._ordinal_at(0.0)
        last = self._ordinal_at(width)
        # A day starting exactly at `width` is not visible.
        if last > first and self._x_of_ordinal(last) >= width:
            last -= 1
        last = max(first, last)
        return date.fromordinal(first), date.fromordinal(last)

    @classmethod
    def fit(cls, first: date, last: date, width: float, margin_px: float = 24) -> TimeScale:
        """A scale showing the days [first, last] across `width` less a margin on each side.

        When the range needs a scale beyond the clamps (one day on a wide screen, centuries
        on a narrow one) it is centred instead, so what was asked for stays in the middle.
        """
        if last < first:
            raise ValueError(f"last ({last}) is before first ({first})")
        days = last.toordinal() - first.toordinal() + 1
        px_per_day = _clamp_scale((width - 2 * margin_px) / days)
        left = (width - days * px_per_day) / 2  # == margin_px unless clamped
        return cls(first, px_per_day)._moved(-left / px_per_day, px_per_day)


def tiers_for(px_per_day: float) -> tuple[Tier, Tier]:
    """The (upper, lower) label tiers: the finest lower tier whose cells are >= MIN_LABEL_PX.

    Thresholds are in TIER_STEPS: >= 28 px/day (MONTH, DAY); >= 4 (MONTH, WEEK);
    >= 1 (QUARTER, MONTH); >= 0.311 (YEAR, QUARTER); below that (YEAR, YEAR).
    """
    for threshold, upper, lower in TIER_STEPS:
        if px_per_day >= threshold:
            return upper, lower
    return Tier.YEAR, Tier.YEAR


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_start(tier: Tier, day: date) -> date:
    """The first day of the period holding `day`, so cells line up with the calendar.

    Weeks start on Monday (ISO, as in the week view); quarters in January, April, July, October.
    """
    if tier is Tier.DAY:
        return day
    if tier is Tier.WEEK:
        return week_start(day)
    if tier is Tier.MONTH:
        return day.replace(day=1)
    if tier is Tier.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def next_period(tier: Tier, start: date) -> date:
    """The first day of the period after the one holding `start` (which need not be its start).

    Raises OverflowError or ValueError past year 9999.
    """
    first = period_start(tier, start)
    if tier is Tier.DAY:
        return first + timedelta(days=1)
    if tier is Tier.WEEK:
        return first + timedelta(weeks=1)
    if tier is Tier.MONTH:
        return _add_months(first, 1)
    if tier is Tier.QUARTER:
        return _add_months(first, 3)
    return date(first.year + 1, 1, 1)


def periods(tier: Tier, first: date, last: date) -> list[tuple[date, date]]:
    """Whole [start, end_exclusive) periods covering [first, last], for label cells and buckets.

    The first period may start before `first` and the last end after `last`; empty when
    `last` is before `first`.
    """
    cells: list[tuple[date, date]] = []
    if last < first:
        return cells
    start = period_start(tier, first)
    while start <= last:
        end = next_period(tier, start)
        cells.append((start, end))
        start = end
    return cells


def density_tier(px_per_day: float, typical_span_days: float = 1.0) -> Tier | None:
    """None while an item of typical span is at least MIN_ITEM_PX wide, so items are drawn;
    else the finest bucket (WEEK, MONTH, QUARTER, then YEAR) at least MIN_BUCKET_PX wide.

    Drawing 100k tiny items costs most of a second and shows nothing readable; counts per
    bucket cost little and still show where the work is.
    """
    if typical_span_days * px_per_day >= MIN_ITEM_PX:
        return None
    for tier in _BUCKETS:
        if SHORTEST_DAYS[tier] * px_per_day >= MIN_BUCKET_PX:
            return tier
    return Tier.YEAR


@dataclass(frozen=True)
class Span:
    """An item on the timeline: days [start, end], both inclusive."""

    id: int
    start: date
    end: date  # inclusive


def pack_rows(spans: Sequence[Span], gap_days: int = 0) -> dict[int, int]:
    """Each span's row, 0 first, so that spans sharing a row leave `gap_days` free days between.

    Greedy in (start, end, id) order: each span goes in the lowest row whose last span ended
    before it starts; the order makes the result the same whatever order the spans come in.
    An end before the start counts as a one-day span, so bad data cannot break the view.
    """
    rows: dict[int, int] = {}
    busy: list[tuple[int, int]] = []  # (ordinal of the last day taken, row), soonest free first
    free: list[int] = []  # rows whose last span ended more than gap_days before the current
    taken = 0
    for span in sorted(spans, key=lambda s: (s.start, max(s.start, s.end), s.id)):
        if span.id in rows:
            raise ValueError(f"span id {span.id} given twice")
        start = span.start.toordinal()
        end = max(start, span.end.toordinal())
        # Spans come by start, so a row free for this one stays free for every later one:
        # the lowest free row is the first row a walk over all of them would find.
        while busy and start - busy[0][0] > gap_days:
            heappush(free, heappop(busy)[1])
        if free:
            row = heappop(free)
        else:
            row, taken = taken, taken + 1
        rows[span.id] = row
        heappush(busy, (end, row))
    return rows


LaneKey = int | str | None  # None: the "no value" lane (e.g. items with no theme)


# A span in a lane's row: its first and last days as ordinals, and its id.
RowSpan = tuple[int, int, int]


class LaneRows:
    """A lane's rows as pack_rows fills them, each row's spans in day order, kept so that a
    window moved along time only drops the spans it no longer holds and packs the new ones:
    the spans it keeps stay in their rows, so bars do not jump from row to row as it moves.

    Spans sharing a row never overlap, so a row's last days are in order as its first days
    are, and a bisect finds the first span of a row reaching a day.
    """

    def __init__(self, placed: Iterable[tuple[RowSpan, int]] = ()) -> None:
        """`placed`: spans with their rows, as pack_rows gave them (an end before the start
        counting as one day)."""
        self.ends: list[list[int]] = []
        self.spans: list[list[RowSpan]] = []
        for (start, end, span_id), row in sorted(placed):
            while row >= len(self.spans):
                self._new_row()
            end = end if end > start else start
            self.ends[row].append(end)
            self.spans[row].append((start, end, span_id))

    def _new_row(self) -> int:
        self.ends.append([])
        self.spans.append([])
        return len(self.spans) - 1

    @property
    def count(self) -> int:
        """Rows up to the last one holding a span; at least one, as a lane always shows one."""
        count = len(self.spans)
        while count > 1 and not self.spans[count - 1]:
            count -= 1
        return max(count, 1)

    def reaching(self, row: int, first: int, last: int) -> list[int]:
        """Ids of the spans of `row` touching days [first, last] (ordinals), in day order."""
        if row >= len(self.spans):
            return []
        spans = self.spans[row]
        found = []
        for start, _end, span_id in spans[bisect_left(self.ends[row], first) :]:
            if start > last:
                break
            found.append(span_id)
        return found

    def drop_outside(self, first: int, last: int) -> list[int]:
        """Drop the spans not touching days [first, last] (ordinals); the ids dropped."""
        dropped: list[int] = []
        for ends, spans in zip(self.ends, self.spans, strict=True):
            low = bisect_left(ends, first)  # the spans before it end before `first`
            high = bisect_right(spans, last, key=_first_day)  # those after start after `last`
            if low or high < len(spans):
                dropped += [span_id for _, _, span_id in spans[:low]]
                dropped += [span_id for _, _, span_id in spans[high:]]
                del ends[high:], spans[high:], ends[:low], spans[:low]
        return dropped

    def add_after(self, spans: Iterable[RowSpan], gap_days: int = 0) -> dict[int, int]:
        """Pack spans starting after every span held, and give their rows: pack_rows' greedy
        carried on from where the rows stand, so each goes in the lowest row free for it.

        Spans starting earlier are still placed without overlap, in rows free of them, but
        maybe not in the lowest."""
        busy = [(ends[-1], row) for row, ends in enumerate(self.ends) if ends]
        free = [row for row, ends in enumerate(self.ends) if not ends]
        heapify(busy)
        placed: dict[int, int] = {}
        # pack_rows' order, an end before the start counting as one day (tuples compare in C).
        for start, end, span_id in sorted([(s, e if e > s else s, i) for s, e, i in spans]):
            while busy and start - busy[0][0] > gap_days:
                heappush(free, heappop(busy)[1])
            row = heappop(free) if free else self._new_row()
            self.ends[row].append(end)
            self.spans[row].append((start, end, span_id))
            placed[span_id] = row
            heappush(busy, (end, row))
        return placed

    def add_before(self, spans: Iterable[RowSpan], gap_days: int = 0) -> dict[int, int]:
        """add_after in a mirror: pack spans ending before every span held, latest end first,
        each in the lowest row free for it up to the row's first span."""
        busy = [(-spans_of[0][0], row) for row, spans_of in enumerate(self.spans) if spans_of]
        free = [row for row, spans_of in enumerate(self.spans) if not spans_of]
        heapify(busy)
        ahead: dict[int, list[RowSpan]] = defaultdict(list)  # per row, latest first
        placed: dict[int, int] = {}
        mirrored = sorted([(-(e if e > s else s), -s, i) for s, e, i in spans])
        for negative_end, negative_start, span_id in mirrored:
            end, start = -negative_end, -negative_start
            while busy and -busy[0][0] - end > gap_days:
                heappush(free, heappop(busy)[1])
            row = heappop(free) if free else self._new_row()
            ahead[row].append((start, end, span_id))
            placed[span_id] = row
            heappush(busy, (-start, row))
        for row, earlier in ahead.items():
            earlier.reverse()
            self.spans[row][:0] = earlier
            self.ends[row][:0] = [end for _, end, _ in earlier]
        return placed


def _first_day(span: RowSpan) -> int:
    return span[0]


@dataclass(frozen=True)
class LaneLayout:
    """One horizontal band of the timeline (a theme, a desk ...) and where its items sit in it."""

    key: LaneKey
    label: str
    rows: int  # at least 1, even when empty
    placements: dict[int, int]  # item id -> row within the lane
    count: int  # items in the lane


def assign_lanes(
    memberships: Sequence[tuple[Span, Sequence[LaneKey]]],
    catalogue: Sequence[tuple[LaneKey, str]],
    none_label: str,
) -> list[LaneLayout]:
    """Lanes in catalogue order, rows packed per lane with pack_rows.

    An item with two keys is drawn in both lanes; one with none is in the None lane. Every
    catalogue lane is kept, even empty, so lanes do not jump as filters change. Keys missing
    from the catalogue (a theme created since it was read) get lanes labelled str(key), in
    order of first appearance, after it. The None lane comes last, labelled `none_label`, and
    only when some item has no key; a None in the catalogue instead keeps it there, always,
    with the catalogue's label.
    """
    labels: dict[LaneKey, str] = {}
    for key, label in catalogue:
        if key in labels:
            raise ValueError(f"lane {key!r} is in the catalogue twice")
        labels[key] = label
    members: dict[LaneKey, list[Span]] = {key: [] for key in labels}
    for span, keys in memberships:
        for key in dict.fromkeys(keys or (None,)):  # de-duplicated, in order
            members.setdefault(key, []).append(span)
    if None in members and None not in labels:
        members[None] = members.pop(None)  # moved last
    lanes = []
    for key, spans in members.items():
        label = labels.get(key, none_label if key is None else str(key))
        placements = pack_rows(spans)
        rows = max(placements.values(), default=0) + 1
        lanes.append(LaneLayout(key, label, rows, placements, len(spans)))
    return lanes


def lane_tops(
    lanes: Sequence[LaneLayout],
    row_height: float,
    collapsed: Collection[LaneKey] = (),
    header_height: float = 0.0,
    collapsed_height: float | None = None,
) -> list[float]:
    """The y where each lane starts, then the total height: lanes stacked from header_height,
    each `rows * row_height` tall, or `collapsed_height` (default row_height) when collapsed.
    """
    folded = row_height if collapsed_height is None else collapsed_height
    tops = [header_height]
    for lane in lanes:
        height = folded if lane.key in collapsed else lane.rows * row_height
        tops.append(tops[-1] + height)
    return tops


def lane_at(
    lanes: Sequence[LaneLayout],
    y: float,
    row_height: float,
    collapsed: Collection[LaneKey] = (),
    header_height: float = 0.0,
    collapsed_height: float | None = None,
) -> tuple[int, int] | None:
    """(lane index, row) at y, stacked as in lane_tops, so a drop lands in the right lane;
    None above the first lane or below the last. A collapsed lane has only row 0.
    """
    tops = lane_tops(lanes, row_height, collapsed, header_height, collapsed_height)
    if not tops[0] <= y < tops[-1]:
        return None
    index = bisect_right(tops, y) - 1
    lane = lanes[index]
    if lane.key in collapsed:
        return index, 0
    row = int((y - tops[index]) // row_height)
    return index, min(max(row, 0), lane.rows - 1)
