"""Fills an empty database with a deterministic demo drawn from the seed documents.

Three real plans (Hanoi's Directive 156-HD/BTGTU towards the 14th Congress, Hung Yen's Plan
147/KH-UBND on external information in 2024, the Politburo's Directive 01-CT/TW on the 14th
Congress Resolution), the milestones they are planned around, the outlets and newsroom that carry
them, columns, special pages and about two hundred content items with assignments.

The same data comes out on every run: one seeded `random.Random`, a fixed "today" and fixed
timestamps, so screenshots, tests and bug reports can refer to the same rows.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.enums import (
    AssignmentRole,
    AssignmentStatus,
    Audience,
    ChannelKind,
    ContentFormat,
    ContentStatus,
    Language,
    MilestoneKind,
    OutletKind,
)
from app.db.base import Base, Versioned
from app.db.models import (
    Assignment,
    Channel,
    Comment,
    ContentItem,
    Desk,
    Milestone,
    Outlet,
    Person,
    Plan,
    SpecialColumn,
    SpecialPage,
    Stage,
    StageTheme,
    Theme,
)
from app.services.database import Database

DEMO_SEED = 1562024
# The demo is a picture of the newsroom on this Monday, the week before the 2026 election:
# statuses, due dates and comments are set relative to it, never to the real clock.
DEMO_TODAY = date(2026, 3, 9)
DEMO_STAMP = datetime(2026, 3, 9, 8, 0)
FIRST_DAY = date(2024, 10, 1)
LAST_DAY = date(2026, 6, 30)

F = ContentFormat
A = Audience
S = ContentStatus
R = AssignmentRole


class DemoError(Exception):
    """The demo can only be built into an empty database; this one already holds data."""


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo holds."""

    plans: int
    stages: int
    themes: int
    stage_themes: int
    milestones: int
    outlets: int
    channels: int
    desks: int
    people: int
    columns: int
    special_pages: int
    items: int
    assignments: int
    comments: int

    def __str__(self) -> str:
        return ", ".join(
            f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self)
        )


# --- What the demo is made of ---------------------------------------------------------------


@dataclass(frozen=True)
class _MilestoneSpec:
    key: str
    kind: MilestoneKind
    name: str
    start: date
    end: date | None = None
    description: str = ""


@dataclass(frozen=True)
class _ThemeSpec:
    key: str
    name: str
    color: str
    description: str = ""


@dataclass(frozen=True)
class _StageSpec:
    name: str
    start: date
    end: date | None
    emphasis: tuple[tuple[str, int], ...]
    end_milestone: str | None = None
    description: str = ""


@dataclass(frozen=True)
class _PlanSpec:
    key: str
    number: str
    title: str
    issuer: str
    issued_on: date
    start: date
    end: date
    goals: str
    themes: tuple[_ThemeSpec, ...]
    stages: tuple[_StageSpec, ...]


@dataclass(frozen=True)
class _OutletSpec:
    key: str
    name: str
    kind: OutletKind
    description: str
    channels: tuple[tuple[str, str, ChannelKind], ...]
    desks: tuple[str, ...]


@dataclass(frozen=True)
class _PersonSpec:
    key: str
    name: str
    email: str
    desk: str
    skills: tuple[AssignmentRole, ...]
    head: bool = False
    capacity: int = 5


@dataclass(frozen=True)
class _ColumnSpec:
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
class _PageItem:
    title: str
    format: ContentFormat
    channel: str
    language: Language = Language.VI
    audience: Audience = A.PUBLIC
    days: int = 1


@dataclass(frozen=True)
class _PageSpec:
    key: str
    title: str
    milestone: str
    offset: int
    channel: str
    plan: str
    themes: tuple[str, ...]
    sections: str
    items: tuple[_PageItem, ...]


@dataclass(frozen=True)
class _Burst:
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
class _Unscheduled:
    title: str
    format: ContentFormat
    channel: str | None
    plan: str
    theme: str
    status: ContentStatus
    language: Language = Language.VI
    audience: Audience = A.PUBLIC


d = date

MILESTONES: tuple[_MilestoneSpec, ...] = (
    _MilestoneSpec(
        "liberation70",
        MilestoneKind.ANNIVERSARY,
        "70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024)",
        d(2024, 10, 10),
    ),
    _MilestoneSpec(
        "tet2025",
        MilestoneKind.HOLIDAY,
        "Tết Nguyên đán Ất Tỵ 2025",
        d(2025, 1, 29),
        description="Mùng 1 tháng Giêng năm Ất Tỵ.",
    ),
    _MilestoneSpec(
        "party95",
        MilestoneKind.ANNIVERSARY,
        "95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025)",
        d(2025, 2, 3),
    ),
    _MilestoneSpec(
        "hung_kings2025",
        MilestoneKind.HOLIDAY,
        "Giỗ Tổ Hùng Vương năm 2025 (10/3 âm lịch)",
        d(2025, 4, 7),
    ),
    _MilestoneSpec(
        "south50",
        MilestoneKind.ANNIVERSARY,
        "50 năm Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025)",
        d(2025, 4, 30),
    ),
    _MilestoneSpec(
        "press100",
        MilestoneKind.ANNIVERSARY,
        "100 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 – 21/6/2025)",
        d(2025, 6, 21),
    ),
    _MilestoneSpec(
        "national80",
        MilestoneKind.ANNIVERSARY,
        "80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
        d(2025, 9, 2),
    ),
    # The seeds do not date the 18th Hanoi Party Congress; the demo assumes 16–18 October 2025.
    _MilestoneSpec(
        "hanoi_congress18",
        MilestoneKind.CONGRESS,
        "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025–2030",
        d(2025, 10, 16),
        d(2025, 10, 18),
    ),
    _MilestoneSpec(
        "conference2025",
        MilestoneKind.CONFERENCE,
        "Hội nghị toàn quốc tổng kết công tác năm 2025 của Ban Tuyên giáo và Dân vận Trung ương",
        d(2025, 12, 19),
        description="Hình thức trực tiếp kết hợp trực tuyến; tổng kết năm 2025, "
        "triển khai nhiệm vụ năm 2026.",
    ),
    _MilestoneSpec(
        "exhibition2025",
        MilestoneKind.OTHER,
        "Triển lãm sách, ảnh về thành tựu báo chí trong chuyển đổi số",
        d(2025, 12, 19),
        description="Bên lề Hội nghị toàn quốc ngày 19/12/2025.",
    ),
    _MilestoneSpec(
        "congress14",
        MilestoneKind.CONGRESS,
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        d(2026, 1, 19),
        d(2026, 1, 23),
        description="Diễn ra tại Thủ đô Hà Nội từ ngày 19 đến 23/01/2026.",
    ),
    _MilestoneSpec(
        "tet2026",
        MilestoneKind.HOLIDAY,
        "Tết Nguyên đán Bính Ngọ 2026",
        d(2026, 2, 17),
        description="Mùng 1 tháng Giêng năm Bính Ngọ.",
    ),
    # The seeds do not date the national conference on the Resolution; the demo assumes 26/02/2026.
    _MilestoneSpec(
        "resolution_conference",
        MilestoneKind.CONFERENCE,
        "Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
        d(2026, 2, 26),
        description="Trực tiếp kết hợp trực tuyến tới các điểm cầu trong cả nước.",
    ),
    _MilestoneSpec(
        "election2026",
        MilestoneKind.ELECTION,
        "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031",
        d(2026, 3, 15),
    ),
    _MilestoneSpec(
        "hung_kings2026",
        MilestoneKind.HOLIDAY,
        "Giỗ Tổ Hùng Vương năm 2026 (10/3 âm lịch)",
        d(2026, 4, 26),
    ),
)

