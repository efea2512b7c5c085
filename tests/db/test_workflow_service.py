"""Changing content items' status through the workflow service, on each backend."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from app.core import workflow as wf
from app.core.enums import ContentStatus
from app.core.records import Kind
from app.db.base import Base
from app.db.models import AuditEntry, Comment, ContentItem
from app.services.database import Database
from app.services.editing import create_record, update_record
from app.services.records import NotFoundError
from app.services.workflow import (
    HistoryStep,
    StatusChange,
    TransitionRefusedError,
    allowed_for,
    change_status,
    restore_statuses,
    status_history,
)

S = ContentStatus
Rows = dict[str, list[dict[str, Any]]]
Entry = tuple[
    str, str, int, str | None, str | None, str | None
]  # actor, action, id, field, old, new


def new_item(db: Database, title: str, status: ContentStatus = S.IDEA) -> int:
    return create_record(db, Kind.CONTENT_ITEM, {"title": title, "status": status}).id


def dump(db: Database) -> Rows:
    """Every row of every table, the audit log included, ordered by primary key."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                dict(row._mapping)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def statuses(db: Database, *ids: int) -> list[ContentStatus]:
    with db.transaction() as session:
        found = {i.id: i.status for i in session.scalars(select(ContentItem))}
    return [found[i] for i in ids]


def versions(db: Database, *ids: int) -> list[int]:
    with db.transaction() as session:
        found = {i.id: i.version for i in session.scalars(select(ContentItem))}
    return [found[i] for i in ids]


def last_audit_id(db: Database) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def entries_after(db: Database, after_id: int) -> list[Entry]:
    with db.transaction() as session:
        return [
            (e.actor, e.action, e.record_id, e.field, e.old_value, e.new_value)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
            )
            if e.table_name == "content_item"
        ]


def comments(db: Database, item_id: int) -> list[tuple[str, str]]:
    with db.transaction() as session:
        found = session.scalars(
            select(Comment).where(Comment.item_id == item_id).order_by(Comment.id)
        )
        return [(c.author, c.body) for c in found]


def walk(db: Database, item_id: int, *path: ContentStatus) -> None:
    for status in path:
        change_status(db, [item_id], status, "Thiếu nguồn" if status is S.RETURNED else "")


# Changing status


def test_a_bulk_change_moves_every_item_and_returns_what_it_did(db: Database) -> None:
    a, b = new_item(db, "Dấu ấn 40 năm Đổi mới", S.SUBMITTED), new_item(db, "Đại biểu trẻ")
    walk(db, b, S.PLANNED, S.ASSIGNED, S.IN_PROGRESS, S.SUBMITTED)
    before = versions(db, a, b)
    changes = change_status(db, [a, b], S.IN_SCREENING)
    assert changes == [
        StatusChange(a, S.SUBMITTED, S.IN_SCREENING),
        StatusChange(b, S.SUBMITTED, S.IN_SCREENING),
    ]
    assert statuses(db, a, b) == [S.IN_SCREENING, S.IN_SCREENING]
    assert versions(db, a, b) == [v + 1 for v in before]


def test_each_change_is_audited_with_actor_field_old_and_new(db: Database) -> None:
    a, b = new_item(db, "Một", S.IN_SCREENING), new_item(db, "Hai", S.IN_SCREENING)
    mark = last_audit_id(db)
    change_status(db, [b, a], S.APPROVED)
    assert entries_after(db, mark) == [
        ("tester", "update", b, "status", "in_screening", "approved"),
        ("tester", "update", a, "status", "in_screening", "approved"),
    ]
    with db.transaction() as session:
        moments = set(session.scalars(select(AuditEntry.at).where(AuditEntry.id > mark)))
    assert len(moments) == 1  # one action, one moment
    assert abs((moments.pop() - datetime.now()).total_seconds()) < 60


