"""Refusing a zip bomb before anything unpacks it: an .xlsx file is a zip of XML parts.

The central directory says how many parts there are and how big each unpacks; that is read
first, and the workbook is refused when there are too many parts, when they would unpack too
far in all, or when one large part is compressed far beyond what real sheets are. A part that
lies about its size does not get past zipfile either: it reads no more than the size declared
and then fails the CRC check, which the reader reports as a damaged workbook.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.imports.budgets import MB, Budget
from app.imports.problems import (
    NOT_A_ZIP,
    ZIP_BROKEN,
    ZIP_RATIO,
    ZIP_TOO_BIG,
    ZIP_TOO_MANY,
    ImportRefusedError,
    problem,
)

# Below this a part's ratio is not judged: small XML compresses very well.
_RATIO_FLOOR = 1 * MB


def check_zip(path: Path, budget: Budget) -> None:
    """Raise `ImportRefusedError` unless the archive is safe to hand to openpyxl."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        raise ImportRefusedError(problem(NOT_A_ZIP)) from None
    except (OSError, ValueError, EOFError) as error:
        raise ImportRefusedError(problem(ZIP_BROKEN, reason=str(error)[:200])) from None
    if len(infos) > budget.max_zip_members:
        raise ImportRefusedError(
            problem(ZIP_TOO_MANY, count=len(infos), limit=budget.max_zip_members)
        )
    total = sum(info.file_size for info in infos)
    if total > budget.max_unpacked_bytes:
        raise ImportRefusedError(
            problem(
                ZIP_TOO_BIG,
                size=f"{total / MB:.0f}",
                limit=f"{budget.max_unpacked_bytes / MB:.0f}",
            )
        )
    for info in infos:
        if info.file_size < _RATIO_FLOOR:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > budget.max_zip_ratio:
            raise ImportRefusedError(
                problem(
                    ZIP_RATIO,
                    member=info.filename[:100],
                    ratio=f"{ratio:.0f}",
                    limit=budget.max_zip_ratio,
                )
            )
