"""The closed vocabularies of the domain, stored in the database as their string values."""

from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members carry an English label marked for translation."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def translation_context(cls) -> str:
        return "enums"


class ContentStatus(LabelledEnum):
    IDEA = "idea"
    PLANNED = "planned"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    IN_SCREENING = "in_screening"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    RETURNED = "returned"
    CANCELLED = "cancelled"


class ContentFormat(LabelledEnum):
    ARTICLE = "article"
    COMMENTARY = "commentary"
    INTERVIEW = "interview"
    REPORTAGE = "reportage"
    VIDEO = "video"
    TV_PROGRAMME = "tv_programme"
    RADIO_PROGRAMME = "radio_programme"
    DOCUMENTARY = "documentary"
    INFOGRAPHIC = "infographic"
    PHOTO_STORY = "photo_story"
    SOCIAL_POST = "social_post"
    FORUM = "forum"
    EXHIBITION = "exhibition"


class MilestoneKind(LabelledEnum):
    CONGRESS = "congress"
    ELECTION = "election"
    HOLIDAY = "holiday"
    ANNIVERSARY = "anniversary"
    CONFERENCE = "conference"
    OTHER = "other"


class ChannelKind(LabelledEnum):
    PRINT = "print"
    WEB = "web"
    TV = "tv"
    RADIO = "radio"
    FACEBOOK = "facebook"
    YOUTUBE = "youtube"
    ZALO = "zalo"
    EXHIBITION = "exhibition"
    ORAL = "oral"


class OutletKind(LabelledEnum):
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    PORTAL = "portal"
    AGENCY = "agency"
    DEPARTMENT = "department"


class Audience(LabelledEnum):
    OFFICIALS = "officials"
    PUBLIC = "public"
    OVERSEAS = "overseas"
    INTERNATIONAL = "international"
    YOUTH = "youth"


class Language(LabelledEnum):
    VI = "vi"
    EN = "en"


class AssignmentRole(LabelledEnum):
    WRITE = "write"
    EDIT = "edit"
    PHOTOGRAPH = "photograph"
    FILM = "film"
    DESIGN = "design"
    SCREEN = "screen"


