"""The fixed seed, "today", timestamp and date window that make every build of the demo alike."""

from __future__ import annotations

from datetime import date, datetime

# The same data comes out on every run: one seeded `random.Random`, a fixed "today" and fixed
# timestamps, so screenshots, tests and bug reports can refer to the same rows.
DEMO_SEED = 1562024
# The demo is a picture of the newsroom on this Monday, the week before the 2026 election:
# statuses, due dates and comments are set relative to it, never to the real clock.
DEMO_TODAY = date(2026, 3, 9)
DEMO_STAMP = datetime(2026, 3, 9, 8, 0)
FIRST_DAY = date(2024, 10, 1)
LAST_DAY = date(2026, 6, 30)
