"""One window on a real X server: a second start brings the open window to the front and gives
it the keyboard, while another window had it."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.one_window import OneWindow
from tests.e2e.conftest import Launch
from tests.e2e.pointer import TIMEOUT_MS


def test_a_second_start_gives_the_open_window_the_keyboard(
    launch: Launch, data_dir: Path, qtbot: QtBot
) -> None:
    one_window = OneWindow(data_dir)
    assert one_window.claim()
    try:
        window = launch({})
        one_window.serve(window)
        other = QLineEdit()  # another window takes the keyboard
        qtbot.addWidget(other)
        other.show()
        qtbot.waitExposed(other, timeout=TIMEOUT_MS)
        other.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=TIMEOUT_MS)

        command = [sys.executable, "-m", "app", "--data-dir", str(data_dir)]
        with subprocess.Popen(command, env=dict(os.environ), stderr=subprocess.PIPE) as second:
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        assert second.returncode == 0
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT_MS)
    finally:
        one_window.release()
