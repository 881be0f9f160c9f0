"""Quick add: the field reads what is typed (lane, dates, estimate, person, tags, time of day),
shows it as chips before Enter, and stores it — with time blocked, as one undo step."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.week import local_zone
from app.ui.shell.main_window import MainWindow


def blocks(service: Services) -> list:
    far = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    return service.blocks.between(*far)


def test_typing_shows_chips_and_enter_stores_the_fields_and_a_block(
    service: Services, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    QTest.keyClicks(window.quick_add, "Call Alice about roadmap tomorrow 3pm #team @alice")
    tomorrow = datetime.now(local_zone()).date() + timedelta(days=1)
    preview = window.capture.preview
    assert preview.isVisible()
    day = f"{tomorrow:%a} {tomorrow.day} {tomorrow:%b}"
    assert preview.chips() == ["Delegate", f"due {day}", f"{day} 15:00", "@alice", "#team"]
    assert preview.title() == "Call Alice about roadmap"
    assert service.tasks.lanes() == []  # nothing is stored before Enter

    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)
    [task] = service.tasks.lanes()
    assert (task.title, task.quadrant, task.due, task.delegate, task.tags) == (
        "Call Alice about roadmap", Quadrant.DELEGATE, tomorrow, "alice", ("team",),
    )  # fmt: skip
    [block] = blocks(service)
    start = block.start.astimezone(local_zone())
    assert (block.task_id, start.date(), f"{start:%H:%M}") == (task.id, tomorrow, "15:00")
    assert block.end - block.start == timedelta(hours=1)
    assert window.quick_add.text() == ""
    assert window.matrix.views[Quadrant.DELEGATE].selected_ids() == [task.id]

    window.board.undo_stack.undo()  # one step takes back the task and its block
    assert service.tasks.lanes() == []
    assert blocks(service) == []
    assert window.statusBar().currentMessage().startswith("Undid “Add “Call Alice")
    window.board.undo_stack.redo()
    assert [t.title for t in service.tasks.lanes()] == ["Call Alice about roadmap"]
    assert len(blocks(service)) == 1


def test_quoted_words_stay_in_the_title(service: Services, open_main_window) -> None:
    window: MainWindow = open_main_window()
    QTest.keyClicks(window.quick_add, 'Read "#5 tomorrow" notes 30m')
    assert window.capture.preview.chips() == ["Inbox", "30m"]
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)
    [task] = service.tasks.lanes()
    assert (task.title, task.quadrant, task.estimate, task.tags) == (
        "Read #5 tomorrow notes", Quadrant.INBOX, 30, (),
    )  # fmt: skip


def test_pasted_lines_are_each_read(service: Services, open_main_window, qtbot: QtBot) -> None:
    window: MainWindow = open_main_window()
    QGuiApplication.clipboard().setText("Budget review !do 2h\nHire an SRE #hiring\n")
    window.quick_add.paste_clipboard()
    box = window.findChild(QMessageBox, "paste-lines")
    assert box is not None
    add = next(b for b in box.findChildren(QPushButton) if b.text() == "Add 2 Tasks")
    with qtbot.waitSignal(box.finished):
        add.click()
    stored = {t.title: t for t in service.tasks.lanes()}
    assert stored["Budget review"].quadrant is Quadrant.DO
    assert stored["Budget review"].estimate == 120
    assert stored["Hire an SRE"].tags == ("hiring",)
