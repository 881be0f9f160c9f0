"""A repeating task in the window: its card shows ↻ and the rule in words; done, the lane shows
exactly one next occurrence with the next due date; undo brings the lane back."""

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.task_repeats import parse_task_repeat
from app.ui.matrix.card_delegate import card_parts
from app.ui.shell.main_window import MainWindow


def test_done_shows_one_next_occurrence_and_the_card_says_how_it_repeats(
    service: Services, open_main_window
) -> None:
    window: MainWindow = open_main_window()
    today = window.calendar.week.days[0]
    monday = today - timedelta(days=today.weekday())
    repeat = parse_task_repeat("FREQ=WEEKLY;BYDAY=MO", monday)
    [task] = service.tasks.add(
        [TaskDraft("Weekly 1:1 notes", Quadrant.DEFER, due=monday, repeat=repeat)]
    ).created()
    window.matrix.reload(service.tasks.lanes(), False)
    texts = [text for text, _ in card_parts(task, monday)]
    assert "↻ every week on Mon" in texts

    window.board.set_done([task.id], True)
    [following] = window.matrix.views[Quadrant.DEFER].lane().tasks()
    assert following.id != task.id
    assert following.due == monday + timedelta(weeks=1)
    assert following.repeat == repeat
    window.board.undo_stack.undo()
    assert [t.id for t in window.matrix.views[Quadrant.DEFER].lane().tasks()] == [task.id]


def test_the_task_editor_sets_and_clears_the_repeat(
    service: Services, open_main_window, qtbot: QtBot
) -> None:
    [task] = service.tasks.add([TaskDraft("Water the plants", Quadrant.DO)]).created()
    window: MainWindow = open_main_window()
    editor = window.open_editor(task.id)
    assert editor is not None
    editor.repeat.setText("3d after done")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    assert service.tasks.get([task.id])[task.id].repeat == "AFTER-DONE=3"
    editor = window.open_editor(task.id)
    assert editor is not None
    assert editor.repeat.text() == "3d after done"
    editor.repeat.setText("every so often")
    editor.accept()
    assert editor.isVisible()  # named under the form; nothing lost
    assert "Repeat:" in editor.error.text()
    editor.repeat.setText("")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    assert service.tasks.get([task.id])[task.id].repeat is None
    window.board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].repeat == "AFTER-DONE=3"
