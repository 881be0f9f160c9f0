"""One window per data folder, with real processes: a second start shows the open window and
ends; a lock left by a program that has ended, or a read-only folder, is named as such."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from app.ui.application import create_app, open_window, run_gui
from app.ui.one_window import LOCK_NAME, OneWindow
from tests.ui.conftest import log_text, read_only_mount, running_window

SECOND_START = [sys.executable, "-m", "app", "--data-dir"]


def offscreen() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # with the test's log folder


def ended_process() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def leave_lock(folder: Path, pid: int, computer: str = "") -> None:
    """The lock file a Quadrant that crashed leaves behind (QLockFile's format)."""
    (folder / LOCK_NAME).write_text(f"{pid}\nquadrant\n{computer}\n")


def test_a_second_start_on_the_folder_ends_at_once(data_dir: Path, log_folder: Path) -> None:
    with running_window(data_dir, log_folder) as first:
        second = subprocess.run(
            [*SECOND_START, str(data_dir)], env=offscreen(), capture_output=True, text=True,
            timeout=60, check=False,
        )  # fmt: skip
        assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
        assert first.poll() is None  # the first window goes on
        assert (data_dir / LOCK_NAME).read_text().split()[0] == str(first.pid)
    assert first.returncode == 0
    log = log_text(log_folder)
    assert "another start on this data folder asked for the window" in log
    assert "the window open on this data folder was shown instead" in log
    assert "WARNING qt: This plugin does not support raise()" in log  # Qt's own, offscreen


def test_a_second_start_brings_the_minimised_window_back_in_front(
    data_dir: Path, qtbot: QtBot
) -> None:
    create_app()
    one_window = OneWindow(data_dir)
    assert one_window.claim()
    try:
        reports: list[tuple[str, str]] = []
        window = open_window(data_dir, lambda *report: reports.append(report))
        assert window is not None, reports
        qtbot.addWidget(window)
        one_window.serve(window)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        with subprocess.Popen([*SECOND_START, str(data_dir)], env=offscreen()) as second:
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        assert second.returncode == 0
        assert not window.isMinimized()
        assert window.isVisible()
        qtbot.waitUntil(window.isActiveWindow)
        window.board.close()
    finally:
        one_window.release()


def test_a_lock_left_by_a_crash_is_taken_over(data_dir: Path, log_folder: Path) -> None:
    pid = ended_process()
    leave_lock(data_dir, pid)
    with running_window(data_dir, log_folder) as process:
        assert (data_dir / LOCK_NAME).read_text().split()[0] == str(process.pid)
    assert process.returncode == 0
    assert not (data_dir / LOCK_NAME).exists()
    assert f"took over the lock left by process {pid}, which has ended" in log_text(log_folder)


def test_a_lock_left_by_a_crash_in_a_read_only_folder_is_named(tmp_path: Path, qapp) -> None:
    pid = ended_process()
    with read_only_mount(tmp_path / "data", lambda f: leave_lock(f, pid)) as folder:
        reports: list[tuple[str, str]] = []
        assert run_gui(folder, lambda *r: reports.append(r)) == 1
    assert reports == [
        (
            "Quadrant cannot open its data",
            f"The data folder {folder} holds a lock left by a Quadrant that has ended "
            f"(process {pid}), and the folder is read-only. Delete {folder / LOCK_NAME} and "
            "start again.",
        )
    ]


def reports_beside_a_silent_window(data_dir: Path) -> list[tuple[str, str]]:
    """What a start tells while a live process with no window holds the folder's lock."""
    held = QLockFile(str(data_dir / LOCK_NAME))
    assert held.tryLock(0)
    reports: list[tuple[str, str]] = []
    try:
        assert run_gui(data_dir, lambda *r: reports.append(r)) == 1
    finally:
        held.unlock()
    return reports


def test_a_window_that_does_not_answer_is_named(data_dir: Path, log_folder: Path, qapp) -> None:
    assert reports_beside_a_silent_window(data_dir) == [
        (
            "Quadrant is already open",
            f"Another Quadrant window is using {data_dir} but does not answer. Switch to it, "
            "or close it first.",
        )
    ]
    assert "told the user: Quadrant is already open: Another Quadrant" in log_text(log_folder)


def note_after_a_crash(data_dir: Path) -> tuple[int, str | None]:
    """A start on a folder whose lock an ended process left: that process, and the note."""
    pid = ended_process()
    leave_lock(data_dir, pid)
    one_window = OneWindow(data_dir)
    assert one_window.claim()
    one_window.release()
    return pid, one_window.taken_over_note()


def test_the_window_says_when_it_cleared_a_lock_left_by_a_crash(data_dir: Path, qapp) -> None:
    pid, note = note_after_a_crash(data_dir)
    assert note == (
        f"The last Quadrant on this data folder (process {pid}) ended without closing; its "
        "lock was cleared. Help ▸ Open Log Folder shows what it wrote."
    )
    after_a_clean_close = OneWindow(data_dir)
    assert after_a_clean_close.claim()
    after_a_clean_close.release()
    assert after_a_clean_close.taken_over_note() is None


def test_a_lock_held_from_another_computer_is_named(data_dir: Path, qapp) -> None:
    leave_lock(data_dir, ended_process(), computer="meeting-room-pc")  # a shared folder
    reports: list[tuple[str, str]] = []
    assert run_gui(data_dir, lambda *r: reports.append(r)) == 1
    assert reports == [
        (
            "Quadrant is already open",
            f"Quadrant on the computer meeting-room-pc is using {data_dir}. Close it there first.",
        )
    ]
    assert (data_dir / LOCK_NAME).read_text().split()[-1] == "meeting-room-pc"  # left alone
