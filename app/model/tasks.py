"""TaskService: every user operation on tasks (and, inherited, on time blocks), one transaction
each, reporting what changed.

Order within a lane is an integer `position` with gaps, so placing a task between two others
writes one row; only when a gap is used up is the lane renumbered (and that is reported too, so
undo stays exact).
"""

import uuid
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session

from app.model.block import TimeBlock
from app.model.blocks import BlockOperations
from app.model.change import Change
from app.model.errors import InvalidInput
from app.model.parsing import parse_title
from app.model.quadrant import Quadrant, Status
from app.model.reading import read_lanes, read_linked_blocks, read_tasks
from app.model.records import TaskRecord
from app.model.store import naive_utc
from app.model.task import Task, TaskDraft, TaskEdit

POSITION_STEP = 1 << 16


class TaskService(BlockOperations):
    # -- reading ------------------------------------------------------------------------------

    def lanes(self, include_done: bool = False, quadrant: Quadrant | None = None) -> list[Task]:
        with self._transaction(read_only=True) as session:
            return read_lanes(self._raw(session), include_done, quadrant)

    def get(self, ids: Iterable[int]) -> dict[int, Task]:
        with self._transaction(read_only=True) as session:
            return read_tasks(self._raw(session), ids)

    def delegates(self) -> list[str]:
        """People tasks were delegated to, most recently used first."""
        with self._transaction(read_only=True) as session:
            rows = session.execute(
                select(TaskRecord.delegate)
                .where(TaskRecord.delegate.is_not(None))
                .group_by(TaskRecord.delegate)
                .order_by(func.max(TaskRecord.updated_at).desc())
            )
            return [name for (name,) in rows if name]

    # -- operations ---------------------------------------------------------------------------

    def add(self, drafts: Sequence[TaskDraft]) -> Change:
        """Create tasks at the end of their lanes, in the given order."""
        now = self._now()
        with self._transaction() as session:
            ends: dict[Quadrant, int] = {}
            rows = []
            for draft in drafts:
                if draft.quadrant not in ends:
                    ends[draft.quadrant] = self._last_position(session, draft.quadrant)
                ends[draft.quadrant] += POSITION_STEP
                rows.append(
                    {
                        "uid": str(uuid.uuid4()),
                        "title": parse_title(draft.title),
                        "notes": draft.notes,
                        "quadrant": draft.quadrant,
                        "position": ends[draft.quadrant],
                        "status": Status.OPEN,
                        "due": draft.due,
                        "estimate_minutes": draft.estimate,
                        "delegate": draft.delegate,
                        "follow_up": draft.follow_up,
                        "tags": list(draft.tags),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            if not rows:
                return Change()
            # One executemany (a pasted list can be thousands of tasks); SQLite cannot return
            # the new ids in order for that, so they are looked up by uid afterwards.
            session.execute(insert(TaskRecord), rows)
            uids = [str(row["uid"]) for row in rows]
            id_of: dict[str, int] = {}
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                found = session.execute(
                    select(TaskRecord.uid, TaskRecord.id).where(TaskRecord.uid.in_(chunk))
                )
                id_of.update((uid, task_id) for uid, task_id in found)
            ids = [id_of[uid] for uid in uids]
            after = self._snapshot(session, ids)
            return Change(before=dict.fromkeys(ids), after=after)

    def move(self, ids: Sequence[int], quadrant: Quadrant, before_id: int | None = None) -> Change:
        """Put the tasks, in the given order, into `quadrant` just before `before_id`.

        None, or a task that is not in `quadrant`, means at the end. When `before_id` is one of
        the moved tasks, they go where it is now: before the next task that is not moved.
        """
        with self._transaction() as session:
            moving = list(dict.fromkeys(ids))
            records = {r.id: r for r in self._records(session, moving)}
            moving = [i for i in moving if i in records]
            if not moving:
                return Change()
            lo, hi = self._gap(session, quadrant, before_id, moving)
            if self._already_there(records, moving, quadrant, lo, hi):
                return Change()
            before = self._snapshot(session, moving)
            slots = self._slots(lo, hi, len(moving))
            if slots is None:
                before |= self._renumber(session, quadrant, before_id, moving)
                lo, hi = self._gap(session, quadrant, before_id, moving)
                slots = self._slots(lo, hi, len(moving))
                assert slots is not None
            now = self._now()
            for task_id, position in zip(moving, slots, strict=True):
                record = records[task_id]
                record.quadrant, record.position, record.updated_at = quadrant, position, now
            return self._change(session, before)

    def set_done(self, ids: Iterable[int], done: bool) -> Change:
        """Mark tasks done (they keep their lane and place) or open again."""
        status = Status.DONE if done else Status.OPEN
        with self._transaction() as session:
            records = [r for r in self._records(session, ids) if r.status != status]
            if not records:
                return Change()
            before = self._snapshot(session, [r.id for r in records])
            now = self._now()
            for record in records:
                record.status = status
                record.completed_at = now if done else None
                record.updated_at = now
            return self._change(session, before)

    def delete(self, ids: Iterable[int]) -> Change:
        """Delete tasks. Their blocks stay in the calendar, no longer linked."""
        with self._transaction() as session:
            before = self._snapshot(session, ids)
            blocks = read_linked_blocks(self._raw(session), before)
            self._delete(session, list(before))
            return Change(
                before=before,
                after=dict.fromkeys(before),
                blocks_before=blocks,
                blocks_after=self._blocks(session, blocks),
            )

    def edit(self, task_id: int, edit: TaskEdit) -> Change:
        """Replace a task's editable fields with `edit` (already parsed)."""
        title = parse_title(edit.title)
        with self._transaction() as session:
            record = session.get(TaskRecord, task_id)
            if record is None:
                raise InvalidInput(f"task #{task_id} does not exist (it may have been deleted)")
            values = {
                "title": title,
                "notes": edit.notes,
                "due": edit.due,
                "estimate_minutes": edit.estimate,
                "delegate": edit.delegate,
                "follow_up": edit.follow_up,
                "tags": list(edit.tags),
            }
            if all(getattr(record, name) == value for name, value in values.items()):
                return Change()
            before = self._snapshot(session, [task_id])
            renamed = self._rename_blocks(session, task_id, record.title, title)
            for name, value in values.items():
                setattr(record, name, value)
            record.updated_at = self._now()
            change = self._change(session, before)
            return Change(change.before, change.after, renamed, self._blocks(session, renamed))

    def restore(
        self,
        states: Mapping[int, Task | None],
        block_states: Mapping[int, TimeBlock | None] | None = None,
    ) -> Change:
        """Write tasks and blocks back exactly as given (None: must not exist). For undo/redo."""
        block_states = block_states or {}
        with self._transaction() as session:
            blocks_before: dict[int, TimeBlock | None] = dict.fromkeys(block_states)
            blocks_before.update(self._blocks(session, block_states))
            before: dict[int, Task | None] = dict.fromkeys(states)
            before.update(self._snapshot(session, states))
            gone = [task_id for task_id, state in states.items() if state is None]
            self._delete(session, gone)
            kept = [task_id for task_id, state in states.items() if state is not None]
            records = {record.id: record for record in self._records(session, kept)}
            for task_id, state in states.items():
                if state is None:
                    continue
                record = records.get(task_id)
                if record is None:
                    record = TaskRecord(id=task_id)
                    session.add(record)
                _copy_into(record, state)
            after: dict[int, Task | None] = dict.fromkeys(states)
            after.update(self._snapshot(session, states))
            session.flush()  # the tasks first: blocks link to them
            self._write_blocks(session, block_states)
            blocks_after: dict[int, TimeBlock | None] = dict.fromkeys(block_states)
            blocks_after.update(self._blocks(session, block_states))
            return Change(before, after, blocks_before, blocks_after)

    # -- internals ----------------------------------------------------------------------------

    def _snapshot(self, session: Session, ids: Iterable[int]) -> dict[int, Task]:
        session.flush()
        return read_tasks(self._raw(session), ids)

    def _change(self, session: Session, before: dict[int, Task]) -> Change:
        return Change(before=before, after=self._snapshot(session, before))

    @staticmethod
    def _delete(session: Session, ids: list[int]) -> None:
        for start in range(0, len(ids), 500):  # one statement a chunk, not one a task
            session.execute(delete(TaskRecord).where(TaskRecord.id.in_(ids[start : start + 500])))

    @staticmethod
    def _records(session: Session, ids: Iterable[int]) -> list[TaskRecord]:
        wanted = list(ids)
        records: list[TaskRecord] = []
        for start in range(0, len(wanted), 500):  # SQLite limits the parameters of a statement
            chunk = wanted[start : start + 500]
            records.extend(session.scalars(select(TaskRecord).where(TaskRecord.id.in_(chunk))))
        return records

    def _rename_blocks(
        self, session: Session, task_id: int, old: str, new: str
    ) -> dict[int, TimeBlock]:
        """Blocks that carry the task's title follow its new title; the states before."""
        if old == new:
            return {}
        linked = read_linked_blocks(self._raw(session), [task_id])
        before = {i: block for i, block in linked.items() if block.title == old}
        for block_id in before:
            self._block(session, block_id).title = new
        return before

    @staticmethod
    def _last_position(session: Session, quadrant: Quadrant) -> int:
        last = session.scalar(
            select(func.max(TaskRecord.position)).where(TaskRecord.quadrant == quadrant)
        )
        return last or 0

    @staticmethod
    def _gap(
        session: Session, quadrant: Quadrant, before_id: int | None, moving: list[int]
    ) -> tuple[int | None, int | None]:
        """The positions of the lane neighbours the moving tasks go between (None: lane edge)."""
        others = (TaskRecord.quadrant == quadrant) & TaskRecord.id.not_in(moving)
        anchor = session.get(TaskRecord, before_id) if before_id is not None else None
        if anchor is None or anchor.quadrant != quadrant:
            return session.scalar(select(func.max(TaskRecord.position)).where(others)), None
        if anchor.id in moving:  # "before one of the moved tasks": before the next task that stays
            anchor = session.scalars(
                select(TaskRecord)
                .where(others, _sorts_after(anchor))
                .order_by(TaskRecord.position, TaskRecord.id)
                .limit(1)
            ).first()
            if anchor is None:
                return session.scalar(select(func.max(TaskRecord.position)).where(others)), None
        # The neighbour in lane order, (position, id), not by position alone: a neighbour with
        # the same position (restore can write one) leaves no gap, so the lane is renumbered.
        lo = session.scalar(
            select(TaskRecord.position)
            .where(others, ~_sorts_after(anchor), TaskRecord.id != anchor.id)
            .order_by(TaskRecord.position.desc(), TaskRecord.id.desc())
            .limit(1)
        )
        return lo, anchor.position

    @staticmethod
    def _already_there(
        records: Mapping[int, TaskRecord],
        moving: list[int],
        quadrant: Quadrant,
        lo: int | None,
        hi: int | None,
    ) -> bool:
        """True when the tasks already sit in that order in that gap: a move changes nothing."""
        placed = [records[i] for i in moving]
        if any(r.quadrant != quadrant for r in placed):
            return False
        keys = [(r.position, r.id) for r in placed]
        in_gap = all((lo is None or p > lo) and (hi is None or p < hi) for p, _ in keys)
        return in_gap and keys == sorted(keys)

    @staticmethod
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
        self, session: Session, quadrant: Quadrant, before_id: int | None, moving: list[int]
    ) -> dict[int, Task]:
        """Spread the lane's other tasks out again, leaving their order as it was."""
        lane = list(
            session.scalars(
                select(TaskRecord)
                .where(TaskRecord.quadrant == quadrant, TaskRecord.id.not_in(moving))
                .order_by(TaskRecord.position, TaskRecord.id)
            )
        )
        before = self._snapshot(session, [r.id for r in lane])
        for index, record in enumerate(lane):
            record.position = (index + 1) * POSITION_STEP * 2
        session.flush()
        return before


def _sorts_after(anchor: TaskRecord) -> ColumnElement[bool]:
    """Tasks after `anchor` in lane order."""
    return (TaskRecord.position > anchor.position) | (
        (TaskRecord.position == anchor.position) & (TaskRecord.id > anchor.id)
    )


def _copy_into(record: TaskRecord, task: Task) -> None:
    record.uid = task.uid
    record.title = task.title
    record.notes = task.notes
    record.quadrant = task.quadrant
    record.position = task.position
    record.status = task.status
    record.due = task.due
    record.estimate_minutes = task.estimate
    record.delegate = task.delegate
    record.follow_up = task.follow_up
    record.tags = list(task.tags)
    record.created_at = naive_utc(task.created)  # type: ignore[assignment]
    record.updated_at = naive_utc(task.updated)  # type: ignore[assignment]
    record.completed_at = naive_utc(task.completed)
