"""DailyBackup: takes today's daily backup (see `rotation`) in the background, a few seconds
after the window has shown every task, so it never stands in the way of the start.

SQLite's backup API does its copying outside Python's lock, so it runs beside the window. A
file found damaged is not copied: its copy would push a good one out of the rotation.

Signals:
    taken(str): the new backup's path (none is taken when today's exists).
    failed(str): why today's backup could not be taken, in words.
"""

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.model.database import DB_FILENAME, find_damage
from app.model.rotation import take_daily_backup
from app.model.storage_errors import reason
from app.ui.translation import in_words, translate
from app.ui.worker import emit_alive, in_background

DELAY_MS = 3000  # after the window has shown every task


class DailyBackup(QObject):
    taken = Signal(str)
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir

    def start(self) -> None:
        in_background("daily-backup", self._run)

    def _run(self) -> None:
        if find_damage(self._data_dir / DB_FILENAME) is not None:
            return  # PageCheck tells the user
        try:
            made = take_daily_backup(self._data_dir, date.today())
        except (sqlite3.Error, OSError) as error:
            text = translate("Backups", "Today's backup could not be written: {reason}.")
            emit_alive(self, self.failed, text.format(reason=in_words(reason(error))))
            return
        if made is not None:
            emit_alive(self, self.taken, str(made))
