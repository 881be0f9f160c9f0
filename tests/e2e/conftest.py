"""End-to-end tests: the real window on a real X server, driven by the real mouse pointer.

A real `QDrag` does nothing on the offscreen platform, so these tests need the xcb platform, an
X server (scripts/test runs them under Xvfb) and xdotool. Without them they are skipped, with
the reason — except on CI (`CI=true`), where they fail: CI must never pass without running them.
The check runs before any fixture, so no QApplication is made on a display that is not there.
"""

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, TimeBlock
from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import Task, TaskDraft
from app.ui.shell.main_window import MainWindow
from tests.e2e.pointer import TIMEOUT_MS, Pointer
from tests.e2e.screen import lane, titles_in


def missing_x_server() -> str | None:
    platform = os.environ.get("QT_QPA_PLATFORM")
    if platform != "xcb":
        return f"they need QT_QPA_PLATFORM=xcb, not {platform!r}; run them as scripts/test does"
    if not os.environ.get("DISPLAY"):
        return "they need an X server, and DISPLAY is not set; run them under xvfb-run"
    if shutil.which("xdotool") is None:
        return "they need xdotool to move the X pointer (apt install xdotool)"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    reason = missing_x_server()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"End-to-end drag tests cannot run on this CI machine: {reason}.", pytrace=False
        )
    pytest.skip(f"real-mouse drag tests skipped: {reason}")


class Stored:
    """What the data file holds, read through a service of its own (not the window's)."""

    def __init__(self, service: Services) -> None:
        self._service = service

    def titles(self, quadrant: Quadrant) -> list[str]:
        return [t.title for t in self._service.tasks.lanes(include_done=True, quadrant=quadrant)]

    def tasks(self) -> list[Task]:
        """Every task, as stored, in id order."""
        return sorted(self._service.tasks.lanes(include_done=True), key=lambda t: t.id)

    def blocks(self) -> list[TimeBlock]:
        """Every time block, as stored, in order of start."""
        return self._service.blocks.between(
            datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)
        )

    def add_block(self, draft: BlockDraft) -> TimeBlock:
        [block] = self._service.blocks.add([draft]).created_blocks()
        return block


@pytest.fixture
def stored(data_dir: Path) -> Iterator[Stored]:
    service = Services.open(open_database(data_dir).path)
    yield Stored(service)
    service.close()


@pytest.fixture
def reports() -> list[tuple[str, str]]:
    """What the app reported to the user in message boxes; a good run reports nothing."""
    return []


@pytest.fixture
def pointer(qtbot: QtBot) -> Iterator[Pointer]:
    pointer = Pointer(qtbot)
    yield pointer
    pointer.close()


Launch = Callable[[dict[Quadrant, list[str]]], MainWindow]


@pytest.fixture
def launch(
    qtbot: QtBot,
    data_dir: Path,
    stored: Stored,
    pointer: Pointer,
    reports: list[tuple[str, str]],
) -> Iterator[Launch]:
    """Seed the data file with tasks lane by lane, then open the real window on it, shown,
    active and idle, with the pointer parked off it."""
    from app.ui.application import create_app, open_window

    windows: list[MainWindow] = []

    def start(lanes: dict[Quadrant, list[str]]) -> MainWindow:
        service = Services.open(open_database(data_dir).path)
        try:
            service.tasks.add(
                [
                    TaskDraft(title, quadrant)
                    for quadrant, titles in lanes.items()
                    for title in titles
                ]
            )
        finally:
            service.close()
        pointer.park()
        pointer.finish()
        create_app()
        window = open_window(data_dir, lambda title, text: reports.append((title, text)))
        assert window is not None, reports
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window, timeout=TIMEOUT_MS)
        window.activateWindow()
        window.raise_()
        qtbot.waitActive(window, timeout=TIMEOUT_MS)
        qtbot.wait(200)  # let layouts settle and the first paints go out
        for quadrant in lanes:
            assert titles_in(lane(window, quadrant)) == lanes[quadrant]
        return window

    yield start
    for window in windows:
        window.close()
    assert reports == []
