"""Fixtures for UI tests: a real data file per test, a Board on it, and the real main window."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import Task, TaskDraft
from app.ui.board import Board
from app.ui.shell.main_window import MainWindow
from app.ui.translation import CATALOGUES, install_translations


@pytest.fixture
def service(data_dir: Path) -> Iterator[Services]:
    opened = open_database(data_dir)
    service = Services.open(opened.path)
    yield service
    service.close()


@pytest.fixture
def board(service: Services, qapp: object) -> Board:
    return Board(lambda: service, QUndoStack())


def seed(service: Services, *lanes: tuple[Quadrant, list[str]]) -> dict[str, Task]:
    """Add tasks lane by lane; returns them by title."""
    drafts = [TaskDraft(title, quadrant) for quadrant, titles in lanes for title in titles]
    return {task.title: task for task in service.tasks.add(drafts).created()}


def stored(service: Services) -> list[Task]:
    """Everything the database holds about tasks, in a stable order."""
    return sorted(service.tasks.lanes(include_done=True), key=lambda t: t.id)


def lane_titles(service: Services, quadrant: Quadrant) -> list[str]:
    return [t.title for t in service.tasks.lanes(include_done=True, quadrant=quadrant)]


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """The window speaks German (what `QUADRANT_LANGUAGE=de` chooses) for this test."""
    assert (CATALOGUES / "quadrant_de.qm").exists(), "run scripts/setup-env to build it"
    before = QLocale()
    monkeypatch.setenv("QUADRANT_LANGUAGE", "de")
    install_translations(qapp)  # for a widget made without the main window
    yield
    monkeypatch.delenv("QUADRANT_LANGUAGE")
    monkeypatch.delenv("LANGUAGE", raising=False)
    QLocale.setDefault(before)
    install_translations(qapp)  # back to the language before, for the tests after this one


@pytest.fixture
def catalogues(qapp: QApplication) -> None:
    """The catalogues the window loads (its English plurals: "1 task", "2 tasks"), for a
    widget made without the main window."""
    install_translations(qapp)


@pytest.fixture
def reports() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def open_main_window(
    qtbot: QtBot, data_dir: Path, reports: list[tuple[str, str]]
) -> Iterator[object]:
    """A function that opens the real window on the test's data folder (seed it first)."""
    from app.ui.application import create_app, open_window

    windows: list[MainWindow] = []

    def opener() -> MainWindow:
        create_app()
        window = open_window(data_dir, lambda title, text: reports.append((title, text)))
        assert window is not None, reports
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.board.close()


@contextmanager
def read_only_mount(folder: Path, fill: Callable[[Path], object]) -> Iterator[Path]:
    """`folder` as a file system of its own, filled by `fill`, then mounted read-only (the
    tests run as root, whom permission bits do not stop); skips the test where mounting is not
    allowed."""
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(folder)], check=False).returncode:
        pytest.skip("cannot mount a file system here")
    try:
        fill(folder)
        remount = ["mount", "-o", "remount,ro", str(folder)]
        if subprocess.run(remount, check=False).returncode:
            pytest.skip("cannot make a file system read-only here")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


WINDOW_UP = "the window is up"  # what the log says once the window shows every task


def log_text(log_folder: Path) -> str:
    log = log_folder / "quadrant.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@contextmanager
def running_window(
    data_dir: Path,
    log_folder: Path,
    *options: str,
    program: Sequence[str] = (sys.executable, "-m", "app"),
) -> Iterator[subprocess.Popen[str]]:
    """`quadrant --data-dir DIR` (or another `program`) in a process of its own, offscreen,
    yielded once its log says the window is up; afterwards ended as a logout would end it
    (SIGTERM) and waited for."""
    command = [*program, "--data-dir", str(data_dir), *options]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = log_text(log_folder).count(WINDOW_UP)
    with subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True) as process:
        try:
            deadline = time.monotonic() + 60
            while log_text(log_folder).count(WINDOW_UP) == before:
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the window did not come up"
                time.sleep(0.05)
            yield process
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            process.communicate(timeout=30)
        finally:
            process.kill()
