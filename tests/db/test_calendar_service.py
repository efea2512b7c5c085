"""What the calendar reads for a window of days, and how the filter narrows it, on each backend."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import pytest

from app.core.enums import AssignmentRole, ContentStatus, MilestoneKind
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.services.calendar import (
    SHORT_SPAN_DAYS,
    CalendarItem,
    MilestoneSpan,
    MonthWindow,
    StageSpan,
    backlog,
    display_key,
    items_between,
    matching_item_ids,
    milestones_between,
    month_items,
    stages_between,
)
from app.services.database import Database
from app.services.editing import create_record

RED, BLUE, GREEN = "#c0392b", "#2980b9", "#27ae60"


def new(db: Database, kind: Kind, /, **values: Any) -> int:
    return create_record(db, kind, values).id


def ids(items: list[CalendarItem]) -> list[int]:
    return [i.id for i in items]


# The window: items touching it and only those


FIRST, LAST = date(2026, 3, 2), date(2026, 3, 8)  # one Monday-to-Sunday week


def item(db: Database, start: date | None, end: date | None = None, **values: Any) -> int:
    title = values.pop("title", f"{start} – {end}")
    return new(db, Kind.CONTENT_ITEM, title=title, planned_start=start, planned_end=end, **values)


def test_items_between_returns_exactly_the_items_touching_the_window(db: Database) -> None:
    before = timedelta(days=SHORT_SPAN_DAYS)
    inside = {
        "one day inside": item(db, date(2026, 3, 4)),
        "on the first day": item(db, FIRST),
        "on the last day": item(db, LAST),
        "ends on the first day": item(db, date(2026, 2, 25), FIRST),
        "ends inside": item(db, date(2026, 2, 20), date(2026, 3, 4)),
        "starts inside, ends after": item(db, date(2026, 3, 6), date(2026, 3, 20)),
        "covers the window": item(db, date(2026, 2, 1), date(2026, 4, 30)),
        "long, started months before": item(db, date(2025, 10, 1), date(2026, 3, 5)),
        "long, started years before": item(db, date(2020, 1, 1), date(2030, 12, 31)),
        "the longest short span": item(db, FIRST - before, FIRST),
        "one day longer": item(db, FIRST - before - timedelta(days=1), FIRST),
    }
    outside = [
        item(db, date(2026, 3, 1)),  # the day before
        item(db, date(2026, 3, 9)),  # the day after
        item(db, date(2026, 2, 20), date(2026, 3, 1)),  # ends the day before
        item(db, date(2026, 3, 9), date(2026, 3, 30)),  # starts the day after
        item(db, date(2025, 10, 1), date(2026, 2, 28)),  # long, ended before
        item(db, FIRST - before, FIRST - timedelta(days=1)),
        item(db, FIRST - before - timedelta(days=1), FIRST - timedelta(days=1)),
        item(db, FIRST - before - timedelta(days=1)),  # one day, long before
        item(db, None),  # unscheduled
    ]

    found = items_between(db, FIRST, LAST)

    assert sorted(ids(found)) == sorted(inside.values())
    assert not set(outside) & set(ids(found))
    # Every item found does touch the window, by its own dates.
    for chip in found:
        assert chip.planned_start is not None and chip.last_day is not None
        assert chip.planned_start <= LAST and chip.last_day >= FIRST


def test_unscheduled_items_are_never_in_a_window(db: Database) -> None:
    unscheduled = item(db, None, title="Chưa lên lịch")
    assert items_between(db, date(1900, 1, 1), date(2999, 12, 31)) == []
    assert ids(backlog(db)) == [unscheduled]


def test_items_come_by_start_then_time_untimed_first(db: Database) -> None:
    late = item(db, date(2026, 3, 4), publish_time=time(21, 0))
    untimed = item(db, date(2026, 3, 4))
    early = item(db, date(2026, 3, 4), publish_time=time(6, 30))
    noon = item(db, date(2026, 3, 4), publish_time=time(12, 0))
    next_day_early = item(db, date(2026, 3, 5), publish_time=time(5, 0))
    long_before = item(db, date(2026, 2, 1), date(2026, 3, 31), publish_time=time(23, 0))
    untimed_twin = item(db, date(2026, 3, 4))

    found = items_between(db, FIRST, LAST)

    assert ids(found) == [long_before, untimed, untimed_twin, early, noon, late, next_day_early]
    assert [c.publish_time for c in found][3:6] == [time(6, 30), time(12, 0), time(21, 0)]


# The filter: one world, each field on its own


@dataclass(frozen=True)
class World:
    plan: int
    other_plan: int
    stages: tuple[int, int]  # the plan's: by end date, then up to the congress
    other_stage: int
    themes: tuple[int, int]
    other_theme: int
    outlet: int
    other_outlet: int
    channels: tuple[int, int]  # the outlet's: web, print
    other_channel: int
    column: int
    lan: int
    minh: int
    congress: int
    holiday: int
    eve: int
    # Items: the congress piece, the economy piece, the election piece, the interview,
    # and two unscheduled ones.
    congress_piece: int
    economy: int
    election: int
    interview: int
    backlog_piece: int
    other_backlog: int


@pytest.fixture
def world(db: Database) -> World:
    def add(kind: Kind, /, **values: Any) -> int:
        return new(db, kind, **values)

    plan_dates = {"start_date": date(2025, 7, 1), "end_date": date(2026, 6, 30)}
    congress = add(
        Kind.MILESTONE,
        kind=MilestoneKind.CONGRESS,
        name="Đại hội đại biểu toàn quốc lần thứ XIV",
        start_date=date(2026, 1, 19),
        end_date=date(2026, 1, 25),
    )
    holiday = add(
        Kind.MILESTONE,
        kind=MilestoneKind.HOLIDAY,
        name="Tết Bính Ngọ",
        start_date=date(2026, 2, 16),
        end_date=date(2026, 2, 22),
    )
    eve = add(
        Kind.MILESTONE,
        kind=MilestoneKind.OTHER,
        name="Giao thừa dương lịch",
        start_date=date(2025, 12, 31),
        end_date=date(2025, 12, 31),
    )
    plan = add(Kind.PLAN, number="125-KH/BTGTW", title="Tuyên truyền Đại hội XIV", **plan_dates)
    other_plan = add(Kind.PLAN, number="10-KH/TU", title="Bầu cử Quốc hội", **plan_dates)
    stages = (
        add(
            Kind.STAGE,
            plan_id=plan,
            name="Chuẩn bị",
            start_date=date(2025, 7, 1),
            end_date=date(2025, 12, 31),
        ),
        add(
            Kind.STAGE,
            plan_id=plan,
            name="Trong Đại hội",
            position=2,
            start_date=date(2026, 1, 1),
            end_milestone_id=congress,
        ),
    )
    other_stage = add(
        Kind.STAGE,
        plan_id=other_plan,
        name="Toàn kỳ",
        start_date=date(2025, 7, 1),
        end_date=date(2026, 6, 30),
    )
    themes = (
        add(Kind.THEME, plan_id=plan, name="Nhân sự Đại hội", color=RED),
        add(Kind.THEME, plan_id=plan, name="Kinh tế", color=BLUE),
    )
    other_theme = add(Kind.THEME, plan_id=other_plan, name="Bầu cử", color=GREEN)
    outlet = add(Kind.OUTLET, name="Báo Nhân Dân")
    other_outlet = add(Kind.OUTLET, name="Đài Tiếng nói Việt Nam")
    channels = (
        add(Kind.CHANNEL, outlet_id=outlet, name="Nhân Dân điện tử"),
        add(Kind.CHANNEL, outlet_id=outlet, name="Nhân Dân hằng ngày"),
    )
    other_channel = add(Kind.CHANNEL, outlet_id=other_outlet, name="VOV1")
    column = add(
        Kind.COLUMN, name="Hướng tới Đại hội", channel_id=channels[0], start_date=date(2025, 7, 1)
    )
    lan = add(Kind.PERSON, name="Nguyễn Thị Lan", initials="NTL")
    minh = add(Kind.PERSON, name="Trần Văn Minh")  # no initials: made from the name

    congress_piece = add(
        Kind.CONTENT_ITEM,
        title="Đại hội XIV: kỳ vọng của nhân dân",
        plan_id=plan,
        channel_id=channels[0],
        column_id=column,
        theme_ids=[themes[0]],
        status=ContentStatus.PLANNED,
        planned_start=date(2026, 1, 20),
    )
    economy = add(
        Kind.CONTENT_ITEM,
        title="Kinh tế số bứt phá",
        plan_id=plan,
        channel_id=channels[1],
        theme_ids=[themes[1]],
        status=ContentStatus.IDEA,
        planned_start=date(2025, 12, 15),
    )
    election = add(
        Kind.CONTENT_ITEM,
        title="Cử tri sẵn sàng",
        summary="Chuẩn bị bầu cử",
        plan_id=other_plan,
        channel_id=other_channel,
        theme_ids=[other_theme],
        status=ContentStatus.PLANNED,
        planned_start=date(2026, 1, 22),
    )
    interview = add(
        Kind.CONTENT_ITEM,
        title="Phỏng vấn đại biểu trẻ",
        notes="Đăng ngay sau Đại hội",
        plan_id=plan,
        channel_id=channels[0],
        theme_ids=[themes[1], themes[0]],
        status=ContentStatus.APPROVED,
        planned_start=date(2026, 1, 26),  # the day after the congress stage ends
    )
    backlog_piece = add(
        Kind.CONTENT_ITEM,
        title="Ý tưởng: đại hội qua ảnh",
        plan_id=plan,
        channel_id=channels[0],
        theme_ids=[themes[0]],
    )
    other_backlog = add(Kind.CONTENT_ITEM, title="Ý tưởng: ngày hội non sông", plan_id=other_plan)

    add(Kind.ASSIGNMENT, item_id=congress_piece, person_id=lan)
    add(Kind.ASSIGNMENT, item_id=congress_piece, person_id=lan, role=AssignmentRole.EDIT)
    add(Kind.ASSIGNMENT, item_id=economy, person_id=minh)
    add(Kind.ASSIGNMENT, item_id=economy, person_id=lan, role=AssignmentRole.EDIT)
    add(Kind.ASSIGNMENT, item_id=backlog_piece, person_id=minh)
    return World(
        plan,
        other_plan,
        stages,
        other_stage,
        themes,
        other_theme,
        outlet,
        other_outlet,
        channels,
        other_channel,
        column,
        lan,
        minh,
        congress,
        holiday,
        eve,
        congress_piece,
        economy,
        election,
        interview,
        backlog_piece,
        other_backlog,
    )


WINDOW = (date(2025, 12, 1), date(2026, 1, 31))


def shown(db: Database, **narrowing: Any) -> set[int]:
    """Ids in the window under a filter; every scheduled item is in the window, so the ids
    the filter lets through anywhere, less the backlog, must be the same."""
    flt = ItemFilter(**narrowing)
    found = set(ids(items_between(db, *WINDOW, flt)))
    everywhere = matching_item_ids(db, flt)
    assert everywhere is not None
    assert everywhere - set(ids(backlog(db))) == found
    return found


def test_no_filter_shows_every_scheduled_item(db: Database, world: World) -> None:
    w = world
    scheduled = [w.economy, w.congress_piece, w.election, w.interview]
    assert ids(items_between(db, *WINDOW)) == scheduled
    assert ids(items_between(db, *WINDOW, ItemFilter())) == scheduled


def test_the_plan_narrows(db: Database, world: World) -> None:
    w = world
    assert shown(db, plan_id=w.plan) == {w.economy, w.congress_piece, w.interview}
    assert shown(db, plan_id=w.other_plan) == {w.election}
    assert shown(db, plan_id=w.other_plan + 100) == set()


def test_a_stage_narrows_to_its_plan_and_its_days(db: Database, world: World) -> None:
    w = world
    assert shown(db, stage_id=w.stages[0]) == {w.economy}
    # Ends with the congress (25 January): the interview of the 26th is outside it,
    # the election piece is inside its days but of another plan.
    assert shown(db, stage_id=w.stages[1]) == {w.congress_piece}
    assert shown(db, stage_id=w.other_stage) == {w.election}
    assert shown(db, stage_id=w.other_stage + 100) == set()


def test_a_theme_narrows(db: Database, world: World) -> None:
    w = world
    assert shown(db, theme_id=w.themes[0]) == {w.congress_piece, w.interview}
    assert shown(db, theme_id=w.themes[1]) == {w.economy, w.interview}
    assert shown(db, theme_id=w.other_theme) == {w.election}


def test_an_outlet_narrows_through_its_channels(db: Database, world: World) -> None:
    w = world
    assert shown(db, outlet_id=w.outlet) == {w.economy, w.congress_piece, w.interview}
    assert shown(db, outlet_id=w.other_outlet) == {w.election}


def test_a_channel_and_a_column_narrow(db: Database, world: World) -> None:
    w = world
    assert shown(db, channel_id=w.channels[0]) == {w.congress_piece, w.interview}
    assert shown(db, channel_id=w.channels[1]) == {w.economy}
    assert shown(db, column_id=w.column) == {w.congress_piece}


def test_a_status_narrows(db: Database, world: World) -> None:
    w = world
    assert shown(db, status=ContentStatus.PLANNED) == {w.congress_piece, w.election}
    assert shown(db, status=ContentStatus.APPROVED) == {w.interview}
    assert shown(db, status=ContentStatus.PUBLISHED) == set()


def test_an_assignee_narrows(db: Database, world: World) -> None:
    w = world
    assert shown(db, assignee_id=w.lan) == {w.congress_piece, w.economy}
    assert shown(db, assignee_id=w.minh) == {w.economy}


def test_text_is_matched_accent_folded_in_titles_summaries_and_notes(
    db: Database, world: World
) -> None:
    w = world
    assert shown(db, text="dai hoi") == {w.congress_piece, w.interview}  # title, notes
    assert shown(db, text="Đại hội") == {w.congress_piece, w.interview}
    assert shown(db, text="  DAI   HOI  ") == {w.congress_piece, w.interview}
    assert shown(db, text="bau cu") == {w.election}  # summary
    assert shown(db, text="hoi xiv") == {w.congress_piece}  # every word, anywhere
    assert shown(db, text="dai hoi kinh") == set()
    assert shown(db, text="   ") == {w.economy, w.congress_piece, w.election, w.interview}


def test_fields_combine(db: Database, world: World) -> None:
    w = world
    assert shown(db, plan_id=w.plan, theme_id=w.themes[0], text="phong van") == {w.interview}
    assert shown(db, channel_id=w.channels[0], status=ContentStatus.PLANNED) == {w.congress_piece}
    assert shown(db, outlet_id=w.other_outlet, theme_id=w.themes[0]) == set()


def test_chips_carry_theme_colours_and_assignee_initials(db: Database, world: World) -> None:
    w = world
    chips = {c.id: c for c in items_between(db, *WINDOW)}

    interview = chips[w.interview]
    assert interview.theme_ids == (w.themes[0], w.themes[1])  # by theme, not as chosen
    assert interview.theme_colors == (RED, BLUE)
    assert interview.assignees == ()

    congress = chips[w.congress_piece]
    assert congress.theme_colors == (RED,)
    assert congress.assignees == ("NTL",)  # writer and editor: one person, one label
    assert congress.title == "Đại hội XIV: kỳ vọng của nhân dân"
    assert congress.planned_start == date(2026, 1, 20)
    assert congress.last_day == date(2026, 1, 20)
    assert (congress.plan_id, congress.channel_id, congress.column_id) == (
        w.plan,
        w.channels[0],
        w.column,
    )
    assert congress.status is ContentStatus.PLANNED

    economy = chips[w.economy]
    assert economy.theme_colors == (BLUE,)
    assert economy.assignees == ("TVM", "NTL")  # in the order assigned
    assert chips[w.election].theme_colors == (GREEN,)


def test_month_chips_read_themes_and_assignees_as_items_between_does(
    db: Database, world: World
) -> None:
    """month_items reads the themes and assignees of the chips it keeps by their ids, where
    items_between joins them to its window: the same colours, theme order, initials and
    assignment order either way."""
    w = world
    span = item(db, date(2026, 1, 18), date(2026, 1, 27), title="Chuỗi bài", plan_id=w.plan)
    new(db, Kind.ASSIGNMENT, item_id=span, person_id=w.lan)
    new(db, Kind.ASSIGNMENT, item_id=span, person_id=w.minh)
    new(db, Kind.ASSIGNMENT, item_id=w.interview, person_id=w.minh)
    new(db, Kind.ASSIGNMENT, item_id=w.interview, person_id=w.minh, role=AssignmentRole.EDIT)

    chips = {c.id: c for c in month_items(db, *WINDOW, per_day=50).items}

    assert list(chips.values()) == items_between(db, *WINDOW)
    assert chips[w.interview].theme_ids == (w.themes[0], w.themes[1])
    assert chips[w.interview].theme_colors == (RED, BLUE)
    assert chips[w.interview].assignees == ("TVM",)
    assert chips[w.congress_piece].assignees == ("NTL",)
    assert chips[w.economy].assignees == ("TVM", "NTL")
    assert chips[span].assignees == ("NTL", "TVM")
    assert chips[span].theme_ids == ()


def test_the_backlog_lists_only_unscheduled_items_newest_first(db: Database, world: World) -> None:
    w = world
    assert ids(backlog(db)) == [w.other_backlog, w.backlog_piece]
    assert ids(backlog(db, ItemFilter(plan_id=w.plan))) == [w.backlog_piece]
    assert ids(backlog(db, ItemFilter(assignee_id=w.minh))) == [w.backlog_piece]
    assert ids(backlog(db, ItemFilter(text="ngay hoi"))) == [w.other_backlog]
    assert ids(backlog(db, ItemFilter(theme_id=w.themes[1]))) == []
    piece = backlog(db, ItemFilter(plan_id=w.plan))[0]
    assert piece.planned_start is None and piece.last_day is None
    assert piece.theme_colors == (RED,)
    assert piece.assignees == ("TVM",)


def test_matching_item_ids_covers_scheduled_and_unscheduled(db: Database, world: World) -> None:
    w = world
    assert matching_item_ids(db, ItemFilter()) is None
    assert matching_item_ids(db, ItemFilter(plan_id=w.plan)) == {
        w.economy,
        w.congress_piece,
        w.interview,
        w.backlog_piece,
    }
    assert matching_item_ids(db, ItemFilter(text="dai hoi")) == {
        w.congress_piece,
        w.interview,
        w.backlog_piece,
    }
    assert matching_item_ids(db, ItemFilter(stage_id=w.stages[1])) == {w.congress_piece}
    assert matching_item_ids(db, ItemFilter(channel_id=w.other_channel)) == {w.election}
    assert matching_item_ids(db, ItemFilter(assignee_id=w.minh + 100)) == set()


def test_milestones_between_touch_the_window(db: Database, world: World) -> None:
    w = world
    congress = MilestoneSpan(
        w.congress,
        "Đại hội đại biểu toàn quốc lần thứ XIV",
        MilestoneKind.CONGRESS,
        date(2026, 1, 19),
        date(2026, 1, 25),
    )
    assert milestones_between(db, date(2026, 1, 1), date(2026, 1, 31)) == [congress]
    # Touching at either edge counts; ordered by start.
    assert [m.id for m in milestones_between(db, date(2025, 12, 31), date(2026, 2, 16))] == [
        w.eve,
        w.congress,
        w.holiday,
    ]
    assert [m.id for m in milestones_between(db, date(2026, 1, 25), date(2026, 1, 25))] == [
        w.congress
    ]
    assert [m.id for m in milestones_between(db, date(2026, 1, 19), date(2026, 1, 19))] == [
        w.congress
    ]
    assert milestones_between(db, date(2026, 1, 26), date(2026, 2, 15)) == []
    assert milestones_between(db, date(2026, 1, 1), date(2026, 1, 18)) == []


def test_stages_between_touch_the_window_and_end_at_their_milestone(
    db: Database, world: World
) -> None:
    w = world
    during = StageSpan(w.stages[1], w.plan, "Trong Đại hội", 2, date(2026, 1, 1), date(2026, 1, 25))
    assert stages_between(db, date(2026, 1, 25), date(2026, 1, 25)) == [
        StageSpan(w.other_stage, w.other_plan, "Toàn kỳ", 1, date(2025, 7, 1), date(2026, 6, 30)),
        during,
    ]
    assert stages_between(db, date(2026, 1, 25), date(2026, 1, 25), w.plan) == [during]
    assert stages_between(db, date(2026, 1, 26), date(2026, 3, 1), w.plan) == []
    # Ordered by start, then plan, then position; not by when they were made.
    late = new(
        db,
        Kind.STAGE,
        plan_id=w.plan,
        name="Khởi động",
        position=3,
        start_date=date(2025, 7, 1),
        end_date=date(2025, 7, 31),
    )
    assert [s.id for s in stages_between(db, date(2025, 7, 1), date(2025, 7, 1))] == [
        w.stages[0],
        late,
        w.other_stage,
    ]
    assert [s.id for s in stages_between(db, date(2025, 12, 31), date(2026, 1, 1))] == [
        w.stages[0],
        w.other_stage,
        w.stages[1],
    ]
    assert [s.id for s in stages_between(db, date(2025, 12, 31), date(2026, 1, 1), w.plan)] == [
        w.stages[0],
        w.stages[1],
    ]


# The month: the items stacked low enough to show, and how many items each day holds


MONTH = (date(2026, 3, 2), date(2026, 4, 12))  # six Monday-first weeks


def window_days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def on(items: list[CalendarItem], day: date) -> list[int]:
    """Ids of the items touching `day`, in the order a day shows its chips."""
    touching = [
        i for i in items if i.planned_start and i.last_day and i.planned_start <= day <= i.last_day
    ]
    return ids(sorted(touching, key=display_key))


def stacked_below(items: list[CalendarItem], first: date, last: date, per_day: int) -> set[int]:
    """Ids of the items a grid of week rows from `first` stacks below level `per_day` on some
    row, worked out the slow way: on each row, in order of first day there, then of the days
    from there to the item's end (the most first), then in display order, each item takes the
    lowest level none of the items before it on that row takes on any of its days."""
    shown: set[int] = set()
    monday = first
    while monday <= last:
        sunday = min(monday + timedelta(days=6), last)
        pieces = []
        for chip in items:
            assert chip.planned_start is not None and chip.last_day is not None
            if chip.planned_start <= sunday and chip.last_day >= monday:
                begin, end = max(chip.planned_start, monday), min(chip.last_day, sunday)
                order = (begin, begin - chip.last_day, display_key(chip))
                pieces.append((order, begin, end, chip.id))
        placed: list[tuple[date, date, int]] = []
        for _order, begin, end, item_id in sorted(pieces):
            level = 0
            while any(lv == level and b <= end and begin <= e for b, e, lv in placed):
                level += 1
            placed.append((begin, end, level))
            if level < per_day:
                shown.add(item_id)
        monday += timedelta(days=7)
    return shown


def checked_month(
    db: Database, first: date, last: date, flt: ItemFilter | None = None, per_day: int = 3
) -> MonthWindow:
    """month_items, checked against items_between (which reads the window whole): the same
    counts, and exactly the items a grid with room for `per_day` chips a day shows (those
    stacked below that level), in the same order, the same chips."""
    window = month_items(db, first, last, flt, per_day=per_day)
    every = items_between(db, first, last, flt)
    days = window_days(first, last)
    assert window.day_counts == {day: len(on(every, day)) for day in days}
    shown = stacked_below(every, first, last, per_day)
    assert window.items == [chip for chip in every if chip.id in shown]
    return window


def test_month_items_reads_each_days_first_items_in_display_order(db: Database) -> None:
    day, quiet = date(2026, 3, 10), date(2026, 3, 12)
    made = {
        "late": item(db, day, title="Bài A", publish_time=time(21, 0)),
        "midnight": item(db, day, title="Bài A", publish_time=time(0, 0)),
        "Z": item(db, day, title="Zebra"),
        "a": item(db, day, title="an toàn giao thông"),
        "Đ": item(db, day, title="Đại hội"),
        "B": item(db, day, title="Bài B"),
        "B twin": item(db, day, title="Bài B"),
        "ends that day": item(db, day, day, title="Bài C"),
        "quiet": item(db, quiet, title="Tin ngắn"),
    }
    # Untimed first, by title code point by code point (capitals, small letters, then Đ),
    # the same title by id; then by time, midnight after every untimed item.
    order = ["B", "B twin", "ends that day", "Z", "a", "Đ", "midnight", "late"]

    window = checked_month(db, *MONTH, per_day=3)

    assert on(window.items, day) == [made[name] for name in order[:3]]
    assert on(window.items, quiet) == [made["quiet"]]
    assert window.day_counts[day] == 8
    assert window.day_counts[quiet] == 1
    assert window.day_counts[date(2026, 3, 11)] == 0
    assert set(window.day_counts) == set(window_days(*MONTH))
    everything = month_items(db, *MONTH, per_day=100)
    assert on(everything.items, day) == [made[name] for name in order]
    assert everything.items == items_between(db, *MONTH)
    with pytest.raises(ValueError):
        month_items(db, *MONTH, per_day=0)


def test_items_of_several_days_take_their_place_and_count_on_every_day(db: Database) -> None:
    first, last = MONTH
    long_one = item(db, first - timedelta(days=100), first + timedelta(days=2), title="Dài hạn")
    across_start = item(db, first - timedelta(days=5), first + timedelta(days=1), title="Đầu")
    series = item(db, date(2026, 3, 9), date(2026, 3, 11), title="A loạt bài")
    across_end = item(db, last - timedelta(days=2), last + timedelta(days=8), title="Cuối")
    pieces = [item(db, date(2026, 3, 10), title=f"Bài {n}") for n in range(4)]
    morning = item(db, date(2026, 3, 9), title="A sáng", publish_time=time(8, 0))
    item(db, first - timedelta(days=5), first - timedelta(days=1), title="Ended before")
    item(db, last + timedelta(days=1), last + timedelta(days=3), title="Starts after")

    window = checked_month(db, first, last, per_day=2)

    counts = window.day_counts
    assert [counts[first + timedelta(days=n)] for n in range(4)] == [2, 2, 1, 0]
    assert on(window.items, first) == [long_one, across_start]
    assert (counts[date(2026, 3, 9)], counts[date(2026, 3, 10)], counts[date(2026, 3, 11)]) == (
        2,
        5,
        1,
    )
    # Untimed "A loạt bài" comes before every "Bài n" on the day they share.
    assert on(window.items, date(2026, 3, 10)) == [series, pieces[0]]
    assert on(window.items, date(2026, 3, 9)) == [series, morning]
    assert [counts[last - timedelta(days=n)] for n in range(3)] == [1, 1, 1]
    assert on(window.items, last) == [across_end]
    assert sum(counts.values()) == 3 + 2 + 3 + 3 + 4 + 1
    assert pieces[2] not in ids(window.items)


def test_month_items_narrow_and_count_as_the_filter_says(db: Database, world: World) -> None:
    w = world
    # Items of several days, of the plan and of the other plan, crossing the congress.
    plan_span = item(
        db,
        date(2026, 1, 18),
        date(2026, 1, 27),
        title="Chuỗi bài Đại hội",
        plan_id=w.plan,
        channel_id=w.channels[0],
        theme_ids=[w.themes[0]],
    )
    other_span = item(db, date(2026, 1, 21), date(2026, 1, 23), plan_id=w.other_plan)
    add_more = [item(db, date(2026, 1, 20), title=f"Tin {n}", plan_id=w.plan) for n in range(3)]
    narrowings: list[dict[str, Any]] = [
        {},
        {"plan_id": w.plan},
        {"plan_id": w.other_plan},
        {"stage_id": w.stages[1]},
        {"theme_id": w.themes[0]},
        {"outlet_id": w.outlet},
        {"channel_id": w.channels[0]},
        {"column_id": w.column},
        {"status": ContentStatus.PLANNED},
        {"assignee_id": w.lan},
        {"plan_id": w.plan, "theme_id": w.themes[0]},
    ]
    for narrowing in narrowings:
        for per_day in (1, 2, 50):
            checked_month(db, *WINDOW, ItemFilter(**narrowing), per_day=per_day)

    congress_day = date(2026, 1, 20)
    everything = month_items(db, *WINDOW, per_day=1).day_counts
    assert everything[congress_day] == 2 + 3  # the congress piece, the span, the three "Tin"
    plan = month_items(db, *WINDOW, ItemFilter(plan_id=w.plan), per_day=1)
    assert plan.day_counts[date(2026, 1, 22)] == 1  # the plan's span; not the election piece
    assert plan.day_counts[date(2026, 1, 27)] == 1
    assert on(plan.items, congress_day) == [plan_span]  # "Chuỗi…" before "Tin…" and "Đại…"
    theme = month_items(db, *WINDOW, ItemFilter(theme_id=w.themes[0]), per_day=5)
    assert on(theme.items, congress_day) == [plan_span, w.congress_piece]
    assert other_span not in ids(theme.items)
    assert not set(add_more) & set(ids(theme.items))


def test_a_text_filter_reads_the_window_whole(db: Database, world: World) -> None:
    w = world
    twin = item(db, date(2026, 1, 20), title="Đại hội: tin nhanh", plan_id=w.plan)
    flt = ItemFilter(text="dai hoi")

    window = month_items(db, *WINDOW, flt, per_day=1)

    # Matched in Python, so not cut to one a day: every match is there, counted.
    assert window.items == items_between(db, *WINDOW, flt)
    assert ids(window.items) == [w.congress_piece, twin, w.interview]
    assert window.day_counts[date(2026, 1, 20)] == 2
    assert window.day_counts[date(2026, 1, 26)] == 1
    assert sum(window.day_counts.values()) == 3


def test_month_items_agree_with_items_between_on_a_busy_window(db: Database) -> None:
    rng = random.Random(2026)
    first, last = MONTH
    titles = ["Bài viết", "Tin ảnh", "Phóng sự", "Đại hội", "an ninh", "Bài viết"]
    times = [None, None, time(0, 0), time(6, 30), time(19, 0)]
    busy_days = [first + timedelta(days=rng.randint(-2, 43)) for _ in range(8)]
    for _ in range(60):  # one-day items, crowded on a few days (some just outside)
        start = rng.choice(busy_days)
        end = start if rng.random() < 0.2 else None
        item(db, start, end, title=rng.choice(titles), publish_time=rng.choice(times))
    for _ in range(30):  # items of several days, some long, some around the window
        start = first + timedelta(days=rng.randint(-80, 45))
        long = rng.random() < 0.25
        end = start + timedelta(days=rng.randint(63, 150) if long else rng.randint(1, 20))
        item(db, start, end, title=rng.choice(titles), publish_time=rng.choice(times))
    for per_day in (1, 2, 3, 5, 1000):
        window = checked_month(db, first, last, per_day=per_day)
    assert window.items == items_between(db, first, last)
