"""Triage from the keyboard in the real window: digits, Space, Delete, Enter and the arrows,
and B, which blocks time in the week for the selected tasks."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, TimeBlock
from app.model.quadrant import Quadrant, Status
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import local_instant
from app.ui.matrix.task_editor import TaskEditor
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import lane_titles, seed


def select(window: MainWindow, quadrant: Quadrant, row: int):
    view = window.matrix.views[quadrant]
    view.setFocus()
    view.select_row(row)
    return view


def titles(window: MainWindow, quadrant: Quadrant) -> list[str]:
    return [t.title for t in window.matrix.views[quadrant].lane().tasks()]


def test_digits_send_the_selected_task_and_the_next_one_is_selected(
    service: Services, open_main_window, qtbot: QtBot
):
    seed(service, (Quadrant.INBOX, ["first", "second", "third", "fourth", "fifth"]))
    window = open_main_window()
    inbox = select(window, Quadrant.INBOX, 0)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(inbox, key)
    assert lane_titles(service, Quadrant.DO) == ["first"]
    assert lane_titles(service, Quadrant.DEFER) == ["second"]
    assert lane_titles(service, Quadrant.DELEGATE) == ["third"]
    assert lane_titles(service, Quadrant.ELIMINATE) == ["fourth"]
    assert titles(window, Quadrant.INBOX) == ["fifth"]
    assert inbox.selected_ids() == [window.matrix.views[Quadrant.INBOX].lane().task_at(0).id]
    header = window.findChild(QLabel, "lane-count-do")
    assert header.text() == "1"

    do = select(window, Quadrant.DO, 0)
    qtbot.keyClick(do, Qt.Key.Key_0)
    assert lane_titles(service, Quadrant.INBOX) == ["fifth", "first"]


def test_space_marks_done_and_delete_deletes(service: Services, open_main_window, qtbot: QtBot):
    seed(service, (Quadrant.DO, ["finish me", "remove me", "keep me"]))
    window = open_main_window()
    do = select(window, Quadrant.DO, 0)
    qtbot.keyClick(do, Qt.Key.Key_Space)
    assert {t.title: t.status for t in service.tasks.lanes(include_done=True)}[
        "finish me"
    ] is Status.DONE
    assert titles(window, Quadrant.DO) == ["remove me", "keep me"]
    qtbot.keyClick(do, Qt.Key.Key_Delete)
    assert lane_titles(service, Quadrant.DO) == ["finish me", "keep me"]  # done one is kept
    assert titles(window, Quadrant.DO) == ["keep me"]

    window.findChild(type(window.show_done_action), "show-done").trigger()
    assert titles(window, Quadrant.DO) == ["finish me", "keep me"]
    assert window.findChild(QLabel, "lane-count-do").text() == "1"  # open tasks only
    select(window, Quadrant.DO, 0)
    qtbot.keyClick(do, Qt.Key.Key_Space)  # Space again reopens a done task
    assert window.findChild(QLabel, "lane-count-do").text() == "2"
    assert {t.title: t.status for t in service.tasks.lanes()}["finish me"] is Status.OPEN


def test_arrows_move_the_selection_between_lanes(service: Services, open_main_window, qtbot: QtBot):
    seed(
        service,
        (Quadrant.INBOX, ["i1", "i2"]),
        (Quadrant.DO, ["d1", "d2"]),
        (Quadrant.DEFER, ["f1"]),
        (Quadrant.DELEGATE, ["g1"]),
        (Quadrant.ELIMINATE, ["e1"]),
    )
    window = open_main_window()
    inbox = select(window, Quadrant.INBOX, 1)
    path = [
        (Qt.Key.Key_Right, Quadrant.DO, "d2"),
        (Qt.Key.Key_Down, Quadrant.DELEGATE, "g1"),
        (Qt.Key.Key_Right, Quadrant.ELIMINATE, "e1"),
        (Qt.Key.Key_Up, Quadrant.DEFER, "f1"),
        (Qt.Key.Key_Left, Quadrant.DO, "d1"),
        (Qt.Key.Key_Left, Quadrant.INBOX, "i1"),
    ]
    for key, lane, title in path:
        qtbot.keyClick(QApplication.focusWidget() or inbox, key)
        focused = QApplication.focusWidget()
        assert focused is window.matrix.views[lane]
        assert [
            window.matrix.views[lane].lane().task_at(i.row()).title
            for i in focused.selectionModel().selectedRows()
        ] == [title]


def test_enter_opens_the_editor_on_the_selected_task(
    service: Services, open_main_window, qtbot: QtBot
):
    seed(service, (Quadrant.DEFER, ["plan the quarter"]))
    window = open_main_window()
    defer = select(window, Quadrant.DEFER, 0)
    qtbot.keyClick(defer, Qt.Key.Key_Return)
    editor = window.findChild(TaskEditor)
    assert editor is not None
    assert editor.isVisible()
    assert editor.title.text() == "plan the quarter"
    editor.reject()


def test_digits_typed_in_the_quick_add_field_are_text(
    service: Services, open_main_window, qtbot: QtBot
):
    seed(service, (Quadrant.INBOX, ["stay here"]))
    window = open_main_window()
    select(window, Quadrant.INBOX, 0)
    window.quick_add.setFocus()
    qtbot.keyClicks(window.quick_add, "1 2 3")
    assert window.quick_add.text() == "1 2 3"
    assert lane_titles(service, Quadrant.INBOX) == ["stay here"]


def test_double_click_opens_the_editor(service: Services, open_main_window, qtbot: QtBot):
    seed(service, (Quadrant.DO, ["a", "b"]))
    window = open_main_window()
    view = window.matrix.views[Quadrant.DO]
    centre = view.visualRect(view.model().index(1, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = window.findChild(TaskEditor)
    assert editor is not None
    assert editor.title.text() == "b"
    editor.reject()


def test_standard_undo_and_redo_keys(service: Services, open_main_window, qtbot: QtBot):
    seed(service, (Quadrant.INBOX, ["triage me"]))
    window = open_main_window()
    inbox = select(window, Quadrant.INBOX, 0)
    qtbot.keyClick(inbox, Qt.Key.Key_2)
    assert lane_titles(service, Quadrant.DEFER) == ["triage me"]
    qtbot.keySequence(inbox, "Ctrl+Z")
    assert lane_titles(service, Quadrant.INBOX) == ["triage me"]
    assert titles(window, Quadrant.INBOX) == ["triage me"]
    qtbot.keySequence(inbox, "Ctrl+Shift+Z")
    assert lane_titles(service, Quadrant.DEFER) == ["triage me"]
    assert titles(window, Quadrant.DEFER) == ["triage me"]


def test_right_click_offers_the_card_actions(service: Services, open_main_window, qtbot: QtBot):
    seed(service, (Quadrant.DO, ["a"]))
    window = open_main_window()
    view = window.matrix.views[Quadrant.DO]
    assert view.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    offered = [a.text() if not a.isSeparator() else "—" for a in view.actions()]
    assert offered == [
        "&Edit Task…\tEnter", "—", "Mark &Done / Not Done", "Send to Do", "Send to Defer",
        "Send to Delegate", "Send to Eliminate", "Send to Inbox", "—",
        "&Accept Suggested Move", "Dis&miss Suggestion", "—", "&Block Time in the Week", "—",
        "&Delete Task",
    ]  # fmt: skip
    card = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=card)  # selects the card
    next(a for a in view.actions() if a.text() == "Send to Eliminate").trigger()
    assert lane_titles(service, Quadrant.ELIMINATE) == ["a"]


def test_undo_selects_what_came_back(service: Services, open_main_window, qtbot: QtBot):
    seed(service, (Quadrant.INBOX, ["one", "two", "three"]))
    window = open_main_window()
    inbox = select(window, Quadrant.INBOX, 0)
    qtbot.keyClick(inbox, Qt.Key.Key_1)  # "one" to Do; "two" is selected now
    qtbot.keySequence(window.matrix.views[Quadrant.DO], "Ctrl+Z")
    assert QApplication.focusWidget() is inbox
    assert [inbox.lane().task_at(i.row()).title for i in inbox.selectionModel().selectedRows()] == [
        "one"
    ]


def test_ctrl_arrows_reorder_within_the_lane(service: Services, open_main_window, qtbot: QtBot):
    seed(service, (Quadrant.DEFER, ["a", "b", "c"]))
    window = open_main_window()
    defer = select(window, Quadrant.DEFER, 2)
    qtbot.keySequence(defer, "Ctrl+Up")
    assert lane_titles(service, Quadrant.DEFER) == ["a", "c", "b"]
    qtbot.keySequence(defer, "Ctrl+Up")
    assert lane_titles(service, Quadrant.DEFER) == ["c", "a", "b"]
    qtbot.keySequence(defer, "Ctrl+Up")  # already first: nothing happens
    assert lane_titles(service, Quadrant.DEFER) == ["c", "a", "b"]
    qtbot.keySequence(defer, "Ctrl+Down")
    assert lane_titles(service, Quadrant.DEFER) == ["a", "c", "b"]
    assert titles(window, Quadrant.DEFER) == ["a", "c", "b"]
    assert defer.selected_ids() == [defer.lane().task_at(1).id]  # "c" stays selected


def test_b_blocks_time_in_the_first_free_working_hours_from_now(
    service: Services, open_main_window, qtbot: QtBot
):
    added = service.tasks.add(
        [
            TaskDraft("Strategy", Quadrant.DEFER, estimate=90),
            TaskDraft("Coaching plan", Quadrant.DEFER),
        ]
    ).created()
    tasks = {task.title: task for task in added}
    window = open_main_window()
    calendar = window.calendar
    week = calendar.week
    calendar.set_working_hours(9, 18)
    # Monday 10:50 of the week on show, with a meeting from 11:00 to 12:00 already there
    calendar.canvas.now = lambda: local_instant(week.days[0], 10 * 60 + 50, week.zone)
    meeting = local_instant(week.days[0], 11 * 60, week.zone)
    service.blocks.add([BlockDraft(meeting, meeting + timedelta(hours=1), "Sync")])
    window.reload_calendar()
    defer = select(window, Quadrant.DEFER, 0)
    defer.select_ids([tasks["Strategy"].id, tasks["Coaching plan"].id])
    qtbot.keyClick(defer, Qt.Key.Key_B)

    def when(block: TimeBlock) -> tuple[int, str, str]:
        start, end = block.start.astimezone(week.zone), block.end.astimezone(week.zone)
        return week.days.index(start.date()), f"{start:%H:%M}", f"{end:%H:%M}"

    blocks = service.blocks.between(week.start, week.end)
    linked = {block.task_id: when(block) for block in blocks if block.task_id}
    assert linked == {
        tasks["Strategy"].id: (0, "12:00", "13:30"),  # 90 minutes, after the meeting
        tasks["Coaching plan"].id: (0, "13:30", "14:30"),  # no estimate: an hour
    }
    canvas = calendar.canvas
    assert canvas.hasFocus()  # on the new block, to move it with the arrows
    assert canvas.model.block(canvas.selected).task_id == tasks["Strategy"].id
    window.board.undo_stack.undo()  # one step for both
    assert [b.title for b in service.blocks.between(week.start, week.end)] == ["Sync"]
