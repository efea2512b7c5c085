"""The screening workflow's transition table and the reasons it gives for refusing a move."""

from __future__ import annotations

import itertools

import pytest

from app.core import workflow as wf
from app.core.enums import ContentStatus
from app.core.validation import Problem

S = ContentStatus
EVERY_PAIR = list(itertools.product(ContentStatus, ContentStatus))


def template(found: Problem | None) -> str | None:
    return None if found is None else found.template


def test_the_table_covers_every_status_and_names_only_statuses() -> None:
    assert set(wf.ALLOWED) == set(ContentStatus)
    for current, targets in wf.ALLOWED.items():
        assert current not in targets, f"{current} may move to itself"
        assert targets <= set(ContentStatus)


def test_the_table_is_exactly_the_documented_one() -> None:
    assert {k: set(v) for k, v in wf.ALLOWED.items()} == {
        S.IDEA: {S.PLANNED, S.CANCELLED},
        S.PLANNED: {S.IDEA, S.ASSIGNED, S.CANCELLED},
        S.ASSIGNED: {S.PLANNED, S.IN_PROGRESS, S.CANCELLED},
        S.IN_PROGRESS: {S.ASSIGNED, S.SUBMITTED, S.CANCELLED},
        S.SUBMITTED: {S.IN_PROGRESS, S.IN_SCREENING, S.RETURNED, S.CANCELLED},
        S.IN_SCREENING: {S.APPROVED, S.RETURNED, S.CANCELLED},
        S.APPROVED: {S.SCHEDULED, S.RETURNED, S.CANCELLED},
        S.SCHEDULED: {S.APPROVED, S.PUBLISHED, S.CANCELLED},
        S.PUBLISHED: set(),
        S.RETURNED: {S.ASSIGNED, S.IN_PROGRESS, S.CANCELLED},
        S.CANCELLED: {S.IDEA},
    }


def test_the_table_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        wf.ALLOWED[S.PUBLISHED] = frozenset({S.IDEA})  # type: ignore[index]


