"""When something goes wrong: an error in an event handler shows a dialog while the window goes
on, the log holds the traceback but no task title, a native crash leaves its stacks in the log
folder, and Help ▸ Open Log Folder shows that folder."""

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.ui.log_file import LogFile, start_log, without_quotes
from app.ui.shell.error_dialog import ErrorDialog, ErrorReports
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import lane_titles, log_text, running_window, seed

SECRET = "Reorganise the team before Friday"


@pytest.fixture
def log_file() -> Iterator[LogFile]:
    started = start_log()
    assert started is not None
    yield started
    started.close()


@pytest.fixture
def error_reports(log_file: LogFile) -> Iterator[ErrorReports]:
    reports = ErrorReports()
    yield reports
    reports.stop()
    if reports.dialog is not None:
        reports.dialog.close()


def add(window: MainWindow, title: str) -> None:
    QTest.keyClicks(window.quick_add, title)
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)


@pytest.mark.qt_no_exception_capture  # the errors go to the application's own hook
def test_an_error_in_a_slot_shows_a_dialog_and_the_window_goes_on(
    service: Services, open_main_window, error_reports: ErrorReports, log_folder: Path, qtbot
) -> None:
    seed(service, (Quadrant.DO, [SECRET]))
    window: MainWindow = open_main_window()

    def show_in_sidebar(_changes: object) -> None:  # a handler with a bug in it
        raise RuntimeError(f"no sidebar to show “{SECRET}” in")

    window.board.tasksChanged.connect(show_in_sidebar)
    add(window, "Buy milk")
    qtbot.waitUntil(lambda: error_reports.dialog is not None and error_reports.dialog.isVisible())
    dialog = error_reports.dialog
    assert isinstance(dialog, ErrorDialog)
    assert "RuntimeError: no sidebar to show" in dialog.message.text()
    assert "keeps running" in dialog.message.text()
    assert "show_in_sidebar" in dialog.details.toPlainText()
    assert QApplication.activeModalWidget() is None  # the window takes input
    dialog.findChild(QPushButton, "copy-details").click()
    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()
    assert "Traceback" in QGuiApplication.clipboard().text()

    window.board.tasksChanged.disconnect(show_in_sidebar)
    qtbot.waitUntil(lambda: window.quick_add.text() == "")
    add(window, "Call the plumber")  # the window still works
    qtbot.waitUntil(lambda: "Call the plumber" in lane_titles(service, Quadrant.INBOX))
    assert lane_titles(service, Quadrant.INBOX) == ["Buy milk", "Call the plumber"]
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()

    log = log_text(log_folder)
    assert "an error in an event handler" in log
    assert "Traceback" in log
    assert "show_in_sidebar" in log
    assert "RuntimeError: no sidebar to show “…” in" in log
    assert SECRET not in log
    assert "Buy milk" not in log


@pytest.mark.qt_no_exception_capture
def test_errors_that_follow_are_counted_in_the_one_dialog(
    error_reports: ErrorReports, qtbot: QtBot
) -> None:
    def fail() -> None:
        raise ValueError("again")

    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(fail)
    for _ in range(3):
        button.click()
    dialog = error_reports.dialog
    assert dialog is not None
    assert "It happened 3 times." in dialog.message.text()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    assert [w for w in shown if w.isVisible()] == [dialog]


def test_quoted_text_leaves_the_log_but_file_paths_stay() -> None:
    trace = (
        'Traceback (most recent call last):\n  File "/app/ui/board.py", line 3, in add\n'
        "KeyError: 'Bob' cannot take “Hire a designer”"
    )
    assert without_quotes(trace) == (
        'Traceback (most recent call last):\n  File "/app/ui/board.py", line 3, in add\n'
        "KeyError: “…” cannot take “…”"
    )


def test_debug_logging_keeps_everything(log_folder: Path) -> None:
    started = start_log(debug=True)
    assert started is not None
    try:
        import logging

        logging.getLogger("test").debug("step 1: Add “%s”", SECRET)
    finally:
        started.close()
    assert f"step 1: Add “{SECRET}”" in log_text(log_folder)
    assert "debug logging on" in log_text(log_folder)


def test_a_native_crash_leaves_its_stacks_in_the_log_folder(
    data_dir: Path, log_folder: Path
) -> None:
    with running_window(data_dir, log_folder) as process:
        process.send_signal(signal.SIGSEGV)  # as a crash inside Qt would
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGSEGV
    crash = (log_folder / "crash.log").read_text()
    assert "Fatal Python error: Segmentation fault" in crash
    assert "File " in crash  # where each thread was


class FileManager(QObject):
    """Stands in for the desktop's file manager: what a `file:` URL asked it to show."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.shown.append(url.toLocalFile())


def test_help_opens_the_log_folder(open_main_window, log_folder: Path) -> None:
    window: MainWindow = open_main_window()
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")  # type: ignore[arg-type]
    try:
        action = window.findChild(QAction, "open-log-folder")
        assert action.text() == "Open &Log Folder"
        help_menu = window.menuBar().actions()[-1].menu()
        assert isinstance(help_menu, QMenu)
        assert action in help_menu.actions()
        action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert manager.shown == [str(log_folder)]
    assert log_folder.is_dir()


def test_the_debug_flag_turns_debug_logging_on(data_dir: Path, log_folder: Path) -> None:
    with running_window(data_dir, log_folder, "--debug") as process:
        pass
    assert process.returncode == 0
    assert "debug logging on" in log_text(log_folder)
