"""The content items beyond columns and pages: dated bursts and the undated backlog."""

from __future__ import annotations

from datetime import date

from app.core.enums import Audience, ContentFormat, ContentStatus, Language
from app.services.demo.specs import Burst, Unscheduled

F = ContentFormat
A = Audience
S = ContentStatus
d = date
_EN = Language.EN

_HY = d(2024, 10, 1), d(2024, 12, 31)
BURSTS: tuple[Burst, ...] = (
    Burst("hy", *_HY, 5, ("hy_print", "hy_web"), ("hy_image",), (A.PUBLIC, A.OVERSEAS)),
    Burst("hy", *_HY, 3, ("hy_web", "hy_fb"), ("hy_asean",), (A.PUBLIC, A.YOUTH)),
    Burst("hy", *_HY, 3, ("hy_web", "hy_print"), ("hy_invest",)),
    Burst(
        "hy", *_HY, 3, ("ht_web", "vna_web"), ("en_hungyen",), (A.INTERNATIONAL, A.OVERSEAS), _EN
    ),
    Burst("hy", *_HY, 2, ("hy_fb", "hy_web"), ("hy_counter",)),
    Burst(
        "hn", d(2024, 10, 2), d(2024, 12, 31), 4, ("hnm_web", "hnm_print", "h1", "fm90"), ("trust",)
    ),
    Burst(
        "hn", d(2024, 10, 2), d(2024, 12, 31), 3, ("hnm_web", "hnm_fb", "portal_web"), ("new_era",)
    ),
    Burst(
        "hn", d(2024, 10, 5), d(2024, 10, 12), 4, ("hnm_print", "h1", "hnm_web"), ("liberation70",)
    ),
    Burst(
        "hn",
        d(2025, 1, 27),
        d(2025, 2, 5),
        4,
        ("hnm_print", "hnm_web", "btg_oral"),
        ("party95",),
        (A.OFFICIALS, A.PUBLIC),
    ),
    Burst(
        "hn", d(2025, 1, 22), d(2025, 2, 2), 3, ("hnm_web", "hnm_fb", "portal_zalo"), ("tet2025",)
    ),
    Burst(
        "hn",
        d(2025, 4, 20),
        d(2025, 4, 30),
        4,
        ("hnm_print", "hnm_web", "hn_yt", "h1"),
        ("south50",),
    ),
    Burst("hn", d(2025, 6, 15), d(2025, 6, 21), 2, ("hnm_print", "hnm_web"), ("press100",)),
    Burst(
        "hn",
        d(2025, 8, 25),
        d(2025, 9, 2),
        4,
        ("hnm_print", "hnm_web", "hnm_fb", "fm90", "btg_exh"),
        ("national80",),
    ),
    Burst(
        "hn",
        d(2025, 10, 6),
        d(2025, 10, 18),
        5,
        ("hnm_print", "hnm_web", "h1", "portal_web"),
        ("hanoi_congress",),
        (A.PUBLIC, A.OFFICIALS),
    ),
    Burst(
        "hn",
        d(2025, 3, 1),
        d(2025, 12, 15),
        4,
        ("hnm_web", "hnm_print", "portal_zalo", "hn_yt"),
        ("trust", "renovation", "new_era", "capital"),
        (A.PUBLIC, A.YOUTH),
    ),
    Burst(
        "hn",
        d(2025, 12, 15),
        d(2025, 12, 22),
        2,
        ("hnm_web", "portal_web"),
        ("conference2025",),
        (A.OFFICIALS,),
    ),
    Burst(
        "hn",
        d(2026, 1, 5),
        d(2026, 1, 18),
        5,
        ("hnm_print", "hnm_web", "hnm_fb", "h1"),
        ("towards_congress",),
    ),
    Burst(
        "hn",
        d(2026, 1, 24),
        d(2026, 3, 31),
        5,
        ("hnm_web", "hnm_print", "portal_web", "btg_oral"),
        ("hn_after_congress",),
        (A.PUBLIC, A.OFFICIALS),
    ),
    Burst(
        "dc",
        d(2026, 1, 24),
        d(2026, 2, 28),
        5,
        ("hnm_print", "hnm_web", "h1", "portal_zalo"),
        ("congress_success",),
    ),
    Burst(
        "dc",
        d(2026, 2, 20),
        d(2026, 3, 15),
        9,
        ("hnm_web", "hnm_fb", "portal_zalo", "fm90", "h1"),
        ("election",),
        (A.PUBLIC, A.YOUTH),
    ),
    Burst(
        "dc",
        d(2026, 3, 9),
        d(2026, 3, 22),
        8,
        ("hnm_web", "hnm_print", "h1", "fm90", "portal_zalo", "hnm_fb"),
        ("election", "resolution"),
        (A.PUBLIC, A.YOUTH, A.OFFICIALS),
    ),
    Burst(
        "dc",
        d(2026, 3, 16),
        d(2026, 4, 15),
        6,
        ("hnm_web", "hnm_print", "h1", "portal_web"),
        ("election_after",),
    ),
    Burst(
        "dc",
        d(2026, 3, 1),
        d(2026, 6, 30),
        10,
        ("hnm_web", "hnm_print", "h1", "hn_yt", "btg_oral"),
        ("resolution",),
        (A.OFFICIALS, A.PUBLIC),
    ),
    Burst(
        "dc",
        d(2026, 2, 1),
        d(2026, 6, 30),
        5,
        ("hnm_web", "hnm_fb", "portal_web"),
        ("ideology",),
        (A.OFFICIALS, A.YOUTH),
    ),
    Burst(
        "dc",
        d(2026, 2, 1),
        d(2026, 6, 30),
        4,
        ("ht_web", "ht_fb", "vna_web"),
        ("en_congress",),
        (A.INTERNATIONAL, A.OVERSEAS),
        _EN,
    ),
    Burst(None, d(2026, 4, 20), d(2026, 4, 26), 2, ("hnm_web", "h1"), ("hung_kings",)),
    Burst(
        None,
        d(2026, 2, 10),
        d(2026, 2, 22),
        3,
        ("hnm_web", "hnm_fb", "portal_zalo"),
        ("tet2026",),
        (A.PUBLIC, A.YOUTH),
    ),
    Burst(
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

UNSCHEDULED: tuple[Unscheduled, ...] = (
    Unscheduled(
        "Loạt bài: Chân dung đảng viên trẻ Thủ đô", F.ARTICLE, "hnm_web", "hn", "hn_trust", S.IDEA
    ),
    Unscheduled(
        "Podcast: Chuyện Đổi mới kể từ những người trong cuộc",
        F.RADIO_PROGRAMME,
        "fm90",
        "hn",
        "hn_renovation",
        S.IDEA,
    ),
    Unscheduled(
        "[Infographic] Hành trình 40 năm Đổi mới",
        F.INFOGRAPHIC,
        "hnm_web",
        "hn",
        "hn_renovation",
        S.PLANNED,
    ),
    Unscheduled(
        "Tọa đàm trực tuyến: Người trẻ và Nghị quyết Đại hội XIV",
        F.FORUM,
        "hnm_fb",
        "dc",
        "dc_new_points",
        S.IDEA,
        audience=A.YOUTH,
    ),
    Unscheduled(
        "Video ngắn: 60 giây hiểu về bầu cử",
        F.VIDEO,
        "hnm_fb",
        "dc",
        "dc_election",
        S.CANCELLED,
        audience=A.YOUTH,
    ),
    Unscheduled("[Ảnh] Làng nghề Hưng Yên", F.PHOTO_STORY, "hy_web", "hy", "hy_image", S.IDEA),
    Unscheduled(
        "Explainer: How Vietnam elects its National Assembly",
        F.ARTICLE,
        "ht_web",
        "dc",
        "dc_election",
        S.IDEA,
        _EN,
        A.INTERNATIONAL,
    ),
    Unscheduled(
        "Chuyên đề: Kinh tế tư nhân – động lực quan trọng của nền kinh tế",
        F.ARTICLE,
        None,
        "dc",
        "dc_new_points",
        S.IDEA,
    ),
)