def test_the_whole_path_is_walkable_one_step_at_a_time() -> None:
    assert wf.PATH == (
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
    for current, target in itertools.pairwise(wf.PATH):
        assert target in wf.allowed_next(current)
        assert wf.check_transition(current, target) is None, (current, target)


def test_the_path_cannot_be_skipped() -> None:
    for i, current in enumerate(wf.PATH):
        for later in wf.PATH[i + 2 :]:
            assert wf.check_transition(current, later) is not None, (current, later)


@pytest.mark.parametrize(("current", "target"), EVERY_PAIR)
def test_every_move_is_either_allowed_or_refused_with_a_reason(
    current: ContentStatus, target: ContentStatus
) -> None:
    found = wf.check_transition(current, target, reason="Thiếu nguồn số liệu")
    if target in wf.ALLOWED[current]:
        assert found is None
        assert target in wf.allowed_next(current)
    else:
        assert isinstance(found, Problem)
        assert target not in wf.allowed_next(current)
        message = found.render()
        assert "{" not in message, message
        assert current.label in message or target.label in message


def test_allowed_next_is_in_workflow_order() -> None:
    order = list(ContentStatus)
    for current in ContentStatus:
        found = wf.allowed_next(current)
        assert set(found) == wf.ALLOWED[current]
        assert list(found) == sorted(found, key=order.index)
    assert wf.allowed_next(S.SUBMITTED) == (S.IN_PROGRESS, S.IN_SCREENING, S.RETURNED, S.CANCELLED)
    assert wf.allowed_next(S.RETURNED) == (S.ASSIGNED, S.IN_PROGRESS, S.CANCELLED)


def test_a_move_not_allowed_says_which_are() -> None:
    found = wf.check_transition(S.IDEA, S.SUBMITTED)
    assert found is not None
    assert found.template == wf.NOT_ALLOWED
    assert dict(found.args) == {
        "current": "Idea",
        "target": "Submitted",
        "allowed": "Planned, Cancelled",
    }
    assert found.render() == (
        "An item that is “Idea” cannot become “Submitted”; it can become: Planned, Cancelled."
    )


def test_moving_to_the_same_status_is_refused_as_already_there() -> None:
    for status in ContentStatus:
        assert template(wf.check_transition(status, status, "x")) == wf.ALREADY


# Stepping back


@pytest.mark.parametrize(
    ("current", "back"),
    [
        (S.PLANNED, S.IDEA),
        (S.ASSIGNED, S.PLANNED),
        (S.IN_PROGRESS, S.ASSIGNED),
        (S.SUBMITTED, S.IN_PROGRESS),
        (S.SCHEDULED, S.APPROVED),
    ],
)
def test_one_step_back_is_allowed_before_screening_and_to_unschedule(
    current: ContentStatus, back: ContentStatus
) -> None:
    assert wf.check_transition(current, back) is None


@pytest.mark.parametrize(
    ("current", "back"),
    [(S.IN_SCREENING, S.SUBMITTED), (S.APPROVED, S.IN_SCREENING), (S.PLANNED, S.CANCELLED)],
)
def test_no_silent_step_back_from_screening_on(current: ContentStatus, back: ContentStatus) -> None:
    if back is S.CANCELLED:  # the control case: not a step back, and allowed
        assert wf.check_transition(current, back) is None
    else:
        assert template(wf.check_transition(current, back)) == wf.NOT_ALLOWED


def test_no_step_back_skips_a_status() -> None:
    assert template(wf.check_transition(S.IN_PROGRESS, S.IDEA)) == wf.NOT_ALLOWED
    assert template(wf.check_transition(S.SUBMITTED, S.ASSIGNED)) == wf.NOT_ALLOWED


# Returned


def test_returned_is_reachable_from_submitted_screening_and_approved_only() -> None:
    sources = {s for s in ContentStatus if S.RETURNED in wf.ALLOWED[s]}
    assert sources == {S.SUBMITTED, S.IN_SCREENING, S.APPROVED}
    found = wf.check_transition(S.SCHEDULED, S.RETURNED, "Sai số liệu")
    assert template(found) == wf.NOT_ALLOWED
    assert found is not None and "Approved" in dict(found.args)["allowed"]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
@pytest.mark.parametrize("current", [S.SUBMITTED, S.IN_SCREENING, S.APPROVED])
def test_returning_needs_a_reason(current: ContentStatus, blank: str) -> None:
    found = wf.check_transition(current, S.RETURNED, blank)
    assert template(found) == wf.REASON_REQUIRED
    assert wf.check_transition(current, S.RETURNED, "Cần kiểm chứng nguồn tin") is None


def test_other_moves_need_no_reason() -> None:
    for current, target in EVERY_PAIR:
        if target in wf.ALLOWED[current] and target is not S.RETURNED:
            assert wf.check_transition(current, target, "") is None


def test_a_returned_item_goes_back_to_work_or_is_cancelled() -> None:
    assert wf.allowed_next(S.RETURNED) == (S.ASSIGNED, S.IN_PROGRESS, S.CANCELLED)
    assert template(wf.check_transition(S.RETURNED, S.SUBMITTED)) == wf.NOT_ALLOWED
    assert template(wf.check_transition(S.RETURNED, S.APPROVED)) == wf.NOT_ALLOWED


# Approval, scheduling and publishing


def test_only_an_approved_item_can_be_scheduled() -> None:
    sources = {s for s in ContentStatus if S.SCHEDULED in wf.ALLOWED[s]}
    assert sources == {S.APPROVED}
    for current in ContentStatus:
        if current not in (S.APPROVED, S.SCHEDULED, S.PUBLISHED):
            assert template(wf.check_transition(current, S.SCHEDULED)) == (
                wf.SCHEDULE_NEEDS_APPROVAL
            ), current


def test_only_a_scheduled_item_can_be_published() -> None:
    sources = {s for s in ContentStatus if S.PUBLISHED in wf.ALLOWED[s]}
    assert sources == {S.SCHEDULED}
    for current in ContentStatus:
        if current not in (S.SCHEDULED, S.PUBLISHED):
            assert template(wf.check_transition(current, S.PUBLISHED)) == (
                wf.PUBLISH_NEEDS_SCHEDULE
            ), current


def test_approval_is_reached_only_through_screening() -> None:
    sources = {s for s in ContentStatus if S.APPROVED in wf.ALLOWED[s]}
    assert sources == {S.IN_SCREENING, S.SCHEDULED}  # screened, or unscheduled


def test_without_approval_on_record_nothing_is_scheduled_or_published() -> None:
    for current, target in [(S.APPROVED, S.SCHEDULED), (S.SCHEDULED, S.PUBLISHED)]:
        assert wf.check_transition(current, target, has_approval=True) is None
        found = wf.check_transition(current, target, has_approval=False)
        assert template(found) == wf.NO_APPROVAL
    # It refuses more, never allows more, and does not concern other moves.
    assert template(wf.check_transition(S.IN_SCREENING, S.SCHEDULED, has_approval=True)) == (
        wf.SCHEDULE_NEEDS_APPROVAL
    )
    assert wf.check_transition(S.IN_SCREENING, S.APPROVED, has_approval=False) is None
    assert wf.check_transition(S.SCHEDULED, S.APPROVED, has_approval=False) is None


def test_published_is_final() -> None:
    assert wf.allowed_next(S.PUBLISHED) == ()
    for target in ContentStatus:
        if target is not S.PUBLISHED:
            assert template(wf.check_transition(S.PUBLISHED, target, "x")) == wf.FINAL


# Cancelling and reopening


def test_everything_but_published_can_be_cancelled() -> None:
    for current in ContentStatus:
        found = wf.check_transition(current, S.CANCELLED)
        if current in (S.PUBLISHED, S.CANCELLED):
            assert found is not None
        else:
            assert found is None, current


def test_a_cancelled_item_can_only_be_reopened_as_an_idea() -> None:
    assert wf.allowed_next(S.CANCELLED) == (S.IDEA,)
    assert wf.check_transition(S.CANCELLED, S.IDEA) is None
    assert template(wf.check_transition(S.CANCELLED, S.PLANNED)) == wf.NOT_ALLOWED
    assert template(wf.check_transition(S.CANCELLED, S.PUBLISHED)) == wf.PUBLISH_NEEDS_SCHEDULE


# Messages


def test_status_arguments_are_english_labels() -> None:
    found = wf.check_transition(S.IN_SCREENING, S.PUBLISHED)
    assert found is not None
    assert dict(found.args)["current"] == "In screening"
    assert found.render() == (
        "Only an approved item that has been scheduled can be published; "
        "this one is “In screening”."
    )


def test_no_label_contains_the_list_separator() -> None:
    assert all(wf.LIST_SEPARATOR not in s.label for s in ContentStatus)


def test_render_translates_the_template_and_each_status_label() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return f"<{text}>" if context == "enums" else text.replace("An item", "A piece")

    found = wf.check_transition(S.IDEA, S.SUBMITTED)
    assert found is not None
    assert wf.render(found, translate) == (
        "A piece that is “<Idea>” cannot become “<Submitted>”; it can become: "
        "<Planned>, <Cancelled>."
    )
    assert ("validation", wf.NOT_ALLOWED) in seen
    assert {("enums", "Idea"), ("enums", "Planned"), ("enums", "Cancelled")} <= set(seen)
    assert wf.render(found) == found.render()


def test_render_leaves_other_arguments_alone() -> None:
    found = Problem("“{title}” is {target}.", (("title", "Approved"), ("target", "Approved")))
    assert wf.render(found, lambda c, t: t.upper() if c == "enums" else t) == (
        "“Approved” is APPROVED."
    )
