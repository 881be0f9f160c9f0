"""DiskWatch: notices when another program (say `quadrant add` in a terminal) changed the data
file, and hands the fresh tasks to the views.

It asks SQLite's `PRAGMA data_version` on a connection of its own every so often — a few
microseconds — and reads the tasks only when that number moved.

Signals:
    tasksRead(list[Task]): the tasks as the file now holds them (open ones, plus done ones when
        `include_done()` says so).
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.model.database import connect
from app.model.reading import read_lanes

POLL_MS = 1500


class DiskWatch(QObject):
    tasksRead = Signal(list)

    def __init__(
        self, path: Path, include_done: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._connection = connect(path, busy_timeout=0.2)
        self._include_done = include_done
        self._version = self._data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def check(self) -> None:
        """Read the tasks again if anything was committed since the last look."""
        try:
            version = self._data_version()
            if version == self._version:
                return
            self._version = version
            tasks = read_lanes(self._connection, self._include_done())
        except Exception:  # a busy or vanished file: look again next time
            return
        self.tasksRead.emit(tasks)

    def stop(self) -> None:
        self._timer.stop()
        self._connection.close()
