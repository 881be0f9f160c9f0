"""Putting a daily backup back in place of the data file, with the standard library only.

The current file is first copied aside atomically (`quadrant.sqlite3.before-restore-<time>`),
so a restore can itself be undone by hand. A backup that is damaged, another program's or from a
newer Quadrant is refused before anything is touched. The backup is copied into the live file
with SQLite's backup API, which takes the write lock and keeps the live file's write-ahead log
mode, so a reader that has the file open sees the restored data at its next read; an older
schema is then upgraded as at any start.
"""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.model.backups import uri_path, write_copy
from app.model.database import (
    BUSY_TIMEOUT_SECONDS,
    DB_FILENAME,
    SCHEMA_HEAD,
    connect,
    open_database,
    read_schema_version,
)
from app.model.errors import InvalidInput, StorageError
from app.model.rotation import Backup, backup_folder, list_backups
from app.model.storage_errors import busy_error, is_busy, refuse_newer, storage_error
from app.model.wording import QT_TRANSLATE_NOOP

KEPT_ASIDE = "before-restore"


@dataclass(frozen=True)
class BackupInfo:
    """A daily backup as the user chooses among them: its day, and what it holds."""

    name: str
    day: date
    path: Path
    open_tasks: int | None  # None when it cannot be read
    problem: str | None  # why it cannot be restored, if it cannot


def describe_backups(data_dir: Path) -> list[BackupInfo]:
    """The daily backups in `data_dir`, newest first, each checked and counted."""
    return [_describe(backup) for backup in list_backups(data_dir)]


def _describe(backup: Backup) -> BackupInfo:
    try:
        _check(backup.path)
        with closing(_read_only(backup.path)) as connection:
            (count,) = connection.execute(
                "SELECT count(*) FROM task WHERE status = 'open'"
            ).fetchone()
    except (StorageError, sqlite3.Error) as error:
        return BackupInfo(backup.name, backup.day, backup.path, None, str(error))
    return BackupInfo(backup.name, backup.day, backup.path, int(count), None)


def find_backup(data_dir: Path, name: str) -> Backup:
    """The backup called `name` (its file name, or its day as YYYY-MM-DD)."""
    for backup in list_backups(data_dir):
        if name in (backup.name, backup.day.isoformat()):
            return backup
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "there is no backup called “{name}” in {folder}; "
            "`quadrant backup list` shows the backups there are",
        ),
        name=name,
        folder=backup_folder(data_dir),
    )


def restore(data_dir: Path, backup: Backup, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Path:
    """Put `backup` in place of the data file; where the file it replaced was kept.

    Raises StorageError (nothing changed) if the backup cannot be restored or the data file is
    locked by another program.
    """
    _check(backup.path)
    live = data_dir / DB_FILENAME
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{DB_FILENAME}.{KEPT_ASIDE}-{stamp}")
    try:
        if live.exists():
            write_copy(live, kept)
        with closing(_read_only(backup.path)) as source, closing(connect(live, busy_timeout)) as to:
            source.backup(to)
    except sqlite3.Error as error:
        if is_busy(error):
            raise busy_error() from error
        raise storage_error(error) from error
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "the backup could not be restored: {reason}"),
            reason=error.strerror,
        ) from error
    open_database(data_dir)  # an older backup is upgraded as at any start
    return kept


def _check(path: Path) -> None:
    """Refuse a backup that is damaged, another program's, or from a newer Quadrant."""
    try:
        version = read_schema_version(path, check_pages=True)
    except sqlite3.Error as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "the backup {name} is damaged ({reason}); it cannot be restored"
            ),
            name=path.name,
            reason=error,
        ) from error
    if version is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "the backup {name} holds no Quadrant data; it cannot be restored"
            ),
            name=path.name,
        )
    if not (len(version) == len(SCHEMA_HEAD) and version.isdigit() and version <= SCHEMA_HEAD):
        raise refuse_newer(path, version)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{uri_path(path)}?mode=ro", uri=True)
