"""The real program in a process of its own, on the X server and a private D-Bus session, as a
desktop starts it; for tests that look at it from outside (tests/e2e/atspi.py).

Test modules import the `session_bus` fixture from here.
"""

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.model.week import Week, local_zone, week_of
from app.ui.calendar.week_calendar import first_weekday_of_locale
from tests.e2e.atspi import SessionBus, missing_tools

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session_bus() -> Iterator[SessionBus]:
    reason = missing_tools()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Desktop-session tests cannot run on this CI machine: {reason}.")
        pytest.skip(f"desktop-session tests skipped: {reason}")
    bus = SessionBus()
    yield bus
    bus.close()


def this_week() -> Week:
    """The week the program shows first."""
    zone = local_zone()
    return week_of(datetime.now(UTC).astimezone(zone).date(), zone, first_weekday_of_locale())


@dataclass(frozen=True)
class Running:
    pid: int
    window: str  # its X window id, for xdotool


@contextmanager
def run_quadrant(bus: SessionBus, data_dir: Path, **env: str) -> Iterator[Running]:
    """`quadrant --data-dir DATA_DIR` until the block ends (then closed as a logout would, and
    it must exit 0); `env` is added to its environment."""
    environment = dict(os.environ, **bus.environment(), QT_QPA_PLATFORM="xcb", **env)
    environment.pop("QT_ACCESSIBILITY", None)
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir)]
    with (
        tempfile.TemporaryFile("w+") as errors,
        subprocess.Popen(command, env=environment, cwd=ROOT, stderr=errors) as app,
    ):
        try:
            window = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                capture_output=True, text=True, timeout=20, check=True,
            ).stdout.split()[0]  # fmt: skip
            yield Running(app.pid, window)
        finally:
            app.terminate()
            try:
                app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(timeout=10)
        errors.seek(0)
        assert app.returncode == 0, errors.read()


def key(window: str, *keys: str) -> None:
    """Press `keys` (xdotool's names: "Tab", "shift+Down") on the real keyboard, in `window`."""
    subprocess.run(
        ["xdotool", "windowfocus", "--sync", window, "key", "--delay", "80", *keys],
        check=True, timeout=20,
    )  # fmt: skip
