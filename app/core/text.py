"""Accent folding, so a search for "dai hoi" finds "Đại hội"."""

import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics (Vietnamese đ included)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def matches(query: str, *texts: str) -> bool:
    """True when every word of `query` occurs, folded, in one of `texts` taken together."""
    haystack = " ".join(fold(t) for t in texts)
    return all(word in haystack for word in fold(query).split())
