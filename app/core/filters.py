"""The one filter that narrows content items in the calendar, the backlog and the lists alike."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from app.core.enums import ContentStatus


@dataclass(frozen=True)
class ItemFilter:
    """Empty fields do not narrow; `text` matches accent-folded titles, summaries and notes."""

    plan_id: int | None = None
    stage_id: int | None = None
    theme_id: int | None = None
    outlet_id: int | None = None
    channel_id: int | None = None
    column_id: int | None = None
    status: ContentStatus | None = None
    assignee_id: int | None = None
    # Items with someone of this desk among their assignees.
    desk_id: int | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == ItemFilter()

    def with_(self, **changes: Any) -> ItemFilter:
        return replace(self, **changes)

    def to_json(self) -> str:
        data = {k: v for k, v in asdict(self).items() if v not in (None, "")}
        if self.status is not None:
            data["status"] = self.status.value
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ItemFilter:
        """Read a saved filter; unknown keys and bad values are dropped, not fatal."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key == "status":
                try:
                    values[key] = ContentStatus(value)
                except ValueError:
                    continue
            elif _plain_value(key, value):
                values[key] = value
        return cls(**values)


def _plain_value(key: str, value: object) -> bool:
    """Text for the text field, a whole number (not a bool) for every id field."""
    if key == "text":
        return isinstance(value, str)
    return isinstance(value, int) and not isinstance(value, bool)
