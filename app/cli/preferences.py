"""What the window's preferences say, for the commands that follow them without loading Qt.

The window keeps them in `window.ini` beside the data file (QSettings' INI format, section
[General]); this reads that file with the standard library.
"""

import configparser
from pathlib import Path

from app.model.urgency import DEFAULT_HORIZON, HORIZON_SETTING, clamp_horizon

WINDOW_SETTINGS = "window.ini"


def urgency_horizon(data_dir: Path, given: int | None = None) -> int:
    """--horizon when given, else the window's View ▸ Urgency Horizon, else the default."""
    if given is not None:
        return clamp_horizon(given)
    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(data_dir / WINDOW_SETTINGS, encoding="utf-8")
        return clamp_horizon(int(settings.get("General", HORIZON_SETTING)))
    except (configparser.Error, ValueError, OSError, UnicodeError):
        return DEFAULT_HORIZON
