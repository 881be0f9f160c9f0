"""Capture: creating tasks at the end of their lanes, on a plain sqlite3 connection, with a
`created` event each in the task history.

This is the one way tasks are created. `TaskService.add` runs it on the connection under its
transaction; `quadrant add` runs it without loading SQLAlchemy, because capture from a terminal
must feel instant (SQLAlchemy alone takes longer to import than the whole command may). The
columns and how each value is stored come from the declaration in `schema`.
"""

import sqlite3
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from app.model.database import connect
from app.model.history import created_events, record
from app.model.parsing import parse_title
from app.model.quadrant import Quadrant, Status
from app.model.schema import TASKS
from app.model.storage_errors import storage_error
from app.model.task import Task, TaskDraft

POSITION_STEP = 1 << 16  # the gap between neighbours in a lane (see `tasks`)

_NEW_COLUMNS = tuple(column for column in TASKS.columns if column.name != "id")
_INSERT = (
    f"INSERT INTO task ({', '.join(column.name for column in _NEW_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_NEW_COLUMNS))})"
)
_STORERS = tuple((column.attribute, column.storer()) for column in _NEW_COLUMNS)


def insert_tasks(
    connection: sqlite3.Connection, drafts: Sequence[TaskDraft], now: datetime
) -> list[Task]:
    """Create tasks at the end of their lanes, in the given order, inside the caller's
    transaction; the tasks as stored."""
    ends: dict[Quadrant, int] = {}
    created = []
    for draft in drafts:
        if draft.quadrant not in ends:
            (last,) = connection.execute(
                "SELECT max(position) FROM task WHERE quadrant = ?", (draft.quadrant.value,)
            ).fetchone()
            ends[draft.quadrant] = int(last or 0)
        ends[draft.quadrant] += POSITION_STEP
        task = Task(
            0, str(uuid.uuid4()), parse_title(draft.title), draft.quadrant, ends[draft.quadrant],
            Status.OPEN, now, now, draft.notes, draft.due, draft.estimate, draft.delegate,
            draft.follow_up, tuple(draft.tags), repeat=draft.repeat,
        )  # fmt: skip
        values = []
        for attribute, store in _STORERS:
            value = getattr(task, attribute)
            values.append(store(value) if store is not None and value is not None else value)
        cursor = connection.execute(_INSERT, values)
        assert cursor.lastrowid is not None
        created.append(task._replace(id=cursor.lastrowid))
    record(connection, created_events(created, now))
    return created


def add_tasks(
    path: Path, drafts: Sequence[TaskDraft], clock: Callable[[], datetime] | None = None
) -> list[Task]:
    """Create tasks in the data file at `path` (prepared by `database.open_database`) in one
    transaction, without SQLAlchemy; the tasks as stored."""
    now = (clock or (lambda: datetime.now(UTC)))().astimezone(UTC)
    try:
        connection = connect(path)
        try:
            connection.execute("BEGIN IMMEDIATE")
            created = insert_tasks(connection, drafts, now)
            connection.execute("COMMIT")
            return created
        finally:
            connection.close()  # without COMMIT, the transaction is rolled back
    except sqlite3.Error as error:
        raise storage_error(error) from error
