"""The vocabulary item titles are drawn from: places, sectors, groups, template pools."""

from __future__ import annotations

from app.core.enums import ContentFormat

F = ContentFormat

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

PREFIXES: dict[ContentFormat, tuple[str, str]] = {
    F.INFOGRAPHIC: ("[Infographic] ", "[Infographic] "),
    F.VIDEO: ("[Video] ", "[Video] "),
    F.PHOTO_STORY: ("[Ảnh] ", "[Photos] "),
    F.DOCUMENTARY: ("[Phim tài liệu] ", "[Documentary] "),
    F.FORUM: ("[Tọa đàm] ", "[Forum] "),
    F.EXHIBITION: ("[Triển lãm] ", "[Exhibition] "),
    F.RADIO_PROGRAMME: ("[Phát thanh] ", "[Radio] "),
}
