"""HistoryService: reading the task history (see `history`); the task service and undo write
it, in the transaction of the change it records."""

from collections.abc import Iterable
from datetime import datetime

from app.model import rows
from app.model.datafile import DataFile
from app.model.history import TaskEvent, read_earliest, read_events, read_history


class HistoryService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    def of_tasks(self, task_ids: Iterable[int]) -> list[TaskEvent]:
        """Every event of these tasks, oldest first."""
        with self._file.transaction(read_only=True) as connection:
            return read_history(rows.driver(connection), task_ids)

    def between(self, start: datetime, end: datetime) -> list[TaskEvent]:
        """Every task's events in [start, end), oldest first."""
        with self._file.transaction(read_only=True) as connection:
            return read_events(rows.driver(connection), start, end)

    def earliest(self) -> datetime | None:
        """When the history begins (None: nothing recorded yet)."""
        with self._file.transaction(read_only=True) as connection:
            return read_earliest(rows.driver(connection))
