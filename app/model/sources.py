"""What the read-only builders (the printed plan, the weekly review) read: the reading methods
of the services, as protocols. `Services` has them all; `plan.FileSource` has the plan's over a
plain sqlite3 connection."""

from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import Protocol

from app.model.block import Slot, TimeBlock
from app.model.history import TaskEvent
from app.model.quadrant import Quadrant
from app.model.task import Task


class TaskReading(Protocol):
    def lanes(self, include_done: bool = False, quadrant: Quadrant | None = None) -> list[Task]:
        """Tasks of a lane in lane order."""
        ...

    def get(self, ids: Iterable[int]) -> dict[int, Task]:
        """Tasks by id, any status."""
        ...


class DoneReading(TaskReading, Protocol):
    def completed_between(self, start: datetime, end: datetime) -> list[Task]:
        """Tasks done now that were marked done in [start, end)."""
        ...


class BlockReading(Protocol):
    def between(
        self, start: datetime, end: datetime, zone: tzinfo | None = None
    ) -> list[TimeBlock]:
        """The blocks overlapping [start, end), in order of their start, with the occurrences
        of repeating blocks in `zone` (None: the local zone)."""
        ...

    def schedule(self, since: datetime, zone: tzinfo | None = None) -> dict[int, list[Slot]]:
        """Each linked task's blocks that end after `since`, in order (occurrences of repeating
        blocks in `zone`, None: the local zone)."""
        ...


class HistoryReading(Protocol):
    def of_tasks(self, task_ids: Iterable[int]) -> list[TaskEvent]:
        """Every event of these tasks, oldest first."""
        ...

    def between(self, start: datetime, end: datetime) -> list[TaskEvent]:
        """Every task's events in [start, end), oldest first."""
        ...

    def earliest(self) -> datetime | None:
        """When the history begins."""
        ...


class PlanSource(Protocol):
    """What a printed plan reads."""

    @property
    def tasks(self) -> TaskReading: ...

    @property
    def blocks(self) -> BlockReading: ...


class ReviewSource(Protocol):
    """What a weekly review reads."""

    @property
    def tasks(self) -> DoneReading: ...

    @property
    def blocks(self) -> BlockReading: ...

    @property
    def history(self) -> HistoryReading: ...
