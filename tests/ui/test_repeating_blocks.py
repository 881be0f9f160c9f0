"""Repeating blocks in the week: every week shows them; deleting or editing one occurrence asks
this one, this and following, or all (a question that does not block); dragging one moves this
one; each is one undo step."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, TimeBlock
from app.model.quadrant import Quadrant
from app.model.repeats import parse_rule
from app.model.services import Services
from app.ui.calendar.block_editor import BlockEditor
from app.ui.shell import theme
from app.ui.shell.main_window import MainWindow

from .test_week_calendar import at, drag


@pytest.fixture
def window(open_main_window) -> MainWindow:
    window = open_main_window()
    window.calendar.set_working_hours(0, 24)
    return window


def repeating(window: MainWindow, service: Services, rule: str = "FREQ=WEEKLY;BYDAY=TU,TH") -> None:
    """Deep work, Tue and Thu 09:00–11:00 from this week on, stored by another program."""
    week = window.calendar.week
    start = at(week, 1, "09:00")
    repeat = parse_rule(rule, start, week.zone)
    service.blocks.add([BlockDraft(start, start + timedelta(hours=2), "Deep work", repeat=repeat)])
    window.reload_calendar()


def shown(window: MainWindow) -> list[str]:
    zone = window.calendar.week.zone
    return [
        f"{b.start.astimezone(zone):%a %H:%M} {b.title}" for b in window.calendar.model.blocks()
    ]


def open_question(window: MainWindow) -> QMessageBox | None:
    """The question that is open (one answered may linger until Qt deletes it)."""
    found = window.findChildren(QMessageBox, "repeat-scope")
    return next((question for question in found if question.isVisible()), None)


def answer(qtbot: QtBot, window: MainWindow, scope: str) -> None:
    question = open_question(window)
    assert question is not None
    button = question.findChild(QPushButton, f"scope-{scope}")
    with qtbot.waitSignal(question.finished):
        button.click()


def occurrence(window: MainWindow, index: int) -> TimeBlock:
    return window.calendar.model.blocks()[index]


def test_every_week_shows_the_series_and_the_tooltip_says_how_it_repeats(
    window: MainWindow, service: Services
) -> None:
    repeating(window, service)
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]
    window.calendar.next_week()
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]
    text = window.calendar.model.describe(occurrence(window, 0))
    assert "↻ repeats every week on Tue, Thu" in text


@pytest.mark.parametrize(
    ("scope", "now", "next_week"),
    [
        ("this", ["Tue 09:00 Deep work"], ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]),
        ("following", ["Tue 09:00 Deep work"], []),
        ("all", [], []),
    ],
)
def test_deleting_one_occurrence_asks_which_and_undo_brings_them_back(
    window: MainWindow, service: Services, qtbot: QtBot, scope: str, now: list[str],
    next_week: list[str],
) -> None:  # fmt: skip
    repeating(window, service)
    canvas = window.calendar.canvas
    thursday = occurrence(window, 1)
    QTest.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=canvas.block_rect(thursday.id).center().toPoint()
    )
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(shown(window)) == 2  # nothing yet: the question is open
    answer(qtbot, window, scope)
    assert shown(window) == now
    window.calendar.next_week()
    assert shown(window) == next_week
    window.board.undo_stack.undo()
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]
    window.calendar.previous_week()
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]


def test_dragging_one_occurrence_moves_this_one_as_one_undo_step(
    window: MainWindow, service: Services
) -> None:
    repeating(window, service)
    canvas = window.calendar.canvas
    tuesday = occurrence(window, 0)
    start = canvas.block_rect(tuesday.id).center()
    drag(canvas, start, start + (canvas.point_at(1, 14 * 60) - canvas.point_at(1, 9 * 60)))
    assert shown(window) == ["Tue 14:00 Deep work", "Thu 09:00 Deep work"]
    assert open_question(window) is None  # no question for a drag
    moved = window.calendar.model.block(canvas.selected or 0)
    assert moved is not None  # still selected: the arrow keys go on moving it
    assert moved.title == "Deep work"
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert shown(window) == ["Tue 14:15 Deep work", "Thu 09:00 Deep work"]
    window.board.undo_stack.undo()
    window.calendar.next_week()
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]
    window.calendar.previous_week()
    assert window.board.undo_stack.index() == 1  # the drag: one step
    window.board.undo_stack.undo()
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]


def test_editing_an_occurrence_asks_which_and_a_new_rule_offers_no_this_one(
    window: MainWindow, service: Services, qtbot: QtBot
) -> None:
    repeating(window, service)
    editor = window.open_block_editor(occurrence(window, 1).id)
    assert isinstance(editor, BlockEditor)
    assert editor.repeat is not None
    assert editor.repeat.choice.currentText() == "Weekly"
    editor.title.setText("Plan Q1")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    answer(qtbot, window, "all")
    assert shown(window) == ["Tue 09:00 Plan Q1", "Thu 09:00 Plan Q1"]

    editor = window.open_block_editor(occurrence(window, 1).id)
    editor.repeat.choice.setCurrentText("Every weekday")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    question = open_question(window)
    assert question is not None
    assert question.findChild(QPushButton, "scope-this") is None
    answer(qtbot, window, "following")
    assert [line.split()[0] for line in shown(window)] == ["Tue", "Thu", "Fri"]
    window.board.undo_stack.undo()
    window.board.undo_stack.undo()
    assert shown(window) == ["Tue 09:00 Deep work", "Thu 09:00 Deep work"]


def test_a_single_block_is_made_to_repeat_in_the_editor(
    window: MainWindow, service: Services, qtbot: QtBot
) -> None:
    week = window.calendar.week
    service.blocks.add([BlockDraft(at(week, 0, "08:30"), at(week, 0, "09:00"), "1:1 prep")])
    window.reload_calendar()
    editor = window.open_block_editor(occurrence(window, 0).id)
    editor.repeat.choice.setCurrentText("Every day")
    editor.repeat.ends.setCurrentText("After")
    editor.repeat.count.setValue(3)
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    assert shown(window) == ["Mon 08:30 1:1 prep", "Tue 08:30 1:1 prep", "Wed 08:30 1:1 prep"]
    window.board.undo_stack.undo()
    assert shown(window) == ["Mon 08:30 1:1 prep"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_weekly_repeat_row_shows_whole_and_its_chosen_days_stand_out(
    window: MainWindow, service: Services, qtbot: QtBot, scheme: str
) -> None:
    window.appearance.choose(scheme)
    repeating(window, service, "FREQ=DAILY")  # opens as "Every day": no weekly row yet
    editor = window.open_block_editor(occurrence(window, 0).id)
    assert isinstance(editor, BlockEditor)
    assert editor.repeat is not None
    field = editor.repeat
    qtbot.waitExposed(editor)
    field.choice.setCurrentText("Weekly")
    field.ends.setCurrentText("After")
    assert editor.width() >= editor.minimumSizeHint().width()  # grown, not squeezed
    label = editor.form.labelForField(field)
    for shown in (label, field.every, field.count, *field.days):
        assert shown.width() >= shown.sizeHint().width(), shown.objectName()  # nothing cut
    assert field.count.text() == "1 time"
    field.count.setValue(3)
    assert field.count.text() == "3 times"
    tuesday, wednesday = field.days[1], field.days[2]  # the first occurrence is a Tuesday
    assert tuesday.isChecked()
    assert not wednesday.isChecked()
    image = editor.grab().toImage()

    def fill(button: QWidget) -> QColor:
        corner = button.mapTo(editor, QPoint(3, button.height() // 2))
        return image.pixelColor(corner * editor.devicePixelRatioF())

    assert fill(tuesday) != fill(wednesday)
    assert fill(tuesday) == QColor(theme.shown().lanes[Quadrant.INBOX].accent)
    with qtbot.waitSignal(editor.finished):
        editor.reject()