PLANS: tuple[_PlanSpec, ...] = (
    _PlanSpec(
        key="hn",
        number="156-HD/BTGTU",
        title="Hướng dẫn tuyên truyền Đại hội Đảng bộ các cấp, Đại hội Đảng bộ Thành phố "
        "lần thứ XVIII, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        issuer="Ban Tuyên giáo Thành ủy Hà Nội",
        issued_on=d(2024, 10, 2),
        start=d(2024, 10, 2),
        end=d(2026, 3, 31),
        goals=(
            "Tạo sự thống nhất cao trong lãnh đạo, chỉ đạo, tổ chức các hoạt động tuyên truyền "
            "các chủ đề lớn, trọng tâm hướng tới Đại hội XIV của Đảng; đề cao vai trò, trách "
            "nhiệm của cấp ủy, nhất là người đứng đầu; huy động sức mạnh tổng hợp của hệ thống "
            "chính trị Thủ đô.\n"
            "Xây dựng chuyên trang, chuyên mục về Đại hội Đảng bộ các cấp; tổ chức diễn đàn, "
            "tọa đàm, giao lưu trực tuyến; thẩm định chặt chẽ nội dung, không để đăng tải "
            "thông tin thiếu căn cứ."
        ),
        themes=(
            _ThemeSpec(
                "hn_trust",
                "Niềm tin mới, Động lực mới",
                "#c0392b",
                "New Trust, New Momentum.",
            ),
            _ThemeSpec(
                "hn_renovation",
                "Thành tựu 40 năm Đổi mới",
                "#e67e22",
                "Thành tựu, tiềm năng, vị thế và uy tín quốc tế của đất nước sau 40 năm Đổi mới.",
            ),
            _ThemeSpec(
                "hn_new_era",
                "Cơ hội, thách thức và trách nhiệm lịch sử của Đảng đưa đất nước "
                "bước vào kỷ nguyên mới",
                "#2471a3",
                "Kỷ nguyên vươn mình của dân tộc Việt Nam.",
            ),
            _ThemeSpec(
                "hn_capital",
                "Thủ đô Văn hiến – Văn minh – Hiện đại",
                "#1e8449",
                "Cultural, Civilized, Modern Capital.",
            ),
        ),
        stages=(
            _StageSpec(
                "Từ nay đến hết năm 2024",
                d(2024, 10, 2),
                d(2024, 12, 31),
                (("hn_trust", 12), ("hn_renovation", 10), ("hn_new_era", 8), ("hn_capital", 4)),
                description="Tập trung tuyên truyền ba chủ đề lớn; xây dựng Thủ đô "
                "Văn hiến – Văn minh – Hiện đại.",
            ),
            _StageSpec(
                "Từ năm 2025 đến Đại hội XIV",
                d(2025, 1, 1),
                None,
                (("hn_trust", 30), ("hn_renovation", 25), ("hn_new_era", 20), ("hn_capital", 15)),
                end_milestone="congress14",
                description="Tuyên truyền thường xuyên, liên tục ba chủ đề lớn gắn với Đại hội "
                "Đảng bộ các cấp, Đại hội Đảng bộ Thành phố lần thứ XVIII; các ngày lễ lớn "
                "năm 2025; bảo vệ nền tảng tư tưởng của Đảng.",
            ),
            _StageSpec(
                "Sau Đại hội XIV: tuyên truyền kết quả Đại hội",
                d(2026, 1, 24),
                d(2026, 3, 31),
                (("hn_trust", 6), ("hn_new_era", 6)),
            ),
        ),
    ),
    _PlanSpec(
        key="hy",
        number="147/KH-UBND",
        title="Kế hoạch thông tin đối ngoại tỉnh Hưng Yên năm 2024",
        issuer="Ủy ban nhân dân tỉnh Hưng Yên",
        issued_on=d(2023, 10, 5),
        start=d(2024, 1, 1),
        end=d(2024, 12, 31),
        goals=(
            "- Triển khai Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị và Kế hoạch số "
            "211-KH/TU ngày 25/7/2023 của Tỉnh ủy về tiếp tục nâng cao chất lượng, hiệu quả "
            "công tác thông tin đối ngoại trong tình hình mới.\n"
            "- Thực hiện tốt quản lý nhà nước về thông tin đối ngoại; tăng cường phối hợp giữa "
            "các ngành, địa phương, bảo đảm thiết thực, hiệu quả, phù hợp thực tiễn của tỉnh.\n"
            "- Đẩy mạnh quảng bá hình ảnh đất và người, tiềm năng, thế mạnh, thành tựu của tỉnh "
            "Hưng Yên tới bạn bè trong nước và quốc tế, cộng đồng người Hưng Yên và người Việt "
            "Nam ở nước ngoài; qua đó thúc đẩy xúc tiến, thu hút đầu tư.\n"
            "- Tăng cường tuyên truyền về Cộng đồng ASEAN, quyền con người ở Việt Nam, biển, đảo, "
            "biên giới, lãnh thổ, dân chủ, tôn giáo; hạn chế tác động tiêu cực của thông tin sai "
            "lệch, xuyên tạc của các thế lực cơ hội, thù địch."
        ),
        themes=(
            _ThemeSpec("hy_image", "Quảng bá hình ảnh, tiềm năng, thế mạnh Hưng Yên", "#8e44ad"),
            _ThemeSpec("hy_asean", "ASEAN, quyền con người, biển đảo và biên giới", "#17a589"),
            _ThemeSpec("hy_invest", "Xúc tiến, thu hút đầu tư", "#b7950b"),
            _ThemeSpec("hy_counter", "Đấu tranh với thông tin sai lệch, xuyên tạc", "#707b7c"),
        ),
        # The plan is not divided into periods in the seed; the demo plans it by quarter.
        stages=(
            _StageSpec(
                "Quý I/2024: ban hành văn bản, bố trí nhân sự",
                d(2024, 1, 1),
                d(2024, 3, 31),
                (("hy_image", 4), ("hy_counter", 2)),
            ),
            _StageSpec(
                "Quý II/2024: quảng bá hình ảnh, du lịch",
                d(2024, 4, 1),
                d(2024, 6, 30),
                (("hy_image", 8), ("hy_asean", 3)),
            ),
            _StageSpec(
                "Quý III/2024: xúc tiến đầu tư",
                d(2024, 7, 1),
                d(2024, 9, 30),
                (("hy_invest", 8), ("hy_image", 4)),
            ),
            _StageSpec(
                "Quý IV/2024: ASEAN, quyền con người, tổng kết",
                d(2024, 10, 1),
                d(2024, 12, 31),
                (("hy_asean", 5), ("hy_invest", 4), ("hy_image", 6), ("hy_counter", 3)),
            ),
        ),
    ),
    _PlanSpec(
        key="dc",
        number="01-CT/TW",
        title="Chỉ thị của Bộ Chính trị về nghiên cứu, học tập, quán triệt, tuyên truyền và "
        "triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        issuer="Bộ Chính trị",
        issued_on=d(2026, 1, 23),
        start=d(2026, 1, 23),
        end=d(2026, 12, 31),
        goals=(
            "Tổ chức nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội "
            "XIV là đợt sinh hoạt chính trị sâu rộng; chuyển từ “học tập, quán triệt” sang "
            "“hiểu sâu – làm đúng – làm đến nơi đến chốn”.\n"
            "Tuyên truyền làm rõ thành công của Đại hội, nội dung cốt lõi và điểm mới của Nghị "
            "quyết tới cán bộ, đảng viên, các tầng lớp nhân dân, đồng bào ở nước ngoài và bạn bè "
            "quốc tế; gắn với bảo vệ nền tảng tư tưởng của Đảng và tuyên truyền bầu cử đại biểu "
            "Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026–2031."
        ),
        themes=(
            _ThemeSpec("dc_success", "Thành công của Đại hội XIV", "#922b21"),
            _ThemeSpec("dc_new_points", "Nội dung cốt lõi và điểm mới của Nghị quyết", "#2e86c1"),
            _ThemeSpec(
                "dc_election",
                "Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026–2031",
                "#ca6f1e",
            ),
            _ThemeSpec("dc_ideology", "Bảo vệ nền tảng tư tưởng của Đảng", "#1b2631"),
            _ThemeSpec(
                "dc_foreign",
                "Đường lối đối ngoại của Đại hội XIV",
                "#af7ac5",
                "The foreign policy line of the 14th National Party Congress.",
            ),
        ),
        stages=(
            _StageSpec(
                "Thông tin nhanh kết quả Đại hội XIV",
                d(2026, 1, 23),
                d(2026, 2, 28),
                (("dc_success", 10), ("dc_foreign", 3)),
            ),
            _StageSpec(
                "Học tập, quán triệt Nghị quyết; tuyên truyền bầu cử",
                d(2026, 3, 1),
                None,
                (("dc_new_points", 8), ("dc_election", 12), ("dc_ideology", 4)),
                end_milestone="election2026",
            ),
            _StageSpec(
                "Đưa Nghị quyết vào cuộc sống",
                d(2026, 3, 16),
                d(2026, 12, 31),
                (("dc_new_points", 25), ("dc_ideology", 10), ("dc_foreign", 5)),
            ),
        ),
    ),
)

OUTLETS: tuple[_OutletSpec, ...] = (
    _OutletSpec(
        "hnm",
        "Báo Hànộimới",
        OutletKind.NEWSPAPER,
        "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội.",
        (
            ("hnm_print", "Báo in Hànộimới", ChannelKind.PRINT),
            ("hnm_web", "hanoimoi.vn", ChannelKind.WEB),
            ("hnm_fb", "Fanpage Hànộimới", ChannelKind.FACEBOOK),
        ),
        ("thoi_su", "dien_tu", "xdd"),
    ),
    _OutletSpec(
        "hntv",
        "Đài Phát thanh và Truyền hình Hà Nội",
        OutletKind.BROADCASTER,
        "",
        (
            ("h1", "Kênh truyền hình H1", ChannelKind.TV),
            ("fm90", "Phát thanh FM 90 MHz", ChannelKind.RADIO),
            ("hn_yt", "Hanoitv trên YouTube", ChannelKind.YOUTUBE),
        ),
        ("truyen_hinh",),
    ),
    _OutletSpec(
        "portal",
        "Cổng thông tin điện tử Hà Nội",
        OutletKind.PORTAL,
        "",
        (
            ("portal_web", "hanoi.gov.vn", ChannelKind.WEB),
            ("portal_zalo", "Zalo OA Thành phố Hà Nội", ChannelKind.ZALO),
        ),
        ("dien_tu",),
    ),
    _OutletSpec(
        "hanoitimes",
        "The Hanoi Times",
        OutletKind.NEWSPAPER,
        "English-language news of the capital for international readers.",
        (
            ("ht_web", "hanoitimes.vn", ChannelKind.WEB),
            ("ht_fb", "The Hanoi Times on Facebook", ChannelKind.FACEBOOK),
        ),
        ("doi_ngoai",),
    ),
    _OutletSpec(
        "hungyen",
        "Báo Hưng Yên",
        OutletKind.NEWSPAPER,
        "",
        (
            ("hy_print", "Báo in Hưng Yên", ChannelKind.PRINT),
            ("hy_web", "baohungyen.vn", ChannelKind.WEB),
            ("hy_fb", "Fanpage Báo Hưng Yên", ChannelKind.FACEBOOK),
        ),
        ("hy_desk",),
    ),
    _OutletSpec(
        "vna",
        "Thông tấn xã Việt Nam",
        OutletKind.AGENCY,
        "",
        (("vna_web", "VietnamPlus", ChannelKind.WEB),),
        ("doi_ngoai",),
    ),
    _OutletSpec(
        "btg",
        "Ban Tuyên giáo Thành ủy Hà Nội",
        OutletKind.DEPARTMENT,
        "Tuyên truyền trực quan, tuyên truyền miệng, triển lãm chuyên đề.",
        (
            ("btg_exh", "Triển lãm chuyên đề", ChannelKind.EXHIBITION),
            ("btg_oral", "Tuyên truyền miệng – báo cáo viên", ChannelKind.ORAL),
        ),
        ("xdd",),
    ),
)

