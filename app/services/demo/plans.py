"""The milestones of the demo and the plans planned around them, with themes and stages."""

from __future__ import annotations

from datetime import date

from app.core.enums import MilestoneKind
from app.services.demo.specs import MilestoneSpec, PlanSpec, StageSpec, ThemeSpec

d = date

MILESTONES: tuple[MilestoneSpec, ...] = (
    MilestoneSpec(
        "liberation70",
        MilestoneKind.ANNIVERSARY,
        "70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024)",
        d(2024, 10, 10),
    ),
    MilestoneSpec(
        "tet2025",
        MilestoneKind.HOLIDAY,
        "Tết Nguyên đán Ất Tỵ 2025",
        d(2025, 1, 29),
        description="Mùng 1 tháng Giêng năm Ất Tỵ.",
    ),
    MilestoneSpec(
        "party95",
        MilestoneKind.ANNIVERSARY,
        "95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025)",
        d(2025, 2, 3),
    ),
    MilestoneSpec(
        "hung_kings2025",
        MilestoneKind.HOLIDAY,
        "Giỗ Tổ Hùng Vương năm 2025 (10/3 âm lịch)",
        d(2025, 4, 7),
    ),
    MilestoneSpec(
        "south50",
        MilestoneKind.ANNIVERSARY,
        "50 năm Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025)",
        d(2025, 4, 30),
    ),
    MilestoneSpec(
        "press100",
        MilestoneKind.ANNIVERSARY,
        "100 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 – 21/6/2025)",
        d(2025, 6, 21),
    ),
    MilestoneSpec(
        "national80",
        MilestoneKind.ANNIVERSARY,
        "80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
        d(2025, 9, 2),
    ),
    # The seeds do not date the 18th Hanoi Party Congress; the demo assumes 16–18 October 2025.
    MilestoneSpec(
        "hanoi_congress18",
        MilestoneKind.CONGRESS,
        "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025–2030",
        d(2025, 10, 16),
        d(2025, 10, 18),
    ),
    MilestoneSpec(
        "conference2025",
        MilestoneKind.CONFERENCE,
        "Hội nghị toàn quốc tổng kết công tác năm 2025 của Ban Tuyên giáo và Dân vận Trung ương",
        d(2025, 12, 19),
        description="Hình thức trực tiếp kết hợp trực tuyến; tổng kết năm 2025, "
        "triển khai nhiệm vụ năm 2026.",
    ),
    MilestoneSpec(
        "exhibition2025",
        MilestoneKind.OTHER,
        "Triển lãm sách, ảnh về thành tựu báo chí trong chuyển đổi số",
        d(2025, 12, 19),
        description="Bên lề Hội nghị toàn quốc ngày 19/12/2025.",
    ),
    MilestoneSpec(
        "congress14",
        MilestoneKind.CONGRESS,
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        d(2026, 1, 19),
        d(2026, 1, 23),
        description="Diễn ra tại Thủ đô Hà Nội từ ngày 19 đến 23/01/2026.",
    ),
    MilestoneSpec(
        "tet2026",
        MilestoneKind.HOLIDAY,
        "Tết Nguyên đán Bính Ngọ 2026",
        d(2026, 2, 17),
        description="Mùng 1 tháng Giêng năm Bính Ngọ.",
    ),
    # The seeds do not date the national conference on the Resolution; the demo assumes 26/02/2026.
    MilestoneSpec(
        "resolution_conference",
        MilestoneKind.CONFERENCE,
        "Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
        d(2026, 2, 26),
        description="Trực tiếp kết hợp trực tuyến tới các điểm cầu trong cả nước.",
    ),
    MilestoneSpec(
        "election2026",
        MilestoneKind.ELECTION,
        "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031",
        d(2026, 3, 15),
    ),
    MilestoneSpec(
        "hung_kings2026",
        MilestoneKind.HOLIDAY,
        "Giỗ Tổ Hùng Vương năm 2026 (10/3 âm lịch)",
        d(2026, 4, 26),
    ),
)

