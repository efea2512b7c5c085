"""A record's history from the audit log, and an item's comment thread, on each backend."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from app.core.enums import ContentStatus, MilestoneKind
from app.core.records import Kind
from app.core.validation import ValidationError
from app.db.models import AuditEntry, Comment
from app.services.database import Database
from app.services.editing import create_record, delete_records, restore_records, update_record
from app.services.history import (
    EMPTY_COMMENT,
    HistoryEntry,
    add_comment,
    comments,
    delete_comment,
    record_history,
    record_label,
    restore_comment,
)
from app.services.records import NotFoundError
from app.services.workflow import change_status

S = ContentStatus


def plan(db: Database) -> int:
    values = {
        "number": "01-KH",
        "title": "Kế hoạch tuyên truyền",
        "start_date": date(2026, 1, 1),
        "end_date": date(2026, 12, 31),
    }
    return create_record(db, Kind.PLAN, values).id


def theme(db: Database, plan_id: int, name: str) -> int:
    return create_record(db, Kind.THEME, {"plan_id": plan_id, "name": name}).id


def item(db: Database, title: str = "Bài viết", **values: object) -> int:
    return create_record(db, Kind.CONTENT_ITEM, {"title": title, **values}).id


def only_fields(entries: list[HistoryEntry]) -> list[tuple[str, str | None, str, str]]:
    return [(e.action, e.field, e.old, e.new) for e in entries]


def test_item_history_shows_values_as_people_read_them(db: Database) -> None:
    plan_id = plan(db)
    first, second = theme(db, plan_id, "Biển đảo"), theme(db, plan_id, "Chuyển đổi số")
    item_id = item(db, "Đại hội Đảng", planned_start=date(2026, 3, 2))
    update_record(
        db,
        Kind.CONTENT_ITEM,
        item_id,
        {
            "title": "Đại hội Đảng lần thứ XIV",
            "planned_start": date(2026, 3, 9),
            "publish_time": time(8, 30),
            "format": "interview",
            "plan_id": plan_id,
            "theme_ids": [second, first],
        },
    )
    history = record_history(db, Kind.CONTENT_ITEM, item_id)
    assert history[-1].action == "create"
    assert history[-1].new == "Đại hội Đảng"
    by_field = {e.field: e for e in history if e.action == "update"}
    assert by_field["title"].old == "Đại hội Đảng"
    assert by_field["title"].new == "Đại hội Đảng lần thứ XIV"
    assert by_field["title"].field_label == "Title"
    assert (by_field["planned_start"].old, by_field["planned_start"].new) == (
        "02/03/2026",
        "09/03/2026",
    )
    assert by_field["publish_time"].new == "08:30"
    assert (by_field["format"].old, by_field["format"].new) == ("Article", "Interview")
    assert by_field["format"].values_context == "enums"
    assert by_field["title"].values_context is None
    assert (by_field["plan_id"].old, by_field["plan_id"].new) == (
        "",
        "01-KH — Kế hoạch tuyên truyền",
    )
    assert by_field["theme_ids"].new == "Biển đảo, Chuyển đổi số"
    assert all(e.actor == "tester" for e in history)


def test_history_is_newest_first_and_keeps_each_status_step(db: Database) -> None:
    item_id = item(db)
    change_status(db, [item_id], S.PLANNED)
    change_status(db, [item_id], S.ASSIGNED)
    history = record_history(db, Kind.CONTENT_ITEM, item_id)
    assert only_fields(history) == [
        ("update", "status", "Planned", "Assigned"),
        ("update", "status", "Idea", "Planned"),
        ("create", None, "", "Bài viết"),
    ]
    assert [e.at for e in history] == sorted((e.at for e in history), reverse=True)


def test_delete_and_restore_are_in_the_history(db: Database) -> None:
    milestone = create_record(
        db,
        Kind.MILESTONE,
        {
            "kind": MilestoneKind.HOLIDAY,
            "name": "Quốc khánh",
            "start_date": date(2026, 9, 2),
            "end_date": date(2026, 9, 2),
        },
    ).id
    update_record(db, Kind.MILESTONE, milestone, {"kind": MilestoneKind.ANNIVERSARY})
    restore_records(db, delete_records(db, Kind.MILESTONE, [milestone]))
    assert only_fields(record_history(db, Kind.MILESTONE, milestone)) == [
        ("restore", None, "", "Quốc khánh"),
        ("delete", None, "Quốc khánh", ""),
        ("update", "kind", "Holiday", "Anniversary"),
        ("create", None, "", "Quốc khánh"),
    ]


def test_column_history_names_its_references(db: Database) -> None:
    outlet = create_record(db, Kind.OUTLET, {"name": "Báo Nhân Dân"}).id
    web = create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Web"}).id
    radio = create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Phát thanh"}).id
    column = create_record(
        db,
        Kind.COLUMN,
        {"name": "Chuyện tử tế", "channel_id": web, "start_date": date(2026, 1, 5)},
    ).id
    update_record(db, Kind.COLUMN, column, {"channel_id": radio, "end_date": date(2026, 6, 30)})
    changed = {e.field: (e.old, e.new) for e in record_history(db, Kind.COLUMN, column)}
    assert changed["channel_id"] == ("Web", "Phát thanh")
    assert changed["end_date"] == ("", "30/06/2026")


def test_a_deleted_reference_shows_its_id(db: Database) -> None:
    outlet = create_record(db, Kind.OUTLET, {"name": "Báo Nhân Dân"}).id
    web = create_record(db, Kind.CHANNEL, {"outlet_id": outlet, "name": "Web"}).id
    item_id = item(db, channel_id=None)
    update_record(db, Kind.CONTENT_ITEM, item_id, {"channel_id": web})
    update_record(db, Kind.CONTENT_ITEM, item_id, {"channel_id": None})
    delete_records(db, Kind.CHANNEL, [web])
    entries = [e for e in record_history(db, Kind.CONTENT_ITEM, item_id) if e.field]
    assert [(e.old, e.new) for e in entries] == [(f"#{web}", ""), ("", f"#{web}")]


def test_other_records_history_is_not_mixed_in(db: Database) -> None:
    first, second = item(db, "Một"), item(db, "Hai")
    update_record(db, Kind.CONTENT_ITEM, second, {"title": "Hai mới"})
    assert only_fields(record_history(db, Kind.CONTENT_ITEM, first)) == [
        ("create", None, "", "Một")
    ]
    assert record_label(db, Kind.CONTENT_ITEM, second) == "Hai mới"
    assert record_label(db, Kind.CONTENT_ITEM, second + 100) is None


def test_comments_are_posted_by_the_actor_oldest_first_and_audited(db: Database) -> None:
    item_id = item(db)
    first = add_comment(db, item_id, "  Cần thêm nguồn số liệu.  ")
    second = add_comment(db, item_id, "Đã bổ sung, nhờ anh duyệt.")
    assert first.body == "Cần thêm nguồn số liệu."
    assert first.author == "tester"
    assert comments(db, item_id) == [first, second]
    with db.transaction() as session:
        logged = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "comment").order_by(AuditEntry.id)
        ).all()
    assert [(e.action, e.record_id, e.actor) for e in logged] == [
        ("create", first.id, "tester"),
        ("create", second.id, "tester"),
    ]
    assert "Cần thêm nguồn số liệu." in (logged[0].new_value or "")


def test_a_status_reason_is_in_the_thread(db: Database) -> None:
    item_id = item(db, status=S.PLANNED)
    change_status(db, [item_id], S.CANCELLED, "trùng đề tài")
    [said] = comments(db, item_id)
    assert said.body.endswith("trùng đề tài")


@pytest.mark.parametrize("body", ["", "   \n\t "])
def test_an_empty_comment_is_refused_and_nothing_is_stored(db: Database, body: str) -> None:
    item_id = item(db)
    with pytest.raises(ValidationError) as raised:
        add_comment(db, item_id, body)
    assert raised.value.problems["body"].template == EMPTY_COMMENT
    assert comments(db, item_id) == []
    with db.transaction() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.table_name == "comment")).all()
            == []
        )


def test_a_comment_on_a_missing_item_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        add_comment(db, 999, "Xin chào")


def test_delete_and_restore_a_comment_exactly(db: Database) -> None:
    item_id = item(db)
    kept = add_comment(db, item_id, "Giữ lại")
    gone = add_comment(db, item_id, "Xóa đi")
    deleted = delete_comment(db, gone.id)
    assert comments(db, item_id) == [kept]
    restore_comment(db, deleted)
    assert comments(db, item_id) == [kept, gone]
    with db.transaction() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.table_name == "comment", AuditEntry.record_id == gone.id)
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "delete", "restore"]
    with pytest.raises(NotFoundError):
        delete_comment(db, 999)


def test_deleting_an_item_takes_its_comments_and_undo_brings_them_back(db: Database) -> None:
    item_id = item(db)
    said = add_comment(db, item_id, "Bình luận")
    deleted = delete_records(db, Kind.CONTENT_ITEM, [item_id])
    with db.transaction() as session:
        assert session.scalars(select(Comment)).all() == []
    restore_records(db, deleted)
    assert comments(db, item_id) == [said]
