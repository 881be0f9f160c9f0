"""UndoService: undo and redo that restore only what a change wrote, and only where it still
holds — so an edit another program (the CLI, a calendar sync) made since is never overwritten.

A `Change` holds each row before and after the operation. Undo walks from `after` back to
`before`, redo the other way, one group of fields at a time (see `schema.Column.group`): a group
is written back only while the row still holds what the change left there. Groups that another
program changed since are kept and reported, so the window can say so in words.
"""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.model import rows
from app.model.block import TimeBlock
from app.model.change import Change, Kept, Restored
from app.model.datafile import DataFile
from app.model.schema import BLOCKS, TASKS, Table
from app.model.task import Task


class UndoService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    def undo(self, change: Change) -> Restored:
        return self._walk(change.reversed())

    def redo(self, change: Change) -> Restored:
        return self._walk(change)

    def _walk(self, change: Change) -> Restored:
        """Take every row from `change.before` (what it should hold now) to `change.after`."""
        now = self._file.now()
        with self._file.transaction() as connection:
            tasks = _Walk(TASKS, connection, now, change.before, change.after)
            tasks.run()
            links = _Walk(BLOCKS, connection, now, change.blocks_before, change.blocks_after)
            links.kept_links = {i for i, kept in tasks.kept_rows.items() if kept is not None}
            links.run()
            unlinked = {i: pair for i, pair in tasks.unlinked.items() if i not in links.wanted}
            # History is append-only: undo and redo record what they did as events of their own.
            rows.record_history(connection, tasks.now_before, tasks.now_after, now)
            return Restored(
                Change(
                    tasks.now_before,
                    tasks.now_after,
                    links.now_before | {i: pair[0] for i, pair in unlinked.items()},
                    links.now_after | {i: pair[1] for i, pair in unlinked.items()},
                ),
                tuple(tasks.kept) + tuple(links.kept),
                unlinked,
            )


class _Walk:
    """The rows of one table, taken from what a change left to what it should become."""

    def __init__(
        self,
        table: Table[Any],
        connection: Connection,
        now: datetime,
        left: Mapping[int, Any],
        wanted: Mapping[int, Any],
    ) -> None:
        self.table, self.connection, self.now = table, connection, now
        self.left, self.wanted = left, wanted
        self.groups = table.groups()
        self.kept: list[Kept] = []
        self.kept_rows: dict[int, Any] = {}  # rows kept whole (not deleted), by id
        self.kept_links: set[int] = set()  # tasks whose deletion was kept (for blocks)
        self.unlinked: dict[int, tuple[TimeBlock, TimeBlock]] = {}  # see Restored
        self.now_before: dict[int, Any] = {}
        self.now_after: dict[int, Any] = {}

    def run(self) -> None:
        ids = list(self.left.keys() | self.wanted.keys())
        current = rows.by_ids(self.table, self.connection, ids)
        for row_id in sorted(ids):
            self._step(row_id, current.get(row_id), self.left.get(row_id), self.wanted.get(row_id))

    def _step(self, row_id: int, current: Any, left: Any, wanted: Any) -> None:
        if left is None and wanted is None:
            return
        if left is None:  # bring a row back (undo of a delete, redo of an add)
            if current is None:
                wanted = self._linkable(wanted)
                rows.insert_rows(self.table, self.connection, [wanted])
                self._record(row_id, None, wanted)
            return
        if current is None:  # another program deleted it
            self.kept.append(Kept(self.table.name, row_id, _title(left), gone=True))
            return
        if wanted is None:  # remove a row (undo of an add, redo of a delete)
            changed = self._differing(current, left)
            if changed:
                self.kept.append(Kept(self.table.name, row_id, _title(current), changed))
                self.kept_rows[row_id] = current
                return
            if self.table is TASKS:
                for block in rows.linked_blocks(self.connection, [row_id]).values():
                    self.unlinked[block.id] = (block, block._replace(task_id=None))
            rows.delete_rows(self.table, self.connection, [row_id])
            self._record(row_id, current, None)
            return
        self._update(row_id, current, left, wanted)

    def _update(self, row_id: int, current: Any, left: Any, wanted: Any) -> None:
        writes: dict[str, Any] = {}
        kept: list[str] = []
        for group, attributes in self.groups.items():
            have, goal = _fields(current, attributes), _fields(wanted, attributes)
            was = _fields(left, attributes)
            if not self._holds(group, have, was):
                kept.append(group)  # changed elsewhere since: kept, and said
            elif goal == was or have == goal:
                continue  # the change did not touch it, or it is already there
            elif group == "task" and wanted.task_id is None and left.task_id in self.kept_links:
                continue  # the task it links to was kept: so is the link
            else:
                writes.update(zip(attributes, goal, strict=True))
        if kept:
            self.kept.append(Kept(self.table.name, row_id, _title(current), tuple(kept)))
        if not writes:
            return
        writes["updated"] = self.now if kept else wanted.updated
        writes = self._linkable_fields(writes)
        rows.update_row(self.table, self.connection, row_id, **writes)
        self._record(row_id, current, current._replace(**writes))

    def _differing(self, current: Any, left: Any) -> tuple[str, ...]:
        return tuple(
            group
            for group, attributes in self.groups.items()
            if not self._holds(group, _fields(current, attributes), _fields(left, attributes))
        )

    def _holds(self, group: str, have: tuple[Any, ...], expected: tuple[Any, ...]) -> bool:
        """The row holds what the change left there. A block whose task is gone holds no link
        (the file dropped it), which is what a link to that task has become."""
        if have == expected:
            return True
        if self.table is not BLOCKS or group != "task" or have != (None,):
            return False
        return not rows.by_ids(TASKS, self.connection, expected)

    def _linkable(self, row: Any) -> Any:
        """A block comes back unlinked if its task no longer exists (deleted elsewhere)."""
        if self.table is not BLOCKS or row.task_id is None:
            return row
        return row._replace(**self._linkable_fields({"task_id": row.task_id}))

    def _linkable_fields(self, writes: dict[str, Any]) -> dict[str, Any]:
        task_id = writes.get("task_id")
        if (
            self.table is BLOCKS
            and task_id is not None
            and not rows.by_ids(TASKS, self.connection, [task_id])
        ):
            writes = writes | {"task_id": None}
        return writes

    def _record(self, row_id: int, before: Any, after: Any) -> None:
        self.now_before[row_id] = before
        self.now_after[row_id] = after


def _fields(row: Any, attributes: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(getattr(row, attribute) for attribute in attributes)


def _title(row: Task | TimeBlock) -> str:
    return row.title
