"""Write a file whole or not at all: into a temporary file beside it, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class ExportError(Exception):
    """The export could not be written; the message names the file and the reason."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path to write to; on success it replaces `target`, on failure it is removed.

    Raises ExportError when the folder cannot take the file.
    """
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; choose a file name")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(f"{target}: cannot write in {folder}: {_reason(error)}") from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if temporary.stat().st_size == 0:
            raise ExportError(f"{target}: nothing was written")
        # mkstemp makes the file private; an export is a document like any other.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(f"{target}: cannot write: {_reason(error)}") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
