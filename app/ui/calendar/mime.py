"""The drag payload for content items: their ids, as JSON under our own mime type."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

ITEM_MIME = "application/x-edcal-content-items"


def encode_ids(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEM_MIME, json.dumps(ids).encode())
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    """The ids carried, or [] for anything that is not a well-formed list of our ids."""
    if not mime.hasFormat(ITEM_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(ITEM_MIME).data()).decode())
    except ValueError:
        return []
    if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
        return []
    return ids