# Desk key, name, outlet key, and the (reserved, never real) mail domain of its people.
DESKS: tuple[tuple[str, str, str, str], ...] = (
    ("thoi_su", "Ban Thời sự", "hnm", "hanoimoi.example"),
    ("dien_tu", "Ban Điện tử", "hnm", "hanoimoi.example"),
    ("xdd", "Ban Xây dựng Đảng", "hnm", "hanoimoi.example"),
    ("truyen_hinh", "Ban Thời sự Truyền hình", "hntv", "hanoitv.example"),
    ("doi_ngoai", "Ban Đối ngoại", "hanoitimes", "hanoitimes.example"),
    ("hy_desk", "Phòng Thời sự – Báo Hưng Yên", "hungyen", "baohungyen.example"),
)

PEOPLE: tuple[_PersonSpec, ...] = (
    _PersonSpec("NVM", "Nguyễn Văn Minh", "minh.nv", "thoi_su", (R.EDIT, R.SCREEN), head=True),
    _PersonSpec("TTH", "Trần Thu Hà", "ha.tt", "thoi_su", (R.WRITE,)),
    _PersonSpec("LQH", "Lê Quang Huy", "huy.lq", "thoi_su", (R.PHOTOGRAPH, R.WRITE)),
    _PersonSpec("PLA", "Phạm Lan Anh", "anh.pl", "dien_tu", (R.EDIT, R.SCREEN), head=True),
    _PersonSpec("HĐT", "Hoàng Đức Thắng", "thang.hd", "dien_tu", (R.DESIGN,), capacity=8),
    _PersonSpec("VMP", "Vũ Mai Phương", "phuong.vm", "dien_tu", (R.WRITE, R.FILM)),
    _PersonSpec("BTT", "Bùi Thanh Tùng", "tung.bt", "xdd", (R.EDIT, R.SCREEN), head=True),
    _PersonSpec("NHN", "Ngô Hồng Nhung", "nhung.nh", "xdd", (R.WRITE,)),
    _PersonSpec(
        "ĐVK", "Đỗ Văn Khánh", "khanh.dv", "truyen_hinh", (R.EDIT, R.SCREEN, R.WRITE), head=True
    ),
    _PersonSpec("PQB", "Phan Quốc Bảo", "bao.pq", "truyen_hinh", (R.FILM,), capacity=4),
    _PersonSpec(
        "TNA", "Trịnh Ngọc Ánh", "anh.tn", "doi_ngoai", (R.EDIT, R.SCREEN, R.WRITE), head=True
    ),
    _PersonSpec("LHN", "Lý Hoàng Nam", "nam.lh", "doi_ngoai", (R.WRITE, R.PHOTOGRAPH)),
    _PersonSpec("ĐTH", "Đinh Thị Hương", "huong.dt", "hy_desk", (R.EDIT, R.SCREEN), head=True),
    _PersonSpec("CVL", "Cao Văn Lực", "luc.cv", "hy_desk", (R.WRITE, R.PHOTOGRAPH, R.FILM)),
)

COLUMNS: tuple[_ColumnSpec, ...] = (
    _ColumnSpec(
        key="toward14",
        name="Hướng tới Đại hội XIV của Đảng",
        channel="hnm_print",
        plan="hn",
        cadence="FREQ=WEEKLY;BYDAY=MO,TH",
        start=d(2024, 10, 7),
        end=None,
        end_milestone="congress14",
        themes=("hn_trust", "hn_new_era"),
        pools=("trust", "new_era", "towards_congress"),
        formats=(F.ARTICLE, F.ARTICLE, F.COMMENTARY, F.INTERVIEW, F.REPORTAGE),
        filled=26,
        owner_desk="thoi_su",
        owner_person="NVM",
        description="Chuyên mục thứ Hai và thứ Năm hằng tuần, đến ngày khai mạc Đại hội XIV.",
    ),
    _ColumnSpec(
        key="renovation40",
        name="40 năm Đổi mới – Dấu ấn Thủ đô",
        channel="hnm_web",
        plan="hn",
        cadence="FREQ=WEEKLY;BYDAY=WE",
        start=d(2024, 10, 9),
        end=d(2025, 12, 31),
        themes=("hn_renovation", "hn_capital"),
        pools=("renovation", "capital"),
        formats=(F.ARTICLE, F.PHOTO_STORY, F.INFOGRAPHIC, F.INTERVIEW),
        filled=16,
        owner_person="VMP",
    ),
    _ColumnSpec(
        key="hanoi_new_era",
        name="Hanoi in the New Era",
        channel="ht_web",
        plan="hn",
        cadence="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
        start=d(2025, 1, 3),
        end=d(2025, 12, 26),
        themes=("hn_capital", "hn_renovation"),
        pools=("en_capital",),
        formats=(F.ARTICLE, F.PHOTO_STORY),
        filled=6,
        owner_desk="doi_ngoai",
        audience=A.INTERNATIONAL,
        language=Language.EN,
        description="Every other Friday, for international readers.",
    ),
    _ColumnSpec(
        key="resolution_weekly",
        name="Nghị quyết Đại hội XIV – Hiểu sâu, làm đúng",
        channel="hnm_web",
        plan="dc",
        cadence="FREQ=WEEKLY;BYDAY=TU",
        start=d(2026, 2, 3),
        end=d(2026, 12, 29),
        themes=("dc_new_points", "dc_ideology"),
        pools=("resolution", "ideology"),
        formats=(F.ARTICLE, F.COMMENTARY, F.INFOGRAPHIC),
        filled=12,
        owner_desk="xdd",
        audience=A.OFFICIALS,
    ),
    _ColumnSpec(
        key="resolution_tv",
        name="Đưa Nghị quyết vào cuộc sống",
        channel="h1",
        plan="dc",
        cadence="FREQ=MONTHLY;BYMONTHDAY=15",
        start=d(2026, 2, 15),
        end=d(2026, 12, 15),
        themes=("dc_new_points", "dc_success"),
        pools=("resolution",),
        formats=(F.TV_PROGRAMME,),
        filled=5,
        owner_person="ĐVK",
        description="Chương trình truyền hình ngày 15 hằng tháng.",
    ),
    _ColumnSpec(
        key="hy_land",
        name="Hưng Yên – Đất và người",
        channel="hy_web",
        plan="hy",
        cadence="FREQ=MONTHLY;BYDAY=-1FR",
        start=d(2024, 1, 26),
        end=d(2024, 12, 27),
        themes=("hy_image", "hy_invest"),
        pools=("hy_image", "hy_invest"),
        formats=(F.ARTICLE, F.PHOTO_STORY, F.VIDEO),
        filled=3,
        owner_desk="hy_desk",
    ),
)

_VI, _EN = Language.VI, Language.EN

