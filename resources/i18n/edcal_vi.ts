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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/backlog.py" line="122"/>
        <source>Filter unscheduled items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/backlog.py" line="131"/>
        <source>Drag an item onto a day to schedule it; drop one here to unschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/backlog.py" line="152"/>
        <source>Backlog (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="119"/>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="122"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="122"/>
        <source>Go to today (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="124"/>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="139"/>
        <source>Go to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="141"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="142"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="155"/>
        <source>Colour by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="156"/>
        <source>Colour by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="157"/>
        <source>Colour by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="284"/>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="309"/>
        <location filename="../../app/ui/calendar/view.py" line="315"/>
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="327"/>
        <source>Schedule %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="333"/>
        <source>Unschedule %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="361"/>
        <source>Copy %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayListDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/day_list.py" line="32"/>
        <source>%1: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/day_list.py" line="45"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="111"/>
        <source>Set a value</source>
        <translation>Đặt giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="194"/>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="196"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="261"/>
        <source>Pick…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="131"/>
        <source>Any words (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="134"/>
        <source>Items whose title, summary or notes hold every word; “dai hoi” finds “Đại hội”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="146"/>
        <source>Apply a saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="148"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="149"/>
        <source>Save this filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="150"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="151"/>
        <source>Delete the saved filter shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="152"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="153"/>
        <source>Show every item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="184"/>
        <source>Plan</source>
        <translation type="unfinished">Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="185"/>
        <source>Stage</source>
        <translation type="unfinished">Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="186"/>
        <source>Theme</source>
        <translation type="unfinished">Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="187"/>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="190"/>
        <source>Outlet</source>
        <translation type="unfinished">Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="191"/>
        <source>Channel</source>
        <translation type="unfinished">Kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="192"/>
        <source>Column</source>
        <translation type="unfinished">Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="193"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="206"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="217"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="287"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="289"/>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="291"/>
        <source>All columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="293"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="294"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="325"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="326"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="331"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="424"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="424"/>
        <source>None saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="451"/>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="454"/>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="460"/>
        <source>A saved filter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/filter_bar.py" line="463"/>
        <source>A name may have at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="470"/>
        <source>A filter named “%1” exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../app/ui/calendar/legend.py" line="52"/>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>The timeline view comes here.</source>
        <translation>Chế độ xem dòng thời gian sẽ được đặt ở đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>Navigator</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>New &amp;record…</source>
        <translation>Bản ghi &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Nhân bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>&amp;Lists</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>&amp;Timeline</source>
        <translation>Dòng &amp;thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>&amp;About edcal</source>
        <translation>&amp;Giới thiệu edcal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>The new language is used from the next start of edcal.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động edcal tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Cannot open database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>%1 could not be opened:
%2</source>
        <translation>Không thể mở %1:
%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>Upgraded the database; the old one is kept as %1</source>
        <translation>Đã nâng cấp cơ sở dữ liệu; bản cũ được lưu lại tại %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>edcal databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu edcal (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Not done</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../app/ui/calendar/month_grid.py" line="106"/>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/month_grid.py" line="185"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <location filename="../../app/ui/editor/dialog.py" line="113"/>
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
    <name>WeekGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/week_grid.py" line="222"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../app/core/records.py" line="82"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="83"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="84"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="85"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="105"/>
        <location filename="../../app/core/records.py" line="113"/>
        <location filename="../../app/core/records.py" line="261"/>
        <location filename="../../app/core/records.py" line="310"/>
        <location filename="../../app/core/records.py" line="340"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="114"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="116"/>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="118"/>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="119"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="121"/>
        <location filename="../../app/core/records.py" line="197"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="123"/>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="131"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="132"/>
        <source>Stages</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="138"/>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="146"/>
        <location filename="../../app/core/records.py" line="280"/>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="89"/>
        <source>Ends at milestone</source>
        <translation>Kết thúc tại mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="150"/>
        <source>Emphasised themes</source>
        <translation>Chủ đề trọng tâm</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="102"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="164"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="95"/>
        <location filename="../../app/core/records.py" line="165"/>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="171"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="184"/>
        <location filename="../../app/core/records.py" line="295"/>
        <source>Milestone</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="185"/>
        <source>Milestones</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="189"/>
        <location filename="../../app/core/records.py" line="211"/>
        <location filename="../../app/core/records.py" line="237"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="205"/>
        <location filename="../../app/core/records.py" line="229"/>
        <location filename="../../app/core/records.py" line="418"/>
        <source>Outlet</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="206"/>
        <source>Outlets</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="86"/>
        <location filename="../../app/core/records.py" line="224"/>
        <location filename="../../app/core/records.py" line="256"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="225"/>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="250"/>
        <location filename="../../app/core/records.py" line="343"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="251"/>
        <source>Columns</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="263"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="267"/>
        <source>Owning desk</source>
        <translation>Ban phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="274"/>
        <source>Cadence (RRULE)</source>
        <translation>Tần suất (RRULE)</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="289"/>
        <location filename="../../app/core/records.py" line="347"/>
        <source>Special page</source>
        <translation>Trang chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="290"/>
        <source>Special pages</source>
        <translation>Trang chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="302"/>
        <source>Days from milestone</source>
        <translation>Số ngày so với mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="312"/>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="320"/>
        <location filename="../../app/core/records.py" line="431"/>
        <source>Content item</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="321"/>
        <source>Content items</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="326"/>
        <source>Format</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="334"/>
        <location filename="../../app/core/records.py" line="454"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="351"/>
        <source>Planned start</source>
        <translation>Bắt đầu dự kiến</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="354"/>
        <source>Planned end</source>
        <translation>Kết thúc dự kiến</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="359"/>
        <source>Time</source>
        <translation>Giờ đăng</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="361"/>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="364"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="373"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="382"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="391"/>
        <location filename="../../app/core/records.py" line="438"/>
        <source>Person</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="392"/>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="395"/>
        <source>Initials</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="396"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="397"/>
        <location filename="../../app/core/records.py" line="413"/>
        <source>Desk</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="400"/>
        <source>Weekly capacity</source>
        <translation>Định mức mỗi tuần</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="414"/>
        <source>Desks</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="426"/>
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="427"/>
        <source>Assignments</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="445"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="451"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../app/core/validation.py" line="20"/>
        <source>This field is required.</source>
        <translation>Bắt buộc phải nhập trường này.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="21"/>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="22"/>
        <source>Give an end date or a milestone the stage ends at.</source>
        <translation>Hãy nhập ngày kết thúc hoặc chọn mốc sự kiện mà giai đoạn kết thúc.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="23"/>
        <source>A colour is written #RRGGBB, for example #c0392b.</source>
        <translation>Màu được viết theo dạng #RRGGBB, ví dụ #c0392b.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="24"/>
        <source>This is not a valid recurrence rule: {reason}</source>
        <translation>Quy tắc lặp lại không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="25"/>
        <source>Must be between {minimum} and {maximum}.</source>
        <translation>Phải nằm trong khoảng từ {minimum} đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="26"/>
        <source>“{value}” is already used by another record.</source>
        <translation>“{value}” đã được dùng cho một bản ghi khác.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="27"/>
        <source>The stage ends on {end}, after its plan ends ({plan_end}).</source>
        <translation>Giai đoạn kết thúc ngày {end}, muộn hơn ngày kết thúc của kế hoạch ({plan_end}).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="30"/>
        <source>The stage starts on {start}, before its plan starts ({plan_start}).</source>
        <translation>Giai đoạn bắt đầu ngày {start}, sớm hơn ngày bắt đầu của kế hoạch ({plan_start}).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="33"/>
        <source>The chosen record no longer exists.</source>
        <translation>Bản ghi đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="34"/>
        <source>Theme “{theme}” belongs to another plan.</source>
        <translation>Chủ đề “{theme}” thuộc một kế hoạch khác.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="35"/>
        <source>At most {maximum} characters.</source>
        <translation>Tối đa {maximum} ký tự.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="19"/>
        <source>“{title}” cannot go on {day}: its plan runs from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="22"/>
        <source>“{title}” cannot go on {day}: its column “{column}” ended on {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="25"/>
        <source>“{title}” cannot go on {day}: its column “{column}” starts on {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="28"/>
        <source>“{title}” cannot end on {end}, before it starts on {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="31"/>
        <source>“{title}” cannot end on {end} without a start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
