"""Field-level rules that need no database: the editor shows each message next to its field."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.records import FieldType, Kind, spec_of
from app.core.recurrence import validate_rule

CONTEXT = "validation"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


REQUIRED = QT_TRANSLATE_NOOP("validation", "This field is required.")
END_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The end ({end}) is before the start ({start}).")
NEEDS_END = QT_TRANSLATE_NOOP("validation", "Give an end date or a milestone the stage ends at.")
BAD_COLOR = QT_TRANSLATE_NOOP("validation", "A colour is written #RRGGBB, for example #c0392b.")
BAD_RRULE = QT_TRANSLATE_NOOP("validation", "This is not a valid recurrence rule: {reason}")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("validation", "Must be between {minimum} and {maximum}.")
DUPLICATE = QT_TRANSLATE_NOOP("validation", "“{value}” is already used by another record.")
STAGE_AFTER_PLAN = QT_TRANSLATE_NOOP(
    "validation", "The stage ends on {end}, after its plan ends ({plan_end})."
)
STAGE_BEFORE_PLAN = QT_TRANSLATE_NOOP(
    "validation", "The stage starts on {start}, before its plan starts ({plan_start})."
)
MISSING_REF = QT_TRANSLATE_NOOP("validation", "The chosen record no longer exists.")
WRONG_PLAN_THEME = QT_TRANSLATE_NOOP("validation", "Theme “{theme}” belongs to another plan.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "At most {maximum} characters.")

MAX_TEXT = 500
MAX_LONG_TEXT = 20_000


@dataclass(frozen=True)
class Problem:
    """A message template (translated by the UI) and the values it is filled with."""

    template: str
    args: tuple[tuple[str, str], ...] = ()
    # Arguments that are themselves marked words ("plan", "milestones"), translated too.
    translated: tuple[str, ...] = ()

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate(CONTEXT, self.template) if translate else self.template
        if not self.args:
            return text
        values = dict(self.args)
        if translate:
            for name in self.translated:
                values[name] = translate(CONTEXT, values[name])
        return text.format(**values)


def problem(template: str, **args: object) -> Problem:
    return Problem(template, tuple((k, str(v)) for k, v in args.items()))


def worded(template: str, translated: tuple[str, ...], **args: object) -> Problem:
    """A problem whose arguments named in `translated` are marked words, translated too."""
    return Problem(template, tuple((k, str(v)) for k, v in args.items()), translated)


class ValidationError(Exception):
    """Raised with every problem found, keyed by field name; nothing was saved."""

    def __init__(self, problems: Mapping[str, Problem]) -> None:
        super().__init__("; ".join(f"{k}: {p.render()}" for k, p in problems.items()))
        self.problems = dict(problems)


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _check_types(kind: Kind, values: Mapping[str, Any], problems: dict[str, Problem]) -> None:
    for spec in spec_of(kind).fields:
        value = values.get(spec.name, spec.default)
        if isinstance(value, str):
            value = value.strip()
        empty = value is None or value == "" or value == []
        if spec.required and empty:
            problems[spec.name] = problem(REQUIRED)
            continue
        if empty:
            continue
        if spec.type in (FieldType.TEXT, FieldType.CADENCE) and len(str(value)) > MAX_TEXT:
            problems[spec.name] = problem(TOO_LONG, maximum=MAX_TEXT)
        elif spec.type is FieldType.LONG_TEXT and len(str(value)) > MAX_LONG_TEXT:
            problems[spec.name] = problem(TOO_LONG, maximum=MAX_LONG_TEXT)
        elif spec.type is FieldType.INT and not spec.minimum <= int(str(value)) <= spec.maximum:
            problems[spec.name] = problem(OUT_OF_RANGE, minimum=spec.minimum, maximum=spec.maximum)
        elif spec.type is FieldType.COLOR and not _COLOR.match(str(value)):
            problems[spec.name] = problem(BAD_COLOR)
        elif (
            spec.type is FieldType.DATE
            and not isinstance(value, date)
            or spec.type is FieldType.TIME
            and not isinstance(value, time)
        ):
            problems[spec.name] = problem(REQUIRED)


def _check_span(
    values: Mapping[str, Any], start: str, end: str, problems: dict[str, Problem]
) -> None:
    first, last = values.get(start), values.get(end)
    if isinstance(first, date) and isinstance(last, date) and last < first and end not in problems:
        problems[end] = problem(END_BEFORE_START, end=_fmt(last), start=_fmt(first))


def _check_rrule(values: Mapping[str, Any], problems: dict[str, Problem]) -> None:
    cadence = values.get("cadence")
    start = values.get("start_date")
    if not cadence or "cadence" in problems:
        return
    reason = validate_rule(str(cadence), start if isinstance(start, date) else None)
    if reason is not None:
        problems["cadence"] = problem(BAD_RRULE, reason=reason)


def validate(kind: Kind, values: Mapping[str, Any]) -> dict[str, Problem]:
    """Every problem in `values` that can be seen without the database."""
    problems: dict[str, Problem] = {}
    _check_types(kind, values, problems)
    if kind in (Kind.PLAN, Kind.MILESTONE, Kind.STAGE, Kind.COLUMN):
        _check_span(values, "start_date", "end_date", problems)
    if kind is Kind.CONTENT_ITEM:
        _check_span(values, "planned_start", "planned_end", problems)
        if values.get("planned_end") and not values.get("planned_start"):
            problems.setdefault("planned_start", problem(REQUIRED))
    if (
        kind is Kind.STAGE
        and not values.get("end_date")
        and not values.get("end_milestone_id")
        and "end_date" not in problems
    ):
        problems["end_date"] = problem(NEEDS_END)
    if kind is Kind.COLUMN:
        _check_rrule(values, problems)
    return problems
