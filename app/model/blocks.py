"""BlockService: reading a week's time blocks, and creating, moving, resizing, editing and
deleting them; one transaction each, reporting what changed."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import Connection, insert, select

from app.model import rows
from app.model.block import BLOCK_MAX, BlockDraft, BlockEdit, Slot, TimeBlock, check_span
from app.model.change import Change
from app.model.datafile import DataFile
from app.model.errors import InvalidInput
from app.model.parsing import parse_notes, parse_title
from app.model.reading import read_schedule
from app.model.repeats import shown
from app.model.schema import BLOCKS, TASKS
from app.model.task import Task
from app.model.wording import QT_TRANSLATE_NOOP

_block = rows.sql(BLOCKS).c


class BlockService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    # -- reading ------------------------------------------------------------------------------

    def between(
        self, start: datetime, end: datetime, zone: tzinfo | None = None
    ) -> list[TimeBlock]:
        """The blocks overlapping [start, end), in order of their start, with the occurrences
        of repeating blocks (their wall time kept in `zone`; None: the local zone).

        Blocks last at most a day, so only those starting from a day before `start` can
        overlap; that keeps the query on the start index.
        """
        statement = (
            rows.selecting(BLOCKS)
            .where(
                _block.start_at >= start - BLOCK_MAX,
                _block.start_at < end,
                _block.end_at > start,
                _block.repeat.is_(None),
            )
            .order_by(_block.start_at, _block.id)
        )
        repeating = (
            rows.selecting(BLOCKS)
            .where(_block.repeat.is_not(None), _block.start_at < end)
            .order_by(_block.id)
        )
        with self._file.transaction(read_only=True) as connection:
            singles = rows.values(BLOCKS, connection, statement)
            series = rows.values(BLOCKS, connection, repeating)
            changed = connection.execute(
                select(_block.series_id, _block.recurrence_id).where(
                    _block.series_id.in_([one.id for one in series])
                )
            ).all()
        if series and zone is None:
            zone = _local_zone()
        return shown(singles, series, [(i, key) for i, key in changed], zone or UTC, start, end)

    def for_calendar(
        self, start: datetime, end: datetime, zone: tzinfo | None = None
    ) -> list[TimeBlock]:
        """What a calendar file of [start, end) holds: the single blocks there, and each
        repeating block with an occurrence there as its series (the rule and exceptions)
        followed by every occurrence of it changed on its own, wherever it went."""
        shown = self.between(start, end, zone)
        series_ids = sorted({b.series_id for b in shown if b.series_id is not None})
        singles = [b for b in shown if b.series_id is None]
        if not series_ids:
            return singles
        with self._file.transaction(read_only=True) as connection:
            series = [b for b in rows.by_ids(BLOCKS, connection, series_ids).values() if b.repeat]
            statement = (
                rows.selecting(BLOCKS)
                .where(_block.series_id.in_([b.id for b in series]))
                .order_by(_block.start_at, _block.id)
            )
            changed = rows.values(BLOCKS, connection, statement)
        return singles + series + changed

    def get(self, ids: Iterable[int]) -> dict[int, TimeBlock]:
        with self._file.transaction(read_only=True) as connection:
            return rows.by_ids(BLOCKS, connection, ids)

    def schedule(self, since: datetime, zone: tzinfo | None = None) -> dict[int, list[Slot]]:
        """Each linked task's blocks that end after `since`, in order (see
        `reading.read_schedule`: the same, over this connection)."""
        with self._file.transaction(read_only=True) as connection:
            return read_schedule(rows.driver(connection), since, zone or _local_zone())

    # -- operations ---------------------------------------------------------------------------

    def add(self, drafts: Sequence[BlockDraft]) -> Change:
        """Create blocks. A draft for a task with an empty title takes the task's title."""
        now = self._file.now()
        with self._file.transaction() as connection:
            linked = _tasks(connection, [d.task_id for d in drafts if d.task_id is not None])
            created: dict[int, TimeBlock | None] = {}
            for draft in drafts:
                check_span(draft.start, draft.end)
                title = draft.title
                if draft.task_id is not None:
                    title = title or linked[draft.task_id].title
                block = TimeBlock(
                    0, str(uuid.uuid4()), draft.start.astimezone(UTC), draft.end.astimezone(UTC),
                    parse_title(title, "block"),
                    draft.kind, draft.task_id, parse_notes(draft.notes), now, now,
                    repeat=draft.repeat,
                )  # fmt: skip
                params = rows.stored(BLOCKS, block._asdict())
                del params["id"]
                result = connection.execute(insert(rows.sql(BLOCKS)).values(params))
                (block_id,) = result.inserted_primary_key or (None,)
                assert isinstance(block_id, int)
                created[block_id] = block._replace(id=block_id)
            return Change(blocks_before=dict.fromkeys(created), blocks_after=created)

    def change_span(self, block_id: int, start: datetime, end: datetime) -> Change:
        """Move or resize a block."""
        check_span(start, end)
        with self._file.transaction() as connection:
            old = stored_block(connection, block_id)
            if (old.start, old.end) == (start, end):
                return Change()
            now = self._file.now()
            rows.update_row(BLOCKS, connection, block_id, start=start, end=end, updated=now)
            new = old._replace(start=start.astimezone(UTC), end=end.astimezone(UTC), updated=now)
            return Change(blocks_before={block_id: old}, blocks_after={block_id: new})

    def edit(self, block_id: int, edit: BlockEdit) -> Change:
        """Replace a block's title, kind, notes and linked task."""
        fields = edited_fields(edit)
        with self._file.transaction() as connection:
            old = stored_block(connection, block_id)
            if edit.task_id is not None and edit.task_id != old.task_id:
                _tasks(connection, [edit.task_id])
            if all(getattr(old, name) == value for name, value in fields.items()):
                return Change()
            now = self._file.now()
            rows.update_row(BLOCKS, connection, block_id, **fields, updated=now)
            new = old._replace(**fields, updated=now)
            return Change(blocks_before={block_id: old}, blocks_after={block_id: new})

    def delete(self, ids: Iterable[int]) -> Change:
        """Delete blocks; a repeating one goes with its occurrences changed on their own."""
        with self._file.transaction() as connection:
            before = rows.by_ids(BLOCKS, connection, ids)
            series = [block.id for block in before.values() if block.repeat is not None]
            if series:
                changed = rows.selecting(BLOCKS).where(_block.series_id.in_(series))
                before |= {block.id: block for block in rows.values(BLOCKS, connection, changed)}
            rows.delete_rows(BLOCKS, connection, before)
            return Change(blocks_before=before, blocks_after=dict.fromkeys(before))


def stored_block(connection: Connection, block_id: int) -> TimeBlock:
    """Block `block_id` as the file holds it; a clear message if it is gone."""
    found = rows.by_ids(BLOCKS, connection, [block_id])
    if not found:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "time block #{id} does not exist (it may have been deleted)"
            ),
            id=block_id,
        )
    return found[block_id]


def _tasks(connection: Connection, ids: Sequence[int]) -> dict[int, Task]:
    """The linked tasks, which must all exist."""
    found = rows.by_ids(TASKS, connection, ids)
    for task_id in ids:
        if task_id not in found:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "task #{id} does not exist (it may have been deleted)"),
                id=task_id,
            )
    return found


def _local_zone() -> tzinfo:
    from app.model.week import local_zone

    return local_zone()


def edited_fields(edit: BlockEdit) -> dict[str, Any]:
    """What an edit writes, checked: the block's title, kind, notes and linked task."""
    return {
        "title": parse_title(edit.title, "block"),
        "kind": edit.kind,
        "notes": parse_notes(edit.notes),
        "task_id": edit.task_id,
    }
