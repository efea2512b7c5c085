"""What the timeline reads (items, lanes, density, stage coverage) and what a lane drop changes."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert, select, update

from app.core import validation as v
from app.core.enums import AssignmentRole, AssignmentStatus, Audience, ContentFormat, ContentStatus
from app.core.enums import Language as Lang
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.core.timeline import Tier
from app.db.models import Assignment, Channel, ContentItem, Person, StageTheme, item_theme
from app.services.calendar import text_matches
from app.services.database import Database
from app.services.editing import create_record, update_record
from app.services.records import NotFoundError, get_record
from app.services.scheduling import AFTER_COLUMN, BEFORE_COLUMN
from app.services.timeline import (
    ASSIGN_IN_EDITOR,
    COLUMN_OF_OTHER_PLAN,
    DESKS_FOLLOW_PEOPLE,
    NOT_ASSIGNED,
    PICK_A_CHANNEL,
    STATUS_BY_SCREENING,
    Coverage,
    CoverageCell,
    CoverageFlag,
    LaneBy,
    LaneKey,
    LaneMove,
    TimelineItem,
    coverage,
    density,
    lane_catalogue,
    lane_keys,
    lane_move,
    timeline_items,
)


def new(db: Database, kind: Kind, /, **values: Any) -> int:
    return create_record(db, kind, values).id


# One hand-built campaign


@dataclass(frozen=True)
class World:
    plan: int
    other_plan: int
    congress: int  # milestone, 16–20 March 2026
    stages: tuple[int, int]  # to 28 February; from 1 March to the congress
    nhan_su: int  # themes of the plan, made in this order
    kinh_te: int
    doi_moi: int
    bau_cu: int  # the other plan's
    nhan_dan: int  # outlets
    vov: int
    web: int  # channels: two of Nhân Dân, one of VOV
    print_: int
    vov1: int
    toward: int  # column of the plan, 15 January to the congress
    readers: int  # column of no plan
    election_column: int  # column of the other plan
    thoi_su: int  # desks
    dien_tu: int
    lan: int  # on the Thời sự desk
    minh: int  # on the Điện tử desk
    hoa: int  # on no desk
    i1: int
    i2: int
    i3: int
    i4: int
    i5: int
    i6: int
    i7: int
    i8: int
    lan_writes_i1: int
    lan_edits_i1: int


@pytest.fixture
def world(db: Database) -> World:
    def add(kind: Kind, /, **values: Any) -> int:
        return new(db, kind, **values)

    congress = add(
        Kind.MILESTONE, name="Đại hội XIV", start_date=date(2026, 3, 16), end_date=date(2026, 3, 20)
    )
    plan = add(
        Kind.PLAN,
        number="147/KH-UBND",
        title="Thông tin đối ngoại 2026",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
    )
    other_plan = add(
        Kind.PLAN,
        number="156-HD/BTGTU",
        title="Bầu cử",
        start_date=date(2025, 7, 1),
        end_date=date(2026, 6, 30),
    )
    nhan_su = add(Kind.THEME, plan_id=plan, name="Nhân sự Đại hội", color="#c0392b")
    kinh_te = add(Kind.THEME, plan_id=plan, name="Kinh tế", color="#2980b9")
    doi_moi = add(Kind.THEME, plan_id=plan, name="Đổi mới", color="#27ae60")
    bau_cu = add(Kind.THEME, plan_id=other_plan, name="Bầu cử", color="#8e44ad")
    stages = (
        add(
            Kind.STAGE,
            plan_id=plan,
            name="Chuẩn bị",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 2, 28),
            theme_ids=[nhan_su, kinh_te],
        ),
        add(
            Kind.STAGE,
            plan_id=plan,
            name="Trong Đại hội",
            position=2,
            start_date=date(2026, 3, 1),
            end_milestone_id=congress,
            theme_ids=[nhan_su, doi_moi],
        ),
    )
    targets = {(stages[0], nhan_su): 2, (stages[1], nhan_su): 2, (stages[1], doi_moi): 0}
    with db.transaction() as session:
        for (stage_id, theme_id), target in targets.items():
            session.execute(
                update(StageTheme)
                .where(StageTheme.stage_id == stage_id, StageTheme.theme_id == theme_id)
                .values(target_count=target)
            )
    nhan_dan = add(Kind.OUTLET, name="Báo Nhân Dân")
    vov = add(Kind.OUTLET, name="Đài Tiếng nói Việt Nam")
    web = add(Kind.CHANNEL, outlet_id=nhan_dan, name="Nhân Dân điện tử")
    print_ = add(Kind.CHANNEL, outlet_id=nhan_dan, name="Báo in")
    vov1 = add(Kind.CHANNEL, outlet_id=vov, name="VOV1")
    toward = add(
        Kind.COLUMN,
        name="Đường vào Đại hội",
        channel_id=web,
        plan_id=plan,
        start_date=date(2026, 1, 15),
        end_milestone_id=congress,
    )
    readers = add(Kind.COLUMN, name="Bạn đọc viết", channel_id=print_, start_date=date(2025, 1, 1))
    election_column = add(
        Kind.COLUMN, name="Bầu cử", channel_id=vov1, plan_id=other_plan, start_date=date(2025, 7, 1)
    )
    thoi_su = add(Kind.DESK, name="Ban Thời sự")
    dien_tu = add(Kind.DESK, name="Ban Điện tử")
    lan = add(Kind.PERSON, name="Trần Thị Lan", desk_id=thoi_su)
    minh = add(Kind.PERSON, name="Nguyễn Văn Minh", desk_id=dien_tu)
    hoa = add(Kind.PERSON, name="Đỗ Thu Hoa")

    def piece(title: str, start: date | None, **values: Any) -> int:
        values.setdefault("plan_id", plan)
        return add(Kind.CONTENT_ITEM, title=title, planned_start=start, **values)

    i1 = piece(
        "Nhân sự khóa mới",
        date(2026, 1, 10),
        theme_ids=[nhan_su],
        channel_id=web,
        status=ContentStatus.PLANNED,
    )
    i2 = piece("Đổi mới ở cơ sở", date(2026, 2, 28), theme_ids=[doi_moi])
    i3 = piece(
        "Khai mạc Đại hội",
        date(2026, 3, 1),
        publish_time=time(8, 0),
        theme_ids=[nhan_su, doi_moi],
        channel_id=print_,
        column_id=toward,
        status=ContentStatus.APPROVED,
    )
    i4 = piece(
        "Bế mạc",
        date(2026, 3, 20),
        theme_ids=[nhan_su],
        channel_id=web,
        status=ContentStatus.SCHEDULED,
    )
    i5 = piece("Sau Đại hội", date(2026, 3, 21), theme_ids=[nhan_su], channel_id=web)
    i6 = piece(
        "Cử tri sẵn sàng",
        date(2026, 1, 15),
        plan_id=other_plan,
        theme_ids=[bau_cu],
        channel_id=vov1,
    )
    i7 = piece("Ý tưởng chưa lên lịch", None, theme_ids=[nhan_su])
    i8 = piece(
        "Chuỗi phóng sự",
        date(2026, 1, 20),
        planned_end=date(2026, 3, 5),
        channel_id=vov1,
        status=ContentStatus.IN_PROGRESS,
    )
    lan_writes_i1 = add(Kind.ASSIGNMENT, item_id=i1, person_id=lan)
    lan_edits_i1 = add(Kind.ASSIGNMENT, item_id=i1, person_id=lan, role=AssignmentRole.EDIT)
    add(Kind.ASSIGNMENT, item_id=i3, person_id=minh)
    add(Kind.ASSIGNMENT, item_id=i4, person_id=hoa)
    return World(
        plan=plan,
        other_plan=other_plan,
        congress=congress,
        stages=stages,
        nhan_su=nhan_su,
        kinh_te=kinh_te,
        doi_moi=doi_moi,
        bau_cu=bau_cu,
        nhan_dan=nhan_dan,
        vov=vov,
        web=web,
        print_=print_,
        vov1=vov1,
        toward=toward,
        readers=readers,
        election_column=election_column,
        thoi_su=thoi_su,
        dien_tu=dien_tu,
        lan=lan,
        minh=minh,
        hoa=hoa,
        i1=i1,
        i2=i2,
        i3=i3,
        i4=i4,
        i5=i5,
        i6=i6,
        i7=i7,
        i8=i8,
        lan_writes_i1=lan_writes_i1,
        lan_edits_i1=lan_edits_i1,
    )


def item_of(db: Database, item_id: int) -> TimelineItem:
    (found,) = [
        i for i in timeline_items(db, date(2000, 1, 1), date(2100, 1, 1)) if i.id == item_id
    ]
    return found


# Items in a window


def test_timeline_items_are_the_scheduled_items_touching_the_window(
    db: Database, world: World
) -> None:
    w = world
    # 28 February to 1 March: i2 and i3 start in it, i8 runs through it.
    found = timeline_items(db, date(2026, 2, 28), date(2026, 3, 1))
    assert [i.id for i in found] == [w.i8, w.i2, w.i3]
    assert [i.id for i in timeline_items(db, date(2026, 3, 6), date(2026, 3, 19))] == []
    assert [i.id for i in timeline_items(db, date(2026, 3, 5), date(2026, 3, 5))] == [w.i8]
    everything = timeline_items(db, date(1900, 1, 1), date(2999, 12, 31))
    assert w.i7 not in {i.id for i in everything}  # unscheduled
    assert len(everything) == 7


def test_a_timeline_item_carries_its_lanes_and_its_inclusive_end(
    db: Database, world: World
) -> None:
    w = world
    assert item_of(db, w.i3) == TimelineItem(
        id=w.i3,
        title="Khai mạc Đại hội",
        start=date(2026, 3, 1),
        end=date(2026, 3, 1),
        publish_time=time(8, 0),
        status=ContentStatus.APPROVED,
        format=ContentFormat.ARTICLE,
        plan_id=w.plan,
        theme_ids=(w.nhan_su, w.doi_moi),
        theme_colors=("#c0392b", "#27ae60"),
        column_id=w.toward,
        channel_id=w.print_,
        outlet_id=w.nhan_dan,
        assignee_ids=(w.minh,),
        desk_ids=(w.dien_tu,),
    )
    long = item_of(db, w.i8)
    assert (long.start, long.end, long.theme_ids, long.outlet_id) == (
        date(2026, 1, 20),
        date(2026, 3, 5),
        (),
        w.vov,
    )
    # Two assignments of one person: one assignee; a person on no desk: no desk.
    assert item_of(db, w.i1).assignee_ids == (w.lan,)
    assert item_of(db, w.i1).desk_ids == (w.thoi_su,)
    assert (item_of(db, w.i4).assignee_ids, item_of(db, w.i4).desk_ids) == ((w.hoa,), ())
    assert item_of(db, w.i2).outlet_id is None


def test_the_filter_narrows_timeline_items(db: Database, world: World) -> None:
    w = world
    year = (date(2026, 1, 1), date(2026, 12, 31))
    assert [i.id for i in timeline_items(db, *year, ItemFilter(outlet_id=w.vov))] == [w.i6, w.i8]
    assert [i.id for i in timeline_items(db, *year, ItemFilter(text="dai hoi"))] == [w.i3, w.i5]
    assert [i.id for i in timeline_items(db, *year, ItemFilter(assignee_id=w.lan))] == [w.i1]


# Lane keys


@pytest.mark.parametrize(
    ("lane_by", "full"),
    [
        (LaneBy.THEME, ("nhan_su", "doi_moi")),
        (LaneBy.COLUMN, ("toward",)),
        (LaneBy.CHANNEL, ("print_",)),
        (LaneBy.OUTLET, ("nhan_dan",)),
        (LaneBy.DESK, ("dien_tu",)),
        (LaneBy.ASSIGNEE, ("minh",)),
    ],
)
def test_lane_keys_of_record_lanes(
    db: Database, world: World, lane_by: LaneBy, full: tuple[str, ...]
) -> None:
    assert lane_keys(item_of(db, world.i3), lane_by) == tuple(getattr(world, n) for n in full)
    # i8 has no theme, column, assignee or desk; i2 no channel (so no outlet) either.
    bare = world.i2 if lane_by in (LaneBy.CHANNEL, LaneBy.OUTLET) else world.i8
    assert lane_keys(item_of(db, bare), lane_by) == ()


def test_lane_keys_of_status_are_the_plain_values(db: Database, world: World) -> None:
    (key,) = lane_keys(item_of(db, world.i3), LaneBy.STATUS)
    assert key == "approved" and type(key) is str
    assert lane_keys(item_of(db, world.i2), LaneBy.STATUS) == ("idea",)


def test_lanes_of_people_need_items_read_with_their_people(db: Database, world: World) -> None:
    year = (date(2026, 1, 1), date(2026, 12, 31))
    (i1,) = [i for i in timeline_items(db, *year, people=False) if i.id == world.i1]
    assert lane_keys(i1, LaneBy.THEME) == (world.nhan_su,)
    for lane_by in (LaneBy.ASSIGNEE, LaneBy.DESK):
        with pytest.raises(ValueError):
            lane_keys(i1, lane_by)


def test_every_lane_by_has_keys(db: Database, world: World) -> None:
    for lane_by in LaneBy:
        assert lane_keys(item_of(db, world.i3), lane_by) != ()


# The lane catalogue


def test_catalogue_of_themes_of_one_plan_or_all(db: Database, world: World) -> None:
    w = world
    # Folded order: "Đổi mới" sorts as "doi moi", before "Kinh tế".
    assert lane_catalogue(db, LaneBy.THEME, w.plan) == [
        (w.doi_moi, "Đổi mới"),
        (w.kinh_te, "Kinh tế"),
        (w.nhan_su, "Nhân sự Đại hội"),
    ]
    assert lane_catalogue(db, LaneBy.THEME, w.other_plan) == [(w.bau_cu, "Bầu cử")]
    # All plans: the earlier plan first, each theme labelled with its plan's number.
    assert lane_catalogue(db, LaneBy.THEME, None) == [
        (w.bau_cu, "156-HD/BTGTU · Bầu cử"),
        (w.doi_moi, "147/KH-UBND · Đổi mới"),
        (w.kinh_te, "147/KH-UBND · Kinh tế"),
        (w.nhan_su, "147/KH-UBND · Nhân sự Đại hội"),
    ]


def test_catalogue_of_columns_is_the_plans_and_those_of_no_plan(db: Database, world: World) -> None:
    w = world
    assert lane_catalogue(db, LaneBy.COLUMN, w.plan) == [
        (w.readers, "Bạn đọc viết"),
        (w.toward, "Đường vào Đại hội"),
    ]
    assert lane_catalogue(db, LaneBy.COLUMN, w.other_plan) == [
        (w.readers, "Bạn đọc viết"),
        (w.election_column, "Bầu cử"),
    ]
    assert lane_catalogue(db, LaneBy.COLUMN, None) == [
        (w.readers, "Bạn đọc viết"),
        (w.election_column, "Bầu cử"),
        (w.toward, "Đường vào Đại hội"),
    ]


def test_catalogue_of_channels_outlets_desks_people(db: Database, world: World) -> None:
    w = world
    assert lane_catalogue(db, LaneBy.CHANNEL, w.plan) == [
        (w.print_, "Báo Nhân Dân · Báo in"),
        (w.web, "Báo Nhân Dân · Nhân Dân điện tử"),
        (w.vov1, "Đài Tiếng nói Việt Nam · VOV1"),
    ]
    assert lane_catalogue(db, LaneBy.OUTLET, w.plan) == [
        (w.nhan_dan, "Báo Nhân Dân"),
        (w.vov, "Đài Tiếng nói Việt Nam"),
    ]
    assert lane_catalogue(db, LaneBy.DESK, None) == [
        (w.dien_tu, "Ban Điện tử"),
        (w.thoi_su, "Ban Thời sự"),
    ]
    assert lane_catalogue(db, LaneBy.ASSIGNEE, w.plan) == [
        (w.hoa, "Đỗ Thu Hoa"),
        (w.minh, "Nguyễn Văn Minh"),
        (w.lan, "Trần Thị Lan"),
    ]


def test_catalogue_of_statuses_in_workflow_order(db: Database) -> None:
    found = lane_catalogue(db, LaneBy.STATUS, None)
    assert [key for key, _ in found] == [
        "idea",
        "planned",
        "assigned",
        "in_progress",
        "submitted",
        "in_screening",
        "approved",
        "scheduled",
        "published",
        "returned",
        "cancelled",
    ]
    assert found[0] == ("idea", "Idea") and found[3] == ("in_progress", "In progress")
    assert all(type(key) is str for key, _ in found)


# Density


def test_density_by_month_in_a_hand_counted_window(db: Database, world: World) -> None:
    w = world
    jan, feb, mar = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)
    assert density(db, date(2026, 1, 5), date(2026, 3, 31), LaneBy.THEME, Tier.MONTH) == {
        (w.nhan_su, jan): 1,  # i1 (the 10th: the window widens to the 1st)
        (None, jan): 1,  # i8, no theme
        (w.bau_cu, jan): 1,  # i6, of the other plan
        (w.doi_moi, feb): 1,  # i2
        (w.nhan_su, mar): 3,  # i3, i4, i5
        (w.doi_moi, mar): 1,  # i3
    }


def test_density_by_week_starts_on_monday_and_counts_starts_only(
    db: Database, world: World
) -> None:
    # Wednesday 4 to Thursday 19 March widens to Monday 2 to Sunday 22 March; i3 starts on
    # Sunday 1 March and i8 runs through the window, but neither starts in it.
    assert density(db, date(2026, 3, 4), date(2026, 3, 19), LaneBy.STATUS, Tier.WEEK) == {
        ("scheduled", date(2026, 3, 16)): 1,  # i4, Friday 20
        ("idea", date(2026, 3, 16)): 1,  # i5, Saturday 21
    }


def test_density_counts_an_item_once_per_person_and_desk(db: Database, world: World) -> None:
    w = world
    jan, mar = date(2026, 1, 1), date(2026, 3, 1)
    window = (date(2026, 1, 1), date(2026, 3, 31))
    assert density(db, *window, LaneBy.ASSIGNEE, Tier.QUARTER, ItemFilter(plan_id=w.plan)) == {
        (w.lan, jan): 1,  # two assignments on i1
        (w.minh, jan): 1,
        (w.hoa, jan): 1,
        (None, jan): 3,  # nobody on i2, i5, i8
    }
    assert density(db, *window, LaneBy.DESK, Tier.MONTH, ItemFilter(plan_id=w.plan)) == {
        (w.thoi_su, jan): 1,
        (None, jan): 1,  # i8
        (None, date(2026, 2, 1)): 1,  # i2
        (w.dien_tu, mar): 1,  # i3
        (None, mar): 2,  # i4 (Hoa sits on no desk), i5
    }


WIDENED = {
    Tier.DAY: (date(2026, 2, 11), date(2026, 8, 19)),
    Tier.WEEK: (date(2026, 2, 9), date(2026, 8, 23)),
    Tier.MONTH: (date(2026, 2, 1), date(2026, 8, 31)),
    Tier.QUARTER: (date(2026, 1, 1), date(2026, 9, 30)),
    Tier.YEAR: (date(2026, 1, 1), date(2026, 12, 31)),
}
_QUARTER_OF_MONTH = {1: 1, 2: 1, 3: 1, 4: 4, 5: 4, 6: 4, 7: 7, 8: 7, 9: 7, 10: 10, 11: 10, 12: 10}


def period_of(day: date, bucket: Tier) -> date:
    return {
        Tier.DAY: day,
        Tier.WEEK: date.fromordinal(day.toordinal() - day.weekday()),
        Tier.MONTH: date(day.year, day.month, 1),
        Tier.QUARTER: date(day.year, _QUARTER_OF_MONTH[day.month], 1),
        Tier.YEAR: date(day.year, 1, 1),
    }[bucket]


def counted_in_python(
    items: list[TimelineItem], lane_by: LaneBy, bucket: Tier, first: date, last: date
) -> dict[tuple[LaneKey, date], int]:
    found: Counter[tuple[LaneKey, date]] = Counter()
    for item in items:
        if first <= item.start <= last:
            for key in lane_keys(item, lane_by) or (None,):
                found[(key, period_of(item.start, bucket))] += 1
    return dict(found)


@dataclass(frozen=True)
class Crowd:
    themes: tuple[int, ...]
    people: tuple[int, ...]
    outlet: int
    channels: tuple[int, ...]


def insert_items(db: Database, rows: list[dict[str, Any]]) -> list[int]:
    """Insert content items in bulk (the ORM one by one would take minutes)."""
    base = {
        "format": ContentFormat.ARTICLE,
        "status": ContentStatus.IDEA,
        "audience": Audience.PUBLIC,
        "language": Lang.VI,
        "plan_id": None,
        "channel_id": None,
        "column_id": None,
        "planned_end": None,
        "summary": None,
        "notes": None,
    }
    with db.transaction() as session:
        result = session.execute(
            insert(ContentItem).returning(ContentItem.id, sort_by_parameter_order=True),
            [{**base, **row} for row in rows],
        )
        return list(result.scalars())


@pytest.fixture
def crowd(db: Database) -> Crowd:
    """A few hundred items over 19 months with random themes, channels, people, statuses."""
    rng = random.Random(20260119)
    plan = new(
        db,
        Kind.PLAN,
        number="01-CT/TW",
        title="Chỉ thị",
        start_date=date(2025, 1, 1),
        end_date=date(2027, 12, 31),
    )
    themes = tuple(
        new(db, Kind.THEME, plan_id=plan, name=name) for name in ("Một", "Hai", "Ba", "Bốn")
    )
    outlet = new(db, Kind.OUTLET, name="Báo Hưng Yên")
    other_outlet = new(db, Kind.OUTLET, name="Đài Hưng Yên")
    channels = (
        new(db, Kind.CHANNEL, outlet_id=outlet, name="Điện tử"),
        new(db, Kind.CHANNEL, outlet_id=outlet, name="Báo in"),
        new(db, Kind.CHANNEL, outlet_id=other_outlet, name="Truyền hình"),
    )
    column = new(
        db, Kind.COLUMN, name="Chuyên mục", channel_id=channels[0], start_date=date(2025, 1, 1)
    )
    desks = (new(db, Kind.DESK, name="Ban A"), new(db, Kind.DESK, name="Ban B"))
    people = (
        new(db, Kind.PERSON, name="Người Một", desk_id=desks[0]),
        new(db, Kind.PERSON, name="Người Hai", desk_id=desks[1]),
        new(db, Kind.PERSON, name="Người Ba", desk_id=desks[0]),
        new(db, Kind.PERSON, name="Người Bốn"),
    )
    rows = []
    for n in range(400):
        start = date(2025, 11, 1) + timedelta(days=rng.randrange(560))
        rows.append(
            {
                "title": f"{rng.choice(['Đại hội', 'Kinh tế', 'Bầu cử'])} số {n}",
                "plan_id": plan,
                "status": rng.choice(list(ContentStatus)),
                "channel_id": rng.choice([None, *channels]),
                "column_id": rng.choice([None, None, column]),
                "planned_start": start,
                "planned_end": start + timedelta(days=rng.randrange(1, 120))
                if rng.random() < 0.15
                else None,
            }
        )
    ids = insert_items(db, rows)
    links = [
        {"item_id": i, "theme_id": t}
        for i in ids
        for t in rng.sample(themes, rng.choice([0, 1, 1, 2, 3]))
    ]
    work = []
    for i in ids:
        for person in rng.sample(people, rng.choice([0, 1, 1, 2])):
            roles = [AssignmentRole.WRITE] + ([AssignmentRole.EDIT] if rng.random() < 0.3 else [])
            work += [
                {"item_id": i, "person_id": person, "role": r, "status": AssignmentStatus.TODO}
                for r in roles
            ]
    with db.transaction() as session:
        session.execute(insert(item_theme), links)
        session.execute(insert(Assignment), work)
    return Crowd(themes, people, outlet, channels)


def test_density_matches_counting_timeline_items(db: Database, crowd: Crowd) -> None:
    filters = [
        ItemFilter(),
        ItemFilter(theme_id=crowd.themes[0]),
        ItemFilter(assignee_id=crowd.people[1]),
        ItemFilter(outlet_id=crowd.outlet),
        ItemFilter(text="dai hoi"),
    ]
    for flt in filters:
        for bucket, (first, last) in WIDENED.items():
            items = timeline_items(db, first, last, flt)
            starting = [i for i in items if first <= i.start <= last]
            assert len(starting) > 20, (flt, bucket)
            for lane_by in LaneBy:
                found = density(db, date(2026, 2, 11), date(2026, 8, 19), lane_by, bucket, flt)
                expected = counted_in_python(items, lane_by, bucket, first, last)
                assert found == expected, (flt, bucket, lane_by)
                assert all(period_of(day, bucket) == day for _, day in found)
            assert sum(density(db, first, last, LaneBy.STATUS, bucket, flt).values()) == len(
                starting
            )


def test_density_of_a_crowded_window_is_counted_by_the_database(db: Database) -> None:
    plan = new(
        db,
        Kind.PLAN,
        number="1",
        title="P",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
    )
    themes = [new(db, Kind.THEME, plan_id=plan, name=n) for n in ("A", "B")]
    monday = date(2026, 5, 4)
    ids = insert_items(
        db,
        [
            {"title": f"Tin {n}", "planned_start": monday + timedelta(days=n % 7)}
            for n in range(20_000)
        ],
    )
    with db.transaction() as session:
        session.execute(
            insert(item_theme),
            [{"item_id": i, "theme_id": themes[n % 3]} for n, i in enumerate(ids) if n % 3 < 2],
        )
    statements: list[str] = []
    loaded: list[object] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    def load(target: object, _context: Any) -> None:
        loaded.append(target)

    event.listen(db.engine, "before_cursor_execute", seen)
    event.listen(ContentItem, "load", load)
    try:
        found = density(db, monday, monday + timedelta(days=6), LaneBy.THEME, Tier.WEEK)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
        event.remove(ContentItem, "load", load)
    thirds = [len(range(k, 20_000, 3)) for k in range(3)]
    assert found == {
        (themes[0], monday): thirds[0],
        (themes[1], monday): thirds[1],
        (None, monday): thirds[2],
    }
    assert loaded == []
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # One sum over the counts the triggers keep per day and theme (no theme included), not a
    # walk over the window's items.
    assert len(selects) == 1
    assert all("GROUP BY" in s.upper() and "SUM(" in s.upper() for s in selects)
    assert "FROM theme_day_count" in selects[0] and "content_item" not in selects[0]


def reference_items(db: Database, first: date, last: date, flt: ItemFilter) -> list[TimelineItem]:
    """timeline_items worked out the slow way: every item and its links read whole through the
    ORM, and the window and the filter applied in Python."""
    expected = []
    with db.transaction() as session:
        outlets = {c: o for c, o in session.execute(select(Channel.id, Channel.outlet_id))}
        desks = {p: d for p, d in session.execute(select(Person.id, Person.desk_id))}
        people: dict[int, set[int]] = {}
        for item_id, person_id in session.execute(select(Assignment.item_id, Assignment.person_id)):
            people.setdefault(item_id, set()).add(person_id)
        for item in session.scalars(select(ContentItem)):
            start, end = item.planned_start, item.planned_end or item.planned_start
            if start is None or end is None or start > last or end < first:
                continue
            themes = sorted(item.themes, key=lambda theme: theme.id)
            assignees = sorted(people.get(item.id, ()))
            of_desks = sorted({d for p in assignees if (d := desks[p]) is not None})
            outlet = outlets[item.channel_id] if item.channel_id is not None else None
            wanted = [
                (flt.plan_id, item.plan_id),
                (flt.channel_id, item.channel_id),
                (flt.column_id, item.column_id),
                (flt.status, item.status),
                (flt.outlet_id, outlet),
            ]
            if any(value is not None and value != actual for value, actual in wanted):
                continue
            if flt.theme_id is not None and flt.theme_id not in {t.id for t in themes}:
                continue
            if flt.assignee_id is not None and flt.assignee_id not in assignees:
                continue
            if flt.desk_id is not None and flt.desk_id not in of_desks:
                continue
            if not text_matches(flt, item.title, item.summary, item.notes):
                continue
            expected.append(
                TimelineItem(
                    id=item.id,
                    title=item.title,
                    start=start,
                    end=end,
                    publish_time=item.publish_time,
                    status=item.status,
                    format=item.format,
                    plan_id=item.plan_id,
                    theme_ids=tuple(t.id for t in themes),
                    theme_colors=tuple(t.color for t in themes),
                    column_id=item.column_id,
                    channel_id=item.channel_id,
                    outlet_id=outlet,
                    assignee_ids=tuple(assignees),
                    desk_ids=tuple(of_desks),
                )
            )
    moment = time.min
    return sorted(
        expected,
        key=lambda i: (i.start, i.publish_time is not None, i.publish_time or moment, i.id),
    )


def test_timeline_items_are_those_a_slow_reading_finds(db: Database, crowd: Crowd) -> None:
    """Windows of every width, each edge, and items reaching in from before by far (some run
    120 days), under every kind of filter: the same items, values and order."""
    rng = random.Random(20261124)
    with db.transaction() as session:
        plan = session.scalars(select(ContentItem.plan_id).limit(1)).one()
        column = session.scalars(
            select(ContentItem.column_id).where(ContentItem.column_id.is_not(None)).limit(1)
        ).one()
        desk = session.scalars(
            select(Person.desk_id).where(Person.desk_id.is_not(None)).limit(1)
        ).one()
    other_plan = new(
        db,
        Kind.PLAN,
        number="2",
        title="Khác",
        start_date=date(2025, 1, 1),
        end_date=date(2027, 12, 31),
    )
    # Long items of another plan and of none, around the window's edges, with times.
    insert_items(
        db,
        [
            {
                "title": "Dài kỳ khác",
                "plan_id": other_plan,
                "planned_start": date(2025, 12, 1),
                "planned_end": date(2026, 9, 1),
            },
            {
                "title": "Dài kỳ chung",
                "planned_start": date(2026, 1, 1),
                "planned_end": date(2026, 8, 1),
                "publish_time": time(7, 0),
            },
            {
                "title": "Một ngày khác",
                "plan_id": other_plan,
                "planned_start": date(2026, 5, 1),
                "publish_time": time(6, 30),
            },
        ],
    )
    filters = [
        ItemFilter(),
        ItemFilter(plan_id=plan),
        ItemFilter(plan_id=other_plan),
        ItemFilter(plan_id=plan, theme_id=crowd.themes[1]),
        ItemFilter(assignee_id=crowd.people[0]),
        ItemFilter(plan_id=plan, desk_id=desk),
        ItemFilter(outlet_id=crowd.outlet),
        ItemFilter(channel_id=crowd.channels[2]),
        ItemFilter(column_id=column),
        ItemFilter(status=ContentStatus.IDEA),
        ItemFilter(text="dai hoi"),
        ItemFilter(plan_id=plan, text="bau cu"),
    ]
    windows = [(date(2026, 5, 1), date(2026, 5, 1)), (date(2025, 1, 1), date(2027, 12, 31))]
    for _ in range(6):
        first = date(2025, 10, 1) + timedelta(days=rng.randrange(600))
        windows.append((first, first + timedelta(days=rng.randrange(90))))
    for flt in filters:
        for first, last in windows:
            expected = reference_items(db, first, last, flt)
            assert timeline_items(db, first, last, flt) == expected, (flt, first, last)
            without_people = [i._replace(assignee_ids=None, desk_ids=None) for i in expected]
            assert timeline_items(db, first, last, flt, people=False) == without_people
    assert any(len(reference_items(db, *w, ItemFilter())) > 50 for w in windows[2:])


# Coverage of a plan's stages


def cells(*triples: tuple[int, LaneKey, int]) -> tuple[CoverageCell, ...]:
    return tuple(CoverageCell(*t) for t in triples)


def test_coverage_counts_items_per_stage_and_theme_and_flags_thin_themes(
    db: Database, world: World
) -> None:
    w = world
    s1, s2 = w.stages
    found = coverage(db, w.plan, LaneBy.THEME)
    assert found.cells == cells(
        # To 28 February: i1, i2 (on the last day), i8 (no theme); i6 is of another plan.
        (s1, w.nhan_su, 1),
        (s1, w.doi_moi, 1),
        (s1, None, 1),
        # To the congress's last day, 20 March: i3 and i4; i5 on the 21st is in no stage.
        (s2, w.nhan_su, 2),
        (s2, w.doi_moi, 1),
    )
    assert found.flags == (
        CoverageFlag(s1, "Chuẩn bị", w.kinh_te, "Kinh tế", 0, 1),  # no item at all
        CoverageFlag(s1, "Chuẩn bị", w.nhan_su, "Nhân sự Đại hội", 1, 2),
    )  # stage 2: two of two for Nhân sự, and Đổi mới has a target of 0


def test_coverage_follows_the_milestone_a_stage_ends_at(db: Database, world: World) -> None:
    w = world
    update_record(db, Kind.MILESTONE, w.congress, {"end_date": date(2026, 3, 21)})
    found = coverage(db, w.plan, LaneBy.THEME)
    assert CoverageCell(w.stages[1], w.nhan_su, 3) in found.cells  # i5 now in


@pytest.mark.parametrize(
    ("lane_by", "first", "second"),
    [
        (LaneBy.CHANNEL, [("web", 1), ("vov1", 1), (None, 1)], [("web", 1), ("print_", 1)]),
        (LaneBy.OUTLET, [("nhan_dan", 1), ("vov", 1), (None, 1)], [("nhan_dan", 2)]),
        (LaneBy.COLUMN, [(None, 3)], [("toward", 1), (None, 1)]),
        (LaneBy.ASSIGNEE, [("lan", 1), (None, 2)], [("minh", 1), ("hoa", 1)]),
        (LaneBy.DESK, [("thoi_su", 1), (None, 2)], [("dien_tu", 1), (None, 1)]),
    ],
)
def test_coverage_cells_per_lane(
    db: Database,
    world: World,
    lane_by: LaneBy,
    first: list[tuple[str | None, int]],
    second: list[tuple[str | None, int]],
) -> None:
    w = world

    def key(name: str | None) -> LaneKey:
        return None if name is None else int(getattr(w, name))

    expected = [(w.stages[0], key(n), c) for n, c in first]
    expected += [(w.stages[1], key(n), c) for n, c in second]
    found = coverage(db, w.plan, lane_by)
    assert found.cells == cells(*expected)
    assert [f.theme_id for f in found.flags] == [w.kinh_te, w.nhan_su]


def test_coverage_by_status_in_workflow_order(db: Database, world: World) -> None:
    w = world
    assert coverage(db, w.plan, LaneBy.STATUS).cells == cells(
        (w.stages[0], "idea", 1),
        (w.stages[0], "planned", 1),
        (w.stages[0], "in_progress", 1),
        (w.stages[1], "approved", 1),
        (w.stages[1], "scheduled", 1),
    )


def test_the_filter_narrows_coverage_cells_and_flags(db: Database, world: World) -> None:
    w = world
    s1, s2 = w.stages
    on_web = coverage(db, w.plan, LaneBy.THEME, ItemFilter(channel_id=w.web))
    assert on_web == Coverage(
        cells((s1, w.nhan_su, 1), (s2, w.nhan_su, 1)),
        (
            CoverageFlag(s1, "Chuẩn bị", w.kinh_te, "Kinh tế", 0, 1),
            CoverageFlag(s1, "Chuẩn bị", w.nhan_su, "Nhân sự Đại hội", 1, 2),
            CoverageFlag(s2, "Trong Đại hội", w.nhan_su, "Nhân sự Đại hội", 1, 2),
        ),
    )
    by_text = coverage(db, w.plan, LaneBy.CHANNEL, ItemFilter(text="dai hoi"))
    assert by_text.cells == cells((s2, w.print_, 1))
    assert [(f.stage_id, f.theme_id, f.count) for f in by_text.flags] == [
        (s1, w.kinh_te, 0),
        (s1, w.nhan_su, 0),
        (s2, w.nhan_su, 1),
    ]


def test_coverage_of_a_plan_without_stages_is_empty(db: Database, world: World) -> None:
    assert coverage(db, world.other_plan, LaneBy.THEME) == Coverage((), ())


# Dropping an item on another lane


def applied(db: Database, move: LaneMove) -> list[dict[str, Any]]:
    """Apply a move the way the UI does, and return the records after it."""
    assert move.refusal is None
    return [update_record(db, move.kind, rid, move.values)[1].values for rid in move.record_ids]


def refusal_of(move: LaneMove) -> tuple[str, dict[str, str]]:
    assert move.refusal is not None and move.values == {}
    return move.refusal.template, dict(move.refusal.args)


def test_theme_moves_replace_add_and_remove(db: Database, world: World) -> None:
    w = world
    move = lane_move(db, w.i3, LaneBy.THEME, w.nhan_su, w.kinh_te)
    assert move == LaneMove(
        Kind.CONTENT_ITEM, (w.i3,), {"theme_ids": sorted([w.kinh_te, w.doi_moi])}
    )
    version = get_record(db, Kind.CONTENT_ITEM, w.i3).version  # reading changed nothing
    assert applied(db, move)[0]["theme_ids"] == sorted([w.kinh_te, w.doi_moi])
    assert get_record(db, Kind.CONTENT_ITEM, w.i3).version == version + 1

    added = lane_move(db, w.i2, LaneBy.THEME, None, w.kinh_te)
    assert applied(db, added)[0]["theme_ids"] == sorted([w.doi_moi, w.kinh_te])
    removed = lane_move(db, w.i3, LaneBy.THEME, w.doi_moi, None)
    assert applied(db, removed)[0]["theme_ids"] == [w.kinh_te]
    # Onto a theme it already has: the dragged one goes, the other stays once.
    merged = lane_move(db, w.i2, LaneBy.THEME, w.doi_moi, w.kinh_te)
    assert merged.values == {"theme_ids": [w.kinh_te]}


def test_theme_moves_refuse_another_plans_theme(db: Database, world: World) -> None:
    w = world
    move = lane_move(db, w.i3, LaneBy.THEME, w.nhan_su, w.bau_cu)
    assert refusal_of(move) == (v.WRONG_PLAN_THEME, {"theme": "Bầu cử"})
    assert lane_move(db, w.i3, LaneBy.THEME, w.nhan_su, w.bau_cu + 100).refusal == v.problem(
        v.MISSING_REF
    )


def test_column_moves(db: Database, world: World) -> None:
    w = world
    move = lane_move(db, w.i2, LaneBy.COLUMN, None, w.toward)
    assert move == LaneMove(Kind.CONTENT_ITEM, (w.i2,), {"column_id": w.toward})
    assert applied(db, move)[0]["column_id"] == w.toward
    to_no_plan = lane_move(db, w.i3, LaneBy.COLUMN, w.toward, w.readers)
    assert applied(db, to_no_plan)[0]["column_id"] == w.readers
    out = lane_move(db, w.i3, LaneBy.COLUMN, w.readers, None)
    assert out.values == {"column_id": None}
    assert applied(db, out)[0]["column_id"] is None


def test_column_moves_refuse_another_plan_and_days_outside_the_column(
    db: Database, world: World
) -> None:
    w = world
    other = lane_move(db, w.i3, LaneBy.COLUMN, w.toward, w.election_column)
    assert refusal_of(other) == (
        COLUMN_OF_OTHER_PLAN,
        {"title": "Khai mạc Đại hội", "column": "Bầu cử"},
    )
    # The column ends with the congress, on 20 March; i5 is on the 21st.
    late = lane_move(db, w.i5, LaneBy.COLUMN, None, w.toward)
    assert refusal_of(late) == (
        AFTER_COLUMN,
        {
            "title": "Sau Đại hội",
            "day": "21/03/2026",
            "column": "Đường vào Đại hội",
            "end": "20/03/2026",
        },
    )
    # It starts on 15 January; i1 is on the 10th.
    early = lane_move(db, w.i1, LaneBy.COLUMN, None, w.toward)
    assert refusal_of(early) == (
        BEFORE_COLUMN,
        {
            "title": "Nhân sự khóa mới",
            "day": "10/01/2026",
            "column": "Đường vào Đại hội",
            "start": "15/01/2026",
        },
    )
    # Moving the congress a day later lets i5 in.
    update_record(db, Kind.MILESTONE, w.congress, {"end_date": date(2026, 3, 21)})
    assert lane_move(db, w.i5, LaneBy.COLUMN, None, w.toward).refusal is None


def test_channel_moves(db: Database, world: World) -> None:
    w = world
    move = lane_move(db, w.i2, LaneBy.CHANNEL, None, w.vov1)
    assert move == LaneMove(Kind.CONTENT_ITEM, (w.i2,), {"channel_id": w.vov1})
    assert applied(db, move)[0]["channel_id"] == w.vov1
    off = lane_move(db, w.i1, LaneBy.CHANNEL, w.web, None)
    assert applied(db, off)[0]["channel_id"] is None
    assert item_of(db, w.i1).channel_id is None


def test_assignee_moves_hand_the_persons_assignments_over(db: Database, world: World) -> None:
    w = world
    move = lane_move(db, w.i1, LaneBy.ASSIGNEE, w.lan, w.hoa)
    assert move == LaneMove(
        Kind.ASSIGNMENT, (w.lan_writes_i1, w.lan_edits_i1), {"person_id": w.hoa}
    )
    after = applied(db, move)
    assert [(a["person_id"], a["role"]) for a in after] == [
        (w.hoa, AssignmentRole.WRITE),
        (w.hoa, AssignmentRole.EDIT),
    ]
    moved = item_of(db, w.i1)
    assert (moved.assignee_ids, moved.desk_ids) == ((w.hoa,), ())


def test_assignee_moves_refused(db: Database, world: World) -> None:
    w = world
    for from_key, to_key in ((None, w.minh), (w.lan, None)):
        move = lane_move(db, w.i1, LaneBy.ASSIGNEE, from_key, to_key)
        assert refusal_of(move) == (ASSIGN_IN_EDITOR, {"title": "Nhân sự khóa mới"})
        assert move.kind is Kind.ASSIGNMENT and move.record_ids == ()
    nobody = lane_move(db, w.i1, LaneBy.ASSIGNEE, w.minh, w.hoa)
    assert refusal_of(nobody) == (
        NOT_ASSIGNED,
        {"title": "Nhân sự khóa mới", "person": "Nguyễn Văn Minh"},
    )


@pytest.mark.parametrize(
    ("lane_by", "from_name", "to_name", "template"),
    [
        (LaneBy.OUTLET, "nhan_dan", "vov", PICK_A_CHANNEL),
        (LaneBy.DESK, "thoi_su", "dien_tu", DESKS_FOLLOW_PEOPLE),
    ],
)
def test_outlet_and_desk_moves_are_refused(
    db: Database, world: World, lane_by: LaneBy, from_name: str, to_name: str, template: str
) -> None:
    w = world
    move = lane_move(db, w.i1, lane_by, getattr(w, from_name), getattr(w, to_name))
    assert move.kind is Kind.CONTENT_ITEM and move.record_ids == (w.i1,)
    assert refusal_of(move) == (template, {"title": "Nhân sự khóa mới"})


def test_status_moves_are_refused(db: Database, world: World) -> None:
    move = lane_move(db, world.i1, LaneBy.STATUS, "planned", "approved")
    assert refusal_of(move) == (STATUS_BY_SCREENING, {"title": "Nhân sự khóa mới"})


@pytest.mark.parametrize("lane_by", list(LaneBy))
def test_a_drop_on_the_same_lane_changes_nothing(
    db: Database, world: World, lane_by: LaneBy
) -> None:
    key = lane_keys(item_of(db, world.i3), lane_by)[0]
    move = lane_move(db, world.i3, lane_by, key, key)
    assert move.values == {} and move.refusal is None


def test_a_drop_of_a_missing_item(db: Database, world: World) -> None:
    with pytest.raises(NotFoundError):
        lane_move(db, world.i1 + 1000, LaneBy.CHANNEL, None, world.web)
