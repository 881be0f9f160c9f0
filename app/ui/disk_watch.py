"""DiskWatch: notices when another program (say `quadrant add` in a terminal) changed the data
file, and hands the fresh tasks to the views.

Every so often it asks the Board for the file's `data_version` — a few microseconds, and
unchanged by the window's own writes — and reads the tasks only when another program wrote.
A long write of the window's own goes through a connection of its own (an import, see
`write_queue`): the watch pauses while the Board's writes wait (`paused`), and takes the file as
seen once that write is in (`written_here`), so the window does not read it all again. (Another
program's commit in the instant between the two is then seen with its next change.)

Signals:
    tasksRead(list[Task]): the tasks as the file now holds them.
"""

import sqlite3
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer, Signal

from app.model.errors import StorageError
from app.model.task import Task

POLL_MS = 1500
_LOOKING = -1  # a data_version SQLite never gives


class FirstRead:
    """The connection the window's tasks were first read through, kept until the watch's first
    look: SQLite's data_version on it tells whether anybody wrote since."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection: sqlite3.Connection | None = connection
        self._version = self._data_version()

    def _data_version(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def unchanged(self) -> bool:
        """True if nobody wrote since the first read; asked once, then the connection closes."""
        try:
            return self._connection is not None and self._data_version() == self._version
        except sqlite3.Error:
            return False
        finally:
            self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class DiskWatch(QObject):
    tasksRead = Signal(list)

    def __init__(
        self,
        data_version: Callable[[], int],
        read_tasks: Callable[[], list[Task]],
        first_read: FirstRead | None,
        parent: QObject | None = None,
        paused: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._paused = paused
        self._data_version = data_version
        self._read_tasks = read_tasks
        self._first_read = first_read
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def first_look(self) -> None:
        """Start watching: read once if anybody wrote since the window's first read.

        Call it when the service opens, before the window writes anything itself; from then
        on the service's data_version tells other programs' writes from the window's own.
        """
        if self._version is not None:
            return
        self._version = _LOOKING  # opening the service (below) may call this again
        try:
            # The service's number first, then the first read's verdict: a write between the
            # two is then read now or at the next tick, never missed.
            version = self._data_version()
            unchanged = self._first_read is not None and self._first_read.unchanged()
            self._version = version
            if unchanged:
                return
            tasks = self._read_tasks()
        except StorageError:
            self._version = None  # try again at the next tick
            return
        self.tasksRead.emit(tasks)

    def check(self) -> None:
        """Read the tasks again if another program committed since the last look."""
        if self._version is None:
            self.first_look()
            return
        if self._paused():
            return
        try:
            version = self._data_version()
            if version == self._version:
                return
            self._version = version
            tasks = self._read_tasks()
        except StorageError:  # busy or gone for a moment: look again next time
            return
        self.tasksRead.emit(tasks)

    def written_here(self) -> None:
        """The window's own write went through another connection: take the file as seen."""
        if self._version in (None, _LOOKING):
            return
        with suppress(StorageError):  # then the next look reads the tasks once more
            self._version = self._data_version()

    def stop(self) -> None:
        self._timer.stop()
        if self._first_read is not None:
            self._first_read.close()
