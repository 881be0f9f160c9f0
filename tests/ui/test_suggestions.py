"""Urgency suggestions on the cards: a task due soon says "move to Do?", U accepts (undoable),
Shift+U dismisses until the due date changes; the tooltip and the editor give the reason."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from app.cli.preferences import urgency_horizon
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft, TaskEdit
from app.model.urgency import next_follow_up
from app.model.week import day_text
from app.ui.matrix.delegate_popup import DelegatePopup
from app.ui.matrix.lane_model import SuggestionRole
from app.ui.matrix.suggestion_buttons import Button
from app.ui.shell.main_window import MainWindow


def card(window: MainWindow, quadrant: Quadrant, task_id: int) -> object:
    lane = window.matrix.views[quadrant].lane()
    row = lane.row_of(task_id)
    assert row is not None
    return lane.index(row)


def opened(open_main_window: object, qtbot: QtBot, task_id: int) -> MainWindow:
    window: MainWindow = open_main_window()  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.matrix.suggestions.suggestion(task_id) is not None)
    return window


def select(window: MainWindow, quadrant: Quadrant, task_id: int) -> None:
    view = window.matrix.views[quadrant]
    view.setFocus()
    view.select_ids([task_id])


def test_a_defer_task_due_tomorrow_shows_the_question_and_u_moves_it_to_do(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    today = date.today()
    due = today + timedelta(days=1)
    (task,) = service.tasks.add([TaskDraft("Budget", Quadrant.DEFER, due=due)]).created()
    window = opened(open_main_window, qtbot, task.id)

    index = card(window, Quadrant.DEFER, task.id)
    question = f"Due {day_text(due, today)} (tomorrow): move to Do?"
    assert index.data(SuggestionRole).question() == question  # type: ignore[attr-defined]
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[attr-defined]
    assert f"suggested: move to Do, due {day_text(due, today)}, tomorrow" in tooltip
    editor = window.open_editor(task.id)
    assert editor is not None
    assert editor.suggestion.text().startswith("Suggested: move to Do, due")
    editor.reject()

    select(window, Quadrant.DEFER, task.id)
    qtbot.keyClick(window.matrix.views[Quadrant.DEFER], Qt.Key.Key_U)
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.DO
    assert window.matrix.views[Quadrant.DO].lane().row_of(task.id) is not None
    assert window.matrix.suggestions.suggestion(task.id) is None  # in Do: nothing to suggest

    window.board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.DEFER
    assert window.matrix.suggestions.suggestion(task.id) is not None


def test_dismissing_hides_the_question_until_the_due_date_changes(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    due = date.today() + timedelta(days=1)
    drafts = [TaskDraft("Budget", Quadrant.DEFER, due=due), TaskDraft("Other", due=due)]
    task, other = sorted(service.tasks.add(drafts).created(), key=lambda t: t.id)
    window = opened(open_main_window, qtbot, task.id)

    select(window, Quadrant.DEFER, task.id)
    qtbot.keyClick(
        window.matrix.views[Quadrant.DEFER], Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier
    )
    assert window.matrix.suggestions.suggestion(task.id) is None
    assert card(window, Quadrant.DEFER, task.id).data(SuggestionRole) is None  # type: ignore[attr-defined]
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.DEFER  # nothing moved
    assert service.tasks.get([task.id])[task.id].dismissed_for == due

    window.close()
    again = opened(open_main_window, qtbot, other.id)  # the dismissals are read by now
    assert again.matrix.suggestions.suggestion(task.id) is None  # still dismissed

    sooner = due - timedelta(days=1)
    assert again.board.edit(task.id, TaskEdit("Budget", due=sooner))
    assert again.matrix.suggestions.suggestion(task.id) is not None


def test_the_window_says_once_a_day_that_follow_ups_are_due(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    today = date.today()
    drafts = [
        TaskDraft("Vendor quote", Quadrant.DELEGATE, delegate="Pria", follow_up=today),
        TaskDraft("Loop", Quadrant.DELEGATE, delegate="Alex", follow_up=today - timedelta(2)),
        TaskDraft("Later", Quadrant.DELEGATE, delegate="Alex", follow_up=today + timedelta(9)),
    ]
    service.tasks.add(drafts)
    window: MainWindow = open_main_window()  # type: ignore[operator]
    said = "2 delegated tasks to follow up today (View ▸ Waiting For)."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said)
    window.close()

    again: MainWindow = open_main_window()  # type: ignore[operator]
    qtbot.waitUntil(again.matrix.suggestions.ready)
    assert again.statusBar().currentMessage() != said  # once a day


def test_key_3_asks_to_whom_and_when_and_enter_saves_an_undoable_edit(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:

    service.tasks.add([TaskDraft("Old", Quadrant.DELEGATE, delegate="Pria")])
    (task,) = service.tasks.add([TaskDraft("Hiring plan")]).created()
    window: MainWindow = open_main_window()  # type: ignore[operator]
    select(window, Quadrant.INBOX, task.id)
    qtbot.keyClick(window.matrix.views[Quadrant.INBOX], Qt.Key.Key_3)
    popup = window.findChild(DelegatePopup, "delegate-popup")
    assert popup is not None
    assert popup.isVisible()
    assert popup.follow_up.text() == next_follow_up(date.today()).isoformat()
    assert "Pria" in popup.person.completer().model().stringList()  # type: ignore[attr-defined]
    qtbot.keyClicks(popup.person, "Sam")
    with qtbot.waitSignal(popup.finished):
        qtbot.keyClick(popup.person, Qt.Key.Key_Return)
    saved = service.tasks.get([task.id])[task.id]
    assert (saved.quadrant, saved.delegate) == (Quadrant.DELEGATE, "Sam")
    assert saved.follow_up == next_follow_up(date.today())

    window.board.undo_stack.undo()  # the edit, then the move
    assert service.tasks.get([task.id])[task.id].delegate is None
    window.board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.INBOX


def test_escape_skips_the_popup_and_the_task_stays_in_delegate(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    (task,) = service.tasks.add([TaskDraft("Hiring plan")]).created()
    window: MainWindow = open_main_window()  # type: ignore[operator]
    window.matrix.views[Quadrant.DELEGATE].lane().dropMimeData(
        window.matrix.views[Quadrant.INBOX]
        .lane()
        .mimeData([window.matrix.views[Quadrant.INBOX].lane().index(0)]),
        Qt.DropAction.MoveAction,
        -1,
        0,
        window.matrix.views[Quadrant.DELEGATE].lane().index(-1),
    )

    popup = window.findChild(DelegatePopup, "delegate-popup")
    assert popup is not None
    with qtbot.waitSignal(popup.finished):
        qtbot.keyClick(popup.person, Qt.Key.Key_Escape)
    stored_task = service.tasks.get([task.id])[task.id]
    assert (stored_task.quadrant, stored_task.delegate) == (Quadrant.DELEGATE, None)


def test_giving_an_inbox_task_a_person_offers_to_move_it_to_delegate(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:

    (task,) = service.tasks.add([TaskDraft("Hiring plan")]).created()
    window: MainWindow = open_main_window()  # type: ignore[operator]
    editor = window.open_editor(task.id)
    assert editor is not None
    editor.delegate.setText("Sam")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    offer = window.findChild(QMessageBox, "offer-delegate")
    assert offer is not None
    assert "Move it to Delegate?" in offer.text()
    with qtbot.waitSignal(offer.finished):
        offer.button(QMessageBox.StandardButton.Yes).click()
    assert service.tasks.get([task.id])[task.id].quadrant is Quadrant.DELEGATE


def test_the_urgency_horizon_is_asked_kept_and_read_by_the_cli(
    service: Services, open_main_window: object, qtbot: QtBot, data_dir: Path
) -> None:
    due = date.today() + timedelta(days=5)
    (task,) = service.tasks.add([TaskDraft("Budget", Quadrant.DEFER, due=due)]).created()
    window: MainWindow = open_main_window()  # type: ignore[operator]
    qtbot.waitUntil(window.matrix.suggestions.ready)
    assert window.matrix.suggestions.suggestion(task.id) is None  # 5 days: beyond 2

    dialog = window.ask_horizon()
    assert dialog.intValue() == 2
    dialog.setIntValue(7)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert window.matrix.suggestions.suggestion(task.id) is not None
    assert urgency_horizon(data_dir) == 7


def test_a_dismissal_is_one_undo_step(
    service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    due = date.today() + timedelta(days=1)
    [task] = service.tasks.add([TaskDraft("Budget", Quadrant.DEFER, due=due)]).created()
    window = opened(open_main_window, qtbot, task.id)
    select(window, Quadrant.DEFER, task.id)
    # the menu's action (Shift+U is pressed in the test above)
    window.findChild(QAction, "dismiss-suggestion").trigger()
    assert window.matrix.suggestions.suggestion(task.id) is None
    assert window.board.undo_stack.undoText() == "Dismiss Suggestion"

    window.board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].dismissed_for is None
    assert card(window, Quadrant.DEFER, task.id).data(SuggestionRole) is not None  # type: ignore[attr-defined]
    window.board.undo_stack.redo()
    assert window.matrix.suggestions.suggestion(task.id) is None


def test_a_click_on_move_or_the_cross_accepts_or_dismisses(
    service: Services, open_main_window: object, qtbot: QtBot, tmp_path: Path
) -> None:
    due = date.today() + timedelta(days=1)
    drafts = [
        TaskDraft("Budget", Quadrant.DEFER, due=due),
        TaskDraft("Hiring", Quadrant.DEFER, due=due),
    ]
    budget, hiring = sorted(service.tasks.add(drafts).created(), key=lambda t: t.id)
    window = opened(open_main_window, qtbot, budget.id)
    window.resize(1280, 720)
    view = window.matrix.views[Quadrant.DEFER]

    def buttons(task_id: int) -> dict[Button, QRect]:
        row = view.filter.shown_row(view.lane().row_of(task_id) or 0)
        return view.suggestion_buttons(view.filter.index(row or 0, 0))

    assert set(buttons(budget.id)) == {Button.ACCEPT, Button.DISMISS}
    window.grab().save(str(tmp_path / "suggestion-buttons.png"))
    move = buttons(budget.id)[Button.ACCEPT]
    assert view.viewport().rect().contains(move)
    selected_before = view.selected_ids()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=move.center())
    assert service.tasks.get([budget.id])[budget.id].quadrant is Quadrant.DO
    assert window.board.undo_stack.undoText() == "Move to Do"

    cross = buttons(hiring.id)[Button.DISMISS]
    at = view.viewport().mapToGlobal(cross.center())
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, cross.center(), at))
    assert QToolTip.text() == "Dismiss the suggestion until the due date changes (Shift+U)"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cross.center())
    assert service.tasks.get([hiring.id])[hiring.id].dismissed_for == due
    assert window.matrix.suggestions.suggestion(hiring.id) is None
    assert buttons(hiring.id) == {}  # the buttons go with the suggestion
    assert view.selected_ids() == selected_before  # a button click selects nothing
