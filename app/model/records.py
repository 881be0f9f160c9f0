"""The schema as SQLAlchemy tables, built from the one declaration in `schema`.

Alembic compares its migrations against `metadata`, and the services read and write through
these tables. Each column's SQLAlchemy type stores and loads values with the declaration's own
conversions, so a value reads back the same through SQLAlchemy and through the plain reader.
Constraints and indexes, which only the file needs to know, are declared here.
"""

from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import Column as SqlColumn
from sqlalchemy import Table as SqlTable
from sqlalchemy.types import TypeEngine

from app.model import schema

metadata = MetaData()


class Stored(TypeDecorator[Any]):
    """A column type that converts with the declaration's loader and storer, and is declared
    in the file as the matching SQL type (so the DDL is what the migrations created)."""

    impl = Text
    cache_ok = True

    def __init__(self, column: schema.Column) -> None:
        super().__init__()
        self.column = column
        self._sql = _sql_type(column)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return self._sql

    def bind_processor(self, dialect: Dialect) -> Any:
        return _skip_none(self.column.storer())

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        return _skip_none(self.column.loader())

    @property
    def python_type(self) -> type:
        return object


def _skip_none(convert: Any) -> Any:
    if convert is None:
        return None
    return lambda value: None if value is None else convert(value)


def _sql_type(column: schema.Column) -> TypeEngine[Any]:
    kind = column.kind
    if kind in (schema.Kind.INTEGER, schema.Kind.FLAG):
        return Integer()
    if kind is schema.Kind.INSTANT:
        return DateTime()
    if kind is schema.Kind.DAY:
        return Date()
    if kind is schema.Kind.TAGS:
        return JSON()
    return String(column.length) if column.length else Text()


def _table(table: schema.Table[Any], *extras: Any, **options: Any) -> SqlTable:
    columns = []
    for column in table.columns:
        kind = Stored(column) if column.loader() else _sql_type(column)
        arguments: list[Any] = [column.name, kind]
        if column.references:
            arguments.append(ForeignKey(column.references, ondelete="SET NULL"))
        columns.append(
            SqlColumn(
                *arguments,
                primary_key=column.name == "id",
                nullable=column.nullable,
                unique=column.name == "uid",
            )
        )
    # Ids are never reused: undo writes a row back under its id, which must not by then
    # belong to a row another program (the CLI) added.
    return SqlTable(table.name, metadata, *columns, *extras, sqlite_autoincrement=True, **options)


tasks = _table(
    schema.TASKS,
    CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
    CheckConstraint("estimate_minutes IS NULL OR estimate_minutes > 0", name="estimate_positive"),
    Index("ix_task_lane", "status", "quadrant", "position"),  # the open tasks, in order
    Index("ix_task_order", "quadrant", "position"),  # neighbours when placing a task
    Index("ix_task_source", "source", "external_uid"),  # what a calendar file brought
)

# A deleted task leaves its blocks in the calendar, unlinked (ON DELETE SET NULL); the service
# reports that as part of the delete, so undo links them again.
blocks = _table(
    schema.BLOCKS,
    CheckConstraint("length(trim(title)) > 0", name="block_title_not_empty"),
    CheckConstraint("end_at > start_at", name="block_has_length"),
    Index("ix_block_start", "start_at"),  # the blocks of a week
    Index("ix_block_task", "task_id"),  # when each task is scheduled
    Index("ix_block_source", "source", "external_uid"),  # what a calendar file brought
    Index("ix_block_series", "series_id"),  # the occurrences of a series changed on their own
    Index("ix_block_repeat", "repeat"),  # the repeating blocks, for any week
)

# What happened to each task, when (see `history`): read by task, and by time for a week.
events = _table(
    schema.EVENTS,
    Index("ix_task_event_task", "task_id", "at"),
    Index("ix_task_event_at", "at"),
)

# What is shared with a CalDAV calendar (see `sync`).
sync_items = _table(schema.SYNC_ITEMS, Index("ix_sync_item_href", "calendar", "href"))
sync_calendars = _table(schema.SYNC_CALENDARS, UniqueConstraint("url", name="sync_calendar_url"))

TABLES = {table.name: table for table in (tasks, blocks, events, sync_items, sync_calendars)}
