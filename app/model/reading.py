"""Reading tasks straight from a sqlite3 connection into `Task` values.

This is the one place rows become tasks: the start-up path uses it on a standard-library
connection (no SQLAlchemy import needed to paint the first window), and the service uses it on
the connection under its session to report what an operation changed.
"""

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from app.model.quadrant import Quadrant, Status
from app.model.task import Task

_COLUMNS = (
    "id, uid, title, quadrant, position, status, created_at, updated_at, notes, due, "
    "estimate_minutes, delegate, follow_up, tags, completed_at"
)
_QUADRANTS = {q.value: q for q in Quadrant}
# Lanes come in the order of the Quadrant enum, Inbox first; positions are per lane.
_LANE_ORDER = "CASE quadrant {} END".format(
    " ".join(f"WHEN '{q.value}' THEN {index}" for index, q in enumerate(Quadrant))
)
_STATUSES = {s.value: s for s in Status}


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def task_from_row(row: Sequence[object]) -> Task:
    (id_, uid, title, quadrant, position, status, created, updated, notes, due, estimate,
     delegate, follow_up, tags, completed) = row  # fmt: skip
    return Task(
        id=id_,  # type: ignore[arg-type]
        uid=uid,  # type: ignore[arg-type]
        title=title,  # type: ignore[arg-type]
        quadrant=_QUADRANTS[quadrant],  # type: ignore[index]
        position=position,  # type: ignore[arg-type]
        status=_STATUSES[status],  # type: ignore[index]
        created=_instant(created),  # type: ignore[arg-type]
        updated=_instant(updated),  # type: ignore[arg-type]
        notes=notes,  # type: ignore[arg-type]
        due=_day(due),  # type: ignore[arg-type]
        estimate=estimate,  # type: ignore[arg-type]
        delegate=delegate,  # type: ignore[arg-type]
        follow_up=_day(follow_up),  # type: ignore[arg-type]
        tags=tuple(json.loads(tags)) if tags and tags != "[]" else (),  # type: ignore[arg-type]
        completed=_instant(completed),  # type: ignore[arg-type]
    )


def read_lanes(
    connection: sqlite3.Connection, include_done: bool = False, quadrant: Quadrant | None = None
) -> list[Task]:
    """Tasks in lane order (Inbox to Eliminate, then position); open ones, and done ones too if
    include_done (dropped ones never)."""
    where, params = [], []
    if not include_done:
        where.append("status = 'open'")
    else:
        where.append("status IN ('open', 'done')")
    if quadrant is not None:
        where.append("quadrant = ?")
        params.append(quadrant.value)
    conditions = " AND ".join(where)
    sql = f"SELECT {_COLUMNS} FROM task WHERE {conditions} ORDER BY {_LANE_ORDER}, position, id"
    return [task_from_row(row) for row in connection.execute(sql, params)]


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
