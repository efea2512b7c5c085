<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/about.py" line="20"/>
        <source>Editorial calendar and content planner for newsrooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="38"/>
        <source>About edcal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="111"/>
        <source>Set a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="194"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="196"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="261"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>The calendar view comes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49"/>
        <source>The timeline view comes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>New &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;About edcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>The new language is used from the next start of edcal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>%1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Upgraded the database; the old one is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../app/ui/record_actions.py" line="27"/>
        <location filename="../../app/ui/record_actions.py" line="31"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="66"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="71"/>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="82"/>
        <source>Create %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="95"/>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="107"/>
        <source>Someone else saved this record after you opened it. Your changes are still here: save again to overwrite theirs, or cancel to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="112"/>
        <source>This record was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="114"/>
        <source>Edit %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="119"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="131"/>
        <source>It cannot be deleted: %1 record(s) of “%2” still refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/record_actions.py" line="133"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_actions.py" line="135"/>
        <source>Delete %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../app/ui/record_list.py" line="47"/>
        <source>Filter (accents optional: “dai hoi” finds “Đại hội”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_list.py" line="118"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../app/core/enums.py" line="108"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="109"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="110"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="111"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="112"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="113"/>
        <source>In screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="114"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="115"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="116"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="117"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="118"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="119"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="120"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="121"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="122"/>
        <source>Reportage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="123"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="124"/>
        <source>TV programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="125"/>
        <source>Radio programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="126"/>
        <source>Documentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="127"/>
        <source>Infographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="128"/>
        <source>Photo story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="129"/>
        <source>Social post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="130"/>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="131"/>
        <location filename="../../app/core/enums.py" line="145"/>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="132"/>
        <source>Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="133"/>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="134"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="135"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="136"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="137"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="138"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="139"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="140"/>
        <source>Television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="141"/>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="142"/>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="143"/>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="144"/>
        <source>Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="146"/>
        <source>Oral propaganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="147"/>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="148"/>
        <source>Broadcaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="149"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="150"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="151"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="152"/>
        <source>Officials and Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="153"/>
        <source>All strata of the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="154"/>
        <source>Overseas Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="155"/>
        <source>International friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="156"/>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="157"/>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="158"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="159"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="160"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="161"/>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="162"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="163"/>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="164"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="165"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="166"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/enums.py" line="167"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../app/core/records.py" line="82"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="83"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="84"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="85"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="92"/>
        <location filename="../../app/core/records.py" line="115"/>
        <location filename="../../app/core/records.py" line="163"/>
        <location filename="../../app/core/records.py" line="276"/>
        <location filename="../../app/core/records.py" line="343"/>
        <location filename="../../app/core/records.py" line="373"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="93"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="95"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="97"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="98"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="100"/>
        <location filename="../../app/core/records.py" line="202"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="102"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="110"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="111"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="123"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="130"/>
        <location filename="../../app/core/records.py" line="302"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="133"/>
        <location filename="../../app/core/records.py" line="305"/>
        <source>Ends at milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="139"/>
        <source>Emphasised themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="147"/>
        <location filename="../../app/core/records.py" line="178"/>
        <location filename="../../app/core/records.py" line="205"/>
        <location filename="../../app/core/records.py" line="229"/>
        <location filename="../../app/core/records.py" line="311"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="158"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="159"/>
        <location filename="../../app/core/records.py" line="288"/>
        <location filename="../../app/core/records.py" line="417"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="171"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="189"/>
        <location filename="../../app/core/records.py" line="327"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="190"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="194"/>
        <location filename="../../app/core/records.py" line="221"/>
        <location filename="../../app/core/records.py" line="252"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="215"/>
        <location filename="../../app/core/records.py" line="244"/>
        <location filename="../../app/core/records.py" line="459"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="216"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="239"/>
        <location filename="../../app/core/records.py" line="271"/>
        <location filename="../../app/core/records.py" line="341"/>
        <location filename="../../app/core/records.py" line="375"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="240"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="265"/>
        <location filename="../../app/core/records.py" line="378"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="266"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="278"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="282"/>
        <source>Owning desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="296"/>
        <source>Cadence (RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="321"/>
        <location filename="../../app/core/records.py" line="382"/>
        <source>Special page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="322"/>
        <source>Special pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="334"/>
        <source>Days from milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="345"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="353"/>
        <location filename="../../app/core/records.py" line="472"/>
        <source>Content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="354"/>
        <source>Content items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="359"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="367"/>
        <location filename="../../app/core/records.py" line="495"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="386"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="389"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="394"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="396"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="399"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="408"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="424"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="433"/>
        <location filename="../../app/core/records.py" line="479"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="434"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="437"/>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="438"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="439"/>
        <location filename="../../app/core/records.py" line="454"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="442"/>
        <source>Weekly capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="455"/>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="467"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="468"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="486"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/records.py" line="492"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../app/core/validation.py" line="20"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="21"/>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="22"/>
        <source>Give an end date or a milestone the stage ends at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="23"/>
        <source>A colour is written #RRGGBB, for example #c0392b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="24"/>
        <source>This is not a valid recurrence rule: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="25"/>
        <source>Must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="26"/>
        <source>“{value}” is already used by another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="27"/>
        <source>The stage ends on {end}, after its plan ends ({plan_end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="30"/>
        <source>The stage starts on {start}, before its plan starts ({plan_start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="33"/>
        <source>The chosen record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="34"/>
        <source>Theme “{theme}” belongs to another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="35"/>
        <source>At most {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
