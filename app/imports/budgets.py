"""The limits an import works within, so a hostile or broken file is refused, never a hang.

Every reader takes a `Budget`: it bounds what is read (file size, line length, nesting depth,
how many components or rows), what is made of it (recurrence expansion, records) and how long
it may take (`Deadline`, checked between lines, events and rows, so the overrun is at most one
bounded step). A spreadsheet's zip container has its own limits, checked before it is opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.imports.problems import TOOK_TOO_LONG, ImportRefusedError, problem

MB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    """How much one import may read, expand and spend; the defaults suit a newsroom's files."""

    max_file_bytes: int = 20 * MB
    # One unfolded ICS content line, or one CSV field.
    max_line_chars: int = 1 * MB
    # VCALENDAR > VEVENT > VALARM is 3; VTIMEZONE > STANDARD is 3.
    max_depth: int = 8
    max_components: int = 200_000
    # Records made from the file: rows, events and the occurrences of recurring events.
    max_records: int = 100_000
    max_occurrences_per_event: int = 5_000
    # Occurrences a rule may give before the window starts (dateutil walks from DTSTART).
    max_steps_per_rule: int = 200_000
    max_columns: int = 200
    # An XLSX file is a zip: refused before any XML is parsed when it would unpack too far.
    max_zip_members: int = 2_000
    max_unpacked_bytes: int = 200 * MB
    max_zip_ratio: int = 200
    seconds: float = 120.0


class Deadline:
    """The moment an import must stop by; `check` raises once it has passed."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def expired(self) -> bool:
        return self._clock() > self._end

    def check(self) -> None:
        if self.expired():
            raise ImportRefusedError(problem(TOOK_TOO_LONG, seconds=f"{self.seconds:g}"))
