"""CalendarImportService: writes what a calendar file brings (see `calendar_import`) in one
transaction, so a cancelled or failed import leaves nothing behind, and reports one Change,
so the whole import is one undo step.

Importing a file again updates by UID (and RECURRENCE-ID): no duplicates. Blocks that came
from this file and are no longer in it go: those whose UID the file no longer holds at all,
and, for UIDs it still holds, occurrences within the import window it no longer produces.
Blocks from elsewhere are never touched. To-dos removed from the file stay as tasks: work may
have started on them.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select

from app.model import rows
from app.model.calendar_import import CalendarContents, EventItem
from app.model.capture import insert_tasks
from app.model.change import Change
from app.model.datafile import DataFile
from app.model.parsing import parse_notes, parse_title
from app.model.quadrant import Status
from app.model.schema import BLOCKS, TASKS
from app.model.task import Task, TaskDraft

_block = rows.sql(BLOCKS).c
_task = rows.sql(TASKS).c


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the summary line and for undo."""

    change: Change
    events: int  # blocks written (new or updated)
    todos: int
    removed: int
    skipped: tuple[str, ...]
    outside: int
    partly: tuple[str, ...] = ()  # items imported in part, and what was left out

    def summary(self, source: str) -> str:
        """One line: "Imported 212 events and 3 to-dos from x.ics, skipped 2: …"."""
        what = _count(self.events, "event") + (
            f" and {_count(self.todos, 'to-do')}" if self.todos else ""
        )
        line = f"Imported {what} from {source}"
        if self.removed:
            line += f", removed {_count(self.removed, 'event')} no longer in it"
        if self.outside:
            line += f" ({self.outside} outside the import window left out)"
        if self.skipped:
            line += f", skipped {len(self.skipped)}: " + "; ".join(self.skipped)
        if self.partly:
            line += f"; imported in part {len(self.partly)}: " + "; ".join(self.partly)
        return line + "."


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


class CalendarImportService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    def apply(self, contents: CalendarContents) -> ImportResult:
        """Write the file's blocks and tasks; one transaction."""
        now = self._file.now()
        with self._file.transaction() as connection:
            tasks_before, tasks_after = self._todos(connection, contents, now)
            blocks_before, blocks_after, removed = self._events(
                connection, contents, now, {**_linkable(connection), **_by_uid(tasks_after)}
            )
            rows.record_history(connection, tasks_before, tasks_after, now)
        change = Change(tasks_before, tasks_after, blocks_before, blocks_after)
        return ImportResult(
            change, len(contents.events), len(contents.todos), removed,
            tuple(contents.skipped), contents.outside, tuple(contents.partly),
        )  # fmt: skip

    def _todos(
        self, connection: Connection, contents: CalendarContents, now: datetime
    ) -> tuple[dict[int, Task | None], dict[int, Task | None]]:
        existing = {
            task.external_uid: task
            for task in rows.values(
                TASKS, connection, rows.selecting(TASKS).where(_task.source == contents.source)
            )
        }
        before: dict[int, Task | None] = {}
        after: dict[int, Task | None] = {}
        fresh = [item for item in contents.todos if item.external_uid not in existing]
        drafts = [
            TaskDraft(item.title, item.quadrant, parse_notes(item.notes), item.due,
                      delegate=item.delegate, tags=item.tags)
            for item in fresh
        ]  # fmt: skip
        created = insert_tasks(rows.driver(connection), drafts, now) if drafts else []
        for task, item in zip(created, fresh, strict=True):
            done = item.completed or now if item.status is not Status.OPEN else None
            marks: dict[str, Any] = {"source": contents.source, "external_uid": item.external_uid,
                     "status": item.status, "completed": done}  # fmt: skip
            rows.update_row(TASKS, connection, task.id, **marks)
            new = task._replace(**marks)
            before[task.id], after[task.id] = None, new
        for item in contents.todos:
            old = existing.get(item.external_uid)
            if old is None:
                continue
            fields: dict[str, Any] = {
                "title": parse_title(item.title),
                "notes": parse_notes(item.notes),
                "due": item.due,
                "status": item.status,
            }
            if item.status is not old.status:
                fields["completed"] = (
                    item.completed or now if item.status is not Status.OPEN else None
                )
            if all(getattr(old, name) == value for name, value in fields.items()):
                continue
            rows.update_row(TASKS, connection, old.id, **fields, updated=now)
            before[old.id], after[old.id] = old, old._replace(**fields, updated=now)
        return before, after

    def _events(
        self,
        connection: Connection,
        contents: CalendarContents,
        now: datetime,
        tasks: dict[str, int],
    ) -> tuple[dict[int, Any], dict[int, Any], int]:
        existing = {
            (block.external_uid, block.recurrence_id): block
            for block in rows.values(
                BLOCKS, connection, rows.selecting(BLOCKS).where(_block.source == contents.source)
            )
        }
        before: dict[int, Any] = {}
        after: dict[int, Any] = {}
        new_rows = []
        seen = set()
        for item in contents.events:
            key = (item.external_uid, item.recurrence_id)
            seen.add(key)
            fields = block_fields(item, tasks)
            old = existing.get(key)
            if old is None:
                new_rows.append(_new_block(item, fields, contents.source, now))
            elif any(getattr(old, name) != value for name, value in fields.items()):
                rows.update_row(BLOCKS, connection, old.id, **fields, updated=now)
                before[old.id], after[old.id] = old, old._replace(**fields, updated=now)
        (last_id,) = connection.execute(select(func.max(_block.id))).one()
        if new_rows:
            connection.execute(insert(rows.sql(BLOCKS)), new_rows)
            statement = rows.selecting(BLOCKS).where(_block.id > (last_id or 0))
            for block in rows.values(BLOCKS, connection, statement):
                before[block.id], after[block.id] = None, block
        first, last = contents.window
        gone = {
            old.id: old
            for key, old in existing.items()
            if key not in seen
            and (old.external_uid not in contents.event_uids or first <= old.start < last)
        }
        rows.delete_rows(BLOCKS, connection, gone)
        for block_id, old in gone.items():
            before[block_id], after[block_id] = old, None
        _link_series(connection, contents.source, now, before, after)
        return before, after, len(gone)


