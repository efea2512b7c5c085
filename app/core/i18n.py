"""Marks user-visible strings in pure code so Qt's lupdate finds them; the UI translates them."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; `lupdate` records it under `context` for translators."""
    del context
    return text
