"""TaskService: every user operation on tasks, one transaction each, reporting what changed.

Order within a lane is an integer `position` with gaps, so placing a task between two others
writes one row; only when a gap is used up is the lane renumbered (and that is reported too, so
undo stays exact). Each operation reads the rows it changes once and works out their new state
itself.
"""

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select

from app.model import rows
from app.model.block import TimeBlock
from app.model.capture import POSITION_STEP, insert_tasks
from app.model.change import Change
from app.model.datafile import DataFile
from app.model.errors import InvalidInput, StorageError
from app.model.parsing import parse_title
from app.model.quadrant import Quadrant, Status
from app.model.schema import BLOCKS, TASKS
from app.model.task import Task, TaskDraft, TaskEdit
from app.model.task_repeats import next_due
from app.model.week import local_zone
from app.model.wording import QT_TRANSLATE_NOOP

_task = rows.sql(TASKS).c
_block = rows.sql(BLOCKS).c


class TaskService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    # -- reading ------------------------------------------------------------------------------

    def lanes(
        self,
        include_done: bool = False,
        quadrant: Quadrant | None = None,
        set_aside: list[StorageError] | None = None,
    ) -> list[Task]:
        """Tasks in lane order (Inbox to Eliminate, then position): the open ones, and the done
        ones too if include_done; rows that cannot be read go to `set_aside` if it is given."""
        statuses = [Status.OPEN, Status.DONE] if include_done else [Status.OPEN]
        found: list[Task] = []
        with self._file.transaction(read_only=True) as connection:
            for lane in list(Quadrant) if quadrant is None else [quadrant]:
                statement = (
                    rows.selecting(TASKS)
                    .where(_task.status.in_(statuses), _task.quadrant == lane)
                    .order_by(_task.position, _task.id)
                )
                found.extend(rows.values(TASKS, connection, statement, set_aside))
        return found

    def get(self, ids: Iterable[int]) -> dict[int, Task]:
        with self._file.transaction(read_only=True) as connection:
            return rows.by_ids(TASKS, connection, ids)

    def completed_between(self, start: datetime, end: datetime) -> list[Task]:
        """Tasks done now that were marked done in [start, end), in the order they were done."""
        statement = (
            rows.selecting(TASKS)
            .where(
                _task.status == Status.DONE,
                _task.completed_at >= start,
                _task.completed_at < end,
            )
            .order_by(_task.completed_at, _task.id)
        )
        with self._file.transaction(read_only=True) as connection:
            return rows.values(TASKS, connection, statement)

    def delegates(self) -> list[str]:
        """People tasks were delegated to, most recently used first."""
        with self._file.transaction(read_only=True) as connection:
            found = connection.execute(
                select(_task.delegate)
                .where(_task.delegate.is_not(None))
                .group_by(_task.delegate)
                .order_by(func.max(_task.updated_at).desc())
            )
            return [name for (name,) in found if name]

    # -- operations ---------------------------------------------------------------------------

    def add(self, drafts: Sequence[TaskDraft]) -> Change:
        """Create tasks at the end of their lanes, in the given order (see `capture`)."""
        if not drafts:
            return Change()
        now = self._file.now()
        with self._file.transaction() as connection:
            created = {task.id: task for task in insert_tasks(rows.driver(connection), drafts, now)}
            return Change(before=dict.fromkeys(created), after=created)

    def move(self, ids: Sequence[int], quadrant: Quadrant, before_id: int | None = None) -> Change:
        """Put the tasks, in the given order, into `quadrant` just before `before_id`.

        None, or a task that is not in `quadrant`, means at the end. When `before_id` is one of
        the moved tasks, they go where it is now: before the next task that is not moved.
        """
        with self._file.transaction() as connection:
            before = rows.by_ids(TASKS, connection, ids)
            moving = list(before)
            if not moving:
                return Change()
            lo, hi = _gap(connection, quadrant, before_id, moving)
            if _already_there(before, quadrant, lo, hi):
                return Change()
            after: dict[int, Task] = {}
            slots = _slots(lo, hi, len(moving))
            now = self._file.now()
            if slots is None:
                renumbered = _renumber(connection, quadrant, moving)
                before |= {task.id: old for task, old in renumbered}
                after |= {task.id: task for task, _old in renumbered}
                lo, hi = _gap(connection, quadrant, before_id, moving)
                slots = _slots(lo, hi, len(moving))
                assert slots is not None
            for task_id, position in zip(moving, slots, strict=True):
                after[task_id] = before[task_id]._replace(
                    quadrant=quadrant, position=position, updated=now
                )
                rows.update_row(
                    TASKS, connection, task_id, quadrant=quadrant, position=position, updated=now
                )
            rows.record_history(connection, before, after, now)
            return Change(before=before, after=after)

    def set_done(self, ids: Iterable[int], done: bool) -> Change:
        """Mark tasks done (they keep their lane and place) or open again. A repeating task
        done makes its next occurrence, at the end of the same lane (one, however often it is
        done: not if that occurrence is there already)."""
        status = Status.DONE if done else Status.OPEN
        with self._file.transaction() as connection:
            found = rows.by_ids(TASKS, connection, ids)
            before = {i: task for i, task in found.items() if task.status is not status}
            now = self._file.now()
            after = {}
            for task_id, task in before.items():
                completed = now if done else None
                after[task_id] = task._replace(status=status, completed=completed, updated=now)
                rows.update_row(
                    TASKS, connection, task_id, status=status, completed=completed, updated=now
                )
            following = _next_occurrences(connection, after.values(), now) if done else []
            rows.record_history(connection, before, after, now)
            change = Change(before=before, after=after)
            for task in following:  # insert_tasks recorded their creation
                change = change.then(Change(before={task.id: None}, after={task.id: task}))
            return change

    def delete(self, ids: Iterable[int]) -> Change:
        """Delete tasks. Their blocks stay in the calendar, no longer linked."""
        with self._file.transaction() as connection:
            before = rows.by_ids(TASKS, connection, ids)
            linked = rows.linked_blocks(connection, before)
            rows.delete_rows(TASKS, connection, before)  # the file unlinks the blocks
            rows.record_history(connection, before, dict.fromkeys(before), self._file.now())
            return Change(
                before=before,
                after=dict.fromkeys(before),
                blocks_before=linked,
                blocks_after={i: block._replace(task_id=None) for i, block in linked.items()},
            )

    def edit(self, task_id: int, edit: TaskEdit) -> Change:
        """Replace a task's editable fields with `edit` (already parsed). Blocks that carry the
        task's old title follow the new one."""
        title = parse_title(edit.title)
        with self._file.transaction() as connection:
            found = rows.by_ids(TASKS, connection, [task_id])
            if not found:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "task #{id} does not exist (it may have been deleted)"
                    ),
                    id=task_id,
                )
            old = found[task_id]
            fields: dict[str, Any] = {
                "title": title,
                "notes": edit.notes,
                "due": edit.due,
                "estimate": edit.estimate,
                "delegate": edit.delegate,
                "follow_up": edit.follow_up,
                "tags": tuple(edit.tags),
                **({"repeat": edit.repeat} if edit.sets_repeat else {}),
            }
            if all(getattr(old, name) == value for name, value in fields.items()):
                return Change()
            now = self._file.now()
            rows.update_row(TASKS, connection, task_id, **fields, updated=now)
            renamed: dict[int, TimeBlock] = {}
            if old.title != title:
                renamed = {
                    i: block
                    for i, block in rows.linked_blocks(connection, [task_id]).items()
                    if block.title == old.title
                }
                for block_id in renamed:
                    rows.update_row(BLOCKS, connection, block_id, title=title, updated=now)
            return Change(
                before={task_id: old},
                after={task_id: old._replace(**fields, updated=now)},
                blocks_before=renamed,
                blocks_after={
                    i: block._replace(title=title, updated=now) for i, block in renamed.items()
                },
            )


