"""The schedule as one HTML page: laid out by QTextDocument for PDF, print and preview, and
saved as is (with a few rules only browsers read) for the HTML export.

One table holds the range: a row per day (with its milestones), a row per outlet and column,
then a row per piece or empty slot. The header row repeats on every printed page.
"""

from __future__ import annotations

from html import escape

from app.exports import labels
from app.services.schedule import Schedule, ScheduleDay, ScheduleGroup, ScheduleRow

FONT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Arial")
# Percent of the table's width each column takes: time, title, format, channel, who, status.
COLUMN_WIDTHS = (8, 38, 10, 14, 20, 10)
COLUMN_COUNT = len(COLUMN_WIDTHS)

# What QTextDocument understands (class selectors, colours, padding, borders).
_STYLE = """
body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 15pt; font-weight: bold; margin-bottom: 2px; }
p.range { font-size: 11pt; margin-top: 0px; margin-bottom: 6px; }
p.info { margin-top: 0px; margin-bottom: 2px; }
table.schedule { border-collapse: collapse; border-color: #8c8c8c; border-style: solid; }
th { background-color: #1f4e79; color: #ffffff; font-weight: bold; text-align: left; }
td.day { background-color: #d9e2f3; font-weight: bold; font-size: 10pt; }
td.group { background-color: #f2f2f2; font-weight: bold; color: #1f3864; }
td.empty { color: #7f7f7f; font-style: italic; }
span.note { color: #595959; font-size: 8pt; }
span.milestone { color: #a61c00; }
p.nothing { color: #7f7f7f; font-style: italic; }
"""

# What only browsers read: the page size, repeated headers, rows kept whole, a footer.
_BROWSER_STYLE = """
@page { size: A4 landscape; margin: 12mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
table.schedule { width: 100%; }
th, td { border: 1px solid #8c8c8c; padding: 3px 4px; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
p.footer { color: #595959; font-size: 8pt; margin-top: 8px; }
@media print { body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _heading_lines(schedule: Schedule) -> list[str]:
    lines = [
        f"<h1>{_e(labels.title(schedule))}</h1>",
        f'<p class="range">{_e(labels.span(schedule.first, schedule.last))}</p>',
    ]
    if schedule.stages:
        stages = "; ".join(
            f"{_e(s.plan_number)}: {_e(s.name)} ({_e(labels.span(s.start, s.end))})"
            for s in schedule.stages
        )
        lines.append(f'<p class="info"><b>{_e(labels.tr(labels.STAGES))}:</b> {stages}</p>')
    if schedule.milestones:
        milestones = "; ".join(
            f"{_e(m.name)} ({_e(labels.span(m.start, m.end))})" for m in schedule.milestones
        )
        lines.append(f'<p class="info"><b>{_e(labels.tr(labels.MILESTONES))}:</b> {milestones}</p>')
    if not schedule.filters.is_empty:
        lines.append(
            f'<p class="info"><b>{_e(labels.tr(labels.FILTERS))}:</b> '
            f"{_e(labels.filter_line(schedule.filters))}</p>"
        )
    return lines


def _head() -> str:
    names = (
        labels.TIME,
        labels.TITLE,
        labels.FORMAT,
        labels.CHANNEL,
        labels.ASSIGNEES,
        labels.STATUS,
    )
    cells = "".join(
        f'<th width="{width}%">{_e(labels.tr(name))}</th>'
        for name, width in zip(names, COLUMN_WIDTHS, strict=True)
    )
    return f"<thead><tr>{cells}</tr></thead>"


def _day_row(day: ScheduleDay) -> str:
    text = _e(labels.day_heading(day.day))
    for milestone in day.milestones:
        text += f' &nbsp;<span class="milestone">★ {_e(milestone.name)}</span>'
    return f'<tr><td class="day" colspan="{COLUMN_COUNT}">{text}</td></tr>'


def _group_row(group: ScheduleGroup) -> str:
    text = f"{_e(labels.outlet(group.outlet))} › {_e(labels.column(group.column))}"
    return f'<tr><td class="group" colspan="{COLUMN_COUNT}">{text}</td></tr>'


def _piece_row(row: ScheduleRow) -> str:
    note = labels.note(row)
    title = _e(labels.row_title(row))
    if note:
        title += f'<br/><span class="note">{_e(note)}</span>'
    people = "<br/>".join(_e(labels.assignee(p)) for p in row.assignees)
    if row.is_empty_slot:
        people = _e(labels.assignees(row))
    cells = (
        _e(labels.when(row)),
        title,
        _e(labels.enum_label(row.format)),
        _e(row.channel),
        people,
        _e(labels.enum_label(row.status)),
    )
    css = ' class="empty"' if row.is_empty_slot else ""
    return "<tr>" + "".join(f"<td{css}>{cell}</td>" for cell in cells) + "</tr>"


def _nothing_row() -> str:
    text = _e(labels.tr(labels.NOTHING))
    return f'<tr><td class="empty" colspan="{COLUMN_COUNT}">{text}</td></tr>'


def _table(schedule: Schedule) -> str:
    rows = [
        '<table class="schedule" width="100%" border="1" cellspacing="0" cellpadding="3">',
        _head(),
        "<tbody>",
    ]
    for day in schedule.days:
        rows.append(_day_row(day))
        if not day.groups:
            rows.append(_nothing_row())
        for group in day.groups:
            rows.append(_group_row(group))
            rows.extend(_piece_row(row) for row in group.rows)
    rows.append("</tbody></table>")
    return "\n".join(rows)


def schedule_html(schedule: Schedule, browser: bool = False) -> str:
    """The page; with `browser`, a standalone file with print rules and the export date."""
    style = _STYLE + (_BROWSER_STYLE if browser else "")
    parts = [
        "<!DOCTYPE html>" if browser else "",
        '<html lang="vi"><head><meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>' if browser else "",
        f"<title>{_e(labels.heading(schedule))}</title>",
        f"<style>{style}</style></head><body>",
        *_heading_lines(schedule),
        _table(schedule),
    ]
    if browser:
        exported = labels.tr(labels.EXPORTED).replace("%1", labels.stamp(schedule.generated_at))
        parts.append(f'<p class="footer">{_e(exported)} · edcal</p>')
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part)
