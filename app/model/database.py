"""Finding, checking and opening the data file with the standard library only.

This is the start-up path: it must not import SQLAlchemy or Alembic when the schema is current,
so the window can show the tasks before the heavier machinery is loaded (see `migration`).
"""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.model.errors import (
    StorageError,
    Words,
)
from app.model.ownership import APPLICATION_ID, header_application_id, is_ours_by_content, stamp
from app.model.storage_errors import (
    DISK_FULL,
    busy_error,
    disk_is_full,
    foreign_error,
    is_busy,
    is_damage,
    lost_version,
    reason,
    storage_error,
)
from app.model.wording import QT_TRANSLATE_NOOP

DB_FILENAME = "quadrant.sqlite3"
SCHEMA_HEAD = "0008"  # the newest Alembic revision this version knows; a test checks it
BUSY_TIMEOUT_SECONDS = 5.0
_SQLITE_HEADER = b"SQLite format 3\x00"
MAX_PATH_BYTES = 500  # SQLite opens no longer paths (512 bytes, "-journal" included)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Quadrant", appauthor=False))


def resolve_data_dir(given: str | os.PathLike[str] | None) -> Path:
    """--data-dir wins, then QUADRANT_DATA_DIR, then the platform's user data folder."""
    chosen = given or os.environ.get("QUADRANT_DATA_DIR")
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


@dataclass(frozen=True)
class OpenedDatabase:
    """A data file ready for use, and what the user should be told about opening it."""

    path: Path
    moved_aside: Path | None = None  # where a damaged or empty file went
    message: Words | None = None  # what happened to it, when the default below does not fit
    offered_backup: Path | None = None  # the newest backup, for the user to restore
    recovered: tuple[int, int] | None = None  # tasks and blocks saved from a damaged file

    @property
    def told(self) -> Words | None:
        """What the user should be told about opening it (None: nothing)."""
        if self.message is not None:
            return self.message
        if self.moved_aside is None:
            return None
        return Words(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file could not be read and was moved to {moved}. Quadrant started a "
                "new, empty task list; the old file is kept for recovery.",
            ),
            moved=self.moved_aside,
        )

    @property
    def notice(self) -> str | None:
        """`told` in English."""
        told = self.told
        return None if told is None else str(told)


def connect(path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """A standard-library connection with the project's pragmas."""
    connection = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    apply_pragmas(connection)
    return connection


def apply_pragmas(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")


def open_database(
    data_dir: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, check_pages: bool = True
) -> OpenedDatabase:
    """Make sure the data file exists, is readable, is ours and has the current schema.

    A damaged file is moved aside with a timestamped name and what can be read from it is
    recovered into a new file (see `salvage`); an empty file is moved aside too. A file from a
    newer Quadrant raises NewerDatabase and another program's file ForeignDatabase; both are
    left untouched.

    Reading every page to find damage takes time that grows with the file's history; the window
    passes check_pages=False and runs `find_damage` after it is up instead. A file marked by
    `mark_damaged` is always checked.
    """
    path = data_dir / DB_FILENAME
    length = len(os.fsencode(path))
    if length > MAX_PATH_BYTES:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the data folder's path is too long ({length} characters): SQLite cannot open "
                "files whose path is longer than {limit}; choose a shorter folder",
            ),
            length=length,
            limit=MAX_PATH_BYTES,
        )
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "cannot create the data folder {folder}: {reason}"),
            folder=data_dir,
            reason=error.strerror,
        ) from error
    if _is_empty(path):
        return _set_empty_aside(data_dir, path, busy_timeout)
    mark = _damage_mark(path)
    try:
        version = read_schema_version(path, busy_timeout, check_pages or mark.exists())
    except sqlite3.Error as error:
        if is_busy(error):
            raise busy_error() from error
        if not is_damage(error):
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "cannot open the data file {path}: {reason}; nothing was changed"
                ),
                path=path,
                reason=DISK_FULL if disk_is_full(data_dir) else reason(error),
            ) from error
        from app.model.salvage import recover  # only here: it may load Alembic

        opened = recover(path)
        mark.unlink(missing_ok=True)
        return opened
    except OSError as error:  # a folder in its place, no permission...
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "cannot read the data file {path}: {reason}"),
            path=path,
            reason=error.strerror,
        ) from error
    if version != SCHEMA_HEAD:
        from app.model.migration import upgrade  # only here: Alembic is slow to import

        upgrade(path, version, busy_timeout)
    elif header_application_id(path) != APPLICATION_ID:
        _stamp(path, busy_timeout)  # ours from before the id existed (see `ownership`)
    return OpenedDatabase(path=path)


