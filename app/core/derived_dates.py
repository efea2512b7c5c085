"""Dates that follow other dates: a special page's day from its milestone, and an assignment's
default due date from its item's publication. Pure, so the rules are tested without a database."""

from __future__ import annotations

from datetime import date, timedelta


def page_day(milestone_start: date, offset_days: int) -> date:
    """The day a special page runs: its milestone's first day moved by `offset_days`
    (negative: before it, as in "3 days before the opening")."""
    return milestone_start + timedelta(days=offset_days)


def default_due_date(publication: date | None, days_before: int) -> date | None:
    """An assignment's due date when none is given: `days_before` days before the item's
    planned start; none while the item is unscheduled."""
    return None if publication is None else publication - timedelta(days=days_before)


def followed_due_date(
    due: date | None, old_start: date | None, new_start: date | None, days_before: int
) -> date | None:
    """An assignment's due date once its item moved from `old_start` to `new_start`.

    A date that was the default for the old start (including "none" on an unscheduled item)
    becomes the default for the new one; a date someone chose is kept. Applying it again with
    the starts swapped gives back the first date, so undoing a move undoes this too.
    """
    if due != default_due_date(old_start, days_before):
        return due
    return default_due_date(new_start, days_before)
