"""Builds the demo's records from its data tables, in one seeded, repeatable pass."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr
from sqlalchemy.orm import Session

from app.core.enums import (
    AssignmentRole,
    AssignmentStatus,
    Audience,
    ChannelKind,
    ContentFormat,
    ContentStatus,
    Language,
)
from app.db.base import Base, Versioned
from app.db.models import (
    Assignment,
    Channel,
    Comment,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    SpecialPage,
    Stage,
    StageTheme,
    Theme,
)
from app.services.database import Database
from app.services.demo.constants import DEMO_SEED, DEMO_STAMP, DEMO_TODAY, FIRST_DAY, LAST_DAY
from app.services.demo.content import BURSTS, UNSCHEDULED
from app.services.demo.newsroom import COLUMNS, DESKS, OUTLETS, PAGES, PEOPLE
from app.services.demo.plans import MILESTONES, PLANS
from app.services.demo.specs import ColumnSpec, OutletSpec, PageSpec
from app.services.demo.summary import DemoSummary, refuse_unless_empty, summarize
from app.services.demo.titles import EN_SECTORS, GROUPS, HY_PLACES, PLACES, POOLS, PREFIXES, SECTORS
from app.services.demo.workflow import (
    COMMENTS,
    EDIT_DONE_FROM,
    FAR_AHEAD,
    FORMATS_BY_CHANNEL,
    PAST,
    SCREEN_DONE_FROM,
    STATUS_WINDOWS,
    TIMES_BY_CHANNEL,
    UNASSIGNED,
    WORK_DONE_FROM,
    WORK_ROLES,
)

F = ContentFormat
S = ContentStatus
R = AssignmentRole


def _effective_end(spec_end: date | None, milestone: Milestone | None) -> date:
    if milestone is not None:
        return milestone.end_date
    assert spec_end is not None
    return spec_end


def _slots(cadence: str, first: date, last: date) -> list[date]:
    """The column's days in [first, last], read from its RRULE as the calendar does."""
    start = datetime.combine(first, time())
    rule = rrulestr(cadence, dtstart=start)
    return [
        moment.date() for moment in rule.between(start, datetime.combine(last, time()), inc=True)
    ]