PAGES: tuple[_PageSpec, ...] = (
    _PageSpec(
        "congress_open",
        "Trang đặc biệt: Khai mạc Đại hội XIV của Đảng",
        "congress14",
        0,
        "hnm_print",
        "hn",
        ("hn_trust", "hn_new_era"),
        "Trang 1: Khai mạc Đại hội\nTrang 2–3: Văn kiện Đại hội\nTrang 4: Thủ đô chào mừng",
        (
            _PageItem(
                "Khai mạc trọng thể Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                F.ARTICLE,
                "hnm_print",
            ),
            _PageItem(
                "Xã luận: Vững bước vào kỷ nguyên vươn mình của dân tộc", F.COMMENTARY, "hnm_print"
            ),
            _PageItem("[Infographic] Đại hội XIV qua những con số", F.INFOGRAPHIC, "hnm_web"),
            _PageItem("[Ảnh] Thủ đô rực rỡ cờ hoa chào mừng Đại hội", F.PHOTO_STORY, "hnm_web"),
            _PageItem(
                "14th National Party Congress opens in Hanoi",
                F.ARTICLE,
                "ht_web",
                _EN,
                A.INTERNATIONAL,
            ),
        ),
    ),
    _PageSpec(
        "congress_countdown",
        "Đếm ngược 3 ngày tới Đại hội XIV",
        "congress14",
        -3,
        "hnm_web",
        "hn",
        ("hn_trust",),
        "Công tác chuẩn bị; Thủ đô sẵn sàng; kỳ vọng của kiều bào",
        (
            _PageItem(
                "Sẵn sàng cho Đại hội XIV: công tác chuẩn bị đã hoàn tất", F.ARTICLE, "hnm_web"
            ),
            _PageItem("[Video] Hà Nội trang hoàng chào mừng Đại hội", F.VIDEO, "hnm_fb"),
            _PageItem(
                "Kỳ vọng của kiều bào hướng về Đại hội XIV",
                F.INTERVIEW,
                "hnm_web",
                audience=A.OVERSEAS,
            ),
        ),
    ),
    _PageSpec(
        "election_day",
        "Ngày hội non sông: Bầu cử Quốc hội khóa XVI và HĐND các cấp",
        "election2026",
        0,
        "hnm_print",
        "dc",
        ("dc_election",),
        "Trang 1: Cử tri đi bầu\nTrang 2: Trực tiếp từ các điểm bỏ phiếu\nTrang 3: Số liệu",
        (
            _PageItem("Cử tri cả nước nô nức đi bầu cử", F.REPORTAGE, "hnm_print"),
            _PageItem("Trực tiếp: Ngày bầu cử tại các điểm bỏ phiếu Thủ đô", F.TV_PROGRAMME, "h1"),
            _PageItem(
                "[Infographic] Những con số về cuộc bầu cử khóa XVI", F.INFOGRAPHIC, "hnm_web"
            ),
            _PageItem(
                "Vietnam votes for the 16th National Assembly",
                F.ARTICLE,
                "ht_web",
                _EN,
                A.INTERNATIONAL,
            ),
        ),
    ),
    _PageSpec(
        "national_day80",
        "80 năm Quốc khánh: Khát vọng Việt Nam hùng cường",
        "national80",
        0,
        "hnm_print",
        "hn",
        ("hn_renovation", "hn_trust"),
        "Trang 1: Xã luận\nTrang 2–3: 80 năm độc lập\nTrang 4: Ảnh diễu binh, diễu hành",
        (
            _PageItem("Tám mươi mùa thu độc lập", F.COMMENTARY, "hnm_print"),
            _PageItem("[Phim tài liệu] Từ Ba Đình lịch sử đến kỷ nguyên mới", F.DOCUMENTARY, "h1"),
            _PageItem(
                "[Ảnh] Diễu binh, diễu hành mừng 80 năm Quốc khánh", F.PHOTO_STORY, "hnm_web"
            ),
            _PageItem(
                "80 years of independence: Vietnam's remarkable journey",
                F.ARTICLE,
                "ht_web",
                _EN,
                A.INTERNATIONAL,
            ),
        ),
    ),
    _PageSpec(
        "hanoi_congress_tv",
        "Chương trình đặc biệt chào mừng Đại hội Đảng bộ Thành phố lần thứ XVIII",
        "hanoi_congress18",
        0,
        "h1",
        "hn",
        ("hn_capital", "hn_new_era"),
        "Truyền hình trực tiếp phiên khai mạc; tọa đàm; phát thanh đặc biệt",
        (
            _PageItem("Hà Nội – Vững bước dưới cờ Đảng", F.TV_PROGRAMME, "h1"),
            _PageItem("[Tọa đàm] Thủ đô trong kỷ nguyên mới", F.FORUM, "h1"),
            _PageItem(
                "Phát thanh đặc biệt: Đại hội Đảng bộ Thành phố lần thứ XVIII",
                F.RADIO_PROGRAMME,
                "fm90",
            ),
        ),
    ),
    _PageSpec(
        "party95_exhibition",
        "Triển lãm ảnh: Hà Nội – 95 mùa xuân dưới cờ Đảng",
        "party95",
        -1,
        "btg_exh",
        "hn",
        ("hn_trust",),
        "Ba phần: Đảng ra đời; Thủ đô đổi mới; Vững bước kỷ nguyên mới",
        (
            _PageItem(
                "Triển lãm ảnh “Hà Nội – 95 mùa xuân dưới cờ Đảng”",
                F.EXHIBITION,
                "btg_exh",
                days=15,
            ),
            _PageItem(
                "Hội nghị báo cáo viên: 95 năm Đảng Cộng sản Việt Nam",
                F.FORUM,
                "btg_oral",
                audience=A.OFFICIALS,
            ),
        ),
    ),
    _PageSpec(
        "south50_page",
        "50 năm Giải phóng miền Nam, thống nhất đất nước",
        "south50",
        0,
        "hnm_print",
        "hn",
        ("hn_renovation",),
        "Trang 1: Mùa xuân đại thắng\nTrang 2: Ký ức người lính\nTrang 3: 50 năm đổi thay",
        (
            _PageItem("Mùa xuân đại thắng – 50 năm nhìn lại", F.ARTICLE, "hnm_print"),
            _PageItem("Ký ức người lính trong đoàn quân giải phóng", F.INTERVIEW, "hnm_print"),
            _PageItem(
                "[Phim tài liệu] 50 năm non sông liền một dải",
                F.DOCUMENTARY,
                "hn_yt",
                audience=A.YOUTH,
            ),
        ),
    ),
)

_HY = d(2024, 10, 1), d(2024, 12, 31)
BURSTS: tuple[_Burst, ...] = (
    _Burst("hy", *_HY, 5, ("hy_print", "hy_web"), ("hy_image",), (A.PUBLIC, A.OVERSEAS)),
    _Burst("hy", *_HY, 3, ("hy_web", "hy_fb"), ("hy_asean",), (A.PUBLIC, A.YOUTH)),
    _Burst("hy", *_HY, 3, ("hy_web", "hy_print"), ("hy_invest",)),
    _Burst(
        "hy", *_HY, 3, ("ht_web", "vna_web"), ("en_hungyen",), (A.INTERNATIONAL, A.OVERSEAS), _EN
    ),
    _Burst("hy", *_HY, 2, ("hy_fb", "hy_web"), ("hy_counter",)),
    _Burst(
        "hn", d(2024, 10, 2), d(2024, 12, 31), 4, ("hnm_web", "hnm_print", "h1", "fm90"), ("trust",)
    ),
    _Burst(
        "hn", d(2024, 10, 2), d(2024, 12, 31), 3, ("hnm_web", "hnm_fb", "portal_web"), ("new_era",)
    ),
    _Burst(
        "hn", d(2024, 10, 5), d(2024, 10, 12), 4, ("hnm_print", "h1", "hnm_web"), ("liberation70",)
    ),
    _Burst(
        "hn",
        d(2025, 1, 27),
        d(2025, 2, 5),
        4,
        ("hnm_print", "hnm_web", "btg_oral"),
        ("party95",),
        (A.OFFICIALS, A.PUBLIC),
    ),
    _Burst(
        "hn", d(2025, 1, 22), d(2025, 2, 2), 3, ("hnm_web", "hnm_fb", "portal_zalo"), ("tet2025",)
    ),
    _Burst(
        "hn",
        d(2025, 4, 20),
        d(2025, 4, 30),
        4,
        ("hnm_print", "hnm_web", "hn_yt", "h1"),
        ("south50",),
    ),
    _Burst("hn", d(2025, 6, 15), d(2025, 6, 21), 2, ("hnm_print", "hnm_web"), ("press100",)),
    _Burst(
        "hn",
        d(2025, 8, 25),
        d(2025, 9, 2),
        4,
        ("hnm_print", "hnm_web", "hnm_fb", "fm90", "btg_exh"),
        ("national80",),
    ),
    _Burst(
        "hn",
        d(2025, 10, 6),
        d(2025, 10, 18),
        5,
        ("hnm_print", "hnm_web", "h1", "portal_web"),
        ("hanoi_congress",),
        (A.PUBLIC, A.OFFICIALS),
    ),
    _Burst(
        "hn",
        d(2025, 3, 1),
        d(2025, 12, 15),
        4,
        ("hnm_web", "hnm_print", "portal_zalo", "hn_yt"),
        ("trust", "renovation", "new_era", "capital"),
        (A.PUBLIC, A.YOUTH),
    ),
    _Burst(
        "hn",
        d(2025, 12, 15),
        d(2025, 12, 22),
        2,
        ("hnm_web", "portal_web"),
        ("conference2025",),
        (A.OFFICIALS,),
    ),
    _Burst(
        "hn",
        d(2026, 1, 5),
        d(2026, 1, 18),
        5,
        ("hnm_print", "hnm_web", "hnm_fb", "h1"),
        ("towards_congress",),
    ),
    _Burst(
        "hn",
        d(2026, 1, 24),
        d(2026, 3, 31),
        5,
        ("hnm_web", "hnm_print", "portal_web", "btg_oral"),
        ("hn_after_congress",),
        (A.PUBLIC, A.OFFICIALS),
    ),
    _Burst(
        "dc",
        d(2026, 1, 24),
        d(2026, 2, 28),
        5,
        ("hnm_print", "hnm_web", "h1", "portal_zalo"),
        ("congress_success",),
    ),
    _Burst(
        "dc",
        d(2026, 2, 20),
        d(2026, 3, 15),
        9,
        ("hnm_web", "hnm_fb", "portal_zalo", "fm90", "h1"),
        ("election",),
        (A.PUBLIC, A.YOUTH),
    ),
    _Burst(
        "dc",
        d(2026, 3, 9),
        d(2026, 3, 22),
        8,
        ("hnm_web", "hnm_print", "h1", "fm90", "portal_zalo", "hnm_fb"),
        ("election", "resolution"),
        (A.PUBLIC, A.YOUTH, A.OFFICIALS),
    ),
    _Burst(
        "dc",
        d(2026, 3, 16),
        d(2026, 4, 15),
        6,
        ("hnm_web", "hnm_print", "h1", "portal_web"),
        ("election_after",),
    ),
    _Burst(
        "dc",
        d(2026, 3, 1),
        d(2026, 6, 30),
        10,
        ("hnm_web", "hnm_print", "h1", "hn_yt", "btg_oral"),
        ("resolution",),
        (A.OFFICIALS, A.PUBLIC),
    ),
    _Burst(
        "dc",
        d(2026, 2, 1),
        d(2026, 6, 30),
        5,
        ("hnm_web", "hnm_fb", "portal_web"),
        ("ideology",),
        (A.OFFICIALS, A.YOUTH),
    ),
    _Burst(
        "dc",
        d(2026, 2, 1),
        d(2026, 6, 30),
        4,
        ("ht_web", "ht_fb", "vna_web"),
        ("en_congress",),
        (A.INTERNATIONAL, A.OVERSEAS),
        _EN,
    ),
    _Burst(None, d(2026, 4, 20), d(2026, 4, 26), 2, ("hnm_web", "h1"), ("hung_kings",)),
    _Burst(
        None,
        d(2026, 2, 10),
        d(2026, 2, 22),
        3,
        ("hnm_web", "hnm_fb", "portal_zalo"),
        ("tet2026",),
        (A.PUBLIC, A.YOUTH),
    ),
    _Burst(
        None,
        d(2026, 2, 10),
        d(2026, 2, 22),
        2,
        ("ht_web",),
        ("en_tet2026",),
        (A.INTERNATIONAL,),
        _EN,
    ),
)

