"""Moving a milestone: what it drags along (stages ending at it) and what would forbid it."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.validation import Problem, problem
from app.db.models import Milestone, Plan, Stage
from app.services.database import Database
from app.services.records import NotFoundError

STAGE_WOULD_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "validation", "Stage “{stage}” ends at this milestone and would end before it starts ({start})."
)
STAGE_WOULD_OUTLAST_PLAN = QT_TRANSLATE_NOOP(
    "validation", "Stage “{stage}” ends at this milestone and would end after its plan ({end})."
)


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def moved_span(db: Database, milestone_id: int, days: int) -> tuple[date, date]:
    """The milestone's start and end once moved by `days`."""
    with db.transaction() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            raise NotFoundError(f"milestone {milestone_id} does not exist")
        shift = timedelta(days=days)
        return milestone.start_date + shift, milestone.end_date + shift


def milestone_move_problems(db: Database, milestone_id: int, days: int) -> list[Problem]:
    """Why moving the milestone would break a stage that ends at it; empty when it may move."""
    _start, new_end = moved_span(db, milestone_id, days)
    found: list[Problem] = []
    with db.transaction() as session:
        rows = session.execute(
            select(Stage, Plan)
            .join(Plan, Plan.id == Stage.plan_id)
            .where(Stage.end_milestone_id == milestone_id)
        )
        for stage, plan in rows:
            if new_end < stage.start_date:
                found.append(
                    problem(
                        STAGE_WOULD_END_BEFORE_START, stage=stage.name, start=_fmt(stage.start_date)
                    )
                )
            elif new_end > plan.end_date:
                found.append(
                    problem(STAGE_WOULD_OUTLAST_PLAN, stage=stage.name, end=_fmt(plan.end_date))
                )
    return found
