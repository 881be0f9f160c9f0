"""DiskWatch: notices when another program (say `quadrant add` in a terminal) changed the data
file, and hands the fresh tasks to the views.

Every so often it asks the Board for the file's `data_version` — a few microseconds, and
unchanged by the window's own writes — and reads the tasks only when another program wrote.

Signals:
    tasksRead(list[Task]): the tasks as the file now holds them.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.model.errors import StorageError
from app.model.task import Task

POLL_MS = 1500


class DiskWatch(QObject):
    tasksRead = Signal(list)

    def __init__(
        self,
        data_version: Callable[[], int],
        read_tasks: Callable[[], list[Task]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_version = data_version
        self._read_tasks = read_tasks
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Read the tasks again if another program committed since the last look."""
        try:
            version = self._data_version()
            if version == self._version:
                return
            # The first look has nothing to compare with: read once, in case another program
            # wrote between the window's first read and now.
            self._version = version
            tasks = self._read_tasks()
        except StorageError:  # busy or gone for a moment: look again next time
            return
        self.tasksRead.emit(tasks)

    def stop(self) -> None:
        self._timer.stop()
