"""How items are made: formats and times by channel, roles, statuses by date, comments."""

from __future__ import annotations

from datetime import time

from app.core.enums import AssignmentRole, ChannelKind, ContentFormat, ContentStatus

F = ContentFormat
S = ContentStatus
R = AssignmentRole

FORMATS_BY_CHANNEL: dict[ChannelKind, tuple[ContentFormat, ...]] = {
    ChannelKind.PRINT: (F.ARTICLE, F.ARTICLE, F.COMMENTARY, F.INTERVIEW, F.REPORTAGE),
    ChannelKind.WEB: (F.ARTICLE, F.ARTICLE, F.INFOGRAPHIC, F.PHOTO_STORY, F.INTERVIEW, F.VIDEO),
    ChannelKind.TV: (F.TV_PROGRAMME, F.TV_PROGRAMME, F.DOCUMENTARY, F.FORUM),
    ChannelKind.RADIO: (F.RADIO_PROGRAMME, F.INTERVIEW),
    ChannelKind.FACEBOOK: (F.SOCIAL_POST, F.SOCIAL_POST, F.VIDEO, F.INFOGRAPHIC),
    ChannelKind.YOUTUBE: (F.VIDEO, F.VIDEO, F.DOCUMENTARY),
    ChannelKind.ZALO: (F.SOCIAL_POST, F.INFOGRAPHIC),
    ChannelKind.EXHIBITION: (F.EXHIBITION,),
    ChannelKind.ORAL: (F.FORUM,),
}

TIMES_BY_CHANNEL: dict[ChannelKind, tuple[time, ...]] = {
    ChannelKind.TV: (time(19, 0), time(20, 10), time(21, 0)),
    ChannelKind.RADIO: (time(6, 30), time(11, 30), time(17, 0)),
    ChannelKind.WEB: (time(6, 0), time(7, 30), time(11, 0), time(15, 0), time(20, 0)),
    ChannelKind.FACEBOOK: (time(8, 0), time(12, 0), time(20, 30)),
    ChannelKind.YOUTUBE: (time(8, 0), time(20, 30)),
    ChannelKind.ZALO: (time(7, 0), time(12, 0)),
}

WORK_ROLES: dict[ContentFormat, tuple[AssignmentRole, ...]] = {
    F.ARTICLE: (R.WRITE,),
    F.COMMENTARY: (R.WRITE,),
    F.INTERVIEW: (R.WRITE,),
    F.REPORTAGE: (R.WRITE, R.PHOTOGRAPH),
    F.PHOTO_STORY: (R.PHOTOGRAPH,),
    F.VIDEO: (R.FILM,),
    F.TV_PROGRAMME: (R.WRITE, R.FILM),
    F.DOCUMENTARY: (R.WRITE, R.FILM),
    F.RADIO_PROGRAMME: (R.WRITE,),
    F.INFOGRAPHIC: (R.DESIGN,),
    F.SOCIAL_POST: (R.WRITE,),
    F.FORUM: (R.WRITE,),
    F.EXHIBITION: (R.DESIGN, R.PHOTOGRAPH),
}

# Statuses by how far an item's date lies from DEMO_TODAY: published behind, in the works close
# ahead, only planned or an idea far ahead.
PAST = (S.PUBLISHED,) * 14 + (S.CANCELLED,)
STATUS_WINDOWS: tuple[tuple[int, tuple[ContentStatus, ...]], ...] = (
    (3, (S.SCHEDULED, S.APPROVED, S.IN_SCREENING)),
    (10, (S.IN_SCREENING, S.SUBMITTED, S.RETURNED, S.IN_PROGRESS, S.APPROVED)),
    (30, (S.IN_PROGRESS, S.ASSIGNED, S.SUBMITTED)),
    (60, (S.ASSIGNED, S.PLANNED)),
)
FAR_AHEAD = (S.PLANNED, S.PLANNED, S.IDEA)

WORK_DONE_FROM = {S.SUBMITTED, S.IN_SCREENING, S.APPROVED, S.SCHEDULED, S.PUBLISHED}
EDIT_DONE_FROM = {S.IN_SCREENING, S.APPROVED, S.SCHEDULED, S.PUBLISHED, S.RETURNED}
SCREEN_DONE_FROM = {S.APPROVED, S.SCHEDULED, S.PUBLISHED, S.RETURNED}
UNASSIGNED = {S.IDEA, S.PLANNED, S.CANCELLED}

COMMENTS: dict[ContentStatus, tuple[str, ...]] = {
    S.RETURNED: (
        "Cần kiểm chứng lại số liệu và dẫn nguồn chính thức trước khi đăng.",
        "Tít chưa sát nội dung; đề nghị viết lại sapo, bổ sung ý kiến cử tri.",
        "Trả lại: ảnh minh họa chưa phù hợp, thay ảnh tư liệu có chú thích đầy đủ.",
    ),
    S.IN_SCREENING: (
        "Đã đọc lần một, chờ ý kiến Phó Tổng biên tập.",
        "Đề nghị rút gọn phần mở đầu, giữ nguyên các trích dẫn Văn kiện.",
    ),
    S.SUBMITTED: (
        "Đã gửi bản thảo, kèm ảnh và chú thích.",
        "Bản dựng đã xong, chờ duyệt lời bình.",
    ),
    S.PUBLISHED: ("Bài có lượt đọc cao, đề nghị làm tiếp kỳ sau.",),
}
