"""Benchmark databases: the demo plus deterministic generated items, bulk-inserted.

Shared by the benchmarks: `build_items` opens a new SQLite file, builds the demo in it and adds
generated items (with themes of their plan and assignments), so two databases built with the
same arguments but a different total differ only in how many items they hold.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from app.core.enums import (
    AssignmentRole,
    AssignmentStatus,
    Audience,
    ChannelKind,
    ContentStatus,
    Language,
)
from app.db.models import Assignment, Channel, ContentItem, Person, Plan, Theme, item_theme
from app.services.database import Database
from app.services.demo import DEMO_STAMP, build_demo
from app.services.demo.titles import GROUPS, HY_PLACES, PLACES, POOLS, SECTORS
from app.services.demo.workflow import FORMATS_BY_CHANNEL, TIMES_BY_CHANNEL, UNASSIGNED

CHUNK = 5_000
DEFAULT_TIMES = (time(6, 0), time(9, 0), time(14, 0), time(19, 30))
SUMMARIES = (
    "Tuyên truyền kết quả thực hiện Nghị quyết tại cơ sở, kèm số liệu và ý kiến người dân.",
    "Phỏng vấn lãnh đạo địa phương về nhiệm vụ trọng tâm của năm.",
    "Chùm ảnh và video ngắn về các công trình chào mừng Đại hội.",
    "Bài phân tích, phản bác các luận điệu sai trái trên mạng xã hội.",
)


@dataclass(frozen=True)
class Refs:
    """The demo's records the generated items point at."""

    plan_themes: dict[int, list[int]]
    channels: list[tuple[int, ChannelKind]]
    people: list[int]


@dataclass(frozen=True)
class Stretch:
    """`count` generated items starting between `first` and `last`."""

    count: int
    first: date
    last: date


def read_refs(db: Database) -> Refs:
    with db.transaction() as session:
        plan_themes: dict[int, list[int]] = {
            plan_id: [] for plan_id in session.scalars(select(Plan.id).order_by(Plan.id))
        }
        for theme_id, plan_id in session.execute(
            select(Theme.id, Theme.plan_id).order_by(Theme.id)
        ):
            plan_themes[plan_id].append(theme_id)
        channels = [
            (channel_id, kind)
            for channel_id, kind in session.execute(
                select(Channel.id, Channel.kind).order_by(Channel.id)
            )
        ]
        people = list(session.scalars(select(Person.id).order_by(Person.id)))
    return Refs(plan_themes, channels, people)


def _title(rng: random.Random) -> str:
    templates = rng.choice(list(POOLS.values()))[1]
    text = rng.choice(templates).format(
        place=rng.choice(PLACES),
        hy_place=rng.choice(HY_PLACES),
        sector=rng.choice(SECTORS),
        group=rng.choice(GROUPS),
        en_sector="the economy",
    )
    return text[0].upper() + text[1:]


def _span_end(rng: random.Random, start: date, last: date) -> date | None:
    """Most items are one-day pieces; some run a few days or weeks; a rare few for months."""
    roll = rng.random()
    if roll < 0.005:
        end = start + timedelta(days=rng.randint(63, 120))
    elif roll < 0.10:
        end = start + timedelta(days=rng.randint(1, 20))
    else:
        return None
    end = min(end, last)
    return end if end > start else None


