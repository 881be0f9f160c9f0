"""DiskWatch reads the tasks again only when another program wrote to the data file."""

from pathlib import Path

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.model.database import connect, open_database
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.board import Board
from app.ui.disk_watch import DiskWatch, FirstRead


def test_only_other_programs_writes_cause_a_read(
    board: Board, service: Services, data_dir: Path, qtbot: QtBot
):
    watch = DiskWatch(
        board.services.file.data_version,
        lambda: board.tasks(include_done=False),
        FirstRead(connect(data_dir / "quadrant.sqlite3")),
    )
    with qtbot.assertNotEmitted(watch.tasksRead):  # nothing changed since the window read
        watch.check()
    board.add([TaskDraft("written by the window")])
    with qtbot.assertNotEmitted(watch.tasksRead):
        watch.check()

    other = Services.open(data_dir / "quadrant.sqlite3")
    try:
        other.tasks.add([TaskDraft("written by the terminal")])
    finally:
        other.close()
    with qtbot.waitSignal(watch.tasksRead) as read:
        watch.check()
    assert [t.title for t in read.args[0]] == ["written by the window", "written by the terminal"]
    with qtbot.assertNotEmitted(watch.tasksRead):
        watch.check()
    watch.stop()


def test_a_write_before_the_first_look_is_caught(
    board: Board, service: Services, data_dir: Path, qtbot: QtBot
):
    first_read = FirstRead(connect(data_dir / "quadrant.sqlite3"))  # the window's first read
    other = Services.open(data_dir / "quadrant.sqlite3")
    try:
        other.tasks.add([TaskDraft("added right after start")])
    finally:
        other.close()
    watch = DiskWatch(
        board.services.file.data_version,
        lambda: board.tasks(include_done=False),
        first_read,
    )
    with qtbot.waitSignal(watch.tasksRead) as read:
        watch.check()
    assert [t.title for t in read.args[0]] == ["added right after start"]
    watch.stop()


def test_the_windows_first_write_is_not_taken_for_another_programs(data_dir: Path, qtbot: QtBot):
    path = open_database(data_dir).path
    board = Board(lambda: Services.open(path), QUndoStack())  # opened by the first write
    watch = DiskWatch(
        lambda: board.services.file.data_version(),
        lambda: board.tasks(include_done=False),
        FirstRead(connect(path)),
    )
    board.serviceOpened.connect(watch.first_look)
    with qtbot.assertNotEmitted(watch.tasksRead):
        board.add([TaskDraft("the first thing the user does")])
        watch.check()
    watch.stop()
    board.close()
