"""Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16, or Windows-1258/1252.

Order of evidence: an encoding the user chose; a byte-order mark; valid UTF-8; UTF-16 without a
mark (every other byte NUL); then charset-normalizer's guess among the legacy code pages the
newsrooms use. A file that is mostly UTF-8 but has a bad byte is refused (a guess would turn
its Vietnamese into mojibake), and so is binary data. Text is returned NFC-normalised, because
Windows-1258 writes Vietnamese tone marks as separate combining characters.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from app.imports.problems import (
    BROKEN_ENCODING,
    BROKEN_UTF8,
    NOT_TEXT,
    UNDETECTED_ENCODING,
    UNKNOWN_ENCODING,
    ImportRefusedError,
    problem,
)

# The legacy code pages worth guessing between, Vietnamese first.
LEGACY = ("cp1258", "cp1252")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# How many bytes the UTF-16-without-BOM test and the guess look at.
_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # the codec name used, as the wizard shows it ("utf-8", "cp1258" …)
    guessed: bool  # True when only charset-normalizer's guess says so: worth confirming


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        byte = f"{data[error.start]:02X}" if error.start < len(data) else "??"
        line = _line_of(data, error.start)
        raise ImportRefusedError(
            problem(BROKEN_ENCODING, encoding=encoding, byte=byte, line=line)
        ) from None


def _finished(text: str, encoding: str, guessed: bool) -> DecodedText:
    nul = text.find("\x00")
    if nul >= 0:
        raise ImportRefusedError(problem(NOT_TEXT, line=text.count("\n", 0, nul) + 1))
    return DecodedText(unicodedata.normalize("NFC", text), encoding, guessed)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _guess_legacy(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data[:_SAMPLE], cp_isolation=list(LEGACY)).best()
    return best.encoding if best is not None else None


def decode(data: bytes, encoding: str | None = None) -> DecodedText:
    """The file's text; raises `ImportRefusedError` saying where the bytes stop making sense."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise ImportRefusedError(problem(UNKNOWN_ENCODING, encoding=encoding)) from None
        return _finished(_strict(data, name), name, guessed=False)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _finished(_strict(data, name), name, guessed=False)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _finished(_strict(data, utf16), utf16, guessed=False)
    try:
        return _finished(data.decode("utf-8"), "utf-8", guessed=False)
    except UnicodeDecodeError as error:
        before = data[: error.start]
        if any(b >= 0x80 for b in before) or _looks_like_utf8_after(data, error.start):
            # Valid multi-byte UTF-8 came first: this is UTF-8 with damage, not a code page.
            raise ImportRefusedError(
                problem(
                    BROKEN_UTF8, byte=f"{data[error.start]:02X}", line=_line_of(data, error.start)
                )
            ) from None
    guessed = _guess_legacy(data)
    if guessed is None:
        raise ImportRefusedError(problem(UNDETECTED_ENCODING))
    name = codecs.lookup(guessed).name
    return _finished(_strict(data, name), name, guessed=True)


def _looks_like_utf8_after(data: bytes, start: int) -> bool:
    """Whether valid multi-byte UTF-8 follows the first bad byte (damage in a UTF-8 file)."""
    rest = data[start + 1 : start + 1 + _SAMPLE]
    text = rest.decode("utf-8", errors="replace")
    return sum(1 for ch in text if ord(ch) >= 0x80 and ch != "\ufffd") >= 2
