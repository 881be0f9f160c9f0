"""MainWindow: assembles the quick-add field, the matrix beside the week calendar, the menus
and the status bar.

It wires signals and opens dialogs; the work itself is done by the Board and the views.
"""

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.model.quadrant import Quadrant
from app.model.task import Task
from app.model.week import local_zone, week_of
from app.ui.board import Board
from app.ui.calendar.schedule import Schedule
from app.ui.calendar.week_calendar import DEFAULT_WORKING_HOURS, WeekCalendar, WeekOnShow
from app.ui.calendar.week_templates import WeekTemplates
from app.ui.matrix.capture import Capture
from app.ui.matrix.find import Find, FindField
from app.ui.matrix.lane_filling import LaneSource
from app.ui.matrix.matrix_widget import MatrixWidget
from app.ui.matrix.quick_add import QuickAdd
from app.ui.printing.plan_name import plan_name
from app.ui.shell.actions import CARD_MENU, build_menus, menu_actions
from app.ui.shell.appearance import Appearance
from app.ui.shell.calendar_files import CalendarFiles
from app.ui.shell.calendar_sync import CalendarSyncing
from app.ui.shell.desktop_notice import DesktopNotice
from app.ui.shell.reminder_clock import ReminderClock
from app.ui.shell.status_line import StatusLine
from app.ui.shell.urgency_clock import UrgencyClock
from app.ui.shell.window_state import WindowState
from app.ui.translation import translate

if TYPE_CHECKING:  # the dialogs and printing are loaded when first used, not at start-up
    from app.ui.calendar.block_editor import BlockEditor
    from app.ui.calendar.working_hours import WorkingHoursDialog
    from app.ui.matrix.delegate_popup import DelegatePopup
    from app.ui.matrix.task_editor import TaskEditor
    from app.ui.printing.plan_printing import PlanPrinting
    from app.ui.review.review_window import ReviewWindow
    from app.ui.shell.restore_dialog import RestoreDialog
    from app.ui.waiting.waiting_window import WaitingWindow


# The matrix : the week, by default: at 1280×720 cards stay readable and the week still shows
# seven days.
MATRIX_SPLIT = (3, 2)


