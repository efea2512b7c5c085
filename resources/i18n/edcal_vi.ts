<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/about.py" line="20"/>
        <source>Editorial calendar and content planner for newsrooms.</source>
        <translation>Lịch biên tập và công cụ lập kế hoạch nội dung cho các tòa soạn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="38"/>
        <source>About edcal</source>
        <translation>Giới thiệu edcal</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../app/ui/calendar/backlog.py" line="115"/>
        <source>Backlog</source>
        <translation>Chưa lên lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/backlog.py" line="122"/>
        <source>Filter unscheduled items</source>
        <translation>Lọc tin bài chưa lên lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/backlog.py" line="131"/>
        <source>Drag an item onto a day to schedule it; drop one here to unschedule it.</source>
        <translation>Kéo tin bài vào một ngày để lên lịch; thả tin bài vào đây để gỡ khỏi lịch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/backlog.py" line="152"/>
        <source>Backlog (%n)</source>
        <translation>
            <numerusform>Chưa lên lịch (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadenceEditor</name>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="81"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="82"/>
        <source>Monthly on a weekday</source>
        <translation>Hằng tháng, theo thứ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="83"/>
        <source>Monthly on a day</source>
        <translation>Hằng tháng, theo ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="84"/>
        <source>Recurrence rule (RRULE)</source>
        <translation>Quy tắc lặp (RRULE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="126"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="127"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="128"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="129"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="130"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="131"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="132"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="149"/>
        <source>every</source>
        <translation>mỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="151"/>
        <source>week(s)</source>
        <translation>tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="162"/>
        <source>1st</source>
        <translation>tuần thứ 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="162"/>
        <source>2nd</source>
        <translation>tuần thứ 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="162"/>
        <source>3rd</source>
        <translation>tuần thứ 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="162"/>
        <source>4th</source>
        <translation>tuần thứ 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="162"/>
        <source>last</source>
        <translation>tuần cuối</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="172"/>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="173"/>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="174"/>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="175"/>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="176"/>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="177"/>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="178"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="185"/>
        <source>on the</source>
        <translation>vào</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="188"/>
        <location filename="../../app/ui/editor/cadence.py" line="208"/>
        <source>of every month</source>
        <translation>của mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="199"/>
        <source>the last day</source>
        <translation>ngày cuối tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="204"/>
        <source>on day</source>
        <translation>vào ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="206"/>
        <source>or</source>
        <translation>hoặc</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="331"/>
        <source>the rule is empty</source>
        <translation>quy tắc đang trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="340"/>
        <source>Not a valid rule: %1</source>
        <translation>Quy tắc không hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="345"/>
        <source>Next: %1</source>
        <translation>Các ngày tới: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="347"/>
        <source>No dates from today on.</source>
        <translation>Không còn ngày nào từ hôm nay.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="112"/>
        <source>Previous (Page Up)</source>
        <translation>Trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="115"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="115"/>
        <source>Go to today (Home)</source>
        <translation>Về hôm nay (Home)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="117"/>
        <source>Next (Page Down)</source>
        <translation>Tiếp (Page Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="132"/>
        <source>Go to a date</source>
        <translation>Chuyển đến một ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="134"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="135"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="148"/>
        <source>Colour by theme</source>
        <translation>Tô màu theo chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="149"/>
        <source>Colour by status</source>
        <translation>Tô màu theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="150"/>
        <source>Colour by channel</source>
        <translation>Tô màu theo kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="308"/>
        <source>Week %1: %2 – %3</source>
        <translation>Tuần %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="333"/>
        <location filename="../../app/ui/calendar/view.py" line="339"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Di chuyển %n tin bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="351"/>
        <source>Schedule %n item(s)</source>
        <translation>
            <numerusform>Lên lịch %n tin bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="357"/>
        <source>Unschedule %n item(s)</source>
        <translation>
            <numerusform>Gỡ %n tin bài khỏi lịch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="385"/>
        <source>Copy %n item(s)</source>
        <translation>
            <numerusform>Sao chép %n tin bài</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="61"/>
        <source>%1 %2</source>
        <comment>a month&apos;s name, then a year</comment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>DayListDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/day_list.py" line="32"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n tin bài</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/day_list.py" line="45"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="114"/>
        <source>Set a value</source>
        <translation>Đặt giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="211"/>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="213"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="278"/>
        <source>Pick…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="131"/>
        <source>Any words (accents optional)</source>
        <translation>Từ khóa (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="134"/>
        <source>Items whose title, summary or notes hold every word; “dai hoi” finds “Đại hội”</source>
        <translation>Tin bài có đủ mọi từ đã gõ trong tiêu đề, tóm tắt hoặc ghi chú; “dai hoi” tìm ra “Đại hội”</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="146"/>
        <source>Apply a saved filter</source>
        <translation>Áp dụng một bộ lọc đã lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="148"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="149"/>
        <source>Save this filter under a name</source>
        <translation>Đặt tên và lưu bộ lọc này</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="150"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="151"/>
        <source>Delete the saved filter shown</source>
        <translation>Xóa bộ lọc đã lưu đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="152"/>
        <source>Clear</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="153"/>
        <source>Show every item again</source>
        <translation>Hiện lại tất cả tin bài</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="184"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="185"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="186"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="187"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="190"/>
        <source>Outlet</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="191"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="192"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="193"/>
        <source>Assignee</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="206"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="217"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="287"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="289"/>
        <source>All outlets</source>
        <translation>Tất cả cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="291"/>
        <source>All columns</source>
        <translation>Tất cả chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="293"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="294"/>
        <source>All people</source>
        <translation>Tất cả nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="325"/>
        <source>All stages</source>
        <translation>Tất cả giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="326"/>
        <source>All themes</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="331"/>
        <source>All channels</source>
        <translation>Tất cả kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="424"/>
        <source>Saved filters</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="424"/>
        <source>None saved</source>
        <translation>Chưa lưu bộ lọc nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="451"/>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="454"/>
        <source>Name of this filter:</source>
        <translation>Tên bộ lọc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="460"/>
        <source>A saved filter needs a name.</source>
        <translation>Bộ lọc cần có tên mới lưu được.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/filter_bar.py" line="463"/>
        <source>A name may have at most %n character(s).</source>
        <translation>
            <numerusform>Tên chỉ được dài tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="470"/>
        <source>A filter named “%1” exists already. Replace it?</source>
        <translation>Đã có bộ lọc tên “%1”. Thay thế bộ lọc đó?</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../app/ui/gaps.py" line="52"/>
        <source> week(s)</source>
        <translation> tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="58"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="58"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="58"/>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="65"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/gaps.py" line="110"/>
        <source>%n empty slot(s) to fill; double-click one to write it.</source>
        <translation>
            <numerusform>%n kỳ còn trống cần lấp; nhấp đúp vào một kỳ để viết bài cho kỳ đó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="112"/>
        <source>Every slot in these weeks is filled.</source>
        <translation>Mọi kỳ trong những tuần này đều đã có bài.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/history_panel.py" line="123"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="123"/>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="123"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="123"/>
        <source>Old → New</source>
        <translation>Cũ → Mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="145"/>
        <source>Write a comment… (Ctrl+Enter posts it)</source>
        <translation>Viết bình luận… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="148"/>
        <location filename="../../app/ui/history_panel.py" line="310"/>
        <source>Add comment</source>
        <translation>Thêm bình luận</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="150"/>
        <source>Post the comment (Ctrl+Enter)</source>
        <translation>Gửi bình luận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="151"/>
        <location filename="../../app/ui/history_panel.py" line="328"/>
        <source>Delete comment</source>
        <translation>Xóa bình luận</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="169"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="170"/>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="214"/>
        <source>Select a record to see its history.</source>
        <translation>Chọn một bản ghi để xem lịch sử của nó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="222"/>
        <source>%1 #%2 (deleted)</source>
        <translation>%1 #%2 (đã xóa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="225"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="233"/>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="235"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="237"/>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="244"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="305"/>
        <source>This item no longer exists.</source>
        <translation>Tin bài này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_panel.py" line="321"/>
        <source>This comment was already deleted.</source>
        <translation>Bình luận này đã bị xóa trước đó.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../app/ui/calendar/legend.py" line="52"/>
        <source>No theme</source>
        <translation>Không có chủ đề</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Navigator</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Gaps in columns</source>
        <translation>Kỳ trống của chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>History and comments</source>
        <translation>Lịch sử và bình luận</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>My work and workload</source>
        <translation>Việc của tôi và khối lượng việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>New &amp;record…</source>
        <translation>Bản ghi &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Nhân bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;Lists</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;Timeline</source>
        <translation>Dòng &amp;thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>&amp;About edcal</source>
        <translation>&amp;Giới thiệu edcal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Export visible &amp;timeline…</source>
        <translation>Xuất &amp;dòng thời gian đang xem…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Export the whole &amp;plan&apos;s timeline…</source>
        <translation>Xuất dòng thời gian của cả &amp;kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>Set &amp;status</source>
        <translation>Đổi &amp;trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>The new language is used from the next start of edcal.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động edcal tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>Cannot open database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>%1 could not be opened:
%2</source>
        <translation>Không thể mở %1:
%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>Upgraded the database; the old one is kept as %1</source>
        <translation>Đã nâng cấp cơ sở dữ liệu; bản cũ được lưu lại tại %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>Export timeline</source>
        <translation>Xuất dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>Not exported</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363"/>
        <source>edcal databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu edcal (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="465"/>
        <source>Not done</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../app/ui/calendar/month_grid.py" line="130"/>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/month_grid.py" line="212"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n tin nữa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../app/ui/record_actions.py" line="27"/>
        <location filename="../../app/ui/record_actions.py" line="31"/>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="73"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="78"/>
        <source>Duplicate %1</source>
        <translation>Nhân bản %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="89"/>
        <source>Create %1 “%2”</source>
        <translation>Tạo %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="102"/>
        <source>That record no longer exists.</source>
        <translation>Bản ghi đó không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="114"/>
        <source>Someone else saved this record after you opened it. Your changes are still here: save again to overwrite theirs, or cancel to keep them.</source>
        <translation>Người khác đã lưu bản ghi này sau khi bạn mở nó. Các thay đổi của bạn vẫn còn nguyên: hãy lưu lại lần nữa để ghi đè lên bản của họ, hoặc hủy để giữ bản của họ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="119"/>
        <source>This record was deleted meanwhile.</source>
        <translation>Bản ghi này đã bị xóa trong lúc bạn đang sửa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="121"/>
        <source>Edit %1 “%2”</source>
        <translation>Sửa %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="126"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="138"/>
        <source>It cannot be deleted: %1 record(s) of “%2” still refer to it.</source>
        <translation>Không thể xóa: vẫn còn %1 bản ghi thuộc “%2” tham chiếu đến bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="140"/>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_actions.py" line="142"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Xóa %n bản ghi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="62"/>
        <source>Discard them</source>
        <translation>Bỏ các thay đổi này</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="96"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="112"/>
        <source>Change it with Edit → Set status.</source>
        <translation>Đổi trạng thái bằng Sửa → Đổi trạng thái.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="119"/>
        <source>Unsaved changes from %1 were restored.</source>
        <translation>Đã khôi phục các thay đổi chưa lưu từ lúc %1.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../app/ui/record_list.py" line="55"/>
        <source>Filter (accents optional: “dai hoi” finds “Đại hội”)</source>
        <translation>Lọc (gõ không dấu cũng được: “dai hoi” tìm ra “Đại hội”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_list.py" line="149"/>
        <source>Nothing here yet: Edit → New record (Ctrl+N) adds one.</source>
        <translation>Chưa có bản ghi nào: chọn Sửa → Bản ghi mới (Ctrl+N) để thêm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_list.py" line="151"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../app/ui/status_actions.py" line="81"/>
        <source>(select content items)</source>
        <translation>(hãy chọn tin bài)</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_actions.py" line="92"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_actions.py" line="93"/>
        <source>Why is it returned? The reason is kept with the item.</source>
        <translation>Vì sao trả lại? Lý do được lưu cùng tin bài.</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_actions.py" line="104"/>
        <source>Status not changed</source>
        <translation>Chưa đổi trạng thái</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status_actions.py" line="108"/>
        <source>Set %n item(s) to “%1”</source>
        <translation>
            <numerusform>Chuyển %n tin bài sang “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <location filename="../../app/ui/timeline/axis.py" line="27"/>
        <source>Q%1 %2</source>
        <comment>quarter, then year</comment>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/axis.py" line="29"/>
        <source>Q%1</source>
        <translation>Quý %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="163"/>
        <source>Lanes by theme</source>
        <translation>Phân làn theo chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="164"/>
        <source>Lanes by column</source>
        <translation>Phân làn theo chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="165"/>
        <source>Lanes by channel</source>
        <translation>Phân làn theo kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="166"/>
        <source>Lanes by outlet</source>
        <translation>Phân làn theo cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="167"/>
        <source>Lanes by desk</source>
        <translation>Phân làn theo ban</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="168"/>
        <source>Lanes by assignee</source>
        <translation>Phân làn theo người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="169"/>
        <source>Lanes by status</source>
        <translation>Phân làn theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="175"/>
        <source>Colour by status</source>
        <translation>Tô màu theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="176"/>
        <source>Colour by theme</source>
        <translation>Tô màu theo chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="179"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Thu nhỏ (−, Ctrl+con lăn chuột)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="182"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Phóng to (+, Ctrl+con lăn chuột)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="184"/>
        <source>Fit to plan</source>
        <translation>Xem trọn kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="185"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="380"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="536"/>
        <source>⚠ %1: theme “%2” has %3 of %4 item(s)</source>
        <translation>⚠ %1: chủ đề “%2” mới có %3/%4 tin bài</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="546"/>
        <source>… and %n more (point here to see them all)</source>
        <translation>
            <numerusform>… và %n cảnh báo khác (di chuột vào đây để xem tất cả)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="639"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Di chuyển %n tin bài</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="680"/>
        <source>Change the span of “%1”</source>
        <translation>Đổi khoảng thời gian của “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="701"/>
        <source>Move milestone “%1”</source>
        <translation>Dời mốc sự kiện “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="708"/>
        <source>There is no plan to export.</source>
        <translation>Không có kế hoạch nào để xuất.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/week_grid.py" line="223"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n tin nữa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../../app/ui/work_panel.py" line="50"/>
        <source>Whose assignments to show</source>
        <translation>Xem phân công của ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="57"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="57"/>
        <source>Item</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="57"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="57"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="67"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="78"/>
        <source>Assignments due each week against the person&apos;s weekly capacity</source>
        <translation>Số phân công đến hạn mỗi tuần so với năng lực mỗi tuần của từng người</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="83"/>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="84"/>
        <source>Workload</source>
        <translation>Khối lượng việc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_panel.py" line="133"/>
        <source>%1: %n assignment(s) due in the week of %2</source>
        <translation>
            <numerusform>%1: %n phân công đến hạn trong tuần %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="139"/>
        <source>(over capacity: %1)</source>
        <translation>(vượt năng lực: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="148"/>
        <source>No one to show.</source>
        <translation>Không có ai để hiển thị.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_panel.py" line="157"/>
        <source>%n assignment(s), %1 overdue</source>
        <translation>
            <numerusform>%n phân công, %1 quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="174"/>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../app/core/enums.py" line="109"/>
        <source>Idea</source>
        <translation>Ý tưởng</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="110"/>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="111"/>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="112"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="113"/>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="114"/>
        <source>In screening</source>
        <translation>Đang kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="115"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="116"/>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="117"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="118"/>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="119"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="120"/>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="121"/>
        <source>Commentary</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="122"/>
        <source>Interview</source>
        <translation>Phỏng vấn</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="123"/>
        <source>Reportage</source>
        <translation>Phóng sự</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="124"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="125"/>
        <source>TV programme</source>
        <translation>Chương trình truyền hình</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="126"/>
        <source>Radio programme</source>
        <translation>Chương trình phát thanh</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="129"/>
        <source>Documentary</source>
        <translation>Phim tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="130"/>
        <source>Infographic</source>
        <translation>Infographic</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="131"/>
        <source>Photo story</source>
        <translation>Phóng sự ảnh</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="132"/>
        <source>Social post</source>
        <translation>Bài đăng mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="133"/>
        <source>Forum</source>
        <translation>Diễn đàn</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="134"/>
        <location filename="../../app/core/enums.py" line="148"/>
        <source>Exhibition</source>
        <translation>Triển lãm</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="135"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="136"/>
        <source>Election</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="137"/>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="138"/>
        <source>Anniversary</source>
        <translation>Ngày kỷ niệm</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="139"/>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="140"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="141"/>
        <source>Print</source>
        <translation>Báo in</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="142"/>
        <source>Web</source>
        <translation>Báo điện tử</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="143"/>
        <source>Television</source>
        <translation>Truyền hình</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="144"/>
        <source>Radio</source>
        <translation>Phát thanh</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="145"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="146"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="147"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="149"/>
        <source>Oral propaganda</source>
        <translation>Tuyên truyền miệng</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="150"/>
        <source>Newspaper</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="151"/>
        <source>Broadcaster</source>
        <translation>Đài phát thanh, truyền hình</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="152"/>
        <source>Portal</source>
        <translation>Cổng thông tin điện tử</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="153"/>
        <source>Agency</source>
        <translation>Hãng thông tấn</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="154"/>
        <source>Department</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="155"/>
        <source>Officials and Party members</source>
        <translation>Cán bộ, đảng viên</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="156"/>
        <source>All strata of the people</source>
        <translation>Các tầng lớp nhân dân</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="157"/>
        <source>Overseas Vietnamese</source>
        <translation>Người Việt Nam ở nước ngoài</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="158"/>
        <source>International friends</source>
        <translation>Bạn bè quốc tế</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="159"/>
        <source>Young people</source>
        <translation>Thế hệ trẻ</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="160"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="161"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="162"/>
        <source>Write</source>
        <translation>Viết</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="163"/>
        <source>Edit</source>
        <translation>Biên tập</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="164"/>
        <source>Photograph</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="165"/>
        <source>Film</source>
        <translation>Quay phim</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="166"/>
        <source>Design</source>
        <translation>Thiết kế</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="167"/>
        <source>Screen</source>
        <translation>Kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="168"/>
        <source>To do</source>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="169"/>
        <source>Under way</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="170"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../app/core/records.py" line="88"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="89"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="90"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="91"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="111"/>
        <location filename="../../app/core/records.py" line="119"/>
        <location filename="../../app/core/records.py" line="267"/>
        <location filename="../../app/core/records.py" line="317"/>
        <location filename="../../app/core/records.py" line="348"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="120"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="122"/>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="124"/>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="125"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="127"/>
        <location filename="../../app/core/records.py" line="203"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="129"/>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="137"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="138"/>
        <source>Stages</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="144"/>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="152"/>
        <location filename="../../app/core/records.py" line="287"/>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="95"/>
        <source>Ends at milestone</source>
        <translation>Kết thúc tại mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="156"/>
        <source>Emphasised themes</source>
        <translation>Chủ đề trọng tâm</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="108"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="170"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="101"/>
        <location filename="../../app/core/records.py" line="171"/>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="177"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="190"/>
        <location filename="../../app/core/records.py" line="302"/>
        <source>Milestone</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="191"/>
        <source>Milestones</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="195"/>
        <location filename="../../app/core/records.py" line="217"/>
        <location filename="../../app/core/records.py" line="243"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="211"/>
        <location filename="../../app/core/records.py" line="235"/>
        <location filename="../../app/core/records.py" line="426"/>
        <source>Outlet</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="212"/>
        <source>Outlets</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="92"/>
        <location filename="../../app/core/records.py" line="230"/>
        <location filename="../../app/core/records.py" line="262"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="231"/>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="256"/>
        <location filename="../../app/core/records.py" line="351"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="257"/>
        <source>Columns</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="269"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="273"/>
        <source>Owning desk</source>
        <translation>Ban phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="280"/>
        <source>Cadence</source>
        <translation>Tần suất</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="296"/>
        <location filename="../../app/core/records.py" line="355"/>
        <source>Special page</source>
        <translation>Trang chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="297"/>
        <source>Special pages</source>
        <translation>Trang chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="309"/>
        <source>Days from milestone</source>
        <translation>Số ngày so với mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="319"/>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="327"/>
        <location filename="../../app/core/records.py" line="439"/>
        <source>Content item</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="328"/>
        <source>Content items</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="333"/>
        <source>Format</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="341"/>
        <location filename="../../app/core/records.py" line="462"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="359"/>
        <source>Planned start</source>
        <translation>Bắt đầu dự kiến</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="362"/>
        <source>Planned end</source>
        <translation>Kết thúc dự kiến</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="367"/>
        <source>Time</source>
        <translation>Giờ đăng</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="369"/>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="372"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="381"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="390"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="399"/>
        <location filename="../../app/core/records.py" line="446"/>
        <source>Person</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="400"/>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="403"/>
        <source>Initials</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="404"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="405"/>
        <location filename="../../app/core/records.py" line="421"/>
        <source>Desk</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="408"/>
        <source>Weekly capacity</source>
        <translation>Định mức mỗi tuần</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="422"/>
        <source>Desks</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="434"/>
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="435"/>
        <source>Assignments</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="453"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="459"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../app/core/validation.py" line="19"/>
        <source>This field is required.</source>
        <translation>Bắt buộc phải nhập trường này.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="20"/>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="21"/>
        <source>Give an end date or a milestone the stage ends at.</source>
        <translation>Hãy nhập ngày kết thúc hoặc chọn mốc sự kiện mà giai đoạn kết thúc.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="22"/>
        <source>A colour is written #RRGGBB, for example #c0392b.</source>
        <translation>Màu được viết theo dạng #RRGGBB, ví dụ #c0392b.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="23"/>
        <source>This is not a valid recurrence rule: {reason}</source>
        <translation>Quy tắc lặp lại không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="24"/>
        <source>Must be between {minimum} and {maximum}.</source>
        <translation>Phải nằm trong khoảng từ {minimum} đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="25"/>
        <source>“{value}” is already used by another record.</source>
        <translation>“{value}” đã được dùng cho một bản ghi khác.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="26"/>
        <source>The stage ends on {end}, after its plan ends ({plan_end}).</source>
        <translation>Giai đoạn kết thúc ngày {end}, muộn hơn ngày kết thúc của kế hoạch ({plan_end}).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="29"/>
        <source>The stage starts on {start}, before its plan starts ({plan_start}).</source>
        <translation>Giai đoạn bắt đầu ngày {start}, sớm hơn ngày bắt đầu của kế hoạch ({plan_start}).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="32"/>
        <source>The chosen record no longer exists.</source>
        <translation>Bản ghi đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="33"/>
        <source>Theme “{theme}” belongs to another plan.</source>
        <translation>Chủ đề “{theme}” thuộc một kế hoạch khác.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="34"/>
        <source>At most {maximum} characters.</source>
        <translation>Tối đa {maximum} ký tự.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="20"/>
        <source>“{title}” cannot go on {day}: its plan runs from {start} to {end}.</source>
        <translation>Không thể xếp “{title}” vào ngày {day}: kế hoạch của tin bài chỉ kéo dài từ {start} đến {end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="23"/>
        <source>“{title}” cannot go on {day}: its column “{column}” ended on {end}.</source>
        <translation>Không thể xếp “{title}” vào ngày {day}: chuyên mục “{column}” của tin bài đã kết thúc ngày {end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="26"/>
        <source>“{title}” cannot go on {day}: its column “{column}” starts on {start}.</source>
        <translation>Không thể xếp “{title}” vào ngày {day}: chuyên mục “{column}” của tin bài bắt đầu từ ngày {start}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="29"/>
        <source>“{title}” cannot end on {end}, before it starts on {start}.</source>
        <translation>Không thể để “{title}” kết thúc ngày {end}, sớm hơn ngày bắt đầu {start}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="32"/>
        <source>“{title}” cannot end on {end} without a start date.</source>
        <translation>Không thể để “{title}” kết thúc ngày {end} khi chưa có ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/milestones.py" line="15"/>
        <source>Stage “{stage}” ends at this milestone and would end before it starts ({start}).</source>
        <translation>Giai đoạn “{stage}” kết thúc tại mốc sự kiện này nên sẽ kết thúc sớm hơn ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../app/services/milestones.py" line="18"/>
        <source>Stage “{stage}” ends at this milestone and would end after its plan ({end}).</source>
        <translation>Giai đoạn “{stage}” kết thúc tại mốc sự kiện này nên sẽ kết thúc muộn hơn ngày kết thúc của kế hoạch ({end}).</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="42"/>
        <source>Assign people to “{title}” in its editor: dragging only hands work from one person to another.</source>
        <translation>Hãy phân công người thực hiện “{title}” trong cửa sổ sửa tin bài: kéo thả chỉ chuyển việc từ người này sang người khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="47"/>
        <source>“{title}” has no work assigned to {person}.</source>
        <translation>{person} không được phân công việc nào trong “{title}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="48"/>
        <source>“{title}” cannot go into the column “{column}”: it belongs to another plan.</source>
        <translation>Không thể đưa “{title}” vào chuyên mục “{column}”: chuyên mục này thuộc một kế hoạch khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="51"/>
        <source>An outlet has several channels: drop “{title}” on the lane of a channel instead.</source>
        <translation>Một cơ quan truyền thông có nhiều kênh: hãy thả “{title}” vào làn của một kênh cụ thể.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="54"/>
        <source>The desks of “{title}” follow the people assigned to it: drop it on the lane of a person instead.</source>
        <translation>Ban của “{title}” đi theo những người được phân công: hãy thả tin bài vào làn của một người.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="59"/>
        <source>The status of “{title}” changes through screening, not by dragging: use its editor.</source>
        <translation>Trạng thái của “{title}” thay đổi qua quy trình kiểm duyệt, không phải bằng kéo thả: hãy dùng cửa sổ sửa tin bài.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="81"/>
        <source>The item is already “{target}”.</source>
        <translation>Tin bài đã ở trạng thái “{target}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="82"/>
        <source>A published item cannot change status: “{current}” is final.</source>
        <translation>Tin bài đã đăng không thể đổi trạng thái: “{current}” là trạng thái cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="85"/>
        <source>An item that is “{current}” cannot become “{target}”; it can become: {allowed}.</source>
        <translation>Tin bài đang “{current}” không thể chuyển sang “{target}”; chỉ có thể chuyển sang: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="89"/>
        <source>Only an approved item can be scheduled; this one is “{current}”.</source>
        <translation>Chỉ tin bài đã duyệt mới được lên lịch; tin bài này đang “{current}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="93"/>
        <source>Only an approved item that has been scheduled can be published; this one is “{current}”.</source>
        <translation>Chỉ tin bài đã duyệt và đã lên lịch mới được đăng; tin bài này đang “{current}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="97"/>
        <source>The item has no approval on record: it must be screened and approved before it is “{target}”.</source>
        <translation>Tin bài chưa có phê duyệt: phải được kiểm duyệt và phê duyệt trước khi chuyển sang “{target}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/workflow.py" line="101"/>
        <source>Say why the item is returned: a reason is required.</source>
        <translation>Hãy nêu lý do trả lại tin bài: bắt buộc phải có lý do.</translation>
    </message>
    <message>
        <location filename="../../app/services/slots.py" line="36"/>
        <source>Column “{column}”: {reason}</source>
        <translation>Chuyên mục “{column}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/slots.py" line="37"/>
        <source>Column “{column}” has no slot on {day}.</source>
        <translation>Chuyên mục “{column}” không có kỳ nào vào ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/slots.py" line="38"/>
        <source>Column “{column}” runs from {start} to {end}: {day} is outside it.</source>
        <translation>Chuyên mục “{column}” chạy từ {start} đến {end}: ngày {day} nằm ngoài khoảng đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/slots.py" line="41"/>
        <source>Column “{column}” already has a slot on {day}.</source>
        <translation>Chuyên mục “{column}” đã có một kỳ vào ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/editing.py" line="24"/>
        <source>The status changes only through the screening workflow (Edit → Set status).</source>
        <translation>Trạng thái chỉ thay đổi qua quy trình kiểm duyệt (Sửa → Đổi trạng thái).</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="28"/>
        <source>A comment needs some text.</source>
        <translation>Bình luận cần có nội dung.</translation>
    </message>
</context>
</TS>
