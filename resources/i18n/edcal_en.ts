<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BacklogPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/backlog.py" line="152" />
        <source>Backlog (%n)</source>
        <translation><numerusform>Backlog (%n)</numerusform><numerusform>Backlog (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="356" />
        <location filename="../../app/ui/calendar/view.py" line="362" />
        <source>Move %n item(s)</source>
        <translation><numerusform>Move %n item</numerusform><numerusform>Move %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="374" />
        <source>Schedule %n item(s)</source>
        <translation><numerusform>Schedule %n item</numerusform><numerusform>Schedule %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="380" />
        <source>Unschedule %n item(s)</source>
        <translation><numerusform>Unschedule %n item</numerusform><numerusform>Unschedule %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/view.py" line="423" />
        <source>Copy %n item(s)</source>
        <translation><numerusform>Copy %n item</numerusform><numerusform>Copy %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>DayListDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/day_list.py" line="45" />
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: %n item</numerusform><numerusform>%1: %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>DayOffsets</name>
    <message numerus="yes">
        <location filename="../../app/ui/day_offsets.py" line="19" />
        <source>%n day(s) before the milestone</source>
        <translation><numerusform>%n day before the milestone</numerusform><numerusform>%n days before the milestone</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_offsets.py" line="20" />
        <source>%n day(s) after the milestone starts</source>
        <translation><numerusform>%n day after the milestone starts</numerusform><numerusform>%n days after the milestone starts</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/filter_bar.py" line="463" />
        <source>A name may have at most %n character(s).</source>
        <translation><numerusform>A name may have at most %n character.</numerusform><numerusform>A name may have at most %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/gaps.py" line="128" />
        <source>%n empty slot(s) to fill; double-click one to write it.</source>
        <translation><numerusform>%n empty slot to fill; double-click one to write it.</numerusform><numerusform>%n empty slots to fill; double-click one to write it.</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/mapping_page.py" line="264" />
        <source>%n cell(s) cannot be read: they are red.</source>
        <translation><numerusform>%n cell cannot be read: they are red.</numerusform><numerusform>%n cells cannot be read: they are red.</numerusform></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/month_grid.py" line="193" />
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/orphans_panel.py" line="132" />
        <source>%n item(s) have no slot in their column. Resolve each one below.</source>
        <translation><numerusform>%n item has no slot in their column. Resolve each one below.</numerusform><numerusform>%n items have no slot in their column. Resolve each one below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/orphans_panel.py" line="154" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/orphans_panel.py" line="156" />
        <source>This change left %n item(s) without a slot; nothing was moved or deleted: %1.</source>
        <translation><numerusform>This change left %n item without a slot; nothing was moved or deleted: %1.</numerusform><numerusform>This change left %n items without a slot; nothing was moved or deleted: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/preferences.py" line="111" />
        <source>Assignments due %n day(s) before publication</source>
        <translation><numerusform>Assignments due %n day before publication</numerusform><numerusform>Assignments due %n days before publication</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/record_actions.py" line="174" />
        <source>Delete %n record(s)</source>
        <translation><numerusform>Delete %n record</numerusform><numerusform>Delete %n records</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordHints</name>
    <message numerus="yes">
        <location filename="../../app/ui/record_hints.py" line="34" />
        <source>Due %n day(s) before the item's publication unless you set a date.</source>
        <translation><numerusform>Due %n day before the item's publication unless you set a date.</numerusform><numerusform>Due %n days before the item's publication unless you set a date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/record_hints.py" line="38" />
        <source>Default: %1, %n day(s) before publication.</source>
        <translation><numerusform>Default: %1, %n day before publication.</numerusform><numerusform>Default: %1, %n days before publication.</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../app/ui/record_list.py" line="161" />
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/status_actions.py" line="108" />
        <source>Set %n item(s) to “%1”</source>
        <translation><numerusform>Set %n item to “%1”</numerusform><numerusform>Set %n items to “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="556" />
        <source>… and %n more (point here to see them all)</source>
        <translation><numerusform>… and %n more (point here to see them all)</numerusform><numerusform>… and %n more (point here to see them all)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timeline/view.py" line="649" />
        <source>Move %n item(s)</source>
        <translation><numerusform>Move %n item</numerusform><numerusform>Move %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/week_grid.py" line="235" />
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/work_panel.py" line="136" />
        <source>%1: %n assignment(s) due in the week of %2</source>
        <translation><numerusform>%1: %n assignment due in the week of %2</numerusform><numerusform>%1: %n assignments due in the week of %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_panel.py" line="160" />
        <source>%n assignment(s), %1 overdue</source>
        <translation><numerusform>%n assignment, %1 overdue</numerusform><numerusform>%n assignments, %1 overdue</numerusform></translation>
    </message>
</context>
</TS>