"""Getting a damaged data file's tasks and blocks back before starting anew.

The damaged file is first moved aside, untouched, for the user to keep. Then, on copies:
1. REINDEX, which fixes a file whose only damage is in its indexes (they are rebuilt from the
   rows); if the copy then passes SQLite's check, it becomes the data file, rows and all.
2. Otherwise the rows that can still be read are copied table by table into a new file with
   the current schema: a full scan first, and where it stops at a damaged page, each id up to
   the highest one the file has handed out is looked up on its own.
Only when nothing can be read does Quadrant start with an empty list.
"""

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

from app.model.backups import install
from app.model.database import (
    OpenedDatabase,
    connect,
    move_aside,
    open_database,
    read_schema_version,
)
from app.model.errors import StorageError, Words
from app.model.ownership import APPLICATION_ID, header_application_id
from app.model.wording import QT_TRANSLATE_NOOP

TABLES = (("task", "tasks"), ("time_block", "blocks"))
_WORKING = ".recovering-"


def recover(path: Path) -> OpenedDatabase:
    """Move the damaged data file at `path` aside and put the best that can be recovered from
    it in its place; what the user should be told."""
    try:
        moved = move_aside(path)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "the data file {path} is damaged and could not be moved aside: {reason}"
            ),
            path=path,
            reason=error.strerror,
        ) from error
    if header_application_id(moved) not in (0, APPLICATION_ID):  # not ours: keep it as it is
        return _fresh(path, moved)
    if _repaired_by_reindex(moved, path):
        rebuilt = QT_TRANSLATE_NOOP(
            "Errors",
            "The data file {path} had a damaged index; Quadrant rebuilt it and every task and "
            "block was kept (the damaged file is kept at {moved}).",
        )
        return OpenedDatabase(path, moved, Words(rebuilt, path=path, moved=moved))
    counts = _salvage_rows(moved, path)
    if counts is None:
        return _fresh(path, moved)
    tasks, blocks = counts
    # The window words the counts again, with plurals in its language (see `recovered`).
    english = Words(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data file {path} was damaged. Quadrant recovered {tasks} and {blocks} from it "
            "into a new file; the damaged file is kept at {moved}.",
        ),
        path=path,
        tasks=_count(tasks, "task"),
        blocks=_count(blocks, "block"),
        moved=moved,
    )
    return OpenedDatabase(path, moved, english, recovered=(tasks, blocks))


def _fresh(path: Path, moved: Path) -> OpenedDatabase:
    open_database(path.parent)
    return OpenedDatabase(path, moved)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _working_copy(damaged: Path, target: Path) -> Path:
    """A byte copy of the damaged file (and its write-ahead log) to work on."""
    copy = target.with_name(_WORKING + target.name)
    _remove(copy)
    shutil.copyfile(damaged, copy)
    log = damaged.with_name(damaged.name + "-wal")
    if log.exists():
        shutil.copyfile(log, copy.with_name(copy.name + "-wal"))
    return copy


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _repaired_by_reindex(damaged: Path, target: Path) -> bool:
    copy = _working_copy(damaged, target)
    try:
        with closing(connect(copy)) as connection:
            connection.execute("REINDEX")
            (verdict,) = connection.execute("PRAGMA integrity_check(1)").fetchone()
            if verdict != "ok":
                return False
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        read_schema_version(copy)  # ours, and a revision it can name
        install(copy, target)
        _remove(copy)
        open_database(target.parent)  # brings an older schema up to date
        return True
    except (sqlite3.Error, StorageError, OSError):
        _remove(copy)
        return False


def _salvage_rows(damaged: Path, target: Path) -> tuple[int, int] | None:
    """Copy the readable rows into a new file at `target`; how many tasks and blocks, or None
    if the damaged file's tables cannot be read at all."""
    from app.model.migration import upgrade

    source = _working_copy(damaged, target)
    fresh = target.with_name(_WORKING + "new-" + target.name)
    _remove(fresh)
    try:
        with closing(sqlite3.connect(source, isolation_level=None)) as old:
            tables = {
                name for (name,) in old.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "task" not in tables:
                return None
            upgrade(fresh, None)
            with closing(connect(fresh)) as new:
                new.execute("PRAGMA foreign_keys = OFF")  # blocks may point at a lost task
                new.execute("BEGIN IMMEDIATE")
                counts = [
                    _copy_table(old, new, table) if table in tables else 0 for table, _ in TABLES
                ]
                new.execute(
                    "UPDATE time_block SET task_id = NULL "
                    "WHERE task_id IS NOT NULL AND task_id NOT IN (SELECT id FROM task)"
                )
                new.execute("COMMIT")
                new.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                new.execute("PRAGMA journal_mode = DELETE")
        install(fresh, target)
        return counts[0], counts[1]
    except sqlite3.Error:
        return None
    finally:
        _remove(source)
        _remove(fresh)


def _copy_table(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> int:
    old_columns = {row[1] for row in old.execute(f"PRAGMA table_info({table})")}
    columns = [row[1] for row in new.execute(f"PRAGMA table_info({table})")]
    shared = [column for column in columns if column in old_columns]
    insert = (
        f"INSERT OR IGNORE INTO {table} ({', '.join(shared)}) "
        f"VALUES ({', '.join('?' * len(shared))})"
    )
    copied = 0
    for row in _readable_rows(old, table, shared):
        copied += new.execute(insert, row).rowcount
    highest = _highest_id(old, table)
    if highest:
        new.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (highest, table))
    return copied


def _readable_rows(
    old: sqlite3.Connection, table: str, columns: list[str]
) -> Iterator[tuple[object, ...]]:
    """The rows that can be read, by id; ids above the highest one the file handed out are
    garbage read from a damaged page, and are skipped."""
    select = f"SELECT {', '.join(columns)} FROM {table}"
    highest = _highest_id(old, table)
    seen: set[int] = set()
    try:
        for row in old.execute(f"{select} ORDER BY rowid"):
            row_id = int(row[0])
            seen.add(row_id)
            if 0 < row_id <= (highest or row_id):
                yield row
        return
    except sqlite3.Error:
        pass
    for row_id in range(1, (highest or min(max(seen, default=0), 1_000_000)) + 1):
        if row_id in seen:
            continue
        try:
            found = old.execute(f"{select} WHERE rowid = ?", (row_id,)).fetchone()
        except sqlite3.Error:
            continue
        if found is not None:
            yield found


def _highest_id(old: sqlite3.Connection, table: str) -> int:
    """The highest id the file handed out for `table` (kept by AUTOINCREMENT), or 0."""
    try:
        row = old.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row else 0
