"""The outlets and their channels, the desks and people, the columns and the special pages."""

from __future__ import annotations

from datetime import date

from app.core.enums import (
    AssignmentRole,
    Audience,
    ChannelKind,
    ContentFormat,
    Language,
    OutletKind,
)
from app.services.demo.specs import ColumnSpec, OutletSpec, PageItem, PageSpec, PersonSpec

F = ContentFormat
A = Audience
R = AssignmentRole
d = date

OUTLETS: tuple[OutletSpec, ...] = (
    OutletSpec(
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
    OutletSpec(
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
    OutletSpec(
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
    OutletSpec(
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
    OutletSpec(
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
    OutletSpec(
        "vna",
        "Thông tấn xã Việt Nam",
        OutletKind.AGENCY,
        "",
        (("vna_web", "VietnamPlus", ChannelKind.WEB),),
        ("doi_ngoai",),
    ),
    OutletSpec(
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

PEOPLE: tuple[PersonSpec, ...] = (
    PersonSpec("NVM", "Nguyễn Văn Minh", "minh.nv", "thoi_su", (R.EDIT, R.SCREEN), head=True),
    PersonSpec("TTH", "Trần Thu Hà", "ha.tt", "thoi_su", (R.WRITE,)),
    PersonSpec("LQH", "Lê Quang Huy", "huy.lq", "thoi_su", (R.PHOTOGRAPH, R.WRITE)),
    PersonSpec("PLA", "Phạm Lan Anh", "anh.pl", "dien_tu", (R.EDIT, R.SCREEN), head=True),
    PersonSpec("HĐT", "Hoàng Đức Thắng", "thang.hd", "dien_tu", (R.DESIGN,), capacity=8),
    PersonSpec("VMP", "Vũ Mai Phương", "phuong.vm", "dien_tu", (R.WRITE, R.FILM)),
    PersonSpec("BTT", "Bùi Thanh Tùng", "tung.bt", "xdd", (R.EDIT, R.SCREEN), head=True),
    PersonSpec("NHN", "Ngô Hồng Nhung", "nhung.nh", "xdd", (R.WRITE,)),
    PersonSpec(
        "ĐVK", "Đỗ Văn Khánh", "khanh.dv", "truyen_hinh", (R.EDIT, R.SCREEN, R.WRITE), head=True
    ),
    PersonSpec("PQB", "Phan Quốc Bảo", "bao.pq", "truyen_hinh", (R.FILM,), capacity=4),
    PersonSpec(
        "TNA", "Trịnh Ngọc Ánh", "anh.tn", "doi_ngoai", (R.EDIT, R.SCREEN, R.WRITE), head=True
    ),
    PersonSpec("LHN", "Lý Hoàng Nam", "nam.lh", "doi_ngoai", (R.WRITE, R.PHOTOGRAPH)),
    PersonSpec("ĐTH", "Đinh Thị Hương", "huong.dt", "hy_desk", (R.EDIT, R.SCREEN), head=True),
    PersonSpec("CVL", "Cao Văn Lực", "luc.cv", "hy_desk", (R.WRITE, R.PHOTOGRAPH, R.FILM)),
)

COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(
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
    ColumnSpec(
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
    ColumnSpec(
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
    ColumnSpec(
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
    ColumnSpec(
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
    ColumnSpec(
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

PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "congress_open",
        "Trang đặc biệt: Khai mạc Đại hội XIV của Đảng",
        "congress14",
        0,
        "hnm_print",
        "hn",
        ("hn_trust", "hn_new_era"),
        "Trang 1: Khai mạc Đại hội\nTrang 2–3: Văn kiện Đại hội\nTrang 4: Thủ đô chào mừng",
        (
            PageItem(
                "Khai mạc trọng thể Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                F.ARTICLE,
                "hnm_print",
            ),
            PageItem(
                "Xã luận: Vững bước vào kỷ nguyên vươn mình của dân tộc", F.COMMENTARY, "hnm_print"
            ),
            PageItem("[Infographic] Đại hội XIV qua những con số", F.INFOGRAPHIC, "hnm_web"),
            PageItem("[Ảnh] Thủ đô rực rỡ cờ hoa chào mừng Đại hội", F.PHOTO_STORY, "hnm_web"),
            PageItem(
                "14th National Party Congress opens in Hanoi",
                F.ARTICLE,
                "ht_web",
                _EN,
                A.INTERNATIONAL,
            ),
        ),
    ),
    PageSpec(
        "congress_countdown",
        "Đếm ngược 3 ngày tới Đại hội XIV",
        "congress14",
        -3,
        "hnm_web",
        "hn",
        ("hn_trust",),
        "Công tác chuẩn bị; Thủ đô sẵn sàng; kỳ vọng của kiều bào",
        (
            PageItem(
                "Sẵn sàng cho Đại hội XIV: công tác chuẩn bị đã hoàn tất", F.ARTICLE, "hnm_web"
            ),
            PageItem("[Video] Hà Nội trang hoàng chào mừng Đại hội", F.VIDEO, "hnm_fb"),
            PageItem(
                "Kỳ vọng của kiều bào hướng về Đại hội XIV",
                F.INTERVIEW,
                "hnm_web",
                audience=A.OVERSEAS,
            ),
        ),
    ),
    PageSpec(
        "election_day",
        "Ngày hội non sông: Bầu cử Quốc hội khóa XVI và HĐND các cấp",
        "election2026",
        0,
        "hnm_print",
        "dc",
        ("dc_election",),
        "Trang 1: Cử tri đi bầu\nTrang 2: Trực tiếp từ các điểm bỏ phiếu\nTrang 3: Số liệu",
        (
            PageItem("Cử tri cả nước nô nức đi bầu cử", F.REPORTAGE, "hnm_print"),
            PageItem("Trực tiếp: Ngày bầu cử tại các điểm bỏ phiếu Thủ đô", F.TV_PROGRAMME, "h1"),
            PageItem(
                "[Infographic] Những con số về cuộc bầu cử khóa XVI", F.INFOGRAPHIC, "hnm_web"
            ),
            PageItem(
                "Vietnam votes for the 16th National Assembly",
                F.ARTICLE,
                "ht_web",
                _EN,
                A.INTERNATIONAL,
            ),
        ),
    ),
    PageSpec(
        "national_day80",
        "80 năm Quốc khánh: Khát vọng Việt Nam hùng cường",
        "national80",
        0,
        "hnm_print",
        "hn",
        ("hn_renovation", "hn_trust"),
        "Trang 1: Xã luận\nTrang 2–3: 80 năm độc lập\nTrang 4: Ảnh diễu binh, diễu hành",
        (
            PageItem("Tám mươi mùa thu độc lập", F.COMMENTARY, "hnm_print"),
            PageItem("[Phim tài liệu] Từ Ba Đình lịch sử đến kỷ nguyên mới", F.DOCUMENTARY, "h1"),
            PageItem("[Ảnh] Diễu binh, diễu hành mừng 80 năm Quốc khánh", F.PHOTO_STORY, "hnm_web"),
            PageItem(
                "80 years of independence: Vietnam's remarkable journey",
                F.ARTICLE,
                "ht_web",
                _EN,
                A.INTERNATIONAL,
            ),
        ),
    ),
    PageSpec(
        "hanoi_congress_tv",
        "Chương trình đặc biệt chào mừng Đại hội Đảng bộ Thành phố lần thứ XVIII",
        "hanoi_congress18",
        0,
        "h1",
        "hn",
        ("hn_capital", "hn_new_era"),
        "Truyền hình trực tiếp phiên khai mạc; tọa đàm; phát thanh đặc biệt",
        (
            PageItem("Hà Nội – Vững bước dưới cờ Đảng", F.TV_PROGRAMME, "h1"),
            PageItem("[Tọa đàm] Thủ đô trong kỷ nguyên mới", F.FORUM, "h1"),
            PageItem(
                "Phát thanh đặc biệt: Đại hội Đảng bộ Thành phố lần thứ XVIII",
                F.RADIO_PROGRAMME,
                "fm90",
            ),
        ),
    ),
    PageSpec(
        "party95_exhibition",
        "Triển lãm ảnh: Hà Nội – 95 mùa xuân dưới cờ Đảng",
        "party95",
        -1,
        "btg_exh",
        "hn",
        ("hn_trust",),
        "Ba phần: Đảng ra đời; Thủ đô đổi mới; Vững bước kỷ nguyên mới",
        (
            PageItem(
                "Triển lãm ảnh “Hà Nội – 95 mùa xuân dưới cờ Đảng”",
                F.EXHIBITION,
                "btg_exh",
                days=15,
            ),
            PageItem(
                "Hội nghị báo cáo viên: 95 năm Đảng Cộng sản Việt Nam",
                F.FORUM,
                "btg_oral",
                audience=A.OFFICIALS,
            ),
        ),
    ),
    PageSpec(
        "south50_page",
        "50 năm Giải phóng miền Nam, thống nhất đất nước",
        "south50",
        0,
        "hnm_print",
        "hn",
        ("hn_renovation",),
        "Trang 1: Mùa xuân đại thắng\nTrang 2: Ký ức người lính\nTrang 3: 50 năm đổi thay",
        (
            PageItem("Mùa xuân đại thắng – 50 năm nhìn lại", F.ARTICLE, "hnm_print"),
            PageItem("Ký ức người lính trong đoàn quân giải phóng", F.INTERVIEW, "hnm_print"),
            PageItem(
                "[Phim tài liệu] 50 năm non sông liền một dải",
                F.DOCUMENTARY,
                "hn_yt",
                audience=A.YOUTH,
            ),
        ),
    ),
)
