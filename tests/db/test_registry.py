"""Each kind's field description matches the model that stores it, column by column."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Date, Enum, Integer, String, Table, Text, Time

from app.core.records import KINDS, FieldSpec, FieldType, Kind, KindSpec
from app.services.registry import KIND_OF_TABLE, MODELS, MULTI_REF_RELATIONSHIPS, model_of

COLUMN_TYPES: dict[FieldType, type] = {
    FieldType.TEXT: String,
    FieldType.LONG_TEXT: Text,
    FieldType.INT: Integer,
    FieldType.DATE: Date,
    FieldType.TIME: Time,
    FieldType.CHOICE: Enum,
    FieldType.REF: Integer,
    FieldType.COLOR: String,
    FieldType.CADENCE: String,
}

FIELDS = [(spec, field) for spec in KINDS.values() for field in spec.fields]


def _table(kind: Kind) -> Table:
    table = model_of(kind).__table__
    assert isinstance(table, Table)
    return table


def _column(kind: Kind, name: str) -> Column[object]:
    table = _table(kind)
    assert name in table.c, f"{kind.value}.{name}: {table.name} has no such column"
    return table.c[name]


def test_every_kind_has_a_model_and_back() -> None:
    assert set(MODELS) == set(Kind) == set(KINDS)
    assert {KIND_OF_TABLE[_table(kind).name] for kind in Kind} == set(Kind)


@pytest.mark.parametrize(
    ("spec", "field"), FIELDS, ids=[f"{s.kind.value}.{f.name}" for s, f in FIELDS]
)
def test_every_field_is_stored_by_its_model(spec: KindSpec, field: FieldSpec) -> None:
    model = MODELS[spec.kind]
    assert hasattr(model, field.name) or field.name in MULTI_REF_RELATIONSHIPS
    if field.type is FieldType.MULTI_REF:
        relationship = getattr(model, MULTI_REF_RELATIONSHIPS[field.name])
        assert field.ref is not None
        assert relationship.property.mapper.class_ is MODELS[field.ref]
        return
    column = _column(spec.kind, field.name)
    assert isinstance(column.type, COLUMN_TYPES[field.type])
    if field.type is FieldType.CHOICE:
        assert isinstance(column.type, Enum)
        assert column.type.enum_class is field.choices
    if field.type is FieldType.REF:
        assert field.ref is not None
        [foreign_key] = column.foreign_keys
        assert foreign_key.column.table is _table(field.ref)
    if field.required:
        assert not column.nullable, f"{spec.kind.value}.{field.name} is required but nullable"


@pytest.mark.parametrize("spec", KINDS.values(), ids=[k.value for k in KINDS])
def test_list_title_parent_and_sort_columns_exist(spec: KindSpec) -> None:
    for name in (spec.title_field, spec.sort_field, spec.parent_field, *spec.extra_columns):
        if name is not None:
            _column(spec.kind, name)
    if spec.parent_field is not None:
        assert spec.field(spec.parent_field).type is FieldType.REF


def test_weekly_capacity_is_described_and_stored() -> None:
    field = KINDS[Kind.PERSON].field("weekly_capacity")
    assert (field.type, field.default, field.minimum, field.maximum) == (FieldType.INT, 5, 0, 100)
    column = _column(Kind.PERSON, "weekly_capacity")
    assert not column.nullable
    assert column.server_default is not None
    assert "ck_person_weekly_capacity_not_negative" in {
        str(c.name) for c in _table(Kind.PERSON).constraints
    }
