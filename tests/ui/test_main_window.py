"""The main window as a user meets it: capture, editing, counts, view options, layout memory."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.matrix.card_delegate import card_parts, is_overdue
from app.ui.matrix.task_editor import TaskEditor
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import lane_titles, seed


def problem(window: MainWindow) -> str:
    return window.findChild(QLabel, "problem").text()


def test_views_are_found_by_name_and_show_titles(service: Services, open_main_window):
    seed(service, (Quadrant.INBOX, ["capture"]), (Quadrant.DELEGATE, ["hand off"]))
    window = open_main_window()
    for name, titles in [
        ("inbox", ["capture"]),
        ("quadrant-do", []),
        ("quadrant-defer", []),
        ("quadrant-delegate", ["hand off"]),
        ("quadrant-eliminate", []),
    ]:
        view = window.findChild(QAbstractItemView, name)
        model = view.model()
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == titles
        assert view.accessibleName()


def test_enter_in_quick_add_adds_to_the_inbox_and_clears(
    service: Services, open_main_window, qtbot: QtBot
):
    window = open_main_window()
    qtbot.keySequence(window, "Ctrl+N")
    assert QApplication.focusWidget() is window.quick_add
    qtbot.keyClicks(window.quick_add, "  Draft the   hiring plan ")
    qtbot.keyClick(window.quick_add, Qt.Key.Key_Return)
    assert lane_titles(service, Quadrant.INBOX) == ["Draft the hiring plan"]
    assert window.quick_add.text() == ""
    inbox = window.matrix.views[Quadrant.INBOX]
    assert [inbox.lane().task_at(0).title] == ["Draft the hiring plan"]
    assert window.findChild(QLabel, "lane-count-inbox").text() == "1"


def test_an_empty_or_huge_title_is_refused_and_the_text_is_kept(
    service: Services, open_main_window, qtbot: QtBot
):
    window = open_main_window()
    window.quick_add.setFocus()
    qtbot.keyClick(window.quick_add, Qt.Key.Key_Return)
    assert problem(window) == "Not added: a task needs a title."
    huge = "x" * 200_000
    window.quick_add.setText(huge)
    qtbot.keyClick(window.quick_add, Qt.Key.Key_Return)
    assert "200,000 characters" in problem(window)
    assert window.quick_add.text() == huge  # nothing the user typed is lost
    assert service.tasks.lanes() == []


def test_pasting_several_lines_offers_one_task_per_line(
    service: Services, open_main_window, qtbot: QtBot
):
    window = open_main_window()
    QGuiApplication.clipboard().setText("Call the vendor\n\n  Review budget  \nBook 1:1s\n")
    window.quick_add.setFocus()
    qtbot.keySequence(window.quick_add, "Ctrl+V")
    box = window.findChild(QMessageBox, "paste-lines")
    assert box is not None
    assert "Add 3 tasks" in box.text()
    add = next(b for b in box.findChildren(QPushButton) if b.text() == "Add 3 Tasks")
    with qtbot.waitSignal(box.finished):
        add.click()
    assert lane_titles(service, Quadrant.INBOX) == ["Call the vendor", "Review budget", "Book 1:1s"]
    assert window.quick_add.text() == ""
    window.board.undo_stack.undo()  # the whole paste is one step
    assert service.tasks.lanes() == []


def test_a_paste_with_one_bad_line_adds_nothing(service: Services, open_main_window, qtbot: QtBot):
    window = open_main_window()
    QGuiApplication.clipboard().setText("fine\n" + "y" * 600 + "\nalso fine")
    window.quick_add.setFocus()
    qtbot.keySequence(window.quick_add, "Ctrl+V")
    assert window.findChild(QMessageBox, "paste-lines") is None
    assert problem(window).startswith("Nothing added: line 2: the title is 600 characters long")
    assert service.tasks.lanes() == []


def test_editor_saves_every_field(service: Services, open_main_window, qtbot: QtBot):
    tasks = seed(service, (Quadrant.DELEGATE, ["collect feedback"]), (Quadrant.DO, ["old"]))
    window = open_main_window()
    editor = window.open_editor(tasks["collect feedback"].id)
    assert isinstance(editor, TaskEditor)
    editor.title.setText("Collect interview feedback")
    editor.due.setText("2026-12-01")
    editor.estimate.setText("1h30m")
    editor.delegate.setText("Priya")
    editor.follow_up.setText("2026-12-03")
    editor.tags.setText("#hiring, sre hiring")
    editor.notes.setPlainText("Ask for written notes.")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    task = service.tasks.lanes(quadrant=Quadrant.DELEGATE)[0]
    assert (
        task.title,
        task.due,
        task.estimate,
        task.delegate,
        task.follow_up,
        task.tags,
        task.notes,
    ) == (
        "Collect interview feedback",
        date(2026, 12, 1),
        90,
        "Priya",
        date(2026, 12, 3),
        ("hiring", "sre"),
        "Ask for written notes.",
    )
    shown = window.matrix.views[Quadrant.DELEGATE].lane().task_at(0)
    assert shown.title == "Collect interview feedback"
    window.board.undo_stack.undo()
    assert service.tasks.lanes(quadrant=Quadrant.DELEGATE)[0].title == "collect feedback"


def test_editor_names_a_bad_date_and_stays_open(service: Services, open_main_window):
    tasks = seed(service, (Quadrant.DO, ["ship it"]))
    window = open_main_window()
    editor = window.open_editor(tasks["ship it"].id)
    editor.title.setText("Ship it today")
    editor.due.setText("2026-02-30")
    editor.accept()
    assert editor.isVisible()
    assert editor.error.text() == "Due: “2026-02-30” is not a date: February 2026 has 28 days"
    assert service.tasks.lanes()[0].title == "ship it"  # nothing saved
    editor.due.setText("")
    editor.accept()
    assert not editor.isVisible()
    assert service.tasks.lanes()[0].title == "Ship it today"


def test_editor_offers_people_delegated_to_before(service: Services, open_main_window):
    service.tasks.add(
        [TaskDraft("a", Quadrant.DELEGATE, delegate="Priya"), TaskDraft("b", delegate="Jonas")]
    )
    tasks = seed(service, (Quadrant.INBOX, ["new"]))
    window = open_main_window()
    editor = window.open_editor(tasks["new"].id)
    completions = editor.delegate.completer().model()
    names = {completions.index(r, 0).data() for r in range(completions.rowCount())}
    assert names == {"Priya", "Jonas"}
    editor.reject()


def test_cards_show_due_estimate_delegate_and_overdue(service: Services):
    today = date(2026, 11, 22)  # a Sunday
    service.tasks.add(
        [
            TaskDraft(
                "late", Quadrant.DO, due=today - timedelta(days=3), estimate=45, delegate="Ana"
            ),
            TaskDraft(
                "soon",
                Quadrant.DO,
                due=today + timedelta(days=2),
                follow_up=today - timedelta(days=1),
            ),
            TaskDraft("plain", Quadrant.DO, tags=("q1",)),
        ]
    )
    late, soon, plain = service.tasks.lanes()
    assert card_parts(late, today) == [
        ("Overdue · Thu 19 Nov", "overdue"),
        ("45m", "muted"),
        ("→ Ana", "muted"),
    ]
    assert card_parts(soon, today) == [
        ("Due Tue", "muted"),
        ("follow up — overdue", "overdue"),
    ]
    assert card_parts(plain, today) == [("#q1", "muted")]
    assert [is_overdue(t, today) for t in (late, soon, plain)] == [True, True, False]


def test_empty_lanes_explain_themselves(open_main_window):
    window = open_main_window()
    view = window.matrix.views[Quadrant.DEFER]
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = QColor(image.pixel(2, 2))
    inked = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)) != background
    )
    assert inked > 100  # the hint text is drawn


def test_window_size_and_layout_survive_a_restart(
    service: Services, open_main_window, data_dir: Path, qtbot
):
    window = open_main_window()
    window.findChild(QAction, "layout-matrix").trigger()  # the matrix alone fits 800×600
    window.resize(780, 540)  # within the offscreen screen (800×600)
    qtbot.wait(20)  # let the new size reach the splitters
    window.matrix.setSizes([200, 300])
    sizes = window.matrix.sizes()
    window.findChild(type(window.show_done_action), "show-done").setChecked(True)
    window.close()
    again = open_main_window()
    assert (again.width(), again.height()) == (780, 540)
    assert again.matrix.sizes() == sizes
    assert again.show_done_action.isChecked()
    assert again.matrix.isVisible()
    assert not again.calendar.isVisible()
    assert again.findChild(QAction, "layout-matrix").isChecked()


def test_the_split_between_matrix_and_week_survives_a_restart(open_main_window):
    window = open_main_window()
    assert window.matrix.isVisible()
    assert window.calendar.isVisible()
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total - 320, 320])
    outer = window.splitter.sizes()
    window.close()
    again = open_main_window()
    assert again.splitter.sizes() == outer


def test_either_view_can_have_the_whole_window(open_main_window):
    window = open_main_window()
    window.findChild(QAction, "layout-week").trigger()
    assert (window.matrix.isVisible(), window.calendar.isVisible()) == (False, True)
    window.findChild(QAction, "layout-both").trigger()
    assert (window.matrix.isVisible(), window.calendar.isVisible()) == (True, True)


def test_show_completed_stays_off_when_the_file_cannot_be_read(
    service: Services, open_main_window, monkeypatch
):
    from app.model.errors import StorageBusy

    window = open_main_window()

    def busy(**_options):
        raise StorageBusy("the data file is locked by another program")

    monkeypatch.setattr(window.board.services.tasks, "lanes", busy)
    window.show_done_action.trigger()
    assert not window.show_done_action.isChecked()
    assert problem(window) == "The data file is locked by another program."
