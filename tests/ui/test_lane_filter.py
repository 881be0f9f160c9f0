"""LaneFilter: the cards a filter shows keep step with the lane while it is on — cards that
arrive, leave or change are judged as they come — the selection of cards still shown survives
each keystroke, and drops through the filter land where the shown cards say."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskEdit
from app.model.task_filter import TaskFilter, TaskSearch
from app.ui.board import Board
from app.ui.drag_payload import decode_task_ids
from app.ui.matrix.lane_filter import LaneFilter
from app.ui.matrix.lane_model import LaneModel
from tests.ui.conftest import lane_titles, seed

TODAY = date.today()


def search(text: str) -> TaskSearch:
    return TaskSearch(TaskFilter.parse(text), TODAY, TODAY)


def lane_and_filter(board: Board, service: Services, quadrant: Quadrant) -> LaneFilter:
    lane = LaneModel(quadrant, board)
    lane.reset(service.tasks.lanes())
    board.tasksChanged.connect(lane.apply)
    return LaneFilter(lane)


def shown(model: LaneFilter) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_cards_that_arrive_leave_or_change_are_judged_as_they_come(
    board: Board, service: Services, qtmodeltester: ModelTester
) -> None:
    tasks = seed(
        service,
        (Quadrant.DO, ["plan budget", "hire", "budget review", "lunch"]),
        (Quadrant.INBOX, ["budget memo", "coffee"]),
    )
    do = lane_and_filter(board, service, Quadrant.DO)
    qtmodeltester.check(do, force_py=True)  # stays connected: every change below is checked
    do.set_search(search("budget"))
    assert shown(do) == ["plan budget", "budget review"]
    assert do.lane.rowCount() == 4

    board.move([tasks["budget memo"].id, tasks["coffee"].id], Quadrant.DO, tasks["hire"].id)
    assert shown(do) == ["plan budget", "budget memo", "budget review"]
    board.move([tasks["plan budget"].id, tasks["hire"].id], Quadrant.DEFER)
    assert shown(do) == ["budget memo", "budget review"]
    board.edit(tasks["lunch"].id, TaskEdit("lunch about the budget"))
    board.edit(tasks["budget review"].id, TaskEdit("review"))
    assert shown(do) == ["budget memo", "lunch about the budget"]
    board.undo_stack.undo()
    assert shown(do) == ["budget memo", "budget review", "lunch about the budget"]

    do.set_search(None)
    assert shown(do) == [t.title for t in do.lane.tasks()]
    assert not do.active


def test_each_keystroke_narrows_among_the_cards_shown_and_keeps_the_selection(
    board: Board, service: Services
) -> None:
    seed(service, (Quadrant.DO, ["alpha", "beta", "alphabet", "gamma", "betamax"]))
    do = lane_and_filter(board, service, Quadrant.DO)
    selection = QItemSelectionModel(do)
    do.set_search(search("a"))
    assert shown(do) == ["alpha", "beta", "alphabet", "gamma", "betamax"]
    selection.select(do.index(2, 0), QItemSelectionModel.SelectionFlag.Select)  # alphabet
    for text, expected, selected in [
        ("al", ["alpha", "alphabet"], ["alphabet"]),
        ("alp", ["alpha", "alphabet"], ["alphabet"]),
        ("alphab", ["alphabet"], ["alphabet"]),
        ("alpha", ["alpha", "alphabet"], ["alphabet"]),  # erasing widens again
        ("b", ["beta", "alphabet", "betamax"], ["alphabet"]),
        ("#b", [], []),  # a tag now, not a narrower word: a hidden card is no longer selected
        ("", ["alpha", "beta", "alphabet", "gamma", "betamax"], []),
    ]:
        do.set_search(search(text) if text else None)
        assert shown(do) == expected, text
        assert [index.data() for index in selection.selectedIndexes()] == selected, text


def test_drops_through_the_filter_go_before_the_card_shown(board: Board, service: Services) -> None:
    tasks = seed(
        service,
        (Quadrant.DO, ["one #x", "two", "three #x", "four"]),
        (Quadrant.INBOX, ["new"]),
    )
    do = lane_and_filter(board, service, Quadrant.DO)
    do.set_search(search("four"))
    inbox = LaneModel(Quadrant.INBOX, board)
    inbox.reset(service.tasks.lanes())
    payload = inbox.mimeData([inbox.index(0)])
    assert do.dropMimeData(payload, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert lane_titles(service, Quadrant.DO) == ["one #x", "two", "three #x", "new", "four"]
    assert shown(do) == ["four"]  # “new” does not match
    assert decode_task_ids(do.mimeData([do.index(0, 0)])) == [tasks["four"].id]  # what is shown
    assert do.dropMimeData(payload, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert lane_titles(service, Quadrant.DO) == ["one #x", "two", "three #x", "four", "new"]