class _StatusDealer:
    """Deals statuses by how far an item lies from DEMO_TODAY. Past items are drawn at random;
    ahead, each window hands its statuses out in turn, so every status of the workflow shows up
    as soon as a window holds a few items."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.turns = [0] * (len(STATUS_WINDOWS) + 1)

    def status_for(self, day: date) -> ContentStatus:
        ahead = (day - DEMO_TODAY).days
        if ahead < 0:
            return self.rng.choice(PAST)
        window = next((i for i, (limit, _) in enumerate(STATUS_WINDOWS) if ahead < limit), -1)
        choices = STATUS_WINDOWS[window][1] if window >= 0 else FAR_AHEAD
        turn = self.turns[window]
        self.turns[window] += 1
        return choices[turn % len(choices)]


@dataclass
class _Pending:
    """An item not yet flushed, with what its assignments need: its channel and desk."""

    item: ContentItem
    channel: str | None
    desk: str


class _DemoBuilder:
    """Adds the demo's records to one session, keeping the objects by their spec keys."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng
        self.statuses = _StatusDealer(rng)
        self.milestones: dict[str, Milestone] = {}
        self.plans: dict[str, Plan] = {}
        self.themes: dict[str, Theme] = {}
        self.channels: dict[str, Channel] = {}
        self.outlet_of_channel: dict[str, OutletSpec] = {}
        self.desks: dict[str, Desk] = {}
        self.people: dict[str, Person] = {}
        self.columns: dict[str, SpecialColumn] = {}
        self.outlets: dict[str, Outlet] = {}
        self.items: list[_Pending] = []
        self.titles: set[str] = set()

    def _add(self, record: Base) -> None:
        """Fixed timestamps, so two builds hold the same rows whatever the clock says."""
        if isinstance(record, Versioned):
            record.created_at = DEMO_STAMP
            record.updated_at = DEMO_STAMP
        self.session.add(record)

    def build(self) -> None:
        self._add_milestones()
        self._add_plans()
        self._add_outlets()
        self._add_newsroom()
        self.session.flush()
        self._add_stage_themes()
        self._add_columns()
        pages = self._add_pages()
        self.session.flush()
        self._add_column_items()
        self._add_page_items(pages)
        self._add_burst_items()
        self._add_unscheduled_items()
        self._insert_items()
        self.session.flush()
        self._add_assignments()
        self._add_comments()
        self.session.flush()

    # Planning

    def _add_milestones(self) -> None:
        for spec in MILESTONES:
            milestone = Milestone(
                kind=spec.kind,
                name=spec.name,
                start_date=spec.start,
                end_date=spec.end or spec.start,
                description=spec.description or None,
            )
            self.milestones[spec.key] = milestone
            self._add(milestone)

    def _add_plans(self) -> None:
        for spec in PLANS:
            plan = Plan(
                number=spec.number,
                title=spec.title,
                issuer=spec.issuer,
                issued_on=spec.issued_on,
                start_date=spec.start,
                end_date=spec.end,
                goals=spec.goals,
            )
            self.plans[spec.key] = plan
            self._add(plan)
            for theme_spec in spec.themes:
                theme = Theme(
                    plan=plan,
                    name=theme_spec.name,
                    color=theme_spec.color,
                    description=theme_spec.description or None,
                )
                self.themes[theme_spec.key] = theme
                self._add(theme)
            for position, stage_spec in enumerate(spec.stages, start=1):
                self._add(
                    Stage(
                        plan=plan,
                        name=stage_spec.name,
                        position=position,
                        start_date=stage_spec.start,
                        end_date=stage_spec.end,
                        end_milestone=self.milestones.get(stage_spec.end_milestone or ""),
                        description=stage_spec.description or None,
                    )
                )

    def _add_stage_themes(self) -> None:
        """Emphasis rows carry a target count, so they are rows of their own, not a plain link."""
        for spec in PLANS:
            stages = self.plans[spec.key].stages
            for stage, stage_spec in zip(stages, spec.stages, strict=True):
                for theme_key, target in stage_spec.emphasis:
                    self._add(
                        StageTheme(
                            stage_id=stage.id,
                            theme_id=self.themes[theme_key].id,
                            target_count=target,
                        )
                    )

    # Outlets and newsroom

    def _add_outlets(self) -> None:
        for spec in OUTLETS:
            outlet = Outlet(name=spec.name, kind=spec.kind, description=spec.description or None)
            self.outlets[spec.key] = outlet
            self._add(outlet)
            for key, name, kind in spec.channels:
                channel = Channel(outlet=outlet, name=name, kind=kind)
                self.channels[key] = channel
                self.outlet_of_channel[key] = spec
                self._add(channel)

    def _add_newsroom(self) -> None:
        self.session.flush()
        for key, name, outlet_key, _domain in DESKS:
            desk = Desk(name=name, outlet_id=self.outlets[outlet_key].id)
            self.desks[key] = desk
            self._add(desk)
        self.session.flush()
        for spec in PEOPLE:
            domain = next(desk[3] for desk in DESKS if desk[0] == spec.desk)
            person = Person(
                name=spec.name,
                initials=spec.key,
                email=f"{spec.email}@{domain}",
                desk_id=self.desks[spec.desk].id,
                weekly_capacity=3 if spec.head else spec.capacity,
            )
            self.people[spec.key] = person
            self._add(person)

    # Columns and special pages

    def _add_columns(self) -> None:
        for spec in COLUMNS:
            plan = self.plans[spec.plan]
            themes = [self.themes[key] for key in spec.themes]
            assert all(theme.plan is plan for theme in themes), spec.key
            column = SpecialColumn(
                name=spec.name,
                channel=self.channels[spec.channel],
                plan_id=plan.id,
                owner_person_id=self.people[spec.owner_person].id if spec.owner_person else None,
                owner_desk_id=self.desks[spec.owner_desk].id if spec.owner_desk else None,
                cadence=spec.cadence,
                start_date=spec.start,
                end_date=spec.end,
                end_milestone=self.milestones.get(spec.end_milestone or ""),
                description=spec.description or None,
                themes=themes,
            )
            self.columns[spec.key] = column
            self._add(column)

    def _add_pages(self) -> list[tuple[PageSpec, SpecialPage]]:
        pages = []
        for spec in PAGES:
            page = SpecialPage(
                title=spec.title,
                milestone=self.milestones[spec.milestone],
                offset_days=spec.offset,
                channel_id=self.channels[spec.channel].id,
                plan_id=self.plans[spec.plan].id,
                sections=spec.sections,
            )
            pages.append((spec, page))
            self._add(page)
        return pages

    # Content items

    def _title(self, pool: str, language: Language, fmt: ContentFormat) -> str:
        """A fresh title from the pool; the format's rubric ("Infographic: ") goes in front."""
        templates = POOLS[pool][1]
        prefix = PREFIXES.get(fmt, ("", ""))[language is Language.EN]
        for _ in range(40):
            text = self.rng.choice(templates).format(
                place=self.rng.choice(PLACES),
                hy_place=self.rng.choice(HY_PLACES),
                sector=self.rng.choice(SECTORS),
                group=self.rng.choice(GROUPS),
                en_sector=self.rng.choice(EN_SECTORS),
            )
            title = prefix + text[0].upper() + text[1:]
            if title not in self.titles:
                break
        else:
            title = f"{title} ({len(self.titles)})"
        self.titles.add(title)
        return title

    def _format_for(self, channel: str) -> ContentFormat:
        return self.rng.choice(FORMATS_BY_CHANNEL[self.channels[channel].kind])

    def _span_end(self, day: date, fmt: ContentFormat, days: int) -> date | None:
        """Exhibitions run for weeks, forums on the oral channel for two days, some reportages
        are a three-part series; everything else is a one-day piece."""
        if days > 1:
            return day + timedelta(days=days - 1)
        if fmt is F.EXHIBITION:
            return day + timedelta(days=self.rng.randint(6, 20))
        if fmt is F.REPORTAGE and self.rng.random() < 0.3:
            return day + timedelta(days=2)
        if fmt is F.DOCUMENTARY and self.rng.random() < 0.3:
            return day + timedelta(days=1)
        return None

    def _publish_time(self, channel: str | None) -> time | None:
        if channel is None:
            return None
        kind = self.channels[channel].kind
        times = TIMES_BY_CHANNEL.get(kind)
        if not times:
            return None
        if kind in (ChannelKind.TV, ChannelKind.RADIO) or self.rng.random() < 0.5:
            return self.rng.choice(times)
        return None

    def _item(
        self,
        *,
        title: str,
        fmt: ContentFormat,
        channel: str | None,
        plan: str | None,
        themes: Sequence[str],
        day: date | None,
        audience: Audience,
        language: Language,
        column: ColumnSpec | None = None,
        page: SpecialPage | None = None,
        status: ContentStatus | None = None,
        days: int = 1,
    ) -> None:
        plan_obj = self.plans[plan] if plan else None
        theme_objs = [self.themes[key] for key in dict.fromkeys(themes)]
        assert all(theme.plan is plan_obj for theme in theme_objs), title
        if status is None:
            status = self.statuses.status_for(day) if day else S.IDEA
        has_deadline = day is not None and status not in (S.IDEA, S.CANCELLED)
        item = ContentItem(
            title=title,
            format=fmt,
            status=status,
            plan_id=plan_obj.id if plan_obj else None,
            channel_id=self.channels[channel].id if channel else None,
            column_id=self.columns[column.key].id if column else None,
            special_page_id=page.id if page else None,
            audience=audience,
            language=language,
            planned_start=day,
            planned_end=self._span_end(day, fmt, days) if day else None,
            publish_time=self._publish_time(channel) if day and status is not S.IDEA else None,
            deadline=day - timedelta(days=self.rng.randint(1, 3)) if day and has_deadline else None,
            themes=theme_objs,
        )
        self.items.append(_Pending(item, channel, self._desk_for(column, channel)))

    def _add_column_items(self) -> None:
        for spec in COLUMNS:
            column = self.columns[spec.key]
            end = _effective_end(spec.end, column.end_milestone)
            days = _slots(spec.cadence, max(spec.start, FIRST_DAY), min(end, LAST_DAY))
            for day in sorted(self.rng.sample(days, min(spec.filled, len(days)))):
                pool = self.rng.choice(spec.pools)
                fmt = self.rng.choice(spec.formats)
                extra = self.rng.choice(spec.themes)
                self._item(
                    title=self._title(pool, spec.language, fmt),
                    fmt=fmt,
                    channel=spec.channel,
                    plan=spec.plan,
                    themes=[POOLS[pool][0] or extra, extra],
                    day=day,
                    audience=spec.audience,
                    language=spec.language,
                    column=spec,
                )

    def _add_page_items(self, pages: list[tuple[PageSpec, SpecialPage]]) -> None:
        for spec, page in pages:
            day = self.milestones[spec.milestone].start_date + timedelta(days=spec.offset)
            for entry in spec.items:
                self.titles.add(entry.title)
                self._item(
                    title=entry.title,
                    fmt=entry.format,
                    channel=entry.channel,
                    plan=spec.plan,
                    themes=spec.themes,
                    day=day,
                    audience=entry.audience,
                    language=entry.language,
                    page=page,
                    days=entry.days,
                )

    def _add_burst_items(self) -> None:
        for burst in BURSTS:
            span = (burst.last - burst.first).days
            for _ in range(burst.count):
                day = burst.first + timedelta(days=self.rng.randint(0, span))
                channel = self.rng.choice(burst.channels)
                pool = self.rng.choice(burst.pools)
                fmt = self._format_for(channel)
                theme = POOLS[pool][0]
                self._item(
                    title=self._title(pool, burst.language, fmt),
                    fmt=fmt,
                    channel=channel,
                    plan=burst.plan,
                    themes=[theme] if theme else [],
                    day=day,
                    audience=self.rng.choice(burst.audiences),
                    language=burst.language,
                )

    def _add_unscheduled_items(self) -> None:
        for spec in UNSCHEDULED:
            self.titles.add(spec.title)
            self._item(
                title=spec.title,
                fmt=spec.format,
                channel=spec.channel,
                plan=spec.plan,
                themes=[spec.theme],
                day=None,
                audience=spec.audience,
                language=spec.language,
                status=spec.status,
            )

    def _insert_items(self) -> None:
        """Insert in date order (the backlog last), so item ids read like the calendar."""
        self.items.sort(key=lambda p: (p.item.planned_start or date.max, p.item.title))
        for pending in self.items:
            self._add(pending.item)

    # Assignments and comments

    def _desk_for(self, column: ColumnSpec | None, channel: str | None) -> str:
        """The column's desk (or its owner's), else one of the desks of the channel's outlet."""
        if column is not None and column.owner_desk:
            return column.owner_desk
        if column is not None and column.owner_person:
            return next(p.desk for p in PEOPLE if p.key == column.owner_person)
        desks = self.outlet_of_channel[channel].desks if channel else ("thoi_su",)
        return self.rng.choice(desks)

    def _person(self, desk: str, role: AssignmentRole) -> Person:
        members = [p for p in PEOPLE if p.desk == desk]
        skilled = [p for p in members if role in p.skills and not p.head] or [
            p for p in members if role in p.skills
        ]
        return self.people[self.rng.choice(skilled or members).key]

    def _head(self, desk: str) -> Person:
        return self.people[next(p.key for p in PEOPLE if p.desk == desk and p.head)]

    def _add_assignments(self) -> None:
        for pending in self.items:
            item, desk = pending.item, pending.desk
            if item.status in UNASSIGNED:
                continue
            start = item.planned_start
            for role in WORK_ROLES[item.format]:
                due = (
                    item.deadline - timedelta(days=self.rng.randint(0, 2))
                    if item.deadline
                    else None
                )
                self._assign(item, self._person(desk, role), role, due, WORK_DONE_FROM)
            edit_due = item.deadline
            self._assign(item, self._head(desk), R.EDIT, edit_due, EDIT_DONE_FROM)
            screen_due = start - timedelta(days=1) if start else None
            screener = self.people["NVM"] if desk in ("dien_tu", "xdd") else self._head(desk)
            self._assign(item, screener, R.SCREEN, screen_due, SCREEN_DONE_FROM)

    def _assign(
        self,
        item: ContentItem,
        person: Person,
        role: AssignmentRole,
        due: date | None,
        done_from: set[ContentStatus],
    ) -> None:
        """The assignment's status follows the piece's: work is done once it was submitted,
        editing once it went to screening, screening once it was approved or returned."""
        notes = None
        if item.status in done_from:
            status = AssignmentStatus.DONE
        elif item.status is S.RETURNED or (
            item.status is S.IN_PROGRESS and role not in (R.EDIT, R.SCREEN)
        ):
            status = AssignmentStatus.IN_PROGRESS
            if item.status is S.RETURNED:
                notes = "Sửa theo ý kiến thẩm định."
        elif (item.status is S.SUBMITTED and role is R.EDIT) or (
            item.status is S.IN_SCREENING and role is R.SCREEN
        ):
            status = AssignmentStatus.IN_PROGRESS
        else:
            status = AssignmentStatus.TODO
        self._add(
            Assignment(
                item_id=item.id,
                person_id=person.id,
                role=role,
                due_date=due,
                status=status,
                notes=notes,
            )
        )

    def _add_comments(self) -> None:
        published = 0
        for pending in self.items:
            item = pending.item
            bodies = COMMENTS.get(item.status)
            if not bodies or item.planned_start is None:
                continue
            if item.status is S.PUBLISHED:
                published += 1
                if published % 40:
                    continue
                posted = datetime.combine(item.planned_start + timedelta(days=1), time(16, 0))
            else:
                posted = DEMO_STAMP - timedelta(hours=self.rng.randint(2, 60))
            author = self._head(pending.desk)
            self._add(
                Comment(
                    item_id=item.id,
                    author=author.name,
                    body=self.rng.choice(bodies),
                    posted_at=posted,
                )
            )


def build_demo(db: Database) -> DemoSummary:
    """Fill an empty, migrated database with the demo in one transaction: all of it or nothing."""
    with db.transaction() as session:
        refuse_unless_empty(session)
        _DemoBuilder(session, random.Random(DEMO_SEED)).build()
        return summarize(session)