# -- lane order ---------------------------------------------------------------------------------


def _gap(
    connection: Connection, quadrant: Quadrant, before_id: int | None, moving: list[int]
) -> tuple[int | None, int | None]:
    """The positions of the lane neighbours the moving tasks go between (None: lane edge)."""
    others = (_task.quadrant == quadrant) & _task.id.not_in(moving)
    last = select(func.max(_task.position)).where(others)
    anchor = None
    if before_id is not None:
        anchor = connection.execute(
            select(_task.id, _task.position).where(
                _task.id == before_id, _task.quadrant == quadrant
            )
        ).first()
    if anchor is None:
        return connection.scalar(last), None
    if anchor.id in moving:  # "before one of the moved tasks": before the next task that stays
        anchor = connection.execute(
            select(_task.id, _task.position)
            .where(others, _sorts_after(anchor.id, anchor.position))
            .order_by(_task.position, _task.id)
            .limit(1)
        ).first()
        if anchor is None:
            return connection.scalar(last), None
    # The neighbour in lane order, (position, id), not by position alone: a neighbour with
    # the same position (restore can write one) leaves no gap, so the lane is renumbered.
    lo = connection.scalar(
        select(_task.position)
        .where(others, ~_sorts_after(anchor.id, anchor.position), _task.id != anchor.id)
        .order_by(_task.position.desc(), _task.id.desc())
        .limit(1)
    )
    return lo, anchor.position


