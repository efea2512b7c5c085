"""The shapes of the demo's declarative data: one frozen dataclass per kind of spec."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.enums import (
    AssignmentRole,
    Audience,
    ChannelKind,
    ContentFormat,
    ContentStatus,
    Language,
    MilestoneKind,
    OutletKind,
)

A = Audience


@dataclass(frozen=True)
class MilestoneSpec:
    key: str
    kind: MilestoneKind
    name: str
    start: date
    end: date | None = None
    description: str = ""


@dataclass(frozen=True)
class ThemeSpec:
    key: str
    name: str
    color: str
    description: str = ""


@dataclass(frozen=True)
class StageSpec:
    name: str
    start: date
    end: date | None
    emphasis: tuple[tuple[str, int], ...]
    end_milestone: str | None = None
    description: str = ""


@dataclass(frozen=True)
class PlanSpec:
    key: str
    number: str
    title: str
    issuer: str
    issued_on: date
    start: date
    end: date
    goals: str
    themes: tuple[ThemeSpec, ...]
    stages: tuple[StageSpec, ...]


@dataclass(frozen=True)
class OutletSpec:
    key: str
    name: str
    kind: OutletKind
    description: str
    channels: tuple[tuple[str, str, ChannelKind], ...]
    desks: tuple[str, ...]


@dataclass(frozen=True)
class PersonSpec:
    key: str
    name: str
    email: str
    desk: str
    skills: tuple[AssignmentRole, ...]
    head: bool = False
    capacity: int = 5


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    name: str
    channel: str
    plan: str
    cadence: str
    start: date
    end: date | None
    themes: tuple[str, ...]
    pools: tuple[str, ...]
    formats: tuple[ContentFormat, ...]
    filled: int
    owner_person: str | None = None
    owner_desk: str | None = None
    end_milestone: str | None = None
    audience: Audience = A.PUBLIC
    language: Language = Language.VI
    description: str = ""


@dataclass(frozen=True)
class PageItem:
    title: str
    format: ContentFormat
    channel: str
    language: Language = Language.VI
    audience: Audience = A.PUBLIC
    days: int = 1


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    milestone: str
    offset: int
    channel: str
    plan: str
    themes: tuple[str, ...]
    sections: str
    items: tuple[PageItem, ...]


@dataclass(frozen=True)
class Burst:
    """Items of one plan scattered over a window, titled from the given pools."""

    plan: str | None
    first: date
    last: date
    count: int
    channels: tuple[str, ...]
    pools: tuple[str, ...]
    audiences: tuple[Audience, ...] = (A.PUBLIC,)
    language: Language = Language.VI


@dataclass(frozen=True)
class Unscheduled:
    title: str
    format: ContentFormat
    channel: str | None
    plan: str
    theme: str
    status: ContentStatus
    language: Language = Language.VI
    audience: Audience = A.PUBLIC