UNSCHEDULED: tuple[_Unscheduled, ...] = (
    _Unscheduled(
        "Loạt bài: Chân dung đảng viên trẻ Thủ đô", F.ARTICLE, "hnm_web", "hn", "hn_trust", S.IDEA
    ),
    _Unscheduled(
        "Podcast: Chuyện Đổi mới kể từ những người trong cuộc",
        F.RADIO_PROGRAMME,
        "fm90",
        "hn",
        "hn_renovation",
        S.IDEA,
    ),
    _Unscheduled(
        "[Infographic] Hành trình 40 năm Đổi mới",
        F.INFOGRAPHIC,
        "hnm_web",
        "hn",
        "hn_renovation",
        S.PLANNED,
    ),
    _Unscheduled(
        "Tọa đàm trực tuyến: Người trẻ và Nghị quyết Đại hội XIV",
        F.FORUM,
        "hnm_fb",
        "dc",
        "dc_new_points",
        S.IDEA,
        audience=A.YOUTH,
    ),
    _Unscheduled(
        "Video ngắn: 60 giây hiểu về bầu cử",
        F.VIDEO,
        "hnm_fb",
        "dc",
        "dc_election",
        S.CANCELLED,
        audience=A.YOUTH,
    ),
    _Unscheduled("[Ảnh] Làng nghề Hưng Yên", F.PHOTO_STORY, "hy_web", "hy", "hy_image", S.IDEA),
    _Unscheduled(
        "Explainer: How Vietnam elects its National Assembly",
        F.ARTICLE,
        "ht_web",
        "dc",
        "dc_election",
        S.IDEA,
        _EN,
        A.INTERNATIONAL,
    ),
    _Unscheduled(
        "Chuyên đề: Kinh tế tư nhân – động lực quan trọng của nền kinh tế",
        F.ARTICLE,
        None,
        "dc",
        "dc_new_points",
        S.IDEA,
    ),
)

# --- Titles -----------------------------------------------------------------------------------

PLACES = (
    "Hoàn Kiếm",
    "Ba Đình",
    "Long Biên",
    "Sóc Sơn",
    "Đông Anh",
    "Ba Vì",
    "Thạch Thất",
    "Hà Đông",
    "Mê Linh",
    "Tây Hồ",
    "Gia Lâm",
    "Cầu Giấy",
    "Sơn Tây",
    "Ứng Hòa",
)
HY_PLACES = (
    "Phố Hiến",
    "Văn Giang",
    "Mỹ Hào",
    "Khoái Châu",
    "Văn Lâm",
    "Yên Mỹ",
    "Tiên Lữ",
    "Ân Thi",
)
SECTORS = (
    "chuyển đổi số",
    "hạ tầng giao thông",
    "giáo dục",
    "y tế cơ sở",
    "du lịch văn hóa",
    "kinh tế tư nhân",
    "nông nghiệp công nghệ cao",
    "cải cách hành chính",
    "bảo tồn di sản",
    "đường sắt đô thị",
    "khoa học – công nghệ",
    "an sinh xã hội",
)
GROUPS = (
    "đảng viên trẻ",
    "cựu chiến binh",
    "doanh nhân",
    "nhà giáo",
    "thầy thuốc",
    "công nhân",
    "nông dân",
    "trí thức",
    "thanh niên tình nguyện",
    "kiều bào",
)
EN_SECTORS = (
    "digital transformation",
    "urban railway",
    "heritage tourism",
    "public services",
    "start-up scene",
    "education",
    "green growth",
    "high-tech agriculture",
)

