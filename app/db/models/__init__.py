"""Every table of the schema; importing this module registers them all on `Base.metadata`."""

from app.db.base import Base
from app.db.models.audit import AuditEntry
from app.db.models.content import Assignment, Comment, ContentItem, item_theme
from app.db.models.counts import NO_PLAN, NO_THEME, theme_day_count
from app.db.models.media import Channel, Outlet, SpecialColumn, SpecialPage, column_theme
from app.db.models.people import Desk, Person
from app.db.models.planning import Milestone, Plan, Stage, StageTheme, Theme
from app.db.models.settings import AppSetting
from app.db.models.slots import ColumnException

__all__ = [
    "NO_PLAN",
    "NO_THEME",
    "AppSetting",
    "Assignment",
    "AuditEntry",
    "Base",
    "Channel",
    "ColumnException",
    "Comment",
    "ContentItem",
    "Desk",
    "Milestone",
    "Outlet",
    "Person",
    "Plan",
    "SpecialColumn",
    "SpecialPage",
    "Stage",
    "StageTheme",
    "Theme",
    "column_theme",
    "item_theme",
    "theme_day_count",
]