def test_the_whole_path_can_be_walked_through_the_service(db: Database) -> None:
    item = new_item(db, "Toàn trình")
    mark = last_audit_id(db)
    walk(db, item, *wf.PATH[1:])
    assert statuses(db, item) == [S.PUBLISHED]
    assert [(e[4], e[5]) for e in entries_after(db, mark)] == [
        (a.value, b.value) for a, b in zip(wf.PATH, wf.PATH[1:], strict=False)
    ]


def test_one_refused_item_refuses_the_whole_change_and_names_it(db: Database) -> None:
    good = new_item(db, "Đã duyệt", S.APPROVED)
    bad = new_item(db, "Đang thẩm định", S.IN_SCREENING)
    also_good = new_item(db, "Cũng đã duyệt", S.APPROVED)
    rows = dump(db)
    with pytest.raises(TransitionRefusedError) as error:
        change_status(db, [good, bad, also_good], S.SCHEDULED)
    assert dump(db) == rows, "a refused change saved or logged something"
    assert [(i, p.template) for i, p in error.value.problems] == [(bad, wf.SCHEDULE_NEEDS_APPROVAL)]
    assert error.value.titles == {bad: "Đang thẩm định"}
    assert str(error.value) == (
        "“Đang thẩm định”: Only an approved item can be scheduled; this one is “In screening”."
    )


def test_every_refused_item_is_reported_at_once(db: Database) -> None:
    published = new_item(db, "Đã đăng", S.PUBLISHED)
    idea = new_item(db, "Ý tưởng")
    fine = new_item(db, "Đã lên lịch", S.SCHEDULED)
    with pytest.raises(TransitionRefusedError) as error:
        change_status(db, [published, fine, idea], S.APPROVED)
    assert [(i, p.template) for i, p in error.value.problems] == [
        (published, wf.FINAL),
        (idea, wf.NOT_ALLOWED),
    ]
    assert statuses(db, published, idea, fine) == [S.PUBLISHED, S.IDEA, S.SCHEDULED]


def test_unknown_items_are_not_found_and_nothing_changes(db: Database) -> None:
    a = new_item(db, "Một", S.IDEA)
    rows = dump(db)
    with pytest.raises(NotFoundError):
        change_status(db, [a, 999_999], S.PLANNED)
    assert dump(db) == rows


def test_returning_without_a_reason_is_refused(db: Database) -> None:
    item = new_item(db, "Bài cần sửa", S.IN_SCREENING)
    rows = dump(db)
    with pytest.raises(TransitionRefusedError) as error:
        change_status(db, [item], S.RETURNED, "   ")
    assert [p.template for _, p in error.value.problems] == [wf.REASON_REQUIRED]
    assert dump(db) == rows


def test_a_return_keeps_its_reason_as_a_comment_by_the_actor(db: Database) -> None:
    a, b = new_item(db, "Một", S.APPROVED), new_item(db, "Hai", S.SUBMITTED)
    change_status(db, [a, b], S.RETURNED, "  Cần kiểm chứng số liệu  ")
    assert statuses(db, a, b) == [S.RETURNED, S.RETURNED]
    assert comments(db, a) == [("tester", "Returned: Cần kiểm chứng số liệu")]
    assert comments(db, b) == [("tester", "Returned: Cần kiểm chứng số liệu")]
    with db.transaction() as session:  # stamped like the audit entry, so history can pair them
        posted = set(session.scalars(select(Comment.posted_at)))
        logged = session.scalar(select(func.max(AuditEntry.at)))
    assert posted == {logged}


def test_a_move_without_a_reason_adds_no_comment(db: Database) -> None:
    item = new_item(db, "Một", S.IN_SCREENING)
    change_status(db, [item], S.APPROVED)
    assert comments(db, item) == []