# Each pool of title templates, and the theme its items carry (None: no plan, no theme).
POOLS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "trust": (
        "hn_trust",
        (
            "Niềm tin mới, động lực mới từ {place}",
            "{group} {place} gửi gắm niềm tin vào Đại hội XIV",
            "Khơi dậy động lực mới cho {sector}",
            "Tiếp thêm niềm tin để {sector} bứt phá",
            "Tự lực, tự tin, tự cường: câu chuyện của {group} {place}",
            "Lan tỏa niềm tin từ những mô hình {sector} ở {place}",
        ),
    ),
    "renovation": (
        "hn_renovation",
        (
            "40 năm Đổi mới: dấu ấn {sector} của Thủ đô",
            "Nhìn lại chặng đường {sector} sau 40 năm Đổi mới",
            "{place} – bốn thập kỷ đổi thay",
            "Bài học từ 40 năm Đổi mới trong {sector}",
            "Vị thế, uy tín quốc tế của đất nước qua góc nhìn {group}",
            "Tiềm năng, vị thế mới của {sector} Hà Nội",
        ),
    ),
    "new_era": (
        "hn_new_era",
        (
            "Kỷ nguyên vươn mình: cơ hội và thách thức với {sector}",
            "Trách nhiệm lịch sử của Đảng trong kỷ nguyên mới – góc nhìn {group}",
            "Đột phá thể chế để {sector} phát triển",
            "Đưa đất nước vào kỷ nguyên mới: {group} {place} sẵn sàng",
            "Tinh gọn bộ máy, khơi thông nguồn lực cho {sector}",
        ),
    ),
    "capital": (
        "hn_capital",
        (
            "Xây dựng Thủ đô Văn hiến – Văn minh – Hiện đại từ {place}",
            "Nét thanh lịch người Hà Nội ở {place}",
            "{place}: gìn giữ văn hiến, hướng tới văn minh",
            "Không gian văn hóa mới ở {place}",
            "Thủ đô hiện đại bắt đầu từ {sector}",
        ),
    ),
    "towards_congress": (
        "hn_trust",
        (
            "Chung tay chuẩn bị Đại hội XIV: {group} {place} góp ý văn kiện",
            "Hướng tới Đại hội XIV: {sector} Thủ đô tăng tốc về đích",
            "Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030: dấu ấn ở {place}",
            "Lắng nghe {group} góp ý dự thảo văn kiện Đại hội XIV",
            "Thi đua lập thành tích chào mừng Đại hội XIV tại {place}",
        ),
    ),
    "liberation70": (
        "hn_capital",
        (
            "70 năm Giải phóng Thủ đô: ký ức {group} về ngày 10/10/1954",
            "Hà Nội 70 năm sau ngày tiếp quản: {sector} đổi thay",
            "Tự hào Thủ đô anh hùng – 70 năm một chặng đường",
            "Đoàn quân tiến về: hồi ức của {group} {place}",
        ),
    ),
    "party95": (
        "hn_trust",
        (
            "95 năm Đảng quang vinh: niềm tin của {group} {place}",
            "Mừng Đảng, mừng Xuân ở {place}",
            "95 năm Đảng Cộng sản Việt Nam và những mốc son lịch sử",
            "Kết nạp đảng viên trẻ: sức sống mới của Đảng bộ {place}",
        ),
    ),
    "tet2025": (
        "hn_capital",
        (
            "Xuân Ất Tỵ: Hà Nội rộn ràng đón Tết",
            "Tết ấm cho {group} {place}",
            "Chợ hoa xuân {place} tấp nập ngày giáp Tết",
            "Giữ gìn nét đẹp Tết Việt giữa lòng Thủ đô",
        ),
    ),
    "south50": (
        "hn_renovation",
        (
            "50 năm thống nhất: {group} Hà Nội kể chuyện ngày toàn thắng",
            "Từ mùa xuân 1975 đến kỷ nguyên mới",
            "Hà Nội – Thành phố Hồ Chí Minh: 50 năm nghĩa tình",
            "Đại thắng mùa xuân 1975 – bản hùng ca bất tử",
            "Nửa thế kỷ non sông liền một dải: {sector} đổi thay",
        ),
    ),
    "press100": (
        "hn_renovation",
        (
            "100 năm Báo chí Cách mạng Việt Nam: người làm báo Thủ đô trong kỷ nguyên số",
            "Báo chí Thủ đô và sứ mệnh bảo vệ nền tảng tư tưởng của Đảng",
            "Một thế kỷ báo chí cách mạng: ký ức của {group}",
        ),
    ),
    "national80": (
        "hn_renovation",
        (
            "80 năm Quốc khánh: {sector} Hà Nội vững bước",
            "Ba Đình – nơi khởi nguồn độc lập",
            "Khát vọng hùng cường sau 80 năm độc lập: góc nhìn {group}",
            "Sẵn sàng cho Lễ diễu binh, diễu hành mừng 80 năm Quốc khánh",
            "Mùa thu độc lập ở {place}",
        ),
    ),
    "hanoi_congress": (
        "hn_capital",
        (
            "Đại hội Đảng bộ Thành phố lần thứ XVIII: khát vọng Thủ đô phát triển",
            "Kỳ vọng của {group} gửi Đại hội Đảng bộ Thành phố lần thứ XVIII",
            "Nhiệm kỳ 2025–2030: {sector} là đột phá của Thủ đô",
            "{place} chào mừng Đại hội Đảng bộ Thành phố lần thứ XVIII",
            "Văn kiện Đại hội XVIII: định hướng phát triển {sector}",
        ),
    ),
    "conference2025": (
        "hn_new_era",
        (
            "Ngành Tuyên giáo và Dân vận tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
            "Dân vận khéo ở {place}: những mô hình hay",
            "Chuyển đổi số trong công tác tuyên giáo: kết quả năm 2025",
        ),
    ),
    "hn_after_congress": (
        "hn_new_era",
        (
            "Thủ đô triển khai Nghị quyết Đại hội XIV: {sector} đi trước một bước",
            "Niềm tin sau Đại hội XIV: {group} {place} nói gì",
            "Hà Nội quán triệt tinh thần Đại hội XIV đến từng chi bộ",
            "Từ Đại hội XIV đến hành động của {place}",
        ),
    ),
    "en_capital": (
        "hn_capital",
        (
            "Hanoi's {en_sector} steps into a new era",
            "New Trust, New Momentum: Hanoi's {en_sector} story",
            "40 years of Doi Moi: Hanoi's {en_sector}, then and now",
            "A cultured, civilised and modern capital: Hanoi's {en_sector}",
            "Why Hanoi is betting on {en_sector}",
        ),
    ),
    "hy_image": (
        "hy_image",
        (
            "Hưng Yên – đất và người: {hy_place}",
            "Quảng bá tiềm năng du lịch {hy_place}",
            "Hình ảnh Hưng Yên qua lăng kính {group}",
            "Phố Hiến xưa, Hưng Yên nay",
            "Nhãn lồng {hy_place} vươn ra thế giới",
            "Cộng đồng người Hưng Yên ở nước ngoài hướng về quê hương",
        ),
    ),
    "hy_asean": (
        "hy_asean",
        (
            "Cộng đồng ASEAN: cơ hội cho {sector} Hưng Yên",
            "Bảo đảm quyền con người ở Việt Nam: những thành tựu không thể phủ nhận",
            "Hỏi – đáp về biển, đảo, biên giới, lãnh thổ",
            "Tự do tín ngưỡng, tôn giáo ở {hy_place}",
            "Dân chủ ở cơ sở: chuyện ở {hy_place}",
        ),
    ),
    "hy_invest": (
        "hy_invest",
        (
            "Hưng Yên trải thảm đỏ đón nhà đầu tư vào {sector}",
            "Xúc tiến đầu tư: {hy_place} mời gọi doanh nghiệp FDI",
            "Khu công nghiệp {hy_place}: sức hút mới",
            "Cải thiện môi trường đầu tư, nâng năng lực cạnh tranh của Hưng Yên",
        ),
    ),
    "hy_counter": (
        "hy_counter",
        (
            "Nhận diện thông tin sai lệch về {sector} trên mạng xã hội",
            "Không để thông tin xuyên tạc làm nhiễu loạn dư luận",
            "Bảo đảm an ninh, an toàn thông tin trong hoạt động thông tin đối ngoại",
        ),
    ),
    "en_hungyen": (
        "hy_image",
        (
            "Hung Yen courts foreign investors in {en_sector}",
            "Pho Hien: the ancient trading port of Hung Yen",
            "Hung Yen longan: from local orchards to world markets",
            "Hung Yen bets on {en_sector} to attract FDI",
        ),
    ),
    "congress_success": (
        "dc_success",
        (
            "Đại hội XIV thành công rất tốt đẹp: niềm vui của {group} {place}",
            "Đại hội XIV – Đại hội của khát vọng phát triển",
            "Dấu ấn Đại hội XIV qua ý kiến {group}",
            "Thông tin nhanh kết quả Đại hội XIV đến {group}",
            "Ban Chấp hành Trung ương khóa XIV: niềm tin và kỳ vọng",
        ),
    ),
    "resolution": (
        "dc_new_points",
        (
            "Điểm mới của Nghị quyết Đại hội XIV về {sector}",
            "Đưa Nghị quyết Đại hội XIV vào cuộc sống ở {place}",
            "Từ “học tập, quán triệt” đến “hiểu sâu – làm đúng – làm đến nơi đến chốn”",
            "Nghị quyết Đại hội XIV: lấy nhân dân làm trung tâm trong {sector}",
            "Xây dựng Đảng là then chốt: {group} {place} hành động",
            "Dân giàu, nước mạnh, dân chủ, công bằng, văn minh: mục tiêu của {sector}",
        ),
    ),
    "election": (
        "dc_election",
        (
            "Bầu cử Quốc hội khóa XVI: {place} sẵn sàng cho ngày hội non sông",
            "Cử tri {group} mong gì ở đại biểu khóa mới",
            "Hỏi – đáp về bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026–2031",
            "Lần đầu đi bầu: tâm sự của cử tri trẻ {place}",
            "Niêm yết danh sách cử tri tại {place}",
            "Chọn người xứng đáng: trách nhiệm của mỗi cử tri",
            "Tiếp xúc cử tri: ứng cử viên trình bày chương trình hành động về {sector}",
        ),
    ),
    "election_after": (
        "dc_election",
        (
            "Công bố kết quả bầu cử đại biểu HĐND tại {place}",
            "Đại biểu Quốc hội khóa XVI: những gương mặt trẻ",
            "Tỷ lệ cử tri đi bầu tại {place} đạt cao",
            "Kỳ họp thứ nhất Quốc hội khóa XVI: cử tri {group} kỳ vọng",
            "HĐND {place} nhiệm kỳ 2026–2031 bắt tay vào việc",
        ),
    ),
    "ideology": (
        "dc_ideology",
        (
            "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
            "Phản bác luận điệu xuyên tạc về {sector}",
            "Nhận diện thông tin sai lệch về Đại hội XIV",
            "Tỉnh táo trước tin giả về bầu cử",
            "Định hướng dư luận: vai trò của {group}",
        ),
    ),
    "en_congress": (
        "dc_foreign",
        (
            "What the 14th Congress Resolution means for {en_sector}",
            "Vietnam's foreign policy after the 14th Party Congress",
            "Vietnam prepares to elect the 16th National Assembly",
            "The 14th Party Congress and Vietnam's new era of development",
            "International friends hail the success of Vietnam's 14th Party Congress",
        ),
    ),
    "tet2026": (
        None,
        (
            "Tết Bính Ngọ: Hà Nội bảo đảm đủ thuốc phục vụ người dân",
            "Tết thời số: điện thoại thay phong bao lì xì",
            "Người trẻ đón Tết theo cách mới",
            "Hà Nội chỉnh trang đô thị đón Tết Bính Ngọ",
        ),
    ),
    "en_tet2026": (
        None,
        (
            "Hanoi transport ridership surges during Tet, Metro traffic up over 30%",
            "Hanoi keeps public services running through Tet",
            "How young Vietnamese make a shift in Tet celebrations",
        ),
    ),
    "hung_kings": (
        None,
        (
            "Giỗ Tổ Hùng Vương: người Hà Nội hướng về cội nguồn",
            "Dâng hương tưởng niệm các Vua Hùng tại {place}",
        ),
    ),
}

_PREFIXES: dict[ContentFormat, tuple[str, str]] = {
    F.INFOGRAPHIC: ("[Infographic] ", "[Infographic] "),
    F.VIDEO: ("[Video] ", "[Video] "),
    F.PHOTO_STORY: ("[Ảnh] ", "[Photos] "),
    F.DOCUMENTARY: ("[Phim tài liệu] ", "[Documentary] "),
    F.FORUM: ("[Tọa đàm] ", "[Forum] "),
    F.EXHIBITION: ("[Triển lãm] ", "[Exhibition] "),
    F.RADIO_PROGRAMME: ("[Phát thanh] ", "[Radio] "),
}

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
_PAST = (S.PUBLISHED,) * 14 + (S.CANCELLED,)
_STATUS_WINDOWS: tuple[tuple[int, tuple[ContentStatus, ...]], ...] = (
    (3, (S.SCHEDULED, S.APPROVED, S.IN_SCREENING)),
    (10, (S.IN_SCREENING, S.SUBMITTED, S.RETURNED, S.IN_PROGRESS, S.APPROVED)),
    (30, (S.IN_PROGRESS, S.ASSIGNED, S.SUBMITTED)),
    (60, (S.ASSIGNED, S.PLANNED)),
)
_FAR_AHEAD = (S.PLANNED, S.PLANNED, S.IDEA)