PLANS: tuple[PlanSpec, ...] = (
    PlanSpec(
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
            ThemeSpec(
                "hn_trust",
                "Niềm tin mới, Động lực mới",
                "#c0392b",
                "New Trust, New Momentum.",
            ),
            ThemeSpec(
                "hn_renovation",
                "Thành tựu 40 năm Đổi mới",
                "#e67e22",
                "Thành tựu, tiềm năng, vị thế và uy tín quốc tế của đất nước sau 40 năm Đổi mới.",
            ),
            ThemeSpec(
                "hn_new_era",
                "Cơ hội, thách thức và trách nhiệm lịch sử của Đảng đưa đất nước "
                "bước vào kỷ nguyên mới",
                "#2471a3",
                "Kỷ nguyên vươn mình của dân tộc Việt Nam.",
            ),
            ThemeSpec(
                "hn_capital",
                "Thủ đô Văn hiến – Văn minh – Hiện đại",
                "#1e8449",
                "Cultural, Civilized, Modern Capital.",
            ),
        ),
        stages=(
            StageSpec(
                "Từ nay đến hết năm 2024",
                d(2024, 10, 2),
                d(2024, 12, 31),
                (("hn_trust", 12), ("hn_renovation", 10), ("hn_new_era", 8), ("hn_capital", 4)),
                description="Tập trung tuyên truyền ba chủ đề lớn; xây dựng Thủ đô "
                "Văn hiến – Văn minh – Hiện đại.",
            ),
            StageSpec(
                "Từ năm 2025 đến Đại hội XIV",
                d(2025, 1, 1),
                None,
                (("hn_trust", 30), ("hn_renovation", 25), ("hn_new_era", 20), ("hn_capital", 15)),
                end_milestone="congress14",
                description="Tuyên truyền thường xuyên, liên tục ba chủ đề lớn gắn với Đại hội "
                "Đảng bộ các cấp, Đại hội Đảng bộ Thành phố lần thứ XVIII; các ngày lễ lớn "
                "năm 2025; bảo vệ nền tảng tư tưởng của Đảng.",
            ),
            StageSpec(
                "Sau Đại hội XIV: tuyên truyền kết quả Đại hội",
                d(2026, 1, 24),
                d(2026, 3, 31),
                (("hn_trust", 6), ("hn_new_era", 6)),
            ),
        ),
    ),
    PlanSpec(
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
            ThemeSpec("hy_image", "Quảng bá hình ảnh, tiềm năng, thế mạnh Hưng Yên", "#8e44ad"),
            ThemeSpec("hy_asean", "ASEAN, quyền con người, biển đảo và biên giới", "#17a589"),
            ThemeSpec("hy_invest", "Xúc tiến, thu hút đầu tư", "#b7950b"),
            ThemeSpec("hy_counter", "Đấu tranh với thông tin sai lệch, xuyên tạc", "#707b7c"),
        ),
        # The plan is not divided into periods in the seed; the demo plans it by quarter.
        stages=(
            StageSpec(
                "Quý I/2024: ban hành văn bản, bố trí nhân sự",
                d(2024, 1, 1),
                d(2024, 3, 31),
                (("hy_image", 4), ("hy_counter", 2)),
            ),
            StageSpec(
                "Quý II/2024: quảng bá hình ảnh, du lịch",
                d(2024, 4, 1),
                d(2024, 6, 30),
                (("hy_image", 8), ("hy_asean", 3)),
            ),
            StageSpec(
                "Quý III/2024: xúc tiến đầu tư",
                d(2024, 7, 1),
                d(2024, 9, 30),
                (("hy_invest", 8), ("hy_image", 4)),
            ),
            StageSpec(
                "Quý IV/2024: ASEAN, quyền con người, tổng kết",
                d(2024, 10, 1),
                d(2024, 12, 31),
                (("hy_asean", 5), ("hy_invest", 4), ("hy_image", 6), ("hy_counter", 3)),
            ),
        ),
    ),
    PlanSpec(
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
            ThemeSpec("dc_success", "Thành công của Đại hội XIV", "#922b21"),
            ThemeSpec("dc_new_points", "Nội dung cốt lõi và điểm mới của Nghị quyết", "#2e86c1"),
            ThemeSpec(
                "dc_election",
                "Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026–2031",
                "#ca6f1e",
            ),
            ThemeSpec("dc_ideology", "Bảo vệ nền tảng tư tưởng của Đảng", "#1b2631"),
            ThemeSpec(
                "dc_foreign",
                "Đường lối đối ngoại của Đại hội XIV",
                "#af7ac5",
                "The foreign policy line of the 14th National Party Congress.",
            ),
        ),
        stages=(
            StageSpec(
                "Thông tin nhanh kết quả Đại hội XIV",
                d(2026, 1, 23),
                d(2026, 2, 28),
                (("dc_success", 10), ("dc_foreign", 3)),
            ),
            StageSpec(
                "Học tập, quán triệt Nghị quyết; tuyên truyền bầu cử",
                d(2026, 3, 1),
                None,
                (("dc_new_points", 8), ("dc_election", 12), ("dc_ideology", 4)),
                end_milestone="election2026",
            ),
            StageSpec(
                "Đưa Nghị quyết vào cuộc sống",
                d(2026, 3, 16),
                d(2026, 12, 31),
                (("dc_new_points", 25), ("dc_ideology", 10), ("dc_foreign", 5)),
            ),
        ),
    ),
)
