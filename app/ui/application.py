"""Start-up for the window: the composition root of the GUI.

paths → data file (checked, migrated only if needed) → the open tasks and this week's blocks,
read with the standard library → undo stack → Board → MainWindow. SQLAlchemy is imported in
the background after the window is up, so the first paint does not wait for it.
"""

import importlib
import logging
import sqlite3
import sys
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from app.desktop import APP_ID, WINDOW_ICON
from app.model.block import Slot, TimeBlock
from app.model.database import OpenedDatabase, connect, open_database
from app.model.errors import StorageError
from app.model.quadrant import Quadrant
from app.model.reading import (
    count_open,
    read_blocks,
    read_lane_after,
    read_lanes,
    read_schedule,
    read_tasks,
)
from app.model.storage_errors import busy_error, is_busy, is_damage
from app.model.task import Task
from app.model.week import Week, local_zone, week_of
from app.ui.board import ATTEMPT_SECONDS, Board, sentence
from app.ui.calendar.schedule import Schedule
from app.ui.calendar.week_calendar import WeekOnShow, first_weekday_of_locale
from app.ui.daily_backup import DELAY_MS as BACKUP_DELAY_MS
from app.ui.daily_backup import DailyBackup
from app.ui.data_file_notices import opening_notice, set_aside_notice
from app.ui.disk_watch import DiskWatch, FirstRead
from app.ui.log_file import start_log
from app.ui.one_window import CANNOT_OPEN, OneWindow
from app.ui.open_file import OpenFile
from app.ui.page_check import PageCheck
from app.ui.quiet import BlinkTimeout, SignalWake
from app.ui.shell.appearance import desktop_scheme
from app.ui.shell.error_dialog import ErrorReports
from app.ui.shell.main_window import MainWindow
from app.ui.shell.theme import SCHEMES, apply_theme
from app.ui.shell.window_state import WindowState
from app.ui.translation import QT_TRANSLATE_NOOP, in_words, install_translations, translate

log = logging.getLogger(__name__)

PAGE_CHECK_DELAY_MS = 800
Report = Callable[[str, str], None]  # (title, message)


def create_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Quadrant")
    app.setApplicationDisplayName("Quadrant")
    app.setDesktopFileName(APP_ID)  # the window is matched to the menu entry (Wayland's app id)
    app.setWindowIcon(QIcon(str(WINDOW_ICON)))
    install_translations(app)
    apply_theme(app, SCHEMES[desktop_scheme()])  # the window applies a chosen scheme
    return app


# The first paint shows this many cards a lane at most (more than a tall screen holds); the
# rest of a long lane is read after it, a slice at a time, so start-up does not grow with the
# task list.
FIRST_ROWS = 120


