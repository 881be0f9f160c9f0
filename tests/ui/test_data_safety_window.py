"""The window's part of data safety: what it does with a damaged file, a bad row, a read-only
folder, a file moved away under it, and backups."""

import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from app.model.database import DB_FILENAME, open_database
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.application import create_app, open_window, run_gui
from app.ui.daily_backup import DailyBackup
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import read_only_mount


def store(data_dir: Path, drafts: list[TaskDraft]) -> None:
    service = Services.open(open_database(data_dir).path)
    try:
        service.tasks.add(drafts)
    finally:
        service.close()


def window_on(data_dir: Path, qtbot, reports: list) -> MainWindow:
    create_app()
    window = open_window(data_dir, lambda *r: reports.append(r))
    assert window is not None, reports
    qtbot.addWidget(window)
    return window


def shown(window: MainWindow, name: str = "inbox") -> list[str]:
    model = window.findChild(QWidget, name).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_damage_found_while_reading_the_open_tasks_is_salvaged(data_dir: Path, qtbot) -> None:
    """The quick start does not read every page; damage met reading the tasks to show is
    handled as a terminal command handles it: the file is kept aside and what can be read is
    recovered and shown."""
    path = open_database(data_dir).path
    store(data_dir, [TaskDraft(f"task {n:03} " + "x" * 450) for n in range(110)])
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damaged = bytearray(path.read_bytes())
    middle = len(damaged) // 2
    damaged[middle : middle + 3000] = b"\xff" * 3000
    path.write_bytes(bytes(damaged))

    reports: list[tuple[str, str]] = []
    window = window_on(data_dir, qtbot, reports)
    qtbot.waitUntil(lambda: bool(reports))
    moved = list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))
    assert len(moved) == 1, reports
    assert moved[0].read_bytes() == bytes(damaged)
    problem = window.findChild(QLabel, "problem").text()
    assert "recovered" in problem
    assert str(moved[0]) in problem
    titles = shown(window)
    assert 60 < len(titles) < 110  # the tasks on the damaged pages are lost, the rest shown
    stored = [f"task {n:03} " + "x" * 450 for n in range(110)]
    assert titles == [title for title in stored if title in titles]  # whole, in their order
    window.board.close()


