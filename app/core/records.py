"""What each kind of record is made of, so lists, editors and services share one description."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from enum import Enum, auto

from app.core import enums
from app.core.i18n import QT_TRANSLATE_NOOP


class FieldType(Enum):
    TEXT = auto()
    LONG_TEXT = auto()
    INT = auto()
    DATE = auto()
    TIME = auto()
    CHOICE = auto()
    REF = auto()
    MULTI_REF = auto()
    COLOR = auto()
    # An RRULE kept as text, edited with friendly controls and a plain-language preview.
    CADENCE = auto()


class Kind(Enum):
    PLAN = "plan"
    STAGE = "stage"
    THEME = "theme"
    MILESTONE = "milestone"
    OUTLET = "outlet"
    CHANNEL = "channel"
    COLUMN = "column"
    SPECIAL_PAGE = "special_page"
    CONTENT_ITEM = "content_item"
    PERSON = "person"
    DESK = "desk"
    ASSIGNMENT = "assignment"


@dataclass(frozen=True)
class FieldSpec:
    """One editable field: its attribute name, label, type and what it may hold."""

    name: str
    label: str
    type: FieldType
    required: bool = False
    choices: builtins.type[enums.LabelledEnum] | None = None
    ref: Kind | None = None
    scoped_by: str | None = None
    in_list: bool = True
    default: object = None
    minimum: int = 0
    maximum: int = 1_000_000
    # A field a workflow owns: only these choices when creating, read-only when editing.
    first_choices: tuple[str, ...] | None = None
    # Other fields of the same record the editor reads (a cadence's preview needs the start).
    depends_on: tuple[str, ...] = ()
    # For a number of days counted from the first day of the record this reference field names.
    offset_of: str | None = None


@dataclass(frozen=True)
class KindSpec:
    """A kind of record: its names, fields, and the field that names one record."""

    kind: Kind
    label: str
    plural: str
    fields: tuple[FieldSpec, ...]
    title_field: str
    parent_field: str | None = None
    sort_field: str = "id"
    extra_columns: tuple[str, ...] = field(default=())

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def list_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.in_list)


T = FieldType
_TITLE = FieldSpec("title", QT_TRANSLATE_NOOP("records", "Title"), T.TEXT, required=True)
_NAME = FieldSpec("name", QT_TRANSLATE_NOOP("records", "Name"), T.TEXT, required=True)
_START = FieldSpec("start_date", QT_TRANSLATE_NOOP("records", "Start"), T.DATE, required=True)
_NOTES = FieldSpec("notes", QT_TRANSLATE_NOOP("records", "Notes"), T.LONG_TEXT, in_list=False)
_CHANNEL = FieldSpec("channel_id", QT_TRANSLATE_NOOP("records", "Channel"), T.REF, ref=Kind.CHANNEL)
_END_MILESTONE = FieldSpec(
    "end_milestone_id",
    QT_TRANSLATE_NOOP("records", "Ends at milestone"),
    T.REF,
    ref=Kind.MILESTONE,
)
_THEMES = FieldSpec(
    "theme_ids",
    QT_TRANSLATE_NOOP("records", "Themes"),
    T.MULTI_REF,
    ref=Kind.THEME,
    scoped_by="plan_id",
    in_list=False,
)
_DESCRIPTION = FieldSpec(
    "description", QT_TRANSLATE_NOOP("records", "Description"), T.LONG_TEXT, in_list=False
)
_PLAN = FieldSpec(
    "plan_id", QT_TRANSLATE_NOOP("records", "Plan"), T.REF, required=True, ref=Kind.PLAN
)

KINDS: dict[Kind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            Kind.PLAN,
            QT_TRANSLATE_NOOP("records", "Plan"),
            QT_TRANSLATE_NOOP("records", "Plans"),
            (
                FieldSpec("number", QT_TRANSLATE_NOOP("records", "Number"), T.TEXT, required=True),
                _TITLE,
                FieldSpec("issuer", QT_TRANSLATE_NOOP("records", "Issuer"), T.TEXT),
                FieldSpec("issued_on", QT_TRANSLATE_NOOP("records", "Issued on"), T.DATE),
                _START,
                FieldSpec("end_date", QT_TRANSLATE_NOOP("records", "End"), T.DATE, required=True),
                FieldSpec(
                    "goals", QT_TRANSLATE_NOOP("records", "Goals"), T.LONG_TEXT, in_list=False
                ),
            ),
            title_field="title",
            sort_field="start_date",
        ),
        KindSpec(
            Kind.STAGE,
            QT_TRANSLATE_NOOP("records", "Stage"),
            QT_TRANSLATE_NOOP("records", "Stages"),
            (
                _PLAN,
                _NAME,
                FieldSpec(
                    "position",
                    QT_TRANSLATE_NOOP("records", "Order"),
                    T.INT,
                    required=True,
                    default=1,
                    minimum=1,
                    maximum=99,
                ),
                _START,
                FieldSpec("end_date", QT_TRANSLATE_NOOP("records", "End date"), T.DATE),
                _END_MILESTONE,
                FieldSpec(
                    "theme_ids",
                    QT_TRANSLATE_NOOP("records", "Emphasised themes"),
                    T.MULTI_REF,
                    ref=Kind.THEME,
                    scoped_by="plan_id",
                    in_list=False,
                ),
                _DESCRIPTION,
            ),
            title_field="name",
            parent_field="plan_id",
            sort_field="position",
        ),
        KindSpec(
            Kind.THEME,
            QT_TRANSLATE_NOOP("records", "Theme"),
            QT_TRANSLATE_NOOP("records", "Themes"),
            (
                _PLAN,
                _NAME,
                FieldSpec(
                    "color",
                    QT_TRANSLATE_NOOP("records", "Colour"),
                    T.COLOR,
                    required=True,
                    default="#1f77b4",
                ),
                _DESCRIPTION,
            ),
            title_field="name",
            parent_field="plan_id",
            sort_field="name",
        ),
        KindSpec(
            Kind.MILESTONE,
            QT_TRANSLATE_NOOP("records", "Milestone"),
            QT_TRANSLATE_NOOP("records", "Milestones"),
            (
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("records", "Kind"),
                    T.CHOICE,
                    required=True,
                    choices=enums.MilestoneKind,
                    default=enums.MilestoneKind.OTHER,
                ),
                _NAME,
                _START,
                FieldSpec("end_date", QT_TRANSLATE_NOOP("records", "End"), T.DATE, required=True),
                _DESCRIPTION,
            ),
            title_field="name",
            sort_field="start_date",
        ),
        KindSpec(
            Kind.OUTLET,
            QT_TRANSLATE_NOOP("records", "Outlet"),
            QT_TRANSLATE_NOOP("records", "Outlets"),
            (
                _NAME,
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("records", "Kind"),
                    T.CHOICE,
                    required=True,
                    choices=enums.OutletKind,
                    default=enums.OutletKind.NEWSPAPER,
                ),
                _DESCRIPTION,
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.CHANNEL,
            QT_TRANSLATE_NOOP("records", "Channel"),
            QT_TRANSLATE_NOOP("records", "Channels"),
            (
                FieldSpec(
                    "outlet_id",
                    QT_TRANSLATE_NOOP("records", "Outlet"),
                    T.REF,
                    required=True,
                    ref=Kind.OUTLET,
                ),
                _NAME,
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("records", "Kind"),
                    T.CHOICE,
                    required=True,
                    choices=enums.ChannelKind,
                    default=enums.ChannelKind.WEB,
                ),
            ),
            title_field="name",
            parent_field="outlet_id",
            sort_field="name",
        ),
        KindSpec(
            Kind.COLUMN,
            QT_TRANSLATE_NOOP("records", "Column"),
            QT_TRANSLATE_NOOP("records", "Columns"),
            (
                _NAME,
                FieldSpec(
                    "channel_id",
                    QT_TRANSLATE_NOOP("records", "Channel"),
                    T.REF,
                    required=True,
                    ref=Kind.CHANNEL,
                ),
                FieldSpec("plan_id", QT_TRANSLATE_NOOP("records", "Plan"), T.REF, ref=Kind.PLAN),
                FieldSpec(
                    "owner_person_id", QT_TRANSLATE_NOOP("records", "Owner"), T.REF, ref=Kind.PERSON
                ),
                FieldSpec(
                    "owner_desk_id",
                    QT_TRANSLATE_NOOP("records", "Owning desk"),
                    T.REF,
                    ref=Kind.DESK,
                ),
                _THEMES,
                FieldSpec(
                    "cadence",
                    QT_TRANSLATE_NOOP("records", "Cadence"),
                    T.CADENCE,
                    required=True,
                    default="FREQ=WEEKLY;BYDAY=MO",
                    depends_on=("start_date", "end_date", "end_milestone_id"),
                ),
                _START,
                FieldSpec("end_date", QT_TRANSLATE_NOOP("records", "End date"), T.DATE),
                _END_MILESTONE,
                _DESCRIPTION,
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.SPECIAL_PAGE,
            QT_TRANSLATE_NOOP("records", "Special page"),
            QT_TRANSLATE_NOOP("records", "Special pages"),
            (
                _TITLE,
                FieldSpec(
                    "milestone_id",
                    QT_TRANSLATE_NOOP("records", "Milestone"),
                    T.REF,
                    required=True,
                    ref=Kind.MILESTONE,
                ),
                FieldSpec(
                    "offset_days",
                    QT_TRANSLATE_NOOP("records", "Days from milestone"),
                    T.INT,
                    required=True,
                    default=0,
                    minimum=-365,
                    maximum=365,
                    # Shown in words with the page's day ("3 days before the milestone").
                    depends_on=("milestone_id",),
                    offset_of="milestone_id",
                ),
                _CHANNEL,
                FieldSpec("plan_id", QT_TRANSLATE_NOOP("records", "Plan"), T.REF, ref=Kind.PLAN),
                FieldSpec(
                    "sections", QT_TRANSLATE_NOOP("records", "Sections"), T.LONG_TEXT, in_list=False
                ),
            ),
            title_field="title",
            sort_field="title",
        ),
        KindSpec(
            Kind.CONTENT_ITEM,
            QT_TRANSLATE_NOOP("records", "Content item"),
            QT_TRANSLATE_NOOP("records", "Content items"),
            (
                _TITLE,
                FieldSpec(
                    "format",
                    QT_TRANSLATE_NOOP("records", "Format"),
                    T.CHOICE,
                    required=True,
                    choices=enums.ContentFormat,
                    default=enums.ContentFormat.ARTICLE,
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("records", "Status"),
                    T.CHOICE,
                    required=True,
                    choices=enums.ContentStatus,
                    default=enums.ContentStatus.IDEA,
                    first_choices=("idea", "planned"),
                ),
                FieldSpec("plan_id", QT_TRANSLATE_NOOP("records", "Plan"), T.REF, ref=Kind.PLAN),
                _CHANNEL,
                FieldSpec(
                    "column_id", QT_TRANSLATE_NOOP("records", "Column"), T.REF, ref=Kind.COLUMN
                ),
                FieldSpec(
                    "special_page_id",
                    QT_TRANSLATE_NOOP("records", "Special page"),
                    T.REF,
                    ref=Kind.SPECIAL_PAGE,
                ),
                FieldSpec(
                    "planned_start",
                    QT_TRANSLATE_NOOP("records", "Planned start"),
                    T.DATE,
                    depends_on=("special_page_id",),  # suggests the special page's day
                ),
                FieldSpec(
                    "planned_end",
                    QT_TRANSLATE_NOOP("records", "Planned end"),
                    T.DATE,
                    in_list=False,
                ),
                FieldSpec(
                    "publish_time", QT_TRANSLATE_NOOP("records", "Time"), T.TIME, in_list=False
                ),
                FieldSpec("deadline", QT_TRANSLATE_NOOP("records", "Deadline"), T.DATE),
                FieldSpec(
                    "audience",
                    QT_TRANSLATE_NOOP("records", "Audience"),
                    T.CHOICE,
                    required=True,
                    choices=enums.Audience,
                    default=enums.Audience.PUBLIC,
                    in_list=False,
                ),
                FieldSpec(
                    "language",
                    QT_TRANSLATE_NOOP("records", "Language"),
                    T.CHOICE,
                    required=True,
                    choices=enums.Language,
                    default=enums.Language.VI,
                    in_list=False,
                ),
                _THEMES,
                FieldSpec(
                    "summary", QT_TRANSLATE_NOOP("records", "Summary"), T.LONG_TEXT, in_list=False
                ),
                _NOTES,
            ),
            title_field="title",
            sort_field="planned_start",
        ),
        KindSpec(
            Kind.PERSON,
            QT_TRANSLATE_NOOP("records", "Person"),
            QT_TRANSLATE_NOOP("records", "People"),
            (
                _NAME,
                FieldSpec("initials", QT_TRANSLATE_NOOP("records", "Initials"), T.TEXT),
                FieldSpec("email", QT_TRANSLATE_NOOP("records", "E-mail"), T.TEXT),
                FieldSpec("desk_id", QT_TRANSLATE_NOOP("records", "Desk"), T.REF, ref=Kind.DESK),
                FieldSpec(
                    "weekly_capacity",
                    QT_TRANSLATE_NOOP("records", "Weekly capacity"),
                    T.INT,
                    required=True,
                    default=5,
                    minimum=0,
                    maximum=100,
                ),
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.DESK,
            QT_TRANSLATE_NOOP("records", "Desk"),
            QT_TRANSLATE_NOOP("records", "Desks"),
            (
                _NAME,
                FieldSpec(
                    "outlet_id", QT_TRANSLATE_NOOP("records", "Outlet"), T.REF, ref=Kind.OUTLET
                ),
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.ASSIGNMENT,
            QT_TRANSLATE_NOOP("records", "Assignment"),
            QT_TRANSLATE_NOOP("records", "Assignments"),
            (
                FieldSpec(
                    "item_id",
                    QT_TRANSLATE_NOOP("records", "Content item"),
                    T.REF,
                    required=True,
                    ref=Kind.CONTENT_ITEM,
                ),
                FieldSpec(
                    "person_id",
                    QT_TRANSLATE_NOOP("records", "Person"),
                    T.REF,
                    required=True,
                    ref=Kind.PERSON,
                ),
                FieldSpec(
                    "role",
                    QT_TRANSLATE_NOOP("records", "Role"),
                    T.CHOICE,
                    required=True,
                    choices=enums.AssignmentRole,
                    default=enums.AssignmentRole.WRITE,
                ),
                FieldSpec(
                    "due_date",
                    QT_TRANSLATE_NOOP("records", "Due"),
                    T.DATE,
                    depends_on=("item_id",),  # suggests the default before publication
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("records", "Status"),
                    T.CHOICE,
                    required=True,
                    choices=enums.AssignmentStatus,
                    default=enums.AssignmentStatus.TODO,
                ),
                _NOTES,
            ),
            title_field="item_id",
            sort_field="due_date",
        ),
    )
}


def spec_of(kind: Kind) -> KindSpec:
    return KINDS[kind]
