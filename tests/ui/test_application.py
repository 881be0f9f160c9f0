"""Starting the window on good, damaged, newer and busy data folders."""

import hashlib
import sqlite3
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from app.model.change import Change
from app.model.database import DB_FILENAME, open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.application import create_app, open_window
from app.ui.shell.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store(data_dir: Path, drafts: list[TaskDraft]) -> Change:
    """Write tasks the way another program would, before the window opens."""
    service = Services.open(open_database(data_dir).path)
    try:
        return service.tasks.add(drafts)
    finally:
        service.close()


def window_on(data_dir: Path, qtbot, reports: list | None = None) -> MainWindow:
    """The real window on `data_dir`; what it reports is added to `reports`."""
    create_app()
    window = open_window(data_dir, lambda *r: (reports if reports is not None else []).append(r))
    assert window is not None, reports
    qtbot.addWidget(window)
    return window


def test_a_newer_database_is_refused_and_left_untouched(data_dir: Path, qapp):
    path = open_database(data_dir).path
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = digest(path)
    reports: list[tuple[str, str]] = []
    assert open_window(data_dir, lambda *r: reports.append(r)) is None
    assert len(reports) == 1
    assert "newer version of Quadrant" in reports[0][1]
    assert digest(path) == before


def test_a_damaged_file_is_moved_aside_and_the_user_is_told(data_dir: Path, qtbot):
    (data_dir / DB_FILENAME).write_bytes(b"this is not a database at all" * 100)
    reports: list[tuple[str, str]] = []
    window = window_on(data_dir, qtbot, reports)
    qtbot.waitUntil(lambda: bool(reports))
    moved = list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes().startswith(b"this is not a database")
    assert str(moved[0]) in reports[0][1]
    assert str(moved[0]) in window.findChild(QLabel, "problem").text()
    window.board.add([TaskDraft("fresh start")])  # the new file works
    assert [t.title for t in window.board.services.tasks.lanes()] == ["fresh start"]
    window.board.close()


def test_the_window_shows_what_the_file_holds(data_dir: Path, qtbot):
    store(data_dir, [TaskDraft("one", Quadrant.DEFER), TaskDraft("two", Quadrant.DEFER)])
    window = window_on(data_dir, qtbot)
    defer = window.findChild(QWidget, "quadrant-defer")
    assert [defer.model().index(r, 0).data() for r in range(2)] == ["one", "two"]
    assert window.findChild(QLabel, "lane-count-defer").text() == "2"
    window.board.close()


def test_qt_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None per void call (see DESIGN.md)."""
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        widget.setEnabled(True)
        widget.setToolTip("")
    assert sys.getrefcount(None) >= before


def test_tasks_added_from_a_terminal_appear_in_the_open_window(data_dir: Path, qtbot):
    path = open_database(data_dir).path
    window = window_on(data_dir, qtbot)
    inbox = window.findChild(QWidget, "inbox")
    other = Services.open(path)  # another program's connection
    try:
        other.tasks.add([TaskDraft("from the terminal")])
        qtbot.waitUntil(lambda: inbox.model().rowCount() == 1, timeout=5000)
        assert inbox.model().index(0, 0).data() == "from the terminal"
        other.tasks.delete([t.id for t in other.tasks.lanes()])
        qtbot.waitUntil(lambda: inbox.model().rowCount() == 0, timeout=5000)
    finally:
        other.close()
        window.board.close()


def test_damage_in_old_history_is_found_after_start_and_handled_at_the_next(data_dir: Path, qtbot):
    path = open_database(data_dir).path
    old = store(data_dir, [TaskDraft(f"old task {n} " + "x" * 300) for n in range(300)])
    service = Services.open(path)
    service.tasks.set_done(list(old.after), True)
    service.close()
    store(data_dir, [TaskDraft("still open")])
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2 : len(damaged) // 2 + 3000] = b"\xff" * 3000  # amid the history
    path.write_bytes(bytes(damaged))

    reports: list[tuple[str, str]] = []
    window = window_on(data_dir, qtbot, reports)  # the start does not wait to read every page
    assert window.findChild(QWidget, "inbox").model().index(0, 0).data() == "still open"
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert reports[0][0] == "Quadrant found a damaged file"
    assert str(path) in window.findChild(QLabel, "problem").text()
    window.board.tasksChanged.emit({})  # as after a change that worked
    assert str(path) in window.findChild(QLabel, "problem").text()  # the warning stays
    window.board.close()
    window.close()

    again = window_on(data_dir, qtbot, reports)  # the next start moves it aside
    moved = list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == bytes(damaged)
    again.board.close()


def test_long_lanes_show_their_first_cards_then_all_of_them(data_dir: Path, qtbot, monkeypatch):
    import app.ui.application as application

    monkeypatch.setattr(application, "FIRST_ROWS", 3)
    store(data_dir, [TaskDraft(f"task {n}") for n in range(10)] + [TaskDraft("do it", Quadrant.DO)])
    window = window_on(data_dir, qtbot)
    inbox = window.findChild(QWidget, "inbox")
    assert inbox.model().rowCount() == 3  # what the first paint shows...
    assert window.findChild(QLabel, "lane-count-inbox").text() == "10"  # ...with the true count
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: inbox.model().rowCount() == 10)
    titles = [inbox.model().index(r, 0).data() for r in range(10)]
    assert titles == [f"task {n}" for n in range(10)]
    assert window.findChild(QLabel, "lane-count-inbox").text() == "10"
    assert window.findChild(QWidget, "quadrant-do").model().rowCount() == 1
    window.board.close()