class AssignmentStatus(LabelledEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"


_LABELS: dict[LabelledEnum, str] = {
    ContentStatus.IDEA: QT_TRANSLATE_NOOP("enums", "Idea"),
    ContentStatus.PLANNED: QT_TRANSLATE_NOOP("enums", "Planned"),
    ContentStatus.ASSIGNED: QT_TRANSLATE_NOOP("enums", "Assigned"),
    ContentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("enums", "In progress"),
    ContentStatus.SUBMITTED: QT_TRANSLATE_NOOP("enums", "Submitted"),
    ContentStatus.IN_SCREENING: QT_TRANSLATE_NOOP("enums", "In screening"),
    ContentStatus.APPROVED: QT_TRANSLATE_NOOP("enums", "Approved"),
    ContentStatus.SCHEDULED: QT_TRANSLATE_NOOP("enums", "Scheduled"),
    ContentStatus.PUBLISHED: QT_TRANSLATE_NOOP("enums", "Published"),
    ContentStatus.RETURNED: QT_TRANSLATE_NOOP("enums", "Returned"),
    ContentStatus.CANCELLED: QT_TRANSLATE_NOOP("enums", "Cancelled"),
    ContentFormat.ARTICLE: QT_TRANSLATE_NOOP("enums", "Article"),
    ContentFormat.COMMENTARY: QT_TRANSLATE_NOOP("enums", "Commentary"),
    ContentFormat.INTERVIEW: QT_TRANSLATE_NOOP("enums", "Interview"),
    ContentFormat.REPORTAGE: QT_TRANSLATE_NOOP("enums", "Reportage"),
    ContentFormat.VIDEO: QT_TRANSLATE_NOOP("enums", "Video"),
    ContentFormat.TV_PROGRAMME: QT_TRANSLATE_NOOP("enums", "TV programme"),
    ContentFormat.RADIO_PROGRAMME: QT_TRANSLATE_NOOP("enums", "Radio programme"),
    ContentFormat.DOCUMENTARY: QT_TRANSLATE_NOOP("enums", "Documentary"),
    ContentFormat.INFOGRAPHIC: QT_TRANSLATE_NOOP("enums", "Infographic"),
    ContentFormat.PHOTO_STORY: QT_TRANSLATE_NOOP("enums", "Photo story"),
    ContentFormat.SOCIAL_POST: QT_TRANSLATE_NOOP("enums", "Social post"),
    ContentFormat.FORUM: QT_TRANSLATE_NOOP("enums", "Forum"),
    ContentFormat.EXHIBITION: QT_TRANSLATE_NOOP("enums", "Exhibition"),
    MilestoneKind.CONGRESS: QT_TRANSLATE_NOOP("enums", "Congress"),
    MilestoneKind.ELECTION: QT_TRANSLATE_NOOP("enums", "Election"),
    MilestoneKind.HOLIDAY: QT_TRANSLATE_NOOP("enums", "Holiday"),
    MilestoneKind.ANNIVERSARY: QT_TRANSLATE_NOOP("enums", "Anniversary"),
    MilestoneKind.CONFERENCE: QT_TRANSLATE_NOOP("enums", "Conference"),
    MilestoneKind.OTHER: QT_TRANSLATE_NOOP("enums", "Other"),
    ChannelKind.PRINT: QT_TRANSLATE_NOOP("enums", "Print"),
    ChannelKind.WEB: QT_TRANSLATE_NOOP("enums", "Web"),
    ChannelKind.TV: QT_TRANSLATE_NOOP("enums", "Television"),
    ChannelKind.RADIO: QT_TRANSLATE_NOOP("enums", "Radio"),
    ChannelKind.FACEBOOK: QT_TRANSLATE_NOOP("enums", "Facebook"),
    ChannelKind.YOUTUBE: QT_TRANSLATE_NOOP("enums", "YouTube"),
    ChannelKind.ZALO: QT_TRANSLATE_NOOP("enums", "Zalo"),
    ChannelKind.EXHIBITION: QT_TRANSLATE_NOOP("enums", "Exhibition"),
    ChannelKind.ORAL: QT_TRANSLATE_NOOP("enums", "Oral propaganda"),
    OutletKind.NEWSPAPER: QT_TRANSLATE_NOOP("enums", "Newspaper"),
    OutletKind.BROADCASTER: QT_TRANSLATE_NOOP("enums", "Broadcaster"),
    OutletKind.PORTAL: QT_TRANSLATE_NOOP("enums", "Portal"),
    OutletKind.AGENCY: QT_TRANSLATE_NOOP("enums", "Agency"),
    OutletKind.DEPARTMENT: QT_TRANSLATE_NOOP("enums", "Department"),
    Audience.OFFICIALS: QT_TRANSLATE_NOOP("enums", "Officials and Party members"),
    Audience.PUBLIC: QT_TRANSLATE_NOOP("enums", "All strata of the people"),
    Audience.OVERSEAS: QT_TRANSLATE_NOOP("enums", "Overseas Vietnamese"),
    Audience.INTERNATIONAL: QT_TRANSLATE_NOOP("enums", "International friends"),
    Audience.YOUTH: QT_TRANSLATE_NOOP("enums", "Young people"),
    Language.VI: QT_TRANSLATE_NOOP("enums", "Vietnamese"),
    Language.EN: QT_TRANSLATE_NOOP("enums", "English"),
    AssignmentRole.WRITE: QT_TRANSLATE_NOOP("enums", "Write"),
    AssignmentRole.EDIT: QT_TRANSLATE_NOOP("enums", "Edit"),
    AssignmentRole.PHOTOGRAPH: QT_TRANSLATE_NOOP("enums", "Photograph"),
    AssignmentRole.FILM: QT_TRANSLATE_NOOP("enums", "Film"),
    AssignmentRole.DESIGN: QT_TRANSLATE_NOOP("enums", "Design"),
    AssignmentRole.SCREEN: QT_TRANSLATE_NOOP("enums", "Screen"),
    AssignmentStatus.TODO: QT_TRANSLATE_NOOP("enums", "To do"),
    AssignmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("enums", "Under way"),
    AssignmentStatus.DONE: QT_TRANSLATE_NOOP("enums", "Done"),
}
