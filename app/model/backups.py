"""Writing copies of the data file so that a copy is either whole or absent.

Every copy Quadrant keeps (before an upgrade, before a restore, the daily backups) is written
through `write_copy`: SQLite's backup API into a temporary name in the same folder, fsync, rename
to the final name, fsync the folder. A crash or a full disk can leave a stray temporary file, never
a half-written copy under a name the user would trust.
"""

import os
import sqlite3
from contextlib import closing, suppress
from pathlib import Path

TEMPORARY_PREFIX = ".writing-"


def write_copy(source: Path, target: Path) -> Path:
    """Copy the database `source` to `target` atomically; `target` is replaced if it exists.

    The backup API, unlike copying bytes, includes transactions still in the write-ahead log.
    The copy is switched to a rollback journal, so reading it later leaves no -wal file beside
    it. Raises sqlite3.Error or OSError; then no file is left behind.
    """
    temporary = target.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}-{target.name}")
    try:
        temporary.unlink(missing_ok=True)
        reader = sqlite3.connect(f"file:{uri_path(source)}?mode=ro", uri=True)
        with closing(reader), closing(sqlite3.connect(temporary, isolation_level=None)) as copy:
            reader.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        install(temporary, target)
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with suppress(OSError):
                leftover.unlink()
        raise
    return target


def install(written: Path, target: Path) -> None:
    """Make the finished file `written` durable, then rename it to `target` (same folder)."""
    fd = os.open(written, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(written, target)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def uri_path(path: Path) -> str:
    """`path` for a file: URI, with the characters URIs give a meaning to escaped."""
    from urllib.parse import quote

    return quote(str(path.absolute()), safe="/")
