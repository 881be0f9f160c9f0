"""A repeating task in the window: its card shows ↻ and the rule in words (a narrow card ↻
alone); done, the lane shows exactly one next occurrence with the next due date; undo brings
the lane back."""

from datetime import date, timedelta

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.task_repeats import parse_task_repeat
from app.model.urgency import suggestion
from app.ui.matrix.card_delegate import SEPARATOR, card_parts, fitted
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


def test_a_narrow_card_with_a_suggestion_still_shows_that_it_repeats(
    service: Services, qapp: object
) -> None:
    monday = date(2026, 11, 30)
    repeat = parse_task_repeat("weekly", monday)
    draft = TaskDraft("Send the team update", Quadrant.DEFER, due=monday, estimate=30,
                      repeat=repeat, tags=("team",))  # fmt: skip
    [task] = service.tasks.add([draft]).created()
    suggested = suggestion(task, monday)
    assert suggested is not None
    parts = card_parts(task, monday, None, None, suggested)
    metrics = QFontMetrics(QFont())
    for extra in (0, 30, 60, 120):  # as narrow as a lane at 1280×720, and wider
        room = (
            metrics.horizontalAdvance(parts[0][0])
            + metrics.horizontalAdvance(SEPARATOR + "↻")
            + extra
        )
        shown = [text for text, _ in fitted(parts, metrics, room)]
        assert shown[0] == parts[0][0]  # the question, whole
        assert any(text.strip(" ·").startswith("↻") for text in shown)
        assert sum(metrics.horizontalAdvance(text) for text in shown) <= room
        assert all(text.strip(" ·") != "…" for text in shown)
