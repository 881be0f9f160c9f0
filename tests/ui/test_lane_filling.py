"""Long lanes filled in slices after the first paint: whatever happens meanwhile — the user's
moves, undo, another program's writes, `Show Completed Tasks` — the lanes end as the file holds
them, each task once and in its place, with true counts."""

import random
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import app.ui.application as application
import app.ui.matrix.lane_filling as lane_filling
from app.model.database import connect, open_database
from app.model.quadrant import Quadrant, Status
from app.model.reading import count_open, read_lanes
from app.model.schema import TASKS
from app.model.services import Services
from app.model.task import Task, TaskDraft
from app.ui.application import LaneFile
from app.ui.board import Board
from app.ui.matrix.matrix_widget import MatrixWidget
from app.ui.shell.main_window import MainWindow
from tests.other_program import OtherProgram
from tests.ui.conftest import seed

FIRST = 4  # cards a lane shows before filling (the window's FIRST_ROWS, made small)


class Interrupted:
    """Reads the lanes like the window's LaneFile, and after some reads lets something happen
    before the next slice (as a user's click is handled between two turns of the loop)."""

    def __init__(self, path: Path, between: Callable[[int], None]) -> None:
        self._file = LaneFile(path)
        self._between = between
        self.reads = 0

    def read_after(
        self, quadrant: Quadrant, after: tuple[int, int] | None, include_done: bool, limit: int
    ) -> list[Task]:
        self.reads += 1
        QTimer.singleShot(0, lambda n=self.reads: self._between(n))
        return self._file.read_after(quadrant, after, include_done, limit)

    def open_counts(self) -> Mapping[Quadrant, int]:
        return self._file.open_counts()


def shown(matrix: MatrixWidget) -> dict[Quadrant, list[Task]]:
    return {q: list(view.lane().tasks()) for q, view in matrix.views.items()}


def held(service: Services, include_done: bool = False) -> dict[Quadrant, list[Task]]:
    return {q: service.tasks.lanes(include_done, q) for q in Quadrant}


def filling(matrix: MatrixWidget) -> bool:
    return any(view.lane().filling for view in matrix.views.values())


