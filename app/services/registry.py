"""Which model stores each kind of record, and how a record is named in lists and choices."""

from __future__ import annotations

from typing import Any

from app.core.records import Kind
from app.db.models import (
    Assignment,
    Channel,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    SpecialPage,
    Stage,
    Theme,
)

MODELS: dict[Kind, type[Any]] = {
    Kind.PLAN: Plan,
    Kind.STAGE: Stage,
    Kind.THEME: Theme,
    Kind.MILESTONE: Milestone,
    Kind.OUTLET: Outlet,
    Kind.CHANNEL: Channel,
    Kind.COLUMN: SpecialColumn,
    Kind.SPECIAL_PAGE: SpecialPage,
    Kind.CONTENT_ITEM: ContentItem,
    Kind.PERSON: Person,
    Kind.DESK: Desk,
    Kind.ASSIGNMENT: Assignment,
}

KIND_OF_TABLE: dict[str, Kind] = {model.__tablename__: kind for kind, model in MODELS.items()}

# A multi-reference field `theme_ids` is stored through the model's `themes` relationship.
MULTI_REF_RELATIONSHIPS = {"theme_ids": "themes"}


def model_of(kind: Kind) -> type[Any]:
    return MODELS[kind]


def label_of(kind: Kind, record: Any) -> str:
    """The short name a record is shown by wherever another record points at it."""
    if kind is Kind.PLAN:
        return f"{record.number} — {record.title}"
    if kind is Kind.ASSIGNMENT:
        return f"#{record.item_id} · {record.role.label}"
    if kind in (Kind.CONTENT_ITEM, Kind.SPECIAL_PAGE):
        return str(record.title)
    return str(record.name)
