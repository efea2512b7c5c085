"""The screening workflow: which status a content item may move to next, and why not otherwise.

The transition table, as the newsroom works (→ forward along the path, ← one step back):

    idea          → planned                          | cancelled
    planned       → assigned        ← idea           | cancelled
    assigned      → in progress     ← planned        | cancelled
    in progress   → submitted       ← assigned       | cancelled
    submitted     → in screening    ← in progress    | returned, cancelled
    in screening  → approved                         | returned, cancelled
    approved      → scheduled                        | returned, cancelled
    scheduled     → published       ← approved       | cancelled
    published     (final)
    returned      → in progress, assigned            | cancelled
    cancelled     → idea ("reopen")

Why these and no others:
- Stepping back is allowed while the piece is still the reporter's (planned, assigned, in
  progress, submitted: a reporter may withdraw a submission to keep working). From screening
  on, sending a piece back is a decision with a reason: it is "returned", never a silent step.
- Approval is the gate: "approved" is reached only from "in screening", "scheduled" only from
  "approved", "published" only from "scheduled". So nothing is scheduled or published
  without having been screened and approved.
- "Scheduled → approved" is unscheduling; a scheduled piece that must be reworked is first
  unscheduled, then returned, so the return is made by someone who sees it is approved.
- A returned piece goes back to the reporter (in progress) or to the desk to reassign it.
- Anything not yet published can be cancelled; published is final (a correction is a new
  piece); a cancelled piece can only be reopened as an idea, to go through the path again.

Messages: every refusal is a `Problem` whose template is marked for translation in the
"validation" context. Its status arguments (`current`, `target`, and `allowed`, a list joined
with ", ") carry the statuses' English labels, which are themselves the source strings of
the "enums" context: `render` translates both, so the UI gets a sentence entirely in its
language, and `Problem.render()` without a translator still reads well in English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from app.core.enums import ContentStatus
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.validation import CONTEXT, Problem, problem

S = ContentStatus

# The main path, in order; each step is allowed one status forward.
PATH: tuple[ContentStatus, ...] = (
    S.IDEA,
    S.PLANNED,
    S.ASSIGNED,
    S.IN_PROGRESS,
    S.SUBMITTED,
    S.IN_SCREENING,
    S.APPROVED,
    S.SCHEDULED,
    S.PUBLISHED,
)

ALLOWED: Mapping[ContentStatus, frozenset[ContentStatus]] = MappingProxyType(
    {
        S.IDEA: frozenset({S.PLANNED, S.CANCELLED}),
        S.PLANNED: frozenset({S.IDEA, S.ASSIGNED, S.CANCELLED}),
        S.ASSIGNED: frozenset({S.PLANNED, S.IN_PROGRESS, S.CANCELLED}),
        S.IN_PROGRESS: frozenset({S.ASSIGNED, S.SUBMITTED, S.CANCELLED}),
        S.SUBMITTED: frozenset({S.IN_PROGRESS, S.IN_SCREENING, S.RETURNED, S.CANCELLED}),
        S.IN_SCREENING: frozenset({S.APPROVED, S.RETURNED, S.CANCELLED}),
        S.APPROVED: frozenset({S.SCHEDULED, S.RETURNED, S.CANCELLED}),
        S.SCHEDULED: frozenset({S.APPROVED, S.PUBLISHED, S.CANCELLED}),
        S.PUBLISHED: frozenset(),
        S.RETURNED: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.CANCELLED}),
        S.CANCELLED: frozenset({S.IDEA}),
    }
)

# The arguments of a refusal that hold English status labels ("allowed": several of them).
STATUS_ARGS = ("current", "target", "allowed")
LIST_SEPARATOR = ", "

ALREADY = QT_TRANSLATE_NOOP("validation", "The item is already “{target}”.")
FINAL = QT_TRANSLATE_NOOP(
    "validation", "A published item cannot change status: “{current}” is final."
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "validation",
    "An item that is “{current}” cannot become “{target}”; it can become: {allowed}.",
)
SCHEDULE_NEEDS_APPROVAL = QT_TRANSLATE_NOOP(
    "validation",
    "Only an approved item can be scheduled; this one is “{current}”.",
)
PUBLISH_NEEDS_SCHEDULE = QT_TRANSLATE_NOOP(
    "validation",
    "Only an approved item that has been scheduled can be published; this one is “{current}”.",
)
NO_APPROVAL = QT_TRANSLATE_NOOP(
    "validation",
    "The item has no approval on record: it must be screened and approved before it is “{target}”.",
)
REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "validation", "Say why the item is returned: a reason is required."
)

_GATES = {S.SCHEDULED: SCHEDULE_NEEDS_APPROVAL, S.PUBLISHED: PUBLISH_NEEDS_SCHEDULE}


def allowed_next(status: ContentStatus) -> tuple[ContentStatus, ...]:
    """The statuses `status` may move to, in workflow order (the order of `ContentStatus`)."""
    return tuple(s for s in ContentStatus if s in ALLOWED[status])


def needs_reason(target: ContentStatus) -> bool:
    return target is S.RETURNED


def _label_list(statuses: tuple[ContentStatus, ...]) -> str:
    return LIST_SEPARATOR.join(s.label for s in statuses)


def check_transition(
    current: ContentStatus,
    target: ContentStatus,
    reason: str = "",
    has_approval: bool = True,
) -> Problem | None:
    """Why an item that is `current` may not become `target`; None when it may.

    `has_approval` can only refuse more, never allow more: pass False when the caller knows
    the approval that `current` implies is missing (the table alone already keeps unapproved
    items away from scheduled and published).
    """
    labels = {"current": current.label, "target": target.label}
    if current is target:
        return problem(ALREADY, **labels)
    if not ALLOWED[current]:
        return problem(FINAL, **labels)
    if target not in ALLOWED[current]:
        gate = _GATES.get(target)
        if gate is not None:
            return problem(gate, **labels)
        return problem(NOT_ALLOWED, **labels, allowed=_label_list(allowed_next(current)))
    if target in _GATES and not has_approval:
        return problem(NO_APPROVAL, **labels)
    if needs_reason(target) and not reason.strip():
        return problem(REASON_REQUIRED, **labels)
    return None


def render(found: Problem, translate: Callable[[str, str], str] | None = None) -> str:
    """The message with its template and its status labels translated by `translate`.

    `translate(context, text)` is the UI's translator (QCoreApplication.translate); the
    labels are looked up in the "enums" context, where `ContentStatus.label` marks them.
    """
    if translate is None:
        return found.render()
    args: dict[str, str] = {}
    for name, value in found.args:
        if name in STATUS_ARGS:
            parts = value.split(LIST_SEPARATOR) if name == "allowed" else [value]
            value = LIST_SEPARATOR.join(translate("enums", part) for part in parts)
        args[name] = value
    return translate(CONTEXT, found.template).format(**args)
