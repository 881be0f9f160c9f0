"""PageCheck: reads every page of the data file in the background, after the window is up.

Damage the start-up reads did not touch (old history, say) is found within a second or so
without making every start wait for it. SQLite does the reading outside Python's lock, so
it runs beside the window rather than in its way.

Signals:
    damageFound(str): what is wrong; the file is marked so the next start moves it aside.
"""

import threading
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.model.database import find_damage, mark_damaged


class PageCheck(QObject):
    damageFound = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path

    def start(self) -> None:
        threading.Thread(target=self._run, name="page-check", daemon=True).start()

    def _run(self) -> None:
        problem = find_damage(self._path)
        if problem is None:
            return
        mark_damaged(self._path)
        with suppress(RuntimeError):  # the window may have closed meanwhile
            self.damageFound.emit(problem)  # queued to the window's thread
