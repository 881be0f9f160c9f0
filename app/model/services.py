"""Services: the sibling services over one open data file, as the window and the CLI use them.

services = Services.open(path)
change = services.tasks.add([TaskDraft("Plan the offsite")])
services.undo.undo(change)
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from app.model.blocks import BlockService
from app.model.calendar_service import CalendarImportService
from app.model.database import BUSY_TIMEOUT_SECONDS
from app.model.datafile import Clock, DataFile, utc_now
from app.model.delegation import DelegationService
from app.model.history_service import HistoryService
from app.model.series import SeriesService
from app.model.tasks import TaskService
from app.model.undo import UndoService


@dataclass(frozen=True)
class Services:
    file: DataFile
    tasks: TaskService = field(init=False)
    blocks: BlockService = field(init=False)
    undo: UndoService = field(init=False)
    history: HistoryService = field(init=False)
    calendar: CalendarImportService = field(init=False)
    delegation: DelegationService = field(init=False)
    series: SeriesService = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tasks", TaskService(self.file))
        object.__setattr__(self, "blocks", BlockService(self.file))
        object.__setattr__(self, "undo", UndoService(self.file))
        object.__setattr__(self, "history", HistoryService(self.file))
        object.__setattr__(self, "calendar", CalendarImportService(self.file))
        object.__setattr__(self, "delegation", DelegationService(self.file))
        object.__setattr__(self, "series", SeriesService(self.file))

    @classmethod
    def open(
        cls, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, clock: Clock = utc_now
    ) -> Self:
        """The services on a data file already prepared by `database.open_database`."""
        return cls(DataFile.open(path, busy_timeout, clock))

    def close(self) -> None:
        self.file.close()
