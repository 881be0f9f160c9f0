"""LaneModel: Qt model rules, the drag payload, and drops through the model API."""

import itertools

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.ui.board import Board
from app.ui.drag_payload import TASK_IDS_MIME, decode_task_ids, encode_task_ids
from app.ui.matrix.lane_model import LaneModel
from tests.ui.conftest import lane_titles, seed

LANES = {
    Quadrant.INBOX: ["in-a", "in-b", "in-c"],
    Quadrant.DO: ["do-a", "do-b"],
    Quadrant.DEFER: ["defer-a", "defer-b"],
    Quadrant.DELEGATE: ["delegate-a"],
    Quadrant.ELIMINATE: ["eliminate-a", "eliminate-b"],
}


def models(board: Board, service: Services) -> dict[Quadrant, LaneModel]:
    tasks = service.tasks.lanes()
    result = {}
    for quadrant in Quadrant:
        model = LaneModel(quadrant, board)
        model.reset(tasks)
        board.tasksChanged.connect(model.apply)
        result[quadrant] = model
    return result


@pytest.mark.parametrize("quadrant", list(Quadrant))
def test_models_pass_qt_model_tester(
    qtmodeltester: ModelTester, board: Board, service: Services, quadrant: Quadrant
):
    seed(service, *LANES.items())
    lanes = models(board, service)
    model = lanes[quadrant]
    qtmodeltester.check(model, force_py=True)
    # rows arriving, leaving and changing in place keep the model consistent
    source = lanes[Quadrant.DO if quadrant is not Quadrant.DO else Quadrant.INBOX]
    model.dropMimeData(
        source.mimeData([source.index(0)]), Qt.DropAction.MoveAction, 1, 0, QModelIndex()
    )
    assert model.rowCount() == len(LANES[quadrant]) + 1
    board.set_done([model.task_at(0).id], True)
    board.undo_stack.undo()
    board.undo_stack.undo()
    assert [t.title for t in model.tasks()] == LANES[quadrant]


def test_cards_show_titles_in_lane_order(board: Board, service: Services):
    seed(service, *LANES.items())
    lanes = models(board, service)
    for quadrant, titles in LANES.items():
        model = lanes[quadrant]
        shown = [model.data(model.index(row)) for row in range(model.rowCount())]
        assert shown == titles


def test_payload_is_json_task_ids_under_the_contract_mime_type(board: Board, service: Services):
    tasks = seed(service, (Quadrant.INBOX, ["one", "two", "three"]))
    model = models(board, service)[Quadrant.INBOX]
    data = model.mimeData([model.index(2), model.index(0)])
    assert data.formats() == [TASK_IDS_MIME]
    assert bytes(data.data(TASK_IDS_MIME).data()) == (
        f"[{tasks['one'].id}, {tasks['three'].id}]".encode()
    )
    assert decode_task_ids(encode_task_ids([5, 7])) == [5, 7]


@pytest.mark.parametrize("payload", [b"", b"not json", b'{"a": 1}', b'["1", 2]', b"\xff\xfe"])
def test_a_malformed_payload_is_refused_and_changes_nothing(
    board: Board, service: Services, payload: bytes
):
    seed(service, *LANES.items())
    before = service.tasks.lanes(include_done=True)
    data = QMimeData()
    data.setData(TASK_IDS_MIME, payload)
    model = models(board, service)[Quadrant.DO]
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert service.tasks.lanes(include_done=True) == before


@pytest.mark.parametrize(("source", "target"), [p for p in itertools.permutations(Quadrant, 2)])
def test_drop_moves_a_task_between_every_pair_of_lanes(
    board: Board, service: Services, source: Quadrant, target: Quadrant
):
    seed(service, *LANES.items())
    lanes = models(board, service)
    dragged = lanes[source].task_at(0)
    data = lanes[source].mimeData([lanes[source].index(0)])
    assert lanes[target].dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    # the database and both views agree: second card of the target lane, gone from the source
    assert lane_titles(service, target)[1] == dragged.title
    assert [t.title for t in lanes[target].tasks()] == lane_titles(service, target)
    assert dragged.title not in [t.title for t in lanes[source].tasks()]
    assert [t.title for t in lanes[source].tasks()] == lane_titles(service, source)


@pytest.mark.parametrize(
    ("rows", "drop_row", "expected"),
    [
        ([3], 0, ["in-d", "in-a", "in-b", "in-c"]),  # last to first
        ([0], 4, ["in-b", "in-c", "in-d", "in-a"]),  # first to the end
        ([0], -1, ["in-b", "in-c", "in-d", "in-a"]),  # onto empty space: the end
        ([0], 2, ["in-b", "in-a", "in-c", "in-d"]),  # down one place
        ([1, 3], 0, ["in-b", "in-d", "in-a", "in-c"]),  # two at once keep their order
        ([1], 1, ["in-a", "in-b", "in-c", "in-d"]),  # onto itself: nothing changes
    ],
)
def test_drop_reorders_within_a_lane(
    board: Board, service: Services, rows: list[int], drop_row: int, expected: list[str]
):
    seed(service, (Quadrant.INBOX, ["in-a", "in-b", "in-c", "in-d"]))
    inbox = models(board, service)[Quadrant.INBOX]
    data = inbox.mimeData([inbox.index(r) for r in rows])
    inbox.dropMimeData(data, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())
    assert lane_titles(service, Quadrant.INBOX) == expected
    assert [t.title for t in inbox.tasks()] == expected


def test_order_survives_a_restart(board: Board, service: Services, data_dir):
    seed(service, (Quadrant.DO, ["a", "b", "c"]))
    do = models(board, service)[Quadrant.DO]
    do.dropMimeData(do.mimeData([do.index(2)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    service.close()
    reopened = Services.open(data_dir / "quadrant.sqlite3")
    try:
        assert lane_titles(reopened, Quadrant.DO) == ["c", "a", "b"]
    finally:
        reopened.close()


def test_done_tasks_leave_the_lane_unless_shown(board: Board, service: Services):
    tasks = seed(service, (Quadrant.DO, ["a", "b"]))
    lanes = models(board, service)
    board.set_done([tasks["a"].id], True)
    assert [t.title for t in lanes[Quadrant.DO].tasks()] == ["b"]
    shown = LaneModel(Quadrant.DO, board, show_done=True)
    shown.reset(service.tasks.lanes(include_done=True))
    assert [t.title for t in shown.tasks()] == ["a", "b"]
    assert shown.open_count() == 1


def test_many_tasks_arriving_at_once_land_in_lane_order(
    qtmodeltester: ModelTester, board: Board, service: Services
) -> None:
    inbox = [f"in-{n}" for n in range(6)]
    tasks = seed(service, (Quadrant.DO, ["a", "b"]), (Quadrant.INBOX, inbox))
    do = models(board, service)[Quadrant.DO]
    qtmodeltester.check(do, force_py=True)  # stays connected: the arrivals below are checked
    board.move([tasks[title].id for title in inbox[:3]], Quadrant.DO, tasks["b"].id)
    board.move([tasks[title].id for title in inbox[3:]], Quadrant.DO)
    expected = ["a", "in-0", "in-1", "in-2", "b", "in-3", "in-4", "in-5"]
    assert [t.title for t in do.tasks()] == expected
    assert lane_titles(service, Quadrant.DO) == expected
