"""The file's side of a CalDAV sync: which tasks and blocks are shared with the calendar, each
one's fingerprint and iCalendar text, a server's item read as a task or block, and writing it
into the file.

Shared: every block and task that Quadrant made or took from the calendar (no `source`: items
imported from a file or a read-only calendar stay home), tasks while open, and, once shared,
done and dropped ones too, so that ticking a task off shows on the phone.

A fingerprint is a hash of what the calendar carries of an item (not its id, place in the lane
or timestamps). The file stores the fingerprint from when both sides last agreed; an item
whose fingerprint differs has changed here since. An undo changes it as well, so an undo of
something already sent is sent in turn.

Items are written and read with the calendar file conversions (`calendar_export`,
`calendar_import`), and the server's UID stays the task's or block's uid.
"""

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import Connection, func, select

from app.model import rows
from app.model.block import TimeBlock
from app.model.calendar_export import calendar_file
from app.model.calendar_import import EventItem, TodoItem, read_calendar
from app.model.calendar_reading import split_calendar
from app.model.calendar_service import block_fields
from app.model.capture import POSITION_STEP, insert_tasks
from app.model.errors import Words, joined
from app.model.parsing import parse_notes, parse_title
from app.model.quadrant import Quadrant, Status
from app.model.schema import BLOCKS, TASKS
from app.model.sync_item import Component
from app.model.task import Task, TaskDraft
from app.model.wording import QT_TRANSLATE_NOOP

# Items of Quadrant's own calendar are taken whenever they are, not only near today.
_ALWAYS = (datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))
_REPEATING = re.compile(r"^(RRULE|RDATE|RECURRENCE-ID)[;:]", re.MULTILINE | re.IGNORECASE)
_block = rows.sql(BLOCKS).c
_task = rows.sql(TASKS).c


@dataclass
class Shared:
    """The tasks and blocks shared with the calendar, by uid, as the file holds them now."""

    blocks: dict[str, TimeBlock] = field(default_factory=dict)
    tasks: dict[str, Task] = field(default_factory=dict)
    task_uids: dict[int, str] = field(default_factory=dict)  # every task's uid by id
    unshared: dict[str, Task] = field(default_factory=dict)  # done before it was ever shared

    def fingerprint(self, uid: str) -> str | None:
        """The item's fingerprint, or None when the file has no such shared item."""
        if uid in self.blocks:
            block = self.blocks[uid]
            link = self.task_uids.get(block.task_id) if block.task_id is not None else None
            return _block_print(block._asdict(), link if link in self.tasks else None)
        if uid in self.tasks:
            return _task_print(self.tasks[uid]._asdict())
        return None

    def component(self, uid: str) -> Component:
        return Component.EVENT if uid in self.blocks else Component.TODO

    def title(self, uid: str) -> str:
        item = self.blocks.get(uid) or self.tasks.get(uid)
        return item.title if item is not None else ""

    def text(self, uid: str, zone: tzinfo) -> str:
        """The item as the calendar gets it."""
        if uid in self.blocks:
            block = self.blocks[uid]
            linked = {}
            link = self.task_uids.get(block.task_id) if block.task_id is not None else None
            if link in self.tasks:
                linked[self.tasks[link].id] = self.tasks[link]
            data = calendar_file([block], linked, zone, block.updated)
        else:
            task = self.tasks[uid]
            data = calendar_file([], {}, zone, task.updated, todos=[task])
        return data.decode("utf-8")


def shared(connection: Connection, known: set[str]) -> Shared:
    """What the file shares: `known` are the uids the calendar already has."""
    found = Shared()
    statement = rows.selecting(TASKS).where(_task.source.is_(None))
    for task in rows.values(TASKS, connection, statement):
        found.task_uids[task.id] = task.uid
        if task.status is Status.OPEN or task.uid in known:
            found.tasks[task.uid] = task
        else:
            found.unshared[task.uid] = task
    statement = rows.selecting(BLOCKS).where(_block.source.is_(None))
    found.blocks = {block.uid: block for block in rows.values(BLOCKS, connection, statement)}
    return found


@dataclass(frozen=True)
class Remote:
    """A server's item read as a block (`event`) or a task (`todo`), or why it cannot be."""

    uid: str
    event: EventItem | None = None
    todo: TodoItem | None = None
    problem: str = ""

    @property
    def component(self) -> Component:
        return Component.TODO if self.todo is not None else Component.EVENT

    @property
    def title(self) -> str:
        item = self.event or self.todo
        return item.title if item is not None else self.uid

    def fingerprint(self, current: Shared) -> str:
        """The fingerprint the local item would have after taking this version."""
        if self.event is not None:
            return _block_print(block_fields(self.event, {}), self.event.related_to)
        assert self.todo is not None
        return _task_print(_task_fields(self.todo, current.tasks.get(self.uid)))


def read_item(text: str, zone: tzinfo, today: date) -> Remote:
    """A server's item (one VEVENT or VTODO with its time zones) as a task or block."""
    items = split_calendar(text).items
    if any(item.name == "VEVENT" and _REPEATING.search(item.text) for item in items):
        return Remote(_uid_in(text), problem=Words(QT_TRANSLATE_NOOP("Errors", "it repeats")))
    contents = read_calendar(text.encode("utf-8"), "", zone, today, window=_ALWAYS, ours=True)
    if len(contents.events) + len(contents.todos) != 1:
        reason = joined(contents.skipped, "; ") or Words(
            QT_TRANSLATE_NOOP("Errors", "it is not one event or to-do")
        )
        return Remote(_uid_in(text), problem=reason)
    if contents.todos:
        todo = contents.todos[0]
        return Remote(todo.external_uid, todo=todo)
    event = contents.events[0]
    return Remote(event.external_uid, event=event)


