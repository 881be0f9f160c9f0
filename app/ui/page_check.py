"""PageCheck: reads every page of the data file in the background, after the window is up.

Damage the start-up reads did not touch (old history, say) is found within a second or so
without making every start wait for it. SQLite does the reading outside Python's lock, so
it runs beside the window rather than in its way.

It also looks for tasks no lane can show because their quadrant or status is one Quadrant does
not know (set by hand or by another tool), so they are not silently missing.

Signals:
    damageFound(str): what is wrong; the file is marked so the next start moves it aside.
    rowsSetAside(str): which tasks are not shown, and why.
"""

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.model.database import connect, find_damage, mark_damaged
from app.model.reading import unknown_values
from app.ui.data_file_notices import set_aside_notice
from app.ui.worker import emit_alive, in_background


class PageCheck(QObject):
    damageFound = Signal(str)
    rowsSetAside = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path

    def start(self) -> None:
        in_background("page-check", self._run)

    def _run(self) -> None:
        problem = find_damage(self._path)
        if problem is None:
            self._look_for_unknown_values()
            return
        mark_damaged(self._path)
        emit_alive(self, self.damageFound, problem)  # queued to the window's thread

    def _look_for_unknown_values(self) -> None:
        try:
            with closing(connect(self._path)) as connection:
                notice = set_aside_notice(unknown_values(connection))
        except sqlite3.Error:
            return  # busy: the next start looks again
        if notice is not None:
            emit_alive(self, self.rowsSetAside, notice)