_WORK_DONE_FROM = {S.SUBMITTED, S.IN_SCREENING, S.APPROVED, S.SCHEDULED, S.PUBLISHED}
_EDIT_DONE_FROM = {S.IN_SCREENING, S.APPROVED, S.SCHEDULED, S.PUBLISHED, S.RETURNED}
_SCREEN_DONE_FROM = {S.APPROVED, S.SCHEDULED, S.PUBLISHED, S.RETURNED}
_UNASSIGNED = {S.IDEA, S.PLANNED, S.CANCELLED}

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


# --- Building ---------------------------------------------------------------------------------


def _one(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _refuse_unless_empty(session: Session) -> None:
    """Refuse a database that already holds records: the demo's outlets and plan numbers are
    unique, and mixing demo rows into real work would be worse than failing."""
    held = {
        "plan(s)": _one(session, Plan),
        "milestone(s)": _one(session, Milestone),
        "outlet(s)": _one(session, Outlet),
        "content item(s)": _one(session, ContentItem),
    }
    found = [f"{count} {name}" for name, count in held.items() if count]
    if found:
        raise DemoError(
            "the demo is built only into an empty database; this one holds " + ", ".join(found)
        )


def _effective_end(spec_end: date | None, milestone: Milestone | None) -> date:
    if milestone is not None:
        return milestone.end_date
    assert spec_end is not None
    return spec_end


def _slots(cadence: str, first: date, last: date) -> list[date]:
    """The column's days in [first, last], read from its RRULE as the calendar does."""
    start = datetime.combine(first, time())
    rule = rrulestr(cadence, dtstart=start)
    return [
        moment.date() for moment in rule.between(start, datetime.combine(last, time()), inc=True)
    ]


class _StatusDealer:
    """Deals statuses by how far an item lies from DEMO_TODAY. Past items are drawn at random;
    ahead, each window hands its statuses out in turn, so every status of the workflow shows up
    as soon as a window holds a few items."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.turns = [0] * (len(_STATUS_WINDOWS) + 1)

    def status_for(self, day: date) -> ContentStatus:
        ahead = (day - DEMO_TODAY).days
        if ahead < 0:
            return self.rng.choice(_PAST)
        window = next((i for i, (limit, _) in enumerate(_STATUS_WINDOWS) if ahead < limit), -1)
        choices = _STATUS_WINDOWS[window][1] if window >= 0 else _FAR_AHEAD
        turn = self.turns[window]
        self.turns[window] += 1
        return choices[turn % len(choices)]


@dataclass
class _Pending:
    """An item not yet flushed, with what its assignments need: its channel and desk."""

    item: ContentItem
    channel: str | None
    desk: str


class _DemoBuilder:
    """Adds the demo's records to one session, keeping the objects by their spec keys."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng
        self.statuses = _StatusDealer(rng)
        self.milestones: dict[str, Milestone] = {}
        self.plans: dict[str, Plan] = {}
        self.themes: dict[str, Theme] = {}
        self.channels: dict[str, Channel] = {}
        self.outlet_of_channel: dict[str, _OutletSpec] = {}
        self.desks: dict[str, Desk] = {}
        self.people: dict[str, Person] = {}
        self.columns: dict[str, SpecialColumn] = {}
        self.outlets: dict[str, Outlet] = {}
        self.items: list[_Pending] = []
        self.titles: set[str] = set()

    def _add(self, record: Base) -> None:
        """Fixed timestamps, so two builds hold the same rows whatever the clock says."""
        if isinstance(record, Versioned):
            record.created_at = DEMO_STAMP
            record.updated_at = DEMO_STAMP
        self.session.add(record)

    def build(self) -> None:
        self._add_milestones()
        self._add_plans()
        self._add_outlets()
        self._add_newsroom()
        self.session.flush()
        self._add_stage_themes()
        self._add_columns()
        pages = self._add_pages()
        self.session.flush()
        self._add_column_items()
        self._add_page_items(pages)
        self._add_burst_items()
        self._add_unscheduled_items()
        self._insert_items()
        self.session.flush()
        self._add_assignments()
        self._add_comments()
        self.session.flush()

    # Planning

    def _add_milestones(self) -> None:
        for spec in MILESTONES:
            milestone = Milestone(
                kind=spec.kind,
                name=spec.name,
                start_date=spec.start,
                end_date=spec.end or spec.start,
                description=spec.description or None,
            )
            self.milestones[spec.key] = milestone
            self._add(milestone)

    def _add_plans(self) -> None:
        for spec in PLANS:
            plan = Plan(
                number=spec.number,
                title=spec.title,
                issuer=spec.issuer,
                issued_on=spec.issued_on,
                start_date=spec.start,
                end_date=spec.end,
                goals=spec.goals,
            )
            self.plans[spec.key] = plan
            self._add(plan)
            for theme_spec in spec.themes:
                theme = Theme(
                    plan=plan,
                    name=theme_spec.name,
                    color=theme_spec.color,
                    description=theme_spec.description or None,
                )
                self.themes[theme_spec.key] = theme
                self._add(theme)
            for position, stage_spec in enumerate(spec.stages, start=1):
                self._add(
                    Stage(
                        plan=plan,
                        name=stage_spec.name,
                        position=position,
                        start_date=stage_spec.start,
                        end_date=stage_spec.end,
                        end_milestone=self.milestones.get(stage_spec.end_milestone or ""),
                        description=stage_spec.description or None,
                    )
                )

    def _add_stage_themes(self) -> None:
        """Emphasis rows carry a target count, so they are rows of their own, not a plain link."""
        for spec in PLANS:
            stages = self.plans[spec.key].stages
            for stage, stage_spec in zip(stages, spec.stages, strict=True):
                for theme_key, target in stage_spec.emphasis:
                    self._add(
                        StageTheme(
                            stage_id=stage.id,
                            theme_id=self.themes[theme_key].id,
                            target_count=target,
                        )
                    )

    # Outlets and newsroom

    def _add_outlets(self) -> None:
        for spec in OUTLETS:
            outlet = Outlet(name=spec.name, kind=spec.kind, description=spec.description or None)
            self.outlets[spec.key] = outlet
            self._add(outlet)
            for key, name, kind in spec.channels:
                channel = Channel(outlet=outlet, name=name, kind=kind)
                self.channels[key] = channel
                self.outlet_of_channel[key] = spec
                self._add(channel)

    def _add_newsroom(self) -> None:
        self.session.flush()
        for key, name, outlet_key, _domain in DESKS:
            desk = Desk(name=name, outlet_id=self.outlets[outlet_key].id)
            self.desks[key] = desk
            self._add(desk)
        self.session.flush()
        for spec in PEOPLE:
            domain = next(desk[3] for desk in DESKS if desk[0] == spec.desk)
            person = Person(
                name=spec.name,
                initials=spec.key,
                email=f"{spec.email}@{domain}",
                desk_id=self.desks[spec.desk].id,
                weekly_capacity=3 if spec.head else spec.capacity,
            )
            self.people[spec.key] = person
            self._add(person)

    # Columns and special pages

    def _add_columns(self) -> None:
        for spec in COLUMNS:
            plan = self.plans[spec.plan]
            themes = [self.themes[key] for key in spec.themes]
            assert all(theme.plan is plan for theme in themes), spec.key
            column = SpecialColumn(
                name=spec.name,
                channel=self.channels[spec.channel],
                plan_id=plan.id,
                owner_person_id=self.people[spec.owner_person].id if spec.owner_person else None,
                owner_desk_id=self.desks[spec.owner_desk].id if spec.owner_desk else None,
                cadence=spec.cadence,
                start_date=spec.start,
                end_date=spec.end,
                end_milestone=self.milestones.get(spec.end_milestone or ""),
                description=spec.description or None,
                themes=themes,
            )
            self.columns[spec.key] = column
            self._add(column)

    def _add_pages(self) -> list[tuple[_PageSpec, SpecialPage]]:
        pages = []
        for spec in PAGES:
            page = SpecialPage(
                title=spec.title,
                milestone=self.milestones[spec.milestone],
                offset_days=spec.offset,
                channel_id=self.channels[spec.channel].id,
                plan_id=self.plans[spec.plan].id,
                sections=spec.sections,
            )
            pages.append((spec, page))
            self._add(page)
        return pages

    # Content items

    def _title(self, pool: str, language: Language, fmt: ContentFormat) -> str:
        """A fresh title from the pool; the format's rubric ("Infographic: ") goes in front."""
        templates = POOLS[pool][1]
        prefix = _PREFIXES.get(fmt, ("", ""))[language is Language.EN]
        for _ in range(40):
            text = self.rng.choice(templates).format(
                place=self.rng.choice(PLACES),
                hy_place=self.rng.choice(HY_PLACES),
                sector=self.rng.choice(SECTORS),
                group=self.rng.choice(GROUPS),
                en_sector=self.rng.choice(EN_SECTORS),
            )
            title = prefix + text[0].upper() + text[1:]
            if title not in self.titles:
                break
        else:
            title = f"{title} ({len(self.titles)})"
        self.titles.add(title)
        return title

    def _format_for(self, channel: str) -> ContentFormat:
        return self.rng.choice(FORMATS_BY_CHANNEL[self.channels[channel].kind])

    def _span_end(self, day: date, fmt: ContentFormat, days: int) -> date | None:
        """Exhibitions run for weeks, forums on the oral channel for two days, some reportages
        are a three-part series; everything else is a one-day piece."""
        if days > 1:
            return day + timedelta(days=days - 1)
        if fmt is F.EXHIBITION:
            return day + timedelta(days=self.rng.randint(6, 20))
        if fmt is F.REPORTAGE and self.rng.random() < 0.3:
            return day + timedelta(days=2)
        if fmt is F.DOCUMENTARY and self.rng.random() < 0.3:
            return day + timedelta(days=1)
        return None

    def _publish_time(self, channel: str | None) -> time | None:
        if channel is None:
            return None
        kind = self.channels[channel].kind
        times = TIMES_BY_CHANNEL.get(kind)
        if not times:
            return None
        if kind in (ChannelKind.TV, ChannelKind.RADIO) or self.rng.random() < 0.5:
            return self.rng.choice(times)
        return None

    def _item(
        self,
        *,
        title: str,
        fmt: ContentFormat,
        channel: str | None,
        plan: str | None,
        themes: Sequence[str],
        day: date | None,
        audience: Audience,
        language: Language,
        column: _ColumnSpec | None = None,
        page: SpecialPage | None = None,
        status: ContentStatus | None = None,
        days: int = 1,
    ) -> None:
        plan_obj = self.plans[plan] if plan else None
        theme_objs = [self.themes[key] for key in dict.fromkeys(themes)]
        assert all(theme.plan is plan_obj for theme in theme_objs), title
        if status is None:
            status = self.statuses.status_for(day) if day else S.IDEA
        has_deadline = day is not None and status not in (S.IDEA, S.CANCELLED)
        item = ContentItem(
            title=title,
            format=fmt,
            status=status,
            plan_id=plan_obj.id if plan_obj else None,
            channel_id=self.channels[channel].id if channel else None,
            column_id=self.columns[column.key].id if column else None,
            special_page_id=page.id if page else None,
            audience=audience,
            language=language,
            planned_start=day,
            planned_end=self._span_end(day, fmt, days) if day else None,
            publish_time=self._publish_time(channel) if day and status is not S.IDEA else None,
            deadline=day - timedelta(days=self.rng.randint(1, 3)) if day and has_deadline else None,
            themes=theme_objs,
        )
        self.items.append(_Pending(item, channel, self._desk_for(column, channel)))

    def _add_column_items(self) -> None:
        for spec in COLUMNS:
            column = self.columns[spec.key]
            end = _effective_end(spec.end, column.end_milestone)
            days = _slots(spec.cadence, max(spec.start, FIRST_DAY), min(end, LAST_DAY))
            for day in sorted(self.rng.sample(days, min(spec.filled, len(days)))):
                pool = self.rng.choice(spec.pools)
                fmt = self.rng.choice(spec.formats)
                extra = self.rng.choice(spec.themes)
                self._item(
                    title=self._title(pool, spec.language, fmt),
                    fmt=fmt,
                    channel=spec.channel,
                    plan=spec.plan,
                    themes=[POOLS[pool][0] or extra, extra],
                    day=day,
                    audience=spec.audience,
                    language=spec.language,
                    column=spec,
                )

    def _add_page_items(self, pages: list[tuple[_PageSpec, SpecialPage]]) -> None:
        for spec, page in pages:
            day = self.milestones[spec.milestone].start_date + timedelta(days=spec.offset)
            for entry in spec.items:
                self.titles.add(entry.title)
                self._item(
                    title=entry.title,
                    fmt=entry.format,
                    channel=entry.channel,
                    plan=spec.plan,
                    themes=spec.themes,
                    day=day,
                    audience=entry.audience,
                    language=entry.language,
                    page=page,
                    days=entry.days,
                )

    def _add_burst_items(self) -> None:
        for burst in BURSTS:
            span = (burst.last - burst.first).days
            for _ in range(burst.count):
                day = burst.first + timedelta(days=self.rng.randint(0, span))
                channel = self.rng.choice(burst.channels)
                pool = self.rng.choice(burst.pools)
                fmt = self._format_for(channel)
                theme = POOLS[pool][0]
                self._item(
                    title=self._title(pool, burst.language, fmt),
                    fmt=fmt,
                    channel=channel,
                    plan=burst.plan,
                    themes=[theme] if theme else [],
                    day=day,
                    audience=self.rng.choice(burst.audiences),
                    language=burst.language,
                )

    def _add_unscheduled_items(self) -> None:
        for spec in UNSCHEDULED:
            self.titles.add(spec.title)
            self._item(
                title=spec.title,
                fmt=spec.format,
                channel=spec.channel,
                plan=spec.plan,
                themes=[spec.theme],
                day=None,
                audience=spec.audience,
                language=spec.language,
                status=spec.status,
            )

    def _insert_items(self) -> None:
        """Insert in date order (the backlog last), so item ids read like the calendar."""
        self.items.sort(key=lambda p: (p.item.planned_start or date.max, p.item.title))
        for pending in self.items:
            self._add(pending.item)

    # Assignments and comments

    def _desk_for(self, column: _ColumnSpec | None, channel: str | None) -> str:
        """The column's desk (or its owner's), else one of the desks of the channel's outlet."""
        if column is not None and column.owner_desk:
            return column.owner_desk
        if column is not None and column.owner_person:
            return next(p.desk for p in PEOPLE if p.key == column.owner_person)
        desks = self.outlet_of_channel[channel].desks if channel else ("thoi_su",)
        return self.rng.choice(desks)

    def _person(self, desk: str, role: AssignmentRole) -> Person:
        members = [p for p in PEOPLE if p.desk == desk]
        skilled = [p for p in members if role in p.skills and not p.head] or [
            p for p in members if role in p.skills
        ]
        return self.people[self.rng.choice(skilled or members).key]

    def _head(self, desk: str) -> Person:
        return self.people[next(p.key for p in PEOPLE if p.desk == desk and p.head)]

    def _add_assignments(self) -> None:
        for pending in self.items:
            item, desk = pending.item, pending.desk
            if item.status in _UNASSIGNED:
                continue
            start = item.planned_start
            for role in WORK_ROLES[item.format]:
                due = (
                    item.deadline - timedelta(days=self.rng.randint(0, 2))
                    if item.deadline
                    else None
                )
                self._assign(item, self._person(desk, role), role, due, _WORK_DONE_FROM)
            edit_due = item.deadline
            self._assign(item, self._head(desk), R.EDIT, edit_due, _EDIT_DONE_FROM)
            screen_due = start - timedelta(days=1) if start else None
            screener = self.people["NVM"] if desk in ("dien_tu", "xdd") else self._head(desk)
            self._assign(item, screener, R.SCREEN, screen_due, _SCREEN_DONE_FROM)

    def _assign(
        self,
        item: ContentItem,
        person: Person,
        role: AssignmentRole,
        due: date | None,
        done_from: set[ContentStatus],
    ) -> None:
        """The assignment's status follows the piece's: work is done once it was submitted,
        editing once it went to screening, screening once it was approved or returned."""
        notes = None
        if item.status in done_from:
            status = AssignmentStatus.DONE
        elif item.status is S.RETURNED or (
            item.status is S.IN_PROGRESS and role not in (R.EDIT, R.SCREEN)
        ):
            status = AssignmentStatus.IN_PROGRESS
            if item.status is S.RETURNED:
                notes = "Sửa theo ý kiến thẩm định."
        elif (item.status is S.SUBMITTED and role is R.EDIT) or (
            item.status is S.IN_SCREENING and role is R.SCREEN
        ):
            status = AssignmentStatus.IN_PROGRESS
        else:
            status = AssignmentStatus.TODO
        self._add(
            Assignment(
                item_id=item.id,
                person_id=person.id,
                role=role,
                due_date=due,
                status=status,
                notes=notes,
            )
        )

    def _add_comments(self) -> None:
        published = 0
        for pending in self.items:
            item = pending.item
            bodies = COMMENTS.get(item.status)
            if not bodies or item.planned_start is None:
                continue
            if item.status is S.PUBLISHED:
                published += 1
                if published % 40:
                    continue
                posted = datetime.combine(item.planned_start + timedelta(days=1), time(16, 0))
            else:
                posted = DEMO_STAMP - timedelta(hours=self.rng.randint(2, 60))
            author = self._head(pending.desk)
            self._add(
                Comment(
                    item_id=item.id,
                    author=author.name,
                    body=self.rng.choice(bodies),
                    posted_at=posted,
                )
            )


def _summary(session: Session) -> DemoSummary:
    return DemoSummary(
        plans=_one(session, Plan),
        stages=_one(session, Stage),
        themes=_one(session, Theme),
        stage_themes=_one(session, StageTheme),
        milestones=_one(session, Milestone),
        outlets=_one(session, Outlet),
        channels=_one(session, Channel),
        desks=_one(session, Desk),
        people=_one(session, Person),
        columns=_one(session, SpecialColumn),
        special_pages=_one(session, SpecialPage),
        items=_one(session, ContentItem),
        assignments=_one(session, Assignment),
        comments=_one(session, Comment),
    )


def build_demo(db: Database) -> DemoSummary:
    """Fill an empty, migrated database with the demo in one transaction: all of it or nothing."""
    with db.transaction() as session:
        _refuse_unless_empty(session)
        _DemoBuilder(session, random.Random(DEMO_SEED)).build()
        return _summary(session)