def test_the_window_takes_todays_backup_after_it_has_shown_the_tasks(
    data_dir: Path, qtbot, monkeypatch
) -> None:
    import app.ui.application as application

    monkeypatch.setattr(application, "BACKUP_DELAY_MS", 0)
    store(data_dir, [TaskDraft("worth keeping")])
    today = data_dir / "backups" / f"quadrant-{date.today().isoformat()}.sqlite3"
    window = window_on(data_dir, qtbot, [])
    assert not today.exists()  # not on the start path
    backup = window.findChild(DailyBackup)
    with qtbot.waitSignal(window.matrix.loaded), qtbot.waitExposed(window):
        window.show()
    with qtbot.waitSignal(backup.taken, timeout=10_000) as taken:
        pass
    assert taken.args == [str(today)]
    with closing(sqlite3.connect(today)) as connection:
        assert connection.execute("SELECT title FROM task").fetchall() == [("worth keeping",)]
    window.board.close()


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder holding a data file, on a file system mounted read-only."""
    with read_only_mount(tmp_path / "read-only", lambda f: store(f, [TaskDraft("x")])) as folder:
        yield folder


def test_a_read_only_data_folder_is_named_as_such(read_only_folder: Path, qapp) -> None:
    reports: list[tuple[str, str]] = []
    assert run_gui(read_only_folder, lambda *r: reports.append(r)) == 1
    assert reports == [
        (
            "Quadrant cannot open its data",
            f"The data folder {read_only_folder} is read-only, so Quadrant cannot save your "
            "tasks there. Make it writable, or choose another folder with --data-dir.",
        )
    ]


def edit_by_hand(path: Path, statement: str) -> None:
    """Change the file as a person with the sqlite3 shell would."""
    subprocess.run(["sqlite3", str(path), statement], check=True)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("due", "2026-13-45"),
        ("tags", "not a list"),
        ("quadrant", "someday"),
        ("status", "archived"),
    ],
)
def test_one_bad_value_leaves_the_other_tasks_shown_and_says_so(
    data_dir: Path, qtbot, column: str, value: str
) -> None:
    store(data_dir, [TaskDraft("before"), TaskDraft("odd one"), TaskDraft("after")])
    path = data_dir / DB_FILENAME
    edit_by_hand(path, f"UPDATE task SET {column} = '{value}' WHERE title = 'odd one'")
    window = window_on(data_dir, qtbot, [])
    assert shown(window) == ["before", "after"]
    problem = window.findChild(QLabel, "problem")
    qtbot.waitUntil(lambda: "task #2 in the data file cannot be read" in problem.text())
    assert f"its {column} “{value}”" in problem.text()
    assert problem.text().startswith("1 task in the data file could not be read and is not shown")
    window.board.add([TaskDraft("still works")])
    assert shown(window) == ["before", "after", "still works"]
    window.board.close()
    with closing(sqlite3.connect(path)) as connection:  # the odd row is left as it was
        query = f"SELECT {column} FROM task WHERE id = 2"
        assert connection.execute(query).fetchone() == (value,)


def test_file_restore_backup_puts_a_backup_back_and_reloads_the_window(
    data_dir: Path, qtbot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction

    from app.model.rotation import take_daily_backup

    store(data_dir, [TaskDraft("kept in the backup")])
    take_daily_backup(data_dir, date(2026, 11, 23))
    window = window_on(data_dir, qtbot, [])
    window.resize(1280, 720)
    window.board.add([TaskDraft("added after")])
    assert window.board.undo_stack.canUndo()

    window.findChild(QAction, "restore-backup").trigger()
    dialog = window.findChild(QWidget, "restore-backup")
    backups = dialog.findChild(QWidget, "backups")
    assert backups.item(0).text() == "Monday 23 November 2026 — 1 open task"
    assert "undo history is cleared" in dialog.findChild(QLabel).text()
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))
    backups.setCurrentRow(0)
    with qtbot.waitSignal(dialog.finished):
        dialog.findChild(QWidget, "restore").click()

    assert shown(window) == ["kept in the backup"]
    assert not window.board.undo_stack.canUndo()
    message = window.statusBar().currentMessage()
    assert message.startswith("Restored the backup quadrant-2026-11-23.sqlite3.")
    assert "undo history was cleared" in message
    aside = list(data_dir.glob(f"{DB_FILENAME}.before-restore-*"))
    assert len(aside) == 1
    with closing(sqlite3.connect(aside[0])) as connection:
        rows = connection.execute("SELECT title FROM task ORDER BY id").fetchall()
    assert rows == [("kept in the backup",), ("added after",)]
    window.board.add([TaskDraft("after the restore")])  # the window writes to the restored file
    assert shown(window) == ["kept in the backup", "after the restore"]
    window.grab().save(str(tmp_path / "after-restore.png"))
    window.board.close()


def test_edits_stop_when_a_terminal_command_moves_the_file_away(data_dir: Path, qtbot) -> None:
    """Fault 4: `quadrant list` found damage and set the file aside while the window was open;
    the window's next edit used to go, silently, into the file that was moved aside."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.model.salvage import recover

    store(data_dir, [TaskDraft("before the move")])
    reports: list[tuple[str, str]] = []
    window = window_on(data_dir, qtbot, reports)
    window.board.add([TaskDraft("from the window")])
    moved = recover(data_dir / DB_FILENAME).moved_aside  # what the terminal command does
    assert moved is not None

    QTest.keyClicks(window.quick_add, "typed after the move")
    QTest.keyClick(window.quick_add, Qt.Key.Key_Return)

    assert window.quick_add.text() == "typed after the move"  # kept, not saved
    problem = window.findChild(QLabel, "problem").text()
    assert problem.startswith(f"The data file {data_dir / DB_FILENAME} was moved away")
    assert "This window no longer saves" in problem
    assert reports[0][0] == "Quadrant stopped saving"
    for path in (moved, data_dir / DB_FILENAME):
        with closing(sqlite3.connect(path)) as connection:
            titles = {row[0] for row in connection.execute("SELECT title FROM task")}
        assert "typed after the move" not in titles
    window.board.close()


def test_the_watch_notices_the_move_before_any_edit(data_dir: Path, qtbot) -> None:
    store(data_dir, [TaskDraft("before the move")])
    reports: list[tuple[str, str]] = []
    window = window_on(data_dir, qtbot, reports)
    (data_dir / DB_FILENAME).rename(data_dir / "elsewhere.sqlite3")
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert "was moved away" in window.findChild(QLabel, "problem").text()
    window.board.close()