def _sorts_after(task_id: int, position: int) -> ColumnElement[bool]:
    """Tasks after the one at (position, task_id) in lane order."""
    return (_task.position > position) | ((_task.position == position) & (_task.id > task_id))


def _already_there(
    tasks: dict[int, Task], quadrant: Quadrant, lo: int | None, hi: int | None
) -> bool:
    """True when the tasks already sit in that order in that gap: a move changes nothing."""
    if any(task.quadrant is not quadrant for task in tasks.values()):
        return False
    keys = [task.sort_key for task in tasks.values()]
    in_gap = all((lo is None or p > lo) and (hi is None or p < hi) for p, _ in keys)
    return in_gap and keys == sorted(keys)


def _slots(lo: int | None, hi: int | None, count: int) -> list[int] | None:
    if hi is None:
        start = lo or 0
        return [start + POSITION_STEP * (k + 1) for k in range(count)]
    if lo is None:
        return [hi - POSITION_STEP * (count - k) for k in range(count)]
    step = (hi - lo) // (count + 1)
    if step < 1:
        return None
    return [lo + step * (k + 1) for k in range(count)]


def _renumber(
    connection: Connection, quadrant: Quadrant, moving: list[int]
) -> list[tuple[Task, Task]]:
    """Spread the lane's other tasks out again, leaving their order as it was; (new, old)."""
    statement = (
        rows.selecting(TASKS)
        .where(_task.quadrant == quadrant, _task.id.not_in(moving))
        .order_by(_task.position, _task.id)
    )
    lane = rows.values(TASKS, connection, statement)
    renumbered = []
    for index, task in enumerate(lane):
        position = (index + 1) * POSITION_STEP * 2
        rows.update_row(TASKS, connection, task.id, position=position)
        renumbered.append((task._replace(position=position), task))
    return renumbered


def _next_occurrences(connection: Connection, done: Iterable[Task], now: datetime) -> list[Task]:
    """The next occurrence of each repeating task just done, unless it is there already."""
    drafts = []
    today = now.astimezone(local_zone()).date()
    for task in done:
        if task.repeat is None:
            continue
        due = next_due(task.repeat, task.due, today)
        there = rows.selecting(TASKS).where(
            _task.status == Status.OPEN, _task.quadrant == task.quadrant,
            _task.title == task.title, _task.repeat == task.repeat, _task.due == due,
        )  # fmt: skip
        if rows.values(TASKS, connection, there):
            continue
        drafts.append(
            TaskDraft(
                task.title,
                task.quadrant,
                task.notes,
                due,
                task.estimate,
                task.delegate,
                None,
                task.tags,
                task.repeat,
            )
        )
    return insert_tasks(rows.driver(connection), drafts, now) if drafts else []
