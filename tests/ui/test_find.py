"""Find: Ctrl+F narrows every lane as one types, fades the blocks that do not match, counts
"3 of 12", and Escape puts everything back; the filtered lanes still select, move and drop."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.task_filter import TaskFilter, TaskSearch
from app.ui.matrix.lane_filter import LaneFilter
from app.ui.matrix.lane_model import LaneModel
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import lane_titles, seed
from tests.ui.test_week_calendar import add_block


def shown(window: MainWindow, quadrant: Quadrant) -> list[str]:
    model = window.matrix.views[quadrant].model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_ctrl_f_filters_every_lane_as_you_type_and_escape_clears(
    service: Services, open_main_window, qtbot: QtBot
) -> None:
    seed(
        service,
        (Quadrant.INBOX, ["Budget draft", "Lunch"]),
        (Quadrant.DO, ["Budget review", "Fix deploy", "Hire SRE"]),
    )
    window: MainWindow = open_main_window()
    QTest.keySequence(window, "Ctrl+F")
    field = window.findChild(QLineEdit, "search")
    assert field is not None
    assert field.isVisible()
    assert field.hasFocus()
    assert field.accessibleName() == "Filter tasks"
    QTest.keyClicks(field, "budg")
    assert shown(window, Quadrant.INBOX) == ["Budget draft"]
    assert shown(window, Quadrant.DO) == ["Budget review"]
    assert window.findChild(QWidget, "lane-count-do").text() == "1 of 3"
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not field.isVisible()
    assert field.text() == ""
    assert shown(window, Quadrant.DO) == ["Budget review", "Fix deploy", "Hire SRE"]
    assert window.findChild(QWidget, "lane-count-do").text() == "3"


def test_filtered_lanes_still_move_and_select_the_cards_shown(
    service: Services, open_main_window
) -> None:
    seed(service, (Quadrant.DO, ["alpha #x", "beta", "gamma #x"]))
    service.tasks.add([TaskDraft("delta", Quadrant.DO, tags=("x",))])
    window: MainWindow = open_main_window()
    window.filter.start()
    QTest.keyClicks(window.search, "#x")
    do = window.matrix.views[Quadrant.DO]
    assert len(shown(window, Quadrant.DO)) == 1  # “alpha #x” keeps its words: only delta
    window.search.clear()
    QTest.keyClicks(window.search, "a")
    assert shown(window, Quadrant.DO) == ["alpha #x", "beta", "gamma #x", "delta"]
    window.search.setText("ta")
    assert shown(window, Quadrant.DO) == ["beta", "delta"]
    do.setFocus()
    do.select_row(1)
    window.matrix.move_selection_by(-1)  # before “beta”, past the hidden ones
    assert lane_titles(service, Quadrant.DO) == ["alpha #x", "delta", "beta", "gamma #x"]
    assert do.selected_ids() == [service.tasks.lanes(quadrant=Quadrant.DO)[1].id]
    window.matrix.send_selection_to(Quadrant.DEFER)
    assert lane_titles(service, Quadrant.DEFER) == ["delta"]
    assert shown(window, Quadrant.DEFER) == ["delta"]


def test_blocks_that_do_not_match_are_faded(service: Services, open_main_window) -> None:
    tasks = seed(service, (Quadrant.DEFER, ["Coach Priya", "Plan offsite"]))
    window: MainWindow = open_main_window()
    coach = add_block(
        window, service, 1, "09:00", "10:00", title="", task_id=tasks["Coach Priya"].id
    )
    plan = add_block(
        window, service, 1, "11:00", "12:00", title="", task_id=tasks["Plan offsite"].id
    )
    lunch = add_block(window, service, 2, "12:00", "13:00", title="Lunch with Priya")
    window.filter.start()
    QTest.keyClicks(window.search, "priya")
    faded = window.calendar.canvas.faded
    assert faded is not None
    linked = window.calendar.canvas.model.linked
    assert [faded(b, linked(b)) for b in (coach, plan, lunch)] == [False, True, False]


def test_one_selection_across_the_lanes(service: Services, open_main_window) -> None:
    seed(service, (Quadrant.INBOX, ["a"]), (Quadrant.DO, ["b"]))
    window: MainWindow = open_main_window()
    inbox, do = window.matrix.views[Quadrant.INBOX], window.matrix.views[Quadrant.DO]
    inbox.select_row(0)
    do.select_row(0)
    assert inbox.selected_ids() == []
    assert len(do.selected_ids()) == 1
    window.matrix.delete_selection()  # acts on the card that shows selected
    assert lane_titles(service, Quadrant.DO) == []
    assert lane_titles(service, Quadrant.INBOX) == ["a"]


def test_the_lane_filter_is_a_sound_model(service: Services, board, qtmodeltester) -> None:
    seed(service, (Quadrant.DO, ["one", "two", "three"]))
    lane = LaneModel(Quadrant.DO, board)
    lane.reset(service.tasks.lanes())
    shown = LaneFilter(lane)
    shown.set_search(TaskSearch(TaskFilter.parse("o"), date.today(), date.today()))
    qtmodeltester.check(shown)
    assert shown.rowCount() == 2
