"""Named filter sets the user saved, kept in QSettings so they outlive the database file."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSettings

from app.core.filters import ItemFilter
from app.core.text import fold

GROUP = "filters/saved"
MAX_NAME_LENGTH = 80

# A key is the UTF-8 name in lower-case hex: "/" would open a settings group, "%" and
# non-ASCII are escaped differently by each backend, and the Windows registry ignores case,
# so "Tết" and "tết" would collide under any encoding that keeps letters.


def clean_name(name: str) -> str:
    """The form a name is stored under: trimmed, and composed so look-alikes do not pile up."""
    return unicodedata.normalize("NFC", name.strip())


def _key(name: str) -> str:
    return clean_name(name).encode("utf-8").hex()


def _name(key: str) -> str | None:
    try:
        return bytes.fromhex(key).decode("utf-8")
    except ValueError:
        return None


def saved_filter_names() -> list[str]:
    """The names of the saved sets, in the order a Vietnamese reader expects (accents folded)."""
    store = QSettings()
    store.beginGroup(GROUP)
    keys = store.childKeys()
    store.endGroup()
    names = [name for name in map(_name, keys) if name]
    return sorted(names, key=lambda name: (fold(name), name))


def load_filter(name: str) -> ItemFilter | None:
    """The set saved as `name`, or None when there is none."""
    value = QSettings().value(f"{GROUP}/{_key(name)}")
    if not isinstance(value, str):
        return None
    return ItemFilter.from_json(value)


def save_filter(name: str, flt: ItemFilter) -> None:
    """Save `flt` as `name`, replacing a set already saved under that name."""
    if not clean_name(name):
        raise ValueError("a saved filter needs a name")
    QSettings().setValue(f"{GROUP}/{_key(name)}", flt.to_json())


def delete_filter(name: str) -> None:
    QSettings().remove(f"{GROUP}/{_key(name)}")