class Generator:
    """Rows for items, their themes and assignments, with ids given here so links are cheap."""

    def __init__(self, refs: Refs, seed: int, next_id: int) -> None:
        self.refs = refs
        self.rng = random.Random(seed)
        self.next_id = next_id
        self.items: list[dict[str, Any]] = []
        self.themes: list[dict[str, Any]] = []
        self.assignments: list[dict[str, Any]] = []

    def add(self, count: int, first: date, last: date) -> None:
        rng = self.rng
        days = (last - first).days
        plans = list(self.refs.plan_themes)
        for _ in range(count):
            item_id = self.next_id
            self.next_id += 1
            start = first + timedelta(days=rng.randint(0, days))
            channel_id, kind = rng.choice(self.refs.channels)
            status = rng.choice(list(ContentStatus))
            plan_id = rng.choice(plans)
            timed = rng.random() < 1 / 3
            self.items.append(
                {
                    "id": item_id,
                    "version": 1,
                    "created_at": DEMO_STAMP,
                    "updated_at": DEMO_STAMP,
                    "title": _title(rng),
                    "summary": rng.choice(SUMMARIES) if rng.random() < 0.5 else None,
                    "format": rng.choice(FORMATS_BY_CHANNEL[kind]),
                    "status": status,
                    "plan_id": plan_id,
                    "channel_id": channel_id,
                    "column_id": None,
                    "special_page_id": None,
                    "audience": rng.choice(list(Audience)),
                    "language": Language.EN if rng.random() < 0.1 else Language.VI,
                    "planned_start": start,
                    "planned_end": _span_end(rng, start, last),
                    "publish_time": (
                        rng.choice(TIMES_BY_CHANNEL.get(kind) or DEFAULT_TIMES) if timed else None
                    ),
                    "deadline": (
                        start - timedelta(days=rng.randint(1, 3))
                        if status not in (ContentStatus.IDEA, ContentStatus.CANCELLED)
                        else None
                    ),
                    "notes": "Phối hợp với phóng viên thường trú." if rng.random() < 0.1 else None,
                }
            )
            plan_themes = self.refs.plan_themes[plan_id]
            picked = rng.sample(plan_themes, min(rng.choice((0, 1, 1, 2)), len(plan_themes)))
            self.themes.extend({"item_id": item_id, "theme_id": t} for t in sorted(picked))
            if status not in UNASSIGNED and rng.random() < 0.6:
                for _ in range(rng.randint(1, 3)):
                    self.assignments.append(
                        {
                            "version": 1,
                            "created_at": DEMO_STAMP,
                            "updated_at": DEMO_STAMP,
                            "item_id": item_id,
                            "person_id": rng.choice(self.refs.people),
                            "role": rng.choice(list(AssignmentRole)),
                            "due_date": start - timedelta(days=rng.randint(0, 3)),
                            "status": rng.choice(list(AssignmentStatus)),
                            "notes": None,
                        }
                    )


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for offset in range(0, len(rows), CHUNK):
        yield rows[offset : offset + CHUNK]


def build_items(
    path: Path, total: int, seed: int, first: date, last: date, fixed: Stretch | None = None
) -> Database:
    """A database at `path`: the demo, `fixed` (the same items whatever the total, drawn with
    `seed`) and items starting between `first` and `last` (drawn with `seed + 1`) up to
    `total` items in all. The caller closes it."""
    db = Database.open(path, actor="bench")
    build_demo(db)
    refs = read_refs(db)
    with db.transaction() as session:
        demo_items = session.scalar(select(func.count()).select_from(ContentItem)) or 0
        last_id = session.scalar(select(func.max(ContentItem.id))) or 0
    generator = Generator(refs, seed, last_id + 1)
    fixed_items = 0
    if fixed is not None:
        generator.add(fixed.count, fixed.first, fixed.last)
        fixed_items = fixed.count
    generated = total - demo_items - fixed_items
    assert generated > 0, f"{total} items leave no room beside the demo and the fixed items"
    generator.rng = random.Random(seed + 1)
    generator.add(generated, first, last)
    with db.transaction() as session:
        for rows in _chunks(generator.items):
            session.execute(insert(ContentItem), rows)
        for rows in _chunks(generator.themes):
            session.execute(insert(item_theme), rows)
        for rows in _chunks(generator.assignments):
            session.execute(insert(Assignment), rows)
    with db.transaction() as session:
        count = session.scalar(select(func.count()).select_from(ContentItem))
    assert count == total, (count, total)
    return db