class MainWindow(QMainWindow):
    """Signals: closed(): the window was closed and has saved its layout."""

    closed = Signal()

    def __init__(
        self,
        board: Board,
        tasks: list[Task],
        state: WindowState,
        rest: tuple[LaneSource, Mapping[Quadrant, int]] | None = None,
        week: WeekOnShow | None = None,
        schedule: Schedule | None = None,
        first_weekday: int = 0,
    ) -> None:
        """`tasks` are shown at once. `rest`, if given, is where the rest of the lanes is read
        after the first paint, a slice at a time, and how many open tasks each lane has.
        `week` is what the calendar shows first (default: this week, read from the board)."""
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("Quadrant")
        self.board = board
        self._state = state
        self.appearance = Appearance(state, self)  # before the widgets: they paint in its colours
        self._printing: PlanPrinting | None = None
        self._review: ReviewWindow | None = None
        self._waiting: WaitingWindow | None = None
        self.schedule = schedule or Schedule()
        self.matrix = MatrixWidget(board, state.flag("show_done"), self.schedule)
        if week is None:
            zone = local_zone()
            this_week = week_of(datetime.now(UTC).astimezone(zone).date(), zone, first_weekday)
            week = WeekOnShow(this_week, [], {})
        self._schedule_since = week.week.start
        self.calendar = WeekCalendar(board, week.week, week.blocks, week.linked, first_weekday)
        self.calendar.set_working_hours(*state.working_hours(DEFAULT_WORKING_HOURS))
        self.search = FindField()
        self.filter = Find(self.search, self.matrix, self.calendar.canvas)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.matrix)
        self.splitter.addWidget(self.calendar)
        self.splitter.setStretchFactor(0, MATRIX_SPLIT[0])
        self.splitter.setStretchFactor(1, MATRIX_SPLIT[1])
        self.calendar.setMinimumWidth(300)
        self.quick_add = QuickAdd()
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 6)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.quick_add, 3)
        top.addWidget(self.search, 2)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._central = central
        self.status = StatusLine(self, board)
        self.calendar_files = CalendarFiles(board, lambda: self.calendar.week, self,
                                            self.show_problem)  # fmt: skip
        self.notice = DesktopNotice(self)  # reminders and the daily follow-ups, on the desktop
        self.reminders = ReminderClock(self, state, board, self.calendar, self.notice)
        self.templates = WeekTemplates(board, self.calendar, state, self, self._note)
        self.syncing = CalendarSyncing(state.data_dir, self, self.show_problem)
        self.statusBar().addPermanentWidget(self.syncing.label)
        self._build_menus()

        board.blocksChanged.connect(self.schedule.apply)
        self.schedule.outdated.connect(lambda: self.schedule.reload(board, self._schedule_since))
        self.calendar.canvas.editRequested.connect(self.open_block_editor)
        # Cards say "Today 09:00" or "was Mon 09:00": look again as the time passes.
        self.urgency = UrgencyClock(self, state, board, self.matrix, self.show_problem)
        self.urgency.told.connect(lambda text: self.notice.send("Quadrant", text, in_window=False))
        self.calendar.canvas.message.connect(self._note)
        self.matrix.editRequested.connect(self.open_editor)
        self.matrix.delegated.connect(self.ask_delegate)
        self.matrix.scheduleRequested.connect(self.calendar.canvas.schedule_in_free_time)
        self.matrix.message.connect(self._note)
        self.matrix.problem.connect(lambda text: self.show_problem(text, lasting=True))
        self.filter.problem.connect(self._note)
        self.capture = Capture(board, self.quick_add)
        self.capture.added.connect(self.matrix.reveal)
        self.capture.problem.connect(self.show_problem)
        layout.insertWidget(1, self.capture.preview)  # under the field: what Enter stores
        self._default_size()
        self._restore()
        self.matrix.reload(tasks, self.matrix.show_done())
        if rest is not None:
            self.matrix.complete_after_first_paint(*rest)

    # -- urgency suggestions (see urgency_clock.py) ---------------------------------------------

    def horizon(self) -> int:
        """View ▸ Urgency Horizon: suggest Do for tasks due within this many days."""
        return self.urgency.horizon()

    def ask_horizon(self) -> QInputDialog:
        """View ▸ Urgency Horizon…"""
        return self.urgency.ask_horizon(self)

    def set_horizon(self, days: int) -> None:
        self.urgency.set_horizon(days)

    # -- menus: the table in actions.py -----------------------------------------------------------

    def _build_menus(self) -> None:
        built = build_menus(self, self.menuBar(), self.matrix)
        self.show_done_action = built.actions["show-done"]
        self.layout_actions = built.groups["layout"]
        self.appearance.actions = built.groups["appearance"]
        self.appearance.check_actions()
        self.matrix.set_card_menu(menu_actions(CARD_MENU, built, self))

    def focus_quick_add(self) -> None:
        self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_add.selectAll()

    def print_plan(self) -> None:
        self.printing().preview()

    def export_pdf(self) -> None:
        self.printing().export_pdf()

    # -- dialogs ----------------------------------------------------------------------------------

    def open_editor(self, task_id: int) -> "TaskEditor | None":
        from app.ui.matrix.task_editor import open_task_editor

        suggested = self.matrix.suggestions.suggestion(task_id)
        return open_task_editor(self.board, task_id, self, self.show_problem, suggested)

    def ask_delegate(self, ids: list[int]) -> "DelegatePopup | None":
        """A task just moved into Delegate: ask, beside its card, to whom and when."""
        from app.ui.matrix.delegate_popup import ask_beside_card

        return ask_beside_card(self.board, self.matrix, ids, self)

    def printing(self) -> "PlanPrinting":
        """Printing and PDF export of the week the calendar shows; loaded on first use, so
        start-up does not pay for it."""
        if self._printing is None:
            from app.ui.printing.plan_printing import PlanPrinting, week_plan

            shown = lambda: self.calendar.week  # noqa: E731
            plan = week_plan(self.board.read, shown, self.plan_name, self.urgency.horizon)
            self._printing = PlanPrinting(self, plan)
        return self._printing

    def show_review(self) -> "ReviewWindow":
        """View ▸ Weekly Review: the review of the week the calendar shows, beside the window;
        it follows the calendar to other weeks. Loaded on first use."""
        if self._review is None:
            from app.ui.review.review_window import ReviewWindow

            self._review = ReviewWindow(self.board, lambda: self.calendar.week, self)
            self.calendar.weekChanged.connect(self._review.reload)
        return _beside(self._review)

    def show_waiting(self) -> "WaitingWindow":
        """View ▸ Waiting For: delegated tasks by person, beside the window. Loaded on first use."""
        if self._waiting is None:
            from app.ui.waiting.waiting_window import WaitingWindow

            self._waiting = WaitingWindow(self.board, self)
        return _beside(self._waiting)

    def plan_name(self) -> str | None:
        """The name printed on the weekly plan (File ▸ Your Name on the Plan…)."""
        return plan_name(self._state)

    def ask_plan_name(self) -> QInputDialog:
        from app.ui.printing.plan_name import ask_plan_name

        return ask_plan_name(self, self._state, self.show_problem, self._note)

    def open_block_editor(self, block_id: int) -> "BlockEditor | None":
        from app.ui.calendar.block_editor import open_block_editor

        tasks = self.matrix.tasks()
        return open_block_editor(
            self.board, self.calendar, block_id, tasks, self, self.show_problem
        )

    def restore_backup(self) -> "RestoreDialog":
        """File ▸ Restore Backup…"""
        from app.ui.shell.restore_dialog import open_restore_dialog

        return open_restore_dialog(self, self._state.data_dir)

    def ask_reminder_lead(self) -> QInputDialog:
        """View ▸ Remind Before…"""
        return self.reminders.ask_lead(self)

    def reload_calendar(self) -> None:
        """Another program changed the file: read the week and the schedule again."""
        self.calendar.reload()
        self.schedule.reload(self.board, self._schedule_since)

    def show_layout(self, mode: str) -> None:
        """Show the matrix and the week side by side ("both"), or give one the whole window."""
        self.matrix.setVisible(mode != "week")
        self.calendar.setVisible(mode != "matrix")
        for layout in (self._central.layout(), self.layout()):
            if layout is not None:  # the window's smallest size changes now, not later
                layout.activate()
        for action in self.layout_actions.actions():
            action.setChecked(action.data() == mode)
        self._state.set_text("layout", mode)

    def ask_working_hours(self) -> "WorkingHoursDialog":
        from app.ui.calendar.working_hours import WorkingHoursDialog

        dialog = WorkingHoursDialog(*self.calendar.working_hours(), self)
        dialog.saved.connect(lambda hours: self.set_working_hours(*hours))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_working_hours(self, start: int, end: int) -> None:
        self.calendar.set_working_hours(start, end)
        self._state.set_number("work_start", start)
        self._state.set_number("work_end", end)

    def set_show_done(self, show: bool) -> None:
        if not self.matrix.set_show_done(show):  # not read: leave the option as it was
            with QSignalBlocker(self.show_done_action):
                self.show_done_action.setChecked(not show)
            return
        self._state.set_flag("show_done", show)

    def _note(self, text: str) -> None:
        self.status.note(text)

    def show_problem(self, text: str, lasting: bool = False) -> None:
        """Show what went wrong under the lanes (see StatusLine)."""
        self.status.show_problem(text, lasting)

    def open_log_folder(self) -> None:
        """Help ▸ Open Log Folder: what to attach to a bug report."""
        from app.ui.shell.error_dialog import open_log_folder

        open_log_folder()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "About Quadrant"),
            translate(
                "MainWindow",
                "<b>Quadrant {version}</b><p>Triage with the Eisenhower matrix, block focus "
                "time, print the week. Your data stays on this computer.</p>",
            ).format(version=__version__),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("about")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- window state -----------------------------------------------------------------------------

    def _restore(self) -> None:
        # The layout first: the window's smallest size (which a restored size must respect)
        # depends on whether the week is beside the matrix.
        mode = self._state.text("layout", "both")
        self.show_layout(mode if mode in ("both", "matrix", "week") else "both")
        if geometry := self._state.blob("geometry"):
            self.restoreGeometry(geometry)
        if layout := self._state.blob("window_state"):
            self.restoreState(layout)
        if splitter := self._state.blob("matrix_splitter"):
            self.matrix.restoreState(splitter)
        if splitter := self._state.blob("main_splitter"):
            self.splitter.restoreState(splitter)
            self.show_layout(mode if mode in ("both", "matrix", "week") else "both")

    def _default_size(self) -> None:
        """Room for the matrix and a week beside it, within the screen."""
        screen = self.screen().availableGeometry()
        self.resize(min(1480, screen.width() - 40), min(900, screen.height() - 40))
        self.splitter.setSizes([share * 1000 for share in MATRIX_SPLIT])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.set_blob("geometry", self.saveGeometry())
        self._state.set_blob("window_state", self.saveState())
        self._state.set_blob("matrix_splitter", self.matrix.saveState())
        self._state.set_blob("main_splitter", self.splitter.saveState())
        self._state.sync()
        self.syncing.stop()
        self.board.close()
        # Its steps go with the window, now, while all they refer to lives: a stack that still
        # holds commands when the garbage collector destroys it can crash in Qt's destructor.
        self.board.undo_stack.clear()
        super().closeEvent(event)
        self.closed.emit()


W = TypeVar("W", bound=QWidget)


def _beside(window: W) -> W:
    """Show a window of ours beside the main window, in front."""
    window.show()
    window.raise_()
    window.activateWindow()
    return window