def take(connection: Connection, remote: Remote, current: Shared, now: datetime) -> None:
    """Write the server's version into the file (a new task or block, or over the local one),
    keeping `current` up to date. `remote.uid` becomes (or stays) the item's uid."""
    if remote.event is not None:
        _take_event(connection, remote.uid, remote.event, current, now)
    else:
        assert remote.todo is not None
        _take_todo(connection, remote.uid, remote.todo, current, now)


def remove(connection: Connection, uid: str, current: Shared, now: datetime) -> None:
    """Delete the shared task or block `uid` (the calendar no longer has it)."""
    if uid in current.blocks:
        rows.delete_rows(BLOCKS, connection, [current.blocks.pop(uid).id])
    elif uid in current.tasks:
        task = current.tasks.pop(uid)
        rows.delete_rows(TASKS, connection, [task.id])
        rows.record_history(connection, {task.id: task}, {task.id: None}, now)


def another_copy(remote: Remote) -> Remote:
    """The same item under a new uid: the server's version kept beside the local one."""
    return Remote(str(uuid.uuid4()), remote.event, remote.todo, remote.problem)


def _take_event(
    connection: Connection, uid: str, event: EventItem, current: Shared, now: datetime
) -> None:
    task_ids = {task_uid: task_id for task_id, task_uid in current.task_uids.items()}
    fields = block_fields(event, task_ids)
    old = current.blocks.get(uid)
    if old is not None:
        rows.update_row(BLOCKS, connection, old.id, **fields, updated=now)
        current.blocks[uid] = old._replace(**fields, updated=now)
        return
    values = {**fields, "uid": uid, "created": event.created or now, "updated": now}
    values.update(source=None, external_uid=None, recurrence_id=None)
    result = connection.execute(rows.sql(BLOCKS).insert(), [rows.stored(BLOCKS, values)])
    (block_id,) = result.inserted_primary_key or (0,)
    current.blocks[uid] = TimeBlock(id=block_id, **values)


def _take_todo(
    connection: Connection, uid: str, todo: TodoItem, current: Shared, now: datetime
) -> None:
    old = current.tasks.get(uid) or current.unshared.pop(uid, None)
    fields = _task_fields(todo, old)
    changes: dict[str, Any] = dict(fields)
    if old is None:
        draft = TaskDraft(fields["title"], fields["quadrant"], fields["notes"], fields["due"],
                          delegate=fields["delegate"], tags=fields["tags"])  # fmt: skip
        (old,) = insert_tasks(rows.driver(connection), [draft], now)  # records its creation
        changes["uid"] = uid
    elif fields["quadrant"] is not old.quadrant:  # to the end of its new lane
        (last,) = connection.execute(_last_position(fields["quadrant"])).one()
        changes["position"] = int(last or 0) + POSITION_STEP
    if fields["status"] is not old.status:
        changes["completed"] = todo.completed or now if fields["status"] is Status.DONE else None
    rows.update_row(TASKS, connection, old.id, **changes, updated=now)
    new = old._replace(**changes, updated=now)
    rows.record_history(connection, {old.id: old}, {new.id: new}, now)
    current.tasks[uid] = new
    current.task_uids[new.id] = uid


def _last_position(quadrant: Quadrant) -> Any:
    return select(func.max(_task.position)).where(_task.quadrant == quadrant)


def _task_fields(todo: TodoItem, old: Task | None) -> dict[str, Any]:
    # Clients that know nothing of lanes leave the category out: the task keeps its lane.
    lane = todo.quadrant
    if old is not None and lane is Quadrant.INBOX:
        lane = old.quadrant
    return {
        "title": parse_title(todo.title),
        "notes": parse_notes(todo.notes),
        "quadrant": lane,
        "status": todo.status,
        "due": todo.due,
        "delegate": todo.delegate,
        "tags": tuple(todo.tags),
    }


def _block_print(fields: dict[str, Any], task_uid: str | None) -> str:
    shared = (
        fields["start"].astimezone(UTC).isoformat(),
        fields["end"].astimezone(UTC).isoformat(),
        fields["title"],
        fields["notes"],
        str(fields["kind"]),
        bool(fields["all_day"]),
        task_uid or "",
    )
    return _hash(shared)


def _task_print(fields: dict[str, Any]) -> str:
    due = fields["due"]
    shared = (
        fields["title"],
        fields["notes"],
        str(fields["quadrant"]),
        str(fields["status"]),
        due.isoformat() if due else "",
        fields["delegate"] or "",
        list(fields["tags"]),
    )
    return _hash(shared)


def _hash(values: tuple[Any, ...]) -> str:
    return hashlib.sha256(repr(values).encode("utf-8")).hexdigest()[:32]


def _uid_in(text: str) -> str:
    found = re.search(r"^UID:(.*)$", text, re.MULTILINE)
    return found.group(1).strip() if found else ""
