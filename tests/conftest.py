"""Shared test setup. Qt runs offscreen unless the run chose a platform (the e2e run picks xcb);
this must happen before anything imports Qt."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .radicale_server import Radicale

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests' notices off the desktop of whoever runs them: the notification tests start a
# bus of their own (tests/ui/test_desktop_notice.py), and the e2e windows inherit this.
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window's log goes to the test's folder (also in the processes a test starts), never
    to the user's own log folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "Quadrant" / "log"


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """A real CalDAV server on 127.0.0.1 for the tests of one module (see `radicale_server`)."""
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()