def test_a_card_moved_while_the_lanes_fill_ends_where_the_file_has_it(
    open_main_window: Callable[[], MainWindow],
    service: Services,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(application, "FIRST_ROWS", FIRST)
    monkeypatch.setattr(lane_filling, "SLICE", 2)
    seed(
        service,
        (Quadrant.INBOX, [f"in-{n}" for n in range(12)]),
        (Quadrant.DO, [f"do-{n}" for n in range(9)]),
    )
    windows: list[MainWindow] = []
    done: list[int] = []

    def between(read: int) -> None:
        matrix = windows[0].matrix
        if read == 2:  # the user sends a shown Inbox card to Do, whose end is not shown yet
            assert filling(matrix)
            inbox = matrix.views[Quadrant.INBOX]
            inbox.setFocus()
            inbox.select_row(1)
            matrix.send_selection_to(Quadrant.DO)
            done.append(read)
        elif read == 3:  # ...and moves a shown Do card to the end of Do
            assert filling(matrix)
            do = matrix.views[Quadrant.DO]
            first = do.lane().task_at(0).id
            assert windows[0].board.move([first], Quadrant.DO)
            done.append(read)
        elif read == 5:  # ...and drops the last Inbox card read so far on top of Do
            assert filling(matrix)
            source, target = matrix.views[Quadrant.INBOX].lane(), matrix.views[Quadrant.DO].lane()
            payload = source.mimeData([source.index(source.rowCount() - 1)])
            target.dropMimeData(payload, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
            done.append(read)

    monkeypatch.setattr(application, "LaneFile", lambda path: Interrupted(path, between))
    window = open_main_window()
    windows.append(window)
    qtbot.waitUntil(lambda: not filling(window.matrix) and window.matrix._filling is None)
    assert done == [2, 3, 5]
    assert shown(window.matrix) == held(service)
    for quadrant in Quadrant:
        label = window.findChild(QLabel, f"lane-count-{quadrant.value}")
        assert label.text() == str(len(held(service)[quadrant]))
    assert window.matrix.views[Quadrant.DO].lane().task_at(0).title == "in-11"


def test_show_completed_while_the_lanes_fill(
    open_main_window: Callable[[], MainWindow],
    service: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(application, "FIRST_ROWS", FIRST)
    monkeypatch.setattr(lane_filling, "SLICE", 2)
    tasks = seed(service, (Quadrant.DEFER, [f"defer-{n}" for n in range(15)]))
    service.tasks.set_done([tasks["defer-2"].id, tasks["defer-9"].id], True)
    windows: list[MainWindow] = []
    loaded: list[bool] = []

    def between(read: int) -> None:
        if read == 2:
            assert filling(windows[0].matrix)
            assert windows[0].matrix.set_show_done(True)

    monkeypatch.setattr(application, "LaneFile", lambda path: Interrupted(path, between))
    window = open_main_window()
    windows.append(window)
    window.matrix.loaded.connect(lambda: loaded.append(True))
    qtbot.waitUntil(lambda: window.matrix._filling is None)
    assert shown(window.matrix) == held(service, include_done=True)
    assert window.findChild(QLabel, "lane-count-defer").text() == "13"
    assert window.matrix.set_show_done(False)
    assert shown(window.matrix) == held(service)


def test_model_tester_sees_a_filling_lane(
    qtmodeltester: ModelTester, board: Board, service: Services, data_dir: Path, qtbot: QtBot
):
    seed(service, (Quadrant.INBOX, [f"in-{n}" for n in range(9)]))
    matrix = MatrixWidget(board)
    qtbot.addWidget(matrix)
    path = open_database(data_dir).path
    with connect(path) as connection:
        matrix.reload(read_lanes(connection, per_lane=FIRST), False)
        counts = count_open(connection)
    connection.close()
    lane = matrix.views[Quadrant.INBOX].lane()
    qtmodeltester.check(lane, force_py=True)
    matrix.complete_after_first_paint(LaneFile(path), counts)
    assert lane.filling
    assert lane.open_count() == 9
    assert lane.rowCount() == FIRST
    matrix.complete()
    assert not lane.filling
    assert [t.title for t in lane.tasks()] == [f"in-{n}" for n in range(9)]
    qtmodeltester.check(lane, force_py=True)


@pytest.mark.parametrize("seed_number", range(16))
def test_random_edits_while_the_lanes_fill(
    qtmodeltester: ModelTester,
    board: Board,
    service: Services,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    seed_number: int,
):
    """Moves, drops, done, delete, undo and redo in the window, and another program's writes
    (seen as the DiskWatch sees them), one between each two slices."""
    monkeypatch.setattr(lane_filling, "SLICE", 3)
    chance = random.Random(seed_number)
    seed(
        service, *((q, [f"{q.value}-{n}" for n in range(chance.randint(0, 30))]) for q in Quadrant)
    )
    path = open_database(data_dir).path
    other = OtherProgram(path)
    matrix = MatrixWidget(board)
    qtbot.addWidget(matrix)
    qtmodeltester.check(matrix.views[Quadrant.INBOX].lane(), force_py=True)
    with connect(path) as connection:
        matrix.reload(read_lanes(connection, per_lane=FIRST), False)
        counts = count_open(connection)
    connection.close()
    edits_while_filling = 0

    def between(_read: int) -> None:
        nonlocal edits_while_filling
        edits_while_filling += filling(matrix)
        tasks = service.tasks.lanes()
        kind = chance.choice(["move", "move", "done", "delete", "undo", "redo", "add", "other"])
        if kind == "undo":
            board.undo_stack.undo()
        elif kind == "redo":
            board.undo_stack.redo()
        elif kind == "add":
            board.add([TaskDraft(f"new-{chance.random():.6f}", chance.choice(list(Quadrant)))])
        elif not tasks:
            return
        elif kind == "move":
            ids = [t.id for t in chance.sample(tasks, min(len(tasks), chance.randint(1, 3)))]
            target = chance.choice(list(Quadrant))
            lane = [t for t in tasks if t.quadrant is target and t.id not in ids]
            before = None if chance.random() < 0.4 else chance.choice([None, *(t.id for t in lane)])
            board.move(ids, target, before)
        elif kind == "done":
            board.set_done([chance.choice(tasks).id], True)
        elif kind == "delete":
            board.delete([chance.choice(tasks).id])
        else:  # another program moves a task; the DiskWatch hands the window what it reads
            task = chance.choice(tasks)
            quadrant = chance.choice(list(Quadrant))
            other.update(TASKS, task.id, quadrant=quadrant, position=chance.randint(-5, 10**7))
            if chance.random() < 0.5:
                other.update(TASKS, chance.choice(tasks).id, status=Status.DROPPED)
            matrix.sync_with(board.tasks(include_done=False))

    source = Interrupted(path, between)
    matrix.complete_after_first_paint(source, counts)
    with qtbot.waitSignal(matrix.loaded, timeout=10_000):
        matrix._after_first_paint()  # as the first paint does
    qtbot.wait(1)  # the edit the last read let through
    other.close()
    assert shown(matrix) == held(service)
    open_counts = {q: v.lane().open_count() for q, v in matrix.views.items()}
    assert open_counts == {q: len(tasks) for q, tasks in held(service).items()}
    assert edits_while_filling > 0
