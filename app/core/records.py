"""What each kind of record is made of, so lists, editors and services share one description."""

from __future__ import annotations

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
    choices: type[enums.LabelledEnum] | None = None
    ref: Kind | None = None
    scoped_by: str | None = None
    in_list: bool = True
    default: object = None
    minimum: int = 0
    maximum: int = 1_000_000


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


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("records", text)


T = FieldType
_TITLE = FieldSpec("title", _t("Title"), T.TEXT, required=True)
_NAME = FieldSpec("name", _t("Name"), T.TEXT, required=True)
_START = FieldSpec("start_date", _t("Start"), T.DATE, required=True)
_NOTES = FieldSpec("notes", _t("Notes"), T.LONG_TEXT, in_list=False)

KINDS: dict[Kind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            Kind.PLAN,
            _t("Plan"),
            _t("Plans"),
            (
                FieldSpec("number", _t("Number"), T.TEXT, required=True),
                _TITLE,
                FieldSpec("issuer", _t("Issuer"), T.TEXT),
                FieldSpec("issued_on", _t("Issued on"), T.DATE),
                _START,
                FieldSpec("end_date", _t("End"), T.DATE, required=True),
                FieldSpec("goals", _t("Goals"), T.LONG_TEXT, in_list=False),
            ),
            title_field="title",
            sort_field="start_date",
        ),
        KindSpec(
            Kind.STAGE,
            _t("Stage"),
            _t("Stages"),
            (
                FieldSpec("plan_id", _t("Plan"), T.REF, required=True, ref=Kind.PLAN),
                _NAME,
                FieldSpec("position", _t("Order"), T.INT, default=1, minimum=1, maximum=99),
                _START,
                FieldSpec("end_date", _t("End date"), T.DATE),
                FieldSpec("end_milestone_id", _t("Ends at milestone"), T.REF, ref=Kind.MILESTONE),
                FieldSpec(
                    "theme_ids",
                    _t("Emphasised themes"),
                    T.MULTI_REF,
                    ref=Kind.THEME,
                    scoped_by="plan_id",
                    in_list=False,
                ),
                FieldSpec("description", _t("Description"), T.LONG_TEXT, in_list=False),
            ),
            title_field="name",
            parent_field="plan_id",
            sort_field="position",
        ),
        KindSpec(
            Kind.THEME,
            _t("Theme"),
            _t("Themes"),
            (
                FieldSpec("plan_id", _t("Plan"), T.REF, required=True, ref=Kind.PLAN),
                _NAME,
                FieldSpec("color", _t("Colour"), T.COLOR, required=True, default="#1f77b4"),
                FieldSpec("description", _t("Description"), T.LONG_TEXT, in_list=False),
            ),
            title_field="name",
            parent_field="plan_id",
            sort_field="name",
        ),
        KindSpec(
            Kind.MILESTONE,
            _t("Milestone"),
            _t("Milestones"),
            (
                FieldSpec(
                    "kind",
                    _t("Kind"),
                    T.CHOICE,
                    required=True,
                    choices=enums.MilestoneKind,
                    default=enums.MilestoneKind.OTHER,
                ),
                _NAME,
                _START,
                FieldSpec("end_date", _t("End"), T.DATE, required=True),
                FieldSpec("description", _t("Description"), T.LONG_TEXT, in_list=False),
            ),
            title_field="name",
            sort_field="start_date",
        ),
        KindSpec(
            Kind.OUTLET,
            _t("Outlet"),
            _t("Outlets"),
            (
                _NAME,
                FieldSpec(
                    "kind",
                    _t("Kind"),
                    T.CHOICE,
                    required=True,
                    choices=enums.OutletKind,
                    default=enums.OutletKind.NEWSPAPER,
                ),
                FieldSpec("description", _t("Description"), T.LONG_TEXT, in_list=False),
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.CHANNEL,
            _t("Channel"),
            _t("Channels"),
            (
                FieldSpec("outlet_id", _t("Outlet"), T.REF, required=True, ref=Kind.OUTLET),
                _NAME,
                FieldSpec(
                    "kind",
                    _t("Kind"),
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
            _t("Column"),
            _t("Columns"),
            (
                _NAME,
                FieldSpec("channel_id", _t("Channel"), T.REF, required=True, ref=Kind.CHANNEL),
                FieldSpec("plan_id", _t("Plan"), T.REF, ref=Kind.PLAN),
                FieldSpec("owner_person_id", _t("Owner"), T.REF, ref=Kind.PERSON),
                FieldSpec("owner_desk_id", _t("Owning desk"), T.REF, ref=Kind.DESK),
                FieldSpec(
                    "theme_ids",
                    _t("Themes"),
                    T.MULTI_REF,
                    ref=Kind.THEME,
                    scoped_by="plan_id",
                    in_list=False,
                ),
                FieldSpec(
                    "cadence",
                    _t("Cadence (RRULE)"),
                    T.TEXT,
                    required=True,
                    default="FREQ=WEEKLY;BYDAY=MO",
                ),
                _START,
                FieldSpec("end_date", _t("End date"), T.DATE),
                FieldSpec("end_milestone_id", _t("Ends at milestone"), T.REF, ref=Kind.MILESTONE),
                FieldSpec("description", _t("Description"), T.LONG_TEXT, in_list=False),
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.SPECIAL_PAGE,
            _t("Special page"),
            _t("Special pages"),
            (
                _TITLE,
                FieldSpec(
                    "milestone_id", _t("Milestone"), T.REF, required=True, ref=Kind.MILESTONE
                ),
                FieldSpec(
                    "offset_days",
                    _t("Days from milestone"),
                    T.INT,
                    default=0,
                    minimum=-365,
                    maximum=365,
                ),
                FieldSpec("channel_id", _t("Channel"), T.REF, ref=Kind.CHANNEL),
                FieldSpec("plan_id", _t("Plan"), T.REF, ref=Kind.PLAN),
                FieldSpec("sections", _t("Sections"), T.LONG_TEXT, in_list=False),
            ),
            title_field="title",
            sort_field="title",
        ),
        KindSpec(
            Kind.CONTENT_ITEM,
            _t("Content item"),
            _t("Content items"),
            (
                _TITLE,
                FieldSpec(
                    "format",
                    _t("Format"),
                    T.CHOICE,
                    required=True,
                    choices=enums.ContentFormat,
                    default=enums.ContentFormat.ARTICLE,
                ),
                FieldSpec(
                    "status",
                    _t("Status"),
                    T.CHOICE,
                    required=True,
                    choices=enums.ContentStatus,
                    default=enums.ContentStatus.IDEA,
                ),
                FieldSpec("plan_id", _t("Plan"), T.REF, ref=Kind.PLAN),
                FieldSpec("channel_id", _t("Channel"), T.REF, ref=Kind.CHANNEL),
                FieldSpec("column_id", _t("Column"), T.REF, ref=Kind.COLUMN),
                FieldSpec("special_page_id", _t("Special page"), T.REF, ref=Kind.SPECIAL_PAGE),
                FieldSpec("planned_start", _t("Planned start"), T.DATE),
                FieldSpec("planned_end", _t("Planned end"), T.DATE, in_list=False),
                FieldSpec("publish_time", _t("Time"), T.TIME, in_list=False),
                FieldSpec("deadline", _t("Deadline"), T.DATE),
                FieldSpec(
                    "audience",
                    _t("Audience"),
                    T.CHOICE,
                    required=True,
                    choices=enums.Audience,
                    default=enums.Audience.PUBLIC,
                    in_list=False,
                ),
                FieldSpec(
                    "language",
                    _t("Language"),
                    T.CHOICE,
                    required=True,
                    choices=enums.Language,
                    default=enums.Language.VI,
                    in_list=False,
                ),
                FieldSpec(
                    "theme_ids",
                    _t("Themes"),
                    T.MULTI_REF,
                    ref=Kind.THEME,
                    scoped_by="plan_id",
                    in_list=False,
                ),
                FieldSpec("summary", _t("Summary"), T.LONG_TEXT, in_list=False),
                _NOTES,
            ),
            title_field="title",
            sort_field="planned_start",
        ),
        KindSpec(
            Kind.PERSON,
            _t("Person"),
            _t("People"),
            (
                _NAME,
                FieldSpec("initials", _t("Initials"), T.TEXT),
                FieldSpec("email", _t("E-mail"), T.TEXT),
                FieldSpec("desk_id", _t("Desk"), T.REF, ref=Kind.DESK),
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.DESK,
            _t("Desk"),
            _t("Desks"),
            (
                _NAME,
                FieldSpec("outlet_id", _t("Outlet"), T.REF, ref=Kind.OUTLET),
            ),
            title_field="name",
            sort_field="name",
        ),
        KindSpec(
            Kind.ASSIGNMENT,
            _t("Assignment"),
            _t("Assignments"),
            (
                FieldSpec(
                    "item_id", _t("Content item"), T.REF, required=True, ref=Kind.CONTENT_ITEM
                ),
                FieldSpec("person_id", _t("Person"), T.REF, required=True, ref=Kind.PERSON),
                FieldSpec(
                    "role",
                    _t("Role"),
                    T.CHOICE,
                    required=True,
                    choices=enums.AssignmentRole,
                    default=enums.AssignmentRole.WRITE,
                ),
                FieldSpec("due_date", _t("Due"), T.DATE),
                FieldSpec(
                    "status",
                    _t("Status"),
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
