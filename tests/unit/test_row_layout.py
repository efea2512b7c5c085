"""How a month grid stacks a week row: bars across days, slots, "+N more"; plain data, no
painting and no database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.calendar import columns_mask, month_grid, place
from app.core.enums import ContentFormat, ContentStatus
from app.services.calendar import CalendarItem
from app.services.open_slots import OpenSlot
from app.services.slots import Slot
from app.ui.calendar.grid_base import GridData
from app.ui.calendar.row_layout import More, Piece, lay_out_rows

DAYS = month_grid(date(2026, 3, 1))  # Monday 23 February .. Sunday 5 April 2026
MONDAY = date(2026, 3, 2)  # row 1
ROOMY = [6] * 6


def chip(item_id: int, start: date, end: date | None = None, title: str = "") -> CalendarItem:
    return CalendarItem(
        id=item_id,
        title=title or f"Bài {item_id:02d}",
        planned_start=start,
        planned_end=end,
        publish_time=None,
        format=ContentFormat.ARTICLE,
        status=ContentStatus.PLANNED,
        plan_id=None,
        channel_id=None,
        column_id=None,
        theme_colors=(),
        theme_ids=(),
        assignees=(),
    )


def open_slot(day: date, name: str = "Chuyên mục") -> OpenSlot:
    return OpenSlot(Slot(1, name, day, None, None, ""), 1, 1, "Báo · In", None)


def data(
    *items: CalendarItem,
    slots: list[OpenSlot] | None = None,
    unloaded: dict[date, int] | None = None,
) -> GridData:
    """The grid's data of `items`; days in `unloaded` hold that many items more, not loaded."""
    day_counts = None
    if unloaded is not None:
        day_counts = {
            day: len(GridData(days=DAYS, items=list(items)).items_on(day)) for day in DAYS
        }
        for day, extra in unloaded.items():
            day_counts[day] += extra
    return GridData(days=DAYS, items=list(items), day_counts=day_counts, slots=slots or [])


def pieces_of(pieces: list[Piece], item_id: int) -> list[tuple[int, int, int, int, bool, bool]]:
    return [
        (p.row, p.first, p.last, p.level, p.continues_before, p.continues_after)
        for p in pieces
        if p.item.id == item_id
    ]


def test_place_takes_the_lowest_level_free_on_every_column() -> None:
    levels: list[int] = []
    assert place(levels, columns_mask(0, 2)) == 0
    assert place(levels, columns_mask(2, 4)) == 1  # column 2 is taken on level 0
    assert place(levels, columns_mask(3, 6)) == 0
    assert place(levels, columns_mask(2, 2)) == 2
    assert place(levels, columns_mask(2, 3), limit=3) is None  # taken on all three
    assert levels == [columns_mask(0, 6), columns_mask(2, 4), columns_mask(2, 2)]
    assert columns_mask(0, 6) == 0b1111111


def test_an_item_of_several_days_is_one_bar_a_week_row() -> None:
    across = chip(1, MONDAY + timedelta(days=4), MONDAY + timedelta(days=9))  # Fri .. next Wed
    layout = lay_out_rows(data(across), ROOMY)
    assert pieces_of(layout.pieces, 1) == [(1, 4, 6, 0, False, True), (2, 0, 2, 0, True, False)]
    assert layout.more == []


def test_earlier_then_longer_items_stack_first_and_one_day_items_fill_the_gaps() -> None:
    short = chip(1, MONDAY, MONDAY + timedelta(days=1), "A ngắn")  # Mon .. Tue
    long = chip(2, MONDAY, MONDAY + timedelta(days=3), "Z dài")  # Mon .. Thu: longer, first
    later = chip(3, MONDAY + timedelta(days=2), MONDAY + timedelta(days=4))  # Wed .. Fri
    one_day = chip(4, MONDAY + timedelta(days=2))  # Wednesday
    layout = lay_out_rows(data(one_day, later, short, long), ROOMY)
    levels = {p.item.id: p.level for p in layout.pieces}
    assert levels == {2: 0, 1: 1, 3: 1, 4: 2}


