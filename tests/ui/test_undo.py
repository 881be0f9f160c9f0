"""Undo and redo of every task operation, on a bare QUndoStack: the database ends where it was."""

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.model.database import DB_FILENAME
from app.model.quadrant import Quadrant
from app.model.schema import TASKS
from app.model.services import Services
from app.model.task import Task, TaskDraft, TaskEdit
from app.ui.board import Board
from tests.other_program import OtherProgram
from tests.ui.conftest import lane_titles, seed, stored

Operation = Callable[[Board, dict[str, Task]], object]

OPERATIONS: dict[str, Operation] = {
    "add": lambda board, _t: board.add([TaskDraft("new one"), TaskDraft("new two", Quadrant.DO)]),
    "move": lambda board, t: board.move([t["b"].id, t["x"].id], Quadrant.DEFER, t["y"].id),
    "reorder": lambda board, t: board.move([t["c"].id], Quadrant.INBOX, t["a"].id),
    "done": lambda board, t: board.set_done([t["a"].id, t["x"].id], True),
    "delete": lambda board, t: board.delete([t["b"].id, t["y"].id]),
    "edit": lambda board, t: board.edit(
        t["a"].id,
        TaskEdit("renamed", "notes", date(2026, 12, 1), 45, "Priya", date(2026, 12, 3), ("q1",)),
    ),
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_undo_and_redo_round_trip(board: Board, service: Services, name: str):
    tasks = seed(
        service, (Quadrant.INBOX, ["a", "b", "c"]), (Quadrant.DO, ["x"]), (Quadrant.DEFER, ["y"])
    )
    before = stored(service)
    OPERATIONS[name](board, tasks)
    after = stored(service)
    assert after != before
    assert board.undo_stack.count() == 1

    board.undo_stack.undo()
    assert stored(service) == before
    board.undo_stack.redo()
    assert stored(service) == after
    board.undo_stack.undo()
    assert stored(service) == before


def test_a_long_history_unwinds_to_the_start(board: Board, service: Services):
    tasks = seed(
        service, (Quadrant.INBOX, ["a", "b", "c"]), (Quadrant.DO, ["x"]), (Quadrant.DEFER, ["y"])
    )
    start = stored(service)
    for name in OPERATIONS:
        if name != "reorder":
            OPERATIONS[name](board, tasks)
    board.move([tasks["c"].id], Quadrant.ELIMINATE)
    end = stored(service)
    while board.undo_stack.canUndo():
        board.undo_stack.undo()
    assert stored(service) == start
    while board.undo_stack.canRedo():
        board.undo_stack.redo()
    assert stored(service) == end


def test_a_change_that_changes_nothing_is_not_an_undo_step(board: Board, service: Services):
    tasks = seed(service, (Quadrant.INBOX, ["a", "b"]))
    board.move([tasks["a"].id], Quadrant.INBOX, tasks["b"].id)  # already there
    board.set_done([tasks["a"].id], False)  # already open
    assert board.undo_stack.count() == 0


def test_undo_text_names_the_action(board: Board, service: Services):
    tasks = seed(service, (Quadrant.INBOX, ["a", "b"]))
    board.move([tasks["a"].id], Quadrant.DELEGATE)
    assert board.undo_stack.undoText() == "Move to Delegate"
    board.delete([tasks["a"].id, tasks["b"].id])
    assert board.undo_stack.undoText() == "Delete 2 Tasks"


def test_refused_input_is_reported_and_not_recorded(board: Board, service: Services, qtbot):
    tasks = seed(service, (Quadrant.INBOX, ["a"]))
    with qtbot.waitSignal(board.failed) as failed:
        board.edit(tasks["a"].id, TaskEdit("   "))
    assert failed.args == ["A task needs a title."]
    assert board.undo_stack.count() == 0
    assert stored(service)[0].title == "a"


def test_undo_while_another_program_holds_the_lock_keeps_the_history(
    data_dir: Path, service: Services, qtbot
):
    quick = Services.open(data_dir / DB_FILENAME, busy_timeout=0.2)
    board = Board(lambda: quick, QUndoStack())
    tasks = seed(service, (Quadrant.INBOX, ["a"]))
    board.move([tasks["a"].id], Quadrant.DO)
    after = stored(service)
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writes, and takes its time

    with qtbot.waitSignal(board.failed) as failed:
        board.undo_stack.undo()
    assert failed.args[0].startswith("Could not undo “Move to Do”: The data file is locked")
    assert stored(service) == after
    qtbot.waitUntil(lambda: board.undo_stack.index() == 1)  # the step is still there to undo
    assert board.undo_stack.count() == 1
    assert not board.undo_stack.canRedo()

    other.rollback()
    other.close()
    board.undo_stack.undo()  # works once the other program lets go
    assert lane_titles(service, Quadrant.INBOX) == ["a"]
    board.undo_stack.redo()
    assert lane_titles(service, Quadrant.DO) == ["a"]
    quick.close()


def test_undo_keeps_what_another_program_changed_and_says_so(
    board: Board, service: Services, data_dir: Path, qtbot
):
    tasks = seed(service, (Quadrant.INBOX, ["Budget"]))
    task_id = tasks["Budget"].id
    board.move([task_id], Quadrant.DO)
    other = OtherProgram(data_dir / DB_FILENAME)
    other.update(TASKS, task_id, title="Budget for Q1")  # from a terminal, meanwhile
    other.close()

    with qtbot.waitSignal(board.stepped) as stepped:
        board.undo_stack.undo()
    [task] = stored(service)
    assert (task.quadrant, task.title) == (Quadrant.INBOX, "Budget for Q1")
    assert stepped.args[0] == (
        "Undid “Move to Do”. The title of “Budget for Q1” was changed elsewhere and kept."
    )
