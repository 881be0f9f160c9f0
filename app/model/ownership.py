"""Telling Quadrant's data files from other programs' SQLite files, with the standard library only.

Our files carry APPLICATION_ID in the SQLite header (`PRAGMA application_id`). Files made before
the id existed are recognised by what is in them — only our tables (`task`, and `time_block`
from 0003 on), the `task` table with exactly our columns, and an Alembic revision of ours — and
are stamped with the id when Quadrant next opens them. Anything else belongs to another program
and is never migrated, written to or switched to another journal mode.
"""

import sqlite3
from pathlib import Path

APPLICATION_ID = 0x51554144  # "QUAD"
# The revisions a file of ours can have without the id: every upgrade since stamps it. A fact of
# history, like the columns below: they do not follow the schema as it grows.
REVISIONS_BEFORE_THE_ID = ("0001", "0002", "0003")
_APPLICATION_ID_OFFSET = 68
_OUR_TABLES = {"task", "time_block", "alembic_version", "sqlite_sequence"}
_TASK_COLUMNS = {
    "id", "uid", "title", "notes", "quadrant", "position", "status", "due", "estimate_minutes",
    "delegate", "follow_up", "tags", "created_at", "updated_at", "completed_at",
}  # fmt: skip


def header_application_id(path: Path) -> int:
    """The application id in the file's header (0 if unset or the file is too short)."""
    with path.open("rb") as file:
        file.seek(_APPLICATION_ID_OFFSET)
        raw = file.read(4)
    return int.from_bytes(raw, "big") if len(raw) == 4 else 0


def is_ours_by_content(connection: sqlite3.Connection, tables: set[str], version: str) -> bool:
    """Whether a file without our application id is one of ours from before the id existed."""
    if "task" not in tables or not tables <= _OUR_TABLES or version not in REVISIONS_BEFORE_THE_ID:
        return False
    columns = {row[1] for row in connection.execute("PRAGMA table_info(task)")}
    return columns == _TASK_COLUMNS


def stamp(connection: sqlite3.Connection) -> None:
    """Mark the file as ours (a write: call it only on a file known to be ours)."""
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
