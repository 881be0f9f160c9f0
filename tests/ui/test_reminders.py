"""Reminders and the focus timer in the window, driven by an injected clock: each step calls
what the timer calls, so nothing waits. Offscreen there is no desktop bus and no tray: the
notice shows in the status bar, as it does on such a desktop."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QToolButton

from app.model.block import BlockDraft
from app.model.quadrant import Quadrant, Status
from app.model.services import Services
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import seed

from .test_week_calendar import at


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(open_main_window) -> MainWindow:
    return open_main_window()


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_block_is_announced_before_and_at_its_start_and_the_timer_sleeps_until_then(
    window: MainWindow, service: Services
) -> None:
    week = window.calendar.week
    service.blocks.add([BlockDraft(at(week, 2, "09:00"), at(week, 2, "11:00"), "Deep work")])
    clock = Clock(at(week, 2, "08:40"))
    reminders = window.reminders
    reminders.now = clock
    reminders.start()
    assert status(window) == ""
    assert reminders.timer.isSingleShot()
    assert reminders.timer.interval() == 15 * 60 * 1000 + 1  # asleep until 08:55

    clock.now = at(week, 2, "08:55")
    reminders.check()
    assert status(window) == "Deep work: Your focus block starts in 5 min, at 09:00."
    clock.now = at(week, 2, "09:00")
    reminders.check()
    assert status(window) == "Deep work: Your focus block runs now, until 11:00."
    timer = window.findChild(QLabel, "focus-time-left")
    assert timer.isVisible()
    assert timer.text() == "Focus: Deep work · 2 h left"
    assert reminders.timer.interval() == 60 * 1000 + 1  # the next minute of the focus timer


def test_no_burst_of_old_reminders_after_waking_up(window: MainWindow, service: Services) -> None:
    week = window.calendar.week
    service.blocks.add([
        BlockDraft(at(week, 1, "07:00"), at(week, 1, "08:00"), "Run"),
        BlockDraft(at(week, 1, "08:30"), at(week, 1, "10:00"), "Write the plan"),
    ])  # fmt: skip
    clock = Clock(at(week, 1, "06:00"))
    window.reminders.now = clock
    window.reminders.start()
    shown: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: shown.append(text) if text else None)
    clock.now = at(week, 1, "09:15")  # the timer fires late: the computer slept
    window.reminders.check()
    assert shown == ["Write the plan: Your focus block runs now, until 10:00."]


def test_switched_off_says_nothing_and_the_lead_is_kept(
    window: MainWindow, service: Services
) -> None:
    week = window.calendar.week
    service.blocks.add([BlockDraft(at(week, 3, "14:00"), at(week, 3, "15:00"), "Review")])
    clock = Clock(at(week, 3, "13:00"))
    reminders = window.reminders
    reminders.now = clock
    reminders.set_lead(15)
    reminders.start()
    assert reminders.timer.interval() == 45 * 60 * 1000 + 1
    reminders.set_enabled(False)
    clock.now = at(week, 3, "14:00")
    reminders.check()
    assert status(window) == ""
    assert window.findChild(QLabel, "focus-time-left").text() == "Focus: Review · 1 h left"
    assert reminders.lead() == 15


def test_done_at_the_end_of_a_focus_block_marks_its_task_done_as_one_undo_step(
    window: MainWindow, service: Services
) -> None:
    tasks = seed(service, (Quadrant.DO, ["Draft the budget"]))
    task = tasks["Draft the budget"]
    window.matrix.reload(service.tasks.lanes(), False)
    week = window.calendar.week
    service.blocks.add(
        [BlockDraft(at(week, 4, "09:00"), at(week, 4, "10:00"), "", task_id=task.id)]
    )
    window.reload_calendar()
    clock = Clock(at(week, 4, "09:59"))
    window.reminders.now = clock
    window.reminders.start()
    done = window.findChild(QToolButton, "focus-done")
    assert not done.isVisible()
    clock.now = at(week, 4, "10:00")
    window.reminders.check()
    assert window.findChild(QLabel, "focus-time-left").text() == "“Draft the budget” is over."
    assert done.isVisible()
    done.click()
    assert service.tasks.get([task.id])[task.id].status is Status.DONE
    assert not window.findChild(QLabel, "focus-time-left").isVisible()
    window.board.undo_stack.undo()
    assert service.tasks.get([task.id])[task.id].status is Status.OPEN


def test_clicking_a_notice_shows_the_block(window: MainWindow, service: Services) -> None:
    week = window.calendar.week.shifted(2)
    [block] = service.blocks.add(
        [BlockDraft(at(week, 0, "09:00"), at(week, 0, "10:00"), "Offsite")]
    ).created_blocks()
    window.notice.clicked.emit(block)
    assert window.calendar.week == week
    assert window.calendar.canvas.selected == block.id


def test_the_focus_timer_stands_apart_from_the_sync_state_and_shows_whole(
    window: MainWindow, service: Services
) -> None:
    window.resize(1280, 720)
    week = window.calendar.week
    service.blocks.add([BlockDraft(at(week, 2, "09:00"), at(week, 2, "11:00"), "Write the plan")])
    window.reminders.now = Clock(at(week, 2, "09:30"))
    window.reminders.start()
    timer = window.findChild(QLabel, "focus-time-left")
    sync = window.findChild(QLabel, "sync-status")
    bar = window.statusBar()
    shown = timer.geometry().translated(timer.parentWidget().mapTo(bar, QPoint(0, 0)))
    assert timer.width() >= timer.sizeHint().width()  # "Focus: Write the plan · 1 h 30 min left"
    assert (
        sync.mapTo(bar, QPoint(0, 0)).x() - shown.right()
        >= 2 * bar.fontMetrics().averageCharWidth()
    )


def test_a_note_over_a_problem_hides_it_until_the_note_goes(
    window: MainWindow, service: Services, qapp
) -> None:
    """The focus timer appearing makes the status bar taller, which used to show the problem
    again under the note: the two were drawn over each other."""
    week = window.calendar.week
    service.blocks.add([BlockDraft(at(week, 2, "09:00"), at(week, 2, "11:00"), "Deep work")])
    window.reminders.now = Clock(at(week, 2, "09:00"))
    window.show_problem("The calendar could not be read.", lasting=True)
    problem = window.findChild(QLabel, "problem")
    assert problem.isVisible()
    window.reminders.start()
    for _ in range(3):  # the status bar's layout, then what it queues
        qapp.processEvents()
    assert window.findChild(QLabel, "focus-time-left").isVisible()
    assert status(window) == "Deep work: Your focus block runs now, until 11:00."
    assert not problem.isVisible()
    window.statusBar().clearMessage()
    assert problem.isVisible()
    assert problem.text() == "The calendar could not be read."
