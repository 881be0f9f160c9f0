"""A calendar import is written on a worker thread: the window keeps running, what the user does
meanwhile waits behind it and lands after it, a lock held by another program is waited for (and
given up on) as for any edit, and the window does not read its own import back as another
program's change."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.model.database import DB_FILENAME
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.board import WAITING
from app.ui.disk_watch import DiskWatch
from app.ui.shell.main_window import MainWindow
from tests.ui.test_calendar_files import import_and_wait, team_file, titles


@pytest.fixture
def locker(data_dir: Path, service: Services) -> Iterator[sqlite3.Connection]:
    """Another program's connection to the data file, to take its write lock with."""
    connection = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    yield connection
    if connection.in_transaction:
        connection.rollback()
    connection.close()


def problem(window: MainWindow) -> str:
    label = window.findChild(QLabel, "problem")
    assert label is not None
    return label.text()


def test_an_import_waits_for_another_programs_lock_and_what_follows_waits_behind_it(
    service: Services, locker: sqlite3.Connection, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    ticks: list[int] = []
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)
    locker.execute("BEGIN IMMEDIATE")
    files = window.calendar_files
    with qtbot.waitSignal(files.finished, timeout=20_000) as finished:
        files.import_file(team_file(tmp_path, window.calendar.week))
        qtbot.waitUntil(lambda: problem(window) == WAITING, timeout=10_000)
        ticks.clear()
        qtbot.waitUntil(lambda: len(ticks) >= 10)  # the event loop runs while it waits
        assert window.board.add([TaskDraft("Call Priya")]) == []  # waits behind the import
        assert problem(window) == "Waiting for “Import team.ics” to be saved…"
        locker.rollback()
    assert str(finished.args[0]).startswith("Imported 3 events from team.ics")
    qtbot.waitUntil(lambda: problem(window) == "")
    assert titles(window) == ["Meeting 0", "Meeting 1", "Offsite"]
    assert [t.title for t in service.tasks.lanes(quadrant=Quadrant.INBOX)] == ["Call Priya"]
    stack = window.board.undo_stack
    assert [stack.text(n) for n in range(stack.count())] == ["Import team.ics", "Add “Call Priya”"]


def test_an_import_is_given_up_when_the_lock_is_held_too_long(
    service: Services, locker: sqlite3.Connection, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    window.board.give_up_after = 1.0
    locker.execute("BEGIN IMMEDIATE")
    said = import_and_wait(window, qtbot, team_file(tmp_path, window.calendar.week))
    assert said == ""  # the window's problem line says why
    assert problem(window) == (
        "Not saved (Import team.ics): another program kept the data file locked; nothing was "
        "changed; try again."
    )
    assert window.calendar_files.progress is None
    locker.rollback()
    assert titles(window) == []
    week = window.calendar.week
    assert service.blocks.between(week.start, week.end) == []
    assert window.board.undo_stack.count() == 0


def test_the_window_does_not_read_its_own_import_back(
    service: Services, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    watch = window.findChild(DiskWatch)
    assert watch is not None
    import_and_wait(window, qtbot, team_file(tmp_path, window.calendar.week))
    with qtbot.assertNotEmitted(watch.tasksRead):
        watch.check()
    service.tasks.add([TaskDraft("From the terminal")])  # another program
    with qtbot.waitSignal(watch.tasksRead) as read:
        watch.check()
    assert [t.title for t in read.args[0]] == ["From the terminal"]


def test_a_board_closed_while_an_import_is_written_takes_its_end_quietly(
    service: Services, locker: sqlite3.Connection, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    locker.execute("BEGIN IMMEDIATE")
    window.calendar_files.import_file(team_file(tmp_path, window.calendar.week))
    qtbot.waitUntil(lambda: problem(window) == WAITING, timeout=10_000)
    window.board.close()
    locker.rollback()
    week = window.calendar.week
    qtbot.waitUntil(lambda: len(service.blocks.between(week.start, week.end)) == 3)
    qtbot.wait(300)  # its report comes back to a Board with nothing waiting: no error
    assert window.board.undo_stack.count() == 0
