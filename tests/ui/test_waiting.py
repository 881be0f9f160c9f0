"""View ▸ Waiting For: delegated tasks by person, overdue first, and one step each to follow
through — Followed Up, Got It Back, Done — each undoable; a person renamed everywhere."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from pytestqt.qtbot import QtBot

from app.model.history import EventKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.board import Board
from app.ui.shell.theme import LIGHT
from app.ui.waiting.waiting_model import WaitingModel
from app.ui.waiting.waiting_window import WaitingWindow

TODAY = date(2026, 12, 2)  # a Wednesday

pytestmark = pytest.mark.usefixtures("catalogues")  # English plurals, as the window has them


def seed(service: Services) -> dict[str, int]:
    drafts = [
        TaskDraft("Later", Quadrant.DELEGATE, delegate="Alex", follow_up=date(2026, 12, 20)),
        TaskDraft(
            "Interview loop", Quadrant.DELEGATE, delegate="Pria", follow_up=date(2026, 12, 1)
        ),
        TaskDraft("Vendor quote", Quadrant.DELEGATE, delegate="Pria", follow_up=TODAY),
    ]
    created = service.tasks.add(drafts).created()
    return {task.title: task.id for task in created}


def rows(window: WaitingWindow) -> list[tuple[str, ...]]:
    model = window.model
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def open_waiting(board: Board, qtbot: QtBot) -> WaitingWindow:
    window = WaitingWindow(board, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_list_groups_by_person_with_overdue_first(
    service: Services, board: Board, qtbot: QtBot, qtmodeltester: object
) -> None:
    seed(service)
    window = open_waiting(board, qtbot)
    assert window.objectName() == "waiting-for"
    assert window.accessibleName() == "Waiting for"
    assert [(r[0], r[1], r[3]) for r in rows(window)] == [
        ("Pria", "Interview loop", "follow-up overdue since Tue 1 Dec"),
        ("Pria", "Vendor quote", "follow up today"),
        ("Alex", "Later", "follow up Sun 20 Dec"),
    ]
    colour = window.model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(LIGHT.overdue)
    assert window.summary.text() == "3 waiting, 1 follow-up overdue"
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    empty = WaitingModel()
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_followed_up_got_it_back_and_done_each_undo(
    service: Services, board: Board, qtbot: QtBot
) -> None:
    ids = seed(service)
    window = open_waiting(board, qtbot)
    window.table.selectRow(0)  # Interview loop, overdue
    window.findChild(QAction, "followed-up").trigger()
    task = service.tasks.get([ids["Interview loop"]])[ids["Interview loop"]]
    assert task.follow_up == date(2026, 12, 7)  # three working days after Wednesday
    kinds = [e.kind for e in service.history.of_tasks([task.id])]
    assert EventKind.FOLLOWED_UP in kinds
    assert window.summary.text() == "3 waiting"
    board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].follow_up == date(2026, 12, 1)

    window.table.selectRow(0)
    window.findChild(QAction, "got-it-back").trigger()
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.DO
    assert [r[1] for r in rows(window)] == ["Vendor quote", "Later"]
    board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.DELEGATE

    window.table.selectRow(2)  # Later
    window.findChild(QAction, "waiting-done").trigger()
    assert not service.tasks.get([ids["Later"]])[ids["Later"]].is_open
    board.undo_stack.undo()
    assert service.tasks.get([ids["Later"]])[ids["Later"]].is_open


def test_one_persons_list_and_renaming_them(service: Services, board: Board, qtbot: QtBot) -> None:
    ids = seed(service)
    service.tasks.set_done([ids["Vendor quote"]], True)
    window = open_waiting(board, qtbot)
    window.person.setCurrentText("Pria")
    assert [r[1] for r in rows(window)] == ["Interview loop", "Vendor quote"]
    assert rows(window)[1][3].startswith("done ")
    window.rename_button.click()
    dialog = window._rename
    assert dialog is not None
    dialog.setTextValue("Priya")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert window.chosen_person() == "Priya"
    found = service.tasks.get(ids.values())
    assert {found[ids[t]].delegate for t in ("Interview loop", "Vendor quote")} == {"Priya"}
    board.undo_stack.undo()
    assert service.tasks.get([ids["Interview loop"]])[ids["Interview loop"]].delegate == "Pria"


def test_the_view_menu_opens_it(service: Services, open_main_window) -> None:
    seed(service)
    main = open_main_window()
    action = main.findChild(QAction, "show-waiting")
    assert action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()
    window = main.findChild(WaitingWindow, "waiting-for")
    assert window.isVisible()
    assert window.model.rowCount() == 3
    window.grab().save("/tmp/waiting.png")


def test_waiting_for_speaks_german(german: None, service: Services, board: Board, qtbot: QtBot):
    seed(service)
    service.tasks.add([TaskDraft("Budget", Quadrant.DELEGATE)])
    window = open_waiting(board, qtbot)
    assert window.windowTitle() == "Warten auf"
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Person", "Delegiert", "Seit", "Nachfassen"]
    assert [(r[0], r[1], r[3]) for r in rows(window)] == [
        ("Pria", "Interview loop", "Nachfassen überfällig seit Di., 1. Dez."),
        ("Pria", "Vendor quote", "heute nachfassen"),
        ("Alex", "Later", "nachfassen am So., 20. Dez."),
        ("Noch niemand", "Budget", "kein Nachfasstermin"),
    ]
    assert window.summary.text() == "4 warten, 1 Nachfasstermin überfällig"
    assert window.person.itemText(0) == "Alle"
    buttons = [action.text() for action in window.steps]
    assert buttons == ["&Nachgefasst", "&Zurückbekommen", "&Erledigt"]
    window.table.selectRow(0)
    window.follow_up_selection()  # the last overdue one: plurals for none
    assert window.summary.text() == "4 warten"
    window.table.selectRow(3)
    window.done_selection()
    assert window.summary.text() == "3 warten"


def test_one_waiting_reads_as_one(service: Services, board: Board, qtbot: QtBot) -> None:
    seed(service)
    window = open_waiting(board, qtbot)
    window.table.selectRow(0)
    window.follow_up_selection()
    assert window.summary.text() == "3 waiting"
    window.person.setCurrentText("Alex")
    assert window.summary.text() == "1 waiting"
