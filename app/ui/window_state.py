"""Remembering the window between runs: size, position, splitters and view options.

Kept in `window.ini` beside the database, so a --data-dir is a complete, separate profile.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class WindowState:
    def __init__(self, data_dir: Path) -> None:
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
