"""Rows in and out through SQLAlchemy, as the services' plain values, for any declared table.

Values are the immutable `Task` and `TimeBlock` of the declaration in `schema`; a field is named
by the value's attribute (`estimate`), never by the column (`estimate_minutes`), outside this
module and `schema`.
"""

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    delete,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy import Table as SqlTable
from sqlalchemy.types import NullType

from app.model import history
from app.model.block import TimeBlock
from app.model.errors import StorageError
from app.model.reading import load_rows
from app.model.records import TABLES
from app.model.schema import BLOCKS, Table, V

CHUNK = 500  # SQLite limits the parameters of one statement


def sql(table: Table[Any]) -> SqlTable:
    return TABLES[table.name]


def selecting(table: Table[Any]) -> Select[Any]:
    """SELECT of the table's columns in value order (add WHERE and ORDER BY), as stored: rows
    become values through `reading.load_row`, the very conversion the plain reader uses."""
    columns = sql(table).c
    raw: list[ColumnElement[Any]] = [
        type_coerce(columns[column.name], NullType()) for column in table.in_value_order
    ]
    return select(*raw)


def values(
    table: Table[V],
    connection: Connection,
    statement: Select[Any],
    set_aside: list[StorageError] | None = None,
) -> list[V]:
    """Run a `selecting` statement; each row as a value (see `reading.load_rows`)."""
    return load_rows(table, (tuple(row) for row in connection.execute(statement)), set_aside)


def by_ids(table: Table[V], connection: Connection, ids: Iterable[int]) -> dict[int, V]:
    """The rows with these ids that exist, by id, in the order asked."""
    wanted = list(dict.fromkeys(ids))
    found: dict[int, V] = {}
    key = sql(table).c.id
    for first in range(0, len(wanted), CHUNK):
        chunk = wanted[first : first + CHUNK]
        for value in values(table, connection, selecting(table).where(key.in_(chunk))):
            found[value[0]] = value
    return {i: found[i] for i in wanted if i in found}


def stored(table: Table[Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """{attribute: value} → {column name: value}, for insert and update."""
    names = {declared.attribute: declared.name for declared in table.columns}
    return {names[attribute]: value for attribute, value in changes.items()}


def insert_rows(table: Table[V], connection: Connection, rows: Iterable[V]) -> None:
    """Write whole values as new rows (ids included: undo brings a row back as it was)."""
    params = [stored(table, row._asdict()) for row in rows]
    if params:
        connection.execute(insert(sql(table)), params)


def update_row(table: Table[Any], connection: Connection, row_id: int, **changes: Any) -> None:
    if changes:
        connection.execute(
            update(sql(table)).where(sql(table).c.id == row_id).values(stored(table, changes))
        )


def delete_rows(table: Table[Any], connection: Connection, ids: Iterable[int]) -> None:
    wanted = list(ids)
    key = sql(table).c.id
    for first in range(0, len(wanted), CHUNK):
        connection.execute(delete(sql(table)).where(key.in_(wanted[first : first + CHUNK])))


def linked_blocks(connection: Connection, task_ids: Iterable[int]) -> dict[int, TimeBlock]:
    """The blocks linked to any of these tasks, by block id."""
    wanted = list(task_ids)
    task_id = sql(BLOCKS).c.task_id
    found: dict[int, TimeBlock] = {}
    for first in range(0, len(wanted), CHUNK):
        statement = selecting(BLOCKS).where(task_id.in_(wanted[first : first + CHUNK]))
        found.update((block.id, block) for block in values(BLOCKS, connection, statement))
    return found


def driver(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under `connection`, in the same transaction."""
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def record_history(
    connection: Connection,
    before: Mapping[int, Any],
    after: Mapping[int, Any],
    at: Any,
) -> None:
    """Append the task events that take the tasks from `before` to `after` (see `history`)."""
    history.record(driver(connection), history.changed_events(before, after, at))
