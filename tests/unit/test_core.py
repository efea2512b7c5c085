"""Pure domain rules: accent folding, field validation, messages, labels and record kinds."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from app.core import enums
from app.core import validation as v
from app.core.records import KINDS, FieldType, Kind, spec_of
from app.core.text import fold, matches
from app.core.validation import Problem, ValidationError, problem, validate

# Folding and matching


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đại hội", "dai hoi"),
        ("ĐẠI HỘI ĐẢNG", "dai hoi dang"),
        ("Tết Nguyên đán", "tet nguyen dan"),
        ("Nghị quyết", "nghi quyet"),
        ("Thành tựu 40 năm Đổi mới", "thanh tuu 40 nam doi moi"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_fold_strips_accents_and_case(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_treats_composed_and_decomposed_text_alike() -> None:
    composed = "Đại hội"
    decomposed = "Đa\u0323i ho\u0302\u0323i"
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "dai hoi"


@pytest.mark.parametrize(
    ("query", "texts", "found"),
    [
        ("dai hoi", ("Đại hội đại biểu toàn quốc",), True),
        ("DAI HOI", ("Đại hội",), True),
        ("hoi dai", ("Đại hội",), True),
        ("dai hoi xiv", ("Đại hội", "lần thứ XIV"), True),
        ("tet", ("Đại hội",), False),
        ("dai hoi tet", ("Đại hội",), False),
        ("", ("anything",), True),
        ("  ", (), True),
    ],
)
def test_matches_needs_every_word_somewhere(
    query: str, texts: tuple[str, ...], found: bool
) -> None:
    assert matches(query, *texts) is found


# Validation, rule by rule

PLAN = {
    "number": "125-KH/BTGTW",
    "title": "Đại hội XIV",
    "start_date": date(2025, 7, 1),
    "end_date": date(2026, 6, 30),
}
STAGE = {"plan_id": 1, "name": "Trước Đại hội", "start_date": date(2025, 7, 1), "end_date": None}
ITEM = {
    "title": "Bài 1",
    "format": "article",
    "status": "idea",
    "audience": "public",
    "language": "vi",
}
COLUMN = {
    "name": "Chuyên mục",
    "channel_id": 1,
    "cadence": "FREQ=WEEKLY;BYDAY=MO",
    "start_date": date(2025, 7, 7),
}


def templates(kind: Kind, values: dict[str, Any]) -> dict[str, str]:
    return {name: found.template for name, found in validate(kind, values).items()}


def test_valid_values_have_no_problems() -> None:
    assert validate(Kind.PLAN, PLAN) == {}
    assert validate(Kind.STAGE, {**STAGE, "end_date": date(2025, 12, 31)}) == {}
    assert validate(Kind.COLUMN, COLUMN) == {}
    assert validate(Kind.THEME, {"plan_id": 1, "name": "Đổi mới", "color": "#C0392b"}) == {}


def test_required_fields_must_be_given() -> None:
    assert templates(Kind.PLAN, {}) == {
        "number": v.REQUIRED,
        "title": v.REQUIRED,
        "start_date": v.REQUIRED,
        "end_date": v.REQUIRED,
    }


@pytest.mark.parametrize("blank", [None, "", "   ", "\t\n"])
def test_blank_text_is_missing(blank: object) -> None:
    assert templates(Kind.PLAN, {**PLAN, "title": blank}) == {"title": v.REQUIRED}


def test_an_empty_multi_reference_is_allowed_when_optional() -> None:
    assert validate(Kind.STAGE, {**STAGE, "end_date": date(2025, 8, 1), "theme_ids": []}) == {}


@pytest.mark.parametrize("kind", [Kind.PLAN, Kind.MILESTONE, Kind.STAGE, Kind.COLUMN])
def test_an_end_before_the_start_is_refused(kind: Kind) -> None:
    values = {**PLAN, **STAGE, **COLUMN, "kind": "other", "end_date": date(2025, 6, 30)}
    values["start_date"] = date(2025, 7, 1)
    found = validate(kind, values)
    assert found["end_date"] == problem(v.END_BEFORE_START, end="30/06/2025", start="01/07/2025")


def test_an_end_on_the_start_day_is_fine() -> None:
    assert validate(Kind.PLAN, {**PLAN, "end_date": PLAN["start_date"]}) == {}


def test_an_item_ending_before_it_starts_is_refused() -> None:
    item = {**ITEM, "planned_start": date(2025, 7, 7), "planned_end": date(2025, 7, 6)}
    assert templates(Kind.CONTENT_ITEM, item) == {"planned_end": v.END_BEFORE_START}


def test_an_item_end_needs_a_start() -> None:
    item = {**ITEM, "planned_end": date(2025, 7, 6)}
    assert templates(Kind.CONTENT_ITEM, item) == {"planned_start": v.REQUIRED}


def test_a_stage_needs_an_end_date_or_an_end_milestone() -> None:
    assert templates(Kind.STAGE, STAGE) == {"end_date": v.NEEDS_END}
    assert validate(Kind.STAGE, {**STAGE, "end_milestone_id": 3}) == {}
    assert validate(Kind.STAGE, {**STAGE, "end_date": date(2025, 8, 1)}) == {}


@pytest.mark.parametrize("colour", ["red", "#c0392", "#c0392bb", "c0392b", "#g0392b"])
def test_a_bad_colour_is_refused(colour: str) -> None:
    theme = {"plan_id": 1, "name": "Đổi mới", "color": colour}
    assert templates(Kind.THEME, theme) == {"color": v.BAD_COLOR}


@pytest.mark.parametrize("cadence", ["FREQ=SOMETIMES", "every monday", "FREQ=WEEKLY;BYDAY=XX"])
def test_a_bad_recurrence_rule_is_refused(cadence: str) -> None:
    found = validate(Kind.COLUMN, {**COLUMN, "cadence": cadence})
    assert list(found) == ["cadence"]
    assert found["cadence"].template == v.BAD_RRULE
    assert dict(found["cadence"].args)["reason"]


@pytest.mark.parametrize(
    ("kind", "field", "value", "ok"),
    [
        (Kind.STAGE, "position", 0, False),
        (Kind.STAGE, "position", 1, True),
        (Kind.STAGE, "position", 99, True),
        (Kind.STAGE, "position", 100, False),
        (Kind.SPECIAL_PAGE, "offset_days", -366, False),
        (Kind.SPECIAL_PAGE, "offset_days", -365, True),
        (Kind.PERSON, "weekly_capacity", -1, False),
        (Kind.PERSON, "weekly_capacity", 0, True),
        (Kind.PERSON, "weekly_capacity", 100, True),
        (Kind.PERSON, "weekly_capacity", 101, False),
    ],
)
def test_numbers_out_of_range_are_refused(kind: Kind, field: str, value: int, ok: bool) -> None:
    spec = spec_of(kind).field(field)
    found = validate(kind, {field: value}).get(field)
    if ok:
        assert found is None
    else:
        assert found == problem(v.OUT_OF_RANGE, minimum=spec.minimum, maximum=spec.maximum)


def test_text_longer_than_allowed_is_refused() -> None:
    assert templates(Kind.PLAN, {**PLAN, "title": "x" * (v.MAX_TEXT + 1)}) == {"title": v.TOO_LONG}
    assert validate(Kind.PLAN, {**PLAN, "title": "x" * v.MAX_TEXT}) == {}
    goals = "x" * (v.MAX_LONG_TEXT + 1)
    assert templates(Kind.PLAN, {**PLAN, "goals": goals}) == {"goals": v.TOO_LONG}


def test_a_date_or_time_field_needs_a_date_or_time() -> None:
    assert templates(Kind.PLAN, {**PLAN, "issued_on": "2025-06-01"}) == {"issued_on": v.REQUIRED}
    item = {**ITEM, "publish_time": "06:00"}
    assert templates(Kind.CONTENT_ITEM, item) == {"publish_time": v.REQUIRED}
    assert validate(Kind.CONTENT_ITEM, {**item, "publish_time": time(6)}) == {}


# Messages


def test_a_problem_renders_its_template_with_its_values() -> None:
    found = problem(v.END_BEFORE_START, end="30/06/2025", start="01/07/2025")
    assert found.args == (("end", "30/06/2025"), ("start", "01/07/2025"))
    assert found.render() == "The end (30/06/2025) is before the start (01/07/2025)."


def test_a_problem_renders_through_the_translator() -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return "Ngày kết thúc ({end}) trước ngày bắt đầu ({start})."

    found = problem(v.END_BEFORE_START, end="30/06/2025", start="01/07/2025")
    assert found.render(translate) == "Ngày kết thúc (30/06/2025) trước ngày bắt đầu (01/07/2025)."
    assert asked == [(v.CONTEXT, v.END_BEFORE_START)]


def test_problem_values_are_text() -> None:
    assert problem(v.OUT_OF_RANGE, minimum=0, maximum=100) == Problem(
        v.OUT_OF_RANGE, (("minimum", "0"), ("maximum", "100"))
    )


def test_a_validation_error_names_every_field() -> None:
    error = ValidationError(validate(Kind.PLAN, {}))
    assert set(error.problems) == {"number", "title", "start_date", "end_date"}
    assert "title: This field is required." in str(error)


# Vocabularies and record kinds


def _labelled_enums() -> list[type[enums.LabelledEnum]]:
    found: list[type[enums.LabelledEnum]] = []
    pending = list(enums.LabelledEnum.__subclasses__())
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def test_there_are_labelled_enums() -> None:
    assert {enums.ContentStatus, enums.MilestoneKind, enums.AssignmentStatus} <= set(
        _labelled_enums()
    )


@pytest.mark.parametrize("enum", _labelled_enums(), ids=lambda e: e.__name__)
def test_every_enum_member_has_a_label(enum: type[enums.LabelledEnum]) -> None:
    for member in enum:
        assert isinstance(member.label, str) and member.label.strip(), member
    assert enum.translation_context() == "enums"


@pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
def test_every_kind_is_described_consistently(kind: Kind) -> None:
    spec = KINDS[kind]
    assert spec.kind is kind and spec_of(kind) is spec
    names = [f.name for f in spec.fields]
    assert len(names) == len(set(names)), "a field is described twice"
    assert spec.title_field in names
    assert spec.parent_field is None or spec.parent_field in names
    assert spec.list_fields and all(f.in_list for f in spec.list_fields)
    with pytest.raises(KeyError):
        spec.field("no_such_field")
    for field in spec.fields:
        assert (field.ref is not None) == (field.type in (FieldType.REF, FieldType.MULTI_REF))
        assert (field.choices is not None) == (field.type is FieldType.CHOICE)
        if field.choices is not None and field.default is not None:
            assert field.default in set(field.choices)
        if field.scoped_by is not None:
            assert field.scoped_by in names
        if field.type is FieldType.INT:
            assert field.minimum <= field.maximum
            assert field.default is None or isinstance(field.default, int)
            if isinstance(field.default, int):
                assert field.minimum <= field.default <= field.maximum
        assert field.label.strip()
