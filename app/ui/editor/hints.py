"""A line of help under a field, computed from the record's other fields, with an optional value
to suggest (an assignment's default due date once its item is chosen)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Hint:
    text: str
    suggests: bool = False
    value: Any = None


# (field name, current values of the record) → the hint for that field, or None for none.
HintSource = Callable[[str, Mapping[str, Any]], Hint | None]