def test_a_bar_hidden_on_a_crowded_day_is_drawn_either_side_and_counted_there() -> None:
    capacity = 3
    wednesday = MONDAY + timedelta(days=2)
    bars = [chip(n, MONDAY, MONDAY + timedelta(days=4)) for n in (1, 2, 3)]  # Mon .. Fri
    crowd = chip(4, wednesday)
    layout = lay_out_rows(data(*bars, crowd), [capacity] * 6)
    # Wednesday holds four: it shows two levels and "+2 more" on the third.
    assert layout.more == [More(wednesday, 2, 2)]
    assert pieces_of(layout.pieces, 1) == [(1, 0, 4, 0, False, False)]
    assert pieces_of(layout.pieces, 3) == [(1, 0, 1, 2, False, True), (1, 3, 4, 2, True, False)]
    assert pieces_of(layout.pieces, 4) == []


def test_items_not_loaded_are_counted_and_keep_the_days_slots_hidden() -> None:
    wednesday = MONDAY + timedelta(days=2)
    thursday = wednesday + timedelta(days=1)
    bar = chip(1, wednesday, thursday)
    slots = [open_slot(wednesday), open_slot(thursday)]
    # Wednesday holds two more items than were loaded: its slot waits behind "+N more".
    layout = lay_out_rows(data(bar, slots=slots, unloaded={wednesday: 2}), ROOMY)
    assert [(s.day, s.level) for s in layout.slots] == [(thursday, 1)]
    assert layout.more == [More(wednesday, 5, 3)]
    assert pieces_of(layout.pieces, 1) == [(1, 2, 3, 0, False, False)]


def test_slots_take_the_lowest_free_levels_of_their_day() -> None:
    tuesday = MONDAY + timedelta(days=1)
    first = chip(1, MONDAY, tuesday)  # level 0 on Mon, Tue
    second = chip(2, MONDAY, MONDAY + timedelta(days=2))  # longer: level 0, pushing first to 1
    layout = lay_out_rows(
        data(first, second, slots=[open_slot(tuesday + timedelta(days=1))]), ROOMY
    )
    assert [(s.day, s.level) for s in layout.slots] == [(tuesday + timedelta(days=1), 1)]
    assert {p.item.id: p.level for p in layout.pieces} == {2: 0, 1: 1}


@pytest.mark.parametrize(
    ("count", "capacity", "expected"),
    [
        (0, 3, (0, 0)),
        (2, 3, (2, 0)),
        (3, 3, (3, 0)),  # exactly full: no "+N more"
        (4, 3, (2, 2)),  # one line gives way to "+2 more"
        (10, 3, (2, 8)),
        (2, 1, (0, 2)),
        (1, 1, (1, 0)),
        (5, 0, (0, 5)),
        (0, 0, (0, 0)),
    ],
)
def test_a_full_day_gives_its_last_line_to_plus_n_more(
    count: int, capacity: int, expected: tuple[int, int]
) -> None:
    items = [chip(n, MONDAY) for n in range(count)]
    layout = lay_out_rows(data(*items), [capacity] * 6)
    shown = len(layout.pieces)
    hidden = sum(more.hidden for more in layout.more)
    assert (shown, hidden) == expected
    assert [p.level for p in layout.pieces] == list(range(shown))
    assert [more.level for more in layout.more] == ([shown] if hidden else [])


def test_an_item_running_on_past_the_row_stacks_above_the_one_day_items_of_its_first_day() -> None:
    sunday = MONDAY + timedelta(days=6)
    one_day = chip(1, sunday, title="A tin")  # first in display order
    running_on = chip(2, sunday, sunday + timedelta(days=3), title="Z triển lãm")
    layout = lay_out_rows(data(one_day, running_on), ROOMY)
    assert pieces_of(layout.pieces, 2) == [(1, 6, 6, 0, False, True), (2, 0, 2, 0, True, False)]
    assert pieces_of(layout.pieces, 1) == [(1, 6, 6, 1, False, False)]
