"""Fixtures for UI tests: a real data file per test, a Board on it, and the real main window."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import Task, TaskDraft
from app.ui.board import Board
from app.ui.shell.main_window import MainWindow


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
