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
        <location filename="../../app/ui/editor/cadence.py" line="82"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="83"/>
        <source>Monthly on a weekday</source>
        <translation>Hằng tháng, theo thứ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="84"/>
        <source>Monthly on a day</source>
        <translation>Hằng tháng, theo ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="85"/>
        <source>Recurrence rule (RRULE)</source>
        <translation>Quy tắc lặp (RRULE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="127"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="128"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="129"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="130"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="131"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="132"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="133"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="150"/>
        <source>every</source>
        <translation>mỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="152"/>
        <source>week(s)</source>
        <translation>tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="163"/>
        <source>1st</source>
        <translation>tuần thứ 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="163"/>
        <source>2nd</source>
        <translation>tuần thứ 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="163"/>
        <source>3rd</source>
        <translation>tuần thứ 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="163"/>
        <source>4th</source>
        <translation>tuần thứ 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="163"/>
        <source>last</source>
        <translation>tuần cuối</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="173"/>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="174"/>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="175"/>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="176"/>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="177"/>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="178"/>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="179"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="186"/>
        <source>on the</source>
        <translation>vào</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="189"/>
        <location filename="../../app/ui/editor/cadence.py" line="209"/>
        <source>of every month</source>
        <translation>của mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="200"/>
        <source>the last day</source>
        <translation>ngày cuối tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="205"/>
        <source>on day</source>
        <translation>vào ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="207"/>
        <source>or</source>
        <translation>hoặc</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="333"/>
        <source>the rule is empty</source>
        <translation>quy tắc đang trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="342"/>
        <source>Not a valid rule: %1</source>
        <translation>Quy tắc không hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="347"/>
        <source>Next: %1</source>
        <translation>Các ngày tới: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/cadence.py" line="349"/>
        <source>No dates from today on.</source>
        <translation>Không còn ngày nào từ hôm nay.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="118"/>
        <source>Previous (Page Up)</source>
        <translation>Trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="121"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="121"/>
        <source>Go to today (Home)</source>
        <translation>Về hôm nay (Home)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="123"/>
        <source>Next (Page Down)</source>
        <translation>Tiếp (Page Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="138"/>
        <source>Go to a date</source>
        <translation>Chuyển đến một ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="140"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="141"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="154"/>
        <source>Colour by theme</source>
        <translation>Tô màu theo chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="155"/>
        <source>Colour by status</source>
        <translation>Tô màu theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="156"/>
        <source>Colour by channel</source>
        <translation>Tô màu theo kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="331"/>
        <source>Week %1: %2 – %3</source>
        <translation>Tuần %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="356"/>
        <location filename="../../app/ui/calendar/view.py" line="362"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Di chuyển %n tin bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="374"/>
        <source>Schedule %n item(s)</source>
        <translation>
            <numerusform>Lên lịch %n tin bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="380"/>
        <source>Unschedule %n item(s)</source>
        <translation>
            <numerusform>Gỡ %n tin bài khỏi lịch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/view.py" line="391"/>
        <source>A slot takes one item: drag a single item onto it.</source>
        <translation>Mỗi kỳ chỉ nhận một tin bài: hãy kéo từng tin bài một vào kỳ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="423"/>
        <source>Copy %n item(s)</source>
        <translation>
            <numerusform>Sao chép %n tin bài</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnTable</name>
    <message>
        <location filename="../../app/ui/import_wizard/column_table.py" line="43"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/column_table.py" line="43"/>
        <source>Imported as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/column_table.py" line="43"/>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/column_table.py" line="64"/>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="67"/>
        <source>%1 %2</source>
        <comment>a month&apos;s name, then a year</comment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>DayListDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/day_list.py" line="45"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n tin bài</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/day_list.py" line="59"/>
        <source>◌ %1: open slot</source>
        <translation>◌ %1: kỳ còn trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/day_list.py" line="69"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DayOffsets</name>
    <message>
        <location filename="../../app/ui/day_offsets.py" line="17"/>
        <source>on the milestone&apos;s first day</source>
        <translation>vào ngày đầu của mốc sự kiện</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_offsets.py" line="19"/>
        <source>%n day(s) before the milestone</source>
        <translation>
            <numerusform>%n ngày trước mốc sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_offsets.py" line="20"/>
        <source>%n day(s) after the milestone starts</source>
        <translation>
            <numerusform>%n ngày sau khi mốc sự kiện bắt đầu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_offsets.py" line="23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80"/>
        <location filename="../../app/ui/export_dialog.py" line="324"/>
        <source>Export schedule</source>
        <translation>Xuất lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="87"/>
        <source>&amp;Week</source>
        <translation>T&amp;uần</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="89"/>
        <source>&amp;Dates</source>
        <translation>&amp;Khoảng ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="98"/>
        <source>An ISO week, Monday to Sunday, written like 2026-W04</source>
        <translation>Tuần theo chuẩn ISO, từ thứ Hai đến Chủ nhật, viết theo dạng 2026-W04</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="102"/>
        <source>Previous week</source>
        <translation>Tuần trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="106"/>
        <source>Next week</source>
        <translation>Tuần sau</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="116"/>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="140"/>
        <location filename="../../app/ui/export_dialog.py" line="229"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="145"/>
        <source>Filter</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="147"/>
        <source>&amp;Plan:</source>
        <translation>Kế &amp;hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="148"/>
        <source>&amp;Outlet:</source>
        <translation>Cơ &amp;quan truyền thông:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="149"/>
        <source>&amp;Column:</source>
        <translation>Chuyên &amp;mục:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="150"/>
        <source>Des&amp;k:</source>
        <translation>&amp;Ban:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="151"/>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="160"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="166"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="168"/>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="169"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="180"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="184"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="188"/>
        <source>Pre&amp;view…</source>
        <translation>Xem t&amp;rước…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="256"/>
        <source>The last day is before the first.</source>
        <translation>Ngày cuối sớm hơn ngày đầu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="278"/>
        <location filename="../../app/ui/export_dialog.py" line="339"/>
        <source>Write the week like 2026-W04.</source>
        <translation>Hãy viết tuần theo dạng 2026-W04.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="295"/>
        <source>schedule</source>
        <translation>lich</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="348"/>
        <source>Not exported</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="353"/>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp để ghi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="362"/>
        <source>Replace file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="363"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã tồn tại. Thay thế tệp này?</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="49"/>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="52"/>
        <source>A calendar (.ics) or a spreadsheet (.csv, .xlsx). Nothing is written until you have seen what the import would do.</source>
        <translation>Tệp lịch (.ics) hoặc bảng tính (.csv, .xlsx). Chưa có gì được ghi vào cơ sở dữ liệu cho đến khi bạn đã xem kết quả dự kiến của lần nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="58"/>
        <source>The file&apos;s path, or Browse…</source>
        <translation>Đường dẫn của tệp, hoặc bấm Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="68"/>
        <source>&amp;Content items (pieces to publish)</source>
        <translation>Tin &amp;bài (nội dung sẽ đăng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="70"/>
        <source>&amp;Milestones (dated events to plan around)</source>
        <translation>&amp;Mốc sự kiện (sự kiện có ngày cụ thể, làm mốc để lên kế hoạch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="76"/>
        <source>Import the rows or events as</source>
        <translation>Nhập các dòng hoặc sự kiện thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="88"/>
        <source>Recurring events</source>
        <translation>Sự kiện lặp lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="93"/>
        <source>A repeating event becomes one record per day it falls on between:</source>
        <translation>Mỗi sự kiện lặp lại được nhập thành một bản ghi cho mỗi ngày nó diễn ra trong khoảng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="95"/>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="96"/>
        <source>&amp;Until:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="101"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="142"/>
        <source>A calendar file (iCalendar)</source>
        <translation>Tệp lịch (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="143"/>
        <source>A spreadsheet saved as text (CSV)</source>
        <translation>Bảng tính lưu dạng văn bản (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="144"/>
        <source>An Excel workbook (XLSX)</source>
        <translation>Tệp Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="150"/>
        <source>Not a calendar (.ics) or spreadsheet (.csv, .xlsx) file.</source>
        <translation>Không phải tệp lịch (.ics) hay bảng tính (.csv, .xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="153"/>
        <source>There is no such file.</source>
        <translation>Không có tệp này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="162"/>
        <source>“Until” is before “From”.</source>
        <translation>“Đến ngày” sớm hơn “Từ ngày”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="172"/>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file_page.py" line="175"/>
        <source>Calendars and spreadsheets (*.ics *.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Lịch và bảng tính (*.ics *.csv *.tsv *.txt *.xlsx *.xlsm);;Mọi tệp (*)</translation>
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
        <location filename="../../app/ui/gaps.py" line="58"/>
        <source> week(s)</source>
        <translation> tuần</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="64"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="64"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="64"/>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="72"/>
        <source>Double-click a slot to write its piece; right-click to skip or move it.</source>
        <translation>Nhấp đúp vào một kỳ để viết bài cho kỳ đó; nhấp chuột phải để bỏ qua hoặc dời kỳ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="81"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/gaps.py" line="128"/>
        <source>%n empty slot(s) to fill; double-click one to write it.</source>
        <translation>
            <numerusform>%n kỳ còn trống cần lấp; nhấp đúp vào một kỳ để viết bài cho kỳ đó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/gaps.py" line="130"/>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard/labels.py" line="24"/>
        <source>Outlet (of the channel)</source>
        <translation>Cơ quan truyền thông (của kênh)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/labels.py" line="25"/>
        <source>Days (19/01/2026 to 23/01/2026)</source>
        <translation>Khoảng ngày (19/01/2026 – 23/01/2026)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/labels.py" line="26"/>
        <source>Id (finds the record on the next import)</source>
        <translation>Mã (để tìm lại bản ghi ở lần nhập sau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/labels.py" line="63"/>
        <source>UID %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="52"/>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="67"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="120"/>
        <source>Nothing to import from %1.</source>
        <translation>Không có gì để nhập từ %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="123"/>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="132"/>
        <source>Imported %1: %2 created, %3 updated, %4 skipped, %5 rejected.</source>
        <translation>Đã nhập %1: tạo mới %2, cập nhật %3, bỏ qua %4, bị loại %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="144"/>
        <source>The database changed since the dry run, so nothing was imported. The dry run has been made again: check it and import again.</source>
        <translation>Cơ sở dữ liệu đã thay đổi sau lần chạy thử nên chưa có gì được nhập. Đã chạy thử lại: hãy kiểm tra kết quả rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="149"/>
        <source>Some records are rejected, so nothing was imported: tick “Skip the rejected records” or go back and fix the mapping.</source>
        <translation>Có bản ghi bị loại nên chưa có gì được nhập: hãy đánh dấu “Bỏ qua các bản ghi bị loại” hoặc quay lại sửa cách ghép cột.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="152"/>
        <source>Nothing was imported: %1</source>
        <translation>Chưa có gì được nhập: %1</translation>
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
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Navigator</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Gaps in columns</source>
        <translation>Kỳ trống của chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>History and comments</source>
        <translation>Lịch sử và bình luận</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>My work and workload</source>
        <translation>Việc của tôi và khối lượng việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Orphaned items</source>
        <translation>Tin bài lệch kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>New &amp;record…</source>
        <translation>Bản ghi &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Nhân bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Lists</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;Timeline</source>
        <translation>Dòng &amp;thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;About edcal</source>
        <translation>&amp;Giới thiệu edcal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Export visible &amp;timeline…</source>
        <translation>Xuất &amp;dòng thời gian đang xem…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Export the whole &amp;plan&apos;s timeline…</source>
        <translation>Xuất dòng thời gian của cả &amp;kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Export &amp;schedule…</source>
        <translation>Xuất &amp;lịch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Print schedule…</source>
        <translation>&amp;In lịch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Print pre&amp;view…</source>
        <translation>Xem trước &amp;bản in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>Pre&amp;ferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Set &amp;status</source>
        <translation>Đổi &amp;trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>The new language is used from the next start of edcal.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động edcal tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340"/>
        <source>Cannot open database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>%1 could not be opened:
%2</source>
        <translation>Không thể mở %1:
%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Upgraded the database; the old one is kept as %1</source>
        <translation>Đã nâng cấp cơ sở dữ liệu; bản cũ được lưu lại tại %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="383"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="393"/>
        <source>Export timeline</source>
        <translation>Xuất dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402"/>
        <source>Not exported</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>edcal databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu edcal (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="548"/>
        <source>Not done</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="51"/>
        <source>Match the columns to fields</source>
        <translation>Ghép cột với trường dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="54"/>
        <source>Choose what each column of the file becomes. The preview shows the first rows as they will be imported; a cell that cannot be read is red (point at it to see why).</source>
        <translation>Chọn trường dữ liệu cho từng cột của tệp. Phần xem trước hiển thị các dòng đầu tiên đúng như khi được nhập; ô nào không đọc được sẽ có màu đỏ (di chuột vào ô để xem lý do).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="64"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="65"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 có BOM</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="66"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="67"/>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="68"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Tây Âu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="75"/>
        <source>The preview&apos;s text reads correctly</source>
        <translation>Chữ trong phần xem trước hiển thị đúng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="79"/>
        <source>Day first (19/01/2026)</source>
        <translation>Ngày/tháng/năm (19/01/2026)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="80"/>
        <source>Month first (01/19/2026)</source>
        <translation>Tháng/ngày/năm (01/19/2026)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="81"/>
        <source>Year first (2026/01/19)</source>
        <translation>Năm/tháng/ngày (2026/01/19)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="87"/>
        <source>Name for this mapping</source>
        <translation>Tên cho cách ghép cột này</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="88"/>
        <source>&amp;Save mapping</source>
        <translation>&amp;Lưu cách ghép</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="90"/>
        <source>&amp;Load from file…</source>
        <translation>&amp;Nạp từ tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="92"/>
        <source>Save to &amp;file…</source>
        <translation>Lưu vào &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="130"/>
        <source>S&amp;heet:</source>
        <translation>Tran&amp;g tính:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="136"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="143"/>
        <source>&amp;Dates are written:</source>
        <translation>Cách &amp;viết ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="149"/>
        <source>Saved &amp;mappings:</source>
        <translation>&amp;Cách ghép đã lưu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="243"/>
        <source>Guessed from the text: check the preview, then confirm or choose another.</source>
        <translation>Đoán từ nội dung tệp: hãy kiểm tra phần xem trước, rồi xác nhận hoặc chọn bảng mã khác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="246"/>
        <source>As you chose.</source>
        <translation>Theo lựa chọn của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="248"/>
        <source>Recognised in the file.</source>
        <translation>Nhận biết được từ tệp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="260"/>
        <source>The first %1 of %2 rows, as they will be imported.</source>
        <translation>%1 dòng đầu tiên trong tổng số %2 dòng, đúng như khi được nhập.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="264"/>
        <source>%n cell(s) cannot be read: they are red.</source>
        <translation>
            <numerusform>%n ô không đọc được: các ô này tô đỏ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="274"/>
        <source>The file could not be read with these settings.</source>
        <translation>Không đọc được tệp với các thiết lập này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="276"/>
        <source>Choose the column that gives the %1.</source>
        <translation>Hãy chọn cột cho trường “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="286"/>
        <source>“%1” and “%2” both give the %3: choose one.</source>
        <translation>Cả cột “%1” và cột “%2” đều được ghép vào trường “%3”: hãy chọn một cột.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="294"/>
        <source>The mapping cannot be used: %1</source>
        <translation>Không dùng được cách ghép cột này: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="299"/>
        <source>The encoding was guessed: confirm it, or choose the right one.</source>
        <translation>Bảng mã chỉ là phỏng đoán: hãy xác nhận, hoặc chọn đúng bảng mã.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="361"/>
        <source>(choose a saved mapping)</source>
        <translation>(chọn một cách ghép cột đã lưu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="373"/>
        <source>Using the saved mapping “%1”.</source>
        <translation>Đang dùng cách ghép cột đã lưu “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="391"/>
        <source>This file has no column %1.</source>
        <translation>Tệp này không có cột %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="405"/>
        <source>Saved the mapping as “%1”.</source>
        <translation>Đã lưu cách ghép cột với tên “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="409"/>
        <source>Load mapping</source>
        <translation>Nạp cách ghép cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="409"/>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Cách ghép cột (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="420"/>
        <source>Using the mapping from %1.</source>
        <translation>Đang dùng cách ghép cột từ %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="424"/>
        <source>Save mapping</source>
        <translation>Lưu cách ghép cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="424"/>
        <source>Column mappings (*.json)</source>
        <translation>Cách ghép cột (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="438"/>
        <source>Saved the mapping to %1.</source>
        <translation>Đã lưu cách ghép cột vào %1.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../app/ui/calendar/month_grid.py" line="140"/>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/month_grid.py" line="193"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n tin nữa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveOccurrenceDialog</name>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="63"/>
        <source>Move this occurrence</source>
        <translation>Dời kỳ này</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="66"/>
        <source>Move the slot of “%1” of %2 to:</source>
        <translation>Dời kỳ ngày %2 của chuyên mục “%1” sang ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="79"/>
        <source>Move</source>
        <translation>Dời</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="80"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="63"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="63"/>
        <source>Item</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="63"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="71"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="73"/>
        <source>&amp;Move to nearest slot</source>
        <translation>&amp;Dời sang kỳ gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="76"/>
        <source>&amp;Detach from column</source>
        <translation>&amp;Tách khỏi chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="79"/>
        <source>Move the item to its column&apos;s nearest free slot (else the nearest slot).</source>
        <translation>Dời tin bài sang kỳ còn trống gần nhất của chuyên mục (nếu không có thì sang kỳ gần nhất).</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="82"/>
        <source>Keep the item on its day, outside the column: it no longer needs a slot.</source>
        <translation>Giữ tin bài ở ngày hiện tại nhưng đưa ra khỏi chuyên mục: tin bài không cần kỳ nữa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/orphans_panel.py" line="132"/>
        <source>%n item(s) have no slot in their column. Resolve each one below.</source>
        <translation>
            <numerusform>%n tin bài không có kỳ tương ứng trong chuyên mục của mình. Hãy xử lý từng tin bài bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="135"/>
        <source>No orphaned items: every column item sits on one of its slots.</source>
        <translation>Không có tin bài lệch kỳ: mọi tin bài thuộc chuyên mục đều nằm đúng một kỳ của chuyên mục đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="147"/>
        <source>“%1” (%2, column “%3”)</source>
        <translation>“%1” (%2, chuyên mục “%3”)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/orphans_panel.py" line="154"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n tin bài khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/orphans_panel.py" line="156"/>
        <source>This change left %n item(s) without a slot; nothing was moved or deleted: %1.</source>
        <translation>
            <numerusform>Thay đổi này khiến %n tin bài không còn kỳ tương ứng; không tin bài nào bị dời hay xóa: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="202"/>
        <source>Move “%1” to its slot on %2</source>
        <translation>Dời “%1” sang kỳ ngày %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_panel.py" line="220"/>
        <source>Detach “%1” from its column</source>
        <translation>Tách “%1” khỏi chuyên mục</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="44"/>
        <source>What the import would do</source>
        <translation>Kết quả dự kiến của lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="47"/>
        <source>Nothing has been written yet. Import writes all of it at once; Edit → Undo takes all of it back.</source>
        <translation>Chưa có gì được ghi. Bấm Nhập sẽ ghi tất cả cùng một lúc; Sửa → Hoàn tác sẽ gỡ bỏ toàn bộ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="52"/>
        <source>To create:</source>
        <translation>Sẽ tạo mới:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="53"/>
        <source>To update:</source>
        <translation>Sẽ cập nhật:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="54"/>
        <source>Skipped:</source>
        <translation>Bỏ qua:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="55"/>
        <source>Rejected:</source>
        <translation>Bị loại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="70"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="71"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="72"/>
        <source>Line / UID</source>
        <translation>Dòng / UID</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="73"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="74"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="83"/>
        <source>&amp;Skip the rejected records and import the others</source>
        <translation>&amp;Bỏ qua các bản ghi bị loại và nhập các bản ghi còn lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="116"/>
        <source>Rejected records stop the import: go Back to fix the mapping or the file, or skip them.</source>
        <translation>Các bản ghi bị loại khiến không thể nhập: hãy quay lại bước trước để sửa cách ghép cột hoặc sửa tệp, hoặc bỏ qua các bản ghi đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="121"/>
        <source>There is nothing new to import.</source>
        <translation>Không có gì mới để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="133"/>
        <source>Rejected (%1)</source>
        <translation>Bị loại (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="134"/>
        <source>To create (%1)</source>
        <translation>Sẽ tạo mới (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="135"/>
        <source>To update (%1)</source>
        <translation>Sẽ cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/plan_page.py" line="136"/>
        <source>Skipped (%1)</source>
        <translation>Bỏ qua (%1)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="62"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="70"/>
        <source> day(s) before publication</source>
        <translation> ngày trước khi đăng</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="73"/>
        <source>An assignment created without a due date is due this many days before its item&apos;s planned start. Due dates that follow this default move with the item; dates someone chose stay. Shared by everyone using this database.</source>
        <translation>Phân công được tạo mà không có hạn sẽ đến hạn trước ngày bắt đầu dự kiến của tin bài bấy nhiêu ngày. Hạn theo mặc định này sẽ dời theo tin bài; hạn do người dùng tự chọn thì giữ nguyên. Thiết lập này áp dụng chung cho mọi người dùng cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="84"/>
        <source>Assignments are &amp;due</source>
        <translation>Phân công đến &amp;hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="89"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="90"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/preferences.py" line="111"/>
        <source>Assignments due %n day(s) before publication</source>
        <translation>
            <numerusform>Hạn phân công: %n ngày trước khi đăng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/import_wizard/preview_model.py" line="85"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/preview_model.py" line="88"/>
        <source>From the column “%1”</source>
        <translation>Từ cột “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/preview_model.py" line="120"/>
        <source>Not imported: %1</source>
        <translation>Không nhập: %1</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../app/ui/record_actions.py" line="33"/>
        <location filename="../../app/ui/record_actions.py" line="37"/>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="98"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="103"/>
        <source>Duplicate %1</source>
        <translation>Nhân bản %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="114"/>
        <source>Create %1 “%2”</source>
        <translation>Tạo %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="127"/>
        <source>That record no longer exists.</source>
        <translation>Bản ghi đó không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="141"/>
        <source>Someone else saved this record after you opened it. Your changes are still here: save again to overwrite theirs, or cancel to keep them.</source>
        <translation>Người khác đã lưu bản ghi này sau khi bạn mở nó. Các thay đổi của bạn vẫn còn nguyên: hãy lưu lại lần nữa để ghi đè lên bản của họ, hoặc hủy để giữ bản của họ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="146"/>
        <source>This record was deleted meanwhile.</source>
        <translation>Bản ghi này đã bị xóa trong lúc bạn đang sửa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="148"/>
        <source>Edit %1 “%2”</source>
        <translation>Sửa %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="155"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="170"/>
        <source>It cannot be deleted: %1 record(s) of “%2” still refer to it.</source>
        <translation>Không thể xóa: vẫn còn %1 bản ghi thuộc “%2” tham chiếu đến bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="172"/>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_actions.py" line="174"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Xóa %n bản ghi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="70"/>
        <source>Discard them</source>
        <translation>Bỏ các thay đổi này</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="123"/>
        <source>Change it with Edit → Set status.</source>
        <translation>Đổi trạng thái bằng Sửa → Đổi trạng thái.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/dialog.py" line="132"/>
        <source>Unsaved changes from %1 were restored.</source>
        <translation>Đã khôi phục các thay đổi chưa lưu từ lúc %1.</translation>
    </message>
</context>
<context>
    <name>RecordHints</name>
    <message numerus="yes">
        <location filename="../../app/ui/record_hints.py" line="34"/>
        <source>Due %n day(s) before the item&apos;s publication unless you set a date.</source>
        <translation>
            <numerusform>Hạn nộp %n ngày trước khi tin bài đăng, trừ khi bạn đặt ngày khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_hints.py" line="38"/>
        <source>Default: %1, %n day(s) before publication.</source>
        <translation>
            <numerusform>Mặc định: %1, %n ngày trước khi đăng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/record_hints.py" line="43"/>
        <source>(Edit → Preferences…)</source>
        <translation>(Sửa → Tùy chọn…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_hints.py" line="44"/>
        <source>The item is not scheduled yet, so there is no default due date.</source>
        <translation>Tin bài chưa lên lịch nên chưa có hạn nộp mặc định.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_hints.py" line="47"/>
        <source>The special page runs on %1.</source>
        <translation>Trang chuyên đề đăng vào %1.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../app/ui/record_list.py" line="63"/>
        <source>Filter (accents optional: “dai hoi” finds “Đại hội”)</source>
        <translation>Lọc (gõ không dấu cũng được: “dai hoi” tìm ra “Đại hội”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_list.py" line="159"/>
        <source>Nothing here yet: Edit → New record (Ctrl+N) adds one.</source>
        <translation>Chưa có bản ghi nào: chọn Sửa → Bản ghi mới (Ctrl+N) để thêm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_list.py" line="161"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/record_list.py" line="168"/>
        <source>No slot in column “%1” on this day: see View → Orphaned items.</source>
        <translation>Chuyên mục “%1” không có kỳ vào ngày này: xem Xem → Tin bài lệch kỳ.</translation>
    </message>
</context>
<context>
    <name>SlotActions</name>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="116"/>
        <source>Write the piece for this slot…</source>
        <translation>Viết bài cho kỳ này…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="117"/>
        <source>Skip this date</source>
        <translation>Bỏ qua ngày này</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="118"/>
        <source>Move this occurrence…</source>
        <translation>Dời kỳ này…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="121"/>
        <source>Restore occurrence (back to %1)</source>
        <translation>Khôi phục kỳ (về lại %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="149"/>
        <source>Skip “%1” on %2</source>
        <translation>Bỏ kỳ ngày %2 của chuyên mục “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="174"/>
        <source>Move “%1” from %2 to %3</source>
        <translation>Dời kỳ của chuyên mục “%1” từ %2 sang %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="190"/>
        <source>Restore “%1” to %2</source>
        <translation>Đưa kỳ của chuyên mục “%1” về lại %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_actions.py" line="209"/>
        <source>Put “%1” in “%2” on %3</source>
        <translation>Xếp “%1” vào chuyên mục “%2” ngày %3</translation>
    </message>
</context>
<context>
    <name>SlotTooltip</name>
    <message>
        <location filename="../../app/ui/slot_tooltip.py" line="17"/>
        <source>Open slot: %1</source>
        <translation>Kỳ còn trống: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_tooltip.py" line="19"/>
        <source>Channel: %1</source>
        <translation>Kênh: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_tooltip.py" line="22"/>
        <source>Owner: %1</source>
        <translation>Phụ trách: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_tooltip.py" line="24"/>
        <source>Moved from %1</source>
        <translation>Dời từ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/slot_tooltip.py" line="26"/>
        <source>Drop an item here to fill it; right-click to skip or move it.</source>
        <translation>Thả một tin bài vào đây để lấp kỳ; nhấp chuột phải để bỏ qua hoặc dời kỳ.</translation>
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
        <location filename="../../app/ui/timeline/view.py" line="182"/>
        <source>Lanes by theme</source>
        <translation>Phân làn theo chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="183"/>
        <source>Lanes by column</source>
        <translation>Phân làn theo chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="184"/>
        <source>Lanes by channel</source>
        <translation>Phân làn theo kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="185"/>
        <source>Lanes by outlet</source>
        <translation>Phân làn theo cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="186"/>
        <source>Lanes by desk</source>
        <translation>Phân làn theo ban</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="187"/>
        <source>Lanes by assignee</source>
        <translation>Phân làn theo người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="188"/>
        <source>Lanes by status</source>
        <translation>Phân làn theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="194"/>
        <source>Colour by status</source>
        <translation>Tô màu theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="195"/>
        <source>Colour by theme</source>
        <translation>Tô màu theo chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="198"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Thu nhỏ (−, Ctrl+con lăn chuột)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="201"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Phóng to (+, Ctrl+con lăn chuột)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="203"/>
        <source>Fit to plan</source>
        <translation>Xem trọn kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="204"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="393"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="546"/>
        <source>⚠ %1: theme “%2” has %3 of %4 item(s)</source>
        <translation>⚠ %1: chủ đề “%2” mới có %3/%4 tin bài</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="556"/>
        <source>… and %n more (point here to see them all)</source>
        <translation>
            <numerusform>… và %n cảnh báo khác (di chuột vào đây để xem tất cả)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="649"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Di chuyển %n tin bài</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="690"/>
        <source>Change the span of “%1”</source>
        <translation>Đổi khoảng thời gian của “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="711"/>
        <source>Move milestone “%1”</source>
        <translation>Dời mốc sự kiện “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/view.py" line="718"/>
        <source>There is no plan to export.</source>
        <translation>Không có kế hoạch nào để xuất.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/week_grid.py" line="235"/>
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
        <location filename="../../app/ui/work_panel.py" line="70"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="81"/>
        <source>Assignments due each week against the person&apos;s weekly capacity</source>
        <translation>Số phân công đến hạn mỗi tuần so với năng lực mỗi tuần của từng người</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="86"/>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="87"/>
        <source>Workload</source>
        <translation>Khối lượng việc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_panel.py" line="136"/>
        <source>%1: %n assignment(s) due in the week of %2</source>
        <translation>
            <numerusform>%1: %n phân công đến hạn trong tuần %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="142"/>
        <source>(over capacity: %1)</source>
        <translation>(vượt năng lực: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="151"/>
        <source>No one to show.</source>
        <translation>Không có ai để hiển thị.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_panel.py" line="160"/>
        <source>%n assignment(s), %1 overdue</source>
        <translation>
            <numerusform>%n phân công, %1 quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/work_panel.py" line="177"/>
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
        <location filename="../../app/core/records.py" line="90"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="91"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="92"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="93"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="113"/>
        <location filename="../../app/core/records.py" line="121"/>
        <location filename="../../app/core/records.py" line="269"/>
        <location filename="../../app/core/records.py" line="322"/>
        <location filename="../../app/core/records.py" line="353"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="122"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="124"/>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="126"/>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="127"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="129"/>
        <location filename="../../app/core/records.py" line="205"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="131"/>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="139"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="140"/>
        <source>Stages</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="146"/>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="154"/>
        <location filename="../../app/core/records.py" line="289"/>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="97"/>
        <source>Ends at milestone</source>
        <translation>Kết thúc tại mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="158"/>
        <source>Emphasised themes</source>
        <translation>Chủ đề trọng tâm</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="110"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="172"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="103"/>
        <location filename="../../app/core/records.py" line="173"/>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="179"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="192"/>
        <location filename="../../app/core/records.py" line="304"/>
        <source>Milestone</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="193"/>
        <source>Milestones</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="197"/>
        <location filename="../../app/core/records.py" line="219"/>
        <location filename="../../app/core/records.py" line="245"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="213"/>
        <location filename="../../app/core/records.py" line="237"/>
        <location filename="../../app/core/records.py" line="436"/>
        <source>Outlet</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="214"/>
        <source>Outlets</source>
        <translation>Cơ quan truyền thông</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="94"/>
        <location filename="../../app/core/records.py" line="232"/>
        <location filename="../../app/core/records.py" line="264"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="233"/>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="258"/>
        <location filename="../../app/core/records.py" line="356"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="259"/>
        <source>Columns</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="271"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="275"/>
        <source>Owning desk</source>
        <translation>Ban phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="282"/>
        <source>Cadence</source>
        <translation>Tần suất</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="298"/>
        <location filename="../../app/core/records.py" line="360"/>
        <source>Special page</source>
        <translation>Trang chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="299"/>
        <source>Special pages</source>
        <translation>Trang chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="311"/>
        <source>Days from milestone</source>
        <translation>Số ngày so với mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="324"/>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="332"/>
        <location filename="../../app/core/records.py" line="449"/>
        <source>Content item</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="333"/>
        <source>Content items</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="338"/>
        <source>Format</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="346"/>
        <location filename="../../app/core/records.py" line="477"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="366"/>
        <source>Planned start</source>
        <translation>Bắt đầu dự kiến</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="372"/>
        <source>Planned end</source>
        <translation>Kết thúc dự kiến</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="377"/>
        <source>Time</source>
        <translation>Giờ đăng</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="379"/>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="382"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="391"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="400"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="409"/>
        <location filename="../../app/core/records.py" line="456"/>
        <source>Person</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="410"/>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="413"/>
        <source>Initials</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="414"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="415"/>
        <location filename="../../app/core/records.py" line="431"/>
        <source>Desk</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="418"/>
        <source>Weekly capacity</source>
        <translation>Định mức mỗi tuần</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="432"/>
        <source>Desks</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="444"/>
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="445"/>
        <source>Assignments</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="463"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="471"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../app/exports/labels.py" line="20"/>
        <location filename="../../app/imports/mapping.py" line="204"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="21"/>
        <location filename="../../app/imports/mapping.py" line="205"/>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="22"/>
        <location filename="../../app/imports/mapping.py" line="206"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="23"/>
        <location filename="../../app/imports/mapping.py" line="207"/>
        <source>Outlet</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="24"/>
        <location filename="../../app/imports/mapping.py" line="208"/>
        <location filename="../../app/imports/source.py" line="109"/>
        <source>Column</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="25"/>
        <location filename="../../app/imports/mapping.py" line="209"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="26"/>
        <location filename="../../app/imports/mapping.py" line="210"/>
        <location filename="../../app/imports/source.py" line="107"/>
        <source>Format</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="27"/>
        <location filename="../../app/imports/mapping.py" line="211"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="28"/>
        <location filename="../../app/imports/mapping.py" line="213"/>
        <location filename="../../app/imports/source.py" line="110"/>
        <source>Assignees</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="29"/>
        <location filename="../../app/imports/mapping.py" line="217"/>
        <location filename="../../app/imports/source.py" line="108"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="30"/>
        <location filename="../../app/imports/mapping.py" line="218"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="31"/>
        <location filename="../../app/imports/mapping.py" line="220"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="32"/>
        <location filename="../../app/imports/mapping.py" line="221"/>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="33"/>
        <location filename="../../app/imports/source.py" line="111"/>
        <source>Empty slot</source>
        <translation>Còn trống</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="34"/>
        <source>moved from %1</source>
        <translation>dời từ %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="35"/>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="36"/>
        <source>owner: %1</source>
        <translation>phụ trách: %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="37"/>
        <source>No outlet</source>
        <translation>Chưa có cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="38"/>
        <source>Other pieces</source>
        <translation>Tin bài khác</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="39"/>
        <source>Nothing scheduled</source>
        <translation>Không có tin bài</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="40"/>
        <source>Schedule for week %1/%2</source>
        <translation>Lịch tuần %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="41"/>
        <source>Schedule</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="42"/>
        <location filename="../../app/imports/source.py" line="112"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="43"/>
        <source>Plan stages</source>
        <translation>Giai đoạn kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="44"/>
        <source>Milestones</source>
        <translation>Mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="45"/>
        <source>Filter</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="46"/>
        <source>Exported %1</source>
        <translation>Xuất lúc %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="47"/>
        <source>Exported on</source>
        <translation>Thời điểm xuất</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="48"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="49"/>
        <source>About this schedule</source>
        <translation>Thông tin lịch</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="50"/>
        <location filename="../../app/imports/mapping.py" line="219"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="51"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="52"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="53"/>
        <source>Desk</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="54"/>
        <source>Assignee</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="55"/>
        <source>Words</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../app/exports/labels.py" line="56"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../../app/exports/registry.py" line="49"/>
        <source>PDF document, A4 landscape (*.pdf)</source>
        <translation>Tài liệu PDF, khổ A4 ngang (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/exports/registry.py" line="50"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/registry.py" line="51"/>
        <source>CSV table, UTF-8 (*.csv)</source>
        <translation>Bảng CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/exports/registry.py" line="52"/>
        <source>iCalendar file (*.ics)</source>
        <translation>Tệp iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/exports/registry.py" line="53"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
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
        <location filename="../../app/services/scheduling.py" line="21"/>
        <source>“{title}” cannot go on {day}: its plan runs from {start} to {end}.</source>
        <translation>Không thể xếp “{title}” vào ngày {day}: kế hoạch của tin bài chỉ kéo dài từ {start} đến {end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="24"/>
        <source>“{title}” cannot go on {day}: its column “{column}” ended on {end}.</source>
        <translation>Không thể xếp “{title}” vào ngày {day}: chuyên mục “{column}” của tin bài đã kết thúc ngày {end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="27"/>
        <source>“{title}” cannot go on {day}: its column “{column}” starts on {start}.</source>
        <translation>Không thể xếp “{title}” vào ngày {day}: chuyên mục “{column}” của tin bài bắt đầu từ ngày {start}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="30"/>
        <source>“{title}” cannot end on {end}, before it starts on {start}.</source>
        <translation>Không thể để “{title}” kết thúc ngày {end}, sớm hơn ngày bắt đầu {start}.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheduling.py" line="33"/>
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
        <location filename="../../app/services/timeline.py" line="61"/>
        <source>Assign people to “{title}” in its editor: dragging only hands work from one person to another.</source>
        <translation>Hãy phân công người thực hiện “{title}” trong cửa sổ sửa tin bài: kéo thả chỉ chuyển việc từ người này sang người khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="66"/>
        <source>“{title}” has no work assigned to {person}.</source>
        <translation>{person} không được phân công việc nào trong “{title}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="67"/>
        <source>“{title}” cannot go into the column “{column}”: it belongs to another plan.</source>
        <translation>Không thể đưa “{title}” vào chuyên mục “{column}”: chuyên mục này thuộc một kế hoạch khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="70"/>
        <source>An outlet has several channels: drop “{title}” on the lane of a channel instead.</source>
        <translation>Một cơ quan truyền thông có nhiều kênh: hãy thả “{title}” vào làn của một kênh cụ thể.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="73"/>
        <source>The desks of “{title}” follow the people assigned to it: drop it on the lane of a person instead.</source>
        <translation>Ban của “{title}” đi theo những người được phân công: hãy thả tin bài vào làn của một người.</translation>
    </message>
    <message>
        <location filename="../../app/services/timeline.py" line="78"/>
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
        <location filename="../../app/services/editing.py" line="26"/>
        <source>The status changes only through the screening workflow (Edit → Set status).</source>
        <translation>Trạng thái chỉ thay đổi qua quy trình kiểm duyệt (Sửa → Đổi trạng thái).</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="28"/>
        <source>A comment needs some text.</source>
        <translation>Bình luận cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="20"/>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="21"/>
        <source>The file is {size} MB; an import reads at most {limit} MB.</source>
        <translation>Tệp có dung lượng {size} MB; mỗi lần nhập chỉ đọc tối đa {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="24"/>
        <source>Reading the file took longer than {seconds} seconds; nothing was imported.</source>
        <translation>Đọc tệp mất hơn {seconds} giây; chưa có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="27"/>
        <source>This is not a calendar (.ics) or spreadsheet (.csv, .xlsx) file.</source>
        <translation>Đây không phải tệp lịch (.ics) hay bảng tính (.csv, .xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="30"/>
        <source>The file holds binary data (a NUL byte at line {line}), not text.</source>
        <translation>Tệp chứa dữ liệu nhị phân (có byte NUL ở dòng {line}), không phải văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="33"/>
        <source>The file is UTF-8 with an invalid byte (0x{byte}) at line {line}: it is damaged or mixes encodings. Save it again as UTF-8, or choose its encoding.</source>
        <translation>Tệp dạng UTF-8 nhưng có byte không hợp lệ (0x{byte}) ở dòng {line}: tệp bị hỏng hoặc dùng lẫn nhiều bảng mã. Hãy lưu lại tệp dưới dạng UTF-8, hoặc chọn đúng bảng mã của tệp.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="38"/>
        <source>The file is not valid {encoding}: byte 0x{byte} at line {line} cannot be read.</source>
        <translation>Tệp không đúng bảng mã {encoding}: không đọc được byte 0x{byte} ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="41"/>
        <source>The text encoding “{encoding}” is not known (try utf-8, utf-16, cp1258).</source>
        <translation>Không nhận ra bảng mã “{encoding}” (hãy thử utf-8, utf-16, cp1258).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="44"/>
        <source>The file&apos;s text encoding cannot be recognised; choose it (UTF-8, UTF-16, Windows-1258 or Windows-1252).</source>
        <translation>Không nhận biết được bảng mã của tệp; hãy tự chọn (UTF-8, UTF-16, Windows-1258 hoặc Windows-1252).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="49"/>
        <source>Line {line} is longer than {limit} characters: refused as hostile or damaged.</source>
        <translation>Dòng {line} dài hơn {limit} ký tự: bị từ chối vì tệp có thể độc hại hoặc bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="52"/>
        <source>Components are nested deeper than {limit} levels at line {line}.</source>
        <translation>Các thành phần lồng nhau sâu quá {limit} cấp ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="55"/>
        <source>The file holds more than {limit} components (line {line}).</source>
        <translation>Tệp chứa hơn {limit} thành phần (dòng {line}).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="58"/>
        <source>The file would make more than {limit} records; split it into smaller files.</source>
        <translation>Tệp sẽ tạo ra hơn {limit} bản ghi; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="61"/>
        <source>This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.</source>
        <translation>Đây không phải tệp iCalendar: tệp không bắt đầu bằng BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="64"/>
        <source>Line {line} is not an iCalendar content line (NAME;PARAM=…:value).</source>
        <translation>Dòng {line} không phải dòng nội dung iCalendar hợp lệ (NAME;PARAM=…:value).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="67"/>
        <source>Line {line}: END:{name} does not close the open {open} component.</source>
        <translation>Dòng {line}: END:{name} không đóng thành phần {open} đang mở.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="70"/>
        <source>The file ends before END:{name} (opened at line {line}).</source>
        <translation>Tệp kết thúc trước END:{name} (thành phần được mở ở dòng {line}).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="73"/>
        <source>The file is not an .xlsx workbook (not a zip archive).</source>
        <translation>Tệp không phải tệp Excel .xlsx (không phải tệp nén zip).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="76"/>
        <source>The workbook holds {count} parts (at most {limit}): refused as a zip bomb.</source>
        <translation>Tệp Excel chứa {count} thành phần (tối đa {limit}): bị từ chối vì nghi là bom zip.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="79"/>
        <source>The workbook would unpack to {size} MB (at most {limit} MB): refused as a zip bomb.</source>
        <translation>Tệp Excel khi giải nén sẽ lên tới {size} MB (tối đa {limit} MB): bị từ chối vì nghi là bom zip.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="83"/>
        <source>The workbook part “{member}” is compressed {ratio} to 1 (at most {limit} to 1): refused as a zip bomb.</source>
        <translation>Thành phần “{member}” của tệp Excel có tỷ lệ nén {ratio}:1 (tối đa {limit}:1): bị từ chối vì nghi là bom zip.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="88"/>
        <source>The workbook is damaged: {reason}</source>
        <translation>Tệp Excel bị hỏng: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="89"/>
        <source>The workbook&apos;s XML declares entities or external references (“{reason}”): refused as unsafe.</source>
        <translation>XML của tệp Excel khai báo thực thể hoặc tham chiếu bên ngoài (“{reason}”): bị từ chối vì không an toàn.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="93"/>
        <source>Spreadsheets are read only through defusedxml, which openpyxl is not using here.</source>
        <translation>Bảng tính chỉ được đọc qua defusedxml, nhưng ở đây openpyxl không dùng defusedxml.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="96"/>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>Tệp Excel không có trang tính nào tên “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="97"/>
        <source>The file holds no header row and no rows.</source>
        <translation>Tệp không có dòng tiêu đề cột và không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="98"/>
        <source>Line {line} has {count} columns (at most {limit}).</source>
        <translation>Dòng {line} có {count} cột (tối đa {limit}).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="101"/>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation>Không đọc được dòng {line} theo định dạng CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="102"/>
        <source>The column mapping cannot be used: {reason}</source>
        <translation>Không dùng được cách ghép cột: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="105"/>
        <source>The event has no DTSTART.</source>
        <translation>Sự kiện không có DTSTART.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="106"/>
        <source>“{value}” is not a date (write it day first: 19/01/2026, or 2026-01-19).</source>
        <translation>“{value}” không phải là ngày (hãy viết ngày trước tháng: 19/01/2026, hoặc 2026-01-19).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="109"/>
        <source>{name} “{value}” is not an iCalendar date or date-time.</source>
        <translation>{name} “{value}” không phải ngày hoặc ngày giờ iCalendar hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="112"/>
        <source>“{value}” is not a time of day (09:30, 9h30).</source>
        <translation>“{value}” không phải giờ trong ngày (09:30, 9h30).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="113"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>“{value}” không thuộc các giá trị: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="114"/>
        <source>DURATION “{value}” is not a duration.</source>
        <translation>DURATION “{value}” không phải khoảng thời gian hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="115"/>
        <source>The time zone “{zone}” is neither known nor defined in the file.</source>
        <translation>Múi giờ “{zone}” không được nhận biết và cũng không được định nghĩa trong tệp.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="118"/>
        <source>The recurrence rule cannot be used: {reason}</source>
        <translation>Không dùng được quy tắc lặp: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="119"/>
        <source>The recurring event gives more than {limit} occurrences between {first} and {last}.</source>
        <translation>Sự kiện lặp lại có hơn {limit} lần diễn ra trong khoảng từ {first} đến {last}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="123"/>
        <source>The recurring event starts on {start}, so long before {first} that reaching it takes more than {limit} occurrences.</source>
        <translation>Sự kiện lặp lại bắt đầu từ {start}, quá xa trước {first}: phải qua hơn {limit} lần lặp mới tới được khoảng này.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="128"/>
        <source>The recurring event has no occurrence between {first} and {last}.</source>
        <translation>Sự kiện lặp lại không diễn ra lần nào trong khoảng từ {first} đến {last}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="131"/>
        <source>There is no {what} named “{value}”.</source>
        <translation>Không có {what} nào tên “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="132"/>
        <source>{count} records of {what} are named “{value}”: rename one, or use its number.</source>
        <translation>Có {count} bản ghi {what} cùng tên “{value}”: hãy đổi tên một bản ghi, hoặc dùng số hiệu của bản ghi cần chọn.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="135"/>
        <source>The id “{key}” is also used at {other} with other values.</source>
        <translation>Mã “{key}” cũng được dùng ở {other} với các giá trị khác.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="138"/>
        <source>The id column is empty.</source>
        <translation>Cột mã đang trống.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="141"/>
        <source>Status “{value}” is not imported: a piece reaches it only through screening; it is imported as “{used}”.</source>
        <translation>Không nhập trạng thái “{value}”: tin bài chỉ đạt trạng thái này qua kiểm duyệt; tin bài được nhập với trạng thái “{used}”.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="146"/>
        <source>Status is changed only through the screening workflow; it stays “{current}”.</source>
        <translation>Trạng thái chỉ thay đổi qua quy trình kiểm duyệt; giữ nguyên “{current}”.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="149"/>
        <source>The event is cancelled in the calendar.</source>
        <translation>Sự kiện đã bị hủy trong lịch.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="150"/>
        <source>There is no {what} named “{value}”: it is left empty.</source>
        <translation>Không có {what} nào tên “{value}”: để trống trường này.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="153"/>
        <source>An empty slot of a column, not a piece.</source>
        <translation>Đây là kỳ còn trống của chuyên mục, không phải tin bài.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="154"/>
        <source>Exported by edcal as a {what}, not imported as {kind}.</source>
        <translation>edcal đã xuất mục này dưới dạng {what}, nên không nhập thành {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="157"/>
        <source>“{value}” is not a span of days (19/01/2026 to 23/01/2026).</source>
        <translation>“{value}” không phải khoảng ngày (19/01/2026 – 23/01/2026).</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="160"/>
        <source>The same as {other}.</source>
        <translation>Trùng với {other}.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="161"/>
        <source>Already imported, unchanged.</source>
        <translation>Đã nhập trước đó, không có thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/imports/problems.py" line="162"/>
        <source>line {line}</source>
        <translation>dòng {line}</translation>
    </message>
    <message>
        <location filename="../../app/services/orphans.py" line="16"/>
        <source>Column “{column}” has no slot within a year of {day}.</source>
        <translation>Chuyên mục “{column}” không có kỳ nào trong vòng một năm quanh ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/orphans.py" line="19"/>
        <source>“{title}” is not in a column any more.</source>
        <translation>“{title}” không còn thuộc chuyên mục nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/slot_filling.py" line="26"/>
        <source>The slot of “{column}” on {day} is already filled by “{other}”.</source>
        <translation>Kỳ ngày {day} của chuyên mục “{column}” đã có tin bài “{other}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/slot_filling.py" line="29"/>
        <source>“{title}” is cancelled: a cancelled piece fills no slot.</source>
        <translation>“{title}” đã bị hủy: tin bài đã hủy không chiếm kỳ nào.</translation>
    </message>
    <message>
        <location filename="../../app/imports/plan.py" line="60"/>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/imports/plan.py" line="61"/>
        <source>channel</source>
        <translation>kênh</translation>
    </message>
    <message>
        <location filename="../../app/imports/plan.py" line="62"/>
        <source>column</source>
        <translation>chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/imports/source.py" line="118"/>
        <source>content item</source>
        <translation>tin bài</translation>
    </message>
    <message>
        <location filename="../../app/imports/source.py" line="119"/>
        <source>milestone</source>
        <translation>mốc sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/imports/source.py" line="120"/>
        <source>column slot</source>
        <translation>kỳ của chuyên mục</translation>
    </message>
    <message>
        <location filename="../../app/imports/source.py" line="409"/>
        <source>content items</source>
        <translation>tin bài</translation>
    </message>
    <message>
        <location filename="../../app/imports/source.py" line="410"/>
        <source>milestones</source>
        <translation>mốc sự kiện</translation>
    </message>
</context>
</TS>
