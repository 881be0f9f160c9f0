"""Task history: what happened to each task and when, as append-only events.

The task table holds only the present (a task's lane now, whether it is done now). The weekly
review needs the past too: which lane a task was in when it was done, when a task went to
Delegate, when it came back. So every operation that changes a task's lane or status, or
creates or deletes it, appends an event in the same transaction (`changed_events` derives them
from a `Change`, so the task service and undo record alike).

History is append-only. Undo does not remove events: an undo is an operation of its own and
records what it did (a task marked done and undone has a `done` and then a `reopened` event;
the task row says it is open). Events keep the task's uid and id without a foreign key, so
they outlive the task.

Files written before history existed (schema 0003 and older) have no events for what happened
then: for those tasks, readers fall back on the task as it is now (see `app.model.review`).
"""

import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from app.model.errors import StorageError, WordedError
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.model.schema import Table

CHUNK = 500  # SQLite limits the parameters of one statement


class EventKind(StrEnum):
    """What happened. The value is stored in the file."""

    CREATED = "created"
    MOVED = "moved"  # to another lane (from_quadrant → to_quadrant)
    DONE = "done"
    REOPENED = "reopened"
    DROPPED = "dropped"
    DELETED = "deleted"
    RESTORED = "restored"  # brought back by undo or redo
    FOLLOWED_UP = "followed_up"  # the user checked on the delegate (the day: `at`)
    DISMISSED = "dismissed"  # an urgency suggestion for it was turned down


class TaskEvent(NamedTuple):
    """One thing that happened to a task. `from_quadrant` is its lane before (None: it did not
    exist), `to_quadrant` after (None: it no longer exists); for status events both are the
    lane it was in. `delegate` is the person it was delegated to just after the event."""

    id: int
    task_id: int
    task_uid: str
    at: datetime
    kind: EventKind
    from_quadrant: Quadrant | None
    to_quadrant: Quadrant | None
    delegate: str | None


def followed_up_event(task: Task, at: datetime) -> TaskEvent:
    """The user followed up on a delegated task at `at`."""
    return _event(task, at, EventKind.FOLLOWED_UP, task.quadrant, task.quadrant)


def dismissed_event(task: Task, at: datetime) -> TaskEvent:
    """The user turned down the urgency suggestion for `task` (the task keeps the due date it
    was turned down for: `Task.dismissed_for`)."""
    return _event(task, at, EventKind.DISMISSED, task.quadrant, task.quadrant)


_STATUS_EVENTS = {
    Status.DONE: EventKind.DONE,
    Status.OPEN: EventKind.REOPENED,
    Status.DROPPED: EventKind.DROPPED,
}


def task_events(before: Task | None, after: Task | None, at: datetime) -> list[TaskEvent]:
    """The events that take a task from `before` to `after` (None: did not exist / is gone)."""
    if before is None and after is None:
        return []
    if before is None:
        assert after is not None
        return [_event(after, at, EventKind.RESTORED, None, after.quadrant)]
    if after is None:
        return [_event(before, at, EventKind.DELETED, before.quadrant, None)]
    found = []
    if before.quadrant is not after.quadrant:
        found.append(_event(after, at, EventKind.MOVED, before.quadrant, after.quadrant))
    if before.status is not after.status:
        kind = _STATUS_EVENTS[after.status]
        found.append(_event(after, at, kind, after.quadrant, after.quadrant))
    return found


def changed_events(
    before: Mapping[int, Task | None], after: Mapping[int, Task | None], at: datetime
) -> list[TaskEvent]:
    """Every task's events from its state in `before` to its state in `after`."""
    return [
        event
        for task_id in sorted(before.keys() | after.keys())
        for event in task_events(before.get(task_id), after.get(task_id), at)
    ]


def created_events(tasks: Iterable[Task], at: datetime) -> list[TaskEvent]:
    return [_event(task, at, EventKind.CREATED, None, task.quadrant) for task in tasks]


def _event(
    task: Task,
    at: datetime,
    kind: EventKind,
    source: Quadrant | None,
    target: Quadrant | None,
) -> TaskEvent:
    return TaskEvent(0, task.id, task.uid, at, kind, source, target, task.delegate)


# -- the file: plain sqlite3, so capture (`quadrant add`) records without SQLAlchemy ----------


def _table() -> "Table[TaskEvent]":
    from app.model.schema import EVENTS  # the declaration imports this module

    return EVENTS


def record(connection: sqlite3.Connection, events: Iterable[TaskEvent]) -> None:
    """Append events inside the caller's transaction (new ids; the events' own are ignored)."""
    table = _table()
    columns = [column for column in table.columns if column.name != "id"]
    storers = [(column.attribute, column.storer()) for column in columns]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    rows = []
    for event in events:
        values = []
        for attribute, store in storers:
            value = getattr(event, attribute)
            values.append(store(value) if store is not None and value is not None else value)
        rows.append(values)
    if rows:
        connection.executemany(sql, rows)


def read_history(connection: sqlite3.Connection, task_ids: Iterable[int]) -> list[TaskEvent]:
    """Every event of these tasks, oldest first."""
    table = _table()
    wanted = list(dict.fromkeys(task_ids))
    found: list[TaskEvent] = []
    for first in range(0, len(wanted), CHUNK):
        chunk = wanted[first : first + CHUNK]
        sql = (
            f"SELECT {table.select_list} FROM {table.name} "
            f"WHERE task_id IN ({','.join('?' * len(chunk))})"
        )
        found.extend(_load(row) for row in connection.execute(sql, chunk))
    return sorted(found, key=lambda event: (event.at, event.id))


def read_events(connection: sqlite3.Connection, start: datetime, end: datetime) -> list[TaskEvent]:
    """The events of every task in [start, end), oldest first."""
    from app.model.schema import store_instant

    table = _table()
    sql = f"SELECT {table.select_list} FROM {table.name} WHERE at >= ? AND at < ? ORDER BY at, id"
    return [
        _load(row) for row in connection.execute(sql, (store_instant(start), store_instant(end)))
    ]


def _load(row: tuple[object, ...]) -> TaskEvent:
    try:
        return _table().load(row)
    except (KeyError, ValueError, TypeError) as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "task event #{id} in the data file cannot be read ({reason})"
            ),
            id=row[0],
            reason=error if isinstance(error, WordedError) else repr(error),
        ) from None


def read_earliest(connection: sqlite3.Connection) -> datetime | None:
    """When the history begins: the first event's instant (None: no events yet)."""
    from app.model.schema import EVENTS

    (first,) = connection.execute(f"SELECT min(at) FROM {EVENTS.name}").fetchone()
    loader = EVENTS.in_value_order[3].loader()
    assert loader is not None
    return None if first is None else loader(first)
