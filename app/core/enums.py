"""The closed vocabularies of the domain, stored in the database as their string values."""

from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members carry an English label marked for translation."""

    @property
    def label(self) -> str:
        # Keyed by type too: members of two enums with the same value are equal strings.
        return _LABELS[(type(self), self.value)]

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


_LABELS: dict[tuple[type[LabelledEnum], str], str] = {
    (ContentStatus, ContentStatus.IDEA.value): QT_TRANSLATE_NOOP("enums", "Idea"),
    (ContentStatus, ContentStatus.PLANNED.value): QT_TRANSLATE_NOOP("enums", "Planned"),
    (ContentStatus, ContentStatus.ASSIGNED.value): QT_TRANSLATE_NOOP("enums", "Assigned"),
    (ContentStatus, ContentStatus.IN_PROGRESS.value): QT_TRANSLATE_NOOP("enums", "In progress"),
    (ContentStatus, ContentStatus.SUBMITTED.value): QT_TRANSLATE_NOOP("enums", "Submitted"),
    (ContentStatus, ContentStatus.IN_SCREENING.value): QT_TRANSLATE_NOOP("enums", "In screening"),
    (ContentStatus, ContentStatus.APPROVED.value): QT_TRANSLATE_NOOP("enums", "Approved"),
    (ContentStatus, ContentStatus.SCHEDULED.value): QT_TRANSLATE_NOOP("enums", "Scheduled"),
    (ContentStatus, ContentStatus.PUBLISHED.value): QT_TRANSLATE_NOOP("enums", "Published"),
    (ContentStatus, ContentStatus.RETURNED.value): QT_TRANSLATE_NOOP("enums", "Returned"),
    (ContentStatus, ContentStatus.CANCELLED.value): QT_TRANSLATE_NOOP("enums", "Cancelled"),
    (ContentFormat, ContentFormat.ARTICLE.value): QT_TRANSLATE_NOOP("enums", "Article"),
    (ContentFormat, ContentFormat.COMMENTARY.value): QT_TRANSLATE_NOOP("enums", "Commentary"),
    (ContentFormat, ContentFormat.INTERVIEW.value): QT_TRANSLATE_NOOP("enums", "Interview"),
    (ContentFormat, ContentFormat.REPORTAGE.value): QT_TRANSLATE_NOOP("enums", "Reportage"),
    (ContentFormat, ContentFormat.VIDEO.value): QT_TRANSLATE_NOOP("enums", "Video"),
    (ContentFormat, ContentFormat.TV_PROGRAMME.value): QT_TRANSLATE_NOOP("enums", "TV programme"),
    (ContentFormat, ContentFormat.RADIO_PROGRAMME.value): QT_TRANSLATE_NOOP(
        "enums", "Radio programme"
    ),
    (ContentFormat, ContentFormat.DOCUMENTARY.value): QT_TRANSLATE_NOOP("enums", "Documentary"),
    (ContentFormat, ContentFormat.INFOGRAPHIC.value): QT_TRANSLATE_NOOP("enums", "Infographic"),
    (ContentFormat, ContentFormat.PHOTO_STORY.value): QT_TRANSLATE_NOOP("enums", "Photo story"),
    (ContentFormat, ContentFormat.SOCIAL_POST.value): QT_TRANSLATE_NOOP("enums", "Social post"),
    (ContentFormat, ContentFormat.FORUM.value): QT_TRANSLATE_NOOP("enums", "Forum"),
    (ContentFormat, ContentFormat.EXHIBITION.value): QT_TRANSLATE_NOOP("enums", "Exhibition"),
    (MilestoneKind, MilestoneKind.CONGRESS.value): QT_TRANSLATE_NOOP("enums", "Congress"),
    (MilestoneKind, MilestoneKind.ELECTION.value): QT_TRANSLATE_NOOP("enums", "Election"),
    (MilestoneKind, MilestoneKind.HOLIDAY.value): QT_TRANSLATE_NOOP("enums", "Holiday"),
    (MilestoneKind, MilestoneKind.ANNIVERSARY.value): QT_TRANSLATE_NOOP("enums", "Anniversary"),
    (MilestoneKind, MilestoneKind.CONFERENCE.value): QT_TRANSLATE_NOOP("enums", "Conference"),
    (MilestoneKind, MilestoneKind.OTHER.value): QT_TRANSLATE_NOOP("enums", "Other"),
    (ChannelKind, ChannelKind.PRINT.value): QT_TRANSLATE_NOOP("enums", "Print"),
    (ChannelKind, ChannelKind.WEB.value): QT_TRANSLATE_NOOP("enums", "Web"),
    (ChannelKind, ChannelKind.TV.value): QT_TRANSLATE_NOOP("enums", "Television"),
    (ChannelKind, ChannelKind.RADIO.value): QT_TRANSLATE_NOOP("enums", "Radio"),
    (ChannelKind, ChannelKind.FACEBOOK.value): QT_TRANSLATE_NOOP("enums", "Facebook"),
    (ChannelKind, ChannelKind.YOUTUBE.value): QT_TRANSLATE_NOOP("enums", "YouTube"),
    (ChannelKind, ChannelKind.ZALO.value): QT_TRANSLATE_NOOP("enums", "Zalo"),
    (ChannelKind, ChannelKind.EXHIBITION.value): QT_TRANSLATE_NOOP("enums", "Exhibition"),
    (ChannelKind, ChannelKind.ORAL.value): QT_TRANSLATE_NOOP("enums", "Oral propaganda"),
    (OutletKind, OutletKind.NEWSPAPER.value): QT_TRANSLATE_NOOP("enums", "Newspaper"),
    (OutletKind, OutletKind.BROADCASTER.value): QT_TRANSLATE_NOOP("enums", "Broadcaster"),
    (OutletKind, OutletKind.PORTAL.value): QT_TRANSLATE_NOOP("enums", "Portal"),
    (OutletKind, OutletKind.AGENCY.value): QT_TRANSLATE_NOOP("enums", "Agency"),
    (OutletKind, OutletKind.DEPARTMENT.value): QT_TRANSLATE_NOOP("enums", "Department"),
    (Audience, Audience.OFFICIALS.value): QT_TRANSLATE_NOOP("enums", "Officials and Party members"),
    (Audience, Audience.PUBLIC.value): QT_TRANSLATE_NOOP("enums", "All strata of the people"),
    (Audience, Audience.OVERSEAS.value): QT_TRANSLATE_NOOP("enums", "Overseas Vietnamese"),
    (Audience, Audience.INTERNATIONAL.value): QT_TRANSLATE_NOOP("enums", "International friends"),
    (Audience, Audience.YOUTH.value): QT_TRANSLATE_NOOP("enums", "Young people"),
    (Language, Language.VI.value): QT_TRANSLATE_NOOP("enums", "Vietnamese"),
    (Language, Language.EN.value): QT_TRANSLATE_NOOP("enums", "English"),
    (AssignmentRole, AssignmentRole.WRITE.value): QT_TRANSLATE_NOOP("enums", "Write"),
    (AssignmentRole, AssignmentRole.EDIT.value): QT_TRANSLATE_NOOP("enums", "Edit"),
    (AssignmentRole, AssignmentRole.PHOTOGRAPH.value): QT_TRANSLATE_NOOP("enums", "Photograph"),
    (AssignmentRole, AssignmentRole.FILM.value): QT_TRANSLATE_NOOP("enums", "Film"),
    (AssignmentRole, AssignmentRole.DESIGN.value): QT_TRANSLATE_NOOP("enums", "Design"),
    (AssignmentRole, AssignmentRole.SCREEN.value): QT_TRANSLATE_NOOP("enums", "Screen"),
    (AssignmentStatus, AssignmentStatus.TODO.value): QT_TRANSLATE_NOOP("enums", "To do"),
    (AssignmentStatus, AssignmentStatus.IN_PROGRESS.value): QT_TRANSLATE_NOOP("enums", "Under way"),
    (AssignmentStatus, AssignmentStatus.DONE.value): QT_TRANSLATE_NOOP("enums", "Done"),
}
