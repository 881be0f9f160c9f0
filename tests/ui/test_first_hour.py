"""The first hour with Quadrant, as a new user meets it: dialogs ready to type into, a status
bar that never lags behind undo, one selection across the lanes, and a new block's title field
that stays within its day."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.ui.matrix.card_delegate import CardDelegate
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import seed
from tests.ui.test_week_calendar import add_block, drag


def test_the_task_editor_opens_ready_to_retype_the_title(
    service: Services, open_main_window, qtbot: QtBot
) -> None:
    tasks = seed(service, (Quadrant.DO, ["ship it"]))
    window: MainWindow = open_main_window()
    editor = window.open_editor(tasks["ship it"].id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.title.hasFocus())
    assert editor.title.selectedText() == "ship it"
    QTest.keyClicks(editor.title, "Ship the release")
    assert editor.title.text() == "Ship the release"


def test_the_block_editor_opens_ready_to_retype_the_title(
    service: Services, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    block = add_block(window, service, 1, "09:00", "10:00", title="Focus")
    editor = window.open_block_editor(block.id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.title.hasFocus())
    assert editor.title.selectedText() == "Focus"


def test_undo_and_redo_replace_the_status_message(
    service: Services, open_main_window, qtbot: QtBot
) -> None:
    seed(service, (Quadrant.INBOX, ["triage me"]))
    window: MainWindow = open_main_window()
    window.matrix.focus_lane(Quadrant.INBOX)
    window.matrix.delete_selection()
    assert window.statusBar().currentMessage().startswith("1 task deleted")
    window.board.undo_stack.undo()
    assert window.statusBar().currentMessage() == "Undid “Delete Task”."
    window.board.undo_stack.redo()
    assert window.statusBar().currentMessage() == "Redid “Delete Task”."
    window.quick_add.setText("Another one")
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == ""  # the old “Redid” no longer holds


def test_a_new_blocks_title_field_stays_within_its_day(open_main_window) -> None:
    window: MainWindow = open_main_window()
    window.resize(1280, 720)
    window.calendar.set_working_hours(0, 24)
    canvas = window.calendar.canvas
    drag(canvas, canvas.point_at(1, 10 * 60), canvas.point_at(1, 11 * 60))
    editor = canvas.findChild(QLineEdit, "new-block-title")
    assert editor is not None
    next_day = canvas.point_at(2, 10 * 60)
    assert editor.geometry().right() < next_day.x()


def test_at_1280_by_720_an_ordinary_title_is_read_whole(
    service: Services, open_main_window
) -> None:
    title = "Prepare the quarterly roadmap review doc"  # 40 characters
    assert len(title) == 40
    tasks = seed(service, (Quadrant.DO, [title]))
    window: MainWindow = open_main_window()
    window.resize(1280, 720)
    QTest.qWait(10)
    matrix, week = window.splitter.sizes()
    assert matrix / (matrix + week) > 0.55  # the matrix, not the week, has most of the room
    inbox, quadrants = window.matrix.sizes()
    assert inbox < quadrants
    view = window.matrix.views[Quadrant.DO]
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    option = QStyleOptionViewItem()
    option.font = view.font()
    width = delegate.text_width(view.viewport().width())
    lines = delegate.title_lines(tasks[title], option, width)
    assert " ".join(lines) == title  # on two lines at most, nothing cut