def test_items_already_at_the_target_are_left_alone(db: Database) -> None:
    done = new_item(db, "Đã duyệt", S.APPROVED)
    todo = new_item(db, "Chờ duyệt", S.IN_SCREENING)
    before = versions(db, done)
    mark = last_audit_id(db)
    assert change_status(db, [done, todo, todo], S.APPROVED) == [
        StatusChange(todo, S.IN_SCREENING, S.APPROVED)
    ]
    assert versions(db, done) == before
    assert [e[2] for e in entries_after(db, mark)] == [todo]
    assert change_status(db, [done], S.APPROVED) == []


def test_no_items_is_no_change(db: Database) -> None:
    rows = dump(db)
    assert change_status(db, [], S.CANCELLED) == []
    assert dump(db) == rows


# Undo


def test_restore_statuses_undoes_exactly(db: Database) -> None:
    a = new_item(db, "Một", S.APPROVED)
    b = new_item(db, "Hai", S.SUBMITTED)
    c = new_item(db, "Ba", S.RETURNED)
    rows = {r["id"]: r for r in dump(db)["content_item"]}
    changes = change_status(db, [a, b, c], S.CANCELLED)
    mark = last_audit_id(db)
    restore_statuses(db, changes)
    assert statuses(db, a, b, c) == [S.APPROVED, S.SUBMITTED, S.RETURNED]
    after = {r["id"]: r for r in dump(db)["content_item"]}
    skip = ("version", "updated_at")
    for i in (a, b, c):
        assert {k: v for k, v in after[i].items() if k not in skip} == {
            k: v for k, v in rows[i].items() if k not in skip
        }
        assert after[i]["version"] == rows[i]["version"] + 2
    assert entries_after(db, mark) == [
        ("tester", "update", c, "status", "cancelled", "returned"),
        ("tester", "update", b, "status", "cancelled", "submitted"),
        ("tester", "update", a, "status", "cancelled", "approved"),
    ]


def test_undo_skips_the_checks(db: Database) -> None:
    item = new_item(db, "Một", S.SCHEDULED)
    changes = change_status(db, [item], S.PUBLISHED)
    restore_statuses(db, changes)  # published is final, except for undo
    assert statuses(db, item) == [S.SCHEDULED]


def test_undo_of_a_return_keeps_the_reason_it_was_returned_for(db: Database) -> None:
    item = new_item(db, "Một", S.APPROVED)
    changes = change_status(db, [item], S.RETURNED, "Sai tên")
    restore_statuses(db, changes)
    assert statuses(db, item) == [S.APPROVED]
    assert comments(db, item) == [("tester", "Returned: Sai tên")]


# History


def test_status_history_is_oldest_first_with_who_when_and_why(db: Database) -> None:
    item = new_item(db, "Phỏng vấn đại biểu", S.SUBMITTED)
    db.actor = "btv.lan"
    change_status(db, [item], S.IN_SCREENING)
    change_status(db, [item], S.RETURNED, "Thiếu ảnh")
    db.actor = "pv.minh"
    change_status(db, [item], S.IN_PROGRESS)
    change_status(db, [item], S.SUBMITTED)
    db.actor = "btv.lan"
    change_status(db, [item], S.IN_SCREENING)
    change_status(db, [item], S.RETURNED, "Vẫn thiếu ảnh")
    history = status_history(db, item)
    assert [(h.actor, h.before, h.after, h.reason) for h in history] == [
        ("tester", None, S.SUBMITTED, None),
        ("btv.lan", S.SUBMITTED, S.IN_SCREENING, None),
        ("btv.lan", S.IN_SCREENING, S.RETURNED, "Thiếu ảnh"),
        ("pv.minh", S.RETURNED, S.IN_PROGRESS, None),
        ("pv.minh", S.IN_PROGRESS, S.SUBMITTED, None),
        ("btv.lan", S.SUBMITTED, S.IN_SCREENING, None),
        ("btv.lan", S.IN_SCREENING, S.RETURNED, "Vẫn thiếu ảnh"),
    ]
    with db.transaction() as session:
        logged = list(
            session.scalars(
                select(AuditEntry.at)
                .where(AuditEntry.record_id == item, AuditEntry.table_name == "content_item")
                .order_by(AuditEntry.id)
            )
        )
    assert [h.at for h in history] == logged
    assert all(isinstance(h, HistoryStep) for h in history)


