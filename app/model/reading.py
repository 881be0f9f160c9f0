"""Reading tasks and time blocks straight from a standard-library sqlite3 connection.

The first paint and `quadrant print` read through here so they never load SQLAlchemy. Column
lists and conversions come from the one declaration in `schema`; the services read the same
rows through SQLAlchemy with the same conversions.
"""

import sqlite3
from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import Any

from app.model.block import BLOCK_MAX, Slot, TimeBlock
from app.model.errors import StorageError
from app.model.quadrant import Quadrant, Status
from app.model.repeats import SCHEDULE_AHEAD, shown
from app.model.schema import BLOCKS, TASKS, Table, V, store_instant
from app.model.task import Task
from app.model.wording import QT_TRANSLATE_NOOP

CHUNK = 500  # SQLite limits the parameters of one statement


def load_row(table: Table[V], row: tuple[Any, ...]) -> V:
    """One row, selected with `table.select_list`, as a value; a value the file should not
    hold (changed by hand or by a tool) is a StorageError that names the row."""
    try:
        return table.load(row)
    except (KeyError, ValueError, TypeError) as error:
        unreadable = (
            QT_TRANSLATE_NOOP("Errors", "task #{id} in the data file cannot be read ({reason})")
            if table is TASKS
            else QT_TRANSLATE_NOOP(
                "Errors", "time block #{id} in the data file cannot be read ({reason})"
            )
        )
        raise StorageError(unreadable, id=row[0], reason=error) from None


def load_rows(
    table: Table[V], rows: Iterable[tuple[Any, ...]], set_aside: list[StorageError] | None
) -> list[V]:
    """The rows as values. With a `set_aside` list, a row that cannot be read is left out and
    described there instead of stopping the whole read (one bad row must not hide the rest)."""
    found = []
    for row in rows:
        try:
            found.append(load_row(table, row))
        except StorageError as error:
            if set_aside is None:
                raise
            set_aside.append(error)
    return found


def unknown_values(connection: sqlite3.Connection) -> list[StorageError]:
    """Tasks no lane shows because their quadrant or status is not one Quadrant knows (set by
    hand or by another tool); each described in words. Reads the whole table: run it off the
    start path."""
    quadrants = tuple(quadrant.value for quadrant in Quadrant)
    statuses = tuple(status.value for status in Status)
    rows = connection.execute(
        f"SELECT id, quadrant, status FROM task WHERE quadrant NOT IN ({_marks(quadrants)}) "
        f"OR status NOT IN ({_marks(statuses)}) ORDER BY id",
        (*quadrants, *statuses),
    )
    bad_quadrant = QT_TRANSLATE_NOOP(
        "Errors", "task #{id} in the data file cannot be read (its quadrant “{value}” is not valid)"
    )
    bad_status = QT_TRANSLATE_NOOP(
        "Errors", "task #{id} in the data file cannot be read (its status “{value}” is not valid)"
    )
    return [
        StorageError(bad_quadrant, id=task_id, value=quadrant)
        if quadrant not in quadrants
        else StorageError(bad_status, id=task_id, value=status)
        for task_id, quadrant, status in rows
    ]


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def read_lanes(
    connection: sqlite3.Connection,
    include_done: bool = False,
    quadrant: Quadrant | None = None,
    per_lane: int = -1,
    set_aside: list[StorageError] | None = None,
) -> list[Task]:
    """Tasks in lane order (Inbox to Eliminate, then position); open ones, and done ones too if
    include_done (dropped ones never); at most `per_lane` from each lane if that is not -1.
    Rows that cannot be read are set aside as `load_rows` says.

    One query a lane, so the open tasks come straight off the (status, quadrant, position)
    index in order, however much history the file holds.
    """
    statuses = "('open', 'done')" if include_done else "('open')"
    sql = (
        f"SELECT {TASKS.select_list} FROM task WHERE status IN {statuses} AND quadrant = ? "
        "ORDER BY position, id LIMIT ?"
    )
    lanes = list(Quadrant) if quadrant is None else [quadrant]
    return [
        task
        for lane in lanes
        for task in load_rows(TASKS, connection.execute(sql, (lane.value, per_lane)), set_aside)
    ]


def read_lane_after(
    connection: sqlite3.Connection,
    quadrant: Quadrant,
    after: tuple[int, int] | None,
    include_done: bool = False,
    limit: int = -1,
    set_aside: list[StorageError] | None = None,
) -> list[Task]:
    """A lane's tasks (as `read_lanes` picks them) that sort after `after`, a (position, id)
    sort key (None: from the first), in lane order; at most `limit` if that is not -1.

    Each call reads the file as it is now, so a long lane can be read a slice at a time while
    it changes: a slice starts after the last task of the one before, wherever that now is.
    """
    statuses = "('open', 'done')" if include_done else "('open')"
    where = "" if after is None else " AND (position, id) > (?, ?)"
    sql = (
        f"SELECT {TASKS.select_list} FROM task WHERE status IN {statuses} AND quadrant = ?"
        f"{where} ORDER BY position, id LIMIT ?"
    )
    params = (quadrant.value, *(after or ()), limit)
    return load_rows(TASKS, connection.execute(sql, params), set_aside)


