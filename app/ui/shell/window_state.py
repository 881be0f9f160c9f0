"""Remembering the window between runs: size, position, splitters, view options and the
calendar's working hours.

Kept in `window.ini` beside the database, so a --data-dir is a complete, separate profile.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class WindowState:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir  # the profile's folder: the data file and its backups too
        self._settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)

    def blob(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._settings.value(key, default)
        return value in (True, "true", "1", 1)

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()

    def number(self, key: str, default: int) -> int:
        value = self._settings.value(key, default)
        try:
            return int(value) if isinstance(value, int | str) else default
        except ValueError:  # edited by hand
            return default

    def set_number(self, key: str, value: int) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def working_hours(self, default: tuple[int, int]) -> tuple[int, int]:
        """The hours the week shows in full (View ▸ Working Hours…), or `default`."""
        start = self.number("work_start", default[0])
        end = self.number("work_end", default[1])
        return (start, end) if 0 <= start < end <= 24 else default
