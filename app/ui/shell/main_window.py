"""MainWindow: assembles the quick-add field, the matrix beside the week calendar, the menus
and the status bar.

It wires signals and opens dialogs; the work itself is done by the Board and the views.
"""

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.model.errors import InvalidInput
from app.model.parsing import parse_name, parse_title
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskDraft
from app.model.week import local_zone, week_of
from app.ui.board import Board
from app.ui.calendar.schedule import Schedule
from app.ui.calendar.week_calendar import DEFAULT_WORKING_HOURS, WeekCalendar, WeekOnShow
from app.ui.matrix.matrix_widget import MatrixWidget
from app.ui.matrix.quick_add import QuickAdd
from app.ui.shell import theme
from app.ui.shell.actions import make_action
from app.ui.shell.window_state import WindowState

if TYPE_CHECKING:  # the dialogs and printing are loaded when first used, not at start-up
    from app.ui.calendar.block_editor import BlockEditor
    from app.ui.calendar.working_hours import WorkingHoursDialog
    from app.ui.matrix.task_editor import TaskEditor
    from app.ui.printing.plan_printing import PlanPrinting

_IN_MATRIX = Qt.ShortcutContext.WidgetWithChildrenShortcut


class MainWindow(QMainWindow):
    """Signals: closed(): the window was closed and has saved its layout."""

    closed = Signal()

    def __init__(
        self,
        board: Board,
        tasks: list[Task],
        state: WindowState,
        rest: tuple[Callable[[], list[Task]], Mapping[Quadrant, int]] | None = None,
        week: WeekOnShow | None = None,
        schedule: Schedule | None = None,
        first_weekday: int = 0,
    ) -> None:
        """`tasks` are shown at once. `rest`, if given, is a function that reads the whole
        lanes, shown right after the first paint, and how many open tasks each lane has.
        `week` is what the calendar shows first (default: this week, read from the board)."""
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("Quadrant")
        self.board = board
        self._state = state
        self._printing: PlanPrinting | None = None
        self.schedule = schedule or Schedule()
        self.matrix = MatrixWidget(board, state.flag("show_done"), self.schedule)
        if week is None:
            zone = local_zone()
            this_week = week_of(datetime.now(UTC).astimezone(zone).date(), zone, first_weekday)
            week = WeekOnShow(this_week, [], {})
        self._schedule_since = week.week.start
        self.calendar = WeekCalendar(board, week.week, week.blocks, week.linked, first_weekday)
        self.calendar.set_working_hours(*_working_hours(state))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.matrix)
        self.splitter.addWidget(self.calendar)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.calendar.setMinimumWidth(300)
        self.quick_add = QuickAdd()
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self.quick_add)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._central = central
        self._problem = QLabel()
        self._problem.setObjectName("problem")
        self._problem.setStyleSheet(f"color: {theme.OVERDUE};")
        self._problem.setWordWrap(True)
        self._problem_lasts = False
        self.statusBar().addWidget(self._problem, 1)
        self._build_menus()

        board.failed.connect(self.show_problem)
        board.tasksChanged.connect(self._clear_passing_problem)
        board.blocksChanged.connect(self._clear_passing_problem)
        board.blocksChanged.connect(self.schedule.apply)
        self.calendar.canvas.editRequested.connect(self.open_block_editor)
        # Cards say "Today 09:00" or "was Mon 09:00": look again as the time passes.
        self._card_clock = QTimer(self)
        self._card_clock.timeout.connect(self._repaint_cards)
        self._card_clock.start(60_000)
        self.calendar.canvas.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.matrix.editRequested.connect(self.open_editor)
        self.matrix.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.matrix.problem.connect(lambda text: self.show_problem(text, lasting=True))
        self.quick_add.submitted.connect(self.add_from_quick_add)
        self.quick_add.linesPasted.connect(self.offer_lines)
        self._default_size()
        self._restore()
        self.matrix.reload(tasks, self.matrix.show_done())
        if rest is not None:
            self.matrix.complete_after_first_paint(*rest)

    # -- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        matrix = self.matrix
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(
            make_action(
                self, "&Print…", lambda: self.printing().preview(),
                QKeySequence.StandardKey.Print, name="print-plan",
            )
        )  # fmt: skip
        file_menu.addAction(
            make_action(
                self, "&Export PDF…", lambda: self.printing().export_pdf(), "Ctrl+Shift+E",
                name="export-pdf",
            )
        )  # fmt: skip
        file_menu.addAction(
            make_action(self, "Your &Name on the Plan…", self.ask_plan_name, name="plan-name")
        )
        file_menu.addSeparator()
        file_menu.addAction(make_action(self, "&Quit", self.close, QKeySequence.StandardKey.Quit))

        edit = self.menuBar().addMenu("&Edit")
        undo = self.board.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.board.undo_stack.createRedoAction(self, "&Redo")
        # the platform's Redo (Ctrl+Y on some desktops) and Ctrl+Shift+Z, which people expect too
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        redo.setShortcuts(redo_keys)
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addAction(
            make_action(
                self,
                "&New Task",
                self.focus_quick_add,
                QKeySequence.StandardKey.New,
                name="new-task",
            )
        )
        card_actions = [
            make_action(matrix, "&Edit Task…\tEnter", matrix.edit_selection, name="edit-task"),
            make_action(
                matrix,
                "Mark &Done / Not Done",
                matrix.toggle_done_selection,
                "Space",
                name="toggle-done",
                context=_IN_MATRIX,
            ),
            make_action(
                matrix,
                "&Delete Task",
                matrix.delete_selection,
                QKeySequence.StandardKey.Delete,
                name="delete-task",
                context=_IN_MATRIX,
            ),
        ]
        matrix.addActions(card_actions)
        edit.addActions(card_actions)

        triage = self.menuBar().addMenu("&Triage")
        for quadrant in (*list(Quadrant)[1:], Quadrant.INBOX):
            action = make_action(
                matrix,
                f"Send to {quadrant.label}",
                partial(matrix.send_selection_to, quadrant),
                quadrant.key,
                name=f"send-{quadrant.value}",
                context=_IN_MATRIX,
            )
            matrix.addAction(action)
            triage.addAction(action)
        triage.addSeparator()
        for text, step, keys, name in (
            ("Move &Up", -1, "Ctrl+Up", "move-up"),
            ("Move Do&wn", 1, "Ctrl+Down", "move-down"),
        ):
            action = make_action(
                matrix, text, partial(matrix.move_selection_by, step), keys,
                name=name, context=_IN_MATRIX,
            )  # fmt: skip
            matrix.addAction(action)
            triage.addAction(action)
        triage.addSeparator()
        self._add_card_menus()
        for quadrant in Quadrant:
            triage.addAction(
                make_action(
                    self,
                    f"Go to {quadrant.label}",
                    partial(matrix.focus_lane, quadrant),
                    f"Alt+{quadrant.key}",
                    name=f"go-{quadrant.value}",
                )
            )

        view = self.menuBar().addMenu("&View")
        self.show_done_action = make_action(
            self,
            "Show &Completed Tasks",
            self.set_show_done,
            "Ctrl+Shift+D",
            name="show-done",
            checkable=True,
            checked=matrix.show_done(),
        )
        view.addAction(self.show_done_action)
        view.addSeparator()
        calendar = self.calendar
        for text, slot, keys, name in (
            ("&Previous Week", calendar.previous_week, "Ctrl+PgUp", "previous-week"),
            ("&Next Week", calendar.next_week, "Ctrl+PgDown", "next-week"),
            ("&This Week", calendar.this_week, "Ctrl+T", "this-week"),
        ):
            view.addAction(make_action(self, text, slot, keys, name=name))
        view.addSeparator()
        self.layout_actions = QActionGroup(self)
        for text, mode, keys in (
            ("Matrix &and Week", "both", "Ctrl+Alt+B"),
            ("&Matrix Only", "matrix", "Ctrl+Alt+M"),
            ("&Week Only", "week", "Ctrl+Alt+W"),
        ):
            action = make_action(
                self,
                text,
                partial(self.show_layout, mode),
                keys,
                name=f"layout-{mode}",
            )
            action.setCheckable(True)
            action.setData(mode)
            self.layout_actions.addAction(action)
            view.addAction(action)
        view.addSeparator()
        view.addAction(
            make_action(self, "Working &Hours…", self.ask_working_hours, name="working-hours")
        )

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(make_action(self, "&About Quadrant", self.show_about))

    def _add_card_menus(self) -> None:
        """Right-clicking a card offers what the menus and keys do to the selection."""
        named = {action.objectName(): action for action in self.matrix.actions()}
        sends = [f"send-{q.value}" for q in (*list(Quadrant)[1:], Quadrant.INBOX)]
        order = ["edit-task", "", "toggle-done", *sends, "", "delete-task"]
        menu = [named[name] if name else _separator(self) for name in order]
        for view in self.matrix.views.values():
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(menu)

    # -- capture ----------------------------------------------------------------------------------

    def focus_quick_add(self) -> None:
        self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_add.selectAll()

    def add_from_quick_add(self, text: str) -> None:
        try:
            title = parse_title(text)
        except InvalidInput as error:
            self.show_problem(f"Not added: {error}.")
            return
        ids = self.board.add([TaskDraft(title)])
        if ids:
            self.quick_add.clear()
            self._reveal_in_inbox(ids)

    def offer_lines(self, lines: list[str]) -> None:
        """A paste of several lines: offer one task per line, after checking every line."""
        titles = []
        for number, line in enumerate(lines, 1):
            try:
                titles.append(parse_title(line))
            except InvalidInput as error:
                self.show_problem(f"Nothing added: line {number}: {error}.")
                return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Add Tasks",
            f"Add {len(titles)} tasks to the Inbox, one for each line you pasted?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("paste-lines")
        add = box.addButton(f"Add {len(titles)} Tasks", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)

        def finished() -> None:
            if box.clickedButton() is add:
                self._reveal_in_inbox(self.board.add([TaskDraft(t) for t in titles]))

        box.finished.connect(finished)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _reveal_in_inbox(self, ids: list[int]) -> None:
        inbox = self.matrix.views[Quadrant.INBOX]
        inbox.select_ids(ids)

    # -- editing ----------------------------------------------------------------------------------

    def open_editor(self, task_id: int) -> "TaskEditor | None":
        from app.ui.matrix.task_editor import TaskEditor

        found = self.board.read(lambda service: service.get([task_id]))
        if found is None:
            return None
        task = found.get(task_id)
        if task is None:
            self.show_problem("That task no longer exists.")
            return None
        delegates = self.board.read(lambda service: service.delegates()) or []
        editor = TaskEditor(task, delegates, self)
        editor.saved.connect(lambda edit: self.board.edit(task_id, edit))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def printing(self) -> "PlanPrinting":
        """Printing and PDF export of the week the calendar shows; loaded on first use, so
        start-up does not pay for it."""
        if self._printing is None:
            from app.ui.printing.plan_printing import PlanPrinting, week_plan

            plan = week_plan(self.board.read, lambda: self.calendar.week, self.plan_name)
            self._printing = PlanPrinting(self, plan)
        return self._printing

    def plan_name(self) -> str | None:
        """The name printed on the weekly plan (File ▸ Your Name on the Plan…)."""
        return self._state.text("name", "") or None

    def ask_plan_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("plan-name")
        dialog.setWindowTitle("Your Name on the Plan")
        dialog.setLabelText("The printed weekly plan shows this name in its header:")
        dialog.setTextValue(self.plan_name() or "")

        def chosen(text: str) -> None:
            try:
                name = parse_name(text)
            except InvalidInput as error:
                self.show_problem(f"Name not changed: {error}.")
                return
            self._state.set_text("name", name or "")
            self.statusBar().showMessage(
                f"The plan will say “{name}”." if name else "The plan shows no name.", 6000
            )

        dialog.textValueSelected.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_block_editor(self, block_id: int) -> "BlockEditor | None":
        from app.ui.calendar.block_editor import BlockEditor

        block = self.calendar.model.block(block_id)
        if block is None:
            self.show_problem("That block no longer exists.")
            return None
        tasks = [t for view in self.matrix.views.values() for t in view.lane().tasks()]
        linked = self.calendar.task(block.task_id) if block.task_id is not None else None
        if linked is not None and linked not in tasks:
            tasks.insert(0, linked)
        editor = BlockEditor(block, tasks, self.calendar.week.zone, self)
        editor.saved.connect(lambda edit: self.board.edit_block(block_id, edit))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def _repaint_cards(self) -> None:
        for view in self.matrix.views.values():
            view.viewport().update()

    def reload_calendar(self) -> None:
        """Another program changed the file: read the week and the schedule again."""
        self.calendar.reload()
        since = self._schedule_since
        slots = self.board.read(lambda service: service.schedule(since))
        if slots is not None:
            self.schedule.reset(slots)

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
        tasks = self.board.read(lambda service: service.lanes(include_done=show))
        if tasks is None:  # could not read: leave the view and the option as they were
            with QSignalBlocker(self.show_done_action):
                self.show_done_action.setChecked(not show)
            return
        self.matrix.reload(tasks, show)
        self._state.set_flag("show_done", show)

    def show_problem(self, text: str, lasting: bool = False) -> None:
        """Show what went wrong under the lanes. A passing problem (a refused edit, say) is
        cleared by the next change that works; a lasting one (a damaged file) stays."""
        self._problem.setText(text)
        self._problem_lasts = lasting

    def _clear_passing_problem(self) -> None:
        if not self._problem_lasts:
            self._problem.clear()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About Quadrant",
            f"<b>Quadrant {__version__}</b><p>Triage with the Eisenhower matrix, block focus "
            "time, print the week. Your data stays on this computer.</p>",
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
        self.splitter.setSizes([640, 800])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.set_blob("geometry", self.saveGeometry())
        self._state.set_blob("window_state", self.saveState())
        self._state.set_blob("matrix_splitter", self.matrix.saveState())
        self._state.set_blob("main_splitter", self.splitter.saveState())
        self._state.sync()
        self.board.close()
        super().closeEvent(event)
        self.closed.emit()


def _separator(parent: QObject) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action


def _working_hours(state: WindowState) -> tuple[int, int]:
    start = state.number("work_start", DEFAULT_WORKING_HOURS[0])
    end = state.number("work_end", DEFAULT_WORKING_HOURS[1])
    return (start, end) if 0 <= start < end <= 24 else DEFAULT_WORKING_HOURS
