"""What a pointer over an empty column slot says, in the calendar and the timeline alike."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.dates import format_day_first
from app.services.open_slots import OpenSlot


class SlotTooltip(QObject):
    """The slot's column, day, channel, owner and where it was moved from, one per line."""

    def text(self, open_slot: OpenSlot, droppable: bool = False) -> str:
        slot = open_slot.slot
        lines = [
            self.tr("Open slot: %1").replace("%1", slot.column_name),
            format_day_first(slot.day),
            self.tr("Channel: %1").replace("%1", open_slot.channel_label),
        ]
        if slot.owner_label:
            lines.append(self.tr("Owner: %1").replace("%1", slot.owner_label))
        if slot.moved_from is not None:
            lines.append(self.tr("Moved from %1").replace("%1", format_day_first(slot.moved_from)))
        if droppable:
            lines.append(self.tr("Drop an item here to fill it; right-click to skip or move it."))
        return "\n".join(lines)


SLOT_TOOLTIP = SlotTooltip()
