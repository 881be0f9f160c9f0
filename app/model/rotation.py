"""Daily backups of the data file in `backups/` inside the data folder, kept in rotation.

One copy a day, named `quadrant-YYYY-MM-DD.sqlite3`, written atomically (see `backups`). The
last KEEP_DAILY days' copies are kept, and for each of the last KEEP_WEEKLY weeks that have a
copy, that week's newest one. `take_daily_backup` is cheap when today's copy exists, so the
window can call it after start and the CLI after a write.
"""

import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.model.backups import TEMPORARY_PREFIX, write_copy

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"quadrant-(\d{4}-\d{2}-\d{2})\.sqlite3")


@dataclass(frozen=True)
class Backup:
    """A daily backup: its file and the day it was taken."""

    path: Path
    day: date

    @property
    def name(self) -> str:
        return self.path.name


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def backup_name(day: date) -> str:
    return f"quadrant-{day.isoformat()}.sqlite3"


def list_backups(data_dir: Path) -> list[Backup]:
    """The daily backups in `data_dir`, newest first."""
    folder = backup_folder(data_dir)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match and entry.is_file():
            try:
                found.append(Backup(entry, date.fromisoformat(match[1])))
            except ValueError:  # a name like quadrant-2026-02-30.sqlite3
                continue
    return sorted(found, key=lambda backup: backup.day, reverse=True)


def newest_backup(data_dir: Path) -> Path | None:
    backups = list_backups(data_dir)
    return backups[0].path if backups else None


def take_daily_backup(data_dir: Path, today: date) -> Path | None:
    """Copy the data file to today's backup unless it exists; the new copy, or None.

    Older copies beyond the rotation are deleted afterwards. Raises sqlite3.Error or OSError.
    """
    from app.model.database import DB_FILENAME

    target = backup_folder(data_dir) / backup_name(today)
    if target.exists():
        return None
    source = data_dir / DB_FILENAME
    if not source.exists():
        return None
    target.parent.mkdir(exist_ok=True)
    write_copy(source, target)
    prune(data_dir)
    return target


def kept(backups: list[Backup]) -> set[Path]:
    """Which of `backups` (newest first) the rotation keeps."""
    keep = {backup.path for backup in backups[:KEEP_DAILY]}
    weeks: list[tuple[int, int]] = []
    for backup in backups:
        week = backup.day.isocalendar()[:2]
        if week not in weeks:
            weeks.append(week)  # the first seen is that week's newest
            if len(weeks) <= KEEP_WEEKLY:
                keep.add(backup.path)
    return keep


def prune(data_dir: Path) -> None:
    """Delete the backups the rotation no longer keeps, and copies a crash left half-written."""
    backups = list_backups(data_dir)
    keep = kept(backups)
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
    for leftover in backup_folder(data_dir).glob(f"{TEMPORARY_PREFIX}*"):
        if time.time() - leftover.stat().st_mtime > 3600:  # not another program's, in progress
            leftover.unlink(missing_ok=True)
