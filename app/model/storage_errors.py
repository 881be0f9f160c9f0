"""What the user reads when the data file cannot be used: locked, another program's, from a
newer Quadrant, without its schema version, on a full disk, or refused by SQLite. Each is an
error with a marked English message (see `errors`)."""

import errno
import sqlite3
from pathlib import Path

from app.model.errors import (
    ForeignDatabase,
    InvalidInput,
    NewerDatabase,
    StorageBusy,
    StorageError,
    Words,
)
from app.model.wording import QT_TRANSLATE_NOOP

_DAMAGE = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}


def is_damage(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "") in _DAMAGE


def is_busy(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "") in _BUSY or "locked" in str(error)


def busy_error() -> StorageBusy:
    return StorageBusy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the data file is locked by another program; nothing was changed — "
            "try again in a moment",
        )
    )


def foreign_error(path: Path) -> ForeignDatabase:
    return ForeignDatabase(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} belongs to another program, not Quadrant; it was left unchanged. "
            "Move it elsewhere or choose another data folder.",
        ),
        path=path,
    )


def lost_version(path: Path) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the data file {path} no longer records its schema version (its alembic_version "
            "table is empty), so Quadrant cannot tell how to read it; the file was left unchanged",
        ),
        path=path,
    )


def refuse_newer(path: Path, version: str) -> NewerDatabase:
    return NewerDatabase(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} was written by a newer version of Quadrant (schema {version}); "
            "update Quadrant to open it — the file was not changed",
        ),
        path=path,
        version=version,
    )


DISK_FULL = Words(QT_TRANSLATE_NOOP("Errors", "the disk is full"))


def describe(error: BaseException) -> str:
    """A database or file error in plain words (English): a full disk says so."""
    return str(reason(error))


def reason(error: BaseException) -> Words | str:
    """A database or file error in plain words: a full disk says so (in the user's words),
    otherwise the error's own text (the system's)."""
    name = getattr(error, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or getattr(error, "errno", None) == errno.ENOSPC:
        return DISK_FULL
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def disk_is_full(folder: Path) -> bool:
    """Whether the disk under `folder` has no room for another page (SQLite reports a full
    disk while opening as a plain I/O error)."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def storage_error(error: BaseException | None) -> Exception:
    """What the user reads when the database refused an operation."""
    if isinstance(error, sqlite3.Error) and is_busy(error):
        return busy_error()
    if isinstance(error, sqlite3.IntegrityError):
        return InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "that change breaks a rule of the data file: {reason}"),
            reason=error,
        )
    if error is not None and reason(error) is DISK_FULL:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the disk holding the data file is full; nothing was changed — free some space "
                "and try again",
            )
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "the data file could not be used: {reason}"), reason=error
    )
