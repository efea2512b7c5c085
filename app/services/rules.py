"""Rules that need the database: unique numbers, stages inside their plan, themes of the plan."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import validation as v
from app.core.records import FieldType, Kind, spec_of
from app.db.models import Milestone, Outlet, Plan, Theme
from app.services.registry import model_of

_UNIQUE: dict[Kind, tuple[type[Any], str]] = {
    Kind.PLAN: (Plan, "number"),
    Kind.OUTLET: (Outlet, "name"),
}


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _check_refs(
    session: Session, kind: Kind, values: Mapping[str, Any], problems: dict[str, v.Problem]
) -> None:
    for spec in spec_of(kind).fields:
        if spec.ref is None or spec.name in problems:
            continue
        value = values.get(spec.name)
        ids = value if spec.type is FieldType.MULTI_REF else [value]
        for ref_id in ids or []:
            if ref_id is not None and session.get(model_of(spec.ref), ref_id) is None:
                problems[spec.name] = v.problem(v.MISSING_REF)


def _check_unique(
    session: Session,
    kind: Kind,
    values: Mapping[str, Any],
    record_id: int | None,
    problems: dict[str, v.Problem],
) -> None:
    if kind not in _UNIQUE:
        return
    model, name = _UNIQUE[kind]
    value = values.get(name)
    if not value or name in problems:
        return
    query = select(func.count()).select_from(model).where(getattr(model, name) == value)
    if record_id is not None:
        query = query.where(model.id != record_id)
    if session.scalar(query):
        problems[name] = v.problem(v.DUPLICATE, value=value)


def _check_stage(
    session: Session, values: Mapping[str, Any], problems: dict[str, v.Problem]
) -> None:
    plan = session.get(Plan, values.get("plan_id")) if values.get("plan_id") else None
    if plan is None:
        return
    start = values.get("start_date")
    if isinstance(start, date) and start < plan.start_date and "start_date" not in problems:
        problems["start_date"] = v.problem(
            v.STAGE_BEFORE_PLAN, start=_fmt(start), plan_start=_fmt(plan.start_date)
        )
    end, field = values.get("end_date"), "end_date"
    milestone_id = values.get("end_milestone_id")
    if milestone_id:
        milestone = session.get(Milestone, milestone_id)
        end, field = (milestone.end_date if milestone else None), "end_milestone_id"
    if isinstance(end, date) and end > plan.end_date and field not in problems:
        problems[field] = v.problem(v.STAGE_AFTER_PLAN, end=_fmt(end), plan_end=_fmt(plan.end_date))


def _check_theme_scope(
    session: Session, values: Mapping[str, Any], problems: dict[str, v.Problem]
) -> None:
    plan_id = values.get("plan_id")
    if "theme_ids" in problems:
        return
    for theme_id in values.get("theme_ids") or []:
        theme = session.get(Theme, theme_id)
        if theme is not None and theme.plan_id != plan_id:
            problems["theme_ids"] = v.problem(v.WRONG_PLAN_THEME, theme=theme.name)
            return


def problems_in(
    session: Session, kind: Kind, values: Mapping[str, Any], record_id: int | None = None
) -> dict[str, v.Problem]:
    """Every problem with `values`, pure rules first, then those that ask the database."""
    problems = v.validate(kind, values)
    _check_refs(session, kind, values, problems)
    _check_unique(session, kind, values, record_id, problems)
    if kind is Kind.STAGE:
        _check_stage(session, values, problems)
    if any(f.name == "theme_ids" for f in spec_of(kind).fields):
        _check_theme_scope(session, values, problems)
    return problems
