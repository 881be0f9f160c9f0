"""Desktop notices over a real D-Bus bus (a private dbus-daemon) with a notification portal in
another process: what it is given, and its click coming back; without a portal, the status bar.
"""

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from app.ui.shell.desktop_notice import DesktopNotice
from app.ui.shell.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
_names = itertools.count()


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A session bus of its own, as a desktop has."""
    config = tmp_path / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN' "
        "'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'><busconfig>"
        f"<type>session</type><listen>unix:dir={tmp_path}</listen>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>"
    )
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    with daemon, daemon.stdout:
        yield daemon.stdout.readline().strip()
        daemon.terminate()


def connect(address: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, f"quadrant-test-{next(_names)}")
    assert bus.isConnected()
    return bus


@pytest.fixture
def portal(bus_address: str) -> Iterator[subprocess.Popen[str]]:
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.notification_portal", bus_address],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None
    with server:  # closes its pipes and waits for it
        assert json.loads(server.stdout.readline()) == {"ready": True}
        yield server


def test_a_notice_reaches_the_desktop_and_its_click_comes_back(
    open_main_window, bus_address: str, portal: subprocess.Popen[str], qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    bus = connect(bus_address)
    notice = DesktopNotice(window, lambda: bus)
    notice.send("Deep work", "Your focus block starts in 5 min, at 09:00.", key="block 7")
    assert notice.way == "desktop"
    assert portal.stdout is not None
    assert portal.stdin is not None
    given = json.loads(portal.stdout.readline())
    assert given["title"] == "Deep work"
    assert given["body"] == "Your focus block starts in 5 min, at 09:00."
    assert given["default-action"] == "show"
    with qtbot.waitSignal(notice.clicked) as clicked:
        portal.stdin.write(f"click {given['id']}\n")
        portal.stdin.flush()
    assert clicked.args == ["block 7"]
    assert window.statusBar().currentMessage() == ""  # it went to the desktop


def test_without_a_notification_service_the_status_bar_says_it(
    open_main_window, bus_address: str
) -> None:
    window: MainWindow = open_main_window()
    bus = connect(bus_address)
    notice = DesktopNotice(window, lambda: bus)  # a bus, but no portal on it
    notice.send("Deep work", "Your focus block runs now, until 11:00.")
    assert notice.way == "status bar"  # offscreen there is no tray either
    assert window.statusBar().currentMessage() == (
        "Deep work: Your focus block runs now, until 11:00."
    )
