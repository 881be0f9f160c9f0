"""Time-block operations: reading a week, creating, moving, resizing, editing and deleting.

Each public method is one user operation and one transaction, and reports a `Change`.
TaskService inherits these, so one service (one connection) serves both, and an operation on
tasks can report the blocks it touched (deleting a task unlinks its blocks).
"""

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.model.block import BlockDraft, BlockEdit, Slot, TimeBlock, check_span
from app.model.change import Change
from app.model.errors import InvalidInput
from app.model.parsing import parse_notes, parse_title
from app.model.reading import read_block_states, read_blocks, read_schedule
from app.model.records import BlockRecord, TaskRecord
from app.model.store import Store, naive_utc


class BlockOperations(Store):
    # -- reading ------------------------------------------------------------------------------

    def blocks(self, start: datetime, end: datetime) -> list[TimeBlock]:
        """The blocks overlapping [start, end), in order of their start."""
        with self._transaction(read_only=True) as session:
            return read_blocks(self._raw(session), start, end)

    def get_blocks(self, ids: Iterable[int]) -> dict[int, TimeBlock]:
        with self._transaction(read_only=True) as session:
            return read_block_states(self._raw(session), ids)

    def schedule(self, since: datetime) -> dict[int, list[Slot]]:
        """Each linked task's blocks that end after `since`, in order."""
        with self._transaction(read_only=True) as session:
            return read_schedule(self._raw(session), since)

    # -- operations ---------------------------------------------------------------------------

    def add_blocks(self, drafts: Sequence[BlockDraft]) -> Change:
        """Create blocks. A draft for a task with an empty title takes the task's title."""
        now = self._now()
        with self._transaction() as session:
            records = []
            for draft in drafts:
                check_span(draft.start, draft.end)
                title = draft.title
                if draft.task_id is not None:
                    task = self._task(session, draft.task_id)
                    title = title or task.title
                record = BlockRecord(
                    uid=str(uuid.uuid4()),
                    start_at=naive_utc(draft.start),
                    end_at=naive_utc(draft.end),
                    title=parse_title(title, "block"),
                    kind=draft.kind,
                    task_id=draft.task_id,
                    notes=parse_notes(draft.notes),
                    created_at=now,
                    updated_at=now,
                )
                session.add(record)
                records.append(record)
            session.flush()
            ids = [record.id for record in records]
            return Change(blocks_before=dict.fromkeys(ids), blocks_after=self._blocks(session, ids))

    def change_span(self, block_id: int, start: datetime, end: datetime) -> Change:
        """Move or resize a block."""
        check_span(start, end)
        with self._transaction() as session:
            record = self._block(session, block_id)
            new_start, new_end = naive_utc(start), naive_utc(end)
            if (record.start_at, record.end_at) == (new_start, new_end):
                return Change()
            before = self._blocks(session, [block_id])
            record.start_at, record.end_at = new_start, new_end  # type: ignore[assignment]
            record.updated_at = self._now()
            return Change(blocks_before=before, blocks_after=self._blocks(session, [block_id]))

    def edit_block(self, block_id: int, edit: BlockEdit) -> Change:
        values = {
            "title": parse_title(edit.title, "block"),
            "kind": edit.kind,
            "notes": parse_notes(edit.notes),
            "task_id": edit.task_id,
        }
        with self._transaction() as session:
            record = self._block(session, block_id)
            if edit.task_id is not None and edit.task_id != record.task_id:
                self._task(session, edit.task_id)
            if all(getattr(record, name) == value for name, value in values.items()):
                return Change()
            before = self._blocks(session, [block_id])
            for name, value in values.items():
                setattr(record, name, value)
            record.updated_at = self._now()
            return Change(blocks_before=before, blocks_after=self._blocks(session, [block_id]))

    def delete_blocks(self, ids: Iterable[int]) -> Change:
        with self._transaction() as session:
            before = self._blocks(session, ids)
            for first in range(0, len(before), 500):
                chunk = list(before)[first : first + 500]
                session.execute(delete(BlockRecord).where(BlockRecord.id.in_(chunk)))
            return Change(blocks_before=before, blocks_after=dict.fromkeys(before))

    # -- internals ----------------------------------------------------------------------------

    def _blocks(self, session: Session, ids: Iterable[int]) -> dict[int, TimeBlock]:
        session.flush()
        return read_block_states(self._raw(session), ids)

    @staticmethod
    def _block(session: Session, block_id: int) -> BlockRecord:
        record = session.get(BlockRecord, block_id)
        if record is None:
            raise InvalidInput(f"time block #{block_id} does not exist (it may have been deleted)")
        return record

    @staticmethod
    def _task(session: Session, task_id: int) -> TaskRecord:
        record = session.get(TaskRecord, task_id)
        if record is None:
            raise InvalidInput(f"task #{task_id} does not exist (it may have been deleted)")
        return record

    def _write_blocks(self, session: Session, states: Mapping[int, TimeBlock | None]) -> None:
        """Write blocks back exactly as given (None: must not exist); for undo and redo.

        A link to a task that no longer exists (another program deleted it) is dropped rather
        than refused, so undo still brings the time back.
        """
        gone = [block_id for block_id, state in states.items() if state is None]
        for first in range(0, len(gone), 500):
            session.execute(
                delete(BlockRecord).where(BlockRecord.id.in_(gone[first : first + 500]))
            )
        kept = {block_id: state for block_id, state in states.items() if state is not None}
        if not kept:
            return
        linked = {state.task_id for state in kept.values() if state.task_id is not None}
        existing = (
            set(session.scalars(select(TaskRecord.id).where(TaskRecord.id.in_(linked))))
            if linked
            else set()
        )
        for block_id, state in kept.items():
            record = session.get(BlockRecord, block_id)
            if record is None:
                record = BlockRecord(id=block_id)
                session.add(record)
            record.uid = state.uid
            record.start_at = naive_utc(state.start)  # type: ignore[assignment]
            record.end_at = naive_utc(state.end)  # type: ignore[assignment]
            record.title = state.title
            record.kind = state.kind
            record.task_id = state.task_id if state.task_id in existing else None
            record.notes = state.notes
            record.created_at = naive_utc(state.created)  # type: ignore[assignment]
            record.updated_at = naive_utc(state.updated)  # type: ignore[assignment]
