"""Schedule: when each task has time blocked for it, for the "Tue 09:00" on its card.

Kept up to date from block changes as they happen, so cards never wait for the database.

Signals:
    changed(set[int]): these tasks' slots changed (repaint their cards).
    outdated(): a repeating block changed: read the schedule again.
"""

from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.model.block import Slot, TimeBlock, next_slot

if TYPE_CHECKING:
    from app.ui.board import Board


class Schedule(QObject):
    changed = Signal(object)
    outdated = Signal()

    def __init__(self, slots: Mapping[int, list[Slot]] | None = None) -> None:
        super().__init__()
        self._slots: dict[int, list[Slot]] = {}
        self._task_of: dict[int, int] = {}  # block id → the task it is linked to
        self.reset(slots or {})

    def reset(self, slots: Mapping[int, list[Slot]]) -> None:
        touched = set(self._slots) | set(slots)
        self._slots = {task_id: sorted(found) for task_id, found in slots.items()}
        self._task_of = {slot.block_id: task_id for task_id, s in slots.items() for slot in s}
        if touched:
            self.changed.emit(touched)

    def reload(self, board: "Board", since: datetime, zone: tzinfo | None = None) -> None:
        """Read the slots from `since` on again (another program changed the file)."""
        slots = board.read(lambda services: services.blocks.schedule(since, zone))
        if slots is not None:
            self.reset(slots)

    def next_for(self, task_id: int, now: datetime) -> tuple[Slot, int] | None:
        """The slot to show on the task's card and how many more are to come (see next_slot)."""
        return next_slot(self._slots.get(task_id, []), now)

    def apply(self, states: Mapping[int, TimeBlock | None]) -> None:
        """Take in the new states of some blocks (a repeating one: `outdated`, to be read
        again; its occurrences are worked out when read)."""
        repeating = any(slot.block_id < 0 for slots in self._slots.values() for slot in slots)
        if any(
            (block is None and repeating)
            or (block is not None and (block.repeat or block.series_id))
            for block in states.values()
        ):
            self.outdated.emit()
            return
        touched: set[int] = set()
        for block_id, block in states.items():
            old_task = self._task_of.pop(block_id, None)
            if old_task is not None:
                self._slots[old_task] = [s for s in self._slots[old_task] if s.block_id != block_id]
                touched.add(old_task)
            if block is not None and block.task_id is not None:
                self._task_of[block_id] = block.task_id
                slots = self._slots.setdefault(block.task_id, [])
                slots.append(Slot(block.start, block.end, block_id))
                slots.sort()
                touched.add(block.task_id)
        if touched:
            self.changed.emit(touched)
