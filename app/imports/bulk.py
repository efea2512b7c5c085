"""Pausing the cyclic garbage collector while an import builds its many small objects.

Reading 10,000 events makes some 100,000 dicts, lists and records in a burst, each allocation
counting towards a collection that finds nothing to free (nothing they hold forms a cycle):
half the time of parsing went there. Reference counting still frees everything; the collector
is switched back on (if it was on) when the block ends, however it ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
