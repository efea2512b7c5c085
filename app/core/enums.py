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


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("enums", text)


_LABELS: dict[LabelledEnum, str] = {
    ContentStatus.IDEA: _t("Idea"),
    ContentStatus.PLANNED: _t("Planned"),
    ContentStatus.ASSIGNED: _t("Assigned"),
    ContentStatus.IN_PROGRESS: _t("In progress"),
    ContentStatus.SUBMITTED: _t("Submitted"),
    ContentStatus.IN_SCREENING: _t("In screening"),
    ContentStatus.APPROVED: _t("Approved"),
    ContentStatus.SCHEDULED: _t("Scheduled"),
    ContentStatus.PUBLISHED: _t("Published"),
    ContentStatus.RETURNED: _t("Returned"),
    ContentStatus.CANCELLED: _t("Cancelled"),
    ContentFormat.ARTICLE: _t("Article"),
    ContentFormat.COMMENTARY: _t("Commentary"),
    ContentFormat.INTERVIEW: _t("Interview"),
    ContentFormat.REPORTAGE: _t("Reportage"),
    ContentFormat.VIDEO: _t("Video"),
    ContentFormat.TV_PROGRAMME: _t("TV programme"),
    ContentFormat.RADIO_PROGRAMME: _t("Radio programme"),
    ContentFormat.DOCUMENTARY: _t("Documentary"),
    ContentFormat.INFOGRAPHIC: _t("Infographic"),
    ContentFormat.PHOTO_STORY: _t("Photo story"),
    ContentFormat.SOCIAL_POST: _t("Social post"),
    ContentFormat.FORUM: _t("Forum"),
    ContentFormat.EXHIBITION: _t("Exhibition"),
    MilestoneKind.CONGRESS: _t("Congress"),
    MilestoneKind.ELECTION: _t("Election"),
    MilestoneKind.HOLIDAY: _t("Holiday"),
    MilestoneKind.ANNIVERSARY: _t("Anniversary"),
    MilestoneKind.CONFERENCE: _t("Conference"),
    MilestoneKind.OTHER: _t("Other"),
    ChannelKind.PRINT: _t("Print"),
    ChannelKind.WEB: _t("Web"),
    ChannelKind.TV: _t("Television"),
    ChannelKind.RADIO: _t("Radio"),
    ChannelKind.FACEBOOK: _t("Facebook"),
    ChannelKind.YOUTUBE: _t("YouTube"),
    ChannelKind.ZALO: _t("Zalo"),
    ChannelKind.EXHIBITION: _t("Exhibition"),
    ChannelKind.ORAL: _t("Oral propaganda"),
    OutletKind.NEWSPAPER: _t("Newspaper"),
    OutletKind.BROADCASTER: _t("Broadcaster"),
    OutletKind.PORTAL: _t("Portal"),
    OutletKind.AGENCY: _t("Agency"),
    OutletKind.DEPARTMENT: _t("Department"),
    Audience.OFFICIALS: _t("Officials and Party members"),
    Audience.PUBLIC: _t("All strata of the people"),
    Audience.OVERSEAS: _t("Overseas Vietnamese"),
    Audience.INTERNATIONAL: _t("International friends"),
    Audience.YOUTH: _t("Young people"),
    Language.VI: _t("Vietnamese"),
    Language.EN: _t("English"),
    AssignmentRole.WRITE: _t("Write"),
    AssignmentRole.EDIT: _t("Edit"),
    AssignmentRole.PHOTOGRAPH: _t("Photograph"),
    AssignmentRole.FILM: _t("Film"),
    AssignmentRole.DESIGN: _t("Design"),
    AssignmentRole.SCREEN: _t("Screen"),
    AssignmentStatus.TODO: _t("To do"),
    AssignmentStatus.IN_PROGRESS: _t("Under way"),
    AssignmentStatus.DONE: _t("Done"),
}
