"""Reading tasks and time blocks straight from a sqlite3 connection into plain values.

This is the one place rows become tasks and blocks: the start-up path uses it on a standard-library
connection (no SQLAlchemy import needed to paint the first window), and the service uses it on
the connection under its session to report what an operation changed.
"""

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from app.model.block import BLOCK_MAX, BlockKind, Slot, TimeBlock
from app.model.errors import StorageError
from app.model.quadrant import Quadrant, Status
from app.model.task import Task

_COLUMNS = (
    "id, uid, title, quadrant, position, status, created_at, updated_at, notes, due, "
    "estimate_minutes, delegate, follow_up, tags, completed_at"
)
_QUADRANTS = {q.value: q for q in Quadrant}
_STATUSES = {s.value: s for s in Status}
_KINDS = {k.value: k for k in BlockKind}
_BLOCK_COLUMNS = "id, uid, start_at, end_at, title, kind, task_id, notes, created_at, updated_at"


def _instant(text: str | None) -> Any:  # datetime, or None where the column allows it
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def task_from_row(row: tuple[Any, ...]) -> Task:
    (id_, uid, title, quadrant, position, status, created, updated, notes, due, estimate,
     delegate, follow_up, tags, completed) = row  # fmt: skip
    try:
        return Task(
            id_, uid, title, _QUADRANTS[quadrant], position, _STATUSES[status],
            _instant(created), _instant(updated), notes, _day(due), estimate, delegate,
            _day(follow_up), tuple(json.loads(tags)) if tags and tags != "[]" else (),
            _instant(completed),
        )  # fmt: skip
    except (KeyError, ValueError, TypeError) as error:  # a file changed by hand or by a tool
        raise StorageError(f"task #{id_} in the data file cannot be read ({error!r})") from None


def read_lanes(
    connection: sqlite3.Connection,
    include_done: bool = False,
    quadrant: Quadrant | None = None,
    per_lane: int = -1,
) -> list[Task]:
    """Tasks in lane order (Inbox to Eliminate, then position); open ones, and done ones too if
    include_done (dropped ones never); at most `per_lane` from each lane if that is not -1.

    One query a lane, so the open tasks come straight off the (status, quadrant, position)
    index in order, however much history the file holds.
    """
    statuses = "('open', 'done')" if include_done else "('open')"
    sql = (
        f"SELECT {_COLUMNS} FROM task WHERE status IN {statuses} AND quadrant = ? "
        "ORDER BY position, id LIMIT ?"
    )
    lanes = list(Quadrant) if quadrant is None else [quadrant]
    return [
        task_from_row(row)
        for lane in lanes
        for row in connection.execute(sql, (lane.value, per_lane))
    ]


def count_open(connection: sqlite3.Connection) -> dict[Quadrant, int]:
    """How many open tasks each lane holds (from the index, without reading the tasks)."""
    rows = connection.execute(
        "SELECT quadrant, count(*) FROM task WHERE status = 'open' GROUP BY quadrant"
    )
    counts = dict.fromkeys(Quadrant, 0)
    counts.update((_QUADRANTS[quadrant], count) for quadrant, count in rows)
    return counts


def read_tasks(connection: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Task]:
    wanted = list(ids)
    found: dict[int, Task] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in connection.execute(f"SELECT {_COLUMNS} FROM task WHERE id IN ({marks})", chunk):
            task = task_from_row(row)
            found[task.id] = task
    return found


def _stored(instant: datetime) -> str:
    """An instant as the data file holds it (UTC, no offset), for comparisons in SQL.

    SQLAlchemy writes every instant with six digits of microseconds; the text compared must
    have them too, or "09:00:00.000000" > "09:00:00" and a block ending at 09:00 would count
    as overlapping a range starting then.
    """
    naive = instant.astimezone(UTC).replace(tzinfo=None)
    return naive.isoformat(sep=" ", timespec="microseconds")


def block_from_row(row: tuple[Any, ...]) -> TimeBlock:
    id_, uid, start, end, title, kind, task_id, notes, created, updated = row
    try:
        return TimeBlock(
            id_, uid, _instant(start), _instant(end), title, _KINDS[kind], task_id, notes,
            _instant(created), _instant(updated),
        )  # fmt: skip
    except (KeyError, ValueError, TypeError) as error:
        raise StorageError(
            f"time block #{id_} in the data file cannot be read ({error!r})"
        ) from None


def read_blocks(connection: sqlite3.Connection, start: datetime, end: datetime) -> list[TimeBlock]:
    """The blocks that overlap [start, end), in order of their start.

    Blocks last at most a day, so only those starting from a day before `start` can overlap;
    that keeps the query on the start index.
    """
    rows = connection.execute(
        f"SELECT {_BLOCK_COLUMNS} FROM time_block WHERE start_at >= ? AND start_at < ? "
        "AND end_at > ? ORDER BY start_at, id",
        (_stored(start - BLOCK_MAX), _stored(end), _stored(start)),
    )
    return [block_from_row(row) for row in rows]


def read_block_states(connection: sqlite3.Connection, ids: Iterable[int]) -> dict[int, TimeBlock]:
    """The blocks with these ids, by id (missing ones are left out)."""
    return _blocks_where(connection, "id", ids)


def read_linked_blocks(
    connection: sqlite3.Connection, task_ids: Iterable[int]
) -> dict[int, TimeBlock]:
    """The blocks linked to any of these tasks, by block id."""
    return _blocks_where(connection, "task_id", task_ids)


def _blocks_where(
    connection: sqlite3.Connection, column: str, values: Iterable[int]
) -> dict[int, TimeBlock]:
    wanted = list(values)
    found: dict[int, TimeBlock] = {}
    for first in range(0, len(wanted), 500):  # SQLite limits the parameters of a statement
        chunk = wanted[first : first + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_BLOCK_COLUMNS} FROM time_block WHERE {column} IN ({marks})"
        for row in connection.execute(sql, chunk):
            block = block_from_row(row)
            found[block.id] = block
    return found


def read_schedule(connection: sqlite3.Connection, since: datetime) -> dict[int, list[Slot]]:
    """When each task is scheduled: its blocks that end after `since`, in order, by task id.

    Blocks last at most a day, so the start index bounds the search, however long the history.
    """
    rows = connection.execute(
        "SELECT task_id, start_at, end_at, id FROM time_block "
        "WHERE start_at >= ? AND end_at > ? AND task_id IS NOT NULL ORDER BY start_at, id",
        (_stored(since - BLOCK_MAX), _stored(since)),
    )
    schedule: dict[int, list[Slot]] = {}
    for task_id, start, end, block_id in rows:
        try:
            slot = Slot(_instant(start), _instant(end), block_id)
        except (ValueError, TypeError) as error:  # a file changed by hand or by a tool
            raise StorageError(
                f"time block #{block_id} in the data file cannot be read ({error!r})"
            ) from None
        schedule.setdefault(task_id, []).append(slot)
    return schedule
