"""Keep a cell's text from being run as a formula by whichever spreadsheet opens the file.

A text starting with =, +, -, @, a tab, a carriage return or NUL can be taken for a formula
(OWASP's "CSV injection"). In CSV it gets a leading apostrophe, which spreadsheets show as
the marker of literal text; in XLSX the text is stored as a string with Excel's quote prefix,
so it is shown exactly as written and stays text when edited.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
# What XML 1.0 cannot hold: an XLSX file with one of them would not open.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralised(text: str) -> str:
    """The text for a CSV cell: an apostrophe first when it could be read as a formula."""
    return "'" + text if looks_like_formula(text) else text


def xml_safe(text: str) -> str:
    """The text without the control characters XML forbids (each becomes U+FFFD)."""
    return _NOT_IN_XML.sub("\ufffd", text)