class LaneFile:
    """The lanes as the data file holds them now, read with the standard library a slice at a
    time (a `LaneSource`): a connection each call, so every read sees the latest writes."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def read_after(
        self, quadrant: Quadrant, after: tuple[int, int] | None, include_done: bool, limit: int
    ) -> list[Task]:
        with closing(connect(self._path)) as connection:
            return read_lane_after(connection, quadrant, after, include_done, limit)

    def open_counts(self) -> Mapping[Quadrant, int]:
        with closing(connect(self._path)) as connection:
            return count_open(connection)


def blocks_in(path: Path, start: datetime, end: datetime, zone: tzinfo) -> list[TimeBlock]:
    """The blocks of a span (occurrences of repeating ones too), read with the standard library."""
    with closing(connect(path)) as connection:
        return read_blocks(connection, start, end, zone)


@dataclass(frozen=True)
class Loaded:
    opened: OpenedDatabase
    tasks: list[Task]  # the first FIRST_ROWS of each lane
    open_counts: dict[Quadrant, int] | None  # each lane's open tasks, if `tasks` are not all
    first_read: FirstRead | None  # what the tasks were read through, for the DiskWatch
    week: WeekOnShow
    schedule: dict[int, list[Slot]]  # when tasks are scheduled, from the week's start on
    calendar_problem: str | None = None  # why the calendar is empty, if it could not be read
    set_aside: str | None = None  # which tasks could not be read and are not shown


_CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {reason}")


def load(data_dir: Path, include_done: bool, week: Week) -> Loaded:
    """Open the data file and read the tasks and the week's blocks to show; a file found
    damaged is moved aside and what can be read from it recovered (see `salvage`)."""
    opened = open_database(data_dir, check_pages=False)  # PageCheck does that after start
    try:
        return _read(opened, include_done, week)
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise busy_error() from error
        if not is_damage(error):
            raise StorageError(_CANNOT_READ, path=opened.path, reason=error) from error
    from app.model.salvage import recover  # only here: it may load Alembic

    recovered = recover(opened.path)
    try:
        return _read(recovered, include_done, week)
    except sqlite3.DatabaseError as error:
        raise StorageError(_CANNOT_READ, path=recovered.path, reason=error) from error


def _read(opened: OpenedDatabase, include_done: bool, week: Week) -> Loaded:
    connection = connect(opened.path)
    try:
        first_read = FirstRead(connection)
        set_aside: list[StorageError] = []  # one bad row must not keep the others from the user
        tasks = read_lanes(connection, include_done, per_lane=FIRST_ROWS, set_aside=set_aside)
        complete = max(Counter(t.quadrant for t in tasks).values(), default=0) < FIRST_ROWS
        counts = None if complete else count_open(connection)
        calendar_problem = None
        try:
            blocks = read_blocks(connection, week.start, week.end, week.zone)
            linked = read_tasks(connection, {b.task_id for b in blocks if b.task_id is not None})
            schedule = read_schedule(connection, week.start, week.zone)
        except StorageError as error:  # one odd block must not keep the tasks from the user
            blocks, linked, schedule = [], {}, {}
            text = translate("StartUp", "The calendar could not be read: {reason}.")
            calendar_problem = text.format(reason=in_words(error))
        week_on_show = WeekOnShow(week, blocks, linked)
        return Loaded(
            opened,
            tasks,
            counts,
            first_read,
            week_on_show,
            schedule,
            calendar_problem,
            set_aside_notice(set_aside),
        )
    except BaseException:
        connection.close()
        raise


def open_window(data_dir: Path, report: Report) -> MainWindow | None:
    """Build the main window on `data_dir`, or report why not and return None."""
    state = WindowState(data_dir)
    zone = local_zone()
    first_weekday = first_weekday_of_locale()
    this_week = week_of(datetime.now(UTC).astimezone(zone).date(), zone, first_weekday)
    try:
        loaded = load(data_dir, state.flag("show_done"), this_week)
    except StorageError as error:
        report(translate("StartUp", CANNOT_OPEN), sentence(error))
        return None

    opened, tasks = loaded.opened, loaded.tasks

    def open_services():  # type: ignore[no-untyped-def]
        from app.model.services import Services

        # Short waits for another program's lock: Board tries again without freezing the window.
        return Services.open(opened.path, busy_timeout=ATTEMPT_SECONDS)

    open_file = OpenFile(opened.path)
    board = Board(open_services, QUndoStack(), gone=open_file.problem)
    rest = None if loaded.open_counts is None else (LaneFile(opened.path), loaded.open_counts)
    window = MainWindow(
        board, tasks, state, rest, loaded.week, Schedule(loaded.schedule), first_weekday
    )
    window.reminders.read_blocks = lambda *span: blocks_in(opened.path, *span)
    watch = DiskWatch(
        lambda: board.services.file.data_version(),
        lambda: board.tasks(include_done=window.matrix.show_done()),
        loaded.first_read,
        window,
        paused=lambda: board.is_waiting,
    )
    watch.tasksRead.connect(window.matrix.sync_with)
    watch.tasksRead.connect(window.reload_calendar)
    board.serviceOpened.connect(watch.first_look)  # before the window's own first write
    board.wroteElsewhere.connect(watch.written_here)
    window.closed.connect(watch.stop)
    open_file.setParent(window)
    open_file.movedAway.connect(lambda text: _tell_moved(window, report, text))
    window.closed.connect(open_file.stop)
    check = PageCheck(opened.path, window)
    check.damageFound.connect(lambda problem: _tell_damage(window, report, opened.path, problem))
    check.rowsSetAside.connect(lambda text: window.show_problem(text, lasting=True))
    # Timers bound to their object, so a window closed before they fire cancels them.
    QTimer.singleShot(PAGE_CHECK_DELAY_MS, check, check.start)  # once the window is up and idle
    backup = DailyBackup(data_dir, window)
    backup.failed.connect(window.show_problem)
    window.matrix.loaded.connect(lambda: QTimer.singleShot(BACKUP_DELAY_MS, backup, backup.start))
    for problem in (loaded.calendar_problem, loaded.set_aside):
        if problem:
            QTimer.singleShot(0, lambda problem=problem: window.show_problem(problem, lasting=True))
    notice = opening_notice(opened)
    if notice:
        QTimer.singleShot(0, lambda: window.show_problem(notice, lasting=True))
        title = translate("StartUp", "Quadrant moved a damaged file")
        QTimer.singleShot(0, lambda: report(title, notice))
    return window


def _tell_damage(window: MainWindow, report: Report, path: Path, problem: str) -> None:
    text = translate(
        "DataFile",
        "Quadrant found damage in its data file {path} ({problem}). Your tasks stay as shown, "
        "but saving may fail. Quit Quadrant soon: at the next start the damaged file is moved "
        "aside, kept for recovery, and a new task list begins.",
    ).format(path=path, problem=problem)
    window.show_problem(text, lasting=True)
    report(translate("DataFile", "Quadrant found a damaged file"), text)


def _tell_moved(window: MainWindow, report: Report, text: str) -> None:
    window.show_problem(text, lasting=True)
    report(translate("DataFile", "Quadrant stopped saving"), text)


def warm_up() -> None:
    """Import the write side (SQLAlchemy) in the background while the user looks at the window."""
    threading.Thread(
        target=importlib.import_module, args=("app.model.services",), name="warm-up", daemon=True
    ).start()


def _message_box(title: str, text: str) -> None:
    """Tell the user something: over the window without blocking it once it is up; before that
    (Quadrant cannot start) as a box that waits to be read."""
    window = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
        None,
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    if window is None:
        box.exec()
        return
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def run_gui(data_dir: Path, report: Report = _message_box, debug: bool = False) -> int:
    """Open the window on `data_dir` and run it until it closes; the exit code."""
    log_file = start_log(debug)
    if log_file is not None:
        log_file.take_qt_messages()
    errors = ErrorReports()  # an error in an event handler: a dialog, and the window goes on
    try:
        return _run(data_dir, _logged(report), log_file is not None and log_file.debug)
    except Exception:
        log.exception("Quadrant could not run")
        raise
    finally:
        log.info("Quadrant ends")
        errors.stop()
        if log_file is not None:
            log_file.close()


def _run(data_dir: Path, report: Report, debug: bool) -> int:
    app = create_app()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        text = translate("StartUp", "Cannot create {folder}: {reason}.")
        report(
            translate("StartUp", CANNOT_OPEN), text.format(folder=data_dir, reason=error.strerror)
        )
        return 1
    one_window = OneWindow(data_dir)
    if not one_window.claim():
        if one_window.ask_to_show():
            log.info("the window open on this data folder was shown instead")
            return 0
        if not one_window.claim():  # unless that window closed meanwhile
            refusal = one_window.refusal()
            report(refusal.title, refusal.text)
            return 1
    return _open(app, data_dir, report, debug, one_window)


def _open(
    app: QApplication, data_dir: Path, report: Report, debug: bool, one_window: OneWindow
) -> int:
    """Open the window on the folder `one_window` holds, and run it until it closes."""
    try:
        window = open_window(data_dir, report)
        if window is None:
            return 1
        one_window.serve(window)
        if note := one_window.taken_over_note():
            window.statusBar().showMessage(note, 20_000)
        if debug:  # undo steps are named with task titles: only in a debug log
            stack = window.board.undo_stack
            stack.indexChanged.connect(
                lambda at: log.debug("at step %d: %s", at, stack.text(at - 1))
            )
        window.matrix.loaded.connect(warm_up)  # after the first paint, so it does not compete
        window.matrix.loaded.connect(window.reminders.start)  # only in the program: tests step it
        window.matrix.loaded.connect(
            lambda: log.info("the window is up; tasks shown: %d", len(window.matrix.tasks()))
        )
        # Ctrl+C or a logout's SIGTERM close the window as the user would (the layout is kept).
        signals = SignalWake(window.close, window)
        blinking = BlinkTimeout(parent=window)
        window.show()
        try:
            return app.exec()
        finally:
            signals.stop()
            blinking.stop()
    finally:
        one_window.release()


def _logged(report: Report) -> Report:
    def logged_report(title: str, text: str) -> None:
        log.warning("told the user: %s: %s", title, text)  # quoted titles leave the log
        report(title, text)

    return logged_report