def count_open(connection: sqlite3.Connection) -> dict[Quadrant, int]:
    """How many open tasks each known lane holds (from the index, without reading the tasks)."""
    rows = connection.execute(
        "SELECT quadrant, count(*) FROM task WHERE status = 'open' GROUP BY quadrant"
    )
    counts = dict.fromkeys(Quadrant, 0)
    known = {quadrant.value: quadrant for quadrant in Quadrant}
    counts.update((known[name], count) for name, count in rows if name in known)
    return counts


def read_tasks(connection: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Task]:
    return _where(connection, TASKS, "id", ids)


def read_blocks(
    connection: sqlite3.Connection, start: datetime, end: datetime, zone: tzinfo
) -> list[TimeBlock]:
    """The blocks that overlap [start, end), in order of their start, with the occurrences of
    repeating blocks (their wall time kept in `zone`) among them.

    Blocks last at most a day, so only those starting from a day before `start` can overlap;
    that keeps the query on the start index.
    """
    rows = connection.execute(
        f"SELECT {BLOCKS.select_list} FROM time_block WHERE start_at >= ? AND start_at < ? "
        "AND end_at > ? AND repeat IS NULL ORDER BY start_at, id",
        (store_instant(start - BLOCK_MAX), store_instant(end), store_instant(start)),
    )
    singles = [load_row(BLOCKS, row) for row in rows]
    series = [
        load_row(BLOCKS, row)
        for row in connection.execute(
            f"SELECT {BLOCKS.select_list} FROM time_block WHERE repeat IS NOT NULL "
            "AND start_at < ? ORDER BY id",
            (store_instant(end),),
        )
    ]
    if not series:
        return singles
    marks = ",".join("?" * len(series))
    changed = connection.execute(
        f"SELECT series_id, recurrence_id FROM time_block WHERE series_id IN ({marks})",
        [one.id for one in series],
    ).fetchall()
    return shown(singles, series, changed, zone, start, end)


def read_block_states(connection: sqlite3.Connection, ids: Iterable[int]) -> dict[int, TimeBlock]:
    """The blocks with these ids, by id (missing ones are left out)."""
    return _where(connection, BLOCKS, "id", ids)


def _where(
    connection: sqlite3.Connection, table: Table[V], column: str, values: Iterable[int]
) -> dict[int, V]:
    wanted = list(values)
    found: dict[int, V] = {}
    for first in range(0, len(wanted), CHUNK):
        chunk = wanted[first : first + CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {table.select_list} FROM {table.name} WHERE {column} IN ({marks})"
        for row in connection.execute(sql, chunk):
            value = load_row(table, row)
            found[value[0]] = value
    return found


def read_schedule(
    connection: sqlite3.Connection, since: datetime, zone: tzinfo
) -> dict[int, list[Slot]]:
    """When each task is scheduled: its blocks that end after `since`, in order, by task id;
    for a repeating block, its occurrences in the `SCHEDULE_AHEAD` after `since`.

    Blocks last at most a day, so the start index bounds the search, however long the history.
    """
    rows = connection.execute(
        f"SELECT {BLOCKS.select_list} FROM time_block WHERE start_at >= ? AND end_at > ? "
        "AND task_id IS NOT NULL AND repeat IS NULL ORDER BY start_at, id",
        (store_instant(since - BLOCK_MAX), store_instant(since)),
    )
    singles = [load_row(BLOCKS, row) for row in rows]
    series = [
        load_row(BLOCKS, row)
        for row in connection.execute(
            f"SELECT {BLOCKS.select_list} FROM time_block WHERE repeat IS NOT NULL "
            "AND task_id IS NOT NULL AND start_at < ? ORDER BY id",
            (store_instant(since + SCHEDULE_AHEAD),),
        )
    ]
    if not series:
        return slots_by_task(singles)
    marks = ",".join("?" * len(series))
    changed = connection.execute(
        f"SELECT series_id, recurrence_id FROM time_block WHERE series_id IN ({marks})",
        [one.id for one in series],
    ).fetchall()
    found = shown(singles, series, changed, zone, since, since + SCHEDULE_AHEAD)
    return slots_by_task(block for block in found if block.end > since)


def slots_by_task(blocks: Iterable[TimeBlock]) -> dict[int, list[Slot]]:
    """Linked blocks (in order) as each task's slots."""
    schedule: dict[int, list[Slot]] = {}
    for block in blocks:
        if block.task_id is not None:
            schedule.setdefault(block.task_id, []).append(Slot(block.start, block.end, block.id))
    return schedule
