"""While another program holds the data file's write lock, the window keeps running: an edit
says it waits for the data file, then lands once, or is refused with the typed text kept."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.model.database import DB_FILENAME
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.ui.board import WAITING
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import seed


@pytest.fixture
def other(data_dir: Path, service: Services) -> Iterator[sqlite3.Connection]:
    """Another program, in the middle of a write: it holds the data file's write lock."""
    connection = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.rollback()
    connection.close()


def problem(window: MainWindow) -> str:
    label = window.findChild(QLabel, "problem")
    assert label is not None
    return label.text()


def titles(service: Services) -> list[str]:
    return [task.title for task in service.tasks.lanes()]


def test_an_add_waits_for_the_lock_without_freezing_the_window_then_lands_once(
    service: Services, other: sqlite3.Connection, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    ticks = []
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)

    QTest.keyClicks(window.quick_add, "Buy milk")
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(ticks) >= 10)  # the event loop runs while the edit waits
    assert problem(window) == WAITING
    assert window.quick_add.text() == "Buy milk"
    assert titles(service) == []

    other.commit()
    qtbot.waitUntil(lambda: titles(service) == ["Buy milk"])
    qtbot.waitUntil(lambda: window.quick_add.text() == "")
    assert problem(window) == ""
    qtbot.wait(600)  # more tries would have come by now
    assert titles(service) == ["Buy milk"]
    [task] = service.tasks.lanes()
    assert window.matrix.views[Quadrant.INBOX].selected_ids() == [task.id]

    window.board.undo_stack.undo()
    assert titles(service) == []
    window.board.undo_stack.redo()
    assert titles(service) == ["Buy milk"]


def test_an_add_is_refused_when_the_lock_is_held_too_long_and_the_text_stays(
    service: Services, other: sqlite3.Connection, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    window.board.give_up_after = 1.0
    QTest.keyClicks(window.quick_add, "Buy milk tomorrow")
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)
    assert problem(window) == WAITING

    qtbot.waitUntil(lambda: problem(window) != WAITING, timeout=10_000)
    assert problem(window) == (
        "Not saved (Add “Buy milk”): another program kept the data file locked; nothing was "
        "changed; try again."
    )
    assert window.quick_add.text() == "Buy milk tomorrow"
    assert window.board.undo_stack.count() == 0
    other.rollback()
    assert titles(service) == []

    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)  # once the lock is gone, it lands
    assert titles(service) == ["Buy milk"]
    assert window.quick_add.text() == ""


def test_edits_made_while_one_waits_queue_behind_it_and_undo_waits_too(
    data_dir: Path, service: Services, other: sqlite3.Connection, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QUndoStack

    from app.ui.board import Board

    quick = Services.open(data_dir / DB_FILENAME, busy_timeout=0.05)
    board = Board(lambda: quick, QUndoStack())
    other.rollback()
    tasks = seed(service, (Quadrant.INBOX, ["a", "b"]))
    board.move([tasks["a"].id], Quadrant.DEFER)
    other.execute("BEGIN IMMEDIATE")

    assert not board.move([tasks["a"].id], Quadrant.DO)  # waits
    assert not board.move([tasks["a"].id], Quadrant.DELEGATE)  # queues behind it
    assert board.is_waiting
    with qtbot.waitSignal(board.failed) as failed:
        board.undo_stack.undo()  # would step past the waiting move
    assert "still waiting for the data file" in failed.args[0]
    qtbot.waitUntil(lambda: board.undo_stack.index() == 1)

    other.rollback()
    with qtbot.waitSignal(board.waiting) as waited:
        pass
    assert waited.args == [""]
    assert service.tasks.get([tasks["a"].id])[tasks["a"].id].quadrant == Quadrant.DELEGATE
    assert board.undo_stack.count() == 3
    board.undo_stack.undo()
    assert service.tasks.get([tasks["a"].id])[tasks["a"].id].quadrant == Quadrant.DO
    board.close()
    quick.close()


def test_an_edit_refused_after_waiting_opens_the_editor_again_with_what_was_typed(
    service: Services, open_main_window, data_dir: Path, qtbot: QtBot
) -> None:
    from app.ui.matrix.task_editor import TaskEditor

    [task] = seed(service, (Quadrant.DO, ["Budget"])).values()
    window: MainWindow = open_main_window()
    window.board.give_up_after = 1.0
    holder = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writes, and takes its time
    try:
        window.open_editor(task.id)
        editor = window.findChild(TaskEditor)
        assert editor is not None
        editor.title.setText("Budget for Q1, with the hiring plan")
        with qtbot.waitSignal(editor.finished):
            editor.accept()
        qtbot.waitUntil(
            lambda: any(e.isVisible() and e is not editor for e in window.findChildren(TaskEditor)),
            timeout=10_000,
        )
    finally:
        holder.rollback()
        holder.close()
    [again] = [e for e in window.findChildren(TaskEditor) if e.isVisible()]
    assert again.title.text() == "Budget for Q1, with the hiring plan"  # nothing typed is lost
    assert titles(service) == ["Budget"]  # and nothing was written
    with qtbot.waitSignal(again.finished):
        again.accept()
    assert titles(service) == ["Budget for Q1, with the hiring plan"]


def test_enter_again_while_the_same_text_waits_adds_it_once(
    service: Services, other: sqlite3.Connection, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    QTest.keyClicks(window.quick_add, "Buy milk")
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)  # impatient
    other.commit()
    qtbot.waitUntil(lambda: window.quick_add.text() == "")
    qtbot.wait(600)
    assert titles(service) == ["Buy milk"]