def _is_empty(path: Path) -> bool:
    """A zero-byte file with nothing in a write-ahead log beside it (a file still new in WAL
    mode is zero bytes long, its first pages in the log)."""
    try:
        if path.stat().st_size:
            return False
        return path.with_name(path.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return path.exists()
    except OSError:
        return False


def _set_empty_aside(data_dir: Path, path: Path, busy_timeout: float) -> OpenedDatabase:
    """Keep an empty data file aside, start a new one and offer the newest backup."""
    from app.model.rotation import newest_backup

    try:
        moved = move_aside(path)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "the data file {path} is empty and could not be moved aside: {reason}"
            ),
            path=path,
            reason=error.strerror,
        ) from error
    opened = open_database(data_dir, busy_timeout)
    offered = newest_backup(data_dir)
    if offered is None:
        message = Words(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} was empty (0 bytes); it was moved to {moved} and Quadrant "
                "started a new, empty task list.",
            ),
            path=path,
            moved=moved,
        )
    else:
        message = Words(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} was empty (0 bytes); it was moved to {moved} and Quadrant "
                "started a new, empty task list. The newest backup, {backup}, can be restored.",
            ),
            path=path,
            moved=moved,
            backup=offered.name,
        )
    return OpenedDatabase(opened.path, moved, message, offered)


def _stamp(path: Path, busy_timeout: float) -> None:
    try:
        with closing(connect(path, busy_timeout)) as connection:
            stamp(connection)
    except sqlite3.Error as error:
        raise storage_error(error) from error


def read_schema_version(
    path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, check_pages: bool = True
) -> str | None:
    """The Alembic revision stamped in the file, or None for a new or empty file.

    Raises sqlite3.DatabaseError (SQLITE_NOTADB) for a file that is not a database and
    (SQLITE_CORRUPT) for a damaged one, ForeignDatabase for another program's database and
    StorageError for one of ours that lost its revision.
    """
    if not path.exists() or _is_empty(path):
        return None
    if path.stat().st_size:
        with path.open("rb") as file:
            if file.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                raise _damage_error("file is not a database", "SQLITE_NOTADB")
    application_id = header_application_id(path)
    if application_id not in (0, APPLICATION_ID):
        raise foreign_error(path)
    connection = connect(path, busy_timeout)
    try:
        if check_pages:
            _check_intact(connection)
        listed = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {row[0] for row in listed}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise foreign_error(path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if application_id == APPLICATION_ID:
            if row is None:
                raise lost_version(path)
            return str(row[0])
        if row is None:
            if is_ours_by_content(connection, tables, "0001"):
                raise lost_version(path)
            raise foreign_error(path)
        if not is_ours_by_content(connection, tables, str(row[0])):
            raise foreign_error(path)
        return str(row[0])
    finally:
        connection.close()


def find_damage(path: Path) -> str | None:
    """Read every page of the data file; a description of the damage, or None if it is intact."""
    try:
        with closing(connect(path)) as connection:
            _check_intact(connection)
    except sqlite3.Error as error:
        return None if is_busy(error) else str(error)
    return None


def mark_damaged(path: Path) -> None:
    """Have the next `open_database` check this file fully (and move it aside if damaged)."""
    _damage_mark(path).touch()


def _damage_mark(path: Path) -> Path:
    return path.with_name(path.name + ".check-me")


def _check_intact(connection: sqlite3.Connection) -> None:
    """Read every page once, so a damaged file is found now rather than by a later operation.

    It writes nothing; it takes about 5 ms for 5,000 tasks and 100 ms for 100,000.
    """
    (verdict,) = connection.execute("PRAGMA quick_check(1)").fetchone()
    if verdict != "ok":
        raise _damage_error(f"database disk image is malformed: {verdict}", "SQLITE_CORRUPT")


def _damage_error(message: str, name: str) -> sqlite3.DatabaseError:
    error = sqlite3.DatabaseError(message)
    error.sqlite_errorname = name
    return error


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its journal files) to a timestamped name beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target
