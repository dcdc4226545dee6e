"""Atomic, change-only file writes: a killed run never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temp file and rename; False if it was already so."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return True


def remove_stale_temps(folder: Path) -> int:
    """Temp files of a run killed between write and rename; MkDocs skips dot-files anyway."""
    removed = 0
    if folder.is_dir():
        for temp in folder.rglob(".*.tmp"):
            temp.unlink(missing_ok=True)
            removed += 1
    return removed
