"""Quiet when idle: with the window open and nobody using it, no timer wakes the process more
than once a second; the text cursor stops blinking after a while and blinks again at a key;
Ctrl+C still closes the window at once, without a timer to notice it."""

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.quiet import BlinkTimeout, SignalWake
from app.ui.shell.main_window import MainWindow
from benchmarks.idle import TimerEvents
from tests.ui.conftest import running_window

IDLE_SECONDS = 3


@pytest.fixture
def quiet_window(open_main_window) -> Iterator[MainWindow]:
    """The window as `quadrant` runs it: signals wake it, and the cursor blinks a short while
    (half a second here, so the test need not wait ten)."""
    window: MainWindow = open_main_window()
    signals = SignalWake(window.close, window)
    blinking = BlinkTimeout(0.5, window)
    yield window
    signals.stop()
    blinking.stop()


def test_nothing_wakes_the_idle_window_more_than_once_a_second(
    quiet_window: MainWindow, qtbot: QtBot
) -> None:
    quiet_window.focus_quick_add()
    QTest.keyClicks(quiet_window.quick_add, "half a thought")  # typed, then left there
    qtbot.wait(1500)  # the last paints, and the cursor's last blinks
    events = TimerEvents()
    QApplication.instance().installEventFilter(events)
    qtbot.wait(IDLE_SECONDS * 1000)
    QApplication.instance().removeEventFilter(events)
    assert events.counts  # it sees timers: the data file is looked at every 1.5 s
    too_often = {timer: n for timer, n in events.counts.items() if n > IDLE_SECONDS + 1}
    assert too_often == {}


def test_the_cursor_blinks_again_at_the_next_key(quiet_window: MainWindow, qtbot: QtBot) -> None:
    hints = QGuiApplication.styleHints()
    blinking = hints.cursorFlashTime()
    assert blinking > 0
    quiet_window.focus_quick_add()
    qtbot.waitUntil(lambda: hints.cursorFlashTime() == 0)
    QTest.keyClick(quiet_window.quick_add, Qt.Key.Key_A)
    assert hints.cursorFlashTime() == blinking


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl+C", "SIGTERM"])
def test_a_stop_signal_closes_the_window_and_keeps_the_layout(
    data_dir: Path, log_folder: Path, stop: signal.Signals
) -> None:
    with running_window(data_dir, log_folder) as process:
        process.send_signal(stop)
        _out, errors = process.communicate(timeout=20)
    assert (process.returncode, errors) == (0, "")
    assert "geometry=" in (data_dir / "window.ini").read_text()
    assert not (data_dir / "quadrant.lock").exists()
