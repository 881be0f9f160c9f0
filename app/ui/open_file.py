"""OpenFile: notices when the data file the window has open is no longer at the data path.

A terminal command that finds the file damaged moves it aside (`quadrant.sqlite3.damaged-…`)
and puts a recovered file in its place; the window's connection would go on writing, without
an error, into the file that was moved aside. OpenFile remembers which file (device and inode)
was at the data path when the window opened it, and compares at every tick and before every
write (the Board asks). Once the file is gone, the window stops writing for good: a restart
opens the file now at the data path.

Signals:
    movedAway(str): the file was moved or replaced; the message says so in words (once).
"""

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.translation import translate

POLL_MS = 1500


def identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class OpenFile(QObject):
    movedAway = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._identity = identity(path)
        self._problem: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.problem)
        self._timer.start()

    def problem(self) -> str | None:
        """Why the window must not write any more, or None while the file is still in place."""
        if self._problem is None and identity(self._path) != self._identity:
            self._problem = translate(
                "DataFile",
                "The data file {path} was moved away or replaced by another program while this "
                "window had it open (a Quadrant command sets a damaged file aside). This window "
                "no longer saves, so nothing goes into the old file; what you typed is kept on "
                "screen. Quit and start Quadrant again to open the file now in place.",
            ).format(path=self._path)
            self._timer.stop()
            self.movedAway.emit(self._problem)
        return self._problem

    def stop(self) -> None:
        self._timer.stop()