def block_fields(item: EventItem, tasks: dict[str, int]) -> dict[str, Any]:
    """A block's fields as `item` describes them; `tasks` finds its task by RELATED-TO."""
    return {
        "start": item.start,
        "end": item.end,
        "title": parse_title(item.title, "block"),
        "notes": parse_notes(item.notes),
        "kind": item.kind,
        "all_day": item.all_day,
        "task_id": tasks.get(item.related_to) if item.related_to else None,
        "repeat": item.repeat,
        "exceptions": item.exceptions,
    }


def _new_block(item: EventItem, fields: dict[str, Any], source: str, now: datetime) -> Any:
    values = {
        **fields,
        "uid": str(uuid.uuid4()),
        "created": item.created or now,
        "updated": item.updated or now,
        "source": source,
        "external_uid": item.external_uid,
        "recurrence_id": item.recurrence_id,
    }
    return rows.stored(BLOCKS, values)


def _linkable(connection: Connection) -> dict[str, int]:
    """Task id by uid, and by the UID it was imported under: what RELATED-TO can name."""
    found: dict[str, int] = {}
    statement = select(_task.id, _task.uid, _task.external_uid).where(
        or_(_task.status == Status.OPEN, _task.external_uid.is_not(None))
    )
    for task_id, uid, external in connection.execute(statement):
        found[uid] = task_id
        if external:
            found[external] = task_id
    return found


def _by_uid(tasks: dict[int, Task | None]) -> dict[str, int]:
    return {t.external_uid: t.id for t in tasks.values() if t is not None and t.external_uid}


def _link_series(
    connection: Connection,
    source: str,
    now: datetime,
    before: dict[int, Any],
    after: dict[int, Any],
) -> None:
    """Each occurrence changed on its own that the file brought names its series' block."""
    found = rows.values(BLOCKS, connection, rows.selecting(BLOCKS).where(_block.source == source))
    series = {block.external_uid: block.id for block in found if block.repeat is not None}
    for block in found:
        if block.repeat is not None or block.recurrence_id is None:
            continue
        series_id = series.get(block.external_uid)
        if series_id != block.series_id:
            rows.update_row(BLOCKS, connection, block.id, series_id=series_id)
            before.setdefault(block.id, block)
            after[block.id] = block._replace(series_id=series_id)
