"""The data file's tables, declared once: every column, how its value is stored, and how it is
read back.

Everything that touches a row takes its columns and conversions from here: the SQLAlchemy
tables that Alembic compares against and that the services write through (`records`), and the
plain sqlite3 reader that paints the first window and prints the plan without loading
SQLAlchemy (`reading`). Adding a column means one `Column` here and one migration.

This module imports neither SQLAlchemy nor Qt: it is on the start-up path.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum, StrEnum
from typing import Any, Generic, NamedTuple, TypeVar

from app.model.block import BlockKind, TimeBlock
from app.model.errors import UnreadableValue
from app.model.history import EventKind, TaskEvent
from app.model.quadrant import Quadrant, Status
from app.model.sync_item import Component, Conflict, SyncCalendar, SyncItem
from app.model.task import Task
from app.model.wording import QT_TRANSLATE_NOOP


class Kind(Enum):
    """How a column's value is stored in the file."""

    INTEGER = "integer"
    TEXT = "text"
    INSTANT = "instant"  # aware datetime; stored as UTC text without offset, microseconds
    DAY = "day"  # date; stored as YYYY-MM-DD
    CHOICE = "choice"  # a StrEnum member; stored as its value
    TAGS = "tags"  # tuple of str; stored as a JSON list
    FLAG = "flag"  # bool; stored as 0 or 1


INSTANT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # what every instant in the file looks like