def test_status_history_ignores_other_fields_and_other_items(db: Database) -> None:
    item, other = new_item(db, "Một"), new_item(db, "Hai")
    with db.transaction() as session:
        session.add(Comment(item_id=item, author="tester", body="Returned: lời bình thường"))
    change_status(db, [other], S.PLANNED)
    update_record(db, Kind.CONTENT_ITEM, item, {"notes": "ghi chú"})
    change_status(db, [item], S.CANCELLED)
    assert [(h.before, h.after, h.reason) for h in status_history(db, item)] == [
        (None, S.IDEA, None),
        (S.IDEA, S.CANCELLED, None),
    ]


def test_status_history_shows_undo_as_a_step(db: Database) -> None:
    item = new_item(db, "Một", S.APPROVED)
    restore_statuses(db, change_status(db, [item], S.RETURNED, "Sai"))
    assert [(h.before, h.after, h.reason) for h in status_history(db, item)] == [
        (None, S.APPROVED, None),
        (S.APPROVED, S.RETURNED, "Sai"),
        (S.RETURNED, S.APPROVED, None),
    ]


def test_each_of_two_returns_in_one_moment_keeps_its_own_reason(db: Database) -> None:
    item = new_item(db, "Một", S.APPROVED)
    change_status(db, [item], S.RETURNED, "Lần một")
    with db.transaction() as session:  # the second return, stamped in the same second
        at = session.scalar(select(func.max(AuditEntry.at)))
        row = session.get(ContentItem, item)
        assert row is not None and at is not None
        row.status = S.APPROVED
        session.add_all(
            [
                AuditEntry(
                    at=at,
                    actor="tester",
                    action="update",
                    table_name="content_item",
                    record_id=item,
                    field="status",
                    old_value=old,
                    new_value=new,
                )
                for old, new in [("returned", "approved"), ("approved", "returned")]
            ]
        )
        session.add(Comment(item_id=item, author="tester", body="Returned: Lần hai", posted_at=at))
    reasons = [h.reason for h in status_history(db, item)]
    assert reasons == [None, "Lần một", None, "Lần hai"]


# The bulk menu


def test_allowed_for_is_what_every_item_may_become(db: Database) -> None:
    submitted = new_item(db, "Một", S.SUBMITTED)
    screening = new_item(db, "Hai", S.IN_SCREENING)
    approved = new_item(db, "Ba", S.APPROVED)
    idea = new_item(db, "Bốn")
    assert allowed_for(db, [submitted]) == wf.allowed_next(S.SUBMITTED)
    assert allowed_for(db, [submitted, screening]) == (S.IN_SCREENING, S.RETURNED, S.CANCELLED)
    assert allowed_for(db, [screening, approved]) == (S.APPROVED, S.RETURNED, S.CANCELLED)
    assert allowed_for(db, [submitted, screening, approved, idea]) == (S.CANCELLED,)
    assert allowed_for(db, [idea, new_item(db, "Năm", S.PUBLISHED)]) == ()
    assert allowed_for(db, [idea, idea]) == (S.PLANNED, S.CANCELLED)
    assert allowed_for(db, []) == ()


def test_what_allowed_for_offers_change_status_accepts(db: Database) -> None:
    ids = [new_item(db, s.value, s) for s in ContentStatus]
    for n, first in enumerate(ids):
        for second in ids[n:]:
            pair = [first, second]
            offered = set(allowed_for(db, pair))
            for target in ContentStatus:
                try:
                    changes = change_status(db, pair, target, "Lý do")
                except TransitionRefusedError:
                    assert target not in offered, (pair, target)
                    continue
                assert target in offered or changes == [], (pair, target)
                restore_statuses(db, changes)


def test_allowed_for_unknown_items_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        allowed_for(db, [new_item(db, "Một"), 999_999])
