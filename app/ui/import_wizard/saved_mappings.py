"""Named column mappings kept in the settings, so the next file of the same shape needs no setup.

They are stored as the same JSON `ColumnMapping.to_json` writes (and `edcal import --mapping`
reads), keyed by the name the user gave.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.core.records import Kind
from app.imports import ColumnMapping, ImportRefusedError
from app.ui.settings import Setting

SAVED_MAPPINGS: Setting[str] = Setting("import/mappings", "{}")


def _stored() -> dict[str, str]:
    try:
        data = json.loads(SAVED_MAPPINGS.get() or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def saved_mappings(kind: Kind) -> dict[str, ColumnMapping]:
    """The saved mappings that make records of `kind`, by name (unreadable ones left out)."""
    found: dict[str, ColumnMapping] = {}
    for name, text in sorted(_stored().items(), key=lambda pair: pair[0].casefold()):
        try:
            mapping = ColumnMapping.from_json(text)
        except ImportRefusedError:
            continue
        if mapping.kind is kind:
            found[name] = mapping
    return found


def save_mapping(name: str, mapping: ColumnMapping) -> None:
    stored = _stored()
    stored[name] = mapping.to_json()
    SAVED_MAPPINGS.set(json.dumps(stored, ensure_ascii=False))


def fitting_mapping(kind: Kind, headers: Sequence[str]) -> str | None:
    """The name of a saved mapping that fits these headers exactly, if any."""
    for name, mapping in saved_mappings(kind).items():
        if mapping.columns and not mapping.problems(headers):
            return name
    return None