def store_instant(instant: datetime) -> str:
    """An aware instant as the file holds it (and as SQL compares it): UTC, six-digit
    microseconds, so "09:00:00.000000" never sorts after "09:00:00" by accident."""
    if instant.tzinfo is None:
        raise ValueError("instants must be aware datetimes")
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _load_instant(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _store_tags(tags: Sequence[str]) -> str:
    return json.dumps(list(tags))


def _load_tags(text: str) -> tuple[str, ...]:
    if text == "[]":  # by far the most common value: no parsing
        return ()
    tags = json.loads(text)
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ValueError(f"tags must be a list of words, not {text!r}")
    return tuple(tags)


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name in the file, its name in the value (`Task`, `TimeBlock`), how it is
    stored, and which undo group it belongs to."""

    name: str
    attribute: str
    kind: Kind
    nullable: bool = False
    choices: type[StrEnum] | None = None  # for Kind.CHOICE
    length: int | None = None  # for short text: uid, choices
    references: str | None = None  # "table.column" this column points to
    # Undo restores a group of fields together or not at all (a lane and a place in it, the
    # two ends of a block). "" for bookkeeping columns undo never compares (id, timestamps).
    group: str = ""

    def loader(self) -> Callable[[Any], Any] | None:
        """Stored value → value, or None where they are the same (integers, text)."""
        if self.kind is Kind.INSTANT:
            return _load_instant
        if self.kind is Kind.DAY:
            return date.fromisoformat
        if self.kind is Kind.CHOICE:
            assert self.choices is not None
            members = {member.value: member for member in self.choices}
            return members.__getitem__
        if self.kind is Kind.TAGS:
            return _load_tags
        if self.kind is Kind.FLAG:
            return bool
        return None

    def storer(self) -> Callable[[Any], Any] | None:
        """Value → stored value, or None where they are the same."""
        if self.kind is Kind.INSTANT:
            return store_instant
        if self.kind is Kind.DAY:
            return date.isoformat
        if self.kind is Kind.CHOICE:
            return str
        if self.kind is Kind.TAGS:
            return _store_tags
        if self.kind is Kind.FLAG:
            return int
        return None


V = TypeVar("V", bound=NamedTuple)


@dataclass(frozen=True)
class Table(Generic[V]):
    """A table and the immutable value each of its rows becomes.

    `columns` are in the file's order; `in_value_order` in the order of the value's fields, so
    a row selected that way becomes a value with one `_make`.
    """

    name: str
    value: type[V]
    columns: tuple[Column, ...]
    in_value_order: tuple[Column, ...] = field(init=False)
    _loaders: tuple[tuple[int, Callable[[Any], Any]], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_attribute = {column.attribute: column for column in self.columns}
        fields: tuple[str, ...] = self.value._fields
        if set(by_attribute) != set(fields):
            raise TypeError(f"{self.name}: columns {sorted(by_attribute)} ≠ fields {fields}")
        ordered = tuple(by_attribute[name] for name in fields)
        loaders = tuple(
            (index, loader)
            for index, column in enumerate(ordered)
            if (loader := column.loader()) is not None
        )
        object.__setattr__(self, "in_value_order", ordered)
        object.__setattr__(self, "_loaders", loaders)

    @property
    def select_list(self) -> str:
        """The columns in value order, for `SELECT {select_list} FROM {name}`."""
        return ", ".join(column.name for column in self.in_value_order)

    def load(self, row: Sequence[Any]) -> V:
        """A row selected in value order (stored values) → the value.

        Raises ValueError, KeyError or TypeError for a value the file should not hold.
        """
        values = list(row)
        for index, loader in self._loaders:
            stored = values[index]
            if stored is not None:
                try:
                    values[index] = loader(stored)
                except (KeyError, ValueError, TypeError):
                    name = self.in_value_order[index].name
                    raise UnreadableValue(
                        QT_TRANSLATE_NOOP("Errors", "its {name} “{value}” is not valid"),
                        name=name,
                        value=stored,
                    ) from None
        for column, value in zip(self.in_value_order, values, strict=True):
            if value is None and not column.nullable:
                raise UnreadableValue(
                    QT_TRANSLATE_NOOP("Errors", "{name} is empty"), name=column.name
                )
        return self.value._make(values)

    def groups(self) -> dict[str, tuple[str, ...]]:
        """Undo groups: name → the value attributes restored together."""
        found: dict[str, list[str]] = {}
        for column in self.columns:
            if column.group:
                found.setdefault(column.group, []).append(column.attribute)
        return {name: tuple(attributes) for name, attributes in found.items()}


def _column(name: str, kind: Kind, **options: Any) -> Column:
    """A column whose value attribute has the same name (the common case); group = name."""
    options.setdefault("group", name)
    return Column(name, options.pop("attribute", name), kind, **options)


_ID = Column("id", "id", Kind.INTEGER)
_UID = Column("uid", "uid", Kind.TEXT, length=36)
# Where an imported row came from (see `calendar_import`): the calendar file's name and the
# item's UID there (and, for one occurrence of a repeating event, its RECURRENCE-ID, as UTC
# text or a date). Bookkeeping: an import writes them, undo never compares them.
_SOURCE = Column("source", "source", Kind.TEXT, nullable=True)
_EXTERNAL_UID = Column("external_uid", "external_uid", Kind.TEXT, nullable=True)

TASKS: Table[Task] = Table(
    "task",
    Task,
    (
        _ID,
        _UID,
        _column("title", Kind.TEXT),
        _column("notes", Kind.TEXT),
        _column("quadrant", Kind.CHOICE, choices=Quadrant, length=16, group="place"),
        _column("position", Kind.INTEGER, group="place"),
        _column("status", Kind.CHOICE, choices=Status, length=16, group="status"),
        _column("due", Kind.DAY, nullable=True),
        _column("estimate_minutes", Kind.INTEGER, nullable=True, attribute="estimate"),
        _column("delegate", Kind.TEXT, nullable=True),
        _column("follow_up", Kind.DAY, nullable=True),
        _column("tags", Kind.TAGS),
        Column("created_at", "created", Kind.INSTANT),
        Column("updated_at", "updated", Kind.INSTANT),
        Column("completed_at", "completed", Kind.INSTANT, nullable=True, group="status"),
        _SOURCE,
        _EXTERNAL_UID,
        # The due date the user dismissed an urgency suggestion for (see `urgency`).
        _column("suggestion_dismissed", Kind.DAY, nullable=True, attribute="dismissed_for"),
        # How a task repeats (see `task_repeats`): an RFC 5545 rule from its due date, or
        # "AFTER-DONE=N" days; done, it makes its next occurrence.
        _column("repeat", Kind.TEXT, nullable=True),
    ),
)

BLOCKS: Table[TimeBlock] = Table(
    "time_block",
    TimeBlock,
    (
        _ID,
        _UID,
        Column("start_at", "start", Kind.INSTANT, group="time"),
        Column("end_at", "end", Kind.INSTANT, group="time"),
        _column("title", Kind.TEXT),
        _column("kind", Kind.CHOICE, choices=BlockKind, length=16),
        _column("task_id", Kind.INTEGER, nullable=True, references="task.id", group="task"),
        _column("notes", Kind.TEXT),
        Column("created_at", "created", Kind.INSTANT),
        Column("updated_at", "updated", Kind.INSTANT),
        # An all-day event: start and end are the local midnights around its day.
        Column("all_day", "all_day", Kind.FLAG, group="time"),
        _SOURCE,
        _EXTERNAL_UID,
        Column("recurrence_id", "recurrence_id", Kind.TEXT, nullable=True),
        # A repeating block (see `repeats`): its RFC 5545 rule ("FREQ=WEEKLY;BYDAY=TU,TH"),
        # and the occurrences left out (EXDATE), by recurrence id. Its start and end are the
        # first occurrence's. One occurrence changed on its own is a row of its own that
        # names its series and, in `recurrence_id`, which occurrence it replaces. No foreign
        # key: undo and redo bring back a series and its changed occurrences in any order.
        _column("repeat", Kind.TEXT, nullable=True),
        _column("exceptions", Kind.TAGS),
        _column("series_id", Kind.INTEGER, nullable=True, group="series"),
    ),
)

# Append-only; no foreign key to the task, so a task's history outlives it (see `history`).
EVENTS: Table[TaskEvent] = Table(
    "task_event",
    TaskEvent,
    (
        _ID,
        Column("task_id", "task_id", Kind.INTEGER),
        Column("task_uid", "task_uid", Kind.TEXT, length=36),
        Column("at", "at", Kind.INSTANT),
        Column("kind", "kind", Kind.CHOICE, choices=EventKind, length=16),
        Column("from_quadrant", "from_quadrant", Kind.CHOICE, nullable=True, choices=Quadrant,
               length=16),
        Column("to_quadrant", "to_quadrant", Kind.CHOICE, nullable=True, choices=Quadrant,
               length=16),
        Column("delegate", "delegate", Kind.TEXT, nullable=True),
    ),
)  # fmt: skip

# CalDAV sync (see `sync`): one row per item shared with the calendar, written in the same
# transaction as the change to the task or block it describes.
SYNC_ITEMS: Table[SyncItem] = Table(
    "sync_item",
    SyncItem,
    (
        _ID,
        Column("calendar", "calendar", Kind.TEXT),
        _UID,
        Column("component", "component", Kind.CHOICE, choices=Component, length=16),
        Column("href", "href", Kind.TEXT, nullable=True),
        Column("etag", "etag", Kind.TEXT, nullable=True),
        Column("synced", "synced", Kind.TEXT),
        Column("conflict", "conflict", Kind.CHOICE, nullable=True, choices=Conflict, length=16),
        Column("theirs", "theirs", Kind.TEXT, nullable=True),
        Column("their_etag", "their_etag", Kind.TEXT, nullable=True),
    ),
)

SYNC_CALENDARS: Table[SyncCalendar] = Table(
    "sync_calendar",
    SyncCalendar,
    (
        _ID,
        Column("url", "url", Kind.TEXT),
        Column("token", "token", Kind.TEXT, nullable=True),
    ),
)
